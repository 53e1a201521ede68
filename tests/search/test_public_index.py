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
    PublicSearchCard,
    PublicSearchFacet,
    PublicSearchKey,
    PublicSearchName,
    PublicSearchPart,
    PublicSearchPartKey,
    PublicSearchPartName,
    PublicSearchSpelling,
    PublicSearchWord,
    ViolationCoding,
)
from guwah.web import create_app
from tests.conftest import make_settings
from tests.factories import facility_named
from tests.releasing import ingest_text, mark_read, name_person, release_document, release_entry

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
                 for table in (PublicSearchCard, PublicSearchFacet, PublicSearchWord)}
        index["public_search_name"] = sorted(session.execute(
            select(PublicSearchName.number, PublicSearchSpelling.name)
            .join(PublicSearchName, PublicSearchName.spelling_id == PublicSearchSpelling.id)).all())
        index["public_search_key"] = sorted(session.execute(
            select(PublicSearchKey.key, PublicSearchSpelling.name)
            .join(PublicSearchSpelling, PublicSearchKey.spelling_id == PublicSearchSpelling.id)).all())
        index["public_search_spelling"] = sorted(session.scalars(select(PublicSearchSpelling.name)))
        index["public_search_part_name"] = sorted(session.execute(
            select(PublicSearchPartName.number, PublicSearchPart.part)
            .join(PublicSearchPartName, PublicSearchPartName.part_id == PublicSearchPart.id)).all())
        index["public_search_part_key"] = sorted(session.execute(
            select(PublicSearchPartKey.key, PublicSearchPart.part)
            .join(PublicSearchPart, PublicSearchPartKey.part_id == PublicSearchPart.id)).all())
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
                      PublicSearchWord, PublicSearchPartName, PublicSearchPartKey, PublicSearchPart, PublicSearchCard):
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


# --- counts, pages and the per-process facet table (at scale: bench/web.py) -----------------------

def _content(name: str, gender: str, year: str | None, code: str | None) -> dict:
    cited = {"sources": [1], "corroboration": 1}
    return {"names": [{"name": name, "script": None, **cited}],
            "status": {"status": "detained" if year else "unknown", "date": year, "source": 1},
            "timeline": [{"event": "detention", "date": year, "precision": "year", **cited}] if year else [],
            "violations": [{"code": code, **cited}] if code else [],
            "attributes": [{"attribute": "gender", "value": gender, **cited}]}


@pytest.fixture
def many(database_url, tmp_path):
    """240 indexed entries (numbers 1–240), namesakes among them, facet values spread unevenly."""
    import random

    from guwah.search.public import add_entries

    rng = random.Random(7)
    store = Store(make_settings(tmp_path / "data", database_url))
    names = ["Memet Tohti", "Мемет Тохти", "Gulnar Tursun", "Ayshem Kerim", "Ablikim Hesen"]
    entries = [(n, _content(rng.choice(names), rng.choice(["female", "male", "male"]),
                            rng.choice([None, "2017", "2018", "2018", "2019"]),
                            rng.choice([None, "detention.internment_camp", "detention.arbitrary_arrest"])))
               for n in range(1, 241)]
    with store.session() as session:
        add_entries(session, entries)
    yield store, dict(entries)
    store.close()


def _sql_counts(session, numbers) -> dict[tuple[str, str], int]:
    from sqlalchemy import func

    from guwah.search.public import FACETS

    rows = session.execute(select(PublicSearchFacet.facet, PublicSearchFacet.value, func.count())
                           .where(PublicSearchFacet.number.in_([int(n) for n in numbers]),
                                  PublicSearchFacet.facet.in_(FACETS))
                           .group_by(PublicSearchFacet.facet, PublicSearchFacet.value))
    return {(facet, value): n for facet, value, n in rows}


def test_facet_table_counts_agree_with_the_database_for_any_set_of_entries(many):
    import random

    import numpy as np

    from guwah.search.public import facet_table

    store, _ = many
    rng = random.Random(3)
    with store.session() as session:
        table = facet_table(session)
        for size in (0, 1, 5, 60, 240):
            numbers = np.array(sorted(rng.sample(range(1, 241), size) + [999]), dtype=np.int64)  # 999: not indexed
            assert {(f, v): n for f, v, n in table.count(numbers)} == _sql_counts(session, numbers)
            # Filtering hits (unsorted, with numbers the table lacks) by one or two facet values.
            hits = np.array(rng.sample(range(1, 241), size) + [999, 0], dtype=np.int64)
            for filters in ({"gender": "female"}, {"gender": "male", "year": "2018"}, {"gender": "nobody"}):
                having = [set(session.scalars(select(PublicSearchFacet.number).where(
                    PublicSearchFacet.facet == f, PublicSearchFacet.value == v))) for f, v in filters.items()]
                assert table.keep(hits, filters).tolist() == [all(int(n) in h for h in having) for n in hits]
        assert list(table.with_value("gender", "female")) == sorted(session.scalars(
            select(PublicSearchFacet.number).where(PublicSearchFacet.facet == "gender",
                                                   PublicSearchFacet.value == "female")))
        assert len(table.with_value("gender", "unknown value")) == 0


