"""Events told in plain spoken words (h-events47, issue 11): « il est sorti en 2020 » is a release, and
"nobody knows where she is" a disappearance; "two years after they took him" counts from the
arrest. Invented people and sentences; each negative beside its positive control."""

from datetime import date

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _events(doc, name: str) -> list[tuple[str, str | None]]:
    person = person_named(doc, name)
    return sorted((e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id)


def test_events_out_at_a_date_is_a_release_but_out_of_the_country_is_not():
    doc = run_pipeline("Je m'appelle Aynur Emet. Mon oncle Yasin Tohti a été arrêté en 2018. Il est sorti en 2020. "
                       "Ma cousine Meryem Tohti est sortie en 2016 de Chine.", "fr", date(2024, 6, 1))
    assert ("release", "2020") in _events(doc, "Yasin Tohti")
    assert "release" not in {kind for kind, _d in _events(doc, "Meryem Tohti")}


def test_events_nobody_knows_where_she_is_is_a_disappearance():
    doc = run_pipeline("My name is Aynur Emet. My sister Nadire Emet, since 2018 nobody knows where she is. "
                       "My brother Memet Emet knows where she lived.", "en", date(2024, 6, 1))
    assert _events(doc, "Nadire Emet") == [("disappearance", "2018")]
    assert _events(doc, "Memet Emet") == []


def test_events_counted_from_a_taking_told_after_them():
    # "two years after they took him": from the person's arrest, told in the next sentence (not from the
    # last date written before); the control, a sentencing dated in its own words
    doc = run_pipeline("My name is Aynur Emet. Last Tuesday we saw a court notice. My husband, Yusup Tohti, was sentenced "
                       "two years after they took him. He was arrested in Urumqi in 2019. My brother Memet Emet was "
                       "sentenced in 2020.", "en", date(2025, 9, 14))
    assert ("sentencing", "2021") in _events(doc, "Yusup Tohti")
    assert _events(doc, "Memet Emet") == [("sentencing", "2020")]
