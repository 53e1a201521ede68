"""h-newcomer66 B: a witness added through the intake form may be pseudonymous, as a sidecar's
`witness: {consent: pseudonymous}` and `guwah ingest --witness-consent` say (one validation,
`guwah.ingest.metadata.folded`): she is shown as her pseudonym, not "[name withheld]"; left out, her
consent stays confidential. A testimony lowered to pseudonymous shows its public witness as a
pseudonym too. Invented people, our own words."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from guwah.redaction import WITHHELD, pseudonym
from guwah.storage.tables import Document, Testimony
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user

TEXT = "My name is Zulpiye Imin. I was held in a camp near Aksu in 2018.\n"


@pytest.fixture
def editor(store):
    with fast_hashing():
        user = make_user(store, "eldor", "editor", totp=True)
    return client_as(create_app(store), store, user)


def _send(client, token, **fields):
    return client.post("/workspace/intake", data={"csrf_token": token, "consent": "pseudonymous",
                                                  "witness": "Zulpiye Imin", **fields},
                       files={"file": ("account.txt", TEXT.encode(), "application/octet-stream")})


def _witness(store):
    with store.session() as session:
        testimony = session.scalars(select(Testimony)).one()
        return testimony.document_id, testimony.witness_id, testimony.witness.consent


def _released_text(store, document_id):
    from guwah.publish import public_document
    from tests.releasing import mark_read, release_document

    mark_read(store, document_id)
    release_document(store, document_id)
    with store.session() as session:
        return public_document(session, 1).text


@pytest.mark.parametrize(("given", "consent"), [({"witness_consent": "pseudonymous"}, "pseudonymous"),
                                                ({}, "confidential")])  # control: the default
def test_the_intake_form_records_the_witness_s_own_consent(store, editor, given, consent):
    client, token = editor
    assert 'name="witness_consent"' in client.get("/workspace/intake").text
    response = _send(client, token, **given)
    assert response.status_code == 201, response.text[:300]
    document_id, witness_id, recorded = _witness(store)
    assert recorded == consent
    shown = _released_text(store, document_id)
    replacement = pseudonym(store.ring, witness_id) if consent == "pseudonymous" else WITHHELD
    assert shown.startswith(f"My name is {replacement}.") and "Zulpiye" not in shown, shown


@pytest.mark.parametrize(("fields", "said"), [
    ({"witness_consent": "everyone"}, "consent must be one of"),  # the sidecar's own check
    ({"witness": "", "witness_consent": "pseudonymous"}, "is given without the witness"),
])
def test_a_bad_witness_consent_is_refused_with_nothing_stored(store, editor, fields, said):
    client, token = editor
    response = _send(client, token, **fields)
    assert response.status_code == 400 and said in response.text, response.text[:300]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_the_cli_takes_the_witness_s_consent_as_the_form_does(store, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    path = tmp_path / "account.txt"
    path.write_text(TEXT, encoding="utf-8")
    point_cli_at(store, monkeypatch)
    result = CliRunner().invoke(app, ["ingest", str(path), "--consent", "pseudonymous", "--witness", "Zulpiye Imin",
                                      "--witness-consent", "pseudonymous"])
    assert result.exit_code == 0, result.output
    assert _witness(store)[2] == "pseudonymous"


@pytest.mark.parametrize(("witness_consent", "expected"), [("public", "pseudonymous"),
                                                           ("confidential", "confidential")])  # never loosened
def test_lowering_a_testimony_to_pseudonymous_shows_its_witness_as_a_pseudonym(store, tmp_path, witness_consent,
                                                                                 expected):
    from guwah.releases import request_consent_change
    from tests.releasing import ingest_text

    document_id = ingest_text(store, tmp_path, "a.txt", TEXT,
                              f"consent: public\nwitness: {{name: Zulpiye Imin, consent: {witness_consent}}}\n")
    with store.session() as session:
        request_consent_change(session, document_id, "pseudonymous", "eldor")
    _, witness_id, recorded = _witness(store)
    assert recorded == expected
    shown = _released_text(store, document_id)
    replacement = pseudonym(store.ring, witness_id) if expected == "pseudonymous" else WITHHELD
    assert shown.startswith(f"My name is {replacement}.") and "Zulpiye" not in shown, shown
