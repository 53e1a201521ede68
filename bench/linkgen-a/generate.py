#!/usr/bin/env python3
"""Held-out synthetic person-mention generator for record-linkage tests.

python3 generate.py --records N --seed S --out DIR
  -> DIR/mentions.csv  (mention_id,name,gender,birth_year,hometown,facility,detained_year)
  -> DIR/truth.csv     (mention_id,person_id)

Standard library only, deterministic for a given --seed.  Streams persons and
mentions to bucket files and shuffles bucket by bucket, so memory stays small
even at 1,000,000 records.  See README.md for the model and its rates.
Never tune a linker on this generator; measurement only.
"""
import argparse
import bisect
import csv
import functools
import os
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicon as L  # noqa: E402

# The facilities file of ../shared beside the repository (CC BY 4.0, BuzzFeed News); --facilities overrides.
DEFAULT_FACILITIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'data', 'facilities',
                       '210720_all_locations_BFN.csv')

# ============================================================================
# Rates (all in one place; README.md documents them)
# ============================================================================
ETHNICITY = [("uy", 74), ("kz", 17), ("ky", 3), ("hui", 4), ("han", 2)]
FAMILY_GROUP_RATE = 0.35          # share of groups that are families of 2-6 persons
DIASPORA_RATE = {"uy": 0.05, "kz": 0.25, "ky": 0.15, "hui": 0.01, "han": 0.01}
MENTIONS_ALPHA = 2.2              # P(k mentions) ~ k^-alpha, k >= 1
MENTIONS_CAP_MAX = 150            # cap = min(150, max(10, N // 200))

STYLE_WEIGHTS = {
    # uly: Uyghur Latin; en: English press; tr: Turkish; ru: Russian Cyrillic;
    # kk: Kazakh/Kyrgyz/Uyghur Cyrillic; kklat: Kazakh Latin; ug: Uyghur Arabic;
    # zh: Chinese characters; py: pinyin read-back of Chinese; fr: French-mediated
    "uy": {"uly": 24, "en": 28, "tr": 8, "ru": 5, "kk": 3, "ug": 9, "zh": 8, "py": 6, "fr": 2, "kklat": 2},
    "kz": {"en": 28, "kklat": 14, "kk": 14, "ru": 16, "zh": 8, "py": 6, "uly": 5, "ug": 3, "tr": 3, "fr": 3},
    "ky": {"en": 30, "ru": 20, "kk": 14, "kklat": 8, "zh": 10, "py": 8, "uly": 5, "ug": 3, "tr": 2},
    "hui": {"en": 40, "zh": 25, "ru": 10, "uly": 6, "ug": 4, "tr": 5, "fr": 3, "py": 7},
    "han": {"en": 45, "zh": 30, "ru": 10, "uly": 5, "ug": 3, "tr": 4, "fr": 3},
}
LATIN_STYLES = {"uly", "en", "tr", "kklat", "py", "fr"}

R_GIVEN_ONLY = 0.07        # name is the given name alone (Turkic persons; Han 0.02)
R_THREE_PART = 0.02        # given + father + grandfather
R_JAN = 0.03               # Uyghur diminutive -jan added to the given name
R_SWAP = 0.05              # surname first, marked (UPPER-CASE surname or "Surname, Given")
R_HAN_WESTERN = 0.12       # Han/Hui in Latin: given name first
R_ALLCAPS = 0.04           # whole name upper case (passport style), Latin styles
R_TITLE = 0.02             # Dr./Mr./Ms./Haji/Molla prefix
R_TYPO = {"latin": 0.04, "cyr": 0.02, "ar": 0.015, "zh": 0.02}
R_RU_CASE = 0.25           # Russian mention keeps a case ending (gen/dat/acc/ins)
R_KK_CASE = 0.20           # Kazakh mention keeps a case suffix on the last word
R_RU_OV_UY = 0.30          # Uyghur surname russified with -ов/-ова in Russian sources
R_EN_ALT = 0.30            # English press uses a conventional English form (Mehmet, Muhammad)
R_ZH_NODOT = 0.10          # Chinese transcription written without the middle dot
R_PY_JOINED = 0.10         # pinyin read-back with given and surname run together

R_MISSING = {"gender": 0.30, "birth_year": 0.45, "hometown": 0.25, "facility": 0.50, "detained_year": 0.35}
R_GENDER_WRONG = 0.01
R_HOME_WRONG = 0.02        # another county of the same prefecture
BIRTH_FORMS = [("exact", 68), ("off1", 12), ("circa", 8), ("decade", 4), ("range", 5), ("query", 2), ("cjk", 1)]
DETAIN_FORMS = [("exact", 80), ("off1", 12), ("range", 5), ("query", 3)]
HOME_LEVEL = [("county", 55), ("pref", 25), ("county_pref", 10), ("region", 5), ("residence", 5)]
R_RESIDENCE_IF_DIASPORA = 0.40
R_FACILITY_VAGUE = 0.06


def wchoice(r, pairs_cum):
    items, cum = pairs_cum
    return items[bisect.bisect(cum, r.random() * cum[-1])]


def mk(pairs):
    items, cum, t = [], [], 0.0
    for k, w in pairs:
        if w <= 0:
            continue
        t += w
        items.append(k)
        cum.append(t)
    return items, cum


# ============================================================================
# Lexicon parsing
# ============================================================================
class Tok:
    __slots__ = ("kind", "canon", "zh", "en", "gender")

    def __init__(self, kind, canon, zh, en, gender):
        self.kind, self.canon, self.zh, self.en, self.gender = kind, canon, zh, en, gender


def parse_names(text, kind, gender):
    out = []
    for line in text.strip().splitlines():
        f = line.split("|")
        zh = [z for z in f[2].split("/") if z] if len(f) > 2 else []
        en = [e for e in f[3].split(",") if e] if len(f) > 3 else []
        out.append((Tok(kind, f[0], zh, en, gender), float(f[1])))
    return mk(out)


NAMES = {
    ("uy", "M"): parse_names(L.UY_MALE, "uy", "M"), ("uy", "F"): parse_names(L.UY_FEMALE, "uy", "F"),
    ("kz", "M"): parse_names(L.KZ_MALE, "kz", "M"), ("kz", "F"): parse_names(L.KZ_FEMALE, "kz", "F"),
    ("ky", "M"): parse_names(L.KY_MALE, "ky", "M"), ("ky", "F"): parse_names(L.KY_FEMALE, "ky", "F"),
}
_sur = [l.split("|") for l in L.CN_SURNAMES.strip().splitlines()]
CN_SUR = {"han": mk([(s[0], float(s[1])) for s in _sur]), "hui": mk([(s[0], float(s[2])) for s in _sur])}
_giv = [l.split("|") for l in L.CN_GIVEN.strip().splitlines()]
CN_GIV = {g: mk([(s[0], float(s[2])) for s in _giv if s[1] == g]) for g in "MF"}


