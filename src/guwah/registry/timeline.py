"""An entry's timeline for reviewers: its accepted events, dated, in order, each with its sources and
their passages, and where accounts disagree, both sides kept and marked for a reviewer to judge.

One function (`timeline_of`) behind `guwah persons show` and the workspace's entry page. A date is
shown at the precision its account gives ("2018", "2018-10"), never made precise; an event with no
date comes last, said to be of unknown date. Two accounts of one event (the same type, date and
precision, one completing the other's place) are one item citing both, as the public timeline
groups them (`guwah.publish.same_event_places`); each item counts its independent sources
(`guwah.registry.corroboration`).

Two items *conflict* (`conflicts`) where no one document tells both (a testimony that tells of two
detentions tells two events, and contradicts nothing) and they say different things of the same
slot: the same kind of event at dates that cannot both hold ("2017" and "2018"; "2018" and
"2018-10" can), except kinds told many times of one person (RECURRING); the same kind of event at
dates that can both hold but at different facilities, or at places neither within the other; or
different statuses (`STATUS_OF_EVENT`: "released" and "sentenced") as of one date. Nothing is
picked: both items stay, each with its sources and passages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

# Events told many times of one person: another date is another event, not a disagreement.
RECURRING = frozenset({"transfer", "interrogation"})
# The longest passage an item quotes (the cited words, cut between words past this).
PASSAGE_CHARS = 300


@dataclass(frozen=True)
class TimelineItem:
    """One event of an entry's timeline as one or more accounts tell it.

    event_id, document_id, person_id: the first account's event, document and mention; sources: every
    account, {"event", "document", "mention", "passage"} (the cited words, None where the fact cites
    none or its document was erased); corroboration: how many of those documents are independent;
    facility: the facility entry number (merges followed) and facility_name its first name; place:
    the gazetteer id and place_name its name; conflicts: {"field", "with"}: the field ("date",
    "facility", "place", "status") on which the item at index "with" of the same timeline disagrees.
    """

    event_id: int
    event_type: str
    date: str | None
    precision: str | None
    document_id: int | None
    person_id: int | None
    end_date: str | None = None  # where the event lasted: "held until 2019-02"
    end_precision: str | None = None
    facility: int | None = None
    facility_name: str | None = None
    place: str | None = None
    place_name: str | None = None
    sources: list[dict] = field(default_factory=list)
    corroboration: int = 1
    conflicts: list[dict] = field(default_factory=list)


def timeline_of(session: Session, events: list) -> list[TimelineItem]:
    """The timeline of accepted Event rows `events` (one entry's): items in date order (an unknown date
    last), accounts of one event gathered, conflicts marked both ways (`conflicts`)."""
    from guwah.publish import same_event_places
    from guwah.registry.corroboration import independent_count, source_groups
    from guwah.storage.tables import Facility, Place

    facilities = {row.id: row for row in session.scalars(select(Facility).where(
        Facility.id.in_({e.facility_id for e in events if e.facility_id is not None})))}
    places = {row.id: row for row in session.scalars(select(Place).where(
        Place.id.in_({e.place_id for e in events if e.place_id is not None})))}

    def facility_of(event) -> tuple[int | None, str | None]:
        row = facilities.get(event.facility_id)
        if row is None:
            return None, None
        return (_standing_number(session, row.entry) if row.entry is not None else None), row.name

    def where(event) -> tuple:
        place = places.get(event.place_id)
        return (facility_of(event)[0], place.gazetteer_id if place else None,
                (event.end_date_value, event.end_date_precision) if event.end_date_value else None)

    shown = same_event_places(events, where)
    groups = source_groups(session, {e.evidence_document_id for e in events if e.evidence_document_id is not None})
    gathered: dict[tuple, list] = {}
    for event in sorted(events, key=lambda e: (e.date_value or "9999", e.id)):
        gathered.setdefault((event.event_type, event.date_value, event.date_precision, shown[event.id]), []).append(event)
    items = []
    for (event_type, date, precision, (facility, gazetteer_id, end)), accounts in gathered.items():
        first = accounts[0]
        named = next((facility_of(e)[1] for e in accounts if facility_of(e)[0] == facility and facility), None)
        place_name = next((places[e.place_id].name for e in accounts
                           if e.place_id in places and places[e.place_id].gazetteer_id == gazetteer_id), None)
        documents = {e.evidence_document_id for e in accounts if e.evidence_document_id is not None}
        items.append(TimelineItem(
            first.id, event_type, date, precision, first.evidence_document_id, first.person_id,
            end[0] if end else None, end[1] if end else None, facility, named, gazetteer_id, place_name,
            sources=[{"event": e.id, "document": e.evidence_document_id, "mention": e.person_id,
                      "passage": _passage(e)} for e in accounts],
            corroboration=independent_count(groups, documents)))
    for i, j, what in conflicts(items):
        items[i].conflicts.append({"field": what, "with": j})
        items[j].conflicts.append({"field": what, "with": i})
    return items


def conflicts(items: list[TimelineItem]) -> list[tuple[int, int, str]]:
    """The pairs of items (indexes, the earlier first) that disagree, with the field they disagree on:
    the one rule of the module's docstring."""
    from guwah.registry import STATUS_OF_EVENT

    found = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if _documents(a) & _documents(b):
                continue  # one account tells both: two events, not two accounts of one
            what = None
            if a.event_type == b.event_type and a.date and b.date:
                if not _compatible(a.date, b.date):
                    what = None if a.event_type in RECURRING else "date"
                elif a.facility and b.facility and a.facility != b.facility:
                    what = "facility"
                elif a.place and b.place and not _within(a.place, b.place):
                    what = "place"
            elif (a.date and a.date == b.date and {a.event_type, b.event_type} <= STATUS_OF_EVENT.keys()
                  and STATUS_OF_EVENT[a.event_type] != STATUS_OF_EVENT[b.event_type]):
                what = "status"
            if what:
                found.append((i, j, what))
    return found


def _documents(item: TimelineItem) -> set[int]:
    return {source["document"] for source in item.sources if source["document"] is not None}


def _compatible(a: str, b: str) -> bool:
    """Whether two ISO prefixes can name one day ("2018" and "2018-10" can; "2017" and "2018" cannot)."""
    return a.startswith(b) or b.startswith(a)


def _within(a: str, b: str) -> bool:
    """Whether one gazetteer id is the other or lies within it ("xj.aksu" holds "xj.aksu.aksu")."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _standing_number(session: Session, entry) -> int:
    from guwah.registry import FACILITY, resolve

    return resolve(session, entry.number, kind=FACILITY).number


def _passage(event) -> str | None:
    """The words an event cites (at most PASSAGE_CHARS, cut between words), None where it cites none
    or its document was erased."""
    from guwah.protection.erasure import is_erased

    document = event.evidence_document
    if document is None or event.evidence_start is None or is_erased(document):
        return None
    words = " ".join(document.text[event.evidence_start:event.evidence_end].split())
    if len(words) <= PASSAGE_CHARS:
        return words
    return words[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"


def passage_reads(session: Session, items: list[TimelineItem]) -> dict:
    """What showing these items' passages reads, for the entry read's audit (the CLI's and the page's):
    {"documents": the non-public documents whose words they quote} (`guwah.publish.must_audit_read`,
    as a fact's page audits its passage), or {} where they quote none."""
    from guwah.publish import must_audit_read

    quoted = {source["document"] for item in items for source in item.sources
              if source["passage"] is not None and source["document"] is not None}
    read = sorted(document for document in quoted if must_audit_read(session, document))
    return {"documents": read} if read else {}
