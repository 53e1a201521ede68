"""Transliteration habits for generator O, written by hand (ULY Latin is the source form).

ULY -> Uyghur Arabic, Russian Cyrillic, Kazakh Cyrillic, Turkish Latin, ad-hoc English Latin;
Chinese characters -> pinyin (pypinyin); pinyin -> a volunteer's rough Uyghur Latin.
"""

import re

from pypinyin import lazy_pinyin

_DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")


def tokens(word):
    """Split a ULY word into letters, digraphs kept whole."""
    out, i, w = [], 0, word.lower()
    while i < len(w):
        if w[i:i + 2] in _DIGRAPHS and not (w[i:i + 2] == "ng" and i + 2 < len(w) and w[i + 2] in "aeiouéöü"):
            out.append(w[i:i + 2])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


_AR = {"a": "ا", "e": "ە", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د",
       "r": "ر", "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك",
       "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "o": "و", "u": "ۇ", "ö": "ۆ",
       "ü": "ۈ", "w": "ۋ", "é": "ې", "i": "ى", "y": "ي", "'": ""}
_VOWELS = set("aeiouéöü")


def to_arabic(text):
    words = []
    for word in text.split():
        out = []
        for i, t in enumerate(tokens(word)):
            if t in _VOWELS and (i == 0 or out and out[-1] in (_AR[v] for v in _VOWELS)):
                out.append("ئ")
            out.append(_AR.get(t, t))
        words.append("".join(out))
    return " ".join(words)


_RU = {"a": "а", "e": "е", "é": "е", "b": "б", "p": "п", "t": "т", "j": "дж", "ch": "ч", "x": "х",
       "d": "д", "r": "р", "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "г", "f": "ф", "q": "к",
       "k": "к", "g": "г", "ng": "нг", "l": "л", "m": "м", "n": "н", "h": "х", "o": "о", "u": "у",
       "ö": "ё", "ü": "ю", "w": "в", "i": "и", "y": "й", "'": ""}
_KK = dict(_RU, q="қ", gh="ғ", ng="ң", ö="ө", ü="ү", h="һ", j="ж", e="е", i="і")


def _cyr(text, table):
    words = []
    for word in text.split():
        toks = tokens(word)
        out, i = [], 0
        while i < len(toks):
            t = toks[i]
            if t == "y" and i + 1 < len(toks) and toks[i + 1] in ("a", "u"):
                out.append("я" if toks[i + 1] == "a" else "ю")
                i += 2
                continue
            if t == "e" and i == 0 and table is _RU:
                out.append("э")
            else:
                out.append(table.get(t, t))
            i += 1
        s = "".join(out)
        words.append(s[:1].upper() + s[1:])
    return " ".join(words)


def to_russian(text):
    return _cyr(text, _RU)


def to_kazakh(text):
    return _cyr(text, _KK)


_TR_NAMES = {"muhemmed": "Muhammed", "ehmet": "Ahmet", "hüsen": "Hüseyin", "yusup": "Yusuf",
             "ismail": "İsmail", "abdurehim": "Abdurrahim", "abdukerim": "Abdulkerim", "hesen": "Hasan",
             "meryem": "Meryem", "qurban": "Kurban", "omer": "Ömer", "ibrahim": "İbrahim",
             "abdulla": "Abdullah", "yaqup": "Yakup", "rehim": "Rahim", "kerim": "Kerim"}
_TR = {"ch": "ç", "sh": "ş", "j": "c", "x": "h", "q": "k", "gh": "ğ", "w": "v", "é": "e", "zh": "j", "ng": "ng"}


def to_turkish(text):
    words = []
    for word in text.split():
        key = word.lower()
        if key in _TR_NAMES:
            words.append(_TR_NAMES[key])
            continue
        s = "".join(_TR.get(t, t) for t in tokens(word))
        words.append(s[:1].upper() + s[1:])
    return " ".join(words)


def to_english(text, habit):
    """Ad-hoc English Latin; habit is a dict of a writer's choices (e_as_a, w_as_v, x_as)."""
    table = {"x": habit["x_as"], "q": "k", "gh": "g" if habit["gh_as_g"] else "gh", "é": "e",
             "ü": "u", "ö": "o", "w": "v" if habit["w_as_v"] else "w", "'": ""}
    words = []
    for word in text.split():
        out = []
        for t in tokens(word):
            if t == "e" and habit["e_as_a"]:
                out.append("a")
            else:
                out.append(table.get(t, t))
        s = "".join(out)
        words.append(s[:1].upper() + s[1:])
    return " ".join(words)


_PINYIN_CACHE = {}


def pinyin_syllables(han):
    got = _PINYIN_CACHE.get(han)
    if got is None:
        got = [s for s in lazy_pinyin(han, errors="ignore") if s.strip()]
        _PINYIN_CACHE[han] = got
    return got


def pinyin_back_to_latin(syllables):
    """A volunteer who does not recognise a name reads the pinyin into rough Uyghur Latin."""
    s = "".join(syllables)
    for a, b in (("ai", "ey"), ("xi", "shi"), ("x", "sh"), ("qi", "chi"), ("q", "ch"), ("ei", "ey"),
                 ("ao", "aw"), ("ou", "u"), ("yi", "i"), ("zh", "j"), ("uo", "o"), ("er", "r")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:1].upper() + s[1:]
