"""Logging in over HTTP: cookies, CSRF, the second factor, rate limit, API tokens, audit."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.accounts import create_api_token, find_user, revoke_api_token
from guwah.storage import Store
from guwah.storage.tables import AuditEntry, UserAccount, WebSession
from guwah.web import create_app
from guwah.web.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    RateLimit,
    csrf_token,
    safe_next,
)
from tests.accounts.factories import (
    PASSWORD,
    add_document,
    client_as,
    fast_hashing,
    login_form,
    make_user,
    next_code,
)
from tests.conftest import make_settings

FAILED = "Wrong username or password, or this account cannot log in now."


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


@pytest.fixture
def app(store):
    return create_app(store)


def log_in(client: TestClient, username: str, password: str = PASSWORD, next_: str = "/workspace"):
    token = login_form(client)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                       "next": next_}, follow_redirects=False)


def set_cookie_headers(response) -> list[str]:
    return response.headers.get_list("set-cookie")


def session_cookie_header(response) -> str:
    return next(h for h in set_cookie_headers(response) if h.startswith(SESSION_COOKIE + "="))


def audit_entries(store) -> list[tuple]:
    with store.session() as session:
        return [(e.actor, e.action, e.record_type, e.record_id, e.detail)
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


# --- password step, cookies -------------------------------------------------------------------

def test_auth_viewer_logs_in_with_a_strict_httponly_cookie(store, app):
    make_user(store, "vera")
    client = TestClient(app)
    response = log_in(client, "vera")
    assert (response.status_code, response.headers["location"]) == (303, "/workspace")
    cookie = session_cookie_header(response)
    for flag in ("HttpOnly", "Path=/", "SameSite=strict", "Max-Age=43200"):
        assert flag in cookie
    assert "Secure" not in cookie  # plain http, GUWAH_SECURE_COOKIES=auto
    assert client.get("/workspace").status_code == 200
    page = client.get("/")
    assert "vera" in page.text and "Log out" in page.text


@pytest.mark.parametrize("setting, base_url, secure", [
    ("auto", "https://testserver", True), ("auto", "http://testserver", False),
    ("1", "http://testserver", True), ("0", "https://testserver", False),
])
def test_auth_secure_flag_follows_the_setting(tmp_path, setting, base_url, secure):
    store = Store(make_settings(tmp_path / "data", GUWAH_SECURE_COOKIES=setting))
    try:
        make_user(store, "vera")
        client = TestClient(create_app(store), base_url=base_url)
        client.cookies.set(LOGIN_CSRF_COOKIE, "t")
        response = client.post("/login", data={"username": "vera", "password": PASSWORD, "csrf_token": "t"},
                               follow_redirects=False)
        assert response.status_code == 303
        assert ("; Secure" in session_cookie_header(response)) is secure
        login_page = client.get("/login")
        assert ("; Secure" in login_page.headers["set-cookie"]) is secure
    finally:
        store.close()


def test_auth_failures_look_the_same(store, app):
    from guwah.accounts import disable_user

    make_user(store, "vera")
    make_user(store, "gone")
    with store.session() as session:
        disable_user(store, session, find_user(session, "gone"), actor="boss")
    client = TestClient(app)
    for username, password in [("vera", "wrong password!!"), ("nobody", PASSWORD), ("gone", PASSWORD)]:
        response = log_in(client, username, password)
        assert response.status_code == 401
        assert FAILED in response.text
        assert SESSION_COOKIE not in response.headers.get("set-cookie", "")
    for _ in range(4):
        log_in(client, "vera", "wrong password!!")
    locked = log_in(client, "vera")  # the right password, but locked now
    assert locked.status_code == 401 and FAILED in locked.text


def test_auth_login_form_needs_its_csrf_cookie(store, app):
    make_user(store, "vera")
    client = TestClient(app)
    data = {"username": "vera", "password": PASSWORD}
    assert client.post("/login", data=data, follow_redirects=False).status_code == 403
    token = login_form(client)
    assert client.post("/login", data={**data, "csrf_token": token + "x"}, follow_redirects=False).status_code == 403
    other = TestClient(app)  # a token from another browser is no good either
    other.cookies.set(LOGIN_CSRF_COOKIE, "attacker-chosen")
    assert other.post("/login", data={**data, "csrf_token": token}, follow_redirects=False).status_code == 403
    assert client.post("/login", data={**data, "csrf_token": token}, follow_redirects=False).status_code == 303


def test_auth_login_replaces_an_existing_session(store, app):
    user = make_user(store, "vera")
    client, _ = client_as(app, store, user)
    planted = client.cookies.get(SESSION_COOKIE)
    response = log_in(client, "vera")
    assert response.status_code == 303 and planted not in session_cookie_header(response)
    with store.session() as session:
        assert len(session.scalars(select(WebSession)).all()) == 1


@pytest.mark.parametrize("target, expected", [
    ("/workspace/documents/3", "/workspace/documents/3"), ("/admin/users?x=1", "/admin/users?x=1"),
    ("//evil.example/", "/workspace"), ("https://evil.example/", "/workspace"), ("/\\evil.example", "/workspace"),
    ("", "/workspace"), (None, "/workspace"), ("/ok\r\nSet-Cookie: x=1", "/workspace"), ("javascript:alert(1)", "/workspace"),
])
def test_auth_next_stays_on_this_site(target, expected):
    assert safe_next(target) == expected


def test_auth_login_goes_back_where_it_was_sent_from(store, app):
    make_user(store, "vera")
    client = TestClient(app)
    first = client.get("/workspace/documents/1", follow_redirects=False)
    assert first.headers["location"] == "/login?next=/workspace/documents/1"
    page = client.get(first.headers["location"])
    assert 'name="next" value="/workspace/documents/1"' in page.text
    assert log_in(client, "vera", next_="/workspace/documents/1").headers["location"] == "/workspace/documents/1"
    assert log_in(client, "vera", next_="//evil.example").headers["location"] == "/workspace"


# --- rate limit -------------------------------------------------------------------------------

def test_auth_rate_limit_answers_429(store, app):
    make_user(store, "vera")
    client = TestClient(app)
    for _ in range(10):
        assert log_in(client, "nobody", "whatever").status_code == 401
    response = log_in(client, "vera")  # even the right password
    assert response.status_code == 429 and int(response.headers["retry-after"]) > 0
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")


def test_auth_rate_limit_window_and_clients():
    limit = RateLimit(attempts=3, window=300)
    assert [limit.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limit.allow("b", now=3)
    assert not limit.allow("a", now=299)
    assert limit.allow("a", now=300.5)  # the first attempt has left the window
    small = RateLimit(attempts=1, window=300, max_clients=2)
    for client in ("a", "b", "c"):
        small.allow(client, now=0)
    assert len(small._seen) == 2  # memory stays bounded


def test_auth_rate_limit_keeps_no_address_in_the_clear():
    limit = RateLimit(attempts=1)
    limit.allow("203.0.113.7", now=0)
    assert not limit.allow("203.0.113.7", now=1)
    assert [len(key) for key in limit._seen] == [16] and b"203.0.113.7" not in next(iter(limit._seen))


@contextmanager
def served(store):
    """`store`'s app served as `guwah serve` serves it, on a free loopback port; its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    from guwah.web.server import server_config

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(server_config(store, "127.0.0.1", port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the web app did not start within 10 s"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _forwarded_logins(base_url: str, forwarded_for: list[str]) -> list[int]:
    import httpx

    with httpx.Client(base_url=base_url) as client:
        # a name per address: the account's own limit (`LoginLimits.by_account`) is not what these test
        return [client.post("/login", data={"username": f"nobody-{address}", "password": "x"},
                            headers={"X-Forwarded-For": address}).status_code for address in forwarded_for]


def test_auth_a_rotated_x_forwarded_for_does_not_escape_the_rate_limit(store):
    with served(store) as base_url:
        statuses = _forwarded_logins(base_url, [f"198.51.100.{n}" for n in range(12)])
    assert statuses[:10] == [403] * 10  # no login-form token: refused, but counted
    assert statuses[10:] == [429, 429]


def test_auth_a_trusted_proxy_forwards_the_client_address(tmp_path):
    store = Store(make_settings(tmp_path / "data", GUWAH_TRUSTED_PROXIES="127.0.0.1, ::1"))
    try:
        with served(store) as base_url:
            statuses = _forwarded_logins(base_url, ["198.51.100.1"] * 11 + ["198.51.100.2"])
    finally:
        store.close()
    assert statuses == [403] * 10 + [429, 403]  # each client behind the proxy has its own limit


@pytest.mark.parametrize("value, expected", [
    ("", ()), ("10.0.0.1", ("10.0.0.1/32",)), ("10.0.0.0/8, ::1", ("10.0.0.0/8", "::1/128")),
])
def test_auth_trusted_proxies_setting(tmp_path, value, expected):
    assert make_settings(tmp_path, GUWAH_TRUSTED_PROXIES=value).trusted_proxies == expected


@pytest.mark.parametrize("value", ["*", "proxy.example", "10.0.0.1;10.0.0.2"])
def test_auth_trusted_proxies_setting_refuses_anything_but_addresses(tmp_path, value):
    from guwah.errors import InputError

    with pytest.raises(InputError, match="GUWAH_TRUSTED_PROXIES takes IP addresses or networks"):
        make_settings(tmp_path, GUWAH_TRUSTED_PROXIES=value)


# --- the second factor ------------------------------------------------------------------------

def test_auth_editor_passes_totp_then_gets_a_new_session(store, app):
    editor = make_user(store, "eldor", "editor", totp=True)
    client = TestClient(app)
    response = log_in(client, "eldor")
    assert response.headers["location"] == "/login/totp?next=/workspace"
    pending = client.cookies.get(SESSION_COOKIE)
    assert client.get("/workspace", follow_redirects=False).headers["location"] == "/login/totp?next=/workspace"
    assert client.get("/api/workspace/documents").status_code == 401
    assert client.get("/account/totp", follow_redirects=False).headers["location"] == "/login/totp?next=/workspace"
    page = client.get("/login/totp")
    assert page.status_code == 200
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    wrong = client.post("/login/totp", data={"code": "12345x", "csrf_token": token}, follow_redirects=False)
    assert wrong.status_code == 401
    right = client.post("/login/totp", data={"code": next_code(editor.totp_secret), "csrf_token": token,
                                             "next": "/workspace"}, follow_redirects=False)
    assert (right.status_code, right.headers["location"]) == (303, "/workspace")
    assert client.cookies.get(SESSION_COOKIE) != pending
    assert client.get("/workspace").status_code == 200
    replay = TestClient(app)
    replay.cookies.set(SESSION_COOKIE, pending)  # the password-only session is gone
    assert replay.get("/workspace", follow_redirects=False).headers["location"].startswith("/login")


def test_auth_five_wrong_codes_lock_and_log_out(store, app):
    make_user(store, "eldor", "editor", totp=True)
    client = TestClient(app)
    log_in(client, "eldor")
    token = csrf_token(store, client.cookies.get(SESSION_COOKIE))
    answers = [client.post("/login/totp", data={"code": "abcdef", "csrf_token": token}, follow_redirects=False)
               for _ in range(5)]
    assert [a.status_code for a in answers] == [401, 401, 401, 401, 303]
    assert answers[-1].headers["location"] == "/login"
    assert log_in(client, "eldor").status_code == 401  # locked


def test_auth_editor_without_totp_must_enrol_first(store, app):
    make_user(store, "eldor", "editor")
    client = TestClient(app)
    assert log_in(client, "eldor").headers["location"] == "/account/totp?next=/workspace"
    assert client.get("/workspace", follow_redirects=False).headers["location"] == "/account/totp?next=/workspace"
    assert client.get("/admin/users", follow_redirects=False).headers["location"] == "/account/totp?next=/admin/users"
    page = client.get("/account/totp")
    secret = re.search(r'<code class="secret">([A-Z2-7]+)</code>', page.text).group(1)
    assert f"otpauth://totp/Guwah:eldor?secret={secret}" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert client.get("/account/totp").text.count(secret) == 2  # a reload shows the same secret
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    assert client.post("/account/totp", data={"code": "000000" if next_code(secret) != "000000" else "111111",
                                              "csrf_token": token}).status_code == 400
    done = client.post("/account/totp", data={"code": next_code(secret), "csrf_token": token},
                       follow_redirects=False)
    assert (done.status_code, done.headers["location"]) == (303, "/workspace")
    assert client.get("/workspace").status_code == 200
    with store.session() as session:
        assert find_user(session, "eldor").totp_enabled


def test_auth_promoted_viewer_must_enrol(store, app):
    from guwah.accounts import set_role

    viewer = make_user(store, "vera")
    client, _ = client_as(app, store, viewer, second_factor=False)
    assert client.get("/workspace").status_code == 200
    with store.session() as session:
        set_role(store, session, session.get(UserAccount, viewer.id), "editor", actor="boss")
    assert client.get("/workspace", follow_redirects=False).headers["location"] == "/account/totp?next=/workspace"


# --- logout -----------------------------------------------------------------------------------

def test_auth_logout_ends_the_session(store, app):
    viewer = make_user(store, "vera")
    client, token = client_as(app, store, viewer)
    session_token = client.cookies.get(SESSION_COOKIE)
    response = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/")
    assert 'guwah_session=""' in session_cookie_header(response)
    again = TestClient(app)
    again.cookies.set(SESSION_COOKIE, session_token)
    assert again.get("/workspace", follow_redirects=False).status_code == 303


# --- CSRF (every POST route: tests/web/test_roles.py) ---------------------------------------

def test_auth_csrf_header_works_for_scripts_using_the_cookie(store, app, tmp_path):
    editor = make_user(store, "eldor", "editor", totp=True)
    document_id = add_document(store, tmp_path, "c.txt", "Text.", "confidential", "C")
    client, token = client_as(app, store, editor)
    url = f"/workspace/documents/{document_id}/consent"
    assert client.post(url, data={"consent": "pseudonymous", "reason": "agreed on tape"},
                       headers={"X-CSRF-Token": token},
                       follow_redirects=False).status_code == 303
    assert client.post(url, json={"consent": "public"}, follow_redirects=False).status_code == 403


# --- API tokens -------------------------------------------------------------------------------

def test_auth_api_token_works_without_csrf_and_stops_when_revoked(store, app, tmp_path):
    make_user(store, "eldor", "editor")  # a token stands in for both factors
    document_id = add_document(store, tmp_path, "c.txt", "Text.", "confidential", "C")
    with store.session() as session:
        row, token = create_api_token(store, session, find_user(session, "eldor"), "script", actor="boss")
        token_id = row.id
    client = TestClient(app)
    bearer = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/workspace/documents", headers=bearer).json()["count"] == 1
    changed = client.post(f"/workspace/documents/{document_id}/consent", data={"consent": "pseudonymous", "reason": "agreed on tape"},
                          headers=bearer, follow_redirects=False)
    assert changed.status_code == 303
    with store.session() as session:
        revoke_api_token(store, session, token_id, actor="boss")
    refused = client.get("/api/workspace/documents", headers=bearer)
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    assert client.get(f"/api/workspace/documents/{document_id}", headers=bearer).status_code == 401
    for header in ("Bearer", "Bearer nonsense", "Basic dmVyYTpwdw=="):
        assert client.get("/api/workspace/documents", headers={"Authorization": header}).status_code == 401


def test_auth_a_viewer_token_cannot_edit(store, app, tmp_path):
    make_user(store, "vera")
    document_id = add_document(store, tmp_path, "c.txt", "Text.", "confidential", "C")
    with store.session() as session:
        _, token = create_api_token(store, session, find_user(session, "vera"), "script", actor="boss")
    response = TestClient(app).post(f"/workspace/documents/{document_id}/consent", data={"consent": "public"},
                                    headers={"Authorization": f"Bearer {token}"}, follow_redirects=False)
    assert response.status_code == 403


# --- audit ------------------------------------------------------------------------------------

def test_auth_logins_are_audited_without_secrets(store, app):
    editor = make_user(store, "eldor", "editor", totp=True)
    client = TestClient(app)
    log_in(client, "eldor", "wrong-canary-password-1")
    log_in(client, "eldor")
    pending = client.cookies.get(SESSION_COOKIE)
    token = csrf_token(store, pending)
    code = next_code(editor.totp_secret)
    client.post("/login/totp", data={"code": code, "csrf_token": token})
    session_token = client.cookies.get(SESSION_COOKIE)
    client.post("/logout", data={"csrf_token": csrf_token(store, session_token)})
    entries = audit_entries(store)
    assert [(actor, action, detail.get("step") or detail.get("reason") or detail.get("change"))
            for actor, action, _, _, detail in entries] == [
        ("tester", "change", "created"), ("anonymous", "login_failed", "password"),
        ("eldor", "login", "password"), ("eldor", "login", "totp"), ("eldor", "logout", None),
    ]
    text = repr(entries)
    for secret in (PASSWORD, "wrong-canary-password-1", pending, session_token, token, editor.totp_secret):
        assert secret not in text


def test_auth_private_pages_are_not_cached(store, app):
    viewer = make_user(store, "vera")
    client, _ = client_as(app, store, viewer)
    for url in ("/login", "/workspace", "/api/workspace/documents", "/account/totp"):
        assert client.get(url).headers["cache-control"] == "no-store"
    # nor are public pages and downloads (a withdrawn testimony must not stay in a cache on disk);
    # the unchanging assets may be kept
    assert client.get("/about").headers["cache-control"] == "no-store"
    assert client.get("/open-data/datapackage.json").headers["cache-control"] == "no-store"
    static = client.get("/static/guwah.css")
    assert static.status_code == 200 and "cache-control" not in static.headers


def test_the_server_keeps_no_access_log(store):
    """A family's search travels in the query string: the server must not log it."""
    from guwah.web.server import server_config

    assert server_config(store, "127.0.0.1", 8000).access_log is False


def test_an_admin_enables_a_disabled_account_on_the_users_page(store):
    # Before: /admin/users could disable an account but not enable it again (nor could the CLI).
    # Now a disabled account has an Enable button: it may log in again, audited with who did it;
    # an active account shows Disable instead (control).
    from guwah.accounts import authenticate

    app = create_app(store)
    admin = make_user(store, "adil", "admin", totp=True)
    target = make_user(store, "tursun", "viewer")
    client, token = client_as(app, store, admin)
    assert client.post(f"/admin/users/{target.id}/disable", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    page = client.get("/admin/users").text
    assert f'action="http://testserver/admin/users/{target.id}/enable"' in page
    assert f'action="http://testserver/admin/users/{admin.id}/enable"' not in page  # active: Disable only
    with store.session() as session:
        assert authenticate(store, session, "tursun", PASSWORD) is None
    answer = client.post(f"/admin/users/{target.id}/enable", data={"csrf_token": token}, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/admin/users")
    with store.session() as session:
        assert authenticate(store, session, "tursun", PASSWORD) is not None
        changes = [(e.actor, e.detail.get("change")) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "change", AuditEntry.record_id == target.id))]
    assert changes[-2:] == [("adil", "disabled"), ("adil", "enabled")]


def test_a_member_changes_their_own_password_in_the_workspace(store):
    # Before: no page let a member change their password (only an admin's reset of the second
    # factor set a new one). Now /account/password (linked from their name) asks the current one:
    # a wrong one is refused and counted as a wrong login, two new ones that differ or a short one
    # are refused; the right one changes it, ends every other session and keeps this browser in.
    from guwah.accounts import authenticate, session_user
    from tests.accounts.factories import browser_token

    app = create_app(store)
    member = make_user(store, "amina", "editor", totp=True)
    client, token = client_as(app, store, member)
    elsewhere = browser_token(store, member)  # another browser of hers
    assert 'href="http://testserver/account/password"' in client.get("/workspace").text
    new = "a brand new long passphrase"
    for form, said in [({"current": "not my password!", "new": new, "again": new}, "current password is not right"),
                       ({"current": PASSWORD, "new": new, "again": new + "x"}, "two new passwords differ"),
                       ({"current": PASSWORD, "new": "short", "again": "short"}, "at least 12")]:
        refused = client.post("/account/password", data={**form, "csrf_token": token})
        assert refused.status_code == 400 and said in refused.text, refused.text[:300]
        assert new not in refused.text and PASSWORD not in refused.text
    with store.session() as session:
        assert find_user(session, "amina").failed_logins == 1  # only the wrong current password counted
        assert authenticate(store, session, "amina", PASSWORD) is not None  # unchanged
    changed = client.post("/account/password", data={"current": PASSWORD, "new": new, "again": new,
                                                     "csrf_token": token}, follow_redirects=False)
    assert (changed.status_code, changed.headers["location"]) == (303, "/account/password?changed=true")
    assert "was changed" in client.get("/account/password?changed=true").text  # still logged in here
    with store.session() as session:
        assert session_user(session, elsewhere) is None  # her other browser is logged out
        assert authenticate(store, session, "amina", PASSWORD) is None
    with store.session() as session:
        assert authenticate(store, session, "amina", new) is not None
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "change")).all()[-1]
        assert (audited.actor, audited.detail) == ("amina", {"change": "password", "own": True})