class Place:
    __slots__ = ("key", "pref", "level", "zh", "uly", "pin", "en", "ru", "kk")


PLACES = {}
for _l in L.PLACES.strip().splitlines():
    _f = _l.split("|")
    _p = Place()
    _p.key, _p.pref, _p.level, _p.zh, _p.uly, _p.pin = _f[:6]
    _p.en = _f[6].split(";")
    _p.ru = _f[7]
    _p.kk = _f[8] if len(_f) > 8 and _f[8] else ""
    PLACES[_p.key] = _p
COUNTIES_BY_PREF = {}
for _p in PLACES.values():
    if _p.level == "county":
        COUNTIES_BY_PREF.setdefault(_p.pref, []).append(_p.key)
DIASPORA = {}
for _l in L.DIASPORA.strip().splitlines():
    _f = _l.split("|")
    DIASPORA[_f[0]] = {"country": _f[1], "lat": _f[2].split(";"), "cyr": _f[3].split(";"),
                       "tr": _f[4].split(";"), "zh": _f[5]}
DIASPORA_BY_COUNTRY = {}
for _k, _v in DIASPORA.items():
    DIASPORA_BY_COUNTRY.setdefault(_v["country"], []).append(_k)


# ============================================================================
# Script conversion
# ============================================================================
ULY_DIGRAPHS = {"ch", "gh", "ng", "sh", "zh"}
VOWELS = set("aeéiouöü")


@functools.lru_cache(maxsize=None)
def uly_phon(s):
    s = s.lower().replace("'", "")
    out, i = [], 0
    while i < len(s):
        if s[i:i + 2] in ULY_DIGRAPHS:
            out.append(s[i:i + 2])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return tuple(out)


def cap(s):
    return " ".join(w[:1].upper() + w[1:] if w else w for w in s.split(" "))


UG_AR = {"a": "ا", "e": "ە", "é": "ې", "i": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "b": "ب",
         "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر", "z": "ز", "zh": "ژ",
         "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ", "l": "ل",
         "m": "م", "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي", "v": "ۋ", "c": "س"}


@functools.lru_cache(maxsize=None)
def uly_to_arabic(s):
    words = []
    for w in s.split():
        ph = uly_phon(w)
        out, prev_v = [], True
        for p in ph:
            if p in VOWELS:
                if prev_v:
                    out.append("ئ")
                prev_v = True
            else:
                prev_v = False
            out.append(UG_AR.get(p, ""))
        words.append("".join(out))
    return " ".join(words)


@functools.lru_cache(maxsize=None)
def uly_to_latin(s, style, ea=0, qk="k", xk="kh", gh="gh", w="w"):
    """ULY -> a Latin orthography: en (English press), tr (Turkish), fr (French), plain (ULY w/o diacritics)."""
    words = []
    for word in s.split():
        ph = uly_phon(word)
        out = []
        for i, p in enumerate(ph):
            if style == "tr":
                m = {"q": "k", "x": "h", "gh": "ğ" if i else "g", "ch": "ç", "sh": "ş", "j": "c", "zh": "j",
                     "é": "e", "w": "v", "ng": "ng"}.get(p, p)
            elif style == "fr":
                m = {"u": "ou", "ü": "u", "ö": "eu", "é": "é", "j": "dj", "zh": "j", "ch": "tch", "sh": "ch",
                     "x": "kh", "q": "k", "w": "ou"}.get(p, p)
            elif style == "plain":
                m = {"é": "e", "ö": "o", "ü": "u"}.get(p, p)
            else:  # en
                m = {"é": "e", "ö": "o", "ü": "u", "q": qk, "x": xk, "gh": gh, "w": w}.get(p, p)
                if p == "e" and ea:
                    m = "a"
            out.append(m)
        words.append("".join(out))
    return cap(" ".join(words))


RU_FROM_ULY = {"a": "а", "e": "е", "é": "е", "i": "и", "o": "о", "ö": "о", "u": "у", "ü": "у", "b": "б",
               "p": "п", "t": "т", "d": "д", "k": "к", "g": "г", "q": "к", "gh": "г", "x": "х", "h": "х",
               "ch": "ч", "j": "дж", "zh": "ж", "s": "с", "sh": "ш", "z": "з", "f": "ф", "l": "л", "m": "м",
               "n": "н", "ng": "нг", "r": "р", "w": "в", "y": "й", "v": "в", "c": "ц"}
UYCYR_OVR = {"e": "ә", "é": "е", "ö": "ө", "ü": "ү", "q": "қ", "gh": "ғ", "h": "һ", "j": "җ", "ng": "ң"}


@functools.lru_cache(maxsize=None)
def uly_to_cyr(s, uyghur_cyrillic=False, ea=0):
    words = []
    for word in s.split():
        ph = uly_phon(word)
        out = []
        i = 0
        while i < len(ph):
            p = ph[i]
            nxt = ph[i + 1] if i + 1 < len(ph) else None
            if p == "y" and nxt in ("a", "u", "ü", "e", "é") and not (uyghur_cyrillic and nxt == "ü"):
                out.append({"a": "я", "u": "ю", "ü": "ю", "e": "е", "é": "е"}[nxt])
                i += 2
                continue
            m = UYCYR_OVR.get(p) if uyghur_cyrillic else None
            if m is None:
                m = RU_FROM_ULY.get(p, p)
                if p == "e" and ea:
                    m = "а"
                if p in ("e", "é") and i == 0 and not uyghur_cyrillic:
                    m = "э"
            if p == "l" and not uyghur_cyrillic and (nxt is None or nxt not in VOWELS):
                prevv = [q for q in ph[:i] if q in VOWELS]
                if prevv and prevv[-1] in ("ü", "ö", "i", "é"):
                    m = "ль"
            out.append(m)
            i += 1
        w = "".join(out)
        words.append(w[:1].upper() + w[1:])
    return " ".join(words)


