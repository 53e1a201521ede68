"""Person, facility and open data pages: only what guwah.publish releases, CSV cells defused."""

import csv
import io
import re

import pytest
from fastapi.testclient import TestClient

from guwah.ingest import ingest_file
from guwah.storage.tables import Event, Person, PersonAttribute, PersonName, ViolationCoding
from guwah.web import create_app
from tests.facilities.conftest import write_bfn
from tests.releasing import name_person, release_document, release_entry

TEXT = "My brother Tursun Ehmet was detained in 2018. His cousin Hidden-canary-4471 was taken too."
FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")"


def _mention(store, document_id, name, attribute_value="teacher"):
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=name, script="Latn", **facts))
        session.add(Event(person_id=person.id, event_type="detention", date_value="2018", date_precision="year",
                          **facts))
        session.add(ViolationCoding(person_id=person.id, code="detention.internment_camp", **facts))
        session.add(PersonAttribute(person_id=person.id, attribute="occupation", value=attribute_value, **facts))
        return person.id, person.entry.number


@pytest.fixture
def archive(store, tmp_path):
    """A released testimony with a formula for a title; entry 1 released, a second entry not."""
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "p.meta.yaml").write_text(f"consent: public\ntitle: '{FORMULA_TITLE}'\n", encoding="utf-8")
    document = ingest_file(store, path).document_id
    person, number = _mention(store, document, "Tursun Ehmet", attribute_value="@SUM(1+1)")
    _mention(store, document, "Hidden-canary-4471")  # no naming basis: never released
    name_person(store, person, "his sister asked us to name him")
    release_document(store, document)
    release_entry(store, number)
    return TestClient(create_app(store))


def _csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_person_page_shows_released_facts_with_sources_and_correction(archive):
    page = archive.get("/persons/1")
    assert page.status_code == 200
    for expected in ("Tursun Ehmet", "Latn", "detained", "2018", "detention.internment_camp", "occupation",
                     'href="http://testserver/documents/1"', "1 independent source",
                     'href="http://testserver/corrections"'):
        assert expected in page.text
    assert "Hidden-canary" not in page.text
    # one source in all is no corroboration: the count says how many independent sources there are, and
    # "corroborated by 1" read as one source beside the first (h-try48)
    assert "corroborated" not in page.text
    assert 'id="corrections"' in archive.get("/about").text


@pytest.mark.parametrize("language, label", [("en", "occupation"), ("ru", "род занятий"), ("ug", "كەسپى"),
                                             ("zh", "职业"), ("kk", "кәсібі")])
def test_person_page_attribute_names_in_the_readers_language(archive, language, label):
    # Issue 12, third round: attribute names (hometown, occupation, …) were shown as stored.
    text = archive.get("/persons/1", params={"lang": language}).text
    assert f"<tr><td>{label}</td>" in text
    assert language == "en" or "<tr><td>occupation</td>" not in text


def test_every_attribute_a_release_can_carry_has_a_label():
    from guwah.search.public import PLACE_ATTRIBUTES
    from guwah.web.labels import LABELS

    assert PLACE_ATTRIBUTES | {"gender", "ethnicity", "occupation", "role"} <= set(LABELS["attribute"])


@pytest.mark.parametrize("language, expected", [
    ("ru", ("Запись 1", "под стражей", "1 независимый источник", "свидетельство 1", "источник:", "(год)")),
    ("ug", ("خاتىرە 1", "تۇتۇپ تۇرۇلماقتا", "1 مۇستەقىل مەنبە", "گۇۋاھلىق 1", "مەنبە:", "(يىل)")),
    ("zh", ("条目 1", "被拘押", "1 个独立来源", "证词 1", "来源：", "(年)")),
])
def test_person_page_in_the_readers_language(archive, language, expected):
    """Headings, status, event labels and the plural of the corroboration count are translated;
    names and values from the sources are not. A year's "(year)" is not repeated after it (h-try49)."""
    text = re.sub(r"<[^>]+>", "", archive.get("/persons/1", params={"lang": language}).text)
    *said, year_label = expected
    for words in (*said, "Tursun Ehmet"):
        assert words in text, words
    assert year_label not in text
    assert "independent source" not in text and "detained" not in text


@pytest.mark.parametrize("path", ["/persons/2", "/persons/9999", "/persons/0", "/api/persons/2"])
def test_a_person_entry_not_released_answers_not_found(archive, path):
    page = archive.get(path)
    assert page.status_code == 404
    assert "Hidden-canary" not in page.text


