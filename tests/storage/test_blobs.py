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


def test_stored_originals_and_their_folders_are_private(blobs):
    name, _ = blobs.put(b"x")
    assert blobs.path_of(name).stat().st_mode & 0o777 == 0o400
    assert blobs.path_of(name).parent.stat().st_mode & 0o777 == 0o700
    assert blobs.root.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("sizes, bucket", [
    ((1, 100, 4088), 4096),  # 8 bytes of each bucket hold the real length
    ((4089, 6000, 8184), 8192),
    ((1_000_000, 1_048_568), 1 << 20),
])
def test_originals_on_disk_reveal_only_their_size_bucket(blobs, sizes, bucket):
    on_disk = set()
    for size in sizes:
        data = bytes([size % 251]) * size
        name, _ = blobs.put(data)
        assert blobs.get(name) == data
        on_disk.add(blobs.path_of(name).stat().st_size)
    assert on_disk == {bucket + 90}  # 90: format marker, wrapped data key, nonce, tag


def test_originals_sealed_before_padding_still_read_and_verify(blobs):
    data = b"an original stored by an earlier Guwah"
    name = blobs.fingerprint(sha256_hex(data))
    path = blobs.path_of(name)
    path.parent.mkdir(parents=True)
    path.write_bytes(blobs._sealer.seal(data))  # the unpadded format: its plain size + 90
    assert path.stat().st_size == len(data) + 90
    assert blobs.get(name) == data
    blobs.verify(name, sha256_hex(data))
    assert blobs.put(data) == (name, False)


def test_opening_an_archive_tightens_folders_an_older_guwah_left_open(blobs, caplog):
    name, _ = blobs.put(b"x")
    path = blobs.path_of(name)
    for folder in (blobs.root, path.parent):
        folder.chmod(0o755)
    path.chmod(0o444)
    blobs.make_private()
    assert [p.stat().st_mode & 0o777 for p in (blobs.root, path.parent, path)] == [0o700, 0o700, 0o400]
    assert "open to other users" in caplog.text and name not in caplog.text
