"""The intake form's provenance fields: the original a translation translates ("Translation of"),
the submitter and the contacts of submitter and witness; one validation with the sidecar and the
CLI's flags (`guwah.ingest.metadata.folded`, `guwah.ingest.original_document`)."""

from __future__ import annotations

import logging
import re

import httpx
import pytest
from sqlalchemy import func, select

from guwah.storage.tables import AuditEntry, CustodyEvent, Document, Testimony
from guwah.web import create_app
from guwah.web.auth import SESSION_COOKIE, csrf_token
from tests.accounts.factories import browser_token, client_as, fast_hashing, make_user
from tests.releasing import ingest_text, mark_read
from tests.web.conftest import serving

ORIGINAL = "Менің ағам Ерлан 2018 жылы Құлжада ұсталды, содан бері хабар жоқ.\n"
TRANSLATION = "My brother Erlan was detained in Ghulja in 2018; we have had no news since.\n"
SUBMITTER_CONTACT = "Signal +7 701 555 0193 (ask for Qaisar)"
WITNESS_CONTACT = "aigerim-letters-5521@example.org"


@pytest.fixture
def app(store):
    return create_app(store)


@pytest.fixture
def editor(store, app):
    with fast_hashing():
        user = make_user(store, "eldor", "editor", totp=True)
    return client_as(app, store, user)


@pytest.fixture
def original(store, tmp_path):
    """A confidential testimony with a title: the original of the translations sent below."""
    folder = tmp_path / "original"
    folder.mkdir()
    return ingest_text(store, folder, "kk.txt", ORIGINAL, "consent: confidential\ntitle: Ерланның ісі\n")


def send(client, token, data: bytes, name: str = "translation.txt", csrf: bool = True, **fields):
    form = {**({"csrf_token": token} if csrf else {}), **fields}
    return client.post("/workspace/intake", data=form, files={"file": (name, data, "application/octet-stream")})


def count(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Document))


def blobs(store) -> int:
    return sum(path.is_file() for path in store.blobs.root.rglob("*")) if store.blobs.root.exists() else 0


def provenance(ref, **more) -> dict:
    return {"consent": "public", "translation_of": str(ref), "submitter": "Qaisar Omarov",
            "submitter_contact": SUBMITTER_CONTACT, "witness": "Aigerim Bekova",
            "witness_contact": WITNESS_CONTACT, "title": "Erlan's case", **more}


def test_the_form_round_trip_records_the_original_and_the_sealed_contacts(store, editor, original, caplog):
    client, token = editor
    with caplog.at_level(logging.DEBUG):
        response = send(client, token, TRANSLATION.encode(), **provenance(original))
    assert response.status_code == 201, response.text[:400]
    said = " ".join(re.sub(r"<[^>]+>", "", response.text).split())
    # The page names what the box found: the original's number and title.
    assert f"It is recorded as a translation of document {original}: Ерланның ісі." in said
    assert f'/workspace/documents/{original}"' in response.text
    with store.session() as session:
        document = session.scalars(select(Document).where(Document.id != original)).one()
        testimony = session.scalar(select(Testimony).where(Testimony.document_id == document.id))
        assert testimony.translation_of_id == original
        assert (testimony.submitter, testimony.submitter_contact) == ("Qaisar Omarov", SUBMITTER_CONTACT)
        assert testimony.witness.contact == WITNESS_CONTACT
        received = session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document.id,
                                                              CustodyEvent.action == "received")).one()
        assert {"translation_of", "submitter", "submitter_contact", "witness"} <= set(received.detail["stated"])
        # Contacts: in their sealed columns only, never in an audit entry, a custody event or the log.
        details = [str(entry.detail) for entry in session.scalars(select(AuditEntry))]
        details += [str(event.detail) for event in session.scalars(select(CustodyEvent))]
        translation_id = document.id
    for contact in (SUBMITTER_CONTACT, WITNESS_CONTACT):
        assert not [detail for detail in details if contact in detail]
        assert contact not in caplog.text and contact not in response.text
    # The translation's page links its original; the original's lists its translation.
    page = client.get(f"/workspace/documents/{translation_id}").text
    translates = page.split('class="translation-of">', 1)[1].split("</dd>", 1)[0]
    assert f'/workspace/documents/{original}"' in translates and "Ерланның ісі" in translates
    listed = client.get(f"/workspace/documents/{original}").text
    translations = listed.split('class="translations">', 1)[1].split("</dd>", 1)[0]
    assert f'/workspace/documents/{translation_id}"' in translations and "Erlan&#39;s case" in translations
    assert 'class="translations">' not in page and 'class="translation-of">' not in listed  # control
    for contact in (SUBMITTER_CONTACT, WITNESS_CONTACT):
        assert contact not in page and contact not in listed


def test_the_original_may_be_named_by_its_hash(store, editor, original):
    client, token = editor
    with store.session() as session:
        prefix = session.get(Document, original).sha256[:10]
    response = send(client, token, TRANSLATION.encode(), consent="confidential", translation_of=prefix.upper())
    assert response.status_code == 201, response.text[:400]
    with store.session() as session:
        assert session.scalar(select(Testimony.translation_of_id).where(Testimony.document_id != original)) == original


