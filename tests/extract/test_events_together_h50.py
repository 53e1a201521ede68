"""Journeys made together (issue 11, h-events50): a coordinated subject is two people ("my husband
and I left", « mon mari et moi sommes partis »), and a named companion after "with" (« avec ») made
the journey too. Invented sentences and names; each rule with a control where it must not fire.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def exits(text: str, language: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == "exit"}


# ---------------------------------------------------------------- a coordinated subject

@pytest.mark.parametrize("text, language, both", [
    # the parse hangs "I" on the name in apposition ("Kamil"), not on "husband"
    ("My name is Aynur Tohti. My husband Kamil and I moved to Canada in 2011, and he found work.", "en",
     ("Aynur Tohti", "Kamil")),
    ("My name is Aynur Tohti. My husband Kamil and I left for Canada in 2011 on work visas.", "en",
     ("Aynur Tohti", "Kamil")),
    ("Je m'appelle Aynur Tohti. Mon mari Kamil et moi sommes partis au Canada en 2011.", "fr",
     ("Aynur Tohti", "Kamil")),
])
def test_a_coordinated_subject_travels_as_two_people(text, language, both):
    found = exits(text, language)
    year = "2011"
    assert {(who, year) for who in both} <= found


def test_words_joined_to_a_name_in_apposition_are_not_people():
    # the control: "a teacher and a poet" describes Kamil; the teller did not travel
    found = exits("My name is Aynur Tohti. My husband Kamil, a teacher and a poet, left for Canada in 2011.", "en")
    assert found == {("Kamil", "2011")}


# ---------------------------------------------------------------- a named companion

@pytest.mark.parametrize("text, language, companion", [
    ("My name is Aynur Tohti. I left for Turkey in 2016 with my son Arman Kamil.", "en", "Arman Kamil"),
    ("My name is Aynur Tohti. In 2016 I crossed at Khorgos into Kazakhstan with my husband, Kamil Rozi.", "en",
     "Kamil Rozi"),
    ("Je m'appelle Aynur Tohti. Je suis arrivée en France en 2016 avec mon mari Kamil Rozi.", "fr", "Kamil Rozi"),
])
def test_a_named_companion_makes_the_journey_too(text, language, companion):
    found = exits(text, language)
    assert (companion, "2016") in found
    assert any(who == "Aynur Tohti" for who, _when in found)


@pytest.mark.parametrize("text, language", [
    # someone met or lived with after the journey, not a fellow traveller
    ("My name is Aynur Tohti. I moved to Almaty in 2016 to live with my uncle Kamil Rozi.", "en"),
    ("Je m'appelle Aynur Tohti. Je suis arrivée en France en 2016 et j'ai vécu avec mon oncle Kamil Rozi.", "fr"),
    # a companion no one names is no person the text follows
    ("My name is Aynur Tohti. I left for Turkey in 2016 with my mother.", "en"),
])
def test_someone_not_travelling_along_makes_no_journey(text, language):
    assert exits(text, language) == {("Aynur Tohti", "2016")}
