#!/usr/bin/env python3
"""Linkage generator M: family-search requests.

    python generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year) and
DIR/truth.csv (mention_id,person_id). Deterministic for a seed; streams rows in shuffled blocks.
Rates are the constants below (and in README.md). Measurement only: never tune a linker on it.
"""
import argparse
import bisect
import csv
import io
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gazetteer import COUNTY, PREFECTURE, KAZAKH_AREAS  # noqa: E402
from names import UY_MALE, UY_FEMALE, KZ_MALE, KZ_FEMALE, DIMINUTIVE  # noqa: E402
import translit as T  # noqa: E402

FACILITY_CANDIDATES = [  # beside the repository (../shared) seen from bench/linkgen-m or from here
    os.path.normpath(os.path.join(HERE, *([".."] * k), "shared", "data", "facilities",
                                  "210720_all_locations_BFN.csv")) for k in (2, 3, 4)]

# ---------------------------------------------------------------- rates
REQUESTS_PER_PERSON = [(1, .40), (2, .27), (3, .15), (4, .09), (5, .05), (6, .02), (7, .01),
                       (8, .005), (9, .005)]
P_COPY = 0.12            # a request re-filed/copied into the list with small edits
P_NAMESAKE = 0.07        # person created as a true namesake (same name + father, same county)
P_KAZAKH_IN_AREA = 0.40  # Kazakh family in Ili/Tacheng/Altay/Changji/Bortala (else 0.03)
P_SURNAME_GRANDFATHER = 0.08  # listed surname is the grandfather's name, not the father's
P_SURNAME_PATRONYMIC = 0.06   # listed surname is father's name + -ov/-ova (-uly/-qyzy)
P_FAMILY_SCRIPT = 0.45   # a request uses the family's usual script (else the relative's own)
NAME_FORMS = [("full", .52), ("given", .12), ("nick", .15), ("sonof", .15), ("patro", .06)]
P_GENDER_EMPTY = 0.18
P_GENDER_WRONG = 0.005
P_BIRTH_EMPTY = 0.22
P_BIRTH_DIRECT = 0.15    # of filled: birth year given as such (from an ID), else from age
P_BIRTHDAY_NOT_PASSED = 0.5
P_AGE_OFF1 = 0.08
P_AGE_ROUND5 = 0.05      # age > 40 given as a round number
P_AGE_OFF23 = 0.02
HOMETOWN_LEVELS = [("village", .20), ("village+township", .10), ("township", .20),
                   ("county", .28), ("county+prefecture", .06), ("prefecture", .03),
                   ("empty", .13)]
P_HOME_OTHER_SCRIPT = 0.45
FACILITY_FORMS = [("empty", .64), ("exact", .10), ("mapped", .12), ("vague", .14)]
P_FAC_SAME_TOWN = 0.70
P_FAC_SAME_PREF = 0.20
P_DETAINED_EMPTY = 0.42
P_DETAINED_OFF1 = 0.12
DETAINED_YEARS = [(2014, .02), (2015, .03), (2016, .08), (2017, .40), (2018, .33), (2019, .09),
                  (2020, .03), (2021, .02)]
LAST_YEAR = 2026
BLOCK = 20000
P_DEFER = 0.35           # a request filed years later lands in a later part of the list

SCRIPTS_UY = [("uly", .28), ("eng", .24), ("tur", .10), ("ar", .16), ("zh", .08), ("py", .06),
              ("ru", .04), ("fr", .04)]
SCRIPTS_KZ = [("kz", .30), ("ru", .20), ("eng", .22), ("uly", .08), ("zh", .10), ("py", .06),
              ("tur", .04)]
HOME_SCRIPTS = [("zh", .35), ("py", .20), ("eng", .25), ("uly", .10), ("ar", .05), ("ru", .05)]

TOWNSHIP_A = ("Yéngi Kona Qara Aq Besh Toqquz Sériq Bostan Tagh Yar Üch Chong Tömür Altun Qum Tash "
              "Bagh Qizil Kök Sögetlik Toghraq Ara Yéqa Ottur").split()
TOWNSHIP_B = ("bagh eriq kent östeng köl su tagh bulaq yar bazar aral toghraq tura chöl awat ögüz "
              "qum yéziq ostang döng").split()
VILLAGES = ("Bostan;Yéngi awat;Tarim;Gülbagh;Yéngi hayat;Baghchi;Awat;Ittipaq;Qumbagh;Sayköl;"
            "Toghraqliq;Yéngi östeng;Tömür;Ayköl;Qaraqum;Yengibazar;Chongbagh;Qizilyar;Altunluq;"
            "Yultuz;Barin;Sheptul;Chimen;Kuybagh").split(";")


