"""Held-out linkage generator O: official Chinese documents read back by outsiders.

    python generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year) and
DIR/truth.csv (mention_id,person_id). Deterministic for a seed; streams (rows are written in
shuffled blocks of 20,000). Every person is synthetic. See README.md for the rates.
"""

import argparse
import bisect
import csv
import io
import itertools
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gazetteer  # noqa: E402
import names  # noqa: E402
import translit  # noqa: E402

BLOCK = 20_000
HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def weighted(rng, table):
    """table: list of (weight, value)."""
    total = sum(w for w, _ in table)
    x = rng.random() * total
    for w, v in table:
        x -= w
        if x < 0:
            return v
    return table[-1][1]


class Zipf:
    def __init__(self, items, s=0.9):
        self.items = items
        acc, self.cum = 0.0, []
        for rank in range(len(items)):
            acc += 1.0 / (rank + 1.5) ** s
            self.cum.append(acc)

    def draw(self, rng):
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


def find_facilities(path):
    if path:
        return path
    here = os.path.dirname(os.path.abspath(__file__))
    for up in ("..", "../..", "../../.."):
        cand = os.path.normpath(os.path.join(here, up, "shared/data/facilities/210720_all_locations_BFN.csv"))
        if os.path.exists(cand):
            return cand
    for cand in ("../shared/data/facilities/210720_all_locations_BFN.csv",):
        if os.path.exists(cand):
            return cand
    sys.exit("generate.py: facilities file not found; pass --facilities PATH")


def load_facilities(path):
    raw = open(path, "rb").read().decode("cp437")
    rows = list(csv.reader(io.StringIO(raw), delimiter="\t"))
    head = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    out = []
    for r in rows[1:]:
        if len(r) < 8 or not r[ix["Name"]].strip():
            continue
        town = r[ix["Town"]].strip()
        town = {"JInghe": "Jinghe", "YIzhou": "Yizhou"}.get(town, town)
        out.append({"name": r[ix["Name"]].strip(), "town": town, "pref": r[ix["Prefecture"]].strip(),
                    "type": r[ix["facility type"]].strip().lower()})
    return out


class Place:
    """A person's home: county (from a facility's town), township and village, synthetic below county."""

    def __init__(self, rng, town, pref):
        self.town, self.pref = town, pref
        self.county_ug, self.county_zh = gazetteer.COUNTIES.get(town, (town, ""))
        self.pref_ug, self.pref_zh = gazetteer.PREFECTURES.get(pref, (pref, ""))
        a, b = rng.sample(gazetteer.PLACE_PARTS, 2)
        self.town_ug, self.town_zh = a[0] + b[0].lower(), a[1] + b[1]
        self.village_no = rng.randint(1, 15)
        c = rng.choice(gazetteer.PLACE_PARTS)
        self.village_ug, self.village_zh = (c[0], c[1]) if rng.random() < 0.5 else (None, None)


def cap(s):
    return s[:1].upper() + s[1:]


def pinyin_word(han, style):
    syl = translit.pinyin_syllables(han)
    if style == "spaced":
        return " ".join(cap(x) for x in syl)
    return cap("".join(syl))


