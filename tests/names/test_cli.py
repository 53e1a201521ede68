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
    # a х after the first letter reads kh, h or k (a Kazakh q), as a Latin kh does (h-link44)
    assert document["latin"] == ["ilkham tokhti", "ilham tohti", "ilham tokti", "ilkam tohti", "ilkam tokti"]
    assert document["latin"] == runner_latin("Ilkham Tokhti")
    assert "n:DKD+LKM" in document["keys"]


def runner_latin(name: str) -> list[str]:
    return json.loads(runner.invoke(names_app, ["keys", name, "--json"]).stdout)["latin"]


def test_compare_json_shape():
    result = runner.invoke(names_app, ["compare", "Ilham Tohti", "Илхам Тохти", "--json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert {"a", "b", "score", "same"} <= set(document)  # the contract; keys may be added
    assert document["a"] == "Ilham Tohti" and document["b"] == "Илхам Тохти"
    assert 0.0 <= document["score"] <= 1.0
    assert document["same"] is True


def test_compare_json_different():
    result = runner.invoke(names_app, ["compare", "Ilham Tohti", "Ilyas Tohti", "--json"])
    assert json.loads(result.stdout)["same"] is False


def test_human_output():
    assert "same" in runner.invoke(names_app, ["compare", "Ilham Tohti", "Ilkham Tokhti"]).stdout
    assert "swapped" in runner.invoke(names_app, ["compare", "Ilham Tohti", "Tohti Ilham"]).stdout
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


def test_compare_json_explains_parts_and_swap():
    document = json.loads(runner.invoke(
        names_app, ["compare", "Abdurehim Memet", "Memet Abdurehim", "--json"]).stdout)
    assert document["swapped"] is True
    assert document["same"] is False
    assert 0.0 < document["score"] < 1.0
    assert {(p["a"], p["b"]) for p in document["parts"]} == {("abdurehim", "abdurehim"),
                                                              ("memet", "memet")}
    straight = json.loads(runner.invoke(
        names_app, ["compare", "Abdurehim Memet", "Abdurahim Mamet", "--json"]).stdout)
    assert straight["swapped"] is False and straight["same"] is True
    assert straight["unmatched"] == []


def test_compare_json_names_unmatched_part():
    document = json.loads(runner.invoke(names_app, ["compare", "Ilham", "Ilham Tohti", "--json"]).stdout)
    assert document["unmatched"] == ["tohti"]
    assert [p["a"] for p in document["parts"]] == ["ilham"]


def test_compare_stdin_json_lines_in_input_order():
    pairs = [("Ilham Tohti", "Илхам Тохти"), ("Ilham Tohti", "Ilyas Tohti"),
             ("Abdurehim Memet", "Memet Abdurehim")]
    text = "\n".join(f"{a}\t{b}" for a, b in pairs) + "\n\n"
    result = runner.invoke(names_app, ["compare", "--stdin", "--json"], input=text)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    singles = [json.loads(runner.invoke(names_app, ["compare", a, b, "--json"]).stdout)
               for a, b in pairs]
    assert lines == singles


def test_compare_stdin_bad_line_keeps_its_place_and_fails():
    text = "Ilham Tohti\tIlkham Tokhti\nno tab here\nIlham Tohti\t \nIlyas Tohti\tIliyas Tokhti\n"
    result = runner.invoke(names_app, ["compare", "--stdin", "--json"], input=text)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("line") for line in lines] == [None, 2, 3, None]
    assert lines[0]["same"] and lines[3]["same"]
    assert len(result.stderr.strip().splitlines()) == 1


def test_keys_stdin_json_lines():
    result = runner.invoke(names_app, ["keys", "--stdin", "--json"], input="Ilham Tohti\nИлхам Тохти\n")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["name"] for line in lines] == ["Ilham Tohti", "Илхам Тохти"]
    assert set(lines[0]["keys"]) & set(lines[1]["keys"])


@pytest.mark.parametrize(("a", "b"), [("Guo Weiming", "Weiming Guo"), ("Guo Weiming", "Guo Weimin"),
                                      ("艾山·托合提", "Hesen Tohti"), ("Ablikim Sopi", "Ablkiim Sopi")])
def test_compare_json_score_is_the_library_score(a, b):
    # Issue 9: the explanation keys may be added (docs/cli-json.md), the score stays the one score.
    from guwah.names import compare_names

    document = json.loads(runner.invoke(names_app, ["compare", a, b, "--json"]).stdout)
    assert document["score"] == pytest.approx(compare_names(a, b), abs=1e-4)
    assert {"a", "b", "score", "same"} <= set(document)


@pytest.mark.parametrize("command", ["keys", "compare"])
def test_a_very_long_word_is_read_not_a_traceback(command):
    # Before: `guwah names compare aaaa…(1,000 letters) b` and `names keys` of such a word ended in a
    # RecursionError traceback: the pinyin segmenter recursed once per syllable. Now it walks the
    # word without recursion and answers; a short name still segments as before (control).
    from guwah.names.chinese import pinyin_inventory, segment

    word = "a" * 3000
    result = runner.invoke(names_app, [command, word, *(["b"] if command == "compare" else []), "--json"])
    assert result.exit_code == 0, result.output[-300:]
    assert json.loads(result.stdout)
    assert segment("nu'erlan", pinyin_inventory()) == ["nu", "er", "lan"]
    assert segment("zhangsanfeng", pinyin_inventory()) == ["zhang", "san", "feng"]
    assert segment("zhangsanfengq", pinyin_inventory()) is None


@pytest.mark.parametrize("command", ["keys", "compare"])
def test_stdin_help_says_blank_lines_are_skipped(command):
    # As places resolve --stdin: a blank line gets no answer line (the contract's lines are JSON
    # objects of the single query's shape), which the help now says. Before: it said nothing of it.
    from guwah.console import STDIN_BLANK_LINES

    shown = " ".join(runner.invoke(names_app, [command, "--help"]).stdout.replace("│", " ").split())
    assert STDIN_BLANK_LINES in shown, shown
