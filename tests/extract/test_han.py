"""Chinese testimonies: places, dates, names (dotted transcriptions, names after a cue), facilities."""

import pytest

from guwah.extract import extract_text
from guwah.extract.han import number
from tests.extract.spans import person, place, span_of

CHINESE = ("我叫阿卜杜拉·买买提，1980年出生在喀什。2017年3月，我在喀什市被警察带走，关进了喀什看守所。之后他们把我送到一个"
           "教培中心。我的妻子古丽娜尔·阿不都热依木留在乌鲁木齐。2018年底我被转到阿克苏监狱。管教干部王建国经常打我们。"
           "二〇一九年五月十二日我被释放。6月3日我到了哈萨克斯坦。")


@pytest.fixture(scope="module")
def chinese():
    return extract_text(CHINESE)


def test_chinese_is_read_with_a_warning_for_what_is_not_covered(chinese):
    assert chinese["document"]["language"] == "zh"
    # events are read from a list of verbs (h-events42), violations from a list of words (h-codes43);
    # roles other than victim are not covered
    warning = next(w for w in chinese["warnings"] if w.startswith("language zh"))
    covered, _, not_covered = warning.partition("not covered:")
    assert "events" in covered and "events" not in not_covered
    assert "violations" in covered and "violations" not in not_covered and "roles" in not_covered


def test_chinese_events_of_the_narrator(chinese):
    # 我在喀什市被警察带走 … 二〇一九年五月十二日我被释放: the narrator's (我叫 X) arrest and release
    narrator = next(p["id"] for p in chinese["persons"] if p["name"] == "阿卜杜拉·买买提")
    told = {(e["type"], (e["date"] or {}).get("value")) for e in chinese["events"] if e["person"] == narrator}
    assert {("arrest", "2017-03"), ("release", "2019-05-12")} <= told


def test_chinese_places_with_and_without_their_level(chinese):
    # 市: the city; the document names the city and never the prefecture (地区), so its bare 喀什 is the city
    # too (h-places75: `guwah.extract.places.read_seat_levels`)
    assert place(chinese, "xj.kashgar.kashgar")["mentions"] == [
        span_of(CHINESE, "喀什", 1), span_of(CHINESE, "喀什市"), span_of(CHINESE, "喀什", 3)]
    assert place(chinese, "xj.urumqi")["mentions"] == [span_of(CHINESE, "乌鲁木齐")]
    assert place(chinese, "xj.aksu")["mentions"] == [span_of(CHINESE, "阿克苏")]
    assert place(chinese, "country.kz")["mentions"] == [span_of(CHINESE, "哈萨克斯坦")]


def test_chinese_dates_in_digits_and_numerals(chinese):
    assert [(d["value"], d["precision"], d.get("qualifier"), d["relative"], CHINESE[d["start"]:d["end"]])
            for d in chinese["dates"]] == [
        ("1980", "year", None, False, "1980年"),
        ("2017-03", "month", None, False, "2017年3月"),
        ("2018", "year", "late", False, "2018年底"),
        ("2019-05-12", "day", None, False, "二〇一九年五月十二日"),
        ("2019-06-03", "day", None, True, "6月3日"),  # the year of the previous date
    ]


def test_chinese_names_transcribed_with_a_dot_and_after_a_cue(chinese):
    assert person(chinese, "阿卜杜拉·买买提")["mentions"] == [span_of(CHINESE, "阿卜杜拉·买买提")]  # 叫 is left out
    wife = person(chinese, "古丽娜尔·阿不都热依木")
    assert wife["mentions"] == [span_of(CHINESE, "古丽娜尔·阿不都热依木")]  # 妻子 before, 留在 after: left out
    assert wife["name_latin"] and wife["name_latin"].isascii()
    assert person(chinese, "王建国")["name_latin"] == "Wang Jianguo"  # after the title 干部
    assert len(chinese["persons"]) == 3


def test_chinese_facilities_with_the_place_written_before(chinese):
    by_type = {f["type"]: f for f in chinese["facilities"]}
    assert by_type["detention_centre"]["mentions"] == [span_of(CHINESE, "喀什看守所")]
    assert by_type["detention_centre"]["place"] == place(chinese, "xj.kashgar.kashgar")["id"]  # the document names 喀什市, never 喀什地区
    assert by_type["internment_camp"]["mentions"] == [span_of(CHINESE, "教培中心")]
    assert by_type["prison"]["place"] == place(chinese, "xj.aksu")["id"]


