"""The teller of a saying set inside the sentence told (issue 11, h-x32c): ", Kanat stresses," /
« , souligne Kanat, » is who tells, not whom "his passport" is about (`subjects.is_source`; the one
list of verbs of saying, `lexicon.SAYING`). Invented sentences; the control: the teller as the
sentence's own subject ("Kanat says the police took his passport") keeps the act.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("text", "language"), [
    ("Kanat Omarov plays for the club. Their father, Serik Omarov, was not arrested, Kanat stresses, but the "
     "police took his passport in 2017.", "en"),
    ("Kanat Omarov joue pour le club. Leur père, Serik Omarov, n'a pas été arrêté, souligne Kanat, mais la "
     "police lui a confisqué son passeport en 2017.", "fr"),
])
def test_the_teller_aside_is_not_whom_the_act_is_about(text, language):
    found = codes(text, language)
    assert "movement.passport_confiscation" in found["Serik Omarov"]
    assert "movement.passport_confiscation" not in found["Kanat Omarov"]


def test_the_teller_as_the_subject_keeps_his_own_act():
    found = codes("Serik Omarov lives in Almaty. Kanat Omarov says the police took his passport in 2017.", "en")
    assert "movement.passport_confiscation" in found["Kanat Omarov"]
