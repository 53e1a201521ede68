"""`guwah extract` as the CLI will register it (guwah.cli wraps commands with fails_cleanly)."""

import json

import typer
from typer.testing import CliRunner

from guwah.cli import fails_cleanly
from guwah.extract.cli import extract_command
from tests.extract.helpers import TESTIMONY

app = typer.Typer()
app.command("extract")(fails_cleanly(extract_command))
app.command("noop")(lambda: None)  # keeps typer from folding a single command into the app


def test_cli_extract_file_json(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TESTIMONY, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert any(p["name"] == "Nurlan Tursunov" for p in data["persons"])


def test_cli_extract_bad_input_exits_1(tmp_path):
    path = tmp_path / "t.exe"
    path.write_bytes(b"\x00\x01")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 1
    assert "error" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    missing = CliRunner().invoke(app, ["extract", str(tmp_path / "absent.txt")])
    assert missing.exit_code == 1


def test_cli_extract_needs_file_or_all():
    assert CliRunner().invoke(app, ["extract"]).exit_code == 1


def test_cli_extract_all(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(app, ["extract", "--all", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
