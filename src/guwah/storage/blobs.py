"""Content-addressed store of original files: written once, never modified.

A blob's file name is derived from its bytes by `BlobStore.name_for`. Today that is the plain
SHA-256; witness protection replaces it with a keyed name (and encrypts the bytes) for
non-public originals without touching the callers, which only ever hold the returned name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from guwah.errors import IntegrityError, NotFound


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    """Originals on disk under `root`, in two-level fan-out folders."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def name_for(self, data: bytes) -> str:
        return sha256_hex(data)

    def path_of(self, name: str) -> Path:
        if len(name) < 3 or not all(c in "0123456789abcdef" for c in name):
            raise NotFound(f"no original named {name!r}", value=name)
        return self.root / name[:2] / name

    def put(self, data: bytes) -> tuple[str, bool]:
        """Store bytes; returns (name, created) — created is False if it was already there."""
        name = self.name_for(data)
        path = self.path_of(name)
        if path.exists():
            return name, False
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary file in the same folder, then rename: a crash never leaves a
        # half-written original under its final name.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o440)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return name, True

    def get(self, name: str) -> bytes:
        path = self.path_of(name)
        if not path.exists():
            raise NotFound(f"original {name[:12]}… is missing from {self.root}", value=name)
        return path.read_bytes()

    def remove(self, name: str) -> None:
        """Only for undoing a put whose database transaction failed."""
        self.path_of(name).unlink(missing_ok=True)

    def verify(self, name: str, expected_sha256: str) -> None:
        """Raise IntegrityError unless the stored bytes still hash to `expected_sha256`."""
        actual = sha256_hex(self.get(name))
        if actual != expected_sha256:
            raise IntegrityError(
                f"original {name[:12]}… has changed on disk (sha256 {actual[:12]}…)", value=name
            )