def cumulative(pairs):
    vals, cum, s = [], [], 0.0
    for v, p in pairs:
        s += p
        vals.append(v)
        cum.append(s)
    return vals, [c / s for c in cum]


class Pick:
    def __init__(self, pairs):
        self.vals, self.cum = cumulative(pairs)

    def __call__(self, rng):
        return self.vals[bisect.bisect_left(self.cum, rng.random())]


def zipf(names, a=0.9):
    return Pick([(n, 1.0 / (i + 1.5) ** a) for i, n in enumerate(names)])


PICK_REQ = Pick(REQUESTS_PER_PERSON)
PICK_FORM = Pick(NAME_FORMS)
PICK_HOME = Pick(HOMETOWN_LEVELS)
PICK_FAC = Pick(FACILITY_FORMS)
PICK_DET = Pick(DETAINED_YEARS)
PICK_SCRIPT = {"uy": Pick(SCRIPTS_UY), "kz": Pick(SCRIPTS_KZ)}
PICK_HOME_SCRIPT = Pick(HOME_SCRIPTS)
PICK_NAME = {("uy", "M"): zipf(UY_MALE), ("uy", "F"): zipf(UY_FEMALE),
             ("kz", "M"): zipf(KZ_MALE), ("kz", "F"): zipf(KZ_FEMALE)}


