"""The public search index: released person entries by any spelling, with facets, and released
testimonies by word — built from approved releases only.

What goes in is read from the content of approved releases (what the public already sees), never
from the records behind them, so the index cannot hold a name, place or word that is not public.
It is kept current in the same commit that approves, supersedes or withdraws a release
(`note_release_changes` collects the releases a flush touched; `guwah.releases` calls
`sync_pending` once the release check has run), and `rebuild` builds it whole (on the first open
after migration 0010 of an archive that had releases, see `ensure_index`).

Persons are found through `guwah.names`: the query's blocking keys (`name_keys`) pick candidate
entries from `public_search_key`, and the matcher (`compare_many` at `DEFAULT_THRESHOLD`, as `same_person_name`) decides among
their released spellings.
Whole-name keys are always looked up; a key of one name part only while it picks at most
PART_KEY_CAP entries (a given name shared by a tenth of the registry narrows nothing, and the
whole-name key already covers it), so that the work per query does not grow with the registry.
A spelling whose whole-name key differs (a slip in a common name part) is found through its
rarer part only. Rows are keyed by public number, never an internal id.

`guwah.publish` is the only caller: it checks every hit against the releases again before
showing it (embargoes, consent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import delete, event, func, insert, select
from sqlalchemy.orm import Session

from guwah.storage.tables import (
    PublicNumber,
    PublicSearchFacet,
    PublicSearchKey,
    PublicSearchName,
    PublicSearchState,
    PublicSearchWord,
    Release,
)

DOCUMENT, ENTRY = "document", "entry"  # the release subject types (as in guwah.publish)
# Facets of person entries, in the order pages show them.
FACETS = ("gender", "ethnicity", "status", "prefecture", "county", "facility", "violation", "year")
# Events whose year is a "year of detention".
DETENTION_EVENTS = frozenset({"arrest", "detention", "transfer", "interrogation", "sentencing"})
# Attributes that name where a person comes from (resolved through the gazetteer).
PLACE_ATTRIBUTES = frozenset({"hometown", "birthplace", "residence"})
PAGE_SIZE = 20
MAX_PAGE = 500
PART_KEY_CAP = 100
CHUNK = 10_000  # numbers per IN list (SQLite allows 32,766 parameters)
MAX_VALUE = 200  # the longest facet value or word kept (columns are String(200))
_WORD = re.compile(r"\w+")
_PENDING = "public_search_pending"


# --- what a release puts in the index ----------------------------------------------------------------

def entry_names(content: dict) -> list[str]:
    """The released spellings of a person entry's name, in release order, each once."""
    return list(dict.fromkeys(n["name"] for n in content.get("names", []) if n.get("name")))


@lru_cache(maxsize=65536)
def place_facets(text: str) -> tuple[tuple[str, str], ...]:
    """(facet, gazetteer id) for the county and prefecture a place name lies in, if the gazetteer
    resolves it (`guwah.places.resolve_place`, as the search's place suggestion does)."""
    from guwah.errors import InputError
    from guwah.places import resolve_place

    try:
        resolution = resolve_place(text)
    except InputError:
        return ()
    return tuple(_gazetteer_facets(resolution.match.id)) if resolution.match is not None else ()


def entry_facets(content: dict) -> set[tuple[str, str]]:
    """(facet, value) pairs of a released person entry's content.

    gender and ethnicity from its attributes (case-folded); status; violation codes; the year of
    each dated arrest, detention, transfer, interrogation or sentencing; county and prefecture of
    a hometown (or birthplace, residence) attribute or of a timeline item's `place` (a gazetteer
    id); facility from a timeline item's `facility` (a public facility number), where a release
    carries one.
    """
    from guwah.names import fold

    facets: set[tuple[str, str]] = set()
    for attribute in content.get("attributes", []):
        name, value = attribute.get("attribute"), str(attribute.get("value") or "")
        if name in ("gender", "ethnicity") and value.strip():
            facets.add((name, " ".join(fold(value).split())))
        elif name in PLACE_ATTRIBUTES and value.strip():
            facets.update(place_facets(value))
    status = (content.get("status") or {}).get("status")
    if status:
        facets.add(("status", status))
    facets.update(("violation", v["code"]) for v in content.get("violations", []) if v.get("code"))
    for item in content.get("timeline", []):
        date = item.get("date") or ""
        if item.get("event") in DETENTION_EVENTS and date[:4].isdigit():
            facets.add(("year", date[:4]))
        if item.get("place"):
            facets.update(_gazetteer_facets(str(item["place"])))
        if item.get("facility") is not None:
            facets.add(("facility", str(item["facility"])))
    return {(f, v) for f, v in facets if len(v) <= MAX_VALUE}


