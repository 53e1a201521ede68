"""`guwah names`: romanise and compare personal names from the command line."""

from __future__ import annotations

import json
import sys

import typer
from rich.table import Table

from guwah.console import fails_cleanly, out
from guwah.errors import InputError
from guwah.names.compare import DEFAULT_THRESHOLD, compare_names
from guwah.names.forms import name_forms
from guwah.names.keys import name_keys

names_app = typer.Typer(
    help="Romanise personal names from any script, give blocking keys, compare two names.",
    no_args_is_help=True,
    add_completion=False,
)


def check_name(name: str) -> str:
    """Refuse an empty or blank name."""
    if not name.strip():
        raise InputError("the name is empty", value=name)
    return name


def describe_name(name: str) -> dict:
    """The `names keys` JSON document of one name (contracts/cli-json.md)."""
    forms = name_forms(check_name(name))
    return {"name": name, "script": forms.script, "latin": list(forms.latin),
            "keys": name_keys(name)}


def describe_comparison(a: str, b: str) -> dict:
    """The `names compare` JSON document of two names (contracts/cli-json.md)."""
    score = compare_names(check_name(a), check_name(b))
    return {"a": a, "b": b, "score": round(score, 4), "same": score >= DEFAULT_THRESHOLD}


def print_json(value: dict) -> None:
    """Write one compact JSON document to stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


@names_app.command("keys")
@fails_cleanly
def keys_command(
    name: str = typer.Argument(..., help="A personal name in any script."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON document."),
) -> None:
    """Show a name's script, Latin forms and blocking keys."""
    result = describe_name(name)
    if as_json:
        print_json(result)
        return
    table = Table(show_header=False)
    table.add_row("name", result["name"])
    table.add_row("script", result["script"])
    table.add_row("latin", ", ".join(result["latin"]))
    table.add_row("keys", " ".join(result["keys"]))
    out.print(table)


@names_app.command("compare")
@fails_cleanly
def compare_command(
    a: str = typer.Argument(..., help="A personal name in any script."),
    b: str = typer.Argument(..., help="Another name."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON document."),
) -> None:
    """Score how likely two names are the same person's name."""
    result = describe_comparison(a, b)
    if as_json:
        print_json(result)
        return
    verdict = "same" if result["same"] else "different"
    out.print(f"{result['score']:.3f}  {verdict}  (threshold {DEFAULT_THRESHOLD})",
              highlight=False)
