"""The one who does an act to someone is no victim of it (issue 11, h-doer73; invented names and sentences).

The active subject of a verb of an act done to someone (`lexicon.ACTS_ON_SOMEONE`) whose object is someone else
("X beat him", « X l'a frappé », «X избил его») is its doer (`subjects._doer`): the act goes to the object, and
a following "he"/"she" goes on with the one it was done to, not with X, though X was named last. A thing put
in, on or against someone ("fitted coils inside women", "pressed a hot iron to her arm") is done to that person.

Negative controls: "X was beaten" and "X and his brother were beaten" (X is the victim), "X beat the door" (no
person as the object: no code for X), "the guard told X to sign" (X is still the one pressured).
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named


def test_english_object_pronoun_is_not_the_subject_and_the_next_he_is_the_one_beaten():
    doc = doc_of("Parhat Quyli was held in the camp. Dorin Selvak beat him every night. "
                 "He was then sentenced to ten years.", "en")
    victim = codes_of(person_named(doc, "Parhat Quyli"))
    doer = codes_of(person_named(doc, "Dorin Selvak"))
    assert "torture.beating" in victim and "detention.prison_sentence" in victim
    assert "torture.beating" not in doer and "detention.prison_sentence" not in doer


def test_english_thing_held_against_someone_goes_to_its_owner_not_the_doer():
    doc = doc_of("My brother Parhat Quyli was taken to the camp in 2018. There Dorin Selvak pressed an electric "
                 "baton to his legs. He was then sentenced to ten years.", "en")
    victim = codes_of(person_named(doc, "Parhat Quyli"))
    doer = codes_of(person_named(doc, "Dorin Selvak"))
    assert "torture.electric_shock" in victim and "detention.prison_sentence" in victim
    assert not doer & {"torture.electric_shock", "detention.prison_sentence"}


def test_english_thing_put_inside_women_is_not_the_doers():
    doc = doc_of("Gulnar Taspek was held in the camp. There Vesna Morrit put a ring inside the women.", "en")
    assert "reproductive.forced_contraception" not in codes_of(person_named(doc, "Vesna Morrit"))
    # control: the same act done to a woman by name is hers
    doc = doc_of("Gulnar Taspek was held in the camp. There a coil was fitted inside Gulnar Taspek.", "en")
    assert "reproductive.forced_contraception" in codes_of(person_named(doc, "Gulnar Taspek"))


def test_french_clitic_object_and_the_next_il():
    doc = doc_of("Parhat Quyli a été emmené au camp en 2018. Dorin Selvak l'a frappé avec une matraque. "
                 "Il a ensuite été condamné à dix ans.", "fr")
    victim = codes_of(person_named(doc, "Parhat Quyli"))
    doer = codes_of(person_named(doc, "Dorin Selvak"))
    assert "torture.beating" in victim and "detention.prison_sentence" in victim
    assert not doer & {"torture.beating", "detention.prison_sentence"}


def test_russian_object_pronoun_before_the_instrument():
    doc = doc_of("Бахыт Кумисов был задержан в 2018 году. Тимур Селвак избил его дубинкой. "
                 "Потом его приговорили к десяти годам.", "ru")
    victim = codes_of(person_named(doc, "Бахыт Кумисов"))
    doer = codes_of(person_named(doc, "Тимур Селвак"))
    assert "torture.beating" in victim and "detention.prison_sentence" in victim
    assert not doer & {"torture.beating", "detention.prison_sentence"}


def test_negative_controls_the_passive_subject_and_the_one_told_keep_their_acts():
    assert "torture.beating" in codes_of(person_named(doc_of("Dorin Selvak was beaten in the camp.", "en"),
                                                      "Dorin Selvak"))
    doc = doc_of("Dorin Selvak and his brother were beaten in the camp.", "en")
    assert "torture.beating" in codes_of(person_named(doc, "Dorin Selvak"))
    doc = doc_of("In the camp the guard told Dorin Selvak to sign a confession.", "en")
    assert "coercion.forced_confession" in codes_of(person_named(doc, "Dorin Selvak"))


def test_no_person_as_the_object_gives_the_subject_no_code():
    doc = doc_of("Parhat Quyli was beaten by the guards. That night Dorin Selvak beat the door of the cell.", "en")
    assert "torture.beating" not in codes_of(person_named(doc, "Dorin Selvak"))
    # control: the act told of someone in the same text is found
    assert "torture.beating" in codes_of(person_named(doc, "Parhat Quyli"))
