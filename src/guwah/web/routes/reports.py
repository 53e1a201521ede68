"""The public report form (/report) and the status check (/report/status): thin shells over guwah.reports.

Both forms are anonymous, so they carry a double-submit CSRF token (a random value in a
SameSite=Strict cookie and in the form; the two must match), as the login form does. Bodies are
read up to MAX_BODY_BYTES and parsed here, so an oversized body is refused before it is parsed.
Each client address gets REPORTS_PER_HOUR reports stored (a filled honeypot field, which gets a
receipt that looks real while nothing is stored, counts as one), REFUSALS_PER_HOUR reports refused
by the checks (a family that mistypes is not locked out; a bot cannot grind the checks), and
STATUS_CHECKS checks per 10 minutes, counted in memory under keyed hashes (`RateLimit`): no address
is written to disk. An address over either report limit is refused every report until it is under.
"""

from __future__ import annotations

import hmac
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from guwah.errors import N_, InputError
from guwah.reports import FIELDS, MAX_NAME_CHARS, StatusAnswer, check_report, check_status, decoy_receipt, submit_report
from guwah.web.auth import RateLimit, client_address, login_form_token, render, set_cookie
from guwah.web.i18n import language_code, localize

router = APIRouter()

FORM_COOKIE = "guwah_form_csrf"
HONEYPOT = "website"  # hidden from people (and screen readers); bots fill it
NAME_FIELDS = 4  # name inputs the form offers
# A full report in any script, percent-encoded (up to 9 bytes a character), fits: the account of
# what happened is most of it.
MAX_BODY_BYTES = 64 * 1024
MAX_FORM_FIELDS = 40
REPORTS_PER_HOUR = 10
REFUSALS_PER_HOUR = 60
STATUS_CHECKS = 30
EXPIRED = N_("The form has expired or did not come from this site. Reload the page and try again.")
TOO_LARGE = N_("The report is too large. Shorten it and send it again.")
TOO_MANY = N_("Too many attempts from your connection. Wait a while and try again.")


def install(app: FastAPI) -> None:
    """Add the routes and their in-memory rate limits to `app`."""
    install_limits(app)
    app.include_router(router)


def install_limits(app: FastAPI) -> None:
    """Fresh rate limits: REPORTS_PER_HOUR reports stored and REFUSALS_PER_HOUR refused an hour,
    STATUS_CHECKS checks per 10 minutes."""
    app.state.report_limit = RateLimit(attempts=REPORTS_PER_HOUR, window=3600, processes=app.state.processes)
    app.state.refusal_limit = RateLimit(attempts=REFUSALS_PER_HOUR, window=3600, processes=app.state.processes)
    app.state.status_limit = RateLimit(attempts=STATUS_CHECKS, window=600, processes=app.state.processes)


