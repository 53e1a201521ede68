"""h-workspace70: the workspace's withdraw form says which waiting draft it cancelled, as `release
withdraw` does (`guwah.releases.draft_cancelled`, the drafts `waiting_drafts` named before the
withdrawal). Controls: a testimony with no draft waiting says no such thing; a draft id put into the
address without the form's seal is refused. Invented text."""

from __future__ import annotations

import re
from html import unescape

from guwah.web import create_app
from tests.accounts.factories import client_as, make_user
from tests.releasing import ingest_text, mark_read, release_document


def _released(store, tmp_path, name: str) -> int:
    document = ingest_text(store, tmp_path, f"{name}.txt", f"A public account of the bazaar in Qumul ({name}).",
                           "consent: public\n")
    mark_read(store, document)
    release_document(store, document)
    return document


def _withdraw(client, token, document: int):
    sent = client.post(f"/workspace/documents/{document}/withdraw", data={"csrf_token": token,
                                                                          "reason": "the family asked"},
                       follow_redirects=False)
    assert sent.status_code == 303, sent.text
    return sent.headers["location"], unescape(client.get(sent.headers["location"]).text)


def test_withdraw_form_says_the_waiting_draft_it_cancelled(store, tmp_path):
    from guwah.releases import draft_release
    from guwah.storage.tables import Release

    document = _released(store, tmp_path, "t1")
    with store.session() as session:
        redraft = draft_release(session, document, "drafter", ["bazaar"]).id
    client, token = client_as(create_app(store), store, make_user(store, "rana", "editor"))
    where, page = _withdraw(client, token, document)
    assert f"cancelled={redraft}" in where
    said = " ".join(page.split())
    assert "Withdrawn." in said
    assert (f"Draft {redraft}, which was waiting for review, was cancelled with it (marked superseded): to put the "
            "testimony back later, draft it again with the release form below.") in said, said
    with store.session() as session:
        assert session.get(Release, redraft).state == "superseded"
    # A forged address: the seal binds the cancelled ids to this document's form answer.
    forged = re.sub(r"cancelled=\d+", f"cancelled={redraft + 1}", where)
    assert client.get(forged).status_code == 400
    # The seal without the cancelled ids does not pass for one with them either.
    assert client.get(re.sub(r"&?cancelled=\d+", "", where)).status_code == 400


def test_withdraw_form_with_no_draft_waiting_names_none(store, tmp_path):
    document = _released(store, tmp_path, "t2")
    client, token = client_as(create_app(store), store, make_user(store, "rana", "editor"))
    where, page = _withdraw(client, token, document)
    assert "cancelled=" not in where and "Withdrawn." in page
    assert "was cancelled with it" not in page