@pytest.mark.parametrize(("ref", "said"), [
    ("4242", "Translation of names no stored document: nothing was stored"),
    ("Aigerim Bekova", "Translation of must be a document&#39;s number or at least 8 hex digits of its SHA-256; "
                       "what was given is neither"),
])
def test_a_wrong_original_is_one_line_on_the_form_with_the_fields_kept(store, editor, original, ref, said):
    client, token = editor
    before = blobs(store)
    response = send(client, token, TRANSLATION.encode(), **provenance(ref))
    assert response.status_code == 400
    error = response.text.split('<p class="error" role="alert">', 1)[1].split("</p>", 1)[0]
    assert " ".join(error.split()) == said
    assert "\n" not in error.strip()
    for field, value in (("submitter", "Qaisar Omarov"), ("title", "Erlan&#39;s case"), ("witness", "Aigerim Bekova")):
        assert f'id="{field}" name="{field}" type="text" dir="auto" value="{value}"' in response.text
    assert f'name="translation_of" type="text" dir="ltr" spellcheck="false" autocomplete="off" value="{ref}"' in response.text
    assert WITNESS_CONTACT in response.text.split('id="witness_contact"', 1)[1].split("</textarea>", 1)[0]
    assert (count(store), blobs(store)) == (1, before)  # the original only, no new blob
    # control: the same form naming the stored original is stored
    assert send(client, token, TRANSLATION.encode(), **provenance(original)).status_code == 201
    assert count(store) == 2


def test_a_witness_contact_without_a_name_is_refused(store, editor):
    client, token = editor
    response = send(client, token, TRANSLATION.encode(), consent="confidential", witness_contact=WITNESS_CONTACT)
    assert response.status_code == 400
    assert "Witness&#39;s contact is given without the witness&#39;s name" in response.text
    assert count(store) == 0


def test_a_viewer_gets_403_and_a_post_without_csrf_is_403(store, app, editor, original):
    with fast_hashing():
        viewer = make_user(store, "vera", "viewer")
    client, token = client_as(app, store, viewer)
    assert send(client, token, TRANSLATION.encode(), **provenance(original)).status_code == 403
    assert client.get(f"/workspace/documents/{original}").status_code == 200  # a viewer still reads it
    editor_client, editor_token = editor
    assert send(editor_client, editor_token, TRANSLATION.encode(), csrf=False, **provenance(original)).status_code == 403
    assert count(store) == 1
    # control: the editor's form with its token is stored
    assert send(editor_client, editor_token, TRANSLATION.encode(), **provenance(original)).status_code == 201


def test_the_form_round_trip_through_the_real_server(store, original):
    with fast_hashing():
        user = make_user(store, "eldor", "editor", totp=True)
    session_token = browser_token(store, user)
    with serving(store) as url, httpx.Client(base_url=url, cookies={SESSION_COOKIE: session_token}) as client:
        page = client.get("/workspace/intake")
        assert page.status_code == 200
        for field in ("translation_of", "submitter", "submitter_contact", "witness_contact"):
            assert f'name="{field}"' in page.text
        assert "stored encrypted and never published" in page.text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        assert token == csrf_token(store, session_token)
        response = client.post("/workspace/intake", data={"csrf_token": token, **provenance(original)},
                               files={"file": ("translation.txt", TRANSLATION.encode(), "text/plain")})
        assert response.status_code == 201, response.text[:400]
        assert f"translation of document {original}" in " ".join(re.sub(r"<[^>]+>", "", response.text).split())
    with store.session() as session:
        testimony = session.scalar(select(Testimony).where(Testimony.document_id != original))
        assert (testimony.translation_of_id, testimony.submitter_contact) == (original, SUBMITTER_CONTACT)


def test_a_translation_sent_as_public_of_a_confidential_original_never_reaches_the_public_site(store, editor,
                                                                                               original):
    from guwah.errors import ConsentRefused
    from guwah.publish import public_documents
    from guwah.releases import draft_release
    from tests.releasing import release_document

    client, token = editor
    assert send(client, token, TRANSLATION.encode(), **provenance(original)).status_code == 201
    with store.session() as session:
        translation = session.scalar(select(Document.id).where(Document.id != original))
    mark_read(store, translation)
    with store.session() as session, pytest.raises(ConsentRefused, match="translates a confidential original"):
        draft_release(session, translation, "drafter")
    with store.session() as session:
        assert public_documents(session) == []
    home = client.get("/")
    assert home.status_code == 200 and "Erlan" not in home.text and "Ghulja" not in home.text
    assert client.get("/documents/1").status_code == 404  # no public number was given to it
    # control: the same text sent as public with no original is released and shown
    other = b"A neighbour was detained in Ghulja in 2019; the family had no news for a year.\n"
    assert send(client, token, other, name="other.txt", consent="public", title="A case from Ghulja").status_code == 201
    with store.session() as session:
        stored = session.scalar(select(Document.id).where(Document.id.not_in([original, translation])))
    mark_read(store, stored)
    release_document(store, stored)
    home = client.get("/").text
    assert "A case from Ghulja" in home and "Erlan" not in home


def test_a_wrong_original_is_refused_in_the_readers_language(store, editor, original):
    client, token = editor
    response = client.post("/workspace/intake?lang=kk", data={"csrf_token": token, **provenance("4242")},
                           files={"file": ("translation.txt", TRANSLATION.encode(), "application/octet-stream")})
    assert response.status_code == 400
    error = response.text.split('<p class="error" role="alert">', 1)[1].split("</p>", 1)[0]
    assert error == "«Аударманың түпнұсқасы»: мұрағатта мұндай құжат жоқ; ештеңе сақталмады"
    assert "Куәгердің байланысы" in response.text and "шифрланып сақталады" in response.text
    assert count(store) == 1
