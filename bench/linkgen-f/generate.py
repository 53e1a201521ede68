#!/usr/bin/env python3
"""linkgen-f: held-out synthetic person-mention generator for `guwah link-records`.

Usage: generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,
detained_year) and DIR/truth.csv (mention_id,person_id).  Standard library only;
the same seed gives byte-identical files.  A short summary goes to stderr.
"""
import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import world as W  # noqa: E402

SOURCES = ["police_zh", "police_py", "ngo_uly", "ngo_en", "ngo_tr",
           "ug_arabic", "cyr_list", "ru_list", "testimony"]
# source weights per ethnicity (same order as SOURCES)
SRC_W = {
    "uy": [12, 10, 17, 18, 9, 8, 2, 4, 20],
    "kz": [12, 10, 2, 18, 3, 1, 25, 14, 15],
    "kg": [12, 10, 3, 15, 3, 1, 15, 20, 15],
    "hui": [25, 20, 1, 25, 2, 1, 3, 3, 20],
    "han": [30, 25, 0, 25, 0, 0, 0, 2, 18],
}
# per source fill rates: gender, birth_year, hometown, facility, detained_year
FILL = {
    "police_zh": (0.97, 0.95, 0.92, 0.75, 0.85),
    "police_py": (0.95, 0.92, 0.85, 0.60, 0.80),
    "ngo_uly": (0.80, 0.70, 0.80, 0.45, 0.65),
    "ngo_en": (0.85, 0.65, 0.75, 0.50, 0.60),
    "ngo_tr": (0.70, 0.60, 0.70, 0.35, 0.55),
    "ug_arabic": (0.60, 0.50, 0.75, 0.30, 0.50),
    "cyr_list": (0.90, 0.85, 0.85, 0.40, 0.75),
    "ru_list": (0.85, 0.75, 0.70, 0.30, 0.60),
    "testimony": (0.50, 0.35, 0.65, 0.60, 0.70),
}
ETH_W = [("uy", 0.74), ("kz", 0.16), ("kg", 0.025), ("hui", 0.045), ("han", 0.03)]
PREF_W = {
    "uy": {"kashgar": 30, "hotan": 20, "aksu": 14, "ili": 9, "urumqi": 8, "turpan": 5,
           "bayingolin": 4, "kizilsu": 4, "hami": 2, "changji": 1, "tacheng": 1,
           "altay": 0.3, "bortala": 0.5, "karamay": 0.5, "xpcc": 0.5},
    "kz": {"ili": 40, "tacheng": 25, "altay": 20, "changji": 7, "urumqi": 5, "bortala": 3},
    "kg": {"kizilsu": 80, "ili": 20},
    "han": {"urumqi": 40, "changji": 15, "xpcc": 15, "karamay": 10, "ili": 10,
            "kashgar": 4, "aksu": 3, "bayingolin": 3},
    "hui": {"changji": 35, "urumqi": 30, "ili": 20, "tacheng": 10, "hami": 5},
}
DET_YEARS = [(2014, 2), (2015, 3), (2016, 8), (2017, 40), (2018, 32), (2019, 10),
             (2020, 3), (2021, 2)]
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
         "IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15,
         "XVI": 16, "XVII": 17, "XVIII": 18, "XIX": 19, "XX": 20, "XXI": 21}
TR_PLACE = {"Qeshqer": "Kaşgar", "Xoten": "Hoten", "Ürümchi": "Urumçi", "Ghulja": "Gulca",
            "Aqsu": "Aksu", "Turpan": "Turfan", "Kucha": "Kuça", "Qumul": "Kumul"}


# ---------------------------------------------------------------- facilities
def default_facilities_path():
    env = os.environ.get("GUWAH_FACILITIES")
    if env:
        return env
    return os.path.join("..", "shared", "data", "facilities", "210720_all_locations_BFN.csv")


def load_facilities(path):
    """Read the BuzzFeed News file: tab-separated, CP437, CRLF, blank rows."""
    try:
        with open(path, "rb") as fh:
            text = fh.read().decode("cp437")
    except OSError as e:
        raise SystemExit("linkgen-f: cannot read facilities file %s (%s); pass --facilities "
                         "or set GUWAH_FACILITIES" % (path, e.strerror))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header = [h.strip() for h in lines[0].split("\t")]
    ix = {h: i for i, h in enumerate(header)}
    out = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        if not any(c.strip() for c in cells):
            continue
        cells += [""] * (len(header) - len(cells))
        name = cells[ix["Name"]].strip()
        town = cells[ix["Town"]].strip()
        pref = cells[ix["Prefecture"]].strip()
        ftype = cells[ix["facility type"]].strip()
        if not name:
            continue
        num = 1
        if " - " in name:
            num = ROMAN.get(name.rsplit(" - ", 1)[1].strip(), 1)
        county = W.BFN_TOWN.get(town)
        pkey = W.BFN_PREF.get(pref) or (W.COUNTIES[county][0] if county else None)
        out.append((name, town, pkey, county, ftype, num))
    if not out:
        raise SystemExit("no facilities read from %s" % path)
    return out


