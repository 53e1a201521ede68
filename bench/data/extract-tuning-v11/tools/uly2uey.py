#!/usr/bin/env python3
"""Uyghur Latin (ULY) -> Uyghur Arabic script (UEY). Hand-written table, written for held_out_v11.
Digraphs ch gh ng sh zh; hamza carrier before a vowel at word start or after a vowel; "'" separates letters."""
import sys, unicodedata
DI = {'ch': 'چ', 'gh': 'غ', 'ng': 'ڭ', 'sh': 'ش', 'zh': 'ژ'}
SG = {'a': 'ا', 'e': 'ە', 'b': 'ب', 'p': 'پ', 't': 'ت', 'j': 'ج', 'x': 'خ', 'd': 'د', 'r': 'ر', 'z': 'ز',
      's': 'س', 'f': 'ف', 'q': 'ق', 'k': 'ك', 'g': 'گ', 'l': 'ل', 'm': 'م', 'n': 'ن', 'h': 'ھ', 'o': 'و',
      'u': 'ۇ', 'ö': 'ۆ', 'ü': 'ۈ', 'w': 'ۋ', 'é': 'ې', 'ë': 'ې', 'i': 'ى', 'y': 'ي'}
VOW = set('aeéëiouöü')
PUN = {',': '،', '?': '؟', ';': '؛'}
def conv(s):
    s = unicodedata.normalize('NFC', s)
    out = []; i = 0; prev = None  # prev: 'v' vowel, 'c' consonant, None boundary
    while i < len(s):
        ch = s[i]; lo = ch.lower()
        two = s[i:i+2].lower()
        if two in DI:
            out.append(DI[two]); prev = 'c'; i += 2; continue
        if lo in SG:
            if lo in VOW and prev in (None, 'v', 'sep'):
                out.append('ئ')
            out.append(SG[lo]); prev = 'v' if lo in VOW else 'c'; i += 1; continue
        if ch == "'":
            i += 1; prev = 'sep'; continue
        out.append(PUN.get(ch, ch)); prev = None; i += 1
    return unicodedata.normalize('NFC', ''.join(out))
if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    open(dst, 'w', encoding='utf-8', newline='\n').write(conv(open(src, encoding='utf-8').read()))
