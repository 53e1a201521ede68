"""Held incommunicado told by a writer no rule was written for (h-x35c, issue 11): the classifier
proposes the code, its negation is the act ("we have not once heard her speak since"), and the one held
is named after the words, not the relative who cannot reach them. Invented texts in our own words;
each refusal has a positive control in the same text."""

import pytest

from guwah.extract import acts, violations
from tests.bench_scripts import load
from tests.extract.helpers import codes_of, doc_of, person_named

HELD_APART = "detention.incommunicado"
BEATING = "torture.beating"

# Invented training sentences: no word from someone held, a beating, and neither.
_SENTENCES = [
    ("Her mother has not once heard her speak since that night.", [HELD_APART]),
    ("His wife has had no word from him for two years.", [HELD_APART]),
    ("Nobody in the family has heard his voice since the spring.", [HELD_APART]),
    ("Since she was taken they have had no call from her at all.", [HELD_APART]),
    ("The guards beat him with sticks every night.", [BEATING]),
    ("A guard beat her with a rubber baton.", [BEATING]),
    ("Guards beat the old man in the yard.", [BEATING]),
    ("We walked to the market and bought bread.", []),
    ("The weather was cold that winter in the village.", []),
]


@pytest.fixture(scope="module")
def apart_model():
    train_acts = load("train_acts")
    examples = train_acts.with_syntax([{"text": t, "lang": "en", "codes": c} for t, c in _SENTENCES])
    return train_acts.train(examples, train_acts.labels_of(examples), coef_min=0.0).with_settings(0.5, "union")


_TEXT = ("Dilnaz Omarova was taken away by the police in Kashgar in 2019. "
         "Her brother Arman Seitkali has not once heard her speak since. "
         "Guards never beat Kanat Bolatov, his cousin says.")


def test_the_classifier_gives_incommunicado_told_by_a_negation_to_the_one_held(apart_model):
    sentences = _TEXT.split(". ")
    assert apart_model.probabilities([sentences[1]])[0][HELD_APART] >= 0.5
    assert not any(t.code == HELD_APART for t in violations.TRIGGERS if t.pattern is not None
                   and t.pattern.search(sentences[1]))  # no rule reads these words: the classifier's
    with acts.using(apart_model):
        doc = doc_of(_TEXT, "en")
    assert HELD_APART in codes_of(person_named(doc, "Dilnaz Omarova"))
    # the brother who cannot reach her is not the one held apart
    assert HELD_APART not in codes_of(person_named(doc, "Arman Seitkali"))


def test_a_negated_act_of_another_code_is_still_refused(apart_model):
    # the negation is the act for incommunicado only: "never beat" denies the beating
    sentence = _TEXT.split(". ")[2]
    assert apart_model.probabilities([sentence])[0][BEATING] >= 0.5
    with acts.using(apart_model):
        doc = doc_of(_TEXT, "en")
    assert BEATING not in codes_of(person_named(doc, "Kanat Bolatov"))
    assert HELD_APART in codes_of(person_named(doc, "Dilnaz Omarova"))  # positive control, same text


def test_a_question_about_the_contact_gives_no_code(apart_model):
    text = ("Dilnaz Omarova was taken away by the police in Kashgar in 2019. Has her brother once heard her speak since? "
            "Zhanar Abenova was taken away in Ghulja in 2018. Her brother Arman Seitkali has not once heard her speak since.")
    with acts.using(apart_model):
        doc = doc_of(text, "en")
    assert HELD_APART not in codes_of(person_named(doc, "Dilnaz Omarova"))
    assert HELD_APART in codes_of(person_named(doc, "Zhanar Abenova"))  # positive control, same text


def test_incommunicado_is_no_longer_the_rules_alone():
    assert HELD_APART not in violations._RULES_ONLY_CODES
    assert HELD_APART in violations._TOLD_BY_NEGATION
    # the other codes told from the family's side stay the rules' (their left-one-out not measured open)
    assert "disappearance.enforced" in violations._RULES_ONLY_CODES


def test_the_relative_who_cannot_reach_someone_is_not_the_one_held():
    # "her" after the words was read as the mother, the clause's subject; the act is the daughter's
    # (the rules' own entry of "has not heard from her since", object_first)
    text = ("Dilnaz Omarova was taken away by the police in Kashgar in 2019. Her mother has not heard from her since. "
            "Kanat Bolatov was taken away in Ghulja in 2018. His wife has not heard from him since.")
    with acts.using(None):
        doc = doc_of(text, "en")
    dilnaz = person_named(doc, "Dilnaz Omarova")
    assert HELD_APART in codes_of(dilnaz)
    mothers = [p for p in doc.persons if p.kin_of == (dilnaz.id, "mother")]
    assert all(HELD_APART not in codes_of(p) for p in mothers)
    # control: where "him" was read right (a wife's words of her husband), nothing moves
    kanat = person_named(doc, "Kanat Bolatov")
    assert HELD_APART in codes_of(kanat)
    assert all(HELD_APART not in codes_of(p) for p in doc.persons if p.kin_of == (kanat.id, "wife"))
