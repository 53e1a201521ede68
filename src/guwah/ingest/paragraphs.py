"""A PDF's wrapped lines joined into the paragraphs they are, its running headers and footers set apart.

A PDF holds positioned lines, not paragraphs: read line by line, "my brother Ablikim\\nTursun" is a
name cut in two and "deten-\\ntion" two pieces of a word. pypdf reads the lines (its plain mode, which
also puts right-to-left text in reading order) and, in its layout mode, where each line stands: how
far it is indented, how far it reaches, and a blank line where the vertical gap is a paragraph's.
Those measures decide here which line breaks are a paragraph's end; everything else is joined.

pypdf has no paragraph analysis of its own (pdfminer's LAParams would be one, at the cost of a
second PDF parser), so the rules below are written by hand, each the typesetter's convention it
reads: a wrapped line fills the measure, a paragraph's last line need not; a new paragraph or a
list item starts indented, after a gap, or with a marker.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

# A line ending a sentence and reaching less than this share of the page's widest line ends its
# paragraph; a line ending otherwise (a heading, a label) only when it reaches less than _HEADING's:
# ragged-right lines fall short of the measure by up to a long word, and a sentence wrongly joined to
# the next paragraph is read as it was written, a name cut in two is not.
_SHORT = 0.8
_HEADING = 0.6
_SENTENCE_END = re.compile(r"[.!?:;…。！？：；؟۔\u0964][\"'»”’)\]]*$")
# A measure narrower than this many columns holds a list (of names, of dates), not wrapped lines:
# joining "Aynur Memet" to the "Nurmemet Hapiz" under it would make two persons one.
_MIN_MEASURE = 25
# A gap of this many columns inside a layout line sets cells apart: a table's row, never joined.
_CELL_GAP = re.compile(r"\S {4,}\S")
# Two columns: how many rows at least have text on both sides of the gutter.
_MIN_COLUMN_ROWS = 2
# Columns of extra indentation (in pypdf's layout rendering) that start a paragraph.
_INDENT = 2
# A list item's marker: a bullet or dash, "1." "1)" "(1)", "a)" "(a)"; not "A." (an initial: "A. Tursun").
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·▪◦*]\s|\(?\d{1,3}[.)]\s|\(?[a-zа-я]\)\s)")
# A bare page number, alone or as "page 4", "стр. 4", "4 / 12", "- 4 -", "第4页" (not a year alone).
_PAGE_NUMBER = re.compile(r"^[\s\-–—]*(?:(?:page|p\.|стр\.?|страница|бет|第)\s*)?\d{1,3}"
                          r"(?:\s*(?:/|of|из)\s*\d{1,3})?\s*(?:页)?[\s\-–—]*$", re.I)
# Lowercase heads that form compounds with a hyphen ("re-education", "self-criticism"): kept.
_COMPOUND_HEADS = frozenset("anti co counter ex half non post pre re self semi so vice well".split())
# Russian particles joined by a hyphen ("кто-то", "где-нибудь"): kept.
_PARTICLES = frozenset("то либо нибудь таки ка".split())
_HYPHENS = "-\u2010"


@dataclass(eq=False)  # lines are told apart by identity: two lines may read the same
class Line:
    """One line of a page: its text (plain mode) and, when pypdf's layout rendering could be matched
    to it, its indentation, its reach (in layout columns), and whether a blank line came before it."""

    text: str
    indent: int | None = None
    reach: int | None = None
    gap_before: bool = False
    furniture: bool = False
    tabular: bool = False


def _columns(text: str) -> int:
    """How many layout columns `text` takes: a wide (CJK) character two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def page_lines(plain: str, layout: str | None) -> list[Line]:
    """The non-blank lines of one page's plain text, measured from its layout text when both hold
    the same lines (the same characters line by line; two columns side by side are first set one
    after the other, `_in_columns`). Right-to-left lines come out reversed in layout mode (the
    characters still match); a page whose lines do not match is joined unmeasured."""
    lines: list[str] = []
    unmeasured: list[Line] = []  # a blank line of the plain text, where there is one, is a gap too
    previous_row = ""
    for row in plain.split("\n"):
        if row.strip():
            lines.append(row.strip())
            unmeasured.append(Line(row.strip(), gap_before=bool(unmeasured) and not previous_row.strip()))
        previous_row = row
    if layout is None:
        return unmeasured
    rows = layout.split("\n")
    for runs in ([rows], _in_columns(rows)):
        if runs is None:
            continue
        laid = [entry for run in runs for entry in _laid(run)]
        if len(laid) == len(lines) and all(sorted(row.replace(" ", "")) == sorted(text.replace(" ", ""))
                                           for (row, _, _), text in zip(laid, lines, strict=True)):
            return [Line(text, indent=indent, reach=indent + _columns(row), gap_before=gap,
                         tabular=bool(_CELL_GAP.search(row)))
                    for (row, indent, gap), text in zip(laid, lines, strict=True)]
    return unmeasured


