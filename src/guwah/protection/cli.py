"""`guwah keys …` and `guwah audit …`: the master key and the audit log from the command line."""

from __future__ import annotations

import typer
from rich.markup import escape

from guwah.console import counted, err, fails_cleanly, open_archive, out, print_json
from guwah.domain import MAX_ID

keys_app = typer.Typer(help="The master key that protects the archive.", no_args_is_help=True)


@keys_app.command("init")
@fails_cleanly
def keys_init() -> None:
    """Create the master key and the archive's keyring (nothing happens if they exist)."""
    store = open_archive("manage_keys", create=True)
    where = "a passphrase (GUWAH_PASSPHRASE)" if store.settings.passphrase else str(store.settings.key_file)
    err.print(f"The archive in {store.settings.data_dir} is protected by the master key from {where}.",
              highlight=False, soft_wrap=True)


@keys_app.command("rotate")
@fails_cleanly
def keys_rotate() -> None:
    """Replace the master key file with a new key; the archive key is re-wrapped, data untouched."""
    from guwah.config import load_settings
    from guwah.errors import InputError
    from guwah.protection.keys import read_key_file, rotate_master_key

    settings = load_settings()
    if settings.passphrase:
        raise InputError("rotation replaces a key file; unset GUWAH_PASSPHRASE to rotate one")
    old = read_key_file(settings.key_file)
    open_archive("manage_keys").close()  # proves the current key opens the archive before anything changes
    path = rotate_master_key(settings.data_dir, old, settings.key_file)
    err.print(f"New master key written to {path}; the old key no longer opens this archive. "
              "Replace every backup of the old key.", highlight=False, soft_wrap=True)


audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)


def _outside_head(value: str | None) -> tuple[int, str] | None:
    """--head: an `ID:MAC` value, or a file holding one (or a copy of the head file)."""
    from pathlib import Path

    from guwah.errors import InputError
    from guwah.protection.audit import parse_head

    if value is None:
        return None
    path = Path(value).expanduser()
    if path.is_file():
        return parse_head(path.read_text(encoding="utf-8", errors="replace"))
    try:
        return parse_head(value)
    except InputError as error:
        if ":" in value:  # an ID:MAC with one part wrong: parse_head says which
            raise InputError(f"--head: {error.message}", value=value) from None
        raise InputError("--head takes ID:MAC (as `guwah audit head` prints it) or a file holding it",
                         value=value) from None


@audit_app.command("verify")
@fails_cleanly
def audit_verify(head: str | None = typer.Option(
        None, "--head", metavar="ID:MAC|FILE",
        help="Also check against a head copied elsewhere earlier (the output of `guwah audit head`).")) -> None:
    """Check the audit chain; exit 1 naming any edited, inserted or removed entry (the check is audited)."""
    from guwah.protection.audit import READ_LOG, head_path, record_log_read, verify_chain

    outside = _outside_head(head)
    store = open_archive(READ_LOG)
    with store.session() as session:
        count, problems = verify_chain(session, store.ring, head_path(store.ring, store.settings.key_file), outside)
        record_log_read(store, session, store.settings.actor, "verify")
    for problem in problems:
        where = f"entry {problem.entry_id}" if problem.entry_id is not None else "audit log"
        err.print(f"[red]{where}:[/red] {escape(problem.what)}", highlight=False, soft_wrap=True)
    out.print(f"checked {counted(count, 'audit entry', 'audit entries')}, {counted(len(problems), 'problem')}")
    if problems:
        raise typer.Exit(1)


@audit_app.command("head")
@fails_cleanly
def audit_head() -> None:
    """Print the newest entry's id and MAC, to keep a copy outside this machine (see SECURITY.md)."""
    from sqlalchemy import select

    from guwah.errors import InputError
    from guwah.protection.audit import READ_LOG, format_head, head_path, verify_chain
    from guwah.storage.tables import AuditEntry

    store = open_archive(READ_LOG)
    with store.session() as session:
        newest = session.execute(select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)).first()
        _, problems = verify_chain(session, store.ring, head_path(store.ring, store.settings.key_file))
    if newest is None:
        raise InputError("the audit log is empty: there is no head yet")
    if problems:
        err.print(f"[yellow]warning:[/yellow] the chain has {counted(len(problems), 'problem')}; "
                  "run `guwah audit verify` before trusting this head", highlight=False, soft_wrap=True)
    out.print(format_head(newest[0], newest[1]), highlight=False, markup=False, soft_wrap=True)


@audit_app.command("list")
@fails_cleanly
def audit_list(limit: int = typer.Option(50, min=1, max=MAX_ID, help="How many entries (the newest, or of the page)."),
               before: int | None = typer.Option(None, min=1, max=MAX_ID, metavar="ID",
                                                 help="The page of entries older than entry ID."),
               after: int | None = typer.Option(None, min=0, max=MAX_ID, metavar="ID",
                                                help="The page of entries newer than entry ID."),
               by: str | None = typer.Option(None, help="Only entries by this actor (exact)."),
               action: str | None = typer.Option(None, help="Only this action (exact: read, change, …)."),
               record_type: str | None = typer.Option(None, help="Only records of this type (exact: document, …)."),
               record_id: str | None = typer.Option(None, help="Only this record id (exact)."),
               page: str | None = typer.Option(None, hidden=True),
               as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """The newest audit entries, or a page of them by entry id (--before, --after: as the workspace's
    audit page): who did what to which record, when (this read is audited too, with its filter and
    where it starts). A filter's value no entry holds is refused, nothing read."""
    from guwah.errors import InputError
    from guwah.protection.audit import READ_LOG, read_entry_page

    if page is not None:
        raise InputError("--page was replaced by paging by entry id: --before ID (older entries) or --after ID "
                         "(newer ones), as the text output's last lines say")
    if before is not None and after is not None:
        raise InputError("give either --before ID or --after ID, not both")
    store = open_archive(READ_LOG)
    with store.session() as session:
        shown = read_entry_page(store, session, store.settings.actor, limit, before=before, after=after, by=by,
                                action=action, record_type=record_type, record_id=record_id)
        rows = [{"id": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                 "record_type": e.record_type, "record_id": e.record_id, "detail": e.detail}
                for e in shown.entries]
    if as_json:
        print_json(rows)
        return
    for row in reversed(rows):
        out.print(f"{row['id']:>6}  {row['at']}  {row['actor']:<16} {row['action']:<20} "
                  f"{row['record_type'] or ''} {row['record_id'] or ''}", highlight=False, markup=False)
    if rows and shown.older:
        err.print(f"older entries: guwah audit list --before {rows[-1]['id']} (with the same filters)",
                  highlight=False, markup=False)
    if rows and shown.newer:
        err.print(f"newer entries: guwah audit list --after {rows[0]['id']} (with the same filters)",
                  highlight=False, markup=False)
