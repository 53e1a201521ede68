"""The public search index: released person entries by any spelling, with facets, and released
testimonies by word — built from approved releases only.

What goes in is read from the content of approved releases (what the public already sees), never
from the records behind them, so the index cannot hold a name, place or word that is not public.
It is kept current in the same commit that approves, supersedes or withdraws a release
(`note_release_changes` collects the releases a flush touched; `guwah.releases` calls
`sync_pending` once the release check has run), and `rebuild` builds it whole (on the first open
after migration 0010 of an archive that had releases, see `ensure_index`).

Persons are found through `guwah.names`: each distinct released spelling is stored once
(`public_search_spelling`) with its blocking keys (`name_keys`, in `public_search_key`) and the
entries that carry it (`public_search_name`). The query's keys pick candidate spellings, the
matcher (`compare_many`'s rules at `DEFAULT_THRESHOLD`, as `same_person_name`) scores them — over the
arrays of the name forms file every server process maps (`guwah.search.forms`), with no forms made
or parsed per request — and only then are the entries of the spellings that match read: a common name shared by thousands of namesakes
costs tens of spellings to score, not thousands of rows.
Whole-name keys are always looked up; a key of one name part only while it picks at most
PART_KEY_CAP spellings (a given name in a tenth of the registry narrows nothing, and the
whole-name key already covers it), so that the work per query does not grow with the registry.
A spelling whose whole-name key differs (a slip in a common name part) is found through its
rarer part only. Rows are keyed by public number, never an internal id.

A name of one word (a given name or a nickname: "Gulbahar") also finds the entries whose names have
it as one of their words ("Gulbahar Jamilova"), ranked below every full-name match: each distinct
word of a released spelling of two or more words is stored once (`public_search_part`) with its
keys and the entries that carry it, and scored by the same matcher, so a common given name costs
tens of parts to score; its hits are every entry carrying a matching part (tens of thousands for
Muhammad at 1,000,000 entries, read as arrays; see docs/benchmarks.md).

Testimony words are stored as their folded stems (`guwah.names.stems`) and each stem's readings in
Latin letters (`guwah.names.latin_forms`, the one transliteration layer), and a query word is looked
up under its folded form and its readings (`word_forms`), so that "Гульбахар" finds a testimony
that writes "Gulbahar" and the other way round. A testimony's names (capitalised words, words of
Uyghur Arabic script) are also stored under the name matcher's reduced form and gender
(`guwah.search.spelling_terms`), so that a query finds it in every spelling the person search takes
for the same name: «Ахмет» finds "Ehmet", as it finds the person card.

Facet counts and filters come from a table in each process's memory (`FacetTable`: numpy arrays
of facet value codes per entry, built from `public_search_facet`), rebuilt when the index
version (`public_search_version`, raised in every commit that changes the indexed entries) is not
the one it was built at, so that every server process answers from the same release set.

`guwah.publish` is the only caller: it checks every hit against the releases again before
showing it (embargoes, consent).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import weakref
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
from sqlalchemy import bindparam, delete, event, func, insert, select, update
from sqlalchemy.orm import Session

# The one rule of a word's forms, shared with the workspace's blind index.
from guwah.domain import PLACE_ATTRIBUTES
from guwah.search import word_forms
from guwah.storage.tables import (
    PublicNumber,
    PublicSearchCard,
    PublicSearchChange,
    PublicSearchFacet,
    PublicSearchKey,
    PublicSearchName,
    PublicSearchPart,
    PublicSearchPartKey,
    PublicSearchPartName,
    PublicSearchSpelling,
    PublicSearchState,
    PublicSearchVersion,
    PublicSearchWord,
    Release,
)

log = logging.getLogger(__name__)

DOCUMENT, ENTRY = "document", "entry"  # the release subject types (as in guwah.publish)
# Facets of person entries, in the order pages show them.
FACETS = ("gender", "ethnicity", "status", "prefecture", "county", "facility", "violation", "year")
# Rows of the same table that no search shows or filters by, kept for the figures, the map and the
# facility pages (`figure_facets`; counted from `figure_table`, a table apart from the search's).
FIGURE_FACETS = ("detained_year", "detained_at", "hometown_at", "event_type")
# The search's "year of detention" facet counts the years of detentions themselves, as the figures
# do (`guwah.publish.DETENTION_EVENTS`: arrest, detention, transfer): a sentencing or an interrogation
# in 2019 is no detention in 2019.
PAGE_SIZE = 20
MAX_PAGE = 500
PART_KEY_CAP = 100
PART_RANK = 2.0  # what a match on one word of a name loses against a whole-name match
# Names in the other order (Tursun Abdurehim for Abdurehim Tursun) shown apart on a first page: with
# patronymic names a swap may be a father and his son, so they are never among the hits.
OTHER_ORDER_SHOWN = PAGE_SIZE
CHUNK = 10_000  # numbers per IN list (SQLite allows 32,766 parameters)
MAX_VALUE = 200  # the longest facet value or word kept (columns are String(200))
_WORD = re.compile(r"\w+")
_PENDING = "public_search_pending"
_CHANGED = "public_search_changed"
_SEEN = "public_search_version_seen"  # the index version this transaction read first
_CHANGES_READ = "public_search_changes_read"  # {version: entries changed since}, this transaction
_FORMS_STALE = "public_search_forms_stale"  # a spelling or part left an entry: remove the forms file
_CARDS_STALE = "public_search_cards_stale"  # a card left the index: remove the cards file


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
    each dated detention event (`guwah.publish.DETENTION_EVENTS`: arrest, detention, transfer; never a
    sentencing); county and prefecture of
    a hometown (or birthplace, residence) attribute or of a timeline item's `place` (a gazetteer
    id); facility from a timeline item's `facility` (a public facility number), where a release
    carries one.
    """
    from guwah.names import fold
    from guwah.publish import DETENTION_EVENTS

    facets: set[tuple[str, str]] = set()
    for attribute in content.get("attributes", []):
        name, value = attribute.get("attribute"), str(attribute.get("value") or "")
        if name in ("gender", "ethnicity") and value.strip():
            facets.add((name, " ".join(fold(value).split())))
        elif name in PLACE_ATTRIBUTES and attribute.get("place"):  # the place the release froze
            facets.update(_gazetteer_facets(str(attribute["place"])))
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


def figure_facets(content: dict) -> set[tuple[str, str]]:
    """(facet, value) pairs of a released person entry that the public figures and map count
    (FIGURE_FACETS), as the release froze them:

    - ("detained_year", "YYYY"): the year (first four characters) of each dated detention event
      (`guwah.publish.DETENTION_EVENTS`: arrest, detention, transfer);
    - ("detained_at", "F|P"): each such event's public facility number F and place gazetteer id P
      ("" for either when it has none): the figures find its prefecture and facility type from the
      facility's sites as they are now, else from the place (`at_value` reads it back);
    - ("hometown_at", P): the gazetteer id of each hometown attribute's place ("" for none;
      `guwah.publish.HOMETOWN_ATTRIBUTES`);
    - ("event_type", T): the type of each event of its timeline (the figures' events by type).
    """
    from guwah.publish import DETENTION_EVENTS, HOMETOWN_ATTRIBUTES

    facets: set[tuple[str, str]] = set()
    for item in content.get("timeline", []):
        if item.get("event"):
            facets.add(("event_type", str(item["event"])))
        if item.get("event") not in DETENTION_EVENTS:
            continue
        if item.get("date"):
            facets.add(("detained_year", str(item["date"])[:4]))
        facility = item.get("facility")
        facets.add(("detained_at", f"{'' if facility is None else facility}|{item.get('place') or ''}"))
    facets.update(("hometown_at", str(a.get("place") or "")) for a in content.get("attributes", [])
                  if a.get("attribute") in HOMETOWN_ATTRIBUTES)
    return {(f, v) for f, v in facets if len(v) <= MAX_VALUE}


def at_value(value: str) -> tuple[int | None, str | None]:
    """A "detained_at" value (`figure_facets`) read back: (public facility number or None,
    gazetteer id or None)."""
    facility, _, place = value.partition("|")
    return (int(facility) if facility.isdecimal() else None), (place or None)


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


_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def document_words(content: dict) -> set[str]:
    """The index words of a released testimony's title and text: the folded stems of each word
    (`guwah.names.stems`) and their Latin readings (`word_forms`), its names' spelling terms
    (`guwah.search.text_spelling_terms`), and the readings of the
    transcribed names inside runs of Chinese characters (`guwah.search.han_name_forms`: "Tursun"
    finds a testimony that writes 吐尔逊 inside a sentence), and the character pairs of those runs, as
    the workspace's blind index has them (`guwah.search.words`): Chinese puts no spaces between
    words, so a word ("看守所") is found inside a sentence by its pairs (`find_documents`)."""
    from guwah.names import stems
    from guwah.search import han_name_forms, han_pairs, text_place_terms, text_spelling_terms

    text = f"{content.get('title') or ''} {content.get('text') or ''}"
    found = {form for word in set(_WORD.findall(text)) for stem in stems(word) for form in word_forms(stem)}
    runs = set(_HAN_RUN.findall(text))
    found.update(form for run in runs for form in han_name_forms(run))
    found.update(pair for run in runs for pair in han_pairs(run))
    found.update(text_place_terms(text))  # the places it names in any script (`guwah.search.place_terms`)
    # the names it writes, under every spelling the person search takes for them (`spelling_terms`)
    found.update(text_spelling_terms(text))
    return {form for form in found if len(form) <= MAX_VALUE}


def name_parts(name: str) -> list[str]:
    """The words of a spelling of two or more words, each once ("Gulbahar Jamilova" → both); none
    for a one-word spelling (the spelling itself is indexed whole)."""
    parts = list(dict.fromkeys(part for part in _WORD.findall(name) if len(part) <= MAX_VALUE))
    return parts if len(parts) > 1 else []


