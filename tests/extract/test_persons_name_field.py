"""A form's name field ("Name: X") names the person the form is about: the person model keeps that
person whatever its probability (issue 11, h-x26p: on the unseen-writer sets, intake and referral
forms lost the person of their "Name:" line to the model). Invented form; the control in the same
text: a name in another field (who took the call) is still no person."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

FORM = ("Community support line — intake record\n"
        "Reference: 2023/118\n"
        "Name: Gulbahar Turdi\n"
        "Year of birth: 1987\n"
        "Place of residence: Leiden, Netherlands\n"
        "Contact: by e-mail only\n"
        "Taken by: Marieke de Vries\n\n"
        "Summary of the call\n"
        "The caller said that a former colleague, Ablet Hoshur, a retired teacher from Ghulja, was detained by the "
        "county police in April 2018 and has not been heard from since. She last spoke with Ablet Hoshur in March "
        "2018. Officials in Ghulja have asked about the caller's work abroad. "
        "The caller asked for help writing to the foreign ministry. A volunteer will call back next week.\n")


def test_the_person_of_a_name_field_is_kept_and_the_call_takers_name_is_not():
    assert len(FORM) >= roles_model.MIN_CHARS  # the model runs on this text
    doc = run_pipeline(FORM, "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert "Gulbahar Turdi" in names and "Ablet Hoshur" in names
    assert not any("Vries" in n or "Marieke" in n for n in names)
    person = next(p for p in doc.persons if "Gulbahar Turdi" in p.names)
    assert "field" in roles_model.sure(doc, person)
