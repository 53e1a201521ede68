"""Exits lost on the tuning sets (h-arrive57, issue 11): a state, province or nation abroad given no side
("I came to Scotland in 2020", "came to New Jersey"), and the exits of a person the person model makes a
victim after the rules had set them aside. Invented people and sentences; each negative beside its control."""

from guwah.extract.document import Doc, EventRecord, PlaceRecord
from guwah.extract.events import _side_of
from guwah.extract.roles import restore_travels
from tests.extract.helpers import person_named


def _run(text: str, language: str = "en", when: str = "2024-06-01"):
    from datetime import date

    from guwah.extract.pipeline import run_pipeline

    return run_pipeline(text, language, date.fromisoformat(when))


def _place(name: str) -> PlaceRecord:
    return PlaceRecord(id="l1", name=name, gazetteer_id=None, kind=None)


def test_a_region_abroad_is_abroad_but_not_its_two_letter_code():
    assert _side_of(_place("Scotland")) is False
    assert _side_of(_place("New Jersey")) is False
    assert _side_of(_place("Ontario")) is False
    assert _side_of(_place("WA")) is None  # a code is no name: it may be an initialism


def test_coming_to_a_nation_abroad_is_an_exit_and_a_trip_inside_china_none():
    doc = _run("My name is Aynagul Qasimova. I came to Scotland in 2020 as a student. "
               "My cousin Perhat Yunusov, a farmer, went to Aksu in 2021 to sell sheep.")
    narrator = person_named(doc, "Aynagul Qasimova")
    assert [e.date.value for e in doc.events if e.person == narrator.id and e.type == "exit"] == ["2020"]
    cousin = person_named(doc, "Perhat Yunusov")
    assert [e for e in doc.events if e.person == cousin.id and e.type in ("exit", "return")] == []


def test_set_aside_travels_come_back_only_for_a_victim():
    doc = Doc(text="Zerdin Toxti left China in 2016. Ms Holloway flew to Istanbul in 2019.")
    victim = doc.new_person(names=["Zerdin Toxti"], roles={"victim"})
    other = doc.new_person(names=["Holloway"], roles={"other"})
    doc.travels_aside = [EventRecord("exit", victim.id, (0, 31)), EventRecord("exit", other.id, (32, 71))]
    restore_travels(doc)
    assert [(e.type, e.person) for e in doc.events] == [("exit", victim.id)]
    assert doc.travels_aside == []
