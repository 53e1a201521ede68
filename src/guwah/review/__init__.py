"""Review of asserted facts: proposals are accepted, edited or rejected by a person.

Every fact an extractor (or a person) asserts — a name, an attribute, an event, a violation
coding, a relation — starts as a *proposal*. A reviewer accepts it, rejects it with a reason, or
edits it: the original is rejected with a note naming its replacement and a new, accepted
assertion by the reviewer cites the same evidence. Nothing is deleted or overwritten, so
conflicting assertions stay side by side. Every decision records who and when and is audited
(ids, kinds and states; never the content). Only accepted facts count in public figures and,
later, in a registry entry's public view.

A proposal is named "KIND:ID", e.g. "event:12" (kinds: name, attribute, event, violation, relation).

Two shells call these functions and hold no rule of their own: `guwah review` (`guwah.review.cli`)
and the workspace's review screens (`guwah.web.routes.review`, /workspace/review).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

import regex
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guwah.domain import MAX_ID, AssertedByKind, ReviewState, mention_label
from guwah.errors import N_, ConfirmationRequired, GuwahError, InputError, NotFound, Term, Text
from guwah.storage import hold_for_decision
from guwah.storage.tables import Document, Event, PersonAttribute, PersonName, Relation, ViolationCoding

KINDS = {"name": PersonName, "attribute": PersonAttribute, "event": Event, "violation": ViolationCoding,
         "relation": Relation}
# What `edit` may change on each kind: the fields a reviewer corrects.
EDITABLE = {
    "name": ("name", "script", "language"),
    "attribute": ("attribute", "value", "value_end", "as_of"),
    "event": ("event_type", "date_value", "date_precision", "end_date_value", "end_date_precision"),
    "violation": ("code",),
    "relation": ("relation",),
}
# What `edit` also changes on an event, by a name or number a reviewer types that is looked up
# (`where_changes`): the place through the gazetteer, the facility by entry number or name.
EVENT_WHERE = ("place", "facility")
# Characters of context shown around the evidence passage (a fact's page, `guwah review show`).
CONTEXT = 160
# Columns of context either side of the cited words in a list of facts (/workspace/review: 200
# rows a page), a Han character counting two, as it is drawn twice as wide (`_window`).
LIST_CONTEXT = 48
# A refused edit that changes no field (`edit`, `form_changes`).
NOTHING_TO_CHANGE = N_("nothing to change: every field of %(ref)s is as it was")
# Facts a review list shows at once (`guwah review list --limit`, a page of /workspace/review).
PAGE_SIZE = 200


@dataclass(frozen=True)
class Proposal:
    """One asserted fact as a reviewer sees it. `fields` holds what it asserts."""

    ref: str
    kind: str
    state: str
    person_id: int | None
    fields: dict
    document_id: int | None
    evidence: str | None  # the cited passage, with some context either side
    evidence_span: tuple[int, int] | None
    asserted_by: str
    asserted_by_version: str | None
    reviewed_by: str | None
    review_note: str | None
    erased: bool = False  # its document was erased (known when read with its passage)
    # `evidence` in three parts: the context before (with "…" where cut), the cited span, the
    # context after; for a page that highlights the span. None where `evidence` is.
    passage: tuple[str, str, str] | None = None
    # A reviewer's own assertion waiting, with four eyes on, for another reviewer (`waits_for_second`).
    second_reviewer: bool = False


def parse_ref(ref: str) -> tuple[str, int]:
    """"event:12" → ("event", 12); InputError for anything else."""
    kind, _, number = ref.partition(":")
    if kind not in KINDS or not number.isdecimal():
        raise InputError(Text(N_("a proposal is KIND:ID with KIND one of %(kinds)s"), {"kinds": ", ".join(KINDS)}),
                         value=ref)
    return kind, int(number)


def distinct_refs(refs: list[str]) -> list[str]:
    """The facts named on one command line, each once, in the order first named, written as
    `review list` prints them ("event:24" for "event:024" too): a fact named twice is decided once,
    not refused as "already accepted" by the command's own first decision (which the refusal then
    rolls back). Raises InputError as `parse_ref` for a malformed one."""
    return list(dict.fromkeys(f"{kind}:{number}" for kind, number in map(parse_ref, refs)))


def _row(session: Session, ref: str):
    kind, number = parse_ref(ref)
    row = session.get(KINDS[kind], number) if number <= MAX_ID else None
    if row is None:
        raise NotFound(f"no proposal {ref}", value=ref)
    return kind, row


def _fields(kind: str, row) -> dict:
    """What a fact asserts as a reviewer reads it: its EDITABLE fields, a relation's relative, a
    violation's event (the one it is coded on, None for none: `review add --event`), an event's place
    and facility (`_where`)."""
    return {field: getattr(row, field) for field in EDITABLE[kind]} | (
        {"relative_id": row.relative_id} if kind == "relation" else {}) | (
        {"event_id": row.event_id} if kind == "violation" else {}) | (
        _where(row) if kind == "event" else {})


def _where(event) -> dict:
    """Where an event took place, as the entry's timeline will show it once accepted: the place by
    name and gazetteer id, the facility by name (None where the event has none). `edit` changes
    them by the keys of EVENT_WHERE."""
    from sqlalchemy.orm import object_session

    from guwah.storage.tables import Facility, Place

    session = object_session(event)
    place = session.get(Place, event.place_id) if event.place_id is not None and session else None
    site = session.get(Facility, event.facility_id) if event.facility_id is not None and session else None
    return {"place": f"{place.name} ({place.gazetteer_id})" if place else None,
            "facility": site.name if site else None}


def _passage(row, with_text: bool, listed: bool = False) -> tuple[str, str, str] | None:
    """The cited span with CONTEXT columns either side (LIST_CONTEXT in a list, `listed`), cut
    between words, "…" where the text goes on (`_window`)."""
    if not with_text or row.evidence_document is None or row.evidence_start is None:
        return None
    text = row.evidence_document.text
    start, end = row.evidence_start, row.evidence_end
    width = LIST_CONTEXT if listed else CONTEXT
    return _window(text, start, width, before=True), text[start:end], _window(text, end, width)


# Word boundaries as Unicode defines them (UAX #29, the `regex` module's word mode): between the
# words of an alphabet (Latin, Cyrillic, the Uyghur Arabic script) and between Han characters.
_BOUNDARY = regex.compile(r"(?w)\b")
_CLUSTER = regex.compile(r"\X")


def _columns(char: str) -> int:
    """How wide a character is drawn: a wide or full-width one (Han) two columns, a combining mark none."""
    return 0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _window(text: str, at: int, width: int, before: bool = False) -> str:
    """The context of a cited span that a page or a list shows: the text before `at` (`before`) or
    after it, at most `width` columns (`_columns`), cut at the word boundary nearest the span within
    them (a word longer than the window is cut inside, between two characters as a reader sees them:
    never between a letter and its combining mark), "…" where the text goes on. A cut word would
    read as another word, and in the Arabic script as broken letters; Han text, without spaces, is
    cut between two characters."""
    piece = text[max(0, at - 4 * width):at] if before else text[at:at + 4 * width]
    clusters = _CLUSTER.findall(piece)  # user-perceived characters (UAX #29 grapheme clusters)
    used = taken = 0
    for cluster in (reversed(clusters) if before else clusters):
        used += sum(map(_columns, cluster))
        if used > width:
            break
        taken += len(cluster)
    else:
        if (at - len(piece) == 0) if before else (at + len(piece) >= len(text)):
            return piece  # the text's whole beginning or end fits
    edges = [match.start() for match in _BOUNDARY.finditer(piece)]
    if before:  # from the first word's start within the window
        cut = len(piece) - taken
        cut = next((edge for edge in edges if edge >= cut and edge < len(piece) and piece[edge].isalnum()), cut)
        return "…" + piece[cut:].lstrip()
    # to the last word's end within it
    cut = next((edge for edge in reversed(edges) if 0 < edge <= taken and piece[edge - 1].isalnum()), taken)
    return piece[:cut].rstrip() + "…"


def proposal_view(kind: str, row, with_text: bool = False, listed: bool = False) -> Proposal:
    """A fact's row of `kind` as the review functions show it (`Proposal`); its passage only `with_text`."""
    from guwah.protection.erasure import is_erased

    span = (row.evidence_start, row.evidence_end) if row.evidence_start is not None else None
    passage = _passage(row, with_text, listed)
    return Proposal(ref=f"{kind}:{row.id}", kind=kind, state=row.review_state,
                    person_id=getattr(row, "person_id", None), fields=_fields(kind, row),
                    document_id=row.evidence_document_id,
                    evidence=f"{passage[0]}⟦{passage[1]}⟧{passage[2]}" if passage else None, evidence_span=span,
                    asserted_by=row.asserted_by, asserted_by_version=row.asserted_by_version,
                    reviewed_by=row.reviewed_by, review_note=row.review_note,
                    erased=with_text and row.evidence_document is not None and is_erased(row.evidence_document),
                    passage=passage, second_reviewer=waits_for_second(row))


