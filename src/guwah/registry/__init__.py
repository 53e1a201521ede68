"""The registry: one entry per real person, gathering the mentions that name them.

Every person row is a *mention*: one person as one document (or one extractor run, or a
sidecar) names them, with that mention's names, attributes and facts and their evidence. An
*entry* gathers the mentions of one real person under a stable, sequential entry number that is
never reused. Entries are merged, split and the last act undone with full history
(`LinkChange`); no assertion is ever moved or lost, only the mention's entry changes. A
reviewer's *judgement* that two mentions are different people binds every later merge and every
automatic linker: it is never undone by linking; one that they are the same makes every later link
run join them (`judged_same_merges`), unless a "different" or a conflict forbids it.

An entry's consent is the strictest of its mentions' (a merge takes the stricter consent); its
status comes from the latest dated accepted statement (an event, or the stated end of a detention:
`derive_status`), with its date and source; its timeline orders the accepted events with their sources and
marks where accounts disagree (`guwah.registry.timeline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

# The labels are guwah.domain's (one formatter for CLI and web), importable from here too.
from guwah.domain import ENTRY_PREFIX, MAX_ID, MENTION_PREFIX, AttributeName, ReviewState, entry_label, mention_label  # noqa: F401
from guwah.errors import N_, ConfirmationRequired, InputError, NotFound, ReviewRequired, Term, Text, english_ngettext
from guwah.names.inflection import fold
from guwah.names.scripts import detect_script
from guwah.publish import stricter
from guwah.registry.timeline import TimelineItem, timeline_of
from guwah.storage.tables import (
    Entry,
    Event,
    Facility,
    Judgement,
    JudgementWithdrawal,
    LinkCandidate,
    LinkChange,
    Person,
    PersonAttribute,
    PersonName,
    Testimony,
    ViolationCoding,
)

PERSON = "person"
FACILITY = "facility"
VERDICTS = ("same", "different", "unsure")
# The status an accepted event leaves a person in (HURIDOCS-style situation of the victim).
STATUS_OF_EVENT = {
    "arrest": "detained", "detention": "detained", "transfer": "detained", "interrogation": "detained",
    "sentencing": "sentenced", "release": "released", "death": "deceased", "disappearance": "disappeared",
    "exit": "abroad",
}
# Custody that a stated end closes: a detention (or an arrest a reviewer gave an end) "until
# 2019-02" left the person released at that end, unless later evidence says otherwise. A
# sentencing's end is its term, a release expected, not one stated: it stays "sentenced".
ENDED_IN_RELEASE = frozenset({"arrest", "detention"})
# The statuses of someone held (or taken) whom their own later testimony shows free to tell it.
_HELD_STATUSES = frozenset({"detained", "sentenced", "disappeared"})


@dataclass(frozen=True)
class DerivedStatus:
    """A person's status from their accepted events (`derive_status`).

    status: a STATUS_OF_EVENT value, "released" or "unknown"; date: the ISO prefix it holds as of
    (None where no date is known: never guessed); documents: the evidence document ids that state
    it as of that date, the newest statement's first; event: the id of that newest statement's
    event (None for an own testimony's or an unknown status); basis: "event" (an event's type),
    "end" (a custody event's stated end), "own_testimony" (the person's own later account) or
    "none"."""

    status: str
    date: str | None
    documents: list[int]
    event: int | None
    basis: str


def _later(told: str, than: str) -> bool:
    """Whether ISO date `told` is after every day of ISO prefix `than` ("2020-05-01" after "2019"
    but not after "2020", which may be later in that year)."""
    return told[:len(than)] > than


def derive_status(events: list, own_accounts: dict[int, str | None] | None = None) -> DerivedStatus:
    """The status the latest dated statement among `events` (accepted Event rows) leaves a person in.

    Each dated event states its type's status (STATUS_OF_EVENT) as of its date; a custody event
    with an end (ENDED_IN_RELEASE) also states "released" as of that end, so a re-arrest after it
    is "detained" again. The latest statement wins (by date, then by event id).

    `own_accounts`: the person's own testimonies (document id → interview date as ISO, or None).
    A person held by the latest statement who told the archive their story after it was not held
    when telling it: "released", with no date (the interview date says when they were free, not
    when they were let go, and is not published), citing that testimony. "released" and not
    "abroad": a testimony does not say where it was given. "After" is honest only where known:
    the statement comes from that testimony itself (one tells what already happened), or its
    interview date falls after the statement's date at that date's precision.
    """
    points = []
    for row in events:
        if row.date_value and row.event_type in STATUS_OF_EVENT:
            points.append((row.date_value, row.id, 0, STATUS_OF_EVENT[row.event_type], row))
        if row.end_date_value and row.event_type in ENDED_IN_RELEASE:
            points.append((row.end_date_value, row.id, 1, "released", row))
    if not points:
        return DerivedStatus("unknown", None, [], None, "none")
    when, _, ending, status, latest = max(points, key=lambda p: p[:3])
    stating = [latest.evidence_document_id] + sorted(
        {p[4].evidence_document_id for p in points if p[3] == status and p[0] == when} - {latest.evidence_document_id})
    if status in _HELD_STATUSES:
        told = sorted(document for document, interviewed in (own_accounts or {}).items()
                      if document == latest.evidence_document_id or (interviewed and _later(interviewed, when)))
        if told:
            return DerivedStatus("released", None, told, None, "own_testimony")
    return DerivedStatus(status, when, stating, latest.id, "end" if ending else "event")


def own_accounts(session: Session, person_ids: list[int]) -> dict[int, str | None]:
    """The testimonies whose witness is one of `person_ids` (the mentions of one entry) and that still
    give that witness an accepted name (an erased testimony's are rejected): document id → interview
    date (ISO) or None, for `derive_status`."""
    named = select(PersonName.evidence_document_id).where(PersonName.person_id.in_(person_ids),
                                                          PersonName.review_state == ReviewState.ACCEPTED.value)
    return {document: interviewed.isoformat() if interviewed else None
            for document, interviewed in session.execute(
                select(Testimony.document_id, Testimony.interview_date).where(
                    Testimony.witness_id.in_(person_ids), Testimony.document_id.in_(named)))}


_ENTRY_NUMBER = re.compile(r"(?:E-?)?(\d+)", re.IGNORECASE)
_MENTION_ID = re.compile(r"(?:M-?)?(\d+)", re.IGNORECASE)


# The refusals of a typed number (a page says them in its reader's language, the CLI in English):
# (how it is written, the same with the other kind's prefix explained, its largest value).
_ENTRY_REFUSALS = (N_("an entry number is written %(number)s or %(prefix)s%(number)s"),
                   N_("an entry number is written %(number)s or %(prefix)s%(number)s (%(other)s is a mention id)"),
                   N_("an entry number is at most %(most)s"))
_MENTION_REFUSALS = (N_("a mention id is written %(number)s or %(prefix)s%(number)s"),
                     N_("a mention id is written %(number)s or %(prefix)s%(number)s (%(other)s is an entry number: "
                        "`guwah persons show` lists its mentions)"),
                     N_("a mention id is at most %(most)s"))


def _typed_number(typed: str | int, form: re.Pattern, refusals: tuple[str, str, str], example: int, prefix: str,
                  other: str) -> int:
    """The number in `typed` as `form` reads it (surrounding spaces allowed), at most MAX_ID.
    Raises InputError with one of `refusals` (written as `example` with or without its `prefix`; the
    second when `typed` starts with the `other` kind's prefix)."""
    text = str(typed).strip()
    match = form.fullmatch(text)
    if match is None or not match.group(1).isascii():
        hinted = text.upper().startswith(other[0])
        raise InputError(Text(refusals[1 if hinted else 0], {"number": example, "prefix": prefix, "other": other}),
                         value=text)
    number = int(match.group(1))
    if number > MAX_ID:
        raise InputError(Text(refusals[2], {"most": MAX_ID}), value=text)
    return number


def person_number(typed: str | int) -> int:
    """An entry number as typed, "7" or "E-7" (also "e7", surrounding spaces allowed), as an int.

    Raises InputError (one line) for anything else, a mention id ("M-12") included, or a number
    above MAX_ID.
    """
    return _typed_number(typed, _ENTRY_NUMBER, _ENTRY_REFUSALS, 7, ENTRY_PREFIX, MENTION_PREFIX)


def mention_id(typed: str | int) -> int:
    """A mention id as typed, "12" or "M-12" as the command line prints it (also "m12", surrounding
    spaces allowed), as an int.

    Raises InputError (one line) for anything else, an entry number ("E-7") included, or an id
    above MAX_ID.
    """
    return _typed_number(typed, _MENTION_ID, _MENTION_REFUSALS, 12, MENTION_PREFIX, ENTRY_PREFIX)


def next_number(session: Session, kind: str = PERSON) -> int:
    highest = session.scalar(select(func.max(Entry.number)).where(Entry.kind == kind))
    return (highest or 0) + 1


def next_operation(session: Session) -> int:
    return (session.scalar(select(func.max(LinkChange.operation))) or 0) + 1


def _new_entries(session: Session, rows: list, kind: str) -> None:
    """Give each row an entry of its own, numbered after every entry of that kind (pending ones too)."""
    pending = [row.number + 1 for row in session.new if isinstance(row, Entry) and row.kind == kind]
    number = max([next_number(session, kind), *pending])
    for row in rows:
        entry = Entry(kind=kind, number=number)
        number += 1
        session.add(entry)
        row.entry = entry


@event.listens_for(Session, "before_flush")
def _every_mention_has_an_entry(session: Session, _context, _instances) -> None:
    """A new person row (a new mention) starts as an entry of its own until linked; so does a new
    facility row (an imported site, or one a testimony names)."""
    new_people = [row for row in session.new if isinstance(row, Person) and row.entry_id is None]
    new_facilities = [row for row in session.new if isinstance(row, Facility) and row.entry_id is None
                      and row.entry is None]
    if new_facilities:
        _new_entries(session, new_facilities, FACILITY)  # in the order they were added
    if not new_people:
        return
    _new_entries(session, new_people, PERSON)
    # The history rows need the new ids: they are added once this flush has run.
    session.info.setdefault("new_mentions", []).extend(new_people)


@event.listens_for(Session, "after_flush_postexec")
def _record_new_mentions(session: Session, _context) -> None:
    people = session.info.pop("new_mentions", None)
    if people:
        with session.no_autoflush:
            operation = next_operation(session)
        for person in people:
            session.add(LinkChange(operation=operation, person_id=person.id, to_entry_id=person.entry_id,
                                   how="new_mention", action="link", actor="guwah (new mention)", undone=True))


def resolve(session: Session, number: int, kind: str = PERSON) -> Entry:
    """The entry with this number, following merges to the surviving entry; NotFound otherwise."""
    entry = session.scalar(select(Entry).where(Entry.kind == kind, Entry.number == number)) if 0 <= number <= MAX_ID else None
    if entry is None:
        raise NotFound(Text(N_("no person entry %(number)s") if kind == PERSON else N_("no facility entry %(number)s"),
                            {"number": number}), value=number)
    seen = set()
    while entry.merged_into_id is not None and entry.id not in seen:
        seen.add(entry.id)
        entry = session.get(Entry, entry.merged_into_id)
    return entry


def mentions_of(session: Session, entry: Entry) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.entry_id == entry.id).order_by(Person.id)))