def test_counts_and_pages_cover_every_hit_once_best_first(many):
    from guwah.search.public import PAGE_SIZE, find_entries

    store, entries = many
    with store.session() as session:
        # Both scripts of one name: every namesake, whatever spelling its entry carries.
        expected = {n for n, c in entries.items() if c["names"][0]["name"] in ("Memet Tohti", "Мемет Тохти")}
        first = find_entries(session, "Memet Tohti", {})
        assert first.count == len(expected) > PAGE_SIZE
        pages = [find_entries(session, "Memet Tohti", {}, page).numbers
                 for page in range(1, (first.count + PAGE_SIZE - 1) // PAGE_SIZE + 2)]
        seen = [n for numbers in pages for n in numbers]
        assert pages[-1] == [] and len(seen) == len(set(seen)) and set(seen) == expected
        assert dict(first.facets["gender"]) == {v: n for (f, v), n in _sql_counts(session, expected).items()
                                                if f == "gender"}
        # Facet values narrow the hits; the counts are over the narrowed hits.
        narrowed = find_entries(session, "Memet Tohti", {"gender": "female", "year": "2018"})
        wanted = {n for n in expected if entries[n]["attributes"][0]["value"] == "female"
                  and entries[n]["timeline"] and entries[n]["timeline"][0]["date"] == "2018"}
        assert narrowed.count == len(wanted) and set(narrowed.numbers) <= wanted
        assert dict(narrowed.facets["gender"]) == {"female": len(wanted)}
        # No query: facet values list entries by number, pages in order.
        listed = [find_entries(session, "", {"gender": "male"}, page).numbers for page in (1, 2)]
        males = sorted(n for n, c in entries.items() if c["attributes"][0]["value"] == "male")
        assert listed[0] + listed[1] == males[:2 * PAGE_SIZE]
        assert find_entries(session, "", {"gender": "male"}).count == len(males)


def test_each_process_table_follows_the_index_version_another_process_raises(archive):
    """Two stores on one archive stand for two server processes: a release withdrawn through one
    is reflected in the other's next search (its facet table is rebuilt at the new version)."""
    from guwah.search.public import facet_table, index_version

    store, entries = archive
    other = Store(store.settings)
    try:
        with other.session() as session:
            assert search_public(session, "", {"gender": "male"}).count == 2
            before = facet_table(session).version
        with store.session() as session:
            withdraw_release(session, entries[1], "editor", "the family asked", ENTRY)
        with other.session() as session:
            assert index_version(session) > before
            assert search_public(session, "", {"gender": "male"}).count == 1
            assert {(v.value, v.count) for v in search_public(session, "Memet Tohti").facets["year"]} == {("2018", 1)}
        with store.session() as session, other.session() as session_b:
            assert facet_table(session).version == facet_table(session_b).version == index_version(session)
    finally:
        other.close()


def _table_contents(table) -> tuple[dict, dict]:
    """A facet table as plain values: {(facet, value): numbers} (non-empty only) and {number: values}."""
    postings = {value: table.postings[code].tolist() for code, value in enumerate(table.values)
                if len(table.postings[code])}
    by_entry = {int(n): sorted(table.values[c] for c in table.codes[table.offsets[i]:table.offsets[i + 1]])
                for i, n in enumerate(table.entries)}
    return postings, by_entry


def test_a_kept_table_catches_up_by_reading_only_the_changed_entries(many, monkeypatch):
    """Sixth round: a process's facet table of an older version is brought up to date from the
    change log (entries dropped, changed, added, a facet value never seen before) and equals a
    table built whole; after a rebuild (every entry changed) it is built whole again."""
    from guwah.search import public
    from guwah.search.public import _drop, add_entries, build_facet_table, facet_table, rebuild

    store, _ = many
    other = Store(store.settings)  # another server process
    try:
        with store.session() as session:
            old = facet_table(session)
        with other.session() as session:
            for number in (3, 4, 5):
                _drop(session, ENTRY, number)
            add_entries(session, [(4, _content("Memet Tohti", "female", "2021", "detention.incommunicado")),
                                  (900, _content("Nurgul Sabit", "female", "2016", None))])
        with other.session() as session:
            _drop(session, ENTRY, 7)

        def whole(session):
            raise AssertionError("built whole")

        monkeypatch.setattr(public, "build_facet_table", whole)
        with store.session() as session:
            caught_up = facet_table(session)
            assert caught_up.version > old.version and caught_up is facet_table(session)
        monkeypatch.undo()
        with store.session() as session:
            built = build_facet_table(session)
        assert caught_up.version == built.version and caught_up.entries_total == built.entries_total
        assert _table_contents(caught_up) == _table_contents(built)
        assert ("year", "2021") in _table_contents(caught_up)[0] and 3 not in _table_contents(caught_up)[1]
        with store.session() as session:
            assert public.find_entries(session, "", {"year": "2021"}).numbers == [4]
        with other.session() as session:
            rebuild(session)
        with store.session() as session:
            assert public.update_facet_table(session, caught_up) is None
    finally:
        other.close()


def test_an_uncommitted_change_is_never_kept_as_the_current_table(many):
    from guwah.search.public import add_entries, find_entries

    store, _ = many
    with store.session() as session:
        before = find_entries(session, "", {"gender": "female"}).count

    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned), store.session() as session:  # rolled back
        add_entries(session, [(500, _content("Nurgul Sabit", "female", "2018", None))])
        assert find_entries(session, "", {"gender": "female"}).count == before + 1  # its own change, seen
        raise Abandoned
    with store.session() as session:
        assert find_entries(session, "", {"gender": "female"}).count == before
        assert find_entries(session, "Nurgul Sabit", {}).count == 0


def test_kept_entries_are_never_shown_after_their_release_is_withdrawn(archive):
    """Issue 12, third round: entries read by number are kept per process for one index version;
    a withdrawal (here and through another store, standing for another server process) is seen by
    the next search and the next person page of this process."""
    store, entries = archive
    other = Store(store.settings)
    client = TestClient(create_app(store))
    try:
        with store.session() as session:
            first = search_public(session, "Gulnar Tursun").persons[0]
        link = f'/persons/{first.id}">'
        for _ in range(2):  # the second answer comes from what this process kept
            assert link in client.get("/search", params={"q": "Gulnar Tursun"}).text
            assert "Gulnar Tursun" in client.get(f"/persons/{first.id}").text
        with store.session() as session:
            withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
        assert link not in client.get("/search", params={"q": "Gulnar Tursun"}).text
        assert client.get(f"/persons/{first.id}").status_code == 404
        with store.session() as session:
            assert search_public(session, "Gulnar Tursun").persons == []
        # Another process withdraws the next one: this process's kept entry goes too.
        with store.session() as session:
            second = search_public(session, "Memet Tohti").persons[0]
        assert client.get(f"/persons/{second.id}").status_code == 200
        with other.session() as session:
            for entry in entries[1:]:  # both namesakes
                withdraw_release(session, entry, "editor", "the family asked", ENTRY)
        assert client.get(f"/persons/{second.id}").status_code == 404
    finally:
        other.close()


def test_an_uncommitted_session_neither_reads_nor_fills_the_kept_entries(archive):
    from guwah.publish import public_entries
    from guwah.search.public import bump_version

    store, entries = archive
    with store.session() as session:
        number = search_public(session, "Gulnar Tursun").persons[0].id
        assert [e.id for e in public_entries(session, [number])] == [number]
    with store.session() as session:
        withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
        session.flush()
        bump_version(session)  # this session has changed the index and not committed
        from guwah.search.public import sync_pending

        sync_pending(session)
        assert public_entries(session, [number]) == []


def test_kept_candidates_and_carriers_never_find_a_withdrawn_entry(archive):
    """Issue 12, fourth round: a blocking key's candidate spellings and a spelling's carrying
    entries are kept per process for one index version. Once warm (and read through another
    store, standing for another server process), a withdrawal is seen by the next search's hits,
    count and facets, and the withdrawn name finds what a name never seen finds."""
    from guwah.search.public import _CARRIED, _KEYED, find_entries

    store, entries = archive
    other = Store(store.settings)
    try:
        for _ in range(2):  # the second search reads what this process kept
            with store.session() as session:
                assert find_entries(session, "Memet Tohti", {}).count == 2
                assert find_entries(session, "Gulnar Tursun", {}).count == 1
                assert _KEYED.current(session) is not None and _CARRIED.current(session) is not None
        with store.session() as session:
            kept_at = _CARRIED.current(session).version
        with other.session() as session:
            withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
            withdraw_release(session, entries[1], "editor", "the family asked", ENTRY)
        with store.session() as session:
            assert _CARRIED.current(session).version > kept_at
            assert find_entries(session, "Gulnar Tursun", {}).count == 0
            memet = find_entries(session, "Memet Tohti", {})
            assert memet.count == 1 and dict(memet.facets["year"]) == {"2018": 1}
            # The withdrawn name's hits are those of a name never seen (the testimony that
            # mentions it is still released, so the whole page is not).
            assert find_entries(session, "Gulnar Tursun", {}) == find_entries(session, "Zulpiye Ablimit", {})
    finally:
        other.close()

# --- public cards (sixth round) -------------------------------------------------------------------

def _cards(store) -> dict[int, dict]:
    import json

    with store.session() as session:
        return {number: json.loads(card) for number, card in session.execute(select(PublicSearchCard.number,
                                                                                    PublicSearchCard.card))}


def test_a_card_holds_exactly_what_the_public_sees_of_an_entry(archive):
    """Each released entry's public card is its approved release's public fields, nothing more:
    what /api/persons/N publishes (less the number), and nothing of a non-public record."""
    from dataclasses import asdict

    from guwah.publish import public_entry
    from guwah.storage.tables import PublicNumber, Release

    store, _ = archive
    cards = _cards(store)
    assert len(cards) == 3 and "canary" not in repr(cards).lower()
    with store.session() as session:
        released = dict(session.execute(
            select(PublicNumber.number, Release.content)
            .join(Release, (Release.subject_type == PublicNumber.subject_type)
                  & (Release.subject_id == PublicNumber.subject_id))
            .where(Release.subject_type == ENTRY, Release.state == "approved")).all())
        for number, card in cards.items():
            assert card == released[number]
            assert card == {k: v for k, v in asdict(public_entry(session, number)).items() if k != "id"}


def test_a_withdrawn_entry_card_is_gone_for_every_process(archive):
    """Approve, search, withdraw through another store (another server process), search again:
    the card is deleted in the withdrawing commit, the hit is gone, and the withdrawn name's
    answer (search page and API) is byte-identical to a never-seen name's."""
    store, entries = archive
    other = Store(store.settings)
    client = TestClient(create_app(store))
    try:
        before = client.get("/search", params={"q": "Gulnar Tursun"}).text
        assert "/persons/1" in before and "Entry 1:" in before
        assert client.get("/api/search", params={"q": "Gulnar Tursun"}).json()["persons"]["count"] == 1
        with other.session() as session:
            withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
        assert 1 not in _cards(store)
        # The released testimony still names her (its words are found), so compare the persons found.
        gone = client.get("/search", params={"q": "Gulnar Tursun", "gender": "female"}).text
        assert "/persons/1" not in gone and "Entry 1:" not in gone
        api = [client.get("/api/search", params={"q": q, "gender": "female"}).json()["persons"]
               for q in ("Gulnar Tursun", "Zulpiye Ablimit")]
        assert api[0] == api[1] and api[0]["count"] == 0
        assert client.get("/persons/1").status_code == 404
    finally:
        other.close()


def _approved_numbers(store) -> set[int]:
    from guwah.storage.tables import PublicNumber, Release

    with store.session() as session:
        return set(session.scalars(
            select(PublicNumber.number)
            .join(Release, (Release.subject_type == PublicNumber.subject_type)
                  & (Release.subject_id == PublicNumber.subject_id))
            .where(Release.subject_type == ENTRY, Release.state == "approved")))


def test_a_card_exists_exactly_while_its_entry_release_is_approved(archive):
    """Search hits and person pages show a card without opening the release: through withdrawal,
    a new draft (nothing hidden until approved), its approval (supersedes) and a rebuild, the
    cards are exactly those of the approved entry releases, with the approved release's content."""
    from guwah.publish import public_entries

    store, entries = archive
    assert set(_cards(store)) == _approved_numbers(store) == {1, 2, 3}
    with store.session() as session:
        withdraw_release(session, entries[1], "editor", "the family asked", ENTRY)
    assert set(_cards(store)) == _approved_numbers(store) == {1, 3}
    with store.session() as session:
        assert [e.id for e in public_entries(session, [1, 2, 3])] == [1, 3]
        draft = draft_entry_release(session, 1, "drafter")
    assert set(_cards(store)) == _approved_numbers(store) == {1, 3}
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")  # supersedes the first release of entry 1
    assert set(_cards(store)) == _approved_numbers(store) == {1, 3}
    before = _cards(store)
    with store.session() as session:
        rebuild(session)
    assert _cards(store) == before


def test_the_migration_fills_cards_from_current_releases(archive):
    """Migration 0019's fill (`fill_cards`) writes the cards of approved entries that have none, and
    gives what approvals wrote."""
    from sqlalchemy import delete

    from guwah.search.public import fill_cards

    store, entries = archive
    with store.session() as session:
        withdraw_release(session, entries[1], "editor", "the family asked", ENTRY)
    written = _cards(store)
    with store.session() as session:
        session.execute(delete(PublicSearchCard))
    with store.session() as session:
        assert fill_cards(session) == 2
        assert fill_cards(session) == 0
    assert _cards(store) == written and set(written) == {1, 3}


# --- words across scripts, and a given name alone ------------------------------------------------

@pytest.mark.parametrize(("written", "typed"), [
    ("Gulbahar", "Гульбахар"),       # Latin text, Cyrillic query
    ("Гульбахар", "Gulbahar"),       # Cyrillic text, Latin query
    ("گۈلباھار", "Gulbahar"),        # Uyghur Arabic text, Latin query
    ("Жамилова", "Jamilova"),
    ("Gulbaharning", "Гульбахар"),   # an inflected word still gives its stem
])
def test_a_testimony_word_is_found_from_another_script(database_url, tmp_path, written, typed):
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        document = ingest_text(store, tmp_path, "w.txt", f"The neighbours said that {written} was taken away.",
                               "consent: public\n")
        mark_read(store, document)  # names nobody: nothing to mask
        release_document(store, document)
        with store.session() as session:
            assert [d.id for d in search_public(session, typed).documents] == [1]
            assert [d.id for d in search_public(session, f"{typed} neighbours").documents] == [1]
            assert search_public(session, f"{typed} xylophone").documents == []
            assert search_public(session, "Мухтар").documents == []
    finally:
        store.close()


def test_a_name_in_chinese_characters_inside_a_released_sentence_is_found_in_any_script(database_url, tmp_path):
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        for k, text in enumerate(["邻居说，吐尔逊在二〇一八年被带走了。", "The neighbours said nothing."]):
            document = ingest_text(store, tmp_path, f"w{k}.txt", text, "consent: public\n")
            mark_read(store, document)
            release_document(store, document)
        with store.session() as session:
            def found(query):
                return [d.id for d in search_public(session, query).documents]
            assert found("Tursun") == [1]
            assert found("Турсун") == [1]
            assert found("吐尔逊") == [1]
            assert found("Memet") == []  # control
    finally:
        store.close()


def test_a_chinese_word_inside_a_released_sentence_is_found_as_in_the_workspace(database_url, tmp_path):
    # Before: the public index held a Chinese sentence only whole (a run of characters is one `\w+`
    # word), so "看守所" found nothing in a released testimony that writes it inside a sentence,
    # while the workspace's search found it by its character pairs. Now both read Chinese so.
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        for k, text in enumerate(["一位记者写道：他被带到乌鲁木齐的看守所，关了十个月。", "他们去了喀什的学校。"]):
            document = ingest_text(store, tmp_path, f"w{k}.txt", text, "consent: public\n")
            mark_read(store, document)
            release_document(store, document)
        with store.session() as session:
            def found(query):
                return [d.id for d in search_public(session, query).documents]
            assert found("看守所") == [1]
            assert found("记者") == [1]
            assert found("看守所 十个月") == [1]
            assert found("学校") == [2]
            assert found("看守所 学校") == []  # every word must be found (control)
            assert found("监狱") == []  # a word neither text has (control)
            assert found("所关") == []  # pairs across punctuation are no word of the text (control)
    finally:
        store.close()


def test_testimonies_found_have_every_word_of_the_query(database_url, tmp_path):
    """A testimony is found only when it has every word of the query (each under any of its forms,
    in any script)."""
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        texts = ["Gulbahar was taken from Hotan.", "Gulbahar stayed in Kashgar.", "Hotan and Kashgar."]
        for k, text in enumerate(texts):
            document = ingest_text(store, tmp_path, f"w{k}.txt", text, "consent: public\n")
            mark_read(store, document)
            release_document(store, document)
        with store.session() as session:
            def found(query):
                return sorted(d.id for d in search_public(session, query).documents)
            assert found("Гульбахар") == [1, 2]
            assert found("Гульбахар Hotan") == [1]
            assert found("Kashgar Гульбахар") == [2]
            assert found("Hotan Kashgar") == [3]
            assert found("Hotan Kashgar Gulbahar") == []
    finally:
        store.close()


def test_the_index_holds_the_latin_readings_of_released_words_only(archive):
    from guwah.search.public import word_forms

    store, _ = archive
    words = {word for word, _ in _index(store)["public_search_word"]}
    assert word_forms("Гульнар") & words  # a Latin reading of a Cyrillic query meets the Latin text
    assert not any("canary" in word for word in words)


def _entry(name: str, gender: str, year: str) -> dict:
    return _content(name, gender, year, "detention.internment_camp")


@pytest.fixture
def given(database_url, tmp_path):
    from guwah.search.public import add_entries

    store = Store(make_settings(tmp_path / "data", database_url))
    entries = [(1, _entry("Gulbahar Jamilova", "female", "2018")), (2, _entry("Memet Tohti", "male", "2017")),
               (3, _entry("Gulbahar", "female", "2019")), (4, _entry("Гульбахар Хаитова", "female", "2017")),
               (5, _entry("Gulnar Tursun", "female", "2018"))]
    with store.session() as session:
        add_entries(session, entries)
    yield store
    store.close()


def test_a_given_name_alone_finds_full_names_ranked_below_whole_name_matches(given):
    from guwah.search.public import find_entries

    with given.session() as session:
        found = find_entries(session, "Gulbahar", {})
        assert found.numbers[:1] == [3]  # the entry named exactly so comes first
        assert sorted(found.numbers) == [1, 3, 4] and found.count == 3
        assert dict(found.facets["year"]) == {"2017": 1, "2018": 1, "2019": 1}
        # In another script, and narrowed by a facet value.
        assert sorted(find_entries(session, "Гульбахар", {}).numbers) == [1, 3, 4]
        narrowed = find_entries(session, "Gulbahar", {"year": "2017"})
        assert narrowed.numbers == [4] and narrowed.count == 1
        # A family name alone too; two words are a full name and need the whole name to match.
        assert find_entries(session, "Jamilova", {}).numbers == [1]
        assert find_entries(session, "Gulbahar Tursun", {}).numbers == []
        assert find_entries(session, "Gulnaz", {}).numbers == []


def test_name_parts_leave_with_their_last_entry(given):
    from guwah.search.public import _drop, find_entries

    with given.session() as session:  # the parts' carriers are now kept in this process …
        assert sorted(find_entries(session, "Gulbahar", {}).numbers) == [1, 3, 4]
        assert find_entries(session, "Jamilova", {}).numbers == [1]
    with given.session() as session:
        _drop(session, ENTRY, 1)
        # … never for a session that changed the index and has not committed, nor after it commits.
        assert sorted(find_entries(session, "Gulbahar", {}).numbers) == [3, 4]
    index = _index(given)
    assert "Jamilova" not in {part for _, part in index["public_search_part_name"]}
    assert "Jamilova" not in {part for _, part in index["public_search_part_key"]}
    assert {part for _, part in index["public_search_part_name"]} == {"Memet", "Tohti", "Гульбахар", "Хаитова",
                                                                      "Gulnar", "Tursun"}
    with given.session() as session:
        assert find_entries(session, "Jamilova", {}).numbers == []
        assert sorted(find_entries(session, "Gulbahar", {}).numbers) == [3, 4]


def test_kept_part_carriers_are_carried_to_the_next_version_exactly(given):
    """Sixth round: a common given name's carriers kept in this process are carried to a new index
    version (entries changed through another store, standing for another process: one withdrawn,
    one added, one renamed) and equal what reading them afresh gives; kept entries of unchanged
    entries stay, those of changed ones go."""
    from guwah.publish import _entry_cache, public_entries
    from guwah.search.public import _PART_NUMBERS, _drop, add_entries, find_entries

    other = Store(given.settings)
    try:
        with given.session() as session:
            assert sorted(find_entries(session, "Gulbahar", {}).numbers) == [1, 3, 4]
            kept_at = _PART_NUMBERS.current(session).version
            assert [e.id for e in public_entries(session, [1, 2, 3, 5])] == [1, 2, 3, 5]
        with other.session() as session:
            _drop(session, ENTRY, 1)  # withdrawn
            _drop(session, ENTRY, 5)  # renamed: now a Gulbahar too
            add_entries(session, [(5, _entry("Gulbahar Tursun", "female", "2018")),
                                  (6, _entry("Gülbahar Sabit", "female", "2016"))])
        with given.session() as session:
            kept = _PART_NUMBERS.current(session)
            assert kept.version > kept_at and len(kept.items()) > 0  # carried, not emptied
            carried = find_entries(session, "Gulbahar", {})
            assert {n for n, _ in _entry_cache().current(session).items()} == {2, 3}
            renamed = public_entries(session, [1, 5])
        assert [(e.id, e.names[0]["name"]) for e in renamed] == [(5, "Gulbahar Tursun")]
        assert sorted(carried.numbers) == [3, 4, 5, 6] and carried.count == 4
        with given.session() as session:
            _PART_NUMBERS._kept.clear()  # read afresh
            assert find_entries(session, "Gulbahar", {}) == carried
    finally:
        other.close()


def test_the_change_log_is_pruned_and_an_older_table_is_then_built_whole(many, monkeypatch):
    """The change log keeps the last KEEP_VERSIONS versions: a facet table older than what is kept
    is built whole (the pruning logs "every entry" where it cut); a newer one still catches up."""
    from sqlalchemy import func

    from guwah.search import public
    from guwah.search.public import _drop, changed_since, facet_table
    from guwah.storage.tables import PublicSearchChange

    monkeypatch.setattr(public, "KEEP_VERSIONS", 3)
    monkeypatch.setattr(public, "PRUNE_EVERY", 1)
    store, _ = many
    with store.session() as session:
        old = facet_table(session)
    for number in (1, 2, 3, 4, 5):
        with store.session() as session:
            _drop(session, ENTRY, number)
    with store.session() as session:
        version = public.index_version(session)
        assert session.scalar(select(func.min(PublicSearchChange.version))) == version - 3
        assert changed_since(session, old.version) is None  # older than the log: built whole
        assert public.update_facet_table(session, old) is None
        assert changed_since(session, version - 2).tolist() == [4, 5]
        assert len(facet_table(session).with_value("gender", "female")) == len(
            public.build_facet_table(session).with_value("gender", "female"))


def test_hits_ranked_and_counted_as_by_two_key_sorts():
    """The packed one-sort ranking and the span gather give exactly what two-key sorts and a
    per-row walk give, ties of score and repeated entries included."""
    import numpy as np

    from guwah.search.public import _best_per_entry, _by_score, _spans

    rng = np.random.default_rng(7)
    carried = [np.sort(rng.choice(500, int(rng.integers(0, 60)), replace=False)).astype(np.int64) for _ in range(40)]
    scores = rng.choice([0.71, 0.8, 0.93, 1.0], len(carried))
    numbers, values = np.concatenate(carried), np.repeat(scores, [len(c) for c in carried])
    ranked = np.lexsort((-values, numbers))
    want, first = np.unique(numbers[ranked], return_index=True)
    got, best = _best_per_entry(carried, scores)
    assert got.tolist() == want.tolist() and best.tolist() == values[ranked][first].tolist()
    assert _by_score(got, best).tolist() == got[np.lexsort((got, -best))].tolist()
    assert len(_best_per_entry([np.empty(0, dtype=np.int64)], np.array([0.9]))[0]) == 0
    starts = np.array([3, 3, 10, 20, 20], dtype=np.int64)
    ends = np.array([5, 3, 11, 20, 23], dtype=np.int64)
    assert _spans(starts, ends).tolist() == [3, 4, 10, 20, 21, 22]
    assert _spans(starts[:0], ends[:0]).tolist() == []


def _facility_names(store, query: str) -> set[str]:
    with store.session() as session:
        return {name for facility in search_public(session, query).facilities for name in facility.names}


def test_a_facility_change_shows_in_the_next_search_of_every_process(archive, tmp_path):
    """Issue 12, seventeenth round: the public facilities are kept per index version, which a
    commit changing them raises: an import, a rename (here and through another store, standing
    for another server process) and a row leaving a public dataset each show in the next search."""
    from guwah.facilities.importer import import_facilities
    from tests.facilities.conftest import write_bfn

    store, _ = archive
    other = Store(store.settings)
    try:
        assert _facility_names(store, "Shufu") == set()
        import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
        assert "Shufu - I (A)" in _facility_names(store, "Shufu")
        assert _facility_names(store, "Kumbash") == set()
        with store.session() as session:
            facility_named(session, "Shufu - I (A)").name = "Kumbash Lake"
        assert "Kumbash Lake" in _facility_names(store, "Kumbash")
        assert "Shufu - I (A)" not in _facility_names(store, "Shufu")
        assert "Kumbash Lake" in _facility_names(other, "Kumbash")
        with other.session() as session:
            facility_named(session, "Kumbash Lake").name = "Kumbash River"
        assert "Kumbash River" in _facility_names(store, "Kumbash")
        assert "Kumbash Lake" not in _facility_names(store, "Kumbash")
        with store.session() as session:
            facility_named(session, "Kumbash River").dataset = "private"
        assert _facility_names(store, "Kumbash") == set()
    finally:
        other.close()


def test_a_session_that_changed_facilities_reads_its_own_and_keeps_none(archive, tmp_path):
    from guwah.facilities.importer import import_facilities
    from tests.facilities.conftest import write_bfn

    store, _ = archive
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    assert _facility_names(store, "Kumbash") == set()
    with store.session() as session:
        facility_named(session, "Shufu - I (A)").name = "Kumbash Lake"
        session.flush()
        assert "Kumbash Lake" in {n for f in search_public(session, "Kumbash").facilities for n in f.names}
        session.rollback()
    assert _facility_names(store, "Kumbash") == set()
    assert "Shufu - I (A)" in _facility_names(store, "Shufu")


def test_a_release_shows_in_the_next_search(archive, tmp_path):
    """A release approved after searches that filled what this process keeps (the entries, the
    facet table, the facilities) is found by the very next search."""
    store, _ = archive
    document = ingest_text(store, tmp_path, "q.txt", "Ablet Qadir was detained in Ghulja in 2019.", "consent: public\n")
    person, number = _mention(store, document, "Ablet Qadir", "male", "2019", "Ghulja")
    name_person(store, person)
    release_document(store, document)
    client = TestClient(create_app(store))
    for _ in range(2):
        with store.session() as session:
            assert search_public(session, "Ablet Qadir").persons == []
            assert search_public(session, "Memet Tohti").count == 2
        assert "Ablet Qadir</a>" not in client.get("/search", params={"q": "Ablet Qadir"}).text
    release_entry(store, number)
    with store.session() as session:
        found = search_public(session, "Ablet Qadir")
    assert [p.names[0]["name"] for p in found.persons] == ["Ablet Qadir"]
    assert f'/persons/{found.persons[0].id}">' in client.get("/search", params={"q": "Ablet Qadir"}).text


def test_migration_0020_has_an_index_without_figure_rows_built_again(archive):
    """An index built before the figure facets holds none: the migration requests a build, and the
    next open writes them (the figures count from them, `guwah.publish`)."""
    from sqlalchemy import delete, func

    from guwah.search.public import FIGURE_FACETS
    from guwah.storage.engine import downgrade_schema, upgrade_schema
    from guwah.storage.tables import PublicSearchState

    store, _ = archive

    def figure_rows(s) -> int:
        with s.session() as session:
            return session.scalar(select(func.count()).select_from(PublicSearchFacet)
                                  .where(PublicSearchFacet.facet.in_(FIGURE_FACETS)))

    assert figure_rows(store) > 0
    with store.session() as session:
        session.execute(delete(PublicSearchFacet).where(PublicSearchFacet.facet.in_(FIGURE_FACETS)))
    downgrade_schema(store.engine, "0019")
    upgrade_schema(store.engine)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(PublicSearchState)) == 1
    again = Store(store.settings)
    try:
        assert figure_rows(again) > 0
    finally:
        again.close()


