"""Synthetic mention sets with ground truth, shared by the benchmarks.

`make_mentions(n, seed)` gives about n mentions of invented persons, each with the id of the
person it mentions. Persons are Uyghur and Kazakh men and women whose surname is their father's
given name, so that brothers share it and a father's given name is his children's surname; given
names are drawn from a skewed distribution, so that common ones (Memet, Abdulla, Muhemmed)
make large blocks and namesakes. Each mention renders the name through one writing system:
Uyghur Latin (ULY), Uyghur Arabic script, Russian passport Cyrillic (with -ov/-ova), Kazakh
Cyrillic, Chinese characters, pinyin read back from those characters, Turkish, or a loose
English spelling; then typos, swapped name order, shifted or approximate birth years, hometowns
named at another level or in another script, and missing fields.

Records typed from scanned lists (--ocr RATE: glyph confusions such as rn/m, l/1, и/н, ш/щ, dropped
diacritics, broken or run-together words, misread birth years) and persons whose recorded name
changed (--renamed RATE: a Chinese name from a school or camp list, a patronymic dropped or added, a
surname from the grandfather), records naming the person as a family search does (--filial RATE: by
kinship to the father; --given-alone RATE: by the given name alone, "Gulnar"; --pet RATE: the given name
with the affectionate ending -jan of a man's or -xan of a woman's name, "Memetjan", «Гульнарxан»), and
records copied from lists compiled from Chinese documents (--pinyin-lists RATE: the transcription spelt in
pinyin, in capitals, with tone marks, run together or a syllable a word: MAIMAITI ABUDUKELIMU) are
applied after the sample is drawn, on their own seeded streams
(`degrade`): the same seed gives the same records under them, degraded. --unreadable-years RATE
writes that share of the exact year cells in the CSV with their first or second digit misread, so
that they are no year (1950 → 7950, 2017 → 2617), on its own seeded stream: what `guwah
link-records` refuses, or reads as unknown with --unreadable-years unknown. Only the CSV has them
(a Mention cannot hold a year that is none); every other cell is written as without it.

Usage as a script: python bench/synth.py --records 1000 [--seed 1] [--names N] [--ocr R] [--renamed R] [--filial R] [--given-alone R] [--pet R] [--pinyin-lists R] > mentions.csv (the
CSV shape of `guwah link-records`, plus a person_id column), or with --out DIR: DIR/mentions.csv and
DIR/truth.csv, as the bench/linkgen-* generators write them. --names N draws given names from only
the commonest N of each sex: a small name list, where most persons have namesakes.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from guwah.link.mentions import Mention

# given names: ULY form → Chinese transcription (as in Chinese documents)
MALE = {
    "Memet": "买买提", "Abdulla": "阿不都拉", "Muhemmed": "穆罕默德", "Ehmet": "艾合买提",
    "Tursun": "吐尔逊", "Abdurehim": "阿不都热依木", "Ilham": "伊力哈木", "Tohti": "托合提",
    "Rozi": "肉孜", "Qurban": "库尔班", "Nurmemet": "努尔买买提", "Yusup": "玉素甫",
    "Hesen": "艾山", "Ablimit": "阿不力米提", "Adil": "阿迪力", "Alim": "阿里木", "Eziz": "艾则孜",
    "Ghopur": "吾甫尔", "Imin": "伊敏", "Ismayil": "司马义", "Kerim": "克里木", "Musa": "木沙",
    "Niyaz": "尼亚孜", "Obul": "吾布力", "Perhat": "帕尔哈提", "Qadir": "卡德尔", "Rahman": "热合曼",
    "Sabit": "沙比提", "Tahir": "塔依尔", "Turghun": "吐尔洪", "Osman": "奥斯曼", "Yasin": "亚森",
    "Zunun": "祖农", "Mehmut": "买合木提", "Abliz": "阿不力孜", "Ekber": "艾克拜尔", "Erkin": "艾尔肯",
    "Dilshat": "迪力夏提", "Mijit": "米吉提", "Ababekri": "阿巴拜克力", "Exmet": "艾克买提",
    "Barat": "巴拉提", "Dawut": "达吾提", "Hoshur": "吾守尔", "Jappar": "加帕尔", "Kamil": "卡米力",
    "Mamut": "马木提", "Nijat": "尼加提", "Rishat": "热夏提", "Semet": "赛买提", "Tayir": "塔依尔",
    "Omer": "吾买尔", "Yaqup": "亚库甫", "Zakir": "扎克尔", "Serik": "赛力克", "Erlan": "叶尔兰",
    "Nurlan": "努尔兰", "Qayrat": "海拉提", "Baqytjan": "巴合提江", "Ayan": "阿扬",
}
FEMALE = {
    "Gulbahar": "古丽巴哈尔", "Gulnar": "古丽娜尔", "Aynur": "阿依努尔", "Mihray": "米热依",
    "Patigul": "帕提古丽", "Rahile": "热依拉", "Zohre": "佐合热", "Mayinur": "麦依努尔",
    "Buhelchem": "布合力其姆", "Ayshem": "阿依先木", "Mahire": "玛依热", "Nurgul": "努尔古丽",
    "Rizwangul": "热孜万古丽", "Sajide": "萨吉代", "Zulpiye": "祖丽皮亚", "Gulzire": "古丽孜热",
    "Amine": "阿米娜", "Meryem": "麦尔耶姆", "Parida": "帕丽达", "Dilnur": "迪丽努尔",
    "Gulnisa": "古丽尼沙", "Salamet": "萨拉麦提", "Hebibe": "海比拜", "Halime": "哈丽曼",
    "Nurnisa": "努尔尼沙", "Roshengul": "肉先古丽", "Tursunay": "吐尔逊阿依", "Zeynep": "再乃甫",
    "Aygul": "阿依古丽", "Mukerrem": "穆凯热姆", "Gulshen": "古丽仙", "Aliye": "阿丽耶",
}
# Compound names (Nur + Memet = Nurmemet, Gul + Nisa = Gulnisa) widen the pools as real ones are
MALE_PREFIXES = {"Nur": "努尔", "Abdu": "阿不都", "Ali": "阿力"}
FEMALE_PREFIXES = {"Gul": "古丽", "Ay": "阿依", "Nur": "努尔"}


def with_compounds(base: dict[str, str], prefixes: dict[str, str]) -> dict[str, str]:
    """The base names, then each prefix joined to each base name (rarer, so listed after)."""
    names = dict(base)
    for prefix, chinese in prefixes.items():
        for name, transcription in base.items():
            names.setdefault(prefix + name.lower(), chinese + transcription)
    return names


MALE = with_compounds(MALE, MALE_PREFIXES)
FEMALE = with_compounds(FEMALE, FEMALE_PREFIXES)
# ULY letters → Uyghur Arabic script; vowels at a syllable's start take the hamza carrier
ARABIC = {"a": "ا", "e": "ە", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د",
          "r": "ر", "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك",
          "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "o": "و", "u": "ۇ", "ö": "ۆ",
          "ü": "ۈ", "w": "ۋ", "ë": "ې", "i": "ى", "y": "ي"}
RUSSIAN = {"q": "к", "x": "х", "gh": "г", "ch": "ч", "sh": "ш", "zh": "ж", "j": "дж", "ng": "нг",
           "h": "х", "w": "в", "y": "й", "e": "е", "ë": "е", "ö": "е", "ü": "ю", "a": "а", "b": "б",
           "p": "п", "t": "т", "d": "д", "r": "р", "z": "з", "s": "с", "f": "ф", "k": "к", "g": "г",
           "l": "л", "m": "м", "n": "н", "o": "о", "u": "у", "i": "и"}
KAZAKH = {**RUSSIAN, "q": "қ", "gh": "ғ", "ng": "ң", "ö": "ө", "ü": "ү", "h": "һ", "e": "е", "j": "ж",
          "u": "ұ", "i": "і"}
TURKISH = {"q": "k", "x": "h", "gh": "ğ", "ch": "ç", "sh": "ş", "j": "c", "zh": "j", "w": "v", "ë": "e"}
ENGLISH = {"q": "k", "x": "kh", "gh": "gh", "ë": "e", "ö": "o", "ü": "u", "w": "w"}
DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")
VOWELS = set("aeëiouöü")
SYSTEMS = ("uly", "uly", "english", "english", "arabic", "russian", "kazakh", "chinese", "pinyin", "turkish")
FACILITY_KINDS = ("vocational training centre", "detention centre", "prison", "camp No. {n}")


def letters(word: str) -> list[str]:
    """A ULY word as its letters (digraphs as one)."""
    result, i = [], 0
    word = word.lower()
    while i < len(word):
        if word[i:i + 2] in DIGRAPHS:
            result.append(word[i:i + 2])
            i += 2
        else:
            result.append(word[i])
            i += 1
    return result


def by_table(word: str, table: dict[str, str]) -> str:
    """A ULY word spelled through a letter table (letters it lacks kept)."""
    return "".join(table.get(letter, letter) for letter in letters(word))


def to_arabic(word: str) -> str:
    """A ULY word in Uyghur Arabic script."""
    out, previous = [], None
    for letter in letters(word):
        if letter in VOWELS and (previous is None or previous in VOWELS):
            out.append("ئ")
        out.append(ARABIC.get(letter, ""))
        previous = letter
    return "".join(out)


def to_russian(word: str, table: dict[str, str]) -> str:
    """A ULY word in Russian or Kazakh Cyrillic, with ya/yu for y + vowel."""
    text = by_table(word.lower().replace("ya", "\x01").replace("yu", "\x02"), table)
    return text.replace("\x01", "я").replace("\x02", "ю").capitalize()


@dataclass
class Person:
    """An invented person: the ground truth of the mentions."""

    person_id: int
    given: str
    father: str
    female: bool
    birth: int
    place: object  # a PlaceEntry
    facility: str | None
    detained: int | None


def zipf_choice(rng: random.Random, items: list[str], weights: list[float]) -> str:
    return rng.choices(items, weights=weights, k=1)[0]


def make_persons(count: int, rng: random.Random, names: int | None = None) -> list[Person]:
    """Invented persons in families: siblings share a father, whose given name is their surname.

    `names`: draw given names from only the first `names` men's and women's names (the commonest;
    default all, with compounds): a small name list, where most persons have many namesakes."""
    from guwah.places import curated_gazetteer

    places = [e for e in curated_gazetteer().entries.values()
              if e.id.startswith("xj.") and e.names.get("ug-Latn") and e.names.get("zh")]
    males, females = list(MALE)[:names], list(FEMALE)[:names]
    male_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(males))]
    female_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(females))]
    persons: list[Person] = []
    while len(persons) < count:
        father = zipf_choice(rng, males, male_weights)
        grandfather = zipf_choice(rng, males, male_weights)
        place = rng.choice(places)
        facility = f"{place.names['ug-Latn']} {rng.choice(FACILITY_KINDS).format(n=rng.randint(1, 9))}"
        born = rng.randint(1940, 2000)
        family = [(father, grandfather, False, born - rng.randint(22, 40))]  # the father himself
        for _ in range(rng.choice((1, 1, 2, 3, 4))):
            female = rng.random() < 0.5
            given = zipf_choice(rng, females, female_weights) if female else zipf_choice(rng, males, male_weights)
            family.append((given, father, female, born + rng.randint(-6, 6)))
        for given, surname, female, birth in family:
            if len(persons) >= count:
                break
            detained = rng.choice((None, 2017, 2017, 2018, 2018, 2019, 2016))
            persons.append(Person(len(persons), given, surname, female, birth, place,
                                  facility if detained and rng.random() < 0.8 else None, detained))
    return persons


def typo(word: str, rng: random.Random) -> str:
    """One random keyboard slip in a Latin word: a letter dropped, doubled, swapped or replaced."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
    return word[:i] + rng.choice("aeiounrst") + word[i + 1:]


