"""A fact the extractor missed, added by a reviewer with the passage that supports it.

`add_fact` records it as any other assertion: its author (the reviewer, `AssertedByKind.USER`), its
time, its review state, its document and evidence span. It is the reviewer's own assertion after
reading the passage, as `guwah.review.edit`'s corrected copy is, so it is **accepted at once**; it
enters the entry's timeline, corroboration counts and status at once, and a public view only as any
accepted fact does: through an approved release (`guwah.releases`, the gate is unchanged). A
reviewer who doubts it reopens it (`guwah review reopen`). With four eyes on (`guwah.policy`) it
stays proposed, counting nowhere, until another reviewer accepts it (`guwah.review.own_assertion`).

Two shells call it and hold no rule of their own: `guwah review add` (`guwah.review.cli`) and the
workspace document page's form (`guwah.web.routes.review`). Everything is checked before anything
is written, so a refusal stores nothing; the audit entry names ids, kind and offsets, never the
passage or a value (both confidential).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from guwah.domain import MAX_ID, AssertedByKind, ReviewState, mention_label
from guwah.errors import N_, InputError, NotFound, Term, Text
from guwah.review import (
    EDITABLE,
    EVENT_WHERE,
    KINDS,
    Proposal,
    checked_changes,
    own_assertion,
    proposal_view,
    where_changes,
)
from guwah.storage.tables import FactAddition

# What each kind needs besides the passage and the person: a fact without them asserts nothing.
REQUIRED = {"name": ("name",), "attribute": ("attribute", "value"), "event": ("event_type",),
            "violation": ("code",), "relation": ("relation", "relative")}
# The review note an added fact carries (a note of the act, never of its content).
ADDED_NOTE = "added by a reviewer"


def addable_fields(kind: str) -> tuple[str, ...]:
    """The fields `add_fact` takes for a kind: those `edit` corrects (`guwah.review.editable_fields`),
    and a relation's relative (a mention of the same document)."""
    return EDITABLE[kind] + (EVENT_WHERE if kind == "event" else ()) + (("relative",) if kind == "relation" else ())


