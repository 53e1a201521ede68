"""Sealed values open only under their key; padded ones hide their length behind a bucket."""

import pytest

from guwah.errors import KeyProblem
from guwah.protection.keys import KeyRing
from guwah.protection.sealing import MAGIC, PADDED_MAGIC, Sealer, bucket_size


@pytest.fixture
def sealer():
    return Sealer(KeyRing(b"k" * 32))


@pytest.mark.parametrize("length, bucket", [
    (0, 4096), (8, 4096), (4096, 4096), (4097, 8192), (65_536, 65_536), (65_537, 131_072),
    (16 << 20, 16 << 20), ((16 << 20) + 1, 32 << 20), ((32 << 20) + 1, 48 << 20), (50 << 20, 64 << 20),
])
def test_bucket_size_powers_of_two_then_steps_of_16_mib(length, bucket):
    assert bucket_size(length) == bucket


@pytest.mark.parametrize("plaintext", [b"", b"\0", b"x" * 4087, b"x" * 4088, b"x" * 4089, b"\0" * 9000])
def test_padded_values_open_to_the_exact_bytes(sealer, plaintext):
    sealed = sealer.seal(plaintext, padded=True)
    assert sealed.startswith(PADDED_MAGIC)
    assert len(sealed) == bucket_size(len(plaintext) + 8) + 90
    assert sealer.open(sealed) == plaintext


def test_unpadded_values_keep_their_format(sealer):
    sealed = sealer.seal(b"a name")
    assert sealed.startswith(MAGIC) and len(sealed) == len(b"a name") + 90
    assert sealer.open(sealed) == b"a name"


def test_a_padded_value_relabelled_as_unpadded_does_not_open(sealer):
    sealed = sealer.seal(b"words", padded=True)
    with pytest.raises(KeyProblem):
        sealer.open(MAGIC + sealed[len(PADDED_MAGIC):])


def test_another_key_opens_no_padded_value(sealer):
    sealed = sealer.seal(b"words", padded=True)
    with pytest.raises(KeyProblem):
        Sealer(KeyRing(b"o" * 32)).open(sealed)


def test_a_sealed_column_is_never_compared_in_sql():
    # Each value is sealed with its own nonce, so `name == "x"` in SQL matched nothing, silently (the
    # proposals' facility lookup did, once facility names were sealed). Building such a query fails at
    # once; the NULL tests and ordering (controls) still build.
    import pytest
    from sqlalchemy import select

    from guwah.storage.tables import Facility, PersonName

    for column in (Facility.name, PersonName.name):
        for compare in (lambda c: c == "Aliya", lambda c: c.in_(["Aliya"]), lambda c: c.like("A%"),
                        lambda c: "Aliya" == c):
            with pytest.raises(TypeError, match="cannot be compared in SQL"):
                select(column).where(compare(column))
        assert "IS NULL" in str(select(column).where(column.is_(None)))
        assert "IS NOT NULL" in str(select(column).where(column != None))  # noqa: E711
        assert "ORDER BY" in str(select(column).order_by(column))
