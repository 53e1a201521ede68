"""h-workspace70: a testimony pasted into the web's intake (`guwah.ingest.ingest_pasted`) is stored as an
uploaded .txt file is: its UTF-8 bytes kept and hashed as the original, the form's consent and provenance
recorded, its custody record saying it was pasted and by whom. Empty text, text over the file limit and
no consent are refused, nothing stored (each with a stored control). Invented text and names."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from guwah.ingest import DUPLICATE, FAILED, INGESTED, NO_CONSENT, NO_TEXT, TEXT_TOO_BIG, ingest_pasted, ingest_upload
from guwah.storage.tables import AuditEntry, CustodyEvent, Document, Testimony
from tests.conftest import make_settings

LIMIT = 4096
TEXT = "Synthetic example. Perizat Omarbekova wrote that her uncle was taken from the market in Ghulja in 2018.\n"


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path / "data", GUWAH_MAX_FILE_BYTES=str(LIMIT))


def _documents(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Document))


def test_pasted_text_is_stored_as_a_text_file_with_its_provenance(store):
    fields = {"consent": "pseudonymous", "title": "A message from Ghulja", "language": "en",
              "interviewer": "Aigerim Tokhtar", "witness": "Perizat Omarbekova"}
    outcome = ingest_pasted(store, TEXT, fields, actor="eldana")
    assert outcome.status == INGESTED, outcome.reason
    with store.session() as session:
        document = session.get(Document, outcome.document_id)
        assert document.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
        assert store.blobs.get(document.fingerprint) == TEXT.encode("utf-8")  # the original, untouched
        assert (document.original_name, document.media_type, document.language) == ("pasted.txt", "text/plain", "en")
        assert document.text.strip() == TEXT.strip() and document.source.title == "A message from Ghulja"
        testimony = session.scalar(select(Testimony).where(Testimony.document_id == document.id))
        assert (testimony.consent, testimony.interviewer) == ("pseudonymous", "Aigerim Tokhtar")
        received = session.scalar(select(CustodyEvent).where(CustodyEvent.document_id == document.id,
                                                             CustodyEvent.action == "received"))
        assert (received.actor, received.detail["pasted"]) == ("eldana", True)
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "ingest"))
        assert audit.actor == "eldana" and audit.detail.get("pasted") is True
    # the same bytes sent as a .txt file are the same original: the upload answers with the pasted document
    again = ingest_upload(store, "message.txt", TEXT.encode("utf-8"), {"consent": "pseudonymous"}, actor="eldana")
    assert (again.status, again.document_id) == (DUPLICATE, outcome.document_id)
    # control: an uploaded file's custody record says nothing of pasting
    upload = ingest_upload(store, "other.txt", b"Synthetic example. Another note.", {"consent": "confidential"},
                           actor="eldana")
    with store.session() as session:
        received = session.scalar(select(CustodyEvent).where(CustodyEvent.document_id == upload.document_id,
                                                             CustodyEvent.action == "received"))
        assert "pasted" not in received.detail


@pytest.mark.parametrize(("text", "fields", "refusal"), [
    ("", {"consent": "confidential"}, NO_TEXT),
    (" \n\t ", {"consent": "confidential"}, NO_TEXT),
    ("word " * (LIMIT // 5 + 1), {"consent": "confidential"}, TEXT_TOO_BIG),
    (TEXT, {"title": "no consent chosen"}, NO_CONSENT),
    (TEXT, {"consent": " "}, NO_CONSENT),
])
def test_pasted_text_refused_stores_nothing(store, text, fields, refusal):
    outcome = ingest_pasted(store, text, fields, actor="eldana")
    assert outcome.status == FAILED and outcome.text.template == refusal
    assert "nothing" in outcome.reason and _documents(store) == 0
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(CustodyEvent)) == 0
    # control: text at the limit, with a consent, is stored
    at_limit = ("Synthetic example. " * LIMIT)[:LIMIT]
    assert ingest_pasted(store, at_limit, {"consent": "confidential"}, actor="eldana").status == INGESTED
    assert _documents(store) == 1


def test_guwah_ingest_dash_reads_the_text_from_standard_input_as_the_paste_form(store, monkeypatch):
    """The CLI's shell over `ingest_pasted`: `guwah ingest - --consent …` (a mail piped in). Refused without
    a consent or with nothing on standard input (nothing stored); the control with both is stored."""
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "eldana")
    runner = CliRunner()
    empty = runner.invoke(app, ["ingest", "-", "--consent", "confidential"], input="")
    assert empty.exit_code == 1 and "paste the text of the testimony" in empty.output and _documents(store) == 0
    unconsented = runner.invoke(app, ["ingest", "-"], input=TEXT)
    assert unconsented.exit_code == 1 and "choose the consent" in unconsented.output and _documents(store) == 0
    done = runner.invoke(app, ["ingest", "-", "--consent", "confidential", "--title", "A mail"], input=TEXT)
    assert done.exit_code == 0, done.output
    with store.session() as session:
        document = session.scalars(select(Document)).one()
        assert (document.original_name, document.sha256) == ("pasted.txt", hashlib.sha256(TEXT.encode()).hexdigest())
        received = session.scalar(select(CustodyEvent).where(CustodyEvent.action == "received"))
        assert (received.actor, received.detail["pasted"]) == ("eldana", True)
