"""A person's own draft made before a naming decision is drafted again by it, and `naming approve` says so
(h-mask54): it said nothing, and the draft, which still masked the person, was refused at approval as out
of date. Invented people, our own sentences."""

import re

from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from guwah.releases import approve_naming, approve_release, draft_release, propose_basis
from guwah.storage.tables import Release, Testimony
from tests.releasing import ingest_text, mark_read
from tests.shared import point_cli_at

TEXT = "My name is Rayila Kamal. My neighbour was taken in 2018."
SIDECAR = "consent: public\nwitness: {name: Rayila Kamal, consent: public}\n"


def _drafted_then_proposed(store, tmp_path) -> tuple[int, int, int]:
    """A testimony drafted by "drafter" (not approved), then a basis for its witness proposed:
    (document, the plain draft, the basis)."""
    document_id = ingest_text(store, tmp_path, "a.txt", TEXT, SIDECAR)
    mark_read(store, document_id)
    with store.session() as session:
        draft = draft_release(session, document_id, "drafter")
        witness = session.query(Testimony).filter_by(document_id=document_id).one().witness_id
        basis = propose_basis(session, witness, "own_consent", "drafter")
        assert "Rayila Kamal" not in draft.content["text"]  # masked when drafted
        return document_id, draft.id, basis.id


def test_a_plain_draft_made_before_the_naming_is_drafted_again_and_told(store, tmp_path):
    document_id, draft_id, basis_id = _drafted_then_proposed(store, tmp_path)
    with store.session() as session:
        done = approve_naming(session, basis_id, "reviewer")
    [(subject, old, new, again)] = done.plain
    assert (subject, old) == (f"document {document_id}", draft_id) and str(document_id) in again
    assert done.redrafted == [] and done.withdrawn == []  # nothing was released: no redraft of the check's
    assert done.pending == [new]  # it differs only by her name
    with store.session() as session:
        assert session.get(Release, draft_id).state == "superseded"
        redraft = session.get(Release, new)
        assert redraft.state == "draft" and redraft.content["text"].startswith("My name is Rayila Kamal.")
    with store.session() as session:
        approve_release(session, new, "second")  # approvable as it stands, by another reviewer


def test_a_current_plain_draft_is_left_as_it_is(store, tmp_path):
    """A draft the decision does not change (made after it, or not naming the person) is not touched."""
    document_id = ingest_text(store, tmp_path, "b.txt", "The market in 2018 was closed.", "consent: public\n")
    mark_read(store, document_id)
    _, draft_id, basis_id = _drafted_then_proposed(store, tmp_path)
    with store.session() as session:
        unrelated = draft_release(session, document_id, "drafter").id
    with store.session() as session:
        done = approve_naming(session, basis_id, "reviewer")
    assert [old for _, old, _, _ in done.plain] == [draft_id]
    with store.session() as session:
        assert session.get(Release, unrelated).state == "draft"


def test_cli_naming_approve_says_which_plain_draft_it_drafted_again(store, tmp_path, monkeypatch):
    document_id, draft_id, basis_id = _drafted_then_proposed(store, tmp_path)
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer")
    result = CliRunner().invoke(app, ["naming", "approve", str(basis_id)])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stderr.split())
    found = re.search(rf"Draft {draft_id} of document {document_id}, drafted before this approval, is drafted again "
                      r"as (\d+) to follow it; it differs only by the names approved", text)
    assert found, text
    assert f"`guwah release approve {found.group(1)}`" in text and "a reviewer other than reviewer" in text


def test_the_workspace_approval_tells_the_plain_draft_drafted_again(store, tmp_path):
    """The mention page the approval's redirect leads to lists it with the redrafts (the same
    `approve_naming`), linking the new draft."""
    from html import unescape

    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user

    document_id, draft_id, basis_id = _drafted_then_proposed(store, tmp_path)
    with store.session() as session:
        mention = session.query(Testimony).filter_by(document_id=document_id).one().witness_id
    app = create_app(store)
    with fast_hashing():
        client, token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    sent = client.post(f"/workspace/mentions/{mention}/naming/{basis_id}/approve", data={"csrf_token": token},
                       follow_redirects=False)
    assert sent.status_code == 303 and f"r{draft_id}-" in sent.headers["location"]
    with store.session() as session:
        [new] = session.scalars(select(Release.id).where(Release.subject_id == document_id,
                                                         Release.state == "draft")).all()
    said = unescape(client.get(sent.headers["location"]).text)
    assert f"Redraft {draft_id} of document {document_id}, which waited for review, is drafted again as" in said
    assert f"/workspace/releases/{new}" in said and "recorded as drafted by zeynep" in said