class FormProblem(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


async def _read_form(request: Request) -> dict[str, list[str]]:
    """The url-encoded body as {field: [values]}, read no further than MAX_BODY_BYTES."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise FormProblem(415, N_("Send the form from this site's page."))
    declared = request.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > MAX_BODY_BYTES:
        raise FormProblem(413, TOO_LARGE)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise FormProblem(413, TOO_LARGE)
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS,
                          errors="strict")
    except UnicodeDecodeError:
        raise FormProblem(400, N_("The form arrived garbled (it is not valid UTF-8). Send it again.")) from None
    except ValueError:
        raise FormProblem(413, TOO_LARGE) from None
    form: dict[str, list[str]] = {}
    for key, value in pairs:
        form.setdefault(key, []).append(value)
    return form


def _csrf_ok(request: Request, form: dict[str, list[str]]) -> bool:
    cookie = request.cookies.get(FORM_COOKIE) or ""
    given = (form.get("csrf_token") or [""])[0]
    return bool(cookie) and hmac.compare_digest(cookie.encode(), given.encode())


def _page(request: Request, name: str, context: dict, status_code: int = 200) -> Response:
    if context.get("error"):
        # Refusals (this module's, and guwah.reports' Texts) in the reporter's language.
        context = {**context, "error": localize(context["error"], language_code(request))}
    token = login_form_token(request, FORM_COOKIE)
    response = render(request, name, {**context, "form_csrf": token}, status_code=status_code)
    set_cookie(request, response, FORM_COOKIE, token)
    # What a family typed, and a secret shown once, stay out of caches and the back button.
    response.headers["Cache-Control"] = "no-store"
    return response


def _form_context(form: dict[str, list[str]] | None = None) -> dict:
    """What the form shows again after a refusal: every field but the contact (never shown)."""
    form = form or {}
    names = [*form.get("names", []), *[""] * NAME_FIELDS][:max(NAME_FIELDS, len(form.get("names", [])))]
    values = {key: (form.get(key) or [""])[0] for key in (*FIELDS, "birth_year") if key != "contact"}
    return {"names": names, "values": values, "limits": {key: limit for key, (limit, _) in FIELDS.items()},
            "name_limit": MAX_NAME_CHARS}


def _limited(request: Request, limits: list[RateLimit], template: str, context: dict,
             count: bool = True) -> Response | None:
    """The 429 page when the client is over one of `limits` (each counts this attempt, unless
    count=False: only looked at); None when it is within them all."""
    address = client_address(request)
    over = [limit for limit in limits if not limit.allow(address, count=count)]
    if not over:
        return None
    response = _page(request, template, {**context, "error": TOO_MANY}, status_code=429)
    response.headers["Retry-After"] = str(max(limit.retry_after(address) for limit in over))
    return response


def _input_id(field: str | None) -> str | None:
    """The id of the form's input for a refused field (`guwah.errors.FieldRefused.field`):
    "names.2" is the input "name-2"; the others are named as their field."""
    if field and field.startswith("names."):
        return "name-" + field.removeprefix("names.")
    return field


@router.get("/report", response_class=HTMLResponse)
def report_form(request: Request) -> Response:
    return _page(request, "report.html", _form_context())


@router.post("/report", response_class=HTMLResponse)
async def report_submit(request: Request) -> Response:
    try:
        form = await _read_form(request)
    except FormProblem as problem:
        return _page(request, "report.html", {**_form_context(), "error": problem.message}, problem.status)
    context = _form_context(form)
    if not _csrf_ok(request, form):
        return _page(request, "report.html", {**context, "error": EXPIRED}, 403)
    # Only stored reports (and honeypot hits, which must look stored) use up the report limit;
    # refusals have their own, looser one. An address over either waits, whatever it sends.
    reports, refusals = request.app.state.report_limit, request.app.state.refusal_limit
    limited = _limited(request, [reports, refusals], "report.html", context, count=False)
    if limited:
        return limited
    if any(value.strip() for value in form.get(HONEYPOT, [])):
        return _limited(request, [reports], "report.html", context) or _page(
            request, "report_received.html", {"receipt": decoy_receipt()})
    fields = {key: (form.get(key) or [None])[0] for key in FIELDS}
    try:
        report = check_report(form.get("names", []), (form.get("birth_year") or [None])[0], **fields)
    except InputError as error:
        refusals.allow(client_address(request))
        return _page(request, "report.html", {**context, "error": error.text or error.message,
                                              "invalid": _input_id(getattr(error, "field", None))}, 400)
    limited = _limited(request, [reports], "report.html", context)
    if limited:
        return limited
    store = request.app.state.store

    def submit():
        with store.session() as session:
            return submit_report(store, session, report)

    return _page(request, "report_received.html", {"receipt": await run_in_threadpool(submit)})


@router.get("/report/status", response_class=HTMLResponse)
def report_status_form(request: Request) -> Response:
    return _page(request, "report_status.html", {})


@router.post("/report/status", response_class=HTMLResponse)
async def report_status_check(request: Request) -> Response:
    try:
        form = await _read_form(request)
    except FormProblem as problem:
        return _page(request, "report_status.html", {"error": problem.message}, problem.status)
    if not _csrf_ok(request, form):
        return _page(request, "report_status.html", {"error": EXPIRED}, 403)
    limited = _limited(request, [request.app.state.status_limit], "report_status.html", {})
    if limited:
        return limited
    reference, secret = ((form.get(key) or [""])[0] for key in ("reference", "secret"))
    store = request.app.state.store

    def check() -> StatusAnswer | None:
        with store.session() as session:
            return check_status(session, reference, secret)

    answer = await run_in_threadpool(check)
    # The typed reference is not shown back: an unknown one and a wrong secret read the same.
    return _page(request, "report_status.html", {"checked": True, "answer": answer})
