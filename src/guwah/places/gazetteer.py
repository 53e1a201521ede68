"""The curated gazetteer: Xinjiang's divisions, its neighbours, and name keys in every script.

The table (`data/xinjiang.yaml`) is written by hand; see `data/README.md` for its sources and
rules. This module reads it, answers questions about the hierarchy and distances, and turns a
name written in any script into the keys the resolver indexes:

- `exact_key`: case-, diacritic- and punctuation-insensitive, script kept;
- `to_latin`: Uyghur Arabic, Kazakh/Russian/Uyghur Cyrillic and Turkish/Yengi Yeziq letters
  to plain ASCII (Chinese characters are read with pypinyin by the resolver);
- `fold`: a loose phonetic key, one per reading of the letters q and x (ULY q = k, x = kh;
  pinyin and the PRC's place-name romanisation q = ch, x = sh).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from guwah.errors import InputError

PREFECTURE_LEVEL = frozenset({"prefecture_city", "prefecture", "autonomous_prefecture"})
COUNTY_LEVEL = frozenset({"district", "county_city", "county", "autonomous_county", "xpcc_city"})
CITY_KINDS = frozenset({"prefecture_city", "county_city", "xpcc_city", "city"})
COUNTY_KINDS = frozenset({"county", "autonomous_county"})
KINDS = (
    "country", "region", *sorted(PREFECTURE_LEVEL), *sorted(COUNTY_LEVEL), "city", "town",
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
    note: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def name(self) -> str:
        """The display name: the English/common form, else the first name given."""
        return self.names.get("en") or next(v for v in self.names.values() if v)

    def all_names(self) -> list[str]:
        """Every written form: the names in each script, then the aliases."""
        return [v for v in self.names.values() if v] + list(self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    """A set of entries with their hierarchy."""

    entries: dict[str, PlaceEntry]

    def get(self, entry_id: str) -> PlaceEntry:
        """The entry with this id (KeyError if absent)."""
        return self.entries[entry_id]

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


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@cache
def curated_gazetteer() -> Gazetteer:
    """The hand-written table, read once from the package data."""
    text = resources.files("guwah.places").joinpath("data/xinjiang.yaml").read_text("utf-8")
    rows = yaml.safe_load(text)["entries"]
    entries: dict[str, PlaceEntry] = {}
    for row in rows:
        names = {key: (row["names"].get(key) or None) for key in NAME_FIELDS}
        entry = PlaceEntry(
            id=row["id"],
            kind=row["kind"],
            parent=row.get("parent"),
            lat=row.get("lat"),
            lon=row.get("lon"),
            names=names,
            aliases=tuple(str(alias) for alias in row.get("aliases") or ()),
            note=row.get("note"),
        )
        if entry.id in entries:
            raise InputError(f"gazetteer: duplicate id {entry.id}", value=entry.id)
        entries[entry.id] = entry
    return Gazetteer(entries)


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
    """Case-, diacritic- and punctuation-insensitive key; the script is kept."""
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_VARIANTS).casefold()
    text = _strip_latin_marks(text.replace("ı", "i").replace("ə", "e").replace("ǝ", "e"))
    return "".join(char for char in text if char.isalnum())


_UYGHUR_ARABIC = {
    "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "x", "د": "d",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "گ": "g", "ڭ": "ng", "ل": "l", "م": "m", "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "ö",
    "ۈ": "ü", "ۋ": "w", "ې": "ë", "ى": "i", "ي": "y", "ئ": "", "ء": "", "ی": "i", "ک": "k",
    "ه": "e", "ة": "e", "أ": "a", "آ": "a", "ع": "", "ح": "h", "ص": "s", "ط": "t", "ظ": "z",
    "ض": "z", "ث": "s", "ذ": "z",
}
_CYRILLIC = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "җ": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m",
    "н": "n", "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "ü", "ў": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_LATIN_SPECIAL = {
    "ç": "ch", "ş": "sh", "ğ": "gh", "ı": "i", "ə": "e", "ǝ": "e", "ɵ": "ö", "ⱪ": "q",
    "ⱨ": "h", "ⱬ": "zh", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ʼ": "", "’": "", "'": "",
}


def has_han(text: str) -> bool:
    """True when the text contains Chinese characters."""
    return any("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in text)


def to_latin(text: str) -> str:
    """Plain ASCII letters for a name in Latin, Cyrillic or Uyghur Arabic script.

    Chinese characters are left out (the resolver reads them with pypinyin).
    """
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_VARIANTS).casefold()
    out: list[str] = []
    for char in text:
        if char in _UYGHUR_ARABIC:
            out.append(_UYGHUR_ARABIC[char])
        elif char in _CYRILLIC:
            out.append(_CYRILLIC[char])
        elif char in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[char])
        else:
            out.append(char)
    latin = _strip_latin_marks("".join(out))
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


# Generic words that name the kind of division, in the scripts the table uses. The kind hint
# helps choose between a prefecture, its seat city and the county named after them.
_KIND_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("city", CITY_KINDS),
    ("shehiri", CITY_KINDS), ("shehri", CITY_KINDS), ("xahiri", CITY_KINDS),
    ("shi", CITY_KINDS), ("qalasy", CITY_KINDS), ("город", CITY_KINDS), ("қаласы", CITY_KINDS),
    ("شەھىرى", CITY_KINDS), ("شەھرى", CITY_KINDS),
    ("county", COUNTY_KINDS), ("nahiyisi", COUNTY_KINDS), ("nahiyesi", COUNTY_KINDS),
    ("xian", COUNTY_KINDS), ("уезд", COUNTY_KINDS), ("ауданы", COUNTY_KINDS),
    ("ناھىيىسى", COUNTY_KINDS),
    ("district", frozenset({"district"})), ("rayoni", frozenset({"district"})),
    ("qu", frozenset({"district"})), ("район", frozenset({"district", *COUNTY_KINDS})),
    ("رايونى", frozenset({"district"})),
    ("prefecture", PREFECTURE_LEVEL), ("wilayiti", PREFECTURE_LEVEL),
    ("vilayiti", PREFECTURE_LEVEL), ("oblasti", PREFECTURE_LEVEL), ("diqu", PREFECTURE_LEVEL),
    ("zhou", PREFECTURE_LEVEL), ("округ", PREFECTURE_LEVEL), ("облысы", PREFECTURE_LEVEL),
    ("ۋىلايىتى", PREFECTURE_LEVEL), ("ئوبلاستى", PREFECTURE_LEVEL),
    ("region", frozenset({"region"})), ("rayon", frozenset({"region"})),
)
_AUTONOMY_WORDS = frozenset({"autonomous", "aptonom", "ئاپتونوم", "автономный", "автономная"})
_ZH_SUFFIX = re.compile(
    r"(维吾尔|哈萨克|蒙古|回族|锡伯|塔吉克|柯尔克孜)?(自治区|自治州|自治县|地区|市|县|区|州)$"
)
_ZH_KIND = {
    "自治区": frozenset({"region"}), "自治州": PREFECTURE_LEVEL, "地区": PREFECTURE_LEVEL,
    "州": PREFECTURE_LEVEL, "市": CITY_KINDS, "县": COUNTY_KINDS, "自治县": COUNTY_KINDS,
    "区": frozenset({"district"}),
}


def strip_kind_words(text: str) -> tuple[str, frozenset[str] | None]:
    """The name without a trailing generic word ("County", "ناھىيىسى", "县"), and the kinds
    that word points to (None when there was none)."""
    text = text.strip()
    if has_han(text):
        found = _ZH_SUFFIX.search(text)
        if found and len(text) - len(found.group(0)) >= 2:
            return text[: found.start()], _ZH_KIND[found.group(2)]
        return text, None
    words = text.split()
    hint: frozenset[str] | None = None
    while len(words) > 1:
        last = exact_key(words[-1])
        kinds = next((k for word, k in _KIND_WORDS if exact_key(word) == last), None)
        if kinds is not None and hint is None:
            hint = kinds
            words.pop()
            continue
        if last in _AUTONOMY_WORDS:
            words.pop()  # the autonomy word, then the people it names ("Xibe", "Mongol")
            if len(words) > 1:
                words.pop()
            continue
        break
    return " ".join(words), hint