# Kazakh / Kyrgyz Cyrillic
KZ_TO_ULY = {"а": "a", "ә": "e", "б": "b", "в": "w", "г": "g", "ғ": "gh", "д": "d", "е": "é", "ё": "yo",
             "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
             "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
             "ү": "ü", "ф": "f", "х": "x", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
             "ы": "i", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
KZ_TO_RU = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
KZ_FRONT = set("әөүіеэи")
CYR_VOWELS = set("аәеёиоөуұүыіэюя")


@functools.lru_cache(maxsize=None)
def kz_to_uly(s):
    return "".join(KZ_TO_ULY.get(c, c) for c in s.lower()).capitalize()


@functools.lru_cache(maxsize=None)
def kz_to_ru(s):
    low = s.lower()
    front = any(c in KZ_FRONT for c in low)
    out = []
    for i, c in enumerate(low):
        m = KZ_TO_RU.get(c, c)
        if c == "л" and front and (i + 1 == len(low) or low[i + 1] not in CYR_VOWELS):
            m = "ль"
        if c == "э" and i:
            m = "е"
        out.append(m)
    w = "".join(out)
    return w[:1].upper() + w[1:]


@functools.lru_cache(maxsize=None)
def kz_to_latin(s, variant="bgn", qk="k", zh="zh", yshort="y", ye=0, kh="kh", gh="g", ng="ng"):
    low = s.lower()
    out = []
    for i, c in enumerate(low):
        if variant == "2021":
            m = {"а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ж": "j",
                 "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ",
                 "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü",
                 "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "ы": "y", "і": "ı", "э": "e",
                 "ю": "iu", "я": "ia", "ь": "", "ъ": "", "ё": "io", "щ": "şç"}.get(c, c)
        else:
            m = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": gh, "д": "d", "е": "e", "ж": zh,
                 "з": "z", "и": "i", "й": yshort, "к": "k", "қ": qk, "л": "l", "м": "m", "н": "n", "ң": ng,
                 "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u",
                 "ф": "f", "х": kh, "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "і": "i", "э": "e",
                 "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ё": "yo", "щ": "shch"}.get(c, c)
            if c == "е" and i == 0 and ye:
                m = "ye"
        out.append(m)
    w = "".join(out)
    return w[:1].upper() + w[1:]


# Chinese syllable fallback for names without a hand-written Chinese form
ZH_CV = {
    "": "阿艾依奥乌", "b": "巴拜比波布", "p": "帕排皮坡普", "m": "玛买米莫木", "f": "法费菲福福",
    "d": "达代迪多都", "t": "塔太提托吐", "n": "纳乃尼诺努", "l": "拉来力洛鲁", "r": "热热日肉如",
    "g": "尕盖吉格古", "k": "卡开克阔库", "q": "卡开克阔库", "gh": "尕海吉吾吾", "x": "哈海希和胡",
    "h": "哈合希和胡", "j": "加杰吉居居", "zh": "加杰吉居居", "ch": "恰切其乔楚", "s": "萨赛斯索苏",
    "sh": "夏谢西肖舒", "z": "扎再孜祖祖", "y": "亚叶依尤尤", "w": "瓦维维吾吾", "ts": "萨赛斯索苏",
    "v": "瓦维维吾吾", "ng": "纳乃尼诺努", "c": "萨赛斯索苏",
}
VIDX = {"a": 0, "e": 1, "é": 1, "i": 2, "o": 3, "ö": 3, "u": 4, "ü": 4}
ZH_CODA = {"r": "尔", "l": "力", "n": "恩", "m": "木", "k": "克", "q": "克", "t": "提", "d": "德",
           "s": "斯", "sh": "西", "z": "孜", "p": "普", "b": "布", "g": "格", "gh": "格", "x": "赫",
           "h": "合", "ch": "其", "j": "吉", "y": "依", "w": "吾", "f": "夫", "ng": "恩", "zh": "日",
           "ts": "斯", "v": "夫", "c": "斯"}
ZH_AN = {"b": "班", "m": "曼", "j": "江", "h": "汗", "x": "汗", "l": "兰", "r": "然", "s": "散", "t": "坦",
         "d": "旦", "q": "坎", "k": "坎", "n": "南", "z": "赞", "y": "燕", "": "安", "g": "甘", "p": "潘"}


@functools.lru_cache(maxsize=None)
def zh_fallback(uly):
    ph = uly_phon(uly)
    out, i = [], 0
    while i < len(ph):
        p = ph[i]
        if p in VOWELS:
            onset, v = "", p
            i += 1
        elif i + 1 < len(ph) and ph[i + 1] in VOWELS:
            onset, v = p, ph[i + 1]
            i += 2
        else:
            out.append(ZH_CODA.get(p, "恩"))
            i += 1
            continue
        # merge a following -n (not before a vowel) into an -an syllable
        if v == "a" and i < len(ph) and ph[i] == "n" and (i + 1 == len(ph) or ph[i + 1] not in VOWELS) \
                and onset in ZH_AN:
            out.append(ZH_AN[onset])
            i += 1
            continue
        out.append(ZH_CV.get(onset, ZH_CV[""])[VIDX[v]])
    return "".join(out)


def zh_to_pinyin(s):
    return "".join(L.PINYIN.get(c, "") for c in s)


# Palladius (pinyin -> Russian Cyrillic)
PAL_INIT = {"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г",
            "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж",
            "z": "цз", "c": "ц", "s": "с", "": ""}
PAL_FIN = {"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
           "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я", "ie": "е", "iao": "яо",
           "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у",
           "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан",
           "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь", "er": "эр"}
PAL_Y = {"yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
         "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у",
         "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
         "weng": "вэн"}


@functools.lru_cache(maxsize=None)
def pal_syll(py):
    if py in PAL_Y:
        return PAL_Y[py]
    if py in ("zhi", "chi", "shi", "ri"):
        return {"zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи"}[py]
    if py in ("zi", "ci", "si"):
        return {"zi": "цзы", "ci": "цы", "si": "сы"}[py]
    ini = py[:2] if py[:2] in ("zh", "ch", "sh") else (py[0] if py[0] not in "aoe" else "")
    fin = py[len(ini):]
    if ini in ("j", "q", "x") and fin.startswith("u"):
        fin = "v" + fin[1:]
    if ini in ("n", "l") and fin.startswith("ü"):
        fin = "v" + fin[1:]
    return PAL_INIT.get(ini, ini) + PAL_FIN.get(fin, fin)


def palladius(pys):
    w = "".join(pal_syll(p) for p in pys)
    return w[:1].upper() + w[1:]


def pinyin_to_uly(pys):
    out = []
    for p in pys:
        q = p
        for a, b in (("zh", "J"), ("ch", "CH"), ("sh", "SH"), ("x", "SH"), ("q", "CH"), ("c", "TS"),
                     ("ong", "UNG"), ("eng", "ÉNG"), ("ei", "ÉY"), ("ai", "AY"), ("ao", "AW"), ("ou", "OW")):
            q = q.replace(a, b)
        out.append(q.lower())
    w = "".join(out)
    return w[:1].upper() + w[1:]


