""""No news" told as a list of what never came since someone was taken (issue 11, h-x32c).

A family tells a disappearance noun by noun: no visit, no lawyer, no letter, no place named
(« ni visite, ni avocat, ni nouvelles », «ни письма, ни звонка»). The list is a negative form, read with
the one negation list (`lexicon.NEGATION_WORDS`, `lexicon.negated_list`): held incommunicado, the
place among what never came or not (h-codes57: a contact cut is incommunicado only, as the writers of
the tuning golds code it, `violations._held_apart`). The person is the one whose custody the text has
just told. Invented sentences; each refusal with a positive control.
"""

from __future__ import annotations

import re

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import negated_list


def codes(text: str, language: str | None = None) -> dict[str, set[str]]:
    out = extract_text(text, language=language) if language else extract_text(text)
    return {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}


@pytest.mark.parametrize(("text", "language", "who", "control"), [
    ("Our cousin Erkin Yasin was detained at his shop in April 2017. His mother has waited four years with "
     "no visit and no lawyer, and no address of the camp.\n\nOur neighbour Alim Sabit was taken in May 2017. "
     "His whereabouts remain unknown.", "en", "Erkin Yasin", "Alim Sabit"),
    ("Leur cousin, Erkin Yasin, a été arrêté dans sa boutique en avril 2017. Sa mère attend depuis quatre ans, "
     "sans avocat, ni visite ni adresse du camp.\n\nLeur voisin, Alim Sabit, a été emmené en mai 2017. "
     "Depuis, sa femme ignore où il se trouve.", "fr", "Erkin Yasin", "Alim Sabit"),
])
def test_a_list_of_what_never_came_after_an_arrest(text, language, who, control):
    found = codes(text, language)
    assert "detention.incommunicado" in found[who]
    assert "disappearance.enforced" not in found[who]
    assert "disappearance.enforced" in found[control]  # positive control: the whereabouts said unknown


def test_russian_a_list_without_the_whereabouts_is_incommunicado_only():
    found = codes("Эркина Ясина задержали в апреле 2017 года. С тех пор ни письма, ни звонка, ни суда.", "ru")
    (codes_of_him,) = [c for name, c in found.items() if name.startswith("Эркин")]
    assert "detention.incommunicado" in codes_of_him
    assert "disappearance.enforced" not in codes_of_him


def test_a_list_with_nobody_taken_or_of_other_nouns_is_no_code():
    # nobody in custody before the list; a list of things that are not news
    found = codes("Our cousin Erkin Yasin runs a shop in Hotan. He has no letter, no phone call, no visit to "
                  "answer this month. His brother Ablet Yasin was detained in 2018; his wife says he had no "
                  "debts, no worries.")
    assert not any({"detention.incommunicado", "disappearance.enforced"} & c for c in found.values())
    # positive control: the same list after the arrest told of him
    found = codes("Our cousin Erkin Yasin was detained in 2018. Since then: no letter, no phone call, no visit.")
    assert "detention.incommunicado" in found["Erkin Yasin"]


def test_the_list_is_read_with_the_one_negation_list():
    pattern = re.compile(negated_list("letter|call|lettre|procès|письм|звон"), re.I)
    assert pattern.search("no letter, no call") and pattern.search("ni lettre ni procès")
    assert pattern.search("ни письма, ни звонка")
    assert not pattern.search("a letter, a call")  # positive form: no list of absences
    assert not pattern.search("no letter")  # one item is not a list
