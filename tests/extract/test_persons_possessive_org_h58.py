"""An English name's possessive that the small model calls an organisation ("Rozi Tursun's" as ORG), or that
a word such as "house" follows, is still the mention of the person the document names (issue 11, h-zh58).
Invented names and sentences; the negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text


def mentions(text: str) -> dict[str, list[str]]:
    out = extract_text(text, language="en")
    return {p["name"]: [text[m["start"]:m["end"]] for m in p["mentions"]] for p in out["persons"]}


def test_the_possessive_of_a_named_person_is_their_mention():
    text = "Alim Qadirjan was born in Hotan in 1975. Police searched Alim Qadirjan's house in 2018 and took him away."
    found = mentions(text)
    assert found["Alim Qadirjan"] == ["Alim Qadirjan", "Alim Qadirjan"]


def test_an_organisation_named_after_someone_stays_an_organisation():
    # the control: a name that goes on past the possessive into an organisation's words is not a person's
    found = mentions("Alim Qadirjan was born in Hotan. He studied at Saint Mary's College in Urumqi.")
    assert set(found) == {"Alim Qadirjan"}
