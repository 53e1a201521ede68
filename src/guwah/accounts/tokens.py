"""API tokens: for scripts calling the API as a user. Only the token's SHA-256 is stored."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from guwah.accounts.sessions import token_digest
from guwah.accounts.users import utcnow
from guwah.errors import InputError, NotFound
from guwah.storage import Store
from guwah.storage.tables import ApiToken, UserAccount

TOKEN_PREFIX = "gwh_"  # makes a leaked token easy to recognise (and to scan for)


def create_api_token(store: Store, session: Session, user: UserAccount, label: str, *,
                     actor: str) -> tuple[ApiToken, str]:
    """A new token for `user`; returns the row and the token, which is never shown again."""
    label = label.strip()
    if not label or len(label) > 100:
        raise InputError("a token label is 1–100 characters", value=label)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(token_hash=token_digest(token), user_id=user.id, label=label, created_at=utcnow())
    session.add(row)
    session.flush()
    store.audit(session, actor, "change", "api_token", row.id, change="created", user_id=user.id)
    return row, token


def revoke_api_token(store: Store, session: Session, token_id: int, *, actor: str) -> ApiToken:
    """Stop token `token_id` from working.

    Raises:
        NotFound: there is no such token.
        InputError: it was already revoked (saying when), so that nobody reads "revoked" as news.
    """
    row = session.get(ApiToken, token_id)
    if row is None:
        raise NotFound(f"no API token {token_id}", value=token_id)
    if row.revoked_at is not None:
        raise InputError(f"API token {token_id} was already revoked on {row.revoked_at.date().isoformat()}")
    row.revoked_at = utcnow()
    store.audit(session, actor, "change", "api_token", row.id, change="revoked", user_id=row.user_id)
    return row


def list_api_tokens(session: Session) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).options(joinedload(ApiToken.user)).order_by(ApiToken.id)))


def user_for_token(session: Session, token: str | None) -> UserAccount | None:
    """The account an API token acts for, or None (unknown, revoked, or its user disabled)."""
    if not token:
        return None
    row = session.scalar(
        select(ApiToken).where(ApiToken.token_hash == token_digest(token)).options(joinedload(ApiToken.user))
    )
    if row is None or row.revoked_at is not None or row.user.disabled:
        return None
    row.last_used_at = utcnow()
    return row.user