# The reason a judgement keeps (sealed): a tribunal, a family or a later reviewer asks why two records
# were joined or kept apart, and the verdict alone does not say.
NO_REASON = N_("a judgement needs a reason: say why the two mentions are, or are not, one person")
# A pair that changed since the reviewer looked at it: judging it would overrule what they never saw.
# Each says what changed (`PairChanged`), so that the reviewer knows what to read before judging again.
PAIR_JUDGED = N_("mentions %(a)s and %(b)s were judged since the form was drawn (%(verdict)s, by %(who)s): nothing "
                 "was recorded; read the pair as it stands now before judging it again")
PAIR_UNJUDGED = N_("the judgement the form showed on mentions %(a)s and %(b)s was withdrawn since (an undo): nothing "
                   "was recorded; read the pair as it stands now before judging it again")
PAIR_MOVED = N_("mentions %(a)s and %(b)s are in entries %(now_a)s and %(now_b)s now, not %(seen_a)s and %(seen_b)s "
                "as the form showed (merged, split or re-linked since): nothing was recorded; read the pair as it "
                "stands now before judging it again")


class PairChanged(InputError):
    """A judgement refused because its pair changed since it was seen (`judge`): `pair`, the two
    mention ids, for a page to link the pair as it stands now."""

    def __init__(self, message: Text, pair: tuple[int, int]):
        super().__init__(message)
        self.pair = pair


@dataclass(frozen=True)
class PairSeen:
    """What a reviewer saw of a pair when they judged it, which must still hold when it is recorded
    (`judge`): `judgement`, the id of the judgement standing on the pair then (None: none stood);
    `entries`, the entry numbers of the two mentions (in the order judged) as a form showed them
    (None: not shown, as at a terminal); `replace`, a terminal's knowing replacement of whatever
    judgement stands (`guwah persons judge --replace`), which then need not be `judgement`."""

    judgement: int | None = None
    entries: tuple[int, int] | None = None
    replace: bool = False


def pair_entries(session: Session, person_a: int, person_b: int) -> tuple[int, int]:
    """The numbers of the entries now holding two mentions (merges followed)."""
    return tuple(resolve(session, session.get(Person, person).entry.number).number for person in (person_a, person_b))


def judge(session: Session, person_a: int, person_b: int, verdict: str, actor: str, reason: str,
          seen: PairSeen = PairSeen(), store=None) -> Judgement:
    """Record a reviewer's verdict on two mentions; the latest verdict on a pair is the one that holds.

    `reason` (required, kept sealed): why the two mentions are or are not one person. `seen`: the
    state of the pair the reviewer judged (`PairSeen`; by default, no judgement standing). The pair
    must still be as seen: no judgement recorded or withdrawn since, and where `seen.entries` is given
    the mentions still in those entries (not merged, split or re-linked since).

    Raises InputError for another verdict, one mention twice, no reason, or a pair changed since it
    was seen; ConfirmationRequired for a pair already judged unless `seen` names that judgement or
    replaces it; NotFound for an unknown mention. Nothing is stored on a refusal.
    """
    if verdict not in VERDICTS:
        raise InputError(f"a judgement is one of {', '.join(VERDICTS)}", value=verdict)
    if person_a == person_b:
        raise InputError(f"a judgement is about two different mentions, not mention {person_a} twice",
                         value=person_a)
    for person_id in (person_a, person_b):
        if session.get(Person, person_id) is None:
            raise NotFound(f"no mention (person) {person_id}", value=person_id)
    if not (reason or "").strip():
        raise InputError(Text(NO_REASON))
    labels = {"a": mention_label(person_a), "b": mention_label(person_b)}
    standing = standing_verdicts(session, [person_a], [person_b]).get(frozenset((person_a, person_b)))
    if not seen.replace and (standing.id if standing else None) != seen.judgement:
        if standing is not None and seen.judgement is None and seen.entries is None:
            # Only a terminal sees no judgement and no entries (a form says both): its words, in English.
            raise ConfirmationRequired(f"mentions {labels['a']} and {labels['b']} already have a standing judgement "
                                       f"({standing.verdict}, by {standing.actor} on "
                                       f"{standing.at.isoformat(timespec='minutes')}): nothing was recorded; to record "
                                       "this one over it, judge again with --replace")
        if standing is None:
            raise PairChanged(Text(PAIR_UNJUDGED, labels), (person_a, person_b))
        raise PairChanged(Text(PAIR_JUDGED, {**labels, "verdict": Term("verdict", standing.verdict),
                                             "who": standing.actor}), (person_a, person_b))
    if seen.entries is not None and (now := pair_entries(session, person_a, person_b)) != tuple(seen.entries):
        raise PairChanged(Text(PAIR_MOVED, {**labels, "now_a": entry_label(now[0]), "now_b": entry_label(now[1]),
                                            "seen_a": entry_label(seen.entries[0]),
                                            "seen_b": entry_label(seen.entries[1])}), (person_a, person_b))
    if store is not None:
        store.audit(session, actor, "judgement", "person", f"{person_a},{person_b}", verdict=verdict,
                    **({"replaces": standing.id} if standing is not None else {}))
    row = Judgement(person_a_id=person_a, person_b_id=person_b, verdict=verdict, reason=reason.strip(), actor=actor)
    session.add(row)
    session.flush()
    low, high = sorted((person_a, person_b))
    candidate = session.scalar(select(LinkCandidate).where(LinkCandidate.person_a_id == low,
                                                           LinkCandidate.person_b_id == high))
    if candidate is not None:
        # Judged: the pair leaves the open queue; an "unsure" one waits in `open_candidates(unsure=True)`.
        candidate.judgement_id = row.id
    return row


