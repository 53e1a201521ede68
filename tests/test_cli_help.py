"""Every command's --help, walked: readable metavars (REF..., MENTION_ID), never the type names
Typer draws by default (`{refs}...`, `<list[str]>`, `<bool>` after a flag)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from guwah.cli import app


def command_paths() -> list[list[str]]:
    """Every command and group of `guwah`, as the words that reach it (feature commands loaded)."""
    import typer.main

    paths = []

    def walk(command, path):
        paths.append(path)
        if hasattr(command, "list_commands"):
            ctx = command.context_class(command)
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name), [*path, name])

    walk(typer.main.get_command(app), [])
    return paths


PATHS = command_paths()


def help_of(path: list[str]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_walk_reaches_the_feature_commands():
    assert {("review", "accept"), ("persons", "split"), ("release", "propose"), ("ingest",)} <= set(map(tuple, PATHS))


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "guwah")
def test_every_help_draws_readable_metavars(path):
    # h-try62: `guwah review reject --help` drew "Usage: … {refs}..." and "refs... <list[str]>" (typer
    # 0.2x draws an argument's usage in braces and every parameter's Python type).
    shown = help_of(path)
    assert not re.search(r"\{\w*\}|<list|\[str\]|<bool>|<str>|<int", shown), shown


def test_a_list_argument_is_named_once_with_its_dots():
    shown = " ".join(help_of(["review", "reject"]).split())
    assert "review reject [OPTIONS] REF..." in shown
    assert "REF... KIND:ID" in shown.replace("* ", "")  # the arguments panel names it the same way
    shown = " ".join(help_of(["persons", "show"]).split())
    assert "persons show [OPTIONS] NUMBER " in shown
    split = " ".join(help_of(["persons", "split"]).split())
    assert "--mentions MENTION_ID..." in split, split


def test_a_flag_shows_no_value_and_an_option_its_value():
    shown = " ".join(help_of(["review", "reject"]).split())
    assert "--reason TEXT" in shown
    listed = " ".join(help_of(["documents"]).split())
    assert "--json Print JSON." in listed


def test_a_feature_group_offers_no_shell_completion_of_its_own():
    # `guwah review --install-completion` would install a completion for "guwah review" alone
    assert "--install-completion" not in help_of(["review"])


def test_a_group_lists_each_command_in_one_paragraph_without_its_docstrings_line_breaks():
    # `guwah review --help` broke "…the corrected copy accepted (it" / "cites the same evidence)." where
    # the docstring's line ended, however wide the terminal
    listed = help_of(["review"])
    assert "the corrected copy accepted (it cites the same evidence; with four eyes on" in listed, listed


def test_link_records_help_gives_its_whole_column_lists_at_80_columns():
    """h-review65: at 80 columns the input's column list was cut ("…,facility,detai…"), the header
    written as one word wider than the help's column. Each list is the one docs/cli-json.md states."""
    from pathlib import Path

    docs = (Path(__file__).parents[1] / "docs" / "cli-json.md").read_text(encoding="utf-8")
    section = docs.split("## `guwah link-records", 1)[1].split("\n## ", 1)[0]
    header = re.search(r"`(mention_id,name,[a-z_,\s]+)`", section).group(1)
    columns = [column.strip() for column in header.split(",")]
    assert columns[-1] == "detained_year" and len(columns) == 7  # the docs' list, read whole
    result = CliRunner().invoke(app, ["link-records", "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max(map(len, result.output.splitlines())) <= 80
    assert "…" not in result.output  # nothing cut
    flowing = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())
    assert ", ".join(columns) in flowing
    assert "mention_id_a, mention_id_b, match_probability" in flowing
