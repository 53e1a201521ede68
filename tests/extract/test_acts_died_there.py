"""A death told of the place of custody by an anaphor ("He died there", « C'est là qu'il est mort »,
«Там он и умер»): death in custody when the sentences before put the same person in custody and
tell no release (issue 11, h-x30c; `violations._died_there`).

Invented sentences; each refusal has a positive control in the same form.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text)["persons"]}


@pytest.mark.parametrize(("text", "name"), [
    ("Ahmet Tohti was taken to the Aksu detention centre in May 2018. He died there in October of that year.",
     "Ahmet Tohti"),
    ("Ahmet Tohti a été envoyé dans un camp de Hotan en 2018. C'est là qu'il est mort, en 2019.", "Ahmet Tohti"),
    ("Ахмета Тохти в 2018 году отправили в лагерь в Хотане. Там он и умер через год.", "Ахмет Тохти"),
])
def test_died_there_after_custody(text, name):
    assert "death.in_custody" in codes(text)[name]


@pytest.mark.parametrize("text", [
    # released before: "there" is his village
    "Ahmet Tohti was released from the camp in 2019 and went back to his village. He died there in 2021.",
    # no custody told: "there" is a city
    "Ahmet Tohti moved to Almaty in 2015. He died there in 2020.",
    # "there is": no place, and a fear, not a death
    "Ahmet Tohti was taken to the Aksu detention centre in May 2018. His son fears he has died, "
    "but there is no news.",
])
def test_no_death_in_custody_without_custody_there(text):
    assert "death.in_custody" not in codes(text).get("Ahmet Tohti", set())
