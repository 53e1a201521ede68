#!/usr/bin/env python3
"""Generator E: synthetic person-mention spreadsheets for measuring `guwah link-records`.

    python3 generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year)
and DIR/truth.csv (mention_id,person_id).  Standard library only; deterministic per seed.
Facility names come from the BuzzFeed News facility list (Alison Killing, Megha Rajagopalan,
Christo Buschek; CC BY 4.0), read at run time from ../shared/data/facilities/.
Measurement only: never tune a linker on this generator.
"""
import argparse
import array
import bisect
import csv
import io
import itertools
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicon as L  # noqa: E402
import translit as T  # noqa: E402

DEFAULT_FAC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shared", "data",
                           "facilities", "210720_all_locations_BFN.csv")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
         "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
CN_NUM = "零一二三四五六七八九十"
ETHS = ("uy", "kz", "ky", "hui", "han")
ETH_SHARE = (0.72, 0.19, 0.04, 0.03, 0.02)


class Picker:
    """Weighted choice with a precomputed cumulative table (fast, deterministic)."""
    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = list(itertools.accumulate(p[1] for p in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


# ================================================================ places
class County:
    __slots__ = ("key", "pref", "hz", "py", "uly", "ru", "kz", "towns", "facs")

    def __init__(self, key, pref, hz, py, uly, ru, kz):
        self.key, self.pref, self.hz, self.py, self.uly = key, pref, hz, py, uly
        base = uly.split()[0]
        self.ru = ru or T.to_ru(base)
        self.kz = kz or T.to_kz(base, uyghur=True)
        self.towns = []
        self.facs = []


def build_places():
    counties = {}
    for key, pref, hz, py, uly, ru, kz, _w in L.COUNTIES:
        c = County(key, pref, hz, py, uly, ru, kz)
        r = random.Random("township:" + key)  # gazetteer is fixed, independent of the run seed
        n = r.randint(5, 12)
        seen = set()
        while len(c.towns) < n:
            a = r.choice(L.TOWN_A)
            b = r.choice(L.TOWN_B)
            name = a + b if r.random() < 0.7 else a + " " + b.capitalize()
            if name in seen:
                continue
            seen.add(name)
            kind = "bazar" if r.random() < 0.3 else "yeza"
            c.towns.append((name, kind))
        counties[key] = c
    home_pick = {}
    for ei, eth in enumerate(ETHS):
        home_pick[eth] = Picker([(row[0], row[7][ei]) for row in L.COUNTIES if row[7][ei] > 0])
    return counties, home_pick


def county_for_town(town, counties):
    t = town.strip()
    if t in counties:
        return t
    low = t.lower()
    if low in L.COUNTY_ALIASES:
        return L.COUNTY_ALIASES[low]
    for k in counties:
        if k.lower() == low:
            return k
    return None


def load_facilities(path, counties):
    with open(path, encoding="cp437", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    head = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    facs = []
    for r in rows[1:]:
        if not any(c.strip() for c in r):
            continue
        r = r + [""] * (len(head) - len(r))
        name = r[ix["Name"]].strip()
        if not name:
            continue
        town = r[ix["Town"]].strip()
        ftype = r[ix["facility type"]].strip().lower()
        aspi = r[ix["ASPI 2020 #"]].strip()
        ck = county_for_town(town, counties)
        fac = (name, town, r[ix["Prefecture"]].strip(), ftype, aspi, ck)
        facs.append(fac)
        if ck:
            counties[ck].facs.append(fac)
    by_pref = {}
    for f in facs:
        by_pref.setdefault(f[2], []).append(f)
    return facs, by_pref


# ================================================================ sources ("lists")
# Each source kind stands for a family of real-world spreadsheets; every run draws a number of
# concrete list instances per kind, each with its own house style, so a style is shared by the
# rows of one list and differs between lists of the same kind.
KINDS = ("police_cn", "pinyin_doc", "tr_petition", "kz_list", "ru_media", "uy_arabic",
         "uly_db", "en_ngo", "en_media")
KIND_BY_ETH = {
    "uy": {"police_cn": 13, "pinyin_doc": 8, "tr_petition": 14, "kz_list": 1, "ru_media": 4,
           "uy_arabic": 10, "uly_db": 14, "en_ngo": 27, "en_media": 9},
    "kz": {"police_cn": 11, "pinyin_doc": 6, "tr_petition": 2, "kz_list": 40, "ru_media": 12,
           "uy_arabic": 0, "uly_db": 1, "en_ngo": 20, "en_media": 8},
    "ky": {"police_cn": 14, "pinyin_doc": 8, "tr_petition": 3, "kz_list": 28, "ru_media": 15,
           "uy_arabic": 1, "uly_db": 2, "en_ngo": 22, "en_media": 7},
    "hui": {"police_cn": 34, "pinyin_doc": 20, "tr_petition": 1, "kz_list": 1, "ru_media": 5,
            "uy_arabic": 1, "uly_db": 1, "en_ngo": 27, "en_media": 10},
    "han": {"police_cn": 38, "pinyin_doc": 22, "tr_petition": 0, "kz_list": 0, "ru_media": 4,
            "uy_arabic": 0, "uly_db": 0, "en_ngo": 26, "en_media": 10},
}
N_INSTANCES = {"police_cn": 6, "pinyin_doc": 4, "tr_petition": 12, "kz_list": 8, "ru_media": 10,
               "uy_arabic": 6, "uly_db": 5, "en_ngo": 14, "en_media": 20}


def make_instances(rng):
    inst = {}
    for kind in KINDS:
        lst = []
        for i in range(N_INSTANCES[kind]):
            s = {"kind": kind, "id": i}
            r = rng.random
            # missing-field rates are per list: some lists have no facility column at all
            s["p_gender"] = {"police_cn": .97, "pinyin_doc": .9, "tr_petition": .55, "kz_list": .8,
                             "ru_media": .45, "uy_arabic": .6, "uly_db": .85, "en_ngo": .7,
                             "en_media": .35}[kind] * (0.6 + 0.4 * r())
            s["p_birth"] = {"police_cn": .95, "pinyin_doc": .85, "tr_petition": .6, "kz_list": .75,
                            "ru_media": .5, "uy_arabic": .55, "uly_db": .7, "en_ngo": .6,
                            "en_media": .3}[kind] * (0.5 + 0.5 * r())
            s["p_home"] = {"police_cn": .9, "pinyin_doc": .85, "tr_petition": .8, "kz_list": .9,
                           "ru_media": .6, "uy_arabic": .75, "uly_db": .85, "en_ngo": .75,
                           "en_media": .55}[kind] * (0.6 + 0.4 * r())
            s["p_fac"] = {"police_cn": .6, "pinyin_doc": .5, "tr_petition": .25, "kz_list": .5,
                          "ru_media": .3, "uy_arabic": .3, "uly_db": .45, "en_ngo": .45,
                          "en_media": .3}[kind] * (0.2 + 0.8 * r()) if r() > 0.2 else 0.0
            s["p_det"] = {"police_cn": .8, "pinyin_doc": .7, "tr_petition": .6, "kz_list": .75,
                          "ru_media": .5, "uy_arabic": .5, "uly_db": .65, "en_ngo": .6,
                          "en_media": .45}[kind] * (0.5 + 0.5 * r())
            s["surname_first"] = r() < {"police_cn": 0, "pinyin_doc": .35, "tr_petition": .1,
                                        "kz_list": .35, "ru_media": .45, "uy_arabic": .05,
                                        "uly_db": .05, "en_ngo": .25, "en_media": 0}[kind]
            s["upper"] = r() < {"pinyin_doc": .45, "en_ngo": .12}.get(kind, 0.0)
            s["upper_surname"] = (not s["upper"]) and r() < {"en_ngo": .2, "pinyin_doc": .2,
                                                              "tr_petition": .15}.get(kind, 0)
            s["comma"] = s["surname_first"] and r() < 0.4
            s["sep"] = rng.choice(["·", "·", "·", "·", "•", ".", "", " ", "-"])
            s["hz_variant"] = rng.randrange(6)
            s["home_level"] = rng.choice(["pref", "county", "county", "county+pref", "full", "full"])
            s["date_style"] = rng.randrange(6)
            s["diacritics"] = r() < 0.55
            s["translit"] = rng.choice(["anglo", "anglo", "uly", "newscript", "pinyin", "mixed"])
            s["kz_style"] = rng.choice(["uly", "uly", "bare", "ov"])
            s["ru_style"] = rng.choice(["plain", "ov", "ov", "uly"])
            s["tr_adapt"] = r() < 0.5
            s["typo"] = {"police_cn": .03, "pinyin_doc": .02, "tr_petition": .05, "kz_list": .04,
                         "ru_media": .04, "uy_arabic": .03, "uly_db": .03, "en_ngo": .05,
                         "en_media": .06}[kind] * (0.5 + r())
            s["approx"] = {"en_ngo": .35, "en_media": .5, "tr_petition": .25, "ru_media": .15,
                           "uy_arabic": .15, "uly_db": .15, "kz_list": .1}.get(kind, 0.0) * (0.3 + r())
            lst.append(s)
        # a few big lists and many small ones
        weights = [1.0 / (k + 1) ** 0.8 for k in range(len(lst))]
        inst[kind] = Picker(list(zip(lst, weights)))
    return inst


# ================================================================ population
class Names:
    def __init__(self):
        self.uy_m = Picker(L.parse_weighted(L.UY_MALE))
        self.uy_f = Picker(L.parse_weighted(L.UY_FEMALE))
        self.kz_m = Picker(L.parse_weighted(L.KZ_MALE))
        self.kz_f = Picker(L.parse_weighted(L.KZ_FEMALE))
        self.ky_m = Picker(L.parse_weighted(L.KY_MALE))
        self.ky_f = Picker(L.parse_weighted(L.KY_FEMALE))
        self.han_s = Picker(L.HAN_SURNAMES)
        self.hui_s = Picker(L.HUI_SURNAMES)
        self.uy_m_all = [n for n, _ in L.parse_weighted(L.UY_MALE)]
        self.uy_f_all = [n for n, _ in L.parse_weighted(L.UY_FEMALE)]

    def compound(self, eth, female, rng):
        if eth == "uy":
            if female:
                return rng.choice(L.UY_F_PREFIX) + rng.choice(L.UY_F_SUFFIX)
            if rng.random() < 0.5:
                return "Abdu" + rng.choice(L.UY_ABDU)
            base = self.uy_m(rng)
            while len(base) > 6 or base.endswith(("jan", "niyaz")):
                base = self.uy_m(rng)
            return base + rng.choice(L.UY_M_SUFFIX)
        if female:
            return rng.choice(L.KZ_F_PREFIX) + rng.choice(L.KZ_F_SUFFIX)
        return rng.choice(L.KZ_M_PREFIX) + rng.choice(L.KZ_M_SUFFIX)

    def male(self, eth, rng):
        if rng.random() < 0.2:
            return self.compound(eth, False, rng)
        if eth == "kz":
            return self.kz_m(rng)
        if eth == "ky":
            return self.ky_m(rng) if rng.random() < 0.8 else self.kz_m(rng)
        return self.uy_m(rng)

    def female(self, eth, rng):
        if rng.random() < 0.2:
            return self.compound(eth, True, rng)
        if eth == "kz":
            return self.kz_f(rng)
        if eth == "ky":
            return self.ky_f(rng) if rng.random() < 0.8 else self.kz_f(rng)
        return self.uy_f(rng)

    def sibling_like(self, eth, female, older, rng):
        """Siblings' names often share an element (Tursun, Tursunjan, Tursungül; Ablimit, Abliz)."""
        if eth == "uy" and older and rng.random() < 0.25:
            stem = older[:4].lower()
            pool = self.uy_f_all if female else self.uy_m_all
            cands = [n for n in pool if n.lower().startswith(stem) and n not in older]
            if cands:
                return rng.choice(cands)
            if not female and older.lower().startswith(("tursun", "nur", "memet")):
                return older.split("jan")[0] + "jan"
            if female and not older.endswith("gül") and rng.random() < 0.5:
                return older.split("gül")[0] + "gül"
        return self.female(eth, rng) if female else self.male(eth, rng)

    def cn_given(self, female, rng):
        pool = L.CN_GIVEN_F if female else L.CN_GIVEN_M
        return "".join(rng.choice(pool) for _ in range(1 if rng.random() < 0.3 else 2))


def birth_year(rng, lo, hi, mode):
    y = int(rng.triangular(lo, hi, mode))
    return max(1925, min(2010, y))


def make_family(rng, names, home_pick, counties):
    """Returns a list of person dicts, the family members that appear on some list."""
    eth = ETHS[bisect.bisect_right(list(itertools.accumulate(ETH_SHARE)), rng.random() * 0.99999)]
    home = home_pick[eth](rng)
    c = counties[home]
    town = rng.randrange(len(c.towns))
    # some families have moved to a city: their lists disagree on "hometown"
    residence = None
    if rng.random() < 0.12:
        residence = rng.choice(["Tianshan", "Xinshi", "Shuimogou", "Kashgar", "Yining City", "Korla",
                                "Hotan City", "Aksu", "Changji"])
    cn = eth in ("hui", "han")
    fam_name = None
    if cn:
        fam_name = (names.hui_s if eth == "hui" else names.han_s)(rng)
    grand = names.male(eth, rng)
    fby = birth_year(rng, 1940, 1990, 1968)
    members = []

    def person(role, given, father, female, by, gf=None):
        return {"eth": eth, "given": given, "father": father, "grand": gf, "female": female,
                "by": by, "bm": rng.randint(1, 12), "bd": rng.randint(1, 28), "home": home,
                "town": town, "res": residence, "role": role}

    if cn:
        father = person("father", names.cn_given(False, rng), fam_name, False, fby)
        mother = person("mother", names.cn_given(True, rng),
                        (names.hui_s if eth == "hui" else names.han_s)(rng), True,
                        fby + rng.randint(-2, 6))
    else:
        fgiven = names.male(eth, rng)
        if fgiven == grand and rng.random() < 0.9:
            fgiven = names.male(eth, rng)
        father = person("father", fgiven, grand, False, fby, names.male(eth, rng))
        mother = person("mother", names.female(eth, rng), names.male(eth, rng), True,
                        fby + rng.randint(-2, 6), names.male(eth, rng))
    members.append((father, 0.55))
    members.append((mother, 0.3))
    if not cn and rng.random() < 0.3:
        uncle = person("uncle", names.sibling_like(eth, False, father["given"], rng), grand, False,
                       fby + rng.randint(-8, 8), father["grand"])
        members.append((uncle, 0.35))
    nkids = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6])
    older = []
    for k in range(nkids):
        female = rng.random() < 0.5
        by = fby + 22 + 3 * k + rng.randint(0, 3)
        if by > 2010:
            break
        if cn:
            kid = person("child", names.cn_given(female, rng), fam_name, female, by)
        else:
            prev = older[-1] if older else None
            g = names.sibling_like(eth, female, prev, rng)
            if (g == father["given"] and rng.random() < 0.9) or g in older:
                g = names.female(eth, rng) if female else names.male(eth, rng)
            older.append(g)
            kid = person("child", g, father["given"], female, by, father["father"])
        members.append((kid, 0.5 if by <= 1999 else 0.06))
    listed = [m for m, p in members if rng.random() < p]
    if not listed:
        listed = [members[0][0] if rng.random() < 0.6 else rng.choice(members)[0]]
    # detention
    det = rng.choices([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021],
                      [2, 3, 6, 45, 30, 9, 3, 2])[0]
    for p in listed:
        p["det"] = det if rng.random() < 0.6 else rng.choices([2016, 2017, 2018, 2019], [5, 45, 35, 15])[0]
        if p["res"] and rng.random() < 0.5:
            p["res"] = None
    return eth, listed


def mention_count(rng):
    u = rng.random()
    if u < 0.56:
        return 1
    if u < 0.74:
        return 2
    if u < 0.83:
        return 3
    if u < 0.88:
        return 4
    if u < 0.96:
        return rng.randint(5, 9)
    if u < 0.997:
        return rng.randint(10, 30)
    return min(100, int(20 + rng.paretovariate(1.5) * 10))


def pick_facilities(rng, p, counties, facs, by_pref):
    c = counties[p["res"] or p["home"]]
    u = rng.random()
    if c.facs and u < 0.7:
        pool = c.facs
    elif u < 0.9 and by_pref.get(c.pref):
        pool = by_pref[c.pref]
    else:
        pool = facs
    out = [rng.choice(pool)]
    if rng.random() < 0.25:  # later transferred, often to a prison
        prisons = [f for f in (by_pref.get(c.pref) or facs) if "prison" in f[3]]
        out.append(rng.choice(prisons or facs))
    return out


# ================================================================ rendering
class Renderer:
    def __init__(self, counties):
        self.counties = counties
        self.hz_cache = {}
        self.unknown = {}

    # ---------- names
    def hz(self, word, variant, female):
        k = (word, variant % 3 == 2 and variant, female)
        v = self.hz_cache.get(k)
        if v is None:
            v = T.to_hanzi(word, variant, female)
            self.hz_cache[k] = v
        return v

    def latin(self, word, style, rng, eth):
        if style == "mixed":
            style = rng.choice(["anglo", "uly", "newscript", "anglo2"])
        if style == "uly":
            return T.strip_marks(word) if rng.random() < 0.5 else T.cap(word)
        if style == "newscript":
            return T.to_newscript(word)
        if style == "pinyin":
            return T.pinyin_word(self.hz(word, 0, False)[1])
        if style == "anglo2":
            return T.to_anglo(word, k_for_q=False, kh_for_x=False)
        s = T.to_anglo(word)
        if eth in ("kz", "ky") and "j" in s and rng.random() < 0.6:
            s = s.replace("j", "zh").replace("J", "Zh")
        return s

    def name(self, p, s, rng):
        kind = s["kind"]
        eth = p["eth"]
        given, father, female = p["given"], p["father"], p["female"]
        if eth in ("han", "hui"):
            return self.cn_name(p, s, rng)
        parts = None
        alias_out = None
        sf = s["surname_first"]
        if kind == "police_cn":
            g = self.hz(given, s["hz_variant"] + (rng.random() < 0.1), female)[0]
            f = self.hz(father, s["hz_variant"], False)[0]
            return g + s["sep"] + f
        if kind == "pinyin_doc":
            g = T.pinyin_word(self.hz(given, s["hz_variant"], female)[1])
            f = T.pinyin_word(self.hz(father, s["hz_variant"], False)[1])
            if rng.random() < 0.15:
                out = g + "·" + f
            else:
                out = (f + " " + g) if sf else (g + " " + f)
            if s["upper"]:
                out = out.upper()
            elif s["upper_surname"]:
                out = (f.upper() + " " + g) if sf else (g + " " + f.upper())
            return out
        if kind == "uy_arabic":
            parts = [T.to_uey(given), T.to_uey(father)]
            if rng.random() < 0.04 and p["grand"]:
                parts.append(T.to_uey(p["grand"]))
        elif kind == "uly_db":
            cvt = (lambda w: T.cap(w)) if s["diacritics"] else T.strip_marks
            g = given + ("jan" if not female and rng.random() < 0.03 and not given.endswith("jan") else "")
            parts = [cvt(g), cvt(father)]
            if rng.random() < 0.05 and p["grand"]:
                parts.append(cvt(p["grand"]))
        elif kind == "tr_petition":
            adapt = s["tr_adapt"] and rng.random() < 0.8
            g = T.to_tr(given, adapt)
            f = T.to_tr(father, adapt)
            if not s["diacritics"]:
                f, g = T.strip_marks(f).replace("İ", "I"), T.strip_marks(g).replace("İ", "I")
            parts = [g, f]
        elif kind == "kz_list":
            kyr = eth == "ky"
            g = T.to_kz(given, uyghur=(eth == "uy"))
            fb = T.to_kz(father, uyghur=(eth == "uy"))
            st = s["kz_style"]
            if eth == "uy" and st != "ov":
                st = "bare"
            if st == "uly":
                suf = ("қызы" if female else "ұлы") if not kyr else (" кызы" if female else " уулу")
                f = fb + suf
            elif st == "ov":
                f = fb + ("ова" if female else "ов") if not fb.endswith(("а", "е")) else fb + ("ева" if female else "ев")
            else:
                f = fb
            if kyr:
                g = g.translate(KY_FIX)
                f = f.translate(KY_FIX)
            parts = [g, f]
        elif kind == "ru_media":
            g = T.to_ru(given, kazakh=eth != "uy")
            fb = T.to_ru(father, kazakh=eth != "uy")
            st = s["ru_style"]
            if st == "ov" and rng.random() < 0.85:
                if fb.endswith(("а", "я", "и", "е", "у", "ю", "о")):
                    f = fb + ("ева" if female else "ев")
                else:
                    f = fb + ("ова" if female else "ов")
            elif st == "uly" and eth in ("kz", "ky"):
                f = fb + ("кызы" if female else "улы")
            else:
                f = fb
            parts = [g, f]
        else:  # en_ngo, en_media
            style = s["translit"]
            g = self.latin(given, style, rng, eth)
            f = self.latin(father, style, rng, eth)
            if g.startswith("Abdu") and len(g) > 6 and rng.random() < 0.12:
                rest = g[4:]
                g = ("Abdul " if rest[0] in "kqKQ" else "Abdu ") + rest.capitalize()
            if kind == "en_media" and rng.random() < 0.3:
                return g
            if eth in ("kz", "ky") and rng.random() < 0.15:
                f = f + ("kyzy" if female else ("uly" if eth == "kz" else " uulu"))
            parts = [g, f]
            if kind == "en_ngo" and rng.random() < 0.025:
                alias = T.pinyin_word(self.hz(given, 0, female)[1]) + " " + \
                    T.pinyin_word(self.hz(father, 0, False)[1])
                parts = [g, f]
                alias_out = alias
        # given-name-only mentions (testimony style)
        if kind in ("tr_petition", "uly_db", "uy_arabic") and rng.random() < 0.04:
            parts = parts[:1]
        if len(parts) >= 2:
            if sf != (rng.random() < 0.04):
                parts = [parts[1], parts[0]] + parts[2:]
                if s["comma"]:
                    parts[0] += ","
            if s["upper"]:
                parts = [x.upper() for x in parts]
            elif s["upper_surname"]:
                i = 0 if sf else 1
                parts[i] = parts[i].upper()
        out = " ".join(parts)
        if alias_out:
            out = out.rstrip(",") + " (" + alias_out + ")"
        return out

    def cn_name(self, p, s, rng):
        kind = s["kind"]
        sur, giv = p["father"], p["given"]
        if kind == "police_cn":
            return sur + giv
        pys = [L.CN_SYL[ch][0] for ch in sur]
        pyg = [L.CN_SYL[ch][0] for ch in giv]
        if kind == "ru_media":
            return T.cap("".join(L.CN_SYL[ch][1] for ch in sur)) + " " + \
                T.cap("".join(L.CN_SYL[ch][1] for ch in giv))
        if kind in ("kz_list", "uy_arabic", "uly_db", "tr_petition"):
            # rare: Chinese name written by a Turkic-language list
            w = "".join(pys) + " " + "".join(pyg)
            w = w.replace("x", "sh").replace("q", "ch").replace("zh", "j")
            if kind == "uy_arabic":
                return " ".join(T.to_uey(t) for t in w.split())
            if kind == "kz_list":
                return " ".join(T.to_kz(t) for t in w.split())
            return " ".join(T.cap(t) for t in w.split())
        sname = T.cap("".join(pys))
        gname = "".join(pyg)
        if len(pyg) == 2 and rng.random() < 0.15:
            gname = pyg[0] + "-" + pyg[1]
        gname = T.cap(gname)
        if s["upper"]:
            sname = sname.upper()
            gname = gname.upper()
        elif s["upper_surname"] or kind == "pinyin_doc":
            sname = sname.upper() if rng.random() < 0.5 else sname
        if kind == "en_media" and rng.random() < 0.5 or rng.random() < 0.3:
            return gname + " " + sname  # Western order
        return sname + " " + gname

    # ---------- places
    def county(self, key):
        return self.counties.get(key)

    def home(self, p, s, rng):
        key = p["res"] if (p["res"] and rng.random() < 0.6) else p["home"]
        c = self.counties[key]
        pref = L.PREFS[c.pref]
        lvl = s["home_level"] if rng.random() < 0.8 else rng.choice(["pref", "county", "full", "county+pref"])
        if rng.random() < 0.02:
            return {"police_cn": "新疆", "kz_list": "Шыңжаң", "ru_media": "Синьцзян",
                    "tr_petition": "Doğu Türkistan", "uy_arabic": "شەرقىي تۈركىستان"}.get(s["kind"], "Xinjiang")
        if key == p["res"] and lvl == "full":
            lvl = "county"
        town, tkind = c.towns[p["town"] % len(c.towns)]
        kind = s["kind"]
        city = c.hz.endswith(("市", "区"))
        if kind == "police_cn":
            t_hz = self.hz(town.replace(" ", ""), 0, False)[0] + ("镇" if tkind == "bazar" else "乡")
            if lvl == "pref":
                return pref[0]
            if lvl == "county":
                return c.hz
            if lvl == "county+pref":
                return ("新疆" if rng.random() < 0.3 else "") + pref[0] + c.hz
            return c.hz + t_hz + (self.hz(town.split()[0], 1, False)[0] + "村" if rng.random() < 0.3 else "")
        if kind == "pinyin_doc":
            cty = c.py + ("" if city or c.py.endswith("Xian") else " County")
            t_py = T.pinyin_word(self.hz(town.replace(" ", ""), 0, False)[1])
            if lvl == "pref":
                return pref[4][0] + " Prefecture"
            if lvl == "county":
                return cty
            if lvl == "county+pref":
                return cty + ", " + pref[4][0]
            return t_py + (" Town, " if tkind == "bazar" else " Township, ") + cty
        if kind in ("uly_db", "uy_arabic"):
            cu = c.uly
            pu = pref[1]
            tw = town + (" bazarliqi" if tkind == "bazar" else " yézisi")
            if lvl == "pref":
                out = pu
            elif lvl == "county":
                out = cu if len(cu.split()) > 1 or city else cu + " nahiyisi"
            elif lvl == "county+pref":
                out = pu + " " + cu if pu != cu else cu
            else:
                out = cu + " " + tw if cu != pu or rng.random() < 0.5 else pu + " " + tw
            if kind == "uy_arabic":
                return " ".join(T.to_uey(w) for w in out.split())
            return out if s["diacritics"] else T.strip_marks(out)
        if kind == "tr_petition":
            ct = T.to_tr(c.uly.split()[0])
            pt = T.to_tr(pref[1])
            pt = {"Keşker": "Kaşgar", "Hoten": "Hoten", "Ürümçi": "Urumçi"}.get(pt, pt)
            if c.key == "Kashgar":
                ct = "Kaşgar"
            if lvl == "pref":
                return pt
            if lvl == "county":
                return ct
            if lvl == "county+pref":
                return pt + " " + ct if pt != ct else ct
            return (pt + ", " if pt != ct else "") + ct + ", " + T.to_tr(town.replace(" ", "")) + (" kasabası" if tkind == "bazar" else " köyü")
        if kind == "kz_list":
            ck = c.kz
            pk = pref[3]
            if lvl == "pref":
                return pk + (" облысы" if c.pref in ("Ili", "Tacheng", "Altay") and rng.random() < 0.5 else "")
            if lvl == "county":
                return ck + ("" if city else " ауданы")
            if lvl == "county+pref":
                return pk + ", " + ck + ("" if city else " ауданы")
            return pk + ", " + ck + ", " + T.to_kz(town.replace(" ", "")) + " ауылы"
        if kind == "ru_media":
            cr = c.ru
            pr = pref[2]
            if lvl == "pref":
                return pr
            if lvl in ("county", "full"):
                return cr if (city or rng.random() < 0.5) else cr + "ский уезд"
            return cr + ", " + pr if cr != pr else cr
        # English
        style = s["translit"]
        engs = pref[4]
        pe = engs[0] if rng.random() < 0.6 else rng.choice(engs)
        if style == "pinyin" or (style == "mixed" and rng.random() < 0.4):
            ce = c.py if c.key in ("Kashgar",) or rng.random() < 0.5 else c.key
        else:
            ce = c.key if rng.random() < 0.55 else T.to_anglo(c.uly.split()[0])
        if c.key == "Yining City" and rng.random() < 0.5:
            ce = rng.choice(["Ghulja", "Yining (Ghulja)", "Gulja", "Kulja"])
        if lvl == "pref":
            return pe
        if lvl == "county":
            return ce + ("" if city or rng.random() < 0.5 else " County")
        if lvl == "county+pref":
            return ce + ", " + pe if ce != pe else ce
        t = T.to_anglo(town.replace(" ", ""))
        return t + (" Town" if tkind == "bazar" else (" Township" if rng.random() < 0.5 else "")) + ", " + ce + ", " + pe

    def facility(self, fac, s, rng):
        name, town, pref, ftype, aspi, ck = fac
        kind = s["kind"]
        c = self.counties.get(ck) if ck else None
        num = 0
        if " - " in name:
            num = ROMAN.get(name.rsplit(" - ", 1)[1].strip(), 0)
        prison = "prison" in ftype
        dc = "detention" in ftype
        if rng.random() < 0.08:  # generic, not a usable facility name
            return {"police_cn": "教培中心", "kz_list": "лагерь", "ru_media": "лагерь",
                    "tr_petition": "toplama kampı", "uy_arabic": "لاگېر", "uly_db": "lagér",
                    "pinyin_doc": "vocational training center"}.get(kind, rng.choice(["camp", "re-education camp", "detained"]))
        if kind == "police_cn":
            base = c.hz if c else self.hz(town.split()[0], 0, False)[0] + "县"
            if prison:
                return base + ("第" + CN_NUM[num] if 0 < num <= 10 else "") + "监狱"
            if dc:
                return base + ("看守所" if rng.random() < 0.7 else "拘留所")
            term = rng.choice(["职业技能教育培训中心", "教培中心", "职业技能教育培训中心", "教育转化培训中心"])
            return base + ("第" + CN_NUM[num] if 1 < num <= 10 else "") + term
        if kind == "pinyin_doc":
            base = (c.py if c else town) + ("" if (c and c.hz.endswith(("市", "区"))) else " County")
            if prison:
                return base + " Prison" + (f" No. {num}" if num > 1 else "")
            if dc:
                return base + " Detention Center"
            return base + " Vocational Skills Education and Training Center" + (f" No. {num}" if num > 1 else "")
        loc_uly = c.uly.split()[0] if c else town
        if kind in ("uly_db", "uy_arabic"):
            w = loc_uly + (" türmisi" if prison else (" tutup turush orni" if dc else " lagéri"))
            if num > 1 and rng.random() < 0.5:
                w = loc_uly + f" {num}-lagér"
            return " ".join(T.to_uey(x) for x in w.split()) if kind == "uy_arabic" else w
        if kind == "tr_petition":
            lt = "Kaşgar" if (c and c.key == "Kashgar") else T.to_tr(loc_uly)
            return lt + (" hapishanesi" if prison else (" gözaltı merkezi" if dc else " kampı"))
        if kind == "kz_list":
            lk = c.kz if c else T.to_kz(town)
            return lk + (" түрмесі" if prison else (" тергеу изоляторы" if dc else " лагері"))
        if kind == "ru_media":
            lr = c.ru if c else T.to_ru(town)
            return ("тюрьма, " if prison else ("СИЗО, " if dc else "лагерь, ")) + lr
        # English
        u = rng.random()
        if u < 0.35:
            return name
        if u < 0.45 and aspi:
            return f"ASPI #{aspi}" if rng.random() < 0.5 else f"{name} (ASPI {aspi})"
        base = name.rsplit(" - ", 1)[0]
        if u < 0.6:
            return base + (f" No. {num}" if num else "") + (" prison" if prison else (" detention centre" if dc else " camp"))
        if u < 0.8:
            return base + (" Prison" if prison else (" Detention Center" if dc else " re-education camp"))
        alt = T.to_anglo(loc_uly) if c else base
        return alt + (" prison" if prison else (" detention center" if dc else " camp")) + (f" #{num}" if num > 1 else "")

    # ---------- dates
    def birth(self, p, s, rng):
        y = p["by"]
        kind = s["kind"]
        u = rng.random()
        if u < 0.08:
            y += rng.choice([-1, 1])
        elif u < 0.1:
            y += rng.choice([-2, 2, -10, 10])
        m, d = p["bm"], p["bd"]
        ds = s["date_style"]
        if kind == "police_cn":
            return [f"{y}", f"{y}年", f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}.{m:02d}",
                    f"{y}年{m}月{d}日"][ds]
        if kind == "pinyin_doc":
            return [f"{y}", f"{y}-{m:02d}-{d:02d}", f"{y}", f"{d:02d}/{m:02d}/{y}", f"{y}", f"{y}"][ds]
        if rng.random() < s["approx"]:
            ya = y + rng.randint(-3, 3)
            forms = {"en_ngo": [f"c. {ya}", f"{ya // 10 * 10}s", f"{ya}?", f"{ya - 1}-{ya + 1}", f"~{ya}",
                                f"ca. {ya}", f"{ya}/{ya + 1}"],
                     "en_media": [f"c. {ya}", f"{ya // 10 * 10}s", f"{ya}?", f"around {ya}",
                                  f"{ya // 10 * 10}s"],
                     "tr_petition": [f"{ya}?", f"{ya // 10 * 10}'lar", f"{ya} civarı", f"{ya}-{ya + 1}"],
                     "ru_media": [f"около {ya}", f"{ya}?", f"{ya // 10 * 10}-е", f"~{ya}"],
                     "uy_arabic": [f"{ya}?", f"{ya}-{ya + 1}"], "uly_db": [f"{ya}?", f"{ya}-{ya + 2}"],
                     "kz_list": [f"{ya}?", f"шамамен {ya}"]}[kind]
            return rng.choice(forms)
        if kind == "tr_petition":
            return [f"{y}", f"{y}", f"{d:02d}.{m:02d}.{y}", f"{y} doğumlu", f"{y}", f"{y}"][ds]
        if kind == "kz_list":
            return [f"{y}", f"{y} ж.", f"{y} ж.т.", f"{d:02d}.{m:02d}.{y}", f"{y}", f"{y}"][ds]
        if kind == "ru_media":
            return [f"{y}", f"{y} г.р.", f"{y} г.", f"{d:02d}.{m:02d}.{y}", f"{y}", f"{y} г.р."][ds]
        if kind == "uy_arabic":
            return [f"{y}", f"{y}-يىلى", f"{y}", f"{y}", f"{y}-يىلى", f"{y}"][ds]
        if kind == "uly_db":
            return [f"{y}", f"{y}-yili", f"{y}", f"{y}", f"{y}-yil", f"{y}"][ds]
        return [f"{y}", f"{y}", f"b. {y}", f"{m}/{d}/{y}", f"{y}-01-01", f"{y}"][ds]

    def detained(self, p, s, rng):
        y = p["det"]
        if rng.random() < 0.12:
            y += rng.choice([-1, 1, 1])
        kind = s["kind"]
        ds = s["date_style"]
        if kind == "police_cn":
            return [f"{y}", f"{y}年", f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"{y}.{rng.randint(1, 12):02d}", f"{y}年{rng.randint(1, 12)}月", f"{y}"][ds]
        if kind in ("en_ngo", "en_media") and rng.random() < 0.25:
            return rng.choice([f"{y}-{(y + 1) % 100:02d}", f"early {y}", f"late {y}", f"{y}?",
                               f"since {y}", f"{rng.choice(['April', 'May', 'Oct', 'Nov'])} {y}"])
        if kind == "tr_petition" and rng.random() < 0.3:
            return rng.choice([f"{y}'den beri", f"{y}'de", f"{y}?"])
        if kind == "kz_list" and rng.random() < 0.4:
            return rng.choice([f"{y} ж.", f"{y} жылы", f"{y} жылдан бері"])
        if kind == "ru_media" and rng.random() < 0.4:
            return rng.choice([f"{y} г.", f"с {y} г.", f"в {y}"])
        if kind == "uy_arabic" and rng.random() < 0.4:
            return f"{y}-يىلى"
        if kind == "uly_db" and rng.random() < 0.3:
            return f"{y}-yili"
        return f"{y}"

    def gender(self, p, s, rng):
        f = p["female"]
        if rng.random() < 0.01:
            f = not f
        kind = s["kind"]
        if kind == "police_cn":
            return "女" if f else "男"
        if kind == "tr_petition":
            return ("Kadın" if f else "Erkek") if s["date_style"] % 2 else ("K" if f else "E")
        if kind == "kz_list":
            return "әйел" if f else "ер"
        if kind == "ru_media":
            return ("жен." if f else "муж.") if s["date_style"] % 2 else ("Ж" if f else "М")
        if kind == "uy_arabic":
            return "ئايال" if f else "ئەر"
        if kind == "uly_db":
            return ("ayal" if f else "er") if s["date_style"] % 2 else ("Female" if f else "Male")
        return [("F", "M"), ("female", "male"), ("Female", "Male"), ("f", "m"), ("F", "M"),
                ("woman", "man")][s["date_style"]][0 if f else 1]


