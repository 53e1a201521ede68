"""The key hierarchy: a master key outside the data directory wraps the archive key inside it.

    master key   (GUWAH_KEY_FILE, or Argon2id of GUWAH_PASSPHRASE)  never in the data directory
      └ wraps → archive key   (<data dir>/keyring.json, AES-256-GCM wrapped)
                  └ derives (HKDF) → data-key wrapping, keyed names, search index, audit chain,
                                     SQLCipher database key

Rotating the master key re-wraps the archive key only, so it is instant and cannot lose data.
A copy of the data directory without the master key holds nothing readable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from guwah.errors import KeyProblem
from guwah.protection.files import private_folder, write_private_file

KEY_BYTES = 32
NONCE_BYTES = 12
KEYRING_FILE = "keyring.json"
SALT_FILE = "passphrase.salt"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(key: bytes) -> str:
    """A short public identifier of a key (it reveals nothing about the key)."""
    return hmac.new(key, b"guwah key id", hashlib.sha256).hexdigest()[:16]


def aes_seal(key: bytes, plaintext: bytes, associated: bytes = b"") -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def aes_open(key: bytes, sealed: bytes, associated: bytes = b"") -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
    except (InvalidTag, ValueError) as error:
        raise KeyProblem("cannot decrypt: wrong key, or the data was altered") from error


# --- the master key ---------------------------------------------------------------------------

def create_key_file(path: Path) -> bytes:
    """Write a new random master key to `path` (mode 0600, folder 0700); refuse to overwrite."""
    path = Path(path).expanduser()
    if path.exists():
        raise KeyProblem(f"a key file already exists at {path}; refusing to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(KEY_BYTES)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(_b64(key) + "\n")
    return key


def read_key_file(path: Path) -> bytes:
    path = Path(path).expanduser()
    if not path.exists():
        raise KeyProblem(f"no master key at {path}: run `guwah init` (or set GUWAH_KEY_FILE)")
    if not path.is_file():  # a folder given for the file: its mode would be blamed instead
        raise KeyProblem(f"the key file {path} is not a file: set GUWAH_KEY_FILE to this archive's master key file")
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyProblem(f"the key file {path} is readable by others: chmod 600 it")
    not_a_key = (f"the key file {path} is not a Guwah key: set GUWAH_KEY_FILE to this archive's master key file "
                 "(or GUWAH_PASSPHRASE if it was made with a passphrase)")
    try:
        key = _unb64(path.read_text().strip())
    except OSError as error:  # a folder, no read permission, a broken disk
        raise KeyProblem(f"cannot read the key file {path} ({error.strerror or type(error).__name__}): make it "
                         "readable by this user (chmod 600), or set GUWAH_KEY_FILE to the right file") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise KeyProblem(not_a_key) from error
    if len(key) != KEY_BYTES:
        raise KeyProblem(not_a_key)
    return key


def passphrase_key(passphrase: str, data_dir: Path) -> bytes:
    """Master key from a passphrase via Argon2id; the salt (not secret) lives in the data dir."""
    from argon2.low_level import Type, hash_secret_raw

    salt_path = data_dir / SALT_FILE
    if not salt_path.exists():
        private_folder(data_dir)
        write_private_file(salt_path, secrets.token_bytes(16))
    return hash_secret_raw(passphrase.encode("utf-8"), salt_path.read_bytes(), time_cost=3,
                           memory_cost=64 * 1024, parallelism=2, hash_len=KEY_BYTES, type=Type.ID)


def check_key_outside(key_file: Path, data_dir: Path) -> None:
    """Refuse a master key file inside the data directory: a copy of the folder would open itself."""
    key_path = Path(key_file).expanduser().resolve()
    folder = Path(data_dir).expanduser().resolve()
    if key_path.is_relative_to(folder):
        raise KeyProblem(f"the master key file {key_file} is inside the data directory {folder}: "
                         "move it elsewhere and point GUWAH_KEY_FILE at it", value=str(key_file))


def master_key(key_file: Path, passphrase: str | None, data_dir: Path, *, create: bool = False) -> tuple[bytes, bool]:
    """The master key and whether it was just created."""
    if passphrase:
        return passphrase_key(passphrase, data_dir), False
    check_key_outside(key_file, data_dir)
    if create and not Path(key_file).expanduser().exists():
        return create_key_file(key_file), True
    return read_key_file(key_file), False


# --- the archive key and what derives from it -------------------------------------------------

@dataclass(frozen=True)
class KeyRing:
    """The archive key, unwrapped, and the purpose-bound keys derived from it."""

    archive_key: bytes

    def subkey(self, purpose: str) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                    info=b"guwah/" + purpose.encode()).derive(self.archive_key)

    def mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.new(self._cached(purpose), data, hashlib.sha256).digest()

    def _cached(self, purpose: str) -> bytes:
        cache = self.__dict__.setdefault("_subkeys", {})
        if purpose not in cache:
            cache[purpose] = self.subkey(purpose)
        return cache[purpose]

    def wrapping_key(self) -> bytes:
        return self._cached("data-key-wrapping")


def _write_keyring(path: Path, master: bytes, archive_key: bytes) -> None:
    record = {
        "format": "guwah-keyring/1",
        "master_key_id": key_id(master),
        "wrapped_archive_key": _b64(aes_seal(master, archive_key, b"guwah archive key")),
        "written_at": datetime.now(UTC).isoformat(),
    }
    write_private_file(path, (json.dumps(record, indent=1) + "\n").encode("ascii"))


def open_keyring(data_dir: Path, master: bytes, *, create: bool = False) -> KeyRing:
    """Unwrap the archive key of `data_dir` (creating it when `create` and none exists)."""
    path = data_dir / KEYRING_FILE
    if not path.exists():
        if not create:
            raise KeyProblem(f"{data_dir} has no keyring: run `guwah init` first")
        private_folder(data_dir)
        archive_key = secrets.token_bytes(KEY_BYTES)
        _write_keyring(path, master, archive_key)
        return KeyRing(archive_key)
    record = json.loads(path.read_text())
    if record.get("master_key_id") != key_id(master):
        raise KeyProblem(f"the master key does not open {data_dir} (key id {key_id(master)} ≠ "
                        f"{record.get('master_key_id')}): set GUWAH_KEY_FILE to this archive's key file, or "
                        "GUWAH_PASSPHRASE to its passphrase (GUWAH_DATA_DIR names the archive)")
    return KeyRing(aes_open(master, _unb64(record["wrapped_archive_key"]), b"guwah archive key"))


def rotate_master_key(data_dir: Path, old_master: bytes, key_file: Path) -> Path:
    """Re-wrap the archive key under a new master key written to `key_file`.

    The new key is written beside the old one first, the keyring re-wrapped, then the new key
    moved into place, so that a crash at any point leaves a key that opens the archive.
    """
    check_key_outside(key_file, data_dir)
    ring = open_keyring(data_dir, old_master)
    key_file = Path(key_file).expanduser()
    pending = key_file.with_name(key_file.name + ".new")
    pending.unlink(missing_ok=True)
    new_master = create_key_file(pending)
    _write_keyring(data_dir / KEYRING_FILE, new_master, ring.archive_key)
    os.replace(pending, key_file)
    return key_file