def _laid(rows: list[str]) -> list[tuple[str, int, bool]]:
    """The non-blank rows of a run of layout rows: (the row stripped, its indentation from the run's
    own margin, whether a blank row came before it in the run)."""
    margin = min((len(row) - len(row.lstrip()) for row in rows if row.strip()), default=0)
    out: list[tuple[str, int, bool]] = []
    blank = False
    for row in rows:
        if row.strip():
            out.append((row.strip(), len(row) - len(row.lstrip()) - margin, blank))
            blank = False
        else:
            blank = bool(out)
    return out


def _in_columns(rows: list[str]) -> list[list[str]] | None:
    """A page's layout rows set in two columns side by side (a gutter of at least 3 blank columns in
    the middle half of the page, which at least _MIN_COLUMN_ROWS rows have text on both sides of) as
    runs in reading order: the rows across the page above the columns, the left column, the right
    one, the rows across below. Only a page's first and last two rows may cross the gutter, in one piece
    (a centred title, header or page number). None for a page in one column."""
    width = max((len(row) for row in rows), default=0)
    written = [index for index, row in enumerate(rows) if row.strip()]
    if len(written) < 2 * _MIN_COLUMN_ROWS:
        return None
    edges = set(written[:2] + written[-2:])
    filled = [False] * width
    for index, row in enumerate(rows):
        if index not in edges or _CELL_GAP.search(row.strip()):  # an edge row in one piece may cross
            for column, char in enumerate(row):
                filled[column] = filled[column] or char != " "
    gutter: tuple[int, int] | None = None
    start = None
    for column in range(width // 4, 3 * width // 4 + 1):
        if column < 3 * width // 4 and not filled[column]:
            start = column if start is None else start
        elif start is not None:
            if column - start >= 3 and (gutter is None or column - start > gutter[1] - gutter[0]):
                gutter = (start, column)
            start = None
    if gutter is None:
        return None
    left, right = gutter
    if sum(bool(row[:left].strip() and row[right:].strip()) for row in rows) < _MIN_COLUMN_ROWS:
        return None
    crossing = [index for index in edges if rows[index][left:right].strip()]
    top = max((index for index in crossing if index <= written[1]), default=-1) + 1
    bottom = min((index for index in crossing if index >= written[-2]), default=len(rows))
    middle = rows[top:bottom]
    return [rows[:top], [row[:left] for row in middle], [row[right:] for row in middle], rows[bottom:]]


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def mark_furniture(pages: list[list[Line]]) -> None:
    """Mark running headers and footers: a page's first or last two lines that are a bare page
    number, or that recur (digits aside) at the top or bottom of another page."""
    edges = [page[:2] + page[-2:] if len(page) > 1 else [] for page in pages]
    seen = Counter(shape for edge in edges for shape in {_shape(line.text) for line in edge})
    for page, edge in zip(pages, edges, strict=True):
        ends = [page[0], page[-1]] if edge else []
        for line in edge:
            if (seen[_shape(line.text)] > 1 and len(pages) > 1) or (line in ends and _PAGE_NUMBER.match(line.text)):
                line.furniture = True
        # Only lines at the edge: the second line is furniture only under furniture.
        if len(page) > 2 and page[1].furniture and not page[0].furniture:
            page[1].furniture = False
        if len(page) > 2 and page[-2].furniture and not page[-1].furniture:
            page[-2].furniture = False


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _breaks(before: Line, after: Line, widest_chars: int, widest_reach: int | None, margin: int | None) -> bool:
    """Whether the break between two body lines is a paragraph's (else it is a wrap)."""
    if after.gap_before or _LIST_ITEM.match(after.text) or before.tabular or after.tabular:
        return True
    if (widest_reach or widest_chars) < _MIN_MEASURE:
        return True
    if after.indent is not None and margin is not None and after.indent >= margin + _INDENT and (
            before.indent is None or after.indent > before.indent):
        return True
    short = _SHORT if _SENTENCE_END.search(before.text) else _HEADING
    if before.reach is not None and widest_reach:
        return before.reach < short * widest_reach
    return _columns(before.text) < short * widest_chars


def _joined(head: str, tail: str, words: set[str]) -> str:
    """Two wrapped lines as one: a space between, none between wide (CJK) characters; a hyphen at the
    line's end dropped when the halves make one word, kept (no space) when they may be a compound."""
    if head.endswith("\u00ad"):  # a soft hyphen is only ever a break
        return head[:-1] + tail
    if head[-1:] in _HYPHENS and len(head) > 1 and head[-2].isalpha() and tail[:1].isalpha():
        first = re.search(r"\w+$", head[:-1])
        second = re.match(r"\w+", tail)
        first_word, second_word = (first.group() if first else ""), (second.group() if second else "")
        # Without a dictionary: a word broken before lowercase letters ("deten-tion", "Tur-sun") is a
        # typesetter's hyphenation, unless its head is a compound's ("re-education") or the document
        # writes it hyphenated elsewhere; a capital after the hyphen (a name: "Abdu-Salam"), a script
        # without case (Arabic, whose hyphens join a number's suffix) or a digit: the hyphen is kept.
        whole = (first_word + second_word).lower()
        if ((first_word.islower() or first_word.istitle()) and second_word.islower()
                and first_word.lower() not in _COMPOUND_HEADS
                and second_word not in _PARTICLES and f"{first_word}-{second_word}".lower() not in words) \
                or whole in words:
            return head[:-1] + tail
        return head + tail
    if _wide(head[-1]) or _wide(tail[0]):
        return head + tail
    return head + " " + tail


def join_pages(pages: list[list[Line]]) -> str:
    """The text of a PDF's pages: wrapped lines joined into paragraphs (one line each), across page
    breaks too; paragraph breaks kept ("\\n", and "\\n\\n" after a gap or at a page break), and running
    headers, footers and page numbers each a paragraph of their own, after the paragraph they stood in."""
    mark_furniture(pages)
    words = {word.lower() for page in pages for line in page
             for word in re.findall(r"\w+(?:[-\u2010]\w+)?", line.text)}
    items: list[str] = []
    pending: list[str] = []  # furniture met inside a paragraph, placed after it
    paragraph: str | None = None
    before = ""  # the separator before the paragraph

    def emit(separator: str, text: str) -> None:
        items.append((separator if items else "") + text)

    previous: tuple[Line, int, int | None] | None = None  # the last body line, its page's widest
    for page in pages:
        body = [line for line in page if not line.furniture]
        widest_chars = max((_columns(line.text) for line in body), default=0)
        reaches = [line.reach for line in body if line.reach is not None]
        widest_reach = max(reaches) if body and len(reaches) == len(body) else None
        indents = [line.indent for line in body if line.indent is not None]
        margin = min(indents) if indents else None
        if not page:  # a page without text (a scan) stands between: nothing joins across it
            previous = None
        first = True
        for line in page:
            if line.furniture:
                if paragraph is None:
                    emit("\n\n", line.text)
                else:
                    pending.append(line.text)
                continue
            if paragraph is None:
                paragraph, before = line.text, "\n\n"
            elif previous is None:
                emit(before, paragraph)
                for furniture in pending:
                    emit("\n\n", furniture)
                pending.clear()
                paragraph, before = line.text, "\n\n"
            else:
                last, chars, reach = previous
                # Across a page break the line after is not measured against the page before, and a
                # sentence ending at the foot of a page ends its paragraph (no measure says otherwise).
                after = Line(line.text) if first else line
                if not (first and _SENTENCE_END.search(last.text)) and not _breaks(
                        last, after, chars, reach, None if first else margin):
                    paragraph = _joined(paragraph, line.text, words)
                else:
                    emit(before, paragraph)
                    for furniture in pending:
                        emit("\n\n", furniture)
                    paragraph = line.text
                    before = "\n\n" if first or line.gap_before or pending else "\n"
                    pending.clear()
            previous = (line, widest_chars, widest_reach)
            first = False
    if paragraph is not None:
        emit(before, paragraph)
    for furniture in pending:
        emit("\n\n", furniture)
    return "".join(items)
