import json

import pytest
from typer.testing import CliRunner

from guwah.names.cli import names_app

runner = CliRunner()


def test_keys_json_shape():
    result = runner.invoke(names_app, ["keys", "Илхам Тохти", "--json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert set(document) == {"name", "script", "latin", "keys"}
    assert document["name"] == "Илхам Тохти"
    assert document["script"] == "Cyrl"
    assert document["latin"] == ["ilkham tokhti", "ilham tohti"]
    assert "n:DKD+LKM" in document["keys"]


def test_compare_json_shape():
    result = runner.invoke(names_app, ["compare", "Ilham Tohti", "Илхам Тохти", "--json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert set(document) == {"a", "b", "score", "same"}
    assert document["a"] == "Ilham Tohti" and document["b"] == "Илхам Тохти"
    assert 0.0 <= document["score"] <= 1.0
    assert document["same"] is True


def test_compare_json_different():
    result = runner.invoke(names_app, ["compare", "Ilham Tohti", "Ilyas Tohti", "--json"])
    assert json.loads(result.stdout)["same"] is False


def test_human_output():
    assert "same" in runner.invoke(names_app, ["compare", "Ilham Tohti", "Tohti Ilham"]).stdout
    assert "p:LKM" in runner.invoke(names_app, ["keys", "Ilham Tohti"]).stdout


@pytest.mark.parametrize(
    "args",
    [["keys", "", "--json"], ["keys", "   "], ["compare", "Ilham Tohti", " ", "--json"],
     ["compare", "", "Ilham Tohti"]],
)
def test_empty_name_is_an_input_error(args):
    result = runner.invoke(names_app, args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "empty" in result.stderr
