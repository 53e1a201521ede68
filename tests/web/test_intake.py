"""The workspace's intake form through the app (TestClient): what it stores, what it refuses with
nothing stored, who may use it, and that the upload never touches a temporary file or the log. The
same steps in a real browser: test_browser_intake.py."""

from __future__ import annotations

import hashlib
import logging

import pytest
from sqlalchemy import func, select

from guwah.storage.tables import AuditEntry, CustodyEvent, Document, Testimony
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.conftest import make_settings

LIMIT = 3 * 1024 * 1024  # over Starlette's 1 MB spool, so that a test can send a file past it
TEXT = "Meryem Tashkenova told us she was held in a camp near Turpan in 2018.\n"


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path / "data", GUWAH_MAX_FILE_BYTES=str(LIMIT))


@pytest.fixture
def app(store):
    return create_app(store)


@pytest.fixture
def editor(store, app):
    with fast_hashing():
        user = make_user(store, "eldor", "editor", totp=True)
    return client_as(app, store, user)


def send(client, token, data: bytes | None, name: str = "account.txt", csrf: bool = True, **fields):
    form = {**({"csrf_token": token} if csrf else {}), **fields}
    files = {"file": (name, data, "application/octet-stream")} if data is not None else None
    return client.post("/workspace/intake", data=form, files=files)


def documents(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Document))


def blobs(store) -> list:
    return [path for path in store.blobs.root.rglob("*") if path.is_file()] if store.blobs.root.exists() else []


def test_intake_stores_the_file_with_its_consent_hash_and_the_account(store, editor):
    client, token = editor
    data = TEXT.encode()
    response = send(client, token, data, consent="pseudonymous", witness="Meryem Tashkenova",
                    interview_date="2024-03-02", embargo_until="2031-01-01", title="An account from Turpan")
    assert response.status_code == 201, response.text[:300]
    with store.session() as session:
        document = session.scalars(select(Document)).one()
        assert f'/workspace/documents/{document.id}"' in response.text
        assert (document.sha256, document.original_name, document.text) == (hashlib.sha256(data).hexdigest(),
                                                                            "account.txt", TEXT)
        testimony = session.scalar(select(Testimony).where(Testimony.document_id == document.id))
        assert (testimony.consent, testimony.embargo_until.isoformat(), testimony.interview_date.isoformat()) == (
            "pseudonymous", "2031-01-01", "2024-03-02")
        assert testimony.witness is not None
        received = session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document.id,
                                                              CustodyEvent.action == "received")).one()
        assert received.actor == "eldor"
        assert sorted(received.detail["stated"]) == ["consent", "embargo_until", "interview_date", "title", "witness"]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "ingest")).one()
        assert (audit.actor, audit.record_id, audit.detail["consent"]) == ("eldor", str(document.id), "pseudonymous")
    assert store.blobs.get(document.fingerprint) == data  # the original, untouched


def test_intake_without_consent_stores_nothing(store, editor):
    client, token = editor
    response = send(client, token, TEXT.encode(), witness="Meryem Tashkenova")
    assert response.status_code == 400
    assert "choose the consent the witness gave" in response.text
    assert 'value="Meryem Tashkenova"' in response.text  # the fields come back as typed
    assert (documents(store), blobs(store)) == (0, [])
    # control: the same upload with a consent is stored
    assert send(client, token, TEXT.encode(), consent="confidential").status_code == 201


