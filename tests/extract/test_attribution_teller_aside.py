"""The teller of a saying set inside the sentence told (issue 11, h-x32c): ", Daulet insists," /
« , précise Daulet, » is who tells, not whom a possessive or « lui » is about (`subjects.is_source`;
the one list of verbs of saying, `lexicon.SAYING`). Invented sentences; the control: the teller as
the sentence's own subject keeps the act.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("text", "language"), [
    ("Daulet Bekov coaches a youth team in Almaty. In 2018 his grandfather Yerlan Bekov, Daulet insists, "
     "never saw a camp; officers simply confiscated his passport at the border.", "en"),
    ("Daulet Bekov entraîne une équipe de jeunes à Almaty. En 2018, son grand-père Yerlan Bekov, précise "
     "Daulet, n'a jamais vu de camp ; des agents lui ont seulement confisqué son passeport à la frontière.", "fr"),
])
def test_the_teller_aside_is_not_whom_the_act_is_about(text, language):
    found = codes(text, language)
    assert "movement.passport_confiscation" in found["Yerlan Bekov"]
    assert "movement.passport_confiscation" not in found["Daulet Bekov"]


def test_the_teller_as_the_subject_keeps_his_own_act():
    found = codes("Yerlan Bekov lives in Almaty. Daulet Bekov says officers confiscated his passport at the "
                  "border in 2018.", "en")
    assert "movement.passport_confiscation" in found["Daulet Bekov"]
