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


def _wrapped(text: str, newline: int) -> bool:
    """Whether the line break at `newline` only wraps prose: its line is long (`_WRAPPED_LINE`
    characters or more, not counting spaces at its ends) and the next line, in the same paragraph,
    opens with a lower-case letter ("… could learn\nwhere he was")."""
    line = text[text.rfind("\n", 0, newline) + 1:newline].strip()
    following = text[newline + 1:newline + 2]
    return len(line) >= _WRAPPED_LINE and following.islower()
