"""bench/sealed.py: a held-out folder sealed into one file opens back byte for byte, and only
with the right passphrase and under its own name."""

from pathlib import Path

import pytest

from guwah.errors import KeyProblem
from tests.bench_scripts import load


def _sealed():
    return load("sealed")


def _folder(root: Path) -> Path:
    folder = root / "heldout"
    (folder / "tools" / "__pycache__").mkdir(parents=True)
    (folder / "en01.txt").write_text("Aynur Tohti was taken in 2018.\n", encoding="utf-8")
    (folder / "tools" / "gold.py").write_bytes(b"print('spec')\n")
    (folder / "tools" / "__pycache__" / "gold.cpython-311.pyc").write_bytes(b"\0")
    return folder


def test_a_sealed_folder_opens_back_the_same_and_hides_its_text(tmp_path):
    sealed = _sealed()
    folder = _folder(tmp_path)
    target = tmp_path / "repo" / "v9.sealed"
    sealed.seal(folder, target, "correct horse")
    assert b"Aynur" not in target.read_bytes()  # not greppable in the tree
    assert sealed.open_sealed(target, tmp_path / "out", "correct horse") == 2
    assert (tmp_path / "out" / "en01.txt").read_bytes() == (folder / "en01.txt").read_bytes()
    assert (tmp_path / "out" / "tools" / "gold.py").read_bytes() == b"print('spec')\n"
    assert not (tmp_path / "out" / "tools" / "__pycache__").exists()


def test_wrong_passphrase_renamed_file_or_existing_folder_are_refused(tmp_path):
    sealed = _sealed()
    target = tmp_path / "v9.sealed"
    sealed.seal(_folder(tmp_path), target, "correct horse")
    with pytest.raises(KeyProblem):
        sealed.open_sealed(target, tmp_path / "a", "wrong horse")
    assert not (tmp_path / "a").exists()  # nothing written
    renamed = target.rename(tmp_path / "v10.sealed")
    with pytest.raises(KeyProblem):
        sealed.open_sealed(renamed, tmp_path / "b", "correct horse")
    (tmp_path / "c").mkdir()
    with pytest.raises(KeyProblem, match="already exists"):
        sealed.open_sealed(renamed, tmp_path / "c", "correct horse")


def test_the_command_needs_the_passphrase(tmp_path, monkeypatch, capsys):
    sealed = _sealed()
    monkeypatch.delenv(sealed.PASSPHRASE, raising=False)
    assert sealed.main(["seal", str(_folder(tmp_path)), str(tmp_path / "x.sealed")]) == 1
    assert "GUWAH_SEALED_PASSPHRASE" in capsys.readouterr().err
    assert not (tmp_path / "x.sealed").exists()
