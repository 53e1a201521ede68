"""Read another organisation's spreadsheet of person mentions (CSV) as it really comes.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 (with a mark, or told apart by its
zero bytes), otherwise Windows-1251 (Cyrillic), the one legacy encoding these lists arrive in.
A file that is none of them is refused, naming the row, rather than read as mojibake: bytes that
are not UTF-8 in a file otherwise UTF-8 (one row pasted from another file), bytes a byte-order
mark's encoding cannot read, and a legacy file whose words, read as Windows-1251, mix Latin and
Cyrillic letters or hold symbols ("Gьlbahar" for a Windows-1252 "Gülbahar"; GB18030 Chinese):
an id read so would be written back to CLUSTERS.csv changed, and names compared as garbage.
The delimiter (comma, semicolon or tab) is the one that splits the header into the known
columns. Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from pathlib import Path

from guwah.errors import InputError, counted
from guwah.link.mentions import (
    Mention,
    gender_unread,
    is_bare_number,
    parse_age,
    parse_birth_years,
    parse_gender,
    parse_years,
)
from guwah.names.placeholders import is_placeholder

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
# ... and name cells that hold a placeholder, no name ("Unknown", "N/A", 不详: `guwah.names.is_placeholder`):
# such a row is linked to nothing by its name.
NO_NAMES = "placeholder names"
# What read_mentions does with a year cell that is no year ("7950" typed from a scan, "abc"):
# "refuse" the file, naming the cells (a typing error should be seen), or read the cell as
# "unknown", no year stated, keeping the row (a long scanned list, where a few cells in a hundred
# are misread and hand-editing them is no option); the caller is told which rows (`unknown_years_note`).
UNREADABLE_YEARS = ("refuse", "unknown")
YEAR_COLUMNS = ("birth_year", "detained_year")


LEGACY = "cp1251"
SAVE_AS_UTF8 = 'save it as UTF-8 ("CSV UTF-8" in a spreadsheet\'s Save As) and run this again'
# A word (letters, digits and signs between spaces and delimiters) with a Cyrillic letter.
_WORDS = re.compile(r"[^\s,;\"'()\[\]/|]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
# What Windows-1251 writes in words besides letters: quotes, dashes, the numero sign.
_LEGACY_SIGNS = frozenset("«»–—„“”‘’…№•\u00a0")


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file in one of the accepted encodings (see the module docstring), and the
    encoding it was read in ("utf-8", "utf-16…" or LEGACY).

    Raises:
        InputError: naming the row, when the bytes are not in the encoding their byte-order mark
            or zero bytes say, or are UTF-8 but for some rows (those rows named).
    """
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InputError("row 1: this is a workbook (Excel or OpenDocument), not CSV: save the sheet as CSV UTF-8 "
                         "and give that file", value=1)
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16's, which begins it
        return _strictly(data, "utf-32", "UTF-32 (as its byte-order mark says)"), "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        return _strictly(data[len(codecs.BOM_UTF8):], "utf-8", "UTF-8 (as its byte-order mark says)"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strictly(data, "utf-16", "UTF-16 (as its byte-order mark says)"), "utf-16"
    head = data[:200]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return _strictly(data, "utf-16-le", "UTF-16"), "utf-16-le"
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return _strictly(data, "utf-16-be", "UTF-16"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        read = data.decode("utf-8", errors="replace")
        unread = read.count("\ufffd")
        readable = sum(1 for char in read if ord(char) > 127) - unread
        if readable > unread:  # Windows-1251 text makes a valid UTF-8 character only by chance
            raise InputError(f"row {_row_at(data, error.start, 'utf-8')}: not UTF-8, as the rest of the file is "
                             "(a row pasted from a file in another encoding?): write that row again in UTF-8",
                             value=_row_at(data, error.start, "utf-8")) from None
    return data.decode(LEGACY, errors="replace"), LEGACY


def _strictly(data: bytes, encoding: str, said: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        row = _row_at(data, error.start, encoding)
        raise InputError(f"row {row}: cannot be read as {said}: {SAVE_AS_UTF8}", value=row) from None


def _row_at(data: bytes, offset: int, encoding: str) -> int:
    """The row (numbered as parse_mentions numbers them: the header is 1) that holds byte `offset`."""
    before = data[:offset].decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        records = sum(1 for _ in csv.reader(io.StringIO(before, newline="")))
    except csv.Error:
        records = before.count("\n") + 1
    return records + 1 if not before or before.endswith(("\n", "\r")) else records


def misread_word(word: str) -> bool:
    """Whether a word read as Windows-1251 is text of another encoding: Cyrillic letters beside
    Latin ones ("Gьlbahar", Windows-1252's ü) or beside symbols no Cyrillic word holds (GB18030's
    "°ўІјАґ")."""
    if not _CYRILLIC.search(word):
        return False
    return bool(_LATIN.search(word)) or any(
        ord(char) > 127 and char not in _LEGACY_SIGNS and unicodedata.category(char)[0] in "SPN"
        for char in word)


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


def read_mentions(path: Path, max_rows: int = MAX_ROWS, notes: Counter | None = None,
                  unreadable_years: str = "refuse", unknown_years: list[tuple[int, str]] | None = None,
                  ) -> list[Mention]:
    """Read a CSV of person mentions (columns as in docs/cli-json.md, `guwah link-records`).

    Args:
        path: the CSV file.
        max_rows: the most data rows accepted.
        notes: if given, counts of cells read in a way the user should be told of, by
            AGES_UNPLACED (an age in the birth_year column: see
            `mentions.parse_birth_years`), BARE_NUMBERS, and DEFUSED_IDS (mention ids that
            CLUSTERS.csv writes with an apostrophe first); counts only, never a cell's content.
        unreadable_years: one of UNREADABLE_YEARS: "refuse" (the default) refuses the file for
            year cells that are no year (see Raises); "unknown" reads each as no year stated and
            keeps its row.
        unknown_years: if given, (row, column) of each year cell read as no year under
            "unknown" is appended, in file order (`unknown_years_note` says them in one line).
    Returns:
        One Mention per data row, in file order.
    Raises:
        InputError: naming the row, for a duplicate mention_id (or two that would be written
            alike once defused: "=A1" and "'=A1"), a missing mention_id or name,
            a row with the wrong number of cells, or too many rows; under "refuse", for unreadable
            year cells, once, naming each (row and column, the first MAX_LISTED_CELLS, then a count);
            for an `unreadable_years` not in UNREADABLE_YEARS; or when
            the file cannot be read, is too large, or lacks the mention_id and name columns.
    """
    check_unreadable_years(unreadable_years)  # before the file is read: a bad choice costs nothing
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MiB", value=str(path))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", value=str(path)) from error
    text, encoding = decode(data)
    return parse_mentions(text, max_rows=max_rows, notes=notes, legacy=encoding == LEGACY,
                          unreadable_years=unreadable_years, unknown_years=unknown_years)


def check_unreadable_years(choice: str) -> None:
    """InputError in one line when `choice` is not one of UNREADABLE_YEARS."""
    if choice not in UNREADABLE_YEARS:
        raise InputError(f"unreadable years: choose {' or '.join(UNREADABLE_YEARS)}, not {str(choice)[:40]!r}",
                         value=str(choice)[:40])


def unknown_years_note(cells: list[tuple[int, str]]) -> str:
    """One line saying which year cells `read_mentions` read as no year under "unknown": a count
    per column and the first MAX_LISTED_CELLS rows (row numbers only, never a cell), e.g.
    "3 year cells hold no readable year (birth_year 2, detained_year 1): read as unknown, no year
    stated; rows 4, 9, 12". Empty for no cells."""
    if not cells:
        return ""
    per_column = Counter(column for _, column in cells)
    rows = list(dict.fromkeys(row for row, _ in cells))
    more = len(rows) - MAX_LISTED_CELLS
    return (f"{len(cells):,} year {'cell holds' if len(cells) == 1 else 'cells hold'} no readable year ("
            + ", ".join(f"{column} {per_column[column]:,}" for column in YEAR_COLUMNS if per_column[column])
            + f"): read as unknown, no year stated; row{'s' if len(rows) > 1 else ''} "
            + ", ".join(str(row) for row in rows[:MAX_LISTED_CELLS]) + (f" and {more:,} more" if more > 0 else ""))


def parse_mentions(text: str, max_rows: int = MAX_ROWS, notes: Counter | None = None,
                   legacy: bool = False, unreadable_years: str = "refuse",
                   unknown_years: list[tuple[int, str]] | None = None) -> list[Mention]:
    """Parse the decoded text of a mention spreadsheet (see read_mentions, which gives
    `unreadable_years` and `unknown_years`); `legacy`: the text was
    read as Windows-1251, and is refused when its words read so look like another encoding's
    (`misread_word`: more such words than Cyrillic words that are not), naming the first row."""
    check_unreadable_years(unreadable_years)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError("the file is empty: it needs a header row naming the columns mention_id and name, "
                         "and a row for each mention")
    first_line = text.split("\n", 1)[0]
    delimiter, header = sniff_header(first_line)
    index = {name: header.index(name) for name in COLUMNS if name in header}
    # strict: a quote left open would otherwise swallow every later row into one cell, unsaid.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    next(reader)
    mentions: list[Mention] = []
    seen: dict[str, tuple[int, str]] = {}
    unreadable: list[str] = []  # every year cell that is not a year: one refusal names them all
    cells: list[tuple[int, str]] = []  # the same cells' rows and columns
    ended = reader.line_num  # the line the last whole record ended on: a broken one starts after it
    misread, cyrillic, first_misread = 0, 0, 0  # words read as Windows-1251 (legacy only), see misread_word
    try:
        for row_number, row in enumerate(reader, start=2):
            ended = reader.line_num
            if not any(cell.strip() for cell in row):
                continue  # blank lines and rows of empty cells, as spreadsheets leave at the end
            if len(mentions) >= max_rows:
                raise InputError(f"row {row_number}: more than {max_rows:,} rows; split the file",
                                 value=row_number)
            mentions.append(parse_row(row, row_number, header, index, seen, notes, unreadable, cells))
            if legacy:
                for word in _WORDS.findall(" ".join(row[position] for position in index.values()
                                                    if position < len(row))):
                    if misread_word(word):
                        misread += 1
                        first_misread = first_misread or row_number
                    elif _CYRILLIC.search(word):
                        cyrillic += 1
    except csv.Error as error:
        raise InputError(f"row {ended + 1}: malformed CSV ({error})", value=ended + 1) from error
    if misread and misread >= cyrillic:
        raise InputError(f"row {first_misread}: the file is not UTF-8, and read as Windows-1251 (Cyrillic) its words "
                         "mix Latin and Cyrillic letters or hold symbols, as a file in another encoding does "
                         f"(Windows-1252, GB18030…): {SAVE_AS_UTF8}", value=first_misread)
    if unreadable and unreadable_years == "unknown":
        if unknown_years is not None:
            unknown_years.extend(cells)
    elif unreadable:
        more = len(unreadable) - MAX_LISTED_CELLS
        raise InputError("; ".join(unreadable[:MAX_LISTED_CELLS]) + (f"; and {more:,} more" if more > 0 else "")
                         + f" ({counted(len(unreadable), 'unreadable year cell')}: write a year, a range (1970-75, c. 1975) "
                         "or leave the cell empty, or keep those rows with no year: --unreadable-years unknown; "
                         "nothing was linked)", value=len(unreadable))
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
              unreadable: list[str] | None = None, cells: list[tuple[int, str]] | None = None) -> Mention:
    """One data row as a Mention; `seen` maps mention ids as CLUSTERS.csv writes them
    (`guwah.export.csv.defuse`) to the row that first gave them and its id as given, so that no two
    rows of the output have one id; `notes` as in read_mentions. A year cell that is not a year
    raises InputError, or, with `unreadable`, is appended to it ("row 7: birth_year is not a year,
    ...": row and column, never the cell) and read as no year, so that the caller refuses the file
    once for all of them or, asked to, keeps the rows; `cells` then gets (row, column)."""
    from guwah.export.csv import defuse

    if len(row) != len(header):
        raise InputError(f"row {row_number}: {counted(len(row), 'cell')} where the header has {len(header)}",
                         value=row_number)

    def cell(column: str) -> str | None:
        position = index.get(column)
        value = row[position].strip() if position is not None else ""
        if len(value) > MAX_CELL_CHARS:
            raise InputError(f"row {row_number}: {column} is longer than {MAX_CELL_CHARS} characters",
                             value=row_number)
        if any(unicodedata.category(char) == "Cc" and char not in "\t\n\r" for char in value):
            # A NUL or an escape is no part of a name or an id: a file cut or joined badly.
            raise InputError(f"row {row_number}: {column} holds a control character (a NUL byte, an escape or "
                             "similar): the file was damaged or is not a spreadsheet's CSV", value=row_number)
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
            if cells is not None:
                cells.append((row_number, column))
            years[column] = None
    if notes is not None and years["birth_year"] is None and cell("birth_year") is not None:
        if is_bare_number(cell("birth_year")):
            notes[BARE_NUMBERS] += 1
        elif parse_age(cell("birth_year")) is not None:
            notes[AGES_UNPLACED] += 1
    if notes is not None and is_placeholder(name):
        notes[NO_NAMES] += 1
    if notes is not None and gender_unread(cell("gender")):
        notes[GENDERS_UNREAD] += 1
    return Mention(mention_id=mention_id, name=name, gender=parse_gender(cell("gender")),
                   birth_year=years["birth_year"], hometown=cell("hometown"), facility=cell("facility"),
                   detained_year=years["detained_year"])
