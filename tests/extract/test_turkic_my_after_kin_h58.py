"""Kazakh «менің» ("my") after the kin word or the verb, in spoken word order (issue 11, h-zh58): «інім
менің Ержан» names the teller's brother as «менің інім Ержан» does, and an act done to an unnamed
relative of the teller («ұстады менің інімді») is not laid on the last person named. Invented names and
sentences; each negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text


def codes(text: str) -> dict[str, list[str]]:
    out = extract_text(text, language="kk", document_date="2021-05-20")
    return {p["name"]: [v["code"] for v in p["violations"]] for p in out["persons"]}


def test_my_after_the_kin_word_still_names_the_relative():
    for told in ("Інім менің Ерболат Сапарұлы.", "Менің інім Ерболат Сапарұлы."):
        found = codes(f"Мен Жанар Қуатқызымын. {told} Көршіміз Әлия Досқызы. 2019 жылы полиция інімді ұстады.")
        assert "detention.arbitrary_arrest" in found["Ерболат Сапарұлы"], told
        assert found["Әлия Досқызы"] == [], told


def test_an_unnamed_relative_as_the_object_is_not_the_last_person_named():
    for act in ("полиция менің інімді ұстады", "полиция ұстады менің інімді"):
        found = codes(f"Мен Жанар Қуатқызымын. Көршіміз Әлия Досқызы. 2019 жылы {act}.")
        assert found["Әлия Досқызы"] == [], act
    # the control: the neighbour herself as the object
    found = codes("Мен Жанар Қуатқызымын. Көршіміз Әлия Досқызы. 2019 жылы полиция Әлия Досқызын ұстады.")
    assert "detention.arbitrary_arrest" in found["Әлия Досқызы"]
