"""Read queries shared by the CLI, the web app and exports."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from guwah.domain import MAX_ID
from guwah.errors import NotFound
from guwah.storage.tables import Document, Testimony


def list_documents(session: Session) -> list[Document]:
    return list(session.scalars(
        select(Document)
        .options(selectinload(Document.source), selectinload(Document.testimony))
        .order_by(Document.id)
    ))


def provenance(document: Document) -> dict:
    """Where a document came from, as `guwah show` prints it and the evidence file carries it:
    {"source": {title, publisher, url, author, published_on, retrieved_on, language, licence} or
    None, "interview": {interview_date, interviewer, translation_of_id} or None} (dates as `date`).
    No contact details: those are the testimony's own, for the roles that may read them."""
    source, testimony = document.source, document.testimony
    return {
        "source": None if source is None else {
            "title": source.title, "publisher": source.publisher, "url": source.url,
            "author": source.author, "published_on": source.published_on,
            "retrieved_on": source.retrieved_on, "language": source.language, "licence": source.licence,
        },
        "interview": None if testimony is None else {
            "interview_date": testimony.interview_date, "interviewer": testimony.interviewer,
            "translation_of_id": testimony.translation_of_id,
        },
    }


def get_document(store, session: Session, ref: str | int) -> Document:
    """A document by numeric id or by SHA-256 prefix (≥ 8 hex digits)."""
    from guwah.ingest import find_document

    text = str(ref).strip()
    document = None
    if text.isdecimal() and int(text) <= MAX_ID:
        document = session.get(Document, int(text), options=[
            selectinload(Document.source), selectinload(Document.custody),
            selectinload(Document.testimony).selectinload(Testimony.witness),
        ])
    if document is None and not (text.isdecimal() and len(text) < 8):
        document = find_document(store, session, text)
    if document is None:
        raise NotFound(f"no document {text!r}", value=text)
    return document
