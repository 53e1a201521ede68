"""The map, the figures and the facility pages: only released material, small counts suppressed."""

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.facilities.importer import import_facilities
from guwah.publish import SMALL_COUNT, entry_content, public_entries
from guwah.releases import approve_basis, approve_release, draft_entry_release, propose_basis
from guwah.storage.tables import Entry, Event, Facility, Person, PersonAttribute, PersonName, ViolationCoding
from guwah.web import create_app
from tests.facilities.conftest import write_bfn
from tests.releasing import ingest_text, release_document

TEXT = "Five neighbours from Ghulja were taken to the camp at Shufu in 2018; one man from Kashgar to prison."
GHULJA = ["Abdurehim Tursun", "Mehmet Imin", "Gulnar Ablet", "Rahile Kerim", "Tahir Qasim"]
WITHHELD = "Withheld-canary-5521"


def _mention(session, document_id, name, hometown, facility_id, year, code="detention.internment_camp"):
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    person = Person()
    session.add(person)
    session.flush()
    session.add(PersonName(person_id=person.id, name=name, script="Latn", **facts))
    session.add(PersonAttribute(person_id=person.id, attribute="hometown", value=hometown, **facts))
    session.add(Event(person_id=person.id, event_type="detention", facility_id=facility_id, date_value=str(year),
                      date_precision="year", **facts))
    session.add(ViolationCoding(person_id=person.id, code=code, **facts))
    session.flush()
    return person.id, person.entry.number


def _release_entry(store, person_id, number):
    with store.session() as session:
        basis = propose_basis(session, person_id, "reporting_relative", "drafter", "a relative asked us to name them")
    with store.session() as session:
        approve_basis(session, basis.id, "reviewer")
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")


def release_ghulja(store, bfn_csv, dataset_key="bfn:106A"):
    """Import the facility file `bfn_csv` and release the five GHULJA people, from Ghulja, held in
    2018 at the facility `dataset_key`, cited from a released demo testimony (the demo `site`)."""
    from guwah.publish import released_document_ids

    import_facilities(store, bfn_csv)
    with store.session() as session:
        document = min(released_document_ids(session))
        held_at = session.scalar(select(Facility.id).where(Facility.dataset_key == dataset_key))
        people = [_mention(session, document, name, "Ghulja", held_at, 2018) for name in GHULJA]
    for person_id, number in people:
        _release_entry(store, person_id, number)


def _archive(store, tmp_path) -> dict:
    """Six facilities imported; a released testimony; five people from Ghulja detained at Shufu - I
    in 2018 and one from Kashgar at Tianshan - II in 2017, all released; one withheld person."""
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    folder = tmp_path / "in"
    folder.mkdir()
    document = ingest_text(store, folder, "t.txt", TEXT, "consent: public\ntitle: Neighbours\n")
    with store.session() as session:
        sites = {f.dataset_key: f.id for f in session.scalars(select(Facility))}
        numbers = {f.dataset_key: f.entry.number for f in session.scalars(select(Facility))}
        people = [_mention(session, document, name, "Ghulja", sites["bfn:106A"], 2018) for name in GHULJA]
        people.append(_mention(session, document, "Memet Sidiq", "Kashgar", sites["bfn:200"], 2017,
                               "detention.prison_sentence"))
        # Never released (no naming basis): neither the name nor the hometown may count anywhere.
        _mention(session, document, WITHHELD, "Aksu", sites["bfn:201"], 2019)
        # A site named only in the testimony: not public data, never given a public number.
        named = Facility(name="Canary-camp-7730", facility_type="internment_camp")
        session.add(named)
        session.flush()
        hidden_site = named.id
    release_document(store, document)
    for person_id, number in people:
        _release_entry(store, person_id, number)
    return {"client": TestClient(create_app(store)), "numbers": numbers, "hidden_site": hidden_site}


@pytest.fixture
def archive(store, tmp_path):
    """`_archive` in this test's own `store`, for a test that changes it."""
    return _archive(store, tmp_path)


@pytest.fixture(scope="module")
def shared_archive(shared_store, tmp_path_factory):
    """`_archive`, one for the module's tests that only read it."""
    return _archive(shared_store, tmp_path_factory.mktemp("archive"))


