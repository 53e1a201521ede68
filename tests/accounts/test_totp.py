"""TOTP: enrolment, one step of drift, no reuse of a code, wrong codes count toward lockout."""

import time

import pyotp
import pytest

from guwah.accounts import (
    MAX_FAILED_LOGINS,
    begin_totp_enrolment,
    check_totp,
    confirm_totp,
    find_user,
    provisioning_uri,
)
from guwah.accounts.users import is_locked
from guwah.errors import InputError
from tests.accounts.factories import make_user


def test_totp_enrolment_keeps_a_sealed_secret_until_confirmed(store):
    make_user(store, "amina", "editor")
    with store.session() as session:
        user = find_user(session, "amina")
        secret = begin_totp_enrolment(session, user)
        assert begin_totp_enrolment(session, user) == secret  # a reload shows the same one
        assert provisioning_uri(user).startswith("otpauth://totp/Guwah:amina?secret=" + secret)
        assert not confirm_totp(store, session, user, "000000" if pyotp.TOTP(secret).now() != "000000" else "111111")
        assert not user.totp_enabled
        assert confirm_totp(store, session, user, pyotp.TOTP(secret).now())
        assert user.totp_enabled
        with pytest.raises(InputError):
            begin_totp_enrolment(session, user)
    raw = store.engine.raw_connection()
    try:
        rows = raw.cursor().execute("SELECT totp_secret FROM user_account").fetchall()
    finally:
        raw.close()
    assert secret.encode() not in rows[0][0]


@pytest.mark.parametrize("offset, accepted", [(-60, False), (-30, True), (0, True), (30, True), (60, False)])
def test_totp_accepts_one_step_of_drift(store, offset, accepted):
    account = make_user(store, "amina", "editor", totp=True)
    now = time.time()
    with store.session() as session:
        user = find_user(session, "amina")
        code = pyotp.TOTP(account.totp_secret).at(now + offset)
        assert check_totp(store, session, user, code, now=now) is accepted


def test_totp_code_cannot_be_reused(store):
    account = make_user(store, "amina", "editor", totp=True)
    now = time.time()
    totp = pyotp.TOTP(account.totp_secret)
    with store.session() as session:
        user = find_user(session, "amina")
        assert check_totp(store, session, user, totp.at(now), now=now)
        assert not check_totp(store, session, user, totp.at(now), now=now + 1)
        assert not check_totp(store, session, user, totp.at(now - 30), now=now + 1)  # older steps too
        assert check_totp(store, session, user, totp.at(now + 30), now=now + 30)


@pytest.mark.parametrize("code", ["", "12345", "abcdef", "1234567"])
def test_totp_malformed_codes_fail(store, code):
    make_user(store, "amina", "editor", totp=True)
    with store.session() as session:
        assert not check_totp(store, session, find_user(session, "amina"), code)


def test_totp_wrong_codes_lock_the_account(store):
    make_user(store, "amina", "editor", totp=True)
    with store.session() as session:
        user = find_user(session, "amina")
        for _ in range(MAX_FAILED_LOGINS):
            check_totp(store, session, user, "abcdef")
        assert is_locked(user)


def test_totp_without_enrolment_never_passes(store):
    make_user(store, "amina", "viewer")
    with store.session() as session:
        assert not check_totp(store, session, find_user(session, "amina"), pyotp.TOTP(pyotp.random_base32()).now())
