"""Browser sessions: random tokens, only their hash stored, twelve hours at most, thirty minutes unused."""

import hashlib
from datetime import timedelta

from sqlalchemy import select

from guwah.accounts import (
    SESSION_LIFETIME,
    disable_user,
    end_session,
    find_user,
    session_user,
    start_session,
)
from guwah.accounts.sessions import IDLE_TIMEOUT, Ended, find_session
from guwah.accounts.users import aware, utcnow
from guwah.storage.tables import WebSession
from tests.accounts.factories import make_user


def test_sessions_token_is_random_and_only_its_hash_is_stored(store):
    make_user(store, "amina")
    with store.session() as session:
        user = find_user(session, "amina")
        first, second = start_session(store, session, user), start_session(store, session, user)
    assert first != second and len(first) >= 43
    with store.session() as session:
        hashes = set(session.scalars(select(WebSession.token_hash)))
        assert hashes == {hashlib.sha256(t.encode()).hexdigest() for t in (first, second)}
        login = session_user(session, first)
        assert login.user.username == "amina" and login.token == first
        assert login.complete  # a viewer without TOTP needs no second factor
        row = login.web_session
        # the idle end (IDLE_TIMEOUT after the last use), well before the absolute one
        assert timedelta(minutes=29) < aware(row.expires_at) - utcnow() <= IDLE_TIMEOUT
        assert aware(row.created_at) + SESSION_LIFETIME - aware(row.expires_at) > timedelta(hours=11)


def test_sessions_unknown_ended_and_expired_tokens_find_nobody(store):
    make_user(store, "amina")
    with store.session() as session:
        user = find_user(session, "amina")
        ended, expired = start_session(store, session, user), start_session(store, session, user)
    with store.session() as session:
        assert end_session(session, ended)
        session_user(session, expired).web_session.expires_at = utcnow() - timedelta(seconds=1)
    with store.session() as session:
        for token in (None, "", "made-up", ended, expired):
            assert session_user(session, token) is None
    with store.session() as session:
        assert session.scalars(select(WebSession)).all() == []  # the expired one was cleaned up


def test_sessions_second_factor_is_needed_for_editors(store):
    make_user(store, "amina", "editor", totp=True)
    with store.session() as session:
        user = find_user(session, "amina")
        pending, passed = start_session(store, session, user), start_session(store, session, user, second_factor_passed=True)
    with store.session() as session:
        assert not session_user(session, pending).complete
        assert session_user(session, passed).complete


def test_sessions_of_a_disabled_user_find_nobody(store):
    make_user(store, "amina")
    with store.session() as session:
        token = start_session(store, session, find_user(session, "amina"))
        disable_user(store, session, find_user(session, "amina"), actor="boss")
    with store.session() as session:
        assert session_user(session, token) is None


# --- the idle timeout (h-accounts51) ----------------------------------------------------------
# A session on a shared office computer lived until its absolute end (12 hours) however long it
# stood unused. Safe: the idle end only ever comes before the absolute one (a use moves it on, never
# past it), so no session lives longer than before; an ended session's row is deleted as an expired
# one always was.

def _session_row(store, token: str, **values) -> None:
    """Set columns of the session row behind `token` (moving its times, as the clock would)."""
    with store.session() as session:
        row = session.scalars(select(WebSession).where(
            WebSession.token_hash == hashlib.sha256(token.encode()).hexdigest())).one()
        for name, value in values.items():
            setattr(row, name, value)


def test_sessions_an_unused_session_ends_and_says_it_was_for_lack_of_use(store):
    make_user(store, "amina")
    with store.session() as session:
        token = start_session(store, session, find_user(session, "amina"))
    _session_row(store, token, expires_at=utcnow() - timedelta(seconds=1))
    with store.session() as session:
        assert find_session(session, token) == Ended(idle=True)
    with store.session() as session:
        assert session_user(session, token) is None and session.scalars(select(WebSession)).all() == []


def test_sessions_the_absolute_end_is_not_called_idle(store):
    make_user(store, "amina")
    with store.session() as session:
        token = start_session(store, session, find_user(session, "amina"))
    began = utcnow() - SESSION_LIFETIME - timedelta(seconds=5)
    _session_row(store, token, created_at=began, expires_at=began + SESSION_LIFETIME)
    with store.session() as session:
        assert find_session(session, token) == Ended(idle=False)


def test_sessions_a_use_moves_the_idle_end_on_but_never_past_the_absolute_one(store):
    make_user(store, "amina")
    with store.session() as session:
        token = start_session(store, session, find_user(session, "amina"))
    _session_row(store, token, expires_at=utcnow() + timedelta(minutes=2))  # used 28 minutes ago
    with store.session() as session:
        row = session_user(session, token).web_session
        assert timedelta(minutes=29) < aware(row.expires_at) - utcnow() <= IDLE_TIMEOUT
    # ten minutes before its absolute end a use moves it on to that end, no further
    began = utcnow() - SESSION_LIFETIME + timedelta(minutes=10)
    _session_row(store, token, created_at=began, expires_at=utcnow() + timedelta(minutes=1))
    with store.session() as session:
        row = session_user(session, token).web_session
        assert aware(row.expires_at) == aware(row.created_at) + SESSION_LIFETIME
    # a setting shorter than what the row holds applies from the next use
    _session_row(store, token, created_at=utcnow(), expires_at=utcnow() + timedelta(minutes=25))
    with store.session() as session:
        row = find_session(session, token, idle=timedelta(minutes=5)).web_session
        assert aware(row.expires_at) - utcnow() <= timedelta(minutes=5)


def test_sessions_the_idle_setting(tmp_path):
    import pytest

    from guwah.errors import InputError
    from tests.conftest import make_settings

    assert make_settings(tmp_path).session_idle == IDLE_TIMEOUT
    assert make_settings(tmp_path, GUWAH_SESSION_IDLE_MINUTES="10").session_idle == timedelta(minutes=10)
    for bad in ("0", "721", "ten", "-5", "1.5"):
        with pytest.raises(InputError, match="GUWAH_SESSION_IDLE_MINUTES takes whole minutes from 1 to 720"):
            make_settings(tmp_path, GUWAH_SESSION_IDLE_MINUTES=bad)