def test_entry_release_freezes_the_public_facility_and_hometown_place(store, archive):
    with store.session() as session:
        entries = public_entries(session)
    assert len(entries) == 6
    shufu = archive["numbers"]["bfn:106A"]
    ghulja = [e for e in entries if e.names[0]["name"] in GHULJA]
    assert all(e.timeline[0]["facility"] == shufu for e in ghulja)
    assert all(a["place"] == "xj.ili.yining" for e in ghulja for a in e.attributes if a["attribute"] == "hometown")


def test_a_site_named_only_in_a_testimony_gets_no_public_number(store, archive):
    with store.session() as session:
        event = session.scalar(select(Event).where(Event.date_value == "2018"))
        event.facility_id = archive["hidden_site"]
        person_entry = session.get(Person, event.person_id).entry_id
    with store.session() as session:
        content = entry_content(session, person_entry)
    assert content["timeline"][0]["facility"] is None


def test_merging_facilities_withdraws_the_entries_that_name_them(store, archive):
    # The entry release froze the public facility number: a merge changes it, so the release
    # check takes the release down for review at once.
    numbers = archive["numbers"]
    with store.session() as session:
        shufu = session.scalar(select(Entry).where(Entry.kind == "facility", Entry.number == numbers["bfn:106A"]))
        tianshan = session.scalar(select(Entry).where(Entry.kind == "facility", Entry.number == numbers["bfn:200"]))
        shufu.merged_into_id = tianshan.id
    with store.session() as session:
        assert len(public_entries(session)) == 1


def test_api_map_is_geojson_of_public_facilities_and_suppressed_hometown_counts(shared_archive):
    data = shared_archive["client"].get("/api/map").json()
    assert data["type"] == "FeatureCollection"
    facilities = [f for f in data["features"] if f["properties"]["kind"] == "facility"]
    # The small file's rows with coordinates; the one without is listed apart.
    assert len(facilities) == 5
    assert [f["name"] for f in data["unmapped_facilities"]] == ["Nowhere - I"]
    shufu = next(f for f in facilities if f["properties"]["id"] == shared_archive["numbers"]["bfn:106A"])
    assert shufu["geometry"]["coordinates"] == [75.8638, 39.3591]
    hometowns = {f["properties"]["gazetteer_id"]: f["properties"] for f in data["features"]
                 if f["properties"]["kind"] == "hometown"}
    assert hometowns["xj.ili.yining"]["count"] == 5 and hometowns["xj.ili.yining"]["level"] == "county"
    assert hometowns["xj.kashgar"]["count"] == f"fewer than {SMALL_COUNT}"
    assert "xj.aksu" not in hometowns  # the withheld person's hometown counts nowhere
    assert data["outlines"]["licence"] == "public domain"
    assert data["credit"][0]["licence"] == "CC BY 4.0"


def test_map_page_works_without_javascript(shared_archive):
    page = shared_archive["client"].get("/map")
    assert page.status_code == 200
    # The map box is hidden until the script draws it; the tables say the same with no script.
    assert re.search(r'<div id="map"[^>]*hidden', page.text)
    assert 'href="http://testserver/facilities/{}"'.format(shared_archive["numbers"]["bfn:106A"]) in page.text
    assert "Ghulja" in page.text or "Yining" in page.text
    assert f"fewer than {SMALL_COUNT}" in page.text
    assert "Natural Earth" in page.text and "CC BY 4.0" in page.text
    for asset in ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "map.js",
                  "vendor/topojson-client/topojson-client.min.js"):
        assert f"/static/{asset}" in page.text
        assert shared_archive["client"].get(f"/static/{asset}").status_code == 200
    assert WITHHELD not in page.text and "Canary-camp" not in page.text


def test_facility_page_lists_released_entries_and_testimonies(shared_archive):
    client, numbers = shared_archive["client"], shared_archive["numbers"]
    page = client.get(f"/facilities/{numbers['bfn:106A']}")
    assert page.status_code == 200
    people = re.findall(r'<tr class="person">.*?</tr>', page.text, re.S)
    assert len(people) == 5 and all("detention 2018" in row for row in people)
    assert all(any(name in row for row in people) for name in GHULJA)
    assert 'href="http://testserver/documents/1"' in page.text and "Neighbours" in page.text
    assert WITHHELD not in page.text
    # The withheld person's facility: neither the person nor the testimony (no released entry cites
    # it for an event there; one reviewer's accept would otherwise list it at once).
    aksu = client.get(f"/facilities/{numbers['bfn:201']}")
    assert "Neighbours" not in aksu.text and WITHHELD not in aksu.text and '<tr class="person">' not in aksu.text
    empty = client.get(f"/facilities/{numbers['bfn:203']}")
    assert "No released person entry records an event at this facility." in empty.text