@pytest.mark.parametrize("path", ["/persons/1", "/api/persons/1", "/open-data/persons.csv", "/search?q=Tursun"])
def test_released_content_is_kept_by_no_cache(archive, path):
    """A released entry may be withdrawn later: no browser or proxy may keep a copy on disk."""
    answer = archive.get(path)
    assert answer.status_code == 200 and "Tursun Ehmet" in answer.text
    assert answer.headers["cache-control"] == "no-store"


def test_static_assets_stay_cacheable(archive):
    """The positive control of the test above: the same middleware leaves /static/ cacheable."""
    asset = archive.get("/static/guwah.css")
    assert asset.status_code == 200 and "cache-control" not in asset.headers


def test_search_results_link_to_the_person_page(archive):
    assert 'href="http://testserver/persons/1"' in archive.get("/search", params={"q": "Tursun Ehmet"}).text


def test_nav_links_search_facilities_and_open_data(archive):
    page = archive.get("/").text
    for path in ("/search", "/facilities", "/open-data"):
        assert f'href="http://testserver{path}"' in page


def test_open_data_page_has_dictionary_licence_and_version(archive):
    page = archive.get("/open-data").text
    for expected in ("corroboration", "published_on", "dataset_key", "CC BY 4.0", "Version", "persons.csv",
                     "documents.csv", "facilities.csv"):
        assert expected in page
    # No facility imported: no dataset credited (credited once imported: tests/export/test_opendata.py).
    assert "BuzzFeed News" not in page


def test_persons_csv_parses_and_holds_released_entries_only(archive):
    rows = _csv(archive.get("/open-data/persons.csv"))
    assert {row["entry"] for row in rows} == {"1"}
    assert {"fact": "name", "value": "Tursun Ehmet", "detail": "Latn", "sources": "1"}.items() <= rows[0].items()
    assert {row["fact"] for row in rows} == {"name", "status", "event", "violation", "attribute"}
    # A formula in a released value is defused: a spreadsheet shows it as text.
    [attribute] = [row for row in rows if row["fact"] == "attribute"]
    assert attribute["detail"] == "'@SUM(1+1)"
    assert "Hidden-canary" not in archive.get("/open-data/persons.csv").text


def test_documents_csv_parses_and_defuses_a_formula_title(archive):
    [row] = _csv(archive.get("/open-data/documents.csv"))
    assert row["id"] == "1" and row["title"] == "'" + FORMULA_TITLE
    assert "Tursun Ehmet was detained" in row["text"]
    assert "Hidden-canary" not in row["text"]  # masked: nobody may name him


def test_open_data_csv_columns_match_the_dictionary(archive):
    from guwah.export.opendata import DICTIONARY

    for name, columns in DICTIONARY.items():
        header = next(csv.reader(io.StringIO(archive.get(f"/open-data/{name}.csv").text)))
        assert header == [column for column, _ in columns]
    assert archive.get("/open-data/secrets.csv").status_code == 404
    assert set(archive.get("/api/open-data").json()["tables"]) == set(DICTIONARY)


@pytest.fixture
def facilities(store, tmp_path):
    """The BFN test rows imported, and one facility row named in a testimony (not public data)."""
    from guwah.facilities.importer import import_facilities
    from guwah.storage.tables import Facility

    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    with store.session() as session:
        session.add(Facility(name="Secret-canary-9321 camp", facility_type="internment_camp"))
    return TestClient(create_app(store))


def test_facility_list_and_page_show_dataset_fields_and_credit(store, facilities):
    listing = facilities.get("/facilities")
    assert listing.status_code == 200
    assert "Shufu - I (A)" in listing.text and "Tianshan - II" in listing.text
    assert "BuzzFeed News" in listing.text and "CC BY 4.0" in listing.text
    assert "Secret-canary" not in listing.text
    from guwah.publish import public_facilities

    with store.session() as session:
        shufu = next(f for f in public_facilities(session) if "Shufu - I (A)" in f.names)
    page = facilities.get(f"/facilities/{shufu.id}")
    assert page.status_code == 200
    for expected in ("Shufu - I (A)", "39.3591", "75.8638", "bfn-2021-07-20", "ASPI Xinjiang Data Project (2020)", "336",
                     "BuzzFeed News", "No released person entry records an event at this facility."):
        assert expected in page.text


def test_a_facility_not_from_a_public_dataset_answers_not_found(store, facilities):
    from guwah.registry import FACILITY
    from guwah.storage.tables import Entry, Facility

    with store.session() as session:
        secret = next(f for f in session.query(Facility) if f.name.startswith("Secret"))
        number = session.get(Entry, secret.entry_id).number
        assert secret.entry.kind == FACILITY
    for path in (f"/facilities/{number}", f"/api/facilities/{number}", "/facilities/9999"):
        assert facilities.get(path).status_code == 404
    assert "Secret-canary" not in facilities.get("/api/facilities").text


