"""Encryption of values at rest: every value gets its own data key, wrapped by the archive key.

A sealed value is  b"G1" | wrapped data key (nonce + key + tag) | nonce | ciphertext + tag.
The database columns that hold testimony text, names, contacts and other free text use the
`SealedText` / `SealedJSON` types below, so that SQLite and PostgreSQL alike store only
ciphertext and code reading the models sees plain values.
"""

from __future__ import annotations

import json
import os

from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator

from guwah.errors import KeyProblem
from guwah.protection.keys import KEY_BYTES, NONCE_BYTES, KeyRing, aes_open, aes_seal

MAGIC = b"G1"
_WRAPPED = NONCE_BYTES + KEY_BYTES + 16


class Sealer:
    """Seals and opens byte strings with per-value data keys."""

    def __init__(self, ring: KeyRing):
        self._wrapping_key = ring.wrapping_key()

    def seal(self, plaintext: bytes) -> bytes:
        data_key = os.urandom(KEY_BYTES)
        return MAGIC + aes_seal(self._wrapping_key, data_key, b"dek") + aes_seal(data_key, plaintext)

    def open(self, sealed: bytes) -> bytes:
        if not sealed.startswith(MAGIC) or len(sealed) < len(MAGIC) + _WRAPPED + NONCE_BYTES + 16:
            raise KeyProblem("not a sealed value")
        body = sealed[len(MAGIC):]
        data_key = aes_open(self._wrapping_key, body[:_WRAPPED], b"dek")
        return aes_open(data_key, body[_WRAPPED:])


def _sealer(dialect) -> Sealer:
    sealer = getattr(dialect, "guwah_sealer", None)
    if sealer is None:
        raise KeyProblem("this database connection has no key: open it through guwah.storage.Store")
    return sealer


class SealedText(TypeDecorator):
    """A text column stored encrypted."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _sealer(dialect).seal(str(value).encode("utf-8"))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return _sealer(dialect).open(bytes(value)).decode("utf-8")


class SealedJSON(TypeDecorator):
    """A JSON column stored encrypted."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _sealer(dialect).seal(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8"))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return json.loads(_sealer(dialect).open(bytes(value)))
