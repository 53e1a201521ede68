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
    doc = _run("My uncle Qurban Kerim has been held since March 2018 without any trial. "
               "My cousin Dilnur Abla has been in Istanbul since 2016. Three weeks later the family learned that "
               "my brother Ablet Hoshur was in the Kargilik county detention centre.", "en")
    assert _events(doc, "Qurban Kerim", "detention") == ["2018-03"]
    assert _events(doc, "Ablet Hoshur", "detention") == [""]
    assert _events(doc, "Dilnur Abla", "detention") == []  # the control: a city is no place of custody


def test_a_stay_told_again_as_a_state_is_the_same_stay():
    doc = _run("Police arrested my brother Arslan Tohti in his shop in May 2017. He is still in a camp in Hotan. "
               "His wife Mahire Tohti was in the county detention centre for a week in 2019.", "en")
    assert _events(doc, "Arslan Tohti", "detention") == ["2017-05"]  # one stay, from the taking
    assert _events(doc, "Mahire Tohti", "detention") == ["2019"]  # the control: her stay is told by its state only


def test_a_state_someone_reports_or_that_is_not_known_is_no_detention():
    doc = _run("My uncle Qurban Kerim has been held in a camp since 2018. A neighbour says my cousin Ekber Yasin "
               "is in a prison in Urumqi. We had no idea where his wife Aynur Yasin was held.", "en")
    assert _events(doc, "Qurban Kerim", "detention") == ["2018"]  # the control, told by the teller
    assert _events(doc, "Ekber Yasin", "detention") == []
    assert _events(doc, "Aynur Yasin", "detention") == []


def test_french_and_russian_states_of_custody():
    doc = _run("Mon oncle Tursun Emet est toujours en prison depuis 2019. Sa fille Aynur Emet est toujours à Lyon.", "fr")
    assert _events(doc, "Tursun Emet", "detention") == ["2019"]
    assert _events(doc, "Aynur Emet", "detention") == []
    doc = _run("Мой брат Ерлан Нурланулы с 2018 года находится в тюрьме в Кашгаре. "
               "Его жена Айгуль Серикова находится в Алматы.", "ru")
    assert _events(doc, "Ерлан Нурланулы", "detention") == ["2018"]
    assert _events(doc, "Айгуль Серикова", "detention") == []


def test_a_date_after_then_is_the_next_steps():
    doc = _run("In March 2018 the police stopped my cousin Erkin Sabir at a checkpoint. He was held for eight months "
               "in the Kashgar detention centre and beaten; then in 2019 a court gave him twelve years.", "en")
    assert _events(doc, "Erkin Sabir", "detention") == ["2018-03"]  # not the court's 2019
    assert _events(doc, "Erkin Sabir", "sentencing") == ["2019"]  # the control: the next step keeps its date


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
    doc = _run("My husband Memet Qurban was arrested in Kashgar in July 2017. My brother Yasin Qurban was "
               "questioned twice at the police station in Kashgar. In 2018 he left with his daughter through Almaty.",
               "en")
    assert _events(doc, "Yasin Qurban", "exit") == ["2018"]
    assert _events(doc, "Memet Qurban", "exit") == []


def test_taken_for_the_states_word_for_a_camp_and_back_a_year_later():
    doc = _run("Her husband Rozimemet Abliz was taken for \"re-education\" in 2017 and came back a year later. "
               "His cousin Ekber Tohti was arrested in Ghulja in 2016 and came back from Turkey in 2019.", "en")
    assert _events(doc, "Rozimemet Abliz", "arrest") == ["2017"]
    assert _events(doc, "Rozimemet Abliz", "detention") == ["2017"]
    assert _events(doc, "Rozimemet Abliz", "release") == ["2018"]
    # the control: back from a country abroad is travel, no release
    assert _events(doc, "Ekber Tohti", "release") == []


def test_takings_told_with_a_longer_name_for_the_camp_or_several_taken():
    doc = _run("In April 2018 my uncle Memet Sabir was taken to what the local cadres called a \"political school\" "
               "in Zhaosu town. On 22 February 2017 my older brother Abduweli Turdi and his son were both taken from "
               "the bakery.", "en")
    assert _events(doc, "Memet Sabir", "detention") == ["2018-04"]
    assert _events(doc, "Abduweli Turdi", "arrest") == ["2017-02-22"]


def test_police_took_a_person_named_or_called_by_kin_not_a_thing():
    doc = _run("In May 2018 police took Ablet from the clinic where he worked. "
               "In June 2018 the police took photos from the house of his sister Gulnar Tursun.", "en")
    assert _events(doc, "Ablet", "arrest") == ["2018-05"]
    assert _events(doc, "Gulnar Tursun", "arrest") == []


def test_russian_taken_from_home():
    doc = _run("Мою сестру Мархабу Турсун забрали из дома в марте 2018 года. "
               "Её соседка Айгуль Серикова забрала из дома детей в апреле 2018 года.", "ru")
    assert _events(doc, "Мархабу Турсун", "arrest") == ["2018-03"]
    assert _events(doc, "Айгуль Серикова", "arrest") == []