def test_auth_a_form_from_another_site_is_refused_in_the_readers_language_and_changes_nothing(store, app):
    from guwah.web.auth import FOREIGN
    from guwah.web.i18n import translations

    client, token = client_as(app, store, make_user(store, "vera"))
    refused = client.post("/logout?lang=ru", data={"csrf_token": token},
                          headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert refused.status_code == 403
    said = translations("ru").gettext(FOREIGN)
    assert said != FOREIGN and said in refused.text and FOREIGN not in refused.text
    assert client.get("/workspace", follow_redirects=False).status_code == 200  # still logged in
    out = client.post("/logout", data={"csrf_token": token}, headers={"Origin": "http://testserver"},
                      follow_redirects=False)
    assert out.status_code == 303  # control: this site's own form


@pytest.mark.parametrize("asked, lands", [
    ("/workspace/review?kind=event", "/workspace/review?kind=event"),  # a local path: kept
    ("https://evil.example/phish", "/workspace"),  # never an absolute URL
    ("//evil.example/phish", "/workspace"),
    ("/\\evil.example", "/workspace"),
])
def test_auth_enrolling_the_second_factor_keeps_where_the_login_was_going(store, app, asked, lands):
    """After a password-only login, the TOTP enrolment forgot `next`: a member sent to enrol landed
    on /workspace, not on the page asked for. It is kept now, through the enrolment page's form, and
    only as a path on this site (an open redirect otherwise)."""
    from urllib.parse import quote

    make_user(store, "eldor", "editor")
    client = TestClient(app)
    sent = log_in(client, "eldor", next_=asked).headers["location"]
    assert sent == "/account/totp?next=" + quote(lands, safe="/")
    page = client.get(sent)
    assert f'name="next" value="{lands}"' in page.text
    secret = re.search(r'<code class="secret">([A-Z2-7]+)</code>', page.text).group(1)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    wrong = client.post("/account/totp", data={"code": "000000" if next_code(secret) != "000000" else "111111",
                                               "csrf_token": token, "next": asked})
    assert wrong.status_code == 400 and f'name="next" value="{lands}"' in wrong.text
    done = client.post("/account/totp", data={"code": next_code(secret), "csrf_token": token, "next": asked},
                       follow_redirects=False)
    assert (done.status_code, done.headers["location"]) == (303, lands)


def test_auth_a_page_asked_before_enrolling_is_where_the_enrolment_leads(store, app):
    """A half-logged-in member (password only, no second factor yet) who opens a workspace page is
    sent to enrol with that page as `next`, and lands on it after the code."""
    make_user(store, "eldor", "editor")
    client = TestClient(app)
    log_in(client, "eldor")
    sent = client.get("/workspace/releases", follow_redirects=False).headers["location"]
    assert sent == "/account/totp?next=/workspace/releases"
    page = client.get(sent)
    secret = re.search(r'<code class="secret">([A-Z2-7]+)</code>', page.text).group(1)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    done = client.post("/account/totp", data={"code": next_code(secret), "csrf_token": token,
                                              "next": "/workspace/releases"}, follow_redirects=False)
    assert done.headers["location"] == "/workspace/releases"