def judgement_next_step(session: Session, person_a: int, person_b: int, verdict: str) -> str | None:
    """What to run when the registry disagrees with a judgement just recorded, or None.

    A judgement binds later merges and linker runs but moves no mention itself: two mentions judged
    "different" that one entry holds stay together until a reviewer splits them; two judged "same"
    in two entries are joined by the next `guwah link` (`judged_same_merges`), or by a reviewer's merge now.
    """
    a, b = session.get(Person, person_a), session.get(Person, person_b)
    if a is None or b is None or a.entry is None or b.entry is None:
        return None
    first, second = resolve(session, a.entry.number).number, resolve(session, b.entry.number).number
    if verdict == "different" and first == second:
        return (f"mentions {mention_label(person_a)} and {mention_label(person_b)} are both in entry {entry_label(first)}: "
                f"`guwah persons split {first} --mentions {person_b}` separates them")
    if verdict == "same" and first != second:
        return (f"they are in entries {entry_label(first)} and {entry_label(second)}: the next `guwah link --new` "
                f"joins them, or `guwah persons merge {first} {second}` now")
    return None


def standing_verdicts(session: Session, a: list[int] | None = None,
                     b: list[int] | None = None) -> dict[frozenset[int], Judgement]:
    """The verdict that holds on each judged pair of mentions: the latest judgement on the pair not
    withdrawn since (`withdraw_judgements`, `withdraw_separation`); a pair whose every judgement was
    withdrawn has none.

    `a`, `b`: mention (person) ids; with both, only pairs with one mention in each group; with
    neither, every judged pair of the archive. Returns {frozenset((mention, mention)): Judgement}.
    One reading for both ways a judgement binds: "different" forbids every merge and undo that
    would join the pair (`merge`, `undo`), "same" makes the linker join it (`link_archive`).
    """
    query = select(Judgement).where(Judgement.id.not_in(select(JudgementWithdrawal.judgement_id))).order_by(Judgement.id)
    if a is not None and b is not None:
        query = query.where(or_((Judgement.person_a_id.in_(a) & Judgement.person_b_id.in_(b)),
                                (Judgement.person_a_id.in_(b) & Judgement.person_b_id.in_(a))))
    verdicts: dict[frozenset[int], Judgement] = {}
    for row in session.scalars(query):
        verdicts[frozenset((row.person_a_id, row.person_b_id))] = row
    return verdicts


# The reviewer's registry acts whose separation binds as their "different" does (`record_separation`):
# a split (the mentions moved out against those left) and an undone merge (the sides it had joined).
SEPARATING_ACTS = ("split", "undone")
# The bound on the judgements one separation records between two sides of a and b mentions: every
# pair while a × b is at most this; beyond it, each mention of one side against the other's first
# mention and back (a + b - 1 rows, linear). Either way each side holds a "different" with the other,
# which is what refuses a merge of the entries holding them (`separating_verdict`); a later split that
# takes a first mention away carries the entry's standing separations to both its parts (`split`).
SEPARATION_PAIRS = 400


def separation_pairs(a: list[int], b: list[int]) -> list[tuple[int, int]]:
    """The pairs of mentions (one of `a`, one of `b`) a separation of the two sides records (SEPARATION_PAIRS)."""
    a, b = sorted(a), sorted(b)
    if len(a) * len(b) <= SEPARATION_PAIRS:
        return [(x, y) for x in a for y in b]
    return [(x, b[0]) for x in a] + [(a[0], y) for y in b[1:]]


def record_separation(session: Session, sides: list[list[int]], act: str, operation: int, actor: str,
                      store=None) -> int:
    """Record "different" between each two of `sides` (mention ids), made by reviewer `actor`'s registry act
    `operation` (`act`: one of SEPARATING_ACTS), so that no linker run joins them again; one audit
    entry for the act. A pair a reviewer already judged "different" themself is left as it is; a pair
    in the linker's review queue leaves it, judged. Returns the number of judgements recorded."""
    pairs = [pair for i, one in enumerate(sides) for other in sides[i + 1:] for pair in separation_pairs(one, other)]
    everyone = sorted({mention for side in sides for mention in side})
    standing = standing_verdicts(session, everyone, everyone)
    rows = []
    for x, y in pairs:
        held = standing.get(frozenset((x, y)))
        if held is None or held.verdict != "different" or held.act is not None:
            rows.append(Judgement(person_a_id=x, person_b_id=y, verdict="different", act=act, operation=operation,
                                  actor=actor))
    if not rows:
        return 0
    session.add_all(rows)
    session.flush()
    judged = {(min(row.person_a_id, row.person_b_id), max(row.person_a_id, row.person_b_id)): row.id for row in rows}
    for candidate in session.scalars(select(LinkCandidate).where(LinkCandidate.person_a_id.in_(everyone),
                                                                 LinkCandidate.person_b_id.in_(everyone))):
        if (candidate.person_a_id, candidate.person_b_id) in judged:
            candidate.judgement_id = judged[(candidate.person_a_id, candidate.person_b_id)]
    if store is not None:
        store.audit(session, actor, "judgement", "link_operation", operation, verdict="different", act=act,
                    judgements=len(rows), sides=[len(side) for side in sides])
    session.flush()
    return len(rows)


@dataclass(frozen=True)
class Separation:
    """The "different" judgements registry act `operation` recorded (`record_separation`) or, for an undo,
    withdrew: how many, why ("split", "undone"), and one pair of them (to name in a `judge … same`)."""

    act: str
    operation: int
    judgements: int
    person_a: int
    person_b: int


def recorded_separation(session: Session, operation: int) -> Separation | None:
    """What registry act `operation` recorded by `record_separation`, or None."""
    rows = list(session.scalars(select(Judgement).where(Judgement.operation == operation,
                                                        Judgement.act.is_not(None)).order_by(Judgement.id)))
    return Separation(rows[0].act, operation, len(rows), rows[0].person_a_id, rows[0].person_b_id) if rows else None


def withdraw_separation(session: Session, operation: int, undo_operation: int, actor: str, store=None) -> int:
    """Withdraw the "different" judgements registry act `operation` recorded (`record_separation`), as
    undoing it (`undo_operation`) puts its sides together again; each a JudgementWithdrawal, one
    audit entry. Returns how many."""
    rows = list(session.scalars(select(Judgement).where(
        Judgement.operation == operation, Judgement.act.is_not(None),
        Judgement.id.not_in(select(JudgementWithdrawal.judgement_id))).order_by(Judgement.id)))
    for row in rows:
        session.add(JudgementWithdrawal(judgement_id=row.id, operation=operation, undo_operation=undo_operation,
                                        actor=actor))
    if rows:
        ids = [row.id for row in rows]
        for candidate in session.scalars(select(LinkCandidate).where(LinkCandidate.judgement_id.in_(ids))):
            candidate.judgement_id = None
        if store is not None:
            store.audit(session, actor, "withdraw", "link_operation", operation, verdict="different",
                        act=rows[0].act, judgements=len(rows))
        session.flush()
    return len(rows)


def withdraw_passed_separations(session: Session, a: list[int], b: list[int], operation: int, actor: str,
                                store=None) -> list[int]:
    """Withdraw the standing "different" judgements a registry act (a split, an undo) recorded between
    mentions `a` and `b` that merge `operation` joins past (a reviewer's merge by hand is their later
    word; a linker's passes only those a later "same" lifted, `separating_verdict`), so that none
    stands on two mentions of one entry. Each a JudgementWithdrawal whose `operation` and
    `undo_operation` are both the merge's (`withdrawn_by_merge`; the merge's LinkChange keeps who and
    why), the judgements kept; one audit entry with their ids. Undoing the merge records "different"
    between its sides anew (`undo`). Returns the withdrawn judgements' ids."""
    ids = [row.id for row in sorted(standing_verdicts(session, a, b).values(), key=lambda row: row.id)
           if row.verdict == "different" and row.act is not None]
    for judgement in ids:
        session.add(JudgementWithdrawal(judgement_id=judgement, operation=operation, undo_operation=operation,
                                        actor=actor))
    if ids:
        for candidate in session.scalars(select(LinkCandidate).where(LinkCandidate.judgement_id.in_(ids))):
            candidate.judgement_id = None
        if store is not None:
            store.audit(session, actor, "withdraw", "link_operation", operation, verdict="different", act="merge",
                        judgements=ids)
        session.flush()
    return ids


