"""Extraction started from the workspace (`POST /workspace/documents/{id}/extract`): an editor's click
runs `guwah.extract.extract_document`, the function `guwah extract` stores with, in the background, and
the proposals reach the review queue filtered to the document; the audit entry names the account; a
second click at the same extractor version stores nothing more; a viewer is refused. The same steps in
a real browser: test_browser_extract.py."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from guwah.extract import EXTRACTOR, VERSION
from guwah.storage.tables import AuditEntry, Event, ExtractionRun, PersonName
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user

# Invented people and places; a sentence the extractor reads as an arrest (an event) of a named person.
TEXT = ("My name is Zarina Qadirova. Police arrested my brother Ilham Qadirov in Kashgar in March 2018 "
        "and took him to a camp.\n")


@pytest.fixture
def app(store):
    app = create_app(store)
    yield app
    app.state.extractions.close()


@pytest.fixture
def clients(store, app):
    with fast_hashing():
        editor = make_user(store, "eldor", "editor", totp=True)
        viewer = make_user(store, "vera", "viewer")
    return client_as(app, store, editor), client_as(app, store, viewer)


def upload(client, token) -> int:
    response = client.post("/workspace/intake", data={"csrf_token": token, "consent": "confidential"},
                           files={"file": ("qadirova.txt", TEXT.encode(), "text/plain")})
    assert response.status_code == 201, response.text[:300]
    # the intake's page offers the button, posting to the document's extract route with the form's token
    document_id = int(re.search(r"/workspace/documents/(\d+)\"", response.text).group(1))
    assert f'action="http://testserver/workspace/documents/{document_id}/extract"' in response.text
    return document_id


def proposals(store, document_id: int) -> tuple[int, int]:
    with store.session() as session:
        names = session.scalar(select(func.count()).select_from(PersonName)
                               .where(PersonName.evidence_document_id == document_id))
        events = session.scalar(select(func.count()).select_from(Event).where(Event.evidence_document_id == document_id))
    return names, events


def test_an_editor_extracts_an_uploaded_testimony_into_the_review_queue_once(store, app, clients):
    (editor, token), _ = clients
    document_id = upload(editor, token)
    page = editor.get(f"/workspace/documents/{document_id}")
    assert "Not extracted yet by version" in page.text and "Extract facts" in page.text

    answer = editor.post(f"/workspace/documents/{document_id}/extract", data={"csrf_token": token},
                         follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/workspace/documents/{document_id}?extract=started#extraction"
    app.state.extractions.wait(document_id, timeout=600)
    assert app.state.extractions.job(document_id).state == "done"

    page = editor.get(answer.headers["location"])
    assert f"Extracted by version {VERSION}" in page.text
    link = re.search(rf'href="([^"]*/workspace/review\?document={document_id})"', page.text)
    assert link, "the page links to the review queue filtered to this document"
    names, events = proposals(store, document_id)
    assert names >= 2 and events >= 1  # Zarina Qadirova, Ilham Qadirov; the arrest
    queue = editor.get(link.group(1))
    assert queue.status_code == 200 and "Ilham Qadirov" in queue.text

    with store.session() as session:
        run = session.scalars(select(ExtractionRun).where(ExtractionRun.document_id == document_id)).one()
        assert (run.extractor, run.version) == (EXTRACTOR, VERSION)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "extract")).one()
        assert (audit.actor, audit.record_id, audit.detail["version"]) == ("eldor", str(document_id), VERSION)

    again = editor.post(f"/workspace/documents/{document_id}/extract", data={"csrf_token": token})
    assert again.status_code == 200
    assert f"This document was already extracted by version {VERSION}" in again.text
    assert proposals(store, document_id) == (names, events)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ExtractionRun)) == 1
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "extract")) == 1


def test_a_viewer_may_not_extract_and_sees_no_button(store, app, clients):
    (editor, token), (viewer, viewer_token) = clients
    document_id = upload(editor, token)
    page = viewer.get(f"/workspace/documents/{document_id}")
    assert page.status_code == 200 and "Extract facts" not in page.text
    assert "/workspace/intake" not in page.text  # the header's intake link is for the roles that may ingest
    assert "/workspace/intake" in editor.get("/workspace/review").text
    refused = viewer.post(f"/workspace/documents/{document_id}/extract", data={"csrf_token": viewer_token},
                          follow_redirects=False)
    assert refused.status_code == 403
    assert app.state.extractions.job(document_id) is None
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ExtractionRun)) == 0


def test_a_typed_address_says_nothing_untrue(store, app, clients):
    (editor, token), _ = clients
    document_id = upload(editor, token)
    page = editor.get(f"/workspace/documents/{document_id}?extract=already")
    assert "already extracted" not in page.text and "Extraction started" not in page.text
    assert "Not extracted yet by version" in page.text


@pytest.mark.parametrize("code", ["ru", "kk", "ug", "zh"])
def test_an_intake_date_after_today_is_refused_in_the_readers_language(store, clients, code):
    from guwah.storage.tables import Document
    from guwah.web.i18n import translations

    (editor, token), _ = clients
    response = editor.post(f"/workspace/intake?lang={code}", data={
        "csrf_token": token, "consent": "confidential", "interview_date": "2999-01-01"},
        files={"file": ("qadirova.txt", TEXT.encode(), "text/plain")})
    assert response.status_code == 400
    gettext = translations(code).gettext
    refusal = re.search(r'<p class="error"[^>]*>(.*?)</p>', response.text, re.S).group(1)
    # the catalogue's sentence around the form's own label for the field, the date in it
    before, after = gettext("%(field)s %(date)s is after today: give the date it happened").split("%(date)s")
    assert refusal.startswith(before.replace("%(field)s", gettext("Interview date"))), refusal
    assert refusal.endswith(after) and "2999" in refusal and "after today" not in refusal
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0
