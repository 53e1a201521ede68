"""The workspace: every document, confidential ones included, for logged-in users.

Reads of material the public may not see are audited (who, which record, never the content);
changes are audited with their old and new values when those are levels, not text.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from guwah.accounts.permissions import may
from guwah.domain import ConsentLevel, mention_label
from guwah.errors import N_, GuwahError, InputError, NotFound, Text
from guwah.publish import must_audit_read, released_document_ids
from guwah.storage import Store
from guwah.storage.queries import list_documents
from guwah.storage.tables import Document, Testimony
from guwah.web.auth import MayChangeConsent, MayEditRecords, MayRead, MayReadAuditLog, MayRelease, SessionDep, render
from guwah.web.deps import DocumentId
from guwah.web.steps import StepRefused, answer_refusals, said

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
    # The embargo that holds it back when it comes through an original it translates or a text it
    # copies (`guwah.publish.embargo_over`); None when only its own (embargo_until) or none holds.
    embargo_through: object = None
    # Erased at a witness's request (`guwah.protection.erasure`): its original's name and hashes are
    # gone, and the page says so in the reader's language instead of showing the stored mark.
    erased: bool = False
    # The original it translates and the translations of it (`Testimony.translation_of_id`), as
    # (id, its source's title or None): every role that may read this page may read those documents too.
    translates: tuple[int, str] | None = None
    translations: tuple[tuple[int, str], ...] = ()


def _consent(document: Document) -> str:
    return document.testimony.consent if document.testimony else ConsentLevel.CONFIDENTIAL.value


def _title(document: Document) -> str:
    return document.source.title if document.source and document.source.title else f"Document {document.id}"


def translation_links(session: Session, document_id: int) -> tuple[tuple[int, str] | None, tuple[tuple[int, str], ...]]:
    """The original document `document_id` translates, as (id, title or None), or None; and the
    documents that translate it, as (id, title or None) by id (`Testimony.translation_of_id`, ingest's `translation_of`)."""
    testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
    original = session.get(Document, testimony.translation_of_id) if testimony and testimony.translation_of_id else None
    translations = session.scalars(select(Document).join(Testimony, Testimony.document_id == Document.id)
                                   .where(Testimony.translation_of_id == document_id).order_by(Document.id))
    return ((original.id, _source_title(original)) if original is not None else None,
            tuple((other.id, _source_title(other)) for other in translations))


def _source_title(document: Document) -> str | None:
    """The title its source gives (None for none: a link names it "document N" then, not twice)."""
    return document.source.title if document.source and document.source.title else None


def workspace_documents(store: Store, session: Session, actor: str) -> list[WorkspaceSummary]:
    """Every document with its consent level; the read is audited (titles may be confidential)."""
    released = released_document_ids(session)
    rows = [WorkspaceSummary(document.id, _title(document), _consent(document),
                             document.testimony.embargo_until if document.testimony else None,
                             document.language, document.media_type, document.id in released)
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
    from guwah.protection.erasure import is_erased

    document = _load(session, document_id)
    public = not must_audit_read(session, document.id)
    if not public:
        store.audit(session, actor, "read", "document", document.id, consent=_consent(document))
    source, testimony = document.source, document.testimony
    translates, translations = translation_links(session, document.id)
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
        embargo_through=_embargo_through(session, document.id), erased=is_erased(document),
        translates=translates, translations=translations,
    )


def _embargo_through(session: Session, document_id: int):
    """`guwah.publish.embargo_over` when another document's embargo holds this one back."""
    from guwah.publish import embargo_over

    over = embargo_over(session, document_id)
    return over if over is not None and over.how != "own" else None


def search_workspace(store: Store, session: Session, query: str, actor: str) -> list[WorkspaceSummary]:
    """Documents containing every word of `query` (any script), through the blind index.

    Audited as a search: how many words and results, never the words themselves.
    """
    from guwah.search import search_documents

    ids = set(search_documents(session, store.ring, query))
    store.audit(session, actor, "search", None, None, words=len(query.split()), results=len(ids))
    released = released_document_ids(session)
    return [WorkspaceSummary(document.id, _title(document), _consent(document),
                             document.testimony.embargo_until if document.testimony else None,
                             document.language, document.media_type, document.id in released)
            for document in list_documents(session) if document.id in ids]


@router.get("/workspace", response_class=HTMLResponse)
def workspace(request: Request, session: SessionDep, auth: MayRead, q: str = "") -> Response:
    store = request.app.state.store
    if q.strip():
        documents = search_workspace(store, session, q, auth.user.username)
    else:
        documents = workspace_documents(store, session, auth.user.username)
    from guwah.web.routes.pairs import waiting_count

    return render(request, "workspace.html", {"documents": documents, "query": q,
                                              "can_ingest": may(auth.user, "edit_records"),
                                              "pairs_waiting": waiting_count(session)})


@router.get("/workspace/documents/{document_id}", response_class=HTMLResponse)
def workspace_document_page(request: Request, session: SessionDep, auth: MayRead, document_id: DocumentId,
                            withdrawn: int | None = None, down: str = "", seal: str = "", cancelled: str = "",
                            extract: str = "", bases: str = "", bases_seal: str = "") -> Response:
    """The document page; after the withdraw form's redirect, `withdrawn` (the testimony's release
    taken down, 0 if none was up) and `down` (the other releases that came down, comma-separated
    ids) say what the withdrawal took down (`guwah.releases.withdrawal_told`), and `cancelled` (draft
    ids, comma-separated) which waiting drafts it cancelled (`guwah.releases.draft_cancelled`); `seal`
    (`withdrawal_seal`) must show that the form told them for this document (400 otherwise). After the
    consent form's, `bases` (naming basis ids, comma-separated, sealed by `bases_seal`) says which
    naming bases the lowering withdrew (`guwah.releases.basis_gone_note`)."""
    told = None
    gone = _bases_told(request, session, document_id, bases, bases_seal) if bases else []
    if withdrawn is not None:
        from guwah.releases import cancelled_drafts_told, draft_cancelled, withdrawal_told

        if not all(re.fullmatch(r"(?:\d{1,9}(?:,\d{1,9})*)?", ids) for ids in (down, cancelled)):
            raise InputError(Text(N_("the address's release ids are not numbers separated by commas: nothing is shown "
                                     "as taken down")))
        if not hmac.compare_digest(seal.encode(), withdrawal_seal(request.app.state.store, document_id, withdrawn,
                                                                    down, cancelled).encode()):
            raise InputError(Text(N_("these release ids were not told by the withdraw form of document %(document)s: "
                                     "nothing is shown as taken down"), {"document": document_id}))
        told = withdrawal_told(session, document_id, withdrawn, [int(i) for i in down.split(",") if i])
        told = (*told, [draft_cancelled(draft, document_id, page=True) for draft in cancelled_drafts_told(
            session, document_id, [int(i) for i in cancelled.split(",") if i])])
    return _document_page(request, session, auth, document_id, told, asked=extract, gone=gone)


def _bases_told(request: Request, session: Session, document_id: int, bases: str, seal: str) -> list[Text]:
    """The notes of the naming bases the consent form's redirect carries (`bases_seal`): InputError
    for ids that are not numbers, or that this workspace did not tell for this document."""
    from guwah.releases import basis_gone_note
    from guwah.storage.tables import NamingBasis

    if not re.fullmatch(r"\d{1,9}(?:,\d{1,9})*", bases):
        raise InputError(Text(N_("the address's naming basis ids are not numbers separated by commas: nothing is "
                                 "shown as withdrawn")))
    if not hmac.compare_digest(seal.encode(), bases_seal(request.app.state.store, document_id, bases).encode()):
        raise InputError(Text(N_("these naming basis ids were not told by the consent form of document "
                                 "%(document)s: nothing is shown as withdrawn"), {"document": document_id}))
    rows = [session.get(NamingBasis, int(basis)) for basis in bases.split(",")]
    return [basis_gone_note(row.id, row.person_id, row.document_id) for row in rows if row is not None]


def withdrawal_seal(store: Store, document_id: int, withdrawn: int, down: str, cancelled: str = "") -> str:
    """A keyed hash (hex) binding the release ids the withdraw form's redirect carries (`cancelled`:
    the waiting drafts it cancelled) to the document it withdrew: the page that says what came down
    shows only what this workspace told for this document, never ids forged into the address
    (another testimony's withdrawn release shown as having come down with this one)."""
    told = f"{document_id}|{withdrawn}|{down}" + (f"|{cancelled}" if cancelled else "")
    return store.ring.mac("withdrawal-told", told.encode()).hex()[:32]


def document_page(request: Request, session: Session, username: str, document_id: int, *,
                  adding: dict | None = None, status_code: int = 200) -> Response:
    """The document page for member `username`, shown again after a refused step of another screen
    (the add form's: `adding`, see `_document_page`), in a session of its own."""
    from types import SimpleNamespace

    from guwah.storage.tables import UserAccount

    user = session.scalars(select(UserAccount).where(UserAccount.username == username)).one()
    return _document_page(request, session, SimpleNamespace(user=user), document_id, adding=adding,
                          status_code=status_code)


def _document_page(request: Request, session: Session, auth, document_id: int, withdrawn=None, *,
                   draft: dict | None = None, status_code: int = 200, asked: str = "",
                   gone: list[Text] = (), adding: dict | None = None) -> Response:
    """The document page; `withdrawn`: (the testimony's release taken down or None, the entry
    releases that came down with it) after the withdraw form; `draft`: the release form's details and
    title as typed ("masks", "title") and why they were refused ("error"), after a refused draft;
    `asked`: what the extract button's redirect says it did (a key of EXTRACT_ASKED); `adding`: the add
    form as typed and why it was refused ("error"), after a refused fact (`guwah.web.routes.review`)."""
    from guwah.releases import naming_bases, pending_consent_changes, releases_of, witness_withheld
    from guwah.web.routes.review import add_form_choices

    document = workspace_document(request.app.state.store, session, document_id, auth.user.username)
    return render(request, "workspace_document.html", {
        "document": document, "levels": [c.value for c in ConsentLevel],
        # the consent and release forms (each route checks its own row again)
        "can_edit": may(auth.user, "change_consent") and may(auth.user, "release"),
        "releases": releases_of(session, document_id),
        "pending": [c for c in pending_consent_changes(session) if c.document_id == document_id],
        "withdrawn": withdrawn, "draft": draft or {},
        # the naming bases the consent form's lowering withdrew (`_bases_told`), as Texts
        "bases_gone": list(gone),
        # the naming bases resting on this testimony, with their notes (an erasure's mark in their place)
        "bases": naming_bases(session, document_id),
        # its witness, whom no basis names: a raise of consent leaves her so (`witness_withheld`)
        "witness_withheld": witness_withheld(session, document_id),
        "extraction": extraction_state(request, session, document_id, asked),
        "can_extract": may(auth.user, "edit_records"),
        # the form that adds a fact the extractor missed (`guwah review add`), for those who may edit facts
        "can_add": may(auth.user, "edit_records") and not document.erased, "adding": adding or {},
        **add_form_choices(session, document_id),
    }, status_code=status_code)


# What the extract button's redirect (`?extract=`) says was done: "started" (or "running": one was
# already under way), or "already" (this extractor version had stored its proposals: nothing run).
EXTRACT_ASKED = ("started", "running", "already")


def extraction_state(request: Request, session: Session, document_id: int, asked: str = "") -> dict:
    """What the document page says of its extraction by this extractor version: "version"; "run": the
    stored run's counts (`ExtractionRun.counts`) or None; "job": this server's extraction of it
    (`guwah.web.extraction.Job`) or None; "asked": `asked` when the state bears it out (a typed
    address says nothing untrue: "already" only beside a stored run)."""
    from guwah.extract import EXTRACTOR, VERSION
    from guwah.storage.tables import ExtractionRun

    run = session.query(ExtractionRun).filter_by(document_id=document_id, extractor=EXTRACTOR,
                                                 version=VERSION).one_or_none()
    job = request.app.state.extractions.job(document_id)
    if asked not in EXTRACT_ASKED or (asked == "already" and run is None) or (asked != "already" and job is None):
        asked = ""
    return {"version": VERSION, "run": dict(run.counts) if run else None, "job": job, "asked": asked}


@router.post("/workspace/documents/{document_id}/extract")
def workspace_extract(request: Request, session: SessionDep, auth: MayEditRecords, document_id: DocumentId) -> Response:
    """Extract the document into proposals for review (`guwah.extract.extract_document`, the function
    `guwah extract` stores with), in the background (`guwah.web.extraction`), its audit entry naming
    the member; then redirect (303) to the document page, which says it is running (refresh) or what
    was proposed. A document this extractor version already extracted is not extracted again."""
    from guwah.extract import EXTRACTOR, VERSION
    from guwah.storage.tables import ExtractionRun

    _load(session, document_id)  # 404 for no such document
    if session.query(ExtractionRun.id).filter_by(document_id=document_id, extractor=EXTRACTOR,
                                                 version=VERSION).first() is not None:
        asked = "already"
    else:
        _, started = request.app.state.extractions.start(document_id, auth.user.username)
        asked = "started" if started else "running"
    return RedirectResponse(f"/workspace/documents/{document_id}?extract={asked}#extraction", status_code=303)


@router.post("/workspace/documents/{document_id}/consent")
def workspace_change_consent(request: Request, session: SessionDep, auth: MayChangeConsent, document_id: DocumentId,
                             consent: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    """Lower consent at once; raising it records a request for a second reviewer. Never publishes.
    The redirect carries the naming bases a lowering withdrew (`guwah.releases.bases_gone`), sealed
    (`bases_seal`), for the page to say which, as `guwah consent set` does."""
    from guwah.releases import bases_gone, request_consent_change, standing_bases

    standing = standing_bases(session, [document_id])
    request_consent_change(session, document_id, consent, auth.user.username, reason)
    gone = ",".join(str(basis) for basis, _, _ in bases_gone(session, standing))
    query = f"?{urlencode({'bases': gone, 'bases_seal': bases_seal(request.app.state.store, document_id, gone)})}"
    return RedirectResponse(f"/workspace/documents/{document_id}{query if gone else ''}", status_code=303)


def bases_seal(store: Store, document_id: int, bases: str) -> str:
    """`withdrawal_seal` for the naming bases the consent form's redirect says a lowering withdrew."""
    return store.ring.mac("bases-told", f"{document_id}|{bases}".encode()).hex()[:32]


@router.post("/workspace/consent/{change_id}/decide")
def workspace_decide_consent(request: Request, session: SessionDep, auth: MayChangeConsent, change_id: DocumentId,
                             decision: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    from guwah.releases import decide_consent_change

    change = decide_consent_change(session, change_id, auth.user.username, decision == "approve", reason or None)
    return RedirectResponse(f"/workspace/documents/{change.document_id}", status_code=303)


@router.post("/workspace/documents/{document_id}/release")
def workspace_draft_release(request: Request, session: SessionDep, auth: MayRelease, document_id: DocumentId,
                            masks: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                            mask_entry_details: Annotated[str, Form()] = "") -> Response:
    """Draft a release (one further detail to mask per line; a public title, or none to keep the
    one it would show) and show it for review. A refused detail or title (too short, only common
    words, nowhere in the text; a title or author naming someone no extraction read, `UnreadName`:
    `guwah.releases.draft_release` drafts nothing) answers the document page again (400, or 409 for a
    name no extraction read) with the refusal beside the form, in the form's words, and the details
    and title as typed, so that the reviewer corrects one line instead of typing the list again. They
    go back only to the member who typed them, on a workspace page that is never cached (no-store)
    nor compressed. `mask_entry_details`: mask too the details matching a withheld person's entry
    (`guwah.releases.entry_details_shown`), the release page's one-step offer."""
    from guwah.publish import NotExtracted
    from guwah.releases import draft_release

    details = [line.strip() for line in masks.splitlines() if line.strip()]
    try:
        release = draft_release(session, document_id, auth.user.username, details or None, title.strip() or None,
                                mask_entry_details=bool(mask_entry_details))
    except (InputError, NotExtracted) as refusal:  # raised before anything is drafted or written
        return _document_page(request, session, auth, document_id,
                              draft={"masks": masks, "title": title, "error": refusal.text or refusal.message},
                              status_code=refusal.http_status)
    return RedirectResponse(f"/workspace/releases/{release.id}", status_code=303)


@router.post("/workspace/documents/{document_id}/withdraw")
def workspace_withdraw_release(request: Request, session: SessionDep, auth: MayRelease, document_id: DocumentId,
                               reason: Annotated[str, Form()] = "") -> Response:
    """Take the testimony down at once, then redirect (303) to the document page, which names the entry
    releases that came down with it."""
    from guwah.releases import waiting_drafts, withdraw_testimony

    if not reason.strip():
        raise InputError(Text(N_("a withdrawal needs a reason")))
    # the drafts waiting for review that a person's withdrawal cancels, said as `release withdraw` says them
    cancelled = ",".join(map(str, waiting_drafts(session, document_id)))
    release, came_down = withdraw_testimony(session, document_id, auth.user.username, reason.strip())
    # Post/Redirect/Get: a reload shows the page again and withdraws nothing; only release ids travel.
    withdrawn, down = release.id if release else 0, ",".join(str(c.release) for c in came_down)
    query = urlencode({"withdrawn": withdrawn, **({"down": down} if down else {}),
                       **({"cancelled": cancelled} if cancelled else {}),
                       "seal": withdrawal_seal(request.app.state.store, document_id, withdrawn, down, cancelled)})
    return RedirectResponse(f"/workspace/documents/{document_id}?{query}", status_code=303)


@router.get("/workspace/releases", response_class=HTMLResponse)
def workspace_releases(request: Request, session: SessionDep, auth: MayRead) -> Response:
    from sqlalchemy import select

    from guwah.releases import entry_out_of_date, pending_consent_changes, redrafted, subject_number
    from guwah.storage.tables import Release

    releases = list(session.scalars(select(Release).where(Release.state.in_(("draft", "approved")))
                                    .order_by(Release.state, Release.id)))
    # The release check's redrafts first: each stands for a subject the public lost until it is approved.
    replaced = {release.id: redrafted(session, release) for release in releases if release.state == "draft"}
    releases.sort(key=lambda release: replaced.get(release.id) is None)
    # An approved entry a testimony's later release overtook (released again, or more to show): still public,
    # to be drafted again.
    overtaken = {release.id: stale for release in releases
                 if (stale := entry_out_of_date(session, release, counts=False)) is not None}
    return render(request, "workspace_releases.html", {
        "releases": [(release, subject_number(session, release.subject_type, release.subject_id),
                      replaced.get(release.id), overtaken.get(release.id)) for release in releases],
        "pending": pending_consent_changes(session)})


@router.get("/workspace/releases/{release_id}", response_class=HTMLResponse)
def workspace_release(request: Request, session: SessionDep, auth: MayRead, release_id: DocumentId) -> Response:
    """One release as the public would see it, every mask highlighted, with approval for editors."""
    return _release_page(request, session, auth.user.username, may(auth.user, "release"), release_id)


class ReleaseRefused(StepRefused):
    """An approval `guwah.releases.approve_release` refused (one's own draft without the single-reviewer
    setting or a reason, the check's redraft, a draft out of date, one no longer a draft): the release's
    page is shown again to `user` with the reason beside the approval form and the reason as typed."""

    def __init__(self, release_id: int, error: GuwahError, form: dict[str, str], user: str):
        super().__init__(error, form)
        self.release_id, self.user = release_id, user


def _refused_release_page(request: Request, session, refused: ReleaseRefused) -> Response:
    """The release's page with the refusal; only a member who may release could be refused."""
    return _release_page(request, session, refused.user, True, refused.release_id, error=refused.error,
                         form=refused.form)


def install(app) -> None:
    """Add the routes, and the page a refused approval answers with (`guwah.web.steps.answer_refusals`)."""
    app.include_router(router)
    answer_refusals(app, ReleaseRefused, _refused_release_page)


def _release_page(request: Request, session: Session, user: str, can_edit: bool, release_id: int, *,
                  error: GuwahError | None = None, form: dict | None = None) -> Response:
    """The release page (`workspace_release`); after a refused approval, `error` beside the approval form
    (said in the reader's language, `guwah.web.steps.said`), `form` what was typed there, and the status
    the refusal has."""
    from guwah.publish import DOCUMENT, SYSTEM, facility_names, release_embargo, release_masked_people, withheld_reasons
    from guwah.releases import (
        approval_reason,
        content_today,
        drafting_notes,
        entry_citation_notes,
        entry_details_shown,
        get_release,
        new_name_notes,
        out_of_date,
        redrafted,
        relatives_shown,
        shared_passage_notes,
        subject_number,
    )

    release = get_release(session, release_id)
    request.app.state.store.audit(session, user, "read", "release", release.id)
    erased = bool(release.content.get("erased"))  # its testimony was erased: nothing of it is kept
    # what a release of its subject would show today, read once: whether a draft is out of date, and
    # which facts of an entry's draft approval would still publish
    now = content_today(session, release) if release.state == "draft" and not erased else None
    entry, facilities = None, {}
    if release.subject_type == DOCUMENT:
        fields = [(name, highlight_masks(release.content.get(name), release.masks, name))
                  for name in ("title", "publisher", "author", "url", "published_on", "licence", "language", "consent")]
        text = highlight_masks(release.content.get("text"), release.masks, "text")
        quoted = _quoted_passages(session, release)
    else:  # an entry's public view in sections, as `guwah release show` prints it (`entry_release_lines`)
        from guwah.releases.entry_view import release_entry_view

        fields, text, quoted = [], None, []
        entry = release_entry_view(session, release, now) if release.state == "draft" else \
            release_entry_view(session, release)
        # the public facilities' names, as the public entry page shows them
        facilities = facility_names(session, [fact.what["facility"] for section in entry.sections
                                              if section.name == "timeline" for fact in section.facts
                                              if fact.what.get("facility") is not None])
    # a draft a later naming or consent change overtook: approving it is refused (`approve_release`)
    stale = out_of_date(session, release, now) if release.state == "draft" and not erased else None
    # an approved entry a testimony's later release overtook (`entry_out_of_date`): still public
    if release.state == "approved" and release.subject_type != DOCUMENT:
        stale = out_of_date(session, release)
    # the release check's own redraft: approving it is refused too (`guwah.releases._second_reviewer`)
    automatic = release.state == "draft" and release.drafted_by == SYSTEM
    # public or drafted entries of withheld people whose details the draft shows (`entry_details_shown`), read
    # once (the extractor's date and place steps): the notes name them, the approval form asks about them
    entry_matches = entry_details_shown(session, release) if release.state == "draft" and not erased else []
    # a draft entry's names accepted after the person's naming was approved: noted, and the approval form
    # asks to confirm them (`guwah.releases.approve_release`)
    new_names = new_name_notes(session, release)
    return render(request, "workspace_release.html", {
        "release": release, "fields": fields, "text": text, "erased": erased, "quoted": quoted,
        "entry": entry, "facility_names": facilities,
        "number": subject_number(session, release.subject_type, release.subject_id),
        # taken down by the release check, or its redraft: why, and which draft waits (by ids)
        "redrafted": redrafted(session, release),
        "stale": stale,  # said first, before the text a reviewer would otherwise read as what approval publishes
        # put back up by an undo: why, as recorded (a Text: said in the reader's language)
        "restored": approval_reason(release) if release.approval_message else None,
        "can_edit": can_edit,
        # a refused approval's reason, in place, and the reason as typed
        "error": said(request, error) if error else None, "form": form or {},
        # a draft whose approval is sure to be refused (the check's redraft, or one out of date) offers the
        # page's "Draft it again" instead of the approval form; `automatic` picks what the form says
        "draft_again": automatic or bool(stale), "automatic": automatic,
        "approvable": release.state == "draft" and not automatic and not stale,
        # why it shows less than the testimony holds, in words (`guwah.publish.withheld_reasons`)
        # and whose names its masks stand for (`guwah.publish.release_masked_people`: counts, never a name)
        "withheld": withheld_reasons(release.content, release.masks, release_masked_people(session, release))
        if release.subject_type == DOCUMENT and not erased else [],
        # a draft's notes (a masked place's county still named, a named relative's part of the witness's
        # name kept masked, passages left shown), as the CLI's `release propose` prints them; an approved
        # release's passages left shown, as `release show` prints them
        "county_notes": [] if release.subject_type != DOCUMENT or erased else drafting_notes(session, release, entry_matches)
        if release.state == "draft" else shared_passage_notes(session, release) if release.state == "approved" else [],
        # relatives named on a pseudonymous witness's word that the draft shows (`guwah.releases.relatives_shown`):
        # the approval form asks whether to keep them named
        "relatives": [mention_label(person) for person in relatives_shown(session, release)]
        if release.state == "draft" and not erased else [],
        # the approval form asks whether to keep them, the page offers to mask them in one step
        "entry_matches": [match.label for match in entry_matches],
        # a draft entry's testimonies left uncited, as they would tell a pseudonymous witness's name (Texts)
        "entry_notes": new_names + entry_citation_notes(session, release) if release.subject_type != DOCUMENT
        and release.state == "draft" else [],
        "new_names": len(new_names),
        # the embargo that applies to it, and whose it is when another text's (the public side's rule)
        "embargo": release_embargo(session, release) if release.subject_type == DOCUMENT and not erased else None,
        "embargo_through": _embargo_through(session, release.subject_id)
        if release.subject_type == DOCUMENT and not erased else None,
    }, status_code=error.http_status if error else 200)


@contextmanager
def _refusals(release_id: int, auth, form: dict[str, str]) -> Iterator[None]:
    """Run an approval: a GuwahError becomes ReleaseRefused (the release's page again, nothing stored)."""
    try:
        yield
    except GuwahError as error:
        raise ReleaseRefused(release_id, error, form, auth.user.username) from error


@router.post("/workspace/releases/{release_id}/approve")
def workspace_approve_release(request: Request, session: SessionDep, auth: MayRelease, release_id: DocumentId,
                              reason: Annotated[str, Form()] = "",
                              keep_relative_names: Annotated[str, Form()] = "",
                              keep_entry_details: Annotated[str, Form()] = "",
                              confirm_new_names: Annotated[str, Form()] = "") -> Response:
    from guwah.publish import DOCUMENT
    from guwah.releases import approve_release, subject_number

    with _refusals(release_id, auth, {"reason": reason, "keep_relative_names": keep_relative_names,
                                      "keep_entry_details": keep_entry_details,
                                      "confirm_new_names": confirm_new_names}):
        release = approve_release(session, release_id, auth.user.username, reason or None, bool(keep_relative_names),
                                  bool(keep_entry_details), bool(confirm_new_names))
    if release.subject_type != DOCUMENT:  # back to the entry's page (by its registry number)
        number = subject_number(session, release.subject_type, release.subject_id)
        return RedirectResponse(f"/workspace/entries/{number}", status_code=303)
    return RedirectResponse(f"/workspace/documents/{release.subject_id}", status_code=303)


AUDIT_PAGE_SIZE = 50


def _entry_id(raw: str) -> int | None:
    """An entry id from the query string (`before`, `after`): digits only, else none (the newest page)."""
    raw = raw.strip()
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 18 else None


@router.get("/workspace/audit", response_class=HTMLResponse)
def workspace_audit(request: Request, session: SessionDep, auth: MayReadAuditLog, by: str = "", action: str = "",
                    record_type: str = "", record_id: str = "", before: str = "", after: str = "") -> Response:
    """The audit log, newest first, AUDIT_PAGE_SIZE a page, narrowed by who acted, the action and the
    record (`guwah.protection.audit.FILTERS`, exact values an entry stores): each entry's who, when,
    action and record ids, never its detail. Paged by entry id (`before`: the entries older than it;
    `after`: newer), "newer" and "older" links, no last page and no count of the whole log. The read is
    audited (`read_entry_page`: filter and where it starts)."""
    from guwah.errors import GuwahError
    from guwah.protection.audit import read_entry_page, stored_values
    from guwah.web.i18n import in_language, language_code, localize

    filters = {"by": by.strip(), "action": action.strip(), "record_type": record_type.strip(),
               "record_id": record_id.strip()}
    context = {"filters": filters, "entries": None, "error": None, "pages": {},
               "choices": {name: stored_values(session, name) for name in ("by", "action", "record_type")}}
    after_id = _entry_id(after)
    try:
        page = read_entry_page(request.app.state.store, session, auth.user.username, AUDIT_PAGE_SIZE,
                               before=_entry_id(before) if after_id is None else None, after=after_id,
                               command="workspace/audit", **filters)
    except GuwahError as error:  # raised before anything was read or audited
        context["error"] = localize(error.text or error.message, language_code(request))
        return render(request, "workspace_audit.html", context, status_code=error.http_status)
    kept = {key: value for key, value in filters.items() if value}

    def url(**bound: int) -> str:
        return in_language(request, "/workspace/audit?" + urlencode({**kept, **bound}))

    entries = page.entries
    context.update(entries=entries, pages={
        "previous": url(after=entries[0].id) if page.newer and entries else url() if page.newer else None,
        "next": (url(before=entries[-1].id if entries else after_id + 1) if page.older else None)})
    return render(request, "workspace_audit.html", context)


def _quoted_passages(session, release) -> list[tuple[str, int, str]]:
    """(reason, source document id, the passage as the document's text holds it) of each passage a
    document release masks as quoted from a text the public may not read (`guwah.publish.quoted_in`):
    the reviewer reads what was masked and why. Empty when the text changed since the draft."""
    import unicodedata

    from guwah.storage.tables import Document

    masks = [m for m in release.masks if m.get("kind") == "quotation" and m.get("quoted")]
    document = session.get(Document, release.subject_id) if masks else None
    if document is None:
        return []
    text = unicodedata.normalize("NFC", document.text or "")
    return [(m["reason"], m["source"], text[m["quoted"][0]:m["quoted"][1]]) for m in masks]


def highlight_masks(value, masks: list[dict], field: str) -> Markup | None:
    """The value, HTML-escaped, with each mask of `field` wrapped in <mark>."""
    if value is None:
        return None
    value = str(value)
    pieces, cursor = [], 0
    for mask in sorted((m for m in masks if m["field"] == field and m["end"] > m["start"]), key=lambda m: m["start"]):
        pieces.append(escape(value[cursor:mask["start"]]))
        pieces.append(Markup('<mark class="mask mask-{}"{}>{}</mark>').format(
            mask["kind"], Markup(' title="{}"').format(mask["reason"]) if mask.get("reason") else "",
            value[mask["start"]:mask["end"]]))
        cursor = mask["end"]
    pieces.append(escape(value[cursor:]))
    return Markup("").join(pieces)