def spell(given: str, father: str, female: bool, system: str, soviet: bool = False) -> list[str]:
    """The name's parts, given name first, written in one system (Chinese: one part), before
    typos and reordering; `soviet` adds the Russian -ov/-ova surname ending."""
    if system == "chinese":
        names = MALE | FEMALE
        return [f"{names[given]}·{names[father]}"]
    if system == "pinyin":
        from pypinyin import lazy_pinyin

        names = MALE | FEMALE
        return ["".join(lazy_pinyin(names[given])).capitalize(), "".join(lazy_pinyin(names[father])).capitalize()]
    if system == "arabic":
        return [to_arabic(given), to_arabic(father)]
    if system in ("russian", "kazakh"):
        table = RUSSIAN if system == "russian" else KAZAKH
        surname = to_russian(father, table)
        if soviet:
            surname += ("ова" if female else "ов") if surname[-1] not in "аеиоуыэюяұүөі" else (
                "ева" if female else "ев")
        return [to_russian(given, table), surname]
    if system == "turkish":
        return [by_table(given, TURKISH).capitalize(), by_table(father, TURKISH).capitalize()]
    if system == "english":
        return [by_table(given, ENGLISH).capitalize(), by_table(father, ENGLISH).capitalize()]
    return [given, father]


REORDERED = ("russian", "kazakh", "uly", "english")  # systems whose names are sometimes surname first


