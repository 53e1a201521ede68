"""Issue 11 (h-en59): a hedge word hedges an act only when it governs the act's clause by the parse
(`subjects.hedged`, the one hedge rule of the violations, the events and the listed victims). Invented
people, our own sentences; each negative carries its positive control.
"""

from __future__ import annotations

import re

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import HEDGE
from guwah.extract.pipeline import run_pipeline
from guwah.extract.subjects import hedged


def result(text: str, language: str = "en") -> tuple[dict[str, set[str]], set[tuple[str, str | None]]]:
    found = extract_text(text, language=language)
    names = {p["id"]: p["name"] for p in found["persons"]}
    codes = {p["name"]: {v["code"] for v in p["violations"]} for p in found["persons"]}
    return codes, {(e["type"], names.get(e["person"])) for e in found["events"]}


def test_a_hedge_inside_a_concession_does_not_hedge_the_main_clause():
    codes, _ = result("I am Erkin Sabit. Although the guard might have been new, they beat me with batons in 2018.")
    assert "torture.beating" in codes["Erkin Sabit"]
    # control: the same modal on the act's own verb hedges it
    codes, _ = result("I am Erkin Sabit. The guards might have beaten me with batons in 2018.")
    assert "torture.beating" not in codes["Erkin Sabit"]


def test_a_hedge_inside_a_relative_clause_does_not_hedge_the_told_act():
    text = ("I am Erkin Sabit. My cousin Aynur Kasim, who I think lives in Ghulja, told me that the police arrested "
            "Gulnar Tursun in 2019.")
    codes, events = result(text)
    assert "detention.arbitrary_arrest" in codes["Gulnar Tursun"]
    assert ("arrest", "Gulnar Tursun") in events
    # control: "I think" over the act's clause hedges it
    codes, events = result("I am Erkin Sabit. I think the police arrested Gulnar Tursun in 2019.")
    assert "detention.arbitrary_arrest" not in codes["Gulnar Tursun"]
    assert ("arrest", "Gulnar Tursun") not in events


def test_a_hedged_conjunct_with_its_own_subject_does_not_hedge_the_next():
    text = "I am Erkin Sabit. Perhaps Aynur Kasim was arrested in 2019, and the police sent Gulnar Tursun to a camp in 2019."
    codes, events = result(text)
    assert "detention.internment_camp" in codes["Gulnar Tursun"]
    assert ("detention", "Gulnar Tursun") in events
    assert "detention.arbitrary_arrest" not in codes["Aynur Kasim"]  # control: the hedged conjunct
    assert ("arrest", "Aynur Kasim") not in events


@pytest.mark.parametrize(("text", "language", "word"), [
    ("Aynur Kasim was reportedly arrested in 2019.", "en", "arrested"),
    ("Rumours circulated that Aynur Kasim had been arrested in 2019.", "en", "arrested"),
    ("Perhaps they beat him and tortured him.", "en", "tortured"),
    ("Aynur Kasim aurait été arrêtée en 2019.", "fr", "arrêtée"),
])
def test_a_hedge_that_governs_the_clause_hedges(text, language, word):
    doc = run_pipeline(text, language)
    at = text.index(word)
    assert hedged(doc, at, at + len(word))


def test_a_hedge_after_a_clause_of_its_own_does_not():
    text = "Perhaps he left, and they beat his wife."
    doc = run_pipeline(text, "en")
    at = text.index("beat")
    assert not hedged(doc, at, at + 4)
    at = text.index("left")
    assert hedged(doc, at, at + 4)  # control


@pytest.mark.parametrize(("text", "language", "word"), [
    ("По непроверенным сведениям, Алима задержали в 2019 году.", "ru", "задержали"),
])
def test_a_hedge_set_aside_on_the_clause_hedges(text, language, word):
    doc = run_pipeline(text, language)
    at = text.index(word)
    assert hedged(doc, at, at + len(word))


def test_thinking_of_someone_is_no_hedge():
    text = "Je pense à mon oncle Tohti. Je pense qu'on lui a posé un stérilet."
    doc = run_pipeline(text, "fr")
    at = text.index("posé")
    assert hedged(doc, at, at + 4)  # control: « je pense que »
    assert not re.search(HEDGE, text[:text.index(".")], re.I)
