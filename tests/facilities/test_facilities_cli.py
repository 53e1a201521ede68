"""The `facilities` commands, called through typer's CliRunner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from guwah.facilities.cli import facilities_app
from guwah.facilities.importer import CREDIT

runner = CliRunner()


def use_archive(monkeypatch, settings) -> None:
    """Point the command at the test's archive (created, with its keys, by `store`)."""
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)


def test_facilities_cli_import_prints_summary_and_credit(store, settings, bfn_file, monkeypatch):
    use_archive(monkeypatch, settings)
    result = runner.invoke(facilities_app, ["import", str(bfn_file)])
    assert result.exit_code == 0, result.output
    assert CREDIT in result.stdout
    assert "bfn:203" in result.stdout  # the unplaced row, with its reason
    assert "Blorptown" in result.stdout


def test_facilities_cli_import_json(store, settings, bfn_file, monkeypatch, bfn_rows):
    use_archive(monkeypatch, settings)
    result = runner.invoke(facilities_app, ["import", str(bfn_file), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["imported"] == len(bfn_rows)
    assert data["unplaced"][0]["dataset_key"] == "bfn:203"
    assert CREDIT in result.stderr


def test_facilities_cli_import_missing_file_is_one_line_error(store, settings, tmp_path, monkeypatch):
    use_archive(monkeypatch, settings)
    result = runner.invoke(facilities_app, ["import", str(tmp_path / "absent.csv")])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
