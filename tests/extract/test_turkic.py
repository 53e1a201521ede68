"""Uyghur (Arabic script and Uyghur Latin) and Kazakh testimonies: places, dates, names, facilities.

The sample testimonies are invented and written for these tests; expected spans are found in the
text by the words the test names, not by the extractor's patterns.
"""

from pathlib import Path

import pytest

from guwah.extract import extract_text
from tests.extract.spans import person, place, span_of

UYGHUR = (Path(__file__).parent / "data" / "uyghur-testimony.txt").read_text(encoding="utf-8")

KAZAKH = ("Менің атым Ерлан Жақсылықұлы. Мен 1975 жылы Құлжада тудым. 2018 жылы ақпанда мені полиция ұстап, "
          "Тарбағатайдағы лагерьге апарды. Лагерьде бір жыл отырдым. Әйелім Айгүл Алматыда қалды. 2019 жылғы 3 "
          "наурызда мені босатты. Інім Серік Ерланұлы әлі түрмеде. Сайрагүл атты бір әйел маған көмектесті. Біз "
          "12.05.2020 Қазақстанға келдік.")

ULY = ("Méning ismim Ablimit Tursun. Men 1979-yili Ghuljida tughuldum. 2017-yili 5-ayning 12-küni saqchilar "
       "méni öyümdin élip kétip, saqchixanigha apardi. Andin méni Qeshqerdiki bir lagérgha solidi. Ayalim Gülnisa "
       "balilar bilen Ürümchide qaldi. Inim Memetjan 2018-yili mart éyida tutuldi.")


@pytest.fixture(scope="module")
def uyghur():
    return extract_text(UYGHUR)


def test_uyghur_sample_is_read_as_uyghur_with_a_warning_for_what_is_not_covered(uyghur):
    assert uyghur["document"]["language"] == "ug"
    warning = next(w for w in uyghur["warnings"] if w.startswith("language ug"))
    covered, not_covered = warning.split("not covered")
    # events and violations are read since h-ug40 (vocab/events/ug.yaml, vocab/acts/ug.yaml)
    assert "events" in covered and "violations" in covered
    assert "roles" in not_covered and "relations" in not_covered  # the control: what is still not read
    assert uyghur["events"] and any(p["violations"] for p in uyghur["persons"])


@pytest.mark.parametrize(("gazetteer_id", "words"), [
    ("xj.ili.yining_county", ["غۇلجا ناھىيىسىدىكى"]),  # the level word picks the county, not the city
    ("xj.kashgar", ["قەشقەردىكى"]),
    ("xj.urumqi", ["ئۈرۈمچىدە", "ئۈرۈمچىدىن"]),
    ("xj.aksu", ["ئاقسۇ"]),
    ("country.kz", ["قازاقىستانغا"]),
    ("city.kz.almaty", ["ئالمۇتىدا"]),
])
def test_uyghur_places_through_the_gazetteer_with_case_endings(uyghur, gazetteer_id, words):
    found = place(uyghur, gazetteer_id)
    assert found["mentions"] == [span_of(UYGHUR, w) for w in words]


def test_uyghur_village_unknown_to_the_gazetteer_is_kept_by_its_level_word(uyghur):
    village = place(uyghur, None)
    assert village["kind"] == "village"
    assert village["mentions"] == [span_of(UYGHUR, "بەشتوغراق كەنتىدە")]


@pytest.mark.parametrize(("value", "precision", "words", "qualifier"), [
    ("1979", "year", "1979-يىلى", None),
    ("2017-05-12", "day", "2017-يىلى 5-ئاينىڭ 12-كۈنى", None),
    ("2019-01-20", "day", "2019-يىلى 1-ئاينىڭ 20-كۈنى", None),
    ("2018", "year", "2018-يىلىنىڭ ئاخىرى", "late"),
    ("2018-03", "month", "2018-يىلى مارت", None),
    ("2019-09-03", "day", "2019-يىلى 3-سېنتەبىر", None),
    ("2020", "year", "2020-يىلى", None),
])
def test_uyghur_dates_with_their_spans(uyghur, value, precision, words, qualifier):
    expected = {**span_of(UYGHUR, words), "value": value, "precision": precision, "relative": False}
    if qualifier:
        expected["qualifier"] = qualifier
    assert expected in uyghur["dates"]


def test_uyghur_dates_are_all_found_and_nothing_else(uyghur):
    assert [d["value"] for d in uyghur["dates"]] == ["1979", "2017", "2017-05-12", "2019-01-20", "2018", "2018-03",
                                                    "2019-09-03", "2020"]


