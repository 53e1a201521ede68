"""The open data says what it holds: counts, sizes and hashes that equal its files, a licence in
every row (a blank one explained) and credit only for the facility datasets it has rows from."""

import csv
import hashlib
import io
import re

import pytest
from fastapi.testclient import TestClient

from guwah.export.opendata import (
    LICENCE_NOT_GIVEN,
    LICENCE_NOT_SHOWN,
    build_open_data,
    datapackage,
    open_data_csv_chunks,
)
from guwah.storage.tables import Event, Person, PersonName
from guwah.web import create_app
from tests.facilities.conftest import write_bfn
from tests.releasing import ingest_text, mark_read, name_person, release_document, release_entry

FILES = ("persons", "documents", "facilities")


def _person(store, document_id: int, name: str, events: int) -> int:
    """A person named in the document with `events` detentions; returns the entry number."""
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=name, script="Latn", **facts))
        for year in range(2017, 2017 + events):
            session.add(Event(person_id=person.id, event_type="detention", date_value=str(year),
                              date_precision="year", **facts))
        person_id, number = person.id, person.entry.number
    name_person(store, person_id, "his sister asked us to name him")
    return number


@pytest.fixture
def archive(store, tmp_path):
    """Three released testimonies (one with a licence, one whose sidecar gives none, one
    pseudonymous) and two released entries told in the first; no facility imported."""
    text = "My brother Qurbanjan Yetimov was detained in 2017. Our neighbour Dilnur Saypidin was detained too."
    licensed = ingest_text(store, tmp_path, "a.txt", text, "consent: public\ntitle: Brothers\nlicence: CC0\n")
    unlicensed = ingest_text(store, tmp_path, "b.txt", "A second account of the camp, told to a reporter.",
                             "consent: public\ntitle: Second account\npublisher: A newspaper\n")
    pseudonymous = ingest_text(store, tmp_path, "c.txt", "A third account of the camp, told in confidence.",
                               "consent: pseudonymous\ntitle: Third account\nlicence: CC BY 4.0\n")
    numbers = [_person(store, licensed, "Qurbanjan Yetimov", 3), _person(store, licensed, "Dilnur Saypidin", 1)]
    for document in (unlicensed, pseudonymous):
        mark_read(store, document)
    for document in (licensed, unlicensed, pseudonymous):
        release_document(store, document)
    for number in numbers:
        release_entry(store, number)
    return store


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_opendata_counts_equal_the_rows_of_each_file_on_the_page_the_api_and_the_package(archive, tmp_path):
    from guwah.facilities.importer import import_facilities

    import_facilities(archive, write_bfn(tmp_path / "bfn.csv"))
    client = TestClient(create_app(archive))
    files = {name: client.get(f"/open-data/{name}.csv").content for name in FILES}
    rows = {name: _rows(data.decode("utf-8")) for name, data in files.items()}
    expected = {
        "persons": {"facts": len(rows["persons"]), "entries": len({row["entry"] for row in rows["persons"]})},
        "documents": {"testimonies": len(rows["documents"])},
        "facilities": {"sites": len(rows["facilities"]),
                       "facilities": len({row["facility"] for row in rows["facilities"]})},
    }
    # Not zero: two entries (two names, a status each, four events), three testimonies, the small file's sites.
    assert expected["persons"] == {"facts": 2 + 2 + 4, "entries": 2}
    assert expected["documents"] == {"testimonies": 3} and expected["facilities"]["sites"] == 6
    built = build_open_data(archive)
    api = client.get("/api/open-data").json()["tables"]
    package = {resource["name"]: resource for resource in client.get("/open-data/datapackage.json").json()["resources"]}
    page = client.get("/open-data").text
    for name in FILES:
        size, digest = len(files[name]), hashlib.sha256(files[name]).hexdigest()
        assert built.files[name].counts == expected[name] and built.files[name].rows == len(rows[name])
        assert (built.files[name].bytes, built.files[name].sha256) == (size, digest)
        assert (api[name]["counts"], api[name]["rows"], api[name]["bytes"], api[name]["sha256"]) == (
            expected[name], len(rows[name]), size, digest)
        assert (package[name]["counts"], package[name]["bytes"], package[name]["hash"]) == (
            expected[name], size, f"sha256:{digest}")
        [item] = re.findall(rf'<li id="count-{name}" ([^>]*)>', page)
        said = dict(re.findall(r'data-(\w+)="(\d+)"', item))
        assert said == {"rows": str(len(rows[name])), **{k: str(v) for k, v in expected[name].items()}}
    # The page says them in words too.
    words = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    for phrase in ("2 person entries", "8 facts, one row each", "3 testimonies, one row each", "6 sites, one row each"):
        assert phrase in words
    # The pieces streamed are the file served.
    assert "".join(open_data_csv_chunks(archive, "persons", batch=1)).encode("utf-8") == files["persons"]