def add_fact(store, session: Session, document_id: int, kind: str, passage: str, reviewer: str,
             fields: dict[str, str | None], person: str | None = None, new_person: str | None = None,
             start: int | None = None, end: int | None = None, event: str | None = None) -> Proposal:
    """Record a fact the extractor missed, asserted by `reviewer`, citing `passage`: accepted, or with
    four eyes on proposed until another reviewer accepts it (`guwah.review.own_assertion`).

    Args:
        document_id: the document whose text holds the passage.
        kind: name, attribute, event, violation or relation.
        passage: the exact words (runs of white space match any white space, as a page's selection
            loses line breaks); where they occur more than once, `start` says which.
        fields: field → value among `addable_fields(kind)` (REQUIRED ones given); checked as `edit`
            checks a correction (dates, codes, closed lists, an event's place and facility).
        person: who it is about: a mention ("mention:12", "M-12", "12") or an entry ("entry:7",
            "E-7", whose mention in this document is taken); it must be read in this document.
        new_person: instead of `person`, a name the passage writes: a new mention is made, named by it
            (that name accepted too, cited where the passage writes it); it starts as an entry of its own.
        start, end: where the passage begins (and ends) in the text, as character offsets.
        event: for a violation, the event it happened in ("event:12" or "12"): an event of this
            document about the same person or entry, not rejected (`joined_event`); without
            `person`, the violation is about the event's mention.
    Returns the new fact. Raises NotFound for an unknown document, mention or entry; InputError for
    an erased document, an unknown kind or field, a missing required field, a bad value, a passage
    that is not in the text, occurs several times without `start`, or does not hold the new
    person's name, a person of another document, or both or neither of `person` and `new_person`;
    an event given for another kind, or one of another document or person, or rejected.
    Nothing is written before every check has passed.
    """
    from guwah.protection.erasure import is_erased
    from guwah.storage.tables import Document

    document = session.get(Document, document_id) if 0 < document_id <= MAX_ID else None
    if document is None:
        raise NotFound(Text(N_("no document %(document)s"), {"document": document_id}), value=document_id)
    if is_erased(document):
        raise InputError(Text(N_("document %(document)s was erased: no fact can cite it"),
                              {"document": document_id}), value=document_id)
    if kind not in KINDS:
        raise InputError(Text(N_("a kind is one of %(kinds)s"), {"kinds": ", ".join(KINDS)}), value=kind)
    allowed = addable_fields(kind)
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise InputError(Text(N_("%(field)s is not a field of %(kind)s facts (their fields: %(fields)s)"),
                              {"field": unknown[0], "kind": Term("review_kind", kind), "fields": ", ".join(allowed)}),
                         value=unknown[0])
    missing = [key for key in REQUIRED[kind] if not (fields.get(key) or "").strip()]
    if missing:
        raise InputError(Text(N_("%(kind)s facts need %(fields)s"),
                              {"kind": Term("review_kind", kind), "fields": ", ".join(missing)}), value=missing[0])
    span = passage_span(document.text or "", document_id, passage, start, end)
    joined = joined_event(session, document_id, kind, event) if event is not None and event.strip() else None
    if joined is not None and person is None and not (new_person or "").strip():
        person = str(joined.person_id)  # the violation is about the event's mention
    if (person is None) == (new_person is None or not new_person.strip()):
        raise InputError(Text(N_("say who the fact is about: a mention or entry of this document, or a new "
                                 "person by a name the passage writes (not both)")))
    subject = _mention_of(session, document_id, person) if person is not None else None
    if joined is not None and not _same_entry(session, subject, joined.person_id):
        raise InputError(Text(N_("event:%(event)s is about mention %(mention)s, not the person this violation is "
                                 "about: a violation joins an event of the same person"),
                              {"event": joined.id, "mention": mention_label(joined.person_id)}), value=event)
    name_span = _name_span(document.text, span, new_person) if subject is None else None
    if kind == "name" and subject is None:
        raise InputError(Text(N_("a name fact names a mention that exists: a new person is named by the name "
                                 "given for them")))
    values = {key: value for key, value in fields.items() if key not in EVENT_WHERE and key != "relative"}
    table = KINDS[kind]
    checked = checked_changes(kind, table, SimpleNamespace(**{c.key: None for c in table.__table__.columns}),
                               values)
    if kind == "event":
        checked |= where_changes(session, {key: fields[key] for key in EVENT_WHERE if key in fields})
    if kind == "relation":
        relative = _mention_of(session, document_id, fields["relative"])
        checked["relative_id"] = relative.id
    if kind == "name":
        checked.setdefault("script", _script(checked["name"]))
        checked.setdefault("language", document.language)
        span = _name_span(document.text, span, checked["name"])  # the evidence shows the whole name
    now = datetime.now(UTC)
    accepted = {"evidence_document_id": document_id, "asserted_by_kind": AssertedByKind.USER.value,
                "asserted_by": reviewer, "asserted_at": now, **own_assertion(session, reviewer),
                "review_note": ADDED_NOTE}
    # The row checks its closed values (event type, code, attribute, relation) as it is made: before any add.
    row = table(**checked, person_id=subject.id if subject else None, evidence_start=span[0], evidence_end=span[1],
                **accepted, **({"event_id": joined.id} if joined is not None else {}))
    if kind == "relation" and subject is not None and checked["relative_id"] == subject.id:
        raise InputError(Text(N_("a relation is between two different mentions")))
    if subject is None:
        from guwah.names.scripts import detect_script
        from guwah.storage.tables import Person, PersonName

        subject = Person()
        session.add(subject)
        session.flush()  # its own entry (`guwah.registry`)
        named = PersonName(person_id=subject.id, name=" ".join(new_person.split()),
                           script=detect_script(new_person), language=document.language,
                           evidence_start=name_span[0], evidence_end=name_span[1], **accepted)
        session.add(named)
        session.flush()
        session.add(FactAddition(kind="name", fact_id=named.id, document_id=document_id, actor=reviewer, at=now))
        store.audit(session, reviewer, "review", "name", named.id, decision="added", document=document_id,
                    person=subject.id, start=name_span[0], end=name_span[1], new_mention=True)
        row.person_id = subject.id
    session.add(row)
    session.flush()
    # The addition's own record, which the evidence file reads (the note above is cleared on acceptance).
    session.add(FactAddition(kind=kind, fact_id=row.id, document_id=document_id, actor=reviewer, at=now))
    store.audit(session, reviewer, "review", kind, row.id, decision="added", document=document_id,
                person=subject.id, start=span[0], end=span[1], **({"event": joined.id} if joined is not None else {}))
    return proposal_view(kind, row)


def joined_event(session: Session, document_id: int, kind: str, typed: str):
    """The Event row a violation added to document `document_id` joins (`typed`: "event:12" or "12"):
    an event this document tells, not rejected. InputError for another kind, an event of another
    document or a rejected one; NotFound for no such event (or a malformed id)."""
    from guwah.storage.tables import Event

    if kind != "violation":
        raise InputError(Text(N_("only a violation joins an event (--event)")), value=typed)
    number = typed.strip().removeprefix("event:")
    row = session.get(Event, int(number)) if number.isdecimal() and int(number) <= MAX_ID else None
    if row is None:
        raise NotFound(Text(N_("no event %(event)s"), {"event": number}), value=typed)
    if row.evidence_document_id != document_id:
        raise InputError(Text(N_("event:%(event)s is told in document %(other)s, not in document %(document)s: a "
                                 "violation joins an event of the testimony its passage cites"),
                              {"event": row.id, "other": row.evidence_document_id, "document": document_id}),
                         value=typed)
    if row.review_state == ReviewState.REJECTED.value:
        raise InputError(Text(N_("event:%(event)s was rejected: a violation joins an event that stands"),
                              {"event": row.id}), value=typed)
    return row


