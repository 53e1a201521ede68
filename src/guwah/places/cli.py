"""`guwah places …`: look places up in the gazetteer. Parse, call one function, print."""

from __future__ import annotations

import json
import sys

import typer

from guwah.console import STDIN_BLANK_LINES, err, fails_cleanly, out, run_bulk
from guwah.errors import InputError

places_app = typer.Typer(
    help="Look up places (Xinjiang's divisions, towns, countries) in any script.",
    no_args_is_help=True,
    add_completion=False,
)


@places_app.callback()
def places() -> None:
    """Look up places (Xinjiang's divisions, towns, countries) in any script."""


@places_app.command("resolve")
@fails_cleanly
def resolve_command(
    text: str = typer.Argument(None, help="A place name in any script: Chapchal, 察布查尔, چاپچال."),
    json_output: bool = typer.Option(False, "--json", help="Print the JSON document."),
    stdin: bool = typer.Option(
        False, "--stdin", help="Read one name a line from stdin; with --json, write JSON Lines. " + STDIN_BLANK_LINES
    ),
) -> None:
    """Resolve a place name to one gazetteer entry, or list the candidates."""
    from guwah.places.resolve import resolve_place

    if stdin:
        if text is not None or not json_output:
            raise typer.BadParameter("--stdin takes no TEXT and needs --json")
        # one reading of --stdin for every command: blank lines skipped, a bad line answered
        # in its place, exit 1 after the last line if any was bad
        run_bulk(1, lambda line: resolve_place(line).to_dict(), True, str)
        return
    if text is None:
        raise InputError("a place name is needed (or --stdin)")
    resolution = resolve_place(text)
    if json_output:
        sys.stdout.write(json.dumps(resolution.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    _print(resolution)


def _print(resolution) -> None:
    from rich.table import Table

    from guwah.places.geonames import GEONAMES_ATTRIBUTION

    if resolution.match is None:
        out.print(f"No confident match for [bold]{resolution.query}[/bold].", highlight=False)
    else:
        entry = resolution.match
        out.print(f"[bold]{entry.name}[/bold] ({entry.kind}, {entry.id})", highlight=False)
        names = Table(show_header=False, box=None)
        for script, name in entry.names.items():
            if name:
                names.add_row(script, name)
        for script, name in entry.long_names.items():
            names.add_row(f"{script} (long)", name)
        if entry.aliases:
            names.add_row("aliases", ", ".join(entry.aliases[:12]))
        names.add_row("seat", f"{entry.lat}, {entry.lon}")
        names.add_row("parent", entry.parent or "")
        out.print(names)
    if resolution.ambiguous:
        out.print("Ambiguous: other places have this name too (see the candidates).", highlight=False)
    if resolution.candidates:
        table = Table(title="Candidates")
        for column in ("score", "id", "name", "kind", "parent"):
            table.add_column(column)
        for candidate in resolution.candidates:
            entry = candidate.entry
            table.add_row(f"{candidate.score:.0f}", entry.id, entry.name, entry.kind,
                          entry.parent or "")
        out.print(table)
    err.print(f"Towns and cities from {GEONAMES_ATTRIBUTION}.", style="dim", highlight=False)