def test_chinese_name_of_a_surname_without_a_cue_is_no_person():
    # 马上 ("at once") starts with the family name 马: without a cue it is no name; 名叫马明 is.
    text = "他们马上把我带走了。一个名叫马明的警察审问我。她叫王芳。他叫我过去。"
    result = extract_text(text, language="zh")
    assert [(p["names"], p["mentions"]) for p in result["persons"]] == [(["马明"], [span_of(text, "马明")]),
                                                                        (["王芳"], [span_of(text, "王芳")])]


def test_chinese_everyday_words_that_are_place_names_are_not_places():
    text = "我们在大桥下面的温泉旁边。后来我去了伊宁。"
    result = extract_text(text, language="zh")
    assert [p["gazetteer_id"] for p in result["places"]] == [place(result, "xj.ili.yining")["gazetteer_id"]]


@pytest.mark.parametrize(("written", "value"), [("2017", 2017), ("二〇一七", 2017), ("十二", 12), ("十", 10),
                                                 ("二十", 20), ("２０１８", 2018), ("五", 5)])
def test_number_reads_digits_and_chinese_numerals(written, value):
    assert number(written) == value


@pytest.mark.parametrize("text", ["·", "·阿", "阿·", "年月日", "0000年00月", "2017年13月", "2018年2月30日", "名叫", "看守所"])
def test_odd_chinese_input_gives_a_result_not_a_crash(text):
    result = extract_text(text, language="zh")
    assert result["persons"] == [] and result["dates"] == []


def test_chinese_township_and_village_after_a_county_in_an_address():
    # An address goes down from a county to its township and village; "一个村" (a village) and a
    # village named apart from any county are not read so (controls).
    text = "他住焉耆回族自治县七个星镇霍拉山村，后来被送到一个村里。她住疏勒县巴仁乡。我们去过红山村。"
    places = {p["name"]: p for p in extract_text(text)["places"]}
    assert {"七个星镇", "霍拉山村", "巴仁乡"} <= set(places)
    assert places["七个星镇"]["kind"] == "town" and places["巴仁乡"]["kind"] == "township"
    assert places["霍拉山村"]["gazetteer_id"] is None
    assert not any("一个村" in name or "红山村" in name for name in places)


def test_chinese_dates_named_from_another_date_or_the_document_date():
    # 同年/次年 count from the date before, 次日 from the day before, 今年/去年 from the document's
    # date; without a document date 去年 stays unresolved (control), and 那年 (that year) is left.
    from datetime import date

    text = "2017年11月，他被刑事拘留，同年12月被逮捕。次年6月被判刑。2018年3月5日他被带走，次日送往中心。今年1月她去了乌鲁木齐，去年我们还见过面。"
    values = {d["value"] for d in extract_text(text, document_date=date(2021, 3, 15))["dates"]}
    assert {"2017-12", "2018-06", "2018-03-06", "2021-01", "2020"} <= values
    assert "2020" not in {d["value"] for d in extract_text(text)["dates"]}


def test_iso_dates_in_chinese_text_beside_characters():
    # A forum post's time stamp and a record's field, written the ISO way between Chinese
    # characters; the control: a telephone number of the same digits is no date.
    text = "楼主：东湖旧人 发表于2024-09-18 22:41。拘留日期：2018-04。联系电话：0991-2018-0412。"
    assert [(text[d["start"]:d["end"]], d["value"]) for d in extract_text(text)["dates"]] == [
        ("2024-09-18", "2024-09-18"), ("2018-04", "2018-04")]


def test_chinese_verb_of_place_after_a_dotted_name_is_not_part_of_it():
    # h-x34: 住 (lives) before 在 joined the name, and so its mask; 提 before 在 is the name's own.
    text = "我的哥哥阿卜杜拉·买买提住在疏附县托克扎克镇。他的弟弟艾力·吐尔逊在喀什。努尔兰·卡斯木生于1978年。"
    result = extract_text(text)
    assert person(result, "阿卜杜拉·买买提")["mentions"] == [span_of(text, "阿卜杜拉·买买提")]
    assert person(result, "艾力·吐尔逊")["mentions"] == [span_of(text, "艾力·吐尔逊")]  # control: 提/逊 stay
    assert person(result, "努尔兰·卡斯木")["mentions"] == [span_of(text, "努尔兰·卡斯木")]
    assert not any(name.endswith(("住", "生")) for p in result["persons"] for name in p["names"])