def test_figures_count_released_entries_with_small_counts_suppressed(shared_archive):
    data = shared_archive["client"].get("/api/figures").json()
    few = f"fewer than {SMALL_COUNT}"
    assert data["entries"] == 6
    assert data["detentions_by_year"] == {"2017": few, "2018": 5}
    assert data["detentions_by_facility_type"] == {"internment_camp": 5, "prison": few}
    assert data["detentions_by_prefecture"] == {"Kashgar Prefecture": 5, "Ürümqi": few}
    assert data["violations_by_code"] == {"detention.internment_camp": 5, "detention.prison_sentence": few}
    assert data["status"] == {"detained": 6}
    assert data["events_by_type"] == {"detention": 6}  # released entries with a detention (not the withheld one)


def test_figures_page_says_what_an_unknown_status_counts(store, archive):
    """People with no dated event (a witness never held, a relative who only told of others) stand
    in the status chart as "unknown": the page says what that bar counts, so that a reader does not
    take them for people whose fate is unknown; the control is the chart before they are released."""
    page = archive["client"].get("/figures").text
    status = page[page.index('id="status"'):page.index('id="events-by-type"')]
    assert 'data-label="unknown"' not in status and "no dated event" not in status
    from guwah.publish import released_document_ids

    with store.session() as session:
        document = min(released_document_ids(session))
        witnesses = []
        for name in ("Aygul Tursun", "Erkin Sabit", "Nurgul Yasin", "Tursun Hoshur", "Zulpiye Abla"):
            person = Person()
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name=name, script="Latn", evidence_document_id=document,
                                   asserted_by_kind="user", asserted_by="t", review_state="accepted"))
            session.flush()
            witnesses.append((person.id, person.entry.number))
    for person_id, number in witnesses:
        _release_entry(store, person_id, number)
    page = archive["client"].get("/figures").text
    status = page[page.index('id="status"'):page.index('id="events-by-type"')]
    assert 'data-label="unknown" data-count="5"' in status and 'data-label="detained" data-count="6"' in status
    assert "no dated event" in status and "witnesses" in status


def test_figures_page_draws_svg_bars_with_their_numbers(shared_archive):
    page = shared_archive["client"].get("/figures")
    assert page.status_code == 200
    years = page.text[page.text.index('id="detentions-by-year"'):page.text.index('id="detentions-by-prefecture"')]
    assert '<svg role="img"' in years
    bars = dict(re.findall(r'<g class="bar-row" data-label="([^"]+)" data-count="([^"]+)"', years))
    assert bars == {"2017": f"fewer than {SMALL_COUNT}", "2018": "5"}
    assert 'class="bar suppressed"' in years  # the small count is drawn dashed, at the threshold
    assert re.search(r"<td>2018</td><td class=\"count\">5</td>", years)
    assert "Internment camp" in page.text and WITHHELD not in page.text