def waits_for_second(row) -> bool:
    """Whether fact `row` is a reviewer's own assertion (an edit's copy, an added fact) still proposed
    while four eyes are on (`guwah.policy.four_eyes`): only a reviewer other than its author accepts it."""
    from sqlalchemy.orm import object_session

    from guwah.policy import four_eyes

    session = object_session(row)
    return (row.review_state == ReviewState.PROPOSED.value and row.asserted_by_kind == AssertedByKind.USER.value
            and session is not None and four_eyes(session))


def own_assertion(session: Session, reviewer: str) -> dict:
    """The review columns of a fact `reviewer` asserts herself (an edit's corrected copy, an added
    fact, an accepted fact's copy moved to another person): accepted by her at once, or with four
    eyes on (`guwah.policy.four_eyes`) proposed, waiting for another reviewer (`accept` refuses its
    author)."""
    from guwah.policy import four_eyes

    if four_eyes(session):
        return {"review_state": ReviewState.PROPOSED.value, "reviewed_by": None, "reviewed_at": None}
    return {"review_state": ReviewState.ACCEPTED.value, "reviewed_by": reviewer, "reviewed_at": datetime.now(UTC)}


OWN_ASSERTION = N_("%(ref)s was asserted by %(who)s: with four eyes on, another reviewer must accept it")


def own_waiting(row, reviewer: str) -> bool:
    """Whether fact `row` is `reviewer`'s own assertion waiting for another reviewer (four eyes on,
    `waits_for_second`): one `accept` refuses her."""
    from guwah.releases import same_actor

    return waits_for_second(row) and same_actor(row.asserted_by, reviewer)


def _check_second_reviewer(row, ref: str, reviewer: str) -> None:
    """InputError where `reviewer` would accept her own assertion while four eyes are on."""
    if own_waiting(row, reviewer):
        raise InputError(Text(OWN_ASSERTION, {"ref": ref, "who": row.asserted_by}), value=ref)


def mention_names(store, session: Session, person_id: int, actor: str) -> list[tuple[str, str]]:
    """The names of mention `person_id` as a fact's page shows the mention: (name, the ref of its name
    fact, whose page it links to), accepted ones first, then proposed (rejected and erased ones left out),
    each written form once. Every workspace member may read them, as the fact's passage (the workspace's
    "read"); a name cited from a document the public cannot read is audited as a read of it, as
    `show_proposal` audits the passage (`guwah.publish.must_audit_read`, the one rule of what is public)."""
    from guwah.publish import must_audit_read

    rows = session.scalars(select(PersonName).where(PersonName.person_id == person_id,
                                                    PersonName.review_state.in_((ReviewState.ACCEPTED.value,
                                                                                 ReviewState.PROPOSED.value)))
                           .order_by(PersonName.review_state != ReviewState.ACCEPTED.value, PersonName.id))
    names: dict[str, str] = {}
    audited = set()
    for row in rows:
        written = " ".join(row.name.split())
        if written in names:
            continue
        names[written] = f"name:{row.id}"
        document_id = row.evidence_document_id
        if document_id is not None and document_id not in audited and must_audit_read(session, document_id):
            audited.add(document_id)
            store.audit(session, actor, "read", "mention", mention_label(person_id), document=document_id)
    return list(names.items())


def shown_fields(fields: dict) -> dict:
    """A proposal's fields as a reviewer reads them (the CLI and the workspace alike): the relative
    of a relation as the mention id every other command prints and takes (M-3), a violation's event
    as the fact it is ("event:12"), not the row numbers (`review list --json` keeps the numbers)."""
    def said(key, value):
        if key == "relative_id" and value:
            return mention_label(value)
        return f"event:{value}" if key == "event_id" and value is not None else value
    return {({"relative_id": "relative", "event_id": "event"}.get(key, key)): said(key, value)
            for key, value in fields.items()}


def list_proposals(session: Session, state: str = ReviewState.PROPOSED.value, kind: str | None = None,
                   document_id: int | None = None, limit: int = PAGE_SIZE, offset: int = 0,
                   with_text: bool = False) -> list[Proposal]:
    """Facts in a review state (default: waiting), kind by kind in KINDS' order and oldest first,
    without their passages unless `with_text` (then the cited words with LIST_CONTEXT columns
    either side, `_window`): at most `limit`, after the first `offset`.

    Raises InputError for an unknown state or kind, NotFound for a document that does not exist."""
    if state not in {s.value for s in ReviewState}:
        raise InputError(Text(N_("a review state is one of %(states)s"),
                              {"states": ", ".join(s.value for s in ReviewState)}), value=state)
    if kind is not None and kind not in KINDS:
        raise InputError(Text(N_("a kind is one of %(kinds)s"), {"kinds": ", ".join(KINDS)}), value=kind)
    if document_id is not None and session.get(Document, document_id) is None:
        raise NotFound(f"no document {document_id}", value=document_id)  # not '0 facts': a mistyped id
    found = []
    for name, table, query in _listed(state, kind, document_id):
        if len(found) >= limit:
            break
        if offset:  # skip whole kinds before the first fact asked for
            here = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            if offset >= here:
                offset -= here
                continue
        found.extend(proposal_view(name, row, with_text, listed=True) for row in session.scalars(
            query.order_by(table.id).offset(offset).limit(limit - len(found))))
        offset = 0
    return found


@dataclass(frozen=True)
class ProposalList:
    """One page of a review list: its facts, and how many there are in all with its filters."""

    proposals: list[Proposal]
    total: int
    offset: int