# ---------------------------------------------------------------- script helpers
_cache = {}


def uly_units(s):
    s = s.lower()
    out, i = [], 0
    while i < len(s):
        two = s[i:i + 2]
        if two in ("ch", "gh", "ng", "sh", "zh"):
            out.append(two)
            i += 2
        else:
            out.append(s[i])
            i += 1
    return out


def to_arabic(s):
    key = ("ar", s)
    r = _cache.get(key)
    if r is not None:
        return r
    words = []
    for w in s.split(" "):
        res, prev_vowel = [], True
        for u in uly_units(w):
            if u in W.UY_VOWELS:
                if prev_vowel:
                    res.append("ئ")
                prev_vowel = True
            else:
                prev_vowel = False
            res.append(W.UY_ARABIC.get(u, u))
        words.append("".join(res))
    r = " ".join(words)
    _cache[key] = r
    return r


def to_cyr(s, mode):
    key = ("cy", s, mode)
    r = _cache.get(key)
    if r is not None:
        return r
    words = []
    for w in s.split(" "):
        us = uly_units(w)
        res, i = [], 0
        while i < len(us):
            u = us[i]
            nxt = us[i + 1] if i + 1 < len(us) else ""
            if u == "y" and nxt in ("a", "u") and mode == 0:
                res.append("я" if nxt == "a" else "ю")
                i += 2
                continue
            if u == "e" and i == 0 and mode == 0:
                res.append("э")
            else:
                res.append(W.UY_CYR.get(u, (u, u))[mode])
            i += 1
        t = "".join(res)
        words.append(t[:1].upper() + t[1:])
    r = " ".join(words)
    _cache[key] = r
    return r


def cyr_to_lat(s, col):
    key = ("cl", s, col)
    r = _cache.get(key)
    if r is not None:
        return r
    res = []
    for ch in s:
        lo = ch.lower()
        m = W.CYR_LAT.get(lo)
        if m is None:
            res.append(ch)
        else:
            t = m[col]
            res.append(t[:1].upper() + t[1:] if ch != lo and t else t)
    r = "".join(res)
    _cache[key] = r
    return r


def ascii_fold(s):
    return (s.replace("é", "e").replace("ö", "o").replace("ü", "u").replace("É", "E")
            .replace("Ö", "O").replace("Ü", "U"))


def uly_turkish(s):
    key = ("tr", s)
    r = _cache.get(key)
    if r is not None:
        return r
    if s in W.TR_OVERRIDE:
        r = W.TR_OVERRIDE[s]
    elif s in TR_PLACE:
        r = TR_PLACE[s]
    else:
        out = []
        for u in uly_units(s):
            out.append({"sh": "ş", "ch": "ç", "gh": "ğ", "zh": "j", "j": "c", "x": "h",
                        "q": "k", "w": "v", "é": "e"}.get(u, u))
        r = "".join(out)
        r = r[:1].upper() + r[1:]
    _cache[key] = r
    return r


def uly_english(s, variant):
    key = ("en", s, variant)
    r = _cache.get(key)
    if r is not None:
        return r
    ov = W.EN_OVERRIDE.get(s)
    if ov:
        r = ov[variant % len(ov)]
    else:
        t = ascii_fold(s)
        if variant == 1:
            t = t.replace("x", "kh").replace("q", "k")
        elif variant == 2:
            t = t.replace("x", "h").replace("w", "v")
            # Chinese-mediated vowel: second-syllable e -> a (Memet -> Mamat-like)
            if len(t) > 3 and "e" in t[1:]:
                i = t.index("e", 1)
                t = t[:i] + "a" + t[i + 1:]
        elif variant == 3:
            t = t.replace("gh", "g").replace("q", "k").replace("x", "h")
        r = t[:1].upper() + t[1:]
    _cache[key] = r
    return r


def zh_pinyin(zh):
    """pinyin syllables of a Chinese string, per '·'-separated part."""
    key = ("py", zh)
    r = _cache.get(key)
    if r is not None:
        return r
    parts = []
    for part in zh.replace("•", "·").split("·"):
        parts.append([W.PINYIN.get(c, c) for c in part])
    r = parts
    _cache[key] = r
    return r


def weighted(rng, items):
    """items: list of (value, weight) -> (values, cum_weights) for rng.choices."""
    vals, cum, t = [], [], 0.0
    for v, w in items:
        if w <= 0:
            continue
        t += w
        vals.append(v)
        cum.append(t)
    return vals, cum


def zipf_cum(n, a=0.7):
    cum, t = [], 0.0
    for i in range(n):
        t += 1.0 / (i + 1) ** a
        cum.append(t)
    return cum


