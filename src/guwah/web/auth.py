"""Who is asking: the session cookie or an API token, role checks, CSRF, the login rate limit.

A request is authenticated by `Authorization: Bearer <api token>` when it carries one (a bad
token is a 401, never a fall-back to the cookie), otherwise by the `guwah_session` cookie.
Cookie-authenticated requests that change state must carry the session's CSRF token (a keyed
hash of the session token) in the form field `csrf_token` or the `X-CSRF-Token` header, and must
not say they come from another site (`check_origin`: an Origin header naming another host, or
Sec-Fetch-Site other than same-origin; a request with neither, as some clients send, rests on the
token alone); token requests carry no ambient credential, so they need neither. Editors and admins reach the workspace
only after passing TOTP in the session; API tokens stand in for both factors.

Pages answer an anonymous visitor with a redirect to /login, the API with 401; a logged-in user
whose role is too low gets 403, which names their role and the role needed (`not_allowed`).
Records the visitor may not see answer 404 (see guwah.publish).
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote, urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import MutableHeaders

from guwah.accounts import Login, session_user, user_for_token
from guwah.accounts.permissions import may, role_for
from guwah.accounts.sessions import Ended, find_session
from guwah.errors import N_, Term, Text
from guwah.protection.audit import READ_LOG
from guwah.storage import Store
from guwah.storage.tables import UserAccount
from guwah.web.deps import SessionDep
from guwah.web.headers import ResponseHeaders

SESSION_COOKIE = "guwah_session"
LOGIN_CSRF_COOKIE = "guwah_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
PRIVATE_PREFIXES = ("/login", "/logout", "/account", "/workspace", "/admin", "/api/workspace")
# Why a form was refused (shown in the reader's language: the handler below translates them).
EXPIRED = N_("The form has expired or did not come from this site. Reload the page and try again.")
FOREIGN = N_("This form was sent from another site, so nothing was done. Use the form on this site.")
# A member refused for their role is told it and the role the operation needs (`role_for`), as the
# CLI's `check_permission` says it, so that they know whom to ask (`not_allowed`).
NEEDS_ROLE = N_("Your role is %(role)s; this needs the role %(needed)s or %(highest)s.")
NEEDS_HIGHEST_ROLE = N_("Your role is %(role)s; this needs the role %(needed)s.")




@dataclass(frozen=True)
class Auth:
    """The user a request acts for, and how it proved it."""

    user: UserAccount
    login: Login | None  # None for API-token requests

    @property
    def complete(self) -> bool:
        return self.login is None or self.login.complete


class AuthProblem(Exception):
    """Stops a request: 401 / redirect to `location`, or 403."""

    def __init__(self, status: int, message: str | Text, location: str | None = None):
        super().__init__(str(message))
        self.status, self.message, self.location = status, message, location


def not_allowed(user: UserAccount, operation: str) -> AuthProblem:
    """The 403 for `user`, whose role may not do `operation`: it names their role and the least role
    that may (`guwah.accounts.permissions.role_for`, the one table), each as its label on a page."""
    from guwah.accounts.users import ROLES

    needed, highest = role_for(operation), ROLES[-1]
    values = {"role": Term("account_role", user.role), "needed": Term("account_role", needed),
              "highest": Term("account_role", highest)}
    return AuthProblem(403, Text(NEEDS_HIGHEST_ROLE if needed == highest else NEEDS_ROLE, values))


def csrf_token(store: Store, session_token: str) -> str:
    """The CSRF token of a browser session: a keyed hash of its (secret) session token."""
    return store.ring.mac("csrf", session_token.encode("utf-8")).hex()


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def current_auth(request: Request, session: SessionDep) -> Auth | None:
    """The requester, or None for the public. Raises 401 for a bad API token."""
    token = _bearer(request)
    if token is not None:
        user = user_for_token(session, token)
        if user is None:
            raise AuthProblem(401, "That API token is not valid.")
        auth = Auth(user, None)
    else:
        found = find_session(session, request.cookies.get(SESSION_COOKIE),
                             idle=request.app.state.store.settings.session_idle)
        request.state.ended_idle = isinstance(found, Ended) and found.idle
        auth = Auth(found.user, found) if isinstance(found, Login) else None
    request.state.header = _header(request, auth)
    return auth


@dataclass(frozen=True)
class HeaderUser:
    """What the page header shows: plain values, safe to render after the database session ends."""

    username: str
    role: str
    complete: bool  # every factor given: the workspace links are worth showing
    reads_audit_log: bool = False  # the role may read the audit log (`guwah.protection.audit.READ_LOG`)
    manages_accounts: bool = False  # the role may manage accounts (the one "manage_accounts" permission)
    edits_records: bool = False  # the role may ingest and extract ("edit_records"): the intake's link


def _header(request: Request, auth: Auth | None) -> dict:
    if auth is None:
        return {"user": None, "csrf_token": None}
    token = csrf_token(request.app.state.store, auth.login.token) if auth.login else None
    return {"user": HeaderUser(auth.user.username, auth.user.role, auth.complete, may(auth.user, READ_LOG),
                                   may(auth.user, "manage_accounts"), may(auth.user, "edit_records")),
            "csrf_token": token}


AuthDep = Annotated[Auth | None, Depends(current_auth)]


def login_url(request: Request, step: str = "/login") -> str:
    """A login step's address (`step`: the password's, or the second factor's) that comes back to
    the page asked for, its query (the reader's language among it) kept; a form's POST comes back
    to nothing (it would be sent again), and the login page says that nothing it sent was stored
    (`unsent`: a form left open after its session ended)."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"{step}?next=" + quote(target, safe="/") if request.method == "GET" else f"{step}?unsent=1"


def idle_url(request: Request) -> str:
    """The login page that says the session ended for lack of use (GUWAH_SESSION_IDLE_MINUTES), coming
    back to the page asked for by its path alone: a page's query (a search for a name, a filter) is
    left out, so that the address the next person at the computer sees holds nothing typed there
    (the reader's language is put back by `guwah.web.i18n.remember_language`). A form's POST comes
    back to nothing, and the page says that nothing it sent was stored."""
    if request.method != "GET":
        return "/login?idle=1&unsent=1"
    return "/login?idle=1&next=" + quote(request.url.path, safe="/")


def check_origin(request: Request) -> None:
    """403 for a request the browser says came from another site: Sec-Fetch-Site other than
    "same-origin" (or "none": typed by the user), or an Origin header whose host and port are not
    this request's. "Origin: null" tells nothing: under this site's Referrer-Policy (no-referrer)
    the Fetch standard has a browser send it with every POST, its own forms' included. Only the
    host is compared, not the scheme: behind a TLS proxy whose forwarded headers are not trusted
    the request looks like http while the page was https. A request that tells neither (some
    clients send no such header) is left to the CSRF token."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site.strip().lower() not in ("same-origin", "none"):
        raise AuthProblem(403, FOREIGN)
    origin = (request.headers.get("origin") or "null").strip().lower()
    if origin != "null" and urlsplit(origin).netloc != request.url.netloc.lower():
        raise AuthProblem(403, FOREIGN)


async def check_csrf(request: Request, expected: str) -> None:
    """403 unless the request comes from this site (`check_origin`) and carries `expected` in its
    form or X-CSRF-Token header: the one check every state-changing member request passes."""
    check_origin(request)
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        # A route that read its own body (the intake's upload, bounded and kept in memory:
        # `routes.intake.read_upload`) left its fields here; any other form is parsed now.
        parsed = getattr(request.state, "parsed_form", None)
        given = (parsed if parsed is not None else await request.form()).get(CSRF_FIELD)
    if not isinstance(given, str) or not hmac.compare_digest(given.encode(), expected.encode()):
        raise AuthProblem(403, EXPIRED)


def require(operation: str):
    """A dependency: the requester, who must be logged in (every factor given) with a role that
    may do `operation` (a row of `guwah.accounts.permissions.PERMISSIONS`, the table the CLI
    checks too)."""

    async def dependency(request: Request, auth: AuthDep) -> Auth:
        if auth is None:
            ended_idle = getattr(request.state, "ended_idle", False)
            raise AuthProblem(401, "Log in first.", idle_url(request) if ended_idle else login_url(request))
        if auth.login is not None:
            if not auth.complete:
                target = login_url(request, "/login/totp" if auth.user.totp_enabled else "/account/totp")
                raise AuthProblem(401, "Give your second factor first.", target)
            if request.method in UNSAFE_METHODS:
                await check_csrf(request, csrf_token(request.app.state.store, auth.login.token))
        if not may(auth.user, operation):
            raise not_allowed(auth.user, operation)
        return auth

    return dependency


# One alias per row of PERMISSIONS that a route uses.
MayRead = Annotated[Auth, Depends(require("read"))]
MayChangeOwnAccount = Annotated[Auth, Depends(require("own_account"))]
MayChangeConsent = Annotated[Auth, Depends(require("change_consent"))]
MayEditRecords = Annotated[Auth, Depends(require("edit_records"))]
MayReadReports = Annotated[Auth, Depends(require("read_reports"))]
MayRelease = Annotated[Auth, Depends(require("release"))]
MayManageAccounts = Annotated[Auth, Depends(require("manage_accounts"))]
# The audit log's page: the row `guwah audit list` checks (`guwah.protection.audit.READ_LOG`).
MayReadAuditLog = Annotated[Auth, Depends(require(READ_LOG))]


async def require_login(request: Request, auth: AuthDep) -> Login:
    """A dependency for the login steps: any browser session, finished or not (CSRF-checked)."""
    if auth is None or auth.login is None:
        raise AuthProblem(401, "Log in first.", idle_url(request) if getattr(request.state, "ended_idle", False)
                          else "/login")
    if request.method in UNSAFE_METHODS:
        await check_csrf(request, csrf_token(request.app.state.store, auth.login.token))
    return auth.login


LoginDep = Annotated[Login, Depends(require_login)]


# --- cookies ----------------------------------------------------------------------------------

def secure_cookies(request: Request) -> bool:
    setting = request.app.state.store.settings.secure_cookies
    return setting == "1" or (setting == "auto" and request.url.scheme == "https")


def set_cookie(request: Request, response: Response, name: str, value: str, *, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="strict",
                        secure=secure_cookies(request))


def clear_cookie(request: Request, response: Response, name: str) -> None:
    response.delete_cookie(name, path="/", httponly=True, samesite="strict", secure=secure_cookies(request))


def login_form_token(request: Request, cookie: str = LOGIN_CSRF_COOKIE) -> str:
    """An anonymous form's CSRF token (login's by default): the double-submit cookie's value, or a new one."""
    return request.cookies.get(cookie) or secrets.token_urlsafe(32)