@pytest.mark.parametrize(("name", "latin", "gender", "mentions"), [
    # in the title with a genitive ending (the span leaves it out), and after "my name is"
    ("ئابلىمىت تۇرسۇن", "Ablimit Tursun", "male", [("ئابلىمىت تۇرسۇن", 1), ("ئابلىمىت تۇرسۇن", 2)]),
    ("تۇرسۇن ئەھمەت", "Tursun Ehmet", None, [("تۇرسۇن ئەھمەت", 1)]),
    ("گۈلنىسا", "Gulnisa", "female", [("گۈلنىسا", 1)]),
    ("مەمەتجان", "Memetjan", "male", [("مەمەتجان", 1), ("مەمەتجان", 2)]),
    ("ھەبىبە", "Hebibe", None, [("ھەبىبە", 1)]),  # not in the lexicon: told by "ئىسىملىك" (named)
])
def test_uyghur_names_with_latin_reading_and_spans(uyghur, name, latin, gender, mentions):
    found = person(uyghur, name)
    assert found["name_latin"] == latin
    assert found["gender"] == gender
    assert found["mentions"] == [span_of(UYGHUR, words, n) for words, n in mentions]


def test_uyghur_sample_has_exactly_its_five_people(uyghur):
    assert len(uyghur["persons"]) == 5


def test_uyghur_victims_from_words_of_custody_and_the_others_not(uyghur):
    roles = {p["name"]: p["roles"] for p in uyghur["persons"]}
    # the narrator taken to the police station and a camp ("me"), the brother arrested, the woman
    # who was in the camp with the narrator
    assert roles["ئابلىمىت تۇرسۇن"] == ["victim"]
    assert roles["مەمەتجان"] == ["victim"] and roles["ھەبىبە"] == ["victim"]
    # the controls: the father who died at home, the wife who stayed in Ürümqi
    assert roles["تۇرسۇن ئەھمەت"] == ["other"] and roles["گۈلنىسا"] == ["other"]


def test_uyghur_facilities_by_type_word_with_their_place(uyghur):
    by_type = {f["type"]: f for f in uyghur["facilities"]}
    assert set(by_type) == {"police_station", "internment_camp", "prison"}
    camp = by_type["internment_camp"]
    assert camp["place"] == place(uyghur, "xj.kashgar")["id"]
    # "a camp in Kashgar", then "in the camp" three times: the same camp
    assert camp["mentions"] == [span_of(UYGHUR, "قەشقەردىكى بىر لاگېرغا")] + [span_of(UYGHUR, "لاگېردا", n)
                                                                          for n in (1, 2, 3)]
    assert by_type["prison"]["place"] == place(uyghur, "xj.aksu")["id"]
    assert by_type["prison"]["mentions"] == [span_of(UYGHUR, "ئاقسۇ تۈرمىسىگە")]


def test_uyghur_latin_text_is_detected_and_read():
    result = extract_text(ULY)
    assert result["document"]["language"] == "ug"
    assert {p["name"] for p in result["persons"]} == {"Ablimit Tursun", "Gülnisa", "Memetjan"}
    assert place(result, "xj.kashgar")["mentions"] == [span_of(ULY, "Qeshqerdiki")]
    assert place(result, "xj.urumqi")["mentions"] == [span_of(ULY, "Ürümchide")]
    assert [(d["value"], ULY[d["start"]:d["end"]]) for d in result["dates"]] == [
        ("1979", "1979-yili"), ("2017-05-12", "2017-yili 5-ayning 12-küni"), ("2018-03", "2018-yili mart")]


@pytest.fixture(scope="module")
def kazakh():
    return extract_text(KAZAKH)


def test_kazakh_sample(kazakh):
    assert kazakh["document"]["language"] == "kk"
    assert any(w.startswith("language kk") and "violations" in w for w in kazakh["warnings"])
    assert place(kazakh, "xj.ili.yining")["mentions"] == [span_of(KAZAKH, "Құлжада")]
    assert place(kazakh, "xj.tacheng")["mentions"] == [span_of(KAZAKH, "Тарбағатайдағы")]
    assert place(kazakh, "city.kz.almaty")["mentions"] == [span_of(KAZAKH, "Алматыда")]
    assert place(kazakh, "country.kz")["mentions"] == [span_of(KAZAKH, "Қазақстанға")]
    assert [(d["value"], KAZAKH[d["start"]:d["end"]]) for d in kazakh["dates"]] == [
        ("1975", "1975 жылы"), ("2018-02", "2018 жылы ақпанда"), ("2019-03-03", "2019 жылғы 3 наурызда"),
        ("2020-05-12", "12.05.2020")]


def test_kazakh_names_and_facilities(kazakh):
    assert person(kazakh, "Ерлан Жақсылықұлы")["mentions"] == [span_of(KAZAKH, "Ерлан Жақсылықұлы")]
    assert person(kazakh, "Ерлан Жақсылықұлы")["name_latin"].startswith("Yerlan")
    assert person(kazakh, "Айгүл")["gender"] == "female"
    assert person(kazakh, "Серік Ерланұлы")["mentions"] == [span_of(KAZAKH, "Серік Ерланұлы")]
    assert person(kazakh, "Сайрагүл")["mentions"] == [span_of(KAZAKH, "Сайрагүл")]
    assert len(kazakh["persons"]) == 4
    camp = next(f for f in kazakh["facilities"] if f["type"] == "internment_camp")
    assert camp["place"] == place(kazakh, "xj.tacheng")["id"]
    assert camp["mentions"] == [span_of(KAZAKH, "Тарбағатайдағы лагерьге"), span_of(KAZAKH, "Лагерьде")]
    assert any(f["type"] == "prison" and f["mentions"] == [span_of(KAZAKH, "түрмеде")] for f in kazakh["facilities"])


