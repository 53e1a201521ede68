"""The curated gazetteer: Xinjiang's divisions, its neighbours, and name keys in every script.

The table (`data/xinjiang.yaml`) is written by hand; see `data/README.md` for its sources and
rules. This module reads it, answers questions about the hierarchy and distances, and turns a
name written in any script into the keys the resolver indexes:

- `exact_key`: case-, diacritic- and punctuation-insensitive, script kept (Chinese characters
  simplified);
- `to_latin`: Uyghur Arabic, Kazakh/Russian/Uyghur Cyrillic and Turkish Latin letters to plain
  ASCII, through `guwah.names`' script conversion (Chinese characters are read with pypinyin by
  the index);
- `fold`: a loose phonetic key, one per reading of the letters q and x (ULY q = k, x = kh;
  pinyin and the PRC's place-name romanisation q = ch, x = sh).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from guwah.errors import InputError

PREFECTURE_LEVEL = frozenset({"prefecture_city", "prefecture", "autonomous_prefecture"})
COUNTY_LEVEL = frozenset({"district", "county_city", "county", "autonomous_county", "xpcc_city"})
CITY_KINDS = frozenset({"prefecture_city", "county_city", "xpcc_city", "city"})
COUNTY_KINDS = frozenset({"county", "autonomous_county"})
KINDS = (
    "country", "region", "province", *sorted(PREFECTURE_LEVEL), *sorted(COUNTY_LEVEL), "city", "town",
    "border_crossing",
)
NAME_FIELDS = ("zh", "pinyin", "ug", "ug-Latn", "kk", "ru", "en")

# Xinjiang's bounding box (lat, lon), used by the table's consistency tests and the importer.
XINJIANG_BBOX = ((34.3, 49.2), (73.5, 96.4))


@dataclass(frozen=True)
class PlaceEntry:
    """One gazetteer entry: a division, country, city or (from GeoNames) town."""

    id: str
    kind: str
    parent: str | None
    lat: float | None
    lon: float | None
    names: dict[str, str | None]
    aliases: tuple[str, ...] = ()
    source: str = "curated"  # curated | geonames
    long_names: dict[str, str] = field(default_factory=dict)  # full official forms by script
    note: str | None = None
    extra: dict = field(default_factory=dict, compare=False)
    # The ids of the divisions this one was made from, wholly or by a split (霍尔果斯市 Khorgas
    # from 霍城县 Huocheng, 2014), more than one where it was made from parts of several: a home
    # given under the new name or one of the old may be the same (`lineage`).
    formed_from: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The display name: the English/common form, else the first name given."""
        return self.names.get("en") or next(v for v in self.names.values() if v)

    def all_names(self) -> list[str]:
        """Every written form: the names in each script, the long forms, then the aliases."""
        return [v for v in self.names.values() if v] + list(self.long_names.values()) + list(self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    """A set of entries with their hierarchy."""

    entries: dict[str, PlaceEntry]

    def get(self, entry_id: str) -> PlaceEntry:
        """The entry with this id (KeyError if absent)."""
        return self.entries[entry_id]

    def lineage(self, entry_id: str) -> tuple[str, ...]:
        """The oldest divisions `entry_id` was formed from, following `formed_from` through every
        origin (sorted ids, each once), or `(entry_id,)` for a division made from none; an unknown
        id is returned as it is, `(entry_id,)`. A cycle in the table ends where it closes."""
        roots: list[str] = []
        seen: set[str] = set()
        todo = [entry_id]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            origins = [origin for origin in self.entries[current].formed_from
                       if origin not in seen] if current in self.entries else []
            if origins:
                todo.extend(origins)
            elif not (current in self.entries and self.entries[current].formed_from):
                roots.append(current)
        return tuple(sorted(set(roots))) or (entry_id,)

    def ancestors(self, entry_id: str) -> list[str]:
        """Ids of the entry's parent, grandparent, … up to the root."""
        chain: list[str] = []
        parent = self.entries[entry_id].parent
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = self.entries[parent].parent if parent in self.entries else None
        return chain

    def is_within(self, entry_id: str, ancestor_id: str) -> bool:
        """True when `ancestor_id` is the entry itself or one of its ancestors."""
        return entry_id == ancestor_id or ancestor_id in self.ancestors(entry_id)

    def county_of(self, entry_id: str) -> PlaceEntry | None:
        """The county-level division an entry is (or lies in), if any."""
        for candidate in [entry_id, *self.ancestors(entry_id)]:
            if self.entries[candidate].kind in COUNTY_LEVEL:
                return self.entries[candidate]
        return None

    def prefecture_of(self, entry_id: str) -> PlaceEntry | None:
        """The prefecture-level division an entry is (or lies in), if any."""
        for candidate in [entry_id, *self.ancestors(entry_id)]:
            if self.entries[candidate].kind in PREFECTURE_LEVEL:
                return self.entries[candidate]
        return None

    def nearest(
        self,
        lat: float,
        lon: float,
        *,
        kinds: frozenset[str] = COUNTY_LEVEL,
        within: str | None = None,
        max_km: float | None = None,
    ) -> tuple[PlaceEntry, float] | None:
        """The entry of one of `kinds` whose seat is nearest to (lat, lon), and its distance.

        Seats stand in for the divisions' unknown boundaries, so this is an approximation: a
        point near a boundary may be given to the neighbouring division.
        """
        best: tuple[PlaceEntry, float] | None = None
        for entry in self.entries.values():
            if entry.kind not in kinds or entry.lat is None or entry.lon is None:
                continue
            if within is not None and not self.is_within(entry.id, within):
                continue
            km = distance_km(lat, lon, entry.lat, entry.lon)
            if best is None or km < best[1]:
                best = (entry, km)
        if best is None or (max_km is not None and best[1] > max_km):
            return None
        return best


# The name a reader of each language sees: Uyghur in its Arabic script (the `ug` field); a
# language or script the table has no field for reads the English name.
FALLBACK_LANGUAGE = "en"
# Where the table states no form in the reader's language (a Kazakh or Russian form is never
# guessed: data/README.md), the forms tried next, before the English name: a Kazakh reader reads
# the Russian form, a Russian reader the Kazakh one, else either reads the place's own name in the
# Uyghur Cyrillic alphabet (UYGHUR_CYRILLIC: a transliteration of its `ug` name, not a Russian or
# Kazakh name), so that a Cyrillic page shows no Latin label (a test holds it); then the Arabic
# script and the Uyghur Latin (ULY) spelling. 70 of the 110 county-level divisions have neither a
# kk nor a ru form.
UYGHUR_CYRILLIC = "ug-Cyrl"
FALLBACKS = {"kk": ("ru", UYGHUR_CYRILLIC, "ug", "ug-Latn"), "ru": ("kk", UYGHUR_CYRILLIC, "ug-Latn")}


def uyghur_cyrillic(place: PlaceEntry) -> str | None:
    """A place's Uyghur name (`ug`) in the Uyghur Cyrillic alphabet (`guwah.names.uyghur.
    arabic_to_cyrillic`: خوتەن → Хотән), or None without one."""
    from guwah.names.uyghur import arabic_to_cyrillic

    native = place.names.get("ug")
    return arabic_to_cyrillic(native) if native else None


def place_name(place: PlaceEntry | str, language: str) -> str:
    """The name of a place in a language, else in the languages FALLBACKS gives it (Kazakh and
    Russian), else its English name, else its first name.

    Args:
        place: a gazetteer entry, or its id (looked up in `guwah.places.gazetteer()`, GeoNames
            towns included).
        language: a BCP 47 tag: "ug" (Uyghur, Arabic script), "zh", "ru", "kk", "en"; a region
            or script subtag is ignored ("zh-CN" is "zh") except "ug-Latn" (ULY) and "pinyin".
    Returns the full official form when the table gives one in that language ("Кашгарский
    округ", which a seat city's "Кашгар" cannot be confused with), else the name as the table
    writes it. Raises NotFound for an id the gazetteer does not hold.
    """
    if isinstance(place, str):
        from guwah.errors import NotFound
        from guwah.places.resolve import gazetteer

        entry = gazetteer().entries.get(place)
        if entry is None:
            raise NotFound(f"no gazetteer place {place}", value=place)
        place = entry
    field_name = language if language in NAME_FIELDS else language.split("-")[0].split("_")[0].lower()
    for tried in (field_name, *FALLBACKS.get(field_name, ())):
        found = (uyghur_cyrillic(place) if tried == UYGHUR_CYRILLIC
                 else place.long_names.get(tried) or place.names.get(tried))
        if found:
            return found
    return place.names.get(FALLBACK_LANGUAGE) or place.name


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@cache
def _table() -> dict:
    import yaml  # only when the index is (re)built

    return yaml.safe_load(data_path("xinjiang.yaml").read_text("utf-8"))


def data_path(name: str):
    """A file of the package's data folder."""
    return resources.files("guwah.places").joinpath("data", name)


def geonames_city_ids() -> list[int]:
    """GeoNames ids of the cities outside Xinjiang that the table asks to join."""
    return [int(geonameid) for geonameid in _table().get("geonames_cities") or ()]


def geonames_city_names() -> dict[int, dict[str, str]]:
    """{GeoNames id: {name field ("ug", "ug-Latn"): name}}: the table's names for joined GeoNames cities
    whose GeoNames alternate names lack that form (Stockholm's Uyghur ستوكھولم); {} if none."""
    rows = _table().get("geonames_city_names") or {}
    return {int(geonameid): {str(field): str(name) for field, name in names.items()} for geonameid, names in rows.items()}


# The languages whose country names (CLDR, through Babel) a country entry is also known by: those
# testimonies are written in, and those of the countries where witnesses live.
COUNTRY_NAME_LANGUAGES = ("en", "fr", "de", "tr", "ru", "kk", "ky", "uz", "ug", "zh")
# The table's name fields that CLDR fills when the table leaves them empty (a Kazakh or Uyghur
# reader then reads "Нидерланд" or "گوللاندىيە", not the English name).
_CLDR_FIELDS = ("zh", "ug", "kk", "ru")


@cache
def cldr_country_names(code: str) -> dict[str, str]:
    """{language: name} of the country with ISO 3166 code `code` ("TR") in COUNTRY_NAME_LANGUAGES,
    from the Unicode CLDR as Babel ships it ("Turquie", "Түркия", "تۈركىيە"); {} for an unknown
    code."""
    from babel import Locale

    found = {}
    for language in COUNTRY_NAME_LANGUAGES:
        name = Locale.parse(language).territories.get(code.upper())
        if name:
            found[language] = name
    return found


@cache
def curated_gazetteer() -> Gazetteer:
    """The hand-written table, read once from the package data; a country also gets its CLDR
    names (`cldr_country_names`) as aliases, and in the name fields the table leaves empty."""
    rows = _table()["entries"]
    entries: dict[str, PlaceEntry] = {}
    for row in rows:
        names = {key: (row["names"].get(key) or None) for key in NAME_FIELDS}
        aliases = [str(alias) for alias in row.get("aliases") or ()]
        if row["kind"] == "country":
            cldr = cldr_country_names(row["id"].split(".")[-1])
            names.update({key: cldr[key] for key in _CLDR_FIELDS if not names[key] and key in cldr})
            aliases += [name for name in dict.fromkeys(cldr.values()) if name not in names.values() and name not in aliases]
        entry = PlaceEntry(
            id=row["id"],
            kind=row["kind"],
            parent=row.get("parent"),
            lat=row.get("lat"),
            lon=row.get("lon"),
            names=names,
            aliases=tuple(aliases),
            note=row.get("note"),
            formed_from=id_tuple(row.get("formed_from")),
            long_names={key: row["long"][key] for key in NAME_FIELDS if (row.get("long") or {}).get(key)},
        )
        if entry.id in entries:
            raise InputError(f"gazetteer: duplicate id {entry.id}", value=entry.id)
        entries[entry.id] = entry
    return Gazetteer(entries)


def id_tuple(value: str | list | None) -> tuple[str, ...]:
    """A table field of one id or a list of ids (`formed_from`) as a tuple of ids."""
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(item) for item in value)