def render_name(person: Person, rng: random.Random) -> str:
    """The person's name written in one randomly chosen system, with its usual habits."""
    system = rng.choice(SYSTEMS)
    soviet = system in ("russian", "kazakh") and rng.random() < 0.6  # a Soviet-style surname
    parts = spell(person.given, person.father, person.female, system, soviet)
    if system == "chinese":
        return parts[0]
    if system in ("russian", "kazakh") and rng.random() < 0.5:
        parts.reverse()  # Russian lists put the surname first
    if system in ("uly", "english", "turkish", "pinyin") and rng.random() < 0.12:
        index = rng.randrange(2)
        parts[index] = typo(parts[index], rng)
    if system in ("uly", "english") and rng.random() < 0.05:
        parts.reverse()
    return " ".join(parts)


def renderings(given: str, father: str, female: bool) -> set[str]:
    """Every spelling render_name can give this name without a typo (for bench/link.py's ceiling)."""
    spelled = set()
    for system in set(SYSTEMS):
        for soviet in ((False, True) if system in ("russian", "kazakh") else (False,)):
            parts = spell(given, father, female, system, soviet)
            spelled.add(" ".join(parts))
            if system in REORDERED:
                spelled.add(" ".join(reversed(parts)))
    return spelled


def render_place(person: Person, rng: random.Random) -> str:
    """The hometown in one script, sometimes named by its prefecture instead."""
    from guwah.places import curated_gazetteer

    entry = person.place
    if entry.parent and entry.parent.startswith("xj.") and rng.random() < 0.15:
        entry = curated_gazetteer().get(entry.parent)
    names = [value for key, value in entry.names.items() if value and key in ("zh", "ug", "ug-Latn", "kk", "ru", "en")]
    return rng.choice(names)