def typo(rng, s):
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.random()
    if s[i] == " " or s[i - 1] == " ":
        return s
    if op < 0.3:
        return s[:i] + s[i + 1:]                      # deletion
    if op < 0.55:
        return s[:i] + s[i] + s[i:]                   # doubling
    if op < 0.8:
        return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]  # transposition
    return s[:i] + rng.choice("aeiounrlmkstdy") + s[i + 1:]  # substitution


def ocr(rng, s, table):
    cands = [(a, b) for a, b in table if a in s]
    if not cands:
        return s
    a, b = rng.choice(cands)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]


# ---------------------------------------------------------------- the world
class Person:
    __slots__ = ("pid", "eth", "sex", "g", "s", "rus", "by", "home", "home2",
                 "fac", "fac2", "det", "n", "envar", "police_only", "title")


def build_townships(rng):
    towns = {}
    for ck in W.COUNTIES:
        lst, seen = [], set()
        while len(lst) < 10:
            a = rng.randrange(len(W.PLACE_ELEMENTS_A))
            b = rng.randrange(len(W.PLACE_ELEMENTS_B))
            if (a, b) in seen:
                continue
            seen.add((a, b))
            ua, za = W.PLACE_ELEMENTS_A[a]
            ub, zb = W.PLACE_ELEMENTS_B[b]
            town_kind = "zhen" if rng.random() < 0.3 else "xiang"
            lst.append((ua + ub, za + zb, town_kind))
        towns[ck] = lst
    return towns


class World:
    def __init__(self, rng, facilities):
        self.rng = rng
        self.fac = facilities
        self.fac_by_county, self.fac_by_pref = {}, {}
        for i, f in enumerate(facilities):
            if f[3]:
                self.fac_by_county.setdefault(f[3], []).append(i)
            if f[2]:
                self.fac_by_pref.setdefault(f[2], []).append(i)
        self.towns = build_townships(rng)
        self.eth_vals, self.eth_cum = weighted(rng, ETH_W)
        self.county_pick = {}
        for eth, pw in PREF_W.items():
            items = []
            for ck, row in W.COUNTIES.items():
                w = pw.get(row[0], 0)
                if w:
                    n_in = sum(1 for r in W.COUNTIES.values() if r[0] == row[0])
                    items.append((ck, w / n_in * (2.0 if row[6] == "shi" else 1.0)))
            self.county_pick[eth] = weighted(rng, items)
        self.names = {
            ("uy", "M"): W.UY_MALE, ("uy", "F"): W.UY_FEMALE,
            ("kz", "M"): W.KZ_MALE, ("kz", "F"): W.KZ_FEMALE,
            ("kg", "M"): W.KG_MALE, ("kg", "F"): W.KG_FEMALE,
        }
        self.name_cum = {k: zipf_cum(len(v)) for k, v in self.names.items()}
        self.src_pick = {e: weighted(rng, list(zip(SOURCES, w))) for e, w in SRC_W.items()}
        police_w = {}
        for e, w in SRC_W.items():
            w2 = [x * (5 if i < 2 else 1) for i, x in enumerate(w)]
            police_w[e] = weighted(rng, list(zip(SOURCES, w2)))
        self.src_pick_police = police_w
        self.det_vals, self.det_cum = weighted(rng, DET_YEARS)
        self.n_persons = 0

    # -- names
    def given(self, eth, sex, avoid=()):
        rng = self.rng
        if eth in ("han", "hui"):
            pool = W.HAN_GIVEN_M if sex == "M" else W.HAN_GIVEN_F
            k = 2 if rng.random() < 0.7 else 1
            return "".join(rng.choice(pool) for _ in range(k))
        lst = self.names[(eth, sex)]
        cum = self.name_cum[(eth, sex)]
        for _ in range(6):
            g = rng.choices(lst, cum_weights=cum)[0]
            if g not in avoid:
                return g
        return g

    def home(self, eth, county=None):
        rng = self.rng
        if county is None:
            vals, cum = self.county_pick[eth]
            county = rng.choices(vals, cum_weights=cum)[0]
        return (county, rng.randrange(10), rng.randint(1, 24))

    def facility(self, home):
        rng = self.rng
        u = rng.random()
        county = home[0]
        pref = W.COUNTIES[county][0]
        if u < 0.6 and county in self.fac_by_county:
            return rng.choice(self.fac_by_county[county])
        if u < 0.85 and pref in self.fac_by_pref:
            return rng.choice(self.fac_by_pref[pref])
        return rng.randrange(len(self.fac))

    def n_mentions(self):
        rng = self.rng
        u = rng.random()
        if u < 0.0015:
            return rng.randint(15, 90)
        if u < 0.52:
            return 1
        n = 2
        while rng.random() < 0.5 and n < 14:
            n += 1
        return n

    def person(self, eth, sex, g, s, by, home, det):
        rng = self.rng
        p = Person()
        self.n_persons += 1
        p.pid = self.n_persons
        p.eth, p.sex, p.g, p.s, p.by, p.home, p.det = eth, sex, g, s, by, home, det
        p.rus = rng.random() < 0.3
        p.home2 = self.home(eth) if rng.random() < 0.08 else None
        p.fac = None if rng.random() < 0.08 else self.facility(home)
        p.fac2 = self.facility(home) if (p.fac is not None and rng.random() < 0.12) else None
        p.n = self.n_mentions()
        p.envar = rng.randrange(4)
        p.police_only = rng.random() < 0.3
        p.title = rng.random() < 0.05
        return p

    def det_year(self):
        return self.rng.choices(self.det_vals, cum_weights=self.det_cum)[0]

    def family(self):
        """A household; returns the members that appear in the data."""
        rng = self.rng
        eth = rng.choices(self.eth_vals, cum_weights=self.eth_cum)[0]
        home = self.home(eth)
        fam_det = self.det_year()
        han = eth in ("han", "hui")

        def surname_for(eth):
            if han:
                return rng.choice(W.HUI_SURNAMES if eth == "hui" else W.HAN_SURNAMES)
            return self.given(eth, "M")

        def det():
            return fam_det if rng.random() < 0.6 else self.det_year()

        if rng.random() < 0.4:   # a lone person, no relatives in the data
            sex = "M" if rng.random() < 0.62 else "F"
            by = int(rng.triangular(1940, 2002, 1978))
            sur = surname_for(eth)
            return [self.person(eth, sex, self.given(eth, sex, avoid=(sur,)), sur, by,
                                home, self.det_year())]
        out = []
        father_s = surname_for(eth)
        father_g = self.given(eth, "M", avoid=(father_s,))
        fby = int(rng.triangular(1940, 1982, 1962))
        if rng.random() < 0.55:
            out.append(self.person(eth, "M", father_g, father_s, fby, home, det()))
        if rng.random() < 0.35:
            mg = self.given(eth, "F")
            ms = surname_for(eth)
            out.append(self.person(eth, "F", mg, ms, fby + rng.randint(-2, 8), home, det()))
        child_s = father_s if han else father_g
        gen_char = rng.choice(W.HAN_GIVEN_M) if han and rng.random() < 0.5 else None
        used = [father_g]
        nkids = rng.choice([1, 2, 2, 3, 3, 4, 5, 6])
        year = fby + rng.randint(20, 28)
        for _ in range(nkids):
            if year > 2003:
                break
            sex = "M" if rng.random() < 0.55 else "F"
            g = self.given(eth, sex, avoid=used)
            if gen_char:
                g = gen_char + g[:1]
            used.append(g)
            if rng.random() < 0.55:
                h = home if rng.random() < 0.8 else self.home(eth, home[0])
                out.append(self.person(eth, sex, g, child_s, year, h, det()))
            year += rng.randint(1, 4)
        if not out:
            sex = "M"
            out.append(self.person(eth, sex, self.given(eth, sex, avoid=used), child_s,
                                   fby + 24, home, det()))
        return out


