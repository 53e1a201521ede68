"""The workspace's entry page shows the entry's timeline (`guwah.registry.timeline`, the function behind
`guwah persons show` too): each event dated as told, each source with its passage, and two testimonies
that disagree side by side, marked as a conflict; the public page shows only what the entry's release
allows (a fact from an unreleased testimony stays off it). The facility list: every facility entry in
the workspace, with a filter; only the datasets' sites on the public site. Invented names."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.facilities.entries import merge_facilities
from guwah.facilities.importer import import_facilities
from guwah.publish import public_entries
from guwah.storage.tables import AuditEntry, Facility
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.facilities.conftest import write_bfn
from tests.releasing import entry_told_by

SISTER = "My brother Yalqun Turdi was taken in March 2017 and I have not seen him since."
FRIEND = "Yalqun Turdi was detained in 2018, a friend of the family told us later."
POPLAR, POPLAR_CYRILLIC = "Camp by the Poplar Road", "Лагерь у Тополиной дороги"


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def _told(store, tmp_path, **events) -> int:
    """The entry of Yalqun Turdi: the sister's testimony (released) dates his detention 2017, the
    friend's (not released) 2018; `events` adds columns to both. Returns the entry's public number."""
    entry_told_by(store, tmp_path, [
        (SISTER, [{"event_type": "detention", "date_value": "2017", "date_precision": "year",
                   "passage": "taken in March 2017", **events}]),
        (FRIEND, [{"event_type": "detention", "date_value": "2018", "date_precision": "year",
                   "passage": "detained in 2018", **events}])], name="Yalqun Turdi", unreleased=frozenset({1}))
    with store.session() as session:
        [entry] = public_entries(session)
    return entry.id


def _timeline_rows(html: str) -> list[str]:
    table = re.search(r'<table class="records timeline">(.*?)</table>', html, re.DOTALL).group(1)
    return [unescape(re.sub(r"<[^>]+>", " ", row)) for row in re.findall(r'<tr id="event-\d+".*?</tr>', table, re.DOTALL)]


def test_the_entry_page_shows_two_testimonies_that_disagree_side_by_side_each_with_its_passage(store, tmp_path):
    public_number = _told(store, tmp_path)
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    page = client.get("/workspace/entries/1")
    assert page.status_code == 200
    first, second = _timeline_rows(page.text)
    assert "2017" in first and "taken in March 2017" in first and "testimony 1" in first
    assert "2018" in second and "detained in 2018" in second and "testimony 2" in second
    assert "the sources disagree on the date" in first and "the sources disagree on the date" in second
    assert len(re.findall(r'<tr id="event-\d+" class="conflict">', page.text)) == 2  # both rows marked; neither picked
    # The passage of the unreleased testimony was read: the entry's read audit says which document.
    with store.session() as session:
        [read] = session.scalars(select(AuditEntry).where(AuditEntry.actor == "vera", AuditEntry.record_type == "entry"))
        assert read.detail.get("documents") == [2]
    # The public page shows the released testimony's detention (the control) and nothing of the other.
    public = TestClient(create_app(store)).get(f"/persons/{public_number}").text
    assert "taken in March 2017" not in public  # passages are the workspace's
    tables = re.findall(r'<table class="records">.*?</table>', public, re.DOTALL)
    timeline = next(table for table in tables if "detention" in table)
    assert "2017" in timeline and "2018" not in timeline and "conflict" not in public


def test_the_entry_page_without_events_says_so(store, tmp_path):
    entry_told_by(store, tmp_path, [(SISTER, [])], name="Yalqun Turdi", release=False)
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    page = client.get("/workspace/entries/1").text
    assert "No accepted events." in page and "records timeline" not in page


@pytest.fixture
def sites(store, tmp_path):
    """The datasets' sites, and a camp two testimonies name in two scripts (one facility entry, merged)
    where Yalqun Turdi was held: (its entry number, the public number of his entry)."""
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    with store.session() as session:
        named = [Facility(name=name, facility_type="internment_camp") for name in (POPLAR, POPLAR_CYRILLIC)]
        session.add_all(named)
        session.flush()
        numbers = [row.entry.number for row in named]
        merge_facilities(session, numbers[0], numbers[1], "reviewer")
        poplar = named[0].id
    return numbers[0], _told(store, tmp_path, facility_id=poplar)


def test_the_facility_list_shows_each_entry_with_its_names_by_script_and_filters(store, sites):
    poplar, _ = sites
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    listed = client.get("/workspace/facilities")
    assert listed.status_code == 200
    assert "Shufu - I" in listed.text and POPLAR in listed.text and POPLAR_CYRILLIC in listed.text
    row = re.search(rf'<tr>\s*<td><a href="[^"]*/workspace/facilities/{poplar}">{poplar}</a>.*?</tr>', listed.text, re.DOTALL).group(0)
    assert ">Latn<" in row and ">Cyrl<" in row and '<td class="count">1</td>' in row
    assert "testimony 1" in row and "testimony 2" in row
    filtered = client.get("/workspace/facilities", params={"q": "poplar"}).text
    assert POPLAR in filtered and "Shufu - I" not in filtered
    assert "Shufu - I" in client.get("/workspace/facilities", params={"q": "shufu"}).text  # control: the filter lets a site through
    page = client.get(f"/workspace/facilities/{poplar}")
    assert page.status_code == 200 and POPLAR_CYRILLIC in page.text and '/workspace/entries/1"' in page.text
    assert "named in testimonies only" in page.text
    # The entry page's timeline links the facility's page.
    assert f'/workspace/facilities/{poplar}"' in client.get("/workspace/entries/1").text
    with store.session() as session:
        reads = {row.record_type for row in session.scalars(select(AuditEntry).where(AuditEntry.actor == "vera"))}
    assert {"facility_list", "facility_entry"} <= reads


def test_a_camp_known_only_from_testimonies_is_not_on_the_public_site_and_a_dataset_site_is(store, sites):
    poplar, public_number = sites
    public = TestClient(create_app(store))
    listed = public.get("/facilities").text
    assert "Shufu - I" in listed  # the control: a dataset's site with coordinates is public data
    assert POPLAR not in listed and POPLAR_CYRILLIC not in listed
    person = public.get(f"/persons/{public_number}").text
    assert "detention" in person and POPLAR not in person and POPLAR_CYRILLIC not in person
    # And the workspace's facility pages are the workspace's: a reader who is not signed in is not shown them.
    assert POPLAR not in public.get(f"/workspace/facilities/{poplar}").text
    assert POPLAR not in public.get("/workspace/facilities").text
