"""The workspace's intake: one testimony uploaded with its consent and provenance, for the members
whose role may ingest (`guwah.accounts.permissions`, "edit_records", the row `guwah ingest` checks).

The upload goes to `guwah.ingest.ingest_upload`, the path `guwah ingest` takes for a file on disk:
the original stored untouched (encrypted) and hashed, its custody and audit entries naming the
account, a duplicate answered with the stored document's id, a bad file refused with nothing stored.
The request's body is read here, bounded and in memory (`read_upload`): the uploaded bytes are never
written to a temporary file (Starlette's own form parser spools a file over 1 MB to one), and a file
over GUWAH_MAX_FILE_BYTES is refused before anything is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from python_multipart import MultipartParser
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import parse_options_header

from guwah.accounts.permissions import may
from guwah.domain import ConsentLevel
from guwah.errors import N_, InputError, Text
from guwah.web.auth import AuthDep, MayEditRecords, MayReadReports, SessionDep, not_allowed, render

router = APIRouter()

# The form's fields besides its file, by the Metadata field each states (a sidecar's keys).
# `witness_contact` and `witness_consent` are the flat fields a sidecar nests (`guwah.ingest.metadata.folded`).
FIELDS = ("consent", "consent_note", "embargo_until", "witness", "witness_contact", "witness_consent", "title",
          "publisher", "url",
          "interviewer", "language", "interview_date", "translation_of", "submitter", "submitter_contact")
# The languages the form offers for the text (blank: detected from the text, as `guwah ingest` does).
LANGUAGES = ("ug", "kk", "zh", "ru", "en")
# What the body may hold besides the file: a dozen short fields (each at most MAX_FIELD_BYTES).
MAX_FIELDS, MAX_FIELD_BYTES = 24, 16 * 1024
# A body this far over the file limit is not read to its end (the fields come first, so the
# refusal still names the limit): the server stops reading and the browser may show a reset.
OVER_READ = 1024 * 1024

NOT_A_FORM = N_("send the intake form with its file: nothing was stored")
NO_FILE = N_("choose the file of the testimony: nothing was stored")
TOO_MANY = N_("the form holds more fields or files than the intake form has: nothing was stored")
BROKEN = N_("the form could not be read (it arrived incomplete or malformed): nothing was stored")


@dataclass
class Upload:
    """What the intake form sent: its text fields (the first value of each), the file's name as the
    browser gave it and its bytes (none kept once it is `over` the limit)."""

    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    data: bytearray = field(default_factory=bytearray)
    over: bool = False  # the file (or the body) was bigger than the limit: its bytes were dropped
    problem: str | None = None  # why the form cannot be used (an N_ message), besides `over`


async def read_upload(request: Request, max_file_bytes: int, text_field: str | None = None) -> Upload | None:
    """The multipart body of `request`, parsed in memory as it arrives; None for a body that is not
    multipart. The file's bytes are kept up to `max_file_bytes` and dropped past it (`over`), and the
    body is read no further than OVER_READ past that; a second file, too many fields or a field over
    MAX_FIELD_BYTES is a `problem`, never an exception. `text_field`: the name of a field read as the
    file is (the paste form's text, its UTF-8 bytes in `data`, bounded alike; `filename` stays None)."""
    kind, options = parse_options_header(request.headers.get("content-type", ""))
    if kind != b"multipart/form-data" or not options.get(b"boundary"):
        return None
    upload = Upload()
    part: dict = {}
    header: list[bytes] = [b"", b""]

    def on_part_begin() -> None:
        part.clear()
        part.update(headers={}, data=bytearray(), file=False)

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header[0] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header[1] += data[start:end]

    def on_header_end() -> None:
        part["headers"][header[0].strip().lower()] = header[1]
        header[0], header[1] = b"", b""

    def on_headers_finished() -> None:
        _, disposition = parse_options_header(part["headers"].get(b"content-disposition", b""))
        part["name"] = disposition.get(b"name", b"").decode("utf-8", "replace")
        if text_field is not None and part["name"] == text_field and b"filename" not in disposition:
            if part["name"] in upload.fields or upload.data:
                upload.problem = TOO_MANY
            part["file"] = True
            upload.fields[part["name"]] = ""  # present (its bytes in `data`): a second one is too many
        elif b"filename" in disposition:
            if upload.filename is not None:
                upload.problem = TOO_MANY
            part["file"] = True
            upload.filename = disposition[b"filename"].decode("utf-8", "replace")
        elif len(upload.fields) >= MAX_FIELDS:
            upload.problem = TOO_MANY

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if part.get("file"):
            if not upload.over:
                upload.data += data[start:end]
                if len(upload.data) > max_file_bytes:
                    upload.over = True
                    upload.data = bytearray()  # never kept past the limit
        elif len(part["data"]) + end - start > MAX_FIELD_BYTES:
            upload.problem = TOO_MANY
        else:
            part["data"] += data[start:end]

    def on_part_end() -> None:
        if not part.get("file") and part.get("name") and upload.problem is None:
            upload.fields.setdefault(part["name"], part["data"].decode("utf-8", "replace"))

    parser = MultipartParser(options[b"boundary"], {
        "on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
        "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_headers_finished": on_headers_finished})
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_file_bytes + OVER_READ + MAX_FIELDS * MAX_FIELD_BYTES:
                upload.over, upload.data = True, bytearray()
                return upload
            parser.write(chunk)
        parser.finalize()
    except FormParserError:
        upload.problem, upload.data = BROKEN, bytearray()
    return upload


async def intake_upload(request: Request, auth: AuthDep) -> Upload | None:
    """The intake form's upload (`read_upload`), read only for a member whose role may ingest: an
    anonymous or half-signed-in visitor is left to `require` (sent to log in), a role that may not
    ingest is refused (403) before a byte of the body is read. Its fields are where the CSRF check
    reads the form's token (`guwah.web.auth.check_csrf`), which runs next."""
    return await _intake_body(request, auth, None)


async def intake_paste(request: Request, auth: AuthDep) -> Upload | None:
    """The paste form's body, as `intake_upload` reads the upload's: its text (the field "text") read
    as a file is, bounded by GUWAH_MAX_FILE_BYTES and kept in memory."""
    return await _intake_body(request, auth, "text")


async def _intake_body(request: Request, auth, text_field: str | None) -> Upload | None:
    if auth is None or not auth.complete:
        return None
    if not may(auth.user, "edit_records"):
        raise not_allowed(auth.user, "edit_records")
    upload = await read_upload(request, request.app.state.store.settings.max_file_bytes, text_field)
    if upload is not None:
        request.state.parsed_form = upload.fields
    return upload


def _page(request: Request, form: dict, error: str | Text | None = None, status_code: int = 200, *,
          paste: bool = False) -> Response:
    from guwah.ingest import megabytes
    from guwah.web.i18n import language_code, localize

    return render(request, "workspace_intake.html", {
        "form": form, "levels": [level.value for level in ConsentLevel], "languages": LANGUAGES,
        "limit": megabytes(request.app.state.store.settings.max_file_bytes),
        "error": localize(error, language_code(request)) if error is not None else None, "paste": paste,
    }, status_code=status_code)


@router.get("/workspace/intake", response_class=HTMLResponse)
def workspace_intake(request: Request, auth: MayEditRecords) -> Response:
    """The intake form: one file, its consent (required, no level chosen beforehand), embargo, witness,
    source and provenance, language and interview date."""
    return _page(request, {})


@router.post("/workspace/intake", response_class=HTMLResponse)
def workspace_intake_send(request: Request, upload: Annotated[Upload | None, Depends(intake_upload)],
                          auth: MayEditRecords) -> Response:
    """Store the uploaded testimony (`guwah.ingest.ingest_upload`) and say what happened and what comes
    next; a refusal answers the form again (nothing stored) with the fields as typed, never the file."""
    from guwah.ingest import TOO_BIG, ingest_upload, megabytes

    if upload is None:
        raise InputError(Text(NOT_A_FORM))
    form = {name: upload.fields.get(name, "") for name in FIELDS}
    limit = request.app.state.store.settings.max_file_bytes
    if upload.over:
        return _page(request, form, Text(TOO_BIG, {"limit": megabytes(limit)}), 413)
    if upload.problem is not None:
        return _page(request, form, Text(upload.problem), 400)
    if not upload.filename and not upload.data:
        return _page(request, form, Text(NO_FILE), 400)
    # The ingest's own transactions store it (`ingest_upload`, as the CLI); the request's session is
    # not used here, so that nothing it holds (a sign-in's renewal, unflushed) is written before them.
    stated = {name: value for name, value in form.items() if value.strip()}
    store = request.app.state.store
    approved = _approved(store)
    try:
        outcome = ingest_upload(store, upload.filename or "", bytes(upload.data), stated, actor=auth.user.username)
    finally:
        upload.data = bytearray()  # the bytes live no longer than the request needs them
    return _answer(request, store, form, outcome, approved)


@router.get("/workspace/intake/paste", response_class=HTMLResponse)
def workspace_intake_paste(request: Request, auth: MayEditRecords) -> Response:
    """The intake form with a box for the testimony's text in place of the file (an e-mail, a chat):
    the same consent, provenance, title and language."""
    return _page(request, {}, paste=True)


@router.post("/workspace/intake/paste", response_class=HTMLResponse)
def workspace_intake_paste_send(request: Request, upload: Annotated[Upload | None, Depends(intake_paste)],
                                auth: MayEditRecords) -> Response:
    """Store the pasted text as an uploaded .txt file is (`guwah.ingest.ingest_pasted`) and answer as
    the upload does; a refusal (no text, text over the limit, no consent) answers the form again with
    the fields and the text as typed, nothing stored."""
    from guwah.ingest import FAILED, TEXT_TOO_BIG, ingest_pasted, megabytes

    if upload is None:
        raise InputError(Text(NOT_A_FORM))
    form = {name: upload.fields.get(name, "") for name in FIELDS}
    limit = request.app.state.store.settings.max_file_bytes
    if upload.over:
        return _page(request, form, Text(TEXT_TOO_BIG, {"limit": megabytes(limit)}), 413, paste=True)
    if upload.problem is not None:
        return _page(request, form, Text(upload.problem), 400, paste=True)
    try:
        text = bytes(upload.data).decode("utf-8")
    except UnicodeDecodeError:
        return _page(request, form, Text(BROKEN), 400, paste=True)
    finally:
        upload.data = bytearray()
    stated = {name: value for name, value in form.items() if value.strip()}
    store = request.app.state.store
    approved = _approved(store)
    outcome = ingest_pasted(store, text, stated, actor=auth.user.username)
    if outcome.status == FAILED:
        form["text"] = text  # the text as pasted, for the volunteer to correct (never stored)
    return _answer(request, store, form, outcome, approved, paste=True)


def _answer(request: Request, store, form: dict, outcome, approved: set[int], *, paste: bool = False) -> Response:
    """The intake's answer to an outcome of `ingest_upload` or `ingest_pasted`: the form again with
    the refusal (400), or what was stored and what comes next (201; 200 for a duplicate)."""
    from guwah.ingest import DUPLICATE, FAILED

    if outcome.status == FAILED:
        return _page(request, form, outcome.text or Text(N_("%(reason)s: nothing was stored"),
                                                        {"reason": outcome.reason}), 400, paste=paste)
    return render(request, "workspace_intake_done.html", {
        "document_id": outcome.document_id, "duplicate": outcome.status == DUPLICATE,
        "translates": _translates(store, outcome.document_id) if outcome.status != DUPLICATE else None,
        "pages_needing_ocr": list(outcome.pages_needing_ocr), "skipped": list(outcome.skipped),
        "came_down": _came_down(store, approved) if outcome.status != DUPLICATE else [],
    }, status_code=200 if outcome.status == DUPLICATE else 201)


def _translates(store, document_id: int) -> tuple[int, str | None] | None:
    """The original the stored document translates, as (id, its title or None), for the page to name
    what the form's "Translation of" box found (`guwah.web.routes.workspace.translation_links`)."""
    from guwah.web.routes.workspace import translation_links

    with store.session() as session:
        return translation_links(session, document_id)[0]


def _approved(store) -> set[int]:
    """The ids of the releases approved now (`guwah.releases.approved_release_ids`)."""
    from guwah.releases import approved_release_ids

    with store.session() as session:
        return approved_release_ids(session)


def _came_down(store, approved: set[int]) -> list:
    """The releases of `approved` that are no longer up (`guwah.releases.taken_down_since`): a witness
    the new testimony records can make an approved release fail the release check, which takes it down
    at ingest, as `guwah ingest` says on its side."""
    from guwah.releases import taken_down_since

    with store.session() as session:
        return taken_down_since(session, approved)


@router.get("/workspace/reports", response_class=HTMLResponse)
def workspace_reports(request: Request, session: SessionDep, auth: MayReadReports) -> Response:
    """The reports families sent through the public form, oldest first, with what each says happened
    (`guwah.reports.list_reports`, as `guwah reports list`: never a contact; the read is audited), for
    the members the role matrix lets read them (row "read_reports", as the CLI checks)."""
    return _reports_page(request, session, auth)


def _reports_page(request: Request, session, auth, error: Text | str | None = None, status_code: int = 200,
                  taking: str | None = None) -> Response:
    """The queue (`list_reports`, audited), each report with the entries it may match
    (`guwah.reports.testimony.report_matches`: editors only, never a public page), and for members who
    may take a report (`edit_records`) its take form; `error` a refusal of the take of `taking`."""
    from guwah.reports import list_reports
    from guwah.reports.testimony import report_matches
    from guwah.web.i18n import language_code, localize

    reports = list_reports(request.app.state.store, session, auth.user.username)
    return render(request, "workspace_reports.html", {
        "reports": reports, "matches": report_matches(session, reports),
        "may_take": may(auth.user, "edit_records"), "consent_levels": [level.value for level in ConsentLevel],
        "error": localize(error, language_code(request)) if error is not None else None, "taking": taking,
    }, status_code=status_code)


@router.post("/workspace/reports/{reference}/take", response_class=HTMLResponse)
def workspace_take_report(request: Request, auth: MayEditRecords, reference: str,
                          consent: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    """Take a report into the archive (`guwah.reports.testimony.take_report`, as `guwah reports take`):
    a confidential document, a raise of its consent for a second reviewer when the family agreed to
    more, its person proposed; then to the document's page (303), where its facts are extracted. A
    refusal (a level above confidential without a reason, a report taken already) answers the queue
    again with it (400), nothing stored; an unknown reference is 404."""
    from guwah.reports.testimony import take_report

    store = request.app.state.store
    # take_report's own transaction stores it; the queue is read again only for a refusal.
    try:
        taken = take_report(store, reference, consent, auth.user.username, reason or None)
    except InputError as error:
        with store.session() as session:
            return _reports_page(request, session, auth, error.text or error.message, 400, reference)
    return RedirectResponse(f"/workspace/documents/{taken.document_id}", status_code=303)