# relatives abroad sometimes annotate the name column with the relation to the submitter
ROLE_WORDS = {
    "en_ngo": {"father": ("father", "father"), "mother": ("mother", "mother"), "uncle": ("uncle", "aunt"),
               "child": ("son", "daughter")},
    "en_media": {"father": ("father", "father"), "mother": ("mother", "mother"), "uncle": ("uncle", "aunt"),
                 "child": ("brother", "sister")},
    "tr_petition": {"father": ("babası", "babası"), "mother": ("annesi", "annesi"),
                    "uncle": ("amcası", "amcası"), "child": ("kardeşi", "kız kardeşi")},
    "uly_db": {"father": ("dadisi", "dadisi"), "mother": ("apisi", "apisi"), "uncle": ("taghisi", "taghisi"),
               "child": ("akisi", "singlisi")},
    "kz_list": {"father": ("әкесі", "әкесі"), "mother": ("анасы", "анасы"), "uncle": ("ағасы", "ағасы"),
                "child": ("інісі", "қарындасы")},
}

KY_FIX = str.maketrans({"қ": "к", "ғ": "г", "і": "и", "ә": "э", "ұ": "у", "һ": "х"})

TYPO_SUB = {"a": "ae", "e": "ai", "i": "ey", "o": "ua", "u": "oi", "k": "qg", "q": "kg", "s": "zc",
            "z": "s", "t": "d", "d": "t", "l": "r", "r": "l", "m": "n", "n": "m", "h": "kx", "x": "h",
            "y": "iu", "b": "p", "p": "b", "g": "k", "j": "z", "w": "v", "v": "w",
            "а": "о", "о": "а", "е": "эи", "и": "ы", "ы": "и", "к": "қ", "у": "ұ", "ү": "у"}


