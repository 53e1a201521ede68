"""TOTP: enrolment, one step of drift, no reuse of a code (even racing), wrong codes counted apart toward lockout.

The races run on SQLite and PostgreSQL."""

import time
from datetime import timedelta

import pyotp
import pytest

from guwah.accounts import (
    MAX_FAILED_LOGINS,
    TotpCheck,
    authenticate,
    begin_totp_enrolment,
    check_totp,
    confirm_totp,
    find_user,
    provisioning_uri,
    unlock_user,
)
from guwah.accounts.users import is_locked, utcnow
from guwah.errors import InputError
from tests.accounts.factories import PASSWORD, make_user, race


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
        assert bool(check_totp(store, session, user, code, now=now)) is accepted


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


def test_totp_a_replayed_code_says_so_and_is_not_counted_as_a_guess(store):
    """h-accounts51: a member signing in twice within one 30-second step (a second browser, a double
    click) was told "not right" and counted toward the lockout. Safe: the replay is still refused (it
    is false, as before), audited, and claimed nothing; the lockout bounds guesses, and a replay is
    none: the code is known right and can never be claimed again, so leaving it uncounted adds no
    chance at a code not yet seen. A wrong code still counts, and a locked account is still refused."""
    from sqlalchemy import select

    from guwah.storage.tables import AuditEntry

    account = make_user(store, "amina", "editor", totp=True)
    now = time.time()
    code = pyotp.TOTP(account.totp_secret).at(now)
    assert _check(store, code, now) is TotpCheck.ACCEPTED
    for _ in range(MAX_FAILED_LOGINS + 2):
        replayed = _check(store, code, now + 1)
        assert replayed is TotpCheck.REPLAYED and not replayed
    assert _state(store) == (0, False)
    with store.session() as session:
        reasons = [entry.detail.get("reason") for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "login_failed"))]
    assert reasons == ["totp_replayed"] * (MAX_FAILED_LOGINS + 2)
    wrong = _wrong(account.totp_secret, now)
    assert _check(store, wrong, now + 1) is TotpCheck.WRONG
    assert _state(store) == (1, False)
    for _ in range(MAX_FAILED_LOGINS - 1):
        _check(store, wrong, now + 1)
    assert _state(store) == (MAX_FAILED_LOGINS, True)
    assert _check(store, code, now + 1) is TotpCheck.REFUSED  # locked: no code is looked at


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


# --- one use per code, and wrong codes counted apart, under concurrency ------------------------

def _wrong(secret: str, now: float) -> str:
    right = {pyotp.TOTP(secret).at(now + offset) for offset in (-30, 0, 30)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in right)


def _check(store, code, now=None):
    with store.session() as session:
        return check_totp(store, session, find_user(session, "amina"), code, now=now)


def _state(store):
    with store.session() as session:
        user = find_user(session, "amina")
        return user.second_factor_failures, is_locked(user)


def test_totp_concurrent_posts_of_one_code_log_in_once(any_store):
    account = make_user(any_store, "amina", "editor", totp=True)
    now = time.time()
    code = pyotp.TOTP(account.totp_secret).at(now)

    def post(barrier):
        with any_store.session() as session:
            user = find_user(session, "amina")
            barrier.wait()  # all three have read the account before any checks the code
            return check_totp(any_store, session, user, code, now=now)

    results = race(3, post)
    assert sorted(map(bool, results)) == [False, False, True]
    # the two that lost the race were replays of the winner's code: refused, not counted as guesses
    assert sorted(result.value for result in results) == ["accepted", "replayed", "replayed"]
    assert _state(any_store) == (0, False)


def test_totp_concurrent_wrong_codes_all_count(any_store):
    account = make_user(any_store, "amina", "editor", totp=True)
    code = _wrong(account.totp_secret, time.time())

    def post(barrier):
        with any_store.session() as session:
            user = find_user(session, "amina")
            barrier.wait()
            return check_totp(any_store, session, user, code)

    assert race(MAX_FAILED_LOGINS, post) == [TotpCheck.WRONG] * MAX_FAILED_LOGINS
    assert _state(any_store) == (MAX_FAILED_LOGINS, True)


def test_totp_a_right_password_does_not_reset_wrong_codes(store):
    account = make_user(store, "amina", "editor", totp=True)
    wrong = _wrong(account.totp_secret, time.time())
    for _ in range(MAX_FAILED_LOGINS - 1):
        assert not _check(store, wrong)
        with store.session() as session:
            assert authenticate(store, session, "amina", PASSWORD) is not None
    assert not _check(store, wrong)
    assert _state(store) == (MAX_FAILED_LOGINS, True)
    with store.session() as session:
        assert authenticate(store, session, "amina", PASSWORD) is None  # locked


def test_totp_a_right_code_resets_wrong_codes_and_a_locked_account_refuses_it(store):
    account = make_user(store, "amina", "editor", totp=True)
    now = time.time()
    wrong, totp = _wrong(account.totp_secret, now), pyotp.TOTP(account.totp_secret)
    for _ in range(MAX_FAILED_LOGINS - 1):
        _check(store, wrong, now)
    assert _check(store, totp.at(now), now)
    assert _state(store) == (0, False)
    for _ in range(MAX_FAILED_LOGINS):
        _check(store, wrong, now)
    assert not _check(store, totp.at(now + 30), now + 30)  # locked: even the right code fails
    assert _state(store) == (MAX_FAILED_LOGINS, True)


def test_totp_after_a_lockout_each_wrong_code_locks_again_until_an_admin_unlocks(store):
    account = make_user(store, "amina", "editor", totp=True)
    wrong = _wrong(account.totp_secret, time.time())
    for _ in range(MAX_FAILED_LOGINS):
        _check(store, wrong)
    with store.session() as session:
        find_user(session, "amina").locked_until = utcnow() - timedelta(seconds=1)  # fifteen minutes later
    assert _state(store) == (MAX_FAILED_LOGINS, False)
    _check(store, wrong)
    assert _state(store) == (MAX_FAILED_LOGINS + 1, True)
    with store.session() as session:
        unlock_user(store, session, find_user(session, "amina"), actor="boss")
    assert _state(store) == (0, False)
    _check(store, wrong)
    assert _state(store) == (1, False)
