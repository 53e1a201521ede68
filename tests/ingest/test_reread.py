"""Re-reading a stored original updates its text, index and custody log, but never moves
evidence that facts already cite."""

import pytest
from sqlalchemy import select

from guwah.errors import InputError
from guwah.ingest import ingest_file, readers, reread_document
from guwah.search import search_documents
from guwah.storage.tables import CustodyEvent, Document, Person, ViolationCoding


@pytest.fixture
def document_id(store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Held in Korla for a year.")
    return ingest_file(store, path).document_id


def improve_reader(monkeypatch):
    """Stand in for a better reader: the same original now yields more text."""
    original = readers.read_plain

    def better(data):
        result = original(data)
        return readers.ReadResult(text=result.text + " Released in Hami.", media_type=result.media_type,
                                  encoding=result.encoding)

    monkeypatch.setattr(readers, "read_plain", better)


def test_unchanged_text_is_a_no_op(store, document_id):
    assert reread_document(store, document_id) is False


def test_changed_text_is_stored_indexed_and_logged(store, document_id, monkeypatch):
    improve_reader(monkeypatch)
    assert reread_document(store, document_id) is True
    with store.session() as session:
        document = session.get(Document, document_id)
        assert document.text.endswith("Released in Hami.")
        actions = [e.action for e in session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document_id))]
        assert actions == ["received", "text_extracted", "re_extracted"]
        assert search_documents(session, store.ring, "Hami") == [document_id]


def test_cited_text_is_not_moved(store, document_id, monkeypatch):
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(ViolationCoding(person_id=person.id, code="detention.internment_camp", evidence_document_id=document_id,
                                    evidence_start=0, evidence_end=4, asserted_by_kind="user", asserted_by="r"))
    improve_reader(monkeypatch)
    with pytest.raises(InputError, match="facts citing its text"):
        reread_document(store, document_id)
    with store.session() as session:
        assert session.get(Document, document_id).text == "Held in Korla for a year."


def test_an_erased_document_is_refused_saying_it_was_erased(store, document_id, tmp_path):
    # Before: `guwah reread 1` on an erased testimony said "original dbd1c84e04b0… is missing from
    # …/originals", as if the archive were damaged. Now it says the document was erased; another
    # document rereads (control).
    from guwah.protection.erasure import erase_testimony
    from guwah.storage.tables import Testimony

    with store.session() as session:  # ingested without a sidecar: confidential already
        assert session.query(Testimony).filter_by(document_id=document_id).one().consent == "confidential"
    with store.session() as session:
        erase_testimony(store, session, document_id, "editor", "she asked")
    with pytest.raises(InputError, match=r"^document \d+ was erased"):
        reread_document(store, document_id)
    other = tmp_path / "b.txt"
    other.write_text("Held in Hami.")
    assert reread_document(store, ingest_file(store, other).document_id) is False
