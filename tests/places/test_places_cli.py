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


def test_places_cli_resolve_ambiguous_json_has_null_match():
    result = runner.invoke(places_app, ["resolve", "Kashgar", "--json"])
    data = json.loads(result.stdout)
    assert data["match"] is None
    assert all("score" in c for c in data["candidates"])


def test_places_cli_resolve_rich():
    result = runner.invoke(places_app, ["resolve", "Ghulja"])
    assert result.exit_code == 0
    assert "Yining City" in result.stdout


def test_places_cli_resolve_empty_is_one_line_error():
    result = runner.invoke(places_app, ["resolve", ""])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
