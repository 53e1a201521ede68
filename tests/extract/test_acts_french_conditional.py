"""The French journalistic conditional is a hedge (issue 11, h-x32c): « il aurait été envoyé … »,
« selon sa sœur, elle serait détenue … » report an act without asserting it (`lexicon.HEDGE`, the one
hedge list); the indicative states it. Invented sentences, each with its indicative control.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language="fr")["persons"]}


@pytest.mark.parametrize(("conditional", "indicative", "who", "code"), [
    ("D'après la presse locale, Ablikim Tursun aurait été affecté en 2019 à un atelier textile de Canton.",
     "D'après la presse locale, Ablikim Tursun a été affecté en 2019 à un atelier textile de Canton.",
     "Ablikim Tursun", "labour.forced_labour"),
    ("D'après une voisine, Meryem Tursun serait détenue dans un camp de Hotan depuis 2018.",
     "D'après une voisine, Meryem Tursun est détenue dans un camp de Hotan depuis 2018.",
     "Meryem Tursun", "detention.internment_camp"),
])
def test_the_conditional_reports_and_the_indicative_states(conditional, indicative, who, code):
    assert code not in codes(conditional).get(who, set())
    assert code in codes(indicative)[who]
