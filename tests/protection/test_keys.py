"""The master key lives outside the data, opens only its own archive, and rotates safely."""

import os
from pathlib import Path

import pytest

from guwah.errors import KeyProblem
from guwah.ingest import ingest_file
from guwah.protection.keys import KEYRING_FILE, rotate_master_key
from guwah.storage import Store
from guwah.storage.tables import Document
from tests.conftest import make_settings


def ingest_text(store, tmp_path, text="An account of a detention in Korla."):
    path = tmp_path / "statement.txt"
    path.write_text(text)
    return ingest_file(store, path).document_id


def test_a_new_archive_gets_a_private_key_outside_the_data(tmp_path):
    settings = make_settings(tmp_path / "data")
    store = Store(settings)
    assert store.created_key
    assert settings.key_file.exists() and not settings.key_file.is_relative_to(settings.data_dir)
    assert settings.key_file.stat().st_mode & 0o077 == 0
    assert (settings.data_dir / KEYRING_FILE).exists()
    store.close()
    assert not Store(settings).created_key


def test_an_existing_archive_without_its_key_does_not_open_and_gets_no_new_key(tmp_path):
    settings = make_settings(tmp_path / "data")
    Store(settings).close()
    settings.key_file.unlink()
    with pytest.raises(KeyProblem, match="no master key"):
        Store(settings)
    assert not settings.key_file.exists()


def test_another_key_does_not_open_the_archive(tmp_path):
    settings = make_settings(tmp_path / "data")
    Store(settings).close()
    other = make_settings(tmp_path / "data", GUWAH_KEY_FILE=str(tmp_path / "elsewhere" / "other.key"))
    Store(make_settings(tmp_path / "second", GUWAH_KEY_FILE=str(other.key_file))).close()
    with pytest.raises(KeyProblem, match="does not open") as refused:
        Store(other)
    assert "GUWAH_KEY_FILE" in str(refused.value) and "\n" not in str(refused.value)


def test_a_wrong_or_unreadable_key_file_says_which_file_and_which_variable(tmp_path):
    settings = make_settings(tmp_path / "data")
    Store(settings).close()
    settings.key_file.write_text("not a key at all\n")
    with pytest.raises(KeyProblem, match="not a Guwah key: set GUWAH_KEY_FILE") as refused:
        Store(settings)
    assert str(settings.key_file) in str(refused.value) and "\n" not in str(refused.value)
    folder = tmp_path / "keys-folder"
    folder.mkdir(mode=0o755)  # a folder open to others: not blamed for its mode, named as no file
    with pytest.raises(KeyProblem, match="is not a file: set GUWAH_KEY_FILE") as refused:
        Store(make_settings(tmp_path / "data", GUWAH_KEY_FILE=str(folder)))
    assert str(folder) in str(refused.value) and "\n" not in str(refused.value)


def test_a_key_file_that_cannot_be_read_says_what_to_do(tmp_path, monkeypatch):
    settings = make_settings(tmp_path / "data")
    Store(settings).close()

    real = Path.read_text

    def unreadable(self, *args, **kwargs):
        if self == settings.key_file:
            raise PermissionError(13, "Permission denied")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", unreadable)  # as for another user's file (root reads anything)
    with pytest.raises(KeyProblem, match="cannot read the key file .*Permission denied.*set GUWAH_KEY_FILE"):
        Store(settings)


def test_a_key_file_readable_by_others_is_refused(tmp_path):
    settings = make_settings(tmp_path / "data")
    Store(settings).close()
    os.chmod(settings.key_file, 0o644)
    with pytest.raises(KeyProblem, match="chmod 600"):
        Store(settings)


def test_rotation_rewraps_the_archive_key(tmp_path):
    settings = make_settings(tmp_path / "data")
    store = Store(settings)
    document_id = ingest_text(store, tmp_path)
    store.close()
    old_key = settings.key_file.read_bytes()
    old_copy = tmp_path / "old.key"
    old_copy.write_bytes(old_key)
    old_copy.chmod(0o600)
    from guwah.protection.keys import read_key_file

    rotate_master_key(settings.data_dir, read_key_file(settings.key_file), settings.key_file)
    assert settings.key_file.read_bytes() != old_key
    store = Store(settings)
    with store.session() as session:
        assert session.get(Document, document_id).text == "An account of a detention in Korla."
    store.close()
    with pytest.raises(KeyProblem):
        Store(make_settings(tmp_path / "data", GUWAH_KEY_FILE=str(old_copy)))


def test_passphrase_instead_of_a_key_file(tmp_path):
    settings = make_settings(tmp_path / "data", GUWAH_PASSPHRASE="correct horse battery staple")
    store = Store(settings)
    document_id = ingest_text(store, tmp_path)
    store.close()
    assert not settings.key_file.exists()
    with Store(settings).session() as session:
        assert session.get(Document, document_id) is not None
    with pytest.raises(KeyProblem):
        Store(make_settings(tmp_path / "data", GUWAH_PASSPHRASE="wrong guess"))


@pytest.mark.parametrize("inside", ["master.key", "keys/master.key", "../data/./master.key"])
def test_a_key_file_inside_the_data_directory_is_refused(tmp_path, inside):
    settings = make_settings(tmp_path / "data", GUWAH_KEY_FILE=str(tmp_path / "data" / inside))
    with pytest.raises(KeyProblem, match="inside the data directory"):
        Store(settings)
    assert not settings.key_file.exists() and not (settings.data_dir / KEYRING_FILE).exists()


def test_a_key_file_reached_through_a_link_into_the_data_directory_is_refused(tmp_path):
    settings = make_settings(tmp_path / "data")
    Store(settings).close()
    moved = settings.data_dir / "master.key"
    settings.key_file.rename(moved)
    (tmp_path / "link").symlink_to(settings.data_dir)
    with pytest.raises(KeyProblem, match="inside the data directory"):
        Store(make_settings(tmp_path / "data", GUWAH_KEY_FILE=str(tmp_path / "link" / "master.key")))


def test_rotation_refuses_to_put_the_new_key_inside_the_data_directory(tmp_path):
    settings = make_settings(tmp_path / "data")
    Store(settings).close()
    from guwah.protection.keys import read_key_file

    with pytest.raises(KeyProblem, match="inside the data directory"):
        rotate_master_key(settings.data_dir, read_key_file(settings.key_file), settings.data_dir / "new.key")
    assert not (settings.data_dir / "new.key").exists()


def test_the_test_settings_keep_the_key_outside_the_data(settings):
    assert not settings.key_file.resolve().is_relative_to(settings.data_dir.resolve())
