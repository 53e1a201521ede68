"""A relative harmed because someone else spoke out suffers the reprisal (issue 11, h-x36c).

vocab/violations.yaml: family.reprisal is "relatives detained, threatened or punished because of a
person's testimony, activism or life abroad": the victim is the relative, never the one who spoke.
The act entries name the relative by their own words (a kin phrase after the verb, or the subject
of a passive "because of my …"). Invented sentences; each refusal has a positive control in the
same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text)["persons"]}


@pytest.mark.parametrize("text", [
    "Je suis Gulnar Tursun et je vis à Lyon. Après mon témoignage, la police a arrêté mon frère Erkin Tursun.",
    "Je suis Gulnar Tursun et je vis à Lyon. Mon frère Erkin Tursun a été interrogé deux jours à cause de mes "
    "publications.",
    "I am Gulnar Tursun and I live in Oslo. My brother Erkin Tursun was questioned for two days because of my posts.",
])
def test_the_relative_punished_for_the_speakers_words_suffers_the_reprisal(text):
    found = codes(text)
    assert "family.reprisal" in found["Erkin Tursun"]
    assert "family.reprisal" not in found["Gulnar Tursun"]


def test_the_one_who_spoke_is_not_the_victim_of_a_reprisal():
    # "I was questioned because of my posts": the speaker's own questioning, not a relative's
    found = codes("I am Gulnar Tursun and I live in Oslo. In 2019 I was questioned for two days because of my "
                  "posts. My brother Erkin Tursun was questioned for two days because of my posts too.")
    assert "family.reprisal" not in found["Gulnar Tursun"]
    assert "family.reprisal" in found["Erkin Tursun"]  # positive control, same text


def test_a_relative_detained_without_a_cause_in_speaking_is_no_reprisal():
    found = codes("Je suis Gulnar Tursun. En 2018 la police a arrêté mon frère Erkin Tursun lors d'un contrôle. "
                  "Après mon témoignage, la police a arrêté mon cousin Arslan Tursun.")
    assert "family.reprisal" not in found["Erkin Tursun"]
    assert "family.reprisal" in found["Arslan Tursun"]  # positive control, same text
