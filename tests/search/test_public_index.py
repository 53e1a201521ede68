"""The public search index: released entries only, any script, facets, kept current by releases (issue 12)."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.publish import search_public
from guwah.releases import approve_release, draft_entry_release, withdraw_release
from guwah.search.public import ENTRY, rebuild
from guwah.storage import Store
from guwah.storage.tables import (
    Event,
    Person,
    PersonAttribute,
    PersonName,
    PublicSearchFacet,
    PublicSearchKey,
    PublicSearchName,
    PublicSearchSpelling,
    PublicSearchWord,
    ViolationCoding,
)
from guwah.web import create_app
from tests.conftest import make_settings
from tests.releasing import ingest_text, name_person, release_document, release_entry

TEXT = ("Gulnar Tursun was detained in Ghulja in 2018. Memet Tohti was detained in 2017; another Memet Tohti "
        "in 2018. Hidden-canary-5531 was taken too.")
# name, gender, year of detention, hometown
PEOPLE = [("Gulnar Tursun", "female", "2018", "Ghulja"), ("Memet Tohti", "male", "2017", "Kashgar"),
          ("Memet Tohti", "male", "2018", "Ghulja")]


def _mention(store, document_id, name, gender, year, hometown) -> tuple[int, int]:
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=name, script="Latn", **facts))
        session.add(Event(person_id=person.id, event_type="detention", date_value=year, date_precision="year",
                          **facts))
        session.add(ViolationCoding(person_id=person.id, code="detention.internment_camp", **facts))
        session.add(PersonAttribute(person_id=person.id, attribute="gender", value=gender, **facts))
        session.add(PersonAttribute(person_id=person.id, attribute="hometown", value=hometown, **facts))
        return person.id, person.entry.number


@pytest.fixture
def archive(database_url, tmp_path):
    """Three released entries (two namesakes) cited from one released testimony, and a mention
    of someone nobody may name, never released."""
    store = Store(make_settings(tmp_path / "data", database_url))
    document = ingest_text(store, tmp_path, "p.txt", TEXT, "consent: public\n")
    mentions = [_mention(store, document, *person) for person in PEOPLE]
    _mention(store, document, "Hidden-canary-5531", "female", "2018", "Ghulja")
    for person_id, _ in mentions:
        name_person(store, person_id)
    release_document(store, document)
    entries = [release_entry(store, number) for _, number in mentions]
    yield store, entries
    store.close()


def _index(store) -> dict:
    """The index's rows, spellings by name (their ids are only storage)."""
    with store.session() as session:
        index = {table.__tablename__: sorted(tuple(row) for row in session.execute(select(*table.__table__.columns)))
                 for table in (PublicSearchFacet, PublicSearchWord)}
        index["public_search_name"] = sorted(session.execute(
            select(PublicSearchName.number, PublicSearchSpelling.name)
            .join(PublicSearchName, PublicSearchName.spelling_id == PublicSearchSpelling.id)).all())
        index["public_search_key"] = sorted(session.execute(
            select(PublicSearchKey.key, PublicSearchSpelling.name)
            .join(PublicSearchSpelling, PublicSearchKey.spelling_id == PublicSearchSpelling.id)).all())
        index["public_search_spelling"] = sorted(session.scalars(select(PublicSearchSpelling.name)))
        return index


def test_a_released_entry_is_found_by_another_script_with_its_facets(archive):
    store, _ = archive
    with store.session() as session:
        found = search_public(session, "Гульнар Турсун")
    assert [p.names[0]["name"] for p in found.persons] == ["Gulnar Tursun"] and found.count == 1
    facets = {facet: {(v.value, v.count) for v in values} for facet, values in found.facets.items()}
    assert facets["gender"] == {("female", 1)}
    assert facets["year"] == {("2018", 1)}
    assert facets["violation"] == {("detention.internment_camp", 1)}
    assert facets["status"] == {("detained", 1)}
    assert facets["prefecture"] == {("xj.ili", 1)}
    from guwah.vocab import violation_codes

    assert [v.label for v in found.facets["violation"]] == [violation_codes()["detention.internment_camp"]["label"]]