# Russian declension of a single word (name mentions lifted from running text)
def ru_decline(w, gender, case):
    if not w:
        return w
    last = w[-1]
    hush = w[-1] in "жшчщц"
    if gender == "F":
        if w.endswith("ова") or w.endswith("ева") or w.endswith("ина"):
            return w[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой"}[case]
        if last in "ая":
            stem = w[:-1]
            soft = last == "я" or stem[-1:] in "гкхжшчщ"
            return stem + {"gen": "и" if soft else "ы", "dat": "е", "acc": "ю" if last == "я" else "у",
                           "ins": "ей" if last == "я" else "ой"}[case]
        if last == "ь":
            return w[:-1] + {"gen": "и", "dat": "и", "acc": "ь", "ins": "ью"}[case]
        return w
    if w.endswith(("ов", "ев", "ин")):
        return w + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым"}[case]
    if last == "й":
        return w[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
    if last in "ая":
        stem = w[:-1]
        soft = stem[-1:] in "гкхжшчщ"
        return stem + {"gen": "и" if soft else "ы", "dat": "е", "acc": "у", "ins": "ой"}[case]
    if last == "ь":
        return w[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
    if last.lower() in CYR_VOWELS:
        return w
    return w + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем" if hush else "ом"}[case]


def kk_case(w, case):
    low = w.lower()
    vs = [c for c in low if c in CYR_VOWELS]
    front = bool(vs) and vs[-1] in "әөүіеэи"
    last = low[-1:]
    vowel_end = last in CYR_VOWELS
    sonor = last in "ржйу" or vowel_end
    nasal = last in "мнңжзл"
    if case == "gen":
        s = ("нің" if front else "ның") if vowel_end or last in "рйу" else \
            (("дің" if front else "дың") if nasal else ("тің" if front else "тың"))
    elif case == "dat":
        s = ("ге" if front else "ға") if (sonor or nasal) else ("ке" if front else "қа")
    elif case == "acc":
        s = ("ні" if front else "ны") if vowel_end else \
            (("ді" if front else "ды") if (nasal or last in "рйу") else ("ті" if front else "ты"))
    else:  # instrumental
        s = "мен" if (vowel_end or last in "рйул") else ("бен" if last in "мнңжз" else "пен")
    return w + s


def ru_ov(w, gender):
    low = w.lower()
    if low.endswith("й"):
        stem, suf = w[:-1], "ев"
    elif low[-1:] in "аеиоуыэюя":
        stem, suf = w, "ев"
    elif low.endswith("ь"):
        stem, suf = w[:-1], "ев"
    else:
        stem, suf = w, "ов"
    return stem + suf + ("а" if gender == "F" else "")


# ----------------------------------------------------------------------------
# typos
KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm", [
    "wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc", "drgv",
    "fthb", "gyjn", "hukm", "jil", "kop", "asx", "zsdc", "xdfv", "cfgb", "vghn", "bhjm", "njk"])}
PHON_SUB = {"i": "y", "y": "i", "u": "o", "o": "u", "e": "a", "a": "e", "k": "q", "q": "k", "h": "kh"}
CYR_SUB = {"и": "й", "й": "и", "е": "э", "э": "е", "ш": "щ", "а": "о", "о": "а", "к": "х", "у": "ю"}
AR_SUB = {"ى": "ي", "ە": "ه", "ۇ": "ۆ", "ك": "ق", "ق": "ك", "ې": "ى", "ۈ": "ۇ"}
ZH_SUB = {"买": "麦", "提": "帝", "古": "姑", "丽": "里", "尔": "儿", "努": "奴", "木": "穆", "热": "惹",
          "依": "伊", "孜": "兹", "斯": "思", "江": "疆", "汗": "罕", "克": "可", "力": "里", "拉": "啦",
          "甫": "夫", "吐": "图", "吾": "乌", "沙": "莎", "萨": "沙", "亚": "雅", "艾": "爱", "合": "和",
          "伟": "玮", "芳": "方", "静": "晶", "军": "君", "明": "铭"}


def typo(r, s, script):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    i = idx[r.randrange(len(idx))]
    c = s[i]
    if script == "zh":
        cands = [j for j in idx if s[j] in ZH_SUB]
        if not cands:
            return s
        j = r.choice(cands)
        return s[:j] + ZH_SUB[s[j]] + s[j + 1:]
    op = r.random()
    if op < 0.25 and i > 0:  # deletion
        return s[:i] + s[i + 1:]
    if op < 0.40:  # doubling
        return s[:i] + c + s[i:]
    if op < 0.55 and i + 1 < len(s) and s[i + 1].isalpha():  # transposition
        return s[:i] + s[i + 1] + c + s[i + 2:]
    low = c.lower()
    if script == "latin":
        sub = PHON_SUB.get(low) if r.random() < 0.5 else None
        if sub is None:
            sub = r.choice(KEYB.get(low, low))
    elif script == "cyr":
        sub = CYR_SUB.get(low, low)
    else:
        sub = AR_SUB.get(c, "")
    if c.isupper():
        sub = sub[:1].upper() + sub[1:]
    return s[:i] + sub + s[i + 1:]


# ============================================================================
# Rendering of person names
# ============================================================================
def latin_opts(r):
    return dict(ea=1 if r.random() < 0.25 else 0, qk="q" if r.random() < 0.15 else "k",
                xk="h" if r.random() < 0.35 else "kh", gh="g" if r.random() < 0.4 else "gh",
                w="v" if r.random() < 0.1 else "w")


TR_OVERRIDE = {"Memet": "Mehmet", "Ehmet": "Ahmet", "Eli": "Ali", "Hesen": "Hasan", "Mamut": "Mahmut",
               "Yüsüp": "Yusuf", "Ibrahim": "İbrahim", "Ismayil": "İsmail", "Omer": "Ömer", "Patime": "Fatma",
               "Zöhre": "Zühre", "Abdurehim": "Abdurrahim", "Abdurehman": "Abdurrahman",
               "Abduqadir": "Abdulkadir", "Abdukérim": "Abdulkerim", "Perhat": "Ferhat", "Reshit": "Reşit",
               "Xadiche": "Hatice", "Hebibe": "Habibe", "Amine": "Emine", "Rabiye": "Rabia",
               "Muhemmet": "Muhammed", "Yaqup": "Yakup", "Ayup": "Eyüp", "Abdulla": "Abdullah",
               "Ilham": "İlham", "Imin": "İmin", "Iskender": "İskender", "Ilshat": "İlşat", "Ekrem": "Ekrem",
               "Qurban": "Kurban", "Hüseyin": "Hüseyin", "Meryem": "Meryem", "Zeynep": "Zeynep"}


