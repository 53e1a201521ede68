"""The document page's form that adds a fact the extractor missed (issue 10): a thin shell over
`guwah.review.addition.add_fact`, for the role that may edit proposals; refused, the page again with
the reason and what was typed, nothing stored. Invented names."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from guwah.storage.tables import AuditEntry, Event, Person, PersonName
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user

TEXT = "Mahinur Sadiqova wrote to us. Her husband was sentenced to nine years in 2020, she said."
SENTENCE = "was sentenced to nine years in 2020"


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


@pytest.fixture
def world(store, tmp_path):
    """A confidential testimony with one mention (its witness's name), a viewer and an editor."""
    from tests.releasing import ingest_text

    document = ingest_text(store, tmp_path, "a.txt", TEXT, "consent: confidential\n")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Mahinur Sadiqova", evidence_document_id=document,
                               evidence_start=0, evidence_end=16, asserted_by_kind="extractor", asserted_by="x"))
        mention = person.id
    app = create_app(store)
    viewer, viewer_token = client_as(app, store, make_user(store, "vera", "viewer"))
    editor, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    return store, document, mention, (viewer, viewer_token), editor, token


def _events(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Event))


def test_an_editor_adds_a_fact_from_the_document_page_and_a_viewer_sees_no_form(world):
    store, document, mention, (viewer, viewer_token), editor, token = world
    assert 'id="add-fact"' in editor.get(f"/workspace/documents/{document}").text
    assert 'id="add-fact"' not in viewer.get(f"/workspace/documents/{document}").text
    form = {"csrf_token": token, "kind": "event", "passage": SENTENCE, "new_person": "", "person": "",
            "event_type": "sentencing", "date_value": "2020"}
    # refused: no person given; the page again with the reason and the passage as typed, nothing stored
    refused = editor.post(f"/workspace/documents/{document}/facts", data=form, follow_redirects=False)
    assert refused.status_code == 400 and "say who the fact is about" in refused.text
    assert SENTENCE in refused.text.split('id="add-passage"', 1)[1] and _events(store) == 0
    # the same form about a new person the passage names is refused (the passage does not write her);
    # about the mention it is added, accepted, and its page says so (positive control)
    named = editor.post(f"/workspace/documents/{document}/facts", data={**form, "new_person": "Gulbahar"},
                        follow_redirects=False)
    assert named.status_code == 400 and _events(store) == 0
    added = editor.post(f"/workspace/documents/{document}/facts", data={**form, "person": f"M-{mention}"},
                        follow_redirects=False)
    assert added.status_code == 303 and added.headers["location"].endswith("done=added")
    page = editor.get(added.headers["location"])
    assert "accepted" in page.text and SENTENCE in page.text
    with store.session() as session:
        (event,) = session.scalars(select(Event)).all()
        assert (event.event_type, event.person_id, event.asserted_by, event.review_state) == (
            "sentencing", mention, "eldor", "accepted")
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "review")).all()
    assert entry.detail["decision"] == "added" and "sentenced" not in repr(entry.detail)
    # a viewer may not add (403), and nothing is stored
    assert viewer.post(f"/workspace/documents/{document}/facts",
                       data={**form, "person": f"M-{mention}", "csrf_token": viewer_token}).status_code == 403
    assert _events(store) == 1
