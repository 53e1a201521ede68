"""The one a letter is written to (issue 11, h-x33p): named in the greeting ("Dear Arslan,"), they are a
person of the text, and "your aunt X" in the letter is their relative, not the narrator's — the golds'
convention (a named relative in a private letter's salutation is a person; the relatives the letter names
through "your" are theirs). Invented texts; controls beside."""

from guwah.extract.persons import addressee_before
from guwah.extract.pipeline import run_pipeline


def _person(doc, name):
    return next((p for p in doc.persons if name in p.names), None)


LETTER = ("Dear Arslan,\n\nI am writing from Almaty, as you asked. Your aunt Meryemgul Tohti has been held in "
          "Ghulja since 2018 and we have heard nothing since. My brother Alim Tohti visited her house last year.\n\n"
          "Your uncle,\nQadir Tohti\n")


def test_your_aunt_in_a_letter_is_the_addressee_s_relative():
    doc = run_pipeline(LETTER, "en", None)
    arslan, aunt = _person(doc, "Arslan"), _person(doc, "Meryemgul Tohti")
    assert arslan is not None and aunt is not None, [p.names for p in doc.persons]
    assert addressee_before(doc, LETTER.index("Your aunt")) == arslan.id
    assert any(r.person == aunt.id and r.relation == "aunt" for r in arslan.relations)
    assert "relative" in arslan.roles and "narrator" not in arslan.roles
    # the control: "my brother" stays the narrator's, not the addressee's
    brother = _person(doc, "Alim Tohti")
    assert brother is not None and not any(r.person == brother.id for r in arslan.relations)


def test_no_greeting_no_addressee():
    text = LETTER.replace("Dear Arslan,\n\n", "")
    doc = run_pipeline(text, "en", None)
    assert addressee_before(doc, text.index("Your aunt")) is None
    aunt = _person(doc, "Meryemgul Tohti")
    assert aunt is not None and not any(r.person == aunt.id and r.relation == "aunt"
                                        for p in doc.persons for r in p.relations)