# The fields of a released person entry that the search page and API show for a hit (those of
# `guwah.publish.PublicEntry` but its number): a public card holds these and nothing else.
CARD_FIELDS = ("names", "status", "timeline", "violations", "attributes")


def card_text(content: dict) -> str:
    """The public card of a released person entry: its CARD_FIELDS (those it has) as compact JSON."""
    return json.dumps({f: content[f] for f in CARD_FIELDS if f in content}, ensure_ascii=False,
                      separators=(",", ":"), default=str)


def entry_rows(number: int, content: dict) -> tuple[dict[str, list[str]], list[dict]]:
    """The index rows of one released person entry: ({spelling: its keys}, facet rows as column dicts)."""
    from guwah.names import name_keys

    spellings = {name: sorted({key for key in name_keys(name) if len(key) <= MAX_VALUE})
                 for name in entry_names(content) if len(name) <= 500}
    facets = entry_facets(content) | figure_facets(content)
    return spellings, [{"facet": f, "value": v, "number": number} for f, v in sorted(facets)]


def add_entries(session: Session, entries: list[tuple[int, dict]]) -> int:
    """Index released person entries, given as (public number, release content) not indexed yet,
    and write their public cards (`card_text`); returns how many spellings were new. Raises the
    index version (see `bump_version`)."""
    if entries:
        session.execute(insert(PublicSearchCard), [{"number": number, "card": card_text(content)}
                                                   for number, content in entries])
    spellings: dict[str, list[str]] = {}
    links: list[tuple[str, int]] = []
    facets: list[dict] = []
    part_links: set[tuple[str, int]] = set()
    for number, content in entries:
        names, facet_rows = entry_rows(number, content)
        spellings.update(names)
        links.extend((name, number) for name in names)
        part_links.update((part, number) for name in names for part in name_parts(name))
        facets.extend(facet_rows)
    ids = _spelling_ids(session, list(spellings))
    new = [name for name in spellings if name not in ids]
    if new:
        from guwah.names.compare import prepared_text

        session.execute(insert(PublicSearchSpelling), [{"name": name, "forms": prepared_text(name)} for name in new])
        added = _spelling_ids(session, new)
        keys = [{"key": key, "spelling_id": added[name]} for name in new for key in spellings[name]]
        if keys:
            session.execute(insert(PublicSearchKey), keys)
        ids.update(added)
    if links:
        session.execute(insert(PublicSearchName), [{"spelling_id": ids[name], "number": number}
                                                   for name, number in links])
    if facets:
        session.execute(insert(PublicSearchFacet), facets)
    if part_links:
        _add_parts(session, sorted(part_links))
    bump_version(session, [number for number, _ in entries])
    return len(new)


def _add_parts(session: Session, links: list[tuple[str, int]]) -> None:
    """Index name parts as (part, public number) pairs: new parts with their keys and forms."""
    from guwah.names import name_keys
    from guwah.names.compare import prepared_text

    parts = list(dict.fromkeys(part for part, _ in links))
    ids = _part_ids(session, parts)
    new = [part for part in parts if part not in ids]
    if new:
        session.execute(insert(PublicSearchPart), [{"part": part, "forms": prepared_text(part)} for part in new])
        added = _part_ids(session, new)
        keys = [{"key": key, "part_id": added[part]} for part in new
                for key in sorted({k for k in name_keys(part) if len(k) <= MAX_VALUE})]
        if keys:
            session.execute(insert(PublicSearchPartKey), keys)
        ids.update(added)
    session.execute(insert(PublicSearchPartName), [{"part_id": ids[part], "number": number} for part, number in links])


def _part_ids(session: Session, parts: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(parts), CHUNK):
        found.update((part, id_) for id_, part in session.execute(
            select(PublicSearchPart.id, PublicSearchPart.part).where(PublicSearchPart.part.in_(parts[i:i + CHUNK]))))
    return found


def _spelling_ids(session: Session, names: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(names), CHUNK):
        found.update((name, id_) for id_, name in session.execute(
            select(PublicSearchSpelling.id, PublicSearchSpelling.name)
            .where(PublicSearchSpelling.name.in_(names[i:i + CHUNK]))))
    return found


FORMS_BATCH = 2000


def fill_spelling_forms(connection) -> int:
    """Store the prepared name forms (`guwah.names.compare.prepared_text`) of every indexed spelling
    that has none (an index made by other name-matching code is built whole again: `ensure_index`);
    returns how many were made. Takes a connection or a session; the caller commits.
    Forms are what a search scores with, so the index's entries do not change (no version raise)."""
    from guwah.names.compare import prepared_text

    made = 0
    tables = [(PublicSearchSpelling.__table__, "name")]
    if _has_parts(connection):  # migration 0015 runs this before 0016 adds the parts
        tables.append((PublicSearchPart.__table__, "part"))
    for table, column in tables:
        wanted = table.c.forms.is_(None)
        after = 0
        while True:
            rows = connection.execute(select(table.c.id, table.c[column]).where(wanted, table.c.id > after)
                                      .order_by(table.c.id).limit(FORMS_BATCH)).all()
            if not rows:
                break
            connection.execute(update(table).where(table.c.id == bindparam("row_id"))
                               .values(forms=bindparam("prepared")),
                               [{"row_id": id_, "prepared": prepared_text(name)} for id_, name in rows])
            made += len(rows)
            after = rows[-1][0]
    return made


def fill_cards(connection) -> int:
    """Write the public card (`card_text`) of every approved person entry release that has a public
    number and no card yet, FORMS_BATCH at a time; returns how many. Takes a connection or a
    session whose engine can open sealed values (a `guwah.storage.Store`'s); the caller commits.
    Migration 0019 runs it."""
    releases, numbers, cards = Release.__table__, PublicNumber.__table__, PublicSearchCard.__table__
    query = (select(numbers.c.number, releases.c.content)
             .join(releases, (releases.c.subject_type == numbers.c.subject_type)
                   & (releases.c.subject_id == numbers.c.subject_id))
             .where(numbers.c.subject_type == ENTRY, releases.c.state == "approved",
                    numbers.c.number > bindparam("after"),
                    ~select(cards.c.number).where(cards.c.number == numbers.c.number).exists())
             .order_by(numbers.c.number).limit(FORMS_BATCH))
    made, after = 0, 0
    while rows := connection.execute(query, {"after": after}).all():
        connection.execute(insert(cards), [{"number": number, "card": card_text(content)} for number, content in rows])
        made += len(rows)
        after = rows[-1][0]
    return made


def _has_parts(connection) -> bool:
    from sqlalchemy import inspect

    bind = connection.connection() if isinstance(connection, Session) else connection
    return inspect(bind).has_table(PublicSearchPart.__tablename__)


# The functions of this module that write the index's rows from a release's content, and the
# constants they read (`_row_code`). The queries are not in the stamp: a change to them alone would
# rebuild a large index for nothing.
ROW_CODE = ("entry_names", "place_facets", "entry_facets", "figure_facets", "_gazetteer_facets", "document_words",
            "name_parts", "card_text", "entry_rows", "add_entries", "_add_parts", "_add", "rebuild")


def _row_code() -> str:
    """The code of ROW_CODE's functions as this module's file has it, without docstrings and
    comments (`ast.unparse`: a change to the words that explain them rebuilds nothing), and the
    values of the constants they read."""
    import ast
    from pathlib import Path

    from guwah.publish import DETENTION_EVENTS, HOMETOWN_ATTRIBUTES

    functions = {node.name: node for node in ast.parse(Path(__file__).read_text("utf-8")).body
                 if isinstance(node, ast.FunctionDef) and node.name in ROW_CODE}
    code = []
    for name in ROW_CODE:
        node = functions[name]
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            node.body = body[1:] or [ast.Pass()]
        code.append(ast.unparse(node))
    constants = (CARD_FIELDS, MAX_VALUE, _WORD.pattern, _HAN_RUN.pattern,
                 sorted(PLACE_ATTRIBUTES), sorted(DETENTION_EVENTS), sorted(HOMETOWN_ATTRIBUTES))
    return "\n".join(code) + "\n" + repr(constants)


@lru_cache(maxsize=1)
def index_stamp() -> str:
    """A short stamp (12 hex digits) of the code and data that make the public index's rows, keys
    and words: the name matcher's (`guwah.names.compare.forms_stamp`), this package's key code
    (`guwah.search`: `spelling_terms`, `text_spelling_terms`, `place_terms`, `word_forms`), the stop
    words a name is not, this module's row code (`_row_code`: ROW_CODE's functions without their
    docstrings and comments, and the constants they read), and the content of the data the
    gazetteer is built from (`guwah.places.index.data_digest`: the curated table, the GeoNames towns
    file, the CLDR country names). An index stamped otherwise is built again on the next open
    (`ensure_index`)."""
    import hashlib
    from pathlib import Path

    import guwah.search
    from guwah.names.compare import forms_stamp
    from guwah.places.index import data_digest
    from guwah.redaction import stop_words

    digest = hashlib.sha256(forms_stamp().encode() + b"\0")
    digest.update(Path(guwah.search.__file__).read_bytes() + b"\0")
    digest.update("\n".join(sorted(stop_words())).encode() + b"\0")
    digest.update(_row_code().encode() + b"\0")
    digest.update(data_digest().encode())
    return digest.hexdigest()[:12]


def index_is_current(session: Session) -> bool:
    """Whether the public index was built by this code (its stored stamp is `index_stamp`); False
    for an index built before the stamp was kept (migration 0033)."""
    return session.scalar(select(PublicSearchVersion.stamp).where(PublicSearchVersion.id == 1)) == index_stamp()


