"""Everything Guwah writes in the data directory is its owner's alone: folders 0700, files 0600."""

import os
import stat

import pytest

from guwah.errors import InputError
from guwah.export import write_private
from guwah.ingest import INGESTED, ingest_file
from guwah.protection.files import write_private_file
from guwah.storage import Store
from tests.conftest import make_settings


@pytest.fixture(autouse=True)
def usual_umask():
    """The common umask 022, under which a file created without a mode is world-readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def open_to_others(root):
    """Every path under `root` (and `root`) that group or others can reach, with its mode."""
    paths = [root, *root.rglob("*")]
    return {str(p.relative_to(root)): oct(p.stat().st_mode & 0o777) for p in paths if p.stat().st_mode & 0o077}


def fill(settings, tmp_path):
    store = Store(settings)
    source = tmp_path / "statement.txt"
    source.write_text("An account of a detention in Korla.")
    assert ingest_file(store, source).status == INGESTED
    return store


def test_data_directory_database_keyring_and_originals_are_private(tmp_path):
    settings = make_settings(tmp_path / "data")
    store = fill(settings, tmp_path)
    names = {p.name for p in settings.data_dir.iterdir()}
    assert {"keyring.json", "guwah.sqlite3", "guwah.sqlite3-wal", "guwah.sqlite3-shm", "originals"} <= names
    assert open_to_others(settings.data_dir) == {}
    assert stat.S_IMODE(settings.data_dir.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in settings.originals_dir.rglob("*") if p.is_dir()} == {0o700}
    store.close()


def test_passphrase_salt_is_private(tmp_path):
    settings = make_settings(tmp_path / "data", GUWAH_PASSPHRASE="correct horse battery staple")
    fill(settings, tmp_path).close()
    assert (settings.data_dir / "passphrase.salt").exists()
    assert open_to_others(settings.data_dir) == {}


def test_an_archive_left_open_by_an_older_guwah_is_made_private_on_open(tmp_path, caplog):
    settings = make_settings(tmp_path / "data")
    fill(settings, tmp_path).close()
    for path in [settings.data_dir, *settings.data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    Store(settings).close()
    assert open_to_others(settings.data_dir) == {}
    assert "open to other users" in caplog.text


def test_write_private_is_private_from_the_first_byte(tmp_path, monkeypatch):
    modes = []
    real_fsync = os.fsync

    def spy(descriptor):
        modes.append(stat.S_IMODE(os.fstat(descriptor).st_mode))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", spy)
    target = tmp_path / "export.json"
    write_private(target, "{}\n")
    assert modes and set(modes) == {0o600}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() == "{}\n"


def test_write_private_replaces_a_world_readable_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "export.json"
    target.write_text("older, longer content")
    target.chmod(0o666)
    write_private(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() == "new"
    write_private(target, "open data", mode=0o644)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_write_private_refuses_a_symbolic_link_and_a_folder(tmp_path):
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("untouched")
    link = tmp_path / "export.json"
    link.symlink_to(elsewhere)
    with pytest.raises(InputError, match="symbolic link"):
        write_private(link, "secret")
    assert elsewhere.read_text() == "untouched" and link.is_symlink()
    with pytest.raises(InputError, match="not a plain file"):
        write_private_file(tmp_path, b"secret")
    with pytest.raises(InputError, match="cannot write"):
        write_private(tmp_path / "missing" / "export.json", "secret")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.json", "export.json"]
