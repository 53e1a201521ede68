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
from guwah.registry import FACILITY, PERSON, resolve
from guwah.storage.tables import Entry, Event, Facility, Person


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