def read_proposals(store, session: Session, actor: str, state: str = ReviewState.PROPOSED.value,
                   kind: str | None = None, document_id: int | None = None, limit: int = PAGE_SIZE,
                   offset: int = 0, with_text: bool = False) -> ProposalList:
    """`list_proposals` for a reviewer (`guwah review list`, /workspace/review), with the total
    ("200 of 365"). A list shows the facts themselves (names, places, codes) of confidential
    testimonies too, and with `with_text` their passages: a read like `show_proposal`, audited by
    its filters and count, never its content. Raises as `list_proposals` does, before anything is
    audited."""
    rows = list_proposals(session, state, kind, document_id, limit, offset, with_text)
    total = (count_proposals(session, state, kind, document_id) if len(rows) == limit or (offset and not rows)
             else offset + len(rows))
    store.audit(session, actor, "read", "proposals", None, state=state, kind=kind, document=document_id,
                results=len(rows), **({"offset": offset} if offset else {}),
                **({"passages": True} if with_text else {}))
    return ProposalList(rows, total, offset)


def count_proposals(session: Session, state: str = ReviewState.PROPOSED.value, kind: str | None = None,
                    document_id: int | None = None) -> int:
    """How many facts `list_proposals` would list with no limit (arguments checked by it)."""
    return sum(session.scalar(select(func.count()).select_from(query.subquery())) or 0
               for _, _, query in _listed(state, kind, document_id))


def _listed(state: str, kind: str | None, document_id: int | None):
    """(kind, table, query) of the facts of each kind asked for, in `state`, cited from the document."""
    for name, table in KINDS.items():
        if kind not in (None, name):
            continue
        query = select(table).where(table.review_state == state)
        if document_id is not None:
            query = query.where(table.evidence_document_id == document_id)
        yield name, table, query


def _changeable(session: Session, ref: str):
    """`_row` for a decision: InputError for a fact whose document was erased (it stays rejected)."""
    from guwah.protection.erasure import is_erased

    kind, row = _row(session, ref)
    # Held before it is read for the decision: the same form sent twice at once (a double click,
    # a second tab) decides once, the second finding it decided (`_undecided`).
    hold_for_decision(session, row, KINDS[kind].review_state)
    if row.evidence_document is not None and is_erased(row.evidence_document):
        raise InputError(Text(N_("%(ref)s cites document %(document)s, which was erased: it no longer counts"),
                              {"ref": ref, "document": row.evidence_document_id}))
    return kind, row


def retire_erased_facts(session: Session, document_id: int, actor: str) -> int:
    """Reject every fact citing an erased document, so that it no longer counts (status, timeline,
    corroboration, public views: they read accepted facts only) and cannot be accepted again.

    Each fact stays as a record that something was asserted and then erased: its earlier decision
    goes into the history (step "erased"), its evidence span is removed, a free-text attribute
    value is replaced by "[erased]" (a closed one — role, gender — is not a word of the witness)
    and every attribute loses its `as_of` date and place,
    an event loses its dates, place and facility (its type stays), and earlier review notes are
    cleared. Names keep their text: other documents are masked by them
    (see `guwah.protection.erasure`). Returns how many facts were retired.
    """
    from guwah.protection.erasure import ERASED
    from guwah.storage.tables import CLOSED_VALUES, ReviewHistory

    now, count = datetime.now(UTC), 0
    for kind, table in KINDS.items():
        for row in session.scalars(select(table).where(table.evidence_document_id == document_id)):
            for old in session.scalars(select(ReviewHistory).where(ReviewHistory.kind == kind,
                                                                   ReviewHistory.fact_id == row.id)):
                old.review_note = None
            row.review_note = None
            _keep_decision(session, kind, row, "erased", actor, f"document {document_id} erased")
            row.review_state, row.reviewed_by, row.reviewed_at = ReviewState.REJECTED.value, actor, now
            row.review_note, row.corrected_id = f"erased with document {document_id}", None
            row.evidence_start = row.evidence_end = None
            if kind == "attribute":  # when and where it held were read from the destroyed text too
                row.as_of = row.place_id = None
                if row.attribute not in CLOSED_VALUES:
                    row.value, row.value_end = ERASED, None
            if kind == "event":  # when and where were read from the destroyed text: only the type stays
                row.date_value = row.date_precision = row.end_date_value = row.end_date_precision = None
                row.place_id = row.facility_id = None
            count += 1
    session.flush()
    return count


def show_proposal(store, session: Session, ref: str, actor: str) -> Proposal:
    """One fact with its evidence passage; reading a non-public document's text is audited."""
    from guwah.publish import must_audit_read

    kind, row = _row(session, ref)
    if row.evidence_document_id is not None and must_audit_read(session, row.evidence_document_id):
        store.audit(session, actor, "read", "proposal", ref, document=row.evidence_document_id)
    return proposal_view(kind, row, with_text=True)


def _decide(store, session: Session, row, ref: str, state: str, reviewer: str, note: str | None) -> None:
    _undecided(row, ref)
    store.audit(session, reviewer, "review", ref.split(":")[0], row.id, decision=state)
    row.review_state, row.reviewed_by, row.reviewed_at = state, reviewer, datetime.now(UTC)
    row.review_note, row.corrected_id = note, None


EDITED = N_("%(ref)s was already edited by %(who)s: its corrected copy %(copy)s stands in its place. To change it "
            "again, edit %(copy)s (guwah review edit %(copy)s --set FIELD=VALUE)")
EDITED_DECIDED = N_("%(ref)s was already edited by %(who)s: its corrected copy %(copy)s stands in its place, "
                    "%(state)s. To change it again, reopen %(copy)s, then edit it (guwah review reopen %(copy)s "
                    "--reason WHY; guwah review edit %(copy)s --set FIELD=VALUE)")


def corrected_copy(row) -> tuple[str, object] | None:
    """The fact that stands in place of `row` after `edit` corrected it: (KIND:ID, its row), following
    an edit of that copy to the newest; None for a fact no edit replaced. The link is the fact's
    `corrected_id` (a copy of the same kind; migration 0032 filled it from older facts' notes)."""
    from sqlalchemy.orm import object_session

    session, copy, seen = object_session(row), None, set()
    kind = next((kind for kind, table in KINDS.items() if isinstance(row, table)), None)
    while (row is not None and session is not None and row.review_state == ReviewState.REJECTED.value
           and row.corrected_id is not None and row.corrected_id not in seen):
        seen.add(row.corrected_id)
        ref = f"{kind}:{row.corrected_id}"
        row = session.get(KINDS[kind], row.corrected_id)
        copy = (ref, row) if row is not None else copy
    return copy


def _undecided(row, ref: str) -> None:
    """InputError for a fact already decided (it must be reopened first); for one an edit replaced,
    naming the corrected copy to edit instead."""
    if row.review_state != ReviewState.PROPOSED.value:
        values = {"ref": ref, "state": Term("review_state", row.review_state), "who": row.reviewed_by,
                  "asserter": row.asserted_by}
        if copy := corrected_copy(row):
            ref_of_copy, standing = copy
            decided = standing.review_state != ReviewState.PROPOSED.value
            raise InputError(Text(EDITED_DECIDED if decided else EDITED,
                                  {**values, "copy": ref_of_copy, "state": Term("review_state", standing.review_state)}))
        raise InputError(Text(N_("%(ref)s was already %(state)s by %(who)s: reopen it to decide again "
                                 "(guwah review reopen %(ref)s --reason WHY)"), values) if row.reviewed_by else
                         Text(N_("%(ref)s was already %(state)s when %(asserter)s recorded it (a sidecar's witness "
                                 "or a reviewer's own record): reopen it to decide again"), values))


