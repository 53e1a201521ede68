"""Facility entries (guwah.facilities.entries): every facility is a registry entry (issue 10)."""

from __future__ import annotations

import pytest

from guwah.errors import NotFound
from guwah.facilities.entries import view_facility
from guwah.facilities.importer import import_facilities
from guwah.storage.tables import Entry, Event, Facility, Person


def entry_numbers(store) -> dict[str, int]:
    with store.session() as session:
        return {f.dataset_key: f.entry.number for f in session.query(Facility).order_by(Facility.id)}


def add_event(session, facility_id, event_type="detention", date="2018-03", state="accepted") -> Event:
    person = Person()
    session.add(person)
    session.flush()
    event = Event(event_type=event_type, person_id=person.id, facility_id=facility_id, date_value=date,
                  date_precision="month" if date else None, asserted_by_kind="user", asserted_by="t",
                  review_state=state)
    session.add(event)
    session.flush()
    return event


def test_import_gives_every_facility_an_entry_numbered_in_file_order(store, bfn_file, bfn_rows):
    import_facilities(store, bfn_file)
    numbers = entry_numbers(store)
    assert list(numbers) == ["bfn:106A", "bfn:106B", "bfn:200", "bfn:201", "bfn:202", "bfn:203"]
    assert list(numbers.values()) == list(range(1, len(bfn_rows) + 1))
    with store.session() as session:
        kinds = {e.kind for e in session.query(Entry)}
    assert kinds == {"facility"}


def test_reimport_keeps_the_same_entries_and_adds_none(store, bfn_file, bfn_rows, tmp_path, write_bfn):
    import_facilities(store, bfn_file)
    before = entry_numbers(store)
    changed = [list(row) for row in bfn_rows]
    changed[2][1] = "Tianshan - II renamed"
    report = import_facilities(store, write_bfn(tmp_path / "again.csv", rows=changed))
    assert (report.imported, report.updated) == (0, 1)
    assert entry_numbers(store) == before
    with store.session() as session:
        assert session.query(Entry).count() == len(bfn_rows)


def test_facility_and_person_entries_are_numbered_apart(any_store):
    with any_store.session() as session:
        session.add(Person())
        session.add_all([Facility(name="Site A", facility_type="internment_camp"),
                         Facility(name="Site B", facility_type="prison")])
        session.add(Person())
        session.flush()
        numbers = sorted((e.kind, e.number) for e in session.query(Entry))
    assert numbers == [("facility", 1), ("facility", 2), ("person", 1), ("person", 2)]


def test_view_facility_has_names_place_ids_and_only_accepted_events(store, bfn_file):
    import_facilities(store, bfn_file)
    with store.session() as session:
        facility = session.query(Facility).filter_by(dataset_key="bfn:106A").one()
        later = add_event(session, facility.id, "transfer", "2019-01")
        earlier = add_event(session, facility.id, "detention", "2018-03")
        add_event(session, facility.id, "release", "2019-06", state="proposed")
        view = view_facility(session, facility.entry.number)
        person_entry = session.get(Person, earlier.person_id).entry.number
    assert view.names == ["Shufu - I (A)"]
    site = view.sites[0]
    assert site["type"] == "internment_camp" and site["dataset_key"] == "bfn:106A"
    assert site["place"]["gazetteer_id"] and site["place"]["name"]
    assert (site["lat"], site["lon"]) == (39.3591, 75.8638)
    assert site["external_ids"]["aspi_2020"] == "336" and site["external_ids"]["etnam"] == ["P_QE04", "C_QE05"]
    assert [e["event"] for e in view.events] == [earlier.id, later.id]
    assert view.events[0] == {"event": earlier.id, "type": "detention", "date": "2018-03", "precision": "month",
                              "person_entry": person_entry, "site": facility.id}


def test_view_facility_follows_merges_and_refuses_unknown_numbers(any_store):
    with any_store.session() as session:
        session.add_all([Facility(name="Shufu - I (A)", facility_type="internment_camp"),
                         Facility(name="Shufu - I (B)", facility_type="detention_centre")])
        session.flush()
        keep, gone = session.query(Entry).filter_by(kind="facility").order_by(Entry.number).all()
        gone.merged_into_id = keep.id
        session.flush()
        view = view_facility(session, gone.number)
        assert view.number == keep.number and view.merged_numbers == [gone.number]
        assert view.names == ["Shufu - I (A)", "Shufu - I (B)"]
        with pytest.raises(NotFound):
            view_facility(session, 99)


def test_person_entry_numbers_do_not_resolve_as_facilities(store):
    with store.session() as session:
        session.add(Person())
        session.flush()
        with pytest.raises(NotFound):
            view_facility(session, 1)


def test_the_migration_gives_every_existing_facility_an_entry(tmp_path):
    from sqlalchemy import text

    from guwah.storage import Store
    from guwah.storage.engine import upgrade_schema
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data"), migrate=False)
    upgrade_schema(store.engine, "0007")
    with store.engine.begin() as connection:
        connection.execute(text("INSERT INTO person (consent, created_at) VALUES ('public', CURRENT_TIMESTAMP)"))
        connection.execute(text("INSERT INTO entry (kind, number, created_at) "
                                "VALUES ('person', 1, CURRENT_TIMESTAMP)"))
        for name in ("Site A", "Site B", "Site C"):
            connection.execute(text("INSERT INTO facility (name, facility_type, external_ids, attributes) "
                                    "VALUES (:n, 'prison', '{}', '{}')"), {"n": name})
    upgrade_schema(store.engine, "0008")  # 0021 seals the names
    with store.engine.begin() as connection:
        rows = connection.execute(text(
            "SELECT f.name, e.kind, e.number FROM facility f JOIN entry e ON e.id = f.entry_id ORDER BY f.id")).all()
    assert rows == [("Site A", "facility", 1), ("Site B", "facility", 2), ("Site C", "facility", 3)]
    store.close()
