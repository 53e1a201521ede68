"""The web app: wiring only; routes live in guwah.web.routes."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

import guwah
from guwah.errors import N_, GuwahError
from guwah.storage import DATABASE_ERRORS, Store, is_conflict
from guwah.web import i18n
from guwah.web.deps import MAX_QUERY_CHARS
from guwah.web.headers import HeadAsGet, ResponseHeaders

log = logging.getLogger(__name__)
_HERE = Path(str(resources.files(__package__)))
templates = Jinja2Templates(directory=_HERE / "templates", context_processors=[i18n.template_context])
templates.env.globals["guwah_version"] = guwah.__version__
# The templates ship with the package and do not change while it runs: not looked at again on
# disk for every page (two file checks per search page).
templates.env.auto_reload = False
# Every page string goes through gettext (`{{ _("…") }}`, `{% trans %}`): each page gets the
# reader's language from `guwah.web.i18n.template_context`; outside a request the strings stay as
# written (English). `{% trans %}` blocks are trimmed, so their message ids are single lines.
templates.env.add_extension("jinja2.ext.i18n")
templates.env.install_null_translations(newstyle=True)
templates.env.policies["ext.i18n.trimmed"] = True
# `url_for` as Starlette's, with each (route, parameters) path found once per router: finding it
# walks every route, and a search page links tens of entries and facet values.
templates.env.globals["url_for"] = i18n.url_for
# A source link that goes to its passage: `{{ with_passage(url_for(...), passage) }}`.
templates.env.globals["with_passage"] = i18n.with_passage
# A form sent by GET keeps the reader's chosen language in a hidden field: `{{ language_field() }}`.
templates.env.globals["language_field"] = i18n.language_field
# The header's links of a reader not logged in, made once per language and base URL.
templates.env.globals["site_nav"] = i18n.site_nav
# Gazetteer places in the page's language: `{{ gazetteer_id | place_name(fallback) }}`.
templates.env.filters["place_name"] = i18n.place_name_filter
# A text's language tag named in the page's language: `{{ document.language | language_name }}`.
templates.env.filters["language_name"] = i18n.language_name_filter
# The masks of a released text in the reader's language: `{{ document.text | masks }}`.
templates.env.filters["masks"] = i18n.masks_filter
# Why a released text shows its masks, in the reader's language: `{{ document.text | masks_note }}`.
templates.env.filters["masks_note"] = i18n.masks_note_filter
# The search boxes take no more than a search may hold (`guwah.web.deps.MAX_QUERY_CHARS`).
templates.env.globals["max_query_chars"] = MAX_QUERY_CHARS


def is_public_api(path: str) -> bool:
    """Whether a route belongs to the public API (and so to /openapi.json): /api/… outside the
    workspace, and the open data downloads."""
    return (path.startswith("/api/") and not path.startswith("/api/workspace")) or path.startswith("/open-data/")


def _flat_routes(app: FastAPI) -> list:
    """Every route, with included routers opened up (FastAPI ≥ 0.160 nests them)."""
    from fastapi import routing

    iterate = getattr(routing, "iter_route_contexts", None)
    return list(iterate(app.routes)) if iterate else list(app.routes)


SERVER_ERROR = N_("Something went wrong on this site. Please try again later.")
# The database refused a change because another request or command changed the same records at the
# same time (`guwah.storage.is_conflict`): its transaction was rolled back whole.
CONFLICT = N_("Someone else changed this at the same time, so nothing was stored. Please try again.")
# What a public record's address answers when the public may not see it (`ConsentRefused`: not
# consented, not released, under embargo) and when there is no such record (`NotFound`, a malformed id):
# one page, the same words, so that a guess cannot tell a record that exists from one that does not.
NOT_PUBLIC = N_("There is no public record at this address. The site shows only what was reviewed and "
                "released with the consent of the people it concerns.")
_RECORD_PAGES = ("/documents/", "/persons/", "/facilities/")
# What an address answers a request it does not take (a form sent by POST to a page that is only read).
METHOD_NOT_ALLOWED = N_("Method not allowed")
METHOD_NOT_ALLOWED_SAID = N_("This address does not take this kind of request: it is a page to open and read "
                             "(from a link or the address bar), not a form to send.")


def _not_public(request: Request) -> str | None:
    """NOT_PUBLIC in the reader's language for a public record's page, else None ("Not found.")."""
    if request.url.path.startswith(_RECORD_PAGES):
        return i18n.localize(NOT_PUBLIC, i18n.language_code(request))
    return None


def _security_headers(request: Request, headers: MutableHeaders) -> None:
    # Pages load nothing from elsewhere; say so to the browser.
    headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    # A page or download may be withdrawn at any time (consent, erasure, a release taken down): no
    # cache may keep it at all (no-cache would still leave a copy on a browser's or proxy's disk);
    # only the unchanging assets under /static may be kept.
    if not request.url.path.startswith("/static/"):
        headers.setdefault("Cache-Control", "no-store")
    i18n.remember_language(request, headers)


def create_app(store: Store, processes: int = 1) -> FastAPI:
    """A FastAPI app serving `store`; every asset comes from the app itself (no CDN).

    `processes`: how many server processes serve the archive together (each has this app); the
    in-memory rate limits are shared out among them.
    """
    from guwah.web import auth
    from guwah.web.extraction import Extractions
    from guwah.web.routes import account, api, intake, pairs, public, registry, reports, review, workspace

    app = FastAPI(title="Guwah", version=guwah.__version__, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.store = store
    app.state.processes = processes
    # the workspace's extractions, in a background thread (`guwah.web.extraction`)
    app.state.extractions = Extractions(store)
    app.router.routes.extend(public.PLAIN_ROUTES)  # first: found without trying the others
    # Static files compressed (the map's country outlines, Leaflet and the styles: 1 MB down to
    # 0.3 MB on a phone); pages are not, as they may hold a form token beside what was typed (BREACH).
    app.mount("/static", GZipMiddleware(StaticFiles(directory=_HERE / "static"), minimum_size=1024), name="static")
    app.include_router(public.router)
    app.include_router(account.router)
    workspace.install(app)
    app.include_router(intake.router)
    app.include_router(api.router)
    reports.install(app)
    review.install(app)
    registry.install(app)
    pairs.install(app)
    auth.install(app)

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_schema() -> JSONResponse:
        """The OpenAPI schema of the public API only: the workspace's routes are not in it."""
        if not hasattr(app.state, "public_openapi"):
            from fastapi.openapi.utils import get_openapi

            app.state.public_openapi = get_openapi(
                title="Guwah public API", version=guwah.__version__,
                description="Released testimonies, person entries, facilities, search and open data: "
                            "only what has been reviewed and released. Lists come as {data, count}.",
                routes=[route for route in _flat_routes(app) if is_public_api(getattr(route, "path", ""))])
        return JSONResponse(app.state.public_openapi)

    @app.exception_handler(GuwahError)
    async def _guwah_error(request: Request, error: GuwahError) -> HTMLResponse:
        # A 404 says nothing more than "not found" (on a public record's page: that the public has no
        # record there, `NOT_PUBLIC`); other refusals in the reader's language.
        message = (i18n.localize(error.text or error.message, i18n.language_code(request))
                   if error.http_status != 404 else _not_public(request))
        return templates.TemplateResponse(request, "error.html", {"message": message},
                                          status_code=error.http_status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException):
        # Pages answer with a page in the site's style; the API keeps answering JSON.
        if request.url.path.startswith("/api/") or error.status_code not in (404, 405):
            return await http_exception_handler(request, error)
        if error.status_code == 404:
            return templates.TemplateResponse(request, "error.html", {"message": None}, status_code=404)
        code = i18n.language_code(request)
        return templates.TemplateResponse(request, "error.html", {
            "title": i18n.localize(METHOD_NOT_ALLOWED, code), "message": i18n.localize(METHOD_NOT_ALLOWED_SAID, code)},
            status_code=405, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, error: RequestValidationError):
        # A malformed or out-of-range id in the path names nothing: the same 404 as an unknown id.
        if error.errors() and all(e.get("loc", ("",))[0] == "path" for e in error.errors()):
            if request.url.path.startswith("/api/"):
                return JSONResponse({"detail": "Not found."}, status_code=404)
            return templates.TemplateResponse(request, "error.html", {"message": _not_public(request)},
                                              status_code=404)
        return await request_validation_exception_handler(request, error)

    async def _database_error(request: Request, error: Exception):
        # A conflict with another writer (two reviewers at once) is no bug: it says so (409), and is
        # neither shown nor logged in the database's words, which quote the rows' values (names,
        # texts). Any other database error is a bug, answered below.
        if not is_conflict(error):
            raise error
        log.info("database conflict on %s: %s", request.url.path, type(error).__name__)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": CONFLICT}, status_code=409)
        message = i18n.localize(CONFLICT, i18n.language_code(request))
        return templates.TemplateResponse(request, "error.html", {"message": message}, status_code=409)

    for kind in DATABASE_ERRORS:
        app.add_exception_handler(kind, _database_error)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception):
        # A bug: a page in the site's style that says only that (the traceback goes to the
        # server's log, as the error is raised again once this is sent). Outside the other
        # middleware, so the headers are set here.
        if request.url.path.startswith("/api/"):
            response = JSONResponse({"detail": "Internal Server Error"}, status_code=500)
        else:
            message = i18n.localize(SERVER_ERROR, i18n.language_code(request))
            response = templates.TemplateResponse(request, "error.html", {"message": message}, status_code=500)
        _security_headers(request, response.headers)
        return response

    app.add_middleware(i18n.LanguageInAddress)  # inside the headers' hook: the redirect gets them too
    # Absolute URLs (links, the report form's action, that redirect) are built from the Host header,
    # so a request naming a host not configured (GUWAH_PUBLIC_HOSTS) is refused (400) before any of
    # them; inside the headers' hook, so the refusal carries the security headers too.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(store.settings.public_hosts), www_redirect=False)
    app.add_middleware(ResponseHeaders, hook=_security_headers)
    app.add_middleware(InRequest)
    app.add_middleware(HeadAsGet)  # outermost: HEAD is GET without the body, whatever answers it
    return app


class InRequest:
    """ASGI middleware: marks everything done while answering a request (`guwah.releases.WEB_REQUEST`,
    a context variable the thread pool's calls inherit), so that no commit made for it does the
    day's work: a page view never numbers a release whose embargo ended (`guwah serve` does, at
    each day's start: `guwah.web.server.keep_publishing`)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        from guwah.releases import WEB_REQUEST

        token = WEB_REQUEST.set(True)
        try:
            await self.app(scope, receive, send)
        finally:
            WEB_REQUEST.reset(token)
