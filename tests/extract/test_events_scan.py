"""Event triggers are tried only in sentences holding a word a match must start with."""

import re

import pytest

from guwah.extract import events
from guwah.extract.pipeline import run_pipeline
from tests.shared import REPO

INVENTED = ("Police ARRESTED Tursun in 2017. İn May she was detained; they took him away.\n\n"
            "He was released. Nothing happened here. Our neighbour disappeared in 2018. He died in the camp.")


def _patterns():
    return [item[1] if isinstance(item[1], re.Pattern) else item[2]
            for group in (events.TRIGGERS, events.NOMINAL_TRIGGERS, events.SUBTYPED_TRIGGERS) for item in group]


@pytest.mark.parametrize("path", [None, *sorted((REPO / "bench/data/extract-dev").glob("*.txt"))])
def test_events_skipped_sentences_hold_no_match(path):
    text = INVENTED if path is None else path.read_text(encoding="utf-8")
    doc = run_pipeline(text)
    possible = events._possible_sentences(doc)
    skipped = 0
    for pattern in _patterns():
        for index, sentence in enumerate(doc.sentences):
            if not possible(pattern, index):
                skipped += 1
                assert pattern.search(text[sentence.start:sentence.end]) is None, (pattern.pattern[:60], index)
    assert skipped > len(doc.sentences)  # most triggers are absent from most sentences


def test_events_a_sentence_cut_inside_a_word_is_always_tried():
    doc = run_pipeline("Police arrested Tursun in 2017.")
    doc.sentences[0].start = 3  # "ice arrested …": its first word is not a word of the text
    possible = events._possible_sentences(doc)
    assert all(possible(pattern, 0) for pattern in _patterns())