def test_a_name_that_is_also_a_word_needs_a_cue():
    # ئەركىن is "free" as well as the name Erkin: alone it is no one; after "my brother" it is.
    text = "ئۇلار ئەركىن ياشىيالمايدۇ. ئىنىم ئەركىن 2018-يىلى تۇتۇلدى."
    result = extract_text(text, language="ug")
    assert [(p["names"], p["mentions"]) for p in result["persons"]] == [
        (["ئەركىن"], [span_of(text, "ئەركىن", 2)])]


def test_a_month_name_that_is_also_a_word_needs_a_number():
    # ماي is May and also "oil": with no year, day or "month" word it is no date.
    text = "ئۇ بازاردىن ماي ئالدى. 2018-يىلى ماي ئېيىدا قايتتى."
    result = extract_text(text, language="ug")
    assert [(d["value"], text[d["start"]:d["end"]]) for d in result["dates"]] == [("2018-05", "2018-يىلى ماي")]


def test_a_day_and_month_without_a_year_take_the_previous_year_in_the_paragraph():
    text = "2017-يىلى مارت ئېيىدا تۇتۇلدۇم. 12-ئىيۇن قويۇپ بېرىلدىم.\n\n5-ئىيۇل يېزىغا قايتتىم."
    result = extract_text(text, language="ug")
    assert [(d["value"], d["relative"]) for d in result["dates"]] == [("2017-03", False), ("2017-06-12", True)]


@pytest.mark.parametrize("text", [
    "2017-يىلى 2-ئاينىڭ 30-كۈنى",  # 30 February
    "ماي", "ئىسمىم", "ئىسىملىك", "2017-", "كەنتى", "لاگېر لاگېر لاگېر",
])
def test_odd_uyghur_input_gives_a_result_not_a_crash(text):
    result = extract_text(text, language="ug")
    assert result["document"]["language"] == "ug"
    assert result["persons"] == [] and result["dates"] == []


def test_a_russian_form_family_name_follows_a_kazakh_given_name():
    text = "Менің әкем Ерлан Жаксылыков 2018 жылы ұсталды. Оның досы Тұрсын Серікұлы да ұсталды."
    result = extract_text(text, language="kk")
    assert [(p["names"], p["mentions"]) for p in result["persons"]] == [
        (["Ерлан Жаксылыков"], [span_of(text, "Ерлан Жаксылыков")]),
        (["Тұрсын Серікұлы"], [span_of(text, "Тұрсын Серікұлы")])]


def test_a_name_that_is_also_an_adjective_is_a_name_only_beside_another_name():
    # سادىق is "loyal" and the name Sadiq: a positive control in the same text.
    text = "ئۇ ناھايىتى سادىق ئادەم. ئۇكام سادىق ئابلىمىت كەلدى."
    result = extract_text(text, language="ug")
    assert [(p["names"], p["mentions"]) for p in result["persons"]] == [
        (["سادىق ئابلىمىت"], [span_of(text, "سادىق ئابلىمىت")])]


@pytest.mark.parametrize(("text", "value", "words"), [
    ("ئۇ 12 ماي 2017 تۇتۇلدى.", "2017-05-12", "12 ماي 2017"),
    ("ئۇ ماي 2017 تۇتۇلدى.", "2017-05", "ماي 2017"),
    ("ئۇ 2017-يىلى 12-ماي تۇتۇلدى.", "2017-05-12", "2017-يىلى 12-ماي"),
    ("Ол 2017 жылдың наурыз айының басында ұсталды.", "2017-03", "2017 жылдың наурыз айының басында"),
])
def test_date_forms(text, value, words):
    result = extract_text(text, language="kk" if "Ол" in text else "ug")
    assert [(d["value"], text[d["start"]:d["end"]]) for d in result["dates"]] == [(value, words)]


def test_a_bare_year_or_count_is_no_date_without_a_month_or_year_word():
    text = "ئۇ يەردە 2017 ئادەم بار ئىدى. 2018-يىلى قايتتىم."  # 2017 people; then a year
    result = extract_text(text, language="ug")
    assert [d["value"] for d in result["dates"]] == ["2018"]


def test_kazakh_and_uyghur_latin_victims_with_controls():
    kazakh = {p["name"]: p["roles"] for p in extract_text(KAZAKH, language="kk")["persons"]}
    assert kazakh["Ерлан Жақсылықұлы"] == ["victim"] and kazakh["Серік Ерланұлы"] == ["victim"]
    assert kazakh["Айгүл"] == ["other"] and kazakh["Сайрагүл"] == ["other"]
    latin = {p["name"]: p["roles"] for p in extract_text(ULY, language="ug")["persons"]}
    assert latin["Ablimit Tursun"] == ["victim"] and latin["Memetjan"] == ["victim"]
    assert latin["Gülnisa"] == ["other"]
