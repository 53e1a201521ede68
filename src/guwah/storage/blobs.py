"""Store of original files: written once, never modified, encrypted under keyed names.

An original's file name is a keyed hash (HMAC) of its SHA-256 — its `fingerprint` — so a copy
of the folder cannot even confirm that a known document is in the archive, and its bytes are
sealed with their own data key, padded to a size bucket so that its size does not confirm a
known file either. The plain SHA-256 is kept only inside the sealed database. Folders are 0700
and originals 0400: private, and read-only to their owner too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from guwah.errors import IntegrityError, NotFound
from guwah.protection.files import FOLDER_MODE, private_folder, tighten
from guwah.protection.keys import KeyRing
from guwah.protection.sealing import Sealer

log = logging.getLogger(__name__)

ORIGINAL_MODE = 0o400


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    """Sealed originals on disk under `root`, in two-level fan-out folders."""

    def __init__(self, root: Path, ring: KeyRing, sealer: Sealer):
        self.root = Path(root)
        self._ring = ring
        self._sealer = sealer

    def fingerprint(self, sha256: str) -> str:
        """The keyed name of the original whose SHA-256 is `sha256`."""
        return self._ring.mac("original-name", bytes.fromhex(sha256)).hex()

    def make_private(self) -> None:
        """Tighten the folders (and, in a folder found open, the originals) an older Guwah left open.

        Only a folder found open has its files looked at, so that opening a tidy archive does
        not stat every original.
        """
        if not self.root.exists():
            return
        private_folder(self.root)
        tightened = 0
        for folder in self.root.iterdir():
            if folder.is_dir() and not folder.is_symlink() and tighten(folder, FOLDER_MODE):
                tightened += 1
                for path in folder.iterdir():
                    if path.is_file() and not path.is_symlink():
                        tighten(path, ORIGINAL_MODE)
        if tightened:
            log.warning("%d folders of %s were open to other users; made them and their originals private",
                        tightened, self.root)

    def path_of(self, name: str) -> Path:
        if len(name) != 64 or not all(c in "0123456789abcdef" for c in name):
            raise NotFound(f"no original named {name!r}", value=name)
        return self.root / name[:2] / name

    def put(self, data: bytes) -> tuple[str, bool]:
        """Store bytes; returns (name, created) — created is False if it was already there."""
        name = self.fingerprint(sha256_hex(data))
        path = self.path_of(name)
        if path.exists():
            return name, False
        private_folder(self.root)
        private_folder(path.parent)
        # Write to a temporary file in the same folder, then rename: a crash never leaves a
        # half-written original under its final name.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(self._sealer.seal(data, padded=True))
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, ORIGINAL_MODE)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return name, True

    def get(self, name: str) -> bytes:
        path = self.path_of(name)
        if not path.exists():
            raise NotFound(f"original {name[:12]}… is missing from {self.root}", value=name)
        return self._sealer.open(path.read_bytes())

    def remove(self, name: str) -> None:
        """Only for undoing a put whose database transaction failed."""
        self.path_of(name).unlink(missing_ok=True)

    def destroy(self, name: str) -> None:
        """Erase a sealed original: overwrite its wrapped data key and ciphertext, then unlink it.

        Used only when a witness withdraws consent with erasure; copies in backups are untouched.
        """
        path = self.path_of(name)
        if path.exists():
            size = path.stat().st_size
            path.chmod(0o600)
            with path.open("r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()

    def verify(self, name: str, expected_sha256: str) -> None:
        """Raise IntegrityError unless the stored original still opens and hashes as recorded."""
        from guwah.errors import KeyProblem

        try:
            actual = sha256_hex(self.get(name))
        except KeyProblem as error:
            raise IntegrityError(f"original {name[:12]}… has changed on disk (it no longer decrypts)",
                                 value=name) from error
        if actual != expected_sha256:
            raise IntegrityError(f"original {name[:12]}… has changed on disk", value=name)
