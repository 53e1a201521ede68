"""Events told in plain spoken words (h-events47, issue 11): « elle est sortie en mai 2019 » is a release,
"no one knows where he is" a disappearance; "tried three years after police arrested her" counts
from the arrest. Invented people and sentences; each negative beside its positive control."""

from datetime import date

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _events(doc, name: str) -> list[tuple[str, str | None]]:
    person = person_named(doc, name)
    return sorted((e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id)


def test_events_out_at_a_date_is_a_release_but_out_of_the_country_is_not():
    doc = run_pipeline("Je m'appelle Aynur Emet. Ma tante Patime Yasin a été internée dans un camp en 2017. Elle est "
                       "sortie en mai 2019, très maigre. Ma cousine Meryem Tohti est sortie en 2016 de Chine.",
                       "fr", date(2024, 6, 1))
    assert ("release", "2019-05") in _events(doc, "Patime Yasin")
    assert "release" not in {kind for kind, _d in _events(doc, "Meryem Tohti")}


def test_events_no_one_knows_where_he_is_is_a_disappearance():
    doc = run_pipeline("My name is Aynur Emet. Police took my cousin Ablikim Turdi in 2019 and now no one knows where he "
                       "is. My uncle Rozi Turdi knows where the old house was.", "en", date(2024, 6, 1))
    assert ("disappearance", "2019") in _events(doc, "Ablikim Turdi")
    assert _events(doc, "Rozi Turdi") == []


def test_events_counted_from_a_taking_told_after_them():
    # "three years after police arrested her": from the person's arrest, told in the next sentence (not
    # from the last date written before); the control, a sentencing dated in its own words
    doc = run_pipeline("My name is Aynur Emet. A friend phoned on Sunday with news. My aunt, Patime Yasin, was tried "
                       "three years after police arrested her. She was arrested in Kashgar in 2016. My uncle Rozi Turdi "
                       "was tried in 2018.", "en", date(2023, 4, 2))
    assert ("sentencing", "2019") in _events(doc, "Patime Yasin")
    assert _events(doc, "Rozi Turdi") == [("sentencing", "2018")]