def test_facilities_csv_parses_with_every_dataset_row(facilities):
    rows = _csv(facilities.get("/open-data/facilities.csv"))
    assert len(rows) == 6
    assert {row["dataset"] for row in rows} == {"bfn-2021-07-20"}
    assert "Secret-canary" not in facilities.get("/open-data/facilities.csv").text
    shufu = next(row for row in rows if row["name"] == "Shufu - I (A)")
    assert shufu["lat"] == "39.3591" and "aspi_2020=336" in shufu["external_ids"]


def test_open_data_licence_is_a_setting_shown_on_the_page_the_api_and_every_row(tmp_path, database_url):
    from guwah.storage import Store
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", database_url, GUWAH_OPEN_DATA_LICENCE="ODbL 1.0"))
    try:
        path = tmp_path / "p.txt"
        path.write_text(TEXT, encoding="utf-8")
        (tmp_path / "p.meta.yaml").write_text("consent: public\ntitle: Brothers\nlicence: CC0\n", encoding="utf-8")
        document = ingest_file(store, path).document_id
        person, number = _mention(store, document, "Tursun Ehmet")
        name_person(store, person, "his sister asked us to name him")
        release_document(store, document)
        release_entry(store, number)
        from guwah.facilities.importer import import_facilities

        import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
        client = TestClient(create_app(store))
        assert "ODbL 1.0 for the person entries" in client.get("/open-data").text
        assert "BuzzFeed News" in client.get("/open-data").text  # its rows are in facilities.csv
        assert client.get("/api/open-data").json()["licence"] == "ODbL 1.0"
        persons = _csv(client.get("/open-data/persons.csv"))
        assert persons and {row["licence"] for row in persons} == {"ODbL 1.0"}
        # A testimony keeps its own licence; facility rows their dataset's, with its attribution.
        assert [row["licence"] for row in _csv(client.get("/open-data/documents.csv"))] == ["CC0"]
        from guwah.publish import PUBLIC_FACILITY_DATASETS

        [dataset] = PUBLIC_FACILITY_DATASETS.values()
        facilities = _csv(client.get("/open-data/facilities.csv"))
        assert {(row["licence"], row["attribution"]) for row in facilities} == {(dataset["licence"], dataset["credit"])}
        assert "BuzzFeed News" in dataset["credit"] and dataset["licence"] == "CC BY 4.0"
    finally:
        store.close()


def test_open_data_licence_defaults_to_cc_by_and_refuses_a_control_character(tmp_path):
    from guwah.config import load_settings
    from guwah.errors import InputError

    assert load_settings({"GUWAH_DATA_DIR": str(tmp_path)}).open_data_licence == "CC BY 4.0"
    assert load_settings({"GUWAH_DATA_DIR": str(tmp_path), "GUWAH_OPEN_DATA_LICENCE": "  "}).open_data_licence \
        == "CC BY 4.0"
    with pytest.raises(InputError):
        load_settings({"GUWAH_DATA_DIR": str(tmp_path), "GUWAH_OPEN_DATA_LICENCE": "CC BY\x1b[31m"})


@pytest.mark.parametrize("code", ["ug", "zh", "ru", "kk"])
def test_open_data_dictionary_is_in_the_readers_language(archive, code):
    from markupsafe import escape

    from guwah.export.opendata import DICTIONARY
    from guwah.web.i18n import translations

    page = archive.get(f"/open-data?lang={code}").text
    for columns in DICTIONARY.values():
        for column, meaning in columns:
            translated = translations(code).gettext(meaning)
            assert translated != meaning, (column, code)
            assert str(escape(translated)) in page, (column, code)


def _released_entries(store, count: int) -> None:
    """`count` approved entry releases numbered 1…count, written as an approval writes them
    (release, public number, index rows), without the review steps (as bench/web.py loads them)."""
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from guwah.search.public import add_entries
    from guwah.storage.tables import PublicNumber, Release

    cited = {"sources": [1], "corroboration": 1}
    now = datetime.now(UTC)
    contents = {n: {"names": [{"name": f"Person {n:03d}", "script": "Latn", **cited}],
                    "status": {"status": "detained", "date": "2018", "source": 1},
                    "timeline": [], "violations": [],
                    "attributes": [{"attribute": "gender", "value": "=female" if n % 2 else "male", **cited}]}
                for n in range(1, count + 1)}
    with store.session() as session:
        session.execute(insert(Release), [
            {"subject_type": "entry", "subject_id": 1000 + n, "version": 1, "state": "approved", "content": content,
             "masks": [], "extra_masks": [], "drafted_by": "d", "drafted_at": now, "approved_by": "r",
             "approved_at": now, "approval_basis": "second_reviewer"} for n, content in contents.items()])
        session.execute(insert(PublicNumber), [{"subject_type": "entry", "subject_id": 1000 + n, "number": n}
                                               for n in contents])
        add_entries(session, list(contents.items()))


