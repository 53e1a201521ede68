"""A relative who tells, set after the one named ("X herself was not beaten, her sister insists, but
she had to …"): "she" is X, not the sister (issue 11, h-x33c; the spent v16's kind). The persons
stage may join "her sister" to X herself (she is X's sister's sister only in the other direction);
`subjects._telling_relatives` then took X for the teller and gave "she" to the sister. Invented
sentences; the control: a relative who tells and is not the one named keeps being the teller.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language="en")["persons"]}


@pytest.mark.parametrize("verb", ["insists", "says", "stresses"])
def test_the_one_named_before_the_telling_relative_keeps_the_act(verb):
    found = codes("Updates from Almaty.\n\nZhanar Omarova, a retired teacher, told me that her younger sister "
                  "Aigerim, who lives in Kulja, was taken away on 5 May 2018 and released in November that year. "
                  f"Aigerim herself was not beaten, her sister {verb}, but she had to sing patriotic songs every "
                  "evening. Zhanar has not seen her since.")
    assert "indoctrination.political" in found["Aigerim"]
    assert "indoctrination.political" not in found["Zhanar Omarova"]


def test_a_telling_relative_is_still_not_whom_she_stands_for():
    # control: "her daughter" tells, "she" is the mother (the one the possessive names)
    found = codes("Updates from Almaty.\n\nGulmira Seitova was taken away on 5 May 2018 and released in November "
                  "that year. Her daughter Aruzhan Seitova says she had to sing patriotic songs every evening.")
    assert "indoctrination.political" in found["Gulmira Seitova"]
    assert "indoctrination.political" not in found.get("Aruzhan Seitova", set())
