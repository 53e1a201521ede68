"""TOTP second factor (RFC 6238, 30-second steps, one step of clock drift either way).

A code is accepted once: the last step each account used is kept in the database
(`totp_last_step`) and claimed by one conditional UPDATE, so a code seen over someone's shoulder
cannot be replayed within its window, not even by requests racing the original, whichever server
process they reach. Wrong codes count apart from wrong passwords (`second_factor_failures`).

`check_totp` says why a code was refused (`TotpCheck`): a replayed code (right, but its step
already used) is told apart from a wrong one and does not count toward the lockout (see there).
"""

from __future__ import annotations

import enum
import hmac
import time

import pyotp
from sqlalchemy import or_, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from guwah.accounts.users import ANONYMOUS, current_state, is_locked, record_second_factor_failure
from guwah.errors import InputError
from guwah.storage import Store
from guwah.storage.tables import UserAccount

ISSUER = "Guwah"
VALID_WINDOW = 1


class TotpCheck(enum.Enum):
    """What `check_totp` found. Only ACCEPTED is true, so that `if check_totp(...)` reads as before
    and every refusal, whatever its reason, stays a refusal."""

    ACCEPTED = "accepted"
    WRONG = "wrong"  # no code of the window: a guess, counted toward the lockout
    REPLAYED = "replayed"  # a code of the window whose step this account already used
    REFUSED = "refused"  # the account is disabled or locked: no code was looked at

    def __bool__(self) -> bool:
        return self is TotpCheck.ACCEPTED


def provisioning_uri(user: UserAccount) -> str:
    """The otpauth:// URI an authenticator app takes (it holds the secret: show it only to its owner)."""
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.username, issuer_name=ISSUER)


def begin_totp_enrolment(session: Session, user: UserAccount) -> str:
    """The secret `user` is enrolling with: a new one, or the one from an unfinished enrolment."""
    if user.totp_enabled:
        raise InputError("TOTP is already enabled for this account")
    if not user.totp_secret:
        user.totp_secret = pyotp.random_base32()
        session.flush()
    return user.totp_secret


def _matching_step(secret: str, code: str, now: float) -> int | None:
    code = code.replace(" ", "").strip()
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    step = totp.timecode(now)
    for offset in range(-VALID_WINDOW, VALID_WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(step + offset), code):
            return step + offset
    return None


def _claim(session: Session, user: UserAccount, step: int, **also) -> bool:
    """Record `step` as used unless it (or a later one) already is; whether this call did."""
    values = {"totp_last_step": step, **also}
    # Of concurrent requests with the same code, only the first UPDATE matches the row.
    result = session.execute(
        update(UserAccount)
        .where(UserAccount.id == user.id,
               or_(UserAccount.totp_last_step.is_(None), UserAccount.totp_last_step < step))
        .values(values).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        return False
    for name, value in values.items():
        set_committed_value(user, name, value)
    return True


def _now(now: float | None) -> float:
    return time.time() if now is None else now


def confirm_totp(store: Store, session: Session, user: UserAccount, code: str, *, now: float | None = None) -> bool:
    """Finish enrolment when `code` matches the pending secret; audited. Whether it matched."""
    if user.totp_enabled or not user.totp_secret:
        return False
    step = _matching_step(user.totp_secret, code, _now(now))
    if step is None:
        return False
    store.hold_audit_lock(session)  # before the row's lock (see Store.hold_audit_lock)
    if not _claim(session, user, step):
        return False
    user.totp_enabled = True
    store.audit(session, user.username, "change", "user_account", user.id, change="totp_enabled")
    return True


def check_totp(store: Store, session: Session, user: UserAccount, code: str, *,
               now: float | None = None) -> TotpCheck:
    """The login's second step: ACCEPTED when `code` is right and unused and the account not
    locked; otherwise why not (`TotpCheck`, false whatever the reason).

    A wrong code counts toward lockout; a right one resets that count. A replayed code (one of the
    window whose step was already claimed: the member signing in twice within 30 seconds, a second
    browser, a double click) is refused and audited but not counted: the lockout bounds guessing, and
    a replay is no guess. It tells nothing about the codes to come, and it cannot be claimed again,
    so leaving it uncounted gives nobody a further chance at a code. Whoever replays a code seen
    over a shoulder still has to wait for the next one, which they have not seen.
    """
    current_state(store, session, user)
    if user.disabled or is_locked(user):
        store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id,
                    reason="disabled" if user.disabled else "locked")
        return TotpCheck.REFUSED
    step = _matching_step(user.totp_secret or "", code, _now(now)) if user.totp_enabled else None
    if step is None:
        record_second_factor_failure(store, session, user)
        return TotpCheck.WRONG
    if not _claim(session, user, step, second_factor_failures=0):
        store.audit(session, ANONYMOUS, "login_failed", "user_account", user.id, reason="totp_replayed")
        return TotpCheck.REPLAYED
    store.audit(session, user.username, "login", "user_account", user.id, step="totp")
    return TotpCheck.ACCEPTED
