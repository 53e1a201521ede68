"""Browser sessions: random tokens, only their hash stored, twelve hours at most."""

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
from guwah.accounts.users import utcnow
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
        assert timedelta(hours=11, minutes=59) < row.expires_at.replace(tzinfo=utcnow().tzinfo) - utcnow() <= SESSION_LIFETIME


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