def typo(name, rng):
    if len(name) < 4:
        return name
    i = rng.randrange(1, len(name) - 1)
    ch = name[i]
    if not ch.isalpha():
        return name
    op = rng.random()
    if op < 0.3:
        return name[:i] + name[i + 1:]
    if op < 0.5:
        return name[:i] + ch + name[i:]
    if op < 0.7 and name[i + 1].isalpha():
        return name[:i] + name[i + 1] + ch + name[i + 2:]
    alts = TYPO_SUB.get(ch.lower())
    if alts:
        return name[:i] + rng.choice(alts) + name[i + 1:]
    return name


def csv_field(v):
    if any(ch in v for ch in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


# ================================================================ main
def generate(n_records, seed, out_dir, fac_path):
    t0 = time.time()
    rng = random.Random(seed)
    counties, home_pick = build_places()
    facs, by_pref = load_facilities(fac_path, counties)
    insts = make_instances(rng)
    kind_pick = {e: Picker([(k, w) for k, w in KIND_BY_ETH[e].items() if w > 0]) for e in ETHS}
    names = Names()
    R = Renderer(counties)
    lines = []
    pids = array.array("l")
    n_persons = 0
    n_families = 0
    while len(lines) < n_records:
        eth, listed = make_family(rng, names, home_pick, counties)
        n_families += 1
        # a relative abroad often submits the whole family to one list, in one spelling
        fam_src = insts[kind_pick[eth](rng)](rng) if rng.random() < 0.5 else None
        for p in listed:
            if len(lines) >= n_records:
                break
            n_persons += 1
            pid = n_persons
            p["facs"] = pick_facilities(rng, p, counties, facs, by_pref)
            k = min(mention_count(rng), n_records - len(lines))
            for j in range(k):
                s = fam_src if (j == 0 and fam_src is not None) else insts[kind_pick[eth](rng)](rng)
                nm = R.name(p, s, rng)
                if rng.random() < s["typo"]:
                    nm = typo(nm, rng)
                if s["kind"] in ROLE_WORDS and rng.random() < 0.015:
                    nm = nm + " (" + ROLE_WORDS[s["kind"]][p["role"]][p["female"]] + ")"
                g = R.gender(p, s, rng) if rng.random() < s["p_gender"] else ""
                b = R.birth(p, s, rng) if rng.random() < s["p_birth"] else ""
                h = R.home(p, s, rng) if rng.random() < s["p_home"] else ""
                if rng.random() < s["p_fac"]:
                    fac = p["facs"][0] if (len(p["facs"]) == 1 or rng.random() < 0.6) else p["facs"][-1]
                    f = R.facility(fac, s, rng)
                else:
                    f = ""
                d = R.detained(p, s, rng) if rng.random() < s["p_det"] else ""
                lines.append(",".join(csv_field(x) for x in (nm, g, b, h, f, d)).encode("utf-8"))
                pids.append(pid)
    t1 = time.time()
    order = list(range(len(lines)))
    rng.shuffle(order)
    os.makedirs(out_dir, exist_ok=True)
    width = max(7, len(str(len(lines))))
    with open(os.path.join(out_dir, "mentions.csv"), "wb") as fm, \
            open(os.path.join(out_dir, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        fm.write(b"mention_id,name,gender,birth_year,hometown,facility,detained_year\n")
        ft.write("mention_id,person_id\n")
        buf_m = []
        buf_t = []
        for new_id, old in enumerate(order, 1):
            mid = f"E{new_id:0{width}d}"
            buf_m.append(mid.encode() + b"," + lines[old] + b"\n")
            buf_t.append(f"{mid},P{pids[old]}\n")
            if len(buf_m) >= 50000:
                fm.write(b"".join(buf_m))
                ft.write("".join(buf_t))
                buf_m.clear()
                buf_t.clear()
        fm.write(b"".join(buf_m))
        ft.write("".join(buf_t))
    print(f"generator E: {len(lines)} mentions of {n_persons} persons from {n_families} families; "
          f"generated in {t1 - t0:.1f}s, written in {time.time() - t1:.1f}s -> {out_dir}",
          file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities", default=os.environ.get("GUWAH_FACILITIES", DEFAULT_FAC),
                    help="path to 210720_all_locations_BFN.csv (BuzzFeed News, CC BY 4.0)")
    a = ap.parse_args(argv)
    if a.records < 1:
        ap.error("--records must be positive")
    if not os.path.exists(a.facilities):
        ap.error(f"facilities file not found: {a.facilities}")
    generate(a.records, a.seed, a.out, a.facilities)


if __name__ == "__main__":
    main()