@pytest.mark.parametrize(("code", "title"), [("en", "Names in the other order"), ("ru", "Имена в другом порядке"),
                                             ("kk", "Аттары басқа ретпен"), ("zh", "顺序不同的姓名"),
                                             ("ug", "ئىسىملىرى باشقا تەرتىپتە")])
def test_a_name_in_the_other_order_is_shown_apart_and_labelled(archive, code, title):
    """Issue 12: "Tohti Memet" finds the two released Memet Tohti entries below the hits, under
    their own heading in every language, neither counted nor faceted as hits (a swap of bare
    names may be a father and his son, so it is never a hit)."""
    store, _ = archive
    with store.session() as session:
        found = search_public(session, "Tohti Memet")
        assert found.persons == [] and found.count == 0 and found.facets == {}
        assert [p.names[0]["name"] for p in found.other_order] == ["Memet Tohti", "Memet Tohti"]
        assert found.other_order_count == 2
        assert search_public(session, "Tohti Memet", {"year": "2018"}).other_order_count == 1
        assert search_public(session, "Tohti Memet", page=2).other_order == []
        assert search_public(session, "Memet Tohti").other_order == []  # the hits themselves
    client = TestClient(create_app(store))
    page = client.get("/search", params={"q": "Tohti Memet", "lang": code}).text
    assert title in page and page.index(title) < page.index("/persons/2")
    assert "/persons/1" not in page  # Gulnar Tursun: another name
    api = client.get("/api/search", params={"q": "Tohti Memet"}).json()
    assert api["persons"]["count"] == 0
    assert api["persons_other_order"]["count"] == 2
    assert {p["id"] for p in api["persons_other_order"]["data"]} == {2, 3}


