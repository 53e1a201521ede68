#!/usr/bin/env python3
"""Uyghur Latin (ULY) -> Uyghur Arabic script (UEY), written for held_out_v9.
Digraphs ch gh ng sh zh; hamza (ئ) before a vowel at word start or after another vowel;
',' -> '،', '?' -> '؟', ';' -> '؛'. Digits, '-', '.', quotes and spaces are kept.
Usage: python3 uly2uey.py < in.uly > out.txt"""
import sys, unicodedata
DI = {'ch': 'چ', 'gh': 'غ', 'ng': 'ڭ', 'sh': 'ش', 'zh': 'ژ'}
SI = {'a': 'ا', 'e': 'ە', 'b': 'ب', 'p': 'پ', 't': 'ت', 'j': 'ج', 'x': 'خ', 'd': 'د', 'r': 'ر', 'z': 'ز',
      's': 'س', 'f': 'ف', 'q': 'ق', 'k': 'ك', 'g': 'گ', 'l': 'ل', 'm': 'م', 'n': 'ن', 'h': 'ھ', 'o': 'و',
      'u': 'ۇ', 'ö': 'ۆ', 'ü': 'ۈ', 'w': 'ۋ', 'é': 'ې', 'i': 'ى', 'y': 'ي', 'v': 'ۋ'}
VOW = set('aeouöüéi')
PUNCT = {',': '،', '?': '؟', ';': '؛'}

def conv(s):
    s = unicodedata.normalize('NFC', s)
    out = []
    i = 0
    prev_letter = None  # last ULY letter in the current word, None at word start
    while i < len(s):
        c = s[i].lower()
        two = s[i:i+2].lower()
        if two in DI:
            out.append(DI[two]); prev_letter = two; i += 2; continue
        if c == "'":
            i += 1; continue
        if c in SI:
            if c in VOW and (prev_letter is None or prev_letter in VOW):
                out.append('ئ')
            out.append(SI[c]); prev_letter = c; i += 1; continue
        out.append(PUNCT.get(s[i], s[i]))
        prev_letter = None
        i += 1
    return unicodedata.normalize('NFC', ''.join(out))

if __name__ == '__main__':
    sys.stdout.write(conv(sys.stdin.read()))
