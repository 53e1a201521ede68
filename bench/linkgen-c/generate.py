#!/usr/bin/env python3
"""linkgen-c: held-out generator of person-mention spreadsheets for measuring record linkage.

    python3 generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year)
and DIR/truth.csv (mention_id,person_id).  Python 3.11 standard library only; the output is a
pure function of (N, seed, facilities file).

Facility names come, at run time, from the BuzzFeed News facility list
(BuzzFeed News / Alison Killing, Megha Rajagopalan, Christo Buschek; CC BY 4.0).

Never tune the linker on this generator; measurement only.
"""
import argparse
import csv
import io
import os
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model_data as D  # noqa: E402
import translit as T  # noqa: E402

HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]

# ---------------------------------------------------------------------------------------------
# tables


def _rows(block):
    return [ln.split("|") for ln in block.strip().splitlines() if ln.strip()]


def _hz(field):
    out = []
    for alt in field.split("/"):
        hz, py = alt.split(":")
        out.append((hz, py))
    return out


class Name:
    __slots__ = ("canon", "hz", "en", "tr", "parts")

    def __init__(self, canon, hz, en=(), tr=(), parts=None):
        self.canon = canon      # ULY (Uyghur) or Cyrillic (Kazakh/Kyrgyz) or hanzi (Han)
        self.hz = hz            # [(hanzi, pinyin)], first is the usual one
        self.en = list(en)      # informal Latin spellings seen in English-language lists
        self.tr = list(tr)      # Turkish spellings
        self.parts = parts      # (first, second) for split-able compounds, ULY


def _pool(items):
    names = [n for n, w in items]
    cum = []
    acc = 0.0
    for _, w in items:
        acc += w
        cum.append(acc)
    return names, cum


def build_pools():
    um = []
    for canon, w, hz, en, tr in _rows(D.UY_MALE):
        um.append((Name(canon, _hz(hz), [x for x in en.split(",") if x], [x for x in tr.split(",") if x]), float(w)))
    base_by = {n.canon: n for n, _ in um}
    for part, hz, w, en, tr in _rows(D.ABDU_PARTS):
        hzl = _hz(hz)
        h = [("阿不都" + hzl[0][0], "a bu du " + hzl[0][1]), ("阿布都" + hzl[0][0], "a bu du " + hzl[0][1])]
        um.append((Name("Abdu" + part, h, en.split(","), tr.split(","), ("Abdu", part)), float(w)))
    for first, second in (("Nur", "memet"), ("Nur", "exmet"), ("Nur", "eli")):
        b = base_by[T.cap(second)]
        um.append((Name(first + second, [("努尔" + b.hz[0][0], "nu er " + b.hz[0][1])], (), (), (first, second)), 5.0))
    # two-name compounds common in the generation born 1940-1990 (Tursunmemet, Toxtiniyaz)
    extra = {"Turdi": [("吐尔地", "tu er di")], "Ghoja": [("霍加", "huo jia")]}
    for first in ("Tursun", "Rozi", "Toxti", "Turdi", "Qurban", "Ghoja", "Hoshur"):
        fh = base_by[first].hz[0] if first in base_by else extra[first][0]
        for second in ("memet", "niyaz", "eli", "exmet", "imin", "tursun", "yasin"):
            if second == first.lower():
                continue
            sh = base_by[T.cap(second)].hz[0]
            um.append((Name(first + second, [(fh[0] + sh[0], fh[1] + " " + sh[1])], (), (), (first, second)), 0.9))
    weight_of = dict((n.canon, ww) for n, ww in um)
    for b in list(base_by):
        bw = weight_of[b]
        # the affectionate -jan is part of many registered names (Tursunjan, Memetjan)
        if b[-1] in "aeiou" or len(b) > 8 or b.endswith("jan"):
            continue
        n = base_by[b]
        um.append((Name(b + "jan", [(n.hz[0][0] + "江", n.hz[0][1] + " jiang")], [x + "jan" for x in n.en[:1]],
                        [x + "can" for x in n.tr[:1]]), round(bw * 0.12, 3)))
    uf = []
    for canon, w, hz, en, tr in _rows(D.UY_FEMALE):
        uf.append((Name(canon, _hz(hz), [x for x in en.split(",") if x], [x for x in tr.split(",") if x]), float(w)))
    fb = {n.canon: n for n, _ in uf}
    for pre, hz, w in _rows(D.GUL_PREFIX):
        (h, p), = _hz(hz)
        uf.append((Name(pre + "gül", [(h + "古丽", p + " gu li")], [pre + "gul"], [pre + "gül"]), float(w)))
    for suf, hz, w in _rows(D.GUL_SUFFIX):
        (h, p), = _hz(hz)
        en = ["Gul" + suf] + (["Gulnara"] if suf == "nar" else [])
        uf.append((Name("Gül" + suf, [("古丽" + h, "gu li " + p)], en, ["Gül" + suf], ("Gül", suf)), float(w)))
    for b in ("Ayshem", "Patime", "Meryem", "Zeynep", "Amine"):
        n = fb[b]
        uf.append((Name(b + "xan", [(n.hz[0][0] + "汗", n.hz[0][1] + " han")], [x + "khan" for x in n.en[:1]], [x + "han" for x in n.tr[:1]]), 3.0))
    for pre, hz in (("Ay", ("阿依", "a yi")), ("Bu", ("布", "bu")), ("Mehri", ("买合丽", "mai he li")),
                    ("Roshen", ("肉仙", "rou xian"))):
        uf.append((Name(pre + "nisa", [(hz[0] + "尼沙", hz[1] + " ni sha")], (), (), (pre, "nisa")), 2.0))
    for b in ("Ayshem", "Zeynep", "Patime"):
        n = fb[b]
        uf.append((Name("Bu" + b.lower(), [("布" + n.hz[0][0], "bu " + n.hz[0][1])], (), (), ("Bu", b.lower())), 3.0))

    def cyr(block):
        return [(Name(c, _hz(hz)), float(w)) for c, w, hz in _rows(block)]

    def han(block):
        out = []
        for hz, w in _rows(block):
            h, p = hz.split(":")
            out.append((Name(h, [(h, p)]), float(w)))
        return out

    def hang(line, first, second):
        """Han given names: common single names and a spread of two-character combinations."""
        out = []
        for i, item in enumerate(line.split("|")):
            h, p = item.split(":")
            out.append((Name(h, [(h, p)]), 10.0 / (1 + i * 0.25)))
        singles = sum(w for _, w in out)
        combos = []
        for a in first.split("|"):
            for b in second.split("|"):
                ha, pa = a.split(":")
                hb, pb = b.split(":")
                if ha != hb and ha + hb not in line:
                    combos.append(Name(ha + hb, [(ha + hb, pa + " " + pb)]))
        cw = singles * 2.0 / len(combos)
        out += [(n, cw) for n in combos]
        return out

    return {
        ("uy", "m"): _pool(um), ("uy", "f"): _pool(uf),
        ("kz", "m"): _pool(cyr(D.KZ_MALE)), ("kz", "f"): _pool(cyr(D.KZ_FEMALE)),
        ("ky", "m"): _pool(cyr(D.KY_MALE)), ("ky", "f"): _pool(cyr(D.KY_FEMALE)),
        ("han", "sur"): _pool(han(D.HAN_SURNAMES)), ("hui", "sur"): _pool(han(D.HUI_SURNAMES)),
        ("han", "m"): _pool(hang(D.HAN_MALE, D.HAN_M1, D.HAN_M2)), ("han", "f"): _pool(hang(D.HAN_FEMALE, D.HAN_F1, D.HAN_F2)),
    }


