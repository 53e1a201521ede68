"""Pages anyone may open: only what `guwah.publish` releases."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from guwah.publish import public_document, public_documents
from guwah.web import templates
from guwah.web.deps import DocumentId, SessionDep

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def document_list(request: Request, session: SessionDep) -> HTMLResponse:
    return templates.TemplateResponse(request, "documents.html", {"documents": public_documents(session)})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, session: SessionDep, q: str = "") -> HTMLResponse:
    from guwah.publish import search_public

    return templates.TemplateResponse(request, "search.html", {"search": search_public(session, q)})


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: DocumentId, session: SessionDep) -> HTMLResponse:
    return templates.TemplateResponse(request, "document.html", {"document": public_document(session, document_id)})


@router.get("/about", response_class=HTMLResponse)
def about(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "about.html", {})


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request, session: SessionDep) -> HTMLResponse:
    from guwah.publish import SMALL_COUNT, public_figures

    return templates.TemplateResponse(request, "figures.html", {"figures": public_figures(session),
                                                                "small_count": SMALL_COUNT})
