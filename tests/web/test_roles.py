"""The role matrix: every route × {anonymous, viewer, editor, admin} → the exact answer.

An int is the expected status; a string is where the expected 303 redirect points. Paths name
records by placeholder: {public} and {confidential} documents, {missing} (no such id), {target}
(a user the admin acts on). Forms are sent with a valid CSRF token, so that only the role decides;
`test_roles_csrf_missing_or_wrong_is_403_on_every_post_route` then sends every POST row without
one. A route added to the app without a row here fails `test_roles_matrix_covers_every_route`.
"""

from __future__ import annotations

import pytest
from starlette.routing import Match

from guwah.web import create_app
from guwah.web.auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE, LoginLimits, MayEditRecords
from guwah.web.routes import reports
from guwah.web.routes.reports import FORM_COOKIE
from guwah.web.routes.workspace import withdrawal_seal
from tests.accounts.factories import add_document, client_as, fast_hashing, make_user
from tests.conftest import make_settings
from tests.web.routes import flat_routes

ROLES = ("anonymous", "viewer", "editor", "admin")
DOC = "/workspace/documents/{confidential}"
WITHDRAWN = DOC + "?withdrawn=0&seal={seal}"  # the withdraw form's answer when nothing was up

MATRIX = [
    # method  path                                    anonymous                   viewer         editor        admin
    ("GET",  "/",                                     200,                        200,           200,          200),
    ("GET",  "/about",                                200,                        200,           200,          200),
    ("GET",  "/methodology",                          200,                        200,           200,          200),
    ("GET",  "/corrections",                          200,                        200,           200,          200),
    ("GET",  "/figures",                              200,                        200,           200,          200),
    ("GET",  "/language",                             "/",                        "/",           "/",          "/"),
    ("GET",  "/static/guwah.css",                     200,                        200,           200,          200),
    ("GET",  "/documents/{public}",                   200,                        200,           200,          200),
    ("GET",  "/documents/{confidential}",             404,                        404,           404,          404),
    ("GET",  "/documents/{missing}",                  404,                        404,           404,          404),
    ("GET",  "/login",                                200,                        200,           200,          200),
    ("POST", "/login",                                401,                        401,           401,          401),
    ("GET",  "/login/totp",                           "/login",                   "/workspace",  "/workspace", "/workspace"),
    ("POST", "/login/totp",                           "/login",                   "/workspace",  "/workspace", "/workspace"),
    ("POST", "/logout",                               "/login",                   "/",           "/",          "/"),
    ("GET",  "/account/totp",                         "/login",                   200,           200,          200),
    ("GET",  "/account/password",                     "/login?next=/account/password", 200,      200,          200),
    ("POST", "/account/password",                     "/login?unsent=1",          400,           400,          400),
    ("POST", "/account/totp",                         "/login",                   400,           "/account/totp", "/account/totp"),
    ("GET",  "/workspace",                            "/login?next=/workspace",   200,           200,          200),
    # the intake form: the role `guwah ingest` needs ("edit_records"); the matrix's form has no file (400)
    ("GET",  "/workspace/intake",                     "/login?next=/workspace/intake", 403,     200,          200),
    ("POST", "/workspace/intake",                     "/login?unsent=1",          403,           400,          400),
    # the paste form (h-workspace70): the same role; the matrix's form has no text (400), an anonymous visitor none
    ("GET",  "/workspace/intake/paste",               "/login?next=/workspace/intake/paste", 403, 200,         200),
    ("GET",  "/workspace/reports",                    "/login?next=/workspace/reports", 403,    200,          200),
    # taking a report into the archive (`guwah reports take`: "edit_records"); no such report: 404
    ("POST", "/workspace/reports/R-0000-0000/take",   "/login?unsent=1",          403,           404,          404),
    ("POST", "/workspace/intake/paste",               "/login?unsent=1",          403,           400,          400),
    ("GET",  DOC,                                     f"/login?next={DOC}",       200,           200,          200),
    ("GET",  "/workspace/documents/{public}",         "/login?next=/workspace/documents/{public}", 200, 200, 200),
    ("GET",  "/workspace/documents/{missing}",        "/login?next=/workspace/documents/{missing}", 404, 404, 404),
    ("POST", DOC + "/consent",                        "/login?unsent=1",          403,           DOC,          DOC),
    # extraction into proposals: the role `guwah extract` needs ("edit_records"); no such document: 404
    ("POST", "/workspace/documents/{missing}/extract", "/login?unsent=1",         403,           404,          404),
    ("GET",  "/admin/users",                          "/login?next=/admin/users", 403,           403,          200),
    ("POST", "/admin/users",                          "/login?unsent=1",          403,           403,          "/admin/users"),
    ("POST", "/admin/users/{target}/disable",         "/login?unsent=1",          403,           403,          "/admin/users"),
    ("POST", "/admin/users/{target}/enable",          "/login?unsent=1",          403,           403,          "/admin/users"),
    ("POST", "/admin/users/{target}/role",            "/login?unsent=1",          403,           403,          "/admin/users"),
    ("GET",  "/workspace/releases",                   "/login?next=/workspace/releases", 200, 200, 200),
    # the audit log: the role `guwah audit list` needs (`guwah.protection.audit.READ_LOG`, a viewer today)
    ("GET",  "/workspace/audit",                      "/login?next=/workspace/audit", 200,      200,          200),
    ("GET",  "/workspace/releases/{release}",         "/login?next=/workspace/releases/{release}", 200, 200, 200),
    ("POST", "/workspace/releases/{release}/approve", "/login?unsent=1",          403,           400,          400),
    ("POST", DOC + "/release",                        "/login?unsent=1",          403,           404,          404),
    # Post/Redirect/Get: the page says what came down by release ids only (none was up: 0)
    # (sealed: `withdrawal_seal` binds the ids to the document; a forged or missing seal is 400)
    ("POST", DOC + "/withdraw",                       "/login?unsent=1",          403,           WITHDRAWN,    WITHDRAWN),
    ("GET",  WITHDRAWN,                               f"/login?next={DOC}%3Fwithdrawn%3D0%26seal%3D{{seal}}", 200, 200, 200),
    ("GET",  DOC + "?withdrawn=0&seal=forged",        f"/login?next={DOC}%3Fwithdrawn%3D0%26seal%3Dforged", 400, 400, 400),
    ("POST", "/workspace/consent/{missing}/decide",   "/login?unsent=1",          403,           404,          404),
    # review: every member reads; deciding needs a role that may change records (a viewer: 403)
    ("GET",  "/workspace/review",                     "/login?next=/workspace/review", 200,      200,          200),
    ("GET",  "/workspace/review/event/{missing}",     "/login?next=/workspace/review/event/{missing}", 404, 404, 404),
    ("POST", "/workspace/review/event/{missing}/accept", "/login?unsent=1",       403,           404,          404),
    ("POST", "/workspace/review/event/{missing}/reject", "/login?unsent=1",       403,           404,          404),
    ("POST", "/workspace/review/event/{missing}/edit",   "/login?unsent=1",       403,           404,          404),
    ("POST", "/workspace/review/event/{missing}/reopen", "/login?unsent=1",       403,           404,          404),
    ("POST", "/workspace/review/event/{missing}/reassign", "/login?unsent=1",     403,           404,          404),
    ("POST", "/workspace/review/batch",                "/login?unsent=1",         403,           404,          404),
    # adding a fact the extractor missed (`guwah review add`): the role that may edit proposals; no such document: 404
    ("POST", "/workspace/documents/{missing}/facts",  "/login?unsent=1",          403,           404,          404),
    # the registry: every member reads; naming bases and entry releases need the release role, linking
    # and unlinking the role that may change records (a viewer: 403)
    ("GET",  "/workspace/entries",                    "/login?next=/workspace/entries", 200,     200,          200),
    ("GET",  "/workspace/entries/{missing}",          "/login?next=/workspace/entries/{missing}", 404, 404, 404),
    ("POST", "/workspace/entries/{missing}/unlink",   "/login?unsent=1",          403,           404,          404),
    ("POST", "/workspace/entries/{missing}/release",  "/login?unsent=1",          403,           404,          404),
    ("POST", "/workspace/entries/{missing}/conflicts", "/login?unsent=1",         403,           404,          404),
    ("GET",  "/workspace/facilities",                 "/login?next=/workspace/facilities", 200,  200,          200),
    ("GET",  "/workspace/facilities/{missing}",       "/login?next=/workspace/facilities/{missing}", 404, 404, 404),
    # a facility entry testimonies name: deciding it, and registering one from an event, need the role
    # that may change records (a viewer: 403); no such facility or event: 404
    ("POST", "/workspace/facilities/{missing}/decide", "/login?unsent=1",         403,           404,          404),
    ("POST", "/workspace/review/event/{missing}/new-facility", "/login?unsent=1", 403,           404,          404),
    # the linker's review queue (`guwah persons pairs`: "read"); judging a pair (`persons judge`: "edit_records");
    # the matrix's pair waits in no queue (400)
    ("GET",  "/workspace/pairs",                      "/login?next=/workspace/pairs", 200,       200,          200),
    ("GET",  "/workspace/pairs?unsure=1",             "/login?next=/workspace/pairs%3Funsure%3D1", 200, 200,   200),
    ("POST", "/workspace/pairs/judge",                "/login?unsent=1",          403,           400,          400),
    ("GET",  "/workspace/mentions/{missing}",         "/login?next=/workspace/mentions/{missing}", 404, 404, 404),
    ("POST", "/workspace/mentions/{missing}/naming",  "/login?unsent=1",          403,           404,          404),
    ("POST", "/workspace/mentions/{missing}/naming/{missing}/approve", "/login?unsent=1", 403,   404,          404),
    ("POST", "/workspace/mentions/{missing}/naming/withdraw", "/login?unsent=1", 403,            404,          404),
    ("POST", "/workspace/mentions/{missing}/link",    "/login?unsent=1",          403,           404,          404),
    ("POST", "/workspace/mentions/{missing}/new-entry", "/login?unsent=1",        403,           404,          404),
    ("GET",  "/api/documents",                        200,                        200,           200,          200),
    ("GET",  "/api/documents/{public}",               200,                        200,           200,          200),
    ("GET",  "/api/documents/{confidential}",         404,                        404,           404,          404),
    ("GET",  "/search",                               200,                        200,           200,          200),
    ("GET",  "/api/search",                           200,                        200,           200,          200),
    ("GET",  "/openapi.json",                         200,                        200,           200,          200),
    ("GET",  "/api/persons",                          200,                        200,           200,          200),
    ("GET",  "/api/persons/{missing}",                404,                        404,           404,          404),
    ("GET",  "/persons",                              200,                        200,           200,          200),
    ("GET",  "/persons/{missing}",                    404,                        404,           404,          404),
    ("GET",  "/facilities",                           200,                        200,           200,          200),
    ("GET",  "/facilities/{missing}",                 404,                        404,           404,          404),
    ("GET",  "/map",                                  200,                        200,           200,          200),
    ("GET",  "/api/map",                              200,                        200,           200,          200),
    ("GET",  "/api/figures",                          200,                        200,           200,          200),
    ("GET",  "/open-data",                            200,                        200,           200,          200),
    ("GET",  "/open-data/persons.csv",                200,                        200,           200,          200),
    ("GET",  "/open-data/documents.csv",              200,                        200,           200,          200),
    ("GET",  "/open-data/facilities.csv",             200,                        200,           200,          200),
    ("GET",  "/open-data/secrets.csv",                404,                        404,           404,          404),
    ("GET",  "/open-data/datapackage.json",           200,                        200,           200,          200),
    ("GET",  "/api/facilities",                       200,                        200,           200,          200),
    ("GET",  "/api/facilities/{missing}",             404,                        404,           404,          404),
    ("GET",  "/api/open-data",                        200,                        200,           200,          200),
    ("GET",  "/api/workspace/documents",              401,                        200,           200,          200),
    ("GET",  "/api/workspace/documents/{confidential}", 401,                      200,           200,          200),
    ("GET",  "/api/workspace/documents/{missing}",    401,                        404,           404,          404),
    ("GET",  "/report",                               200,                        200,           200,          200),
    ("POST", "/report",                               200,                        200,           200,          200),
    ("GET",  "/report/status",                        200,                        200,           200,          200),
    ("POST", "/report/status",                        200,                        200,           200,          200),
]

