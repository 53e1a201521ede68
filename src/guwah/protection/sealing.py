"""Encryption of values at rest: every value gets its own data key, wrapped by the archive key.

A sealed value is  b"G1" | wrapped data key (nonce + key + tag) | nonce | ciphertext + tag.
A padded one (originals) is  b"G2" | wrapped data key | nonce | ciphertext + tag, whose
plaintext is the real length (8 bytes, big-endian) | the bytes | zeros up to a size bucket
(`bucket_size`), so that its size on disk tells only the bucket. Both open with `Sealer.open`.
The database columns that hold testimony text, names, contacts and other free text use the
`SealedText` / `SealedJSON` types below, so that SQLite and PostgreSQL alike store only
ciphertext and code reading the models sees plain values.
"""

from __future__ import annotations

import json
import os

from sqlalchemy import LargeBinary
from sqlalchemy.sql import operators
from sqlalchemy.types import TypeDecorator

from guwah.errors import KeyProblem
from guwah.protection.keys import KEY_BYTES, NONCE_BYTES, KeyRing, aes_open, aes_seal

MAGIC = b"G1"
PADDED_MAGIC = b"G2"
_WRAPPED = NONCE_BYTES + KEY_BYTES + 16
_LENGTH_BYTES = 8

# Size buckets: powers of two from 4 KiB to 16 MiB, then whole multiples of 16 MiB (which keeps
# the padding of large files under 16 MiB). SECURITY.md states what the bucket still reveals.
SMALLEST_BUCKET = 4 * 1024
LARGE_STEP = 16 * 1024 * 1024


def bucket_size(length: int) -> int:
    """The padded size for `length` bytes of padded plaintext (length prefix included)."""
    if length <= SMALLEST_BUCKET:
        return SMALLEST_BUCKET
    if length <= LARGE_STEP:
        return 1 << (length - 1).bit_length()
    return -(-length // LARGE_STEP) * LARGE_STEP


class Sealer:
    """Seals and opens byte strings with per-value data keys."""

    def __init__(self, ring: KeyRing):
        self._wrapping_key = ring.wrapping_key()

    def seal(self, plaintext: bytes, *, padded: bool = False) -> bytes:
        """Seal `plaintext`; `padded` hides its exact length behind a size bucket."""
        data_key = os.urandom(KEY_BYTES)
        wrapped = aes_seal(self._wrapping_key, data_key, b"dek")
        if not padded:
            return MAGIC + wrapped + aes_seal(data_key, plaintext)
        framed = len(plaintext).to_bytes(_LENGTH_BYTES, "big") + plaintext
        framed += bytes(bucket_size(len(framed)) - len(framed))
        # The format marker is authenticated, so a G2 value relabelled G1 fails to open.
        return PADDED_MAGIC + wrapped + aes_seal(data_key, framed, PADDED_MAGIC)

    def open(self, sealed: bytes) -> bytes:
        magic = sealed[:len(MAGIC)]
        if magic not in (MAGIC, PADDED_MAGIC) or len(sealed) < len(MAGIC) + _WRAPPED + NONCE_BYTES + 16:
            raise KeyProblem("not a sealed value")
        body = sealed[len(MAGIC):]
        data_key = aes_open(self._wrapping_key, body[:_WRAPPED], b"dek")
        if magic == MAGIC:
            return aes_open(data_key, body[_WRAPPED:])
        framed = aes_open(data_key, body[_WRAPPED:], PADDED_MAGIC)
        length = int.from_bytes(framed[:_LENGTH_BYTES], "big")
        if len(framed) < _LENGTH_BYTES or length > len(framed) - _LENGTH_BYTES:
            raise KeyProblem("a padded sealed value has an impossible length")
        return framed[_LENGTH_BYTES:_LENGTH_BYTES + length]


def _sealer(dialect) -> Sealer:
    sealer = getattr(dialect, "guwah_sealer", None)
    if sealer is None:
        raise KeyProblem("this database connection has no key: open it through guwah.storage.Store")
    return sealer


class _NotComparedInSql(TypeDecorator.Comparator):
    """Refuse a sealed column compared with a value in SQL (`==`, `in_`, `like` …): each value is
    sealed with its own random nonce, so the comparison would match nothing, silently. Only the NULL
    tests stay (`is_(None)`, `is_not(None)`, `== None`). Raises TypeError when the query is built."""

    _NULL_TESTS = frozenset({operators.is_, operators.is_not})

    def operate(self, op, *other, **kwargs):
        if op in self._NULL_TESTS or (op in (operators.eq, operators.ne) and other == (None,)):
            return super().operate(op, *other, **kwargs)
        raise TypeError(f"the sealed column {self.expr} cannot be compared in SQL ({op.__name__}): its values "
                        "are encrypted with random nonces; select by another column and compare in Python")

    def reverse_operate(self, op, other, **kwargs):
        return self.operate(op, other, **kwargs)


class SealedText(TypeDecorator):
    """A text column stored encrypted (never compared in SQL: `_NotComparedInSql`)."""

    impl = LargeBinary
    cache_ok = True
    comparator_factory = _NotComparedInSql

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _sealer(dialect).seal(str(value).encode("utf-8"))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return _sealer(dialect).open(bytes(value)).decode("utf-8")


class SealedJSON(TypeDecorator):
    """A JSON column stored encrypted (never compared in SQL: `_NotComparedInSql`)."""

    impl = LargeBinary
    cache_ok = True
    comparator_factory = _NotComparedInSql

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _sealer(dialect).seal(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8"))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return json.loads(_sealer(dialect).open(bytes(value)))
