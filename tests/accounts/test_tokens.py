"""API tokens: shown once, only their hash stored, revocable, last use recorded."""

import hashlib

import pytest
from sqlalchemy import select

from guwah.accounts import (
    create_api_token,
    disable_user,
    find_user,
    list_api_tokens,
    revoke_api_token,
    user_for_token,
)
from guwah.errors import InputError, NotFound
from guwah.storage.tables import ApiToken, AuditEntry
from tests.accounts.factories import make_user


def _create(store, username="amina", label="nightly export"):
    with store.session() as session:
        row, token = create_api_token(store, session, find_user(session, username), label, actor="boss")
        return row.id, token


def test_tokens_only_the_hash_is_stored_and_last_use_recorded(store):
    make_user(store, "amina")
    token_id, token = _create(store)
    assert token.startswith("gwh_") and len(token) > 40
    with store.session() as session:
        row = session.get(ApiToken, token_id)
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest() and row.last_used_at is None
        assert user_for_token(session, token).username == "amina"
    with store.session() as session:
        assert session.get(ApiToken, token_id).last_used_at is not None
        assert [t.id for t in list_api_tokens(session)] == [token_id]
        details = repr([(e.action, e.detail) for e in session.scalars(select(AuditEntry))])
    assert token not in details and "created" in details


def test_tokens_revoked_unknown_and_disabled_find_nobody(store):
    make_user(store, "amina")
    make_user(store, "bilal")
    revoked_id, revoked = _create(store)
    _, of_disabled = _create(store, "bilal")
    with store.session() as session:
        revoke_api_token(store, session, revoked_id, actor="boss")
        disable_user(store, session, find_user(session, "bilal"), actor="boss")
    with store.session() as session:
        for token in (None, "", "gwh_made-up", revoked, of_disabled):
            assert user_for_token(session, token) is None
        actions = [(e.record_type, e.detail.get("change")) for e in session.scalars(select(AuditEntry))]
    assert ("api_token", "revoked") in actions


def test_tokens_bad_label_and_unknown_id_are_refused(store):
    make_user(store, "amina")
    with pytest.raises(InputError):
        _create(store, label="  ")
    with pytest.raises(NotFound), store.session() as session:
        revoke_api_token(store, session, 999, actor="boss")