# What each form sends besides its CSRF token. Each is harmless to repeat: the consent is set to
# the level it has, the target disabled or enabled again and given the role it has.
FORMS = {
    "/login": {"username": "nobody", "password": "not the password"},
    "/login/totp": {"code": "000000"},
    "/account/totp": {"code": "000000"},
    # a new password too short: refused before the current one is checked (nothing counted)
    "/account/password": {"current": "not the password", "new": "short", "again": "short"},
    DOC + "/consent": {"consent": "confidential"},
    DOC + "/withdraw": {"reason": "matrix test"},
    "/workspace/consent/{missing}/decide": {"decision": "approve"},
    "/workspace/review/event/{missing}/reject": {"reason": "matrix test"},
    "/workspace/review/event/{missing}/edit": {"date_value": "2018"},
    "/workspace/review/event/{missing}/reopen": {"reason": "matrix test"},
    "/workspace/review/event/{missing}/reassign": {"target": "mention:1", "reason": "matrix test"},
    "/workspace/review/batch": {"fact": "event:{missing}", "decision": "accepted"},
    "/workspace/facilities/{missing}/decide": {"decision": "accepted"},
    "/workspace/review/event/{missing}/new-facility": {"new_facility_name": "Matrix site", "new_facility_type": "camp"},
    "/workspace/entries/{missing}/unlink": {"mention": "M-1"},
    "/workspace/entries/{missing}/conflicts": {"first": "event:1", "second": "event:2", "verdict": "two_events",
                                               "reason": "matrix test"},
    "/workspace/mentions/{missing}/naming": {"basis": "own_consent"},
    "/workspace/mentions/{missing}/link": {"entry": "E-1"},
    "/workspace/pairs/judge": {"a": "M-1", "b": "M-2", "verdict": "different", "reason": "matrix"},
    "/admin/users": {"username": "new-{role}", "password": "a long enough password", "role": "viewer"},
    "/admin/users/{target}/role": {"role": "viewer"},
    "/report": {"names": "Matrix {role}"},
    "/report/status": {"reference": "R-0000-0000", "secret": "matrix"},
}
# Anonymous forms carry a double-submit token (a cookie and the same value in the form).
DOUBLE_SUBMIT = {"/login": LOGIN_CSRF_COOKIE, "/report": FORM_COOKIE, "/report/status": FORM_COOKIE}

