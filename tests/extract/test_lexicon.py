"""The scope rules shared through `guwah.extract.lexicon`: one list of threat verbs for the event
and violation rules, one alternation of verbs of saying for the violation and pronoun rules."""

import re

import pytest

from guwah.extract import subjects, violations
from guwah.extract.lexicon import THREAT, THREAT_VERBS, UNREAL_HEADS
from tests.extract.helpers import codes_of, doc_of, person_named
from tests.extract.test_events_said_otherwise import events_of


def test_lexicon_threat_verbs_feed_both_readings():
    threat = re.compile(THREAT, re.I)
    for verbs in THREAT_VERBS.values():
        assert set(verbs) <= UNREAL_HEADS
    assert threat.search("The guards warned him that he would be ")
    assert threat.search("Ils l'ont menacé de ")
    assert threat.search("Полиция предупредила, что ")
    assert not threat.search("The guards told him that he would be ")  # control: no threat verb


def test_lexicon_threat_in_russian_is_no_event():
    """«предупредила, что арестует»: the warning verb heads the act on the parse (new to the event
    rules since they read the lexicon's list); the act told plainly is the control."""
    warned = events_of("В 2017 году полиция предупредила, что арестует меня.", "ru", "Тилек Осмонов")
    assert "arrest" not in {kind for kind, _date in warned}
    told = events_of("В 2017 году полиция арестовала меня.", "ru", "Тилек Осмонов")
    assert "arrest" in {kind for kind, _date in told}


def test_lexicon_threat_is_no_violation():
    doc = doc_of("The guards warned Dilnur Kasim that she would be beaten if she prayed. "
                 "The next week the guards beat her cellmate Mahire Tohti.")
    assert "torture.beating" not in codes_of(person_named(doc, "Dilnur Kasim"))
    assert "torture.beating" in codes_of(person_named(doc, "Mahire Tohti"))


@pytest.mark.parametrize("verb", ["says", "said", "writes", "recalls", "told me", "explains", "a raconté", "пишет",
                                  "рассказала"])
def test_lexicon_saying_is_one_alternation(verb):
    assert violations._SAYS.match(f" {verb} that ")
    assert subjects._SAYS_AFTER.match(f", {verb}")
    assert subjects._SAYS_THEN.fullmatch(f" {verb} that ")
    assert not subjects._SAYS_AFTER.match(", slept")  # control: no verb of saying



def test_lexicon_writing_a_thing_is_no_saying():
    """"wrote a self-criticism" writes a thing: its writer is no teller; "wrote that" is one."""
    assert not violations._SAYS.match(" wrote a self-criticism")
    assert violations._SAYS.match(" wrote that ")
