"""Events told by a state, the date of the next step, and ways out of the country (h-events43, issue 11).
Invented people and sentences; each negative beside its positive control."""

from tests.extract.helpers import person_named


def _events(doc, name: str, kind: str) -> list[str | None]:
    person = person_named(doc, name)
    return sorted((e.date.value if e.date else "") for e in doc.events if e.person == person.id and e.type == kind)


def _run(text: str, language: str, when: str = "2024-06-01"):
    from datetime import date

    from guwah.extract.pipeline import run_pipeline

    return run_pipeline(text, language, date.fromisoformat(when))


def test_a_stay_told_by_a_state_is_a_detention_dated_by_its_since():
    doc = _run("My aunt Patigul Nasir has been held since October 2019 with no charge. "
               "My cousin Dilnur Abla has been in Istanbul since 2016. In the summer the family found out that "
               "my nephew Yalqun Rozibaqi was in the Poskam city detention center.", "en")
    assert _events(doc, "Patigul Nasir", "detention") == ["2019-10"]
    assert _events(doc, "Yalqun Rozibaqi", "detention") == [""]
    assert _events(doc, "Dilnur Abla", "detention") == []  # the control: a city is no place of custody


def test_a_stay_told_again_as_a_state_is_the_same_stay():
    doc = _run("Police arrested my brother Arslan Tohti at his stall in May 2017. He is still in a camp in Hotan. "
               "His wife Mahire Tohti was in the county detention centre for a week in 2019.", "en")
    assert _events(doc, "Arslan Tohti", "detention") == ["2017-05"]  # one stay, from the arrest
    assert _events(doc, "Mahire Tohti", "detention") == ["2019"]  # the control: her stay is told by its state only


def test_a_state_someone_reports_or_that_is_not_known_is_no_detention():
    doc = _run("My aunt Patigul Nasir has been held in a camp since 2019. A friend writes that my cousin Ekber Yasin "
               "is in a jail in Aksu. Nobody could say where his wife Aynur Yasin was held.", "en")
    assert _events(doc, "Patigul Nasir", "detention") == ["2019"]  # the control, told by the teller
    assert _events(doc, "Ekber Yasin", "detention") == []
    assert _events(doc, "Aynur Yasin", "detention") == []


def test_french_and_russian_states_of_custody():
    doc = _run("Mon oncle Tursun Ghopur est toujours en prison depuis 2019. Sa fille Aynur Emet est toujours à Lyon.", "fr")
    assert _events(doc, "Tursun Ghopur", "detention") == ["2019"]
    assert _events(doc, "Aynur Emet", "detention") == []
    doc = _run("Мой брат Ерлан Нурланулы с 2018 года находится в тюрьме в Кашгаре. "
               "Его жена Айгуль Серикова находится в Алматы.", "ru")
    assert _events(doc, "Ерлан Нурланулы", "detention") == ["2018"]
    assert _events(doc, "Айгуль Серикова", "detention") == []


def test_a_date_after_then_is_the_next_steps():
    doc = _run("In June 2019 officers stopped my uncle Abdurehim Qadir on the road to Aksu. He was held for a month "
               "in the county jail with no window, then in 2020 a judge gave him nine years.", "en")
    assert _events(doc, "Abdurehim Qadir", "detention") == ["2019-06"]  # not the judge's 2020
    assert _events(doc, "Abdurehim Qadir", "sentencing") == ["2020"]  # the control: the next step keeps its date


def test_a_date_after_and_in_russian_is_the_next_clauses():
    doc = _run("Мой брат Санжар Толеубай был арестован в 2016 году в Кульдже. В 2017 году он переехал в Казахстан "
               "и получил гражданство в 2021 году.", "ru")
    assert _events(doc, "Санжар Толеубай", "exit") == ["2017"]
    assert _events(doc, "Санжар Толеубай", "arrest") == ["2016"]


def test_leaving_the_country_after_custody_and_leaving_through_a_place_abroad():
    doc = _run("Mon frère Abdukerim Tursun a été arrêté en mars 2017 à Ghoulja. Libéré en janvier 2020, il a quitté "
               "le pays par Khorgos en août 2023. Ma cousine Aygul Tursun a quitté le pays en 2015.", "fr")
    assert _events(doc, "Abdukerim Tursun", "exit") == ["2023-08"]
    assert _events(doc, "Aygul Tursun", "exit") == []  # the control: never told held in China, "the country" is none
    doc = _run("My wife Rabiya Hoshur was arrested in Aksu in May 2018. Her sister Zohre Hoshur was "
               "interrogated twice at the police station in Aksu. In 2019 she left with her son via Bishkek.",
               "en")
    assert _events(doc, "Zohre Hoshur", "exit") == ["2019"]
    assert _events(doc, "Rabiya Hoshur", "exit") == []


def test_taken_for_the_states_word_for_a_camp_and_back_two_years_later():
    doc = _run("My father Nurmemet Ablet was taken away for \"study\" in 2018 and came back two years later. "
               "His cousin Ekber Tohti was arrested in Ghulja in 2016 and came back from Turkey in 2019.", "en")
    assert _events(doc, "Nurmemet Ablet", "arrest") == ["2018"]
    assert _events(doc, "Nurmemet Ablet", "detention") == ["2018"]
    assert _events(doc, "Nurmemet Ablet", "release") == ["2020"]
    # the control: back from a country abroad is travel, no release
    assert _events(doc, "Ekber Tohti", "release") == []


def test_takings_told_with_a_longer_name_for_the_camp_or_several_taken():
    doc = _run("In October 2018 my uncle Qasim Nur was taken to what the county officials called a \"vocational school\" "
               "near Kucha. On 3 March 2018 my cousin Ilham Yusup and his father were both taken from the mosque.", "en")
    assert _events(doc, "Qasim Nur", "detention") == ["2018-10"]
    assert _events(doc, "Ilham Yusup", "arrest") == ["2018-03-03"]


def test_police_took_a_person_named_or_called_by_kin_not_a_thing():
    doc = _run("In May 2018 police took Ablet from the clinic where he worked. "
               "In June 2018 the police took photos from the house of his sister Gulnar Tursun.", "en")
    assert _events(doc, "Ablet", "arrest") == ["2018-05"]
    assert _events(doc, "Gulnar Tursun", "arrest") == []


def test_russian_taken_from_work():
    doc = _run("Мою сестру Гульшат Турсун забрали с работы в октябре 2018 года. "
               "Её соседка Айгуль Серикова забрала с работы документы в ноябре 2018 года.", "ru")
    assert _events(doc, "Гульшат Турсун", "arrest") == ["2018-10"]
    assert _events(doc, "Айгуль Серикова", "arrest") == []


def test_the_camps_in_general_are_no_stay_beside_a_stay_in_one():
    """"One of the few who have been inside the camps" tells the camps in general (a teacher made to
    work there says it too), not a stay; a brother who "has been in the camp in Hotan since 2018" is held."""
    from guwah.extract import extract_text

    text = ("Gulnar Tursun is one of the few who have been inside the camps and can speak about them. "
            "Her brother Adil Tursun has been in the camp in Hotan since 2018.")
    result = extract_text(text)
    names = {p["id"]: p["names"][0] for p in result["persons"]}
    held = {names[e["person"]] for e in result["events"] if e["type"] == "detention"}
    assert "Adil Tursun" in held, result["events"]
    assert "Gulnar Tursun" not in held, result["events"]
