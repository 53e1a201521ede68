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

A re-arrest is not a disagreement: two custodies (RE_ARRESTED: an arrest or a detention) at dates
that cannot both hold, told by different documents, are two events, not two accounts of one, where
the entry's own accepted events show the person free between them: a release dated after the first
and before the second, or a custody's or a sentence's stated end there (a term that ended before the
second custody began was served by then). "After" and "before" are honest only at the coarser
precision ("released in 2019" lies between "2017" and "2020", not between "2019-03" and "2020").
Without such an event the two dates stay a conflict: a release no one told is not presumed.

A reviewer judges a conflict (`judge_conflict`): "two_events" (both happened), "one_wrong" (the
wrong account is rejected through `guwah.review`, with the judgement as its note, never deleted) or
"cannot_tell", with who, when and why, kept forever and audited. The latest judgement on a pair
stands; a pair judged "two_events" or "cannot_tell" is still marked, with its judgement
(`conflicts`' "judgement"), no longer as open. A "one_wrong" pair leaves the timeline with its wrong
account; accepted again later, it is an open conflict again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from guwah.domain import MAX_ID

# Events told many times of one person: another date is another event, not a disagreement.
RECURRING = frozenset({"transfer", "interrogation"})
# Custody a person can be taken into again once freed: two at different dates are two events
# where the entry's own events show the person free between them (the module's docstring).
RE_ARRESTED = frozenset({"arrest", "detention"})
# Events whose stated end frees the person: custody ended, a sentence served.
ENDS_FREE = frozenset({"arrest", "detention", "sentencing"})
# What a reviewer may judge of a conflicting pair (`judge_conflict`).
VERDICTS = ("two_events", "one_wrong", "cannot_tell")
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
    "facility", "place", "status") on which the item at index "with" of the same timeline disagrees,
    and "judgement" ({"id", "verdict", "actor", "at", "reason"}) where a reviewer's standing
    judgement closed it ("two_events" or "cannot_tell"; `judge_conflict`); violations: the accepted
    violations coded on its accounts, {"violation", "code", "document", "mention"} (a reviewer joins
    one to its event with `guwah review add --kind violation --event ID`).
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
    violations: list[dict] = field(default_factory=list)


def timeline_of(session: Session, events: list) -> list[TimelineItem]:
    """The timeline of accepted Event rows `events` (one entry's): items in date order (an unknown date
    last), accounts of one event gathered, conflicts marked both ways (`conflicts`)."""
    from guwah.domain import ReviewState
    from guwah.publish import same_event_places
    from guwah.registry.corroboration import independent_count, source_groups
    from guwah.storage.tables import Facility, Place, ViolationCoding

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

    coded: dict[int, list] = {}
    for coding in session.scalars(select(ViolationCoding).where(
            ViolationCoding.event_id.in_([e.id for e in events]),
            ViolationCoding.review_state == ReviewState.ACCEPTED.value).order_by(ViolationCoding.id)):
        coded.setdefault(coding.event_id, []).append({"violation": coding.id, "code": coding.code,
                                                      "document": coding.evidence_document_id,
                                                      "mention": coding.person_id})
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
            corroboration=independent_count(groups, documents),
            violations=[v for e in accounts for v in coded.get(e.id, [])]))
    standing = _standing_judgements(session, {e.id for e in events})
    for i, j, what in conflicts(items):
        judged = _judgement_of(standing, items[i], items[j])
        items[i].conflicts.append({"field": what, "with": j, **judged})
        items[j].conflicts.append({"field": what, "with": i, **judged})
    return items


def _event_ids(item: TimelineItem) -> set[int]:
    return {source["event"] for source in item.sources}


def _standing_judgements(session: Session, event_ids: set[int]) -> dict[tuple[int, int], object]:
    """The latest judgement on each pair of `event_ids` (lower id first) → its ConflictJudgement row."""
    from guwah.storage.tables import ConflictJudgement

    if not event_ids:
        return {}
    rows = session.scalars(select(ConflictJudgement).where(ConflictJudgement.event_a_id.in_(event_ids),
                                                           ConflictJudgement.event_b_id.in_(event_ids))
                           .order_by(ConflictJudgement.id))
    return {(row.event_a_id, row.event_b_id): row for row in rows}


def _judgement_of(standing: dict, a: TimelineItem, b: TimelineItem) -> dict:
    """{"judgement": {...}} where the newest standing judgement on any account of `a` with any of `b`
    closes their conflict, else {} (open). A "one_wrong" closes nothing: its wrong account was
    rejected, so a pair still shown was accepted again since, and is open again."""
    found = [row for x in _event_ids(a) for y in _event_ids(b)
             if (row := standing.get((min(x, y), max(x, y)))) is not None]
    if not found:
        return {}
    row = max(found, key=lambda r: r.id)
    if row.verdict == "one_wrong":
        return {}
    return {"judgement": {"id": row.id, "verdict": row.verdict, "actor": row.actor,
                          "at": row.at.isoformat() if row.at else None, "reason": row.reason}}


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
                    what = None if a.event_type in RECURRING or _freed_between(items, a, b) else "date"
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


