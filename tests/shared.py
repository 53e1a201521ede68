"""Where the material beside the repository lives (../shared), for tests that read it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is absent: this test reads it from beside the repository")
    return path


def point_cli_at(store, monkeypatch) -> None:
    """Make `guwah …` commands (typer's CliRunner) open this test's archive, and close the
    test's own handle so the command is the only one holding it."""
    monkeypatch.setenv("GUWAH_DATA_DIR", str(store.settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(store.settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    store.close()
