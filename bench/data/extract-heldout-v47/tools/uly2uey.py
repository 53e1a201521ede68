#!/usr/bin/env python3
"""Uyghur Latin (ULY) -> Uyghur Arabic script (UEY), small hand-written table.

Written from scratch for held_out_v7 (the v6 tools folder named in the brief was not present in the
repository). Rules: digraphs ch gh ng sh zh; an apostrophe separates letters (n'g) or marks a hamza before
a vowel (sa'et); a vowel at the start of a word or after another vowel takes the hamza carrier ئ;
Latin comma/semicolon/question mark become Arabic ones; digits, hyphens and other punctuation stay.
Usage: python3 uly2uey.py IN.uly OUT.txt   (or import conv)
"""
import sys
import unicodedata

CONS = {
    "ch": "\u0686", "gh": "\u063A", "ng": "\u06AD", "sh": "\u0634", "zh": "\u0698",
    "b": "\u0628", "p": "\u067E", "t": "\u062A", "j": "\u062C", "x": "\u062E", "d": "\u062F",
    "r": "\u0631", "z": "\u0632", "s": "\u0633", "f": "\u0641", "q": "\u0642", "k": "\u0643",
    "g": "\u06AF", "l": "\u0644", "m": "\u0645", "n": "\u0646", "h": "\u06BE", "w": "\u06CB",
    "y": "\u064A", "v": "\u06CB",
}
VOW = {
    "a": "\u0627", "e": "\u06D5", "o": "\u0648", "u": "\u06C7", "ö": "\u06C6", "ü": "\u06C8",
    "é": "\u06D0", "i": "\u0649",
}
HAMZA = "\u0626"
PUNCT = {",": "\u060C", ";": "\u061B", "?": "\u061F"}


def conv(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    out = []
    i = 0
    low = s.lower()
    prev_letter = None  # 'v' vowel, 'c' consonant, None = word start
    while i < len(low):
        c = low[i]
        two = low[i:i + 2]
        if c == "'":
            # separator; before a vowel inside a word it forces a hamza
            if i + 1 < len(low) and low[i + 1] in VOW and prev_letter is not None:
                prev_letter = "v"  # so that the next vowel gets ئ
            i += 1
            continue
        if two in CONS:
            out.append(CONS[two]); prev_letter = "c"; i += 2; continue
        if c in CONS:
            out.append(CONS[c]); prev_letter = "c"; i += 1; continue
        if c in VOW:
            if prev_letter in (None, "v"):
                out.append(HAMZA)
            out.append(VOW[c]); prev_letter = "v"; i += 1; continue
        out.append(PUNCT.get(c, c))
        prev_letter = None
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        t = f.read()
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        f.write(conv(t))