def render_tok(r, tok, style, o):
    """Render one Turkic name token in a source style; o = per-mention options."""
    if tok.kind == "uy":
        u = tok.canon
        if style == "uly":
            return uly_to_latin(u, "plain") if o["uly_plain"] else u
        if style == "en" or style == "kklat" or style == "py" and not tok.zh:
            if tok.en and r.random() < R_EN_ALT:
                return r.choice(tok.en)
            return uly_to_latin(u, "en", **o["lat"])
        if style == "tr":
            if u in TR_OVERRIDE and r.random() < 0.8:
                return TR_OVERRIDE[u]
            return uly_to_latin(u, "tr")
        if style == "fr":
            return uly_to_latin(u, "fr")
        if style == "ru":
            return uly_to_cyr(u, False, o["lat"]["ea"])
        if style == "kk":
            return uly_to_cyr(u, True)
        if style == "ug":
            return uly_to_arabic(u)
        zh = o["zhpick"](tok)
        if style == "zh":
            return zh
        return zh_to_pinyin(zh).capitalize()
    # Kazakh / Kyrgyz: canonical is Cyrillic
    c = tok.canon
    if style == "kk":
        return c
    if style == "ru":
        return kz_to_ru(c)
    if style in ("en", "kklat", "fr"):
        return kz_to_latin(c, **o["kzlat"])
    if style in ("uly", "tr"):
        u = kz_to_uly(c)
        return u if style == "uly" else uly_to_latin(u, "tr")
    if style == "ug":
        return uly_to_arabic(kz_to_uly(c))
    zh = o["zhpick"](tok)
    if style == "zh":
        return zh
    return zh_to_pinyin(zh).capitalize()


def kz_latin_opts(r, style):
    if style == "kklat" and r.random() < 0.25:
        return dict(variant="2021")
    informal = r.random() < 0.35  # Atajurt-style q / j spelling
    return dict(variant="bgn", qk="q" if informal else "k", zh="j" if informal else "zh",
                yshort="i" if r.random() < 0.5 else "y", ye=1 if r.random() < 0.5 else 0,
                kh="h" if r.random() < 0.3 else "kh", gh="gh" if informal else "g",
                ng="n" if r.random() < 0.2 else "ng")


def patronymic(r, p, sur_str, style, kind):
    """Decorate a Kazakh/Kyrgyz (or russified Uyghur) father's-name surname."""
    g = p["gender"]
    if kind in ("kz", "ky"):
        x = r.random()
        if style == "kk":
            if x < 0.55:
                suf = ("ұлы" if g == "M" else "қызы") if kind == "kz" else ("уулу" if g == "M" else "кызы")
                return sur_str + suf if r.random() < 0.7 else sur_str + " " + suf
            if x < 0.80:
                return ru_ov(sur_str, g)
            return sur_str
        if style == "ru":
            if x < 0.60:
                return ru_ov(sur_str, g)
            if x < 0.80:
                return sur_str + " " + (("улы" if g == "M" else "кызы") if kind == "kz" else
                                        ("уулу" if g == "M" else "кызы"))
            return sur_str
        if style in ("en", "kklat", "fr", "uly", "tr"):
            if x < 0.35:
                suf = ("uly" if g == "M" else "kyzy") if kind == "kz" else ("uulu" if g == "M" else "kyzy")
                if style == "uly":
                    suf = "oghli" if g == "M" else "qizi"
                if style == "tr":
                    suf = "oğlu" if g == "M" else "kızı"
                return sur_str + suf.lower() if r.random() < 0.6 else sur_str + " " + suf
            if x < 0.60 and style != "uly":
                return sur_str + ("ov" if sur_str[-1:] not in "aeiouy" else "yev") + ("a" if g == "F" else "")
            return sur_str
        return sur_str
    if style == "ru" and r.random() < R_RU_OV_UY:
        return ru_ov(sur_str, g)
    return sur_str


def zh_join(r, parts):
    x = r.random()
    if x < R_ZH_NODOT:
        return "".join(parts)
    sep = "·" if x < 0.80 else ("•" if x < 0.88 else ("・" if x < 0.93 else ("．" if x < 0.97 else "-")))
    return sep.join(parts)


def turkic_name(r, p, style):
    kind = p["eth"]
    zhcache = {}

    def zhpick(tok):
        if tok.canon not in zhcache:
            if tok.zh:
                zhcache[tok.canon] = tok.zh[0] if len(tok.zh) == 1 or r.random() < 0.7 else r.choice(tok.zh[1:])
            else:
                base = tok.canon if tok.kind == "uy" else kz_to_uly(tok.canon)
                zhcache[tok.canon] = zh_fallback(base)
        return zhcache[tok.canon]

    o = {"uly_plain": r.random() < 0.35, "lat": latin_opts(r), "kzlat": kz_latin_opts(r, style), "zhpick": zhpick}
    given = render_tok(r, p["given"], style, o)
    if kind == "uy" and r.random() < R_JAN and not p["given"].canon.endswith("jan") and p["gender"] == "M":
        given += {"ug": "جان", "zh": "江", "ru": "жан", "kk": "җан"}.get(style, "jan")
    x = r.random()
    mode = "given" if x < R_GIVEN_ONLY else ("three" if x < R_GIVEN_ONLY + R_THREE_PART else "full")
    if mode == "given":
        parts = [given]
        sur_i = None
    else:
        sur = patronymic(r, p, render_tok(r, p["sur"], style, o), style, kind)
        parts = [given, sur]
        if mode == "three":
            parts.append(render_tok(r, p["gf"], style, o))
        sur_i = 1
    return finish_name(r, p, style, parts, sur_i, han=False)