def _set_stamp(session: Session) -> None:
    session.execute(update(PublicSearchVersion).where(PublicSearchVersion.id == 1).values(stamp=index_stamp()))


EVERY_ENTRY = 0  # in the change log: every entry changed (a rebuild); public numbers start at 1


def bump_version(session: Session, numbers: list[int] = ()) -> None:
    """Raise the index version: the indexed entries change in this transaction; log the public
    numbers of the entries whose index rows change (`PublicSearchChange`; EVERY_ENTRY for all),
    which a process's facet table reads to catch up (`facet_table`). Facet tables are not cached
    from this session until it ends."""
    session.execute(update(PublicSearchVersion).where(PublicSearchVersion.id == 1)
                    .values(version=PublicSearchVersion.version + 1))
    session.info[_CHANGED] = True
    session.info.pop(_SEEN, None)
    session.info.pop(_CHANGES_READ, None)
    if numbers:
        version = index_version(session)
        session.execute(insert(PublicSearchChange), [{"version": version, "number": n} for n in sorted(set(numbers))])
        if version % PRUNE_EVERY == 0 and version > KEEP_VERSIONS:
            _prune_changes(session, version - KEEP_VERSIONS)


# The change log keeps the last KEEP_VERSIONS versions, pruned every PRUNE_EVERY versions; a
# process whose facet table is older than what is kept builds it whole (the pruning logs "every
# entry" where it cut).
KEEP_VERSIONS = 10_000
PRUNE_EVERY = 1_000


def _prune_changes(session: Session, keep_from: int) -> None:
    """Drop the change log below version `keep_from`, logging EVERY_ENTRY at `keep_from`: a table
    older than that can no longer catch up from the log (`changed_since` gives None)."""
    session.execute(delete(PublicSearchChange).where(PublicSearchChange.version < keep_from))
    session.execute(delete(PublicSearchChange).where(PublicSearchChange.version == keep_from,
                                                     PublicSearchChange.number == EVERY_ENTRY))
    session.execute(insert(PublicSearchChange), [{"version": keep_from, "number": EVERY_ENTRY}])


# --- keeping it current ------------------------------------------------------------------------------

@event.listens_for(Session, "after_flush")
def note_release_changes(session: Session, _context) -> None:
    """Remember which release subjects a flush touched, for `sync_pending`."""
    touched = {(row.subject_type, row.subject_id) for row in (*session.new, *session.dirty, *session.deleted)
               if isinstance(row, Release)}
    if touched:
        session.info.setdefault(_PENDING, set()).update(touched)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _transaction_ended(session: Session) -> None:
    session.info.pop(_CHANGED, None)
    session.info.pop(_SEEN, None)
    session.info.pop(_CHANGES_READ, None)


@event.listens_for(Session, "after_commit")
def _remove_stale_forms(session: Session) -> None:
    """Right after a commit in which a spelling or name part left a released entry (a withdrawal,
    a supersession that changed a name, a rebuild), remove the unencrypted forms file that still
    holds it (`guwah.search.forms.remove_forms_files`; SECURITY.md); after one in which a card
    left the index (a withdrawal, any new version of an entry, a rebuild), the cards file
    (`guwah.search.cards.remove_cards_files`). Kept after a rollback: at worst a later commit
    removes a file that could have stayed."""
    forms, cards = session.info.pop(_FORMS_STALE, None), session.info.pop(_CARDS_STALE, None)
    store = session.info.get("guwah_store")
    if store is None:
        return
    if forms:
        from guwah.search.forms import remove_forms_files

        remove_forms_files(store.settings.data_dir)
    if cards:
        from guwah.search.cards import remove_cards_files

        remove_cards_files(store.settings.data_dir)


def note_subject(session: Session, subject_type: str, subject_id: int) -> None:
    """Have `sync_pending` index a release subject that a flush did not touch (one just numbered)."""
    session.info.setdefault(_PENDING, set()).add((subject_type, subject_id))


def sync_pending(session: Session) -> int:
    """Bring the index up to date for every release subject touched in this session; returns how many."""
    pending = session.info.pop(_PENDING, set())
    for subject_type, subject_id in sorted(pending):
        sync_subject(session, subject_type, subject_id)
    return len(pending)


def _drop(session: Session, subject_type: str, number: int) -> None:
    if subject_type != ENTRY:
        session.execute(delete(PublicSearchWord).where(PublicSearchWord.number == number))
        return
    spelling_ids = list(session.scalars(select(PublicSearchName.spelling_id).where(PublicSearchName.number == number)))
    session.execute(delete(PublicSearchName).where(PublicSearchName.number == number))
    session.execute(delete(PublicSearchFacet).where(PublicSearchFacet.number == number))
    if session.execute(delete(PublicSearchCard).where(PublicSearchCard.number == number)).rowcount:
        session.info[_CARDS_STALE] = True
    part_ids = list(session.scalars(select(PublicSearchPartName.part_id).where(PublicSearchPartName.number == number)))
    session.execute(delete(PublicSearchPartName).where(PublicSearchPartName.number == number))
    lone = [i for i in part_ids if session.scalar(
        select(PublicSearchPartName.number).where(PublicSearchPartName.part_id == i).limit(1)) is None]
    if lone:
        session.execute(delete(PublicSearchPartKey).where(PublicSearchPartKey.part_id.in_(lone)))
        session.execute(delete(PublicSearchPart).where(PublicSearchPart.id.in_(lone)))
    # A spelling no released entry carries any more leaves the index with its keys.
    orphans = [i for i in spelling_ids if session.scalar(
        select(PublicSearchName.number).where(PublicSearchName.spelling_id == i).limit(1)) is None]
    if orphans:
        session.execute(delete(PublicSearchKey).where(PublicSearchKey.spelling_id.in_(orphans)))
        session.execute(delete(PublicSearchSpelling).where(PublicSearchSpelling.id.in_(orphans)))
    bump_version(session, [number])


def _carried(session: Session, number: int) -> set[tuple[str, str]]:
    """The spellings and name parts an entry carries in the index, as (section, text)."""
    spellings = session.scalars(select(PublicSearchSpelling.name).join(
        PublicSearchName, PublicSearchName.spelling_id == PublicSearchSpelling.id).where(PublicSearchName.number == number))
    parts = session.scalars(select(PublicSearchPart.part).join(
        PublicSearchPartName, PublicSearchPartName.part_id == PublicSearchPart.id).where(PublicSearchPartName.number == number))
    return {("spelling", name) for name in spellings} | {("part", part) for part in parts}


def sync_subject(session: Session, subject_type: str, subject_id: int) -> None:
    """Re-index one release subject from its approved release (or drop it when none is up). Every
    withdrawal, supersession and approval comes here (`sync_pending`): where an entry loses a
    spelling or name part, the forms file is removed once this transaction commits
    (`_remove_stale_forms`)."""
    number = session.scalar(select(PublicNumber.number).where(PublicNumber.subject_type == subject_type,
                                                              PublicNumber.subject_id == subject_id))
    if number is None:
        return  # never released: nothing of it was ever indexed
    before = _carried(session, number) if subject_type == ENTRY else set()
    _drop(session, subject_type, number)
    release = session.scalar(select(Release).where(Release.subject_type == subject_type,
                                                   Release.subject_id == subject_id, Release.state == "approved")
                             .order_by(Release.version.desc()))
    if release is not None:
        _add(session, subject_type, number, release.content)
    if before and not before <= _carried(session, number):
        session.info[_FORMS_STALE] = True


def _add(session: Session, subject_type: str, number: int, content: dict) -> None:
    if subject_type == ENTRY:
        add_entries(session, [(number, content)])
    elif subject_type == DOCUMENT:
        rows = [{"word": word, "number": number} for word in sorted(document_words(content))]
        if rows:
            session.execute(insert(PublicSearchWord), rows)


def rebuild(session: Session) -> int:
    """Build the index whole from every approved release; returns how many releases it holds."""
    for table in (PublicSearchCard, PublicSearchName, PublicSearchKey, PublicSearchSpelling, PublicSearchPartName,
                  PublicSearchPartKey, PublicSearchPart, PublicSearchFacet, PublicSearchWord, PublicSearchState,
                  PublicSearchChange):
        session.execute(delete(table))  # the build request too
    bump_version(session, [EVERY_ENTRY])
    _set_stamp(session)
    count = 0
    rows = session.execute(
        select(Release, PublicNumber.number)
        .join(PublicNumber, (PublicNumber.subject_type == Release.subject_type)
              & (PublicNumber.subject_id == Release.subject_id))
        .where(Release.state == "approved").execution_options(yield_per=1000))
    batch: list[tuple[int, dict]] = []
    for release, number in rows:
        if release.subject_type == ENTRY:
            batch.append((number, release.content))
            if len(batch) >= 1000:
                add_entries(session, batch)
                batch = []
        else:
            _add(session, release.subject_type, number, release.content)
        count += 1
    if batch:
        add_entries(session, batch)
    session.flush()
    session.info.pop(_PENDING, None)
    session.info[_FORMS_STALE] = session.info[_CARDS_STALE] = True  # the files may hold what it left out
    return count


# The PostgreSQL advisory lock of a build of the public index ("guwahp"), and how long a build waits
# for another one's (SQLite: its write lock) before it leaves the index to it.
BUILD_LOCK = 0x677577616870
BUILD_WAIT = 5.0


