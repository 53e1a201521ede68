"""The README documents every setting and every command, and CI runs its test command."""

import re

import click
import pytest
import typer.main

from guwah.cli import FEATURE_COMMANDS, app, load_feature_command
from guwah.config import SETTINGS
from guwah.policy import ARCHIVE_SETTINGS
from tests.shared import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, default, meaning", SETTINGS)
def test_every_setting_is_in_the_readme_table(name, default, meaning):
    assert f"| `{name}` | `{default}` | {meaning} |" in README


@pytest.mark.parametrize("spec", ARCHIVE_SETTINGS, ids=lambda spec: spec.name)
def test_every_archive_setting_is_in_the_readme_table(spec):
    assert f"| `{spec.name}` | `{spec.default}` | {spec.meaning} |" in README


def _command_paths(group, prefix="guwah"):
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if hasattr(command, "commands"):
            yield from _command_paths(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}"


@pytest.mark.parametrize("name", sorted(FEATURE_COMMANDS))
def test_the_lazy_help_line_is_the_commands_own(name):
    """`guwah --help` lists feature commands without importing them; its line must match theirs."""
    command = load_feature_command(name)
    assert FEATURE_COMMANDS[name][2] == (command.help or "").strip().splitlines()[0]


@pytest.mark.parametrize("command", sorted(_command_paths(typer.main.get_command(app))))
def test_every_command_is_in_the_reference(command):
    assert f"`{command}" in README


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"```sh\n(.+?)\n```", README)
    assert commands[:2] == ["./dev run", "./dev test"]
    ci = (REPO / ".ci" / "run").read_text()
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == ["./dev test"]


def test_the_command_reference_is_one_unbroken_table():
    """A paragraph between two rows ends a Markdown table: the rows after it show as raw `|` text."""
    section = README.split("## Command reference", 1)[1].split("\n## ", 1)[0]
    rows = [n for n, line in enumerate(section.split("\n")) if line.startswith("| `guwah ")]
    assert len(rows) > 50
    assert rows == list(range(rows[0], rows[0] + len(rows)))
