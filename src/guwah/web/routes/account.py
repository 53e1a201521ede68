"""Logging in and out, the TOTP step and enrolment, and account management for admins."""

from __future__ import annotations

import hmac
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from guwah.accounts import (
    ROLES,
    SESSION_LIFETIME,
    TotpCheck,
    authenticate,
    begin_totp_enrolment,
    change_password,
    check_totp,
    confirm_totp,
    create_user,
    disable_user,
    enable_user,
    end_session,
    list_users,
    needs_second_factor,
    provisioning_uri,
    set_role,
    start_session,
)
from guwah.accounts.users import is_locked
from guwah.errors import InputError, N_plural, NotFound, Text
from guwah.storage.tables import UserAccount
from guwah.web.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    AuthProblem,
    LoginDep,
    MayChangeOwnAccount,
    MayManageAccounts,
    SessionDep,
    check_origin,
    clear_cookie,
    client_address,
    login_form_token,
    render,
    safe_next,
    set_cookie,
)
from guwah.web.labels import N_

router = APIRouter()

FAILED_LOGIN = N_("Wrong username or password, or this account cannot log in now.")
LOGIN_EXPIRED = N_("The login form has expired. Reload the page and try again.")
# A form sent with no session (it ended while the page stood open, or the member logged out
# elsewhere): `guwah.web.auth.login_url` sends it here with `unsent=1`.
UNSENT = N_("You were not logged in when you sent that form (your session had ended), so nothing was stored. "
            "Log in, then send it again.")
# A session that ended for lack of use (`guwah.web.auth.idle_url`); %(minutes)s: GUWAH_SESSION_IDLE_MINUTES.
IDLE = N_plural("Your session ended because it was not used for %(minutes)s minute, so that a computer left open "
                "shows nothing of the workspace. Log in again to go on.",
                "Your session ended because it was not used for %(minutes)s minutes, so that a computer left open "
                "shows nothing of the workspace. Log in again to go on.")
# The account pages' own refusals (their templates translate them; a refusal from guwah.accounts
# stays English).
WRONG_CODE = N_("That code is not right. Try the current one.")
# A right code whose step this account already used (`TotpCheck.REPLAYED`): not counted as a guess.
REPLAYED_CODE = N_("This code was already used. Wait for the next one (a new code comes every 30 seconds) "
                   "and give that.")
PASSWORDS_DIFFER = N_("The two new passwords differ.")
WRONG_PASSWORD = N_("Your current password is not right.")
NOT_YOURSELF_DISABLED = N_("You cannot disable your own account.")
NOT_YOUR_OWN_ROLE = N_("You cannot change your own role.")
FormText = Annotated[str, Form()]


def _too_many(request: Request, account: str, template: str, context: dict) -> Response | None:
    """A 429 page when the login's limits (`guwah.web.auth.LoginLimits`: failed steps per address and
    per account) refuse this step; None when it may go on (counted until `_succeeded` gives it back)."""
    wait = request.app.state.login_limit.start(client_address(request), account)
    if wait is None:
        return None
    response = render(request, template, {**context, "error": N_("Too many attempts. Wait a few minutes and try again.")},
                      status_code=429)
    response.headers["Retry-After"] = str(wait)
    return response


def _succeeded(request: Request, account: str) -> None:
    request.app.state.login_limit.succeeded(client_address(request), account)


def _start(store, session, user: UserAccount, *, second_factor_passed: bool = False) -> str:
    """A new browser session for `user` under this archive's idle timeout (GUWAH_SESSION_IDLE_MINUTES)."""
    return start_session(store, session, user, second_factor_passed=second_factor_passed,
                         idle=store.settings.session_idle)