# --ocr: records typed from scanned lists. Glyphs a reader confuses, by script (each pair one way;
# both ways are listed where both happen). Latin: rn/m, cl/d, l/1/I, O/0, e/c, u/ii; Cyrillic:
# и/н, ш/щ, й/и, т/г; Uyghur Arabic: letters told apart only by their dots.
OCR_LATIN = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("l", "1"), ("l", "I"), ("I", "l"),
             ("O", "0"), ("o", "0"), ("e", "c"), ("u", "ii"))
OCR_CYRILLIC = (("и", "н"), ("н", "и"), ("ш", "щ"), ("щ", "ш"), ("й", "и"), ("т", "г"))
OCR_ARABIC = (("ي", "ى"), ("ق", "ف"), ("ت", "ن"), ("ن", "ت"), ("ب", "ن"), ("ش", "س"))
# Diacritics a scan (or a typist without the keyboard) drops: Uyghur Latin, Turkish, Kazakh Cyrillic.
OCR_PLAIN = str.maketrans({"ö": "o", "ü": "u", "ë": "e", "ğ": "g", "ş": "s", "ç": "c", "ı": "i", "қ": "к",
                           "ғ": "г", "ң": "н", "ө": "о", "ү": "у", "ұ": "у", "һ": "х", "і": "i"})
# A digit of a year misread from a scan.
OCR_DIGITS = {"0": "8", "8": "3", "3": "8", "1": "7", "7": "1", "5": "6", "6": "5", "9": "0", "2": "7", "4": "9"}
OCR_BIRTH = 0.3  # the share of degraded records whose (exact) birth year is misread too
# --unreadable-years: a first or second digit misread so that the year is none (outside 1880-2100):
# 1→7, 2→7 in the first place; 9→4, 0→6, 8→3, 1→7 in the second (1450, 2617, 1380, 2700).
UNREADABLE_DIGITS = {"1": "7", "2": "7", "9": "4", "0": "6", "8": "3"}


def ocr_name(name: str, rng: random.Random) -> str:
    """A name as a scanned list gives it: one or two faults, each a glyph confusion of its script,
    its diacritics dropped, a long word broken in two ("Abdu rehim") or two words run together
    ("AbdurehimTursun"). Names in Chinese characters are left as they are."""
    if any("\u4e00" <= char <= "\u9fff" for char in name):
        return name
    table = OCR_ARABIC if any("\u0600" <= char <= "\u06ff" for char in name) else (
        OCR_CYRILLIC if any("\u0400" <= char <= "\u04ff" for char in name) else OCR_LATIN)
    for _ in range(rng.choice((1, 1, 2))):
        kind = rng.choice(("glyph", "glyph", "plain", "break", "merge"))
        if kind == "glyph":
            found = [(i, old, new) for old, new in table for i in range(len(name)) if name.startswith(old, i)]
            if found:
                i, old, new = rng.choice(found)
                name = name[:i] + new + name[i + len(old):]
        elif kind == "plain":
            name = name.translate(OCR_PLAIN)
        elif kind == "merge":
            name = name.replace(" ", "", 1)
        else:
            words = name.split(" ")
            long = [i for i, word in enumerate(words) if len(word) >= 7]
            if long:
                i = rng.choice(long)
                cut = rng.randrange(3, len(words[i]) - 2)
                words[i] = words[i][:cut] + " " + words[i][cut:]
                name = " ".join(words)
    return name


