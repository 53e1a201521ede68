"""Read another organisation's spreadsheet of person mentions (CSV) as it really comes.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 (with a mark, or told apart by its
zero bytes), otherwise Windows-1251 (Cyrillic), the one legacy encoding these lists arrive in.
The delimiter (comma, semicolon or tab) is the one that splits the header into the known
columns. Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

from guwah.errors import InputError
from guwah.link.mentions import (
    Mention,
    gender_unread,
    is_bare_number,
    parse_age,
    parse_birth_years,
    parse_gender,
    parse_years,
)

MAX_ROWS = 1_000_000           # mentions per file
MAX_BYTES = 512 * 1024 * 1024  # the file is read whole
MAX_CELL_CHARS = 1_000         # a name, place or facility longer than this is not one
MAX_LISTED_CELLS = 20          # unreadable year cells named in the one refusal; the rest are counted
COLUMNS = ("mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year")
REQUIRED = ("mention_id", "name")
DELIMITERS = (",", ";", "\t")
# What `notes` counts (see read_mentions): birth_year cells that hold an age but whose row has no
# detention year to count it from (read as no birth year).
AGES_UNPLACED = "ages without a detention year"
# ... and birth_year cells that hold a number alone ("41": an age or a two-digit year; no birth year).
BARE_NUMBERS = "bare numbers"
# ... and gender cells that say neither male nor female nor unknown ("blue"): read as no gender.
GENDERS_UNREAD = "genders unread"
# ... and mention ids that a spreadsheet would read as a formula (=, +, -, @ first): CLUSTERS.csv
# writes them with a leading apostrophe (`guwah.export.csv.defuse`), which is stripped to join back.
DEFUSED_IDS = "defused mention ids"


def decode(data: bytes) -> str:
    """The text of a CSV file in one of the accepted encodings (see the module docstring)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    head = data[:200]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return data.decode("utf-16-le")
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return data.decode("utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def check_output(input: Path, output: Path) -> None:
    """Refuse, before any linking, an output that would replace the input file or cannot be
    written (a missing folder, a folder): InputError in one line naming it."""
    output = Path(output)
    if output.is_dir():
        raise InputError(f"{output} is a folder: give a file name for --output", value=str(output))
    if not output.parent.is_dir():
        raise InputError(f"cannot write {output}: there is no folder {output.parent}", value=str(output))
    if output.exists() and Path(input).exists() and output.samefile(input):
        raise InputError(f"{output} is the input file: give another --output (the input is never written over)",
                         value=str(output))


def read_mentions(path: Path, max_rows: int = MAX_ROWS, notes: Counter | None = None) -> list[Mention]:
    """Read a CSV of person mentions (columns as in docs/cli-json.md, `guwah link-records`).

    Args:
        path: the CSV file.
        max_rows: the most data rows accepted.
        notes: if given, counts of cells read in a way the user should be told of, by
            AGES_UNPLACED (an age in the birth_year column: see
            `mentions.parse_birth_years`), BARE_NUMBERS, and DEFUSED_IDS (mention ids that
            CLUSTERS.csv writes with an apostrophe first); counts only, never a cell's content.
    Returns:
        One Mention per data row, in file order.
    Raises:
        InputError: naming the row, for a duplicate mention_id (or two that would be written
            alike once defused: "=A1" and "'=A1"), a missing mention_id or name,
            a row with the wrong number of cells, or too many rows; for unreadable year cells, once,
            naming each (row and column, the first MAX_LISTED_CELLS, then a count); or when
            the file cannot be read, is too large, or lacks the mention_id and name columns.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MiB", value=str(path))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", value=str(path)) from error
    return parse_mentions(decode(data), max_rows=max_rows, notes=notes)


def parse_mentions(text: str, max_rows: int = MAX_ROWS, notes: Counter | None = None) -> list[Mention]:
    """Parse the decoded text of a mention spreadsheet (see read_mentions)."""
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter, header = sniff_header(first_line)
    index = {name: header.index(name) for name in COLUMNS if name in header}
    # strict: a quote left open would otherwise swallow every later row into one cell, unsaid.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    next(reader)
    mentions: list[Mention] = []
    seen: dict[str, tuple[int, str]] = {}
    unreadable: list[str] = []  # every year cell that is not a year: one refusal names them all
    ended = reader.line_num  # the line the last whole record ended on: a broken one starts after it
    try:
        for row_number, row in enumerate(reader, start=2):
            ended = reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # blank lines, as spreadsheets leave at the end
            if len(mentions) >= max_rows:
                raise InputError(f"row {row_number}: more than {max_rows:,} rows; split the file",
                                 value=row_number)
            mentions.append(parse_row(row, row_number, header, index, seen, notes, unreadable))
    except csv.Error as error:
        raise InputError(f"row {ended + 1}: malformed CSV ({error})", value=ended + 1) from error
    if unreadable:
        more = len(unreadable) - MAX_LISTED_CELLS
        raise InputError("; ".join(unreadable[:MAX_LISTED_CELLS]) + (f"; and {more:,} more" if more > 0 else "")
                         + f" ({len(unreadable):,} unreadable year cells: write a year, a range (1970-75, c. 1975) "
                         "or leave the cell empty; nothing was linked)", value=len(unreadable))
    if not mentions:
        raise InputError("the file has no rows below its header")
    return mentions


def sniff_header(line: str) -> tuple[str, list[str]]:
    """The delimiter that splits the header into the known columns, and the column names."""
    for delimiter in DELIMITERS:
        header = [cell.strip().strip('"').strip().lower() for cell in line.rstrip("\r").split(delimiter)]
        if all(column in header for column in REQUIRED):
            duplicated = sorted({column for column in header if column and header.count(column) > 1})
            if duplicated:
                raise InputError(f"row 1: column {duplicated[0]} appears twice", value=1)
            return delimiter, header
    raise InputError("row 1: the header must name the columns mention_id and name "
                     "(separated by commas, semicolons or tabs)", value=1)


def parse_row(row: list[str], row_number: int, header: list[str], index: dict[str, int],
              seen: dict[str, tuple[int, str]], notes: Counter | None = None,
              unreadable: list[str] | None = None) -> Mention:
    """One data row as a Mention; `seen` maps mention ids as CLUSTERS.csv writes them
    (`guwah.export.csv.defuse`) to the row that first gave them and its id as given, so that no two
    rows of the output have one id; `notes` as in read_mentions. A year cell that is not a year
    raises InputError, or, with `unreadable`, is appended to it ("row 7: birth_year is not a year,
    ...": row and column, never the cell) and read as no year, so that the caller refuses the file
    once for all of them."""
    from guwah.export.csv import defuse

    if len(row) != len(header):
        raise InputError(f"row {row_number}: {len(row)} cells where the header has {len(header)}",
                         value=row_number)

    def cell(column: str) -> str | None:
        position = index.get(column)
        value = row[position].strip() if position is not None else ""
        if len(value) > MAX_CELL_CHARS:
            raise InputError(f"row {row_number}: {column} is longer than {MAX_CELL_CHARS} characters",
                             value=row_number)
        return value or None

    mention_id, name = cell("mention_id"), cell("name")
    if mention_id is None:
        raise InputError(f"row {row_number}: mention_id is empty", value=row_number)
    if name is None or not any(char.isalpha() for char in name):
        raise InputError(f"row {row_number}: name is empty", value=row_number)
    written = defuse(mention_id)
    if written in seen:
        first, first_id = seen[written]
        if first_id == mention_id:
            raise InputError(f"row {row_number}: mention_id {mention_id} repeats row {first}", value=row_number)
        raise InputError(f"row {row_number}: mention_id {mention_id} would be written {written}, as row {first}'s "
                         "is (an id a spreadsheet reads as a formula gets an apostrophe first): rename one",
                         value=row_number)
    seen[written] = (row_number, mention_id)
    if notes is not None and written != mention_id:
        notes[DEFUSED_IDS] += 1
    years: dict[str, tuple[int, int] | None] = {}
    # The detention year first: an age in the birth_year cell is counted from it.
    for column, parse in (("detained_year", parse_years),
                          ("birth_year", lambda text: parse_birth_years(text, years["detained_year"]))):
        try:
            years[column] = parse(cell(column))
        except InputError as error:
            if unreadable is None:
                raise InputError(f"row {row_number}: {column} is {error.message}", value=row_number) from error
            unreadable.append(f"row {row_number}: {column} is {error.message}")
            years[column] = None
    if notes is not None and years["birth_year"] is None and cell("birth_year") is not None:
        if is_bare_number(cell("birth_year")):
            notes[BARE_NUMBERS] += 1
        elif parse_age(cell("birth_year")) is not None:
            notes[AGES_UNPLACED] += 1
    if notes is not None and gender_unread(cell("gender")):
        notes[GENDERS_UNREAD] += 1
    return Mention(mention_id=mention_id, name=name, gender=parse_gender(cell("gender")),
                   birth_year=years["birth_year"], hometown=cell("hometown"), facility=cell("facility"),
                   detained_year=years["detained_year"])