@dataclass(frozen=True)
class PassedSeparation:
    """The "different" judgements registry act `operation` (a split, an undo: `act`) recorded that a
    merge withdrew as it joined their sides (`withdraw_passed_separations`): their ids."""

    act: str
    operation: int
    judgements: list[int]


def withdrawn_by_merge(session: Session, operation: int) -> list[PassedSeparation]:
    """The "different" judgements merge `operation` withdrew (`withdraw_passed_separations`), by the act
    that recorded them, oldest first."""
    rows = session.scalars(select(Judgement).join(JudgementWithdrawal, JudgementWithdrawal.judgement_id == Judgement.id)
                           .where(JudgementWithdrawal.operation == operation,
                                  JudgementWithdrawal.undo_operation == operation).order_by(Judgement.id))
    acts: dict[int, PassedSeparation] = {}
    for row in rows:
        acts.setdefault(row.operation, PassedSeparation(row.act, row.operation, [])).judgements.append(row.id)
    return [acts[number] for number in sorted(acts)]


def withdrawn_separation(session: Session, operation: int) -> Separation | None:
    """The "different" judgements the undo of registry act `operation` withdrew (`withdraw_separation`), or None."""
    rows = list(session.scalars(select(Judgement).join(
        JudgementWithdrawal, JudgementWithdrawal.judgement_id == Judgement.id).where(
        JudgementWithdrawal.operation == operation, Judgement.operation == operation,
        Judgement.act.is_not(None)).order_by(Judgement.id)))
    return Separation(rows[0].act, operation, len(rows), rows[0].person_a_id, rows[0].person_b_id) if rows else None


def separating_verdict(session: Session, a: list[int], b: list[int], ignoring: int | None = None,
                       acts: bool = True) -> Judgement | None:
    """The standing "different" between mentions of group `a` and of group `b` that forbids joining them,
    or None. A reviewer's own "different" always forbids it; one a registry act recorded (`act` set:
    a split, an undone merge) yields to a "same" on any pair of the two groups recorded after it: the
    reviewer's later word that the sides are one person. `ignoring`: an operation whose own
    separation does not count (the act being undone); `acts` False: none made by an act counts (a
    reviewer's merge by hand is their later word, as a "same" is)."""
    verdicts = sorted((row for row in standing_verdicts(session, a, b).values()
                       if (ignoring is None or row.operation != ignoring) and (acts or row.act is None)),
                      key=lambda row: row.id)
    latest_same = max((row.id for row in verdicts if row.verdict == "same"), default=0)
    return next((row for row in verdicts if row.verdict == "different" and not (row.act and row.id < latest_same)),
                None)


@dataclass(frozen=True)
class WithdrawnJudgement:
    """A "same" judgement an undo withdrew (`withdraw_judgements`): the pair, who judged and when."""

    judgement: int
    person_a: int
    person_b: int
    judged_by: str
    judged_at: str


def withdraw_judgements(session: Session, changes: list[LinkChange], actor: str, operation: int,
                        undo_operation: int, store=None) -> list[WithdrawnJudgement]:
    """Withdraw every standing "same" judgement on a pair of mentions that undoing `changes` (the
    merges of registry act `operation`) puts apart again, so that the next `guwah link` does not join
    them from it (`judged_same_merges`). Each withdrawal is a new record (`JudgementWithdrawal`, with
    `actor` and when) and an audit entry; the judgement is kept. The pair goes back to the linker's
    review queue, if it was there, for a reviewer to judge again."""
    moves = {change.person_id: change.to_entry_id for change in changes
             if change.person_id is not None and change.action == "merge"}
    withdrawn = []
    for target in sorted(set(moves.values())):
        incoming = [pid for pid, to in moves.items() if to == target]
        staying = [p.id for p in session.scalars(select(Person).where(Person.entry_id == target)) if p.id not in moves]
        for _pair, row in sorted(standing_verdicts(session, incoming, staying).items(), key=lambda item: item[1].id):
            if row.verdict != "same":
                continue
            session.add(JudgementWithdrawal(judgement_id=row.id, operation=operation, undo_operation=undo_operation,
                                            actor=actor))
            low, high = sorted((row.person_a_id, row.person_b_id))
            candidate = session.scalar(select(LinkCandidate).where(LinkCandidate.person_a_id == low,
                                                                   LinkCandidate.person_b_id == high))
            if candidate is not None and candidate.judgement_id == row.id:
                candidate.judgement_id = None  # open again: no verdict holds on the pair now
            if store is not None:
                store.audit(session, actor, "withdraw", "judgement", row.id, verdict=row.verdict,
                            mentions=f"{row.person_a_id},{row.person_b_id}", undone_operation=operation)
            withdrawn.append(WithdrawnJudgement(row.id, row.person_a_id, row.person_b_id, row.actor,
                                                row.at.isoformat(timespec="minutes")))
    session.flush()
    return withdrawn


def withdrawn_by_undo(session: Session, operation: int) -> list[WithdrawnJudgement]:
    """The judgements the undo of registry act `operation` withdrew (`withdraw_judgements`)."""
    rows = session.execute(select(JudgementWithdrawal, Judgement).join(
        Judgement, Judgement.id == JudgementWithdrawal.judgement_id).where(
        JudgementWithdrawal.operation == operation, Judgement.verdict == "same").order_by(JudgementWithdrawal.id))
    return [WithdrawnJudgement(judgement.id, judgement.person_a_id, judgement.person_b_id, judgement.actor,
                               judgement.at.isoformat(timespec="minutes")) for _, judgement in rows]


# Two birth years further apart than this are a conflict: testimonies round ages ("about forty") and
# relatives remember them a few years off, but not by more.
BIRTH_YEAR_SLACK = 5


def _asserted(session: Session, ids: list[int], attribute: str) -> list[PersonAttribute]:
    return list(session.scalars(select(PersonAttribute).where(
        PersonAttribute.person_id.in_(ids), PersonAttribute.attribute == attribute,
        PersonAttribute.review_state != ReviewState.REJECTED.value)))


def _years(rows: list[PersonAttribute]) -> list[tuple[int, int]]:
    spans = []
    for row in rows:
        ends = [value for value in (row.value, row.value_end or row.value) if value and str(value).isdigit()]
        if len(ends) == 2:
            spans.append((int(ends[0]), int(ends[1])))
    return spans


def merge_conflicts(session: Session, a: list[int], b: list[int]) -> dict[str, str]:
    """What the not-rejected assertions of two groups of mentions say against their being one person:
    {field: "value of a / value of b"} for a gender that differs on every assertion, and birth years
    (ranges kept) more than BIRTH_YEAR_SLACK years apart at their closest. Empty when nothing
    conflicts or either side says nothing. The values are confidential: shown to the reviewer who
    asked, never written to the audit log (which records the fields only)."""
    conflicts: dict[str, str] = {}
    genders = [{row.value for row in _asserted(session, ids, AttributeName.GENDER.value)} for ids in (a, b)]
    if all(genders) and not genders[0] & genders[1]:
        conflicts["gender"] = " / ".join(", ".join(sorted(values)) for values in genders)
    years = [_years(_asserted(session, ids, AttributeName.BIRTH_YEAR.value)) for ids in (a, b)]
    if all(years):
        gap = min(max(low_b - high_a, low_a - high_b, 0) for low_a, high_a in years[0] for low_b, high_b in years[1])
        if gap > BIRTH_YEAR_SLACK:
            conflicts["birth_year"] = " / ".join(", ".join(sorted({f"{low}" if low == high else f"{low}-{high}"
                                                                  for low, high in spans})) for spans in years)
    return conflicts


# Where a reviewer reads an entry's evidence and merges past a conflict: the CLI's command and option,
# the entry's page and the link form's box on a page (`guwah.web.labels`).
EVIDENCE_COMMAND = Term("evidence_command", "guwah persons show N")
FORCE_OPTION = Term("force_option", "--force")