# ---------------------------------------------------------------- facilities
def load_facilities(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp437")
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    head = [h.strip().lower() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    out = []
    for r in rows[1:]:
        if not any(c.strip() for c in r):
            continue
        r = r + [""] * (len(head) - len(r))
        try:
            lat, lon = float(r[ix["lat"]]), float(r[ix["long"]])
        except ValueError:
            continue
        town = r[ix["town"]].strip()
        pref = r[ix["prefecture"]].strip()
        out.append({"name": r[ix["name"]].strip(), "town": town.lower(), "pref": pref.lower(),
                    "lat": lat, "lon": lon, "type": r[ix["facility type"]].strip().lower()})
    if not out:
        sys.exit("no facilities read from %s" % path)
    # nearest neighbours (including itself), for vague descriptions mapped to several sites
    for f in out:
        d = []
        for j, g in enumerate(out):
            dy = f["lat"] - g["lat"]
            dx = (f["lon"] - g["lon"]) * math.cos(math.radians(f["lat"]))
            d.append((dx * dx + dy * dy, j))
        d.sort()
        f["near"] = [j for dist, j in d[:6] if dist < 0.5 ** 2]  # within ~55 km
    return out


def county_forms(town):
    if town in COUNTY:
        return COUNTY[town]
    base = town.replace(" county", "").replace(" city", "")
    return (T.titled(base), T.to_chinese_phrase(base)[0] + "县", T.titled(base))


def pref_forms(pref):
    if pref in PREFECTURE:
        return PREFECTURE[pref]
    return (T.titled(pref), T.to_chinese_phrase(pref)[0], T.titled(pref))


# ---------------------------------------------------------------- places
class Places:
    def __init__(self, seed, facilities):
        self.seed = seed
        self.fac = facilities
        self.by_town, self.by_pref = {}, {}
        for i, f in enumerate(facilities):
            self.by_town.setdefault(f["town"], []).append(i)
            self.by_pref.setdefault(f["pref"], []).append(i)
        towns = sorted(self.by_town)
        self.pick_town = Pick([(t, len(self.by_town[t]) ** 0.8) for t in towns])
        self.town_pref = {t: facilities[self.by_town[t][0]]["pref"] for t in towns}
        self._townships = {}

    def townships(self, town):
        if town not in self._townships:
            r = random.Random("%s:%s" % (self.seed, town))
            n = r.randint(6, 14)
            seen, ts = set(), []
            while len(ts) < n:
                nm = r.choice(TOWNSHIP_A) + r.choice(TOWNSHIP_B)
                if nm in seen:
                    continue
                seen.add(nm)
                kind = "baziri" if r.random() < 0.3 else "yéziliqi"
                vills = []
                for k in range(r.randint(5, 15)):
                    vills.append(("num", k + 1) if r.random() < 0.5 else ("name", r.choice(VILLAGES)))
                ts.append((nm, kind, vills))
            self._townships[town] = ts
        return self._townships[town]


# ---------------------------------------------------------------- persons
class Person:
    __slots__ = ("pid", "eth", "gender", "given", "father", "surname", "surname_kind", "by",
                 "town", "pref", "tship", "village", "fac", "det", "fscript")


def make_person(rng, pid, places, recent):
    p = Person()
    p.pid = pid
    if recent and rng.random() < P_NAMESAKE:
        # a true namesake: same given name and father's name, same county, another person
        src = rng.choice(recent)
        p.eth, p.gender, p.given, p.father = src.eth, src.gender, src.given, src.father
        p.surname, p.surname_kind = src.father, "father"
        p.town, p.pref = src.town, src.pref
        p.by = src.by + rng.choice([-9, -7, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 7, 9])
    else:
        p.town = places.pick_town(rng)
        p.pref = places.town_pref[p.town]
        kz_rate = P_KAZAKH_IN_AREA if p.pref in KAZAKH_AREAS else 0.03
        p.eth = "kz" if rng.random() < kz_rate else "uy"
        p.gender = "M" if rng.random() < 0.62 else "F"
        p.given = PICK_NAME[(p.eth, p.gender)](rng)
        p.father = PICK_NAME[(p.eth, "M")](rng)
        r = rng.random()
        if r < P_SURNAME_GRANDFATHER:
            p.surname, p.surname_kind = PICK_NAME[(p.eth, "M")](rng), "grandfather"
        elif r < P_SURNAME_GRANDFATHER + P_SURNAME_PATRONYMIC:
            suf = ("ov" if p.gender == "M" else "ova") if p.eth == "uy" or rng.random() < .5 else \
                ("uly" if p.gender == "M" else "qizi")
            p.surname, p.surname_kind = p.father + suf, "patronymic"
        else:
            p.surname, p.surname_kind = p.father, "father"
        age2017 = int(min(80, max(16, rng.gauss(38, 12))))
        p.by = 2017 - age2017
    ts = places.townships(p.town)
    p.tship = rng.randrange(len(ts))
    p.village = rng.randrange(len(ts[p.tship][2]))
    r = rng.random()
    if r < P_FAC_SAME_TOWN:
        p.fac = rng.choice(places.by_town[p.town])
    elif r < P_FAC_SAME_TOWN + P_FAC_SAME_PREF:
        p.fac = rng.choice(places.by_pref[p.pref])
    else:
        p.fac = rng.randrange(len(places.fac))
    p.det = PICK_DET(rng)
    p.fscript = PICK_SCRIPT[p.eth](rng)
    return p


# ---------------------------------------------------------------- mention fields
def R(s, script, habit):
    return T.render(s, script, habit)


def diminutive(rng, given, gender, eth):
    opts = list(DIMINUTIVE.get(given, []))
    if eth == "kz":
        opts.append(given + ("zhan" if gender == "M" else "zhan"))
    else:
        opts.append(given + ("jan" if gender == "M" else "xan"))
    return rng.choice(opts)


def genitive_ru(s):
    if s.endswith("а"):
        return s[:-1] + "ы"
    if s.endswith("й"):
        return s[:-1] + "я"
    if s[-1:] in "еиоуыэюяё":
        return s
    return s + "а"


def son_of(rng, p, script, habit):
    g, f = R(p.given, script, habit), R(p.father, script, habit)
    male = p.gender == "M"
    v = rng.random()
    if script in ("eng", "py"):
        rel = "son" if male else "daughter"
        if v < .5:
            return "%s, %s of %s" % (g, rel, f)
        if v < .75:
            return "%s %s/o %s" % (g, rel[0], f)
        return "%s %s of %s" % (g, rel, f)
    if script == "uly":
        w = "oghli" if male else "qizi"
        return "%s %s %s" % (f, w, g) if v < .6 else "%s %s %s" % (g, f, w)
    if script == "ar":
        w = "ئوغلى" if male else "قىزى"
        return "%s %s %s" % (f, w, g) if v < .7 else "%s %s %s" % (g, f, w)
    if script == "tur":
        w = "oğlu" if male else "kızı"
        return "%s %s %s" % (f, w, g) if v < .5 else "%s, %s %s" % (g, f, w)
    if script == "ru":
        return "%s, %s %s" % (g, "сын" if male else "дочь", genitive_ru(f))
    if script == "kz":
        return "%s %s%s" % (g, f, "ұлы" if male else "қызы") if v < .7 else \
            "%s %s %s" % (f, "ұлы" if male else "қызы", g)
    if script == "zh":
        if v < .5:
            return "%s%s%s" % (f, "之子" if male else "之女", g)
        return "%s%s%s" % (f, "的儿子" if male else "的女儿", g)
    if script == "fr":
        return "%s, %s de %s" % (g, "fils" if male else "fille", f)
    raise ValueError(script)


def join_name(a, b, script):
    return a + "·" + b if script == "zh" else a + " " + b


def name_field(rng, p, script, habit):
    form = PICK_FORM(rng)
    if form == "full":
        return join_name(R(p.given, script, habit), R(p.surname, script, habit), script)
    if form == "given":
        return R(p.given, script, habit)
    if form == "nick":
        d = R(diminutive(rng, p.given, p.gender, p.eth), script, habit)
        g = R(p.given, script, habit)
        v = rng.random()
        if v < .40:
            if script == "zh":
                return "%s（%s）" % (g, d)
            return "%s (%s)" % (g, d) if rng.random() < .7 else '%s "%s"' % (g, d)
        if v < .65:
            return d
        return join_name(d, R(p.surname, script, habit), script)
    if form == "sonof":
        return son_of(rng, p, script, habit)
    # patronymic surname written by a Russian- or Kazakh-educated relative
    if p.eth == "kz" and script in ("kz", "ru") and rng.random() < .6:
        suf = "uly" if p.gender == "M" else "qizi"
        return join_name(R(p.given, script, habit), R(p.father + suf, script, habit), script)
    suf = "ov" if p.gender == "M" else "ova"
    if p.surname_kind == "patronymic":
        return join_name(R(p.given, script, habit), R(p.surname, script, habit), script)
    return join_name(R(p.given, script, habit), R(p.father + suf, script, habit), script)


GENDER_VALUES = {"M": ["M", "male", "m"], "F": ["F", "female", "f"]}


def gender_field(rng, p, script):
    if rng.random() < P_GENDER_EMPTY:
        return ""
    g = p.gender
    if rng.random() < P_GENDER_WRONG:
        g = "F" if g == "M" else "M"
    if script == "zh" and rng.random() < .5:
        return "男" if g == "M" else "女"
    v = rng.random()
    vals = GENDER_VALUES[g]
    return vals[0] if v < .55 else vals[1] if v < .85 else vals[2]


def birth_field(rng, p, req_year):
    if rng.random() < P_BIRTH_EMPTY:
        return ""
    if rng.random() < P_BIRTH_DIRECT:
        return str(p.by)
    age = req_year - p.by - (1 if rng.random() < P_BIRTHDAY_NOT_PASSED else 0)
    v = rng.random()
    if v < P_AGE_OFF1:
        age += rng.choice((-1, 1))
    elif v < P_AGE_OFF1 + P_AGE_ROUND5 and age > 40:
        age = int(round(age / 5.0)) * 5
    elif v < P_AGE_OFF1 + P_AGE_ROUND5 + P_AGE_OFF23:
        age += rng.choice((-3, -2, 2, 3))
    return str(req_year - age)


TWN_SUFFIX = {
    "uly": {"yéziliqi": " yéziliqi", "baziri": " baziri"},
    "ar": {"yéziliqi": " يېزىسى", "baziri": " بازىرى"},
    "zh": {"yéziliqi": "乡", "baziri": "镇"},
    "py": {"yéziliqi": " Xiang", "baziri": " Zhen"},
    "eng": {"yéziliqi": " township", "baziri": " town"},
    "ru": {"yéziliqi": " волость", "baziri": " посёлок"},
}


def place_word(s, script, habit):
    """A synthetic place name (one ULY word or two)."""
    if script == "zh":
        return T.to_chinese_phrase(s)[0]
    if script == "py":
        return T.titled(T.to_chinese_phrase(s)[1].replace(" ", ""))
    if script == "ru":
        return T.to_cyrillic(s)
    return R(s, script, habit)


def village_str(v, script, habit):
    kind, val = v
    if kind == "num":
        n = val
        return {"uly": "%d-kent" % n, "ar": "%d-كەنت" % n, "zh": "%d村" % n, "py": "%d Cun" % n,
                "eng": "Village No. %d" % n if habit & 2 else "%d-village" % n,
                "ru": "%d-село" % n}[script]
    w = place_word(val, script, habit)
    return {"uly": w + " kenti", "ar": w + " كەنتى", "zh": w + "村", "py": w + " Cun",
            "eng": w + " village", "ru": "село " + w}[script]


def township_str(t, script, habit):
    nm, kind, _ = t
    return place_word(nm, script, habit) + TWN_SUFFIX[script][kind]


def county_str(town, script, habit):
    uly, zh, py = county_forms(town)
    suffix = habit & 4
    if script == "zh":
        return zh if suffix or not zh.endswith("县") else zh[:-1]
    if script == "py":
        return py + (" Xian" if suffix and zh.endswith("县") else "")
    if script == "eng":
        base = py if habit & 8 else R(uly, "eng", habit)
        return base + (" County" if suffix and zh.endswith("县") else "")
    if script == "uly":
        return R(uly, "uly", habit) + (" nahiyisi" if suffix and zh.endswith("县")
                                       and "nahiyisi" not in uly else "")
    if script == "ar":
        return T.to_arabic(uly.lower())
    if script == "ru":
        return T.to_cyrillic(uly) if habit & 8 else T.to_cyrillic(py.lower())
    raise ValueError(script)


def pref_str(pref, script, habit):
    uly, zh, py = pref_forms(pref)
    if script == "zh":
        return zh
    if script == "py":
        return py
    if script == "eng":
        return {"kashgar": "Kashgar", "hotan": "Hotan", "ürümqi": "Urumqi", "ili": "Ili",
                "tacheng": "Tacheng"}.get(pref, T.titled(pref)) if habit & 8 else R(uly, "eng", habit)
    if script == "uly":
        return R(uly, "uly", habit)
    if script == "ar":
        return T.to_arabic(uly.lower())
    if script == "ru":
        return T.to_cyrillic(uly)
    raise ValueError(script)


def hometown_field(rng, p, places, script, habit):
    level = PICK_HOME(rng)
    if level == "empty":
        return ""
    if script not in TWN_SUFFIX:  # tur, fr, kz write places in a Latin/Cyrillic base form
        script = {"tur": "eng", "fr": "eng", "kz": "ru"}[script]
    if rng.random() < P_HOME_OTHER_SCRIPT:
        script = PICK_HOME_SCRIPT(rng)
        habit = rng.randrange(16)
    t = places.townships(p.town)[p.tship]
    parts = []  # small to large
    if level.startswith("village"):
        parts.append(village_str(t[2][p.village], script, habit))
    if level in ("village+township", "township"):
        parts.append(township_str(t, script, habit))
    if level.startswith("county"):
        parts.append(county_str(p.town, script, habit))
    if level in ("county+prefecture", "prefecture"):
        parts.append(pref_str(p.pref, script, habit))
    if script == "zh":
        return "".join(reversed(parts))
    return ", ".join(parts)


VAGUE = {
    "eng": ["camp in {c}", "{c} detention center", "{c} prison", "vocational school near {c}",
            "re-education camp, {p}", "a camp somewhere in {p}", "{c} training centre"],
    "uly": ["{c} lagéri", "{c} türmisi", "{p} terbiyilesh merkizi", "{c} ettrapidiki lagér"],
    "ar": ["{c} لاگېرى", "{c} تۈرمىسى", "{p} تەربىيىلەش مەركىزى"],
    "zh": ["{c}看守所", "{c}职业技能教育培训中心", "{c}监狱", "{p}某培训中心"],
    "py": ["{c} kanshousuo", "{c} peixun zhongxin", "{p} jiaoyu zhongxin"],
    "ru": ["лагерь в {c}", "тюрьма {c}", "лагерь, {p}"],
    "tur": ["{c} kampı", "{c} cezaevi", "{p} toplama kampı"],
    "fr": ["camp de {c}", "prison de {c}", "camp près de {c}"],
}


def facility_field(rng, p, places, script, habit):
    form = PICK_FAC(rng)
    if form == "empty":
        return ""
    f = places.fac[p.fac]
    if form == "exact":
        return f["name"]
    if form == "mapped":
        # a description mapped by the list's compiler to one of several nearby sites
        return places.fac[rng.choice(f["near"])]["name"]
    g = places.fac[rng.choice(f["near"])] if rng.random() < .3 else f
    s = script if script in VAGUE else "eng"
    hs = s if s in TWN_SUFFIX else "eng"
    if s == "tur" or s == "fr":
        c = R(county_forms(g["town"])[0], s, habit)
        pr = R(pref_forms(g["pref"])[0], s, habit)
    elif s == "kz":
        c = county_str(g["town"], "ru", habit)
        pr = pref_str(g["pref"], "ru", habit)
    else:
        c = county_str(g["town"], hs, habit & ~4)
        pr = pref_str(g["pref"], hs, habit)
    return rng.choice(VAGUE[s]).format(c=c, p=pr)


def detained_field(rng, p):
    if rng.random() < P_DETAINED_EMPTY:
        return ""
    y = p.det
    if rng.random() < P_DETAINED_OFF1:
        y += rng.choice((-1, 1))
    return str(y)


def request(rng, p, places, req_year):
    script = p.fscript if rng.random() < P_FAMILY_SCRIPT else PICK_SCRIPT[p.eth](rng)
    habit = rng.randrange(16)
    return [name_field(rng, p, script, habit), gender_field(rng, p, script),
            birth_field(rng, p, req_year), hometown_field(rng, p, places, script, habit),
            facility_field(rng, p, places, script, habit), detained_field(rng, p)]


def small_edit(rng, row):
    """A copy of a request with a small edit (re-keyed, corrected or truncated)."""
    row = list(row)
    v = rng.random()
    if v < .25:  # one character dropped or doubled in the name
        s = row[0]
        if len(s) > 3:
            i = rng.randrange(1, len(s) - 1)
            row[0] = s[:i] + s[i + 1:] if rng.random() < .5 else s[:i] + s[i] + s[i:]
    elif v < .40:
        row[0] = row[0].upper() if rng.random() < .5 else row[0].lower()
    elif v < .60:  # a field left out in the copy
        k = rng.choice((1, 2, 3, 4, 5))
        row[k] = ""
    elif v < .75 and row[2]:
        row[2] = str(int(row[2]) + rng.choice((-1, 1)))
    elif v < .85:
        row[0] = "  " + row[0] + " " if rng.random() < .5 else row[0].replace(" ", "  ")
    else:  # hometown shortened to its first part
        row[3] = row[3].split(", ")[0]
    return row


def person_rows(rng, p, places):
    n = PICK_REQ(rng)
    first = p.det + min(int(rng.expovariate(0.8)), 4)
    rows = []
    for k in range(n):
        ry = first if k == 0 else first + int(rng.expovariate(0.45))
        ry = min(ry, LAST_YEAR)
        row = request(rng, p, places, ry)
        rows.append(row)
        if rng.random() < P_COPY:
            rows.append(small_edit(rng, row))
            if rng.random() < .15:
                rows.append(small_edit(rng, row))
    return rows


# ---------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    a = ap.parse_args(argv)
    path = a.facilities or next((c for c in FACILITY_CANDIDATES if os.path.exists(c)), None)
    if not path:
        sys.exit("facilities file not found: pass --facilities PATH")
    facilities = load_facilities(path)
    places = Places(a.seed, facilities)
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    fm = open(os.path.join(a.out, "mentions.csv"), "w", newline="", encoding="utf-8")
    ft = open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8")
    wm, wt = csv.writer(fm, lineterminator="\n"), csv.writer(ft, lineterminator="\n")
    wm.writerow(["mention_id", "name", "gender", "birth_year", "hometown", "facility",
                 "detained_year"])
    wt.writerow(["mention_id", "person_id"])
    produced = written = 0
    pid = 0
    recent = {}  # town -> last persons (for namesakes)
    pending = {}  # block index -> rows deferred to it
    block_no = 0
    cur = []

    def flush(rows):
        nonlocal written
        rng.shuffle(rows)
        for pid_, row in rows:
            written += 1
            mid = "FS-%07d" % written
            wm.writerow([mid] + row)
            wt.writerow([mid, "P%07d" % pid_])

    while produced < a.records:
        town_pick = places.pick_town(rng)
        rc = recent.get(town_pick)
        p = make_person(rng, pid, places, rc)
        lst = recent.setdefault(p.town, [])
        lst.append(p)
        if len(lst) > 30:
            lst.pop(0)
        rows = person_rows(rng, p, places)[: a.records - produced]
        produced += len(rows)
        for row in rows:
            if rng.random() < P_DEFER:
                pending.setdefault(block_no + rng.randint(1, 4), []).append((pid, row))
            else:
                cur.append((pid, row))
        pid += 1
        if len(cur) >= BLOCK:
            cur.extend(pending.pop(block_no, []))
            flush(cur)
            cur = []
            block_no += 1
    cur.extend(pending.pop(block_no, []))
    for k in sorted(pending):
        cur.extend(pending[k])
    flush(cur)
    fm.close()
    ft.close()
    print("wrote %d mentions of %d persons to %s" % (written, pid, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
