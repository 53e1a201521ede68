"""`guwah names`: romanise and compare personal names from the command line.

The matching modules (pypinyin, numpy) are imported inside the commands, so that mounting this
app costs `guwah --help` nothing.
"""

from __future__ import annotations

import sys

import typer

from guwah.console import STDIN_BLANK_LINES, fails_cleanly, out, run_bulk, write_json_line
from guwah.errors import InputError
from guwah.names.settings import SAME_NAME

names_app = typer.Typer(
    help="Romanise personal names from any script, give blocking keys, compare two names.",
    no_args_is_help=True,
    add_completion=False,
)


def check_name(name: str | None) -> str:
    """Refuse a missing, empty or blank name."""
    if name is None or not name.strip():
        raise InputError("the name is empty", value=name)
    return name


def describe_name(name: str) -> dict:
    """The `names keys` JSON document of one name (docs/cli-json.md)."""
    from guwah.names.forms import name_forms
    from guwah.names.keys import name_keys

    forms = name_forms(check_name(name))
    return {"name": name, "script": forms.script, "latin": list(forms.latin),
            "keys": name_keys(name)}


def describe_comparison(a: str, b: str) -> dict:
    """The `names compare` JSON document of two names (docs/cli-json.md).

    Returns:
        {"a", "b", "score", "same"} as the contract fixes them, plus "swapped" (the parts match
        in another order), "parts" ([{"a", "b", "score"}]: which part of a matched which part of
        b, and how well) and "unmatched" (parts of the longer name left over).
    """
    from guwah.names.compare import explain_names

    comparison = explain_names(check_name(a), check_name(b))
    score = round(comparison.score, 4)
    return {"a": a, "b": b, "score": score, "same": comparison.score >= SAME_NAME,
            "swapped": comparison.swapped,
            "parts": [{"a": pa, "b": pb, "score": part} for pa, pb, part in comparison.parts],
            "unmatched": list(comparison.unmatched)}


@names_app.command("keys")
@fails_cleanly
def keys_command(
    name: str = typer.Argument(None, help="A personal name in any script."),
    stdin: bool = typer.Option(False, "--stdin", help="Read one name a line; JSON Lines out. " + STDIN_BLANK_LINES),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON document."),
) -> None:
    """Show a name's script, Latin forms and blocking keys."""
    if stdin:
        run_bulk(1, describe_name, as_json,
                 lambda r: f"{r['name']}\t{r['script']}\t{' '.join(r['keys'])}")
        return
    result = describe_name(name)
    if as_json:
        write_json_line(result)
        return
    from rich.table import Table

    table = Table(show_header=False)
    table.add_row("name", result["name"])
    table.add_row("script", result["script"])
    table.add_row("latin", ", ".join(result["latin"]))
    table.add_row("keys", " ".join(result["keys"]))
    out.print(table)


def verdict(result: dict) -> str:
    """The human line of one comparison."""
    words = "same" if result["same"] else "different"
    swapped = "  swapped order" if result["swapped"] else ""
    return f"{result['score']:.3f}  {words}{swapped}  (threshold {SAME_NAME})"


@names_app.command("compare")
@fails_cleanly
def compare_command(
    a: str = typer.Argument(None, help="A personal name in any script."),
    b: str = typer.Argument(None, help="Another name."),
    stdin: bool = typer.Option(False, "--stdin",
                               help="Read one pair a line (A<TAB>B); JSON Lines out with --json. "
                               + STDIN_BLANK_LINES),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON document."),
) -> None:
    """Score how likely two names are the same person's name."""
    if stdin:
        run_bulk(2, describe_comparison, as_json,
                 lambda r: f"{verdict(r)}\t{r['a']}\t{r['b']}")
        return
    result = describe_comparison(a, b)
    if as_json:
        write_json_line(result)
        return
    sys.stdout.write(verdict(result) + "\n")
    for part in result["parts"]:
        sys.stdout.write(f"  {part['a']} ~ {part['b']}  {part['score']:.3f}\n")