def build_lock(session: Session, wait: float | None = None) -> bool:
    """Take the lock of a build of the index until `session`'s transaction ends, as its first
    statement: PostgreSQL's transaction advisory lock BUILD_LOCK; on SQLite the database's write
    lock (BEGIN IMMEDIATE), which every writer takes. Waits up to `wait` seconds (BUILD_WAIT if None)
    for a build in another process or thread; returns False (no lock, nothing begun) if that one
    still runs."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    wait = BUILD_WAIT if wait is None else wait
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        deadline = time.monotonic() + wait
        while not connection.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": BUILD_LOCK}):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        return True
    busy = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait * 1000)}")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as error:
        if "locked" not in str(error.orig) and "busy" not in str(error.orig):
            raise
        return False
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(busy)}")
    return True


def _build_wanted(session: Session) -> bool | None:
    """Whether the index must be built: True if a build was requested (a migration on an archive
    that already had approved releases) or other code made it (`index_is_current`) and something
    is released; None if it is only unstamped with nothing released (a new archive); else False."""
    if session.scalar(select(func.count()).select_from(PublicSearchState)):
        return True
    if index_is_current(session):
        return False
    return True if session.scalar(select(Release.id).where(Release.state == "approved").limit(1)) else None


def ensure_index(store) -> bool:
    """Build the index whole if a build was requested (a migration on an archive that already had
    approved releases) or if other code made it (`index_is_current`): the name matcher's and
    `guwah.search`'s code make its blocking keys and indexed words, not only the stored forms, and a
    spelling or testimony kept under an old key would be missed by a search. True if it was built now.

    Several processes open the archive at once (the web's workers, a `guwah` command): the build is
    one transaction under `build_lock`, and what it decides is read again under the lock, so the
    second process finds the index current once the first one commits and builds nothing; one
    still waiting after BUILD_WAIT leaves the build to the other. A reader sees the index before the
    build or after it, never between (one transaction)."""
    with store.session() as session:  # the common case, without the lock: current
        if _build_wanted(session) is False:
            return False
    with store.session() as session:
        if not build_lock(session):
            log.info("search: another process is building the public index")
            return False
        wanted = _build_wanted(session)
        if wanted is None:
            _set_stamp(session)  # nothing released, nothing indexed (a new archive): no build to log
        if not wanted:
            return False
        requested = bool(session.scalar(select(func.count()).select_from(PublicSearchState)))
        log.info("search: building the public index again (%s)",
                 "requested" if requested else "the code or data that make its keys changed")
        rebuild(session)
        return True


# --- queries ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryHits:
    """One page of person entries found: their public numbers (best first), the total, and the
    facet counts over every hit ({facet: [(value, count), …]}, most frequent first); on the first
    page, the entries whose name is the query's only with its parts in another order
    (`other_order`, best first, at most OTHER_ORDER_SHOWN; `other_order_count` of them in all),
    which are not among the hits and are not counted in `count` or the facets."""

    numbers: list[int]
    count: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    other_order: list[int] = field(default_factory=list)
    other_order_count: int = 0


@dataclass(frozen=True)
class FacetTable:
    """The facet values of every indexed entry at one index version, in memory.

    `entries_total` counts released entries; `values[code]` is a (facet, value) pair;
    `postings[code]` the sorted public numbers of the entries that have it; `entries` (sorted), `offsets` and `codes` the same by entry: the codes
    of `entries[i]` are `codes[offsets[i]:offsets[i + 1]]`. Arrays hold int64 numbers and int32
    codes: about 12 bytes per (entry, value) pair and 16 per entry (~90 MB at 1,000,000 entries).
    `row_of[number]` is the row of entry `number` in `entries` (-1 for none; made from `entries`
    at construction, 4 bytes per number up to the largest: ~4 MB at 1,000,000), so that counting
    and filtering hits index rows directly instead of a binary search over every entry per hit.
    """

    version: int
    entries_total: int  # released person entries (some may have no facet value)
    values: list[tuple[str, str]]
    code_of: dict[tuple[str, str], int]
    postings: list[np.ndarray]
    entries: np.ndarray
    offsets: np.ndarray
    codes: np.ndarray
    row_of: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        row_of = np.full(int(self.entries[-1]) + 1 if len(self.entries) else 0, -1, dtype=np.int32)
        row_of[self.entries] = np.arange(len(self.entries), dtype=np.int32)
        object.__setattr__(self, "row_of", row_of)

    def rows(self, numbers: np.ndarray) -> np.ndarray:
        """The row in `entries` of each of `numbers` (int64), -1 for a number the table lacks."""
        inside = (numbers >= 0) & (numbers < len(self.row_of))
        if inside.all():
            return self.row_of[numbers]
        rows = np.full(len(numbers), -1, dtype=np.int32)
        rows[inside] = self.row_of[numbers[inside]]
        return rows

    def with_value(self, facet: str, value: str) -> np.ndarray:
        """The sorted numbers of the entries with this facet value (empty for an unknown one)."""
        code = self.code_of.get((facet, value))
        return self.postings[code] if code is not None else np.empty(0, dtype=np.int64)

    def matching(self, filters: dict[str, str]) -> np.ndarray:
        """The sorted numbers of the entries with every facet value in `filters` (a non-empty dict)."""
        chosen = sorted((self.with_value(f, v) for f, v in filters.items()), key=len)
        found = chosen[0]
        for numbers in chosen[1:]:
            found = found[_member(found, numbers)]
        return found

    def keep(self, numbers: np.ndarray, filters: dict[str, str]) -> np.ndarray:
        """A boolean mask over `numbers`: which have every facet value in `filters`."""
        codes = [self.code_of.get((facet, value)) for facet, value in filters.items()]
        if None in codes or not len(numbers):
            return np.zeros(len(numbers), dtype=bool)
        rows = self.rows(numbers)
        held = np.flatnonzero(rows >= 0)
        owners, row_codes = self._codes_of(rows[held])
        mask = np.zeros(len(numbers), dtype=bool)
        mask[held] = True
        for code in codes:
            has = np.zeros(len(held), dtype=bool)
            has[owners[row_codes == code]] = True
            mask[held] &= has
        return mask

    def _codes_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every code of these rows at once: (the index in `rows` it belongs to, the code)."""
        starts, ends = self.offsets[rows], self.offsets[rows.astype(np.int64) + 1]
        lengths = ends - starts
        return np.repeat(np.arange(len(rows)), lengths), self.codes[_spans(starts, ends)]

    def count(self, numbers: np.ndarray) -> list[tuple[str, str, int]]:
        """(facet, value, entries) over these distinct entries' numbers."""
        if not len(numbers) or not len(self.entries):
            return []
        rows = self.rows(numbers)
        rows = rows[rows >= 0].astype(np.int64)
        # Only the codes are counted (not whose they are): one gather over their positions.
        codes = self.codes[_spans(self.offsets[rows], self.offsets[rows + 1])]
        if not len(codes):
            return []
        counted = np.bincount(codes, minlength=len(self.values))
        return [(*self.values[code], int(counted[code])) for code in np.flatnonzero(counted)]

    def updated(self, version: int, entries_total: int, changed: np.ndarray,
                rows: list[tuple[int, str, str]]) -> FacetTable:
        """A new table at `version`: this one with the entries numbered in `changed` (sorted, distinct
        int64) given exactly the facet values in `rows` ((number, facet, value), none for an entry
        that left the index). Costs a pass over the arrays (tens of milliseconds at 1,000,000
        entries), not a read of every facet row; this table is left as it was."""
        values, code_of = list(self.values), dict(self.code_of)
        for _, facet, value in rows:
            if (facet, value) not in code_of:
                code_of[(facet, value)] = len(values)
                values.append((facet, value))
        added = np.array([n for n, _, _ in rows], dtype=np.int64)
        added_codes = np.array([code_of[(f, v)] for _, f, v in rows], dtype=np.int32)
        order = np.lexsort((added_codes, added))
        added, added_codes = added[order], added_codes[order]
        # Out: the changed entries' rows and their codes (positions, not a pass over every row).
        rows_out = _found_at(self.entries, changed)
        lengths = np.diff(self.offsets)
        out = (np.concatenate([np.arange(self.offsets[r], self.offsets[r + 1]) for r in rows_out])
               if len(rows_out) else np.empty(0, dtype=np.int64))
        touched = set(self.codes[out].tolist()) | set(added_codes.tolist())
        entries, lengths = np.delete(self.entries, rows_out), np.delete(lengths, rows_out)
        codes = np.delete(self.codes, out)
        # In: the changed entries' rows now, each entry's codes in one block.
        new_entries, new_lengths = np.unique(added, return_counts=True)
        at = np.searchsorted(entries, new_entries)
        starts = np.concatenate([[0], np.cumsum(lengths)])[at]
        codes = np.insert(codes, np.repeat(starts, new_lengths), added_codes)
        entries, lengths = np.insert(entries, at, new_entries), np.insert(lengths, at, new_lengths)
        postings = list(self.postings) + [np.empty(0, dtype=np.int64)] * (len(values) - len(self.values))
        for code in touched:
            postings[code] = _replaced(postings[code], changed, added[added_codes == code])
        return FacetTable(version, entries_total, values, code_of, postings, entries,
                          np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64), codes)


