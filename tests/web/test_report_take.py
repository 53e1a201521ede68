"""/workspace/reports: an editor takes a family's report into the archive (the same function as
`guwah reports take`), and reads which registry entries a report may match; a viewer does neither,
and no public door shows either. Invented names."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from guwah.storage.tables import ConsentChange, Document, FamilyReport
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.reports.helpers import CONTACT, submit

TOLD = "Officers came to the orchard at dawn.\nHis wife was told he had gone to study."


@pytest.fixture
def app(store):
    with fast_hashing():
        yield create_app(store)


def _documents(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Document))


def _take(client, token, reference, consent, reason=""):
    return client.post(f"/workspace/reports/{reference}/take", data={"consent": consent, "reason": reason,
                                                                     "csrf_token": token}, follow_redirects=False)


@pytest.mark.parametrize("level", ["confidential", "pseudonymous", "public"])
def test_take_button_makes_a_confidential_document_without_the_contact(app, store, level):
    with fast_hashing():
        receipt = submit(store, names=["Erkinjan Sawutbek", "ئەركىنجان ساۋۇتبەك"], what_happened=TOLD)
    editor, token = client_as(app, store, make_user(store, "rahile-editor", "editor"))
    queue = editor.get("/workspace/reports").text
    assert 'take-report"' in queue and "Take into the archive" in queue
    reason = "" if level == "confidential" else "his wife agreed on a call with the editor on 2 March"
    answer = _take(editor, token, receipt.reference, level, reason)
    assert answer.status_code == 303, answer.text
    document_id = int(answer.headers["location"].rsplit("/", 1)[1])
    page = editor.get(f"/workspace/documents/{document_id}").text
    assert "Erkinjan Sawutbek" in page and "Officers came to the orchard at dawn." in page
    assert CONTACT not in page
    with store.session() as session:
        document = session.get(Document, document_id)
        assert document.testimony.consent == "confidential" and CONTACT not in document.text
        pending = session.scalars(select(ConsentChange.new).where(ConsentChange.document_id == document_id)).all()
        assert pending == ([] if level == "confidential" else [level])
    queue = editor.get("/workspace/reports").text
    assert f"Taken into the archive as document {document_id}" in queue and CONTACT not in queue
    assert 'take-report"' not in queue  # taken once: no button any more
    # Behind no public door: the document is confidential, the report unsearchable.
    anonymous = TestClient(app)
    assert anonymous.get(f"/documents/{document_id}").status_code == 404
    assert "Nothing published matches this search" in anonymous.get("/search", params={"q": "Erkinjan Sawutbek"}).text
    found = anonymous.get("/api/search", params={"q": "orchard"}).json()
    assert not found["persons"]["data"] and "orchard" not in str(found["documents"])
    assert str(document_id) not in [str(row.get("id")) for row in anonymous.get("/api/documents").json().get("data", [])]
    assert "Sawutbek" not in anonymous.get("/open-data/documents.csv").text


def test_take_twice_or_without_a_reason_is_refused_with_nothing_stored(app, store):
    with fast_hashing():
        receipt = submit(store)
    editor, token = client_as(app, store, make_user(store, "rahile-editor", "editor"))
    refused = _take(editor, token, receipt.reference, "public")  # above confidential, no reason
    assert refused.status_code == 400 and "needs a reason" in refused.text and _documents(store) == 0
    assert _take(editor, token, receipt.reference, "").status_code == 400 and _documents(store) == 0
    assert _take(editor, token, receipt.reference, "confidential").status_code == 303  # the control
    again = _take(editor, token, receipt.reference, "confidential")
    assert again.status_code == 400 and _documents(store) == 1
    assert re.search(r"was taken already: it became document \d+", again.text)


def test_take_is_refused_to_a_viewer(app, store):
    with fast_hashing():
        receipt = submit(store)
    viewer, token = client_as(app, store, make_user(store, "rahile-viewer", "viewer"))
    assert _take(viewer, token, receipt.reference, "confidential").status_code == 403
    assert _documents(store) == 0
    with store.session() as session:
        assert session.scalar(select(FamilyReport.status)) == "received"


def test_queue_says_may_match_only_for_a_report_of_a_person_the_registry_holds(app, store):
    with fast_hashing():
        held = submit(store, names=["Tursunay Ablet"], birth_year="1975", contact="")
        same = submit(store, names=["Турсунай Аблет"], birth_year="1976", contact="")
        other = submit(store, names=["Guljennet Mamut"], birth_year="1975", contact="")
    editor, token = client_as(app, store, make_user(store, "rahile-editor", "editor"))
    assert "may match entry" not in editor.get("/workspace/reports").text  # the registry holds no one yet
    assert _take(editor, token, held.reference, "confidential").status_code == 303
    queue = editor.get("/workspace/reports").text
    items = {ref: re.search(rf'id="{ref}">(.*?)</li>', queue, re.S).group(1)
             for ref in (held.reference, same.reference, other.reference)}
    assert "may match entry" in items[same.reference]  # positive control: the Cyrillic spelling
    assert "may match entry" not in items[other.reference]  # another person
    assert "may match entry" not in items[held.reference]  # never its own document's person
    # Never said to the reporter, nor on a public page.
    anonymous = TestClient(app)
    for path in ("/report", "/report/status", "/search?q=Tursunay+Ablet"):
        assert "may match" not in anonymous.get(path).text