class Generator:
    def __init__(self, seed, facilities):
        self.rng = random.Random(seed)
        self.fac = facilities
        self.by_town = {}
        for f in facilities:
            self.by_town.setdefault(f["town"], []).append(f)
        self.by_pref = {}
        for f in facilities:
            self.by_pref.setdefault(f["pref"], []).append(f)
        self.towns = sorted(self.by_town)
        self.kazakh_prefs = {"Ili", "Tacheng", "Altay", "Changji", "Bortala"}
        self.z = {k: Zipf(v) for k, v in (("um", names.UYGHUR_MALE), ("uf", names.UYGHUR_FEMALE),
                                           ("km", names.KAZAKH_MALE), ("kf", names.KAZAKH_FEMALE))}
        self.recent = {}  # town -> recent persons (for namesakes)
        self.next_person = 0

    # ---- persons -------------------------------------------------------------------------
    def new_person(self, rng, like=None, sibling_of=None):
        p = {"id": "P%07d" % self.next_person}
        self.next_person += 1
        if sibling_of is not None:
            base = sibling_of
            p["eth"], p["place"], p["father"] = base["eth"], base["place"], base["father"]
            p["town"], p["pref"] = base["town"], base["pref"]
            p["gender"] = "M" if rng.random() < 0.5 else "F"
            p["given"] = self.z[p["eth"][0] + p["gender"].lower()].draw(rng)
            while p["given"] == base["given"]:
                p["given"] = self.z[p["eth"][0] + p["gender"].lower()].draw(rng)
            p["birth"] = base["birth"][0] + rng.choice([-1, 1]) * rng.randint(1, 12)
        else:
            f = rng.choice(self.fac)
            p["town"], p["pref"] = f["town"], f["pref"]
            kaz = rng.random() < (0.40 if p["pref"] in self.kazakh_prefs else 0.03)
            p["eth"] = "kazakh" if kaz else "uyghur"
            p["place"] = Place(rng, p["town"], p["pref"])
            if like is not None:
                p["gender"], p["given"], p["father"] = like["gender"], like["given"], like["father"]
                p["eth"] = like["eth"]
                p["birth"] = like["birth"][0] + rng.randint(-9, 9)
            else:
                p["gender"] = "M" if rng.random() < 0.56 else "F"
                p["given"] = self.z[("k" if kaz else "u") + p["gender"].lower()].draw(rng)
                p["father"] = self.z["km" if kaz else "um"].draw(rng)
                p["birth"] = rng.randint(1948, 2001)
        p["birth"] = (p["birth"] if isinstance(p["birth"], int) else p["birth"][0],
                      rng.randint(1, 12), rng.randint(1, 28))
        # A Chinese-style surname invented by the official record (8% of persons).
        p["han_surname"] = None
        if rng.random() < 0.08:
            if rng.random() < 0.4:
                p["han_surname"] = rng.choice(names.HAN_SURNAMES)[0]
            else:
                p["han_surname"] = p["father"][1][0]
        # Facility: home county 70%, prefecture 20%, anywhere 10%.
        r = rng.random()
        pool = self.by_town[p["town"]] if r < 0.7 else self.by_pref.get(p["pref"]) if r < 0.9 else self.fac
        p["facility"] = rng.choice(pool or self.fac)
        p["detained"] = weighted(rng, [(40, 2017), (33, 2018), (8, 2019), (6, 2016), (4, 2020),
                                       (3, 2015), (3, 2014), (2, 2021), (1, 2022)])
        # The diaspora's usual script for this family.
        if p["eth"] == "kazakh":
            p["family_script"] = weighted(rng, [(40, "kk"), (20, "ru"), (25, "en"), (10, "uly"), (5, "tr")])
        else:
            p["family_script"] = weighted(rng, [(35, "uly"), (25, "en"), (20, "ar"), (12, "tr"), (8, "ru")])
        lst = self.recent.setdefault(p["town"], [])
        lst.append(p)
        if len(lst) > 40:
            del lst[0]
        return p

    # ---- name forms ------------------------------------------------------------------------
    def han_name(self, rng, p, official=True):
        g, f = p["given"][1], p["father"][1]
        if official and p["han_surname"]:
            return p["han_surname"] + g if rng.random() < 0.85 else p["han_surname"] + "·" + g
        sep = weighted(rng, [(50, "·"), (10, "•"), (8, "."), (5, "・"), (20, ""), (7, " ")])
        return g + sep + f

    def pinyin_name(self, rng, p, habit):
        """A volunteer's pinyin reading of the official Chinese name."""
        g, f = p["given"][1], p["father"][1]
        if p["han_surname"]:
            sur = translit.pinyin_syllables(p["han_surname"])[0]
            body = pinyin_word(g, "joined")
            out = cap(sur) + " " + body if habit["pinyin"] != "upper" else (sur + " " + body).upper()
            return out
        if habit["pinyin"] == "spaced":
            return pinyin_word(g, "spaced") + " " + pinyin_word(f, "spaced")
        gw, fw = pinyin_word(g, "joined"), pinyin_word(f, "joined")
        style = habit["pinyin"]
        if style == "dot":
            return gw + "·" + fw
        if style == "upper":
            return (gw + " " + fw).upper()
        if style == "surname_first":
            return fw.upper() + " " + gw
        if style == "joined":
            return (gw + fw).lower() if rng.random() < 0.5 else gw + fw
        if style == "split_first":  # first character read as a Chinese surname
            syl = translit.pinyin_syllables(g)
            if len(syl) > 1:
                return cap(syl[0]) + " " + cap("".join(syl[1:])) + " " + fw
        return gw + " " + fw

    def latin_name(self, rng, p, script, habit, form):
        given, father = p["given"][0], p["father"][0]
        if form == "given":
            text = given
        elif form == "father_first":
            text = father + " " + given
        elif form == "jan" and p["gender"] == "M" and not given.endswith("jan"):
            text = given + "jan " + father
        else:
            text = given + " " + father
        if script == "uly":
            return " ".join(cap(w) for w in text.split())
        if script == "en":
            return translit.to_english(text, habit)
        if script == "ar":
            return translit.to_arabic(text)
        if script == "tr":
            return translit.to_turkish(text)
        if script == "ru":
            out = translit.to_russian(text)
            if form == "full" and rng.random() < 0.3:
                parts = out.split()
                suffix = "ов" if p["gender"] == "M" else "ова"
                out = " ".join(parts[:-1] + [parts[-1] + suffix])
            return out
        if script == "kk":
            out = translit.to_kazakh(text)
            if form == "full" and rng.random() < 0.4:
                parts = out.split()
                suffix = "ұлы" if p["gender"] == "M" else "қызы"
                out = " ".join(parts[:-1] + [parts[-1] + suffix])
            return out
        raise ValueError(script)

    # ---- hometowns ---------------------------------------------------------------------------
    def home_chinese(self, rng, pl):
        cz = pl.county_zh or pl.town
        vil = (pl.village_zh + "村") if pl.village_zh else "%d村" % pl.village_no
        form = weighted(rng, [(35, "ctv"), (15, "pct"), (25, "c"), (10, "ct"), (15, "")])
        return {"ctv": cz + pl.town_zh + "乡" + vil, "pct": pl.pref_zh + cz + pl.town_zh + "乡",
                "c": cz, "ct": cz + pl.town_zh + "乡", "": ""}[form]

    def home_pinyin(self, rng, pl, habit):
        if not pl.county_zh:
            return pl.town
        cz = pl.county_zh
        base, suffix = cz[:-1], cz[-1]
        cword = pinyin_word(base, "joined")
        kind = {"县": ("County", "Xian"), "市": ("City", "Shi"), "区": ("District", "Qu")}.get(suffix, ("", ""))
        tw = pinyin_word(pl.town_zh, "joined")
        form = weighted(rng, [(30, "c_en"), (15, "c_py"), (20, "ct_en"), (10, "ct_py"), (10, "joined"), (15, "")])
        if form == "c_en":
            return cword + " " + kind[0]
        if form == "c_py":
            return cword + " " + kind[1]
        if form == "ct_en":
            return cword + " " + kind[0] + ", " + tw + " Township"
        if form == "ct_py":
            return cword + kind[1].lower() + " " + tw + "xiang"
        if form == "joined":
            return "".join(translit.pinyin_syllables(cz + pl.town_zh + "乡"))
        return ""

    def home_uyghur(self, rng, pl, script, habit):
        form = weighted(rng, [(35, "c"), (15, "cn"), (15, "v"), (10, "tv"), (5, "p"), (20, "")])
        if form == "":
            return ""
        if form == "c":
            text = pl.county_ug
        elif form == "cn":
            text = pl.county_ug if " " in pl.county_ug else pl.county_ug + " nahiyisi"
        elif form == "v":
            text = (pl.village_ug + " kenti") if pl.village_ug else "%d-kent" % pl.village_no
        elif form == "tv":
            v = (pl.village_ug + " kenti") if pl.village_ug else "%d-kent" % pl.village_no
            text = pl.town_ug + " yéziliq " + v
        else:
            text = pl.pref_ug
        if script == "ar":
            return translit.to_arabic(text.replace("-", " "))
        if script in ("ru", "kk"):
            return translit.to_russian(text)
        if script == "en":
            return translit.to_english(text, habit)
        if script == "tr":
            return translit.to_turkish(text)
        return text

    # ---- facilities ----------------------------------------------------------------------------
    def fac_chinese(self, rng, p):
        f = p["facility"]
        cz = gazetteer.COUNTIES.get(f["town"], ("", ""))[1] or f["town"]
        kind = {"camp": "职业技能教育培训中心", "detention center": "看守所",
                "medium-security prison": "监狱", "high-security prison": "监狱"}.get(f["type"], "教育转化培训中心")
        return cz + kind

    def fac_english(self, rng, p, script):
        f = p["facility"]
        if rng.random() < 0.35:
            return f["name"]
        cz = gazetteer.COUNTIES.get(f["town"], ("", ""))
        if script == "pinyin" and cz[1]:
            base = pinyin_word(cz[1][:-1], "joined")
            kind = {"camp": "Vocational Skills Education and Training Center", "detention center": "Kanshousuo",
                    "medium-security prison": "Prison", "high-security prison": "Prison"}.get(f["type"], "Training Center")
            return base + " " + kind
        ug = cz[0] or f["town"]
        word = {"camp": "lagéri", "detention center": "qamaqxanisi"}.get(f["type"], "türmisi")
        text = ug + " " + word
        if script == "ar":
            return translit.to_arabic(text)
        if script == "ru":
            return "лагерь в " + translit.to_russian(ug) if f["type"] == "camp" else "тюрьма " + translit.to_russian(ug)
        if script == "tr":
            return translit.to_turkish(ug) + (" kampı" if f["type"] == "camp" else " cezaevi")
        if script == "en":
            return "camp in " + ug if f["type"] == "camp" else ug + " prison"
        return text

    # ---- mentions ------------------------------------------------------------------------------
    def writer_habit(self, rng):
        return {"e_as_a": rng.random() < 0.5, "w_as_v": rng.random() < 0.3, "gh_as_g": rng.random() < 0.6,
                "x_as": "kh" if rng.random() < 0.7 else "h",
                "pinyin": weighted(rng, [(35, "plain"), (15, "upper"), (12, "joined"), (10, "dot"),
                                         (10, "surname_first"), (10, "spaced"), (8, "split_first")])}

    def mention(self, rng, p):
        kind = weighted(rng, [(22, "zh"), (22, "pinyin"), (10, "volunteer_uly"), (8, "volunteer_en"),
                              (38, "diaspora")])
        doc = weighted(rng, [(40, "police"), (20, "camp"), (15, "court"), (25, "register")])
        habit = self.writer_habit(rng)
        b = p["birth"]
        gender = byear = home = fac = det = ""
        if kind in ("zh", "pinyin", "volunteer_uly", "volunteer_en"):
            # an official record and its reading
            if kind == "zh":
                name = self.han_name(rng, p)
            elif kind == "pinyin":
                name = self.pinyin_name(rng, p, habit)
            elif kind == "volunteer_uly":
                if rng.random() < 0.7:
                    name = self.latin_name(rng, p, "uly", habit, "full")
                else:
                    name = (translit.pinyin_back_to_latin(translit.pinyin_syllables(p["given"][1])) + " "
                            + translit.pinyin_back_to_latin(translit.pinyin_syllables(p["father"][1])))
            else:
                name = self.latin_name(rng, p, "en", habit, "full")
            if rng.random() < 0.88:
                if kind == "zh":
                    gender = "男" if p["gender"] == "M" else "女"
                else:
                    gender = weighted(rng, [(50, p["gender"]), (30, "male" if p["gender"] == "M" else "female"),
                                            (20, p["gender"].lower())])
            form = weighted(rng, [(55, "y"), (17, "iso"), (8, "zh"), (5, "compact"), (15, "")])
            if form == "zh" and kind != "zh":
                form = "dmy"
            byear = {"y": "%d" % b[0], "iso": "%d-%02d-%02d" % b, "zh": "%d年%d月%d日" % b,
                     "compact": "%d%02d%02d" % b, "dmy": "%02d.%02d.%d" % (b[2], b[1], b[0]), "": ""}[form]
            if kind == "zh":
                home = self.home_chinese(rng, p["place"])
            elif kind == "pinyin" or rng.random() < 0.5:
                home = self.home_pinyin(rng, p["place"], habit)
            else:
                home = self.home_uyghur(rng, p["place"], "uly" if kind == "volunteer_uly" else "en", habit)
            if doc != "register":
                if rng.random() < 0.8:
                    fac = self.fac_chinese(rng, p) if kind == "zh" else self.fac_english(rng, p, "pinyin")
                if rng.random() < 0.85:
                    det = "%d" % (p["detained"] if rng.random() < 0.95 else p["detained"] + rng.choice([-1, 1]))
        else:
            script = p["family_script"] if rng.random() < 0.55 else weighted(
                rng, [(35, "uly"), (25, "en"), (15, "ar"), (12, "tr"), (8, "ru"), (5, "kk")])
            if script == "kk" and p["eth"] != "kazakh":
                script = "ru"
            form = weighted(rng, [(72, "full"), (10, "given"), (8, "father_first"), (10, "jan")])
            name = self.latin_name(rng, p, script, habit, form)
            if rng.random() < 0.7:
                gender = {"ar": "ئەر" if p["gender"] == "M" else "ئايال",
                          "ru": "м" if p["gender"] == "M" else "ж",
                          "kk": "ер" if p["gender"] == "M" else "әйел"}.get(script) if rng.random() < 0.3 else None
                gender = gender or weighted(rng, [(60, p["gender"]), (40, "male" if p["gender"] == "M" else "female")])
                if rng.random() < 0.005:
                    gender = "F" if p["gender"] == "M" else "M"
            if rng.random() < 0.72:
                report = p["detained"] + rng.randint(0, 6)
                age = report - b[0] - (1 if rng.random() < 0.5 else 0)
                r = rng.random()
                if r < 0.10:
                    age += rng.choice([-1, 1])
                elif r < 0.14 and age > 35:
                    age = int(round(age / 5.0) * 5)
                elif r < 0.16:
                    age += rng.choice([-3, -2, 2, 3])
                byear = "%d" % (report - age) if rng.random() < 0.8 else "%d" % b[0]
            home = self.home_uyghur(rng, p["place"], script, habit)
            if rng.random() < 0.45:
                fac = self.fac_english(rng, p, script)
            if rng.random() < 0.55:
                d = p["detained"]
                r = rng.random()
                det = "%d" % (d + rng.choice([-1, 1]) if r < 0.15 else d)
        return [name, gender, byear, home, fac, det]

    def persons_mentions(self):
        rng = self.rng
        while True:
            like = None
            if rng.random() < 0.07:
                town = rng.choice(self.towns)
                cands = self.recent.get(town)
                if cands:
                    like = rng.choice(cands)
            p = self.new_person(rng, like=like)
            group = [p]
            if rng.random() < 0.22:  # a sibling from the same household (same father's name, village)
                group.append(self.new_person(rng, sibling_of=p))
            for q in group:
                n = weighted(rng, [(30, 1), (28, 2), (20, 3), (12, 4), (6, 5), (2, 6), (1, 7), (1, 8)])
                for _ in range(n):
                    yield q["id"], self.mention(rng, q)


