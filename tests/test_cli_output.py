"""What the CLI prints for a reader who pipes it or counts: whole values in a table sent to a pipe,
and each count with its noun in the number it takes."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from guwah.cli import app


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-tester")
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    assert invoke("init").exit_code == 0
    return invoke


def test_a_piped_table_keeps_a_long_path_whole(run, tmp_path):
    # h-try62: `guwah ingest … | cat` cut the file column to "a_really_long_folder_name_for_testing_the_widt…":
    # rich draws a table 80 columns wide when stdout is no terminal.
    folder = tmp_path / ("a_folder_whose_name_is_long_enough_to_pass_eighty_columns_on_its_own_" * 2)
    folder.mkdir()
    path = folder / "testimony_of_an_invented_witness.txt"
    path.write_text("An account of a detention in Korla in 2018.")
    ingested = run("ingest", path)
    assert ingested.exit_code == 0, ingested.output
    assert str(path) in ingested.stdout  # on one line, whole
    listed = run("documents")
    assert "testimony_of_an_invented_witness.txt" in listed.stdout
    assert max(map(len, ingested.stdout.splitlines())) > 80  # control: wider than the 80 columns it had


def test_a_piped_rule_stays_eighty_columns(run, tmp_path):
    # control: only tables take their natural width; a rule (`guwah show`'s "text") stays as wide as before
    path = tmp_path / "short.txt"
    path.write_text("An account of a transfer to Urumqi.")
    assert run("ingest", path).exit_code == 0
    shown = run("show", "1").stdout
    assert "text" in shown and max(map(len, shown.splitlines())) <= 80, shown


def test_a_terminal_folds_a_long_path_rather_than_cut_it(run, tmp_path, monkeypatch):
    import io

    from guwah import console

    folder = tmp_path / ("a_folder_whose_name_is_long_enough_to_pass_eighty_columns_on_its_own_" * 2)
    folder.mkdir()
    path = folder / "testimony_of_an_invented_witness.txt"
    path.write_text("An account of a detention in Korla in 2018.")
    screen = io.StringIO()
    monkeypatch.setattr(console.out, "_console", console._console_class()(file=screen, force_terminal=True,
                                                                          width=80, color_system=None))
    assert run("ingest", path).exit_code == 0
    drawn = screen.getvalue()
    assert max(map(len, drawn.splitlines())) <= 80 and "…" not in drawn  # folded over lines, not cut
    first_column = "".join(line.split("│")[1].strip() for line in drawn.splitlines() if line.startswith("│"))
    assert str(path) in first_column, drawn