# ---------------------------------------------------------------- rendering
DOTS = ["·", "·", "·", "·", "•", "．", "-", ""]


def name_parts_latin(p, src, rng):
    """(given, surname) strings in the Latin habits of source src, or None."""
    eth = p.eth
    if eth in ("han", "hui"):
        sy = zh_pinyin(p.s)[0][0].capitalize()
        gy = "".join(zh_pinyin(p.g)[0]).capitalize()
        return gy, sy
    if eth == "uy":
        g, s = p.g[0], p.s[0]
        if src == "ngo_uly":
            if rng.random() < 0.35:
                return ascii_fold(g), ascii_fold(s)
            return g, s
        if src == "ngo_tr":
            return uly_turkish(g), uly_turkish(s)
        v = p.envar if rng.random() < 0.7 else rng.randrange(4)
        if src == "testimony" and rng.random() < 0.4:
            return ascii_fold(g), ascii_fold(s)
        return uly_english(g, v), uly_english(s, v)
    # Kazakh / Kyrgyz from Cyrillic
    col = 1 if src == "ngo_tr" else (2 if (src == "testimony" and rng.random() < 0.3) else 0)
    g = cyr_to_lat(p.g[0], col)
    f = cyr_to_lat(p.s[0], col)
    u = rng.random()
    if u < 0.4:
        suf = ("uly" if p.sex == "M" else "qyzy") if eth == "kz" else (" uulu" if p.sex == "M" else " kyzy")
        if col == 1 and eth == "kz":
            suf = "uly" if p.sex == "M" else "kızı"
        return g, f + suf
    if u < 0.55 or (p.rus and u < 0.75):
        f0 = cyr_to_lat(p.s[0].translate(W.KZ_TO_RU), 0)
        return g, f0 + ("ov" if p.sex == "M" else "ova")
    return g, f


