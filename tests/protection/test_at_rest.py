"""A copy of the data without the master key reveals nothing: raw byte scans of the SQLite file
(with its write-ahead log), the originals folder, and a PostgreSQL dump find no canary."""

import glob
import shutil
import subprocess

import pytest
from sqlalchemy import select

from guwah.ingest import INGESTED, ingest_file
from guwah.storage.tables import Document, Person, PersonAttribute, PersonName, Testimony

CANARIES = {
    name: f"CANARY{name.upper()}{index:03d}Q"
    for index, name in enumerate(["text", "title", "publisher", "url", "author", "licence", "note",
                                  "interviewer", "witness", "filename", "relative", "attribute", "contact",
                                  "submitter", "submittercontact"])
}


def plant_canaries(store, tmp_path):
    """A confidential testimony whose every field and name holds a canary."""
    c = CANARIES
    path = tmp_path / f"{c['filename']}.txt"
    path.write_text(f"The witness {c['witness']} spoke of {c['relative']}. {c['text']} was held in a camp.",
                    encoding="utf-8")
    (tmp_path / f"{c['filename']}.meta.yaml").write_text(
        f"consent: confidential\ntitle: {c['title']}\npublisher: {c['publisher']}\n"
        f"url: https://example.org/{c['url']}\nauthor: {c['author']}\nlicence: {c['licence']}\n"
        f"consent_note: {c['note']}\ninterviewer: {c['interviewer']}\n"
        f"witness: {{name: {c['witness']}, consent: confidential, contact: {c['contact']}}}\n"
        f"submitter: {c['submitter']}\nsubmitter_contact: {c['submittercontact']}\n", encoding="utf-8")
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED, outcome.reason
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=c["relative"], evidence_document_id=outcome.document_id,
                               asserted_by_kind="user", asserted_by="tester"))
        session.add(PersonAttribute(person_id=person.id, attribute="hometown", value=c["attribute"],
                                    asserted_by_kind="user", asserted_by="tester"))
    return outcome.document_id


def found_in(data: bytes) -> list[str]:
    hits = []
    for canary in CANARIES.values():
        for encoding in ("utf-8", "utf-16-le"):
            if canary.encode(encoding) in data:
                hits.append(canary)
    return hits


def test_sqlite_file_and_originals_hold_no_canary(store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    document_id = plant_canaries(store, inbox)
    with store.session() as session:  # the archive itself can still read everything
        document = session.get(Document, document_id)
        assert CANARIES["text"] in document.text and document.source.title == CANARIES["title"]
    raw = b"".join(p.read_bytes() for p in store.settings.data_dir.rglob("*") if p.is_file())
    assert any(p.name.endswith("-wal") or p.suffix == ".sqlite3" for p in store.settings.data_dir.iterdir())
    assert found_in(raw) == []
    assert b"SQLite format 3" not in raw  # SQLCipher: not even the file header is in the clear


def test_postgresql_dump_holds_no_canary(tmp_path, postgres_url):
    from guwah.storage import Store
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", postgres_url))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    document_id = plant_canaries(store, inbox)
    with store.session() as session:
        assert session.scalar(select(Testimony.consent_note).where(Testimony.document_id == document_id)) == CANARIES["note"]
    store.close()
    pg_dump = (sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump")) or [shutil.which("pg_dump")])[-1]
    if not pg_dump:
        pytest.fail("pg_dump is not installed: run ./dev test, which installs PostgreSQL")
    url = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    dump = subprocess.run([pg_dump, "--data-only", url], check=True, capture_output=True).stdout
    assert b"COPY public.document" in dump  # the dump did include the data
    assert found_in(dump) == []


def test_a_facility_named_in_a_confidential_testimony_is_not_in_a_postgresql_dump(tmp_path, postgres_url):
    # Before: the facility the extractor made from a confidential testimony kept its name in a plain
    # VARCHAR column: a pg_dump showed 'Township Boarding School camp'. Now the name is sealed
    # like every other free-text name; the archive itself still reads it (positive control).
    from guwah.extract import extract_all
    from guwah.storage import Store
    from guwah.storage.tables import Facility
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", postgres_url))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "camp.txt"
    path.write_text("In 2018 I was taken to the Yeyik Township Boarding School camp near Niya.", encoding="utf-8")
    (inbox / "camp.meta.yaml").write_text("consent: confidential\n", encoding="utf-8")
    assert ingest_file(store, path).status == INGESTED
    extract_all(store, workers=1)
    with store.session() as session:
        names = list(session.scalars(select(Facility.name)))
    assert "Township Boarding School camp" in names, names
    store.close()
    pg_dump = (sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump")) or [shutil.which("pg_dump")])[-1]
    url = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    dump = subprocess.run([pg_dump, "--data-only", url], check=True, capture_output=True).stdout
    assert b"COPY public.facility" in dump
    assert b"Boarding School" not in dump