def han_name(r, p, style):
    sur, giv = p["sur"], p["giv"]
    if style == "zh":
        return finish_name(r, p, style, [sur + giv], None, han=True, joined=True)
    spy = [L.PINYIN[c] for c in sur]
    gpy = [L.PINYIN[c] for c in giv]
    if style in ("ru", "kk"):
        parts = [palladius(spy), palladius(gpy)]
    elif style == "ug":
        parts = [uly_to_arabic(pinyin_to_uly(spy).lower()), uly_to_arabic(pinyin_to_uly(gpy).lower())]
    elif style == "uly" and r.random() < 0.4:
        parts = [pinyin_to_uly(spy), pinyin_to_uly(gpy)]
    else:
        gs = "".join(gpy).capitalize()
        if len(gpy) > 1:
            y = r.random()
            if y < 0.06:
                gs = "-".join(gpy).capitalize()
            elif y < 0.10:
                gs = " ".join(s.capitalize() for s in gpy)
        parts = [spy[0].capitalize() if len(spy) == 1 else "".join(spy).capitalize(), gs]
        if p.get("islamic") and style in ("en", "uly", "tr", "fr") and r.random() < 0.3:
            return finish_name(r, p, style, [p["islamic"], parts[0]], 1, han=False)
    if r.random() < 0.02:  # given name alone
        return finish_name(r, p, style, [parts[1]], None, han=True)
    # Chinese order: surname first
    if style in LATIN_STYLES and r.random() < R_HAN_WESTERN:
        return finish_name(r, p, style, [parts[1], parts[0]], 1, han=True, noswap=True)
    return finish_name(r, p, style, parts, 0, han=True, noswap=True)


def script_of(style):
    return {"ru": "cyr", "kk": "cyr", "ug": "ar", "zh": "zh"}.get(style, "latin")


def finish_name(r, p, style, parts, sur_i, han, joined=False, noswap=False):
    g = p["gender"]
    if style == "zh" and not joined:
        name = zh_join(r, parts)
    else:
        if style == "ru" and r.random() < R_RU_CASE:
            case = r.choice(["gen", "gen", "dat", "acc", "ins"])
            if not han:
                parts = [" ".join(ru_decline(w, g, case) for w in part.split(" ")) for part in parts]
        elif style == "kk" and r.random() < R_KK_CASE and not han:
            parts = parts[:-1] + [kk_case(parts[-1], r.choice(["gen", "dat", "acc", "ins"]))]
        if style == "py":
            if r.random() < R_PY_JOINED and len(parts) > 1:
                name = "".join(parts[:1] + [x.lower() for x in parts[1:]])
            elif r.random() < 0.10:
                name = "·".join(parts)
            else:
                name = " ".join(parts)
        elif style in LATIN_STYLES and sur_i is not None and not noswap and r.random() < R_SWAP:
            sur = parts[sur_i]
            rest = [x for i, x in enumerate(parts) if i != sur_i]
            if r.random() < 0.6:
                name = " ".join([sur.upper()] + rest)
            else:
                name = sur + ", " + " ".join(rest)
        else:
            name = " ".join(parts)
        if style in LATIN_STYLES and r.random() < R_ALLCAPS:
            name = name.upper()
    if r.random() < R_TYPO[script_of(style)]:
        name = typo(r, name, script_of(style))
    if r.random() < R_TITLE and style in LATIN_STYLES | {"ru"}:
        if style == "ru":
            t = "г-н " if g == "M" else "г-жа "
        elif han or p["eth"] in ("kz", "ky") or r.random() < 0.5:
            t = r.choice(["Dr. ", "Mr. " if g == "M" else "Ms. "])
        else:
            t = r.choice(["Haji ", "Molla "]) if g == "M" else "Ms. "
        name = t + name
    if r.random() < 0.01:
        name = name.replace(" ", "  ", 1) if r.random() < 0.5 else " " + name + " "
    return name


# ============================================================================
# Other fields
# ============================================================================
GENDER_VOCAB = {"M": {"std": "M", "word": "male", "zh": "男", "ru": "м", "kk": "ер", "tr": "erkek", "ug": "ئەر"},
                "F": {"std": "F", "word": "female", "zh": "女", "ru": "ж", "kk": "әйел", "tr": "kadın", "ug": "ئايال"}}


def gender_field(r, p, style):
    if r.random() < R_MISSING["gender"]:
        return ""
    g = p["gender"]
    if r.random() < R_GENDER_WRONG:
        g = "F" if g == "M" else "M"
    x = r.random()
    if x < 0.70:
        return GENDER_VOCAB[g]["std"]
    if x < 0.90:
        w = GENDER_VOCAB[g]["word"]
        return w.capitalize() if r.random() < 0.5 else w
    return GENDER_VOCAB[g].get(style, GENDER_VOCAB[g]["std"])


BIRTH_FORMS_C = mk(BIRTH_FORMS)
DETAIN_FORMS_C = mk(DETAIN_FORMS)
HOME_LEVEL_C = mk(HOME_LEVEL)


def birth_field(r, p):
    if r.random() < R_MISSING["birth_year"] or p["birth"] is None:
        return ""
    b = p["birth"]
    f = wchoice(r, BIRTH_FORMS_C)
    if f == "exact":
        return str(b)
    if f == "off1":
        return str(b + r.choice((-1, 1)))
    if f == "circa":
        return r.choice(["c. ", "ca. ", "~", "circa ", "approx. "]) + str(b + r.choice((-2, -1, 0, 0, 0, 1, 2)))
    if f == "decade":
        return f"{b // 10 * 10}s"
    if f == "range":
        lo = b - r.randint(0, 2)
        return f"{lo}-{lo + r.randint(1, 4)}"
    if f == "query":
        return f"{b}?"
    return f"{b}年"


def detained_field(r, p):
    if r.random() < R_MISSING["detained_year"]:
        return ""
    d = p["detained"]
    f = wchoice(r, DETAIN_FORMS_C)
    if f == "exact":
        return str(d)
    if f == "off1":
        return str(d + r.choice((-1, 1, 1)))
    if f == "range":
        return f"{d}-{d + 1}"
    return f"{d}?"


REGION = {"en": ["Xinjiang", "East Turkistan", "Xinjiang, China"], "uly": ["Sherqiy Türkistan", "Shinjang"],
          "tr": ["Doğu Türkistan", "Sincan"], "ru": ["Синьцзян", "СУАР"], "kk": ["Шыңжаң", "Шығыс Түркістан"],
          "ug": ["شەرقىي تۈركىستان", "شىنجاڭ"], "zh": ["新疆"], "py": ["Xinjiang"], "fr": ["Xinjiang", "Turkestan oriental"],
          "kklat": ["Shyngzhang", "Xinjiang"]}


def place_str(r, pl, style):
    if style in ("en", "kklat"):
        return r.choice(pl.en)
    if style == "fr":
        return uly_to_latin(pl.uly, "fr") if r.random() < 0.3 else r.choice(pl.en)
    if style == "uly":
        return pl.uly
    if style == "tr":
        return uly_to_latin(pl.uly, "tr")
    if style == "ru":
        return pl.ru
    if style == "kk":
        return pl.kk or pl.ru
    if style == "ug":
        return uly_to_arabic(pl.uly)
    if style == "zh":
        return pl.zh
    return pl.pin  # py: PRC pinyin form


