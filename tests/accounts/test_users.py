"""Accounts: creation, roles, login with lockout, disabling; everything audited without secrets."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from guwah.accounts import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    authenticate,
    disable_user,
    find_user,
    has_role,
    needs_second_factor,
    set_role,
    start_session,
    unlock_user,
)
from guwah.accounts.users import is_locked, utcnow
from guwah.errors import InputError, NotFound
from guwah.storage.tables import AuditEntry, UserAccount, WebSession
from tests.accounts.factories import PASSWORD, make_user, race


def _login(store, username, password=PASSWORD):
    with store.session() as session:
        user = authenticate(store, session, username, password)
        return user.username if user else None


def _audit(store):
    with store.session() as session:
        return [(e.actor, e.action, e.record_type, e.record_id, e.detail)
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_users_create_and_log_in(store):
    make_user(store, "amina", "editor")
    assert _login(store, "amina") == "amina"
    with store.session() as session:
        user = find_user(session, "amina")
        assert user.password_hash.startswith("$argon2id$") and user.role == "editor"
        assert has_role(user, "viewer") and has_role(user, "editor") and not has_role(user, "admin")
        assert needs_second_factor(user)


@pytest.mark.parametrize("username, role, password", [
    ("", "viewer", PASSWORD), ("has space", "viewer", PASSWORD), ("<script>", "viewer", PASSWORD),
    ("ok", "superuser", PASSWORD), ("ok", "viewer", "short"),
])
def test_users_bad_input_is_refused(store, username, role, password):
    with pytest.raises(InputError), store.session() as session:
        from guwah.accounts import create_user

        create_user(store, session, username, password, role, actor="tester")


def test_users_name_taken_is_refused(store):
    make_user(store, "amina")
    with pytest.raises(InputError, match="already"):
        make_user(store, "amina")


@pytest.mark.parametrize("username, password", [("amina", "wrong password!!"), ("nobody", PASSWORD), ("", "")])
def test_users_wrong_credentials_get_none(store, username, password):
    make_user(store, "amina")
    assert _login(store, username, password) is None


def test_users_lockout_after_five_failures_and_its_expiry(store):
    user = make_user(store, "amina")
    for _ in range(MAX_FAILED_LOGINS - 1):
        assert _login(store, "amina", "wrong password!!") is None
    assert _login(store, "amina") == "amina"  # success resets the count
    for _ in range(MAX_FAILED_LOGINS):
        assert _login(store, "amina", "wrong password!!") is None
    assert _login(store, "amina") is None  # locked: even the right password is refused
    with store.session() as session:
        account = session.get(UserAccount, user.id)
        assert is_locked(account)
        assert timedelta(minutes=14) < account.locked_until.replace(tzinfo=utcnow().tzinfo) - utcnow() <= LOCKOUT
        account.locked_until = utcnow() - timedelta(seconds=1)  # fifteen minutes later
    assert _login(store, "amina") == "amina"
    actions = [action for _, action, *_ in _audit(store)]
    assert actions.count("lockout") == 1
    assert actions.count("login_failed") == 2 * MAX_FAILED_LOGINS


def test_users_lockout_ends_open_sessions(store):
    user = make_user(store, "amina")
    with store.session() as session:
        start_session(store, session, session.get(UserAccount, user.id))
    for _ in range(MAX_FAILED_LOGINS):
        _login(store, "amina", "wrong password!!")
    with store.session() as session:
        assert session.scalars(select(WebSession)).all() == []


def test_users_disabled_cannot_log_in_and_loses_sessions(store):
    user = make_user(store, "amina")
    with store.session() as session:
        start_session(store, session, session.get(UserAccount, user.id))
        disable_user(store, session, find_user(session, "amina"), actor="boss")
    assert _login(store, "amina") is None
    with store.session() as session:
        assert session.scalars(select(WebSession)).all() == []
    assert ("boss", "change", "user_account", str(user.id), {"change": "disabled"}) in _audit(store)


def test_users_role_change_is_audited(store):
    user = make_user(store, "amina")
    with store.session() as session:
        set_role(store, session, find_user(session, "amina"), "admin", actor="boss")
        with pytest.raises(InputError):
            set_role(store, session, find_user(session, "amina"), "owner", actor="boss")
    assert ("boss", "change", "user_account", str(user.id), {"change": "role", "old": "viewer", "new": "admin"}) \
        in _audit(store)


def test_users_find_unknown_is_not_found(store):
    with pytest.raises(NotFound), store.session() as session:
        find_user(session, "nobody")


def test_users_audit_names_no_password_and_no_unknown_username(store):
    make_user(store, "amina")
    _login(store, "amina")
    _login(store, "amina", "wrong-Secret-canary-991")
    _login(store, "typed-my-password-here", "x")
    entries = _audit(store)
    text = repr(entries)
    for secret in (PASSWORD, "wrong-Secret-canary-991", "typed-my-password-here", "$argon2"):
        assert secret not in text
    assert [(actor, action) for actor, action, *_ in entries] == [
        ("tester", "change"), ("amina", "login"), ("anonymous", "login_failed"), ("anonymous", "login_failed"),
    ]
    assert entries[-1][4] == {"reason": "unknown_user"}


def test_users_concurrent_wrong_passwords_all_count(any_store):
    """Five wrong passwords at once lock the account: no count is lost. SQLite and PostgreSQL."""
    make_user(any_store, "amina")

    def attempt(barrier):
        with any_store.session() as session:
            find_user(session, "amina")  # every thread has read the count before any adds to it
            barrier.wait()
            return authenticate(any_store, session, "amina", "wrong password!!")

    assert race(MAX_FAILED_LOGINS, attempt) == [None] * MAX_FAILED_LOGINS
    assert _login(any_store, "amina") is None
    with any_store.session() as session:
        assert is_locked(find_user(session, "amina"))


def test_users_unlock_lifts_a_lockout_and_is_audited(store):
    make_user(store, "amina")
    for _ in range(MAX_FAILED_LOGINS):
        _login(store, "amina", "wrong password!!")
    with store.session() as session:
        unlock_user(store, session, find_user(session, "amina"), actor="boss")
    assert _login(store, "amina") == "amina"
    assert ("boss", "change", "user_account") in {entry[:3] for entry in _audit(store)}