class Place:
    __slots__ = ("id", "pref", "w", "en", "py", "zh", "uly", "ru", "kz", "tr", "alias", "towns", "is_city")


def build_places():
    prefs = {}
    for pid, en, zh, uly, ru, kz, tr, fac in _rows(D.PREFECTURES):
        prefs[pid] = dict(en=en, zh=zh, uly=uly, ru=ru, kz=kz, tr=tr, fac=fac)
    counties = {}
    for r in _rows(D.COUNTIES):
        p = Place()
        p.id, p.pref = r[0], r[1]
        p.w = {"uy": float(r[2]), "kz": float(r[3]), "han": float(r[4])}
        p.en, p.py, p.zh, p.uly, p.ru, p.kz, p.tr = r[5:12]
        p.alias = [a for a in r[12].split(";") if a]
        p.towns = []
        p.is_city = p.zh.endswith("市") or p.zh.endswith("区")
        counties[p.id] = p
    for cid, uly, zh, py in _rows(D.TOWNSHIPS):
        counties[cid].towns.append((uly, zh, py))
    return prefs, counties


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
CN_NUM = "零一二三四五六七八九十"


def find_facilities(arg):
    here = os.path.dirname(os.path.abspath(__file__))
    cands = [arg] if arg else []
    cands += [os.environ.get("LINKGEN_FACILITIES", ""),
              os.path.join(here, "..", "shared", "data", "facilities", "210720_all_locations_BFN.csv"),
              # in the Guwah repository (bench/linkgen-c): ../shared beside the repository
              os.path.join(here, "..", "..", "..", "shared", "data", "facilities", "210720_all_locations_BFN.csv")]
    for c in cands:
        if c and os.path.exists(c):
            return c
    sys.exit("facilities file not found; pass --facilities PATH (BuzzFeed News 210720_all_locations_BFN.csv)")


def load_facilities(path):
    """Read the BuzzFeed News list at run time: tab-separated, CP437, CRLF, blank rows after header."""
    with open(path, encoding="cp437", newline="") as fh:
        rows = list(csv.reader(io.StringIO(fh.read()), delimiter="\t"))
    hdr = [h.strip() for h in rows[0]]
    i_name, i_town, i_pref, i_type = hdr.index("Name"), hdr.index("Town"), hdr.index("Prefecture"), hdr.index("facility type")
    out = []
    for r in rows[1:]:
        if len(r) <= i_type or not r[i_name].strip():
            continue
        name = r[i_name].strip()
        town = r[i_town].strip()
        base, _, num = name.partition(" - ")
        n = ROMAN.get(num.strip().upper(), 0)
        ftype = r[i_type].strip().lower()
        kind = "camp" if "camp" in ftype else "prison" if "prison" in ftype else "detention" if "detention" in ftype else ("camp" if not ftype else "camp")
        out.append(dict(name=name, base=base.strip(), n=n, kind=kind, county=D.FACILITY_TOWN.get(town),
                        pref=r[i_pref].strip()))
    return out


# ---------------------------------------------------------------------------------------------
# source profiles
# g,b,h,f,d: probability that gender / birth year / hometown / facility / detention year is filled

