"""Public facility numbers: given at first publication, so that their gaps reveal nothing (issue 12).

Internal facility entry numbers count every site, including one named only in a testimony the
public cannot read. Public pages number facilities apart.
"""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.facilities.entries import merge_facilities
from guwah.facilities.importer import import_facilities
from guwah.publish import public_facilities
from guwah.registry import undo
from guwah.storage.tables import Entry, Facility
from guwah.web import create_app
from tests.facilities.conftest import ROWS, write_bfn

HIDDEN = "Canary-camp-8841"


def _named_site(store) -> int:
    """A site named only in a testimony nobody released: its entry takes the next internal number."""
    with store.session() as session:
        site = Facility(name=HIDDEN, facility_type="internment_camp")
        session.add(site)
        session.flush()
        return site.entry.number


def _public_numbers(store) -> dict[str, int]:
    with store.session() as session:
        return {site["dataset_key"]: facility.id for facility in public_facilities(session) for site in facility.sites}


def test_a_site_named_before_the_import_leaves_no_gap_and_cannot_be_probed(store, tmp_path):
    hidden = _named_site(store)
    import_facilities(store, write_bfn(tmp_path / "bfn.csv", ROWS[:3]))
    later_hidden = _named_site(store)
    import_facilities(store, write_bfn(tmp_path / "bfn.csv", ROWS))  # three more sites
    with store.session() as session:
        internal = sorted(session.scalars(select(Entry.number).where(Entry.kind == "facility")))
    assert internal == list(range(1, 9)) and (hidden, later_hidden) == (1, 5)  # the gaps are inside
    # The public count from 1 with no gap, in the order of first publication.
    numbers = _public_numbers(store)
    assert sorted(numbers.values()) == list(range(1, 7))
    assert [numbers[key] for key in ("bfn:106A", "bfn:106B", "bfn:200", "bfn:201")] == [1, 2, 3, 4]
    client = TestClient(create_app(store))
    assert HIDDEN not in client.get("/facilities").text
    for number in range(1, 7):  # the hidden sites' internal numbers name public facilities here
        assert HIDDEN not in client.get(f"/facilities/{number}").text
    # Numbers past the last public one (the internal numbers of the last sites imported) answer
    # exactly as a number never used does (but for the page's own address in its language links).
    never, never_api = client.get("/facilities/999999"), client.get("/api/facilities/999999")
    assert never.status_code == never_api.status_code == 404
    for probe in (7, 8):
        page, api = client.get(f"/facilities/{probe}"), client.get(f"/api/facilities/{probe}")
        assert (page.status_code, page.text) == (404, never.text.replace("999999", str(probe))), probe
        assert (api.status_code, api.content) == (404, never_api.content), probe


def test_a_reimport_keeps_the_numbers(store, tmp_path):
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    before = _public_numbers(store)
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    assert _public_numbers(store) == before


def test_a_merge_keeps_the_number_the_public_knew_and_undo_restores_both(store, tmp_path):
    hidden = _named_site(store)
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    numbers = _public_numbers(store)
    with store.session() as session:
        entry_of = {f.dataset_key: f.entry.number for f in session.scalars(select(Facility)) if f.dataset_key}
    # The site named in a testimony is the imported Tianshan - II, and survives the merge: the
    # facility keeps Tianshan's public number, and the testimony's entry number stays internal.
    with store.session() as session:
        merge_facilities(session, hidden, entry_of["bfn:200"], "reviewer")
    merged = _public_numbers(store)
    assert merged == numbers
    with store.session() as session:
        undo(session, "reviewer")
    assert _public_numbers(store) == numbers
    # Two public facilities merged: the survivor's number stays, the other's answers 404.
    with store.session() as session:
        merge_facilities(session, entry_of["bfn:201"], entry_of["bfn:202"], "reviewer")
    after = _public_numbers(store)
    assert after["bfn:202"] == after["bfn:201"] == numbers["bfn:201"]
    assert TestClient(create_app(store)).get(f"/facilities/{numbers['bfn:202']}").status_code == 404
    # A newly published facility continues after every number given, never reusing one.
    with store.session() as session:
        session.add(Facility(name="Late - I", facility_type="prison", dataset=next(iter(
            {f.dataset for f in session.scalars(select(Facility)) if f.dataset})), dataset_key="bfn:999"))
    assert _public_numbers(store)["bfn:999"] == max(numbers.values()) + 1


def test_migration_0012_numbers_the_public_facilities_of_an_existing_archive(database_url):
    import sqlalchemy as sa

    from guwah.publish import PUBLIC_FACILITY_DATASETS
    from guwah.storage.engine import make_engine, upgrade_schema

    engine = make_engine(database_url)
    upgrade_schema(engine, "0011")
    dataset = next(iter(PUBLIC_FACILITY_DATASETS))  # the dataset the migration names
    # Entry 1: a site named in a testimony; 2-4 imported; 4 merged into 3; 5 imported.
    with engine.begin() as connection:
        for number in range(1, 6):
            connection.execute(sa.text("INSERT INTO entry (id, kind, number, created_at) "
                                       "VALUES (:n, 'facility', :n, CURRENT_TIMESTAMP)"), {"n": number})
            connection.execute(sa.text(
                "INSERT INTO facility (id, name, facility_type, dataset, dataset_key, entry_id, external_ids, attributes) "
                "VALUES (:n, :name, 'prison', :dataset, :key, :n, '{}', '{}')"),
                {"n": number, "name": f"Site {number}", "dataset": None if number == 1 else dataset,
                 "key": None if number == 1 else f"k{number}"})
        connection.execute(sa.text("UPDATE entry SET merged_into_id = 3 WHERE id = 4"))
    upgrade_schema(engine, "0012")
    with engine.connect() as connection:
        given = dict(connection.execute(sa.text(
            "SELECT subject_id, number FROM public_number WHERE subject_type = 'facility'")).all())
    engine.dispose()
    assert given == {2: 1, 3: 2, 5: 3}