def _spans(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The positions start, start + 1, …, end - 1 of every span in turn (int64 arrays of one
    length; empty spans allowed): a running sum of ones that jumps at each span's start, so a
    search's facet count costs one pass over the positions it reads whatever the hits' number."""
    keep = ends > starts
    starts, ends = starts[keep], ends[keep]
    if not len(starts):
        return np.empty(0, dtype=np.int64)
    lengths = ends - starts
    step = np.ones(int(lengths.sum()), dtype=np.int64)
    step[0] = starts[0]
    step[np.cumsum(lengths[:-1])] = starts[1:] - ends[:-1] + 1
    return np.cumsum(step)


def _found_at(sorted_numbers: np.ndarray, numbers: np.ndarray) -> np.ndarray:
    """The positions in `sorted_numbers` of those of `numbers` that it holds."""
    if not len(sorted_numbers):
        return np.empty(0, dtype=np.int64)
    at = np.minimum(np.searchsorted(sorted_numbers, numbers), len(sorted_numbers) - 1)
    return at[sorted_numbers[at] == numbers]


def _replaced(numbers: np.ndarray, removed: np.ndarray, added: np.ndarray) -> np.ndarray:
    """Sorted distinct `numbers` without `removed` and with `added` (both sorted), by positions:
    a copy of the array, not a sort of it."""
    numbers = np.delete(numbers, _found_at(numbers, removed))
    added = added[~_member(added, numbers)]
    return np.insert(numbers, np.searchsorted(numbers, added), added).astype(np.int64)


def _member(numbers: np.ndarray, sorted_numbers: np.ndarray) -> np.ndarray:
    """A boolean mask over `numbers`: which are in `sorted_numbers`."""
    if not len(sorted_numbers):
        return np.zeros(len(numbers), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_numbers, numbers), len(sorted_numbers) - 1)
    return sorted_numbers[at] == numbers


# Read on the DBAPI's own cursor (no parameters: any driver): every search reads it, and
# SQLAlchemy's statement handling cost more than the read (docs/benchmarks.md, "Seventeenth round").
_VERSION_SQL = f"SELECT version FROM {PublicSearchVersion.__tablename__} WHERE id = 1"


def changes_pending(session: Session) -> bool:
    """Whether this session has changed the index and not committed (its view is its own: nothing
    kept per process or in a file may answer for it)."""
    return bool(session.info.get(_CHANGED))


def index_version(session: Session) -> int:
    """The public search index's version as this session sees it: read once per transaction (a
    search asks for it several times) and again after this session raises it (`bump_version`).
    Values cached for a version are read after it, so they are never older than it."""
    seen = session.info.get(_SEEN)
    if seen is None:
        cursor = session.connection().connection.cursor()
        try:
            cursor.execute(_VERSION_SQL)
            row = cursor.fetchone()
        finally:
            cursor.close()
        seen = session.info[_SEEN] = (row[0] if row else 0) or 0
    return seen


_FACET_VALUES = (select(PublicSearchFacet.facet, PublicSearchFacet.value).distinct()
                 .where(PublicSearchFacet.facet.in_(bindparam("kinds", expanding=True)))
                 .order_by(PublicSearchFacet.facet, PublicSearchFacet.value))
_FACET_NUMBERS = (select(PublicSearchFacet.number).where(PublicSearchFacet.facet == bindparam("facet"),
                                                         PublicSearchFacet.value == bindparam("value"))
                  .order_by(PublicSearchFacet.number))


_ENTRIES_TOTAL = (select(func.count()).select_from(Release)
                  .where(Release.subject_type == ENTRY, Release.state == "approved"))
_CHANGED_SINCE = select(PublicSearchChange.number).distinct().where(PublicSearchChange.version > bindparam("version"))
_FACETS_OF = (select(PublicSearchFacet.number, PublicSearchFacet.facet, PublicSearchFacet.value)
              .where(PublicSearchFacet.number.in_(bindparam("numbers", expanding=True)),
                     PublicSearchFacet.facet.in_(bindparam("kinds", expanding=True))))
# Past this many changed entries, reading every facet row again costs less than a delta.
DELTA_LIMIT = 100_000


def update_facet_table(session: Session, table: FacetTable, kinds: tuple[str, ...] = FACETS) -> FacetTable | None:
    """`table` brought to the version this session sees by reading only the entries changed since
    its version (`PublicSearchChange`), or None where that cannot be done (a rebuild in between,
    more than DELTA_LIMIT changed entries): then build it whole (`build_facet_table`).

    The version is read first, so the changes read after it are at least as new (a change read
    twice is applied again, which gives the same rows)."""
    version = index_version(session)
    changed = changed_since(session, table.version)
    if changed is None:
        return None
    if not len(changed):
        return replace(table, version=version)
    rows: list[tuple[int, str, str]] = []
    for numbers in _chunks(changed):
        rows.extend(tuple(row) for row in session.execute(_FACETS_OF, {"numbers": numbers, "kinds": list(kinds)}))
    total = session.scalar(_ENTRIES_TOTAL) or 0
    return table.updated(version, total, changed, rows)


def _chunks(numbers: np.ndarray) -> list[list[int]]:
    return [numbers[i:i + CHUNK].tolist() for i in range(0, len(numbers), CHUNK)]


def carry_postings(query):
    """A `VersionCache` carry for {id: sorted entry numbers} caches (a spelling's or a name part's
    carriers): each kept array loses the changed entries and gains those of them that carry the
    id now, read by `query` ((id, number) rows of the entries in `numbers`)."""

    def carry(session: Session, kept: list[tuple[int, np.ndarray]], changed: np.ndarray) -> list:
        now: dict[int, list[int]] = {}
        for numbers in _chunks(changed):
            for id_, number in session.execute(query, {"numbers": numbers}):
                now.setdefault(id_, []).append(number)
        carried = []
        for id_, numbers in kept:
            gone = np.isin(numbers, changed)  # kept arrays need not be sorted
            if gone.any():
                numbers = numbers[~gone]
            if id_ in now:
                numbers = np.union1d(numbers, np.array(now[id_], dtype=np.int64))
            carried.append((id_, numbers))
        return carried

    return carry


def build_facet_table(session: Session, kinds: tuple[str, ...] = FACETS) -> FacetTable:
    """Read every entry's values of the facets `kinds` (the search's FACETS, or FIGURE_FACETS)
    into a `FacetTable` at the version this session sees.

    The version is read first: the rows read after it are at least as new, and a table found
    older than the stored version is built again, so a table is never taken for newer than it is.
    """
    version = index_version(session)
    values, postings = [], []
    connection = session.connection()
    for facet, value in connection.execute(_FACET_VALUES, {"kinds": list(kinds)}).all():
        # Millions of plain integers: read from the driver's cursor, not made into rows one by one.
        numbers = connection.execute(_FACET_NUMBERS, {"facet": facet, "value": value}).cursor.fetchall()
        values.append((facet, value))
        postings.append(np.array(numbers, dtype=np.int64).reshape(-1))
    every = np.concatenate(postings) if postings else np.empty(0, dtype=np.int64)
    codes = (np.repeat(np.arange(len(postings), dtype=np.int32), [len(p) for p in postings])
             if postings else np.empty(0, dtype=np.int32))
    order = np.argsort(every, kind="stable")
    every, codes = every[order], codes[order]
    entries, starts = np.unique(every, return_index=True)
    offsets = np.append(starts, len(every)).astype(np.int64)
    total = session.scalar(_ENTRIES_TOTAL) or 0
    return FacetTable(version, total, values, {v: i for i, v in enumerate(values)}, postings, entries, offsets, codes)


# Tables per database (engine) and facet kinds: each server process keeps its own and checks the
# version.
_TABLES: dict[tuple[str, ...], weakref.WeakKeyDictionary] = {FACETS: weakref.WeakKeyDictionary(),
                                                             FIGURE_FACETS: weakref.WeakKeyDictionary()}
_TABLES_LOCK = threading.Lock()


def facet_table(session: Session, kinds: tuple[str, ...] = FACETS) -> FacetTable:
    """The table of facets `kinds` (the search's FACETS unless asked; FIGURE_FACETS: `figure_table`)
    at the index version this session sees: the one this process keeps when it is current,
    otherwise a new one — the kept one brought up to date by reading the entries changed since
    (`update_facet_table`), or one built whole — kept for later requests unless this session has
    changed the index itself and not committed yet."""
    engine = session.get_bind()
    version = index_version(session)
    tables = _TABLES[kinds]
    kept = tables.get(engine)
    if kept is not None and kept.version == version:
        return kept
    if session.info.get(_CHANGED):
        return _newer_table(session, kept, kinds)
    with _TABLES_LOCK:  # one build at a time per process; the others wait and take it
        kept = tables.get(engine)
        if kept is not None and kept.version == version:
            return kept
        table = _newer_table(session, kept, kinds)
        if table.version == version:
            tables[engine] = table
        return table


def figure_table(session: Session) -> FacetTable:
    """The FIGURE_FACETS of every released entry (`figure_facets`) at the index version this
    session sees, kept per process as the search's table is (`facet_table`): what the figures, the
    map and the facility pages count, instead of reading every entry release."""
    return facet_table(session, FIGURE_FACETS)


def _newer_table(session: Session, kept: FacetTable | None, kinds: tuple[str, ...]) -> FacetTable:
    if kept is not None and kept.version < index_version(session):
        table = update_facet_table(session, kept, kinds)
        if table is not None:
            return table
    return build_facet_table(session, kinds)


def changed_since(session: Session, version: int) -> np.ndarray | None:
    """The sorted public numbers of the entries whose index rows changed after `version` (from the
    change log, `PublicSearchChange`), or None where every entry may have (a rebuild) or more than
    DELTA_LIMIT did. Read once per transaction and version."""
    memo = session.info.setdefault(_CHANGES_READ, {})
    if version not in memo:
        changed = sorted(session.scalars(_CHANGED_SINCE, {"version": version}))
        memo[version] = (None if changed and (changed[0] == EVERY_ENTRY or len(changed) > DELTA_LIMIT)
                         else np.array(changed, dtype=np.int64))
    return memo[version]


class VersionCache:
    """Values kept per database for one index version: `current(session)` gives this process's
    dict for the version the session sees, or None for a session that has changed the index and
    not committed (its view is its own). When the version changes the values are emptied, or, with
    `carry`, carried over: `carry(session, values, changed)` is given the old {key: value} and the
    sorted numbers of the entries changed since (`changed_since`) and returns the values still
    true at the new version. At most `size` values are kept (the oldest go first). Values must be
    what released content alone decides."""

    def __init__(self, size: int, carry=None) -> None:
        self.size = size
        self.carry = carry
        self._kept: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def current(self, session: Session) -> VersionedValues | None:
        if session.info.get(_CHANGED):
            return None
        engine, version = session.get_bind(), index_version(session)
        with self._lock:
            kept = self._kept.get(engine)
            if kept is None or kept.version != version:
                fresh = VersionedValues(version, self.size)
                if kept is not None and kept.version < version and self.carry is not None:
                    changed = changed_since(session, kept.version)
                    if changed is not None:
                        fresh._values.update(self.carry(session, kept.items(), changed))
                kept = self._kept[engine] = fresh
            return kept


class BoundedValues:
    """At most `size` values by key, the oldest put going first (get/put; thread-safe)."""

    def __init__(self, size: int) -> None:
        from collections import OrderedDict

        self.size = size
        self._values: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            return self._values.get(key)

    def put(self, key, value) -> None:
        with self._lock:
            self._values[key] = value
            while len(self._values) > self.size:
                self._values.popitem(last=False)

    def items(self) -> list[tuple]:
        """(key, value) pairs, the oldest put first."""
        with self._lock:
            return list(self._values.items())


class VersionedValues(BoundedValues):
    """A `VersionCache`'s values at one index version (get/put; thread-safe, bounded)."""

    def __init__(self, version: int, size: int) -> None:
        super().__init__(size)
        self.version = version


# The name search's statements, built once (building one costs more than running it).
_PART_KEY_SIZE = select(func.count()).select_from(
    select(PublicSearchKey.spelling_id).where(PublicSearchKey.key == bindparam("key")).limit(PART_KEY_CAP + 1)
    .subquery())
_CANDIDATES = (select(PublicSearchKey.key, PublicSearchSpelling.name, PublicSearchSpelling.id)
               .join(PublicSearchSpelling, PublicSearchSpelling.id == PublicSearchKey.spelling_id)
               .where(PublicSearchKey.key.in_(bindparam("keys", expanding=True))))
_FORMS = (select(PublicSearchSpelling.name, PublicSearchSpelling.forms)
          .where(PublicSearchSpelling.id.in_(bindparam("ids", expanding=True))))
_CARRIERS = (select(PublicSearchName.spelling_id, PublicSearchName.number)
             .where(PublicSearchName.spelling_id.in_(bindparam("ids", expanding=True))))
_PART_CANDIDATES = (select(PublicSearchPart.part, PublicSearchPart.id)
                    .where(PublicSearchPart.id.in_(select(PublicSearchPartKey.part_id)
                                                   .where(PublicSearchPartKey.key.in_(bindparam("keys", expanding=True))))))
_PART_CARRIERS = (select(PublicSearchPartName.part_id, PublicSearchPartName.number)
                  .where(PublicSearchPartName.part_id.in_(bindparam("ids", expanding=True))))


# Whether a part key picks at most PART_KEY_CAP spellings, kept per index version: the parts of
# common names come back in most searches.
_PART_KEYS = VersionCache(200_000)


def _narrow_part_key(session: Session, key: str) -> bool:
    kept = _PART_KEYS.current(session)
    narrow = kept.get(key) if kept is not None else None
    if narrow is None:
        narrow = session.scalar(_PART_KEY_SIZE, {"key": key}) <= PART_KEY_CAP
        if kept is not None:
            kept.put(key, narrow)
    return narrow


# Prepared name forms by spelling, kept per process whatever the version (they follow from the
# spelling's text alone): reading the stored forms costs more than the rest of a candidate's row.
# About 0.5 KB each (tuples of short strings and numbers per reading): ~17 MB when full.
_PREPARED = BoundedValues(32_768)
# The (spelling, id) candidates of a blocking key, kept per index version: most searches share
# their name parts' keys with earlier ones. A key picks ~50 spellings on average at 1,000,000
# entries (at most a few hundred): ~8 KB each, ~40 MB when full.
_KEYED = VersionCache(5_000)
# The entry numbers that carry a spelling (an int64 array), kept per index version: the spellings
# of common names come back in most searches, each with thousands of carriers. They can never hold
# more than `public_search_name` itself (8 bytes per row: ~16 MB at 1,000,000 entries).
_CARRIED = VersionCache(100_000, carry_postings(
    select(PublicSearchName.spelling_id, PublicSearchName.number)
    .where(PublicSearchName.number.in_(bindparam("numbers", expanding=True)))))


def _prepared_forms(session: Session, candidates: list[tuple[str, int]]) -> dict:
    """{spelling: Prepared} of these (spelling, id) candidates, from this process's cache or their
    stored forms (a spelling whose forms another version of `guwah.names` made is left out, and
    `compare_many` prepares it again)."""
    from guwah.names.compare import load_prepared

    prepared, missing = {}, []
    for name, id_ in candidates:
        known = _PREPARED.get(name)
        if known is None:
            missing.append(id_)
        else:
            prepared[name] = known
    for i in range(0, len(missing), CHUNK):
        for name, forms in session.execute(_FORMS, {"ids": missing[i:i + CHUNK]}):
            if (known := load_prepared(forms, keep=False)) is not None:
                prepared[name] = known
                _PREPARED.put(name, known)
    return prepared


def _carriers(session: Session, ids: list[int]) -> list[np.ndarray]:
    """The entry numbers that carry each of these spelling ids (in their order)."""
    kept = _CARRIED.current(session)
    found = {id_: carried for id_ in ids if (carried := kept.get(id_) if kept is not None else None) is not None}
    missing = [id_ for id_ in ids if id_ not in found]
    for i in range(0, len(missing), CHUNK):
        chunk = missing[i:i + CHUNK]
        # Thousands of (spelling, entry) rows for a common name: from the driver's cursor into arrays.
        rows = session.connection().execute(_CARRIERS, {"ids": chunk}).cursor.fetchall()
        pairs = np.array(rows, dtype=np.int64).reshape(-1, 2)
        pairs = pairs[np.argsort(pairs[:, 0], kind="stable")]
        firsts = np.searchsorted(pairs[:, 0], chunk, side="left")
        lasts = np.searchsorted(pairs[:, 0], chunk, side="right")
        for id_, first, last in zip(chunk, firsts.tolist(), lasts.tolist(), strict=True):
            found[id_] = carried = pairs[first:last, 1].copy()
            if kept is not None:
                kept.put(id_, carried)
    return [found[id_] for id_ in ids]


def _candidates(session: Session, keys: list[str]) -> list[tuple[str, int]]:
    """(spelling, id) of every indexed spelling with one of these blocking keys (repeats possible)."""
    kept = _KEYED.current(session)
    found = {key: picked for key in keys if (picked := kept.get(key) if kept is not None else None) is not None}
    missing = [key for key in keys if key not in found]
    if missing:
        picked_by: dict[str, list[tuple[str, int]]] = {key: [] for key in missing}
        for key, name, id_ in session.connection().execute(_CANDIDATES, {"keys": missing}).cursor.fetchall():
            picked_by[key].append((name, id_))
        for key, picked in picked_by.items():
            found[key] = picked = tuple(picked)
            if kept is not None:
                kept.put(key, picked)
    return [candidate for key in keys for candidate in found[key]]


Hits = tuple[np.ndarray, np.ndarray]  # (sorted distinct public numbers, int64; each one's best score, float64)
_NO_HITS: Hits = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))


