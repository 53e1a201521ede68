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


# "they" for the people named together just before (0.21.x round): an act told of "they" (its
# passive subject, its object, the subject of "died") is the act of the people a coordination named
# in this sentence or the two before, in the same paragraph; "they" as the doer is not them.
@pytest.mark.parametrize("language, text, code", [
    ("en", "Ablet Tursun and his wife Gulnisa Emet returned to Ghulja in May 2017. At the airport they were "
           "detained and sent to a camp. Their neighbour Memet Yasin watched from the road.", "detention.internment_camp"),
    ("fr", "Ablet Tursun et sa femme Gulnisa Emet sont rentrés à Ghulja en mai 2017. À l'aéroport, ils ont été "
           "arrêtés puis envoyés dans un camp. Leur voisin Memet Yasin regardait depuis la route.", "detention.internment_camp"),
    ("ru", "Аблет Турсун и его жена Гульниса Эмет вернулись в Кульджу в мае 2017 года. В аэропорту они были "
           "задержаны и отправлены в лагерь. Их сосед Мемет Ясин смотрел с дороги.", "detention.internment_camp"),
])
def test_subjects_they_is_the_people_named_together_before(language, text, code):
    doc = doc_of(text, language)
    names = [p.names[0] for p in doc.persons if p.names]
    couple, neighbour = names[:2], names[2]
    for name in couple:
        assert code in codes_of(person_named(doc, name)), name
    assert sorted(event_people(doc, "arrest")) == sorted(couple)
    assert not codes_of(person_named(doc, neighbour))  # named after: not "they"


def test_subjects_they_as_the_doer_is_not_the_people_named_together():
    doc = doc_of("Ablet Tursun and Gulnisa Emet returned to Ghulja in May 2017. Officers met them at the airport; "
                 "they beat Ablet Tursun and took the passport of Gulnisa Emet.")
    assert "torture.beating" in codes_of(person_named(doc, "Ablet Tursun"))  # positive control
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Gulnisa Emet"))
    assert "torture.beating" not in codes_of(person_named(doc, "Gulnisa Emet"))


def test_subjects_they_after_one_person_named_alone_stays_nobody():
    # the latest person before "they" closes no coordination: "they" may be the police; the couple
    # of the first paragraph is the positive control
    doc = doc_of("Ablet Tursun and Gulnisa Emet were detained in May 2017.\n\n"
                 "Memet Yasin spoke to two officers in 2019. Later they were beaten in the yard.")
    for name in ("Ablet Tursun", "Gulnisa Emet"):
        assert "detention.arbitrary_arrest" in codes_of(person_named(doc, name))
    assert "torture.beating" not in codes_of(person_named(doc, "Memet Yasin"))