def test_places_are_named_in_the_readers_language(shared_archive):
    from guwah.places import place_name

    client, numbers = shared_archive["client"], shared_archive["numbers"]
    for language in ("zh", "ug", "ru", "kk"):
        yining, shufu, kashgar = (place_name(p, language) for p in ("xj.ili.yining", "xj.kashgar.shufu", "xj.kashgar"))
        # The person page: the hometown as the testimony wrote it, and the gazetteer's name for it.
        ghulja = next(e for e in client.get("/api/persons").json()["data"] if e["names"][0]["name"] in GHULJA)
        assert f'<bdi class="place">{yining}</bdi>' in client.get(f"/persons/{ghulja['id']}?lang={language}").text
        # The facility page, the list of facilities, the map's tables and the figures.
        assert f'<bdi class="place">{shufu}</bdi>' in client.get(f"/facilities/{numbers['bfn:106A']}?lang={language}").text
        assert f'<bdi class="place">{shufu}</bdi>' in client.get(f"/facilities?lang={language}").text
        map_page = client.get(f"/map?lang={language}").text
        assert f'<bdi class="place">{yining}</bdi>' in map_page and f'<bdi class="place">{kashgar}</bdi>' in map_page
        assert f"/api/map?lang={language}" in map_page  # the script asks for the page's language
        figures = client.get(f"/figures?lang={language}").text
        assert 'data-label="Kashgar Prefecture"' in figures and kashgar in figures
        # The APIs keep the stable id and English name, and add the localized one.
        data = client.get(f"/api/map?lang={language}").json()
        assert data["language"] == language
        home = next(f["properties"] for f in data["features"] if f["properties"].get("gazetteer_id") == "xj.ili.yining")
        assert (home["name"], home["local_name"]) == ("Yining City", yining)
        site = client.get(f"/api/facilities/{numbers['bfn:106A']}?lang={language}").json()["sites"][0]
        assert (site["gazetteer_id"], site["place"], site["local_place"]) == ("xj.kashgar.shufu", "Shufu County", shufu)
        assert client.get("/api/figures").json()["prefecture_ids"]["Kashgar Prefecture"] == "xj.kashgar"


def test_places_in_english_are_the_gazetteers_english_names(shared_archive):
    page = shared_archive["client"].get("/map?lang=en").text
    assert '<bdi class="place">Yining City</bdi>' in page and '<bdi class="place">Kashgar Prefecture</bdi>' in page


def test_suppressed_counts_and_place_levels_are_said_in_the_readers_language(shared_archive):
    """"fewer than 5" and the map's level ("county") stayed English on every translated page."""
    client = shared_archive["client"]
    for language, fewer, county in (("ru", "меньше 5", "уезд"), ("zh", "少于 5", "县"),
                                    ("ug", "5 دىن ئاز", "ناھىيە"), ("kk", "5-тен аз", "аудан")):
        for path in ("/figures", "/map"):
            shown = re.sub(r"<[^>]+>", " ", client.get(f"{path}?lang={language}").text)  # text, not data attributes
            assert fewer in shown and "fewer than" not in shown, (language, path)
        assert f"<td>{county}</td>" in client.get(f"/map?lang={language}").text  # Ghulja's level
        # The map's popups say the count as the page does; the count itself stays as the API gives it.
        hometowns = {f["properties"]["gazetteer_id"]: f["properties"]
                     for f in client.get(f"/api/map?lang={language}").json()["features"]
                     if f["properties"]["kind"] == "hometown"}
        assert (hometowns["xj.kashgar"]["count"], hometowns["xj.kashgar"]["count_label"]) == ("fewer than 5", fewer)
        assert hometowns["xj.ili.yining"]["count_label"] == "5"


def test_a_person_page_names_the_facility_of_each_event(shared_archive):
    """The timeline said only "facility 3": a reader had to open it to learn it was Shufu - I."""
    client, numbers = shared_archive["client"], shared_archive["numbers"]
    shufu = numbers["bfn:106A"]
    entry = client.get("/api/search", params={"q": GHULJA[0]}).json()["persons"]["data"][0]["id"]
    page = client.get(f"/persons/{entry}").text
    assert re.search(rf'<a href="http://testserver/facilities/{shufu}"><bdi>Shufu - I \(A\)</bdi></a>', page)
    assert WITHHELD not in page