SOURCES = ["ngo_en", "uy_latin", "tr", "cyr", "cn", "pinyin", "ru", "uy_ar", "press"]
PROFILE = {
    "ngo_en":   dict(g=.70, b=.55, h=.70, f=.35, d=.60, typo=.035, given_only=.03, swap=.08, marker=.04),
    "uy_latin": dict(g=.50, b=.50, h=.80, f=.25, d=.50, typo=.045, given_only=.05, swap=.03, marker=.03),
    "tr":       dict(g=.60, b=.60, h=.70, f=.15, d=.50, typo=.05, given_only=.04, swap=.05, marker=.04),
    "cyr":      dict(g=.70, b=.70, h=.80, f=.20, d=.60, typo=.03, given_only=.02, swap=.25, marker=.03),
    "cn":       dict(g=.95, b=.90, h=.90, f=.60, d=.85, typo=0.0, given_only=.0, swap=.0, marker=.01),
    "pinyin":   dict(g=.90, b=.85, h=.85, f=.50, d=.80, typo=.02, given_only=.0, swap=.05, marker=.01),
    "ru":       dict(g=.40, b=.50, h=.60, f=.30, d=.60, typo=.02, given_only=.03, swap=.35, marker=.02),
    "uy_ar":    dict(g=.40, b=.40, h=.80, f=.20, d=.50, typo=.02, given_only=.04, swap=.02, marker=.02),
    "press":    dict(g=.50, b=.30, h=.60, f=.50, d=.70, typo=.01, given_only=.06, swap=.02, marker=.0),
}
SRC_W = {
    "uy":  [24, 12, 10, 5, 15, 10, 5, 10, 9],
    "kz":  [20, 2, 2, 30, 15, 8, 15, 1, 7],
    "ky":  [20, 3, 5, 25, 15, 10, 15, 2, 5],
    "han": [30, 3, 1, 1, 35, 25, 2, 1, 10],
}
MARKERS = {"ngo_en": ["unknown", "N/A", "-", "?", "n/a"], "uy_latin": ["namelum", "-", "?"],
           "tr": ["bilinmiyor", "-", "?"], "cyr": ["белгісіз", "-", "неизвестно"],
           "cn": ["不详", "无"], "pinyin": ["unknown", "-"], "ru": ["неизвестно", "-"],
           "uy_ar": ["نامەلۇم", "-"], "press": [""]}
GENDER = {
    "ngo_en": (["M", "male", "Male", "m"], ["F", "female", "Female", "f"]),
    "uy_latin": (["er", "Er", "M"], ["ayal", "Ayal", "F"]),
    "tr": (["E", "Erkek", "erkek"], ["K", "Kadın", "kadın"]),
    "cyr": (["ер", "Ер", "м"], ["әйел", "Әйел", "ж"]),
    "cn": (["男"], ["女"]),
    "pinyin": (["Male", "M"], ["Female", "F"]),
    "ru": (["м", "муж.", "М"], ["ж", "жен.", "Ж"]),
    "uy_ar": (["ئەر"], ["ئايال"]),
    "press": (["male", "man"], ["female", "woman"]),
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık"]
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
             "октябрь", "ноябрь", "декабрь"]
DET_YEARS = ([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021],
             [3, 4, 8, 45, 30, 7, 2, 1])
MENTIONS_K = (list(range(1, 11)), [40, 24, 14, 8, 5, 3, 2, 1.3, 0.8, 0.6])

# ---------------------------------------------------------------------------------------------