def _gazetteer_facets(entry_id: str) -> list[tuple[str, str]]:
    """(facet, gazetteer id) of the county and the prefecture a gazetteer entry is or lies in."""
    from guwah.places import gazetteer
    from guwah.places.gazetteer import PREFECTURE_LEVEL

    gaz = gazetteer()
    if entry_id not in gaz.entries:
        return []
    county = gaz.county_of(entry_id)
    found = [("county", county.id)] if county is not None else []
    prefecture = next((e for e in [entry_id, *gaz.ancestors(entry_id)] if gaz.get(e).kind in PREFECTURE_LEVEL), None)
    if prefecture is not None:
        found.append(("prefecture", prefecture))
    return found


def place_filter(entry_id: str) -> tuple[str, str] | None:
    """The facet filter that lists the entries from a gazetteer place: its county, or the
    prefecture when the place is one (None above that level)."""
    from guwah.places import gazetteer
    from guwah.places.gazetteer import PREFECTURE_LEVEL

    found = dict(_gazetteer_facets(entry_id))
    if gazetteer().get(entry_id).kind in PREFECTURE_LEVEL:
        return ("prefecture", entry_id)
    return ("county", found["county"]) if "county" in found else None


def document_words(content: dict) -> set[str]:
    """The folded word stems of a released testimony's title and text (`guwah.names.stems`)."""
    from guwah.names import stems

    text = f"{content.get('title') or ''} {content.get('text') or ''}"
    return {stem for word in set(_WORD.findall(text)) for stem in stems(word) if len(stem) <= MAX_VALUE}


