"""`guwah extract`: parse options, call guwah.extract, print. Registered by guwah.cli."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from guwah.errors import InputError, counted


def extract_command(
    file: Path | None = typer.Argument(None, help="A file to extract from, without storing anything."),
    all_: bool = typer.Option(False, "--all", help="Extract every stored document into proposals."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON on stdout."),
    document_date: str | None = typer.Option(
        None, "--document-date", help="When FILE was said or written (YYYY-MM-DD): what \"last year\" counts from. "
        "Default: the sidecar's interview_date, else its published date."),
    workers: int | None = typer.Option(None, "--workers", min=1, max=64,
                                       help="With --all: processes that run the extraction "
                                       "(default: one per CPU core, at most one per 8 documents)."),
) -> None:
    """Propose persons, places, dates, events and violations, each with its evidence."""
    from rich.console import Console

    err = Console(stderr=True)
    if (file is None) == (not all_):
        raise InputError("give either a FILE or --all")
    if workers is not None and not all_:
        raise InputError("--workers goes with --all")
    if all_ and document_date is not None:
        raise InputError("--document-date goes with a FILE; stored documents carry their own dates")
    if file is not None:
        from guwah.config import load_settings
        from guwah.extract import extract_file

        settings = load_settings()  # the same size limits as ingest
        result = extract_file(file, document_date=document_date, max_html_bytes=settings.max_html_bytes,
                              max_unpacked_bytes=settings.max_unpacked_bytes, max_file_bytes=settings.max_file_bytes)
        for warning in result["warnings"]:
            err.print(f"warning: {warning}", highlight=False, soft_wrap=True, markup=False)
        if as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            _print_summary(result)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn

    from guwah.console import open_archive, progress_bar, saying_releases_taken_down
    from guwah.extract import extract_all

    store = open_archive("edit_records")
    # New names found that an approved release shows unmasked: the release check takes it down.
    with saying_releases_taken_down(store, "extraction found names they showed unmasked"):
        with progress_bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn()) as progress:
            task = progress.add_task("Extracting", total=None)

            def advance(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            results = extract_all(store, advance, workers)
        # Each warning names its document (by number, never by content), so it can be looked at.
        for result in sorted(results, key=lambda r: r["document_id"]):
            for warning in dict.fromkeys(result.get("warnings", [])):
                err.print(f"warning: document {result['document_id']}: {warning}", highlight=False, soft_wrap=True,
                          markup=False)
        if as_json:
            sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
        else:
            extracted = sum(1 for r in results if r["status"] == "extracted")
            erased = sum(1 for r in results if r["status"] == "erased")
            err.print(f"{counted(extracted, 'document')} extracted, {len(results) - extracted - erased} already extracted "
                      "by this version" + (f", {erased} erased (nothing left to read)" if erased else ""))
            err.print(proposed_line(results), highlight=False)


# The facts a reviewer decides, by the names `store_proposals` counts them under (persons, places and
# facilities are what the facts cite, not facts to review).
PROPOSED_FACTS = (("names", "name"), ("attributes", "attribute"), ("relations", "relation"),
                  ("events", "event"), ("violations", "violation code"))


def proposed_line(results: list[dict]) -> str:
    """What `extract --all` proposed for review, summed over the documents it extracted: "12 facts
    proposed for review (5 names, 4 events, 3 violation codes)", or "no new fact proposed"."""
    totals = {key: sum(r.get("counts", {}).get(key, 0) for r in results if r["status"] == "extracted")
              for key, _ in PROPOSED_FACTS}
    total = sum(totals.values())
    if not total:
        return "no new fact proposed for review"
    parts = ", ".join(counted(totals[key], word) for key, word in PROPOSED_FACTS if totals[key])
    return f"{counted(total, 'fact')} proposed for review ({parts}); see them with `guwah review list`"


def _print_summary(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Extraction (proposals, not stored)")
    for column in ("facts", "count"):
        table.add_column(column)
    for key in ("persons", "places", "facilities", "events"):
        table.add_row(key, str(len(result[key])))
    table.add_row("violation codes", str(sum(len(p["violations"]) for p in result["persons"])))
    Console().print(table)