def merge(session: Session, survivor: int, merged: int, actor: str, how: str = "reviewer",
          score: float | None = None, linker_version: str | None = None, store=None,
          operation: int | None = None, force: bool = False, reason: str | None = None,
          pair: tuple[int, int] | None = None) -> Entry:
    """Merge entry `merged` into `survivor` (entry numbers); its mentions move, its number redirects.

    `reason`: why (a reviewer's, kept sealed); `pair`: the two mentions whose link made the merge (the
    linker's, of probability `score`, or a "same" judgement's), recorded for the evidence file.

    Raises ReviewRequired when a standing "different" judgement separates any of their mentions
    (a linker never overrides one; a reviewer records "same" first; one a split or an undo recorded
    binds the linker's merges only, `separating_verdict`), or, unless `force`, when their
    assertions conflict (`merge_conflicts`: a female and a male, birth years far apart); InputError
    for one entry. A forced merge records the conflicting fields (never their values) in the audit
    log and in its history (`LinkChange.conflicts`), which `latest_act` and `undo` report. The
    linker never forces: such a pair is counted as blocked (`link_archive`).
    """
    keep, gone = resolve(session, survivor), resolve(session, merged)
    if keep.id == gone.id:
        raise InputError(Text(N_("entries %(survivor)s and %(merged)s are already one entry"),
                              {"survivor": survivor, "merged": merged}))
    keep_ids = [p.id for p in mentions_of(session, keep)]
    gone_mentions = mentions_of(session, gone)
    # A reviewer's merge by hand passes a split's or an undo's separation: it is their later word.
    if (verdict := separating_verdict(session, keep_ids, [p.id for p in gone_mentions],
                                      acts=how != "reviewer")) is not None:
        # The pair and the one command that records "same": the workspace has no judgement form.
        pair = mention_label(verdict.person_a_id), mention_label(verdict.person_b_id)
        raise ReviewRequired(Text(N_("a reviewer judged mentions %(a)s and %(b)s (of entries %(survivor)s and "
                                     "%(merged)s) to be different people; if that was wrong, record that they are "
                                     "one person first (%(command)s)"),
                                  {"a": pair[0], "b": pair[1], "survivor": entry_label(keep.number),
                                   "merged": entry_label(gone.number),
                                   "command": f"guwah persons judge {pair[0]} {pair[1]} same --replace --reason WHY"}))
    conflicts = merge_conflicts(session, keep_ids, [p.id for p in gone_mentions])
    if conflicts and not force:
        said = "; ".join(f"{name} {values}" for name, values in conflicts.items())
        raise ReviewRequired(Text(N_("entries %(survivor)s and %(merged)s disagree (%(said)s): check the evidence "
                                     "of each (%(show)s), reject the wrong assertion, or merge with %(option)s if "
                                     "they are one person all the same"),
                                  {"survivor": survivor, "merged": merged, "said": said, "show": EVIDENCE_COMMAND,
                                   "option": FORCE_OPTION}))
    operation = operation or next_operation(session)
    if store is not None:
        extra = {"forced": sorted(conflicts)} if conflicts else {}
        store.audit(session, actor, "merge", "entry", keep.number, merged=gone.number, how=how, **extra)
    withdraw_passed_separations(session, keep_ids, [p.id for p in gone_mentions], operation, actor, store)
    reason = (reason or "").strip() or None
    pair = sorted(pair) if pair else None
    for person in gone_mentions:
        session.add(LinkChange(operation=operation, person_id=person.id, from_entry_id=gone.id, to_entry_id=keep.id,
                               how=how, action="merge", score=score, linker_version=linker_version, actor=actor,
                               reason=reason, pair=pair))
        person.entry_id = keep.id
    session.add(LinkChange(operation=operation, entry_id=gone.id, merged_from=None, merged_to=keep.id, how=how,
                           action="merge", actor=actor, conflicts=sorted(conflicts) or None, reason=reason))
    gone.merged_into_id = keep.id
    session.flush()
    return keep


def split(session: Session, number: int, person_ids: list[int], actor: str, store=None,
          reason: str | None = None) -> Entry:
    """Move the given mentions of an entry into a new entry (a new number), `reason` (sealed) saying why.
    Returns the new entry."""
    source = resolve(session, number)
    own = {p.id: p for p in mentions_of(session, source)}
    missing = [pid for pid in person_ids if pid not in own]
    if not person_ids:
        raise InputError(Text(N_("name the mentions to move out of entry %(entry)s"),
                              {"entry": entry_label(source.number)}))
    if missing:  # by their labels, as `persons show` prints them, with the entry's own to choose from
        said = (N_("%(mentions)s is not in entry %(entry)s, whose mentions are %(own)s") if len(missing) == 1
                else N_("%(mentions)s are not in entry %(entry)s, whose mentions are %(own)s"))
        raise InputError(Text(said, {"mentions": ", ".join(map(mention_label, missing)),
                                     "entry": entry_label(source.number), "own": ", ".join(map(mention_label, own))}),
                         value=str(number))
    if len(person_ids) == len(own):
        raise InputError(Text(N_("a split must leave at least one mention in the entry")))
    operation = next_operation(session)
    new = Entry(kind=PERSON, number=next_number(session))
    session.add(new)
    session.flush()
    if store is not None:
        store.audit(session, actor, "split", "entry", source.number, new_entry=new.number, mentions=len(person_ids))
    # Undone, the new entry is not deleted (its number is never reused): it points at the source, so
    # that an old reference still resolves, but is not shown as merged into it (`view_entry`).
    reason = (reason or "").strip() or None
    session.add(LinkChange(operation=operation, entry_id=new.id, merged_from=source.id, how="reviewer",
                           action="split", actor=actor, reason=reason))
    for pid in person_ids:
        session.add(LinkChange(operation=operation, person_id=pid, from_entry_id=source.id, to_entry_id=new.id,
                               how="reviewer", action="split", actor=actor, reason=reason))
        own[pid].entry_id = new.id
    session.flush()
    # The reviewer's word that the moved mentions are not the others' person: binding as a "different".
    sides = [sorted(person_ids), sorted(set(own) - set(person_ids))]
    carried = _standing_separations(session, sorted(own))
    record_separation(session, sides, "split", operation, actor, store)
    # An earlier act's separation of this entry from others binds both its parts: beyond SEPARATION_PAIRS
    # it rests on the sides' first mentions, which this split may take away from the rest.
    for side in sides:
        for others in carried:
            record_separation(session, [side, others], "split", operation, actor)
    return new


def _standing_separations(session: Session, own: list[int]) -> list[list[int]]:
    """The mentions of each other entry that a registry act's "different" (not lifted by a later "same")
    keeps apart from mentions `own` (one entry's), grouped by entry (`split` carries them to its parts)."""
    rows = [row for row in session.scalars(select(Judgement).where(
        Judgement.act.is_not(None), Judgement.verdict == "different",
        or_(Judgement.person_a_id.in_(own), Judgement.person_b_id.in_(own)),
        Judgement.id.not_in(select(JudgementWithdrawal.judgement_id))))]
    mine = set(own)
    others = {row.person_b_id if row.person_a_id in mine else row.person_a_id for row in rows} - mine
    groups: dict[int, list[int]] = {}
    for person in session.scalars(select(Person).where(Person.id.in_(others))):
        groups.setdefault(person.entry_id, []).append(person.id)
    carried = []
    for group in groups.values():
        verdicts = standing_verdicts(session, own, group).values()
        latest_same = max((row.id for row in verdicts if row.verdict == "same"), default=0)
        if any(row.verdict == "different" and row.act and row.id > latest_same for row in verdicts):
            carried.append(sorted(group))
    return carried


def _latest_operation(session: Session) -> int | None:
    """The registry act `undo` reverses next: the latest one not yet undone (an undo is none)."""
    return session.scalar(select(func.max(LinkChange.operation)).where(
        LinkChange.undone.is_(False), LinkChange.operation > 0, LinkChange.action != "undo"))


def _rejoined_different(session: Session, changes: list[LinkChange], operation: int) -> tuple[int, int] | None:
    """Two mentions that undoing these changes (of registry act `operation`) would put in one entry
    although a standing "different" judgement holds them apart (a judgement recorded after the act;
    a split's own separation is not one), or None."""
    moves = {change.person_id: change.from_entry_id for change in changes if change.person_id is not None}
    for target in set(moves.values()):
        incoming = [pid for pid, to in moves.items() if to == target]
        staying = [p.id for p in session.scalars(select(Person).where(Person.entry_id == target))
                   if p.id not in moves]
        row = separating_verdict(session, incoming, staying, ignoring=operation)
        if row is not None:
            return tuple(sorted((row.person_a_id, row.person_b_id)))
    return None