def test_opendata_licence_is_never_blank_and_a_blank_one_is_said_and_explained(archive):
    client = TestClient(create_app(archive))
    licences = {row["title"]: row["licence"] for row in _rows(client.get("/open-data/documents.csv").text)}
    # The licence a sidecar gives is kept (the same path that fills the others).
    assert licences["Brothers"] == "CC0"
    assert licences["Second account"] == LICENCE_NOT_GIVEN
    # A pseudonymous testimony shows no source: its licence (given, here) is not shown either.
    [pseudonymous] = [title for title in licences if title not in ("Brothers", "Second account")]
    assert licences[pseudonymous] == LICENCE_NOT_SHOWN and "CC BY 4.0" not in licences[pseudonymous]
    assert all(value.strip() for value in licences.values())
    page = " ".join(client.get("/open-data").text.split())
    assert f"says “{LICENCE_NOT_GIVEN}”: this archive grants no licence to testimonies" in page
    assert f"says “{LICENCE_NOT_SHOWN}”" in page
    api = client.get("/api/open-data").json()
    assert (api["licence_not_given"], api["licence_not_shown"]) == (LICENCE_NOT_GIVEN, LICENCE_NOT_SHOWN)
    assert "Never blank" in api["tables"]["documents"]["columns"]["licence"]


def test_opendata_credits_a_facility_dataset_only_when_its_rows_are_in_the_export(archive, tmp_path):
    from guwah.facilities.importer import import_facilities
    from guwah.publish import PUBLIC_FACILITY_DATASETS

    [(key, dataset)] = PUBLIC_FACILITY_DATASETS.items()
    client = TestClient(create_app(archive))
    assert _rows(client.get("/open-data/facilities.csv").text) == []
    assert build_open_data(archive).datasets == {}
    assert client.get("/api/open-data").json()["facility_datasets"] == {}
    assert "sources" not in client.get("/open-data/datapackage.json").json()
    page = client.get("/open-data").text
    assert dataset["credit"] not in page and key not in page
    # Positive control: the same page, API and package once the dataset's rows are in the export.
    import_facilities(archive, write_bfn(tmp_path / "bfn.csv"))
    assert {row["dataset"] for row in _rows(client.get("/open-data/facilities.csv").text)} == {key}
    assert client.get("/api/open-data").json()["facility_datasets"] == {key: dataset}
    [source] = client.get("/open-data/datapackage.json").json()["sources"]
    assert dataset["credit"] in source["title"] and dataset["licence"] in source["title"]
    page = client.get("/open-data").text
    assert dataset["credit"] in page and f"<code>{key}</code>" in page


def test_opendata_package_fields_are_those_of_the_spec():
    """`bytes` an integer and `hash` "<algorithm>:<hex>" (Data Resource, v1); the counts a custom property."""
    from guwah.export.opendata import FileSummary, OpenData

    files = {name: FileSummary(name, 2, {"rows": 2}, 10, "ab" * 32) for name in FILES}
    package = datapackage(OpenData("2026-01-01", "CC BY 4.0", files))
    for resource in package["resources"]:
        assert resource["bytes"] == 10 and re.fullmatch(r"sha256:[0-9a-f]{64}", resource["hash"])
        assert resource["counts"] == {"rows": 2}
    assert package["version"] == "2026-01-01" and "sources" not in package


def _withdraw_a_testimony(store) -> None:
    from guwah.publish import released_document_ids
    from guwah.releases import withdraw_release

    with store.session() as session:
        document_id = min(released_document_ids(session))
        withdraw_release(session, document_id, "reviewer", "the witness asked us to take it down")


def test_opendata_is_built_once_until_a_release_changes_and_a_withdrawal_shows_at_the_next_request(archive,
                                                                                                   monkeypatch):
    from guwah.export import opendata

    builds = []

    def counted(*args, **kwargs):
        builds.append(args)
        return build_open_data(*args, **kwargs)

    monkeypatch.setattr(opendata, "build_open_data", counted)
    client = TestClient(create_app(archive))
    pages = [client.get("/open-data").text, client.get("/open-data").text]
    api = client.get("/api/open-data").json()
    package = client.get("/open-data/datapackage.json").json()
    # Four requests, no release changed between them: one build, and all four say what it holds.
    assert len(builds) == 1
    assert pages[0] == pages[1] and 'data-testimonies="3"' in pages[0]
    assert api["tables"]["documents"]["counts"] == {"testimonies": 3}
    assert {r["name"]: r["counts"] for r in package["resources"]}["documents"] == {"testimonies": 3}
    # A withdrawal: the very next request builds again and no longer counts the testimony.
    _withdraw_a_testimony(archive)
    assert client.get("/api/open-data").json()["tables"]["documents"]["counts"] == {"testimonies": 2}
    assert len(builds) == 2
    page = client.get("/open-data").text
    assert 'data-testimonies="2"' in page and len(builds) == 2
    rows = _rows(client.get("/open-data/documents.csv").text)
    assert len(rows) == 2  # the file served says the same


