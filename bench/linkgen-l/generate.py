#!/usr/bin/env python3
"""Linkage generator L: lists copied from scans, and names that changed over time.

    python generate.py --records N --seed S --out DIR [--facilities PATH]

writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year) and
DIR/truth.csv (mention_id,person_id). Deterministic for a seed; rows are streamed through bucket
files and shuffled bucket by bucket, so memory stays small at a million rows. Rates: see RATES and
README.md. Persons are synthetic: a given name and a father's name combined at random.
"""
import argparse
import csv
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names as T  # noqa: E402

HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]
FAC_NAME = "210720_all_locations_BFN.csv"


def default_facilities():
    here = os.path.dirname(os.path.abspath(__file__))
    cands = [os.environ.get("GUWAH_FACILITIES", "")]
    for up in ("..", "../..", "../../.."):
        cands.append(os.path.join(here, up, "shared", "data", "facilities", FAC_NAME))
    for c in cands:
        if c and os.path.isfile(c):
            return c
    return cands[-1]

RATES = {
    "kazakh": 0.28,                 # share of persons who are Kazakh (rest Uyghur)
    "female": 0.40,
    "mentions": [(1, .42), (2, .26), (3, .14), (4, .08), (5, .05), (6, .03), (7, .012), (8, .008)],
    "both_eras": 0.55,              # persons with >= 2 mentions seen in an early and a late list
    "namesake": 0.07,               # new person copies the given + father's name of an earlier one
    "namesake_same_home": 0.5,
    "namesake_digit_twin": 0.4,     # namesake born in a year one 1/7 or 3/8 digit away
    "near_namesake": 0.04,          # same father's name, given name one letter / suffix away
    "kz_returnee": 0.5,             # Kazakh persons: -ov/-ova early, -uly/-qyzy late
    "uy_chinese_official": 0.18,    # late Latin mentions show the official Chinese name beside
    "uy_chinese_shown": 0.45,
    "uy_turkish": 0.10,             # naturalised in Turkey: Turkish spelling in late Latin lists
    "tr_surname_added": 0.5, "tr_surname_replaces": 0.3,
    "nickname_used": 0.35,          # spoken short form, where the name has one
    "transferred": 0.15,            # another facility in late lists
    "scripts": [("uly", .14), ("latin", .26), ("arabic", .18), ("cyr", .16), ("chinese", .14),
                ("passport", .12)],
    "ocr_levels": [(0, .30), (1, .45), (2, .25)],   # digital, light scan, heavy scan
    "mixed_alphabets": 0.35,        # scanned Latin/Cyrillic lists OCR'd with both alphabets on
    "mixed_word": 0.30,
    "word_error": {0: 0.0, 1: 0.05, 2: 0.16},
    "diacritic_loss": {0: 0.0, 1: 0.30, 2: 0.60},
    "merge_split": {0: 0.0, 1: 0.03, 2: 0.08},
    "year_misread": {0: 0.0, 1: 0.03, 2: 0.10},
    "stale_place": {"early": 0.35, "late": 0.25},
    "birth_off_by_one": 0.06, "detained_off_by_one": 0.10,
}

DIGIT_MAIN = {"1": "7", "7": "1", "3": "8", "8": "3"}
DIGIT_MINOR = {"5": "6", "6": "5", "4": "9", "9": "4", "0": "6"}
ULY_DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")
VOWELS = set("aeéioöuü")
ULY_AR = {"a": "ا", "b": "ب", "ch": "چ", "d": "د", "e": "ە", "é": "ې", "f": "ف", "g": "گ",
          "gh": "غ", "h": "ھ", "i": "ى", "j": "ج", "k": "ك", "l": "ل", "m": "م", "n": "ن",
          "ng": "ڭ", "o": "و", "ö": "ۆ", "p": "پ", "q": "ق", "r": "ر", "s": "س", "sh": "ش",
          "t": "ت", "u": "ۇ", "ü": "ۈ", "w": "ۋ", "x": "خ", "y": "ي", "z": "ز", "zh": "ژ"}
ULY_RU = {"a": "а", "b": "б", "ch": "ч", "d": "д", "e": "е", "é": "е", "f": "ф", "g": "г",
          "gh": "г", "h": "х", "i": "и", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н",
          "ng": "нг", "o": "о", "ö": "о", "p": "п", "q": "к", "r": "р", "s": "с", "sh": "ш",
          "t": "т", "u": "у", "ü": "ю", "w": "в", "x": "х", "y": "й", "z": "з", "zh": "ж"}
