"""Texts stored before readers made page breaks paragraph breaks keep their form feeds (U+000C),
which reached released texts and the open data. Re-reading the original (`guwah reread`) gives
today's text but is refused once facts cite it, as they do in any extracted archive; so a stored
text is read with each form feed as a line break, one character for one (the facts' evidence
offsets stay), while the stored value, its recorded hash and the original stay as they were."""

import hashlib

from sqlalchemy import select

from guwah.ingest import reread_document
from guwah.storage.tables import Document, PersonName
from tests.releasing import ingest_text, mark_read, release_document

OLD_TEXT = "Page one: Adil Mamut was taken in Kashgar in 2017.\n\f\nPage two: he was released in 2019.\f"


def _stored_as_before(store, document_id: int, text: str) -> None:
    """Put `text` in the document as an older Guwah stored it (form feeds kept), with its hash."""
    with store.session() as session:
        document = session.get(Document, document_id)
        document.text = text
        document.text_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()


def _old_document(store, tmp_path, consent: str = "public") -> int:
    document_id = ingest_text(store, tmp_path, "old.txt", "Page one: Adil Mamut was taken in Kashgar in 2017.",
                              f"consent: {consent}\n")
    _stored_as_before(store, document_id, OLD_TEXT)
    return document_id


def test_a_stored_text_is_read_without_its_form_feeds_one_character_for_one(store, tmp_path):
    document_id = _old_document(store, tmp_path)
    with store.session() as session:
        text = session.get(Document, document_id).text
        listed = session.execute(select(Document.text).where(Document.id == document_id)).scalar_one()
    assert "\f" not in text and listed == text
    assert len(text) == len(OLD_TEXT)  # no offset moves
    assert text == OLD_TEXT.replace("\f", "\n")
    assert "2017.\n\n\nPage two" in text


def test_evidence_offsets_still_cite_the_same_words(store, tmp_path):
    from guwah.storage.tables import Person

    document_id = _old_document(store, tmp_path)
    start = OLD_TEXT.index("released in 2019")  # after the first form feed
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Adil Mamut", evidence_document_id=document_id,
                               evidence_start=start, evidence_end=start + len("released in 2019"),
                               asserted_by_kind="user", asserted_by="t"))
    with store.session() as session:
        cited = session.scalars(select(PersonName).where(PersonName.evidence_document_id == document_id)).one()
        assert cited.evidence_document.text[cited.evidence_start:cited.evidence_end] == "released in 2019"


def test_the_stored_text_its_hash_and_the_original_are_untouched(store, tmp_path):
    from guwah.export.backup import export_everything
    from guwah.storage.verify import verify_archive

    document_id = _old_document(store, tmp_path)
    with store.session() as session:
        fingerprint = session.get(Document, document_id).fingerprint
    assert store.blobs.get(fingerprint) == b"Page one: Adil Mamut was taken in Kashgar in 2017."
    # The hash was recorded of the stored text, form feeds and all: verify finds nothing wrong.
    assert verify_archive(store) == (1, [], [])
    [row] = export_everything(store, "editor")["tables"]["document"]
    assert row["text"] == OLD_TEXT  # the backup holds what is stored
    # Control: a text changed behind the hash is still caught.
    with store.session() as session:
        session.get(Document, document_id).text = OLD_TEXT.replace("2019", "2020")
    checked, problems, _ = verify_archive(store)
    assert [p.what for p in problems] == ["extracted text no longer matches its recorded hash"]


def test_a_release_of_an_old_text_shows_no_form_feed(store, tmp_path):
    from guwah.publish import public_documents

    document_id = _old_document(store, tmp_path)
    mark_read(store, document_id)
    release_document(store, document_id)
    with store.session() as session:
        [shown] = public_documents(session)
        assert "\f" not in shown.text and "released in 2019" in shown.text


def test_reread_gives_todays_paragraph_breaks_while_no_fact_cites_the_text(store, tmp_path):
    # Re-reading already normalises (the reader layer): an old text of a document whose original
    # holds form feeds becomes today's reading, "\n\n" for each page break.
    path = tmp_path / "pages.txt"
    path.write_bytes(OLD_TEXT.encode("utf-8"))
    from guwah.ingest import ingest_file

    document_id = ingest_file(store, path).document_id
    _stored_as_before(store, document_id, OLD_TEXT)
    assert reread_document(store, document_id) is True
    with store.session() as session:
        assert session.get(Document, document_id).text.rstrip() == (
            "Page one: Adil Mamut was taken in Kashgar in 2017.\n\nPage two: he was released in 2019.")