CASES = [pytest.param(method, path, role, expected, id=f"{method} {path} as {role}")
         for method, path, *answers in MATRIX for role, expected in zip(ROLES, answers, strict=True)]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One archive for the whole matrix: two documents, a user per role and a target user."""
    from guwah.storage import Store

    folder = tmp_path_factory.mktemp("roles")
    store = Store(make_settings(folder / "data"))
    with fast_hashing():
        users = {"viewer": make_user(store, "vera", "viewer"),
                 "editor": make_user(store, "eldor", "editor", totp=True),
                 "admin": make_user(store, "adil", "admin", totp=True)}
        target = make_user(store, "tursun", "viewer")
        ids = {"public": add_document(store, folder, "p.txt", "Public account.", "public", "Public one"),
               "confidential": add_document(store, folder, "c.txt", "Confidential account.", "confidential",
                                            "Confidential one"),
               "missing": 9999, "target": target.id, "release": 1}
        ids["seal"] = withdrawal_seal(store, ids["confidential"], 0, "")
        yield store, create_app(store), users, ids
    store.close()


def _fill(text: str, ids: dict, role: str) -> str:
    return text.format(**ids, role=role)


def request_as(world, role: str, method: str, path: str, *, csrf: str | None = "valid", headers: dict | None = None):
    """Send one matrix request as `role`; `csrf` "valid", None (left out) or a wrong value; `headers`
    added to a POST (a browser's Origin, Sec-Fetch-Site)."""
    store, app, users, ids = world
    app.state.login_limit = LoginLimits()
    reports.install_limits(app)
    client, token = client_as(app, store, users.get(role))
    url = _fill(path, ids, role)
    if method == "GET":
        return client.get(url, follow_redirects=False)
    data = {key: _fill(value, ids, role) for key, value in FORMS.get(path, {}).items()}
    if path in DOUBLE_SUBMIT:  # an anonymous form's double-submit cookie
        client.cookies.set(DOUBLE_SUBMIT[path], "anonymous-form-token")
        token = "anonymous-form-token"
    if csrf == "valid" and token:
        data["csrf_token"] = token
    elif csrf not in (None, "valid"):
        data["csrf_token"] = csrf
    return client.post(url, data=data, headers=headers, follow_redirects=False)


@pytest.mark.parametrize("method, path, role, expected", CASES)
def test_roles_matrix(world, method, path, role, expected):
    response = request_as(world, role, method, path)
    if isinstance(expected, str):
        assert (response.status_code, response.headers.get("location")) == (303, _fill(expected, world[3], role))
    else:
        assert response.status_code == expected, response.text[:300]


POST_PATHS = [path for method, path, *_ in MATRIX if method == "POST"]


@pytest.mark.parametrize("csrf", [None, "wrong", "other-session"])
@pytest.mark.parametrize("path", POST_PATHS)
def test_roles_csrf_missing_or_wrong_is_403_on_every_post_route(world, path, csrf):
    store, app, users, _ = world
    if csrf == "other-session":
        _, csrf = client_as(app, store, users["viewer"])
    response = request_as(world, "admin", "POST", path, csrf=csrf)
    assert response.status_code == 403
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")


# The public forms (a family's report, its status) are sent from anywhere a family finds them.
MEMBER_POST_PATHS = [path for path in POST_PATHS if not path.startswith("/report")]
SAME_ORIGIN = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
# A browser's own form under this site's Referrer-Policy: no-referrer (the Fetch standard then sends
# "Origin: null" with a POST, even to its own site): Sec-Fetch-Site tells.
NO_REFERRER = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}