def undo(session: Session, actor: str, store=None, reason: str | None = None) -> int:
    """Undo the latest merge, split or linker act not yet undone, `reason` (sealed) saying why; returns
    its operation number.

    Raises ReviewRequired, moving nothing, when the undo would put back in one entry two mentions
    that a reviewer has since judged different (a "different" binds every later act, an undo too).
    An undone merge withdraws the "same" judgements it rested on (`withdraw_judgements`;
    `withdrawn_by_undo(operation)` lists them) and records "different" between the sides it parts,
    as the undo's act "undone" (`record_separation`; `recorded_separation` of the undo's own
    operation), so that no later `guwah link` joins them again; an undone split withdraws the
    "different" judgements it recorded (`withdraw_separation`, `withdrawn_separation`).
    """
    operation = _latest_operation(session)
    if operation is None:
        raise InputError("nothing to undo")
    changes = list(session.scalars(select(LinkChange).where(LinkChange.operation == operation)
                                   .order_by(LinkChange.id.desc())))
    rejoined = _rejoined_different(session, changes, operation)
    if rejoined is not None:
        raise ReviewRequired(f"undoing operation {operation} would put mentions {rejoined[0]} and {rejoined[1]} "
                             "back in one entry, and a reviewer judged them to be different people; record a "
                             "'same' judgement first if that was wrong")
    undo_operation = next_operation(session)
    if store is not None:
        forced = sorted({field for change in changes for field in change.conflicts or ()})
        store.audit(session, actor, "undo", "link_operation", operation, **({"forced": forced} if forced else {}))
    # Read before the mentions move back: which stood in the entry each merge joined.
    withdraw_judgements(session, changes, actor, operation, undo_operation, store)
    withdraw_separation(session, operation, undo_operation, actor, store)
    # Which entry held each mention the merges joined, to part them into their sides after the moves.
    merged = [change.person_id for change in changes if change.person_id is not None and change.action == "merge"]
    joined = {session.get(Person, pid).entry_id for pid in merged}
    held = {p.id: p.entry_id for p in session.scalars(select(Person).where(Person.entry_id.in_(joined)))} if joined else {}
    reason = (reason or "").strip() or None
    for change in changes:
        if change.person_id is not None:
            person = session.get(Person, change.person_id)
            person.entry_id = change.from_entry_id
            session.add(LinkChange(operation=undo_operation, person_id=person.id, from_entry_id=change.to_entry_id,
                                   to_entry_id=change.from_entry_id, how="reviewer", action="undo", actor=actor,
                                   reason=reason))
        if change.entry_id is not None:
            entry = session.get(Entry, change.entry_id)
            entry.merged_into_id = change.merged_from
            session.add(LinkChange(operation=undo_operation, entry_id=entry.id, merged_from=change.merged_to,
                                   merged_to=change.merged_from, how="reviewer", action="undo", actor=actor,
                                   reason=reason))
        change.undone = True
    session.flush()
    sides: dict[int, dict[int, list[int]]] = {}
    for pid, entry_id in sorted(held.items()):
        sides.setdefault(entry_id, {}).setdefault(session.get(Person, pid).entry_id, []).append(pid)
    for parts in sides.values():
        if len(parts) > 1:
            record_separation(session, list(parts.values()), "undone", undo_operation, actor, store)
    return operation


def _entry_number(entry: Entry) -> str:
    """A person entry's number as printed ("E-10"); a facility entry's as it is typed ("3")."""
    return entry_label(entry.number) if entry.kind == PERSON else str(entry.number)


def latest_act(session: Session) -> str | None:
    """In words, the registry act `undo` would undo now ("the merge of person entry E-10 into E-9
    (operation 7)"), or None when there is none: a volunteer is told what is reversed, whichever kind it is."""
    operation = _latest_operation(session)
    if operation is None:
        return None
    marks = list(session.scalars(select(LinkChange).where(LinkChange.operation == operation,
                                                          LinkChange.entry_id.is_not(None)).order_by(LinkChange.id)))
    merges = [c for c in marks if c.action == "merge"]
    splits = [c for c in marks if c.action == "split"]
    if any(c.how == "linker" for c in merges):
        what = f"the linker run's {english_ngettext('%d merge', '%d merges', len(merges)) % len(merges)}"
    elif merges:
        gone, keep = session.get(Entry, merges[0].entry_id), session.get(Entry, merges[0].merged_to)
        what = f"the merge of {gone.kind} entry {_entry_number(gone)} into {_entry_number(keep)}"
        if merges[0].conflicts:
            what += f", forced over conflicting {' and '.join(merges[0].conflicts).replace('_', ' ')}"
    elif splits:
        source = session.get(Entry, splits[0].merged_from)
        what = f"the split of {source.kind} entry {_entry_number(source)}"
    else:
        what = "the registry act"
    return f"{what} (operation {operation})"


# --- reading entries ----------------------------------------------------------------------------

@dataclass
class EntryView:
    """An entry for reviewers: every mention's names and facts, side by side, never merged away."""

    number: int
    consent: str
    # {name, script, person, document, state}, "records" where more than one record gives that
    # name (written alike once folded) for that mention, document and state, and "second_reviewer"
    # (who asserted it) for a reviewer's own name waiting for another reviewer with four eyes on
    names: list[dict] = field(default_factory=list)
    attributes: list[dict] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    status: dict | None = None  # {status, date, document, event, basis, conflicts}
    mentions: list[int] = field(default_factory=list)
    merged_numbers: list[int] = field(default_factory=list)


def entry_consent(mentions: list[Person]) -> str:
    """The consent of an entry: the strictest decision recorded on its mentions (a merge never
    loosens anyone's consent, and an explicit refusal always wins).

    A mention extracted from a text has no decision (`Person.consent_recorded` false, its consent
    the default "confidential"): it never overrides a decision recorded on another mention (a
    witness's public consent from the ingest sidecar). An entry with no recorded decision at all
    takes the strictest of its mentions' values ("confidential" unless set otherwise).

    Args:
        mentions: the entry's person rows (at least one).
    Returns:
        A `ConsentLevel` value.
    """
    recorded = [person for person in mentions if person.consent_recorded] or mentions
    consent = "public"
    for person in recorded:
        consent = stricter(consent, person.consent)
    return consent


def record_consent(person: Person, level: str) -> None:
    """Record a decision on a mention's consent (a sidecar's witness consent, a withdrawal), which
    `entry_consent` then weighs over mentions with no decision."""
    person.consent = level
    person.consent_recorded = True


def view_entry(session: Session, number: int, timeline: bool = True) -> EntryView:
    """Everything the registry holds on one entry (follows merges). `timeline=False` (a list of
    entries) leaves the timeline empty: it reads every cited passage and compares the sources' texts
    (`guwah.registry.timeline`), work for one entry's page, not for every entry of a list."""
    entry = resolve(session, number)
    mentions = mentions_of(session, entry)
    ids = [p.id for p in mentions]
    view = EntryView(number=entry.number, consent=entry_consent(mentions), mentions=ids)
    # An undone split's entry points here only so that its spent number still leads somewhere: it
    # was never merged into this entry, so it is not listed as a redirect.
    undone_splits = select(LinkChange.entry_id).where(LinkChange.action == "split", LinkChange.undone.is_(True),
                                                      LinkChange.entry_id.is_not(None))
    view.merged_numbers = list(session.scalars(select(Entry.number).where(Entry.merged_into_id == entry.id,
                                                                          Entry.id.not_in(undone_splits))
                                               .order_by(Entry.number)))
    # One line per name of a mention as the names layer folds it (case, spacing, Unicode form): the
    # sidecar's witness and the text's "my name is …" are one name, however many records give it.
    # A name records its script when it is made (migration 0037 filled those recorded before); one
    # written in without it is read with the same detection.
    # A proposed name a reviewer asserted with four eyes on says whose it is and that it waits for
    # another reviewer: the review list's reading of the same state (`guwah.review.waits_for_second`).
    from guwah.review import waits_for_second

    shown: dict[tuple, dict] = {}
    for name in session.scalars(select(PersonName).where(PersonName.person_id.in_(ids)).order_by(PersonName.id)):
        script = name.script or detect_script(name.name)
        waiting = name.asserted_by if waits_for_second(name) else None
        key = (fold(" ".join(name.name.split())), script, name.person_id, name.evidence_document_id,
               name.review_state, waiting)
        if key in shown:
            shown[key]["records"] = shown[key].get("records", 1) + 1
            continue
        shown[key] = {"name": name.name, "script": script, "person": name.person_id,
                      "document": name.evidence_document_id, "state": name.review_state,
                      **({"second_reviewer": waiting} if waiting else {})}
        view.names.append(shown[key])
    for attribute in session.scalars(select(PersonAttribute).where(PersonAttribute.person_id.in_(ids))
                                     .order_by(PersonAttribute.id)):
        view.attributes.append({"attribute": attribute.attribute, "value": attribute.value,
                                "person": attribute.person_id, "document": attribute.evidence_document_id,
                                "state": attribute.review_state})
    for coding in session.scalars(select(ViolationCoding).where(ViolationCoding.person_id.in_(ids))
                                  .order_by(ViolationCoding.id)):
        view.violations.append({"code": coding.code, "person": coding.person_id,
                                "document": coding.evidence_document_id, "state": coding.review_state})
    accepted = list(session.scalars(select(Event).where(Event.person_id.in_(ids),
                                                        Event.review_state == ReviewState.ACCEPTED.value)))
    view.timeline = timeline_of(session, accepted) if timeline else []
    derived = derive_status(accepted, own_accounts(session, ids))
    # the timeline items (indexes) whose status disagrees with the stating one's, as of its date:
    # open ("conflicts") and judged ("judged": {"with", "verdict"}; `guwah.registry.timeline.judge_conflict`)
    disputing = [c for item in view.timeline for c in item.conflicts
                 if c["field"] == "status" and any(s["event"] == derived.event for s in item.sources)]
    view.status = {"status": derived.status, "date": derived.date,
                   "document": derived.documents[0] if derived.documents else None, "event": derived.event,
                   "basis": derived.basis, "conflicts": [c["with"] for c in disputing if "judgement" not in c],
                   "judged": [{"with": c["with"], "verdict": c["judgement"]["verdict"]}
                              for c in disputing if "judgement" in c]}
    # A reviewer who cannot tell which of two statuses held as of the latest date leaves it unknown
    # as of that date, not the one the tie-break (the later event id) picked.
    if any(judged["verdict"] == "cannot_tell" for judged in view.status["judged"]):
        view.status.update(status="unknown", event=None, basis="cannot_tell")
    return view