def _index_view(session: Session):
    """The public name index as the forms file holds it brought to the version this session sees
    (`guwah.search.forms.IndexView`), or None: no file (or one without the index), a session that
    changed the index and has not committed (its view is its own), or too much changed since the
    file was written — then the index tables are read instead."""
    from guwah.search.forms import session_forms

    if session.info.get(_CHANGED):
        return None
    forms = session_forms(session)
    if forms is None or forms.index is None:
        return None
    index = forms.index
    return index.at(session, index_version(session), lambda: changed_since(session, index.version))


def _several_words(query: str) -> bool:
    """Whether a query has two words or more: only such a name has parts in another order."""
    return len(_WORD.findall(query)) >= 2


def _in_other_order(scores: np.ndarray, any_order: np.ndarray) -> np.ndarray:
    """Whether each candidate is the query's name only in another order
    (`guwah.names.in_other_order`): below the threshold, at or above it without the swap's factor
    (`any_order`: `any_order_score`, or 0 where not scored)."""
    from guwah.names import DEFAULT_THRESHOLD

    return (scores < DEFAULT_THRESHOLD) & (any_order >= DEFAULT_THRESHOLD)


def _name_hits(session: Session, query: str) -> tuple[Hits, Hits]:
    """Entries with a released spelling of the queried name, each with its best score; and those
    with a spelling that is the query's only in another order (`_in_other_order`), likewise."""
    from guwah.names import DEFAULT_THRESHOLD, compare_many, name_keys

    keys = name_keys(query)
    view = _index_view(session)
    if view is not None:
        return _name_hits_file(session, view, query, keys)
    usable = [k for k in keys if k.startswith("n:")]
    usable += [k for k in keys if not k.startswith("n:") and _narrow_part_key(session, k)]
    if not usable:
        return _NO_HITS, _NO_HITS
    candidates = sorted(set(_candidates(session, usable)))
    # `same_person_name` for every candidate spelling, with the forms made once for every process
    # (the forms file), else those stored beside each (making them again cost more than scoring).
    # Names in the other order: scored from the same cells without the swap's factor.
    found = _scores(session, "spelling", query, candidates, any_order=True)
    if found is None:
        from guwah.names.compare import any_order_score
        from guwah.names.settings import SWAP_FACTOR

        found = np.array(compare_many([(query, name) for name, _ in candidates],
                                      _prepared_forms(session, candidates)), dtype=np.float64)
        any_order = np.zeros(len(candidates))
        if _several_words(query):  # a swap keeps a name at most SWAP_FACTOR below the threshold
            band = (found >= DEFAULT_THRESHOLD * SWAP_FACTOR) & (found < DEFAULT_THRESHOLD)
            for k in np.nonzero(band)[0].tolist():
                any_order[k] = any_order_score(query, candidates[k][0])
    else:
        found, any_order = found
    other = _in_other_order(found, any_order)
    found = found.tolist()
    scores = {id_: score for (_, id_), score in zip(candidates, found, strict=True) if score >= DEFAULT_THRESHOLD}
    swapped = {candidates[k][1]: found[k] for k in np.nonzero(other)[0].tolist()}
    return _carried_hits(session, scores), _carried_hits(session, swapped)


