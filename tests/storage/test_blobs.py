"""Originals are content-addressed, written once, read back byte for byte, and checked."""

import pytest

from guwah.errors import IntegrityError, NotFound
from guwah.storage.blobs import BlobStore, sha256_hex


def test_put_is_content_addressed_and_idempotent(tmp_path):
    blobs = BlobStore(tmp_path)
    name, created = blobs.put(b"original bytes")
    assert created and name == sha256_hex(b"original bytes")
    assert blobs.put(b"original bytes") == (name, False)
    assert blobs.get(name) == b"original bytes"
    assert not list(tmp_path.rglob(".incoming-*"))


def test_verify_detects_a_changed_original(tmp_path):
    blobs = BlobStore(tmp_path)
    name, _ = blobs.put(b"what the witness said")
    blobs.verify(name, sha256_hex(b"what the witness said"))
    path = blobs.path_of(name)
    path.chmod(0o640)
    path.write_bytes(b"what someone else wrote")
    with pytest.raises(IntegrityError):
        blobs.verify(name, sha256_hex(b"what the witness said"))


def test_names_outside_the_hash_alphabet_are_refused(tmp_path):
    blobs = BlobStore(tmp_path)
    with pytest.raises(NotFound):
        blobs.get("../../etc/passwd")


def test_stored_originals_are_read_only(tmp_path):
    blobs = BlobStore(tmp_path)
    name, _ = blobs.put(b"x")
    assert blobs.path_of(name).stat().st_mode & 0o222 == 0