def test_intake_over_the_limit_is_refused_before_anything_is_stored(store, editor):
    client, token = editor
    response = send(client, token, b"a" * (LIMIT + 1), consent="confidential")
    assert response.status_code == 413
    assert "over the 3 MB limit" in response.text
    assert (documents(store), blobs(store)) == (0, [])
    # control: a file just under the limit is stored
    assert send(client, token, ("word " * (LIMIT // 5)).encode(), consent="confidential").status_code == 201


def test_intake_a_duplicate_answers_with_the_stored_document(store, editor):
    client, token = editor
    assert send(client, token, TEXT.encode(), consent="confidential").status_code == 201
    with store.session() as session:
        first = session.scalar(select(Document.id))
    again = send(client, token, TEXT.encode(), name="copy.txt", consent="confidential")
    assert again.status_code == 200
    assert "Already in the archive" in again.text and f'/workspace/documents/{first}"' in again.text
    assert documents(store) == 1


@pytest.mark.parametrize("name, data, said", [
    ("empty.txt", b"", "empty file"),
    ("notes.xlsx", b"some words", "xlsx"),
    ("broken.pdf", b"%PDF-1.4 this is not really a PDF", "PDF"),
    ("account.meta.yaml", b"consent: public\n", "a sidecar (metadata) file"),
])
def test_intake_a_bad_file_gets_one_line_and_nothing_stored(store, editor, name, data, said):
    client, token = editor
    response = send(client, token, data, name=name, consent="confidential")
    assert response.status_code == 400
    error = response.text.split('<p class="error" role="alert">', 1)[1].split("</p>", 1)[0]
    assert said in error and "\n" not in error.strip()
    assert (documents(store), blobs(store)) == (0, [])


def test_intake_no_file_chosen_is_refused(store, editor):
    client, token = editor
    response = client.post("/workspace/intake", data={"csrf_token": token, "consent": "public"},
                           files={"file": ("", b"", "application/octet-stream")})
    assert response.status_code == 400 and "choose the file of the testimony" in response.text
    assert documents(store) == 0


def test_intake_without_the_csrf_token_is_403_and_stores_nothing(store, editor):
    client, token = editor
    assert send(client, token, TEXT.encode(), csrf=False, consent="confidential").status_code == 403
    assert send(client, "wrong", TEXT.encode(), consent="confidential").status_code == 403
    assert documents(store) == 0


def test_intake_a_role_that_may_not_ingest_gets_403_and_no_link(store, app, editor):
    with fast_hashing():
        viewer = make_user(store, "vera", "viewer")
    client, token = client_as(app, store, viewer)
    assert client.get("/workspace/intake").status_code == 403
    assert send(client, token, TEXT.encode(), consent="confidential").status_code == 403
    assert documents(store) == 0
    assert "/workspace/intake" not in client.get("/workspace").text
    # control: an editor is offered the link
    assert "/workspace/intake" in editor[0].get("/workspace").text


def test_intake_writes_no_temporary_file_and_logs_nothing_confidential(store, editor, monkeypatch, caplog):
    """A file over 1 MB (where Starlette's own parser spools to a temporary file) stays in memory, and
    neither the file's words nor the witness's name reach the log."""
    import tempfile

    from guwah.language import detect_language

    # py3langid writes its own model (no upload bytes) to a temporary file at its first use in a
    # process: load it first, so the check sees only the upload's, whatever this worker ran before.
    detect_language("The language model is loaded before the upload is sent, whatever ran first here.")

    def refused(*args, **kwargs):
        raise AssertionError("a temporary file was made for the upload")

    monkeypatch.setattr(tempfile, "SpooledTemporaryFile", refused)
    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refused)
    client, token = editor
    data = (TEXT * (2 * 1024 * 1024 // len(TEXT))).encode()
    with caplog.at_level(logging.DEBUG):
        assert send(client, token, data, consent="confidential", witness="Aygul Nurbekova").status_code == 201
        assert send(client, token, b"", name="empty.txt", consent="confidential",
                    witness="Aygul Nurbekova").status_code == 400
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "ingested document" in logged  # control: the log was captured
    assert "Tashkenova" not in logged and "Nurbekova" not in logged and "Turpan" not in logged


def test_intake_says_which_releases_the_new_witness_took_down(store, editor, tmp_path):
    """As `guwah ingest` does: a released testimony shows a name that the new testimony gives as its
    witness's (no naming basis), so the release check takes it down; the page says which, by ids."""
    from guwah.ingest import ingest_file
    from guwah.releases import approve_release, draft_release
    from tests.releasing import mark_read

    first = tmp_path / "cousin.txt"
    first.write_text("Police arrested my cousin Tursunjan Ablimit in Kashgar in May 2017.", encoding="utf-8")
    document = ingest_file(store, first, {"consent": "public"}).document_id
    mark_read(store, document)
    with store.session() as session:
        draft = draft_release(session, document, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    client, token = editor
    # control: a testimony that names no witness takes nothing down
    quiet = send(client, token, b"An account of a transfer to Urumqi in 2019.", name="other.txt", consent="public")
    assert quiet.status_code == 201 and "came down" not in quiet.text
    response = send(client, token, b"I was held in a camp near Kashgar from 2017 to 2018.", name="own.txt",
                    consent="public", witness="Tursunjan Ablimit")
    assert response.status_code == 201
    assert "These releases came down" in response.text and f"Release {draft.id} of document {document}" in response.text


def test_intake_refuses_the_archives_master_key(store, editor):
    """Uploaded, the master key would be a document every member can read: refused, as `guwah ingest`
    refuses it on disk under any name."""
    client, token = editor
    response = send(client, token, store.settings.key_file.read_bytes(), name="notes.txt", consent="confidential")
    assert response.status_code == 400 and "master key" in response.text
    assert (documents(store), blobs(store)) == (0, [])


def test_intake_says_an_entry_that_came_down_with_its_testimony_waits_for_that_redraft(store, editor, tmp_path):
    """A released testimony and the released entry resting on it come down when a new witness gives
    the named man's name as their own (no basis): the page lists both by numbers, says that the
    entry rests on the document taken down with it, and links the entry's page to draft it again."""
    from guwah.ingest import ingest_file
    from guwah.storage.tables import Event, Person, PersonName
    from tests.releasing import mark_read, name_person, release_document, release_entry

    text = "Police arrested my cousin Dauletkhan Serikbai in Kashgar in May 2017."
    first = tmp_path / "cousin.txt"
    first.write_text(text, encoding="utf-8")
    document = ingest_file(store, first, {"consent": "public"}).document_id
    mark_read(store, document)
    facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = text.index("Dauletkhan")
        session.add(PersonName(person_id=person.id, name="Dauletkhan Serikbai", evidence_start=start,
                               evidence_end=start + 19, **facts))
        session.add(Event(person_id=person.id, event_type="arrest", date_value="2017-05", date_precision="month",
                          **facts))
        mention, number = person.id, person.entry.number
    name_person(store, mention, "his cousin asked us to name him")
    release_document(store, document)
    release_entry(store, number)
    client, token = editor
    response = send(client, token, b"I was held in a camp near Kashgar from 2017 to 2018.", name="own.txt",
                    consent="public", witness="Dauletkhan Serikbai")
    assert response.status_code == 201
    page = " ".join(response.text.split())
    assert f"of document {document}" in page and f"of entry E-{number}" in page, page
    assert f"It rests on document {document}, which came down with it" in page
    assert f'/workspace/entries/{number}">Once that is settled, draft it again from its page.' in page
    assert "Dauletkhan" not in page.split("These releases came down")[1].split("</ul>")[0]
