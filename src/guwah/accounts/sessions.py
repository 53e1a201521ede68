"""Browser sessions: a random token in the cookie, only its SHA-256 in the database."""

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


def token_digest(token: str) -> str:
    """What the database holds for a session or API token: its SHA-256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


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


def start_session(store: Store, session: Session, user: UserAccount, *,
                  second_factor_passed: bool = False) -> str:
    """A new session for `user`; returns the token for the cookie (shown nowhere else)."""
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=token_digest(token), user_id=user.id, created_at=utcnow(),
                           expires_at=utcnow() + SESSION_LIFETIME, second_factor_passed=second_factor_passed))
    session.flush()
    return token


def end_session(session: Session, token: str) -> bool:
    """Forget the session `token` belongs to; whether there was one."""
    result = session.execute(delete(WebSession).where(WebSession.token_hash == token_digest(token)))
    return bool(result.rowcount)


def session_user(session: Session, token: str | None) -> Login | None:
    """The login behind a cookie's token, or None when it is unknown, expired or disabled."""
    if not token:
        return None
    web_session = session.scalar(
        select(WebSession).where(WebSession.token_hash == token_digest(token)).options(joinedload(WebSession.user))
    )
    if web_session is None:
        return None
    if aware(web_session.expires_at) <= utcnow():
        session.delete(web_session)
        return None
    if web_session.user.disabled:
        return None
    return Login(web_session.user, web_session, token)


def end_user_sessions(session: Session, user: UserAccount) -> None:
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
