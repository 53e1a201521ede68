"""Guwah's cross-script features of each mention, computed once per record in Python.

Names get their blocking keys (`guwah.names.name_keys`), places their gazetteer id
(`guwah.places.resolve_place`); both are cached per distinct spelling, so a list that names the
same town ten thousand times resolves it once. DuckDB then compares these columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from guwah.errors import InputError, english_ngettext
from guwah.link.mentions import Mention
from guwah.names.inflection import fold
from guwah.places.gazetteer import LOCAL_LEVELS, ethnonyms, is_local_word, level_words
from guwah.vocab import euphemism_words

UNRESOLVED = "?"  # prefix of a place the gazetteer does not know: compared by its folded spelling
# The gazetteer id of the region the persons come from. A hometown outside it (Almaty, Istanbul)
# is where a witness lives now, which lists put in the same column: it neither agrees nor
# disagrees with a hometown inside it, so only hometowns inside it can contradict each other.
HOMELAND = "xj"


# Separators between the levels of an address: the comma (Latin, Arabic, Chinese), the
# semicolon, the slash, and a dash between spaces ("Bayingolin - Luntai County").
ADDRESS_SEPARATORS = re.compile(r"[,،，、;؛/]|\s[-–—]\s")
# Turkish spelling of Uyghur and Kazakh place names: c for j, ç for ch, ş for sh, ğ for gh
# ("Gulca" is Ghulja).
TURKISH_READING = str.maketrans({"c": "j", "C": "J", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ğ": "gh"})
# The ends of administrative units in a Chinese address, which is written as one run of
# characters from the largest unit down: 新疆喀什地区喀什市 (region, prefecture, city),
# 墨玉县赛热克坎提镇 (county, town), 新和县塔什巴扎尔乡18村 (county, township, village).
HAN_UNIT = re.compile(r".+?(?:自治区|自治州|自治县|地区|市|县|区|州|乡|镇|村)")


@lru_cache(maxsize=65536)
def place_id(text: str) -> str:
    """A place's gazetteer id, or UNRESOLVED + its folded spelling when the gazetteer has no match.

    An address of several levels resolves to its most specific level that the gazetteer knows,
    when the levels it knows agree (one inside the other): levels separated by commas ("Toqsu,
    Aksu Prefecture", "ئاقسۇ، كۇچا"), slashes or dashes (ADDRESS_SEPARATORS), by spaces ("Aksu
    Kucha", "قەشقەر قاغىلىق": see `_spaced_address`), or run together in Chinese (see HAN_UNIT;
    乌鲁木齐天山区: two known names end to end); a spaced address that begins with a known place
    and goes on with township and village names it does not know is read as that place
    ("Gongliu Yarbagh yëziliqi": see `_spaced_address`). A GeoNames town or a place abroad beside a
    division of the homeland is a township of it ("Makit, Yantak", "Toli, Bostan": see
    `_address_reading`). A name in Turkish spelling is read as its
    Uyghur Latin form when that is known (TURKISH_READING: "Gulca" is Ghulja).
    """
    found = _resolve(text)
    if found is not None:
        return found
    if ADDRESS_SEPARATORS.search(text):
        # "Toqsu, Aksu Prefecture": the most specific part that resolves, if the parts agree.
        parts = [(place_id(part.strip()), _is_local(part)) for part in ADDRESS_SEPARATORS.split(text) if part.strip()]
        found = _address_reading([(place, local) for place, local in parts if not place.startswith(UNRESOLVED)])
    elif has_han(text):
        found = _han_address(text.replace(" ", ""))
    elif text.translate(TURKISH_READING) != text and _resolve(text.translate(TURKISH_READING)):
        found = _resolve(text.translate(TURKISH_READING))
    elif len(text.split()) > 1:
        found = _spaced_address(text.split())
    return found if found is not None else UNRESOLVED + " ".join(fold(text).split())


@lru_cache(maxsize=65536)
def _resolve(text: str, strict: bool = False) -> str | None:
    """The gazetteer id resolve_place gives the text, or None; `strict`: only a match of at
    least FUZZY_BEST (no fuzzy pass), for the pieces of an address, which are many and short."""
    from guwah.places import resolve_place
    from guwah.places.resolve import FUZZY_BEST

    try:
        resolution = resolve_place(text, at_least=FUZZY_BEST if strict else None)
    except InputError:
        return None
    if resolution is None or resolution.match is None:
        return None
    if strict and (resolution.score or 0.0) < FUZZY_BEST:
        return None
    return resolution.match.id


# The most words an address may hold after the place it begins with, to be read as that place
# (its township, village and their level words: "Yantaq yëziliqi 11-kent" is three).
LOCAL_UNITS_READ = 4
# Words that end the name of a township, town or village, or name a county's level after its
# name, as lists write them: the words of those levels in `guwah.places.gazetteer.LEVEL_WORDS`
# (Uyghur in Arabic script and in Latin, Turkish, Kazakh, Russian, pinyin, English, German),
# folded. The extractor reads the same table (`guwah.extract.turkic.LOCAL_WORDS`).
LOCAL_UNIT_WORDS = frozenset(fold(word) for word, levels in level_words().items()
                             if levels & (LOCAL_LEVELS | {"county"}))


def _spaced_address(words: list[str]) -> str | None:
    """Levels a space apart ("Aksu Kucha", "Qeshqer Qeshqer Yarkent", "Тарбағатай Дөрбілжін
    ауданы Қызылтас"): from the left, the longest run of up to three words that names a place
    (strictly: `_resolve`), else the word is passed over. The address is read when every word is
    in a place, or when two places or more were found and at most as many words passed over;
    then the most specific, if they agree. An address that begins with a place and goes on with
    at most LOCAL_UNITS_READ words naming smaller units of it (`_local_units`) is read as the most
    specific place found inside the first (docs/benchmarks.md, twenty-first linking round)."""
    found, skipped, at, after = [], 0, 0, None
    while at < len(words):
        for size in (3, 2, 1):
            if at + size <= len(words) and (size < len(words) or at > 0):
                place = _resolve(" ".join(words[at:at + size]), True)
                if place is not None:
                    if at == 0:
                        after = words[size:]  # the words after a place the address begins with
                    found.append(place)
                    at += size
                    break
        else:
            skipped += 1
            at += 1
    if after and len(after) <= LOCAL_UNITS_READ and _local_units(after):
        # The largest unit first, then smaller ones ("Kargilik Yarbagh township 14", "Gongliu
        # Yarbagh yëziliqi"): a township or village in a county is at least in that county. A
        # later word read as a place outside the first is a township whose name is also another
        # place's ("Kucha nahiyisi Bostan yëziliqi": Bostan is also Boston).
        return _most_specific([place for place in found if nested(place, found[0])])
    if not found or (skipped and (len(found) < 2 or skipped > len(found))):
        return None
    return _address_reading([(place, False) for place in found])


def nested(a: str, b: str) -> bool:
    """Same place, or one inside the other (gazetteer ids are dotted paths)."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _local_units(words: list[str]) -> bool:
    """Whether words after a place name smaller units of it: a name of its own (a word that is
    no unit word and no number) and a unit word (LOCAL_UNIT_WORDS) or a number ("Yarbagh
    yëziliqi", "Qumbagh 14-kent"); a unit word alone ("Ailixihu Township") is the place's own."""
    unit = [fold(word) in LOCAL_UNIT_WORDS or any(char.isdigit() for char in word) for word in words]
    return any(unit) and not all(unit)


# The words of units below a county alone (LOCAL_LEVELS; not "kenti", also a city in Turkish).
LOCAL_ONLY_WORDS = frozenset(fold(word) for word, levels in level_words().items() if levels <= LOCAL_LEVELS)


def _is_local(part: str) -> bool:
    """Whether a part of an address names a township, town or village: a word of LOCAL_ONLY_WORDS
    ("Yantaq township", "Bostan yëzisi") or one that sounds like it (`is_local_word`: «Еңибағ
    базири»), or a Chinese name ending in 乡, 镇 or 村."""
    part = part.strip()
    if has_han(part):
        return part[-1:] in HAN_LOCAL_ENDS
    return any(fold(word) in LOCAL_ONLY_WORDS or is_local_word(word) for word in part.split()[1:])


def _address_reading(known: Sequence[tuple[str, bool]]) -> str | None:
    """The place an address names, from its levels the gazetteer knows: (id, local) per level,
    local for a township, town or village (`_is_local`, 乡/镇/村). The most specific level, when
    they agree (`_most_specific`), after three kinds of level are read as townships:

    - a local level outside the larger levels beside it is one whose name is also another place's
      ("Yantaq township, Lop county": Yantak is also a township of Makit): left out;
    - a GeoNames town (`is_geonames_town`) beside a curated division is a township of it, whether
      or not GeoNames puts it there: left out, so that "Makit, Yantak" and "Lop, Yantak" read as
      the county alone (beside other towns only, a town is a level as before: "Yantaq township,
      Saven county", where GeoNames holds Saven as a town). A town's county in the gazetteer is
      the nearest county seat (an approximation: `guwah.places.geonames`), and township names
      repeat from county to county;
    - a place abroad beside a level in HOMELAND is a township named like it ("Toli, Bostan": Bostan
      is also Boston; 博州…乡, where 博州 sounds like Fuzhou): left out.

    A GeoNames town with no larger level beside it ("Yantak", "Yantak, 4-kent") stays the town:
    outside the homeland's dotted ids, so it contradicts no county (`home_place`): its county is
    a guess. None if nothing is known or two levels disagree.
    """
    if any(in_homeland(place) for place, _ in known):
        known = [(place, local) for place, local in known if in_homeland(place) or is_geonames_town(place)]
    marked = list(known)
    if any(not local and not is_geonames_town(place) for place, local in marked):
        # a division beside it: a town is a township (outside the division's dotted id, so left out)
        marked = [(place, local or is_geonames_town(place)) for place, local in marked]
    larger = [place for place, local in marked if not local]
    return _most_specific([place for place, local in marked
                           if not local or all(nested(place, other) for other in larger)])


@lru_cache(maxsize=4096)
def is_geonames_town(place: str) -> bool:
    """Whether a gazetteer id is a town of the homeland that GeoNames adds (`guwah.places.geonames`:
    a populated place under the nearest county seat), not a curated division."""
    from guwah.places import gazetteer

    entry = gazetteer().entries.get(place)
    return entry is not None and entry.source == "geonames" and entry.kind == "town"


def in_homeland(place: str) -> bool:
    """Whether a gazetteer id is HOMELAND or a division inside it (a dotted id under it)."""
    return place == HOMELAND or place.startswith(HOMELAND + ".")


def _most_specific(ids: Sequence[str | None]) -> str | None:
    """The most specific of gazetteer ids that all agree (each the same as, or inside, it); None
    if there is none or two disagree."""
    known = sorted((found for found in ids if found), key=len, reverse=True)
    if known and all(known[0] == other or known[0].startswith(other + ".") for other in known):
        return known[0]
    return None


def _han_address(text: str) -> str | None:
    """A Chinese address run together: the most specific of its units that the gazetteer knows,
    when those agree (see HAN_UNIT; a unit it does not know, a township or village, is passed
    over). A run without unit ends is tried as two known names end to end (乌鲁木齐天山区)."""
    units = HAN_UNIT.findall(text)
    rest = text[sum(map(len, units)):]
    if rest:
        units.append(rest)
    if len(units) > 1:
        found = [_han_address(unit) for unit in units]
        # A township or village outside the county before it is one whose name is also another
        # place's (民丰县燕塔克乡: Yantak is also a township of Makit): the county is kept.
        return _address_reading([(place, unit[-1] in HAN_LOCAL_ENDS)
                                 for place, unit in zip(found, units, strict=True) if place])
    if _resolve(text, True):
        return _resolve(text, True)
    for cut in range(2, len(text) - 1):
        head, tail = _resolve(text[:cut], True), _resolve(text[cut:], True)
        if head and tail and _most_specific((head, tail)):
            return _most_specific((head, tail))
    if text[-1] in HAN_LOCAL_ENDS:
        # A county's short name and a township of it, run together (莎车巴依亚尔乡: Yarkant's
        # Bayyar township): the longest name the gazetteer holds as written (not only by its
        # sound: 阔纳 sounds like Nilka) that leaves a township name of two characters or more;
        # a township named as a whole (阿克苏乡) is no county.
        for cut in range(len(text) - 3, 1, -1):
            head = _named(text[:cut])
            if head is not None:
                return head
    return None


def _named(text: str) -> str | None:
    """The gazetteer id of a name the gazetteer holds as written, or without its level words
    (`guwah.places.named_place`, which search reads place words through too), else None."""
    from guwah.places import named_place

    return named_place(text)


# The ends of a township (乡), town (镇) and village (村) in a Chinese address.
HAN_LOCAL_ENDS = frozenset("乡镇村")


def has_han(text: str) -> bool:
    """True when the text holds Chinese characters (`guwah.places.gazetteer.has_han`)."""
    from guwah.places.gazetteer import has_han as han

    return han(text)


# The regional capital: people from every county live, study and work there, and lists give it
# as a person's home as often as their county of origin. It never contradicts another hometown.
CAPITAL = "xj.urumqi"


def home_place(hometown: str | None) -> str | None:
    """The hometown's gazetteer id where it can contradict another's: resolved, and inside
    HOMELAND. None for a missing, unresolved or foreign hometown (unknown, not different), for a
    place in the capital (CAPITAL: people from every county live and work there, and lists give
    it as home), and for a facility's place (people are held far from home as well as near it)."""
    return _home_of(place_id(hometown)) if hometown else None


def _home_of(found: str) -> str | None:
    """`home_place` of a hometown whose `place_id` is `found`: a division made from another
    (`PlaceEntry.formed_from`: Khorgas from Huocheng) is given as the one it was made from, so
    that a home named under the old or the new name is the same home. One made from parts of
    several is given as the smallest unit of dotted id that holds them all (their common id
    prefix: a prefecture, or the homeland itself), which is neither the same as nor inside
    another of its origins but holds each of them, so it contradicts none of them
    (`linker.HOMES_DIFFER`) and still contradicts a home outside them all."""
    if not in_homeland(found):
        return None
    if found == CAPITAL or found.startswith(CAPITAL + "."):
        return None
    from guwah.places.gazetteer import curated_gazetteer

    roots = curated_gazetteer().lineage(found)
    if len(roots) == 1:
        return roots[0]
    shared: list[str] = []
    for segment in zip(*(root.split(".") for root in roots), strict=False):
        if len(set(segment)) > 1:
            break
        shared.append(segment[0])
    return ".".join(shared) or None


# A home below its county: the township (乡, 镇, yëziliqi, köyü, township, Gemeinde, волость…) a
# hometown cell names after its county, and the village's number there ("Yantaq yëziliqi
# 11-kent", 莎车县托格热克乡12村, «Саван, Янтақ, 9-ауыл»). The gazetteer stops at the county, so
# before this two namesakes of one county were of one home whatever their townships; a township
# appended to the county's id (TOWNSHIP, then the village's number as one more level) makes two
# townships of one county disagree where the gazetteer's ids are compared (`nested`), and a home
# given to the county alone agree with both.
TOWNSHIP = "~"
# Every level word of the gazetteer (county, township, village, prefecture…), folded: words of
# an address that name a level, not a place.
ALL_LEVEL_WORDS = frozenset(fold(word) for word in level_words())
NUMBER = re.compile(r"\d+")
# The fewest letters of a township's name ("AP" in "Ili Kazakh AP" is none), and the peoples that
# autonomous divisions are named after ("Ili Kazakh AP"): words that are no township.
MIN_TOWNSHIP = 3
# How alike (rapidfuzz's ratio, 0-100) two keys of townships of one home are to be one township.
TOWNSHIP_ALIKE = 80
ETHNONYMS = frozenset(fold(word) for word in ethnonyms())
# A word of an address with a number: the number alone, or run into a level word by a dash
# ("11-kent", "9-ауыл", "18-كەنت").
NUMBERED_WORD = re.compile(r"(\d+)(?:-(\w+))?")


@lru_cache(maxsize=65536)
def local_unit(hometown: str, found: str) -> tuple[frozenset[str], int | None] | None:
    """The township a hometown cell names below its county, and its village's number: (the
    township name's whole-name keys, `guwah.names.name_keys`, one set across scripts; the number
    or None), or None where no township can be told apart.

    `found` is the cell's `place_id`; only a county (or a city of county level: an id of three
    levels or more) is read. The township is the one word of the cell that is no level word
    (ALL_LEVEL_WORDS), no number and not a name of the county or of a place holding it; in a
    Chinese address, the unit ending in 乡 or 镇 after the county's units (HAN_UNIT). A cell with
    two such words or none has no township ("Kashgar, Bostan" names a prefecture; in «Саван,
    Янтақ» the county is not known). The village's number is the cell's one number, read only
    with a township."""
    if found.count(".") < 2 or not in_homeland(found):
        return None
    numbers = NUMBER.findall(hometown)
    village = int(numbers[0]) if len(numbers) == 1 else None
    if has_han(hometown):
        name = _han_township(hometown.replace(" ", ""), found)
    else:
        name = _latin_township(hometown, found)
    if name is None:
        return None
    from guwah.names.keys import own_keys

    keys = frozenset(key[2:] for key in own_keys(name) if key.startswith("n:"))
    return (keys, village) if keys else None


def _han_township(text: str, found: str) -> str | None:
    """The township of a Chinese address after its county's units: the one unit ending in 乡 or
    镇 that follows a unit of the county or a place holding it, without that ending."""
    units = HAN_UNIT.findall(text)
    towns = [number for number, unit in enumerate(units) if unit[-1] in "乡镇" and len(unit) > 2]
    if len(towns) != 1 or towns[0] == 0:
        return None
    # the unit before it names the county itself: a county's short name run into the township
    # (疏附库克塔里镇, after 喀什地区) is no township's name
    if _han_address("".join(units[:towns[0]])) != found:
        return None
    return units[towns[0]][:-1]


def _latin_township(text: str, found: str) -> str | None:
    """The township of an address in letters (any script but Chinese): its one word that is no
    level word, no number and names no place nested with `found` (alone or with the next word:
    a county's name of two words), where another word does name such a place."""
    words = [word.strip(".,()'\"") for word in ADDRESS_SEPARATORS.sub(" ", text).split()]
    left: list[str] = []
    named = False  # whether a word names the place: else the place was read from the whole cell
    at = 0
    while at < len(words):
        word = words[at]
        numbered = NUMBERED_WORD.fullmatch(word)
        if not word or (numbered and (not numbered.group(2) or fold(numbered.group(2)) in ALL_LEVEL_WORDS)):
            at += 1
            continue
        if any(char.isdigit() for char in word):
            return None  # a number run into a word the address does not explain
        if fold(word) in ALL_LEVEL_WORDS:
            at += 1
            continue
        if at + 1 < len(words) and _names_found(f"{word} {words[at + 1]}", found):
            named, at = True, at + 2
            continue
        if _names_found(word, found):
            named, at = True, at + 1
            continue
        if len(word) < MIN_TOWNSHIP or fold(word) in ETHNONYMS:
            return None  # an abbreviation ("Ili Kazakh AP") or a people's name, not a township
        left.append(at)
        at += 1
    # "Kreis Maralbeschi" is the county read as a whole, loosely: no word of it names the
    # county strictly, and the word left is the county's name, not a township's.
    if not named or len(left) != 1:
        return None
    # The word must be marked as a township: a word of a unit below a county or a village's
    # number beside it ("Bostan yëziliqi", "Gemeinde Bostan", «Янтақ, 9-ауыл»). A word left
    # unmarked may be a name of the county the gazetteer lacks («Тарбағатай, Қобықсар ауданы»)
    # or of a level ("Kizilsu Kirghiz Autonomous Prefecture").
    at = left[0]
    if not any(_marks_township(words[near]) for near in (at - 1, at + 1) if 0 <= near < len(words)):
        return None
    return words[at]


def _marks_township(word: str) -> bool:
    """Whether a word beside another marks that one as a township's name: a word of a unit
    below a county (LOCAL_ONLY_WORDS: township, yëziliqi, köyü, Gemeinde, ауылы, يېزىسى) or a
    village's number ("9-ауыл", "18-كەنت", "7")."""
    return fold(word) in LOCAL_ONLY_WORDS or NUMBERED_WORD.fullmatch(word) is not None


def _names_found(text: str, found: str) -> bool:
    """Whether the words name `found` or a place holding it or inside it (strictly, or in their
    Turkish reading: TURKISH_READING)."""
    place = _resolve(text, True) or _resolve(text.translate(TURKISH_READING), True)
    return place is not None and nested(place, found)


def settle_townships(units: dict[str, tuple[str, tuple[frozenset[str], int | None]]]) -> dict[str, str]:
    """The home of each hometown cell that names a township (`local_unit`), given (its home, its
    unit) per cell: the home, TOWNSHIP and the township, then the village's number as one more
    level ("xj.kashgar.yarkant.~DKLK.12").

    One township's spellings in several scripts give keys that overlap, not always one key
    (燕塔克 and Yantaq), or keys that differ by a consonant (英吉库木 and Yengiqum), so within each
    home the townships whose keys overlap or are alike (TOWNSHIP_ALIKE), directly or through
    others, are one township, named by the least of their keys: two spellings are two townships
    only where no key joins them (a link too many only makes two townships one)."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(node):
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(a, b) -> None:
        a, b = find(a), find(b)
        if a != b:
            keep, gone = sorted((a, b))
            parent[gone] = keep

    by_home: dict[str, set[str]] = {}
    for home, (keys, _) in units.values():
        for key in keys:
            union((home, min(keys)), (home, key))
        by_home.setdefault(home, set()).update(keys)
    # Keys of one township read from characters and from letters can differ by a consonant
    # (英吉库木 NCKM, Yengiqum NCM; 苏库里 SK, Suköl SKL): keys that alike are one township too.
    from rapidfuzz.fuzz import ratio

    for home, keys in by_home.items():
        ordered = sorted(keys)
        for number, key in enumerate(ordered):
            for other in ordered[number + 1:]:
                if ratio(key, other) >= TOWNSHIP_ALIKE:
                    union((home, key), (home, other))
    settled = {}
    for cell, (home, (keys, village)) in units.items():
        township = f"{home}.{TOWNSHIP}{find((home, min(keys)))[1]}"
        settled[cell] = township if village is None else f"{township}.{village}"
    return settled


@lru_cache(maxsize=65536)
def facility_place(text: str) -> str | None:
    """The gazetteer id of the place a facility is named after ("Qizilsu camp No. 4" → Qizilsu,
    "тюрьма Куча" → Kuqa, 莎车县教育转化培训中心 → Yarkant), or None: its first three, two or one
    words, the first that resolves to one place; else the words left without the facility's kind
    words (FACILITY_KIND_WORDS); in Chinese, the address before its type words (HAN_FACILITY_KINDS)."""
    if has_han(text):
        found = HAN_FACILITY_TAIL.search(text.replace(" ", ""))
        head = text.replace(" ", "")[:found.start()] if found else ""
        return _han_address(head) if len(head) >= 2 else None
    words = text.split()
    for count in (3, 2, 1):
        if len(words) > count:
            found = _resolve(" ".join(words[:count]))
            if found is not None:
                return found
    rest = [word for word in words if fold(word).strip(".,()") not in FACILITY_KIND_WORDS | PREPOSITIONS]
    return _resolve(" ".join(rest)) if rest and len(rest) < len(words) else None


def area(hometown: str | None, facility: str | None) -> str | None:
    """Where a mention places the person: the hometown's place id, or, without a hometown, the
    place its facility is named after (people are mostly held near home). None if neither."""
    if hometown:
        return place_id(hometown)
    return facility_place(facility) if facility else None


# What lists write in a facility cell when they know only the kind of place: "camp",
# "re-education camp", "an internment camp", «лагерь», "toplama kampı", لاگېر, 教培中心. Such a
# cell names no facility: two people "in a camp" are not held in one place. The state's words for a
# camp are the `kind_words` and `noun_words` of vocab/euphemisms.yaml (en, fr, ru; zh below); the
# plain words for a place of custody, the other languages' and the pinyin here.
FACILITY_KIND_WORDS = frozenset(fold(word) for word in (
    *euphemism_words("kind_words", ("en", "fr", "ru")), *euphemism_words("noun_words", ("en", "fr", "ru")),
    "a", "an", "the", "some", "unknown", "camps", "detention", "and", "prison", "jail", "lagér", "lagër",
    "lager", "лагерь", "лагер", "лагері", "лагеря", "тюрьма", "түрме", "türme", "turme", "kamp", "kampı", "kampi",
    "toplama", "eğitim", "merkezi", "لاگېر", "لاگېرى", "تۈرمە", "قاماقخانا", "jiaopei", "zhongxin", "jianyu",
    "kanshousuo"))
# The same in Chinese: the type words of a facility, run together (教育转化培训中心); the state's words
# from euphemisms.yaml (zh), the other kinds of site and the determiners here.
HAN_FACILITY_WORDS = "(?:" + "|".join(map(re.escape, (
    *euphemism_words("kind_words", ("zh",)), *euphemism_words("noun_words", ("zh",)),
    "看守所", "拘留所", "拘押所", "监狱", "某", "一个", "一所"))) + ")"
HAN_FACILITY_KINDS = re.compile(f"^{HAN_FACILITY_WORDS}+$")
HAN_FACILITY_TAIL = re.compile(f"{HAN_FACILITY_WORDS}+$")
PREPOSITIONS = frozenset(("в", "во", "in", "at", "near", "of"))


def stated(text: str | None) -> str | None:
    """A place or facility cell as written, or None where it says nothing: empty, or a marker
    of the unknown ("-", "?", "n/a", "unknown", 不详: `mentions.UNKNOWN`)."""
    from guwah.link.mentions import UNKNOWN

    value = (text or "").strip()
    if not any(char.isalnum() for char in value) or value.casefold() in UNKNOWN:
        return None
    return value


def facility_key(text: str | None) -> str | None:
    """A facility name folded for comparison (case, diacritics and spacing ignored), or None
    for a cell that names no facility: unknown (`stated`), or only the kind of one
    (FACILITY_KIND_WORDS, HAN_FACILITY_KINDS: "re-education camp", «лагерь», 教培中心)."""
    value = stated(text)
    if value is None:
        return None
    words = fold(value).replace("-", " ").split()
    if all(word.strip(".,()") in FACILITY_KIND_WORDS for word in words):
        return None
    if HAN_FACILITY_KINDS.match(value.replace(" ", "")):
        return None
    return " ".join(fold(value).split())


def feature_columns(mentions: Sequence[Mention], tick: Callable[[int], None] | None = None,
                    keys_by_name: dict[str, list[str]] | None = None,
                    places: dict[tuple, tuple] | None = None) -> tuple[dict[str, list], list[list[str]]]:
    """Columns for DuckDB, one value per mention, and each mention's name blocking keys.

    Args:
        mentions: the mentions; their position is their `uid`.
        tick: called with the number of mentions done, every 10,000 (for progress).
        keys_by_name: names' keys already made (`linker.name_features`); the others are made here.
        places: place columns already made (`place_columns`); the others are made here.
    Returns:
        (columns by name, keys per mention). Columns: uid, whole (the first whole-name key),
        gender, birth_lo, birth_hi, place (see `area`), facility, detained_lo, detained_hi (the
        span of every year of detention), detained (those years: `Mention.detention_years`),
        detained_near (each of them and the years either side, for "a year apart"), home (see
        `home_place`), script (of the name as written: `guwah.names.detect_script`).
    """
    from guwah.names import detect_script
    from guwah.names.keys import BRIDGE, keys_many

    columns: dict[str, list] = {name: [] for name in (
        "uid", "whole", "gender", "birth_lo", "birth_hi", "place", "facility", "detained_lo", "detained_hi", "detained",
        "detained_near", "home", "script")}
    keys: list[list[str]] = []
    known: dict[str, list[str]] = dict(keys_by_name or {})  # keys per distinct spelling: lists repeat names
    scripts: dict[str, str] = {}  # script per distinct spelling
    # place columns per distinct (hometown, facility) cells, townships settled over the input
    places = place_columns(mentions) if places is None else places
    for uid, mention in enumerate(mentions):
        name_key_list = known.get(mention.name)
        if name_key_list is None:
            name_key_list = known[mention.name] = keys_many([mention.name], marked=True)[0]
        keys.append(name_key_list)
        columns["uid"].append(uid)
        columns["whole"].append(next((key for key in name_key_list if key.startswith("n:") and key[-1:] != BRIDGE), None))
        columns["gender"].append(mention.gender)
        birth = mention.birth_year or (None, None)
        columns["birth_lo"].append(birth[0])
        columns["birth_hi"].append(birth[1])
        cell = (mention.hometown, mention.facility)
        place, facility, home = places.get(cell) or places.setdefault(cell, _places(*cell))
        columns["place"].append(place)
        columns["facility"].append(facility)
        detained = mention.detention_years()
        columns["detained_lo"].append(detained[0] if detained else None)
        columns["detained_hi"].append(detained[-1] if detained else None)
        columns["detained"].append(list(detained) if detained else None)
        columns["detained_near"].append(sorted({year + step for year in detained for step in (-1, 0, 1)})
                                        if detained else None)
        columns["home"].append(home)
        script = scripts.get(mention.name)
        if script is None:
            script = scripts[mention.name] = detect_script(mention.name)
        columns["script"].append(script)
        if tick is not None and (uid + 1) % 10_000 == 0:
            tick(uid + 1)
    return columns, keys


def place_columns(mentions: Sequence[Mention]) -> dict[tuple, tuple]:
    """The place, facility and home columns (`feature_columns`) per distinct (hometown, facility)
    pair of the mentions' cells (the linker makes them while its workers read the names); each
    distinct hometown is read once, each distinct facility once."""
    places: dict[tuple, tuple] = {}
    # Per cell, not only per pair: a hometown comes with many facilities, and at 1,000,000
    # mentions the distinct hometowns (167,307 in G) outgrow place_id's cache, so a pair's
    # hometown was resolved again.
    homes: dict[str | None, tuple] = {}
    facilities: dict[str | None, tuple] = {}
    for mention in mentions:
        cell = (mention.hometown, mention.facility)
        if cell not in places:
            places[cell] = _places(*cell, homes=homes, facilities=facilities)
    # A home below its county, where the cell names a township (`local_unit`), is settled over
    # every cell of the input at once: one township's spellings are joined by their keys.
    townships = settle_townships({cell: (home, unit) for cell, (_, home, unit) in homes.items() if unit is not None})
    if townships:
        places = {cell: (place, facility, townships.get(cell[0], home))
                  for cell, (place, facility, home) in places.items()}
    return places


def _places(hometown: str | None, facility: str | None, homes: dict | None = None,
            facilities: dict | None = None) -> tuple[str | None, str | None, str | None]:
    """The place, facility and home columns of one mention's hometown and facility cells (see
    `feature_columns`): computed once per distinct pair of cells. `homes` and `facilities`: what
    is known of each hometown cell (its place id, its `home_place`) and facility cell (its
    `facility_key`, the place it is named after), filled as they are read."""
    homes = {} if homes is None else homes
    facilities = {} if facilities is None else facilities
    home = homes.get(hometown) or homes.setdefault(hometown, _hometown_cell(hometown))
    held = facilities.get(facility) or facilities.setdefault(facility, _facility_cell(facility))
    # as area(): the hometown's place, else the place its facility is named after
    place = home[0] if home[0] is not None else held[1]
    return place, held[0], home[1]


def _hometown_cell(hometown: str | None) -> tuple[str | None, str | None, tuple | None]:
    """A hometown cell's place id (None where it states nothing: `stated`), its `home_place`,
    and the township it names below a home of county level (`local_unit`; else None)."""
    value = stated(hometown)
    found = place_id(value) if value else None
    home = _home_of(found) if found is not None else None
    unit = local_unit(value, found) if home is not None and home.count(".") >= 2 else None
    return found, home, unit


def _facility_cell(facility: str | None) -> tuple[str | None, str | None]:
    """A facility cell's `facility_key` and the place it is named after (None where it names no
    facility: only kind words, or nothing)."""
    key = facility_key(facility)
    return key, (facility_place(facility) if key and facility else None)


def _years(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[str, str]:
    if a is None or b is None:
        return "missing", ""
    gap = max(a[0] - b[1], b[0] - a[1], 0)
    if gap == 0:
        return "agrees", ""
    return ("a year apart" if gap == 1 else "differs"), english_ngettext("%d year apart", "%d years apart", gap) % gap


def pair_reasons(a: Mention, b: Mention) -> list[dict[str, str]]:
    """Why a pair is worth a reviewer's look, field by field, as the linker's features see it.

    Returns [{"field", "level", "detail"}] for name, gender, birth year, hometown, facility and
    year of detention; level is "agrees", "differs", "missing" (on either side) or, for years, "a
    year apart"; the name's detail is the Guwah name score. Levels and scores only: no name,
    place or date is copied into a reason, so a reason can be shown wherever the pair is.
    """
    from guwah.names import compare_names
    from guwah.names.settings import SAME_NAME

    score = compare_names(a.name, b.name)
    reasons = [{"field": "name", "level": "agrees" if score >= SAME_NAME else "similar",
                "detail": f"name score {score:.2f}"}]

    def same(field: str, x, y) -> None:
        level = "missing" if x is None or y is None else ("agrees" if x == y else "differs")
        reasons.append({"field": field, "level": level, "detail": ""})

    same("gender", a.gender, b.gender)
    level, detail = _years(a.birth_year, b.birth_year)
    reasons.append({"field": "birth year", "level": level, "detail": detail})
    same("hometown", area(stated(a.hometown), facility_key(a.facility) and a.facility),
         area(stated(b.hometown), facility_key(b.facility) and b.facility))
    same("facility", facility_key(a.facility), facility_key(b.facility))
    # The closest pair of the two sides' detentions, as the linker compares them.
    held_a, held_b = a.detention_years(), b.detention_years()
    closest = min(((x, y) for x in held_a for y in held_b), key=lambda pair: abs(pair[0] - pair[1]), default=None)
    level, detail = _years(*(((year, year) for year in closest) if closest else (None, None)))
    reasons.append({"field": "year of detention", "level": level, "detail": detail})
    return reasons
