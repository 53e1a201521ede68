#!/usr/bin/env python3
"""linkgen-d: held-out generator of person-mention spreadsheets for record-linkage measurement.

generate.py --records N --seed S --out DIR  ->  DIR/mentions.csv, DIR/truth.csv

Standard library only; deterministic for a given (N, seed); external shuffle so memory stays
small at N = 1,000,000. Facility names are read at run time from
shared/data/facilities/210720_all_locations_BFN.csv (BuzzFeed News / Alison Killing,
Megha Rajagopalan, Christo Buschek; CC BY 4.0).
"""
import argparse
import bisect
import csv
import itertools
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_lib as D  # noqa: E402
import scripts_lib as S  # noqa: E402
from scripts_lib import cap  # noqa: E402

DEFAULT_FAC = os.path.join(HERE, "..", "shared", "data", "facilities",
                           "210720_all_locations_BFN.csv")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
         "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}


# ====================================================================== helpers
class Zipf:
    def __init__(self, items, s=1.0, offset=1.5):
        self.items = list(items)
        w = [1.0 / (r + offset) ** s for r in range(len(self.items))]
        self.cum = list(itertools.accumulate(w))

    def draw(self, rng):
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


class Weighted:
    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = list(itertools.accumulate(p[1] for p in pairs))

    def draw(self, rng):
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


def titlewords(s):
    return " ".join(cap(w) for w in s.split(" "))


