"""The workspace: every document, confidential ones included, for logged-in users.

Reads of material the public may not see are audited (who, which record, never the content);
changes are audited with their old and new values when those are levels, not text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session, selectinload

from guwah.accounts import has_role
from guwah.domain import ConsentLevel
from guwah.errors import InputError, NotFound
from guwah.storage import Store
from guwah.storage.queries import list_documents
from guwah.storage.tables import Document, Testimony
from guwah.web.auth import Editor, SessionDep, Viewer, render

router = APIRouter()


@dataclass(frozen=True)
class WorkspaceSummary:
    """One line of the workspace list."""

    id: int
    title: str
    consent: str
    embargo_until: date | None
    language: str | None
    media_type: str
    public: bool


@dataclass(frozen=True)
class WorkspaceDocument:
    """Everything a logged-in user may read about one document."""

    id: int
    title: str
    consent: str
    consent_note: str | None
    embargo_until: date | None
    public: bool
    publisher: str | None
    author: str | None
    url: str | None
    published_on: date | None
    licence: str | None
    language: str | None
    media_type: str
    original_name: str
    size: int
    sha256: str
    ingested_at: datetime
    interview_date: date | None
    text: str


def _consent(document: Document) -> str:
    return document.testimony.consent if document.testimony else ConsentLevel.CONFIDENTIAL.value


def _is_public(document: Document, today: date) -> bool:
    """Public in the strict sense: consent public and no embargo running (so reads go unaudited)."""
    testimony = document.testimony
    return bool(testimony and testimony.consent == ConsentLevel.PUBLIC.value
                and (testimony.embargo_until is None or testimony.embargo_until <= today))


def _title(document: Document) -> str:
    return document.source.title if document.source and document.source.title else f"Document {document.id}"


def workspace_documents(store: Store, session: Session, actor: str) -> list[WorkspaceSummary]:
    """Every document with its consent level; the read is audited (titles may be confidential)."""
    today = date.today()
    rows = [WorkspaceSummary(document.id, _title(document), _consent(document),
                             document.testimony.embargo_until if document.testimony else None,
                             document.language, document.media_type, _is_public(document, today))
            for document in list_documents(session)]
    non_public = sum(not row.public for row in rows)
    if non_public:
        store.audit(session, actor, "read", "document_list", None, count=len(rows), non_public=non_public)
    return rows


def _load(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id, options=[selectinload(Document.source),
                                                            selectinload(Document.testimony)])
    if document is None:
        raise NotFound(f"no document {document_id}")
    return document


def workspace_document(store: Store, session: Session, document_id: int, actor: str) -> WorkspaceDocument:
    """One document in full (NotFound if absent); a read of a non-public one is audited."""
    document = _load(session, document_id)
    public = _is_public(document, date.today())
    if not public:
        store.audit(session, actor, "read", "document", document.id, consent=_consent(document))
    source, testimony = document.source, document.testimony
    return WorkspaceDocument(
        id=document.id, title=_title(document), consent=_consent(document),
        consent_note=testimony.consent_note if testimony else None,
        embargo_until=testimony.embargo_until if testimony else None, public=public,
        publisher=source.publisher if source else None, author=source.author if source else None,
        url=source.url if source else None, published_on=source.published_on if source else None,
        licence=source.licence if source else None, language=document.language,
        media_type=document.media_type, original_name=document.original_name, size=document.size,
        sha256=document.sha256, ingested_at=document.ingested_at,
        interview_date=testimony.interview_date if testimony else None, text=document.text,
    )


def change_consent(store: Store, session: Session, document_id: int, level: str, actor: str) -> None:
    """Set a document's consent level (InputError for an unknown level); audited with old and new."""
    try:
        new = ConsentLevel(level).value
    except ValueError:
        raise InputError(f"a consent level is one of {', '.join(c.value for c in ConsentLevel)}",
                         value=level) from None
    document = _load(session, document_id)
    old = document.testimony.consent if document.testimony else None
    if old == new:
        return
    # Audited before the write, so the chain's lock is taken before the row's (see Store.audit).
    store.audit(session, actor, "change", "document", document.id, field="consent", old=old, new=new)
    if document.testimony is None:
        session.add(Testimony(document_id=document.id, consent=new))
    else:
        document.testimony.consent = new


def search_workspace(store: Store, session: Session, query: str, actor: str) -> list[WorkspaceSummary]:
    """Documents containing every word of `query` (any script), through the blind index.

    Audited as a search: how many words and results, never the words themselves.
    """
    from guwah.search import search_documents

    ids = set(search_documents(session, store.ring, query))
    store.audit(session, actor, "search", None, None, words=len(query.split()), results=len(ids))
    today = date.today()
    return [WorkspaceSummary(document.id, _title(document), _consent(document),
                             document.testimony.embargo_until if document.testimony else None,
                             document.language, document.media_type, _is_public(document, today))
            for document in list_documents(session) if document.id in ids]


@router.get("/workspace", response_class=HTMLResponse)
def workspace(request: Request, session: SessionDep, auth: Viewer, q: str = "") -> Response:
    store = request.app.state.store
    if q.strip():
        documents = search_workspace(store, session, q, auth.user.username)
    else:
        documents = workspace_documents(store, session, auth.user.username)
    return render(request, "workspace.html", {"documents": documents, "query": q})


@router.get("/workspace/documents/{document_id}", response_class=HTMLResponse)
def workspace_document_page(request: Request, session: SessionDep, auth: Viewer, document_id: int) -> Response:
    document = workspace_document(request.app.state.store, session, document_id, auth.user.username)
    return render(request, "workspace_document.html", {
        "document": document, "levels": [c.value for c in ConsentLevel],
        "can_edit": has_role(auth.user, "editor"),
    })


@router.post("/workspace/documents/{document_id}/consent")
def workspace_change_consent(request: Request, session: SessionDep, auth: Editor, document_id: int,
                             consent: Annotated[str, Form()] = "") -> Response:
    change_consent(request.app.state.store, session, document_id, consent, auth.user.username)
    return RedirectResponse(f"/workspace/documents/{document_id}", status_code=303)
