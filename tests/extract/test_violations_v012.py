"""Extractor 0.12.0: codes that follow from events as violations.yaml defines them, and acts told
in sentences that name no one, each on invented sentences (en, fr, ru; names invented, no held-out
text quoted). Negative tests carry a positive control in the same text."""

import pytest

from tests.extract.helpers import codes_of, doc_of, person_named


def codes(doc, name: str) -> set[str]:
    return codes_of(person_named(doc, name))


@pytest.mark.parametrize("language, text, name", [
    ("en", "Police arrested Kamil Tursun at his shop in March 2018.", "Kamil Tursun"),
    ("fr", "Dilnur Abla a été arrêtée à Ghulja en mai 2018.", "Dilnur Abla"),
    ("ru", "В мае 2018 года полиция задержала Ерлана Сапарова в Кульдже.", "Ерлан Сапаров"),
])
def test_an_arrest_is_an_arbitrary_arrest(language, text, name):
    # "taken into custody without warrant, charge or legal process" (violations.yaml)
    assert "detention.arbitrary_arrest" in codes(doc_of(text, language), name)


def test_an_arrest_with_a_warrant_shown_is_not_arbitrary_by_itself():
    doc = doc_of("The police showed Ablet Hoshur a warrant and arrested him in 2019. "
                 "Police arrested his brother Kamil Hoshur in 2018.")
    assert "detention.arbitrary_arrest" not in codes(doc, "Ablet Hoshur")
    assert "detention.arbitrary_arrest" in codes(doc, "Kamil Hoshur")  # the control


@pytest.mark.parametrize("language, text, spared, arrested", [
    ("en", "Gulnar Emet was never arrested. Police arrested her husband, Tursun Rozi, in 2018.", "Gulnar Emet", "Tursun Rozi"),
    ("ru", "Айгуль Нурлан не задерживали. Её мужа, Бахыта Омарова, задержали в 2018 году.", "Айгуль Нурлан", "Бахыт Омаров"),
])
def test_a_denied_arrest_implies_nothing(language, text, spared, arrested):
    doc = doc_of(text, language)
    assert "detention.arbitrary_arrest" not in codes(doc, spared)
    assert "detention.arbitrary_arrest" in codes(doc, arrested)  # the control


def test_a_phone_taken_away_is_no_arrest():
    doc = doc_of("Police arrested Rahile Tohti in 2018. After that the police took her phone away for a day, "
                 "and they took her son away too.")
    # the son is unnamed: the phone is not an arrest of anyone named; the control is Rahile's arrest
    assert "detention.arbitrary_arrest" in codes(doc, "Rahile Tohti")
    assert len([p for p in doc.persons if "detention.arbitrary_arrest" in codes_of(p)]) <= 2


@pytest.mark.parametrize("language, text, name, code", [
    ("en", "In 2018 Aynur Kerim was sent to a re-education camp in Hotan.", "Aynur Kerim", "detention.internment_camp"),
    ("fr", "En 2018, Aynur Kerim a été internée dans un camp de rééducation à Hotan.", "Aynur Kerim", "detention.internment_camp"),
    ("ru", "В 2018 году Айнур Керим отправили в лагерь в Хотане.", "Айнур Керим", "detention.internment_camp"),
])
def test_a_detention_in_a_camp_is_the_camp_code(language, text, name, code):
    assert code in codes(doc_of(text, language), name)


@pytest.mark.parametrize("language, text, name, code", [
    ("en", "Police arrested Tursun Rozi in April 2018. Sentenced in 2019 to twelve years in prison.",
     "Tursun Rozi", "detention.prison_sentence"),
    ("ru", "Бахыт Омаров был задержан в мае 2018 года. Два месяца содержался в СИЗО Кульджи.", "Бахыт Омаров",
     "detention.pretrial"),
    ("fr", "Nurmemet Tohti a été arrêté à Kachgar en mars 2018. Ensuite, il fallait chanter l'hymne chaque matin.",
     "Nurmemet Tohti", "indoctrination.political"),
])
def test_an_act_in_a_sentence_that_names_no_one_is_the_followed_persons(language, text, name, code):
    assert code in codes(doc_of(text, language), name)


def test_a_new_paragraph_or_two_people_stop_the_story():
    doc = doc_of("Police arrested Tursun Rozi in April 2018. Sentenced in 2019 to twelve years in prison.\n\n"
                 "His cousin Memet Abla was arrested in May 2018.\n\nSentenced in 2020 to ten years in prison.")
    assert "detention.prison_sentence" in codes(doc, "Tursun Rozi")  # the control
    assert "detention.prison_sentence" not in codes(doc, "Memet Abla")
    doc = doc_of("Police arrested Tursun Rozi and his cousin Memet Abla in April 2018. "
                 "Sentenced in 2019 to twelve years in prison.")
    assert "detention.arbitrary_arrest" in codes(doc, "Tursun Rozi")  # the control
    assert "detention.prison_sentence" not in codes(doc, "Tursun Rozi") | codes(doc, "Memet Abla")


def test_a_group_stays_nobody():
    doc = doc_of("Police arrested Tursun Rozi in April 2018. The prisoners were beaten every night. "
                 "Sentenced in 2019 to twelve years in prison.")
    assert "detention.prison_sentence" in codes(doc, "Tursun Rozi")  # the control
    assert "torture.beating" not in codes(doc, "Tursun Rozi")