def test_figures_map_and_facility_pages_never_read_every_release(store, archive, monkeypatch):
    """Each of these pages read every entry release at the first request after each index version
    (tens of seconds per server process at 1,000,000 entries, after every approval): now they count
    from the index's facet rows (`guwah.search.public.figure_table`), and a release withdrawn shows
    at once."""
    from guwah import publish
    from guwah.releases import withdraw_release
    from guwah.search.public import ENTRY
    from guwah.storage.tables import Release

    reads = []
    query = publish._entries_query
    monkeypatch.setattr(publish, "_entries_query", lambda: reads.append(1) or query())
    client, shufu = archive["client"], archive["numbers"]["bfn:106A"]
    paths = ("/api/figures", "/api/map", f"/facilities/{shufu}", "/figures", "/map")
    first = [client.get(path).text for path in paths]
    assert [client.get(path).text for path in paths] == first and reads == []
    with store.session() as session:
        ghulja = next(r for r in session.scalars(select(Release).where(Release.subject_type == ENTRY,
                                                                       Release.state == "approved"))
                      if r.content["names"][0]["name"] in GHULJA)
        withdraw_release(session, ghulja.subject_id, "editor", "the family asked", ENTRY)
    figures = client.get("/api/figures").json()
    assert (figures["entries"], figures["detentions_by_year"]["2018"]) == (5, f"fewer than {SMALL_COUNT}")
    hometowns = [f["properties"] for f in client.get("/api/map").json()["features"]
                 if f["properties"]["kind"] == "hometown"]
    assert {"xj.ili.yining": f"fewer than {SMALL_COUNT}"}.items() <= {h["gazetteer_id"]: h["count"] for h in hometowns}.items()
    assert len(re.findall(r'<tr class="person">', client.get(f"/facilities/{shufu}").text)) == 4
    assert reads == []


def _read_whole(session) -> dict:
    """The figures, hometown counts and facility mentions as the pages counted them before, by
    reading every released entry (the reference the index-based counts must equal)."""
    from guwah.publish import (
        DETENTION_EVENTS,
        HOMETOWN_ATTRIBUTES,
        _area,
        _cached_facilities,
        _each_public_entry,
        _gazetteer,
        _suppressed,
    )

    sites = {facility.id: facility.sites for facility in _cached_facilities(session)}
    gaz = _gazetteer()
    years, prefectures, types, codes, statuses, prefecture_ids, areas = {}, {}, {}, {}, {}, {}, {}
    elsewhere, at, kinds = set(), {}, {}
    entries = list(_each_public_entry(session))
    for entry in entries:
        statuses.setdefault(entry.status["status"], set()).add(entry.id)
        for violation in entry.violations:
            codes.setdefault(violation["code"], set()).add(entry.id)
        for event in entry.timeline:
            kinds.setdefault(event["event"], set()).add(entry.id)
            if event.get("facility") is not None:
                at.setdefault(event["facility"], set()).add(entry.id)
            if event["event"] not in DETENTION_EVENTS:
                continue
            if event.get("date"):
                years.setdefault(event["date"][:4], set()).add(entry.id)
            here = sites.get(event.get("facility"), [])
            for kind in {site["type"] for site in here}:
                types.setdefault(kind, set()).add(entry.id)
            places = [site["gazetteer_id"] for site in here if site["gazetteer_id"]] or [event.get("place")]
            for prefecture in {_area(gaz, place, county=False) for place in places} - {None}:
                prefectures.setdefault(gaz.get(prefecture).name, set()).add(entry.id)
                prefecture_ids[gaz.get(prefecture).name] = prefecture
        for area in {_area(gaz, a.get("place")) for a in entry.attributes if a["attribute"] in HOMETOWN_ATTRIBUTES}:
            if area is None or gaz.get(area).lat is None or gaz.get(area).lon is None:
                elsewhere.add(entry.id)
            else:
                areas.setdefault(area, set()).add(entry.id)
    figures = (len(entries), _suppressed(years), _suppressed(prefectures), _suppressed(types), _suppressed(codes),
               _suppressed(statuses), dict(sorted(prefecture_ids.items())), _suppressed(kinds))
    hometowns = (tuple((area, len(members)) for area, members in sorted(areas.items())), len(elsewhere))
    return {"figures": figures, "hometowns": hometowns, "at": {n: sorted(ids) for n, ids in at.items()}}


@pytest.fixture
def demo_archive(store):
    """The demo archive (`guwah demo`'s testimonies and releases)."""
    from guwah.demo import demo_folder, release_demo
    from guwah.ingest import ingest_paths

    with demo_folder() as folder:
        outcomes = list(ingest_paths(store, [folder]))
    release_demo(store, {o.path.name: o.document_id for o in outcomes})
    return store


