"""An act told of "the inmates" in the sentence that has just put one person in custody is that person's
(issue 11, h-focal68): "a former detainee said that Y was transferred to a jail in Z, and that the inmates
were kept in leg shackles" gives the shackling to Y (`subjects._held_in_this_sentence`), as "there"
or "where" did already (`subjects.held_there`). Invented texts; controls: a sentence about inmates that
puts no one in custody gives the act to no one, and a sentence that puts two people in custody gives it to
neither.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named

TEXT = ("Minutes of the spring meeting. Aziz Ablimit asked the members to remember his brother. "
        "Last month a former detainee said to Aziz that Memet Ablimit was transferred to a jail in Korla, "
        "and that the inmates were kept in leg shackles day and night. {control}")


def test_the_inmates_of_the_place_just_named_are_the_one_held_there():
    doc = doc_of(TEXT.format(control=""), "en")
    assert "detention.shackling" in codes_of(person_named(doc, "Memet Ablimit"))
    assert "detention.shackling" not in codes_of(person_named(doc, "Aziz Ablimit"))


def test_inmates_in_general_are_no_one():
    """Control: a later sentence about inmates in general, with no custody in it, gives its act to no one."""
    control = "Aziz has read that in many prisons the inmates are beaten."
    doc = doc_of(TEXT.format(control=control), "en")
    assert "detention.shackling" in codes_of(person_named(doc, "Memet Ablimit"))
    assert not any("torture.beating" in codes_of(p) for p in doc.persons)


def test_two_held_in_the_sentence_take_no_group_act():
    """Control: when the sentence puts two people in custody, the inmates' act is neither's."""
    doc = doc_of(TEXT.format(control="").replace(
        "that Memet Ablimit was transferred to a jail in Korla,",
        "that Memet Ablimit was transferred to a jail in Korla and Tursun Rozi was sent to a camp in Aksu,"), "en")
    assert "detention.shackling" not in codes_of(person_named(doc, "Memet Ablimit"))
    assert "detention.shackling" not in codes_of(person_named(doc, "Tursun Rozi"))
