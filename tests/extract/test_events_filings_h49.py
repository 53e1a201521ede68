"""Events lost or invented on the spent tuning_v26 (legal and procedural filings; issue 11,
h-events49), each fixed at its cause in the language it came in: a Kazakh denial with a person
ending, a Chinese pronoun after an unnamed relative, a journey hedged or only asked for, and spans
of time counted back or in halves of a year. Invented sentences and names; each refusal with a
positive control in the same text.
"""

from __future__ import annotations

from guwah.extract import extract_text


def events(text: str, language: str, document_date: str = "2023-06-01") -> set[tuple[str, str | None, str | None]]:
    out = extract_text(text, language=language, document_date=document_date)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


def told(found: set, kind: str) -> set:
    return {(who, when) for k, who, when in found if k == kind}


# ---------------------------------------------------------------- precision

def test_kazakh_a_denial_with_a_person_ending_tells_no_custody():
    # «ұсталған емеспін»: "I have never been detained", the predicate's negation with its person ending
    found = events("Менің ағам Серік Бекұлы 2018 жылы наурызда Құлжада ұсталды. Оның әйелі Айгүл Сәбитқызы "
                   "Құлжада қалды. Мен өзім ешқашан ұсталған емеспін.", "kk")
    assert ("Серік Бекұлы", "2018-03") in told(found, "arrest")  # the control
    assert {who for _kind, who, _when in found} == {"Серік Бекұлы"}  # and no one else


def test_chinese_he_after_an_unnamed_relative_is_not_the_narrator():
    # 我丈夫 … 他: the husband no one named, never the woman who writes 我
    found = events("申诉人：古丽·艾山，女。\n\n2019年5月3日夜，民警到我家，把我丈夫带走了。此后他在看守所被关押了八个月。\n\n"
                   "我的邻居阿不都·卡德尔2020年被抓走。\n\n木沙·艾山是我的儿子。2021年3月，他被民警带走。", "zh")
    assert not any(who == "古丽·艾山" for _kind, who, _when in found)
    assert ("阿不都·卡德尔", "2020") in told(found, "arrest")  # the control
    assert ("木沙·艾山", "2021-03") in told(found, "arrest")  # the kin word says who the one named is


def test_english_a_hedged_journey_is_no_crossing():
    found = events("Tursun Yasin was released from a camp in Aksu in 2017 and left for Kazakhstan in 2018. A cousin wrote "
                   "that he may have gone back to Ghulja in 2020. I cannot confirm this.\n\nHis brother Ablet Yasin was "
                   "released in 2017, left for Kazakhstan in 2018 and went back to Ghulja in 2020.", "en")
    assert ("Tursun Yasin", "2018") in told(found, "exit")
    assert not any(who == "Tursun Yasin" for who, _when in told(found, "return"))
    assert ("Ablet Yasin", "2020") in told(found, "return")  # the control


def test_english_leave_asked_to_travel_is_no_journey():
    found = events("Aziz Tohti was released from a camp in Aksu in 2019. In 2021 he asked his employer for leave to "
                   "travel to Almaty. The request was refused.\n\nHis sister Gulnar Tohti was released in 2019 and "
                   "travelled to Almaty in March 2022.", "en")
    assert not any(who == "Aziz Tohti" for who, _when in told(found, "exit"))
    assert ("Gulnar Tohti", "2022-03") in told(found, "exit")  # the control


# ---------------------------------------------------------------- recall

def test_kazakh_taken_away_to_a_centre_is_an_arrest():
    found = events("Менің інім Ерлан Сейітұлы Құлжада тұрады. 2018 жылдың мамырында оны «білім орталығына» алып кетті.", "kk")
    assert ("Ерлан Сейітұлы", "2018-05") in told(found, "arrest")
    assert ("Ерлан Сейітұлы", "2018-05") in told(found, "detention")


def test_english_the_previous_month_counts_back_from_the_date_before():
    found = events("In March 2021 Halima Rozi heard that her father, Yusup Rozi, had been taken from his shop by "
                   "police the previous month.", "en")
    assert ("Yusup Rozi", "2021-02") in told(found, "arrest")


def test_russian_and_english_a_year_and_a_half_later():
    found = events("В мае 2017 года Абдулла Касымов был задержан в Кашгаре. Через полтора года его освободили.", "ru")
    assert ("Абдулла Касымов", "2018-11") in told(found, "release")
    found = events("Nurlan Kasim was detained in Aksu in June 2018. A year and a half later he was released.", "en")
    assert ("Nurlan Kasim", "2019-12") in told(found, "release")


def test_english_a_stop_that_ends_in_custody_is_an_arrest():
    found = events("On 9 May 2021 Aziz Tohti was stopped at Almaty airport and held in a police cell overnight. "
                   "His wife Gulnar Tohti was stopped at the same gate and questioned, then let through.", "en")
    assert ("Aziz Tohti", "2021-05-09") in told(found, "arrest")
    assert not any(who == "Gulnar Tohti" for who, _when in told(found, "arrest"))  # the control: no custody


def test_chinese_the_same_year_in_a_new_paragraph_is_the_storys_not_the_writers_present():
    from datetime import date

    from guwah.extract.pipeline import run_pipeline

    text = ("一、2016年3月民警抓走了我的邻居。\n\n二、2017年5月法院判处他有期徒刑十年。今年1月会见时他说身体不好。\n\n"
            "三、上诉被驳回后，他于同年9月被转押到监狱。\n\n四、今年2月我被叫去谈话，同年4月又被叫去一次。")
    doc = run_pipeline(text, "zh", date(2021, 6, 1))
    dates = {doc.text[d.start:d.end]: d.value for d in doc.dates}
    assert dates["同年9月"] == "2017-09"
    assert dates["同年4月"] == "2021-04"  # the control: in the paragraph of 今年, that year