RU_Y = {"a": "я", "u": "ю", "ü": "ю", "e": "е", "o": "ё"}
KZ_RUSSIFY = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
GENDER_FORMS = {"uly": ("er", "ayal"), "latin": ("M", "F"), "arabic": ("ئەر", "ئايال"),
                "cyr": ("м", "ж"), "chinese": ("男", "女"), "passport": ("M", "F")}


def pick(rng, weighted):
    r = rng.random()
    for value, w in weighted:
        r -= w
        if r < 0:
            return value
    return weighted[-1][0]


def cap(s):
    return s[:1].upper() + s[1:]


def uly_tokens(word):
    w = word.lower()
    out, i = [], 0
    while i < len(w):
        if w[i:i + 2] in ULY_DIGRAPHS:
            out.append(w[i:i + 2])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


def to_arabic(word):
    out, prev_vowel = [], True
    for t in uly_tokens(word):
        v = t in VOWELS
        if v and prev_vowel:
            out.append("ئ")
        out.append(ULY_AR.get(t, t))
        prev_vowel = v
    return "".join(out)


def to_russian(word):
    toks = uly_tokens(word)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t == "y" and i + 1 < len(toks) and toks[i + 1] in RU_Y:
            out.append(RU_Y[toks[i + 1]])
            i += 2
            continue
        if t == "e" and i == 0:
            out.append("э")
        else:
            out.append(ULY_RU.get(t, t))
        i += 1
    return cap("".join(out))


def latinize(word, kh, q):
    s = word.replace("é", "e").replace("ö", "o").replace("ü", "u")
    s = s.replace("x", kh).replace("X", kh.upper()[0] + kh[1:])
    if q == "k":
        s = s.replace("q", "k").replace("Q", "K")
    return s


def turkish(word):
    if word in T.TR_OVERRIDE:
        return T.TR_OVERRIDE[word]
    s = word.lower()
    for a, b in (("sh", "ş"), ("ch", "ç"), ("gh", "ğ"), ("zh", "j"), ("x", "h"), ("q", "k"),
                 ("é", "e"), ("j", "c"), ("w", "v")):
        if a == "zh":
            s = s.replace("zh", "\x00")
        elif a == "j":
            s = s.replace("j", "c").replace("\x00", "j")
        else:
            s = s.replace(a, b)
    return cap(s)


def pinyin(zh):
    return "".join(T.PINYIN.get(c, "") for c in zh)


def kz_for_arabic(word):
    return word.replace("zh", "j").replace("kh", "x")


def script_of(word):
    for ch in word:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF:
            return "arabic"
        if 0x4E00 <= o <= 0x9FFF:
            return "chinese"
        if 0x0400 <= o <= 0x04FF:
            return "cyr"
    return "latin"


# ---------------------------------------------------------------- OCR noise

def ocr_word(w, rng):
    sc = script_of(w)
    if sc == "latin":
        cands = [(a, b) for a, b in T.LATIN_OCR if a in w]
    elif sc == "cyr":
        cands = [(a, b) for a, b in T.CYR_OCR if a in w]
    elif sc == "arabic":
        pos = [i for i, c in enumerate(w) if any(c in g for g in T.AR_DOT_GROUPS)]
        if rng.random() < 0.15 and len(w) > 3:           # letters joined wrongly: word breaks
            k = rng.randrange(1, len(w) - 1)
            return w[:k] + rng.choice([" ", "\u200c"]) + w[k:]
        if pos:
            i = rng.choice(pos)
            g = next(g for g in T.AR_DOT_GROUPS if w[i] in g)
            return w[:i] + rng.choice([c for c in g if c != w[i]]) + w[i + 1:]
        return w
    else:
        pos = [i for i, c in enumerate(w) if c in T.ZH_CONFUSE]
        if "·" in w and (not pos or rng.random() < 0.3):
            return w.replace("·", rng.choice([".", "-", " ", "", "•"]), 1)
        if pos:
            i = rng.choice(pos)
            return w[:i] + T.ZH_CONFUSE[w[i]] + w[i + 1:]
        return w
    if cands:
        a, b = rng.choice(cands)
        idx = [i for i in range(len(w)) if w.startswith(a, i)]
        i = rng.choice(idx)
        return w[:i] + b + w[i + len(a):]
    if len(w) > 3:
        i = rng.randrange(1, len(w) - 1)
        return w[:i] + w[i + 1:]
    return w


