#!/usr/bin/env python3
"""Uyghur Latin (ULY) -> Uyghur Arabic script (UEY), written for held_out_v10.
Vowels at the start of a word or after another vowel get a hamza carrier (ئ); an apostrophe
separates letters that would otherwise form a digraph (n'g) and is dropped.
Usage: python3 uly2uey.py < in.uly > out.txt"""
import sys, unicodedata
DI = {"ch": "چ", "gh": "غ", "ng": "ڭ", "sh": "ش", "zh": "ژ"}
MONO = {"a": "ا", "e": "ە", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "x": "خ", "d": "د", "r": "ر", "z": "ز",
        "s": "س", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "o": "و",
        "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "w": "ۋ", "ë": "ې", "é": "ې", "i": "ى", "y": "ي"}
VOW = set("aeëéiouöü")
PUNCT = {",": "،", "?": "؟", ";": "؛"}
def conv(s):
    s = unicodedata.normalize("NFC", s)
    out = []; i = 0; prev_letter = None  # previous ULY letter in the current word (None at word start)
    low = s.lower()
    while i < len(s):
        c = low[i]
        if c == "'" and i > 0 and low[i-1].isalpha():
            i += 1; continue
        two = low[i:i+2]
        if two in DI:
            out.append(DI[two]); prev_letter = two; i += 2; continue
        if c in MONO:
            if c in VOW and (prev_letter is None or prev_letter in VOW or (i > 0 and low[i-1] == "'")):
                out.append("ئ")
            out.append(MONO[c]); prev_letter = c; i += 1; continue
        out.append(PUNCT.get(c, s[i])); prev_letter = None; i += 1
    return unicodedata.normalize("NFC", "".join(out))
if __name__ == "__main__":
    sys.stdout.write(conv(sys.stdin.read()))