def unreadable_year(text: str, rng: random.Random) -> str:
    """An exact year cell ("1950") as a scan may give it past reading: its first or second digit
    misread (UNREADABLE_DIGITS), "7950" or "1450"."""
    place = rng.choice((0, 1))
    return text[:place] + UNREADABLE_DIGITS[text[place]] + text[place + 1:]


def ocr_year(year: int, rng: random.Random) -> int:
    """A year as a scan gives it: its last two digits swapped (1975 → 1957), or one of them misread."""
    text = str(year)
    if rng.random() < 0.5 and text[2] != text[3]:
        return int(text[:2] + text[3] + text[2])
    i = rng.choice((2, 3))
    return int(text[:i] + OCR_DIGITS[text[i]] + text[i + 1:])


# --renamed: a person whose recorded name changed between lists. One way per person, drawn:
# "han", a Chinese name given in a school or camp list (in characters or pinyin); "given", the
# patronymic dropped (the given name alone); "added", the grandfather's name added as a third part;
# "surname", a surname from the grandfather's given name instead of the father's.
RENAMINGS = ("han", "given", "added", "surname")
RENAMED_SHARE = 0.5  # the share of such a person's mentions that carry the changed name
HAN_SURNAMES = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "马": "Ma"}
HAN_MALE = {"建国": "Jianguo", "志强": "Zhiqiang", "伟": "Wei", "军": "Jun", "明": "Ming", "新华": "Xinhua"}
HAN_FEMALE = {"丽": "Li", "芳": "Fang", "海燕": "Haiyan", "红梅": "Hongmei", "霞": "Xia", "玉兰": "Yulan"}


def renamed_name(person: Person, how: str, grandfather: str, han: tuple[str, str], rng: random.Random) -> str:
    """The person's changed name (see RENAMINGS), written in one randomly chosen system."""
    if how == "han":
        return han[0] if rng.random() < 0.5 else han[1]
    if how == "surname":
        return render_name(Person(person.person_id, person.given, grandfather, person.female, person.birth,
                                  person.place, person.facility, person.detained), rng)
    system = rng.choice(SYSTEMS)
    if how == "given":
        return spell(person.given, person.given, person.female, system)[0].split("·")[0]
    first = spell(person.given, person.father, person.female, system)
    third = spell(grandfather, grandfather, False, system)[0].split("·")[0]
    return f"{first[0]}·{third}" if system == "chinese" else " ".join([*first, third])


# --filial: a family-search request naming the person by kinship to the father ("Aynur, daughter of
# Tursun"), in the writer's language: each form is (system the names are spelled in, template for a son,
# template for a daughter); {g} the given name, {f} the father's name, {fg} the father's name in the
# Russian genitive (-а, as a consonant-final name takes it). Chinese joins the characters.
FILIAL_FORMS = (
    ("english", "{g}, son of {f}", "{g}, daughter of {f}"),
    ("english", "{g} s/o {f}", "{g} d/o {f}"),
    ("uly", "{f} oghli {g}", "{f} qizi {g}"),
    ("uly", "{g} {f} oghli", "{g} {f} qizi"),
    ("kazakh", "{g} {f}ұлы", "{g} {f}қызы"),
    ("kazakh", "{f} ұлы {g}", "{f} қызы {g}"),
    ("russian", "{g}, сын {fg}", "{g}, дочь {fg}"),
    ("chinese", "{f}之子{g}", "{f}之女{g}"),
    ("chinese", "{f}的儿子{g}", "{f}的女儿{g}"),
    ("english", "{g}, fils de {f}", "{g}, fille de {f}"),
)


def filial_name(person: Person, rng: random.Random) -> str:
    """The person's name as a family-search request writes it (FILIAL_FORMS, one drawn)."""
    system, son, daughter = rng.choice(FILIAL_FORMS)
    if system == "chinese":
        given, father = spell(person.given, person.father, person.female, system)[0].split("·")
    else:
        given, father = spell(person.given, person.father, person.female, system)
    genitive = father + "а" if system == "russian" and father[-1] not in "аеиоуыэюяй" else father
    return (daughter if person.female else son).format(g=given, f=father, fg=genitive)


# --pet: the affectionate ending of a man's name (-jan) and of a woman's (-xan), in each system's
# spelling (Memetjan, Меметджан, Меметжан, مەمەتجان, 买买提江; Gulnarxan, Gulnarkhan, 古丽娜尔汗).
PET_ENDINGS = {False: ("jan", "江"), True: ("xan", "汗")}