# ------------------------------------------------------------------ name keys

_ARABIC_VARIANTS = str.maketrans({
    "\u06cc": "\u0649",  # Farsi yeh -> alef maksura (Uyghur i)
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u0647": "\u06d5",  # heh typed for Uyghur ae
    "\u0640": None,  # tatweel
    "\u200c": None,
    "\u200d": None,
})


def _strip_latin_marks(text: str) -> str:
    """Drop diacritics from Latin letters only (Arabic hamza seats and Cyrillic й stay)."""
    out: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if base_is_latin:
                continue
        else:
            base_is_latin = char < "\u0250"
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def exact_key(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key; the script is kept, Chinese characters
    in their simplified forms (溫哥華 and 温哥华 are one key: OpenCC's t2s, `guwah.names.chinese.simplified`)."""
    from guwah.names.inflection import fold  # the one text folding (no heavy imports)

    if has_han(text):
        from guwah.names.chinese import simplified

        text = simplified(text)
    text = fold(text).translate(_ARABIC_VARIANTS)
    text = _strip_latin_marks(text.replace("ı", "i").replace("ə", "e").replace("ǝ", "e"))
    return "".join(char for char in text if char.isalnum())


def has_han(text: str) -> bool:
    """True when the text contains Chinese characters."""
    return any("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in text)


def to_latin(text: str) -> str:
    """Plain ASCII letters for a name in Latin, Cyrillic or Uyghur Arabic script.

    The letters are converted by `guwah.names` (one transliteration layer for persons and
    places); Chinese characters are left out (the resolver reads them with pypinyin).
    """
    if text.isascii():
        # Nothing to convert, and guwah.names (numpy, pypinyin) need not be imported.
        return "".join(char for char in text.lower() if "a" <= char <= "z")
    from guwah.names.cyrillic import cyrillic_to_latin
    from guwah.names.forms import fold_latin
    from guwah.names.uyghur import arabic_to_uly

    latin = fold_latin(cyrillic_to_latin(arabic_to_uly(text)))
    return "".join(char for char in latin if "a" <= char <= "z")


_DIGRAPHS = (
    ("dzh", "j"), ("tch", "j"), ("dj", "j"), ("zh", "j"), ("ch", "j"), ("sh", "s"), ("kh", "h"),
    ("gh", "g"), ("ng", "n"), ("ts", "s"), ("tz", "s"), ("ph", "f"),
)
_CLASSES = str.maketrans("gczbdvfeoyw", "ksspttpauiu")


def fold(latin: str) -> tuple[str, ...]:
    """Loose phonetic keys of an ASCII name: one per reading of q and x.

    Consonants that the romanisations write differently fall into one class (k/q/g/gh, ch/j/zh,
    s/sh/z/ts, b/p, d/t), vowels into three, and doubled letters into one.
    """
    keys: list[str] = []
    for q, x in (("k", "kh"), ("ch", "sh")):
        text = latin.replace("q", q).replace("x", x)
        for old, new in _DIGRAPHS:
            text = text.replace(old, new)
        text = re.sub(r"(.)\1+", r"\1", text.translate(_CLASSES))
        if text and text not in keys:
            keys.append(text)
    return tuple(keys)


# The words that name an administrative level, in every script lists and testimonies write them:
# one table for the resolver (which takes a trailing one off a name and reads its kind from it),
# the linker (`guwah.link.features`: a township, village or county word after a name in an
# address) and the extractor (`guwah.extract.turkic.LOCAL_WORDS`: a village, township or town the
# gazetteer does not know). Rows: (level, language, words). Levels: the divisions "region",
# "province", "prefecture", "city", "county", "district" (LEVEL_KINDS gives their gazetteer
# kinds), and the units below a county, LOCAL_LEVELS: "township" (乡, yëza), "town" (镇, bazar),
# "village" (村, kent, köy), "quarter" (mehelle, mahalle). A word of two levels ("район": a district,
# a county or the region; "kenti": a city in Turkish, a village in Uyghur) is listed under each.
# Languages: ug (Uyghur in Arabic script, Uyghur Latin (ULY) and its spellings without diacritics,
# Uyghur Cyrillic), kk, ky, ru, tr, zh (pinyin), en, de. Source: the PRC's level names (县 xian,
# 市 shi, 区 qu, 乡 xiang, 镇 zhen, 村 cun) and their usual forms in each language, as the
# Uyghur-Chinese and Russian dictionaries give them (ناھىيە county, يېزا township, كەنت village;
# уезд, район, село; Turkish ilçe, köy, mahalle, kasaba; German Kreis).
LEVEL_WORDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("city", "en", ("city",)),
    ("city", "ug", ("shehiri", "shehri", "xahiri", "shahri", "شەھىرى", "شەھرى", "шәһири")),
    ("city", "ug", ("sheher", "shahar", "xeher", "xahar", "شەھەر", "шәһәр")),  # the bare noun: "Ghulja sheher"
    ("city", "kk", ("qalasy", "qalasi", "қаласы")),
    ("city", "kk", ("qala", "қала")),
    ("city", "ru", ("город",)),
    ("city", "zh", ("shi",)),
    ("city", "tr", ("şehri", "şehiri", "şehir", "sehri", "sehiri", "kenti")),  # Turkish: "Hoten Şehri"
    ("county", "en", ("county",)),
    ("county", "ug", ("nahiyisi", "nahiyesi", "ناھىيىسى", "наһийиси", "нахийиси", "nahiye", "ناھىيە", "наһийә")),
    ("county", "zh", ("xian",)),
    ("county", "ru", ("уезд",)),
    ("county", "tr", ("ilçesi", "ilcesi", "ilçe", "ilchesi")),  # Turkish: "Lop ilçesi"
    ("county", "de", ("kreis",)),
    ("district", "en", ("district",)),
    ("district", "zh", ("qu",)),
    ("district", "ug", ("rayoni", "رايونى")),  # a city's district, or the autonomous region
    ("region", "ug", ("rayoni", "رايونى")),
    ("district", "ru", ("район",)),  # a city's district, a county (Kazakh ауданы) or the region
    ("county", "ru", ("район",)),
    ("region", "ru", ("район",)),
    ("district", "kk", ("ауданы", "аудан")),
    ("county", "kk", ("ауданы", "аудан")),
    ("region", "kk", ("ауданы", "аудан")),
    ("prefecture", "en", ("prefecture",)),
    ("prefecture", "ug", ("wilayiti", "vilayiti", "oblasti", "ۋىلايىتى", "ئوبلاستى", "вилайити")),
    ("prefecture", "ug", ("wilayet", "vilayet", "ۋىلايەت", "ئوبلاست", "вилайәт")),
    ("prefecture", "zh", ("diqu", "zhou")),
    ("prefecture", "ru", ("округ",)),
    ("prefecture", "kk", ("облысы", "аймағы", "облыс", "аймақ")),
    ("region", "en", ("region",)),
    ("region", "ug", ("rayon",)),
    ("province", "en", ("province",)),
    ("province", "zh", ("sheng",)),
    ("province", "ru", ("провинция", "провинции")),
    ("province", "kk", ("провинциясы",)),
    ("province", "ug", ("ئۆلكىسى",)),
    ("township", "ug", ("يېزا", "يېزىسى", "yëza", "yëzisi", "yëziliqi", "yéza", "yézisi", "yéziliqi",
                        "yeza", "yezisi", "yeziliqi")),
    ("township", "zh", ("xiang",)),
    ("township", "en", ("township",)),
    ("town", "ug", ("بازار", "بازىرى", "بازىر", "bazar", "baziri", "bazarliqi", "بازارلىقى")),
    ("town", "zh", ("zhen",)),
    ("town", "en", ("town",)),
    ("town", "tr", ("kasabası", "kasabasi")),
    ("town", "ru", ("поселок", "посёлок")),
    ("village", "ug", ("كەنت", "كەنتى", "kent", "kenti")),
    ("village", "kk", ("ауыл", "ауылы", "кент")),
    ("village", "ru", ("село",)),
    ("village", "tr", ("köy", "köyü", "koy", "koyu")),
    ("village", "zh", ("cun",)),
    ("village", "en", ("village",)),
    ("village", "ky", ("айыл", "айылы")),
    ("town", "ky", ("шаарча", "шаарчасы")),
    ("township", "ru", ("волость",)),
    ("village", "de", ("dorf", "gemeinde")),
    ("quarter", "ug", ("مەھەللە", "مەھەللىسى", "mehelle", "mehellisi")),
    ("quarter", "tr", ("mahallesi",)),
)
# The words of LEVEL_WORDS that are the bare noun ("city", not "its city"): Uyghur and Kazakh put the
# possessive after a name ("Ghulja shehiri", «Құлжа қаласы»), but speakers and translators also write
# the noun alone ("Ghulja sheher"), and the noun ends some places' own names too ("Kona Shahar",
# "Yengi Sheher"). They are taken off a query only (`strip_kind_words` with `local`), never off a
# name of the table, and name no unknown place by themselves (`level_words(bare=False)`).
BARE_LEVEL_WORDS = frozenset({
    "sheher", "shahar", "xeher", "xahar", "شەھەر", "шәһәр", "qala", "қала", "наһийә", "аудан",
    "shahri",  # the possessive as Uzbek spells it, which ends GeoNames' names of a town ("Vash Shahri")
    "wilayet", "vilayet", "ۋىلايەت", "ئوبلاست", "вилайәт", "облыс", "аймақ",
})
# The units below a county: a name with one of their words is a township, town or village.
LOCAL_LEVELS = frozenset({"township", "town", "village", "quarter"})
# The gazetteer kinds a level's word points to (GeoNames' populated places are `town` entries).
LEVEL_KINDS: dict[str, frozenset[str]] = {
    "city": CITY_KINDS, "county": COUNTY_KINDS, "district": frozenset({"district"}),
    "region": frozenset({"region"}), "province": frozenset({"province"}), "prefecture": PREFECTURE_LEVEL,
    **dict.fromkeys(LOCAL_LEVELS, frozenset({"town"})),
}


def level_words(levels: frozenset[str] | set[str] | None = None,
                languages: frozenset[str] | set[str] | None = None, bare: bool = True) -> dict[str, frozenset[str]]:
    """LEVEL_WORDS as word → its levels, for the levels and languages asked (all when None), and
    without BARE_LEVEL_WORDS unless `bare`; words as written (callers key them their own way)."""
    found: dict[str, set[str]] = {}
    for level, language, words in LEVEL_WORDS:
        if (levels is None or level in levels) and (languages is None or language in languages):
            for word in words:
                if bare or word not in BARE_LEVEL_WORDS:
                    found.setdefault(word, set()).add(level)
    return {word: frozenset(found_levels) for word, found_levels in found.items()}


_AUTONOMOUS = frozenset({"autonomous_prefecture", "autonomous_county", "region"})
# One-word pinyin forms that hold the autonomy word and the kind: "Yili Hasake Zizhizhou".
_AUTONOMOUS_KIND_WORDS = {"zizhizhou": PREFECTURE_LEVEL, "zizhixian": COUNTY_KINDS, "zizhiqu": LEVEL_KINDS["region"]}
# Beginnings of the autonomy word in every case and gender (автономного, автономиялық).
_AUTONOMY_STARTS = ("autonom", "aptonom", "ئاپتونوم", "автономн", "автономиял", "zizhi")
# The peoples that autonomous divisions are named after, as the name's second word ("Ili Kazakh
# Autonomous Prefecture", "Yili Hasake", "Или-Казахский"); dropped to leave the base name.
_ETHNONYMS = (
    "kazakh", "kazak", "qazaq", "hasake", "kirghiz", "kyrgyz", "kirgiz", "qirghiz", "keerkezi",
    "mongol", "mongghul", "menggu", "hui", "huizu", "xuyzu", "xibe", "sibe", "shibe", "xibo",
    "tajik", "tajike", "uyghur", "uighur", "weiwuer", "قازاق", "قىرغىز", "موڭغۇل", "خۇيزۇ",
    "شىبە", "تاجىك", "ئۇيغۇر", "қазақ", "ұйғыр", "моңғол", "қырғыз", "казахский", "киргизский",
    "монгольский", "хуэйский", "уйгурский", "сибоский", "таджикский",
)
# Words before the name that name its kind: "город Кашгар", "City of Kashgar".
# German and Russian put the level first: "Kreis Lop", «округ Кашгар».
_LEADING_KIND_WORDS = {"город": CITY_KINDS, "г": CITY_KINDS, "city of": CITY_KINDS, "county of": COUNTY_KINDS,
                       "prefecture of": PREFECTURE_LEVEL, "kreis": COUNTY_KINDS, "округ": PREFECTURE_LEVEL}


def _kinds_of(levels: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(LEVEL_KINDS[level] for level in levels))


# The divisions' words (a word that also names a local unit, "kenti", counts as its division),
# and the words of local units alone (taken off only when asked: `strip_kind_words`).
# The bare nouns (BARE_LEVEL_WORDS) are kept apart, for queries only, as the local words are.
_KIND_WORDS: dict[str, frozenset[str]] = {}
_LOCAL_WORDS: dict[str, frozenset[str]] = {}
_BARE_WORDS: dict[str, frozenset[str]] = {}
for _word, _levels in level_words().items():
    _words = _LOCAL_WORDS if _levels <= LOCAL_LEVELS else _BARE_WORDS if _word in BARE_LEVEL_WORDS else _KIND_WORDS
    _words[exact_key(_word)] = _words.get(exact_key(_word), frozenset()) | _kinds_of(_levels - LOCAL_LEVELS or _levels)
# The words of five letters or more by their loose phonetic key (`fold` of `to_latin`), for the
# spellings of a level word that no list of forms holds ("Shakhiri", "Nakhiyisi", «Шәһірі»);
# a key two levels share is left out.
_LOOSE_KIND_WORDS: dict[str, frozenset[str]] = {}
_LOOSE_SHARED: set[str] = set()


@lru_cache(maxsize=65536)  # asked of every last word of every place a linker's input names
def _loose_kinds(word: str) -> frozenset[str] | None:
    """The kinds of a level word of LEVEL_WORDS that this word sounds like (five letters or more)."""
    if not _LOOSE_KIND_WORDS:
        for table in (_KIND_WORDS, _LOCAL_WORDS):
            for known, kinds in table.items():
                if len(known) >= 5:
                    for key in (key for key in fold(to_latin(known)) if len(key) >= 4):
                        if _LOOSE_KIND_WORDS.get(key, kinds) != kinds:
                            _LOOSE_SHARED.add(key)
                        _LOOSE_KIND_WORDS[key] = kinds
    if len(word) < 5:
        return None
    found = {_LOOSE_KIND_WORDS[key] for key in fold(to_latin(word)) if key in _LOOSE_KIND_WORDS and key not in _LOOSE_SHARED}
    return found.pop() if len(found) == 1 else None


def is_local_word(word: str) -> bool:
    """Whether a word names a unit below a county (LOCAL_LEVELS): as LEVEL_WORDS write it, or
    sounding like one of its words of five letters or more (`_loose_kinds`: «базири»)."""
    key = exact_key(word)
    return key in _LOCAL_WORDS or (key not in _KIND_WORDS and _loose_kinds(key) == LEVEL_KINDS["township"])


# The kinds of a unit below a county: a name with such a word is a township, town or village,
# and never the county or prefecture that shares its name (`resolve_place`).
LOCAL_KINDS = LEVEL_KINDS["township"]
def ethnonyms() -> tuple[str, ...]:
    """The peoples that autonomous divisions are named after, as their names write them
    ("Kazakh" in "Ili Kazakh Autonomous Prefecture", "Hasake", «Или-Казахский»'s first word)."""
    return _ETHNONYMS


_AUTONOMY_STARTS_KEYS = tuple(exact_key(word) for word in _AUTONOMY_STARTS)
_ETHNONYM_KEYS = frozenset(exact_key(word) for word in _ETHNONYMS)
_ZH_SUFFIX = re.compile(
    r"(维吾尔|哈萨克|蒙古|回族|锡伯|塔吉克|柯尔克孜)?(自治区|自治州|自治县|地区|市|县|区|州|省)$"
)
_ZH_KIND = {
    "自治区": LEVEL_KINDS["region"], "自治州": PREFECTURE_LEVEL, "地区": PREFECTURE_LEVEL,
    "州": PREFECTURE_LEVEL, "市": CITY_KINDS, "县": COUNTY_KINDS, "自治县": COUNTY_KINDS,
    "区": LEVEL_KINDS["district"], "省": LEVEL_KINDS["province"],
}
_ZH_LOCAL = frozenset("乡镇村")
# The Chinese words of a division's level after its name (市, 县, 地区…), as `strip_kind_words` reads them.
HAN_LEVEL_WORDS = frozenset(_ZH_KIND)


def kind_words() -> frozenset[str]:
    """Keys of the generic words the resolver understands (kinds and peoples)."""
    return frozenset(_KIND_WORDS) | _ETHNONYM_KEYS | frozenset(_AUTONOMOUS_KIND_WORDS)


# _LEADING_KIND_WORDS as (key, words, kinds): keyed once, not at every name read.
_LEADING_KEYS = tuple((exact_key(leading), len(leading.split()), kinds) for leading, kinds in _LEADING_KIND_WORDS.items())


def strip_kind_words(text: str, local: bool = False) -> tuple[str, frozenset[str] | None]:
    """The name without its generic words, and the kinds they point to (None when none).

    Trailing kind words, one or repeated ("County", "ناھىيىسى", "县", "Zizhizhou", "Ghulja
    Nahiyisi nahiyisi": LEVEL_WORDS), the autonomy word and the people an autonomous division is
    named after ("Ili Kazakh Autonomous Prefecture", "Или-Казахский автономный округ"), and a
    leading kind word ("город Кашгар", "Kreis Lop") are taken off; the kinds are those of the word
    next to the name. With `local` (a query, not a name of the table), the words of units below
    a county too ("Bostan yëzisi", "Tograk köyü": LOCAL_LEVELS, kinds LOCAL_KINDS), and a word that
    sounds like a level word of five letters or more ("Khotan Shakhiri"); the gazetteer's own names
    keep them, since "Yengi Bazar" is a town's whole name.
    """
    text = text.strip()
    if has_han(text):
        found = _ZH_SUFFIX.search(text)
        if found and len(text) - len(found.group(0)) >= 2:
            return text[: found.start()], _ZH_KIND[found.group(2)]
        if local and text[-1:] in _ZH_LOCAL and len(text) >= 3:  # 乡 township, 镇 town, 村 village
            return text[:-1], LOCAL_KINDS
        return text, None
    words = text.split()
    hint: frozenset[str] | None = None
    autonomous = False
    for leading, size, kinds in _LEADING_KEYS:
        if len(words) > size and exact_key(" ".join(words[:size])) == leading:
            hint, words = kinds, words[size:]
            break
    leading = hint is not None
    while len(words) > 1:
        last = exact_key(words[-1])
        kinds = _KIND_WORDS.get(last) or _AUTONOMOUS_KIND_WORDS.get(last) or (
            (_LOCAL_WORDS.get(last) or _BARE_WORDS.get(last) or _loose_kinds(last)) if local else None)
        if kinds and not autonomous:
            if not leading:
                hint = kinds  # the word next to the name decides: "Gulca Nahiyisi ilçesi"
            words.pop()
            continue
        if last.startswith(_AUTONOMY_STARTS_KEYS) or last in _ETHNONYM_KEYS:
            words.pop()
            autonomous = True
            continue
        break
    if words and "-" in words[-1]:
        # Russian joins the people to the name: "Или-Казахский", "Боро-Тала-Монгольский".
        head, _, people = words[-1].rpartition("-")
        if head and exact_key(people) in _ETHNONYM_KEYS:
            words[-1] = head
            autonomous = True
    # "Changji Huizu" names the autonomous prefecture, not the city of Changji.
    return " ".join(words), hint or (_AUTONOMOUS if autonomous else None)