@pytest.mark.parametrize("foreign", [{"Origin": "http://evil.example"}, {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
                                     {"Origin": "http://testserver.evil.example"},
                                     {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                                     {"Origin": "http://testserver", "Sec-Fetch-Site": "cross-site"}],
                         ids=lambda headers: " ".join(f"{k}={v}" for k, v in headers.items()))
@pytest.mark.parametrize("path", MEMBER_POST_PATHS)
def test_roles_a_foreign_origin_is_403_on_every_workspace_and_account_post_route(world, path, foreign):
    """h-try45: a decision POST with a valid CSRF token from Origin: http://evil.example was
    accepted. The token is still needed (a request without Origin, as some clients send, passes with
    it alone: the matrix); a foreign Origin or a cross-site fetch is refused, before anything is done."""
    # control: this site's own form passes the check (the matrix gives what it then does; a user
    # created by the matrix already exists here, so not the exact answer)
    assert request_as(world, "admin", "POST", path, headers=SAME_ORIGIN).status_code != 403
    assert request_as(world, "admin", "POST", path, headers=NO_REFERRER).status_code != 403
    refused = request_as(world, "admin", "POST", path, headers=foreign)
    assert refused.status_code == 403
    assert SESSION_COOKIE not in refused.headers.get("set-cookie", "")


def _app_routes(app) -> set[tuple[str, str]]:
    routes = set()
    for route in flat_routes(app):
        for method in getattr(route, "methods", None) or {"GET"}:  # a mount (static files) answers GET
            if method != "HEAD":
                routes.add((method, route.path))
    return routes


def test_roles_matrix_covers_every_route(world):
    _, app, _, ids = world
    covered = set()
    for method, path, *_ in MATRIX:
        url = _fill(path, ids, "x").split("?")[0]
        scope = {"type": "http", "method": method, "path": url, "root_path": ""}
        matching = [route for route in flat_routes(app) if route.matches(scope)[0] == Match.FULL]
        assert matching, f"no route answers {method} {url}"
        covered.add((method, matching[0].path))
    assert _app_routes(app) - covered == set()


def test_roles_matrix_has_one_answer_per_role():
    assert all(len(row) == 2 + len(ROLES) for row in MATRIX)
    assert len({(method, path) for method, path, *_ in MATRIX}) == len(MATRIX)


def test_roles_anonymous_and_viewers_never_see_confidential_text(world):
    for role in ("anonymous", "viewer"):
        for path in ("/", "/documents/{confidential}", "/api/documents", "/api/documents/{confidential}"):
            assert "Confidential account." not in request_as(world, role, "GET", path).text
    assert "Confidential account." in request_as(world, "viewer", "GET", DOC).text


# A refused member is told their role and the role the operation needs (`permissions.role_for`), as the
# CLI's `check_permission` tells them, so that they know whom to ask; h-denied76.
NEEDS_EDITOR = "Your role is viewer; this needs the role editor or admin."
NEEDS_ADMIN = "Your role is editor; this needs the role admin."


@pytest.mark.parametrize("role, method, path, said", [
    ("viewer", "GET", "/workspace/reports", NEEDS_EDITOR),
    ("viewer", "GET", "/workspace/intake", NEEDS_EDITOR),
    ("viewer", "POST", "/workspace/review/batch", NEEDS_EDITOR),
    ("editor", "GET", "/admin/users", NEEDS_ADMIN),
])
def test_roles_a_refused_page_names_the_role_it_needs(world, role, method, path, said):
    refused = request_as(world, role, method, path)
    assert refused.status_code == 403
    assert said in refused.text
    # the positive control: the role named is enough for the same page
    allowed = request_as(world, "admin" if "admin." in said else "editor", "GET",
                         path if method == "GET" else "/workspace/review")
    assert allowed.status_code == 200
    assert "this needs the role" not in allowed.text


def test_roles_a_refused_page_names_the_roles_in_the_readers_language(world):
    refused = request_as(world, "viewer", "GET", "/workspace/reports?lang=ru")
    assert refused.status_code == 403
    assert "читатель" in refused.text and "редактор" in refused.text and "администратор" in refused.text
    assert "this needs the role" not in refused.text


def test_roles_an_api_refusal_names_the_role_it_needs(world):
    """The JSON answer of the same dependency says it too (in English, as the API's other refusals);
    no API route needs more than a viewer today, so a probe route is added to an app of its own."""
    store, _, users, _ = world

    async def probe(auth: MayEditRecords) -> dict:
        return {"ok": True}

    app = create_app(store)
    app.add_api_route("/api/workspace/probe", probe)
    refused = client_as(app, store, users["viewer"])[0].get("/api/workspace/probe")
    assert (refused.status_code, refused.json()) == (403, {"detail": NEEDS_EDITOR})
    allowed = client_as(app, store, users["editor"])[0].get("/api/workspace/probe")  # the positive control
    assert (allowed.status_code, allowed.json()) == (200, {"ok": True})