def accept(store, session: Session, ref: str, reviewer: str) -> Proposal:
    """Accept a proposal as stated. With four eyes on, InputError for a reviewer's own assertion
    (`waits_for_second`): another reviewer accepts it."""
    kind, row = _changeable(session, ref)
    _undecided(row, ref)
    _check_second_reviewer(row, ref, reviewer)
    _decide(store, session, row, ref, ReviewState.ACCEPTED.value, reviewer, None)
    session.flush()
    return proposal_view(kind, row)


def reject(store, session: Session, ref: str, reviewer: str, reason: str) -> Proposal:
    """Reject a proposal with a reason; it stays, visible to reviewers."""
    if not (reason or "").strip():
        raise InputError(Text(N_("a rejection needs a reason")))
    kind, row = _changeable(session, ref)
    _decide(store, session, row, ref, ReviewState.REJECTED.value, reviewer, reason.strip())
    session.flush()
    return proposal_view(kind, row)


class BatchRefused(InputError):
    """Facts of a batch decision (`decide_batch`) that could not be decided: `refused` is
    [(ref, the GuwahError that refused it)], in the order named. None of the batch was decided."""

    def __init__(self, refused: list[tuple[str, GuwahError]], decided: int):
        super().__init__(Text(BATCH_REFUSED))
        self.refused, self.decided = refused, decided


# The facts refused are listed with their reasons (`named_once`), each reason naming its fact: the
# message itself names none, so that each is said once.
BATCH_REFUSED = N_("the facts listed with their reasons could not be decided, so none of the facts selected was: "
                   "decide the others again without them")


def named_once(ref: str, reason: str) -> tuple[str, str]:
    """A refused fact of a batch as a list says it: (its ref, the rest of the line), the reason without
    the ref it starts with ("event:4 was already accepted by …" → ("event:4", " was already accepted by
    …")), else after a colon, so that the fact is named once (the CLI and the review list alike)."""
    if reason.startswith(ref) and reason[len(ref):len(ref) + 1] in (" ", ":", ""):
        return ref, reason[len(ref):]
    return ref, f": {reason}"


def decide_batch(store, session: Session, refs: list[str], reviewer: str, decision: str,
                 reason: str | None = None) -> list[Proposal]:
    """Accept (`decision` "accepted") or reject with `reason` ("rejected") each fact of `refs`, each
    once (`distinct_refs`), by `accept` and `reject`: the same checks, one audit entry per fact.

    All or nothing: a fact that cannot be decided (decided meanwhile by someone else, its document
    erased, no such fact) does not stop the others being tried, so that every one is named, then
    BatchRefused lists them and the caller rolls the session back, none decided. A half-done batch
    would leave the reviewer to find out which facts were decided; this way the list is as it was
    and can be sent again without the stale ones. Returns the decided facts.

    Raises InputError for no fact, an unknown decision or a rejection without a reason (before
    anything is tried), as `parse_ref` for a malformed ref, BatchRefused as said (for a single
    fact, the refusal `accept` or `reject` raised: NotFound, InputError)."""
    refs = distinct_refs(refs)
    if not refs:
        raise InputError(Text(N_("no fact selected: tick the facts to decide")))
    if decision not in (ReviewState.ACCEPTED.value, ReviewState.REJECTED.value):
        raise InputError(Text(N_("a decision is accepted or rejected")), value=decision)
    if decision == ReviewState.REJECTED.value:
        reason = _reason(reason, Text(N_("a rejection needs a reason")))
    decided, refused = [], []
    for ref in refs:
        try:
            decided.append(accept(store, session, ref, reviewer) if decision == ReviewState.ACCEPTED.value
                           else reject(store, session, ref, reviewer, reason))
        except (InputError, NotFound) as error:  # raised before this fact was changed
            refused.append((ref, error))
    if len(refs) == 1 and refused:  # one fact named: its own refusal, as `accept` or `reject` says it
        raise refused[0][1]
    if refused:
        raise BatchRefused(refused, len(decided))
    return decided


# Why a waiting fact is one a reviewer must read and decide alone, never accepted in bulk
# (`needs_reading`), by flag. The extractor keeps no score or flag on what it proposes (a negated or
# hedged act is not proposed at all; the acts model's probability is not stored), so these are read
# from the fact, its person and its passage, with the extractor's own word lists (`guwah.extract.lexicon`).
READ_ALONE = {
    "hedged": N_("a word of doubt or hearsay stands in its sentence before it (perhaps, I heard, reportedly)"),
    "negated": N_("a negation stands in its sentence before it: it may be told as denied and then restated"),
    "unnamed": N_("the person it is about has no name"),
    "not_victim": N_("a violation of someone who is neither the document's witness nor a named victim"),
}
# The kinds whose passage tells an act, which a hedge or a negation can take back.
_TOLD_ACTS = ("event", "violation")
# How far back the sentence of a passage is looked for.
_SENTENCE_BACK = 400
_SENTENCE_END = re.compile(r"[.!?。！？\n][^.!?。！？\n]*$")


def needs_reading(session: Session, refs: list[str]) -> dict[str, tuple[str, ...]]:
    """The waiting facts of `refs` that a reviewer must read one by one (`READ_ALONE`), each with its
    flags in READ_ALONE's order; a fact with none, decided already or not found is left out (`decide_batch`
    names the last two with their reasons). What bulk acceptance (`accept_in_bulk`) refuses or leaves
    waiting. Reads passages to look at them, shows none (nothing audited)."""
    from guwah.storage.tables import Testimony

    flagged: dict[str, tuple[str, ...]] = {}
    named: dict[int, bool] = {}
    victims: dict[int, bool] = {}
    witnesses: dict[int, int | None] = {}
    for ref in distinct_refs(refs):
        try:
            kind, row = _row(session, ref)
        except NotFound:
            continue
        if row.review_state != ReviewState.PROPOSED.value:
            continue
        flags = set()
        person_id = getattr(row, "person_id", None) if kind != "name" else None
        if person_id is not None:
            if person_id not in named:
                named[person_id] = session.scalar(select(func.count()).select_from(PersonName).where(
                    PersonName.person_id == person_id,
                    PersonName.review_state != ReviewState.REJECTED.value)) > 0
            if not named[person_id]:
                flags.add("unnamed")
        if kind == "violation":
            document_id = row.evidence_document_id
            if document_id not in witnesses:
                witnesses[document_id] = session.scalar(select(Testimony.witness_id).where(
                    Testimony.document_id == document_id)) if document_id is not None else None
            if person_id not in victims:
                victims[person_id] = any(role.value == "victim" for role in session.scalars(select(PersonAttribute).where(
                    PersonAttribute.person_id == person_id, PersonAttribute.attribute == "role",
                    PersonAttribute.review_state != ReviewState.REJECTED.value)))  # sealed: compared here
            if person_id != witnesses[document_id] and not (victims[person_id] and named[person_id]):
                flags.add("not_victim")
        if kind in _TOLD_ACTS:
            flags |= _taken_back(row)
        if flags:
            flagged[ref] = tuple(flag for flag in READ_ALONE if flag in flags)
    return flagged


def _taken_back(row) -> set[str]:
    """"hedged" and "negated" for a told act whose sentence, up to the end of its passage, holds a hedge
    word (`lexicon.HEDGE`, `ZH_HEDGE`, or one after it: `unreal_after`) or a negation (`lexicon.NEGATION`,
    `ZH_NEGATION`, or one after it: `negated_after`)."""
    from guwah.extract import lexicon

    document = row.evidence_document
    if document is None or row.evidence_start is None or not document.text:
        return set()
    text, start, end = document.text, row.evidence_start, row.evidence_end
    back = max(0, start - _SENTENCE_BACK)
    opening = _SENTENCE_END.search(text, back, start)
    sentence = text[opening.start() + 1 if opening else back:end]
    language = document.language
    hedge, negation = _hedge_words(), _negation_words()
    flags = set()
    if hedge.search(sentence) or lexicon.unreal_after(text, end, language):
        flags.add("hedged")
    # Kazakh and Uyghur negate after the verb (and «не» there is "what"): only `negated_after` reads them
    if (language not in ("kk", "ug") and negation.search(sentence)) \
            or lexicon.negated_after(text, end, language):
        flags.add("negated")
    return flags