def _carried_hits(session: Session, scores: dict[int, float]) -> Hits:
    """The entries carrying these spellings ({spelling id: score}), each with its best score."""
    if not scores:
        return _NO_HITS
    carried = _carriers(session, list(scores))
    return _best_per_entry(carried, np.fromiter(scores.values(), dtype=np.float64, count=len(scores)))


def _name_hits_file(session: Session, view, query: str, keys: list[str]) -> tuple[Hits, Hits]:
    """`_name_hits` over the name index of the forms file (`_index_view`): the same candidates,
    scores and carriers, without reading the index tables (but for what changed since)."""
    usable = [k for k in keys if k.startswith("n:")]
    usable += [k for k in keys if not k.startswith("n:") and view.key_size("spelling", k) <= PART_KEY_CAP]
    if not usable:
        return _NO_HITS, _NO_HITS
    return _file_hits(session, view, "spelling", query, usable, other_order=True)


def _file_hits(session: Session, view, section: str, query: str, keys: list[str],
               other_order: bool = False):
    """Entries carrying a spelling or part (`section`) that one of `keys` picks and the name
    matcher takes for `query`, each with its best score, over the forms file's name index; with
    `other_order`, (those, the entries of the spellings that are the query's only in another order
    (`_in_other_order`))."""
    from guwah.names import DEFAULT_THRESHOLD

    rows, extra = view.candidates(section, keys)
    if not len(rows) and not extra:
        return (_NO_HITS, _NO_HITS) if other_order else _NO_HITS
    row_scores, extra_scores, row_any, extra_any = _file_scores(session, view, section, query, rows, extra,
                                                                other_order)
    good = row_scores >= DEFAULT_THRESHOLD
    kept_extra = [k for k, score in enumerate(extra_scores.tolist()) if score >= DEFAULT_THRESHOLD]
    carried = view.carriers(section, rows[good].tolist())
    carried += view.new_carriers(section, [extra[k][1] for k in kept_extra])
    hits = _best_per_entry(carried, np.concatenate([row_scores[good], extra_scores[kept_extra]]))
    if not other_order:
        return hits
    swapped_rows = _in_other_order(row_scores, row_any)
    swapped_extra = np.nonzero(_in_other_order(extra_scores, extra_any))[0].tolist()
    carried = view.carriers(section, rows[swapped_rows].tolist())
    carried += view.new_carriers(section, [extra[k][1] for k in swapped_extra])
    return hits, _best_per_entry(carried, np.concatenate([row_scores[swapped_rows], extra_scores[swapped_extra]]))


class _Names:
    """The names of a joined table's rows for `score_pairs`: the query, the candidates the file
    lacks, then file rows (decoded only when asked for)."""

    def __init__(self, query: str, extra: list[str], section, rows: np.ndarray) -> None:
        self.head = [query, *extra]
        self.section = section
        self.rows = rows

    def __getitem__(self, i: int) -> str:
        if i < len(self.head):
            return self.head[i]
        row = int(self.rows[i - len(self.head)])
        offsets = self.section.name_offsets
        return bytes(self.section.name_bytes[offsets[row]:offsets[row + 1]]).decode()


def _file_scores(session: Session, view, section: str, query: str, rows: np.ndarray,
                 extra: list[tuple[str, int]], any_order: bool = False) -> tuple[np.ndarray, ...]:
    """`compare_many` of `query` against the file's rows of a section and against the (name, id)
    spellings or parts it lacks (scored from their stored forms): (row scores, extra scores, and
    the same without the swap's factor (`any_order_score`) where `any_order` and the query has two words
    or more, else 0)."""
    from guwah.names.compare import load_prepared
    from guwah.names.table import FormTable, build_table, cached_record, score_pairs

    forms = view.index.forms
    kept = forms.sections[section]
    scorer = forms.scorer()
    records = [cached_record(query)]
    if extra:
        stored = (_prepared_forms(session, extra) if section == "spelling" else
                  {name: known for name, _, text in _part_forms(session, extra)
                   if (known := load_prepared(text)) is not None})
        records += [stored.get(name) or cached_record(name) for name, _ in extra]
    own = build_table(records, scorer.number)  # the query, then the candidates the file lacks
    table = FormTable.joined([own, kept.table.take(rows)]) if len(rows) else own
    where = np.arange(1, len(records) + len(rows), dtype=np.int64)
    names = _Names(query, [name for name, _ in extra], kept, rows)
    zeros = np.zeros(len(where), dtype=np.int64)
    if any_order and _several_words(query):
        scores, unswapped = score_pairs(table, zeros, where, scorer.text, names, any_order=True)
    else:
        scores = score_pairs(table, zeros, where, scorer.text, names)
        unswapped = np.zeros(len(scores))
    return scores[len(extra):], scores[:len(extra)], unswapped[len(extra):], unswapped[:len(extra)]


# The entries carrying each name part, kept per index version: a common given name (Memet, in a
# fifth of the registry) comes back in many searches, and reading its carriers costs ~45 ms per
# 20,000 entries, against microseconds kept. At most PART_POSTINGS parts (~8 bytes per entry each).
PART_POSTINGS = 4096
_PART_NUMBERS = VersionCache(PART_POSTINGS, carry_postings(
    select(PublicSearchPartName.part_id, PublicSearchPartName.number)
    .where(PublicSearchPartName.number.in_(bindparam("numbers", expanding=True)))))


def _part_numbers(session: Session, part_ids: list[int]) -> list[np.ndarray]:
    """The sorted public numbers of the entries carrying each part, in the order of `part_ids`."""
    kept = _PART_NUMBERS.current(session)
    found = {i: numbers for i in part_ids if (numbers := kept.get(i) if kept is not None else None) is not None}
    missing = [i for i in part_ids if i not in found]
    if missing:
        rows = session.connection().execute(_PART_CARRIERS, {"ids": missing}).cursor.fetchall()
        carriers = np.array(rows, dtype=np.int64).reshape(-1, 2)
        carriers = carriers[np.lexsort((carriers[:, 1], carriers[:, 0]))]
        for i in missing:
            start, stop = np.searchsorted(carriers[:, 0], [i, i + 1])
            found[i] = numbers = carriers[start:stop, 1].copy()
            if kept is not None:
                kept.put(i, numbers)
    return [found[i] for i in part_ids]


# What a server process reads at start (`warm_common_parts`): the carriers of the most common
# name parts, up to this many entries in all (8 bytes each).
WARM_CARRIERS = 1_000_000