def test_an_index_made_by_other_name_code_is_built_again_on_open(archive):
    """The name-matching code (`forms_stamp`, part of the index's `index_stamp`) makes the blocking
    keys and indexed words as well as the stored forms: after it changes, the next open builds the
    index whole, so a spelling indexed under a key the old code made is found under the new one
    (refilling the forms alone left the old keys in place)."""
    from sqlalchemy import delete, func, update

    from guwah.storage.tables import PublicSearchKey, PublicSearchSpelling, PublicSearchVersion

    store, _ = archive
    with store.session() as session:
        keys = session.scalar(select(func.count()).select_from(PublicSearchKey))
        assert keys > 0 and search_public(session, "Memet Tohti").count == 2
        # what an archive indexed by other name code looks like: forms of another stamp, other keys
        session.execute(update(PublicSearchSpelling).values(forms="xx" + "0" * 12))
        session.execute(delete(PublicSearchKey))
        session.execute(update(PublicSearchVersion).values(stamp="0" * 12))
    again = Store(store.settings)
    try:
        with again.session() as session:
            assert session.scalar(select(func.count()).select_from(PublicSearchKey)) == keys
            assert search_public(session, "Memet Tohti").count == 2
    finally:
        again.close()


def test_the_persons_page_lists_every_released_entry_a_page_at_a_time(archive, monkeypatch):
    """/persons: the registry browsed by public number, for a family with no name to type; released
    entries only (the hidden mention is never there), paged by the last number shown."""
    from guwah.web.routes import public as routes

    store, _ = archive
    client = TestClient(create_app(store))
    page = client.get("/persons").text
    assert "(3)" in page and all(f"/persons/{n}" in page for n in (1, 2, 3))
    assert "Hidden-canary" not in page and "after=" not in page  # one page holds all three
    monkeypatch.setattr(routes, "PERSONS_SHOWN", 2)
    first = client.get("/persons", params={"lang": "ru"}).text
    assert "/persons/1" in first and "/persons/2" in first and "/persons/3" not in first
    assert "/persons?lang=ru&amp;after=2" in first
    second = client.get("/persons", params={"lang": "ru", "after": 2}).text
    assert "/persons/3" in second and "/persons/1?" not in second and "after=" not in second
    for wrong in ("-1", "x", "9" * 40):  # the first page, never an error
        assert client.get("/persons", params={"after": wrong}).text.count("/persons/") >= 2