@pytest.mark.parametrize("which", ["archive", "demo_archive"])
def test_counts_from_the_index_equal_a_read_of_every_release(store, request, which):
    """The figures, the map's hometowns and each facility's entries, counted from the index, are
    exactly what reading every released entry gave, on the test archives."""
    from guwah.publish import _entries_at, _entry_figures, _hometown_counts, public_facilities

    request.getfixturevalue(which)
    with store.session() as session:
        whole = _read_whole(session)
        assert _entry_figures(session) == whole["figures"]
        assert _hometown_counts(session) == whole["hometowns"]
        assert whole["figures"][0] > 0  # something counted
        for facility in public_facilities(session):
            entries, _ = _entries_at(session, facility.id)
            assert [e["id"] for e in entries] == whole["at"].get(facility.id, [])


def _mention_named(session, name: str) -> int:
    return next(row.person_id for row in session.scalars(select(PersonName)) if row.name == name)


def _figures(client) -> tuple[dict, str]:
    """/api/figures and the events chart of /figures."""
    page = client.get("/figures").text
    return client.get("/api/figures").json(), page[page.index('id="events-by-type"'):]


def test_a_reviewers_decision_on_a_released_testimony_changes_no_figure_until_a_release_is_approved(store, archive):
    """h-try45: one reviewer's accept, reopen or reassign of a fact of a released testimony changed
    /figures and /api/figures at once ("death: fewer than 5" came and went), with no release
    approved by a second reviewer. The figures count only what approved releases froze."""
    from guwah.publish import released_document_ids
    from guwah.review import accept, reopen_facts

    client = archive["client"]
    before, chart = _figures(client)
    assert before["events_by_type"] == {"detention": 6} and 'data-label="death"' not in chart
    with store.session() as session:
        document = min(released_document_ids(session))
        withheld = _mention_named(session, WITHHELD)
        death = Event(person_id=withheld, event_type="death", date_value="2020", date_precision="year",
                      evidence_document_id=document, asserted_by_kind="extractor", asserted_by="x",
                      review_state="proposed")
        session.add(death)
        session.flush()
        ref = f"event:{death.id}"
    with store.session() as session:
        accept(store, session, ref, "one-reviewer")
    after, chart = _figures(client)
    assert after == before and 'data-label="death"' not in chart
    with store.session() as session:
        reopen_facts(store, session, [ref], "one-reviewer", "doubtful")
    assert _figures(client)[0] == before
    # Positive control: the same death, on the entry of a person whose release a second reviewer
    # approves, counts from that approval.
    with store.session() as session:
        accept(store, session, ref, "one-reviewer")
        named = _mention_named(session, GHULJA[0])
        session.get(Event, death.id).person_id = named
        number = session.get(Person, named).entry.number
    # his entry release stays up (h-release72: a fact accepted since from a testimony it cites is "more to
    # show", not a takedown) and still shows only what its approval froze: no death yet
    assert _figures(client)[0] == before
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    released, chart = _figures(client)
    assert released["events_by_type"] == {"death": f"fewer than {SMALL_COUNT}", "detention": 6}
    assert 'data-label="death"' in chart


def test_a_facility_page_lists_only_the_testimonies_released_entries_cite_there(store, archive):
    """The facility page's testimonies: those the released entries' events at the facility cite (as
    their releases froze them), not every released testimony with an accepted fact placed there,
    which one reviewer's accept would change at once."""
    from guwah.review import accept

    client, numbers = archive["client"], archive["numbers"]
    aksu = client.get(f"/facilities/{numbers['bfn:201']}").text
    assert "Neighbours" not in aksu and WITHHELD not in aksu  # only the withheld person was held there
    shufu = client.get(f"/facilities/{numbers['bfn:106A']}").text
    assert 'href="http://testserver/documents/1"' in shufu and "Neighbours" in shufu  # positive control
    with store.session() as session:
        site = session.scalar(select(Facility.id).where(Facility.dataset_key == "bfn:203"))
        withheld = _mention_named(session, WITHHELD)
        document = session.scalar(select(Event.evidence_document_id).where(Event.person_id == withheld))
        moved = Event(person_id=withheld, event_type="transfer", facility_id=site, evidence_document_id=document,
                      asserted_by_kind="extractor", asserted_by="x", review_state="proposed")
        session.add(moved)
        session.flush()
    with store.session() as session:
        accept(store, session, f"event:{moved.id}", "one-reviewer")
    empty = client.get(f"/facilities/{numbers['bfn:203']}").text
    assert "Neighbours" not in empty and "No released person entry records an event at this facility." in empty
