"""Browser sessions: a random token in the cookie, only its SHA-256 in the database.

A session ends at the first of two moments: SESSION_LIFETIME after it began (however much it is
used), or `idle` (GUWAH_SESSION_IDLE_MINUTES, 30 minutes by default) after its last use, so that a
workspace left open on a shared office computer does not stay open for the next person. The row's
`expires_at` is that nearer end, moved on by each use (never past the absolute one); a changed
setting applies to a session from its next use."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, joinedload

from guwah.accounts.users import aware, needs_second_factor, utcnow
from guwah.storage import Store
from guwah.storage.tables import UserAccount, WebSession

SESSION_LIFETIME = timedelta(hours=12)
IDLE_TIMEOUT = timedelta(minutes=30)  # the default of GUWAH_SESSION_IDLE_MINUTES
# A use moves the idle end on only when it gains at least this much: not one write per request.
RENEWAL_STEP = timedelta(minutes=1)


def token_digest(token: str) -> str:
    """What the database holds for a session or API token: its SHA-256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Ended:
    """A cookie whose session has just ended: `idle` when for lack of use (GUWAH_SESSION_IDLE_MINUTES),
    not at its absolute end (SESSION_LIFETIME). Its row is gone."""

    idle: bool


@dataclass(frozen=True)
class Login:
    """A logged-in browser: the account, its session row and the cookie's token."""

    user: UserAccount
    web_session: WebSession
    token: str

    @property
    def complete(self) -> bool:
        """Whether every factor this account needs has been given in this session."""
        return self.web_session.second_factor_passed or not needs_second_factor(self.user)


def _idle_end(web_session: WebSession, now, idle: timedelta):
    """When `web_session` ends if not used again after `now`: its idle end, never past its absolute one."""
    return min(aware(web_session.created_at) + SESSION_LIFETIME, now + idle)


def start_session(store: Store, session: Session, user: UserAccount, *,
                  second_factor_passed: bool = False, idle: timedelta = IDLE_TIMEOUT) -> str:
    """A new session for `user`; returns the token for the cookie (shown nowhere else)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    web_session = WebSession(token_hash=token_digest(token), user_id=user.id, created_at=now,
                             expires_at=now, second_factor_passed=second_factor_passed)
    web_session.expires_at = _idle_end(web_session, now, idle)
    session.add(web_session)
    session.flush()
    return token


def end_session(session: Session, token: str) -> bool:
    """Forget the session `token` belongs to; whether there was one."""
    result = session.execute(delete(WebSession).where(WebSession.token_hash == token_digest(token)))
    return bool(result.rowcount)


def find_session(session: Session, token: str | None, *, idle: timedelta = IDLE_TIMEOUT) -> Login | Ended | None:
    """The login behind a cookie's token, its use noted (the idle end moved on); `Ended` when its
    session has just ended (the row is deleted); None when the token is unknown or the account disabled."""
    if not token:
        return None
    web_session = session.scalar(
        select(WebSession).where(WebSession.token_hash == token_digest(token)).options(joinedload(WebSession.user))
    )
    if web_session is None:
        return None
    now = utcnow()
    expires_at = aware(web_session.expires_at)
    if expires_at <= now:
        session.delete(web_session)
        return Ended(idle=expires_at < aware(web_session.created_at) + SESSION_LIFETIME)
    if web_session.user.disabled:
        return None
    renewed = _idle_end(web_session, now, idle)
    if renewed - expires_at >= RENEWAL_STEP or renewed < expires_at:  # a shorter setting applies at once too
        web_session.expires_at = renewed
    return Login(web_session.user, web_session, token)


def session_user(session: Session, token: str | None, *, idle: timedelta = IDLE_TIMEOUT) -> Login | None:
    """The login behind a cookie's token (its use noted), or None when it is unknown, ended or disabled."""
    found = find_session(session, token, idle=idle)
    return found if isinstance(found, Login) else None


def end_user_sessions(session: Session, user: UserAccount) -> None:
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
