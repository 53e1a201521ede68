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