def list_entries(session: Session, query: str | None = None) -> list[EntryView]:
    """Standing person entries (not merged away) with their names not rejected, optionally those
    with such a name like `query`: the
    whole name, or for a query of one word (a given name, a surname), one word of a name. A
    query of spaces only is no query (`searching`): every standing entry, as for None or "". Their
    timelines are left empty (one entry's page reads its own: `view_entry`)."""
    from guwah.names import same_person_name

    entries = list(session.scalars(select(Entry).where(Entry.kind == PERSON, Entry.merged_into_id.is_(None))
                                   .order_by(Entry.number)))
    views = [view_entry(session, entry.number, timeline=False) for entry in entries]
    # A name a reviewer rejected is not one the entry holds: neither listed nor found by a query.
    for view in views:
        view.names = [name for name in view.names if name["state"] != ReviewState.REJECTED.value]
    if searching(query):
        one_word = len(_NAME_WORDS.findall(query)) == 1

        def like(name: str) -> bool:
            return same_person_name(query, name) or (one_word and any(
                same_person_name(query, word) for word in _NAME_WORDS.findall(name)))

        views = [v for v in views if any(like(n["name"]) for n in v.names)]
    return views


def searching(query: str | None) -> bool:
    """Whether a `list_entries` query filters: it holds something besides spaces."""
    return bool(query and query.strip())


# The words of a written name: split at spaces, the Chinese transcription dot and hyphens.
_NAME_WORDS = re.compile(r"[^\s·•‧\-]+")


# --- automatic linking ------------------------------------------------------------------------------

LINKER = "guwah.link"
LINKER_VERSION = "0.1.0"


@dataclass(frozen=True)
class LinkRun:
    """What one `guwah link` run did: merges made, merges a judgement blocked, pairs to review."""

    mentions: int
    merges: int
    blocked: int
    review_pairs: list[tuple[int, int, float]]  # (person id, person id, match probability)
    operation: int | None
    judged_same: int = 0  # of `merges`, those a reviewer's "same" judgement made (`judged_same_merges`)


def _year(value: str | None) -> tuple[int, int] | None:
    return (int(value[:4]), int(value[:4])) if value and value[:4].isdigit() else None


def _span(years: list[tuple[int, int]]) -> tuple[int, int]:
    return min(lo for lo, _ in years), max(hi for _, hi in years)


def archive_mentions(session: Session) -> list:
    """Every mention in the archive as the linker reads it (names, gender, birth year, hometown,
    years of arrest and detention), from its non-rejected assertions. A mention that states no hometown but a
    birthplace has its birthplace as hometown: both say where the person comes from, and the
    pairs' reasons (`guwah.link.features.pair_reasons`) read only the hometown."""
    from guwah.link.mentions import Mention

    rejected = ReviewState.REJECTED.value
    names: dict[int, str] = {}
    for row in session.scalars(select(PersonName).where(PersonName.review_state != rejected).order_by(PersonName.id)):
        names.setdefault(row.person_id, row.name)
    attributes: dict[int, dict[str, str]] = {}
    for row in session.scalars(select(PersonAttribute).where(PersonAttribute.review_state != rejected)):
        attributes.setdefault(row.person_id, {}).setdefault(row.attribute, row.value)
    # Every arrest and detention a mention tells of: one person may be held, released and taken
    # again, and the linker compares the closest pair of two mentions' years.
    detained: dict[int, set[tuple[int, int]]] = {}
    for row in session.scalars(select(Event).where(Event.review_state != rejected,
                                                   Event.event_type.in_(("arrest", "detention")))):
        year = _year(row.date_value)
        if row.person_id is not None and year:
            detained.setdefault(row.person_id, set()).add(year)
    mentions = []
    for person_id, name in names.items():
        own = attributes.get(person_id, {})
        gender = own.get("gender")
        mentions.append(Mention(mention_id=str(person_id), name=name,
                                gender=gender if gender in ("male", "female") else None,
                                birth_year=_year(own.get("birth_year")),
                                hometown=own.get("hometown") or own.get("birthplace"),
                                detained_year=_span(held) if (held := sorted(detained.get(person_id, ()))) else None,
                                detained_years=tuple(held)))
    return mentions


def last_linked_mention(session: Session) -> int:
    """The highest mention (person) id that a link run has covered; 0 before the first run."""
    return session.scalar(select(LinkChange.person_id).where(LinkChange.action == "run")
                          .order_by(LinkChange.operation.desc()).limit(1)) or 0


def link_archive(session: Session, actor: str, store=None, progress=None, only_new: bool = False,
                 backend=None) -> LinkRun:
    """Link the archive's mentions and merge the entries of each cluster (one undoable act).

    With `only_new`, only mentions added since the last run are matched (against every mention
    and each other, see `link_mentions(new_from=…)`): the rest of the archive is not linked
    again. Merges that a "different" judgement forbids are counted as blocked and never made.
    Each run is recorded (a LinkChange of action "run" holding the highest mention id covered).
    `backend`: where the Splink model runs (see `link_mentions`; `guwah.link.spark` for Spark).
    """
    from guwah.link.linker import link_mentions

    mentions = sorted(archive_mentions(session), key=lambda mention: int(mention.mention_id))
    covered = last_linked_mention(session) if only_new else 0
    new_from = next((i for i, m in enumerate(mentions) if int(m.mention_id) > covered), len(mentions))
    operation = next_operation(session)
    # A reviewer's "same" binds as their "different" does: joined first, whether or not a mention is new.
    judged, blocked = judged_same_merges(session, actor, operation, store)
    if new_from == len(mentions) and only_new:
        return LinkRun(len(mentions), judged, blocked, [], operation if judged else None, judged)
    result = link_mentions(mentions, progress, new_from=new_from or None, backend=backend)
    clusters: dict[int, list[int]] = {}
    for mention, cluster_id in zip(mentions, result.cluster_ids, strict=True):
        clusters.setdefault(cluster_id, []).append(int(mention.mention_id))
    merges = judged
    links = [(int(mentions[a].mention_id), int(mentions[b].mention_id), p) for a, b, p in result.links]
    for person_ids in clusters.values():
        if len(person_ids) < 2:
            continue
        people = [session.get(Person, pid) for pid in person_ids]
        numbers = sorted({resolve(session, p.entry.number).number for p in people})
        for number in numbers[1:]:
            if resolve(session, number).id == resolve(session, numbers[0]).id:
                continue
            link = _merging_link(links, {p.id for p in mentions_of(session, resolve(session, number))},
                                 set(person_ids))
            try:
                merge(session, numbers[0], number, actor, how="linker", linker_version=f"{LINKER} {LINKER_VERSION}",
                      store=store, operation=operation, score=link[2] if link else None,
                      pair=link[:2] if link else None)
                merges += 1
            except ReviewRequired:
                blocked += 1
    review = queue_candidates(session, mentions, result.review_pairs, held=result.held,
                              across_scripts=result.held_across_scripts)
    if mentions:  # the run's mark: never undone itself (undone=True), read by only_new runs
        session.add(LinkChange(operation=next_operation(session), person_id=int(mentions[-1].mention_id),
                               how="linker", action="run", linker_version=f"{LINKER} {LINKER_VERSION}",
                               actor=actor, undone=True))
        session.flush()
    return LinkRun(len(mentions), merges, blocked, review, operation if merges else None, judged)