def _event_id(typed: str | int) -> int:
    """An event named as the timeline shows it ("event:12") or by its id alone ("12")."""
    from guwah.errors import N_, InputError, Text

    text = str(typed).strip()
    digits = text[len("event:"):] if text.lower().startswith("event:") else text
    if not digits.isdigit() or not 0 < int(digits) <= MAX_ID:
        raise InputError(Text(N_("an event is written event:%(number)s or %(number)s"), {"number": 12}), value=text)
    return int(digits)


def judge_conflict(store, session: Session, number: int, first: str | int, second: str | int, verdict: str,
                   actor: str, reason: str | None, wrong: str | int | None = None):
    """Record a reviewer's judgement on two conflicting items of entry `number`'s timeline.

    Args:
        first, second: an account (event) of each item ("event:12" or 12).
        verdict: a VERDICTS value ("two-events" written with hyphens too).
        wrong: for "one_wrong", an account of the wrong item (one of the pair's items); given only then.
        reason: why (required, sealed).
    Returns:
        (the ConflictJudgement row, recorded and audited; the releases taken down, `ReleaseChange`s).
        For "one_wrong" every account of the wrong item is reopened and rejected (`guwah.review.reopen`,
        `reject`) with the judgement as its note, and the releases that showed them taken down at
        once (as `guwah.review.reopen_facts`), so that the reviewer is told which.
    Raises:
        InputError for no reason, an unknown verdict, a wrong account missing, given without
        "one_wrong" or not of the pair, or two events that are not in conflict on the timeline;
        NotFound for an entry without that accepted event on its timeline.
    """
    from guwah.errors import N_, InputError, NotFound, Text
    from guwah.registry import entry_label, view_entry
    from guwah.review import reject, reopen
    from guwah.storage.tables import ConflictJudgement

    if not (reason or "").strip():
        raise InputError(Text(N_("a judgement of a conflict needs a reason")))
    verdict = (verdict or "").strip().lower().replace("-", "_")
    if verdict not in VERDICTS:
        raise InputError(Text(N_("a judgement of a conflict is %(verdicts)s"),
                              {"verdicts": " | ".join(v.replace("_", "-") for v in VERDICTS)}), value=verdict)
    if (wrong is None or str(wrong).strip() == "") != (verdict != "one_wrong"):
        raise InputError(Text(N_("name the wrong account (--wrong event:ID) with one-wrong, and only with it")))
    ids = (_event_id(first), _event_id(second))
    view = view_entry(session, number)
    found = []
    for event in ids:
        index = next((i for i, item in enumerate(view.timeline) if event in _event_ids(item)), None)
        if index is None:
            raise NotFound(Text(N_("event:%(event)s is not an accepted event of entry %(entry)s"),
                                {"event": event, "entry": entry_label(view.number)}), value=event)
        found.append(index)
    i, j = found
    if not any(conflict["with"] == j for conflict in view.timeline[i].conflicts):
        raise InputError(Text(N_("event:%(first)s and event:%(second)s are not in conflict on the timeline of "
                                 "entry %(entry)s"), {"first": ids[0], "second": ids[1],
                                                      "entry": entry_label(view.number)}))
    wrong_item = None
    if verdict == "one_wrong":
        named = _event_id(wrong)
        wrong_item = next((view.timeline[k] for k in (i, j) if named in _event_ids(view.timeline[k])), None)
        if wrong_item is None:
            raise InputError(Text(N_("event:%(event)s is not an account of either side of this conflict"),
                                  {"event": named}), value=named)
    reason = reason.strip()
    row = ConflictJudgement(event_a_id=min(ids), event_b_id=max(ids), verdict=verdict, reason=reason, actor=actor,
                            wrong_event_id=wrong_item.event_id if wrong_item else None)
    session.add(row)
    session.flush()
    store.audit(session, actor, "judge", "conflict", row.id, entry=view.number, events=sorted(ids),
                verdict=verdict, **({"wrong": sorted(_event_ids(wrong_item))} if wrong_item else {}))
    came_down = []
    if wrong_item is not None:
        from guwah.releases import FACTS_REOPENED, settle_releases

        other = ids[1] if ids[0] in _event_ids(wrong_item) else ids[0]
        note = f"the wrong account of a conflict with event:{other} (conflict judgement {row.id}): {reason}"
        refs = [f"event:{event}" for event in sorted(_event_ids(wrong_item))]
        for ref in refs:
            reopen(store, session, ref, actor, note)
            reject(store, session, ref, actor, note)
        came_down = settle_releases(session, Text(FACTS_REOPENED, {"refs": ", ".join(refs)}))
    session.flush()
    return row, came_down


def _freed_between(items: list[TimelineItem], a: TimelineItem, b: TimelineItem) -> bool:
    """Whether `a` and `b` are custodies (RE_ARRESTED) and an item of `items` shows the person free
    after the earlier one's date and before the later one's: a release, or a stated end of custody or
    of a sentence (ENDS_FREE), at the coarser precision of each comparison."""
    from guwah.registry import _later

    if a.event_type not in RE_ARRESTED:
        return False
    earlier, later = sorted((a, b), key=lambda item: item.date)
    freed = [item.date for item in items if item.event_type == "release" and item.date]
    freed += [item.end_date for item in items if item.event_type in ENDS_FREE and item.end_date]
    return any(_later(when, earlier.date) and _later(later.date, when) for when in freed)


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