def mix_alphabets(w, rng):
    table = T.LAT2CYR if script_of(w) == "latin" else T.CYR2LAT if script_of(w) == "cyr" else None
    if not table:
        return w
    pos = [i for i, c in enumerate(w) if c in table]
    if not pos:
        return w
    chars = list(w)
    for i in rng.sample(pos, min(len(pos), rng.choice((1, 1, 2, 3)))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def drop_diacritics(w):
    return w.replace("é", "e").replace("ö", "o").replace("ü", "u").replace("É", "E") \
        .replace("Ö", "O").replace("Ü", "U")


def ocr_text(s, L, rng, is_name):
    if L["ocr"] == 0:
        return s
    words = s.split(" ")
    out = []
    for w in words:
        if not w:
            out.append(w)
            continue
        if L["style"] == "uly" and rng.random() < RATES["diacritic_loss"][L["ocr"]]:
            w = drop_diacritics(w)
        if rng.random() < RATES["word_error"][L["ocr"]]:
            w = ocr_word(w, rng)
            if rng.random() < 0.25:
                w = ocr_word(w, rng)
        if L["mixed"] and rng.random() < RATES["mixed_word"]:
            w = mix_alphabets(w, rng)
        out.append(w)
    if is_name and rng.random() < RATES["merge_split"][L["ocr"]]:
        if len(out) >= 2 and rng.random() < 0.5:
            i = rng.randrange(len(out) - 1)
            out[i:i + 2] = [out[i] + out[i + 1]]
        else:
            i = max(range(len(out)), key=lambda k: len(out[k]))
            w = out[i]
            if "·" in w:
                out[i] = w.replace("·", " ", 1) if rng.random() < 0.5 else w.replace("·", "", 1)
            elif len(w) >= 5:
                k = rng.randrange(2, len(w) - 2)
                out[i] = w[:k] + " " + w[k:]
    res = " ".join(out).strip()
    return res if res else s


def ocr_year(y, L, rng):
    if L["ocr"] == 0 or rng.random() >= RATES["year_misread"][L["ocr"]]:
        return y
    table = DIGIT_MAIN if rng.random() < 0.8 else DIGIT_MINOR
    pos = [i for i, c in enumerate(y) if c in table]
    if not pos:
        return y
    weights = [9 if i >= 2 else 1 for i in pos]
    i = rng.choices(pos, weights)[0]
    return y[:i] + table[y[i]] + y[i + 1:]


# ---------------------------------------------------------------- lists

def make_list(seed, idx):
    r = random.Random(f"linkgen-l/{seed}/list/{idx}")
    era = "early" if idx % 2 == 0 else "late"
    style = pick(r, RATES["scripts"])
    ocr = pick(r, RATES["ocr_levels"])
    return {
        "era": era, "year": (2018 if era == "early" else 2023) + r.randrange(2),
        "style": style, "ocr": ocr,
        "mixed": ocr > 0 and style in ("uly", "latin", "cyr", "passport")
        and r.random() < RATES["mixed_alphabets"],
        "surname_first": r.random() < {"cyr": .4, "passport": .5, "latin": .1}.get(style, 0),
        "kh": r.choice(["kh", "h", "x"]), "q": r.choice(["q", "k"]),
        "kz_letters": r.random() < 0.6, "zh_sep": pick(r, [("·", .8), ("•", .1), (".", .1)]),
        "gender_words": r.random() < 0.3,
        "miss": {"gender": r.uniform(.02, .3), "birth": r.uniform(.05, .4),
                 "home": r.uniform(.05, .3), "fac": r.uniform(.2, .6), "det": r.uniform(.2, .6)},
    }


# ---------------------------------------------------------------- persons

def load_facilities(path):
    if not os.path.isfile(path):
        sys.exit(f"facility file not found: {path} (pass --facilities PATH)")
    facs = []
    with open(path, encoding="cp437", newline="") as f:
        rd = csv.reader(f, delimiter="\t")
        next(rd, None)
        for row in rd:
            if len(row) < 8 or not row[0].strip() or not row[1].strip():
                continue
            facs.append((row[1].strip(), row[3].strip(), row[4].strip(), row[7].strip()))
    if not facs:
        sys.exit(f"no facilities read from {path}")
    by_pref = {}
    for fac in facs:
        by_pref.setdefault(fac[2], []).append(fac)
    return facs, by_pref


def _check_tables():
    used = set()
    for tab, i in ((T.UY_MALE, 1), (T.UY_FEMALE, 1), (T.KZ_MALE, 2), (T.KZ_FEMALE, 2)):
        for e in tab:
            used |= set(e[i])
    for p in T.PLACES:
        for h in p[4]:
            used |= set(h[3])
    missing = sorted(c for c in used if c not in T.PINYIN)
    if missing:
        raise SystemExit("names.py: no pinyin for " + "".join(missing))


_check_tables()
NAME_INDEX = {}
for _eth, _g, _tab in (("uy", "M", T.UY_MALE), ("uy", "F", T.UY_FEMALE), ("kz", "M", T.KZ_MALE),
                       ("kz", "F", T.KZ_FEMALE)):
    for _e in _tab:
        NAME_INDEX[(_eth, _e[0])] = (_g, _e)
NEAR = {}
for _a, _b in T.NEAR_NAMES:
    NEAR[_a] = _b
    NEAR[_b] = _a


def digit_twin(year, rng):
    s = str(year)
    for i in (3, 2):
        if s[i] in DIGIT_MAIN:
            t = int(s[:i] + DIGIT_MAIN[s[i]] + s[i + 1:])
            if 1930 <= t <= 2003:
                return t
    return rng.randint(1940, 2001)


class World:
    def __init__(self, seed, facilities):
        self.rng = random.Random(f"linkgen-l/{seed}/persons")
        self.facs, self.by_pref = facilities
        self.pool = []
        self.w_uy = [p[2] for p in T.PLACES]
        self.w_kz = [p[3] for p in T.PLACES]

    def facility(self, place):
        rng = self.rng
        local = self.by_pref.get(place[1])
        if local and rng.random() < 0.7:
            return rng.choice(local)
        return rng.choice(self.facs)

    def person(self, pid):
        rng = self.rng
        p = None
        r = rng.random()
        if self.pool and r < RATES["namesake"] + RATES["near_namesake"]:
            base = rng.choice(self.pool)
            p = dict(base)
            if r >= RATES["namesake"]:
                other = NEAR.get(base["given"][0])
                if not other or (base["eth"], other) not in NAME_INDEX:
                    p = None
                else:
                    g, entry = NAME_INDEX[(base["eth"], other)]
                    p["gender"], p["given"] = g, entry
            if p is not None:
                if rng.random() >= RATES["namesake_same_home"]:
                    p["home"] = self.place(p["eth"])
                p["birth"] = (digit_twin(base["birth"], rng)
                              if rng.random() < RATES["namesake_digit_twin"]
                              else rng.randint(1940, 2001))
        if p is None:
            eth = "kz" if rng.random() < RATES["kazakh"] else "uy"
            gender = "F" if rng.random() < RATES["female"] else "M"
            if eth == "uy":
                given = rng.choice(T.UY_FEMALE if gender == "F" else T.UY_MALE)
                father = rng.choice(T.UY_MALE)
            else:
                given = rng.choice(T.KZ_FEMALE if gender == "F" else T.KZ_MALE)
                father = rng.choice(T.KZ_MALE)
            p = {"eth": eth, "gender": gender, "given": given, "father": father,
                 "home": self.place(eth), "birth": rng.randint(1940, 2001)}
        p["pid"] = pid
        p["det"] = pick(rng, [(2017, .4), (2018, .45), (2019, .15)])
        p["fac"] = self.facility(p["home"])
        p["fac2"] = self.facility(p["home"]) if rng.random() < RATES["transferred"] else p["fac"]
        p["returnee"] = p["eth"] == "kz" and rng.random() < RATES["kz_returnee"]
        p["cn"] = p["eth"] == "uy" and rng.random() < RATES["uy_chinese_official"]
        p["tr"] = p["eth"] == "uy" and rng.random() < RATES["uy_turkish"]
        p["tr_surname"] = rng.choice(T.TR_SURNAMES)
        x = rng.random()
        p["tr_mode"] = ("replace" if x < RATES["tr_surname_replaces"] else
                        "add" if x < RATES["tr_surname_replaces"] + RATES["tr_surname_added"]
                        else "none")
        if len(self.pool) < 4000:
            self.pool.append(p)
        else:
            self.pool[rng.randrange(4000)] = p
        return p

    def place(self, eth):
        return self.rng.choices(T.PLACES, self.w_kz if eth == "kz" else self.w_uy)[0]


# ---------------------------------------------------------------- rendering

def kz_surname(p, form, L, rng, script):
    fl, fc, _ = p["father"]
    female = p["gender"] == "F"
    if script == "latin":
        if form == "ov":
            return fl + ("ova" if female else "ov")
        if form == "uly":
            suf = rng.choice(["qyzy", "kyzy", "qizi"]) if female else rng.choice(["uly", "uly", "ulı"])
            return fl + rng.choice(["", "", " ", "-"]) + suf
        return fl
    base = fc if L["kz_letters"] and form != "ov" else fc.translate(KZ_RUSSIFY)
    if form == "ov":
        return base + ("ова" if female else "ов")
    if form == "uly":
        suf = "қызы" if female else "ұлы"
        if not L["kz_letters"]:
            suf = suf.translate(KZ_RUSSIFY)
        return base + suf
    return base


def render_name(p, L, rng):
    st, late = L["style"], L["era"] == "late"
    gl, gz = p["given"][0], p["given"][1]
    fl, fz = p["father"][0], p["father"][1]
    sep = " "
    if p["eth"] == "kz":
        gc, gz = p["given"][1], p["given"][2]
        fz = p["father"][2]
        if p["returnee"]:
            form = "uly" if late and rng.random() < 0.85 else ("ov" if late or rng.random() < 0.6
                                                                 else "plain")
        else:
            form = "uly" if rng.random() < 0.1 else "plain"
        if st in ("uly", "latin"):
            parts = [gl, kz_surname(p, form, L, rng, "latin")]
        elif st == "arabic":
            parts = [to_arabic(kz_for_arabic(gl)), to_arabic(kz_for_arabic(fl))]
            if form == "uly":
                parts.append("قىزى" if p["gender"] == "F" else "ۇلى")
        elif st == "cyr":
            g = gc if L["kz_letters"] and form != "ov" else gc.translate(KZ_RUSSIFY)
            parts = [g, kz_surname(p, form, L, rng, "cyr")]
        elif st == "chinese":
            parts, sep = [gz, fz], L["zh_sep"]
        else:  # passport
            if p["returnee"] and late:
                parts = [gl.upper(), kz_surname(p, form, L, rng, "latin").replace(" ", "").upper()]
            else:
                parts = [pinyin(gz).upper(), pinyin(fz).upper()]
    else:
        short = p["given"][2]
        if short and st in ("uly", "latin", "arabic", "cyr") and rng.random() < RATES["nickname_used"]:
            gl = short
        if st in ("uly", "latin"):
            if late and p["tr"]:
                g, f = turkish(gl), turkish(fl)
                parts = {"replace": [g, p["tr_surname"]], "add": [g, f, p["tr_surname"]],
                         "none": [g, f]}[p["tr_mode"]]
            else:
                parts = [gl, fl] if st == "uly" else [latinize(gl, L["kh"], L["q"]),
                                                      latinize(fl, L["kh"], L["q"])]
                if late and p["cn"] and rng.random() < RATES["uy_chinese_shown"]:
                    if rng.random() < 0.6:
                        parts.append("(" + gz + "·" + fz + ")")
                    else:
                        parts += ["/", cap(pinyin(gz)), cap(pinyin(fz))]
        elif st == "arabic":
            parts = [to_arabic(gl), to_arabic(fl)]
        elif st == "cyr":
            parts = [to_russian(gl), to_russian(fl)]
        elif st == "chinese":
            parts, sep = [gz, fz], L["zh_sep"]
        else:
            parts = [pinyin(gz).upper(), pinyin(fz).upper()]
    if L["surname_first"] and len(parts) == 2:
        parts = [parts[1], parts[0]]
    return sep.join(parts)


def render_place(place, L, rng):
    hist = place[4]
    idx = max(i for i, h in enumerate(hist) if h[0] <= L["year"])
    if idx > 0 and rng.random() < RATES["stale_place"][L["era"]]:
        idx -= 1
    _, level, uly, zh, py, ru = hist[idx]
    lw = T.LEVEL_WORDS[level]
    st = L["style"]
    bare = rng.random() < 0.3
    if st == "uly":
        return uly if bare else f"{uly} {lw[0]}"
    if st == "latin":
        if rng.random() < 0.6:
            return py if bare else f"{py} {lw[2]}"
        return latinize(uly, L["kh"], L["q"])
    if st == "arabic":
        return to_arabic(uly) if bare else f"{to_arabic(uly)} {to_arabic(lw[0])}"
    if st == "cyr":
        if bare:
            return ru
        return f"г. {ru}" if level == "city" else f"{ru} {lw[3]}"
    if st == "chinese":
        return ("新疆" if rng.random() < 0.2 else "") + zh + lw[1]
    if rng.random() < 0.6:
        return "XINJIANG"
    return pinyin(zh).upper()


ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7",
         "VIII": "8", "IX": "9", "X": "10"}


def render_facility(fac, rng):
    name, town, _, ftype = fac
    r = rng.random()
    if r < 0.5 or not town:
        return name
    head, _, num = name.rpartition(" - ")
    if r < 0.65 and head:
        return f"{head} {num}"
    if r < 0.8 and head and num in ROMAN:
        return f"{head} No. {ROMAN[num]}"
    return f"{town} {ftype}".strip() if ftype else name


def render_mention(p, L, era, rng):
    m = L["miss"]
    name = ocr_text(render_name(p, L, rng), L, rng, True)
    gender = ""
    if rng.random() >= m["gender"]:
        forms = GENDER_FORMS[L["style"]]
        if L["style"] == "latin" and L["gender_words"]:
            forms = ("male", "female")
        gender = forms[0] if p["gender"] == "M" else forms[1]
    birth = ""
    if rng.random() >= m["birth"]:
        b = p["birth"]
        if rng.random() < RATES["birth_off_by_one"]:
            b += rng.choice((-1, 1))
        birth = ocr_year(str(b), L, rng)
    home = ""
    if rng.random() >= m["home"]:
        home = ocr_text(render_place(p["home"], L, rng), L, rng, False)
    fac = ""
    if rng.random() >= m["fac"]:
        fac = ocr_text(render_facility(p["fac2"] if era == "late" else p["fac"], rng), L, rng,
                       False)
    det = ""
    if rng.random() >= m["det"]:
        d = p["det"]
        if rng.random() < RATES["detained_off_by_one"]:
            d += rng.choice((-1, 1))
        det = ocr_year(str(d), L, rng)
    return [name, gender, birth, home, fac, det]


# ---------------------------------------------------------------- main

def generate(n, seed, out, fac_path):
    world = World(seed, load_facilities(fac_path))
    os.makedirs(out, exist_ok=True)
    rng = random.Random(f"linkgen-l/{seed}/mentions")
    shuf = random.Random(f"linkgen-l/{seed}/shuffle")
    n_lists = max(8, n // 1500)
    n_lists += n_lists % 2
    lists = {}

    def get_list(era):
        idx = 2 * rng.randrange(n_lists // 2) + (0 if era == "early" else 1)
        if idx not in lists:
            lists[idx] = make_list(seed, idx)
        return lists[idx]

    n_buckets = max(1, n // 20000 + 1)
    tmp = tempfile.mkdtemp(prefix="linkgen-l-", dir=out)
    paths = [os.path.join(tmp, f"b{i}.csv") for i in range(n_buckets)]
    files = [open(pth, "w", encoding="utf-8", newline="") for pth in paths]
    writers = [csv.writer(f) for f in files]
    made, pid = 0, 0
    while made < n:
        p = world.person(pid)
        k = min(pick(world.rng, RATES["mentions"]), n - made)
        if k >= 2 and rng.random() < RATES["both_eras"]:
            eras = ["early", "late"] + [rng.choice(("early", "late")) for _ in range(k - 2)]
        else:
            e = rng.choice(("early", "late"))
            eras = [e] * k
        for era in eras:
            L = get_list(era)
            row = render_mention(p, L, era, rng)
            writers[shuf.randrange(n_buckets)].writerow([f"p{pid:07d}"] + row)
        made += k
        pid += 1
    for f in files:
        f.close()
    mid = 0
    with open(os.path.join(out, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        wm, wt = csv.writer(fm), csv.writer(ft)
        wm.writerow(HEADER)
        wt.writerow(["mention_id", "person_id"])
        for pth in paths:
            with open(pth, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            shuf.shuffle(rows)
            for row in rows:
                mid += 1
                m = f"m{mid:07d}"
                wm.writerow([m] + row[1:])
                wt.writerow([m, row[0]])
            os.remove(pth)
    os.rmdir(tmp)
    print(f"wrote {mid} mentions of {pid} persons to {out}", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities", default=None,
                    help="BuzzFeed News facility file (tab-separated, CP437)")
    a = ap.parse_args(argv)
    if a.records < 1:
        ap.error("--records must be positive")
    generate(a.records, a.seed, a.out, a.facilities or default_facilities())


if __name__ == "__main__":
    main()
