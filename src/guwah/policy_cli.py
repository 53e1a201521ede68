"""`guwah settings …`: show and change the archive's own settings (`guwah.policy`). Parse, call, print."""

from __future__ import annotations

import typer
from rich.markup import escape

from guwah.console import archive_session, err, fails_cleanly, out, print_json

settings_app = typer.Typer(help="The archive's own settings of how the group reviews (four eyes on facts).",
                           no_args_is_help=True, add_completion=False)


@settings_app.command("list")
@fails_cleanly
def settings_list(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Every archive setting with its value, who changed it last and when, and its meaning."""
    from guwah.policy import list_settings

    with archive_session("read") as (_, session):
        rows = list_settings(session)
    if as_json:
        print_json([{**row, "changed_at": row["changed_at"].isoformat() if row["changed_at"] else None}
                    for row in rows])
        return
    for row in rows:
        changed = (f" (set by {row['changed_by']} at {row['changed_at']:%Y-%m-%d %H:%M})" if row["changed_by"]
                   else " (default)")
        out.print(f"{row['name']} = {row['value']}{escape(changed)}", highlight=False)
        out.print(f"  {escape(row['meaning'])} Values: {', '.join(row['values'])}.", highlight=False,
                  soft_wrap=True)


@settings_app.command("set")
@fails_cleanly
def settings_set(
    name: str = typer.Argument(..., help="The setting (guwah settings list names them)."),
    value: str = typer.Argument(..., help="Its new value."),
) -> None:
    """Change an archive setting (an admin's act, audited with the old and new values)."""
    from guwah.policy import change_setting

    with archive_session("archive_settings") as (store, session):
        changed = change_setting(store, session, name, value, store.settings.actor)
    err.print(f"{escape(name)} is now {escape(value.strip().lower())}" if changed
              else f"{escape(name)} was {escape(value.strip().lower())} already: nothing changed", highlight=False)
