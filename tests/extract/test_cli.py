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


def test_cli_extract_file_keeps_the_html_limit_of_ingest(tmp_path, monkeypatch):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>" + "Nurlan Tursunov was detained. " * 100 + "</p></body></html>",
                    encoding="utf-8")
    monkeypatch.setenv("GUWAH_MAX_HTML_BYTES", "1000")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 1
    assert "GUWAH_MAX_HTML_BYTES" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    monkeypatch.setenv("GUWAH_MAX_HTML_BYTES", "100000")
    assert CliRunner().invoke(app, ["extract", str(path), "--json"]).exit_code == 0


def test_cli_extract_file_keeps_the_file_size_limit_of_ingest(tmp_path, monkeypatch):
    # Before: `guwah extract FILE` read a file of any size into memory; ingest refused it.
    path = tmp_path / "big.txt"
    path.write_text("Nurlan Tursunov was detained in Ghulja. " * 100, encoding="utf-8")
    monkeypatch.setenv("GUWAH_MAX_FILE_BYTES", "1000")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 1 and "byte limit" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    monkeypatch.setenv("GUWAH_MAX_FILE_BYTES", "100000")  # control
    assert CliRunner().invoke(app, ["extract", str(path), "--json"]).exit_code == 0


def test_cli_extract_all_names_the_document_of_each_warning(tmp_path, monkeypatch):
    # Before: --all printed "warning: …" lines without saying which stored document they were about.
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_ACTOR", "tester")
    from guwah.cli import app as guwah

    assert CliRunner().invoke(guwah, ["init"]).exit_code == 0
    (tmp_path / "a.txt").write_text("Kanat Abenov was detained in Ghulja on 4 May 2017.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(RELATIVE, encoding="utf-8")  # no document date: a warning
    assert CliRunner().invoke(guwah, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]).exit_code == 0
    result = CliRunner().invoke(app, ["extract", "--all"])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warned and all(line.startswith("warning: document 2: ") for line in warned), warned


def test_cli_extract_needs_file_or_all():
    assert CliRunner().invoke(app, ["extract"]).exit_code == 1


def test_cli_extract_all(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    from guwah.cli import app as guwah

    assert CliRunner().invoke(guwah, ["init"]).exit_code == 0
    result = CliRunner().invoke(app, ["extract", "--all", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


RELATIVE = "Kanat Abenov\n\nOn 4 May 2016 I moved to Almaty.\n\nMy brother was detained in March last year."


def _dates(result) -> list[str]:
    return [d["value"] for d in result["dates"]]


def test_cli_extract_document_date_from_the_option_then_the_sidecar(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(RELATIVE, encoding="utf-8")
    plain = CliRunner().invoke(app, ["extract", str(path), "--json"])
    # No document date: the absolute date resolves, "March last year" is left out, with a warning.
    assert _dates(json.loads(plain.stdout)) == ["2016-05-04"]
    assert "no date" in plain.stderr
    given = CliRunner().invoke(app, ["extract", str(path), "--json", "--document-date", "2019-06-02"])
    assert _dates(json.loads(given.stdout)) == ["2016-05-04", "2018-03"]
    (tmp_path / "t.meta.yaml").write_text("interview_date: 2021-01-15\npublished: 2022-02-01\n", encoding="utf-8")
    sidecar = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert _dates(json.loads(sidecar.stdout)) == ["2016-05-04", "2020-03"]


def test_cli_extract_bad_document_date_exits_1(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(RELATIVE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--json", "--document-date", "last Tuesday"])
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.stderr
    assert result.stdout == ""


def test_cli_extract_workers_go_with_all(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Police arrested Tursun Ablimit in Kashgar in May 2017.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--workers", "2"])
    assert result.exit_code == 1
    assert CliRunner().invoke(app, ["extract", str(path), "--json"]).exit_code == 0


def test_cli_extract_file_warns_of_a_word_comment_it_did_not_read(tmp_path):
    # `guwah extract FILE --json` on a Word file with a comment said nothing of it: a name written
    # there was simply absent from "persons". Now a warning says a comment was not read (counted,
    # never quoted); the same file without a comment gets no such warning (control).
    from tests.ingest.test_formats import _docx_with_comment

    noted, clean = tmp_path / "noted.docx", tmp_path / "clean.docx"
    noted.write_bytes(_docx_with_comment("Witness is Aynur Qadir"))
    clean.write_bytes(_docx_with_comment(None))
    result = CliRunner().invoke(app, ["extract", str(noted), "--json"])
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    assert any(w.startswith("not read: 1 Word comment") for w in warnings), warnings
    assert "Aynur" not in result.output
    control = json.loads(CliRunner().invoke(app, ["extract", str(clean), "--json"]).stdout)["warnings"]
    assert not any(w.startswith("not read") for w in control)
