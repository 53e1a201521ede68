"""Issue 11 (h-en59). Invented people, our own sentences; each negative carries its positive control.

- A paragraph wholly in quotation marks after one that ends "X said:" is X's words: its "I" is X, not
  the narrator (`persons._quoted_after_colon`).
- "Dilnur Kasim's husband was taken", « le mari de Dilnur Kasim … »: an unnamed relative of the named owner
  is a person of the output and carries the act (`persons._OWNERS_KIN`, `persons._KIN_OF`).
- French « les » / « leur » stand for the group the sentence before made plural (a coordination, "mes
  parents"), not for the last two people named (`subjects._resolve`).
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def persons(text: str, language: str = "en") -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, language=language)["persons"]}


def codes(person: dict) -> set[str]:
    return {v["code"] for v in person["violations"]}


QUOTED = ("I am Erkin Sabit. I teach in Almaty.\n\n"
          "Gulnar Tursun, a nurse, said:\n\n"
          "\"I was arrested in 2018. They sent me to a camp in Ghulja.\"\n\n"
          "I was arrested in 2020.")


def test_a_quoted_paragraph_after_said_colon_is_the_speakers():
    found = persons(QUOTED)
    assert "detention.internment_camp" in codes(found["Gulnar Tursun"])
    assert "detention.internment_camp" not in codes(found["Erkin Sabit"])
    # control: the narrator's own paragraph after the quote stays the narrator's
    assert "detention.arbitrary_arrest" in codes(found["Erkin Sabit"])


def test_an_unquoted_paragraph_after_said_colon_stays_the_narrators():
    found = persons(QUOTED.replace("\"I was arrested in 2018. They sent me to a camp in Ghulja.\"",
                                   "I was sent to a camp in Ghulja."))
    assert "detention.internment_camp" in codes(found["Erkin Sabit"])
    assert "detention.internment_camp" not in codes(found["Gulnar Tursun"])


@pytest.mark.parametrize(("text", "language", "relative"), [
    ("Dilnur Kasim's husband was taken by the police in 2019. Dilnur Kasim was sent to a camp in 2018.",
     "en", "Dilnur Kasim's husband"),
    ("Le mari de Dilnur Kasim a été arrêté en 2019. Dilnur Kasim a été envoyée dans un camp en 2018.",
     "fr", "Dilnur Kasim's husband"),
])
def test_the_unnamed_relative_of_a_named_person_is_output_with_the_act(text, language, relative):
    found = persons(text, language)
    assert relative in found
    assert "detention.arbitrary_arrest" in codes(found[relative])
    assert found[relative]["gender"] == "male"
    owner = found["Dilnur Kasim"]
    assert {"person": found[relative]["id"], "relation": "husband"} in owner["relations"]
    assert "detention.arbitrary_arrest" not in codes(owner)
    assert "detention.internment_camp" in codes(owner)  # control: her own act


def test_a_relative_named_after_the_possessive_is_no_unnamed_one():
    found = persons("Dilnur Kasim's husband, Erkin Sabit, was arrested in 2019.")
    assert "Dilnur Kasim's husband" not in found
    assert "detention.arbitrary_arrest" in codes(found["Erkin Sabit"])


def test_french_les_is_not_the_last_two_named():
    text = ("Je m'appelle Erkin Sabit. Gulnar Tursun dormait à côté de moi. Le gardien Aynur Kasim criait souvent. "
            "En 2018, on les a emmenées.")
    found = persons(text, "fr")
    assert "detention.arbitrary_arrest" not in codes(found["Gulnar Tursun"])
    assert "detention.arbitrary_arrest" not in codes(found["Aynur Kasim"])


def test_french_leur_is_not_the_last_two_named():
    text = ("Je m'appelle Erkin Sabit. Gulnar Tursun dormait à côté de moi. Le gardien Aynur Kasim criait souvent. "
            "En 2018, on leur a confisqué leurs passeports.")
    found = persons(text, "fr")
    assert not codes(found["Aynur Kasim"])
    assert not codes(found["Gulnar Tursun"])


def test_french_les_takes_a_coordination_before():
    found = persons("Je m'appelle Erkin Sabit. Gulnar Tursun et Aynur Kasim étaient mes voisines. "
                    "En 2018, la police les a arrêtées.", "fr")
    assert "detention.arbitrary_arrest" in codes(found["Gulnar Tursun"])
    assert "detention.arbitrary_arrest" in codes(found["Aynur Kasim"])
    assert "detention.arbitrary_arrest" not in codes(found["Erkin Sabit"])


def test_french_les_takes_my_parents_before():
    found = persons("Je m'appelle Erkin Sabit. Mes parents vivaient à Ghulja. En 2018, on les a emmenés au poste.",
                    "fr")
    assert "detention.arbitrary_arrest" in codes(found["Erkin Sabit's parents"])
    assert "detention.arbitrary_arrest" not in codes(found["Erkin Sabit"])


def test_a_possessive_kin_phrase_in_apposition_to_a_name_is_that_person():
    found = persons("My cousin Erkin Sabit, Gulnar Tursun's son, was arrested in 2019.")
    assert "Gulnar Tursun's son" not in found
    assert "detention.arbitrary_arrest" in codes(found["Erkin Sabit"])


def test_a_relative_who_only_tells_is_no_unnamed_person():
    found = persons("Gulnar Tursun's daughter states that her mother was arrested in 2019.")
    assert "Gulnar Tursun's daughter" not in found
    assert "Gulnar Tursun's daughter" in persons("Gulnar Tursun's daughter was arrested in 2019.")  # control
