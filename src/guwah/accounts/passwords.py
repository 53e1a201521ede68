"""Passwords: argon2id hashes (argon2-cffi's RFC 9106 defaults), rehashed when those change."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from guwah.errors import InputError

MIN_PASSWORD_LENGTH = 12
# Longer inputs only cost hashing time; no one types a passphrase this long.
MAX_PASSWORD_LENGTH = 1024

hasher = PasswordHasher()  # argon2id; its parameters are the ones new hashes get


def check_password(password: str) -> None:
    """Refuse a password that is too short (or absurdly long) with InputError."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InputError(f"a password may have at most {MAX_PASSWORD_LENGTH} characters")


def hash_password(password: str) -> str:
    """The argon2id hash of an acceptable password (InputError for a weak one)."""
    check_password(password)
    return hasher.hash(password)


_dummy: tuple[PasswordHasher, str] | None = None


def dummy_hash() -> str:
    """A hash to verify against when the user is unknown, so that the answer takes as long."""
    global _dummy
    if _dummy is None or _dummy[0] is not hasher:
        _dummy = (hasher, hasher.hash("guwah dummy password, matches nothing"))
    return _dummy[1]


def verify_password(password_hash: str, password: str) -> tuple[bool, str | None]:
    """Whether `password` matches; and a fresh hash when the stored one uses old parameters.

    Returns:
        (matches, new_hash) where new_hash is None unless the hash should be replaced.
    """
    if len(password) > MAX_PASSWORD_LENGTH:
        return False, None
    try:
        hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    return True, hasher.hash(password) if hasher.check_needs_rehash(password_hash) else None
