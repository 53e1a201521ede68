"""Facility entries: each detention site is a registry entry (kind "facility") with a stable number.

An imported or named facility row gets its entry when it is first stored (guwah.registry); a
re-import updates the row and keeps its entry. An entry gathers its rows and those of the entries
merged into it, and the accepted events (detention, transfer, …) that point at any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from guwah.domain import ReviewState
from guwah.errors import InputError
from guwah.registry import FACILITY, PERSON, next_operation, resolve
from guwah.storage.tables import Entry, Event, Facility, LinkChange, Person


@dataclass
class FacilityView:
    """One facility entry: its sites (names, type, place, coordinates, dataset ids) and events."""

    number: int
    names: list[str] = field(default_factory=list)
    sites: list[dict] = field(default_factory=list)  # one per facility row, see _site
    events: list[dict] = field(default_factory=list)  # {event, type, date, precision, person_entry, site}
    merged_numbers: list[int] = field(default_factory=list)


def _site(facility: Facility) -> dict:
    place = facility.place
    return {
        "id": facility.id,
        "name": facility.name,
        "type": facility.facility_type,
        "place": {"gazetteer_id": place.gazetteer_id, "name": place.name} if place else None,
        "lat": facility.lat,
        "lon": facility.lon,
        "dataset": facility.dataset,
        "dataset_key": facility.dataset_key,
        "external_ids": dict(facility.external_ids or {}),
        # a site a testimony names: its review, source passage and whether its point is an estimate
        "review": (facility.attributes or {}).get("review") if facility.dataset is None else None,
        "source": (facility.attributes or {}).get("source") if facility.dataset is None else None,
        "approximate": bool((facility.attributes or {}).get("approximate")),
    }


def view_facility(session: Session, number: int) -> FacilityView:
    """Everything the archive holds on one facility entry (follows merges); NotFound otherwise."""
    entry = resolve(session, number, kind=FACILITY)
    merged = _merged_into(session, entry)
    entry_ids = [entry.id, *(e.id for e in merged)]
    facilities = list(session.scalars(select(Facility).where(Facility.entry_id.in_(entry_ids)).order_by(Facility.id)))
    view = FacilityView(number=entry.number, merged_numbers=sorted(e.number for e in merged))
    view.names = list(dict.fromkeys(f.name for f in facilities))
    view.sites = [_site(f) for f in facilities]
    ids = [f.id for f in facilities]
    accepted = list(session.scalars(select(Event).where(Event.facility_id.in_(ids),
                                                        Event.review_state == ReviewState.ACCEPTED.value)))
    accepted.sort(key=lambda e: (e.date_value or "9999", e.id))
    for event in accepted:
        view.events.append({"event": event.id, "type": event.event_type, "date": event.date_value,
                            "precision": event.date_precision, "person_entry": _person_entry(session, event),
                            "site": event.facility_id})
    return view


def chosen_facility(session: Session, text: str) -> Facility:
    """The facility row a person means by `text`: a facility entry number (following merges; the
    entry's own first row, else that of an entry merged into it) or a name, compared without
    case, that the rows of one standing entry bear.

    Raises:
        NotFound: no facility entry of that number, or none of that name.
        InputError: a blank text, or a name that rows of several entries bear (the message lists
            them as "entry N: name (place)", so that the number can be given instead).
    """
    from guwah.errors import NotFound

    text = text.strip()
    if not text:
        raise InputError("a facility is an entry number or a name")
    if text.isdecimal():
        entry = resolve(session, int(text), kind=FACILITY)
        for entry_ids in ([entry.id], [e.id for e in _merged_into(session, entry)]):
            row = session.scalar(select(Facility).where(Facility.entry_id.in_(entry_ids)).order_by(Facility.id))
            if row is not None:
                return row
        raise NotFound(f"facility entry {entry.number} has no site", value=text)
    wanted = text.casefold()
    named: dict[int, tuple[Entry, Facility]] = {}
    for row in session.scalars(select(Facility).order_by(Facility.id)):
        if row.name.casefold() == wanted and row.entry is not None:
            entry = resolve(session, row.entry.number, kind=FACILITY)
            named.setdefault(entry.id, (entry, row))
    if not named:
        raise NotFound(f"no facility is named {text!r} (`guwah facilities show N` shows an entry)", value=text)
    if len(named) > 1:
        listed = "; ".join(f"entry {entry.number}: {row.name}" + (f" ({row.place.name})" if row.place else "")
                           for entry, row in sorted(named.values(), key=lambda pair: pair[0].number))
        raise InputError(f"several facilities are named {text!r}; give the entry number of one: {listed}",
                         value=text)
    return next(iter(named.values()))[1]


def _merged_into(session: Session, entry: Entry) -> list[Entry]:
    """Every entry merged into this one, directly or through another (rows not moved still count)."""
    found: dict[int, Entry] = {}
    frontier = [entry.id]
    while frontier:
        rows = [e for e in session.scalars(select(Entry).where(Entry.merged_into_id.in_(frontier)))
                if e.id not in found and e.id != entry.id]
        found.update((e.id, e) for e in rows)
        frontier = [e.id for e in rows]
    return list(found.values())


def _person_entry(session: Session, event: Event) -> int | None:
    """The standing entry number of the event's person (after merges), if it has one."""
    person = session.get(Person, event.person_id) if event.person_id is not None else None
    if person is None or person.entry is None:
        return None
    return resolve(session, person.entry.number, kind=PERSON).number


# --- linking facilities that testimonies name to the imported sites (always with review) ------

NAME_AGREES = 80   # rapidfuzz token-set score (0-100) of the distinctive names that counts as agreeing
NAME_ALONE = 92    # with no place on one side, the name alone must agree this well


@dataclass(frozen=True)
class FacilitySuggestion:
    """A facility a testimony names that may be an imported site: both entries and the reasons.

    reasons: [{"field": "place" | "type" | "name", "level": str, "detail": str}].
    """

    named: int       # the facility entry a testimony named
    site: int        # the imported site's facility entry
    score: float     # name agreement 0-100 (0 when either name is only a type word)
    reasons: list[dict]


def _standing(session: Session) -> list[tuple[Entry, list[Facility]]]:
    rows: dict[int, list[Facility]] = {}
    for facility in session.scalars(select(Facility).order_by(Facility.id)):
        if facility.entry is not None:
            rows.setdefault(resolve(session, facility.entry.number, kind=FACILITY).id, []).append(facility)
    entries = {e.id: e for e in session.scalars(select(Entry).where(Entry.id.in_(list(rows))))}
    return [(entries[entry_id], facilities) for entry_id, facilities in rows.items()]


def _place_level(a: Facility, b: Facility) -> str:
    if a.place is None or b.place is None:
        return "missing"
    x, y = a.place.gazetteer_id, b.place.gazetteer_id
    if x == y:
        return "same place"
    if x.startswith(y + ".") or y.startswith(x + "."):
        return "one within the other"
    return "differs"


def suggest_facility_links(session: Session) -> list[FacilitySuggestion]:
    """Imported sites that a facility named only in testimonies may be, best first, for review.

    A suggestion needs the places to agree (the same gazetteer place, or one inside the other)
    and either the distinctive names to agree (score >= NAME_AGREES) or, when the testimony names
    only a type ("a camp in Shufu"), the type to agree. With no place on one side, only names
    agreeing at NAME_ALONE are suggested. Nothing is linked here: a reviewer merges
    (`merge_facilities`).
    """
    from rapidfuzz import fuzz

    from guwah.extract.facilities import distinctive_name
    from guwah.names.inflection import fold

    standing = _standing(session)
    sites = [(entry, rows) for entry, rows in standing if any(r.dataset for r in rows)]
    named = [(entry, rows) for entry, rows in standing if not any(r.dataset for r in rows)]
    suggestions = []
    for entry, rows in named:
        for site_entry, site_rows in sites:
            best = None
            for row in rows:
                mine = fold(distinctive_name(row.name))
                for site in site_rows:
                    place = _place_level(row, site)
                    if place == "differs":
                        continue
                    theirs = fold(distinctive_name(site.name))
                    score = float(fuzz.token_set_ratio(mine, theirs)) if mine and theirs else 0.0
                    same_type = row.facility_type == site.facility_type
                    if place == "missing":
                        fits = score >= NAME_ALONE
                    else:
                        fits = score >= NAME_AGREES or (not mine and same_type)
                    if fits and (best is None or score > best[0]):
                        best = (score, [
                            {"field": "place", "level": place, "detail": ""},
                            {"field": "type", "level": "agrees" if same_type else "differs", "detail": ""},
                            {"field": "name", "level": "agrees" if score >= NAME_AGREES else "type only",
                             "detail": f"name score {score:.0f}"}])
            if best is not None:
                suggestions.append(FacilitySuggestion(entry.number, site_entry.number, best[0], best[1]))
    suggestions.sort(key=lambda s: (-s.score, s.named, s.site))
    return suggestions


def merge_facilities(session: Session, survivor: int, merged: int, actor: str, store=None) -> Entry:
    """Merge facility entry `merged` into `survivor`: its number redirects, its rows and the
    events pointing at them are gathered by the survivor; `undo` reverses it. InputError for one
    entry, NotFound for an unknown number."""
    keep, gone = resolve(session, survivor, kind=FACILITY), resolve(session, merged, kind=FACILITY)
    if keep.id == gone.id:
        raise InputError(f"facility entries {survivor} and {merged} are already one entry")
    operation = next_operation(session)
    if store is not None:
        store.audit(session, actor, "merge", "facility_entry", keep.number, merged=gone.number)
    session.add(LinkChange(operation=operation, entry_id=gone.id, merged_from=None, merged_to=keep.id,
                           how="reviewer", action="merge", actor=actor))
    gone.merged_into_id = keep.id
    session.flush()
    return keep


# --- the list of facility entries ------------------------------------------------------------------

@dataclass(frozen=True)
class FacilityListing:
    """One standing facility entry as `list_facilities` gives it.

    names: {script: [names]} (ISO 15924 codes, `guwah.names.scripts.detect_script`), each once;
    places: [{"gazetteer_id", "name"}], each once; entries: how many standing person entries have an
    accepted event there; datasets: ["DATASET KEY"] of its imported rows; documents: the documents those
    events cite (none for a site no testimony places anyone at)."""

    number: int
    names: dict[str, list[str]]
    places: list[dict]
    entries: int
    datasets: list[str]
    documents: list[int]


def list_facilities(session: Session, query: str | None = None) -> list[FacilityListing]:
    """Every standing facility entry by number (merged entries' rows gathered into their survivor),
    optionally those with a name or a place containing `query` (folded as names are: case, spacing,
    Unicode form; a query of spaces only is none). Reads every row once and resolves merges in memory."""
    from guwah.names.inflection import fold
    from guwah.names.scripts import detect_script

    entries = {e.id: e for e in session.scalars(select(Entry).where(Entry.kind.in_((FACILITY, PERSON))))}

    def standing(entry_id: int) -> Entry:
        entry, seen = entries[entry_id], set()
        while entry.merged_into_id is not None and entry.merged_into_id in entries and entry.id not in seen:
            seen.add(entry.id)
            entry = entries[entry.merged_into_id]
        return entry

    rows: dict[int, list[Facility]] = {}
    for facility in session.scalars(select(Facility).where(Facility.entry_id.is_not(None)).order_by(Facility.id)):
        rows.setdefault(standing(facility.entry_id).id, []).append(facility)
    site_of = {facility.id: entry_id for entry_id, facilities in rows.items() for facility in facilities}
    cited: dict[int, set[int]] = {}
    documents: dict[int, set[int]] = {}
    for facility_id, person_entry, document in session.execute(
            select(Event.facility_id, Person.entry_id, Event.evidence_document_id)
            .join(Person, Person.id == Event.person_id)
            .where(Event.facility_id.is_not(None), Event.review_state == ReviewState.ACCEPTED.value)):
        if facility_id in site_of:
            if person_entry is not None:
                cited.setdefault(site_of[facility_id], set()).add(standing(person_entry).id)
            if document is not None:
                documents.setdefault(site_of[facility_id], set()).add(document)
    wanted = fold(" ".join(query.split())) if query and query.strip() else None
    listings = []
    for entry_id, facilities in rows.items():
        names: dict[str, list[str]] = {}
        for facility in facilities:
            written = " ".join(facility.name.split())
            if written not in names.setdefault(detect_script(written), []):
                names[detect_script(written)].append(written)
        places = list({f.place.gazetteer_id: {"gazetteer_id": f.place.gazetteer_id, "name": f.place.name}
                       for f in facilities if f.place is not None}.values())
        if wanted is not None and not any(wanted in fold(text) for text in (
                *(n for written in names.values() for n in written),
                *(p["gazetteer_id"] for p in places), *(p["name"] for p in places))):
            continue
        listings.append(FacilityListing(
            number=entries[entry_id].number, names=names, places=places, entries=len(cited.get(entry_id, ())),
            datasets=[f"{f.dataset} {f.dataset_key}" if f.dataset_key else f.dataset for f in facilities if f.dataset],
            documents=sorted(documents.get(entry_id, ()))))
    return sorted(listings, key=lambda listing: listing.number)


# --- sites a reviewer registers from a testimony (issue 10) -----------------------------------------
#
# A site that no dataset holds ("Kashgar No. 2 detention centre", read in a testimony) becomes a
# facility row of its own (dataset None), its entry numbered like any. What review needs is kept in
# the row's `attributes` (never shown as they are: `guwah.publish` reads only `review` from them):
#   review       "proposed" until a reviewer accepts or rejects the entry (`decide_facility`); only
#                an accepted one is public (`guwah.publish.is_public_facility_row`)
#   source       {"document", "start", "end"}: the passage of the testimony that writes the name
#   approximate  True where the coordinates are a reviewer's estimate, not a surveyed point
#   registered   {"by", "at"}
REVIEW_STATES = ("proposed", "accepted", "rejected")


@dataclass(frozen=True)
class NewFacility:
    """A site to register as a testimony names it: `name` as the testimony writes it, its type
    (`guwah.domain.FacilityType`), its place (a gazetteer id or a name, or None), and coordinates
    (both or neither; `approximate` marks an estimate)."""

    name: str
    facility_type: str
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    approximate: bool = False


def new_facility_from_text(name: str, facility_type: str, place: str = "", coordinates: str = "",
                           approximate: bool = False) -> NewFacility:
    """A `NewFacility` from a form's text fields (blank ones absent); `coordinates` as "latitude,
    longitude" in degrees ("39.47, 75.99"). InputError for coordinates written otherwise; the other
    checks are `register_facility`'s."""
    import re

    written = (coordinates or "").strip()
    lat = lon = None
    if written:
        found = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)", written)
        if not found:
            raise InputError("coordinates: latitude, longitude in degrees (39.47, 75.99)", value=written)
        lat, lon = float(found.group(1)), float(found.group(2))
    return NewFacility(name=name or "", facility_type=(facility_type or "other").strip(),
                       place=(place or "").strip() or None, lat=lat, lon=lon, approximate=approximate)


