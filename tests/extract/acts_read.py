"""What the act tests read from an invented text: the codes given to each named person, and the codes
detected in each sentence whoever they are given to (one copy for the act-detection test modules)."""

from __future__ import annotations

from guwah.extract import violations
from guwah.extract.pipeline import run_pipeline


def codes_by_person(text: str, language: str) -> dict[str, set[str]]:
    """Each named person's name -> the codes of the acts the extractor gives them."""
    return {p.name: {v.code for v in p.violations} for p in run_pipeline(text, language, None).persons if p.name}


def codes_by_sentence(text: str, language: str) -> list[set[str]]:
    """The codes the rules and the act model read in each sentence (detection only)."""
    doc = run_pipeline(text, language, None)
    refused: set = set()
    found: list[set[str]] = [set() for _ in doc.sentences]
    for trigger, index, _match in violations._classified_hits(doc, violations._trigger_hits(doc, refused), refused):
        found[index].add(trigger.code)
    return found


def rule_codes_by_sentence(text: str, language: str) -> list[set[str]]:
    """The codes the rules alone read in each sentence (detection only; no act model)."""
    doc = run_pipeline(text, language, None)
    found: list[set[str]] = [set() for _ in doc.sentences]
    for trigger, index, _match in violations._trigger_hits(doc):
        found[index].add(trigger.code)
    return found