@functools.cache
def _hedge_words():
    from guwah.extract import lexicon

    return regex.compile(f"{lexicon.HEDGE}|{lexicon.ZH_HEDGE}", regex.I)


@functools.cache
def _negation_words():
    from guwah.extract import lexicon

    return regex.compile(f"{lexicon.NEGATION}|(?:{lexicon.ZH_NEGATION})", regex.I)


class FlaggedRefused(BatchRefused):
    """Bulk acceptance (`accept_in_bulk`) refused: facts of it must be read one by one (`refused`:
    [(ref, an InputError saying its flags)]). Nothing was accepted."""

    def __init__(self, refused: list[tuple[str, GuwahError]]):
        InputError.__init__(self, Text(FLAGGED_REFUSED, {"refs": ", ".join(ref for ref, _ in refused)}))
        self.refused, self.decided = refused, 0


FLAGGED_REFUSED = N_("%(refs)s must be read and decided one by one (why, below), so none of the facts selected was "
                     "accepted: open each, or accept the others and leave these waiting")


@dataclass(frozen=True)
class BulkAccepted:
    """What `accept_in_bulk` did: the facts accepted, those left waiting for one-by-one review
    (ref → flags, `needs_reading`), and the reviewer's own left for another reviewer (`own_waiting`)."""

    accepted: list[Proposal]
    left: dict[str, tuple[str, ...]]
    own: list[str]


def own_refs(session: Session, refs: list[str], reviewer: str) -> list[str]:
    """The facts of `refs` that are `reviewer`'s own, waiting for another reviewer (`own_waiting`),
    in the order named; a fact not found is left to `decide_batch` to name."""
    own = []
    for ref in distinct_refs(refs):
        try:
            _, row = _row(session, ref)
        except NotFound:
            continue
        if own_waiting(row, reviewer):
            own.append(ref)
    return own


def accept_in_bulk(store, session: Session, refs: list[str], reviewer: str, *,
                   leave_flagged: bool = False) -> BulkAccepted:
    """Accept many facts at once (`guwah review accept --document`, the review list's ticked facts) by
    `decide_batch`, except the reviewer's own waiting for another reviewer with four eyes on
    (`own_refs`: left waiting, named in `BulkAccepted.own`; a fact `accept` would refuse her, and with
    it the whole batch) and those a reviewer must read one by one (`needs_reading`): FlaggedRefused
    naming each with its flags (nothing accepted) unless `leave_flagged`, which accepts the others and
    leaves those waiting. Where every fact named is her own, InputError as `accept` says it (nothing
    accepted). Raises as `decide_batch` (nothing accepted)."""
    refs = distinct_refs(refs)
    own = own_refs(session, refs, reviewer)
    if own and len(own) == len(refs):  # nothing else named: refused as `accept` refuses each (raises)
        return BulkAccepted(decide_batch(store, session, own, reviewer, ReviewState.ACCEPTED.value), {}, own)
    refs = [ref for ref in refs if ref not in own]
    left = needs_reading(session, refs)
    if left and not leave_flagged:
        raise FlaggedRefused([(ref, InputError(flags_text(flags))) for ref, flags in left.items()])
    rest = [ref for ref in refs if ref not in left]
    return BulkAccepted(decide_batch(store, session, rest, reviewer, ReviewState.ACCEPTED.value) if rest else [],
                        left, own)


def flags_text(flags: tuple[str, ...]) -> Text:
    """Why a fact must be read one by one: the READ_ALONE reasons of its `flags`, joined by semicolons."""
    if len(flags) == 1:
        return Text(READ_ALONE[flags[0]])
    return Text("%(first)s; %(second)s", {"first": Text(READ_ALONE[flags[0]]), "second": flags_text(flags[1:])})


def waiting_refs(session: Session, document_id: int, kind: str | None = None,
                 reviewer: str | None = None) -> tuple[list[str], list[str]]:
    """Every waiting (proposed) fact cited from document `document_id`, of `kind` if given, as
    KIND:ID in `list_proposals`' order (`guwah review accept --document`): (those `reviewer` may
    accept, those she asserted herself that wait for another reviewer with four eyes on, which
    `accept` would refuse her). Raises as `list_proposals` does (NotFound for no such document)."""
    waiting = [p.ref for p in list_proposals(session, kind=kind, document_id=document_id, limit=MAX_ID)]
    own = own_refs(session, waiting, reviewer) if reviewer is not None else []
    return [ref for ref in waiting if ref not in own], own


def next_waiting(session: Session, kind: str | None = None, document_id: int | None = None) -> str | None:
    """The first waiting fact in the review list's order with these filters (KIND:ID), or None; a
    filter that names nothing (an unknown kind, a document that does not exist) gives None. Reads
    no passage, so nothing is audited."""
    if kind is not None and kind not in KINDS:
        return None
    if document_id is not None and (document_id > MAX_ID or session.get(Document, document_id) is None):
        return None
    found = list_proposals(session, kind=kind, document_id=document_id, limit=1)
    return found[0].ref if found else None


def edit(store, session: Session, ref: str, reviewer: str, changes: dict[str, str], new_facility=None) -> Proposal:
    """Correct a proposal: the original is rejected with a note, a corrected copy is accepted (with
    four eyes on, proposed until another reviewer accepts it: `own_assertion`).

    Args:
        changes: field → new value, among the kind's EDITABLE fields; for an event also "place" (a
            gazetteer id or a name in any script, `guwah.places.resolve.chosen_place`) and
            "facility" (a facility entry number or name, `guwah.facilities.entries.chosen_facility`),
            a blank value clearing either.
        new_facility: for an event, a site no entry holds yet (`guwah.facilities.entries.NewFacility`):
            registered as a new facility entry, proposed, its source the passage of the event's
            testimony that writes its name (`register_facility`), and made the event's facility.
    Returns the new assertion; it cites the same evidence as the original. Raises
    InputError for an unknown field, no change, a place or facility name that is ambiguous
    (listing the candidates) and NotFound for one that names nothing, before anything is written
    (a new facility is written in the same transaction, so a refusal after it leaves nothing).
    """
    kind, row = _changeable(session, ref)
    if new_facility is not None:
        from guwah.facilities.entries import register_facility

        if kind != "event" or changes.get("facility"):
            raise InputError(Text(N_("%(ref)s: only an event takes a new facility, and in place of a facility "
                                     "chosen from the registry"), {"ref": ref}), value=ref)
        _undecided(row, ref)  # before anything is written
        if row.evidence_document_id is None:
            raise InputError(Text(N_("%(ref)s cites no testimony: a new facility's source is the event's testimony"),
                                  {"ref": ref}), value=ref)
        site = register_facility(store, session, new_facility, row.evidence_document_id, row.evidence_start or 0,
                                 reviewer)
        changes = {**changes, "facility": str(site.entry.number)}
    editable = editable_fields(kind)
    unknown = set(changes) - set(editable)
    if unknown or not changes:
        raise InputError(Text(N_("%(kind)s fields that can be edited: %(fields)s"),
                              {"kind": Term("review_kind", kind), "fields": ", ".join(editable)}), value=sorted(unknown))
    table = KINDS[kind]
    where = {key: changes.pop(key) for key in EVENT_WHERE if key in changes}
    changes = checked_changes(kind, table, row, changes) | where_changes(session, where)
    if kind == "name" and changes.get("name") is not None and changes["name"] != row.name:
        changes |= _renamed(row, changes["name"], "script" in changes)
    copied = {column.key: getattr(row, column.key) for column in table.__table__.columns
              if column.key not in ("id", "review_state", "reviewed_by", "reviewed_at", "review_note", "corrected_id",
                                    "asserted_by_kind", "asserted_by", "asserted_by_version", "asserted_at")}
    copied.update(changes)
    now = datetime.now(UTC)
    corrected = table(**copied, asserted_by_kind=AssertedByKind.USER.value, asserted_by=reviewer,
                      asserted_at=now, **own_assertion(session, reviewer),
                      review_note=f"edit of {ref}")  # the table checks its values here
    _undecided(row, ref)  # before "nothing to change": a decided fact is reopened first
    if all(getattr(row, column) == value for column, value in changes.items()):
        # An identical accepted copy would only add a second assertion of the same fact.
        raise InputError(Text(NOTHING_TO_CHANGE, {"ref": ref}))
    session.add(corrected)
    session.flush()
    _decide(store, session, row, ref, ReviewState.REJECTED.value, reviewer, f"edited into {kind}:{corrected.id}")
    row.corrected_id = corrected.id  # the link `corrected_copy` follows; the note says it to a person
    session.flush()
    return proposal_view(kind, corrected)


