#!/usr/bin/env python3
"""Held-out test-data generator H for `guwah link-records`.

generate.py --records N --seed S --out DIR [--facilities PATH]
writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year)
and DIR/truth.csv (mention_id,person_id).  Standard library only; deterministic per seed.
"""
import argparse
import bisect
import csv
import io
import os
import random
import sys
import unicodedata
from array import array

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from world import (AR, BGN, COUNTIES, DIGRAPHS, EN, HAN_GIVEN_F, HAN_GIVEN_M, HAN_SURNAMES,  # noqa: E402
                   HOMES, HUI_SURNAMES, KG_FEMALE, KG_MALE, KGC, KIN_KZ_F, KIN_KZ_M, KIN_UY_F,
                   KIN_UY_M, KZ_FEMALE, KZ_MALE, KZC, OCR, PLACE_PARTS, PLACE_SUFFIX, PREFS, RU,
                   TITLES_EN, TR, UY_FEMALE, UY_MALE, VOWELS, ZH_FIN, ZH_HOMOPHONES, ZH_INIT,
                   ZH_STRAY, ZH_SYL, ZH_VOWEL_ALONE)

FAC_DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "../../../shared/data/facilities/210720_all_locations_BFN.csv")
# when this folder sits directly beside shared/ (as the writer's own folder did)
FAC_NEAR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        "../shared/data/facilities/210720_all_locations_BFN.csv")


