"""User accounts: creation, roles, password login with lockout, disabling.

Failure counters and lockouts are read and changed under the audit chain's lock and with
atomic UPDATEs, so that concurrent attempts can neither lose a count nor slip past a lockout
that another request has just set.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from guwah.accounts.passwords import dummy_hash, hash_password, verify_password
from guwah.errors import AccessDenied, InputError, NotFound
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


def check_role(role: str) -> str:
    """`role` if it is one of ROLES; InputError naming them otherwise."""
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
    check_role(role)
    if session.scalar(select(UserAccount.id).where(UserAccount.username == username)) is not None:
        raise InputError(f"there is already a user {username!r}", value=username)
    user = UserAccount(username=username, password_hash=hash_password(password), role=role,
                       totp_enabled=False, failed_logins=0, second_factor_failures=0, disabled=False)
    session.add(user)
    session.flush()
    store.audit(session, actor, "change", "user_account", user.id, change="created", role=role)
    return user


def _keep_an_active_admin(session: Session, user: UserAccount, change: str) -> None:
    """Refuse a change that leaves the archive without an active admin.

    Once an archive has accounts only an active account may act on the CLI (`check_cli_actor`) and
    only an admin may enable, unlock or give roles, so the last active admin disabled or made
    another role would lock every member out for good.

    Raises:
        InputError: naming the account, in one line; nothing changed.
    """
    if user.role != "admin" or user.disabled:
        return
    others = session.scalar(select(UserAccount.id).where(
        UserAccount.role == "admin", UserAccount.disabled.is_(False), UserAccount.id != user.id).limit(1))
    if others is None:
        raise InputError(f"{user.username} is the archive's last active admin: {change} would leave nobody "
                         "who can enable, unlock or give roles (make another account admin first)")


def disable_user(store: Store, session: Session, user: UserAccount, *, actor: str) -> None:
    """Stop `user` from logging in; their browser sessions end and their API tokens stop working.

    Raises:
        InputError: `user` is the last active admin (`_keep_an_active_admin`); nothing changed.
    """
    if user.disabled:
        return
    _keep_an_active_admin(session, user, "disabling it")
    user.disabled = True
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    store.audit(session, actor, "change", "user_account", user.id, change="disabled")


def enable_user(store: Store, session: Session, user: UserAccount, *, actor: str) -> None:
    """Let a disabled `user` log in again (the inverse of `disable_user`; their old sessions stay
    ended, their API tokens work again). Audited; nothing is done for an active account."""
    if not user.disabled:
        return
    user.disabled = False
    store.audit(session, actor, "change", "user_account", user.id, change="enabled")


def change_password(store: Store, session: Session, user: UserAccount, new_password: str, *, actor: str,
                    current_password: str | None = None) -> bool:
    """Give `user` a new password (argon2id, as every account's) and end their browser sessions.

    When `actor` is `user` themself, `current_password` must be theirs: a wrong one counts as a
    wrong login (`record_failure`, five lock the account; the caller commits that count) and
    nothing else changes. Audited, never with either password.

    Returns:
        True when the password was changed, False when the current password was wrong.

    Raises:
        InputError: a weak new password (guwah.accounts.passwords.check_password), or no current
            password where one is needed.
        AccessDenied: a locked or disabled account changing its own.
    """
    from guwah.accounts.passwords import check_password

    check_password(new_password)
    if actor == user.username:
        if not current_password:
            raise InputError("changing your own password needs your current one")
        matches, _ = verify_password(user.password_hash, current_password)
        current_state(store, session, user)
        if user.disabled or is_locked(user):
            raise AccessDenied(f"{user.username!r} is disabled or locked and cannot change its password",
                               value=user.username)
        if not matches:
            record_failure(store, session, user, "password")
            return False
    user.password_hash = hash_password(new_password)
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    store.audit(session, actor, "change", "user_account", user.id, change="password",
                own=actor == user.username)
    return True


# The operations that draft or decide what the public may see, where an approval must be a second
# person's (`guwah.releases._second_reviewer`): releases and naming bases ("release"), consent raises.
REVIEWED_OPERATIONS = frozenset({"release", "change_consent"})


def check_cli_actor(session: Session, actor: str, operation: str) -> None:
    """Refuse a command-line actor (GUWAH_ACTOR, else the login name) that may not do
    `operation` (a row of `guwah.accounts.permissions.PERMISSIONS`) now.

    An archive with no account (one operator who never set up the workspace) takes any name, as
    the custody log's label, except for REVIEWED_OPERATIONS: there the name must be the system
    account running the command (`guwah.config.os_login`), so that two reviewers are two people,
    not one person who set GUWAH_ACTOR twice. Once it has accounts, the actor must name one that is neither
    disabled nor locked out: a disabled member could otherwise go on acting through the CLI
    under their own name, and an unknown name would put nobody's name in the custody log. Its
    role must then be enough for `operation`, as on the web (a viewer adds no account).

    Raises:
        AccessDenied: naming the actor and why, in one line; checked before anything is done.
    """
    if session.scalar(select(UserAccount.id).limit(1)) is None:
        if operation in REVIEWED_OPERATIONS:
            _check_login_is_actor(actor)
        return
    user = session.scalar(select(UserAccount).where(UserAccount.username == actor))
    if user is None:
        raise AccessDenied(f"GUWAH_ACTOR {actor!r} names no account of this archive: set GUWAH_ACTOR to "
                           "your own account's login name", value=actor)
    if user.disabled:
        raise AccessDenied(f"GUWAH_ACTOR {actor!r} is a disabled account; it cannot act (an admin can "
                           "`guwah users enable` it)", value=actor)
    if is_locked(user):
        raise AccessDenied(f"GUWAH_ACTOR {actor!r} is locked out after wrong passwords or codes; it cannot "
                           "act until the lockout ends or an admin runs `guwah users unlock`", value=actor)
    from guwah.accounts.permissions import check_permission

    check_permission(user, operation)


def _check_login_is_actor(actor: str) -> None:
    """AccessDenied, in one line, unless `actor` is the system account running this command: in an
    archive with no account, the only thing that tells one reviewer from another."""
    from guwah import config

    login = config.os_login()
    if login is not None and actor == login:
        return
    where = (f"under your own login name ({login}), not GUWAH_ACTOR {actor!r}" if login is not None
             else "and this system names no login for this process")
    raise AccessDenied(f"this archive has no accounts, so releases, naming bases and consent are drafted and "
                       f"approved {where}: a second reviewer is a second login. Add accounts (`guwah users add`) "
                       "to review under account names", value=actor)


def may_read_contacts(session: Session, actor: str) -> bool:
    """Whether `actor` may read contacts: a witness's and a submitter's (`guwah show`), a family
    reporter's (`guwah.reports.read_contact`); the one rule for each, on the CLI and the web. By the
    role matrix's row "read_contacts" (`guwah.accounts.permissions`). An archive with no account takes
    its one operator in every role (as `check_cli_actor` does); otherwise only an active, not
    locked-out account whose role the row allows."""
    if session.scalar(select(UserAccount.id).limit(1)) is None:
        return True
    user = session.scalar(select(UserAccount).where(UserAccount.username == actor))
    if user is None or user.disabled or is_locked(user):
        return False
    from guwah.accounts.permissions import may

    return may(user, "read_contacts")


def set_role(store: Store, session: Session, user: UserAccount, role: str, *, actor: str) -> None:
    """Give `user` another role (an editor or admin without TOTP must enrol at their next request)."""
    check_role(role)
    if user.role == role:
        return
    _keep_an_active_admin(session, user, f"making it {role}")
    old, user.role = user.role, role
    store.audit(session, actor, "change", "user_account", user.id, change="role", old=old, new=role)


def unlock_user(store: Store, session: Session, user: UserAccount, *, actor: str) -> None:
    """Lift a lockout and forget wrong passwords and codes: an admin's decision, audited."""
    user.failed_logins, user.second_factor_failures, user.locked_until = 0, 0, None
    store.audit(session, actor, "change", "user_account", user.id, change="unlocked")


def reset_second_factor(store: Store, session: Session, user: UserAccount, new_password: str, *,
                        actor: str) -> None:
    """For a member who lost their authenticator: forget their TOTP secret, give them a new
    password (to hand over by a channel the admin trusts, after checking who asks), end their
    sessions and lift any lockout. They enrol a new authenticator at their next login; the old
    password cannot be used to win that enrolment first. Audited, without the password.

    Raises:
        InputError: when the new password is too weak (guwah.accounts.passwords.check_password).
    """
    from guwah.accounts.passwords import check_password

    check_password(new_password)
    user.password_hash = hash_password(new_password)
    user.totp_secret, user.totp_enabled, user.totp_last_step = None, False, None
    user.failed_logins, user.second_factor_failures, user.locked_until = 0, 0, None
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    store.audit(session, actor, "change", "user_account", user.id, change="second_factor_reset")


def current_state(store: Store, session: Session, user: UserAccount) -> None:
    """Re-read `user`'s lock state under the audit lock: another request may have changed it."""
    store.hold_audit_lock(session)
    session.refresh(user, ["disabled", "locked_until", "failed_logins", "second_factor_failures"])


def authenticate(store: Store, session: Session, username: str, password: str) -> UserAccount | None:
    """The account if `username` and `password` match and it may log in now, else None.

    Every refusal looks the same to the caller (unknown user, wrong password, locked, disabled)
    and takes about as long: a password is always checked against some argon2id hash. Five
    wrong passwords in a row lock the account for 15 minutes. A right password does not reset
    the count of wrong second-factor codes. Success and failure are audited, never with the
    password, and never naming a username that does not exist (it may be a password typed into
    the wrong field).
    """
    user = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if user is None:
        verify_password(dummy_hash(), password)
        store.audit(session, ANONYMOUS, "login_failed", "user_account", None, reason="unknown_user")
        return None
    matches, new_hash = verify_password(user.password_hash, password)
    current_state(store, session, user)
    if user.disabled:
        store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id, reason="disabled")
        return None
    if is_locked(user):
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


