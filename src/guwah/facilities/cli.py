"""`guwah facilities …`: import facility datasets, show facility entries. Parse, call one function, print."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import typer
from rich.table import Table

from guwah.console import archive_session, counted, err, fails_cleanly, open_archive, out, print_json, reasons_line
from guwah.domain import MAX_ID, entry_label
from guwah.facilities.importer import CREDIT, LICENCE, ImportReport, import_facilities

facilities_app = typer.Typer(
    help="Import detention-facility datasets and link them to the gazetteer.",
    no_args_is_help=True,
    add_completion=False,
)


@facilities_app.callback()
def facilities() -> None:
    """Import detention-facility datasets and link them to the gazetteer."""


@facilities_app.command("import")
@fails_cleanly
def import_command(
    path: Path = typer.Argument(..., help="The BuzzFeed News file (210720_all_locations_BFN.csv)."),
    json_output: bool = typer.Option(False, "--json", help="Print the JSON report."),
) -> None:
    """Import (or re-import) the BuzzFeed News facilities table into the database."""
    store = open_archive("edit_records")
    try:
        report = import_facilities(store, path)
    finally:
        store.close()
    credit = f"Data: {CREDIT} ({LICENCE})."
    if json_output:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        err.print(credit, highlight=False)
        return
    _print(report)
    out.print(credit, highlight=False)


@facilities_app.command("list")
@fails_cleanly
def list_command(
    query: str | None = typer.Option(None, help="Only facilities with a name or a place containing this."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Facility entries: names in each script, place, how many person entries cite each, and sources."""
    from guwah.facilities.entries import list_facilities
    from guwah.registry import searching

    with archive_session("read") as (store, session):
        listings = list_facilities(session, query)
        store.audit(session, store.settings.actor, "read", "facility_list", None, count=len(listings),
                    searched=searching(query))
    if as_json:
        print_json([asdict(listing) for listing in listings])
        return
    for listing in listings:
        names = "; ".join(f"{script}: {' = '.join(written)}" for script, written in listing.names.items())
        places = ", ".join(f"{p['name']} ({p['gazetteer_id']})" if p["name"] != p["gazetteer_id"] else p["gazetteer_id"]
                           for p in listing.places) or "(no place)"
        sources = listing.datasets + [f"document {d}" for d in listing.documents]
        out.print(f"{listing.number:>6}  {names}\n        place: {places}; "
                  f"{counted(listing.entries, 'person entry', 'person entries')}; "
                  f"sources: {', '.join(sources) or 'none'}", highlight=False, markup=False, soft_wrap=True)
    err.print(counted(len(listings), "facility entry", "facility entries"))


