"""`guwah link-records`: deduplicate another organisation's spreadsheet of person mentions.

The linker modules (Splink, DuckDB, pypinyin) are imported inside the command, so that mounting
it costs `guwah --help` nothing. It never opens the archive.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from guwah.console import counted, err, stage_progress
from guwah.errors import english_ngettext


def link_records_command(
    # The column lists are written with a space after each comma: written as the header is
    # (mention_id,name,…), one word longer than the help's column, they were cut at 80 columns.
    input: Path = typer.Argument(..., help="CSV of person mentions, its header row naming the columns "
                                 "mention_id, name, gender, birth_year, hometown, facility, detained_year "
                                 "(UTF-8, UTF-16, UTF-32 with its mark or cp1251; , ; or tab; "
                                 "at most 1,000,000 rows)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write mention_id,cluster_id: one row per "
                                "input row, in its order; a mention_id a spreadsheet would read as a formula "
                                "(=, +, -, @ first) is written with an apostrophe first ('=A1): strip that one "
                                "apostrophe to join back to the input."),
    timings: bool = typer.Option(False, "--timings", help="Also print each stage's wall time in seconds (stderr)."),
    pairs: Path | None = typer.Option(None, "--pairs", help="Also write the pairs left for review to this file, "
                                      "its columns mention_id_a, mention_id_b, match_probability; most urgent first (ids "
                                      "defused as in --output)."),
    unreadable_years: str = typer.Option("refuse", "--unreadable-years", metavar="refuse|unknown",
                                         help="A year cell that is no year (7950 typed from a scan, abc): "
                                         "refuse the file, naming the cells (the default), or read it as "
                                         "unknown, no year stated, keep the row and say which rows."),
) -> None:
    """Deduplicate a spreadsheet of person mentions with Guwah's linker (never reads the archive)."""

    from guwah.config import load_settings
    from guwah.export import check_output_outside
    from guwah.export.csv import write_csv
    from guwah.link.linker import MAX_BLOCK_PAIRS, link_mentions, review_cap
    from guwah.link.spreadsheet import (
        AGES_UNPLACED,
        BARE_NUMBERS,
        DEFUSED_IDS,
        GENDERS_UNREAD,
        NO_NAMES,
        check_output,
        check_unreadable_years,
        read_mentions,
        unknown_years_note,
    )

    check_unreadable_years(unreadable_years)

    check_output(input, output)
    # never over the archive's keyring or database (the archive is not opened, only named)
    check_output_outside(output, load_settings().data_dir)
    if pairs is not None:
        check_output(input, pairs)
        check_output_outside(pairs, load_settings().data_dir)
        if Path(pairs).resolve() == Path(output).resolve():
            from guwah.errors import InputError

            raise InputError(f"{pairs} is the --output file too: give --pairs another name", value=str(pairs))
    notes: Counter = Counter()
    unknown_years: list[tuple[int, str]] = []
    mentions = read_mentions(input, notes=notes, unreadable_years=unreadable_years, unknown_years=unknown_years)
    if unknown_years:
        # Rows and columns only: never a cell.
        err.print(unknown_years_note(unknown_years), highlight=False, soft_wrap=True)
    # Counts only: never the cells or their rows' content. Each sentence in the number its count takes.
    for note, one, many in (
            (AGES_UNPLACED, "%s birth_year cell holds an age but its row no detained_year to count it from: read as "
             "no birth year", "%s birth_year cells hold an age but their rows no detained_year to count it from: "
             "read as no birth year"),
            (BARE_NUMBERS, "%s birth_year cell holds a number alone (an age or a two-digit year?): read as no birth "
             "year", "%s birth_year cells hold a number alone (an age or a two-digit year?): read as no birth year"),
            (GENDERS_UNREAD, "%s gender cell is neither male nor female nor unknown: read as no gender",
             "%s gender cells are neither male nor female nor unknown: read as no gender"),
            (DEFUSED_IDS, f"%s mention_id starts with =, +, - or @, which a spreadsheet reads as a formula: "
             f"{output.name} writes it with an apostrophe first ('=A1 for =A1); strip it to join back to the input",
             f"%s mention_ids start with =, +, - or @, which a spreadsheet reads as a formula: {output.name} writes "
             "them with an apostrophe first ('=A1 for =A1); strip it to join back to the input")):
        if notes[note]:
            err.print(english_ngettext(one, many, notes[note]) % f"{notes[note]:,}", highlight=False, soft_wrap=True)
    with stage_progress() as progress:
        result = link_mentions(mentions, progress=progress)
    rows = ((mention.mention_id, cluster) for mention, cluster in zip(mentions, result.cluster_ids, strict=True))
    write_csv(output, ("mention_id", "cluster_id"), rows)
    if pairs is not None:
        write_csv(pairs, ("mention_id_a", "mention_id_b", "match_probability"),
                  ((mentions[a].mention_id, mentions[b].mention_id, f"{probability:.6f}")
                   for a, b, probability in result.review_pairs))
    if result.capped_blocks:
        # Counts only: never a name or its key.
        err.print(f"{counted(result.capped_blocks, 'name key')} {'is' if result.capped_blocks == 1 else 'are'} shared "
                  f"by so many rows (up to {result.capped_largest:,}) that "
                  f"comparing every pair would pass the cap of {MAX_BLOCK_PAIRS:,} pairs a key: those rows were "
                  "compared only with their nearest rows in an order by name, birth year and place, and again by "
                  "place, birth year and name; rows identical in every field were compared all the same",
                  highlight=False, soft_wrap=True)
    if result.identical_queued:
        err.print(f"{counted(result.identical_queued, 'pair')} of rows identical in every field were left unlinked (a model trained "
                  "on this file may weigh a name this common with these fields alike as namesakes): queued for review "
                  "first", highlight=False, soft_wrap=True)
    beyond = (f" (the queue's cap of {review_cap(len(mentions)):,} pairs left {counted(result.review_left_out, 'pair')} out"
              + (f"; the model's pairs kept have match probability >= {result.review_threshold:.3f}"
                 if result.review_threshold < 1.0 else "") + ")" if result.review_left_out else "")
    err.print(f"{counted(len(mentions), 'mention')} in {counted(result.clusters, 'cluster')}; "
              f"{counted(len(result.review_pairs), 'pair')} left for review{beyond}"
              + (f" (written to {pairs})" if pairs is not None else " (--pairs FILE writes them)" if result.review_pairs
                 else "")
              + (f"; {counted(notes[NO_NAMES], 'row')} {'has' if notes[NO_NAMES] == 1 else 'have'} no usable name "
                 '(a placeholder such as "unknown" or "N/A"): linked to nothing by name' if notes[NO_NAMES] else "")
              + f"; wrote {output}", highlight=False, soft_wrap=True)
    if timings:
        # Stage names and seconds only: never a name or any other cell of the input.
        err.print("; ".join(f"{stage} {seconds:.1f} s" for stage, seconds in result.timings.items()),
                  highlight=False, soft_wrap=True)