def _count(store: Store, session: Session, user: UserAccount, column: str) -> int:
    # One UPDATE adds the failure: concurrent wrong attempts each count, none is lost.
    store.hold_audit_lock(session)
    counter = getattr(UserAccount, column)
    session.execute(update(UserAccount).where(UserAccount.id == user.id).values({counter: counter + 1})
                    .execution_options(synchronize_session=False))
    failures = session.scalar(select(counter).where(UserAccount.id == user.id))
    set_committed_value(user, column, failures)
    return failures


def _lock(store: Store, session: Session, user: UserAccount) -> None:
    user.locked_until = utcnow() + LOCKOUT
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    store.audit(session, ANONYMOUS, "lockout", "user_account", user.id, minutes=int(LOCKOUT.total_seconds() // 60))


def record_failure(store: Store, session: Session, user: UserAccount, reason: str) -> None:
    """Count a wrong password; the fifth in a row locks the account and ends its sessions."""
    failures = _count(store, session, user, "failed_logins")
    store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id, reason=reason, failures=failures)
    if failures >= MAX_FAILED_LOGINS:
        user.failed_logins = 0
        _lock(store, session, user)


def record_second_factor_failure(store: Store, session: Session, user: UserAccount) -> None:
    """Count a wrong second-factor code; from the fifth on, each one locks the account.

    Only a right code or an admin (`unlock_user`) resets this count, never a right password:
    whoever holds the password gets five guesses, then one per lockout.
    """
    failures = _count(store, session, user, "second_factor_failures")
    store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id, reason="totp", failures=failures)
    if failures >= MAX_FAILED_LOGINS:
        _lock(store, session, user)


def is_locked(user: UserAccount) -> bool:
    locked_until = aware(user.locked_until)
    return locked_until is not None and locked_until > utcnow()