def test_api_persons_come_a_page_at_a_time_with_the_total(store):
    _released_entries(store, 25)
    client = TestClient(create_app(store))
    seen, address = [], "/api/persons?limit=7"
    while address:
        page = client.get(address).json()
        assert page["count"] == 25 and len(page["data"]) <= 7
        seen.extend(entry["id"] for entry in page["data"])
        address = page["next"]
    assert seen == list(range(1, 26))
    assert client.get("/api/persons").json()["data"][0]["names"][0]["name"] == "Person 001"
    assert client.get("/api/persons?after=20").json()["data"][0]["id"] == 21
    assert client.get("/api/persons?limit=5000").status_code == 422
    assert client.get("/api/persons?after=-1").status_code == 422


def test_persons_csv_streams_in_pieces_equal_to_the_whole_table(store):
    from guwah.export.opendata import persons_csv_chunks, persons_table

    _released_entries(store, 25)
    pieces = list(persons_csv_chunks(store, batch=7))
    assert len(pieces) == 1 + 4  # the header, then 7 + 7 + 7 + 4 entries
    with store.session() as session:
        assert "".join(pieces) == persons_table(session).csv()
    rows = _csv(TestClient(create_app(store)).get("/open-data/persons.csv"))
    assert sorted({int(row["entry"]) for row in rows}) == list(range(1, 26))
    assert {row["detail"] for row in rows if row["fact"] == "attribute"} == {"'=female", "male"}


def test_datapackage_describes_every_open_data_file(archive):
    """Issue 12, third round: a Frictionless Data Package descriptor beside the CSV files; every
    resource it lists is served beside it with exactly its fields, and integer fields parse (an
    empty cell is a missing value, the format's default)."""
    package = archive.get("/open-data/datapackage.json").json()
    assert package["profile"] == "tabular-data-package" and package["licenses"]
    assert {r["name"] for r in package["resources"]} == {"persons", "documents", "facilities"}
    for resource in package["resources"]:
        rows = list(csv.DictReader(io.StringIO(archive.get(f"/open-data/{resource['path']}").text)))
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == list(rows[0]) if rows else fields
        assert all(f["description"] for f in fields)
        for field in fields:
            if field["type"] == "integer":
                assert all(row[field["name"]] == "" or int(row[field["name"]]) >= 0 for row in rows)
                # (no event here is at a facility: test_persons_csv_gives_each_events_place_and_public_facility)
                assert any(row[field["name"]] for row in rows) or not rows or field["name"] == "facility"
    assert 'href="/open-data/datapackage.json"' in archive.get("/open-data").text


@pytest.fixture
def coded(store, tmp_path):
    """A released entry with a violation code, a role, a gender and a hometown the gazetteer knows."""
    path = tmp_path / "c.txt"
    path.write_text("My sister Gulbahar Jamilova was detained in 2018 in a camp.", encoding="utf-8")
    (tmp_path / "c.meta.yaml").write_text("consent: public\n", encoding="utf-8")
    document = ingest_file(store, path).document_id
    person, number = _mention(store, document, "Gulbahar Jamilova")
    facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        for attribute, value in (("role", "victim"), ("gender", "Female"), ("hometown", "Ghulja")):
            session.add(PersonAttribute(person_id=person, attribute=attribute, value=value, **facts))
    name_person(store, person)
    release_document(store, document)
    release_entry(store, number)
    return TestClient(create_app(store))


@pytest.mark.parametrize("language, expected", [
    ("ru", ("Лагерь интернирования", "пострадавший", "женский")),
    ("zh", ("拘禁营", "受害者", "女")),
    ("kk", ("Қамау лагері", "жәбірленуші", "әйел")),
    ("ug", ("يىغىۋېلىش لاگېرى", "زىيانكەشلىككە ئۇچرىغۇچى", "ئايال")),
])
def test_person_page_violations_roles_and_places_in_the_readers_language(coded, language, expected):
    """Issue 12: violation labels (from violations.yaml, through the catalogues), roles, gender and
    the hometown (from the gazetteer) were shown in English whatever the language."""
    from guwah.places import place_name, resolve_place

    text = re.sub(r"<[^>]+>", "", coded.get("/persons/1", params={"lang": language}).text)
    hometown = place_name(resolve_place("Ghulja").match.id, language)
    assert hometown != "Ghulja"
    for words in (*expected, hometown, "detention.internment_camp"):
        assert words in text, words
    assert "Internment camp" not in text and "victim" not in text and "Female" not in text
    english = re.sub(r"<[^>]+>", "", coded.get("/persons/1", params={"lang": "en"}).text)
    assert "Internment camp" in english and "victim" in english and "female" in english