def test_facets_narrow_namesakes_and_list_entries_without_a_query(archive):
    store, _ = archive
    with store.session() as session:
        both = search_public(session, "Memet Tohti")
        assert both.count == 2
        assert {(v.value, v.count) for v in both.facets["year"]} == {("2017", 1), ("2018", 1)}
        one = search_public(session, "Memet Tohti", {"year": "2018"})
        assert one.count == 1 and one.filters == {"year": "2018"}
        assert [v.selected for v in one.facets["year"]] == [True]
        assert search_public(session, "Memet Tohti", {"year": "1999"}).count == 0
        # No query: the facet values alone list entries (every released entry detained in 2018).
        listed = search_public(session, "", {"year": "2018"})
        assert listed.count == 2 and {p.names[0]["name"] for p in listed.persons} == {"Gulnar Tursun", "Memet Tohti"}
        assert {(v.value, v.count) for v in listed.facets["gender"]} == {("female", 1), ("male", 1)}
        # A facet that is not one, or a value too long, is ignored.
        assert search_public(session, "Memet Tohti", {"colour": "red", "gender": "x" * 300}).filters == {}


def test_the_index_holds_released_content_only(archive):
    store, _ = archive
    index = _index(store)
    assert "Hidden-canary" not in repr(index).replace("hidden-canary", "Hidden-canary")
    assert {row[1] for row in index["public_search_name"]} == {"Gulnar Tursun", "Memet Tohti"}
    with store.session() as session:
        assert search_public(session, "Hidden-canary-5531").persons == []
        # The released testimony masks the name: its words are not found either.
        assert search_public(session, "canary").documents == []
        assert [d.id for d in search_public(session, "Ghulja").documents] == [1]


def test_a_withdrawn_release_leaves_the_index_in_the_same_commit_and_a_rebuild_agrees(archive):
    store, entries = archive
    with store.session() as session:
        withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
    with store.session() as session:
        found = search_public(session, "Gulnar Tursun")
        assert found.persons == [] and found.facets == {}
        assert search_public(session, "", {"gender": "female"}).count == 0
    maintained = _index(store)
    assert all(row[0] != 1 for row in maintained["public_search_name"])
    with store.session() as session:
        assert rebuild(session) == 3  # one testimony and two entries
    assert _index(store) == maintained
    # Released again: back in the index.
    with store.session() as session:
        draft = draft_entry_release(session, 1, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    with store.session() as session:
        assert search_public(session, "Gulnar Tursun").count == 1


def test_search_page_has_shareable_facet_links_and_says_which_spellings_were_tried(archive):
    store, _ = archive
    client = TestClient(create_app(store))
    page = client.get("/search", params={"q": "Memet Tohti"}).text
    assert 'href="/search?q=Memet+Tohti&amp;year=2018"' in page
    narrowed = client.get("/search?q=Memet+Tohti&year=2018")
    assert narrowed.status_code == 200 and "Persons <span class=\"count\">(1)</span>" in narrowed.text
    api = client.get("/api/search?q=Memet+Tohti&year=2018").json()
    assert api["persons"]["count"] == 1 and api["filters"] == {"year": "2018"}
    assert {"value": "2018", "label": "2018", "count": 1} in api["facets"]["year"]
    nothing = client.get("/search", params={"q": "Мухтар Кадыров"}).text
    from guwah.names import latin_forms

    assert "We looked for" in nothing and all(form in nothing for form in latin_forms("Мухтар Кадыров"))
    assert "Nothing published matches" in nothing
    # A page out of range or not a number is answered, never an error.
    assert client.get("/search?q=Memet+Tohti&page=abc").status_code == 200
    assert client.get("/search?q=Memet+Tohti&page=99999999").status_code == 200


def test_a_place_query_offers_the_place_and_its_entries(archive):
    store, _ = archive
    client = TestClient(create_app(store))
    api = client.get("/api/search?q=Кульджа").json()
    [place] = api["places"]["data"]
    assert place["id"] == "xj.ili.yining" and place["persons"] == 2
    listed = client.get(f"/api/search?{place['facet']}={place['value']}").json()
    assert listed["persons"]["count"] == 2


def test_a_requested_build_runs_on_the_next_open(archive):
    """Migration 0010 on an archive with releases leaves a build request: the next open builds it."""
    from sqlalchemy import delete, func

    from guwah.storage.tables import PublicSearchState

    store, _ = archive
    built = _index(store)
    with store.session() as session:
        for table in (PublicSearchName, PublicSearchKey, PublicSearchSpelling, PublicSearchFacet,
                      PublicSearchWord):
            session.execute(delete(table))
        session.add(PublicSearchState())
    assert not any(_index(store).values())
    again = Store(store.settings)
    try:
        assert _index(again) == built
        with again.session() as session:
            assert session.scalar(select(func.count()).select_from(PublicSearchState)) == 0
    finally:
        again.close()
