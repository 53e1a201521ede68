"""TOTP second factor (RFC 6238, 30-second steps, one step of clock drift either way).

A code is accepted once: the last step each account used is kept in the database
(`totp_last_step`), so a code seen over someone's shoulder cannot be replayed within its window,
whichever server process the replay reaches.
"""

from __future__ import annotations

import hmac
import time

import pyotp
from sqlalchemy.orm import Session

from guwah.accounts.users import record_failure
from guwah.errors import InputError
from guwah.storage import Store
from guwah.storage.tables import UserAccount

ISSUER = "Guwah"
VALID_WINDOW = 1

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


def _accept(user: UserAccount, code: str, now: float | None) -> bool:
    step = _matching_step(user.totp_secret or "", code, time.time() if now is None else now)
    if step is None or step <= (user.totp_last_step if user.totp_last_step is not None else -1):
        return False
    user.totp_last_step = step
    return True


def confirm_totp(store: Store, session: Session, user: UserAccount, code: str, *, now: float | None = None) -> bool:
    """Finish enrolment when `code` matches the pending secret; audited. Whether it matched."""
    if user.totp_enabled or not user.totp_secret or not _accept(user, code, now):
        return False
    user.totp_enabled = True
    store.audit(session, user.username, "change", "user_account", user.id, change="totp_enabled")
    return True


def check_totp(store: Store, session: Session, user: UserAccount, code: str, *, now: float | None = None) -> bool:
    """The login's second step: whether `code` is right (and unused); a wrong one counts toward lockout."""
    if user.totp_enabled and user.totp_secret and _accept(user, code, now):
        store.audit(session, user.username, "login", "user_account", user.id, step="totp")
        return True
    record_failure(store, session, user, "totp")
    return False
