"""h-newcomer73: `guwah review edit --help` names the fields `--set` takes for each kind of fact, and
that an empty value clears one. Before, it said only "FIELD=VALUE; repeatable.", and a reviewer
correcting a wrong date learned the field names from a refusal."""

import re

from typer.testing import CliRunner

from guwah.cli import app
from guwah.review import EDITABLE


def test_review_edit_help_names_every_editable_field():
    result = CliRunner().invoke(app, ["review", "edit", "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    said = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())
    assert "an empty VALUE clears the field" in said
    for kind, fields in EDITABLE.items():
        assert f"{kind}: {', '.join(fields)}" in said, kind


def test_review_edit_help_says_four_eyes_keeps_the_copy_waiting():
    # h-newcomer75: the help said only "the corrected copy accepted", while with four eyes on
    # (`guwah settings`) it stays proposed until another reviewer accepts it; `review add --help` said so.
    said = {}
    for command in ("edit", "add"):
        result = CliRunner().invoke(app, ["review", command, "--help"], env={"COLUMNS": "100"})
        assert result.exit_code == 0, result.output
        said[command] = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())
    assert "with four eyes on" in said["add"]  # control: the sibling command's help
    assert "with four eyes on" in said["edit"] and "another reviewer" in said["edit"]