def _passage(text: str, name: str, near: int) -> tuple[int, int]:
    """Where the testimony writes `name` (case and spacing aside), the occurrence nearest to `near`;
    InputError where it writes it nowhere: a site is registered under the name its source gives."""
    import re

    words = name.split()
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE) if words else None
    found = [m.span() for m in pattern.finditer(text)] if pattern and text else []
    if not found:
        raise InputError("the testimony does not write this facility's name: register it under the name "
                         "its passage gives", value=name)
    return min(found, key=lambda span: abs(span[0] - near))


def register_facility(store, session: Session, site: NewFacility, document_id: int, near: int,
                      actor: str) -> Facility:
    """Register a site a testimony names as a new facility entry, proposed (not public until a
    reviewer accepts it: `decide_facility`); its source is the passage of document `document_id`
    nearest to offset `near` that writes its name.

    Raises InputError, before anything is written, for a blank or over-long name, a type not in
    `FacilityType`, one coordinate without the other or one out of range, `approximate` without
    coordinates, a place the gazetteer cannot resolve to one entry, a name the testimony does not
    write; NotFound for no such document.
    """
    from datetime import UTC, datetime

    from guwah.domain import FacilityType
    from guwah.errors import NotFound
    from guwah.places.resolve import chosen_place, place_row
    from guwah.storage.tables import FACILITY_NAME_CHARS, Document

    name = " ".join(site.name.split())
    if not name or len(name) > FACILITY_NAME_CHARS:
        raise InputError(f"a facility's name is 1 to {FACILITY_NAME_CHARS} characters", value=len(name))
    if site.facility_type not in {t.value for t in FacilityType}:
        raise InputError("facility type: one of " + ", ".join(t.value for t in FacilityType), value=site.facility_type)
    if (site.lat is None) != (site.lon is None):
        raise InputError("coordinates: give both latitude and longitude, or neither")
    if site.lat is not None and not (-90 <= site.lat <= 90 and -180 <= site.lon <= 180):
        raise InputError("coordinates out of range (latitude -90 to 90, longitude -180 to 180)",
                         value=f"{site.lat},{site.lon}")
    if site.approximate and site.lat is None:
        raise InputError("approximate: only coordinates can be approximate; none were given")
    place = chosen_place(site.place) if site.place and site.place.strip() else None
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"no document {document_id}", value=document_id)
    start, end = _passage(document.text or "", name, near)
    row = Facility(name=name, facility_type=site.facility_type,
                   place_id=place_row(session, place.id).id if place else None, lat=site.lat, lon=site.lon,
                   attributes={"review": "proposed", "source": {"document": document_id, "start": start, "end": end},
                               "approximate": bool(site.approximate),
                               "registered": {"by": actor, "at": datetime.now(UTC).isoformat(timespec="seconds")}})
    session.add(row)
    session.flush()
    if store is not None:
        store.audit(session, actor, "register", "facility_entry", row.entry.number, document=document_id)
    return row


def decide_facility(store, session: Session, number: int, decision: str, actor: str) -> Entry:
    """Accept or reject (`decision`) a facility entry that testimonies name: each of its rows (and
    those of entries merged into it) that no dataset holds takes the decision; an accepted one is
    public from this commit (its public number given then). InputError for another decision or an
    entry with no such row (a dataset's site is public by its dataset), NotFound for no entry."""
    if decision not in REVIEW_STATES[1:]:
        raise InputError("a facility entry is accepted or rejected", value=decision)
    entry = resolve(session, number, kind=FACILITY)
    ids = [entry.id, *(e.id for e in _merged_into(session, entry))]
    rows = [row for row in session.scalars(select(Facility).where(Facility.entry_id.in_(ids))) if row.dataset is None]
    if not rows:
        raise InputError(f"facility entry {entry.number} holds only dataset sites: nothing to review",
                         value=number)
    for row in rows:
        row.attributes = {**(row.attributes or {}), "review": decision}  # a new dict: the JSON column sees it
    session.flush()
    if store is not None:
        store.audit(session, actor, decision, "facility_entry", entry.number)
    return entry
