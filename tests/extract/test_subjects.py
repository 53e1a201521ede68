"""Who an event or a violation happened to: by the dependency parse where a model gives one."""

import re

import pytest

from guwah.extract.subjects import syntactic_target
from tests.extract.helpers import codes_of, doc_of, person_named


def event_people(doc, event_type: str) -> list[str]:
    return [doc.person(e.person).name for e in doc.events if e.type == event_type and e.person]


# The person nearest the trigger is not the one it happened to: a relative clause stands between
# the subject and its passive verb. The other person of the sentence is the negative control.
@pytest.mark.parametrize("language, text, victim, other", [
    ("en", "Ekrem Yasin, whom Aynur Memet had tutored for years, was arrested in 2018.", "Ekrem Yasin", "Aynur Memet"),
    ("fr", "Mirzat Tohti, qui habitait chez Aynur Memet, a été arrêté en 2019.", "Mirzat Tohti", "Aynur Memet"),
])
def test_subjects_subject_of_a_passive_across_a_relative_clause(language, text, victim, other):
    doc = doc_of(text, language)
    assert event_people(doc, "arrest") == [victim]
    assert "victim" in person_named(doc, victim).roles and "victim" not in person_named(doc, other).roles


def test_subjects_violation_goes_to_the_passive_subject_not_the_nearest_name():
    doc = doc_of("Mirzat Tohti, who lived next door to Aynur Memet, was beaten by the guards in 2019.")
    assert "torture.beating" in codes_of(person_named(doc, "Mirzat Tohti"))
    assert "torture.beating" not in codes_of(person_named(doc, "Aynur Memet"))


def test_subjects_object_of_an_active_verb_and_a_possessor():
    doc = doc_of("The police took his passport from Yusup Kerim and then detained him.")
    took = re.search(r"took", doc.text)
    target = syntactic_target(doc, took.start(), took.end())
    # "took his passport": whose passport, "his"
    assert doc.analysis.tokens[target].text == "his"


def test_subjects_a_coordination_is_every_person_of_it():
    doc = doc_of("Kanat Abenov\n\nI was born in Ghulja. My mother and my sister were detained in 2018.")
    detained = {doc.person(e.person).kin_of[1] for e in doc.events if e.type == "detention" and doc.person(e.person).kin_of}
    assert detained == {"mother", "sister"}