def render_name(p, src, rng):
    """returns (name, degraded) where degraded means surname/given-only or initial."""
    eth = p.eth
    han = eth in ("han", "hui")
    if src == "police_zh" or src == "police_py":
        if han:
            zh = p.s + p.g
        else:
            dot = "·" if src == "police_py" else rng.choice(DOTS)
            gz, sz = p.g[1], p.s[1]
            if rng.random() < 0.08:
                gz = "".join(W.ZH_HOMOPHONE.get(c, c) if rng.random() < 0.5 else c for c in gz)
            if rng.random() < 0.05:
                sz = "".join(W.ZH_HOMOPHONE.get(c, c) if rng.random() < 0.5 else c for c in sz)
            zh = gz + dot + sz
        if src == "police_zh":
            if not han and rng.random() < 0.03:
                return zh.split(dot)[0] if dot else p.g[1], True
            return zh, False
        if han:
            parts = [[zh_pinyin(p.s)[0][0]], zh_pinyin(p.g)[0]]
        else:
            parts = zh_pinyin(zh)
        words = ["".join(x).capitalize() for x in parts]
        u = rng.random()
        if u < 0.35:
            name = " ".join(w.upper() for w in words)
        elif u < 0.45 and not han:
            name = "·".join(words)
        elif u < 0.5:
            name = ".".join(words)
        elif u < 0.55 and not han:
            name = "".join(words)
        elif u < 0.6:
            name = " ".join(reversed(words))
        else:
            name = " ".join(words)
        if rng.random() < 0.03:
            name = typo(rng, name)
        return name, False
    if src == "ug_arabic" and not han:
        if eth == "uy":
            g, s = to_arabic(p.g[0]), to_arabic(p.s[0])
        else:
            g = to_arabic(cyr_to_lat(p.g[0], 0).lower().replace("kh", "x"))
            s = to_arabic(cyr_to_lat(p.s[0], 0).lower().replace("kh", "x"))
        name = s + " " + g if rng.random() < 0.1 else g + " " + s
        if rng.random() < 0.06:
            name = ocr(rng, name, W.OCR_AR)
        return name, False
    if src in ("cyr_list", "ru_list") and not han:
        ru = src == "ru_list"
        if eth == "uy":
            g, s = to_cyr(p.g[0], 0 if ru else 1), to_cyr(p.s[0], 0 if ru else 1)
            if ru and rng.random() < 0.25 and s[-1] not in "аеиоуюяёэ":
                s += "ов" if p.sex == "M" else "ова"
        else:
            g, f = p.g[0], p.s[0]
            u = rng.random()
            if p.rus and u < 0.5:
                s = f + ("ов" if p.sex == "M" else "ова")
            elif u < 0.8:
                if eth == "kz":
                    s = f + ("ұлы" if p.sex == "M" else "қызы")
                else:
                    s = f + (" уулу" if p.sex == "M" else " кызы")
            else:
                s = f
            if ru:
                g, s = g.translate(W.KZ_TO_RU), s.translate(W.KZ_TO_RU)
        surname_first = rng.random() < (0.55 if ru else 0.35)
        name = (s + " " + g) if surname_first else (g + " " + s)
        if ru and rng.random() < 0.1:
            name = name.upper()
        if rng.random() < 0.05:
            name = ocr(rng, name, W.OCR_CYR)
        return name, False
    if han and src in ("ug_arabic", "cyr_list", "ru_list", "ngo_uly", "ngo_tr"):
        src = "ngo_en"
    # Latin-script lists and testimonies
    g, s = name_parts_latin(p, src, rng)
    u = rng.random()
    degraded = False
    if src == "testimony":
        if u < 0.3 and han:
            name, degraded = rng.choice(["Mr. ", "Teacher ", "old "] if p.sex == "M" else
                                        ["Ms. ", "Teacher ", "old "]) + s, True
        elif u < 0.3:
            name, degraded = g, True
        elif u < 0.38 and p.sex == "M" and not han:
            name, degraded = g + rng.choice([" aka", " hajim", " ustaz"]), True
        elif u < 0.9:
            name = g + " " + s
        else:
            name = (rng.choice(["Dr. ", "Prof. ", "Imam "]) + g + " " + s) if p.title else g + " " + s
    else:
        if u < 0.12 and not han:
            name = s + " " + g
        elif u < 0.2:
            name = s.upper() + " " + g
        elif u < 0.24 and not han:
            name, degraded = g + " " + s[:1] + ".", True
        elif u < 0.27 and not han:
            name, degraded = g[:1] + ". " + s, True
        elif u < 0.3 and eth == "uy":
            name = g + "jan " + s if not g.endswith("jan") and p.sex == "M" else g + " " + s
        elif u < 0.32 and not han:
            name, degraded = g, True
        elif u < 0.33:
            name, degraded = s, True                    # surname (father's name) only
        else:
            name = g + " " + s
    r = rng.random()
    if r < 0.05:
        name = typo(rng, name)
    elif r < 0.07:
        name = ocr(rng, name, W.OCR_LAT)
    elif r < 0.09:
        name = name.upper()
    return name, degraded