def diaspora_str(r, d, style):
    if style in ("ru", "kk"):
        return r.choice(d["cyr"])
    if style == "tr":
        return r.choice(d["tr"])
    if style == "zh":
        return d["zh"]
    if style == "ug":
        return uly_to_arabic(kz_to_uly(d["cyr"][0].replace("-", " ")))
    return r.choice(d["lat"])


def hometown_field(r, p, style):
    if r.random() < R_MISSING["hometown"]:
        return ""
    if r.random() < 0.85:
        st = style
    else:
        st = "en"
    lvl = wchoice(r, HOME_LEVEL_C)
    if lvl == "residence" or (p["residence"] and r.random() < R_RESIDENCE_IF_DIASPORA * 0.5):
        if p["residence"]:
            return diaspora_str(r, DIASPORA[p["residence"]], st)
        lvl = "county"
    county = PLACES[p["home"]]
    if r.random() < R_HOME_WRONG:
        county = PLACES[r.choice(COUNTIES_BY_PREF[county.pref])]
    pref = PLACES[county.pref]
    if lvl == "region":
        return r.choice(REGION[st])
    if lvl == "pref":
        return place_str(r, pref, st)
    c = place_str(r, county, st)
    if lvl == "county_pref" and pref.key != county.key:
        if st == "zh":
            return pref.zh + c
        return c + ", " + place_str(r, pref, st)
    return c


# ----------------------------------------------------------------------------
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}


