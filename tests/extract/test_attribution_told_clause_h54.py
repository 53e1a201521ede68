"""A sentence whose main verb is one of saying ("X was taken away; my aunt Z says no papers were
shown"): a pronoun that opens the next sentence goes on with the one the clause told is about (X),
not the teller Z (issue 11, h-v33codes; the spent v33's kind: `subjects._told_subject`). Invented
names and sentences; the control: a teller who tells of no person stays the one "she" stands for.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language="en")["persons"]}


@pytest.mark.parametrize("verb", ["says", "insists", "said"])
def test_she_goes_on_with_the_one_the_told_clause_is_about(verb):
    found = codes("Notes for the committee.\n\nRoshangul Emet was taken from her shop one night in March 2018; "
                  f"her cousin Zulfiya Barat {verb} no warrant was shown. She was held in a camp near Aksu "
                  "for two years.")
    assert "detention.internment_camp" in found["Roshangul Emet"]
    assert "detention.internment_camp" not in found.get("Zulfiya Barat", set())


def test_a_teller_who_tells_of_no_one_is_still_whom_she_stands_for():
    # control: the clause told has no person for its subject, so "she" is the teller
    found = codes("Notes for the committee.\n\nIn March 2018 Roshangul Emet opened a shop in Aksu. "
                  "Her cousin Zulfiya Barat says the rent was high. She was held in a camp near Aksu for two years.")
    assert "detention.internment_camp" in found["Zulfiya Barat"]
    assert "detention.internment_camp" not in found.get("Roshangul Emet", set())
