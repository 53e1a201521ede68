"""A family writing as "we" names the one it writes about by what it is to him ("We are the sons
and the wife of X"); its later "our father" is X (issue 11, h-x26p; left from h-x25's forbidden
code). Invented texts; each with a control: a kin word the declared group does not call for, or a
text with no declaration, stays no mention of X."""

import pytest

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _mentions(doc, name):
    person = person_named(doc, name)
    return [doc.text[a:b] for a, b in sorted(person.mentions)], person


@pytest.mark.parametrize("language, text, name, ours", [
    ("en", "We are the children and the wife of Ablet Tursun, a teacher from Ghulja. Our father was taken from his "
           "classroom in March 2018. His brother Erkin Tursun told us this. Our mother has been ill since.",
     "Ablet Tursun", "Our father"),
    ("fr", "Nous sommes l'épouse et les enfants de M. Ablet Tursun, enseignant à Ghulja. Notre père a été arrêté en "
           "mars 2018 dans sa classe. Son frère Erkin Tursun nous l'a appris. Notre tante vit à Almaty.",
     "Ablet Tursun", "Notre père"),
    ("ru", "Мы — жена и дети Аблета Турсуна, учителя из Кульджи. Нашего отца задержали в марте 2018 года. "
           "Его брат Еркин Турсун рассказал нам об этом. Наша тётя живёт в Алматы.",
     "Аблет Турсун", "Нашего отца"),
])
def test_our_father_is_the_man_the_family_named(language, text, name, ours):
    doc = run_pipeline(text, language, None)
    mentions, person = _mentions(doc, name)
    assert ours in mentions
    # the arrest told of "our father" is his, not his brother's (named nearer to it)
    arrests = [e for e in doc.events if e.type == "arrest"]
    assert arrests and all(e.person == person.id for e in arrests)
    # control: "our mother" / "notre tante" / «наша тётя» is not him
    assert not any(m.lower().startswith(("our mother", "notre tante", "наша")) for m in mentions)


def test_a_wife_among_the_writers_does_not_make_our_mother_the_husband_and_no_declaration_joins_nothing():
    text = ("We are the children and the wife of Ablet Tursun. Our mother was questioned in 2019. "
            "Our father was taken in March 2018.")
    doc = run_pipeline(text, "en", None)
    mentions, _ = _mentions(doc, "Ablet Tursun")
    assert "Our father" in mentions and "Our mother" not in mentions
    plain = run_pipeline("Ablet Tursun is a teacher from Ghulja. Our father was taken in March 2018.", "en", None)
    mentions, _ = _mentions(plain, "Ablet Tursun")
    assert "Our father" not in mentions
