"""User accounts: creation, roles, password login with lockout, disabling."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guwah.accounts.passwords import dummy_hash, hash_password, verify_password
from guwah.errors import InputError, NotFound
from guwah.storage import Store
from guwah.storage.tables import UserAccount, WebSession

ROLES = ("viewer", "editor", "admin")  # each role may do everything the ones before it may
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
ANONYMOUS = "anonymous"
_USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every time Guwah stores is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def has_role(user: UserAccount, role: str) -> bool:
    """Whether `user`'s role is `role` or a more powerful one."""
    return ROLES.index(user.role) >= ROLES.index(role)


def needs_second_factor(user: UserAccount) -> bool:
    """Editors and admins must use TOTP; anyone who enrolled must use it too."""
    return user.totp_enabled or has_role(user, "editor")


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"a role is one of {', '.join(ROLES)}, not {role!r}", value=role)
    return role


def find_user(session: Session, username: str) -> UserAccount:
    """The account called `username` (NotFound if there is none)."""
    user = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if user is None:
        raise NotFound(f"no user {username!r}", value=username)
    return user


def list_users(session: Session) -> list[UserAccount]:
    return list(session.scalars(select(UserAccount).order_by(UserAccount.username)))


def create_user(store: Store, session: Session, username: str, password: str, role: str, *,
                actor: str) -> UserAccount:
    """A new account (InputError for a bad or taken name, a weak password or an unknown role).

    Args:
        actor: who creates it, for the audit log.
    """
    if not _USERNAME.fullmatch(username):
        raise InputError("a username is 1–100 letters, digits or . _ @ - (starting with a letter or digit)",
                         value=username)
    _check_role(role)
    if session.scalar(select(UserAccount.id).where(UserAccount.username == username)) is not None:
        raise InputError(f"there is already a user {username!r}", value=username)
    user = UserAccount(username=username, password_hash=hash_password(password), role=role,
                       totp_enabled=False, failed_logins=0, disabled=False)
    session.add(user)
    session.flush()
    store.audit(session, actor, "change", "user_account", user.id, change="created", role=role)
    return user


def disable_user(store: Store, session: Session, user: UserAccount, *, actor: str) -> None:
    """Stop `user` from logging in; their browser sessions end and their API tokens stop working."""
    if user.disabled:
        return
    user.disabled = True
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    store.audit(session, actor, "change", "user_account", user.id, change="disabled")


def set_role(store: Store, session: Session, user: UserAccount, role: str, *, actor: str) -> None:
    """Give `user` another role (an editor or admin without TOTP must enrol at their next request)."""
    _check_role(role)
    if user.role == role:
        return
    old, user.role = user.role, role
    store.audit(session, actor, "change", "user_account", user.id, change="role", old=old, new=role)


def authenticate(store: Store, session: Session, username: str, password: str) -> UserAccount | None:
    """The account if `username` and `password` match and it may log in now, else None.

    Every refusal looks the same to the caller (unknown user, wrong password, locked, disabled)
    and takes about as long: a password is always checked against some argon2id hash. Five
    wrong passwords in a row lock the account for 15 minutes. Success and failure are audited,
    never with the password, and never naming a username that does not exist (it may be a
    password typed into the wrong field).
    """
    user = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if user is None:
        verify_password(dummy_hash(), password)
        store.audit(session, ANONYMOUS, "login_failed", "user_account", None, reason="unknown_user")
        return None
    matches, new_hash = verify_password(user.password_hash, password)
    locked_until = aware(user.locked_until)
    if user.disabled:
        store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id, reason="disabled")
        return None
    if locked_until is not None and locked_until > utcnow():
        store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id, reason="locked")
        return None
    if not matches:
        record_failure(store, session, user, "password")
        return None
    user.failed_logins, user.locked_until = 0, None
    if new_hash:
        user.password_hash = new_hash
    store.audit(session, user.username, "login", "user_account", user.id, step="password", role=user.role,
                rehashed=bool(new_hash))
    return user


def record_failure(store: Store, session: Session, user: UserAccount, reason: str) -> None:
    """Count a wrong password or code; the fifth in a row locks the account and ends its sessions."""
    user.failed_logins = (user.failed_logins or 0) + 1
    store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id, reason=reason,
                failures=user.failed_logins)
    if user.failed_logins >= MAX_FAILED_LOGINS:
        user.failed_logins, user.locked_until = 0, utcnow() + LOCKOUT
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))
        store.audit(session, ANONYMOUS, "lockout", "user_account", user.id, minutes=int(LOCKOUT.total_seconds() // 60))


def is_locked(user: UserAccount) -> bool:
    locked_until = aware(user.locked_until)
    return locked_until is not None and locked_until > utcnow()
