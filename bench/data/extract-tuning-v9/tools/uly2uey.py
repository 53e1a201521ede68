"""Uyghur Latin (ULY) -> Uyghur Arabic script (UEY). Written by hand for tuning_v9."""
import re, sys
DI = {"ch": "چ", "gh": "غ", "ng": "ڭ", "sh": "ش", "zh": "ژ"}
SI = {"b": "ب", "p": "پ", "t": "ت", "j": "ج", "x": "خ", "d": "د", "r": "ر", "z": "ز", "s": "س",
      "f": "ف", "q": "ق", "k": "ك", "g": "گ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي"}
VO = {"a": "ا", "e": "ە", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "ë": "ې", "é": "ې", "i": "ى"}
PUNCT = {",": "،", "?": "؟", ";": "؛"}

def word(w):
    out, i, prev_vowel = [], 0, False
    lw = w.lower()
    while i < len(lw):
        c = lw[i]
        if c == "'":
            i += 1; prev_vowel = False; continue
        two = lw[i:i+2]
        if two in DI:
            out.append(DI[two]); i += 2; prev_vowel = False; continue
        if c in VO:
            if i == 0 or prev_vowel or (i > 0 and lw[i-1] == "'"):
                out.append("ئ")
            out.append(VO[c]); prev_vowel = True; i += 1; continue
        if c in SI:
            out.append(SI[c]); prev_vowel = False; i += 1; continue
        out.append(PUNCT.get(c, c)); prev_vowel = False; i += 1
    return "".join(out)

def convert(text):
    return re.sub(r"[A-Za-zëéöüÖÜËÉ']+", lambda m: word(m.group(0)), text).translate(str.maketrans(PUNCT))

if __name__ == "__main__":
    print(convert(sys.stdin.read()), end="")
