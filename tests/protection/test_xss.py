"""Markup in every text field, file name and metadata value comes out escaped in every page,
for every role."""

import re

import pytest
from fastapi.testclient import TestClient

from guwah.ingest import INGESTED, ingest_file
from guwah.releases import approve_release, draft_release
from guwah.storage.tables import Person, PersonName
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.protection.test_leaks import crawl
from tests.releasing import release_document

PAYLOADS = ['<script>alert("xss")</script>', "<img src=x onerror=alert(1)>", '"><svg onload=alert(2)>',
            "<iframe src=javascript:alert(3)>"]
# File names cannot hold "/", so they carry the payloads without a closing tag.
FILE_NAMES = ["<img src=x onerror=alert(1)>", '"><svg onload=alert(2)>', "<iframe src=javascript:alert(3)>"]
RAW = re.compile(r"<script>alert|<img src=x|<svg onload|<iframe src=javascript", re.IGNORECASE)


def _payload(index: int) -> str:
    return PAYLOADS[index % len(PAYLOADS)]


@pytest.fixture
def hostile_archive(store, tmp_path):
    ids = []
    for number, consent in enumerate(["public", "pseudonymous", "confidential"]):
        folder = tmp_path / consent
        folder.mkdir()
        path = folder / f"{FILE_NAMES[number]}.txt"
        path.write_text(f"Text {_payload(number + 1)} of a {consent} testimony.", encoding="utf-8")
        fields = ["title", "publisher", "author", "licence", "consent_note", "interviewer"]
        sidecar = "".join(f"{field}: '{_payload(i)}'\n" for i, field in enumerate(fields))
        sidecar += f"consent: {consent}\nurl: 'https://example.org/{_payload(2)}'\n"
        sidecar += f"witness: {{name: '{_payload(3)}', consent: {consent}}}\n"
        (folder / f"{FILE_NAMES[number]}.meta.yaml").write_text(sidecar, encoding="utf-8")
        outcome = ingest_file(store, path)
        assert outcome.status == INGESTED, outcome.reason
        ids.append(outcome.document_id)
    with store.session() as session:
        person = Person(consent="pseudonymous")
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=_payload(0), evidence_document_id=ids[1],
                               asserted_by_kind="user", asserted_by="tester"))
        draft = draft_release(session, ids[1], "drafter", [], title=_payload(1))
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    release_document(store, ids[0])
    return ids


@pytest.mark.parametrize("role", [None, "viewer", "editor", "admin"])
def test_every_page_escapes_markup(store, hostile_archive, role):
    app = create_app(store)
    if role is None:
        client = TestClient(app)
    else:
        with fast_hashing():
            client, _ = client_as(app, store, make_user(store, f"user-{role}", role, totp=role != "viewer"))
    pages = crawl(client, hostile_archive)
    checked = 0
    for path, body in pages.items():
        html = body.split('{"', 1)[0]  # the crawl appends the headers as JSON
        if "<html" not in html:
            continue  # JSON and CSS are not rendered as HTML
        checked += 1
        assert not RAW.search(html), f"unescaped markup on {path}"
    assert checked >= 5
    assert any("&lt;script&gt;" in body or "&lt;img" in body for body in pages.values())
