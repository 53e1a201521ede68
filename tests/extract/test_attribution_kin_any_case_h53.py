"""Two attribution fixes of issue 11 (h-kin53). Invented people, our own sentences; each text carries
its control.

- A Russian possessive with a kin noun in an oblique case («о своём муже», «о её брате», «о моей сестре»)
  is an unnamed relative (`persons._KIN_RU_ANY_CASE`, the noun's relation read from natasha's lemma), as
  "her husband" and « son mari » are: the act of the relative clause after it is the relative's, not the
  speaker's.
- A relative clause opened after a comma ("who was …", « qui a été … », «которую …») is its own scope
  for negation (`lexicon.negated`): a negation of the main clause does not deny the act inside it, and a
  negation inside it still does.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import negated


def codes(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language=language)["persons"]}


def test_reflexive_possessive_kin_in_the_prepositional_is_the_relative():
    found = codes("Айгерим Болат рассказала о своём муже, которого забрали в лагерь в 2018 году. "
                  "Саму Айгерим арестовали в 2019 году.", "ru")
    assert "detention.internment_camp" in found["Айгерим Болат's husband"]
    assert "detention.internment_camp" not in found["Айгерим Болат"]
    assert "detention.arbitrary_arrest" in found["Айгерим Болат"]  # control: her own arrest stays hers


def test_third_person_possessive_kin_in_the_prepositional_is_the_relative():
    found = codes("Айгерим Болат ничего не знает о её брате, которого арестовали в 2019 году.", "ru")
    assert "detention.arbitrary_arrest" in found["Айгерим Болат's brother"]
    assert not found["Айгерим Болат"]


def test_first_person_possessive_kin_in_an_oblique_case_is_the_narrators_relative():
    found = codes("Меня зовут Айгерим Болат. Полиция расспрашивала меня о моей сестре, которую отправили в лагерь "
                  "в 2018 году. Меня тоже арестовали в 2019 году.", "ru")
    assert "detention.internment_camp" in found["Айгерим Болат's sister"]
    assert "detention.internment_camp" not in found["Айгерим Болат"]
    assert "detention.arbitrary_arrest" in found["Айгерим Болат"]  # control: "меня" is the narrator


def test_a_denied_act_of_the_relative_is_nobodys():
    found = codes("Айгерим Болат рассказала о своём муже, которого никогда не арестовывали. "
                  "Саму Айгерим арестовали в 2019 году.", "ru")
    assert "detention.arbitrary_arrest" not in found.get("Айгерим Болат's husband", set())
    assert "detention.arbitrary_arrest" in found["Айгерим Болат"]  # control


PARITY = {
    "en": ("Aigerim Bolat spoke of her husband, who was taken to a camp in 2018. She herself was arrested in 2019.",
           "Aigerim Bolat"),
    "fr": ("Aigerim Bolat a parlé de son mari, qui a été envoyé dans un camp en 2018. Elle-même a été arrêtée en 2019.",
           "Aigerim Bolat"),
    "ru": ("Айгерим Болат говорила о своём муже, которого отправили в лагерь в 2018 году. "
           "Саму Айгерим арестовали в 2019 году.", "Айгерим Болат"),
}


@pytest.mark.parametrize("language", sorted(PARITY))
def test_her_husband_is_the_husband_in_every_language(language):
    """The Russian rule does what "her husband" and « son mari » already did."""
    text, teller = PARITY[language]
    found = codes(text, language)
    assert "detention.internment_camp" in found[f"{teller}'s husband"]
    assert "detention.internment_camp" not in found[teller]
    assert "detention.arbitrary_arrest" in found[teller]  # control: her own arrest stays hers


SCOPE = {
    "en": ("Aigerim Bolat does not know the fate of her sister Gulnara Bolat, who was detained in 2019. "
           "She also spoke of her neighbour Erbol Sadyk, who was never detained.", ("Gulnara Bolat", "Erbol Sadyk")),
    "fr": ("Aigerim Bolat ne sait rien du sort de sa sœur Gulnara Bolat, qui a été arrêtée en 2019. "
           "Elle a aussi parlé de son voisin Erbol Sadyk, qui n'a jamais été arrêté.", ("Gulnara Bolat", "Erbol Sadyk")),
    "ru": ("Айгерим Болат ничего не знает о судьбе сестры Гульнары Болат, которую задержали в 2019 году. "
           "Она рассказала и о соседе Ерболе Садыке, которого никогда не задерживали.", ("Гульнара Болат", "Ербол Садык")),
}


@pytest.mark.parametrize("language", sorted(SCOPE))
def test_a_main_clause_negation_does_not_reach_into_a_relative_clause(language):
    text, (detained, never) = SCOPE[language]
    found = codes(text, language)
    assert "detention.arbitrary_arrest" in found[detained]
    assert not found[never]  # control: a negation inside the relative clause still denies its act


def test_negated_reads_the_relative_clause_as_its_own_scope():
    assert not negated("She does not know the fate of her sister, who was ")
    assert not negated("Elle ne sait rien de sa sœur, qui a été ")
    assert not negated("Она не знает о судьбе сестры, которую ")
    assert negated("She spoke of her sister, who was never ")
    assert negated("Она рассказала о сестре, которую никогда не ")
    assert negated("She was not ")  # control: no relative clause, the negation stands