NAME_NOT_IN_PASSAGE = N_("name: the passage of %(ref)s holds only part of the new name; the evidence must show the "
                         "whole name: correct the spelling to one the passage writes, or reject the proposal")


def _renamed(row: PersonName, name: str, script_given: bool) -> dict:
    """What else a name's new spelling changes: its script, as the names layer reads it (unless the
    reviewer gave one), and its evidence span where the new name lengthens the words the span covers
    ("Tursun" made "Tursun Ehmet"): the span moves to the whole name where the passage writes it
    around the old span, and InputError (nothing written) where it does not, since evidence that
    shows one word of a name does not support the whole. A different spelling (a correction of a
    misread name) keeps its span."""
    from guwah.names.scripts import detect_script

    changes = {} if script_given else {"script": detect_script(name)}
    document = row.evidence_document
    if row.evidence_start is None or document is None or not document.text:
        return changes
    text, start, end = document.text, row.evidence_start, row.evidence_end
    shown, wanted = " ".join(text[start:end].split()), " ".join(name.split())
    if shown and wanted and shown != wanted and wanted in shown:
        return changes | _narrowed(text, start, end, wanted, changes.get("script") or detect_script(name))
    if not shown or shown == wanted or f" {shown} " not in f" {wanted} ":  # whole words only: "Tursunjan" respells
        return changes
    # the whole name, its words apart as the text sets them (a line break), covering the old span
    pattern = re.compile(r"\s+".join(map(re.escape, wanted.split())))
    reach = 2 * len(name) + 8  # wide enough for the whole name written with more spacing than typed
    for found in pattern.finditer(text, max(0, start - reach), end + reach):
        if found.start() <= start and found.end() >= end:
            return changes | {"evidence_start": found.start(), "evidence_end": found.end()}
    raise InputError(Text(NAME_NOT_IN_PASSAGE, {"ref": f"name:{row.id}"}), value=f"name:{row.id}")


def _narrowed(text: str, start: int, end: int, name: str, script: str) -> dict:
    """The evidence span of a name a reviewer shortened to the words its span writes, less what the
    extractor took with it ("过霍加买买提·赛拉木拜", 见过's particle before a name, made "霍加买买提·赛拉木拜"; "Mr
    Tursun Ehmet" made "Tursun Ehmet"): the span moves to where the span writes the name, so that its
    passage shows the name alone and a mask over it hides no other word. Cut between whole words, or
    anywhere in Chinese characters, which no space parts; where the name is not so written once, {}:
    the span stays."""
    pattern = re.compile(r"\s+".join(map(re.escape, name.split())))
    found = [m for m in pattern.finditer(text, start, end)
             if script == "Hani" or ((m.start() == start or not text[m.start() - 1].isalnum())
                                     and (m.end() == end or not text[m.end()].isalnum()))]
    if len(found) != 1:
        return {}
    return {"evidence_start": found[0].start(), "evidence_end": found[0].end()}


def editable_fields(kind: str) -> tuple[str, ...]:
    """What `edit` takes for a kind: its EDITABLE fields, and an event's place and facility."""
    return EDITABLE[kind] + (EVENT_WHERE if kind == "event" else ())


def form_changes(session: Session, ref: str, submitted: dict[str, str]) -> dict[str, str | None]:
    """What a reviewer changed in a form that showed the fact's `editable_fields` with their values
    (as `Proposal.fields` holds them): each field whose value, stripped, differs from the one shown,
    a blank one as None (clearing it; `edit` refuses that for a required field). Other keys are
    ignored. InputError when nothing was changed, NotFound for no such fact."""
    kind, row = _row(session, ref)
    shown = {key: "" if value is None else str(value) for key, value in _fields(kind, row).items()}
    changes = {key: value.strip() or None for key, value in submitted.items()
               if key in editable_fields(kind) and value.strip() != shown.get(key, "")}
    if not changes:
        raise InputError(Text(NOTHING_TO_CHANGE, {"ref": ref}))
    return changes


def where_changes(session: Session, where: dict[str, str | None]) -> dict:
    """A reviewer's "place" and "facility" of an event as the columns they set (place_id,
    facility_id); a blank value clears one. Looked up before anything is written."""
    from guwah.facilities.entries import chosen_facility
    from guwah.places.resolve import chosen_place, place_row

    texts = {key: (value or "").strip() for key, value in where.items()}
    place = chosen_place(texts["place"]) if texts.get("place") else None
    columns = {"facility_id": chosen_facility(session, texts["facility"]).id if texts["facility"] else None
               } if "facility" in texts else {}
    if "place" in texts:  # the row is added only once every lookup has succeeded
        columns["place_id"] = place_row(session, place.id).id if place else None
    return columns


# An event's date as stored: an ISO prefix whose length is its precision ("2017", "2017-03", "2017-03-26").
_DATE_FORMS = {4: "year", 7: "month", 10: "day"}
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _date_form(key: str, value: str) -> str:
    """The precision ("year", "month", "day") of a date a reviewer typed as an ISO prefix; InputError
    naming `key` for anything else or for a date after today (what a testimony tells has happened:
    2099 is a typo for 2009)."""
    form = _DATE_FORMS.get(len(value)) if _DATE.fullmatch(value) else None
    try:
        if form is None:
            raise ValueError(value)
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        raise InputError(Text(N_("%(field)s '%(value)s' is not a date: write 2017-03-26, 2017-03 or 2017"),
                              {"field": Term("review_field", key), "value": value}), value=value) from None
    if value > date.today().isoformat()[:len(value)]:
        raise InputError(Text(N_("%(field)s '%(value)s' is after today: what a testimony tells has happened"),
                              {"field": Term("review_field", key), "value": value}), value=value)
    return form