# ====================================================================== facilities
def load_facilities(path):
    with open(path, encoding="cp437", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    head = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    facs = []
    for r in rows[1:]:
        if not any(x.strip() for x in r):
            continue
        name = r[ix["Name"]].strip()
        town = r[ix["Town"]].strip()
        pref = r[ix["Prefecture"]].strip()
        ftype = r[ix["facility type"]].strip() or "camp"
        m = re.search(r"-\s*([IVX]+)\s*$", name)
        num = ROMAN.get(m.group(1), 1) if m else 1
        facs.append((name, town, pref, ftype, num))
    return facs


# ====================================================================== gazetteer
class County:
    __slots__ = ("key", "pref", "hz", "py", "uly", "ru", "kz", "w", "towns", "facs", "pfacs",
                 "idcode")


def build_gazetteer(facs, seed):
    counties = []
    by_key = {}
    for i, (key, pref, hz, py, uly, ru, kz, w) in enumerate(D.COUNTIES):
        c = County()
        c.key, c.pref, c.hz, c.py, c.uly, c.ru, c.kz, c.w = key, pref, hz, py, uly, ru, kz, w
        r = random.Random(f"{seed}-town-{key}")
        kazakh_area = w[1] > w[0]
        names = set()
        towns = []
        for _ in range(r.randint(6, 18)):
            for _try in range(10):
                if kazakh_area and r.random() < 0.7:
                    t = r.choice(D.KZ_TOWN_A) + r.choice(D.KZ_TOWN_B)
                else:
                    t = r.choice(D.TOWN_A) + r.choice(D.TOWN_B)
                if t not in names:
                    names.add(t)
                    towns.append((t, r.random() < 0.25))  # (name, is_town 镇)
                    break
        c.towns = Zipf(towns, s=0.8)
        c.idcode = "65%02d%02d" % (list(D.PREFS).index(pref) + 1, i % 40 + 21)
        counties.append(c)
        by_key[key.lower()] = c
    pref_facs = {}
    for f in facs:
        pref_facs.setdefault(f[2], []).append(f)
    for c in counties:
        c.facs = [f for f in facs if f[1].lower() == c.key.lower()]
        c.pfacs = pref_facs.get(c.pref, []) or facs
    return counties, by_key


# ====================================================================== population
ETH = Weighted([("uy", 78), ("kz", 12), ("kg", 2.5), ("hui", 4.5), ("han", 3)])
ETH_COL = {"uy": 0, "kz": 1, "kg": 2, "hui": 3, "han": 4}
NAMES = {
    ("uy", "m"): Zipf(D.UY_MALE, s=1.05, offset=5), ("uy", "f"): Zipf(D.UY_FEMALE, s=1.0, offset=4),
    ("kz", "m"): Zipf(D.KZ_MALE, s=0.9, offset=4), ("kz", "f"): Zipf(D.KZ_FEMALE, s=0.8, offset=4),
    ("kg", "m"): Zipf(D.KG_MALE, s=0.7, offset=4), ("kg", "f"): Zipf(D.KG_FEMALE, s=0.6, offset=4),
}
HAN_SUR = Zipf(D.HAN_SURNAMES, s=0.7)
HUI_SUR = Zipf(D.HUI_SURNAMES, s=0.6)
HAN_GM = Zipf(D.HAN_GIVEN_M, s=0.6)
HAN_GF = Zipf(D.HAN_GIVEN_F, s=0.6)
MENTIONS = Weighted([(1, 52), (2, 22), (3, 10.5), (4, 5.5), (5, 3.3), (6, 2.1), (7, 1.3),
                     (8, 0.9), (9, 0.6), (11, 0.7), (14, 0.45), (18, 0.3), (25, 0.12),
                     (35, 0.05), (50, 0.02)])
DET_YEAR = Weighted([(2014, 2), (2015, 3), (2016, 9), (2017, 42), (2018, 26), (2019, 9),
                     (2020, 5), (2021, 3), (2022, 1)])


def turkic_given(rng, eth, g):
    n = NAMES[(eth, g)].draw(rng)
    if eth == "uy" and g == "m" and rng.random() < 0.07 and not n.endswith("jan"):
        n += "jan"
    return n


def han_name(rng, eth, g, surname=None):
    sur = surname or (HUI_SUR if eth == "hui" else HAN_SUR).draw(rng)
    pool = HAN_GM if g == "m" else HAN_GF
    if rng.random() < 0.6:
        giv = (pool.draw(rng),)
    else:
        giv = (pool.draw(rng), pool.draw(rng))
    return sur, giv


class Person:
    __slots__ = ("pid", "eth", "g", "given", "father", "gfather", "sur", "by", "bm", "bd",
                 "county", "town", "res", "facs", "years", "dias", "idsfx")


def make_clan(rng, counties, col_w, next_pid):
    """Return persons of one affected extended family (already filtered to victims)."""
    eth = ETH.draw(rng)
    county = counties[col_w[eth].draw(rng)]
    town = county.towns.draw(rng)
    out = []
    gf_name = turkic_given(rng, eth, "m") if eth in ("uy", "kz", "kg") else None
    ggf = turkic_given(rng, eth, "m") if gf_name else None
    if gf_name and ggf == gf_name:
        ggf = turkic_given(rng, eth, "m")
    han_sur = han_name(rng, eth, "m")[0] if eth in ("hui", "han") else None
    nsons = Weighted([(1, 40), (2, 30), (3, 18), (4, 12)]).draw(rng)
    sons = []
    used = set()
    for _ in range(nsons):
        for _t in range(5):
            n = turkic_given(rng, eth, "m") if gf_name else None
            if n is None or (n not in used and n != gf_name):
                break
        used.add(n)
        sons.append(n)
    dias = Weighted([("none", 33), ("tr", 20), ("kzk", 11), ("west", 32), ("kgz", 4)]).draw(rng) \
        if eth == "uy" else Weighted([("kzk", 85), ("west", 10), ("tr", 5)]).draw(rng) \
        if eth == "kz" else ("kgz" if eth == "kg" else
                             Weighted([("none", 70), ("west", 20), ("kzk", 10)]).draw(rng))
    base_year = rng.randint(1938, 1978)
    members = []  # (g, given, father, gfather, byear, hanname)
    if gf_name:
        members.append(("m", gf_name, ggf, None, base_year - rng.randint(22, 35), None))
    else:
        members.append(("m", None, None, None, base_year - rng.randint(22, 35),
                        han_name(rng, eth, "m", han_sur)))
    for s in sons:
        by = base_year + rng.randint(0, 14)
        if gf_name:
            members.append(("m", s, gf_name, ggf, by, None))
            wife_f = turkic_given(rng, eth, "m")
            members.append(("f", turkic_given(rng, eth, "f"), wife_f, None,
                            by + rng.randint(-2, 6), None))
        else:
            members.append(("m", None, None, None, by, han_name(rng, eth, "m", han_sur)))
            members.append(("f", None, None, None, by + rng.randint(-2, 6),
                            han_name(rng, eth, "f")))
        nkids = Weighted([(0, 15), (1, 20), (2, 25), (3, 20), (4, 12), (5, 8)]).draw(rng)
        kid_used = set()
        for _ in range(nkids):
            kb = by + rng.randint(20, 38)
            if kb > 2004:
                continue
            g = "m" if rng.random() < 0.52 else "f"
            if gf_name:
                for _t in range(5):
                    kn = turkic_given(rng, eth, g)
                    if kn not in kid_used and kn != s:
                        break
                kid_used.add(kn)
                members.append((g, kn, s, gf_name, kb, None))
            else:
                members.append((g, None, None, None, kb, han_name(rng, eth, g, han_sur)))
    # who is detained: men of working age most, old people and women less
    fam_fac = None
    fam_year = DET_YEAR.draw(rng)
    for (g, given, father, gfather, by, hn) in members:
        age = 2017 - by
        if age < 16 or age > 90:
            continue
        p = 0.42 if g == "m" else 0.2
        if age > 65:
            p *= 0.45
        if rng.random() >= p:
            continue
        pr = Person()
        pr.pid = next_pid + len(out)
        pr.eth, pr.g, pr.by = eth, g, by
        pr.bm, pr.bd = rng.randint(1, 12), rng.randint(1, 28)
        pr.idsfx = "%03d%s" % (rng.randint(0, 999), rng.choice("0123456789X"))
        pr.county, pr.town, pr.dias = county, town, dias
        if rng.random() < 0.1:  # lives elsewhere (often Ürümqi or the prefecture seat)
            pr.res = counties[col_w[eth].draw(rng)] if rng.random() < 0.5 else COUNTY_BY_KEY["tianshan"]
        else:
            pr.res = None
        if hn:
            pr.sur, pr.given = hn
            pr.father = pr.gfather = None
        else:
            pr.sur = None
            pr.given, pr.father, pr.gfather = given, father, gfather
        # facilities: family members often held in the same place
        nf = Weighted([(1, 68), (2, 26), (3, 6)]).draw(rng)
        facs = []
        if fam_fac and rng.random() < 0.4:
            facs.append(fam_fac)
        while len(facs) < nf:
            r = rng.random()
            pool = county.facs if (r < 0.72 and county.facs) else \
                county.pfacs if r < 0.93 else counties[rng.randrange(len(counties))].pfacs
            facs.append(pool[rng.randrange(len(pool))])
        fam_fac = fam_fac or facs[0]
        y = fam_year if rng.random() < 0.6 else DET_YEAR.draw(rng)
        years = [y]
        for _ in facs[1:]:
            y = min(2022, y + Weighted([(0, 40), (1, 45), (2, 15)]).draw(rng))
            years.append(y)
        pr.facs, pr.years = facs, years
        out.append(pr)
    return out


# ====================================================================== sources
KIND_BASE = {
    "uy": {"cn_police": 18, "cn_pinyin": 10, "en_ngo": 26, "uly": 12, "ug_arabic": 12,
           "tr_latin": 7, "ru_media": 5, "ug_cyr": 3, "kz_atajurt": 1.5},
    "kz": {"kz_atajurt": 38, "ru_media": 16, "en_ngo": 20, "cn_police": 12, "cn_pinyin": 7,
           "tr_latin": 1, "uly": 1},
    "kg": {"kg_list": 35, "ru_media": 20, "en_ngo": 20, "cn_police": 14, "cn_pinyin": 8},
    "hui": {"cn_police": 35, "cn_pinyin": 25, "en_ngo": 25, "ru_media": 8, "kz_atajurt": 7},
    "han": {"cn_police": 40, "cn_pinyin": 30, "en_ngo": 25, "ru_media": 5},
}
DIAS_BOOST = {"tr": {"tr_latin": 5}, "kzk": {"ug_cyr": 4, "ru_media": 2.5, "kz_atajurt": 2.5},
              "west": {"en_ngo": 1.6, "uly": 1.8}, "kgz": {"ru_media": 2, "kg_list": 3},
              "none": {"cn_police": 1.6, "cn_pinyin": 1.5}}
KIND_COUNT = {"cn_police": 3, "cn_pinyin": 3, "en_ngo": 6, "uly": 3, "ug_arabic": 3,
              "tr_latin": 3, "ru_media": 3, "ug_cyr": 2, "kz_atajurt": 3, "kg_list": 2}
COVER = {  # typical coverage ranges of (gender, birth, hometown, facility, detained)
    "cn_police": ((0.8, 1.0), (0.85, 1.0), (0.8, 1.0), (0.3, 0.9), (0.5, 0.95)),
    "cn_pinyin": ((0.5, 0.95), (0.6, 0.95), (0.5, 0.95), (0.2, 0.7), (0.4, 0.9)),
    "en_ngo": ((0.2, 0.9), (0.2, 0.8), (0.4, 0.95), (0.15, 0.7), (0.3, 0.85)),
    "uly": ((0.1, 0.7), (0.3, 0.8), (0.6, 0.95), (0.2, 0.6), (0.3, 0.8)),
    "ug_arabic": ((0.1, 0.7), (0.3, 0.8), (0.6, 0.95), (0.2, 0.6), (0.3, 0.8)),
    "tr_latin": ((0.1, 0.6), (0.2, 0.7), (0.5, 0.9), (0.05, 0.4), (0.3, 0.8)),
    "ru_media": ((0.2, 0.8), (0.3, 0.8), (0.4, 0.9), (0.1, 0.5), (0.3, 0.7)),
    "ug_cyr": ((0.2, 0.8), (0.4, 0.9), (0.5, 0.9), (0.1, 0.5), (0.3, 0.8)),
    "kz_atajurt": ((0.6, 1.0), (0.6, 0.95), (0.7, 0.98), (0.2, 0.7), (0.6, 0.95)),
    "kg_list": ((0.5, 0.9), (0.5, 0.9), (0.6, 0.95), (0.1, 0.5), (0.4, 0.9)),
}


def make_sources(seed):
    r = random.Random(f"{seed}-sources")
    srcs = {}
    for kind, n in KIND_COUNT.items():
        lst = []
        for i in range(n):
            cov = [r.uniform(*rng_) for rng_ in COVER[kind]]
            s = {
                "kind": kind, "cov": cov,
                "order_swap": r.choice([0.0, 0.0, 0.05, 0.3, 0.9]),
                "upper_sur": r.random() < 0.3,
                "all_upper": r.random() < 0.12,
                "typo": r.uniform(0.01, 0.12) if kind not in ("cn_police",) else 0.0,
                "given_only": r.uniform(0.0, 0.06),
                "three": r.uniform(0.0, 0.06),
                "en": S.random_en_habit(r),
                "wobble": r.uniform(0.0, 0.12),
                "plain": r.random() < 0.5,      # ULY without diacritics
                "tr_equiv": r.uniform(0.2, 0.8),
                "suffix": r.uniform(0.2, 0.9),  # patronymic / -ov suffix rate
                "date": r.randrange(6),
                "place_lang": r.choice(["py", "uly", "mix"]),
                "place_level": r.randrange(5),
                "sep": r.choice(["·", "·", "·", "•", ".", "-", ""]),
                "fac_style": r.randrange(4),
                "gender_style": r.randrange(3),
                "std_name": r.uniform(0, 0.25),
                "w": r.uniform(0.3, 3.0),
            }
            lst.append(s)
        srcs[kind] = Weighted([(s, s["w"]) for s in lst])
    return srcs


def kind_table(eth, dias):
    base = dict(KIND_BASE[eth])
    for k, m in DIAS_BOOST.get(dias, {}).items():
        if k in base:
            base[k] *= m
    return Weighted(list(base.items()))


KT_CACHE = {}


# ====================================================================== renderers
def sylls_hz(name, rng):
    return S.hanzi(name, rng)


def render_name(p, src, rng):
    kind = src["kind"]
    if p.sur is not None:
        return render_han(p, src, rng)
    given, father, gfather = p.given, p.father, p.gfather
    r = rng.random()
    if r < src["given_only"]:
        father = None
    if father and gfather and rng.random() < src["three"]:
        third = gfather
    else:
        third = None
    if p.eth == "uy" and p.g == "m" and rng.random() < 0.05:  # -jan added or dropped
        given = given[:-3] if given.endswith("jan") else given + "jan"
    fem = p.g == "f"
    swap = rng.random() < src["order_swap"]
    suffix = rng.random() < src["suffix"]
    if kind == "cn_police" or kind == "cn_pinyin":
        parts = [S.hanzi(given, rng)] + ([S.hanzi(father, rng)] if father else []) + \
            ([S.hanzi(third, rng)] if third else [])
        if kind == "cn_police":
            return src["sep"].join(parts)
        pys = [S.pinyin_of_hanzi(x) for x in parts]
        if rng.random() < 0.15:
            pys = [re.sub(r"(?<=[a-z])(?=[aeo])", "'", x) for x in pys]
        sep = " " if src["sep"] in ("", "·", "•") else src["sep"]
        if src["sep"] == "·" and rng.random() < 0.3:
            sep = "·"
        out = sep.join(cap(x) for x in (pys[::-1] if swap else pys))
        return out.upper() if src["all_upper"] else out
    words = [given] + ([father] if father else []) + ([third] if third else [])
    if kind == "uly":
        tab = S.ULY_PLAIN if src["plain"] else S.ULY
        w = [cap(S.latin(x, tab)) for x in words]
    elif kind == "ug_arabic":
        return " ".join(S.arabic(x) for x in words)
    elif kind == "tr_latin":
        w = []
        for x in words:
            eq = D.TR_EQUIV.get(x)
            t = S.latin(x, S.TURKISH)
            t = ("İ" + t[1:]) if t.startswith("i") else cap(t)
            w.append(eq if eq and rng.random() < src["tr_equiv"] else t)
    elif kind == "en_ngo":
        w = []
        for x in words:
            std = D.EN_STANDARD.get(x)
            if std and rng.random() < src["std_name"]:
                w.append(std)
            else:
                w.append(cap(S.english(x, src["en"], rng, src["wobble"])))
    else:
        tab = {"ru_media": S.RU, "kz_atajurt": S.KZ, "ug_cyr": S.UGC, "kg_list": S.KG}[kind]
        w = [cap(S.cyr(x, tab)) for x in words]
        if father and suffix:
            f = w[1]
            if kind == "kz_atajurt" and p.eth == "kz":
                w[1] = f + ("қызы" if fem else "ұлы")
            elif kind == "kg_list" and p.eth == "kg":
                w[1] = f + (" кызы" if fem else " уулу")
            elif kind in ("ru_media", "ug_cyr") or p.eth != "uy":
                end = f[-1]
                if end in "аеиоуыэюяәіұүө":
                    f = f[:-1] if end in "аяе" else f
                    w[1] = f + ("ева" if fem else "ев")
                else:
                    w[1] = f + ("ова" if fem else "ов")
        if kind == "ru_media" and father and rng.random() < 0.55:
            swap = True  # Russian lists put the surname first
    if len(w) > 1 and swap:
        w = w[1:] + w[:1] if not third else w
    if src["upper_sur"] and len(w) > 1:
        i = 0 if swap else 1
        w[i] = w[i].upper()
    out = " ".join(w)
    if src["all_upper"]:
        out = out.upper()
    return out


def render_han(p, src, rng):
    kind = src["kind"]
    (shz, spy, sru) = p.sur
    giv = p.given
    if kind == "cn_police" or kind == "ug_arabic" or kind == "uly" or kind == "tr_latin":
        if kind == "cn_police":
            return shz + "".join(g[0] for g in giv)
        return cap(spy.lower()) + " " + cap("".join(g[1] for g in giv))
    if kind in ("ru_media", "kz_atajurt", "ug_cyr", "kg_list"):
        g = "".join(g[2] for g in giv)
        return sru + " " + cap(g)
    gpy = "".join(g[1] for g in giv)
    if len(giv) > 1 and rng.random() < 0.25:
        gpy = giv[0][1] + "-" + giv[1][1]
    if rng.random() < src["given_only"] * 0.3:
        return cap(gpy)
    sur = spy.upper() if src["upper_sur"] else spy
    if rng.random() < (src["order_swap"] if kind == "en_ngo" else 0.03):
        out = cap(gpy) + " " + sur
    elif rng.random() < 0.05:
        out = sur + ", " + cap(gpy)
    else:
        out = sur + " " + cap(gpy)
    return out.upper() if src["all_upper"] else out


GENDER = {
    "cn_police": (("男", "女"), ("男", "女"), ("男性", "女性")),
    "cn_pinyin": (("M", "F"), ("Male", "Female"), ("male", "female")),
    "en_ngo": (("M", "F"), ("Male", "Female"), ("m", "f")),
    "uly": (("er", "ayal"), ("Er", "Ayal"), ("E", "A")),
    "ug_arabic": (("ئەر", "ئايال"), ("ئەر", "ئايال"), ("ئەر", "ئايال")),
    "tr_latin": (("Erkek", "Kadın"), ("E", "K"), ("erkek", "kadın")),
    "ru_media": (("м", "ж"), ("муж.", "жен."), ("М", "Ж")),
    "kz_atajurt": (("ер", "әйел"), ("Ер", "Әйел"), ("ер", "әйел")),
    "ug_cyr": (("әр", "аял"), ("Әр", "Аял"), ("әр", "аял")),
    "kg_list": (("эркек", "аял"), ("Эркек", "Аял"), ("э", "а")),
}


def render_gender(p, src, rng):
    male = p.g == "m"
    if rng.random() < 0.008:
        male = not male
    pair = GENDER[src["kind"]][src["gender_style"]]
    return pair[0] if male else pair[1]


def true_or_noisy_year(p, rng):
    r = rng.random()
    if r < 0.74:
        return p.by, None
    if r < 0.90:
        return p.by + rng.choice((-1, 1)), None
    if r < 0.94:
        return p.by + rng.choice((-5, -4, -3, -2, 2, 3, 4, 5, 10, -10)), None
    return p.by, "approx"


def render_birth(p, src, rng):
    y, approx = true_or_noisy_year(p, rng)
    kind, st = src["kind"], src["date"]
    if approx:
        a = rng.random()
        if kind == "cn_police" or kind == "cn_pinyin":
            return f"{y // 10 * 10}年代" if a < 0.5 else f"{y}?"
        if kind in ("ru_media", "ug_cyr", "kg_list"):
            return f"{y // 10 * 10}-е" if a < 0.4 else f"около {y}"
        if kind == "kz_atajurt":
            return f"{y // 10 * 10} жж." if a < 0.5 else f"шамамен {y}"
        if a < 0.3:
            return f"{y // 10 * 10}s"
        if a < 0.55:
            return f"c. {y}"
        if a < 0.7:
            return f"{y}?"
        if a < 0.85:
            lo = y - rng.randint(1, 3)
            return f"{lo}-{lo + rng.randint(2, 5)}"
        return f"{y - 1}/{y}"
    exact = (y == p.by)
    m, d = p.bm, p.bd
    if kind == "cn_police":
        if st == 0 and exact and rng.random() < 0.35:
            code = p.county.idcode
            return f"{code}{y}{m:02d}{d:02d}{p.idsfx}"
        if st in (0, 1):
            return f"{y}-{m:02d}-{d:02d}"
        if st == 2:
            return f"{y}{m:02d}{d:02d}"
        if st == 3:
            return f"{y}年{m}月"
        return f"{y}年" if st == 4 else str(y)
    if kind in ("ru_media", "ug_cyr", "kg_list", "kz_atajurt"):
        if st < 2:
            return f"{d:02d}.{m:02d}.{y}"
        if st == 2:
            return f"{y} г.р." if kind != "kz_atajurt" else f"{y} ж.т."
        return str(y)
    if kind == "ug_arabic":
        return f"{y}-يىلى" if st < 3 else str(y)
    if kind == "uly":
        return f"{y}-yili" if st < 2 else str(y)
    if kind == "tr_latin":
        return f"{d:02d}.{m:02d}.{y}" if st < 2 else str(y)
    if kind == "cn_pinyin" and st < 3:
        return f"{y}-{m:02d}-{d:02d}" if st < 2 else f"{y}.{m:02d}"
    if kind == "en_ngo" and st == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if kind == "en_ngo" and st == 1:
        return f"{d}/{m}/{y}"
    return str(y)


TR_PLACE = {"qeshqer": "Kaşgar", "xoten": "Hotan", "ürümchi": "Urumçi", "ghulja": "Gulca",
            "aqsu": "Aksu", "turpan": "Turfan", "qumul": "Kumul", "yeken": "Yarkent",
            "korla": "Korla", "atush": "Atuş", "ili": "İli", "qaraqash": "Karakaş",
            "kucha": "Kuçar", "chöchek": "Çöçek", "altay": "Altay"}


EN_PLACE = {"yeken": ("Yarkand", "Yarkent"), "qeshqer": ("Kashgar", "Kashghar"),
            "xoten": ("Khotan", "Hotan"), "ghulja": ("Ghulja", "Gulja", "Kulja"),
            "qaghiliq": ("Karghilik", "Kargilik"), "kucha": ("Kuchar", "Kucha"),
            "turpan": ("Turfan", "Turpan"), "qumul": ("Kumul", "Qumul"),
            "ürümchi": ("Urumqi", "Urumchi"), "atush": ("Atush", "Artush"),
            "chöchek": ("Chuguchak", "Chochek"), "qaraqash": ("Karakax", "Qaraqash"),
            "konisheher": ("Konashahar", "Konasheher"), "maralbëshi": ("Maralbashi",),
            "yëngisheher": ("Yengisheher", "Yangishahar"), "ili": ("Ili", "Ili Kazakh AP")}


def place_word(c, script, src, rng, county=True):
    """Name of a county (or its prefecture) in one script."""
    if county:
        uly, hz, py, ru, kz = c.uly, c.hz, c.py, c.ru, c.kz
    else:
        P = D.PREFS[c.pref]
        hz, py, uly, ru, kz = P[0], P[2], P[3], P[4], P[5]
    if script == "hz":
        if county:
            return hz if rng.random() < 0.7 else hz.rstrip("县市区") or hz
        P = D.PREFS[c.pref]
        return P[0] if rng.random() < 0.6 else P[1]
    if script == "py":
        suffix = (" County" if rng.random() < 0.3 else (" Xian" if rng.random() < 0.15 else "")) \
            if county and hz.endswith("县") and "Xian" not in py else ""
        return py + suffix
    if script == "uly":
        w = titlewords(S.latin(uly, S.ULY_PLAIN if src["plain"] else S.ULY))
        return w
    if script == "en":
        lang = src["place_lang"]
        if lang == "mix":
            lang = "py" if rng.random() < 0.5 else "uly"
        if lang == "py":
            base = py if county else D.PREFS[c.pref][6]
            if county and rng.random() < 0.25 and not base.endswith("Xian"):
                base += " County" if hz.endswith("县") else (" City" if hz.endswith("市") else "")
            if not county and rng.random() < 0.3:
                base += " Prefecture"
            return base
        if uly in EN_PLACE and rng.random() < 0.6:
            return rng.choice(EN_PLACE[uly])
        return titlewords(S.english(uly, src["en"], rng, src["wobble"]))
    if script == "ar":
        return S.arabic(uly)
    if script == "tr":
        return TR_PLACE.get(uly) or titlewords(S.latin(uly, S.TURKISH))
    if script == "ru":
        return ru or titlewords(S.cyr(uly, S.RU))
    if script == "kz":
        return kz or titlewords(S.cyr(uly, S.KZ))
    if script == "ugc":
        return titlewords(S.cyr(uly, S.UGC))
    if script == "kg":
        return ru or titlewords(S.cyr(uly, S.KG))
    return py


KIND_SCRIPT = {"cn_police": "hz", "cn_pinyin": "py", "en_ngo": "en", "uly": "uly",
               "ug_arabic": "ar", "tr_latin": "tr", "ru_media": "ru", "kz_atajurt": "kz",
               "ug_cyr": "ugc", "kg_list": "kg"}
COUNTY_WORD = {"uly": " nahiyisi", "ar": " ناھىيىسى", "ru": " уезд", "kz": " ауданы",
               "ugc": " наһийиси", "tr": " ilçesi", "kg": " району"}
TOWN_WORD = {"hz": ("乡", "镇"), "py": (" Xiang", " Zhen"), "en": (" township", " town"),
             "uly": (" yëzisi", " baziri"), "ar": (" يېزىسى", " بازىرى"),
             "tr": (" köyü", " kasabası"), "ru": (" волость", " посёлок"),
             "kz": (" ауылы", " қалашығы"), "ugc": (" йезиси", " базири"),
             "kg": (" айылы", " шаарчасы")}


def render_town(t, script, src, rng):
    name, is_town = t
    if script == "hz":
        return S.hanzi(name, rng) + TOWN_WORD["hz"][is_town]
    if script == "py":
        return cap(S.pinyin_of_hanzi(S.hanzi(name))) + TOWN_WORD["py"][is_town]
    if script == "ar":
        return S.arabic(name) + TOWN_WORD["ar"][is_town]
    if script == "en":
        w = cap(S.english(name, src["en"], rng, src["wobble"]))
        return w + (TOWN_WORD["en"][is_town] if rng.random() < 0.5 else "")
    tab = {"uly": S.ULY_PLAIN if src["plain"] else S.ULY, "tr": S.TURKISH}.get(script)
    if tab is not None:
        w = cap(S.latin(name, tab))
    else:
        w = cap(S.cyr(name, {"ru": S.RU, "kz": S.KZ, "ugc": S.UGC, "kg": S.KG}[script]))
    return w + (TOWN_WORD[script][is_town] if rng.random() < 0.6 else "")


VAGUE_HOME = {"hz": ("新疆",), "py": ("Xinjiang",), "en": ("Xinjiang", "East Turkestan", "XUAR"),
              "uly": ("Sherqiy Türkistan", "Uyghur Diyari"), "ar": ("شەرقىي تۈركىستان",),
              "tr": ("Doğu Türkistan", "Doğu Türkistan"), "ru": ("Синьцзян", "СУАР"),
              "kz": ("Шыңжаң", "Шығыс Түркістан"), "ugc": ("Шәрқий Түркистан",),
              "kg": ("Шинжаң",)}


def render_hometown(p, src, rng):
    script = KIND_SCRIPT[src["kind"]]
    if rng.random() < 0.025:
        return rng.choice(VAGUE_HOME[script])
    c = p.county
    t = p.town
    if p.res is not None and rng.random() < 0.35:
        c, t = p.res, None  # place of residence reported instead of birthplace
    elif rng.random() < 0.02:
        sib = [x for x in D.COUNTIES if x[1] == c.pref]
        c = COUNTY_BY_KEY[rng.choice(sib)[0].lower()]
        t = None
    lvl = src["place_level"]
    if rng.random() < 0.3:
        lvl = rng.randrange(5)
    # 0 pref, 1 county, 2 pref+county, 3 county+town, 4 pref+county+town
    if t is None and lvl >= 3:
        lvl = 2
    parts = []
    if lvl in (0, 2, 4):
        parts.append(place_word(c, script, src, rng, county=False))
    if lvl >= 1:
        cw = place_word(c, script, src, rng, county=True)
        if script in COUNTY_WORD and rng.random() < 0.3 and c.hz.endswith("县"):
            cw += COUNTY_WORD[script]
        parts.append(cw)
    if lvl >= 3:
        parts.append(render_town(t, script, src, rng))
    if script == "hz":
        return "".join(parts)
    if script in ("ru", "kz", "ugc", "kg", "tr", "en") and len(parts) > 1 and rng.random() < 0.4:
        parts = parts[::-1]  # "village, county, prefecture" order
    sep = rng.choice((", ", ", ", " ", "/", " - ")) if script != "ar" else rng.choice(("، ", " "))
    return sep.join(parts)


FAC_WORDS = {
    "hz": {"camp": ("职业技能教育培训中心", "教培中心", "教育转化培训中心", "培训学校"),
           "detention center": ("看守所", "拘留所"),
           "prison": ("监狱",)},
    "en": {"camp": (" camp", " re-education camp", " VETC", " internment camp",
                    " political education camp"),
           "detention center": (" detention center", " detention centre", " jail"),
           "prison": (" prison", " No. {n} Prison")},
    "py": {"camp": (" VETC", " vocational training center", " camp"),
           "detention center": (" kanshousuo", " detention center"),
           "prison": (" Jianyu", " prison")},
    "uly": {"camp": (" lagiri", " terbiyilesh lagiri", " yighiwëlish lagiri", " mektep"),
            "detention center": (" tutup turush orni", " qamaqxanisi"),
            "prison": (" türmisi", " türme")},
    "ar": {"camp": (" لاگېرى", " تەربىيىلەش لاگېرى", " يىغىۋېلىش لاگېرى"),
           "detention center": (" قاماقخانىسى",), "prison": (" تۈرمىسى",)},
    "tr": {"camp": (" kampı", " toplama kampı", " eğitim kampı"),
           "detention center": (" gözaltı merkezi", " tutukevi"),
           "prison": (" cezaevi", " hapishanesi")},
    "ru": {"camp": ("лагерь ", "лагерь перевоспитания, ", "центр профобучения "),
           "detention center": ("СИЗО ", "изолятор "), "prison": ("тюрьма ",)},
    "kz": {"camp": (" лагері", " саяси лагері", " тәрбиелеу орталығы"),
           "detention center": (" тергеу изоляторы", " қамау орны"),
           "prison": (" түрмесі",)},
    "ugc": {"camp": (" лагери", " тәрбийиләш лагери"), "detention center": (" қамақханиси",),
            "prison": (" түрмиси",)},
    "kg": {"camp": (" лагери",), "detention center": (" тергөө абагы",),
           "prison": (" түрмөсү",)},
}


def render_facility(p, src, rng):
    i = 0 if len(p.facs) == 1 or rng.random() < 0.55 else rng.randrange(len(p.facs))
    name, town, pref, ftype, num = p.facs[i]
    script = KIND_SCRIPT[src["kind"]]
    if src["fac_style"] == 0 and script in ("en", "uly", "py") and rng.random() < 0.5:
        return name, i  # researchers quoting the BuzzFeed News site label
    if rng.random() < 0.05:
        vague = {"hz": "教培中心", "en": "camp", "py": "camp", "uly": "lagër", "ar": "لاگېر",
                 "tr": "kamp", "ru": "лагерь", "kz": "лагерь", "ugc": "лагер", "kg": "лагерь"}
        return vague[script], i
    ft = "prison" if ftype.startswith("prison") else ftype if ftype in (
        "camp", "detention center") else "camp"
    c = COUNTY_BY_KEY.get(town.lower())
    if c is not None:
        tw = place_word(c, script if script != "en" else "en", src, rng, county=True)
        if script == "hz":
            tw = c.hz if rng.random() < 0.6 else c.hz.rstrip("县市区")
    else:
        low = town.lower()
        tw = {"hz": S.hanzi(low, rng), "ar": S.arabic(low), "ru": cap(S.cyr(low, S.RU)),
              "kz": cap(S.cyr(low, S.KZ)), "ugc": cap(S.cyr(low, S.UGC)),
              "kg": cap(S.cyr(low, S.KG))}.get(script, town)
    words = FAC_WORDS[script][ft]
    wd = rng.choice(words)
    if "{n}" in wd:
        wd = wd.replace("{n}", str(num))
    if num > 1 and rng.random() < 0.35:
        if script == "hz":
            tw += "第" + "一二三四五六七八九十"[min(num, 10) - 1]
        elif script in ("en", "py"):
            tw += f" No. {num}" if rng.random() < 0.5 else f" #{num}"
        else:
            tw += f" {num}"
    if script == "ru":
        return wd + tw, i
    return tw + wd, i


def render_detained(p, src, rng, fi):
    y = p.years[fi if fi is not None else 0]
    r = rng.random()
    if r < 0.08:
        y += 1
    elif r < 0.12:
        y -= 1
    kind, st = src["kind"], src["date"]
    mth = rng.randint(1, 12)
    if kind == "cn_police":
        return (f"{y}年" if st < 2 else f"{y}-{mth:02d}" if st < 4 else f"{y}年{mth}月")
    if kind in ("ru_media", "ug_cyr", "kg_list"):
        return f"{y} г." if st < 2 else (f"{mth:02d}.{y}" if st == 2 else str(y))
    if kind == "kz_atajurt":
        return f"{y} ж." if st < 3 else str(y)
    if kind == "en_ngo" and st == 5:
        return rng.choice(("early ", "late ", "spring ", "")) + str(y)
    if kind in ("en_ngo", "cn_pinyin", "uly") and st == 4:
        return f"{y}-{mth:02d}"
    if rng.random() < 0.03:
        return f"{y}?"
    return str(y)


HONORIFIC = {"en_ngo": ("Haji ", "Dr. ", "Imam "), "uly": ("Hajim ", "Molla "),
             "tr_latin": ("Hacı ", "Dr. "), "ug_arabic": ("ھاجى ",), "ru_media": ("хаджи ",)}


def decorate_name(p, name, src, rng):
    """Cells real spreadsheets hold: two scripts in one cell, an alias, an honorific."""
    kind = src["kind"]
    r = rng.random()
    if p.sur is None and r < 0.035 and kind in ("en_ngo", "uly", "tr_latin", "ru_media"):
        other = {"en_ngo": "cn_police", "uly": "ug_arabic", "tr_latin": "ug_arabic",
                 "ru_media": "kz_atajurt" if p.eth == "kz" else "cn_police"}[kind]
        alt = dict(src, kind=other, order_swap=0.0, all_upper=False, upper_sur=False,
                   given_only=0.0, three=0.0)
        return name + rng.choice((" (", " / ", "（")) + render_name(p, alt, rng) + \
            (")" if rng.random() < 0.8 else "")
    if p.sur is None and r < 0.045 and p.g == "m" and p.eth == "uy" and \
            kind in ("en_ngo", "uly", "tr_latin"):
        g = cap(S.latin(p.given, S.ULY_PLAIN))
        alt = g[:-3] if g.endswith("jan") else g + "jan"
        return name + rng.choice((f" ({alt})", f" aka {alt}", f" /{alt}/"))
    if r < 0.05 and kind in HONORIFIC and (2017 - p.by) > 45 and p.g == "m":
        return rng.choice(HONORIFIC[kind]) + name
    return name


def render_mention(p, src, rng):
    cov = src["cov"]
    name = decorate_name(p, render_name(p, src, rng), src, rng)
    if src["typo"] and rng.random() < src["typo"]:
        name = S.typo(name, rng)
        if rng.random() < 0.2:
            name = S.typo(name, rng)
    if rng.random() < 0.01:
        name = name.replace(" ", "", 1)
    if rng.random() < 0.015:
        name = "  " + name + " " if rng.random() < 0.5 else name.replace(" ", "  ")
    g = render_gender(p, src, rng) if rng.random() < cov[0] else ""
    b = render_birth(p, src, rng) if rng.random() < cov[1] else ""
    h = render_hometown(p, src, rng) if rng.random() < cov[2] else ""
    fi = None
    f = ""
    if rng.random() < cov[3]:
        f, fi = render_facility(p, src, rng)
    d = render_detained(p, src, rng, fi) if rng.random() < cov[4] else ""
    return [name, g, b, h, f, d]


def copy_variant(row, rng):
    """An aggregator list copying another list's row: fields dropped, case changed."""
    out = list(row)
    for k in range(1, 6):
        if rng.random() < 0.3:
            out[k] = ""
    r = rng.random()
    if r < 0.15:
        out[0] = out[0].upper()
    elif r < 0.3:
        out[0] = " ".join(cap(w.lower()) for w in out[0].split())
    return out


COUNTY_BY_KEY = {}


# ====================================================================== main
def generate(n_records, seed, out_dir, fac_path):
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(seed)
    facs = load_facilities(fac_path)
    counties, by_key = build_gazetteer(facs, seed)
    COUNTY_BY_KEY.clear()
    COUNTY_BY_KEY.update(by_key)
    col_w = {e: Weighted([(i, c.w[col]) for i, c in enumerate(counties) if c.w[col] > 0])
             for e, col in ETH_COL.items()}
    sources = make_sources(seed)
    nb = max(1, min(64, n_records // 40000 + 1))
    tmp = os.path.join(out_dir, ".buckets")
    os.makedirs(tmp, exist_ok=True)
    bfiles = [open(os.path.join(tmp, f"b{i}.tsv"), "w", encoding="utf-8", newline="\n")
              for i in range(nb)]
    written = 0
    next_pid = 1
    while written < n_records:
        clan = make_clan(rng, counties, col_w, next_pid)
        if not clan:
            continue
        next_pid += len(clan)
        for p in clan:
            if written >= n_records:
                break
            k = MENTIONS.draw(rng)
            k = min(k, n_records - written)
            key = (p.eth, p.dias)
            kt = KT_CACHE.get(key) or KT_CACHE.setdefault(key, kind_table(p.eth, p.dias))
            rows = []
            for j in range(k):
                if rows and rng.random() < 0.18:
                    row = copy_variant(rows[rng.randrange(len(rows))], rng)
                else:
                    src = sources[kt.draw(rng)].draw(rng)
                    row = render_mention(p, src, rng)
                rows.append(row)
                clean = [x.replace("\t", " ").replace("\n", " ").replace("\r", " ")
                         for x in row]
                bfiles[rng.randrange(nb)].write(f"P{p.pid:07d}\t" + "\t".join(clean) + "\n")
            written += k
    for f in bfiles:
        f.close()
    mid = 0
    with open(os.path.join(out_dir, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(out_dir, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        wm = csv.writer(fm, lineterminator="\n")
        wt = csv.writer(ft, lineterminator="\n")
        wm.writerow(["mention_id", "name", "gender", "birth_year", "hometown", "facility",
                     "detained_year"])
        wt.writerow(["mention_id", "person_id"])
        for i in range(nb):
            path = os.path.join(tmp, f"b{i}.tsv")
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            rng.shuffle(lines)
            for line in lines:
                parts = line.split("\t")
                mid += 1
                m = f"m{mid:07d}"
                wm.writerow([m] + parts[1:])
                wt.writerow([m, parts[0]])
            os.remove(path)
    shutil.rmtree(tmp, ignore_errors=True)
    return mid, next_pid - 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities", default=DEFAULT_FAC,
                    help="path to 210720_all_locations_BFN.csv (BuzzFeed News, CC BY 4.0)")
    a = ap.parse_args(argv)
    n, persons = generate(a.records, a.seed, a.out, a.facilities)
    print(f"wrote {n} mentions to {a.out}/mentions.csv (truth.csv alongside)", file=sys.stderr)


if __name__ == "__main__":
    main()
