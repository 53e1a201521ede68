"""Originals are sealed under keyed names, written once, read back byte for byte, and checked."""

import pytest

from guwah.errors import IntegrityError, NotFound
from guwah.protection.keys import KeyRing
from guwah.protection.sealing import Sealer
from guwah.storage.blobs import BlobStore, sha256_hex


@pytest.fixture
def blobs(tmp_path):
    ring = KeyRing(b"k" * 32)
    return BlobStore(tmp_path / "originals", ring, Sealer(ring))


def test_put_is_keyed_idempotent_and_round_trips(blobs):
    name, created = blobs.put(b"original bytes")
    assert created
    assert name != sha256_hex(b"original bytes")  # the plain hash never names the file
    assert name == blobs.fingerprint(sha256_hex(b"original bytes"))
    assert blobs.put(b"original bytes") == (name, False)
    assert blobs.get(name) == b"original bytes"
    assert not list(blobs.root.rglob(".incoming-*"))


def test_stored_bytes_are_encrypted(blobs):
    name, _ = blobs.put(b"the witness's own words")
    on_disk = blobs.path_of(name).read_bytes()
    assert b"witness" not in on_disk


def test_another_key_names_and_opens_nothing(blobs, tmp_path):
    name, _ = blobs.put(b"secret")
    other_ring = KeyRing(b"o" * 32)
    other = BlobStore(blobs.root, other_ring, Sealer(other_ring))
    assert other.fingerprint(sha256_hex(b"secret")) != name
    from guwah.errors import KeyProblem

    with pytest.raises(KeyProblem):
        other.get(name)


def test_verify_detects_a_changed_original(blobs):
    name, _ = blobs.put(b"what the witness said")
    blobs.verify(name, sha256_hex(b"what the witness said"))
    path = blobs.path_of(name)
    path.chmod(0o640)
    path.write_bytes(b"what someone else wrote")
    with pytest.raises(IntegrityError):
        blobs.verify(name, sha256_hex(b"what the witness said"))


def test_names_outside_the_hash_alphabet_are_refused(blobs):
    with pytest.raises(NotFound):
        blobs.get("../../etc/passwd")


def test_stored_originals_are_read_only(blobs):
    name, _ = blobs.put(b"x")
    assert blobs.path_of(name).stat().st_mode & 0o222 == 0
