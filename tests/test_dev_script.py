"""`./dev`'s install stamp (h-newcomer61): a virtual environment set up with more extras than a command
asks for is up to date for it, so `./dev run` or `./dev lint` after `./dev test` or `./dev bench-setup`
does not reinstall (which needs the network, and the machine may have none). A changed pyproject.toml,
or an extra the environment lacks, still reinstalls. The environment is a stand-in: its python records
what it is asked to run."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="./dev is a bash script")


def checkout(tmp_path: Path, stamp_extras: str | None, stamp_hash: str | None = None) -> Path:
    """A folder holding ./dev, pyproject.toml and requirements-models.txt, and a stand-in `.venv`
    whose python and ruff log their arguments; `stamp_extras` is what the stamp says was installed
    (None: no stamp)."""
    folder = tmp_path / "checkout"
    folder.mkdir()
    for name in ("dev", "pyproject.toml", "requirements-models.txt"):
        shutil.copy2(ROOT / name, folder / name)
    bin_dir = folder / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for tool in ("python", "ruff"):
        script = bin_dir / tool
        script.write_text(f'#!/usr/bin/env bash\necho "{tool} $*" >> "$(dirname "$0")/../calls.log"\n')
        script.chmod(0o755)
    if stamp_extras is not None:
        digest = stamp_hash or hashlib.sha256((ROOT / "pyproject.toml").read_bytes()
                                              + (ROOT / "requirements-models.txt").read_bytes()).hexdigest()
        (folder / ".venv" / ".guwah-installed").write_text(digest + stamp_extras + "\n")
    return folder


def lint(folder: Path) -> list[str]:
    """Run `./dev lint` (which asks for the [test] extra) there: the stand-ins' calls."""
    env = {key: value for key, value in os.environ.items() if key not in ("GUWAH_VENV", "PYTHON")}
    subprocess.run(["bash", str(folder / "dev"), "lint"], cwd=folder, env=env, check=True,
                   capture_output=True, timeout=60)
    log = folder / ".venv" / "calls.log"
    return log.read_text().splitlines() if log.exists() else []


def installs(calls: list[str]) -> bool:
    return any(call.startswith("python -m pip install") for call in calls)


def test_more_extras_than_asked_for_is_up_to_date(tmp_path):
    calls = lint(checkout(tmp_path, "[test,bench]"))
    assert not installs(calls), calls
    assert calls == ["ruff check src tests bench"]


def test_the_same_extras_are_up_to_date(tmp_path):
    assert not installs(lint(checkout(tmp_path, "[test]")))


def test_a_missing_extra_reinstalls(tmp_path):
    # Control: an environment set up by `./dev run` (no extras) lacks the test tools.
    assert installs(lint(checkout(tmp_path, "")))


def test_a_changed_pyproject_reinstalls(tmp_path):
    assert installs(lint(checkout(tmp_path, "[test,bench]", stamp_hash="0" * 64)))


def test_no_stamp_installs_and_writes_what_it_installed(tmp_path):
    folder = checkout(tmp_path, None)
    assert installs(lint(folder))
    assert (folder / ".venv" / ".guwah-installed").read_text().strip().endswith("[test]")