@pytest.mark.parametrize("language, expected", [("ru", "Лагерь интернирования"), ("zh", "拘禁营")])
def test_search_facets_and_figures_label_codes_in_the_readers_language(coded, language, expected):
    search = coded.get("/search", params={"q": "Gulbahar", "lang": language}).text
    assert expected in search and "Internment camp" not in search
    assert "Internment camp" not in coded.get("/figures", params={"lang": language}).text


@pytest.mark.parametrize("language, expected", [("ru", ("Лагерь интернирования", "женский")), ("zh", ("拘禁营", "女"))])
def test_api_search_facets_carry_the_same_labels_as_the_page(coded, language, expected):
    """/api/search gave coded facet values (violation, gender, status) with English labels only."""
    facets = coded.get("/api/search", params={"q": "Gulbahar", "lang": language}).json()["facets"]
    violation = {v["value"]: v for v in facets["violation"]}["detention.internment_camp"]
    gender = facets["gender"][0]
    assert (violation["local_label"], gender["local_label"]) == expected
    assert violation["label"] == "Internment camp"  # the recorded value stays beside it
    english = coded.get("/api/search", params={"q": "Gulbahar", "lang": "en"}).json()["facets"]
    assert {v["value"]: v for v in english["violation"]}["detention.internment_camp"]["local_label"] == "Internment camp"


def test_violation_labels_are_extracted_from_the_vocabulary():
    """violations.yaml is the one source of the English labels: babel.cfg extracts every one."""
    from guwah.vocab import violation_codes
    from tests.web.test_i18n import extracted_ids

    assert {entry["label"] for entry in violation_codes().values()} <= extracted_ids()


def test_persons_csv_gives_each_events_place_and_public_facility(store, tmp_path):
    """The person page showed where an event took place; persons.csv had no column for it (h-product49).
    A facility number is given only for a public facility; a place-valued attribute gives its place."""
    from sqlalchemy import select

    from guwah.facilities.importer import import_facilities
    from guwah.places.resolve import place_row
    from guwah.storage.tables import Facility

    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "p.meta.yaml").write_text("consent: public\ntitle: Brothers\n", encoding="utf-8")
    document = ingest_file(store, path).document_id
    person, number = _mention(store, document, "Tursun Ehmet")
    facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        site = session.scalar(select(Facility).where(Facility.dataset_key == "bfn:106A"))
        yining = place_row(session, "xj.ili.yining")
        session.add(Event(person_id=person, event_type="transfer", date_value="2019", date_precision="year",
                          facility_id=site.id, place_id=yining.id, **facts))
        session.add(PersonAttribute(person_id=person, attribute="birthplace", value="Ghulja", place_id=yining.id,
                                    **facts))
        facility_number = site.entry.number
    name_person(store, person, "his sister asked us to name him")
    release_document(store, document)
    release_entry(store, number)
    rows = _csv(TestClient(create_app(store)).get("/open-data/persons.csv"))
    [transfer] = [row for row in rows if row["value"] == "transfer"]
    assert (transfer["place"], transfer["gazetteer_id"], transfer["facility"]) == (
        "Yining City", "xj.ili.yining", str(facility_number))
    [detention] = [row for row in rows if row["value"] == "detention"]
    assert (detention["place"], detention["gazetteer_id"], detention["facility"]) == ("", "", "")
    [born] = [row for row in rows if row["value"] == "birthplace"]
    assert (born["detail"], born["gazetteer_id"], born["facility"]) == ("Ghulja", "xj.ili.yining", "")
    # The dictionary on /open-data and the data package describe the new columns.
    from guwah.export.opendata import DICTIONARY, build_open_data, datapackage

    assert {"place", "gazetteer_id", "facility"} <= {column for column, _ in DICTIONARY["persons"]}
    fields = {f["name"]: f["type"] for f in datapackage(build_open_data(store))["resources"][0]["schema"]["fields"]}
    assert fields["facility"] == "integer" and fields["place"] == "string"