def _new_session_response(request: Request, token: str, target: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    set_cookie(request, response, SESSION_COOKIE, token, max_age=int(SESSION_LIFETIME.total_seconds()))
    return response


def _after_password(target: str, user: UserAccount) -> str:
    """The second factor's step (giving a code, or enrolling a first one) that leads on to `target`."""
    if user.totp_enabled:
        return "/login/totp?next=" + quote(target, safe="/")
    if needs_second_factor(user):
        return "/account/totp?next=" + quote(target, safe="/")
    return target


# --- login ------------------------------------------------------------------------------------

@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next_: Annotated[str | None, Query(alias="next")] = None,
               unsent: bool = False, idle: bool = False) -> Response:
    token = login_form_token(request)
    minutes = request.app.state.store.settings.session_idle_minutes
    notices = ([Text.counted(IDLE, minutes, {"minutes": minutes})] if idle else []) + ([UNSENT] if unsent else [])
    response = render(request, "login.html", {"login_csrf": token, "next": safe_next(next_), "notices": notices})
    set_cookie(request, response, LOGIN_CSRF_COOKIE, token)
    return response


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, session: SessionDep, username: FormText = "", password: FormText = "",
          csrf_token: FormText = "", next_: Annotated[str, Form(alias="next")] = "") -> Response:
    target = safe_next(next_)
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
    context = {"login_csrf": cookie, "next": target, "username": username}
    limited = _too_many(request, username, "login.html", context)
    if limited:
        return limited
    check_origin(request)
    if not cookie or not hmac.compare_digest(cookie.encode(), csrf_token.encode()):
        raise AuthProblem(403, LOGIN_EXPIRED)
    store = request.app.state.store
    user = authenticate(store, session, username, password)
    if user is None:
        return render(request, "login.html", {**context, "error": FAILED_LOGIN}, status_code=401)
    _succeeded(request, username)
    # Always a new session, so that a token planted before login is worth nothing after it.
    if request.cookies.get(SESSION_COOKIE):
        end_session(session, request.cookies[SESSION_COOKIE])
    response = _new_session_response(request, _start(store, session, user), _after_password(target, user))
    clear_cookie(request, response, LOGIN_CSRF_COOKIE)
    return response


@router.get("/login/totp", response_class=HTMLResponse)
def totp_page(request: Request, login: LoginDep,
              next_: Annotated[str | None, Query(alias="next")] = None) -> Response:
    if login.complete:
        return RedirectResponse(safe_next(next_), status_code=303)
    if not login.user.totp_enabled:
        return RedirectResponse("/account/totp?next=" + quote(safe_next(next_), safe="/"), status_code=303)
    return render(request, "totp.html", {"next": safe_next(next_)})


@router.post("/login/totp", response_class=HTMLResponse)
def totp_step(request: Request, session: SessionDep, login: LoginDep, code: FormText = "",
              next_: Annotated[str, Form(alias="next")] = "") -> Response:
    target = safe_next(next_)
    if login.complete:
        return RedirectResponse(target, status_code=303)
    limited = _too_many(request, login.user.username, "totp.html", {"next": target})
    if limited:
        return limited
    store = request.app.state.store
    checked = check_totp(store, session, login.user, code)
    if not checked:
        if is_locked(login.user):  # that was the fifth wrong code: the session is gone
            response = RedirectResponse("/login", status_code=303)
            clear_cookie(request, response, SESSION_COOKIE)
            return response
        return render(request, "totp.html", {"next": target, "error": REPLAYED_CODE
                                             if checked is TotpCheck.REPLAYED else WRONG_CODE},
                      status_code=401)
    _succeeded(request, login.user.username)
    end_session(session, login.token)
    return _new_session_response(request, _start(store, session, login.user, second_factor_passed=True),
                                 target)


@router.post("/logout")
def logout(request: Request, session: SessionDep, login: LoginDep) -> Response:
    end_session(session, login.token)
    request.app.state.store.audit(session, login.user.username, "logout", "user_account", login.user.id)
    response = RedirectResponse("/", status_code=303)
    clear_cookie(request, response, SESSION_COOKIE)
    return response


# --- TOTP enrolment ---------------------------------------------------------------------------

def _enrolment(request: Request, session, login, target: str, *, error: str | None = None,
               status_code: int = 200) -> Response:
    secret = begin_totp_enrolment(session, login.user)
    return render(request, "totp_enrol.html", {"secret": secret, "uri": provisioning_uri(login.user),
                                               "required": needs_second_factor(login.user), "error": error,
                                               "next": target},
                  status_code=status_code)


# `next`: where the login was going (`safe_next`: a path on this site only), kept through the
# enrolment's form so that a member enrolling a first second factor lands on the page asked for.
@router.get("/account/totp", response_class=HTMLResponse)
def totp_enrolment(request: Request, session: SessionDep, login: LoginDep,
                   next_: Annotated[str | None, Query(alias="next")] = None) -> Response:
    target = safe_next(next_)
    if login.user.totp_enabled:
        if not login.complete:  # a password alone never reaches the enrolment page again
            return RedirectResponse("/login/totp?next=" + quote(target, safe="/"), status_code=303)
        return render(request, "totp_enrol.html", {"enabled": True})
    return _enrolment(request, session, login, target)