def pet_name(person: Person, rng: random.Random) -> str:
    """The person's name with the given name in its affectionate form (PET_ENDINGS), in a system
    drawn as render_name draws it, given name first."""
    system = rng.choice(SYSTEMS)
    ending, han = PET_ENDINGS[person.female]
    names = MALE | FEMALE
    if system == "chinese":
        return f"{names[person.given]}{han}·{names[person.father]}"
    if system == "pinyin":
        from pypinyin import lazy_pinyin

        return " ".join("".join(lazy_pinyin(text)).capitalize() for text in (names[person.given] + han, names[person.father]))
    given = spell(person.given + ending, person.father, person.female, system)[0]
    return " ".join([given, *spell(person.given, person.father, person.female, system)[1:]])


def given_alone(person: Person, rng: random.Random) -> str:
    """The person's given name alone ("Gulnar", «Гульнар», 古丽娜尔), in a system drawn as
    render_name draws it: a family-search request naming a relative."""
    system = rng.choice(SYSTEMS)
    if system == "chinese":
        return (MALE | FEMALE)[person.given]
    return spell(person.given, person.father, person.female, system)[0]


# How lists compiled from Chinese documents, passports and police files spell a transcription in
# pinyin (--pinyin-lists; bench/names.py --pinyin): in capitals (MAIMAITI ABUDUKELIMU), capitalised,
# with tone marks (Mǎimǎití), run together without the dot (Maimaitiabudukelimu), a syllable a word
# (Mai Mai Ti A Bu Du Ke Li Mu).
PINYIN_STYLES = ("capitals", "capitalised", "tones", "joined", "syllables")


def pinyin_spelling(han: str, style: str) -> str:
    """A transcription in characters (买买提·阿不都克力木) spelt in pinyin in one of PINYIN_STYLES."""
    from pypinyin import Style, lazy_pinyin

    parts = [part for part in han.replace("・", "·").split("·") if part]
    syllables = [lazy_pinyin(part, style=Style.TONE if style == "tones" else Style.NORMAL) for part in parts]
    if style == "syllables":
        return " ".join(syllable.capitalize() for part in syllables for syllable in part)
    words = ["".join(part) for part in syllables]
    if style == "joined":
        return "".join(words).capitalize()
    if style == "capitals":
        return " ".join(word.upper() for word in words)
    return " ".join(word.capitalize() for word in words)


def pinyin_list_name(person: Person, rng: random.Random) -> str:
    """The person's name as a list compiled from Chinese documents writes it: the transcription of
    given name and father's name spelt in pinyin (`pinyin_spelling`, a style drawn from PINYIN_STYLES)."""
    names = MALE | FEMALE
    return pinyin_spelling(f"{names[person.given]}·{names[person.father]}", rng.choice(PINYIN_STYLES))


def degrade(mentions: list[Mention], truth: list[int], persons: list[Person], seed: int, ocr: float = 0.0,
            renamed: float = 0.0, filial: float = 0.0, alone: float = 0.0, pet: float = 0.0,
            pinyin: float = 0.0) -> list[Mention]:
    """The mentions with a share `renamed` of the persons renamed in some of their records, then a
    share `ocr` of the records read from scans (names by `ocr_name`, and OCR_BIRTH of those with an
    exact birth year by `ocr_year`). Seeded apart from the sample (its own random streams), so the
    same seed gives the same sample whatever the rates, and rates of 0 change nothing. A share
    `filial` of the records (drawn before the others) name the person as a family-search request
    does (`filial_name`); the renamed and OCR readings may then replace such a name. A share `alone`
    of the records name the person by the given name alone (`given_alone`), and a share `pet` by the
    given name's affectionate form (`pet_name`), and a share `pinyin` as a list compiled from Chinese
    documents (`pinyin_list_name`), each on its own stream, before the others."""
    from dataclasses import replace

    out = list(mentions)
    for share, stream, write in ((alone, "given alone", given_alone), (pet, "pet", pet_name),
                                 (pinyin, "pinyin lists", pinyin_list_name)):
        if share > 0:
            rng = random.Random(f"{stream} {seed}")
            for index, person_id in enumerate(truth):
                if rng.random() < share:
                    out[index] = replace(out[index], name=write(persons[person_id], rng))
    if filial > 0:
        rng = random.Random(f"filial {seed}")
        for index, person_id in enumerate(truth):
            if rng.random() < filial:
                out[index] = replace(out[index], name=filial_name(persons[person_id], rng))
    if renamed > 0:
        rng = random.Random(f"renamed {seed}")
        males = list(MALE)
        weights = [1 / (rank + 1) ** 0.9 for rank in range(len(males))]
        changes: dict[int, tuple] = {}
        for person in persons:
            if rng.random() < renamed:
                surname, given = rng.choice(list(HAN_SURNAMES.items())), rng.choice(
                    list((HAN_FEMALE if person.female else HAN_MALE).items()))
                han = (surname[0] + given[0], f"{surname[1]} {given[1]}")
                changes[person.person_id] = (rng.choice(RENAMINGS), zipf_choice(rng, males, weights), han)
        for index, person_id in enumerate(truth):
            if person_id in changes and rng.random() < RENAMED_SHARE:
                how, grandfather, han = changes[person_id]
                out[index] = replace(out[index], name=renamed_name(persons[person_id], how, grandfather, han, rng))
    if ocr > 0:
        rng = random.Random(f"ocr {seed}")
        for index, mention in enumerate(out):
            if rng.random() < ocr:
                birth = mention.birth_year
                if birth is not None and birth[0] == birth[1] and rng.random() < OCR_BIRTH:
                    year = ocr_year(birth[0], rng)
                    birth = (year, year)
                out[index] = replace(mention, name=ocr_name(mention.name, rng), birth_year=birth)
    return out