def _checked_name_codes(checked: dict) -> dict:
    """A name's script as an ISO 15924 code CLDR names ("latn" → "Latn") and its language as an
    ISO 639 code CLDR knows (`guwah.names.scripts.script_code`, `guwah.language.language_code`:
    "UG" → "ug"); InputError otherwise."""
    from guwah.language import language_code
    from guwah.names.scripts import script_code

    codes = {}
    if checked.get("script") is not None:
        try:
            codes["script"] = script_code(checked["script"])
        except ValueError:
            raise InputError(Text(N_("script '%(value)s' is not an ISO 15924 code (Latn, Cyrl, Arab, Hani…)"),
                                  {"value": checked["script"]}), value=checked["script"]) from None
    if checked.get("language") is not None:
        try:
            codes["language"] = language_code(checked["language"])
        except ValueError:
            raise InputError(Text(N_("language '%(value)s' is not a language code CLDR knows (en, ug, kk, ru, zh…)"),
                                  {"value": checked["language"]}), value=checked["language"]) from None
    return codes


def checked_changes(kind: str, table, row, changes: dict[str, str]) -> dict:
    """A reviewer's corrections as they may be stored: values stripped, a blank one clearing an
    optional field, an event date a real ISO prefix whose precision agrees with it (inferred from
    its form when not given), an attribute's as_of a real ISO prefix, no date after today, a name's
    script and language as codes (`_checked_name_codes`). InputError, before anything is written,
    for a blank required field, a malformed or disagreeing date, or an unknown script or language
    code; a value outside its closed list (an attribute's name, a
    role, an event type, a relation, a violation code) is refused by the table itself
    (`guwah.storage.tables`, the message listing the allowed values) as the copy is made."""
    checked = {}
    for key, value in changes.items():
        value = value.strip() if isinstance(value, str) else value
        if value in ("", None):
            if not table.__table__.columns[key].nullable:
                raise InputError(Text(N_("%(field)s cannot be empty (reject the proposal instead)"),
                                      {"field": Term("review_field", key)}), value=key)
            value = None
        checked[key] = value
    if kind == "attribute" and checked.get("attribute", row.attribute) == "birth_year":
        for key in ("value", "value_end"):
            year = checked.get(key, getattr(row, key))
            if year is not None and not (str(year).isascii() and str(year).isdigit() and 1900 <= int(year) <= date.today().year):
                raise InputError(Text(N_("a birth_year %(field)s is a year between 1900 and %(latest)s, not "
                                         "'%(value)s'"), {"field": Term("review_field", key),
                                                          "latest": date.today().year, "value": year}), value=year)
    if kind == "name":
        checked.update(_checked_name_codes(checked))
    if kind == "attribute" and checked.get("as_of") is not None:
        _date_form("as_of", checked["as_of"])
    if kind != "event":
        return checked
    dates = {}
    for value_key, precision_key in (("date_value", "date_precision"), ("end_date_value", "end_date_precision")):
        if value_key not in checked and precision_key not in checked:
            dates[value_key] = getattr(row, value_key)
            continue
        value = checked.get(value_key, getattr(row, value_key))
        precision = checked.get(precision_key, getattr(row, precision_key) if value_key not in checked else None)
        if value is None:
            if precision is not None:
                raise InputError(Text(N_("%(field)s '%(precision)s' needs a %(date_field)s"),
                                      {"field": Term("review_field", precision_key),
                                       "precision": Term("precision", precision),
                                       "date_field": Term("review_field", value_key)}), value=precision)
            checked[precision_key] = None
            dates[value_key] = None
            continue
        form = _date_form(value_key, value)
        if precision is not None and precision != form:
            raise InputError(Text(N_("%(field)s '%(value)s' has the precision %(form)s, not %(precision)s: give "
                                     "%(precision_field)s=%(form)s or a date of that precision"),
                                  {"field": Term("review_field", value_key), "value": value,
                                   "form": Term("precision", form), "precision": Term("precision", precision),
                                   "precision_field": Term("review_field", precision_key)}), value=value)
        checked[precision_key] = form
        dates[value_key] = value
    start, end = dates.get("date_value"), dates.get("end_date_value")
    if start and end and end[:len(start)] < start[:len(end)]:
        raise InputError(Text(N_("the end date %(end)s is before the date %(start)s"), {"end": end, "start": start}),
                         value=end)
    return checked


# --- reopening and reassigning ------------------------------------------------------------------------

# What `reassign` moves: facts about what happened to someone, cited from a document.
REASSIGNABLE = ("event", "violation")


def _keep_decision(session: Session, kind: str, row, step: str, actor: str, reason: str) -> None:
    """Copy a fact's current review decision into the history before a new one replaces it."""
    from guwah.storage.tables import ReviewHistory

    session.add(ReviewHistory(kind=kind, fact_id=row.id, state=row.review_state, reviewed_by=row.reviewed_by,
                              reviewed_at=row.reviewed_at, review_note=row.review_note, replaced_by_step=step,
                              replaced_by=actor, replaced_at=datetime.now(UTC), reason=reason))


def _reason(reason: str | None, refusal: Text) -> str:
    if not (reason or "").strip():
        raise InputError(refusal)
    return reason.strip()


def history(session: Session, ref: str) -> list[dict]:
    """Earlier review decisions of a fact, oldest first: {state, reviewed_by, reviewed_at, note,
    replaced_by_step, replaced_by, replaced_at, reason}."""
    kind, row = _row(session, ref)
    return histories(session, kind, [row.id]).get(row.id, [])


def histories(session: Session, kind: str, ids) -> dict[int, list[dict]]:
    """`history` of many facts of one kind at once: {fact id: its earlier decisions, oldest first}
    (a fact with none left out)."""
    from guwah.storage.tables import ReviewHistory

    found: dict[int, list[dict]] = {}
    for h in session.scalars(select(ReviewHistory).where(ReviewHistory.kind == kind,
                                                         ReviewHistory.fact_id.in_(list(ids)))
                             .order_by(ReviewHistory.id)):
        found.setdefault(h.fact_id, []).append({
            "state": h.state, "reviewed_by": h.reviewed_by, "reviewed_at": h.reviewed_at, "note": h.review_note,
            "replaced_by_step": h.replaced_by_step, "replaced_by": h.replaced_by, "replaced_at": h.replaced_at,
            "reason": h.reason})
    return found


def reopen(store, session: Session, ref: str, reviewer: str, reason: str) -> Proposal:
    """Put an accepted or rejected fact back to proposed, with a reason; the old decision is kept
    in the history (`history`) and audited. A reopened accepted fact leaves every public view at
    the commit (releases showing it are withdrawn, see `guwah.releases`) until accepted again.

    Raises InputError for a fact that is already proposed or without a reason.
    """
    reason = _reason(reason, Text(N_("reopening a decision needs a reason")))
    kind, row = _changeable(session, ref)
    if row.review_state == ReviewState.PROPOSED.value:
        raise InputError(Text(N_("%(ref)s is proposed already: nothing to reopen"), {"ref": ref}))
    store.audit(session, reviewer, "review", kind, row.id, decision="reopened", was=row.review_state)
    _keep_decision(session, kind, row, "reopened", reviewer, reason)
    row.review_state, row.reviewed_by, row.reviewed_at = ReviewState.PROPOSED.value, reviewer, datetime.now(UTC)
    row.review_note, row.corrected_id = f"reopened: {reason}", None
    session.flush()
    return proposal_view(kind, row)