@router.post("/account/totp", response_class=HTMLResponse)
def totp_confirm(request: Request, session: SessionDep, login: LoginDep, code: FormText = "",
                 next_: Annotated[str, Form(alias="next")] = "") -> Response:
    target = safe_next(next_)
    if login.user.totp_enabled:
        return RedirectResponse("/account/totp", status_code=303)
    store = request.app.state.store
    if not confirm_totp(store, session, login.user, code):
        return _enrolment(request, session, login, target, error=WRONG_CODE, status_code=400)
    end_session(session, login.token)
    return _new_session_response(request, _start(store, session, login.user, second_factor_passed=True),
                                 target)


# --- one's own password ----------------------------------------------------------------------

def _password_page(request: Request, *, error: str | None = None, changed: bool = False,
                   status_code: int = 200) -> Response:
    return render(request, "account_password.html", {"error": error, "changed": changed}, status_code=status_code)


@router.get("/account/password", response_class=HTMLResponse)
def password_page(request: Request, auth: MayChangeOwnAccount, changed: bool = False) -> Response:
    return _password_page(request, changed=changed)


@router.post("/account/password", response_class=HTMLResponse)
def password_change(request: Request, session: SessionDep, auth: MayChangeOwnAccount, current: FormText = "",
                    new: FormText = "", again: FormText = "") -> Response:
    """Change one's own password (`guwah users password`, the same function): the current one is
    checked (a wrong one counts as a wrong login), every session of the account ends and this
    browser gets a new one."""
    if new != again:
        return _password_page(request, error=PASSWORDS_DIFFER, status_code=400)
    store = request.app.state.store
    try:
        changed = change_password(store, session, auth.user, new, actor=auth.user.username, current_password=current)
    except InputError as error:
        return _password_page(request, error=error.message, status_code=400)
    if not changed:  # the wrong attempt is counted and committed with this answer
        return _password_page(request, error=WRONG_PASSWORD, status_code=400)
    return _new_session_response(request, _start(store, session, auth.user, second_factor_passed=True),
                                 "/account/password?changed=true")


# --- admin: accounts --------------------------------------------------------------------------

def _users_page(request: Request, session, *, error: str | None = None, status_code: int = 200) -> Response:
    users = [{"id": user.id, "username": user.username, "role": user.role, "totp": user.totp_enabled,
              "state": "disabled" if user.disabled else "locked" if is_locked(user) else "active"}
             for user in list_users(session)]
    return render(request, "admin_users.html", {"users": users, "roles": ROLES, "error": error},
                  status_code=status_code)


def _user(session, user_id: int) -> UserAccount:
    user = session.get(UserAccount, user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    return user


@router.get("/admin/users", response_class=HTMLResponse)
def admin_users(request: Request, session: SessionDep, auth: MayManageAccounts) -> Response:
    return _users_page(request, session)


@router.post("/admin/users", response_class=HTMLResponse)
def admin_create_user(request: Request, session: SessionDep, auth: MayManageAccounts, username: FormText = "",
                      password: FormText = "", role: FormText = "viewer") -> Response:
    try:
        create_user(request.app.state.store, session, username.strip(), password, role, actor=auth.user.username)
    except InputError as error:
        return _users_page(request, session, error=error.message, status_code=400)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}/disable", response_class=HTMLResponse)
def admin_disable_user(request: Request, session: SessionDep, auth: MayManageAccounts, user_id: int) -> Response:
    user = _user(session, user_id)
    if user.id == auth.user.id:
        return _users_page(request, session, error=NOT_YOURSELF_DISABLED, status_code=400)
    try:
        disable_user(request.app.state.store, session, user, actor=auth.user.username)
    except InputError as error:
        return _users_page(request, session, error=error.message, status_code=400)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}/enable", response_class=HTMLResponse)
def admin_enable_user(request: Request, session: SessionDep, auth: MayManageAccounts, user_id: int) -> Response:
    """Let a disabled account log in again (`guwah users enable`; audited)."""
    enable_user(request.app.state.store, session, _user(session, user_id), actor=auth.user.username)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}/role", response_class=HTMLResponse)
def admin_set_role(request: Request, session: SessionDep, auth: MayManageAccounts, user_id: int, role: FormText = "") -> Response:
    user = _user(session, user_id)
    if user.id == auth.user.id:
        return _users_page(request, session, error=NOT_YOUR_OWN_ROLE, status_code=400)
    try:
        set_role(request.app.state.store, session, user, role, actor=auth.user.username)
    except InputError as error:
        return _users_page(request, session, error=error.message, status_code=400)
    return RedirectResponse("/admin/users", status_code=303)