@facilities_app.command("show")
@fails_cleanly
def show_command(
    number: int = typer.Argument(..., max=MAX_ID, help="Facility entry number (a merged number leads to the survivor)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One facility entry: names, type, place, coordinates, dataset ids and the accepted events there."""
    from guwah.facilities.entries import view_facility

    with archive_session("read") as (store, session):
        view = view_facility(session, number)
        store.audit(session, store.settings.actor, "read", "facility_entry", view.number)
    if as_json:
        print_json(asdict(view))
        return
    out.print(f"facility entry {view.number}: {' = '.join(view.names) or '(no name)'}"
              + (f"; merged from {view.merged_numbers}" if view.merged_numbers else ""),
              highlight=False, markup=False)
    for site in view.sites:
        place = site["place"]
        where = f"{place['name']} ({place['gazetteer_id']})" if place else "(no place)"
        point = f"{site['lat']}, {site['lon']}" if site["lat"] is not None else "(no coordinates)"
        ids = ", ".join(f"{k}={'+'.join(v) if isinstance(v, list) else v}" for k, v in site["external_ids"].items())
        # A site no dataset lists is one a testimony named (an extracted or reviewer-typed facility).
        source = (f"{site['dataset']} {site['dataset_key']}" if site["dataset"] is not None
                  else "none (named in testimonies only)"
                  + (f"; review: {site['review']}" if site["review"] else "")
                  + (f"; source: document {site['source']['document']}" if site["source"] else ""))
        if site["approximate"]:
            point += " (approximate)"
        out.print(f"  {site['name']}\n    type: {site['type']}\n    place: {where}\n    coordinates: {point}\n"
                  f"    dataset: {source}" + (f"\n    ids: {ids}" if ids else ""), highlight=False, markup=False,
                  soft_wrap=True)
    out.print(f"events ({len(view.events)}):", highlight=False)
    for item in view.events:
        person = (f"person entry {entry_label(item['person_entry'])}" if item["person_entry"] is not None
                  else "no person")
        out.print(f"  {item['date'] or '?':<10} {item['type']:<14} event {item['event']}  {person}", highlight=False)


def _print(report: ImportReport) -> None:
    summary = Table(title=f"Facilities import: {Path(report.path).name}")
    summary.add_column("")
    summary.add_column("rows", justify="right")
    for label, value in (
        ("data rows", report.rows),
        ("new", report.imported),
        ("updated", report.updated),
        ("unchanged", report.unchanged),
        ("without a place", len(report.unplaced)),
        ("rejected", len(report.rejected)),
        ("blank rows skipped", report.skipped_blank_rows),
    ):
        summary.add_row(label, str(value))
    for method, count in sorted(report.placed_by.items()):
        summary.add_row(f"placed by {method}", str(count))
    out.print(summary)
    if report.unplaced:
        table = Table(title="Facilities without a place")
        for column in ("key", "name", "town", "prefecture", "reason"):
            table.add_column(column)
        for item in report.unplaced:
            table.add_row(item.dataset_key, item.name, item.town, item.prefecture, item.reason)
        out.print(table)
    for item in report.rejected:
        out.print(f"line {item['line']}: not imported ({item['reason']})", highlight=False)


@facilities_app.command("suggest")
@fails_cleanly
def suggest_command(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Imported sites that facilities named in testimonies may be (place and name agreeing), for review."""
    from guwah.facilities.entries import suggest_facility_links

    with archive_session("read") as (store, session):
        suggestions = suggest_facility_links(session)
        store.audit(session, store.settings.actor, "read", "facility_suggestions", None, count=len(suggestions))
    if as_json:
        print_json([asdict(s) for s in suggestions])
        return
    for item in suggestions:
        why = reasons_line(item.reasons)
        out.print(f"facility {item.named} may be site {item.site}: {why}\n"
                  f"  `guwah facilities merge {item.site} {item.named}`", highlight=False, markup=False)
    err.print(counted(len(suggestions), "suggestion"))


@facilities_app.command("merge")
@fails_cleanly
def merge_command(survivor: int = typer.Argument(..., max=MAX_ID, help="Facility entry number that stays (the site)."),
                  merged: int = typer.Argument(..., max=MAX_ID, help="Facility entry number that redirects to it.")) -> None:
    """Merge two facility entries (`guwah persons undo` reverses the latest registry act)."""
    from guwah.facilities.entries import merge_facilities

    with archive_session("edit_records") as (store, session):
        merge_facilities(session, survivor, merged, store.settings.actor, store=store)
    err.print(f"facility entry {merged} now leads to {survivor}")


def _decide(number: int, decision: str) -> None:
    from guwah.facilities.entries import decide_facility

    with archive_session("edit_records") as (store, session):
        entry = decide_facility(store, session, number, decision, store.settings.actor)
    err.print(f"facility entry {entry.number} {decision}"
              + (" (public from now, listed at /facilities)" if decision == "accepted" else ""))


@facilities_app.command("accept")
@fails_cleanly
def accept_command(number: int = typer.Argument(..., max=MAX_ID, help="Facility entry number.")) -> None:
    """Accept a facility entry that testimonies name (one a reviewer registered): public from now."""
    _decide(number, "accepted")


@facilities_app.command("reject")
@fails_cleanly
def reject_command(number: int = typer.Argument(..., max=MAX_ID, help="Facility entry number.")) -> None:
    """Reject a facility entry that testimonies name: never public (accepting it later reverses this)."""
    _decide(number, "rejected")


@facilities_app.command("undo")
@fails_cleanly
def undo_command() -> None:
    """Undo the latest registry act (a facility or person merge, split or link run)."""
    from guwah.registry import latest_act
    from guwah.registry.cli import print_release_changes
    from guwah.releases import undo_registry_act

    with archive_session("edit_records") as (store, session):
        what = latest_act(session)
        act = undo_registry_act(session, store.settings.actor, store=store)
    err.print(f"undid {what or f'operation {act.operation}'}", highlight=False)
    print_release_changes(act)
