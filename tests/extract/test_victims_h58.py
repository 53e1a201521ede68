"""Who is a victim, second pass (issue 11, h-victim58): one rule for the role and for the codes.
- A death told at home or of illness, whose custody words stand in a clause of another person («…, alors que
  son fils était en détention», "…, while her son was in a camp"), gives neither the victim role nor
  death.in_custody (`roles.natural_death`, read by the roles and by `violations`).
- In Kazakh, who hears of a custody («… сотталғанын естіді») is not its victim (`turkic.heard_after`, the rule
  that already kept the hearer from the act's codes).
Invented names, our own sentences; each negative case carries a positive control in the same text."""

from datetime import date

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _doc(text: str, language: str):
    return run_pipeline(text, language, document_date=date(2023, 1, 1))


def _codes(doc, name: str) -> set[str]:
    return {v.code for v in person_named(doc, name).violations}


def test_a_french_death_at_home_while_a_son_is_held_is_no_custody_death():
    doc = _doc("Je m'appelle Nurgul Sabit. Ma tante, Gulbahar Mirzat, est décédée chez elle en 2019, alors que "
               "son fils était en détention à Ghoulja. Mon oncle, Abdusalam Kerimov, est mort en détention en 2020.",
               "fr")
    assert "victim" not in person_named(doc, "Gulbahar Mirzat").roles
    assert "death.in_custody" not in _codes(doc, "Gulbahar Mirzat")
    assert "victim" in person_named(doc, "Abdusalam Kerimov").roles  # the control: a death in detention


def test_an_english_death_at_home_while_an_uncle_is_in_a_camp_is_no_custody_death():
    doc = _doc("My name is Ayjan Toxti. My grandmother, Zuhre Ablet, died of illness at home in 2018, while my "
               "uncle was held in a camp near Aksu. My cousin, Tahir Nurbek, died in a camp in 2019.", "en")
    assert "victim" not in person_named(doc, "Zuhre Ablet").roles
    assert "death.in_custody" not in _codes(doc, "Zuhre Ablet")
    assert "victim" in person_named(doc, "Tahir Nurbek").roles
    assert "death.in_custody" in _codes(doc, "Tahir Nurbek")


def test_a_death_at_home_with_her_own_custody_in_the_clause_stays_a_victims():
    # the custody clause names no other person: it is hers
    doc = _doc("My name is Ayjan Toxti. My grandmother, Zuhre Ablet, died at home in 2018, while still held "
               "under guard by the police. My cousin, Tahir Nurbek, was detained in 2019.", "en")
    assert "victim" in person_named(doc, "Zuhre Ablet").roles
    assert "victim" in person_named(doc, "Tahir Nurbek").roles


def test_a_kazakh_brother_who_heard_of_the_sentence_is_no_victim():
    doc = _doc("Менің атым Гүлнар Әбдіқызы. Ағам Ерболат Сапаров 2019 жылы ұсталды. "
               "Інім Нұрлан оның он жылға сотталғанын естіді.\n", "kk")
    assert "victim" in person_named(doc, "Ерболат Сапаров").roles  # the control
    assert "victim" not in person_named(doc, "Нұрлан").roles


def test_a_kazakh_brother_sentenced_himself_is_a_victim():
    # the control: no verb of hearing, the named brother is the one sentenced
    doc = _doc("Менің атым Гүлнар Әбдіқызы. Ағам Ерболат Сапаров 2019 жылы ұсталды. "
               "Інім Нұрлан он жылға сотталды.\n", "kk")
    assert "victim" in person_named(doc, "Ерболат Сапаров").roles
    assert "victim" in person_named(doc, "Нұрлан").roles