def event_choices(session: Session, document_id: int) -> list:
    """The accepted events document `document_id` tells, oldest first: those a violation added to
    it may join (the document page's form offers them)."""
    from guwah.storage.tables import Event

    return list(session.scalars(select(Event).where(Event.evidence_document_id == document_id,
                                                    Event.review_state == ReviewState.ACCEPTED.value)
                                .order_by(Event.id)))


def _same_entry(session: Session, subject, person_id: int | None) -> bool:
    """Whether mention `subject` and mention `person_id` are one, or of one registry entry (merges followed)."""
    from guwah.registry import resolve
    from guwah.storage.tables import Person

    if subject is None or person_id is None:
        return False
    if subject.id == person_id:
        return True
    other = session.get(Person, person_id)
    if other is None or subject.entry is None or other.entry is None:
        return False
    return resolve(session, subject.entry.number).id == resolve(session, other.entry.number).id


def _script(name: str) -> str:
    from guwah.names.scripts import detect_script

    return detect_script(name)


def passage_span(text: str, document_id: int, passage: str, start: int | None = None,
                 end: int | None = None) -> tuple[int, int]:
    """Where `passage` stands in `text`: its one occurrence, or the one at `start` (and ending at
    `end`, where given). White space in the passage matches any run of white space. InputError for
    an empty passage, one not in the text, one there several times without `start`, or offsets
    that do not hold it. Says offsets and counts, never the words."""
    words = (passage or "").split()
    if not words:
        raise InputError(Text(N_("a fact added by a reviewer cites a passage: give its exact words")))
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    if start is not None:
        found = pattern.match(text, start) if 0 <= start <= len(text) else None
        if found is None or (end is not None and found.end() != end):
            raise InputError(Text(N_("the passage is not at characters %(start)s–%(end)s of document %(document)s"),
                                  {"start": start, "end": "" if end is None else end, "document": document_id}),
                             value=start)
        return found.start(), found.end()
    if end is not None:
        raise InputError(Text(N_("an end offset goes with a start offset")), value=end)
    found = list(pattern.finditer(text))
    if not found:
        raise InputError(Text(N_("the passage does not occur in document %(document)s: give its exact words"),
                              {"document": document_id}), value=document_id)
    if len(found) > 1:
        raise InputError(Text(N_("the passage occurs %(count)s times in document %(document)s (at characters "
                                 "%(starts)s): give the start of the one meant"),
                              {"count": len(found), "document": document_id,
                               "starts": ", ".join(str(m.start()) for m in found[:10])}), value=document_id)
    return found[0].start(), found[0].end()


def _name_span(text: str, span: tuple[int, int], name: str) -> tuple[int, int]:
    """Where the passage at `span` writes `name` (whole words, any white space between them);
    InputError where it does not: the evidence of a name shows the whole name."""
    words = name.split()
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)") if words else None
    found = pattern.search(text, span[0], span[1]) if pattern else None
    if found is None:
        raise InputError(Text(N_("the passage does not write the name given: a person's name is cited where the "
                                 "passage writes it")))
    return found.start(), found.end()


def _mention_of(session: Session, document_id: int, typed: str):
    """The mention `typed` names ("mention:12", "M-12", "12"; "entry:7", "E-7": that entry's mention
    read in this document), which must be read in document `document_id` (`read_in`). NotFound for
    no such mention or entry; InputError for one of another document."""
    from guwah.registry import mention_id, mentions_of, person_number, resolve
    from guwah.storage.tables import Person

    typed = (typed or "").strip()
    kind, sep, number = typed.partition(":")
    if not sep or kind not in ("mention", "entry"):
        kind, number = ("entry", typed) if typed.upper().startswith("E") else ("mention", typed)
    if kind == "entry":
        entry = resolve(session, person_number(number))
        here = [p for p in mentions_of(session, entry) if read_in(session, p.id, document_id)]
        if not here:
            raise InputError(Text(N_("entry %(entry)s has no mention in document %(document)s: name the person as "
                                     "the passage does to add a new mention"),
                                  {"entry": f"E-{entry.number}", "document": document_id}), value=typed)
        return here[0]
    number = mention_id(number)
    person = session.get(Person, number) if number <= MAX_ID else None
    if person is None:
        raise NotFound(Text(N_("no mention %(mention)s"), {"mention": mention_label(number)}), value=typed)
    if not read_in(session, person.id, document_id):
        raise InputError(Text(N_("mention %(mention)s is not read in document %(document)s: a fact cites the "
                                 "document of the person it is about"),
                              {"mention": mention_label(person.id), "document": document_id}), value=typed)
    return person


def read_in(session: Session, person_id: int, document_id: int) -> bool:
    """Whether mention `person_id` is read in document `document_id`: a fact about it cites the
    document (rejected ones too: the mention was read there), or it is the document's witness."""
    from guwah.storage.tables import Testimony

    if session.scalar(select(Testimony.id).where(Testimony.document_id == document_id,
                                                 Testimony.witness_id == person_id)) is not None:
        return True
    return any(session.scalar(select(table.id).where(table.person_id == person_id,
                                                     table.evidence_document_id == document_id).limit(1)) is not None
               for table in KINDS.values())