def make_sample(records: int, seed: int = 1, names: int | None = None, ocr: float = 0.0, renamed: float = 0.0,
                filial: float = 0.0, alone: float = 0.0, pet: float = 0.0,
                pinyin: float = 0.0) -> tuple[list[Mention], list[int], list[Person]]:
    """make_mentions(), and the invented persons (all of them, mentioned or not: the population
    the mentions were drawn from, indexed by person_id); `names` as in make_persons, `ocr` and
    `renamed`, `filial`, `alone`, `pet` and `pinyin` as in `degrade`."""
    rng = random.Random(seed)
    persons = make_persons(max(1, int(records / 1.9)), rng, names)
    mentions: list[Mention] = []
    truth: list[int] = []
    while len(mentions) < records:
        person = rng.choice(persons)
        birth = person.birth + (rng.choice((-1, 1)) if rng.random() < 0.1 else 0)
        birth_year: tuple[int, int] | None = (birth, birth)
        roll = rng.random()
        if roll < 0.25:
            birth_year = None
        elif roll < 0.32:
            birth_year = (birth - 2, birth + 2)  # "c. 1975"
        elif roll < 0.37:
            decade = birth // 10 * 10
            birth_year = (decade, decade + 9)  # "1970s"
        mentions.append(Mention(
            mention_id=f"m{len(mentions) + 1}",
            name=render_name(person, rng),
            gender=None if rng.random() < 0.3 else ("female" if person.female else "male"),
            birth_year=birth_year,
            hometown=None if rng.random() < 0.3 else render_place(person, rng),
            facility=None if rng.random() < 0.4 else person.facility,
            detained_year=None if (person.detained is None or rng.random() < 0.3) else
            (person.detained, person.detained),
        ))
        truth.append(person.person_id)
    if ocr or renamed or filial or alone or pet or pinyin:
        mentions = degrade(mentions, truth, persons, seed, ocr, renamed, filial, alone, pet, pinyin)
    return mentions, truth, persons


def make_mentions(records: int, seed: int = 1, names: int | None = None, ocr: float = 0.0, renamed: float = 0.0,
                  filial: float = 0.0, alone: float = 0.0, pet: float = 0.0,
                  pinyin: float = 0.0) -> tuple[list[Mention], list[int]]:
    """About `records` mentions and the person each one mentions.

    Args:
        records: the number of mentions.
        seed: the random seed; the same seed gives the same set.
        names: draw given names from only the commonest `names` of each sex (default: all).
        ocr: the share of records read from scans (`degrade`: glyph confusions, dropped
            diacritics, broken or merged words, a misread birth year); 0 to 1.
        renamed: the share of persons whose name changed in some records (`degrade`); 0 to 1.
        filial: the share of records naming the person by the father ("X, daughter of Y",
            `filial_name`); 0 to 1.
        pinyin: the share of records spelling the Chinese transcription in pinyin as lists compiled
            from Chinese documents do (`pinyin_list_name`); 0 to 1.
    Returns:
        (mentions, person id per mention).
    """
    mentions, truth, _ = make_sample(records, seed, names, ocr, renamed, filial, alone, pet, pinyin)
    return mentions, truth


