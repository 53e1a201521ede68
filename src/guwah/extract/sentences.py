"""Split text into sentences and paragraphs with rules (no model): fast and predictable."""

from __future__ import annotations

import re
from bisect import bisect_right

from guwah.extract.document import Doc, Sentence

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "i.e", "e.g", "no", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "p.m", "a.m", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "gen", "col",
    "lt", "sgt", "jr", "sr", "ed", "cf", "approx", "fig", "т.е", "г", "гг", "см", "им", "ул",
}
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")
_PARAGRAPH = re.compile(r"\n\s*\n")
# A hard-wrapped line of prose (PDF or e-mail text wrapped at about 70 characters) goes on after
# its line break: a long line followed, in the same paragraph, by one that opens in lower case.
_WRAPPED_LINE = 40


def sentences_between(text: str, ends: list[int]) -> list[Sentence]:
    """The sentences that end at each offset of `ends` (ascending) and at the end of the text,
    trimmed of spaces, each with its paragraph number; a stretch of spaces gives none. Shared by
    this splitter and the Uyghur, Kazakh and Chinese one (`regional.split_sentences`)."""
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    sentences: list[Sentence] = []
    start = 0
    for end in [*ends, len(text)]:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(s, e, bisect_right(paragraph_starts, s) - 1))
        start = end
    return sentences


def split_sentences(doc: Doc) -> None:
    """Fill doc.sentences with trimmed sentence spans, each knowing its paragraph number."""
    text = doc.text
    ends: list[int] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group() == "\n" and _wrapped(text, match.start()):
            continue
        if match.group() != "\n":
            word = re.search(r"([\w.]+)[.!?…]+[\"'”’»)\]]*$", text[max(0, start, end - 12):end])
            if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS or len(word.group(1)) == 1 and word.group(1).isupper()):
                continue
            following = text[end:end + 3].lstrip()
            if following and following[0].islower():
                continue
        ends.append(end)
        start = end
    doc.sentences = sentences_between(text, ends)


# What opens a line that is a line of its own, never prose wrapped from the line before: a list's or
# a table's item ("- ", "2.", "(b)", "| "), a form's field ("Date of detention: …", «Фамилия: …»).
_OWN_LINE = re.compile(r"\s*(?:[-–—•*·▪|>#]|\(?\d{1,3}[.)](?!\d)|\(?[A-Za-z][.)]\s|[^\W\d][^\n:.!?]{0,40}:(?:\s|$))")
# The end of a sentence or of a field at a line's end: not a wrap, whatever the width.
_LINE_END = re.compile(r"[.!?…:;]+[\"'”’»)\]]*$")
# A text is hard-wrapped when at least this many of its lines wrap a sentence that goes on in lower case.
_WRAPS_SEEN = 3
_HAN = re.compile(r"[\u3400-\u9fff]")


def unwrap_lines(doc: Doc) -> None:
    """Join the lines of hard-wrapped prose (e-mail, forms filled on a typewriter, text copied from a
    PDF): each line break that only wraps (`wrap_breaks`) becomes a space, so that a sentence told
    over two lines ("Ablimit was\ndetained in May 2019", "a camp in\nYining County") is one sentence,
    read by the same rules as one written on one line. Offsets do not move (one character for one);
    a Chinese text (no spaces between words) is left as it is."""
    if doc.language == "zh":
        return
    breaks = wrap_breaks(doc.text)
    if breaks:
        chars = list(doc.text)
        for offset in breaks:
            chars[offset] = " "
        doc.text = "".join(chars)


def wrap_breaks(text: str) -> list[int]:
    """The offsets of the line breaks that only wrap prose: a long line (`_WRAPPED_LINE` characters
    or more) followed, in the same paragraph, by a line that opens in lower case; and, in a text with
    `_WRAPS_SEEN` such breaks or more (a text wrapped at a width: the longest line they end is taken
    for it), a line that does not end a sentence or a field and is so full that the next line's first
    word would not have fitted on it, followed by a line that is no item or field of its own
    (`_OWN_LINE`): "sent to a camp in\nYining County"."""
    lines = []  # (offset of the line break, stripped line)
    start = 0
    for line in text.split("\n"):
        lines.append((start + len(line), line.strip()))
        start += len(line) + 1
    pairs = [(newline, line, following) for (newline, line), (_n, following) in zip(lines, lines[1:], strict=False)
             if line and following and not _HAN.match(following) and not _HAN.match(line[-1])]
    breaks = [newline for newline, line, following in pairs if len(line) >= _WRAPPED_LINE and following[0].islower()]
    if len(breaks) >= _WRAPS_SEEN:
        width = max(len(line) for newline, line, following in pairs if newline in set(breaks))
        breaks += [newline for newline, line, following in pairs
                   if not following[0].islower() and not _LINE_END.search(line) and not _OWN_LINE.match(following)
                   and len(line) + 1 + len(following.split()[0]) > width]
    return sorted(breaks)


def _wrapped(text: str, newline: int) -> bool:
    """Whether the line break at `newline` only wraps prose: its line is long (`_WRAPPED_LINE`
    characters or more, not counting spaces at its ends) and the next line, in the same paragraph,
    opens with a lower-case letter ("… could learn\nwhere he was")."""
    line = text[text.rfind("\n", 0, newline) + 1:newline].strip()
    following = text[newline + 1:newline + 2]
    return len(line) >= _WRAPPED_LINE and following.islower()