def _merging_link(links: list[tuple[int, int, float]], own: set[int], cluster: set[int]) -> tuple | None:
    """The most probable of the linker's `links` (mention, mention, probability) between an entry's mentions
    `own` and the rest of their `cluster`: the link its merge rests on (every mention of a cluster of
    two or more is at an end of a link the clustering took), or None."""
    others = cluster - own
    crossing = [link for link in links if (link[0] in own and link[1] in others) or (link[1] in own and link[0] in others)]
    return max(crossing, key=lambda link: link[2], default=None)


def judged_same_merges(session: Session, actor: str, operation: int, store=None) -> tuple[int, int]:
    """Merge the entries of every pair of mentions whose standing verdict is "same" (`standing_verdicts`)
    and that two entries still hold, as part of registry act `operation`. Returns (merges made,
    merges refused): a "different" judgement between other mentions of the two entries, or a conflict
    of their assertions (`merge` without force), refuses it, as it refuses the linker's own merges.

    A reviewer's split that separated the pair after the judgement is their later word: that pair is
    left apart until someone judges it "same" again.
    """
    merges, blocked = 0, 0
    for pair, row in standing_verdicts(session).items():
        if row.verdict != "same":
            continue
        people = [session.get(Person, pid) for pid in sorted(pair)]
        if any(p is None or p.entry is None for p in people):
            continue
        entries = [resolve(session, p.entry.number) for p in people]
        if entries[0].id == entries[1].id or _split_since(session, sorted(pair), row):
            continue
        try:
            merge(session, entries[0].number, entries[1].number, actor, how="judgement", store=store,
                  operation=operation, pair=tuple(sorted(pair)))
            merges += 1
        except ReviewRequired:
            blocked += 1
    return merges, blocked


def _split_since(session: Session, mentions: list[int], judgement: Judgement) -> bool:
    """Whether a reviewer's split, not undone, moved one of these mentions after `judgement` was made."""
    return session.scalar(select(LinkChange.id).where(
        LinkChange.action == "split", LinkChange.undone.is_(False), LinkChange.person_id.in_(mentions),
        LinkChange.at > judgement.at).limit(1)) is not None


# The reason of a pair the linker would have linked but held for review: a common name, and no
# stated field agrees on both sides (`guwah.link.linker.corroborate`).
HELD_COMMON_NAME = {"field": "linker", "level": "held",
                    "detail": "a common name: no stated field agrees on both sides"}
# The reason of a pair held because only its name, read across two scripts, says one person: each
# mention states more than a name and nothing they both state agrees
# (`guwah.link.linker.nothing_agrees_across_scripts`).
HELD_ACROSS_SCRIPTS = {"field": "linker", "level": "held",
                       "detail": "names in two scripts: nothing else stated on both sides agrees"}


def queue_candidates(session: Session, mentions: list, pairs: list[tuple[int, int, float]],
                     held: frozenset[tuple[int, int]] = frozenset(),
                     across_scripts: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int, float]]:
    """Put the linker's review pairs (indexes into `mentions`, probability) in the review queue.

    A pair already judged is not queued again (a judgement is final until a reviewer changes
    it); an open pair gets the new probability and reasons; pairs whose mentions now share an
    entry need no review. A pair of `held` (indexes, the lower first: `LinkResult.held`) is
    marked with HELD_COMMON_NAME among its reasons, or with HELD_ACROSS_SCRIPTS where it is also in
    `across_scripts` (`LinkResult.held_across_scripts`). Returns the open pairs as (person id,
    person id, probability).
    """
    from guwah.link.features import pair_reasons

    judged = set(standing_verdicts(session))  # a withdrawn judgement leaves its pair open again
    linker = f"{LINKER} {LINKER_VERSION}"
    queued = []
    for a, b, probability in pairs:
        (low, mention_low), (high, mention_high) = sorted(
            [(int(mentions[a].mention_id), mentions[a]), (int(mentions[b].mention_id), mentions[b])],
            key=lambda item: item[0])
        if frozenset((low, high)) in judged:
            continue
        if resolve(session, session.get(Person, low).entry.number).id == \
                resolve(session, session.get(Person, high).entry.number).id:
            continue
        row = session.scalar(select(LinkCandidate).where(LinkCandidate.person_a_id == low,
                                                         LinkCandidate.person_b_id == high))
        if row is None:
            row = LinkCandidate(person_a_id=low, person_b_id=high)
            session.add(row)
        row.probability, row.linker = float(probability), linker
        pair = (min(a, b), max(a, b))
        row.reasons = pair_reasons(mention_low, mention_high) + (
            [HELD_ACROSS_SCRIPTS if pair in across_scripts else HELD_COMMON_NAME] if pair in held else [])
        queued.append((low, high, float(probability)))
    session.flush()
    return queued


@dataclass(frozen=True)
class CandidateView:
    """One pair in the linker's review queue: the two mentions, their entries, score and reasons.

    For a pair judged "unsure" (`open_candidates(unsure=True)`), who judged it so and when; its
    probability is None, its reasons empty and its linker "" where a reviewer judged it with no
    linker's pair behind it."""

    person_a: int
    person_b: int
    entry_a: int
    entry_b: int
    probability: float | None
    reasons: list[dict[str, str]]
    linker: str
    found_at: str
    judged_by: str | None = None
    judged_at: str | None = None
    # The judgement standing on the pair (the "unsure" one; None on the open queue unless, say, a
    # split's "different" stands on it): what a form judging the pair says it saw (`PairSeen`).
    judgement: int | None = None


def open_candidates(session: Session, unsure: bool = False) -> list[CandidateView]:
    """The review queue of link pairs not yet judged, most probable first; pairs whose mentions
    came to share an entry since (merged by hand) are left out.

    `unsure`: instead, the pairs whose standing verdict is "unsure" (`standing_verdicts`), for a
    reviewer to come back to: an "unsure" takes a pair off the open queue, not out of sight; a later
    "same" or "different" (by any reviewer) takes it off this list, and both judgements are kept.
    """
    if unsure:
        return _unsure_pairs(session)
    views = []
    rows = list(session.scalars(select(LinkCandidate).where(LinkCandidate.judgement_id.is_(None))
                                .order_by(LinkCandidate.probability.desc(), LinkCandidate.id)))
    standing = standing_verdicts(session, [row.person_a_id for row in rows], [row.person_b_id for row in rows]) \
        if rows else {}
    for row in rows:
        entry_a = resolve(session, session.get(Person, row.person_a_id).entry.number)
        entry_b = resolve(session, session.get(Person, row.person_b_id).entry.number)
        if entry_a.id == entry_b.id:
            continue
        views.append(CandidateView(row.person_a_id, row.person_b_id, entry_a.number, entry_b.number,
                                   row.probability, list(row.reasons), row.linker, row.found_at.isoformat(),
                                   judgement=getattr(standing.get(frozenset((row.person_a_id, row.person_b_id))), "id",
                                                     None)))
    return views


def _unsure_pairs(session: Session) -> list[CandidateView]:
    """The pairs whose standing verdict is "unsure", oldest judgement first (`open_candidates`)."""
    views = []
    for judgement in sorted((row for row in standing_verdicts(session).values() if row.verdict == "unsure"),
                            key=lambda row: row.id):
        low, high = sorted((judgement.person_a_id, judgement.person_b_id))
        entry_a = resolve(session, session.get(Person, low).entry.number)
        entry_b = resolve(session, session.get(Person, high).entry.number)
        if entry_a.id == entry_b.id:
            continue
        row = session.scalar(select(LinkCandidate).where(LinkCandidate.person_a_id == low,
                                                         LinkCandidate.person_b_id == high))
        judged_at = judgement.at.isoformat(timespec="minutes")
        views.append(CandidateView(low, high, entry_a.number, entry_b.number,
                                   row.probability if row else None, list(row.reasons) if row else [],
                                   row.linker if row else "", row.found_at.isoformat() if row else judged_at,
                                   judgement.actor, judged_at, judgement.id))
    return views
