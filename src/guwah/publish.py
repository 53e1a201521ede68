"""The only place that decides what the public may see.

Public pages and public exports are built from the explicit `Public*` types below, never by
removing fields from internal records: a field added to the database stays private until it is
added here on purpose.

Today a document is public when its testimony's consent is `public` and any embargo has passed.
Pseudonymous testimonies stay unpublished until the redaction workflow (witness protection)
lets a reviewer approve a masked version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from guwah.domain import ConsentLevel
from guwah.errors import ConsentRefused
from guwah.storage.tables import Document, Testimony


@dataclass(frozen=True)
class PublicDocument:
    id: int
    title: str
    publisher: str | None
    author: str | None
    url: str | None
    published_on: date | None
    licence: str | None
    language: str | None
    media_type: str
    sha256: str
    text: str


def _public_condition(today: date):
    return (Testimony.consent == ConsentLevel.PUBLIC.value) & or_(
        Testimony.embargo_until.is_(None), Testimony.embargo_until <= today
    )


def _public(document: Document) -> PublicDocument:
    source = document.source
    return PublicDocument(
        id=document.id,
        title=(source.title if source and source.title else f"Document {document.id}"),
        publisher=source.publisher if source else None,
        author=source.author if source else None,
        url=source.url if source else None,
        published_on=source.published_on if source else None,
        licence=source.licence if source else None,
        language=document.language,
        media_type=document.media_type,
        sha256=document.sha256,
        text=document.text,
    )


def public_documents(session: Session, today: date | None = None) -> list[PublicDocument]:
    """Every document the public may read, oldest first."""
    today = today or date.today()
    rows = session.scalars(
        select(Document).join(Testimony, Testimony.document_id == Document.id)
        .where(_public_condition(today)).options(selectinload(Document.source)).order_by(Document.id)
    )
    return [_public(document) for document in rows]


def public_document(session: Session, document_id: int, today: date | None = None) -> PublicDocument:
    """One public document; ConsentRefused (shown as 'not found') for anything else."""
    today = today or date.today()
    document = session.scalar(
        select(Document).join(Testimony, Testimony.document_id == Document.id)
        .where(Document.id == document_id, _public_condition(today))
        .options(selectinload(Document.source))
    )
    if document is None:
        raise ConsentRefused(f"no public document {document_id}")
    return _public(document)
