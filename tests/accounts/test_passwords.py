"""Passwords: argon2id, a minimum length, rehashing when the parameters change."""

import pytest
from argon2 import PasswordHasher

from guwah.accounts import passwords
from guwah.accounts.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from guwah.errors import InputError
from tests.accounts.factories import FAST_HASHER, PASSWORD, REAL_HASHER


def test_passwords_hash_is_argon2id_and_verifies():
    hashed = hash_password(PASSWORD)
    assert hashed.startswith("$argon2id$")
    assert PASSWORD not in hashed
    assert verify_password(hashed, PASSWORD) == (True, None)
    assert verify_password(hashed, PASSWORD + "x") == (False, None)
    assert hash_password(PASSWORD) != hashed  # salted


def test_passwords_real_parameters_are_rfc9106_argon2id():
    assert REAL_HASHER.type.name == "ID"
    assert REAL_HASHER.memory_cost >= 64 * 1024 and REAL_HASHER.time_cost >= 3


@pytest.mark.parametrize("password", ["", "short", "x" * (MIN_PASSWORD_LENGTH - 1), "y" * 1025])
def test_passwords_too_short_or_long_are_refused(password):
    with pytest.raises(InputError):
        hash_password(password)


def test_passwords_old_parameters_get_a_new_hash(monkeypatch):
    old = PasswordHasher(time_cost=1, memory_cost=512, parallelism=1).hash(PASSWORD)
    monkeypatch.setattr(passwords, "hasher", FAST_HASHER)
    matches, new_hash = verify_password(old, PASSWORD)
    assert matches and new_hash and new_hash != old
    assert "m=1024" in new_hash
    assert verify_password(new_hash, PASSWORD) == (True, None)


def test_passwords_garbage_hash_does_not_verify():
    assert verify_password("not a hash", PASSWORD) == (False, None)