def render_gender(p, src, rng):
    m = p.sex == "M"
    if rng.random() < 0.01:
        m = not m
    if src == "police_zh":
        return "男" if m else "女"
    if src == "police_py":
        return rng.choice(["M", "male"]) if m else rng.choice(["F", "female"])
    if src == "cyr_list":
        return "ер" if m else "әйел"
    if src == "ru_list":
        return rng.choice(["М", "муж"]) if m else rng.choice(["Ж", "жен"])
    if src == "ug_arabic":
        return "ئەر" if m else "ئايال"
    if src == "ngo_tr":
        return "Erkek" if m else "Kadın"
    return rng.choice(["M", "Male", "m", "male"]) if m else rng.choice(["F", "Female", "f", "female"])


def render_year(y, src, rng, pid):
    u = rng.random()
    if src in ("police_zh", "police_py"):
        if u < 0.02:
            y += rng.choice((-1, 1))
        v = rng.random()
        mo, d = pid * 7 % 12 + 1, pid * 13 % 28 + 1     # one birth date per person
        if v < 0.6:
            return str(y)
        if v < 0.8:
            return "%d-%02d-%02d" % (y, mo, d)
        if src == "police_zh" and v < 0.9:
            return "%d年" % y
        return "%d%02d%02d" % (y, mo, d) if src == "police_zh" else "%02d/%02d/%d" % (d, mo, y)
    if src == "testimony":
        if u < 0.35:
            return str(y)
        if u < 0.65:
            return "c. %d" % (y + rng.randint(-3, 3))
        if u < 0.8:
            return "%ds" % (y // 10 * 10)
        if u < 0.9:
            return "about %d" % (y + rng.randint(-2, 2))
        return str(y + rng.choice((-2, -1, 1, 2)))
    if src in ("cyr_list", "ru_list"):
        if u < 0.05:
            y += rng.choice((-1, 1))
        if rng.random() < 0.15:
            return "%d ж." % y if src == "cyr_list" else "%d г.р." % y
        return str(y)
    if u < 0.7:
        return str(y)
    if u < 0.78:
        return str(y + rng.choice((-1, 1)))
    if u < 0.85:
        return "c. %d" % y
    if u < 0.9:
        return "%ds" % (y // 10 * 10)
    if u < 0.94:
        return "%d?" % y
    if u < 0.97:
        return "~%d" % y
    return str(y + rng.choice((-3, -2, 2, 3)))


def render_det(y, src, rng, pid):
    mo, d = pid * 5 % 12 + 1, pid * 11 % 28 + 1
    if rng.random() < 0.06:
        y += rng.choice((-1, 1))
    if rng.random() < 0.2:      # a different detention event or a transfer date
        mo, d = rng.randint(1, 12), rng.randint(1, 28)
    u = rng.random()
    if src in ("police_zh", "police_py"):
        if u < 0.5:
            return "%d-%02d-%02d" % (y, mo, d)
        if src == "police_zh" and u < 0.6:
            return "%d年%d月" % (y, mo)
        return str(y)
    if src == "testimony":
        if u < 0.2:
            return "%s %d" % (rng.choice(["spring", "summer", "late", "early", "autumn"]), y)
        if u < 0.3:
            return "%s %d" % (rng.choice(["Jan", "Mar", "May", "Oct", "Nov", "December"]), y)
        return str(y)
    if src == "cyr_list" and u < 0.2:
        return "%d ж." % y
    if src == "ru_list" and u < 0.2:
        return "%d г." % y
    if u < 0.1:
        return "%d?" % y
    if u < 0.15:
        return "%d-%d" % (y, y + 1)
    if u < 0.3:
        return "%d-%02d" % (y, mo)
    return str(y)


ZH_PREF_SHORT = {"kashgar": "喀什", "hotan": "和田", "aksu": "阿克苏", "kizilsu": "克州",
                 "ili": "伊犁", "urumqi": "乌鲁木齐", "turpan": "吐鲁番", "bayingolin": "巴州",
                 "tacheng": "塔城", "altay": "阿勒泰", "changji": "昌吉", "hami": "哈密",
                 "bortala": "博州", "karamay": "克拉玛依", "xpcc": "兵团"}
LEVELS = {  # prefecture, county, township, village
    "police_zh": (0.05, 0.25, 0.35, 0.35), "police_py": (0.05, 0.35, 0.35, 0.25),
    "ngo_uly": (0.2, 0.5, 0.18, 0.12), "ngo_en": (0.3, 0.5, 0.12, 0.08),
    "ngo_tr": (0.35, 0.45, 0.12, 0.08), "ug_arabic": (0.2, 0.5, 0.18, 0.12),
    "cyr_list": (0.3, 0.5, 0.15, 0.05), "ru_list": (0.35, 0.5, 0.1, 0.05),
    "testimony": (0.15, 0.35, 0.2, 0.3),
}
LEVEL_CUM = {k: [sum(v[:i + 1]) for i in range(4)] for k, v in LEVELS.items()}


def render_home(wd, home, src, rng, minlvl=0):
    county, ti, vi = home
    row = W.COUNTIES[county]
    pref = W.PREFECTURES[row[0]]
    tu, tz, tkind = wd.towns[county][ti]
    lvl = max(minlvl, rng.choices((0, 1, 2, 3), cum_weights=LEVEL_CUM[src])[0])
    if rng.random() < 0.03:   # the wrong county of the same prefecture
        sibs = [k for k, r in W.COUNTIES.items() if r[0] == row[0]]
        county = rng.choice(sibs)
        row = W.COUNTIES[county]
    cu, cpy, czh, cen, cru = row[1], row[2], row[3], row[4], row[5]
    if src == "police_zh":
        if lvl == 0:
            return pref[2] if rng.random() < 0.7 else ZH_PREF_SHORT.get(row[0], pref[2])
        base = (pref[2] if (rng.random() < 0.4 and pref[2] != czh) else "") + czh
        if lvl == 1:
            return base
        t = tz + ("镇" if tkind == "zhen" else "乡")
        if lvl == 2:
            return base + t
        return base + t + "%d村" % vi
    if src == "police_py":
        cword = {"xian": " xian", "shi": " shi", "qu": " qu"}[row[6]] if rng.random() < 0.6 else ""
        if cpy.endswith(" shi") or cpy.endswith(" xian"):
            cword = ""
        if lvl == 0:
            return pref[1] + (" diqu" if rng.random() < 0.3 else "")
        base = cpy + cword
        if lvl == 1:
            return base
        tpy = "".join(zh_pinyin(tz)[0]).capitalize()
        t = tpy + (" zhen" if tkind == "zhen" else " xiang")
        if lvl == 2:
            return base + " " + t
        return base + " " + t + " %d cun" % vi
    if src in ("ngo_uly", "ug_arabic", "testimony") and not (src == "testimony" and rng.random() < 0.5):
        if lvl == 0:
            s = pref[0] + (" wilayiti" if rng.random() < 0.2 else "")
        elif lvl == 1:
            s = cu + (" nahiyisi" if rng.random() < 0.25 and row[6] == "xian" else "")
        elif lvl == 2:
            s = cu + ", " + tu + " yézisi"
        else:
            s = cu + ", " + tu + " yézisi, %d-kent" % vi
        if src == "ug_arabic":
            s = s.replace(", ", " ").replace("%d-kent" % vi, "%d-كەنت" % vi)
            return to_arabic(s) if "كەنت" not in s else to_arabic(s.split(" %d-" % vi)[0]) + " %d-كەنت" % vi
        if rng.random() < 0.4:
            s = ascii_fold(s)
        return s
    if src == "ngo_tr":
        if lvl == 0:
            return uly_turkish(pref[0])
        c = uly_turkish(cu) if " " not in cu else cu
        if lvl == 1:
            return c
        return c + ", " + uly_turkish(tu) + (" köyü" if lvl == 3 else " kasabası")
    if src in ("cyr_list", "ru_list"):
        kz = src == "cyr_list"
        if lvl == 0:
            return (W.PREF_KZ.get(row[0], pref[4]) if kz else pref[4])
        c = (W.COUNTY_KZ.get(county) or to_cyr(cu, 1)) if kz else cru
        if lvl == 1:
            return c + ((" ауданы" if kz else " уезд") if rng.random() < 0.2 else "")
        t = to_cyr(tu, 1 if kz else 0)
        if lvl == 2:
            return c + ", " + t
        return c + ", " + t + (" ауылы" if kz else " село")
    # English (ngo_en, half of testimonies)
    if lvl == 0:
        return pref[3] + (" Prefecture" if rng.random() < 0.2 else "")
    c = cen
    if rng.random() < 0.25:
        c = ascii_fold(cu)
    if lvl == 1:
        return c + (" County" if rng.random() < 0.15 and row[6] == "xian" else "")
    t = ascii_fold(tu)
    if lvl == 2:
        return t + " township, " + c
    return "village %d, %s township, %s" % (vi, t, c)


def render_facility(wd, fi, src, rng):
    name, town, pkey, county, ftype, num = wd.fac[fi]
    prison = ftype.startswith("prison")
    dc = ftype.startswith("detention")
    if county is None:
        if src == "police_zh":
            return ""
        if src in ("cyr_list", "ru_list", "ug_arabic"):
            return name
        return rng.choice([name, town + " camp", name.replace(" - ", " ")])
    row = W.COUNTIES[county]
    cu, cpy, czh, cen, cru = row[1], row[2], row[3], row[4], row[5]
    if src == "police_zh":
        if prison:
            return czh + "监狱"
        if dc:
            return czh + rng.choice(["看守所", "拘留所"])
        return czh + ("第%d" % num if num > 1 and rng.random() < 0.5 else "") + \
            rng.choice(["职业技能教育培训中心", "教培中心", "教培中心"])
    if src == "police_py":
        if prison:
            return cpy + " jianyu"
        if dc:
            return cpy + " kanshousuo"
        return cpy + rng.choice([" jiaopei zhongxin", " zhiye jineng jiaoyu peixun zhongxin"])
    if src in ("ngo_uly", "ug_arabic"):
        s = cu + (" türmisi" if prison else (" qamaqxanisi" if dc else " lagéri"))
        return to_arabic(s) if src == "ug_arabic" else s
    if src == "ngo_tr":
        return (uly_turkish(cu) if " " not in cu else cu) + (" cezaevi" if prison else " kampı")
    if src == "cyr_list":
        return (W.COUNTY_KZ.get(county) or to_cyr(cu, 1)) + (" түрмесі" if prison else " лагері")
    if src == "ru_list":
        return ("тюрьма " if prison else ("СИЗО " if dc else "лагерь ")) + cru
    word = "prison" if prison else ("detention center" if dc else "camp")
    u = rng.random()
    if src == "testimony":
        if u < 0.3:
            return "the %s in %s" % (word, cen if rng.random() < 0.6 else ascii_fold(cu))
        if u < 0.4:
            return "a %s near %s" % (word, W.PREFECTURES[row[0]][3])
        if u < 0.5 and not prison:
            return "the school in " + cen
        return cen + " " + word
    if u < 0.35:
        return name
    if u < 0.5:
        return name.replace(" - ", " ")
    if u < 0.6:
        return "%s No. %d %s" % (town, num, word)
    if u < 0.8:
        return cen + " " + word
    return ascii_fold(cu) + " " + word


def render_mention(wd, p, rng):
    if p.police_only:
        vals, cum = wd.src_pick_police[p.eth]
    else:
        vals, cum = wd.src_pick[p.eth]
    src = rng.choices(vals, cum_weights=cum)[0]
    fg, fb, fh, ff, fd = FILL[src]
    name, degraded = render_name(p, src, rng)
    gender = render_gender(p, src, rng) if rng.random() < fg else ""
    force = degraded
    by = render_year(p.by, src, rng, p.pid) if (force or rng.random() < fb) else ""
    home = p.home2 if (p.home2 and rng.random() < 0.3) else p.home
    ht = render_home(wd, home, src, rng, 1 if force else 0) if (force or rng.random() < fh) else ""
    fac = ""
    if p.fac is not None and rng.random() < ff:
        fi = p.fac2 if (p.fac2 is not None and rng.random() < 0.35) else p.fac
        fac = render_facility(wd, fi, src, rng)
    det = render_det(p.det, src, rng, p.pid) if rng.random() < fd else ""
    return (name, gender, by, ht, fac, det)


def csv_field(s):
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    a = ap.parse_args(argv)
    t0 = time.time()
    fpath = a.facilities or default_facilities_path()
    facilities = load_facilities(fpath)
    rng = random.Random(a.seed)
    wd = World(rng, facilities)
    lines, pids = [], []
    nper = {}
    total = 0
    while total < a.records:
        for p in wd.family():
            if total >= a.records:
                break
            k = min(p.n, a.records - total)
            nper[k] = nper.get(k, 0) + 1
            for _ in range(k):
                lines.append(",".join(csv_field(x) for x in render_mention(wd, p, rng)))
                pids.append(p.pid)
            total += k
    order = list(range(len(lines)))
    rng.shuffle(order)
    os.makedirs(a.out, exist_ok=True)
    width = max(7, len(str(len(lines))))
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        fm.write("mention_id,name,gender,birth_year,hometown,facility,detained_year\n")
        ft.write("mention_id,person_id\n")
        bm, bt = [], []
        for i, j in enumerate(order):
            mid = "F%0*d" % (width, i + 1)
            bm.append(mid + "," + lines[j] + "\n")
            bt.append("%s,P%0*d\n" % (mid, width, pids[j]))
            if len(bm) >= 50000:
                fm.write("".join(bm))
                ft.write("".join(bt))
                bm, bt = [], []
        fm.write("".join(bm))
        ft.write("".join(bt))
    persons = sum(nper.values())
    single = nper.get(1, 0)
    print("linkgen-f: %d mentions, %d persons (%.1f%% singletons, max %d mentions/person), "
          "%.1fs" % (len(lines), persons, 100.0 * single / max(persons, 1),
                     max(nper) if nper else 0, time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
