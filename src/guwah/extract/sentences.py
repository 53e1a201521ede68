"""Split text into sentences and paragraphs with rules (no model): fast and predictable."""

from __future__ import annotations

import re

from guwah.extract.document import Doc, Sentence

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "i.e", "e.g", "no", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "p.m", "a.m", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "gen", "col",
    "lt", "sgt", "jr", "sr", "ed", "cf", "approx", "fig", "т.е", "г", "гг", "см", "им", "ул",
}
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")
_PARAGRAPH = re.compile(r"\n\s*\n")


def split_sentences(doc: Doc) -> None:
    """Fill doc.sentences with trimmed sentence spans, each knowing its paragraph number."""
    text = doc.text
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    paragraph = 0
    start = 0
    sentences: list[Sentence] = []

    def close(end: int) -> None:
        nonlocal paragraph
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            while paragraph + 1 < len(paragraph_starts) and paragraph_starts[paragraph + 1] <= s:
                paragraph += 1
            sentences.append(Sentence(s, e, paragraph))

    for match in _END.finditer(text):
        end = match.end()
        if match.group() != "\n":
            word = re.search(r"([\w.]+)[.!?…]+[\"'”’»)\]]*$", text[max(0, start, end - 12):end])
            if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS or len(word.group(1)) == 1 and word.group(1).isupper()):
                continue
            following = text[end:end + 3].lstrip()
            if following and following[0].islower():
                continue
        close(end)
        start = end
    close(len(text))
    doc.sentences = sentences