class Generator:
    def __init__(self, seed, facilities):
        self.r = random.Random(seed)
        self.pools = build_pools()
        self.prefs, self.counties = build_places()
        self.fac = facilities
        cl = list(self.counties.values())
        self.county_pool = {}
        for key in ("uy", "kz", "han"):
            items = [(c, c.w[key]) for c in cl if c.w[key] > 0]
            self.county_pool[key] = _pool(items)
        ky = [(self.counties[c], w) for c, w in (("akto", 5), ("wuqia", 4), ("artux", 3), ("wushi", 1), ("taxkorgan", 1))]
        self.county_pool["ky"] = _pool(ky)
        self.fac_by_county, self.fac_by_pref = {}, {}
        for i, f in enumerate(facilities):
            if f["county"]:
                self.fac_by_county.setdefault(f["county"], []).append(i)
            self.fac_by_pref.setdefault(f["pref"], []).append(i)
        self.next_pid = 0
        # a person known both by a name and its diminutive/honorific form (Tursun ~ Tursunjan,
        # Ayshem ~ Ayshemxan) or by Memet ~ Muhemmet
        self.alt = {}
        for key in (("uy", "m"), ("uy", "f")):
            by = {n.canon: n for n in self.pools[key][0]}
            for c, n in by.items():
                for suf in ("jan", "xan"):
                    if c.endswith(suf) and c[:-3] in by:
                        self.alt[c] = by[c[:-3]]
                        self.alt[c[:-3]] = n
        self.alt["Memet"] = self.pools[("uy", "m")][0][[n.canon for n in self.pools[("uy", "m")][0]].index("Muhemmet")]
        self.alt["Muhemmet"] = self.pools[("uy", "m")][0][[n.canon for n in self.pools[("uy", "m")][0]].index("Memet")]

    # -- sampling helpers
    def pick(self, pool):
        names, cum = pool
        return self.r.choices(names, cum_weights=cum, k=1)[0]

    def chance(self, p):
        return self.r.random() < p

    # -- population
    def name_for(self, eth, sex, avoid=()):
        key = (("han" if eth in ("han", "hui") else eth), sex)
        for _ in range(5):
            n = self.pick(self.pools[key])
            if n.canon not in avoid:
                return n
        return n

    def facility_for(self, county):
        r = self.r.random()
        if r < 0.55 and county.id in self.fac_by_county:
            return self.r.choice(self.fac_by_county[county.id])
        pref_fac = self.prefs[county.pref]["fac"]
        if r < 0.88 and pref_fac in self.fac_by_pref:
            return self.r.choice(self.fac_by_pref[pref_fac])
        return self.r.randrange(len(self.fac))

    def household(self):
        r = self.r
        x = r.random()
        eth = "uy" if x < 0.82 else "kz" if x < 0.92 else "ky" if x < 0.935 else "hui" if x < 0.97 else "han"
        ckey = "han" if eth in ("han", "hui") else eth
        county = self.pick(self.county_pool[ckey])
        k = r.choices([1, 2, 3, 4, 5, 6], [62, 20, 11, 4, 2, 1])[0]
        fam_det = r.choices(*DET_YEARS)[0]
        fy = int(r.triangular(1936, 1984, 1960))
        fy = min(fy, fam_det - 20)
        if eth in ("han", "hui"):
            sur = self.pick(self.pools[(eth, "sur")])
            father = dict(sex="m", given=self.name_for(eth, "m"), father=sur, grand=None, by=fy)
            msur = self.pick(self.pools[("han", "sur")] if eth == "han" else self.pools[("hui", "sur")])
            mother = dict(sex="f", given=self.name_for(eth, "f"), father=msur, grand=None, by=fy + r.randint(-2, 6))
        else:
            gg = self.name_for(eth, "m")
            father = dict(sex="m", given=self.name_for(eth, "m", (gg.canon,)), father=gg, grand=self.name_for(eth, "m"), by=fy)
            mother = dict(sex="f", given=self.name_for(eth, "f"), father=self.name_for(eth, "m"), grand=None,
                          by=fy + r.randint(-2, 6))
        nchild = max(k - 1, r.choices([1, 2, 3, 4, 5, 6], [10, 22, 26, 20, 13, 9])[0])
        children, used = [], set()
        for _ in range(nchild):
            sex = "m" if r.random() < 0.52 else "f"
            g = self.name_for(eth, sex, used)
            used.add(g.canon)
            by = fy + r.randint(21, 40)
            if by > fam_det - 17:
                by = fam_det - 17 - r.randint(0, 6)
            if eth in ("han", "hui"):
                children.append(dict(sex=sex, given=g, father=father["father"], grand=None, by=by))
            else:
                children.append(dict(sex=sex, given=g, father=father["given"], grand=father["father"], by=by))
        members = [father, mother] + children
        weights = [3.0, 1.6] + [1.4] * len(children)
        chosen = []
        idx = list(range(len(members)))
        for _ in range(min(k, len(members))):
            j = r.choices(idx, [weights[i] for i in idx])[0]
            idx.remove(j)
            chosen.append(members[j])
        town = r.choice(county.towns) if county.towns and r.random() < 0.4 else None
        fam_fac = self.facility_for(county)
        persons = []
        for m in chosen:
            p = dict(m)
            p["eth"] = eth
            p["pid"] = self.next_pid
            self.next_pid += 1
            p["bm"], p["bd"] = r.randint(1, 12), r.randint(1, 28)
            p["alt"] = self.alt.get(p["given"].canon) if eth == "uy" and r.random() < 0.3 else None
            p["county"] = county
            p["town"] = town
            p["resid"] = None
            if r.random() < 0.10:
                p["resid"] = self.counties["urumqi_city"] if r.random() < 0.5 else self.pick(self.county_pool[ckey])
            dy = fam_det if r.random() < 0.6 else r.choices(*DET_YEARS)[0]
            p["det"] = [(dy, r.randint(1, 12))]
            if r.random() < 0.15 and dy < 2021:
                p["det"].append((dy + r.randint(1, 3), r.randint(1, 12)))
            f1 = fam_fac if r.random() < 0.4 else self.facility_for(p["resid"] or county)
            p["fac"] = [f1] + ([self.facility_for(county)] if r.random() < 0.2 else [])
            persons.append(p)
        return persons

    def n_mentions(self):
        r = self.r.random()
        if r < 0.0015:
            return self.r.randint(25, 80)
        if r < 0.012:
            return self.r.randint(11, 25)
        return self.r.choices(*MENTIONS_K)[0]

    # -- rendering ------------------------------------------------------------------------
    def latin_choice(self):
        r = self.r.random
        return {"x": "kh" if r() < 0.5 else ("h" if r() < 0.8 else "x"), "q": "q" if r() < 0.55 else "k",
                "gh": "gh" if r() < 0.8 else "g", "é": "e" if r() < 0.65 else "i",
                "ö": "o" if r() < 0.9 else "ö", "ü": "u" if r() < 0.9 else "ü",
                "w": "w" if r() < 0.85 else "v", "e": "e" if r() < 0.88 else "a",
                "zh": "zh" if r() < 0.6 else "j"}

    def typo(self, s):
        r = self.r
        if len(s) < 4:
            return s
        i = r.randrange(1, len(s) - 1)
        op = r.random()
        if s[i] == " " or s[i - 1] == " ":
            return s
        if op < 0.3:
            return s[:i] + s[i + 1:]
        if op < 0.5:
            return s[:i] + s[i] + s[i:]
        if op < 0.75:
            return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]
        pool = "aeiouylnrmkst" if s[i].isascii() else "аеиоуылнрмкст"
        return s[:i] + r.choice(pool) + s[i + 1:]

    def uy_name(self, n, src, ch):
        """Render one Uyghur name (given or father) for a source."""
        r = self.r
        canon = n.canon
        if n.parts and r.random() < 0.05 and src in ("ngo_en", "uy_latin", "tr", "press", "uy_ar"):
            canon = n.parts[0] + (" " if r.random() < 0.7 else "-") + T.cap(n.parts[1])
        if src in ("ngo_en", "press"):
            if n.en and r.random() < (0.3 if src == "ngo_en" else 0.45):
                return r.choice(n.en)
            return T.uly_to_informal(canon, ch).replace(" -", "-")
        if src == "uy_latin":
            s = T.uly_cap(canon)
            return s
        if src == "tr":
            if n.tr and r.random() < 0.6 and " " not in canon:
                return r.choice(n.tr)
            return T.uly_to_tr(canon.replace("-", " ")).replace(" ", "-" if "-" in canon else " ")
        if src == "cyr":
            return T.uly_to_uycyr(canon.replace("-", " "))
        if src == "ru":
            return T.uly_to_ru(canon.replace("-", " "), e_as_a=ch["ru_a"], yu=ch["ru_yu"])
        if src == "uy_ar":
            return T.uly_to_arabic(canon.replace("-", " "))
        raise ValueError(src)

    def kz_name(self, n, src, ch):
        c = n.canon
        if src == "cyr":
            return c
        if src == "ru":
            return T.kz_to_ru(c)
        if src in ("ngo_en", "press", "pinyin"):
            return T.kz_to_latin(c, ch["kz"])
        if src == "tr":
            return T.kz_to_tr(c)
        if src == "uy_latin":
            return T.kz_to_uly(c)
        if src == "uy_ar":
            return T.uly_to_arabic(T.kz_to_uly(c).lower())
        raise ValueError(src)

    def han_latin(self, n):
        return T.pinyin_join(n.hz[0][1])

    def render_name(self, p, src):
        if p.get("alt") is not None and self.r.random() < 0.35:
            p = dict(p, given=p["alt"])
        return self._render_name(p, src)

    def _render_name(self, p, src):
        r = self.r
        eth = p["eth"]
        prof = PROFILE[src]
        hz_alt = r.random() < 0.25
        if src == "cn" or (src == "pinyin" and eth not in ("han", "hui")):
            gi = p["given"].hz[1] if hz_alt and len(p["given"].hz) > 1 else p["given"].hz[0]
            fa = p["father"].hz[1] if hz_alt and len(p["father"].hz) > 1 else p["father"].hz[0]
            if src == "cn":
                if eth in ("han", "hui"):
                    return fa[0] + gi[0]
                sep = r.choices(["·", "•", ".", "", "・", " ", "－"], [80, 5, 5, 4, 3, 2, 1])[0]
                return gi[0] + sep + fa[0]
            g, f = T.pinyin_join(gi[1]), T.pinyin_join(fa[1])
            x = r.random()
            if x < 0.3:
                return (g + " " + f).upper()
            if x < 0.35:
                return f + " " + g
            if x < 0.38:
                return g + "·" + f
            return g + " " + f
        if eth in ("han", "hui"):
            sur, giv = p["father"], p["given"]
            if src in ("pinyin", "ngo_en", "press"):
                s, gpy = T.pinyin_join(sur.hz[0][1]), giv.hz[0][1]
                g = T.pinyin_join(gpy)
                x = r.random()
                if x < 0.65:
                    out = s + " " + g
                elif x < 0.8:
                    out = g + " " + s
                elif x < 0.9:
                    out = s.upper() + " " + g
                elif x < 0.95 and " " in gpy:
                    out = s + " " + "-".join(T.cap(w) for w in gpy.split(" "))
                else:
                    out = s + " " + " ".join(T.cap(w) for w in gpy.split(" "))
            else:
                su = T.pinyin_to_uly(sur.hz[0][1])
                gu = T.pinyin_to_uly(giv.hz[0][1].replace(" ", ""))
                if src == "uy_ar":
                    out = T.uly_to_arabic(su + " " + gu)
                elif src in ("ru", "cyr"):
                    out = T.uly_to_ru(su + " " + gu)
                elif src == "tr":
                    out = T.uly_to_tr(su + " " + gu)
                else:
                    out = T.uly_cap(su + " " + gu)
            if prof["typo"] and r.random() < prof["typo"]:
                out = self.typo(out)
            return out
        # Uyghur / Kazakh / Kyrgyz
        ch = self.latin_choice()
        ch["ru_a"] = r.random() < 0.35
        ch["ru_yu"] = r.random() < 0.3
        ch["kz"] = {"q": "q" if r.random() < 0.4 else "k", "gh": "gh" if r.random() < 0.5 else "g",
                    "zh": "zh" if r.random() < 0.7 else "j", "x": "kh" if r.random() < 0.7 else "h",
                    "ö": "o", "ü": "u"}
        female = p["sex"] == "f"
        if eth == "uy":
            g = self.uy_name(p["given"], src, ch)
            f = self.uy_name(p["father"], src, ch)
            gr = self.uy_name(p["grand"], src, ch) if p.get("grand") else None
        else:
            g = self.kz_name(p["given"], src, ch)
            f = self.kz_name(p["father"], src, ch)
            gr = None
        if src == "uy_latin" and r.random() < 0.35:
            g, f = T.fold(g), T.fold(f)
        if src == "tr" and r.random() < 0.25:
            g, f = T.fold(g), T.fold(f)
        # patronymic habits
        if eth in ("kz", "ky"):
            x = r.random()
            if src == "cyr":
                if eth == "kz" and x < 0.4:
                    f = f + ("қызы" if female else "ұлы")
                elif eth == "ky" and x < 0.4:
                    f = f + (" кызы" if female else " уулу")
                elif x < 0.5:
                    f = f + ("ова" if female else "ов") if f[-1] not in "аеиоуыэюяәөұүі" else f + ("ева" if female else "ев")
            elif src == "ru" and x < 0.3:
                f = f + ("ова" if female else "ов") if f[-1] not in "аеиоуыэюя" else f + ("ева" if female else "ев")
            elif src in ("ngo_en", "press") and x < 0.2:
                f = f + ("-kyzy" if female else "-uly") if eth == "kz" else f + (" kyzy" if female else " uulu")
        elif eth == "uy" and src == "ru" and r.random() < 0.2:
            f = f + ("ова" if female else "ов") if f[-1] not in "аеиоуыэюя" else f[:-1] + ("ева" if female else "ев") if f[-1] == "и" else f + ("ева" if female else "ев")
        elif eth == "uy" and src == "cyr" and r.random() < 0.15:
            f = f + ("ова" if female else "ов") if f[-1] not in "аәеиоуыэюяөү" else f + ("ева" if female else "ев")
        # order and shape
        x = r.random()
        if x < prof["given_only"]:
            out = g
        elif x < prof["given_only"] + prof["swap"]:
            if src in ("ngo_en", "press") and r.random() < 0.4:
                out = f.upper() + ", " + g
            elif src == "tr" or (src == "ngo_en" and r.random() < 0.5):
                out = f.upper() + " " + g
            else:
                out = f + " " + g
        else:
            out = g + " " + f
            if gr and src in ("uy_latin", "tr", "uy_ar", "ngo_en") and r.random() < 0.03:
                out = out + " " + gr
            if src == "tr" and r.random() < 0.15:
                out = g + " " + f.upper()
        if prof["typo"] and r.random() < prof["typo"]:
            out = self.typo(out)
        if src in ("ngo_en", "pinyin") and r.random() < 0.04:
            out = out.upper()
        if src == "ngo_en" and eth == "uy" and r.random() < 0.015:
            ch2 = self.latin_choice()
            alt = T.uly_to_informal(p["given"].canon, ch2) + " " + T.uly_to_informal(p["father"].canon, ch2)
            if alt.lower() != out.strip().lower():
                out = out + " (" + alt + ")"
        if r.random() < 0.01 and src not in ("cn", "uy_ar"):
            out = " " + out if r.random() < 0.5 else out + " "
        return out

    # ---- other fields
    def marker(self, src):
        return self.r.choice(MARKERS[src])

    def gender(self, p, src):
        m, f = GENDER[src]
        sex = p["sex"]
        if self.r.random() < 0.01:
            sex = "f" if sex == "m" else "m"
        return self.r.choice(m if sex == "m" else f)

    def birth(self, p, src):
        r = self.r
        y = p["by"]
        e = r.random()
        if src not in ("cn",) and e < 0.12:
            y += r.choice((-1, 1))           # worked out from an age
        elif 0.12 <= e < 0.13:
            s = str(y)
            y = int(s[:2] + s[3] + s[2]) if s[2] != s[3] else y + 10   # transposed digits
        m, d = p["bm"], p["bd"]
        x = r.random()
        if src == "cn":
            return r.choices([str(y), f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}年", f"{y}.{m:02d}", f"{y}年{m}月"],
                             [70, 10, 5, 5, 5, 5])[0]
        if src in ("ngo_en", "press", "pinyin"):
            return r.choices([str(y), f"c. {y}", f"{y}?", f"{y // 10 * 10}s", f"{y - 1}-{y + 1}", f"~{y}",
                              f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"ca. {y}", f"{y}.0"],
                             [72, 5, 3, 4, 3, 2, 4, 3, 2, 2] if src != "press" else [50, 20, 2, 10, 5, 3, 2, 2, 6, 0])[0]
        if src == "tr":
            return r.choices([str(y), f"{d:02d}.{m:02d}.{y}", f"{y}?", f"{y // 10 * 10}'ler", f"~{y}", f"{y} doğumlu"],
                             [70, 15, 5, 3, 3, 4])[0]
        if src in ("ru", "cyr"):
            return r.choices([str(y), f"{d:02d}.{m:02d}.{y}", f"{y} г.", f"{y} г.р.", f"{y}?", f"{y} ж."],
                             [65, 18, 5, 5, 3, 4 if src == "cyr" else 0])[0]
        if src == "uy_latin":
            return r.choices([str(y), f"{y}-yili", f"{y}?", f"{y}-{m:02d}-{d:02d}", f"{y - 1}-{y + 1}"], [80, 6, 5, 5, 4])[0]
        if src == "uy_ar":
            return r.choices([str(y), f"{y}-يىلى", f"{y}?"], [85, 10, 5])[0]
        return str(y)

    def detained(self, p, src):
        r = self.r
        y, m = p["det"][0] if len(p["det"]) == 1 or r.random() < 0.7 else p["det"][1]
        if r.random() < 0.05:
            y += r.choice((-1, 1))
        if len(p["det"]) > 1 and r.random() < 0.15:
            return f"{p['det'][0][0]}, {p['det'][1][0]}" if src != "cn" else f"{p['det'][0][0]}、{p['det'][1][0]}"
        if src == "cn":
            return r.choices([str(y), f"{y}年", f"{y}.{m}", f"{y}年{m}月", f"{y}-{m:02d}-{r.randint(1, 28):02d}"],
                             [45, 15, 15, 15, 10])[0]
        if src in ("ngo_en", "press", "pinyin"):
            return r.choices([str(y), f"{y}-{y + 1}", f"{y}?", f"{m:02d}/{y}", f"{MONTHS_EN[m - 1]} {y}",
                              f"{MONTHS_EN[m - 1][:3]} {y}", f"early {y}", f"{y}-{m:02d}"],
                             [60, 6, 5, 6, 8, 5, 3, 7])[0]
        if src == "tr":
            return r.choices([str(y), f"{MONTHS_TR[m - 1]} {y}", f"{y}?", f"{m:02d}.{y}", f"{y} yılında"], [65, 15, 5, 10, 5])[0]
        if src in ("ru", "cyr"):
            return r.choices([str(y), f"{MONTHS_RU[m - 1]} {y}", f"{y} г.", f"{m:02d}.{y}", f"{y}?"], [60, 12, 12, 10, 6])[0]
        if src == "uy_latin":
            return r.choices([str(y), f"{y}-yili", f"{y}-yili {m}-ay", f"{y}?"], [70, 15, 10, 5])[0]
        if src == "uy_ar":
            return r.choices([str(y), f"{y}-يىلى", f"{y}?"], [75, 20, 5])[0]
        return str(y)

    def hometown(self, p, src):
        r = self.r
        c = p["county"]
        town = p["town"]
        if p["resid"] is not None and r.random() < 0.35:
            c, town = p["resid"], None
        pref = self.prefs[c.pref]
        lvl = r.random()
        level = "town" if (town and lvl < 0.2) else ("pref" if lvl > 0.85 else "county")
        if level == "pref" and pref["en"].lower() in (c.en.lower(), c.py.lower()):
            level = "county"
        if src in ("ngo_en", "press"):
            if level == "pref":
                return r.choice([pref["en"], pref["en"] + " Prefecture", pref["en"] + " region", pref["en"] + ", Xinjiang"])
            name = r.choice([c.en] * 3 + c.alias + [c.py])
            if level == "town":
                return T.fold(town[0]) + ", " + name
            x = r.random()
            if x < 0.15 and not c.is_city and "County" not in name:
                return name + " County"
            if x < 0.3:
                return name + ", " + pref["en"]
            if x < 0.36:
                return name + ", Xinjiang"
            if x < 0.38:
                return name + ", East Turkistan"
            return name
        if src == "pinyin":
            if level == "pref":
                return pref["en"] + " Prefecture"
            suffix = "" if c.py.endswith("County") else (" City" if c.is_city else " County")
            if level == "town":
                return f"{town[2]} Township, {c.py}{suffix}"
            return c.py + (suffix if r.random() < 0.7 else "")
        if src == "cn":
            if level == "pref":
                return pref["zh"] if r.random() < 0.8 else "新疆" + pref["zh"]
            base = c.zh if c.pref not in ("urumqi", "hami", "karamay", "turpan") or c.zh.endswith("区") or c.zh.endswith("县") else c.zh
            if level == "town":
                v = r.random()
                if v < 0.4:
                    return base + town[1] + f"{r.randint(1, 14)}村"
                return base + town[1]
            x = r.random()
            if x < 0.45:
                return base
            if x < 0.75 and pref["zh"] != base:
                return pref["zh"] + base
            if x < 0.85:
                return "新疆" + (pref["zh"] if pref["zh"] != base else "") + base
            return base[:-1] if len(base) > 2 and base[-1] in "县市" else base
        if src in ("uy_latin", "uy_ar"):
            if level == "pref":
                s = pref["uly"] + (" wilayiti" if r.random() < 0.4 else "")
            else:
                s = c.uly
                if level == "town":
                    s = s + " " + town[0] + (" yézisi" if r.random() < 0.5 else "")
                elif r.random() < 0.25 and "nahiyisi" not in s:
                    s = s + (" shehiri" if c.is_city else " nahiyisi")
                if r.random() < 0.15 and pref["uly"] != c.uly:
                    s = pref["uly"] + " " + s
            if src == "uy_ar":
                return T.uly_to_arabic(s.lower())
            return T.fold(s) if r.random() < 0.35 else s
        if src == "tr":
            if level == "pref":
                return pref["tr"]
            s = c.tr
            x = r.random()
            if x < 0.1:
                return "Doğu Türkistan, " + s
            if x < 0.25 and pref["tr"] != s:
                return s + ", " + pref["tr"]
            return T.fold(s) if r.random() < 0.25 else s
        if src == "cyr":
            if level == "pref":
                return pref["kz"] + (" облысы" if r.random() < 0.3 else "")
            s = c.kz
            return s + (" ауданы" if (r.random() < 0.2 and not c.is_city and "ауданы" not in s) else "")
        if src == "ru":
            if level == "pref":
                return pref["ru"] if r.random() < 0.6 else "округ " + pref["ru"]
            s = c.ru
            x = r.random()
            if x < 0.15 and c.is_city:
                return "г. " + s
            if x < 0.3:
                return s + ", СУАР"
            return s
        return c.en

    def facility(self, p, src):
        r = self.r
        f = self.fac[p["fac"][0] if len(p["fac"]) == 1 or r.random() < 0.6 else p["fac"][1]]
        c = self.counties.get(f["county"]) if f["county"] else None
        kind, n, base = f["kind"], f["n"], f["base"]
        if r.random() < 0.08:   # vague
            return {"ngo_en": "re-education camp", "press": "an internment camp", "uy_latin": "lagér",
                    "tr": "toplama kampı", "cyr": "лагерь", "cn": "教培中心", "pinyin": "education and training center",
                    "ru": "лагерь", "uy_ar": "لاگېر"}[src]
        if src in ("ngo_en", "press"):
            roman = f["name"].split(" - ")[-1] if n else ""
            opts = [f["name"], f["name"]]
            if n:
                opts += [f"{base} {roman}", f"{base} No. {n}", f"{base} #{n}"]
            opts += {"camp": [f"{base} camp", f"{base} re-education camp", f"{base} Vocational Skills Education and Training Center"],
                     "detention": [f"{base} detention center", f"{base} Detention Centre", f"{base} PSB detention center"],
                     "prison": [f"{base} prison", f"{base} Prison"]}[kind]
            return r.choice(opts)
        if c is None:
            return f["name"] if src in ("pinyin", "uy_latin", "tr") else ""
        if src == "cn":
            zh = c.zh
            short = zh[:-1] if len(zh) > 2 and zh[-1] in "县市区" else zh
            num = f"第{CN_NUM[n]}" if 0 < n <= 10 else ""
            if kind == "camp":
                return r.choice([f"{zh}职业技能教育培训中心", f"{zh}{num}职业技能教育培训中心", f"{short}教培中心",
                                 f"{zh}{num}教培中心", f"{zh}教育转化培训中心"])
            if kind == "detention":
                return r.choice([f"{zh}看守所", f"{short}看守所", f"{zh}{num}看守所", f"{zh}拘留所"])
            return r.choice([f"{short}监狱", f"{zh}监狱", f"新疆{short}监狱"])
        if src == "pinyin":
            suf = {"camp": ["Vocational Skills Education and Training Center", "VSETC", "Jiaopei Zhongxin"],
                   "detention": ["Detention Center", "Kanshousuo"], "prison": ["Prison", "Jianyu"]}[kind]
            return f"{c.py} {r.choice(suf)}" + (f" No. {n}" if n and r.random() < 0.3 else "")
        if src in ("uy_latin", "uy_ar"):
            s = c.uly + " " + {"camp": r.choice(["lagéri", "terbiyilesh merkizi", "yighiwélish lagéri"]),
                               "detention": r.choice(["tutup turush orni", "qamaqxanisi"]),
                               "prison": r.choice(["türmisi", "qamaqxanisi"])}[kind]
            if n > 1 and r.random() < 0.3:
                s = f"{n}-{s}" if src == "uy_latin" else s
            if src == "uy_ar":
                return T.uly_to_arabic(s.lower())
            return T.fold(s) if r.random() < 0.3 else s
        if src == "tr":
            return f"{c.tr} " + {"camp": r.choice(["kampı", "toplama kampı", "eğitim kampı"]),
                                  "detention": r.choice(["gözaltı merkezi", "tutukevi"]),
                                  "prison": r.choice(["cezaevi", "hapishanesi"])}[kind]
        if src == "cyr":
            return f"{c.kz} " + {"camp": r.choice(["лагері", "саяси лагері", "қайта тәрбиелеу лагері"]),
                                  "detention": "тергеу изоляторы", "prison": "түрмесі"}[kind]
        if src == "ru":
            return {"camp": r.choice([f"лагерь в {c.ru}", f"лагерь «{c.ru}»", f"{c.ru}, лагерь перевоспитания"]),
                    "detention": r.choice([f"СИЗО {c.ru}", f"следственный изолятор, {c.ru}"]),
                    "prison": r.choice([f"тюрьма {c.ru}", f"тюрьма в {c.ru}"])}[kind]
        return f["name"]

    def mention(self, p, src):
        r = self.r
        prof = PROFILE[src]

        def field(prob, fn):
            if r.random() < prob:
                return fn(p, src)
            return self.marker(src) if r.random() < prof["marker"] else ""

        return [self.render_name(p, src), field(prof["g"], self.gender), field(prof["b"], self.birth),
                field(prof["h"], self.hometown), field(prof["f"], self.facility), field(prof["d"], self.detained)]

    def person_mentions(self, p, k):
        r = self.r
        w = list(SRC_W["han" if p["eth"] in ("han", "hui") else p["eth"]])
        w[r.choices(range(len(w)), w)[0]] *= 3          # the source nearest this person's family
        rows = []
        for i in range(k):
            if rows and r.random() < 0.05:
                rows.append(list(r.choice(rows)))       # the same row copied into another list
                continue
            src = r.choices(SOURCES, w)[0]
            rows.append(self.mention(p, src))
        return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities", default=None, help="path of 210720_all_locations_BFN.csv")
    a = ap.parse_args(argv)
    if a.records < 1:
        sys.exit("--records must be positive")
    t0 = time.time()
    fac = load_facilities(find_facilities(a.facilities))
    g = Generator(a.seed, fac)
    os.makedirs(a.out, exist_ok=True)
    nb = max(1, min(128, a.records // 20000 + 1))
    tmp = tempfile.mkdtemp(prefix=".linkgen-c-", dir=a.out)
    try:
        bfh = [open(os.path.join(tmp, f"b{i}.tsv"), "w", encoding="utf-8", newline="") for i in range(nb)]
        bw = [csv.writer(fh) for fh in bfh]
        made = 0
        persons = 0
        while made < a.records:
            for p in g.household():
                if made >= a.records:
                    break
                k = min(g.n_mentions(), a.records - made)
                persons += 1
                for row in g.person_mentions(p, k):
                    bw[g.r.randrange(nb)].writerow([p["pid"]] + row)
                made += k
        for fh in bfh:
            fh.close()
        # shuffle each bucket, then number rows: neither order nor id carries identity
        width = max(7, len(str(a.records)))
        with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as mf, \
                open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as tf:
            mw, tw = csv.writer(mf), csv.writer(tf)
            mw.writerow(HEADER)
            tw.writerow(["mention_id", "person_id"])
            nid = 0
            for i in range(nb):
                with open(os.path.join(tmp, f"b{i}.tsv"), encoding="utf-8", newline="") as fh:
                    rows = list(csv.reader(fh))
                g.r.shuffle(rows)
                for row in rows:
                    nid += 1
                    mid = f"m{nid:0{width}d}"
                    mw.writerow([mid] + row[1:])
                    tw.writerow([mid, f"p{int(row[0]):07d}"])
                del rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {made} mentions of {persons} persons to {a.out} in {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