def test_opendata_cache_is_kept_while_a_reviewer_reads_private_pages(archive, monkeypatch):
    """Before h-review73 any audit entry dropped the cache: a reviewer reading a private page made the
    next public request build it all again. A withdrawal (the positive control) still does."""
    from guwah.export import opendata

    builds = []
    monkeypatch.setattr(opendata, "build_open_data", lambda *a, **k: builds.append(a) or build_open_data(*a, **k))
    client = TestClient(create_app(archive))
    assert client.get("/api/open-data").json()["tables"]["documents"]["counts"] == {"testimonies": 3}
    with archive.session() as session:
        for action in ("read", "search", "export"):
            archive.audit(session, "reviewer-ilsiyar", action, "document", 1)
    assert client.get("/api/open-data").status_code == 200 and len(builds) == 1
    _withdraw_a_testimony(archive)
    assert client.get("/api/open-data").json()["tables"]["documents"]["counts"] == {"testimonies": 2}
    assert len(builds) == 2


def test_opendata_cache_follows_an_approval_too(archive, tmp_path):
    client = TestClient(create_app(archive))
    assert client.get("/api/open-data").json()["tables"]["documents"]["counts"] == {"testimonies": 3}
    fourth = ingest_text(archive, tmp_path, "d.txt", "A fourth account of the camp, told to a reporter.",
                         "consent: public\ntitle: Fourth account\n")
    mark_read(archive, fourth)
    assert client.get("/api/open-data").json()["tables"]["documents"]["counts"] == {"testimonies": 3}
    release_document(archive, fourth)
    assert client.get("/api/open-data").json()["tables"]["documents"]["counts"] == {"testimonies": 4}


def test_the_map_credits_a_facility_dataset_only_when_a_facility_of_it_is_shown(archive, tmp_path):
    from guwah.facilities.importer import import_facilities
    from guwah.publish import PUBLIC_FACILITY_DATASETS

    [(key, dataset)] = PUBLIC_FACILITY_DATASETS.items()
    client = TestClient(create_app(archive))
    assert client.get("/api/map").json()["credit"] == []
    for path in ("/map", "/facilities"):
        page = client.get(path).text
        assert dataset["credit"] not in page and key not in page
        assert "this archive&#39;s gazetteer" in page or "this archive's gazetteer" in page
    # Positive control: the same pages once facilities of the dataset are shown.
    import_facilities(archive, write_bfn(tmp_path / "bfn.csv"))
    assert client.get("/api/map").json()["credit"] == [{"dataset": key, **dataset}]
    for path in ("/map", "/facilities", "/facilities/1"):
        page = client.get(path).text
        assert dataset["credit"] in page and f"<code>{key}</code>" in page


# Open Definition licence ids (licenses.opendefinition.org), written here by hand: a `name` in
# datapackage.json must be one of them.
OPEN_DEFINITION_IDS = {"CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODC-BY-1.0", "ODC-ODbL-1.0", "ODC-PDDL-1.0"}


@pytest.mark.parametrize("licence, name", [
    ("CC BY 4.0", "CC-BY-4.0"), ("cc-by-4.0", "CC-BY-4.0"), ("CC0", "CC0-1.0"), ("CC BY-SA 4.0", "CC-BY-SA-4.0"),
    ("ODbL", "ODC-ODbL-1.0"), ("Open Data Commons Attribution License", "ODC-BY-1.0"),
    ("CC BY-NC 4.0", None), ("CC BY", None), ("Ask the Example Archive before reuse", None),
])
def test_opendata_package_names_a_licence_only_by_an_open_definition_id(licence, name):
    from guwah.export.opendata import FileSummary, OpenData

    files = {f: FileSummary(f, 0, {"rows": 0}, 0, "ab" * 32) for f in FILES}
    package = datapackage(OpenData("2026-01-01", licence, files))
    written = package["licenses"] + [item for r in package["resources"] for item in r.get("licenses", [])]
    assert len(written) == 2
    for item in written:
        if name is None:
            assert item == {"title": licence}  # no name that is not an id
        else:
            assert item["name"] == name and item["name"] in OPEN_DEFINITION_IDS
            assert item["path"].startswith("https://") and item["title"]


def test_every_licence_guwah_knows_is_an_open_definition_id():
    from guwah.config import DEFAULT_OPEN_DATA_LICENCE
    from guwah.publish import PUBLIC_FACILITY_DATASETS
    from guwah.vocab import licence_id, licences

    assert set(licences()) <= OPEN_DEFINITION_IDS
    # The archive's default licence and every public facility dataset's map to one.
    for licence in (DEFAULT_OPEN_DATA_LICENCE, *(d["licence"] for d in PUBLIC_FACILITY_DATASETS.values())):
        assert licence_id(licence) in OPEN_DEFINITION_IDS
