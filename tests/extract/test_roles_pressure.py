"""Features of the person model for victims no act code reaches (issue 11, h-x26p): the person a
verb of pressure is done to ("she was telephoned", "he had a call from Aksu", «мне позвонили»,
« on l'a convoquée »), a narrator whose own "I" is held or pressed, a relative of the narrator, a
person said to be still held or missing. Invented sentences; each feature beside a person of the
same text who has none of it (the control)."""

import math

import pytest

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import doc_of, person_named

PRESSED_TEXT = ("My name is Aygul Tursun and I live in Almaty. My brother Mijit Tursun lives in Kayseri. "
                "Last week he had a call from a number in Aksu. Police called me in twice and warned me. "
                "I was detained for a month in 2018. Omer Kasim runs the bakery next door.")


def _features(doc, name):
    return roles_model.person_features(doc, person_named(doc, name))


def _doc():
    with roles_model.using(None):
        return doc_of(PRESSED_TEXT)


def test_a_pronoun_that_received_a_call_is_pressed_and_the_neighbour_is_not():
    doc = _doc()
    assert _features(doc, "Mijit Tursun")["first.role.pronoun_pressed_after"] == 1.0
    assert _features(doc, "Omer Kasim").get("first.role.pronoun_pressed_after", 0.0) == 0.0


def test_the_narrators_own_i_is_held_and_pressed():
    doc = _doc()
    narrator = _features(doc, "Aygul Tursun")
    assert narrator["narrator.patient_pressed"] == pytest.approx(math.log1p(2))  # called me, warned me
    assert narrator["narrator.patient_act"] == pytest.approx(math.log1p(1))  # I was detained
    assert "narrator.patient_act" not in _features(doc, "Omer Kasim")


def test_a_relative_of_the_narrator_is_read_and_a_stranger_is_not():
    doc = _doc()
    assert _features(doc, "Mijit Tursun")["how.kin_of_narrator"] == 1.0
    assert _features(doc, "Omer Kasim")["how.kin_of_narrator"] == 0.0
    assert _features(doc, "Aygul Tursun")["how.kin_of_narrator"] == 0.0  # the narrator herself


@pytest.mark.parametrize("language, text, pressed, control", [
    ("en", "Aynur Sabit was telephoned twice from a Chinese number. Erkin Sabit telephoned the embassy.",
     "Aynur Sabit", "Erkin Sabit"),
    ("fr", "La police a convoqué Aynur Sabit trois fois. Erkin Sabit a appelé l'ambassade.",
     "Aynur Sabit", "Erkin Sabit"),
    ("ru", "Полиция трижды вызывала Марата Сабитова в участок. Еркин Сабитов позвонил в посольство.",
     "Марат Сабитов", "Еркин Сабитов"),
])
def test_the_one_a_verb_of_pressure_is_done_to_is_pressed_not_its_subject(language, text, pressed, control):
    with roles_model.using(None):
        doc = run_pipeline(text, language, None)
    context = roles_model._context(doc)

    def first(name):
        person = person_named(doc, name)
        return roles_model._mention_features(doc, min(person.mentions), context)

    assert first(pressed)["role.pressed"] == 1.0
    assert first(control).get("role.pressed", 0.0) == 0.0


def test_a_person_still_held_or_missing_is_read_in_the_sentence():
    with roles_model.using(None):
        doc = doc_of("Ablet Tursun is still held in a camp near Aksu. Omer Kasim runs the bakery in Aksu.")
    context = roles_model._context(doc)
    held = roles_model._mention_features(doc, min(person_named(doc, "Ablet Tursun").mentions), context)
    free = roles_model._mention_features(doc, min(person_named(doc, "Omer Kasim").mentions), context)
    assert held["s.state_held"] == 1.0 and free["s.state_held"] == 0.0