def safe_next(target: str | None) -> str:
    """Where to go after login: a path on this site only (never //elsewhere or a full URL)."""
    if (not target or not target.startswith("/") or target.startswith(("//", "/\\"))
            or any(ord(c) < 0x20 or c == "\\" for c in target)):
        return "/workspace"
    return target


# --- the login rate limit -----------------------------------------------------------------------

class RateLimit:
    """At most `attempts` per client address per `window` seconds, in this process's memory.

    Addresses are kept only as keyed hashes (under a key that lives and dies with the process),
    so that a memory dump does not list who tried to log in. When `processes` server processes
    share the work (`guwah serve --workers`), each allows its share of `attempts` (at least one),
    so that together they never allow more than `attempts` (or one per process, if that is more).
    """

    def __init__(self, attempts: int = 10, window: float = 300.0, max_clients: int = 10_000, processes: int = 1):
        self.attempts, self.window, self.max_clients = max(1, attempts // max(1, processes)), window, max_clients
        self._seen: OrderedDict[bytes, deque[float]] = OrderedDict()
        self._lock = threading.Lock()
        self._key = secrets.token_bytes(32)

    def _client(self, client: str) -> bytes:
        return hmac.new(self._key, client.encode("utf-8"), "sha256").digest()[:16]

    def allow(self, client: str, now: float | None = None, count: bool = True) -> bool:
        """Count one attempt from `client`; False when it is over the limit. With count=False, only
        whether one more would be allowed (nothing counted), for a limit that counts some outcomes
        of a request, known only after it."""
        now = time.monotonic() if now is None else now
        key = self._client(client)
        with self._lock:
            times = self._seen.pop(key, None) or deque()
            while times and times[0] <= now - self.window:
                times.popleft()
            allowed = len(times) < self.attempts
            if allowed and count:
                times.append(now)
            self._seen[key] = times
            while len(self._seen) > self.max_clients:
                self._seen.popitem(last=False)
            return allowed

    def refund(self, client: str) -> None:
        """Take back the newest attempt counted for `client`: the login counts every attempt as it
        starts (so that attempts sent at once cannot all pass before the first is counted) and gives
        a step that succeeded back, so that only failures stay counted."""
        with self._lock:
            times = self._seen.get(self._client(client))
            if times:
                times.pop()

    def retry_after(self, client: str, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        times = self._seen.get(self._client(client))
        return max(1, int(times[0] + self.window - now) + 1) if times else 1


class LoginLimits:
    """The login's rate limits (OWASP's credential-stuffing guidance): failed steps, counted per
    client address and per account name (as typed; keyed hashes only), each at most `attempts` per
    `window` seconds. A step that succeeds is given back (`RateLimit.refund`), so that a team
    signing in from one office address (its NAT) is never refused for signing in, while a guesser
    is stopped whether they try many accounts from one address or one account from many.

    Every attempt is counted before it is checked and refunded only once it succeeded: requests sent
    at once are bounded as before, never all let through before the first failure is counted.
    Wrong passwords and codes also count toward the account's lockout in the database
    (`guwah.accounts.users.record_failure`), which this does not replace."""

    def __init__(self, attempts: int = 10, window: float = 300.0, processes: int = 1):
        self.by_address = RateLimit(attempts, window, processes=processes)
        self.by_account = RateLimit(attempts, window, processes=processes)

    def start(self, address: str, account: str) -> int | None:
        """Count one attempt from `address` for `account`; None when it may go on, else the seconds
        to wait (nothing counted then)."""
        if not self.by_address.allow(address):
            return self.by_address.retry_after(address)
        if not self.by_account.allow(account):
            self.by_address.refund(address)
            return self.by_account.retry_after(account)
        return None

    def succeeded(self, address: str, account: str) -> None:
        """The step `start` counted succeeded: it is no failure."""
        self.by_address.refund(address)
        self.by_account.refund(account)


def client_address(request: Request) -> str:
    """The peer's address; a forwarded one only from GUWAH_TRUSTED_PROXIES (see guwah.web.server)."""
    return request.client.host if request.client else "unknown"


# --- wiring -----------------------------------------------------------------------------------

def template_context(request: Request) -> dict:
    """`user` and `csrf_token` for every page, so that the header can offer log in / log out."""
    if hasattr(request.state, "header"):  # set by current_auth on this request
        return request.state.header
    if not request.cookies.get(SESSION_COOKIE):
        return {"user": None, "csrf_token": None}
    store: Store = request.app.state.store
    with store.session() as session:  # a public page: look at the cookie only
        login = session_user(session, request.cookies.get(SESSION_COOKIE), idle=store.settings.session_idle)
        return _header(request, Auth(login.user, login) if login else None)


def install(app: FastAPI) -> None:
    """Add the login rate limits, the handler for `AuthProblem` and no-store caching of private pages."""
    from guwah.web import templates

    app.state.login_limit = LoginLimits(processes=app.state.processes)
    if template_context not in templates.context_processors:
        templates.context_processors.append(template_context)

    @app.exception_handler(AuthProblem)
    async def _auth_problem(request: Request, problem: AuthProblem) -> Response:
        if request.url.path.startswith("/api/"):
            headers = {"WWW-Authenticate": "Bearer"} if problem.status == 401 else None
            return JSONResponse({"detail": str(problem.message)}, status_code=problem.status, headers=headers)
        if problem.location:
            return RedirectResponse(problem.location, status_code=303)
        from guwah.web.i18n import language_code, localize

        return templates.TemplateResponse(request, "error.html",
                                          {"message": localize(problem.message, language_code(request))},
                                          status_code=problem.status)

    app.add_middleware(ResponseHeaders, hook=_private_pages_are_not_cached)


def _private_pages_are_not_cached(request: Request, headers: MutableHeaders) -> None:
    if request.url.path.startswith(PRIVATE_PREFIXES):
        headers["Cache-Control"] = "no-store"


def render(request: Request, name: str, context: dict | None = None, status_code: int = 200) -> HTMLResponse:
    from guwah.web import templates

    return templates.TemplateResponse(request, name, context or {}, status_code=status_code)