def year_text(years: tuple[int, int] | None) -> str:
    """A year range as a spreadsheet would write it."""
    if years is None:
        return ""
    low, high = years
    if low == high:
        return str(low)
    if low % 10 == 0 and high == low + 9:
        return f"{low}s"
    return f"c. {(low + high) // 2}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--names", type=int, help="given names from only the commonest N of each sex "
                        "(a small name list: many namesakes)")
    parser.add_argument("--out", type=Path, help="write OUT/mentions.csv and OUT/truth.csv (the linkgen "
                        "generators' shape) instead of one CSV to stdout")
    add_degrading(parser)
    parser.add_argument("--unreadable-years", type=float, default=0.0, metavar="RATE", help="the share of exact "
                        "year cells written with their first or second digit misread, so that they are no year "
                        "(1950 -> 7950; the CSV only; seeded; default 0)")
    args = parser.parse_args()
    if args.names is not None and args.names < 1:
        parser.error("--names must be at least 1")
    check_degrading(parser, args)
    if not 0.0 <= args.unreadable_years <= 1.0:
        parser.error("--unreadable-years must be between 0 and 1")
    mentions, truth = make_mentions(args.records, args.seed, args.names, args.ocr, args.renamed, args.filial,
                                    args.given_alone, args.pet, args.pinyin_lists)
    unreadable = (args.unreadable_years, random.Random(f"unreadable years {args.seed}"))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        with open(args.out / "truth.csv", "w", newline="", encoding="utf-8") as stream:
            truth_writer = csv.writer(stream, lineterminator="\n")
            truth_writer.writerow(["mention_id", "person_id"])
            truth_writer.writerows((mention.mention_id, person) for mention, person in zip(mentions, truth, strict=True))
        stream = open(args.out / "mentions.csv", "w", newline="", encoding="utf-8")
    else:
        stream = sys.stdout
    write_mentions(stream, mentions, truth if not args.out else None, unreadable)
    if args.out:
        stream.close()


def add_degrading(parser: argparse.ArgumentParser) -> None:
    """The --ocr, --renamed, --filial, --given-alone, --pet and --pinyin-lists options (also bench/link.py's)."""
    parser.add_argument("--ocr", type=float, default=0.0, metavar="RATE", help="the share of records read "
                        "from scans: glyph confusions (rn/m, l/1, и/н, ш/щ), dropped diacritics, broken or "
                        "merged words, and a third of their exact birth years misread (seeded; default 0)")
    parser.add_argument("--renamed", type=float, default=0.0, metavar="RATE", help="the share of persons "
                        "whose name changed in half their records: a Chinese name, the patronymic dropped or "
                        "a grandfather's added, or a surname from the grandfather (seeded; default 0)")
    parser.add_argument("--filial", type=float, default=0.0, metavar="RATE", help="the share of records "
                        "naming the person by the father as family-search requests do: 'Aynur, daughter of "
                        "Tursun', 'Qadir oghli Ablet', Серік ұлы Ерлан, 'Айгуль, дочь Турсуна', 图尔逊之女… "
                        "(seeded; default 0)")
    parser.add_argument("--given-alone", type=float, default=0.0, metavar="RATE", help="the share of records "
                        "naming the person by the given name alone, as a family-search request names a "
                        "relative: 'Gulnar' (seeded; default 0)")
    parser.add_argument("--pet", type=float, default=0.0, metavar="RATE", help="the share of records writing "
                        "the given name in its affectionate form: -jan for a man, -xan for a woman (Memetjan, "
                        "Меметжан, 买买提江, Gulnarkhan; seeded; default 0)")
    parser.add_argument("--pinyin-lists", type=float, default=0.0, metavar="RATE", help="the share of records "
                        "spelling the Chinese transcription in pinyin as lists compiled from Chinese documents do: "
                        "MAIMAITI ABUDUKELIMU, Mǎimǎití, Maimaitiabudukelimu, Mai Mai Ti (seeded; default 0)")


def check_degrading(parser: argparse.ArgumentParser, args) -> None:
    """A clear error for a rate outside 0..1."""
    for option in ("ocr", "renamed", "filial", "given_alone", "pet", "pinyin_lists"):
        if not 0.0 <= getattr(args, option) <= 1.0:
            parser.error(f"--{option.replace('_', '-')} must be between 0 and 1")


def write_mentions(stream, mentions: list[Mention], truth: list[int] | None,
                   unreadable: tuple[float, random.Random] | None = None) -> None:
    """Mentions as the CSV of `guwah link-records`, with a person_id column where `truth` is given;
    `unreadable`: (share, its random stream) of exact year cells written as no year (`unreadable_year`)."""
    writer = csv.writer(stream, lineterminator="\n")
    columns = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]
    writer.writerow(columns + ["person_id"] if truth is not None else columns)

    def year_cell(years: tuple[int, int] | None) -> str:
        text = year_text(years)
        if unreadable and unreadable[0] and text.isdigit() and unreadable[1].random() < unreadable[0]:
            return unreadable_year(text, unreadable[1])
        return text

    for index, mention in enumerate(mentions):
        row = [mention.mention_id, mention.name, mention.gender or "", year_cell(mention.birth_year),
               mention.hometown or "", mention.facility or "", year_cell(mention.detained_year)]
        writer.writerow(row + [truth[index]] if truth is not None else row)


if __name__ == "__main__":
    main()