def run(records, seed, out, facilities):
    os.makedirs(out, exist_ok=True)
    gen = Generator(seed, load_facilities(find_facilities(facilities)))
    rng = random.Random(seed * 7919 + 1)
    deferred = {}  # block number -> rows
    stream = gen.persons_mentions()
    written = 0
    with open(os.path.join(out, "mentions.csv"), "w", newline="", encoding="utf-8") as fm, \
            open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as ft:
        wm, wt = csv.writer(fm), csv.writer(ft)
        wm.writerow(HEADER)
        wt.writerow(["mention_id", "person_id"])
        for block in itertools.count():
            rows = deferred.pop(block, [])
            need = min(BLOCK, records - written)
            while len(rows) < need:
                pid, row = next(stream)
                if rng.random() < 0.3 and written + BLOCK < records:
                    deferred.setdefault(block + rng.randint(1, 3), []).append((pid, row))
                else:
                    rows.append((pid, row))
            if len(rows) > need:
                deferred.setdefault(block + 1, []).extend(rows[need:])
                rows = rows[:need]
            rng.shuffle(rows)
            for pid, row in rows:
                written += 1
                mid = "OD-%07d" % written
                wm.writerow([mid] + row)
                wt.writerow([mid, pid])
            if written >= records:
                break


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    a = ap.parse_args(argv)
    if a.records < 1:
        ap.error("--records must be at least 1")
    run(a.records, a.seed, a.out, a.facilities)


if __name__ == "__main__":
    main()