def entry_rows(number: int, content: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """The index rows of one released person entry: (names, keys, facets), as column dicts."""
    from guwah.names import name_keys

    names = [n for n in entry_names(content) if len(n) <= 500]
    keys = {key for name in names for key in name_keys(name) if len(key) <= MAX_VALUE}
    return ([{"number": number, "name": name} for name in names],
            [{"key": key, "number": number} for key in sorted(keys)],
            [{"facet": f, "value": v, "number": number} for f, v in sorted(entry_facets(content))])


# --- keeping it current ------------------------------------------------------------------------------

@event.listens_for(Session, "after_flush")
def note_release_changes(session: Session, _context) -> None:
    """Remember which release subjects a flush touched, for `sync_pending`."""
    touched = {(row.subject_type, row.subject_id) for row in (*session.new, *session.dirty, *session.deleted)
               if isinstance(row, Release)}
    if touched:
        session.info.setdefault(_PENDING, set()).update(touched)


def sync_pending(session: Session) -> int:
    """Bring the index up to date for every release subject touched in this session; returns how many."""
    pending = session.info.pop(_PENDING, set())
    for subject_type, subject_id in sorted(pending):
        sync_subject(session, subject_type, subject_id)
    return len(pending)


def _drop(session: Session, subject_type: str, number: int) -> None:
    tables = (PublicSearchName, PublicSearchKey, PublicSearchFacet) if subject_type == ENTRY else (PublicSearchWord,)
    for table in tables:
        session.execute(delete(table).where(table.number == number))


def sync_subject(session: Session, subject_type: str, subject_id: int) -> None:
    """Re-index one release subject from its approved release (or drop it when none is up)."""
    number = session.scalar(select(PublicNumber.number).where(PublicNumber.subject_type == subject_type,
                                                              PublicNumber.subject_id == subject_id))
    if number is None:
        return  # never released: nothing of it was ever indexed
    _drop(session, subject_type, number)
    release = session.scalar(select(Release).where(Release.subject_type == subject_type,
                                                   Release.subject_id == subject_id, Release.state == "approved")
                             .order_by(Release.version.desc()))
    if release is not None:
        _add(session, subject_type, number, release.content)


def _add(session: Session, subject_type: str, number: int, content: dict) -> None:
    if subject_type == ENTRY:
        for table, rows in zip((PublicSearchName, PublicSearchKey, PublicSearchFacet), entry_rows(number, content),
                               strict=True):
            if rows:
                session.execute(insert(table), rows)
    elif subject_type == DOCUMENT:
        rows = [{"word": word, "number": number} for word in sorted(document_words(content))]
        if rows:
            session.execute(insert(PublicSearchWord), rows)


def rebuild(session: Session) -> int:
    """Build the index whole from every approved release; returns how many releases it holds."""
    for table in (PublicSearchName, PublicSearchKey, PublicSearchFacet, PublicSearchWord, PublicSearchState):
        session.execute(delete(table))  # the build request too
    count = 0
    rows = session.execute(
        select(Release, PublicNumber.number)
        .join(PublicNumber, (PublicNumber.subject_type == Release.subject_type)
              & (PublicNumber.subject_id == Release.subject_id))
        .where(Release.state == "approved").execution_options(yield_per=1000))
    for release, number in rows:
        _add(session, release.subject_type, number, release.content)
        count += 1
    session.flush()
    session.info.pop(_PENDING, None)
    return count


def ensure_index(store) -> bool:
    """Build the index whole if a build was requested (migration 0010 on an archive that already
    had approved releases); True if it was built now."""
    with store.session() as session:
        if not session.scalar(select(func.count()).select_from(PublicSearchState)):
            return False
        rebuild(session)
        return True


# --- queries ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryHits:
    """One page of person entries found: their public numbers (best first), the total, and the
    facet counts over every hit ({facet: [(value, count), …]}, most frequent first)."""

    numbers: list[int]
    count: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def _filtered(base, filters: dict[str, str]):
    """`base` (a select of numbers) narrowed to entries that have every chosen facet value."""
    for facet, value in sorted(filters.items()):
        base = base.where(base.selected_columns[0].in_(
            select(PublicSearchFacet.number).where(PublicSearchFacet.facet == facet, PublicSearchFacet.value == value)
            .correlate(None)))
    return base


def _name_hits(session: Session, query: str) -> dict[int, float]:
    """Entries with a released spelling of the queried name: {public number: best score}."""
    from guwah.names import DEFAULT_THRESHOLD, compare_many, compare_names, name_keys

    keys = name_keys(query)
    usable = [k for k in keys if k.startswith("n:")]
    for key in keys:
        if not key.startswith("n:"):
            size = session.scalar(select(func.count()).select_from(
                select(PublicSearchKey.number).where(PublicSearchKey.key == key).limit(PART_KEY_CAP + 1).subquery()))
            if size <= PART_KEY_CAP:
                usable.append(key)
    if not usable:
        return {}
    rows = session.execute(select(PublicSearchName.number, PublicSearchName.name)
                           .join(PublicSearchKey, PublicSearchKey.number == PublicSearchName.number)
                           .where(PublicSearchKey.key.in_(usable)).distinct()).all()
    distinct = sorted({name for _, name in rows})
    # `same_person_name` for every candidate spelling: one at a time for a few, else at once
    # (array operations, the same scores; setting the arrays up costs more than a few pairs).
    pairs = [(query, name) for name in distinct]
    found = [compare_names(*pair) for pair in pairs] if len(pairs) <= 40 else compare_many(pairs)
    scores = {name: score for name, score in zip(distinct, found, strict=True) if score >= DEFAULT_THRESHOLD}
    best: dict[int, float] = {}
    for number, name in rows:
        if name in scores and scores[name] > best.get(number, -1.0):
            best[number] = scores[name]
    return best


def _chunks(numbers: set[int]) -> list[list[int]]:
    ordered = sorted(numbers)
    return [ordered[i:i + CHUNK] for i in range(0, len(ordered), CHUNK)]


def _having(session: Session, numbers: set[int], facet: str, value: str) -> set[int]:
    """Those of `numbers` whose entry has this facet value."""
    return {n for chunk in _chunks(numbers) for n in session.scalars(
        select(PublicSearchFacet.number).where(PublicSearchFacet.facet == facet, PublicSearchFacet.value == value,
                                               PublicSearchFacet.number.in_(chunk)))}


def _count(session: Session, numbers: set[int]) -> list[tuple[str, str, int]]:
    """(facet, value, entries) over these entries."""
    counts: dict[tuple[str, str], int] = {}
    for chunk in _chunks(numbers):
        for facet, value, n in session.execute(
                select(PublicSearchFacet.facet, PublicSearchFacet.value, func.count())
                .where(PublicSearchFacet.number.in_(chunk))
                .group_by(PublicSearchFacet.facet, PublicSearchFacet.value)):
            counts[facet, value] = counts.get((facet, value), 0) + n
    return [(facet, value, n) for (facet, value), n in counts.items()]


def find_entries(session: Session, query: str, filters: dict[str, str], page: int = 1) -> EntryHits:
    """Released person entries named `query` (any spelling or script) with every facet value in
    `filters`; with no query, every entry with those values (none when there are no filters either).

    Args:
        query: a name, already trimmed ("" for none).
        filters: {facet: value}, facets from FACETS.
        page: 1-based page of PAGE_SIZE hits.
    """
    page = max(1, min(page, MAX_PAGE))
    if query:
        best = _name_hits(session, query)
        hits = set(best)
        for facet, value in sorted(filters.items()):
            hits = _having(session, hits, facet, value) if hits else hits
        if not hits:
            return EntryHits([], 0, {})
        ordered = sorted(hits, key=lambda n: (-best[n], n))
        count, numbers = len(ordered), ordered[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
        counted = _count(session, hits)
    elif filters:
        first, *rest = sorted(filters.items())
        base = select(PublicSearchFacet.number).where(PublicSearchFacet.facet == first[0],
                                                      PublicSearchFacet.value == first[1])
        matched = _filtered(base, dict(rest))
        count = session.scalar(select(func.count()).select_from(matched.subquery()))
        if not count:
            return EntryHits([], 0, {})
        numbers = list(session.scalars(matched.order_by(PublicSearchFacet.number)
                                       .limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)))
        counted = session.execute(
            select(PublicSearchFacet.facet, PublicSearchFacet.value, func.count())
            .where(PublicSearchFacet.number.in_(matched.correlate(None)))
            .group_by(PublicSearchFacet.facet, PublicSearchFacet.value)).all()
    else:
        return EntryHits([], 0, {})
    facets: dict[str, list[tuple[str, int]]] = {}
    for facet, value, n in sorted(counted, key=lambda r: (FACETS.index(r[0]) if r[0] in FACETS else 99, -r[2], r[1])):
        facets.setdefault(facet, []).append((value, n))
    return EntryHits(numbers, count, facets)


def find_documents(session: Session, query: str) -> list[int]:
    """Public numbers of released testimonies containing every word of `query` (folded), ascending."""
    from guwah.names import fold

    words = list(dict.fromkeys(fold(w) for w in _WORD.findall(query)))
    if not words or any(len(w) > MAX_VALUE for w in words):
        return []
    found = select(PublicSearchWord.number).where(PublicSearchWord.word == words[0])
    for word in words[1:]:
        found = found.where(PublicSearchWord.number.in_(select(PublicSearchWord.number)
                                                        .where(PublicSearchWord.word == word).correlate(None)))
    return sorted(session.scalars(found))