def test_a_given_name_alone_in_chinese_characters_finds_full_names(database_url, tmp_path):
    """Issue 12 (h-names13): a given name in two or three undotted characters (艾尔肯) finds the entries
    whose names have it as a word (Erkin Tursun), as the Latin given name alone does; it was read
    only as a Chinese name (Ai Erken)."""
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        document = ingest_text(store, tmp_path, "e.txt", "Erkin Tursun was detained in Kashgar in 2017.",
                               "consent: public\n")
        person_id, number = _mention(store, document, "Erkin Tursun", "male", "2017", "Kashgar")
        name_person(store, person_id)
        release_document(store, document)
        release_entry(store, number)
        with store.session() as session:
            for query in ("Erkin", "艾尔肯", "Эркин"):
                assert [p.names[0]["name"] for p in search_public(session, query).persons] == ["Erkin Tursun"], query
            assert search_public(session, "艾力").persons == []  # Eli, another given name
            assert search_public(session, "艾尔肯·吐尔逊").count == 1  # the full name, dotted
    finally:
        store.close()


def test_a_russian_spelling_finds_the_entry_in_uyghur_arabic_script(database_url, tmp_path):
    """/api/search?q=Мамаджан Абдурахман found no entry named مەمەتجان ئابدۇراخمان (Memetjan): the
    query is read by the one transliteration layer (`guwah.names`) with the t the Russian дж hides."""
    from guwah.search.public import add_entries, find_entries

    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        with store.session() as session:
            add_entries(session, [(1, _entry("مەمەتجان ئابدۇراخمان", "male", "2018")),
                                  (2, _entry("Memet Tohti", "male", "2017"))])
        with store.session() as session:
            for query in ("Мамаджан Абдурахман", "Memetjan Abdurahman", "مەمەتجان ئابدۇراخمان"):
                assert find_entries(session, query, {}).numbers == [1], query
            assert find_entries(session, "Мамаджан Тохти", {}).numbers == []  # another person
        found = TestClient(create_app(store)).get("/api/search", params={"q": "Мамаджан Абдурахман"})
        assert found.status_code == 200 and "مەمەتجان ئابدۇراخمان" in found.text, found.text
    finally:
        store.close()


