"""Account tests hash passwords with cheap argon2id parameters (the real ones take ~0.3 s a hash)."""

import pytest

from tests.accounts.factories import fast_hashing


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield
