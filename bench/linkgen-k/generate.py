#!/usr/bin/env python3
"""Held-out linkage generator K: person mentions merged from many small organisations.

    python generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year,source)
and DIR/truth.csv (mention_id,person_id). Deterministic for a seed; rows are streamed through
shuffle buckets on disk, so memory stays small at a million records. Persons are synthetic:
common given names combined at random. Rates are listed in README.md and in the constants below.
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import random
import shutil
import sys
import unicodedata
from pathlib import Path

DEFAULT_FACILITIES = Path("../shared/data/facilities/210720_all_locations_BFN.csv")

# ----------------------------------------------------------------------------- names (ULY)
MALE = """Abdurehim Abdukérim Abdurahman Abdusalam Abduwéli Ablimit Adil Exmet Alim Enwer Arslan Barat
Dilshat Ekber Erkin Ghopur Hesen Ilham Imin Iminjan Ismayil Jalalidin Kamil Kérim Mamut Memet Memtimin
Mexmut Muhemmet Nurmemet Obulqasim Osman Perhat Qurban Rozi Sadir Salam Sawut Shöhret Tahir Tursun Toxti
Yasin Yüsüp Zunun Abliz Nijat Mutellip Qadir Rustem Ubul Hébibulla Eziz Mirzat Ömer Turghun Ghayret Yalqun
Helil Ibrahim Ekrem Nurmuhemmet Xalmurat Eysa Musa Yaqup Ablet Sabir Rahman Jappar Niyaz Hoshur Qeyser
Tayir Ghalip Mijit Rexmitulla Abdughopur Kurban Turdi Ehet Sattar Hamut""".split()
FEMALE = """Gülnar Gülbahar Gülzire Aygül Ayshem Zulpiye Mihrigül Patigül Rahile Rizwangül Nurgül Buhelchem
Mehriban Ayjamal Zöhre Xeyrinisa Meryem Arzugül Dilnur Dilber Gülshen Nezire Rabiye Saadet Tajigül Zeynep
Horigül Mahire Munire Perizat Reyhangül Shahide Tursunay Zumret Mukerrem Gülmire Hajigül Aynur Ayshe Sajide
Mayinur Ayguzel Helchem Roshengül Amannisa Habibe Nurbiye Subinur Patime Hawagül Ruqiye Mesture""".split()
KZ_MALE = "Nurlan Sérik Erlan Qayrat Baqitjan Asqar Muxtar Dawren Erbol Qanat Murat Daniyar Jenis Serikbol Aydos Nurbek".split()
KZ_FEMALE = "Gülnur Aynur Sawle Janar Dinara Aliye Gülmira Nazgül Baqit Aygerim Sandughash Aqbota Meruert".split()

VILLAGE_A = "Yéngi Kona Chong Kichik Aq Qara Tash Su Yar Bostan Bagh Toghraq Ara Toqquz Otuz Köl Sughet Altun Qum Tagh".split()
VILLAGE_B = "östeng bagh ériq köl kent yéza tam bulaq su qum tagh mehelle saray bazar awat yar tokay östeng".split()

# County / prefecture names: facility-file form -> (ULY form, Chinese pinyin form, Russian form or "")
PLACE = {
    "Kashgar": ("Qeshqer", "Kashi", "Кашгар"), "Hotan": ("Xoten", "Hetian", "Хотан"),
    "Aksu": ("Aqsu", "Akesu", "Аксу"), "Ili": ("Ili", "Yili", "Или"), "Ürümqi": ("Ürümchi", "Wulumuqi", "Урумчи"),
    "Kizilsu": ("Qizilsu", "Kezilesu", "Кызылсу"), "Tacheng": ("Chöchek", "Tacheng", "Чугучак"),
    "Altay": ("Altay", "Aletai", "Алтай"), "Turpan": ("Turpan", "Tulufan", "Турфан"), "Hami": ("Qumul", "Hami", "Кумул"),
    "Bortala": ("Bortala", "Boertala", "Боро-Тала"), "Karamay": ("Qaramay", "Kelamayi", "Карамай"),
    "Changji": ("Sanji", "Changji", "Чанцзи"), "Bayingolin": ("Bayin'ghulin", "Bayinguoleng", "Баянгол"),
    "XPCC": ("Bingtuan", "Bingtuan", ""), "Shihezi": ("Shixenze", "Shihezi", "Шихэцзы"),
    "Shufu": ("Kona Sheher", "Shufu", ""), "Shule": ("Yéngisheher", "Shule", ""), "Yecheng": ("Qaghiliq", "Yecheng", "Каргалык"),
    "Zepu": ("Poskam", "Zepu", ""), "Jiashi": ("Peyziwat", "Jiashi", ""), "Bachu": ("Maralbéshi", "Bachu", "Маралбаши"),
    "Maralbishi": ("Maralbéshi", "Bachu", "Маралбаши"), "Shache": ("Yeken", "Shache", "Яркенд"),
    "Hotan City": ("Xoten shehiri", "Hetian shi", "Хотан"), "Hotan County": ("Xoten nahiyisi", "Hetian xian", ""),
    "Karakax": ("Qaraqash", "Moyu", "Каракаш"), "Pishan": ("Guma", "Pishan", ""), "Yutian": ("Keriye", "Yutian", "Керия"),
    "Minfeng": ("Niye", "Minfeng", ""), "Qira": ("Chira", "Cele", ""), "Lop": ("Lop", "Luopu", ""), "Kuqa": ("Kucha", "Kuche", "Куча"),
    "Xayar": ("Shayar", "Shaya", ""), "Baicheng": ("Bay", "Baicheng", ""), "Wensu": ("Onsu", "Wensu", ""),
    "Wushi": ("Uchturpan", "Wushi", "Уч-Турфан"), "Awat": ("Awat", "Awati", ""), "Kalpin": ("Kelpin", "Keping", ""),
    "Akto": ("Aqto", "Aketao", ""), "Artux": ("Atush", "Atushi", "Артуш"), "Wuqia": ("Ulughchat", "Wuqia", ""),
    "Akqi": ("Aqchi", "Heqi", ""), "Yining City": ("Ghulja", "Yining shi", "Кульджа"), "Yining County": ("Ghulja nahiyisi", "Yining xian", ""),
    "Qapqal": ("Chapchal", "Chabuchaer", "Чапчал"), "Huocheng": ("Qorghas", "Huocheng", ""), "Gongliu": ("Toqquztara", "Gongliu", ""),
    "Xinyuan": ("Künes", "Xinyuan", ""), "Tekes": ("Tékes", "Tekesi", "Текес"), "Zhaosu": ("Mongghulküre", "Zhaosu", ""),
    "Nilka": ("Nilqa", "Nileke", ""), "Shanshan": ("Pichan", "Shanshan", ""), "Toksun": ("Toqsun", "Tuokexun", ""),
    "Gaochang": ("Turpan", "Gaochang", ""), "Yizhou": ("Qumul", "Yizhou", ""), "Korla": ("Korla", "Kuerle", "Корла"),
    "Yuli": ("Lopnur", "Yuli", ""), "Luntai": ("Bügür", "Luntai", ""), "Qiemo": ("Cherchen", "Qiemo", "Черчен"),
    "Ruoqiang": ("Charqiliq", "Ruoqiang", ""), "Yanqi": ("Qarasheher", "Yanqi", "Карашар"), "Hejing": ("Xéjing", "Hejing", ""),
    "Hoxud": ("Xoshut", "Heshuo", ""), "Bohu": ("Baghrash", "Bohu", ""), "Makit": ("Mekit", "Maigaiti", ""),
    "Yengisar": ("Yéngisar", "Yingjisha", ""), "Yopurga": ("Yopurgha", "Yuepuhu", ""), "Taxkorgan": ("Tashqorghan", "Tashikuergan", ""),
    "Usu": ("Shixo", "Wusu", ""), "Emin": ("Dörbiljin", "Emin", ""), "Toli": ("Toli", "Tuoli", ""), "Yumin": ("Chaghantoqay", "Yumin", ""),
    "Burqin": ("Burchin", "Buerjin", ""), "Habahe": ("Qaba", "Habahe", ""), "Fuyun": ("Köktoqay", "Fuyun", ""),
    "Fuhai": ("Burultoqay", "Fuhai", ""), "Jeminay": ("Jéminey", "Jimunai", ""), "Qinghe": ("Chinggil", "Qinghe", ""),
    "Bole": ("Bortala", "Bole", ""), "Jinghe": ("Jing", "Jinghe", ""), "Wenquan": ("Arishang", "Wenquan", ""),
    "Hutubi": ("Qutubi", "Hutubi", ""), "Jimsar": ("Jimisar", "Jimusaer", ""), "Qitai": ("Guchung", "Qitai", ""),
    "Dushanzi": ("Maytagh", "Dushanzi", ""), "Kuytun": ("Küytun", "Kuitun", ""), "Barkol": ("Barköl", "Balikun", ""),
    "Korgas": ("Qorghas", "Huoerguosi", ""), "Tumxuk": ("Tumshuq", "Tumushuke", ""), "Hoboksar": ("Qobuqsar", "Hebukesaier", ""),
}

# ----------------------------------------------------------------------------- letters
DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")
VOWELS = set("aeéioöuü")


def phonemes(word: str) -> list[str]:
    w = word.lower().replace("ë", "é")
    out, i = [], 0
    while i < len(w):
        if w[i] in "'’":
            out.append("'")
            i += 1
            continue
        if w[i:i + 2] in DIGRAPHS:
            out.append(w[i:i + 2])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


AR = {"b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر", "z": "ز", "zh": "ژ",
      "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ", "l": "ل", "m": "م",
      "n": "ن", "h": "ھ", "w": "ۋ", "v": "ۋ", "y": "ي", "a": "ا", "e": "ە", "é": "ې", "i": "ى", "o": "و",
      "u": "ۇ", "ö": "ۆ", "ü": "ۈ"}


def to_arabic(text: str) -> str:
    words = []
    for word in text.split():
        ph = [p for p in phonemes(word) if p != "'"]
        buf, prev_v = [], True
        for p in ph:
            if p in VOWELS:
                if prev_v:
                    buf.append("ئ")
                prev_v = True
            else:
                prev_v = False
            buf.append(AR.get(p, p))
        words.append("".join(buf))
    return " ".join(words)


CY = {"a": "а", "b": "б", "ch": "ч", "d": "д", "e": "е", "é": "е", "f": "ф", "g": "г", "gh": "г", "h": "х",
      "i": "и", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "ng": "нг", "o": "о", "ö": "о", "p": "п",
      "q": "к", "r": "р", "s": "с", "sh": "ш", "t": "т", "u": "у", "ü": "ю", "w": "в", "v": "в", "x": "х",
      "z": "з", "zh": "ж"}
YV = {"a": "я", "u": "ю", "ü": "ю", "e": "е", "o": "ё"}


def to_cyrillic(word: str) -> str:
    ph = [p for p in phonemes(word) if p != "'"]
    out, i = [], 0
    while i < len(ph):
        p = ph[i]
        if p == "y" and i + 1 < len(ph) and ph[i + 1] in YV:
            out.append(YV[ph[i + 1]])
            i += 2
            continue
        if p == "y":
            out.append("й")
        elif p in ("e", "é") and (i == 0 or ph[i - 1] in VOWELS):
            out.append("э")
        elif p == "ü" and i > 0 and ph[i - 1] not in VOWELS and ph[i - 1] not in ("l", "n", "t", "d", "s", "z", "r"):
            out.append("у")
        else:
            out.append(CY.get(p, p))
        i += 1
    return cap("".join(out))


RU_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
          "ю": "yu", "я": "ya", "ь": "", "ъ": "", "-": "-"}


def cyr_to_latin(text: str) -> str:
    out = []
    for word in text.split(" "):
        w = []
        for i, ch in enumerate(word.lower()):
            if ch == "е" and (i == 0 or word.lower()[i - 1] in "аеиоуыэюяё"):
                w.append("ye")
            else:
                w.append(RU_LAT.get(ch, ch))
        out.append(cap("".join(w)))
    return " ".join(out)


def ru_surname(base: str, female: bool) -> str:
    c = to_cyrillic(base)
    stem = c + ("ев" if c[-1] in "аеиоуыэюяё" else "ов")
    return stem + ("а" if female else "")


def ru_patronymic(base: str, female: bool) -> str:
    c = to_cyrillic(base)
    stem = c + ("ев" if c[-1] in "аеиоуыэюяё" else "ов")
    return stem + ("на" if female else "ич")


def to_english(word: str, style: int) -> str:
    """Common English-language spellings; style is a small bitmask chosen per mention."""
    out = []
    for i, p in enumerate(phonemes(word)):
        if p == "'":
            continue
        if p == "x":
            out.append("kh" if not style & 1 else "h")
        elif p == "q":
            out.append("q" if not style & 2 else "k")
        elif p == "gh":
            out.append("gh" if not style & 4 else "g")
        elif p == "é":
            out.append("e")
        elif p == "ö":
            out.append("o")
        elif p == "ü":
            out.append("u")
        elif p == "e" and style & 8 and (i == 0 or i == len(word) - 2):
            out.append("a")
        else:
            out.append(p)
    return cap("".join(out))


def to_uly(word: str) -> str:
    return cap(word)


# Chinese phonetic rendering, read back as pinyin syllables (what police notices give).
PY_INIT = {"b": "b", "p": "p", "m": "m", "f": "f", "d": "d", "t": "t", "n": "n", "l": "l", "r": "r", "g": "g",
           "k": "k", "q": "k", "x": "h", "h": "h", "gh": "g", "j": "j", "ch": "q", "sh": "x", "s": "s", "z": "z",
           "zh": "zh", "w": "w", "y": "y", "ng": "n", "v": "w"}
PY_CODA = {"b": "bu", "p": "pu", "m": "mu", "f": "fu", "d": "de", "t": "ti", "l": "li", "r": "er", "g": "ge",
           "k": "ke", "q": "ke", "x": "he", "h": "he", "gh": "ge", "j": "ji", "ch": "qi", "sh": "xi", "s": "si",
           "z": "zi", "zh": "zhi", "w": "wu", "y": "yi", "v": "fu"}
PY_V0 = {"a": "a", "e": "ai", "é": "ai", "i": "yi", "o": "ao", "u": "wu", "ö": "wu", "ü": "yu"}
PY_FIX = {"do": "duo", "to": "tuo", "lo": "luo", "no": "nuo", "ro": "ruo", "ko": "kuo", "ho": "huo", "so": "suo",
          "zo": "zuo", "go": "guo", "jo": "jiao", "qo": "qiao", "xo": "xiao", "yo": "you", "zho": "zhuo",
          "gi": "ji", "ki": "qi", "hi": "xi", "wi": "wei", "fi": "fei", "rai": "re", "yai": "ya", "fai": "fa",
          "jai": "jia", "qai": "qia", "xai": "xia", "ja": "jia", "qa": "qia", "xa": "xia", "je": "jie", "qe": "qie",
          "xe": "xie", "we": "wei", "fe": "fei", "pe": "pei", "be": "bei", "me": "mei", "ju": "ju", "xu": "xu"}
AI_AFTER = set("b p m k t s h x q".split())


def to_pinyin_syllables(word: str) -> list[str]:
    ph = [p for p in phonemes(word) if p != "'"]
    syl, i = [], 0
    while i < len(ph):
        p = ph[i]
        if p in VOWELS:
            s = PY_V0[p]
            i += 1
        elif i + 1 < len(ph) and ph[i + 1] in VOWELS:
            v = ph[i + 1]
            fin = {"a": "a", "e": "ai" if p in AI_AFTER else "e", "é": "ai", "i": "i", "o": "o", "u": "u",
                   "ö": "u", "ü": "u"}[v]
            s = PY_INIT.get(p, p) + fin
            s = PY_FIX.get(s, s)
            i += 2
        else:
            if p in ("n", "ng") and syl:
                last = syl[-1]
                coda = "n" if p == "n" else "ng"
                if last.endswith("ai"):
                    last = last[:-2] + "a"
                elif last.endswith("uo"):
                    last = last[:-2] + ("u" if coda == "n" else "o")
                elif last.endswith("o") and coda == "n":
                    last = last[:-1] + "u"
                syl[-1] = last + coda
                i += 1
                continue
            s = PY_CODA.get(p, p)
            i += 1
        # a syllable that starts with a vowel, mid-word, after a consonant-final syllable, is fine as is
        syl.append(s)
    return syl


# ----------------------------------------------------------------------------- facilities
def clean_town(t: str) -> str:
    t = t.strip()
    if len(t) > 1 and t[1].isupper() and t[0].isupper() and not t.isupper():
        t = t[0] + t[1:].lower()
    return t


def load_facilities(path: Path):
    text = path.read_bytes().decode("cp437")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    head = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    fac = []
    for r in rows[1:]:
        if not any(c.strip() for c in r):
            continue
        r = r + [""] * (len(head) - len(r))
        name, town, pref = r[ix["Name"]].strip(), clean_town(r[ix["Town"]]), r[ix["Prefecture"]].strip()
        sub, ftype = r[ix["id_sub"]].strip(), r[ix["facility type"]].strip()
        if not name:
            continue
        fac.append((name + (" " + sub if sub else ""), town, pref, ftype))
    if not fac:
        raise SystemExit(f"no facilities read from {path}")
    return fac


# ----------------------------------------------------------------------------- sources
# Each small organisation: weight (share of mentions) and habits. See README for the table.
SOURCES = {
    # code: weight
    "ULYLIST": 0.15,    # diaspora list, ULY Latin "Given Surname", county
    "INITIALS": 0.09,   # initials only for given names: "A. Tursun"
    "CAPSFIRST": 0.10,  # family name first in capitals: "TURSUN Abdurahim"
    "INTERVIEW": 0.12,  # birth year computed from an age at an interview date
    "VILLAGE": 0.10,    # hometown at village level in Uyghur Arabic script
    "POLICE": 0.10,     # police notices: Chinese rendering read back syllable by syllable
    "RUSSIAN": 0.09,    # Russian order with patronymic, Cyrillic or passport Latin
    "MEDIA": 0.12,      # English press: English spellings, prefecture only, years often missing
    "VOLUNTEER": 0.13,  # volunteer spreadsheet: mixed habits, most in-source duplicates
}
SRC_CODES = list(SOURCES)
SRC_W = [SOURCES[c] for c in SRC_CODES]
SRC_ALIAS = {"ULYLIST": "org-a", "INITIALS": "org-b", "CAPSFIRST": "org-c", "INTERVIEW": "org-d",
             "VILLAGE": "org-e", "POLICE": "org-f", "RUSSIAN": "org-g", "MEDIA": "org-h", "VOLUNTEER": "org-i"}

MENTION_K = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
MENTION_W = [45, 25, 14, 8, 4, 1.5, 1, 0.7, 0.5, 0.3]
P_IN_SOURCE_DUP = 0.15       # a further mention reuses a source already used for this person
P_MARRIED = 0.6              # women born before 1998
P_HUSBAND_NAME = {"RUSSIAN": 0.7, "MEDIA": 0.25, "VOLUNTEER": 0.25, "INTERVIEW": 0.15, "ULYLIST": 0.1,
                  "INITIALS": 0.15, "CAPSFIRST": 0.15, "VILLAGE": 0.0, "POLICE": 0.0}
P_BY_TWO = 0.07              # birth year two off (another document)
P_BY_ONE = 0.04              # birth year one off (outside INTERVIEW, which has its own)
P_DY_OFF = 0.07              # detained year one off
P_TRANSFER = 0.10            # facility of another site (a transfer)


class Person:
    __slots__ = ("pid", "given", "father", "female", "by", "pref", "town", "village", "fac", "dy", "husband", "kz")


def pick_given(rng, female, kz):
    if kz:
        return rng.choice(KZ_FEMALE if female else KZ_MALE)
    return rng.choice(FEMALE if female else MALE)


def pick_by(rng):
    while True:
        y = int(rng.gauss(1978, 13))
        if 1935 <= y <= 2003:
            return y


def village_for(town, rng_seed, rng):
    r = random.Random(f"{rng_seed}|{town}")
    pool = [r.choice(VILLAGE_A) + r.choice(VILLAGE_B) for _ in range(12)]
    return rng.choice(pool)


class World:
    def __init__(self, seed, fac):
        self.seed = seed
        self.rng = random.Random(seed)
        self.fac = fac
        homes = [(t, p) for (_, t, p, _) in fac if t and p and p != "XPCC"]
        self.homes = homes
        self.fac_by_pref = {}
        for f in fac:
            self.fac_by_pref.setdefault(f[2], []).append(f)
        counts = {}
        for h in homes:
            counts[h] = counts.get(h, 0) + 1
        self.small_towns = [h for h, c in counts.items() if c <= 3] or homes
        self.next_pid = 0

    def new_person(self, female, given=None, father=None, home=None, village=None, by=None, kz=None):
        rng = self.rng
        p = Person()
        self.next_pid += 1
        p.pid = f"P{self.next_pid:07d}"
        p.female = female
        p.kz = (rng.random() < 0.12) if kz is None else kz
        p.given = given or pick_given(rng, female, p.kz)
        p.father = father or rng.choice(KZ_MALE if p.kz else MALE)
        town, pref = home or rng.choice(self.homes)
        p.town, p.pref = town, pref
        p.village = village or village_for(town, self.seed, rng)
        p.by = by or pick_by(rng)
        pool = self.fac_by_pref.get(pref) if rng.random() < 0.75 else None
        p.fac = rng.choice(pool or self.fac)
        p.dy = rng.choices([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021], [2, 3, 6, 34, 33, 14, 5, 3])[0]
        p.husband = None
        if female and p.by < 1998 and rng.random() < P_MARRIED:
            p.husband = rng.choice(KZ_MALE if p.kz else MALE)  # the husband's father's name
        return p

    def group(self):
        """One household or namesake set: yields persons."""
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            return [self.new_person(rng.random() < 0.45)]
        if r < 0.75:  # siblings: father's given name as their surname, same village
            base = self.new_person(rng.random() < 0.5)
            out = [base]
            for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
                out.append(self.new_person(rng.random() < 0.5, father=base.father, home=(base.town, base.pref),
                                           village=base.village, kz=base.kz,
                                           by=min(2003, max(1935, base.by + rng.randint(-12, 12)))))
            if rng.random() < 0.3:  # the father too: his given name is the children's surname
                out.append(self.new_person(False, given=base.father, home=(base.town, base.pref), village=base.village,
                                           kz=base.kz, by=max(1925, min(out, key=lambda q: q.by).by - rng.randint(20, 35))))
            return out
        if r < 0.87:  # true namesakes in a small town: same name, same county, close birth years
            home = rng.choice(self.small_towns)
            female = rng.random() < 0.4
            kz = rng.random() < 0.12
            given = pick_given(rng, female, kz)
            father = rng.choice(KZ_MALE if kz else MALE)
            by0 = pick_by(rng)
            vill = village_for(home[0], self.seed, rng)
            out = []
            for _ in range(rng.choice([2, 2, 2, 3, 3, 4])):
                out.append(self.new_person(female, given=given, father=father, home=home, kz=kz,
                                           village=vill if rng.random() < 0.5 else None,
                                           by=min(2003, by0 + rng.randint(-3, 3))))
            return out
        # married couple: the wife appears under her own name and, sometimes, as <husband's surname>-ova
        h = self.new_person(False)
        w = self.new_person(True, home=(h.town, h.pref), village=h.village if rng.random() < 0.6 else None, kz=h.kz,
                            by=min(1997, max(1935, h.by + rng.randint(-2, 8))))
        w.husband = h.father
        return [h, w]


# ----------------------------------------------------------------------------- rendering
def husband_form(rng, p, src):
    return p.husband is not None and rng.random() < P_HUSBAND_NAME[src]


def ova(base_latin: str, female=True) -> str:
    end = "eva" if base_latin[-1].lower() in "aeiouy" else "ova"
    return base_latin + (end if female else end[:-1])


def render_name(rng, p, src):
    hus = husband_form(rng, p, src)
    style = rng.getrandbits(4)
    g, f = p.given, p.father
    if src == "RUSSIAN":
        if hus:
            sur = ru_surname(p.husband, True)
        else:
            sur = ru_surname(f, p.female)
        pat = ru_patronymic(f, p.female)
        giv = to_cyrillic(g)
        parts = [sur, giv, pat] if rng.random() < 0.6 else [giv, pat, sur]
        if rng.random() < 0.15:
            parts = [sur, giv]
        text = " ".join(parts)
        return text if rng.random() < 0.55 else cyr_to_latin(text)
    if src == "POLICE":
        gs, fs = to_pinyin_syllables(g), to_pinyin_syllables(f)
        m = rng.random()
        if m < 0.5:
            return "-".join(gs).capitalize() + " " + "-".join(fs).capitalize()
        if m < 0.75:
            return "".join(gs).upper() + "·" + "".join(fs).upper()
        return " ".join(gs + fs)
    if src == "VILLAGE":
        if rng.random() < 0.7:
            return to_arabic(g) + " " + to_arabic(f)
        return to_uly(g) + " " + to_uly(f)
    eng = src in ("MEDIA", "CAPSFIRST") or (src == "VOLUNTEER" and rng.random() < 0.5)
    rend = (lambda w: to_english(w, style)) if eng else to_uly
    G = rend(g)
    if hus:
        F = ova(rend(p.husband))
    elif p.kz and src == "VOLUNTEER" and rng.random() < 0.4:
        F = rend(f) + (" qyzy" if p.female else " uly")
    else:
        F = rend(f)
    if src == "INITIALS" or (src == "VOLUNTEER" and rng.random() < 0.08):
        return f"{G[0]}. {F}"
    if src == "CAPSFIRST" or (src == "VOLUNTEER" and rng.random() < 0.1):
        return f"{F.upper()} {G}"
    return f"{G} {F}"


def render_home(rng, p, src):
    town, pref = p.town, p.pref
    tu = PLACE.get(town, (town, town, ""))
    pu = PLACE.get(pref, (pref, pref, ""))
    level = rng.random()
    if src == "VILLAGE":
        vil = to_arabic(p.village) + " كەنتى"
        if rng.random() < 0.45:
            return vil + "، " + to_arabic(tu[0]) + " ناھىيىسى"
        return vil
    if src == "POLICE":
        if level < 0.6:
            return f"Xinjiang {pu[1]} {tu[1]}"
        return tu[1]
    if src == "RUSSIAN":
        name = (tu[2] or to_cyrillic(tu[0])) if level < 0.5 else (pu[2] or to_cyrillic(pu[0]))
        return name if rng.random() < 0.6 else cyr_to_latin(name)
    if src == "MEDIA":
        return pref if level < 0.75 else town
    if src == "ULYLIST":
        if level < 0.15:
            return pu[0]
        return tu[0] if level < 0.8 else f"{p.village} kenti, {tu[0]}"
    # county vs prefecture disagree honestly: either may be written
    if level < 0.55:
        return town
    if level < 0.8:
        return pref
    return f"{town}, {pref}"


def render_fac(rng, p, src):
    f = p.fac
    if rng.random() < P_TRANSFER:
        f = rng.choice(self_fac[0])
    name, town, pref, ftype = f
    m = rng.random()
    if src == "POLICE":
        return "" if m < 0.7 else f"{PLACE.get(town, (town, town, ''))[1]} kanshousuo"
    if src in ("MEDIA", "INITIALS"):
        return "" if m < 0.5 else (f"{town} {ftype or 'camp'}" if m < 0.8 else name)
    if src == "RUSSIAN":
        return "" if m < 0.5 else "лагерь " + to_cyrillic(PLACE.get(town, (town, "", ""))[0].split()[0])
    if src == "VILLAGE":
        return "" if m < 0.6 else to_arabic(PLACE.get(town, (town, "", ""))[0]) + " لاگېرى"
    return "" if m < 0.3 else (name if m < 0.8 else f"{town} {ftype or 'camp'}")


self_fac = [None]

GENDER = {"RUSSIAN": ("м", "ж"), "VILLAGE": ("ئەر", "ئايال"), "POLICE": ("男", "女"), "MEDIA": ("male", "female")}
P_GENDER = {"ULYLIST": 0.9, "INITIALS": 0.6, "CAPSFIRST": 0.8, "INTERVIEW": 0.95, "VILLAGE": 0.7, "POLICE": 0.98,
            "RUSSIAN": 0.5, "MEDIA": 0.6, "VOLUNTEER": 0.7}
P_BY = {"ULYLIST": 0.85, "INITIALS": 0.7, "CAPSFIRST": 0.75, "INTERVIEW": 0.97, "VILLAGE": 0.6, "POLICE": 0.95,
        "RUSSIAN": 0.8, "MEDIA": 0.35, "VOLUNTEER": 0.7}
P_HOME = {"ULYLIST": 0.9, "INITIALS": 0.6, "CAPSFIRST": 0.8, "INTERVIEW": 0.85, "VILLAGE": 0.97, "POLICE": 0.9,
          "RUSSIAN": 0.7, "MEDIA": 0.8, "VOLUNTEER": 0.75}
P_DY = {"ULYLIST": 0.8, "INITIALS": 0.7, "CAPSFIRST": 0.7, "INTERVIEW": 0.9, "VILLAGE": 0.5, "POLICE": 0.95,
        "RUSSIAN": 0.6, "MEDIA": 0.6, "VOLUNTEER": 0.65}


def render_mention(rng, p, src):
    name = render_name(rng, p, src)
    gender = ""
    if rng.random() < P_GENDER[src]:
        m, f = GENDER.get(src, ("M", "F"))
        gender = f if p.female else m
    by = ""
    if rng.random() < P_BY[src]:
        if src == "INTERVIEW":
            iy = rng.choice([2018, 2019, 2019, 2020, 2021])
            age = iy - p.by - (1 if rng.random() < 0.5 else 0)  # birthday not yet reached
            if rng.random() < 0.1:
                age = 5 * round(age / 5)  # "about fifty"
            by = str(iy - age)
        else:
            y = p.by
            r = rng.random()
            if r < P_BY_TWO:
                y += rng.choice([-2, 2])
            elif r < P_BY_TWO + P_BY_ONE:
                y += rng.choice([-1, 1])
            by = str(y)
    home = render_home(rng, p, src) if rng.random() < P_HOME[src] else ""
    fac = render_fac(rng, p, src)
    dy = ""
    if rng.random() < P_DY[src]:
        dy = str(p.dy + (rng.choice([-1, 1]) if rng.random() < P_DY_OFF else 0))
    return [name, gender, by, home, fac, dy, SRC_ALIAS[src]]


def mentions_of(rng, p):
    k = rng.choices(MENTION_K, MENTION_W)[0]
    used = []
    for _ in range(k):
        if used and rng.random() < P_IN_SOURCE_DUP:
            src = rng.choice(used)
        else:
            src = rng.choices(SRC_CODES, SRC_W)[0]
            if src in used and rng.random() < 0.7:  # mostly avoid accidental repeats beyond the dup rate
                src = rng.choices(SRC_CODES, SRC_W)[0]
        used.append(src)
        yield render_mention(rng, p, src)


# ----------------------------------------------------------------------------- main
HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year", "source"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities", default=str(DEFAULT_FACILITIES))
    a = ap.parse_args(argv)
    if a.records < 1:
        ap.error("--records must be positive")
    fac = load_facilities(Path(a.facilities))
    self_fac[0] = fac
    world = World(a.seed, fac)
    rng = random.Random(a.seed * 7919 + 17)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / ".buckets"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    nb = max(1, a.records // 20000)
    fhs = [open(tmp / f"{i:04d}.tsv", "w", encoding="utf-8", newline="") for i in range(nb)]
    ws = [csv.writer(fh) for fh in fhs]
    n = persons = 0
    while n < a.records:
        for p in world.group():
            emitted = False
            for row in mentions_of(rng, p):
                if n >= a.records:
                    break
                ws[rng.randrange(nb)].writerow([p.pid] + row)
                n += 1
                emitted = True
            persons += emitted
    for fh in fhs:
        fh.close()
    mid = 0
    with open(out / "mentions.csv", "w", encoding="utf-8", newline="") as fm, \
            open(out / "truth.csv", "w", encoding="utf-8", newline="") as ft:
        wm, wt = csv.writer(fm, lineterminator="\n"), csv.writer(ft, lineterminator="\n")
        wm.writerow(HEADER)
        wt.writerow(["mention_id", "person_id"])
        for i in range(nb):
            with open(tmp / f"{i:04d}.tsv", encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh))
            rng.shuffle(rows)
            for r in rows:
                mid += 1
                m = f"K{mid:08d}"
                wm.writerow([m] + [unicodedata.normalize("NFC", c) for c in r[1:]])
                wt.writerow([m, r[0]])
    shutil.rmtree(tmp)
    print(f"wrote {mid} mentions of {persons} persons to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