def warm_common_parts(session: Session, budget: int = WARM_CARRIERS) -> int:
    """Read the carriers of the most common name parts (by the forms file's counts) into this
    process's per-version cache, the commonest first, while their total stays within `budget`
    entries: the first search of "Memet" (a fifth of the registry) then costs what a kept one does.
    Returns how many parts were read (none without a forms file)."""
    from guwah.search.forms import session_forms

    forms = session_forms(session)
    if forms is None or forms.index is not None or _PART_NUMBERS.current(session) is None:
        return 0  # a file with the name index holds every part's carriers already
    counts = np.asarray(forms.part_carriers)
    ids = forms.sections["part"].ids
    if not len(counts) or not counts.max():
        return 0  # a file written without the counts
    chosen, total = [], 0
    for row in np.argsort(-counts, kind="stable")[:PART_POSTINGS // 2].tolist():
        if total + int(counts[row]) > budget:
            break
        chosen.append(int(ids[row]))
        total += int(counts[row])
    if chosen:
        _part_numbers(session, chosen)
    return len(chosen)


def _part_hits(session: Session, query: str) -> Hits:
    """Entries with a released spelling that has the queried one-word name as one of its words
    ("Gulbahar" in "Gulbahar Jamilova"), each with its best score."""
    from guwah.names import name_keys

    if len(_WORD.findall(query)) != 1:
        return _NO_HITS
    view = _index_view(session)
    if view is not None:
        keys = [k for k in name_keys(query) if k.startswith("n:")]
        return _file_hits(session, view, "part", query, keys) if keys else _NO_HITS
    scores = _part_scores(session, query, [k for k in name_keys(query) if k.startswith("n:")])
    if not scores:
        return _NO_HITS
    postings = _part_numbers(session, list(scores))
    return _best_per_entry(postings, np.fromiter(scores.values(), dtype=np.float64, count=len(scores)))


def _part_scores(session: Session, query: str, keys: list[str]) -> dict[int, float]:
    """The name parts (picked by `keys`) that the name matcher takes for the one-word `query`:
    {part id: score}. Whole spellings go through `_name_hits`, with its per-version caches."""
    from guwah.names import DEFAULT_THRESHOLD, compare_many
    from guwah.names.compare import load_prepared

    if not keys:
        return {}
    candidates = sorted(tuple(row) for row in session.execute(_PART_CANDIDATES, {"keys": keys}))
    # `same_person_name` for every candidate, with the forms of the forms file, else those stored
    # beside each (making them again cost more than scoring; forms made by other code are made
    # again here).
    found = _scores(session, "part", query, candidates)
    if found is None:
        prepared = {name: known for name, _, forms in _part_forms(session, candidates)
                    if (known := load_prepared(forms)) is not None}
        found = compare_many([(query, name) for name, _ in candidates], prepared)
    return {id_: score for (_, id_), score in zip(candidates, found, strict=True) if score >= DEFAULT_THRESHOLD}


_PART_FORMS = (select(PublicSearchPart.part, PublicSearchPart.id, PublicSearchPart.forms)
               .where(PublicSearchPart.id.in_(bindparam("ids", expanding=True))))


def _part_forms(session: Session, candidates: list[tuple[str, int]]) -> list[tuple[str, int, str | None]]:
    """(part, id, stored forms) of these (part, id) candidates."""
    found = []
    ids = [id_ for _, id_ in candidates]
    for i in range(0, len(ids), CHUNK):
        found.extend(tuple(row) for row in session.execute(_PART_FORMS, {"ids": ids[i:i + CHUNK]}))
    return found


def _scores(session: Session, section: str, query: str, candidates: list[tuple[str, int]],
            any_order: bool = False):
    """`compare_many` of `query` against each (name, id) candidate of a forms file section
    ("spelling" or "part"), with the forms of the file (`guwah.search.forms`): no forms are made or
    parsed for the candidates it holds; those it does not (indexed since it was written) take
    their stored forms. None where the archive has no forms file. With `any_order`, (those scores,
    the same without the swap's factor (`any_order_score`; 0 for a query of one word)
    as float64 arrays."""
    from guwah.names.compare import load_prepared
    from guwah.names.table import FormTable, build_table, cached_record, score_pairs
    from guwah.search.forms import session_forms

    forms = session_forms(session)
    if forms is None:
        return None
    if not candidates:
        return (np.zeros(0), np.zeros(0)) if any_order else []
    kept = forms.sections[section]
    rows = kept.rows([id_ for _, id_ in candidates], [name for name, _ in candidates])
    held = rows >= 0
    scorer = forms.scorer()
    records = [cached_record(query)]
    missing = [candidates[k] for k in np.nonzero(~held)[0].tolist()]
    if missing:  # indexed after the file was written
        stored = (_prepared_forms(session, missing) if section == "spelling" else
                  {name: known for name, _, text in _part_forms(session, missing)
                   if (known := load_prepared(text)) is not None})
        records += [stored.get(name) or cached_record(name) for name, _ in missing]
    own = build_table(records, scorer.number)  # the query, then the candidates the file lacks
    table = FormTable.joined([own, kept.table.take(rows[held])])
    # Row of each candidate in the joined table: the missing ones after the query, then the held.
    where = np.empty(len(candidates), dtype=np.int64)
    where[~held] = 1 + np.arange(len(missing))
    where[held] = len(records) + np.arange(int(held.sum()))
    names = [query, *(name for name, _ in missing), *(candidates[k][0] for k in np.nonzero(held)[0].tolist())]
    zeros = np.zeros(len(candidates), dtype=np.int64)
    if any_order:
        if _several_words(query):
            return score_pairs(table, zeros, where, scorer.text, names, any_order=True)
        scores = score_pairs(table, zeros, where, scorer.text, names)
        return scores, np.zeros(len(scores))
    return score_pairs(table, zeros, where, scorer.text, names).tolist()


def _best_per_entry(carried: list[np.ndarray], scores: np.ndarray) -> Hits:
    """Each distinct number (sorted) with its best score, from arrays of numbers (int64, >= 0)
    and one score per array (float64)."""
    sizes = [len(numbers) for numbers in carried]
    if not sum(sizes):
        return _NO_HITS
    # One sort of (number, rank of its score) packed in an int64 rather than a sort by two keys:
    # the ranks are few (one per spelling scored), the numbers those of entries.
    levels, rank = np.unique(-scores, return_inverse=True)  # the best score's rank is 0
    width = len(levels)
    key = np.concatenate(carried).astype(np.int64) * width + np.repeat(rank.astype(np.int64), sizes)
    key.sort()
    numbers = key // width
    first = np.empty(len(key), dtype=bool)
    first[0] = True
    np.not_equal(numbers[1:], numbers[:-1], out=first[1:])
    return numbers[first], -levels[key[first] % width]


def _by_score(numbers: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Distinct numbers (int64, >= 0) ordered by their score, the best first, then by number: one
    sort of (rank of the score, number) packed in an int64, as in `_best_per_entry`."""
    if not len(numbers):
        return numbers
    _, rank = np.unique(-scores, return_inverse=True)
    span = int(numbers.max()) + 1
    key = rank.astype(np.int64) * span + numbers
    key.sort()
    return key % span


def find_entries(session: Session, query: str, filters: dict[str, str], page: int = 1) -> EntryHits:
    """Released person entries named `query` (any spelling or script) with every facet value in
    `filters`; with no query, every entry with those values (none when there are no filters either).

    Args:
        query: a name, already trimmed ("" for none).
        filters: {facet: value}, facets from FACETS.
        page: 1-based page of PAGE_SIZE hits.
    Returns:
        The page's numbers (full-name matches first, best score first, then by number; then, for a
        query of one word, the entries that have it as one word of a longer name, likewise; by
        number without a query), the exact count of every hit, and exact facet counts over every hit;
        on page 1, the entries named `query` only with the parts of the name in another order, apart
        (`EntryHits.other_order`, with the same filters).
    """
    page = max(1, min(page, MAX_PAGE))
    if not query and not filters:
        return EntryHits([], 0, {})
    table = facet_table(session)
    other = _NO_HITS
    if query:
        (numbers, scores), other = _name_hits(session, query)
        # A one-word name also finds the names it is a word of, each ranked below every full match
        # (scores are at most 1, so a part's score minus PART_RANK is below any full match's).
        parts, part_scores = _part_hits(session, query)
        if len(parts):
            only = ~_member(parts, numbers)
            numbers = np.concatenate([numbers, parts[only]])
            scores = np.concatenate([scores, part_scores[only] - PART_RANK])
        if filters:
            kept = table.keep(numbers, filters)
            numbers, scores = numbers[kept], scores[kept]
        if len(other[0]):  # an entry also found as a hit is shown there only
            only = ~_member(other[0], np.sort(numbers))
            other = (other[0][only], other[1][only])
            if filters:
                kept = table.keep(other[0], filters)
                other = (other[0][kept], other[1][kept])
        ordered = _by_score(numbers, scores)
    else:
        ordered = table.matching(filters)
    swapped = _by_score(*other) if page == 1 else other[0][:0]
    shown = [int(n) for n in swapped[:OTHER_ORDER_SHOWN]]
    if not len(ordered):
        return EntryHits([], 0, {}, shown, len(swapped))
    counted = table.count(ordered)
    facets: dict[str, list[tuple[str, int]]] = {}
    for facet, value, n in sorted(counted, key=lambda r: (FACETS.index(r[0]) if r[0] in FACETS else 99, -r[2], r[1])):
        facets.setdefault(facet, []).append((value, n))
    start = (page - 1) * PAGE_SIZE
    return EntryHits([int(n) for n in ordered[start:start + PAGE_SIZE]], len(ordered), facets, shown, len(swapped))


def facet_size(session: Session, facet: str, value: str) -> int:
    """How many indexed entries have this facet value."""
    return len(facet_table(session).with_value(facet, value))


_DOCUMENTS_WITH = (select(PublicSearchWord.number).distinct()
                   .where(PublicSearchWord.word.in_(bindparam("values", expanding=True))))
_DOCUMENTS_SQL = f"SELECT DISTINCT number FROM {PublicSearchWord.__tablename__} WHERE word IN ({{}})"
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def driver_rows(session: Session, statement, sql: str, values: list) -> list[tuple]:
    """The rows of a query with one IN list: `sql` (its "{}" the list's markers) run on the DBAPI
    cursor where the driver's positional marker is known, else `statement` (the same query, its
    expanding parameter named "values"). The statement handling (its expanding IN made again for
    every call) cost more than a short read itself (docs/benchmarks.md, "Twelfth round")."""
    connection = session.connection()
    marker = _MARKERS.get(connection.dialect.paramstyle)
    if marker is None:
        return [tuple(row) for row in connection.execute(statement, {"values": values})]
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql.format(",".join([marker] * len(values))), values)
        return cursor.fetchall()
    finally:
        cursor.close()


def find_documents(session: Session, query: str) -> list[int]:
    """Public numbers of released testimonies containing every word of `query`, in any script: each
    word under its folded form or one of its Latin readings (`word_forms`) or as a name part
    (`guwah.search.query_spelling_terms`), a word naming a place under any name the gazetteer gives
    that place (`place_forms`), a run of Chinese characters by its
    character pairs, or its readings when it reads as a transcribed name (the workspace's rule,
    `guwah.search.query_forms`), ascending."""
    from guwah.search import query_forms

    groups = [sorted(form for form in forms if len(form) <= MAX_VALUE) for forms in query_forms(query)]
    if not groups or not all(groups):
        return []
    found: set[int] | None = None
    # One word at a time, stopping at the first that no testimony has: a later word's forms (its
    # Latin readings, ~0.3 ms each for a word not seen before) are then never made.
    for forms in groups:  # the rarest first would read less; word lists are short
        numbers = {n for n, in driver_rows(session, _DOCUMENTS_WITH, _DOCUMENTS_SQL, forms)}
        found = numbers if found is None else found & numbers
        if not found:
            return []
    return sorted(found)
