"""The `places` commands, called through typer's CliRunner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from guwah.places.cli import places_app

runner = CliRunner()


def test_places_cli_resolve_json():
    result = runner.invoke(places_app, ["resolve", "Chapchal", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"query", "match", "candidates"}
    assert data["match"]["id"] == "xj.ili.qapqal"
    assert set(data["match"]) >= {"id", "name", "kind", "names", "lat", "lon", "parent"}


def test_places_cli_resolve_ambiguous_json_gives_wider_unit():
    result = runner.invoke(places_app, ["resolve", "Kashgar", "--json"])
    data = json.loads(result.stdout)
    assert data["match"]["id"] == "xj.kashgar" and data["ambiguous"] is True
    assert "xj.kashgar.kashgar" in {c["id"] for c in data["candidates"]}
    assert all("score" in c for c in data["candidates"])


def test_places_cli_resolve_stdin_writes_json_lines_in_input_order():
    # a blank line is skipped, as every --stdin command skips it (names keys/compare)
    queries = ["Chapchal", "", "xyzzy", "   ", "喀什市", "Kashgar", "Кульджа"]
    result = runner.invoke(places_app, ["resolve", "--stdin", "--json"], input="\n".join(queries) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["query"] for row in rows] == ["Chapchal", "xyzzy", "喀什市", "Kashgar", "Кульджа"]
    assert [row["match"] and row["match"]["id"] for row in rows] == [
        "xj.ili.qapqal", None, "xj.kashgar.kashgar", "xj.kashgar", "xj.ili.yining"]
    assert not any("error" in row for row in rows)
    assert rows[3]["ambiguous"] is True
    # each line has the shape of the single-query document
    single = json.loads(runner.invoke(places_app, ["resolve", "Chapchal", "--json"]).stdout)
    assert rows[0] == single


def test_places_cli_resolve_stdin_bad_line_keeps_its_place_and_fails():
    # as names compare --stdin: a bad line is {"line", "error"} in its place, the others are
    # answered, and the command exits 1 with one line on stderr after the last one
    from guwah.places.resolve import MAX_QUERY_CHARS

    text = "Chapchal\n\n" + "x" * (MAX_QUERY_CHARS + 1) + "\nKashgar\n"
    result = runner.invoke(places_app, ["resolve", "--stdin", "--json"], input=text)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row.get("line") for row in rows] == [None, 3, None]
    assert rows[0]["match"]["id"] == "xj.ili.qapqal" and rows[2]["match"]["id"] == "xj.kashgar"
    assert "at most" in rows[1]["error"]
    assert len(result.stderr.strip().splitlines()) == 1


def test_places_cli_resolve_stdin_needs_json_and_no_text():
    assert runner.invoke(places_app, ["resolve", "--stdin"], input="Kashgar\n").exit_code == 2
    assert runner.invoke(places_app, ["resolve", "X", "--stdin", "--json"], input="").exit_code == 2


def test_places_cli_resolve_rich():
    result = runner.invoke(places_app, ["resolve", "Ghulja"])
    assert result.exit_code == 0
    assert "Yining City" in result.stdout


def test_places_cli_resolve_empty_is_one_line_error():
    result = runner.invoke(places_app, ["resolve", ""])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_places_cli_resolve_stdin_help_says_blank_lines_are_skipped():
    # The contract (docs/cli-json.md) gives one JSON object a line, each of the single query's shape:
    # a blank line has no such answer, so it is skipped, and a script that zips its input lines with
    # the output must know it. Before: the help said nothing of it.
    from guwah.console import STDIN_BLANK_LINES

    shown = " ".join(runner.invoke(places_app, ["resolve", "--help"]).stdout.replace("│", " ").split())
    assert "blank lines are skipped" in STDIN_BLANK_LINES and STDIN_BLANK_LINES in shown, shown


def test_places_cli_a_county_word_gives_the_county_of_a_city_name():
    # "Kulja" is Yining City; "Kulja County" and its forms in other scripts are Yining County (h-county74).
    queries = ["Kulja County", "Gulja county", "Кульджинский уезд", "伊宁县", "غۇلجا ناھىيىسى", "Kulja", "Kulja City"]
    result = runner.invoke(places_app, ["resolve", "--stdin", "--json"], input="\n".join(queries) + "\n")
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["match"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["xj.ili.yining_county"] * 5 + ["xj.ili.yining"] * 2
