"""CSV files as Guwah writes them: every cell defused, the file replaced atomically."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from guwah.protection.files import write_private_file

# A cell starting with one of these is read as a formula by spreadsheet programs (OWASP's list
# for CSV injection: = + - @, and tab and carriage return, which some programs skip first); also
# a line feed (skipped first as well) and the full-width forms ＝ ＋ － ＠, which East Asian input
# methods type and some spreadsheet programs read as their ASCII signs (found by h-try46).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def defuse(cell: object) -> str:
    """A cell's text, with a leading apostrophe where a spreadsheet would read a formula.

    Args:
        cell: any value; None is written as an empty cell.
    Returns:
        The text, or "'" + text when it starts with one of FORMULA_STARTS (= + - @, their
        full-width forms, a tab, a carriage return or a line feed).
    """
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text (UTF-8 ready, "\\n" line ends) with every cell, the header's too, defused."""
    return csv_rows([header]) + csv_rows(rows)


def csv_rows(rows: Iterable[Sequence[object]]) -> str:
    """CSV lines of these rows alone (every cell defused), to follow a header written before."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([defuse(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a UTF-8 CSV file atomically: all of it at `path`, or nothing (an old file kept).

    Every cell, the header's too, goes through defuse(). The file is written as a 0600
    temporary file beside its target and renamed over it when complete.

    Args:
        path: the file to write.
        header: the column names.
        rows: the rows, each as long as the header.
    Returns:
        The number of rows written, the header not counted.
    Raises:
        InputError: when the file cannot be written (or `path` is a symbolic link).
    """
    rows = list(rows)
    write_private_file(Path(path), csv_text(header, rows).encode("utf-8"))
    return len(rows)