@pytest.mark.parametrize(("written", "typed"), [
    ("Ghulja", "Кульджа"),   # an alias of Yining in the gazetteer, typed in Russian
    ("Ghulja", "Yining"),
    ("Кульджа", "Ghulja"),
    ("Chöchek", "Tacheng"),
])
def test_a_place_in_a_testimony_is_found_by_any_name_the_gazetteer_gives_it(database_url, tmp_path, written, typed):
    # Before: «Кульджа» found no testimony that writes "Ghulja": a word was looked up by its
    # transliterations only ("kuldzha" is no reading of "ghulja"), while the linker knew both as
    # Yining through the gazetteer's names and aliases. Search now reads place words through it.
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        for k, text in enumerate([f"The neighbours said that he was taken in {written} in 2018.",
                                  "The neighbours said that he was taken in Hotan in 2018."]):
            document = ingest_text(store, tmp_path, f"w{k}.txt", text, "consent: public\n")
            mark_read(store, document)
            release_document(store, document)
        with store.session() as session:
            def found(query):
                return [d.id for d in search_public(session, query).documents]
            assert found(typed) == [1]
            assert found(f"{typed} neighbours") == [1]
            assert found(f"{typed} xylophone") == []
            assert found("Hotan") == [2]  # control: another place is not this one
    finally:
        store.close()