# ------------------------------------------------------------------ helpers
class Pick:
    """Weighted choice with precomputed cumulative weights."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        c, acc = [], 0.0
        for p in pairs:
            acc += p[1]
            c.append(acc)
        self.cum, self.tot = c, acc

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def zipf(names, s=0.8):
    names = list(dict.fromkeys(names))
    return Pick([(n, 1.0 / (i + 1) ** s) for i, n in enumerate(names)])


_tok_cache = {}


def phonemes(word):
    r = _tok_cache.get(word)
    if r is None:
        w, out, i = word.lower(), [], 0
        while i < len(w):
            if w[i:i + 2] in DIGRAPHS:
                out.append(w[i:i + 2])
                i += 2
            else:
                out.append(w[i])
                i += 1
        r = _tok_cache[word] = tuple(out)
    return r


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def strip_marks(s):
    s = s.replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ğ", "g")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# ------------------------------------------------------------------ renderers
_rcache = {}


def render(word, scheme, kaz=False):
    """Render a canonical (ULY-letter) word in one writing scheme; cached."""
    key = (word, scheme, kaz)
    r = _rcache.get(key)
    if r is not None:
        return r
    ph = phonemes(word)
    if scheme == "uly":
        r = cap(word.replace("ı", "i"))
    elif scheme == "tr":
        r = cap("".join(("j" if (p == "j" and kaz) else TR.get(p, p)) for p in ph))
    elif scheme in ("en", "en_a"):
        out = []
        for p in ph:
            if p == "j" and kaz:
                out.append("zh")
            elif p == "e" and scheme == "en_a":
                out.append("a")
            else:
                out.append(EN.get(p, p))
        r = cap("".join(out))
    elif scheme in ("ru", "kz", "kg"):
        table = RU if scheme == "ru" else (KZC if scheme == "kz" else KGC)
        out, i = [], 0
        while i < len(ph):
            p = ph[i]
            nxt = ph[i + 1] if i + 1 < len(ph) else ""
            if p == "y" and nxt in ("a", "u", "e", "o"):
                if scheme == "ru" and i > 0 and ph[i - 1] not in VOWELS:
                    out.append("ь")  # Meryem -> Мерьем
                out.append({"a": "я", "u": "ю", "e": "е", "o": "ё"}[nxt])
                i += 2
                continue
            if p == "j" and kaz:
                out.append("ж")
            elif p == "u" and scheme != "ru" and i > 0 and ph[i - 1] in VOWELS:
                out.append("у")  # Kazakh/Kyrgyz u after a vowel is the glide w
            elif scheme == "ru" and p == "e" and i == 0:
                out.append("э")
            else:
                out.append(table.get(p, p))
            i += 1
        r = cap("".join(out))
    elif scheme == "bgn":
        src = render(word, "ru", kaz)
        out = []
        for i, ch in enumerate(src.lower()):
            if ch == "е" and (i == 0 or src[i - 1].lower() in "аеиоуыэюяёь"):
                out.append("ye")
            else:
                out.append(BGN.get(ch, ch))
        r = cap("".join(out))
    elif scheme == "ar":
        out = []
        for i, p in enumerate(ph):
            if p in VOWELS and (i == 0 or ph[i - 1] in VOWELS):
                out.append("ئ")
            if p == "j" and kaz:
                out.append("ژ")
            else:
                out.append(AR.get(p, p))
        r = "".join(out)
    elif scheme == "pinyin":
        r = cap("".join(zh_syllables(word)))
    else:
        raise ValueError(scheme)
    _rcache[key] = r
    return r


def _fix_syl(init, fins):
    fin = fins[0]
    for s in tuple(init + f for f in fins) + (init + "i", init + "e", init + "a", init + "u"):
        if s in ZH_SYL:
            return s
    return ZH_VOWEL_ALONE.get(fin[:1], "yi") if fin else "yi"


_zcache = {}


def zh_syllables(word):
    r = _zcache.get(word)
    if r is not None:
        return r
    ph, out, i = phonemes(word), [], 0
    n = len(ph)
    while i < n:
        p = ph[i]
        if p in VOWELS:
            out.append(ZH_VOWEL_ALONE[p])
            i += 1
            continue
        if p not in ZH_INIT:
            i += 1
            continue
        if i + 1 < n and ph[i + 1] in VOWELS:
            syl = _fix_syl(ZH_INIT[p], ZH_FIN[ph[i + 1]])
            j = i + 2
            if j < n and ph[j] in ("n", "ng") and (j + 1 == n or ph[j + 1] not in VOWELS):
                cand = syl + ("ng" if ph[j] == "ng" else "n")
                if cand in ZH_SYL:
                    syl, j = cand, j + 1
            out.append(syl)
            i = j
        else:
            out.append("le" if (p == "l" and i == n - 1) else ZH_STRAY[p])
            i += 1
    r = _zcache[word] = tuple(out)
    return r


CHAR_PY = {}
for _py, _chars in ZH_SYL.items():
    for _c in _chars:
        CHAR_PY.setdefault(_c, _py.rstrip("2"))
CHAR_PY.update({"儿": "er", "谷": "gu", "惹": "re", "地": "di"})


def zh_chars(word, rng, p_homo):
    out = []
    for syl in zh_syllables(word):
        c = ZH_SYL[syl][0]
        if p_homo and rng.random() < p_homo and c in ZH_HOMOPHONES:
            c = ZH_HOMOPHONES[c]
        out.append(c)
    return "".join(out)


def chars_pinyin(chars):
    return cap("".join(CHAR_PY.get(c, "") for c in chars))


# ------------------------------------------------------------------ errors
KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo(s, rng):
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    op = rng.random()
    if op < 0.3:
        return s[:i] + s[i + 1:]
    if op < 0.55:
        return s[:i] + s[i] + s[i:]
    if op < 0.8 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    c = s[i]
    if c.isascii() and c.isalpha():
        k = KEYB.find(c.lower())
        if k >= 0:
            return s[:i] + KEYB[(k + rng.choice((-1, 1))) % 26] + s[i + 1:]
    return s[:i] + s[i + 1:]


def ocr(s, rng, rate):
    for a, b in OCR:
        if a in s and rng.random() < rate:
            s = s.replace(a, b, 1)
    return s


# ------------------------------------------------------------------ facilities
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}


def load_facilities(path):
    raw = open(path, "rb").read().decode("cp437")
    rows = list(csv.reader(io.StringIO(raw.replace("\r\n", "\n")), delimiter="\t"))
    head = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    facs = []
    for r in rows[1:]:
        if len(r) < len(head) or not r[ix["Name"]].strip():
            continue
        name = r[ix["Name"]].strip()
        num = ROMAN.get(name.rsplit("-", 1)[-1].strip(), 1) if "-" in name else 1
        facs.append((name, r[ix["Town"]].strip(), r[ix["Prefecture"]].strip(),
                     r[ix["facility type"]].strip(), num, r[ix["id_sub"]].strip()))
    return facs


# ------------------------------------------------------------------ world
class Person:
    __slots__ = ("eth", "sex", "given", "father", "by", "county", "town", "village", "facs",
                 "dyear", "title", "zh_given", "zh_sur", "mentions")


def build_places(rng):
    """Townships and villages per county: canonical ULY names."""
    towns = {}
    for c in COUNTIES:
        lst = []
        for _ in range(7):
            nm = rng.choice(PLACE_PARTS) + rng.choice(PLACE_SUFFIX)
            if rng.random() < 0.25:
                nm = rng.choice(PLACE_PARTS) + " " + nm.lower()
            vill = []
            for v in range(12):
                if rng.random() < 0.6:
                    vill.append(rng.randint(1, 24))
                else:
                    vill.append(rng.choice(PLACE_PARTS) + rng.choice(PLACE_SUFFIX))
            lst.append((nm.replace("  ", " "), vill))
        towns[c] = lst
    return towns


_MPP = Pick([((1, 1), 0.50), ((2, 2), 0.19), ((3, 3), 0.10), ((4, 4), 0.06), ((5, 5), 0.04),
             ((6, 7), 0.045), ((8, 11), 0.03), ((12, 19), 0.012), ((20, 34), 0.005), ((35, 60), 0.0012)])


def MPP(rng):
    lo, hi = _MPP(rng)
    return lo if lo == hi else rng.randint(lo, hi)


ETH = Pick([("uy", 0.74), ("kz", 0.15), ("kg", 0.03), ("hui", 0.05), ("han", 0.03)])
NAMES = {("uy", "M"): zipf(UY_MALE), ("uy", "F"): zipf(UY_FEMALE), ("kz", "M"): zipf(KZ_MALE),
         ("kz", "F"): zipf(KZ_FEMALE), ("kg", "M"): zipf(KG_MALE), ("kg", "F"): zipf(KG_FEMALE)}
HAN_G = {"M": zipf(HAN_GIVEN_M, 0.7), "F": zipf(HAN_GIVEN_F, 0.7)}
HSUR = {"hui": zipf(HUI_SURNAMES, 1.0), "han": zipf(HAN_SURNAMES, 1.0)}
HOMEPICK = {e: Pick(list(d.items())) for e, d in HOMES.items()}


def make_world(n_records, rng, facs, towns):
    fac_by_town, fac_by_pref = {}, {}
    for i, f in enumerate(facs):
        fac_by_town.setdefault(f[1], []).append(i)
        fac_by_pref.setdefault(f[2], []).append(i)
    persons, total = [], 0
    nsize = Pick([(1, 0.45), (2, 0.27), (3, 0.15), (4, 0.08), (5, 0.05)])
    while total < n_records:
        eth = ETH(rng)
        county = HOMEPICK[eth](rng)
        t = rng.randrange(len(towns[county]))
        vill = rng.randrange(12)
        fborn = rng.randint(1945, 1985)
        grandfather = NAMES[(eth if eth in ("uy", "kz", "kg") else "uy", "M")](rng)
        father = NAMES[(eth if eth in ("uy", "kz", "kg") else "uy", "M")](rng)
        hsur = HSUR[eth](rng) if eth in HSUR else None
        # household members: father, mother, children
        members = [("M", father, grandfather, fborn, "father")]
        if eth in ("uy", "kz", "kg"):
            members.append(("F", NAMES[(eth, "F")](rng), NAMES[(eth, "M")](rng),
                            fborn + rng.randint(-2, 8), "mother"))
        else:
            members.append(("F", None, None, fborn + rng.randint(-2, 8), "mother"))
        for _ in range(rng.randint(1, 6)):
            sx = rng.choice("MF")
            cb = fborn + rng.randint(20, 38)
            if cb > 2003:
                continue
            g = NAMES[(eth, sx)](rng) if eth in ("uy", "kz", "kg") else None
            members.append((sx, g, father, cb, "child"))
        k = min(nsize(rng), len(members))
        chosen = rng.sample(members, k)
        # prefer adults (the police lists are mostly of adults)
        for sx, g, fa, by, role in chosen:
            p = Person()
            p.eth, p.sex, p.by, p.county, p.town, p.village = eth, sx, by, county, t, vill
            if rng.random() < 0.04:  # moved: hometown elsewhere in the same group's region
                p.county = HOMEPICK[eth](rng)
                p.town, p.village = rng.randrange(len(towns[p.county])), rng.randrange(12)
            p.given, p.father = g, fa
            if eth in HSUR:
                p.zh_sur = hsur if role != "mother" else HSUR[eth](rng)
                p.zh_given = HAN_G[sx](rng)
                p.given, p.father = None, None
            else:
                p.zh_sur = p.zh_given = None
            pool = fac_by_town.get(p.county) or fac_by_pref.get(COUNTIES[p.county][0]) or list(range(len(facs)))
            nf = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.85 else 3)
            p.facs = [rng.choice(pool)]
            for _ in range(nf - 1):
                pool2 = fac_by_pref.get(COUNTIES[p.county][0]) or pool
                p.facs.append(rng.choice(pool2))
            p.dyear = DYEAR(rng)
            p.title = None
            r = rng.random()
            if sx == "M" and by < 1965 and r < 0.12:
                p.title = "Haji"
            elif r < 0.02:
                p.title = rng.choice(TITLES_EN)[0]
            p.mentions = MPP(rng)
            total += p.mentions
            persons.append(p)
            if total >= n_records:
                break
    persons[-1].mentions -= total - n_records
    return persons


DYEAR = Pick([(2017, 0.45), (2018, 0.32), (2019, 0.08), (2016, 0.08), (2015, 0.04), (2014, 0.03)])

# ------------------------------------------------------------------ sources
# name: source -> (gender, birth_year, hometown, facility, detained_year) fill rates
FILL = {
    "police_zh": (0.98, 0.97, 0.95, 0.55, 0.85),
    "police_py": (0.95, 0.95, 0.90, 0.50, 0.80),
    "ngo_uly": (0.70, 0.60, 0.80, 0.45, 0.60),
    "ngo_tr": (0.60, 0.55, 0.75, 0.30, 0.50),
    "ngo_en": (0.75, 0.65, 0.80, 0.50, 0.70),
    "ngo_scan": (0.75, 0.65, 0.80, 0.50, 0.70),
    "uy_ar": (0.50, 0.40, 0.70, 0.30, 0.40),
    "ru_cyr": (0.80, 0.70, 0.60, 0.30, 0.60),
    "ru_en": (0.80, 0.70, 0.60, 0.30, 0.60),
    "kz_cyr": (0.85, 0.75, 0.85, 0.50, 0.75),
    "testimony": (0.50, 0.30, 0.55, 0.80, 0.70),
}
SRC = {
    "uy": Pick([("police_zh", .16), ("police_py", .10), ("ngo_uly", .16), ("ngo_tr", .10),
                ("ngo_en", .14), ("ngo_scan", .05), ("uy_ar", .08), ("ru_cyr", .04), ("ru_en", .04),
                ("testimony", .09), ("kz_cyr", .01)]),
    "kz": Pick([("kz_cyr", .28), ("ru_cyr", .12), ("ru_en", .10), ("police_zh", .15),
                ("police_py", .08), ("ngo_en", .15), ("testimony", .08), ("ngo_tr", .04)]),
    "kg": Pick([("kz_cyr", .22), ("ru_cyr", .18), ("ru_en", .10), ("police_zh", .15),
                ("police_py", .08), ("ngo_en", .15), ("testimony", .08), ("ngo_uly", .04)]),
    "hui": Pick([("police_zh", .35), ("police_py", .20), ("ngo_en", .25), ("testimony", .10),
                 ("ngo_uly", .05), ("ngo_scan", .05)]),
    "han": Pick([("police_zh", .40), ("police_py", .20), ("ngo_en", .25), ("testimony", .10),
                 ("ngo_scan", .05)]),
}
# prominent persons are written about by NGOs and in testimonies more than they appear in leaks
SRC_PROM = Pick([("ngo_en", .30), ("ngo_uly", .15), ("ngo_tr", .12), ("testimony", .15),
                 ("uy_ar", .08), ("ru_en", .05), ("police_zh", .08), ("police_py", .07)])
SCHEME = {"ngo_uly": "uly", "ngo_tr": "tr", "ngo_en": "en", "ngo_scan": "en", "uy_ar": "ar",
          "ru_cyr": "ru", "ru_en": "bgn", "testimony": "en", "police_py": "pinyin"}
GENDER = {
    "police_zh": ("男", "女"), "police_py": ("M", "F"), "ngo_uly": ("er", "ayal"),
    "ngo_tr": ("Erkek", "Kadın"), "ngo_en": ("M", "F"), "ngo_scan": ("M", "F"),
    "uy_ar": ("ئەر", "ئايال"), "ru_cyr": ("муж", "жен"), "ru_en": ("male", "female"),
    "kz_cyr": ("ер", "әйел"), "testimony": ("male", "female"),
}
# birth-year cell forms per source: exact, native (script-specific exact), off1, circa, range, decade, age
BYF = {
    "police_zh": Pick([("exact", .80), ("native", .12), ("off1", .05), ("age", .03)]),
    "police_py": Pick([("exact", .90), ("off1", .07), ("age", .03)]),
    "ngo_uly": Pick([("exact", .55), ("off1", .08), ("circa", .12), ("range", .08), ("decade", .08), ("age", .09)]),
    "ngo_tr": Pick([("exact", .55), ("off1", .08), ("circa", .12), ("range", .08), ("decade", .08), ("age", .09)]),
    "ngo_en": Pick([("exact", .55), ("off1", .08), ("circa", .12), ("range", .08), ("decade", .08), ("age", .09)]),
    "ngo_scan": Pick([("exact", .6), ("off1", .08), ("circa", .12), ("range", .08), ("decade", .06), ("age", .06)]),
    "uy_ar": Pick([("exact", .6), ("circa", .1), ("age", .2), ("off1", .1)]),
    "ru_cyr": Pick([("exact", .7), ("native", .15), ("off1", .07), ("age", .08)]),
    "ru_en": Pick([("exact", .8), ("off1", .1), ("circa", .05), ("age", .05)]),
    "kz_cyr": Pick([("exact", .75), ("off1", .07), ("age", .1), ("circa", .08)]),
    "testimony": Pick([("age", .5), ("decade", .2), ("circa", .2), ("exact", .1)]),
}
# probability per mention of: typo, swapped order, surname only, initial, title/kin, caps, marks dropped
ERR = {
    "police_zh": (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    "police_py": (0.03, 0.05, 0.0, 0.0, 0.0, 0.25, 0.0),
    "ngo_uly": (0.05, 0.12, 0.02, 0.02, 0.05, 0.05, 0.35),
    "ngo_tr": (0.05, 0.12, 0.02, 0.02, 0.05, 0.30, 0.15),
    "ngo_en": (0.06, 0.15, 0.02, 0.04, 0.06, 0.10, 0.0),
    "ngo_scan": (0.04, 0.15, 0.02, 0.04, 0.05, 0.10, 0.0),
    "uy_ar": (0.04, 0.08, 0.02, 0.0, 0.04, 0.0, 0.0),
    "ru_cyr": (0.04, 0.0, 0.01, 0.05, 0.0, 0.05, 0.0),
    "ru_en": (0.04, 0.0, 0.01, 0.05, 0.0, 0.10, 0.0),
    "kz_cyr": (0.04, 0.10, 0.01, 0.03, 0.04, 0.05, 0.0),
    "testimony": (0.03, 0.03, 0.10, 0.08, 0.30, 0.0, 0.0),
}


def word_in(word, scheme, eth, rng, mention_src):
    kaz = eth in ("kz", "kg")
    if scheme == "en":
        if eth == "uy" and rng.random() < 0.25:
            s = render(word, "en_a", kaz)
        else:
            s = render(word, "en", kaz)
        r = rng.random()
        if "q" in word and r < 0.25:
            s = s.replace("k", "q")  # diaspora writers often keep ULY q
        if "x" in word and r > 0.7:
            s = s.replace("kh", "h")
        return s
    if scheme == "kzc":
        return render(word, "kz" if eth == "kz" else ("kg" if eth == "kg" else "ru"), kaz)
    return render(word, scheme, kaz)


def render_name(p, src, rng):
    """Return (name string, partial flag)."""
    e = ERR[src]
    partial = False
    if p.eth in ("hui", "han"):
        sc, sp = p.zh_sur
        gc, gp = p.zh_given
        if src == "police_zh":
            return sc + gc, False
        if src == "ngo_uly" or rng.random() < 0.5:
            s = cap(sp) + " " + cap(gp)
        else:
            s = cap(gp) + " " + cap(sp) if rng.random() < 0.5 else sp.upper() + " " + cap(gp)
        if rng.random() < e[0]:
            s = typo(s, rng)
        if src == "ngo_scan":
            s = ocr(s, rng, 0.3)
        if src == "testimony" and rng.random() < 0.3:
            s, partial = ("Old " if rng.random() < 0.5 else "Mr. ") + cap(sp), True
        return s, partial
    g, f = p.given, p.father
    if src == "police_zh":
        return zh_chars(g, rng, 0.12) + "·" + zh_chars(f, rng, 0.12), False
    if src == "police_py":
        gc, fc = zh_chars(g, rng, 0.12), zh_chars(f, rng, 0.12)
        G, F = chars_pinyin(gc), chars_pinyin(fc)
        r = rng.random()
        s = (G + " " + F) if r < 0.6 else ((G + "·" + F) if r < 0.75 else (G + F if r < 0.85 else G + "  " + F))
        if rng.random() < e[5]:
            s = s.upper()
        if rng.random() < e[0]:
            s = typo(s, rng)
        return s, False
    scheme = SCHEME.get(src, "kzc")
    G = word_in(g, scheme, p.eth, rng, src)
    F = word_in(f, scheme, p.eth, rng, src)
    # patronymic suffixes
    son = p.sex == "M"
    if p.eth == "kz" and src in ("kz_cyr", "ru_cyr", "ru_en", "ngo_en") and rng.random() < 0.45:
        if src == "kz_cyr":
            F += "ұлы" if son else "қызы"
        elif src == "ru_cyr":
            F += "улы" if son else "кызы"
        else:
            F += "uly" if son else "qyzy" if rng.random() < 0.5 else "kyzy"
    elif p.eth == "kg" and src in ("kz_cyr", "ru_cyr", "ru_en", "ngo_en") and rng.random() < 0.45:
        F += (" уулу" if son else " кызы") if src in ("kz_cyr", "ru_cyr") else (" uulu" if son else " kyzy")
    elif src in ("ru_cyr", "ru_en") and rng.random() < 0.6:
        last = F[-1].lower()
        # Abdulla -> Abdullaev, Tokhti -> Tokhtiev, Memet -> Memetov
        if src == "ru_cyr":
            suf = ("ев" if last in "аеиоуыэюяйь" else "ов") + ("" if son else "а")
        else:
            suf = ("yev" if last in "aeiouy" and rng.random() < 0.4 else "ev" if last in "aeiouy" else "ov") + ("" if son else "a")
        F += suf
    order_sf = False
    if src in ("ru_cyr", "ru_en"):
        order_sf = rng.random() < 0.65  # Russian lists: surname first
    elif rng.random() < e[1]:
        order_sf = True
    if rng.random() < e[5]:
        F = F.upper()
    r = rng.random()
    if r < e[2]:
        s, partial = F, True
    elif r < e[2] + e[3]:
        s = (G[0] + ". " + F) if not order_sf else (F + " " + G[0] + ".")
        partial = True
    elif src == "testimony" and r < 0.45:
        s, partial = G, True
    else:
        s = (F + " " + G) if order_sf else (G + " " + F)
    if rng.random() < e[4]:
        if p.title and src in ("ngo_en", "ngo_scan", "testimony", "ru_en"):
            s = p.title + " " + s
        elif src == "testimony" and p.eth in ("kz", "kg"):
            s = s + " " + rng.choice(KIN_KZ_M if son else KIN_KZ_F).replace("ı", "i")
        elif src == "testimony" or src == "ngo_uly" or src == "ngo_tr" or src == "uy_ar":
            kin = rng.choice(KIN_UY_M if son else KIN_UY_F)
            s = s + " " + (render(kin, "ar") if src == "uy_ar" else kin)
        elif src == "kz_cyr":
            s = s + " " + render(rng.choice(KIN_KZ_M if son else KIN_KZ_F), "kz", True)
    if rng.random() < e[6]:
        s = strip_marks(s)
    if rng.random() < e[0]:
        s = typo(s, rng)
    if src == "ngo_scan":
        s = ocr(s, rng, 0.25)
    return s, partial


def place_word(word, scheme, rng):
    if scheme == "zh":
        return "".join(ZH_SYL[s][0] for s in zh_syllables(word.replace(" ", "")))
    if scheme == "pinyin":
        return render(word.replace(" ", ""), "pinyin")
    parts = [render(w, scheme if scheme != "en" else "en") for w in word.split(" ")]
    return " ".join(parts) if scheme != "ar" else " ".join(parts)


TOWN_SUF = {"zh": "乡", "pinyin": " Xiang", "uly": " yézisi", "en": " township", "tr": " kasabası",
            "ru": " волость", "kz": " ауылы", "ar": " يېزىسى", "bgn": " township"}


def county_str(c, scheme, rng):
    pref, uly, zh, py, ru, alts, kzc = COUNTIES[c]
    if scheme == "zh":
        return zh if rng.random() < 0.8 else zh[:-1]
    if scheme == "pinyin":
        return py if rng.random() < 0.7 else py.rsplit(" ", 1)[0]
    if scheme == "uly":
        return uly if rng.random() < 0.6 else uly.split(" ")[0]
    if scheme == "tr":
        return render(uly.split(" ")[0], "tr")
    if scheme == "ru":
        return ru
    if scheme == "bgn":
        return render_bgn_str(ru)
    if scheme == "kz":
        return kzc or ru
    if scheme == "ar":
        return " ".join(render(w, "ar") for w in uly.split(" "))
    return rng.choice(alts) if rng.random() < 0.7 else c


def render_bgn_str(s):
    return "".join(BGN.get(ch, ch) if ch.islower() else cap(BGN.get(ch.lower(), ch)) for ch in s)


def pref_str(pk, scheme, rng):
    uly, zh, py, ru, alts = PREFS[pk]
    if scheme == "zh":
        return zh if rng.random() < 0.6 else zh[:2]
    if scheme == "pinyin":
        return py
    if scheme in ("uly",):
        return uly
    if scheme == "tr":
        return render(uly.replace("'", ""), "tr")
    if scheme in ("ru", "kz"):
        return ru
    if scheme == "bgn":
        return render_bgn_str(ru)
    if scheme == "ar":
        return render(uly.replace("'", ""), "ar")
    return rng.choice(alts)


HOME_SCHEME = {"police_zh": "zh", "police_py": "pinyin", "ngo_uly": "uly", "ngo_tr": "tr",
               "ngo_en": "en", "ngo_scan": "en", "uy_ar": "ar", "ru_cyr": "ru", "ru_en": "bgn",
               "kz_cyr": "kz", "testimony": "en"}
HOME_LEVEL = {
    "police_zh": Pick([("village", .55), ("town", .3), ("county", .15)]),
    "police_py": Pick([("village", .45), ("town", .35), ("county", .2)]),
    "testimony": Pick([("town", .2), ("county", .5), ("pref", .3)]),
}
HOME_LEVEL_DEF = Pick([("village", .12), ("town", .25), ("county", .43), ("pref", .2)])


def village_str(v, scheme):
    if isinstance(v, int):
        return {"zh": f"{v}村", "pinyin": f"{v} Cun", "uly": f"{v}-kent", "en": f"Village No. {v}",
                "tr": f"{v}. köy", "ru": f"село №{v}", "kz": f"{v}-ауыл", "ar": f"{v}-كەنت",
                "bgn": f"selo No. {v}"}[scheme]
    base = place_word(v, scheme if scheme != "bgn" else "en", None)
    return base + {"zh": "村", "pinyin": " Cun", "uly": " kenti", "en": " village", "tr": " köyü",
                   "ru": "", "kz": " ауылы", "ar": " كەنتى", "bgn": " village"}[scheme]


def render_home(p, src, rng, towns):
    scheme = HOME_SCHEME[src]
    lvl = HOME_LEVEL.get(src, HOME_LEVEL_DEF)(rng)
    tname, vills = towns[p.county][p.town]
    pk = COUNTIES[p.county][0]
    if lvl == "pref":
        return pref_str(pk, scheme, rng)
    c = county_str(p.county, scheme, rng)
    parts = [c]
    if lvl in ("town", "village"):
        ts = place_word(tname, scheme if scheme != "bgn" else "en", rng)
        if rng.random() < 0.75:
            ts += TOWN_SUF[scheme]
        parts.append(ts)
        if lvl == "village":
            parts.append(village_str(vills[p.village], scheme))
    if scheme == "zh":
        if rng.random() < 0.3:
            parts.insert(0, pref_str(pk, "zh", rng))
        return "".join(parts)
    if rng.random() < 0.25:
        parts.insert(0, pref_str(pk, scheme, rng))
    sep = ", " if rng.random() < 0.7 else " "
    if scheme in ("en", "bgn", "tr") and rng.random() < 0.6:
        parts.reverse()  # small to large, English address order
    s = sep.join(parts)
    if src == "ngo_scan":
        s = ocr(s, rng, 0.15)
    return s


FAC_SCHEME = HOME_SCHEME


def render_fac(p, src, rng, facs):
    f = facs[rng.choice(p.facs)]
    name, town, pref, ftype, num, sub = f
    scheme = FAC_SCHEME[src]
    known = town in COUNTIES
    r = rng.random()
    if scheme == "zh":
        base = COUNTIES[town][2][:-1] if known else town
        if ftype.startswith("detention"):
            return base + "看守所"
        if ftype.startswith("prison"):
            return base + "监狱"
        return base + (f"第{num}教培中心" if r < 0.6 else "职业技能教育培训中心")
    if scheme == "pinyin":
        base = COUNTIES[town][3].rsplit(" ", 1)[0] if known else town
        return base + (" Kanshousuo" if ftype.startswith("detention") else f" Jiaopei Zhongxin {num}")
    if scheme == "uly":
        base = COUNTIES[town][1].split(" ")[0] if known else town
        return base + (" türmisi" if ftype.startswith(("prison", "detention")) else f" {num}-lagér")
    if scheme == "tr":
        base = render(COUNTIES[town][1].split(" ")[0], "tr") if known else town
        return base + (" cezaevi" if ftype.startswith(("prison", "detention")) else f" {num} nolu kamp")
    if scheme in ("ru", "kz"):
        base = COUNTIES[town][4] if known else town
        if scheme == "kz":
            return base + (" лагері" if ftype in ("camp", "") else " түрмесі")
        return ("лагерь " + base) if r < 0.5 else ("лагерь в " + base if r < 0.7 else base + " лагерь")
    if scheme == "bgn":
        base = render_bgn_str(COUNTIES[town][4]) if known else town
        return "camp in " + base
    if scheme == "ar":
        base = render(COUNTIES[town][1].split(" ")[0], "ar") if known else town
        return base + " لاگېرى"
    # English (NGO, scan, testimony)
    alt = rng.choice(COUNTIES[town][5]) if known and rng.random() < 0.5 else town
    if src == "testimony":
        if ftype.startswith(("prison", "detention")):
            return alt + (" prison" if ftype.startswith("prison") else rng.choice((" jail", " detention centre")))
        return rng.choice(("the camp in ", "a school in ", "camp near ", "")) + alt
    if r < 0.3:
        s = name  # the BuzzFeed site label, copied by researchers
    elif r < 0.5:
        s = f"{alt} No.{num} camp" if ftype == "camp" or not ftype else f"{alt} {ftype}"
    elif r < 0.65:
        s = f"{alt} {name.rsplit('-', 1)[-1].strip()}"
    elif r < 0.8:
        s = f"{alt} re-education camp"
    else:
        s = f"{pref} {ftype or 'camp'}".strip()
    if src == "ngo_scan":
        s = ocr(s, rng, 0.15)
    return s


def render_by(p, src, rng):
    form = BYF[src](rng)
    by = p.by
    if form == "exact":
        return str(by)
    if form == "off1":
        return str(by + rng.choice((-1, 1)))
    if form == "native":
        return f"{by}年" if src == "police_zh" else f"{by} г.р."
    if form == "circa":
        return rng.choice(("c. ", "ca. ", "~", "c.", "approx. ")) + str(by + rng.choice((0, 0, 0, -1, 1, -2, 2)))
    if form == "range":
        lo = by - rng.randint(0, 4)
        hi = lo + rng.choice((3, 4, 5))
        return f"{lo}-{hi}" if rng.random() < 0.6 else f"{lo}–{str(hi)[2:]}"
    if form == "decade":
        d = by // 10 * 10
        if rng.random() < 0.3:
            return ("early " if by % 10 < 4 else "late " if by % 10 > 6 else "mid ") + f"{d}s"
        return f"{d}s"
    age = p.dyear - by + rng.choice((0, 0, 1, -1))
    if src == "ru_cyr":
        return f"{age} лет"
    if src == "kz_cyr":
        return f"{age} жаста"
    if src == "police_zh":
        return f"{age}岁"
    if src == "testimony":
        return rng.choice(("age ", "about ", "aged ~")) + str(age if rng.random() < 0.5 else round(age, -1))
    return rng.choice(("age ", "", "")) + str(age) + rng.choice((" y.o.", " yrs", ""))


def render_dy(p, src, rng):
    y = p.dyear + (rng.choice((-1, 1)) if rng.random() < 0.08 else 0)
    r = rng.random()
    if src == "police_zh":
        return f"{y}年" if r < 0.3 else str(y)
    if r < 0.08:
        return f"{y}-{y + 1}"
    if r < 0.13:
        return f"{y}?"
    if src == "ru_cyr" and r < 0.4:
        return f"{y} г."
    return str(y)


# ------------------------------------------------------------------ csv
def cell(s):
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


STATS = {s: 0 for s in FILL}


def generate(n, seed, facs):
    rng = random.Random(seed)
    towns = build_places(random.Random(seed * 7919 + 1))
    persons = make_world(n, rng, facs, towns)
    lines = []
    pids = array("i")
    for pi, p in enumerate(persons):
        prom = p.mentions >= 20
        prev = []
        for k in range(p.mentions):
            if prev and rng.random() < 0.12:
                # a list copied from another list: name and birth-year cells travel with their errors
                src, name, gender, by, partial = prev[rng.randrange(len(prev))]
            else:
                src = SRC_PROM(rng) if prom and p.eth == "uy" else SRC[p.eth](rng)
                name, partial = render_name(p, src, rng)
                fg = FILL[src]
                gender = GENDER[src][p.sex == "F"] if rng.random() < fg[0] else ""
                if gender and rng.random() < 0.01:
                    gender = GENDER[src][p.sex != "F"]
                by = render_by(p, src, rng) if rng.random() < fg[1] else ""
            fg = FILL[src]
            home = render_home(p, src, rng, towns) if rng.random() < fg[2] else ""
            fac = render_fac(p, src, rng, facs) if rng.random() < fg[3] else ""
            dy = render_dy(p, src, rng) if rng.random() < fg[4] else ""
            if partial:
                # a partial name is only linkable with context: keep at least two other clues
                if not by:
                    by = render_by(p, src, rng)
                if not home:
                    home = render_home(p, src, rng, towns)
                if not fac:
                    fac = render_fac(p, src, rng, facs)
            prev.append((src, name, gender, by, partial))
            STATS[src] += 1
            lines.append(",".join((cell(name), cell(gender), cell(by), cell(home), cell(fac), cell(dy))))
            pids.append(pi)
    order = list(range(len(lines)))
    rng.shuffle(order)
    return lines, pids, order


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    a = ap.parse_args(argv)
    path = a.facilities
    if not path:
        for cand in (FAC_DEFAULT, FAC_NEAR, os.environ.get("GUWAH_FACILITIES")):
            if cand and os.path.exists(cand):
                path = cand
                break
    if not path or not os.path.exists(path):
        sys.exit("facilities file not found: pass --facilities PATH or set GUWAH_FACILITIES")
    if a.records < 1:
        sys.exit("--records must be >= 1")
    facs = load_facilities(path)
    lines, pids, order = generate(a.records, a.seed, facs)
    os.makedirs(a.out, exist_ok=True)
    width = max(7, len(str(len(lines))))
    pmap = {}
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        fm.write("mention_id,name,gender,birth_year,hometown,facility,detained_year\n")
        ft.write("mention_id,person_id\n")
        bm, bt = [], []
        for i, j in enumerate(order):
            mid = f"H{i + 1:0{width}d}"
            pid = pmap.get(pids[j])
            if pid is None:
                pid = pmap[pids[j]] = f"P{len(pmap) + 1:0{width}d}"
            bm.append(mid + "," + lines[j] + "\n")
            bt.append(mid + "," + pid + "\n")
            if len(bm) >= 50000:
                fm.write("".join(bm))
                ft.write("".join(bt))
                bm, bt = [], []
        fm.write("".join(bm))
        ft.write("".join(bt))
    print(f"wrote {len(lines)} mentions of {len(pmap)} persons to {a.out}", file=sys.stderr)
    if os.environ.get("LINKGEN_H_STATS"):
        for k, v in sorted(STATS.items(), key=lambda kv: -kv[1]):
            print(f"  source {k:10} {v / len(lines):6.1%}", file=sys.stderr)


if __name__ == "__main__":
    main()
