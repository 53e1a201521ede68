#!/usr/bin/env python3
"""Uyghur Latin (ULY) -> Uyghur Arabic script (UEY). Written anew for tuning_v12.
Digraphs ch gh ng sh zh; hamza carrier before a vowel at word start or after a vowel;
' separates letters (n'g); Arabic comma, semicolon, question mark."""
import sys, unicodedata
DI = {"ch": "چ", "gh": "غ", "ng": "ڭ", "sh": "ش", "zh": "ژ"}
SI = {"a": "ا", "e": "ە", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "x": "خ", "d": "د", "r": "ر",
      "z": "ز", "s": "س", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "l": "ل", "m": "م", "n": "ن",
      "h": "ھ", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "w": "ۋ", "ë": "ې", "é": "ې", "i": "ى", "y": "ي"}
VOW = set("aeëéioöuü")
PUN = {",": "،", ";": "؛", "?": "؟"}

def convert(s):
    s = unicodedata.normalize("NFC", s)
    out, i, prev = [], 0, None   # prev: 'v' vowel, 'c' consonant, None word boundary
    low = s.lower()
    while i < len(s):
        c = low[i]
        if c == "'":
            prev = None; i += 1; continue   # separator; a following vowel gets the hamza carrier
        two = low[i:i + 2]
        if two in DI:
            out.append(DI[two]); prev = "c"; i += 2; continue
        if c in SI:
            if c in VOW:
                if prev in (None, "v"):
                    out.append("ئ")
                prev = "v"
            else:
                prev = "c"
            out.append(SI[c]); i += 1; continue
        out.append(PUN.get(c, c)); prev = None; i += 1
    return unicodedata.normalize("NFC", "".join(out))

if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    t = open(src, encoding="utf-8").read()
    open(dst, "w", encoding="utf-8", newline="\n").write(convert(t))