def load_facilities(path):
    with open(path, encoding="cp437", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    out = []
    for row in rows[1:]:
        if not row or not row[0].strip():
            continue
        name, town, pref, ftype = row[1].strip(), row[3].strip(), row[4].strip(), row[7].strip()
        n = 1
        if " - " in name:
            n = ROMAN.get(name.rsplit(" - ", 1)[1].strip(), 1)
        out.append({"name": name or f"{town} facility", "town": town, "pref": L.FACILITY_PREF.get(pref) or L.XPCC_TOWN_PREF.get(town, "urumqi_p"),
                    "type": ftype, "n": n, "place": L.FACILITY_TOWN.get(town)})
    by_pref = {}
    for i, f in enumerate(out):
        by_pref.setdefault(f["pref"], []).append(i)
    return out, by_pref


FAC_WORD = {
    "camp": {"en": ["camp", "re-education camp", "Vocational Skills Education and Training Center", "internment camp"],
             "uly": ["lagéri", "terbiyilesh merkizi"], "tr": ["kampı", "toplama kampı"],
             "ru": ["лагерь", "лагерь перевоспитания"], "kk": ["лагері", "саяси лагерь"],
             "ug": ["لاگېرى", "تەربىيىلەش مەركىزى"], "zh": ["职业技能教育培训中心", "教培中心", "教育转化中心"],
             "fr": ["camp", "camp de rééducation"]},
    "detention center": {"en": ["detention center", "detention centre", "County Detention Center", "kanshousuo"],
                         "uly": ["qamaqxanisi", "tutup turush orni"], "tr": ["gözaltı merkezi", "hapishanesi"],
                         "ru": ["СИЗО", "следственный изолятор"], "kk": ["тергеу изоляторы", "түрмесі"],
                         "ug": ["قاماقخانىسى"], "zh": ["看守所", "拘留所"], "fr": ["centre de détention"]},
    "prison": {"en": ["prison", "Prison", "jail"], "uly": ["türmisi"], "tr": ["cezaevi", "hapishanesi"],
               "ru": ["тюрьма"], "kk": ["түрмесі"], "ug": ["تۈرمىسى"], "zh": ["监狱"], "fr": ["prison"]},
}
VAGUE = {"en": ["camp", "re-education camp", "unknown camp", "a camp"], "uly": ["lagér"], "tr": ["kamp"],
         "ru": ["лагерь"], "kk": ["лагерь"], "ug": ["لاگېر"], "zh": ["再教育营", "集中营"], "fr": ["camp"]}


def facility_field(r, p, style, facs):
    if r.random() < R_MISSING["facility"]:
        return ""
    st = style if style in VAGUE else ("en" if style in ("py", "kklat") else style)
    if style == "kklat":
        st = "en"
    if r.random() < R_FACILITY_VAGUE:
        return r.choice(VAGUE[st])
    f = facs[r.choice(p["facilities"])]
    if r.random() < 0.12:
        return f["name"]  # the data set's own label, e.g. "Kashgar - IV"
    kind = "prison" if f["type"].startswith("prison") else ("detention center" if f["type"] == "detention center" else "camp")
    pl = PLACES.get(f["place"]) if f["place"] else None
    if pl is not None:
        town = place_str(r, pl, st if style != "py" else "py")
    else:
        town = f["town"] if st not in ("zh", "ug", "ru", "kk") else f["town"]
    word = r.choice(FAC_WORD[kind][st])
    n = f["n"]
    if st == "zh":
        t = town if pl is None else town.rstrip("县市")
        if kind == "camp" and r.random() < 0.5:
            return f"{t}第{'一二三四五六七八九十'[min(n, 10) - 1]}{word}"
        return t + ("县" if r.random() < 0.3 else "") + word
    if st in ("ru",):
        return f"{word} в {town}" if r.random() < 0.5 else f"{word} «{town}-{n}»"
    if st in ("kk", "uly", "ug", "tr"):
        num = f" {n}" if (n > 1 and r.random() < 0.4) else ""
        return f"{town}{num} {word}"
    if st == "fr":
        return f"{word} de {town}"
    y = r.random()
    if y < 0.3 and n >= 1:
        return f"{town} No. {n} {word}"
    if y < 0.4:
        return f"{town} {word} {n}"
    return f"{town} {word}"


# ============================================================================
# Population
# ============================================================================
ETH_C = mk(ETHNICITY)
STYLE_C = {e: mk(list(w.items())) for e, w in STYLE_WEIGHTS.items()}
PREF_C = {e: mk(list(w.items())) for e, w in L.HOME_PREF.items()}
DETAIN_YEAR_C = mk([(2014, 2), (2015, 3), (2016, 5), (2017, 45), (2018, 30), (2019, 10), (2020, 3), (2021, 1.5), (2022, 0.5)])
ISLAMIC = {"M": L.HUI_ISLAMIC_M, "F": L.HUI_ISLAMIC_F}


class Gen:
    def __init__(self, seed, n_records, facilities_path):
        self.r = random.Random(seed)
        self.facs, self.facs_by_pref = load_facilities(facilities_path)
        self.n_records = n_records
        capk = min(MENTIONS_CAP_MAX, max(10, n_records // 200))
        self.count_c = mk([(k, k ** -MENTIONS_ALPHA) for k in range(1, capk + 1)])
        self.next_pid = 0

    def tok(self, eth, g):
        return wchoice(self.r, NAMES[(eth, g)])

    def home(self, eth):
        r = self.r
        pref = wchoice(r, PREF_C[eth])
        return r.choice(COUNTIES_BY_PREF[pref])

    def birth(self, mean, sd):
        b = int(round(self.r.gauss(mean, sd)))
        return max(1930, min(2005, b))

    def person(self, eth, gender, home, residence, birth, sur=None, gf=None, given=None):
        r = self.r
        self.next_pid += 1
        p = {"pid": f"P{self.next_pid:07d}", "eth": eth, "gender": gender, "home": home,
             "residence": residence, "birth": birth}
        if eth in ("han", "hui"):
            p["sur"] = sur or wchoice(r, CN_SUR[eth])
            p["giv"] = given or wchoice(r, CN_GIV[gender])
            p["islamic"] = r.choice(ISLAMIC[gender]) if eth == "hui" and r.random() < 0.10 else None
        else:
            p["given"] = given or self.tok(eth, gender)
            p["sur"] = sur or self.tok(eth, "M")
            p["gf"] = gf or self.tok(eth, "M")
        # detention history: 1-3 facilities, 85 % in the home prefecture
        k = 1 if r.random() < 0.6 else (2 if r.random() < 0.75 else 3)
        hp = PLACES[home].pref
        facs = []
        for _ in range(k):
            if r.random() < 0.85 and hp in self.facs_by_pref:
                same_town = [i for i in self.facs_by_pref[hp] if self.facs[i]["place"] == home]
                pool = same_town if same_town and r.random() < 0.6 else self.facs_by_pref[hp]
            else:
                pool = range(len(self.facs))
            facs.append(r.choice(pool))
        p["facilities"] = facs
        p["detained"] = wchoice(r, DETAIN_YEAR_C)
        return p

    def group(self):
        r = self.r
        eth = wchoice(r, ETH_C)
        home = self.home(eth)
        residence = None
        if r.random() < DIASPORA_RATE[eth]:
            country = {"uy": "TR" if r.random() < 0.6 else "KZ", "kz": "KZ", "ky": "KG" if r.random() < 0.6 else "KZ",
                       "hui": "KZ", "han": "KZ"}[eth]
            residence = r.choice(DIASPORA_BY_COUNTRY[country])
        unknown_birth = r.random() < 0.03
        if r.random() >= FAMILY_GROUP_RATE:
            g = "M" if r.random() < 0.62 else "F"
            p = self.person(eth, g, home, residence, None if unknown_birth else self.birth(1974, 14))
            return [p]
        # family: father + mother + children; siblings share the father's given name as surname
        b0 = self.birth(1963, 12)
        han = eth in ("han", "hui")
        fam_sur = wchoice(r, CN_SUR[eth]) if han else None
        father_given = None if han else self.tok(eth, "M")
        gf = None if han else self.tok(eth, "M")
        members = []
        n_children = r.choice([1, 2, 2, 3, 3, 4])
        if r.random() < 0.6 or n_children < 2:
            members.append(self.person(eth, "M", home, residence, b0, sur=fam_sur if han else gf,
                                       given=father_given if not han else None))
        if r.random() < 0.5:
            members.append(self.person(eth, "F", home, residence, b0 + r.randint(-2, 8)))
        cb = b0 + r.randint(20, 32)
        for _ in range(n_children):
            g = "M" if r.random() < 0.55 else "F"
            if han:
                c = self.person(eth, g, home, residence, min(cb, 2005), sur=fam_sur)
            else:
                c = self.person(eth, g, home, residence, min(cb, 2005), sur=father_given, gf=gf)
            members.append(c)
            cb += r.randint(1, 5)
        # families are often taken together
        if r.random() < 0.5:
            d = members[0]["detained"]
            shared_fac = members[0]["facilities"][0]
            for m in members[1:]:
                m["detained"] = d
                if r.random() < 0.3:
                    m["facilities"][0] = shared_fac
        return members

    def mention(self, p):
        r = self.r
        style = wchoice(r, STYLE_C[p["eth"]])
        if p["eth"] in ("han", "hui"):
            name = han_name(r, p, style)
        else:
            name = turkic_name(r, p, style)
        return [name, gender_field(r, p, style), birth_field(r, p), hometown_field(r, p, style),
                facility_field(r, p, style, self.facs), detained_field(r, p)]

    def run(self, out_dir, progress=True):
        r = self.r
        n = self.n_records
        nb = max(1, min(256, n // 5000))
        tmp = tempfile.mkdtemp(prefix="linkgen-", dir=out_dir)
        bfiles = [open(os.path.join(tmp, f"b{i:03d}.csv"), "w", encoding="utf-8", newline="") for i in range(nb)]
        bw = [csv.writer(f) for f in bfiles]
        written = 0
        n_persons = 0
        t0 = time.time()
        while written < n:
            for p in self.group():
                if written >= n:
                    break
                k = min(wchoice(r, self.count_c), n - written)
                n_persons += 1
                for _ in range(k):
                    row = self.mention(p)
                    bw[r.randrange(nb)].writerow([p["pid"]] + row)
                written += k
                if progress and written // 100000 != (written - k) // 100000:
                    print(f"  {written} mentions, {n_persons} persons, {time.time() - t0:.0f}s", file=sys.stderr)
        for f in bfiles:
            f.close()
        idx = 0
        with open(os.path.join(out_dir, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
                open(os.path.join(out_dir, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
            wm, wt = csv.writer(fm, lineterminator="\n"), csv.writer(ft, lineterminator="\n")
            wm.writerow(["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"])
            wt.writerow(["mention_id", "person_id"])
            for i in range(nb):
                with open(os.path.join(tmp, f"b{i:03d}.csv"), encoding="utf-8", newline="") as fh:
                    rows = list(csv.reader(fh))
                r.shuffle(rows)
                for row in rows:
                    idx += 1
                    mid = f"m{idx:07d}"
                    wm.writerow([mid] + row[1:])
                    wt.writerow([mid, row[0]])
        shutil.rmtree(tmp)
        return idx, n_persons


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities", default=os.environ.get("LINKGEN_FACILITIES", DEFAULT_FACILITIES))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.records < 1:
        ap.error("--records must be >= 1")
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    g = Gen(a.seed, a.records, a.facilities)
    n, persons = g.run(a.out, progress=not a.quiet)
    if not a.quiet:
        print(f"wrote {n} mentions of {persons} persons to {a.out} in {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