def consent_crossing(session: Session, ref: str, row, person) -> Text | None:
    """Why moving fact `row` (`ref`) to mention `person` crosses consent levels, or None: its
    evidence is a document of one consent level (`guwah.publish.effective_consent`, the one rule)
    and the mention is read (its names' evidence) in a document of another. Said by ids and
    levels only, never a name or a passage."""
    from guwah.publish import effective_consent

    if row.evidence_document_id is None:
        return None
    read_in = sorted({name.evidence_document_id for name in person.names if name.evidence_document_id is not None})
    level = {d: effective_consent(session, d) for d in {row.evidence_document_id, *read_in}}
    evidence = level[row.evidence_document_id]
    other = [d for d in read_in if level[d] != evidence]
    if not other:
        return None
    where = [Text(N_("document %(document)s (%(consent)s)"), {"document": d, "consent": Term("consent", level[d])})
             for d in other]
    return Text(N_("%(ref)s cites document %(document)s (%(consent)s) and mention %(mention)s is read in %(where)s: "
                   "reassigned, the fact would stand with a person of another consent level. Check that its passage "
                   "concerns that person, then confirm the move (guwah review reassign --confirm, or the form's "
                   "confirm box)"),
                {"ref": ref, "document": row.evidence_document_id, "consent": Term("consent", evidence),
                 "mention": mention_label(person.id), "where": functools.reduce(lambda a, b: Text("%(a)s, %(b)s", {"a": a, "b": b}), where)})


def reassign(store, session: Session, ref: str, target: str, reviewer: str, reason: str,
             confirm: bool = False) -> Proposal:
    """Move an event or violation to another person: `target` is "mention:ID" (a person row) or
    "entry:N" (that entry's mention in the fact's document, else its first mention).

    Nothing is overwritten: the fact is rejected with a note naming its copy (its decision kept in
    the history), and a copy citing the same evidence is asserted by the reviewer for the target:
    the reviewer's own assertion, as an edit's copy is (`own_assertion`), so that a proposal stays
    proposed and an accepted fact stays accepted, or with four eyes on waits for another reviewer
    (the mover alone decided whom it concerns). The violations coded on a reassigned event move
    with it, the same way. Returns the copy.

    A fact whose evidence is of another consent level than the documents the target mention is
    read in (`consent_crossing`) moves only with `confirm`.

    Raises InputError for another kind, a bad target, the same person or no reason; NotFound for
    an unknown fact, mention or entry; ConfirmationRequired across consent levels unconfirmed.
    """
    from guwah.storage.tables import Person

    reason = _reason(reason, Text(N_("reassigning a fact needs a reason")))
    if parse_ref(ref)[0] not in REASSIGNABLE:
        raise InputError(Text(N_("only %(kinds)s facts can be reassigned"), {"kinds": " and ".join(REASSIGNABLE)}),
                         value=ref)
    kind, row = _changeable(session, ref)
    target_kind, _, number = target.partition(":")
    if target_kind == "entry":
        from guwah.registry import person_number

        number = str(person_number(number))  # "entry:7" or "entry:E-7"
    elif target_kind == "mention" and number.upper().startswith("M"):
        from guwah.registry import mention_id

        number = str(mention_id(number))  # "mention:M-12", as printed; a bare number is looked up below
    if target_kind not in ("mention", "entry") or not number.isdecimal():
        raise InputError(Text(N_("a target is mention:ID or entry:N")), value=target)
    if target_kind == "mention":
        person = session.get(Person, int(number)) if int(number) <= MAX_ID else None
        if person is None:
            raise NotFound(f"no mention {number}", value=target)
    else:
        from guwah.registry import mentions_of, resolve

        mentions = mentions_of(session, resolve(session, int(number)))
        cited = [p for p in mentions if row.evidence_document_id is not None and any(
            name.evidence_document_id == row.evidence_document_id for name in p.names)]
        person = (cited or mentions)[0]
    if person.id == row.person_id:
        raise InputError(Text(N_("%(ref)s is already about mention %(mention)s"), {"ref": ref, "mention": person.id}))
    if not confirm and (crossing := consent_crossing(session, ref, row, person)):
        raise ConfirmationRequired(crossing, value=ref)
    moved = _copy_to(store, session, kind, row, person.id, reviewer, reason)
    if kind == "event":
        for coding in session.scalars(select(ViolationCoding).where(ViolationCoding.event_id == row.id,
                                                                     ViolationCoding.review_state != "rejected")):
            _copy_to(store, session, "violation", coding, person.id, reviewer, reason, event_id=moved.id)
    session.flush()
    return proposal_view(kind, moved)


def reopen_facts(store, session: Session, refs: list[str], reviewer: str, reason: str) -> list:
    """`reopen` each of `refs`, then take down at once the releases that showed them (the commit
    would, see `guwah.releases.settle_releases`), so that the reviewer is told which: the
    `ReleaseChange`s. Raises as `reopen` does; nothing is kept of a failed call (its session is
    rolled back)."""
    from guwah.releases import FACTS_REOPENED, settle_releases

    for ref in refs:
        reopen(store, session, ref, reviewer, reason)
    return settle_releases(session, Text(FACTS_REOPENED, {"refs": ", ".join(refs)}))


def reassign_fact(store, session: Session, ref: str, target: str, reviewer: str, reason: str,
                  confirm: bool = False) -> tuple[Proposal, list]:
    """`reassign`, then take down at once the releases the move made stale (as `reopen_facts`):
    the copy, and the `ReleaseChange`s."""
    from guwah.releases import FACT_REASSIGNED, settle_releases

    moved = reassign(store, session, ref, target, reviewer, reason, confirm)
    return moved, settle_releases(session, Text(FACT_REASSIGNED, {"ref": ref}))


def _copy_to(store, session: Session, kind: str, row, person_id: int, reviewer: str, reason: str, **more):
    table = KINDS[kind]
    copied = {column.key: getattr(row, column.key) for column in table.__table__.columns
              if column.key not in ("id", "review_state", "reviewed_by", "reviewed_at", "review_note", "corrected_id",
                                    "asserted_by_kind", "asserted_by", "asserted_by_version", "asserted_at")}
    copied.update(person_id=person_id, **more)
    now = datetime.now(UTC)
    # The copy is the mover's own assertion about another person, as an edit's copy is: an accepted
    # fact stays accepted only where her own assertions are (`own_assertion`: with four eyes on it
    # waits for another reviewer); a proposed or rejected one is proposed.
    decided = (own_assertion(session, reviewer) if row.review_state == ReviewState.ACCEPTED.value
               else {"review_state": ReviewState.PROPOSED.value, "reviewed_by": None, "reviewed_at": None})
    moved = table(**copied, asserted_by_kind=AssertedByKind.USER.value, asserted_by=reviewer, asserted_at=now,
                  **decided, review_note=f"reassigned from {kind}:{row.id}: {reason}")
    session.add(moved)
    session.flush()
    from guwah.storage.tables import FactReassignment  # the move's own record, which the evidence file reads

    session.add(FactReassignment(kind=kind, fact_id=row.id, copy_id=moved.id, from_person_id=row.person_id,
                                 to_person_id=person_id, actor=reviewer, at=now))
    store.audit(session, reviewer, "review", kind, row.id, decision="reassigned", to_person=person_id,
                copy=moved.id)
    _keep_decision(session, kind, row, "reassigned", reviewer, reason)
    row.review_state, row.reviewed_by, row.reviewed_at = ReviewState.REJECTED.value, reviewer, now
    row.review_note, row.corrected_id = f"reassigned to mention {person_id} as {kind}:{moved.id}: {reason}", None
    return moved
