"""The evidence file of one person entry: each accepted fact with its passage and the original's hash.

What a lawyer hands a tribunal or an investigator: for every accepted fact about the entry's
mentions, the words it rests on (the exact span of the document's text), who asserted it and who
accepted it, and its basis (a passage a reviewer accepted, or for a witness's name, the testimony's
metadata, with who recorded it and when from the audit log); for every document cited, its
provenance (source and interview, as `guwah show` prints them), the SHA-256 of the original as received, the
text read from it with its own SHA-256 (so that anyone can check that each passage is the text at
its offsets, and the text the one recorded), and the document's custody log. The audit head at
export time ties the file to the archive's tamper-evident log (`guwah audit verify --head`).

Each fact also carries its history, as the archive stores it: the facts it was made from by an edit
(`guwah review edit`) or a reassignment (`guwah review reassign`), oldest first, each with what it
said in the fields that changed, who asserted it and when, its review state and note; its own earlier
decisions (a reopening: `guwah review reopen`); how it came to be (proposed by the extractor, edited,
reassigned or added by a reviewer) and whether whoever made it also accepted it ("edited and accepted
by one reviewer"): a tribunal asks what the machine proposed, who changed what, and whether a second
person looked.

How the entry's mentions were joined (`joined`), from the registry's own records (`LinkChange`,
`Judgement`, `JudgementWithdrawal`), so that a reader of "three testimonies name this person" can check
why the archive holds the three to be one person: each mention with its documents and every move that
brought it here (the linker's merge with its probability, the link it rests on and its version; a
reviewer's merge with who and why; a merge a "same" judgement made), the pair judgements on its
mentions (same, different, unsure: who, when, why, whether withdrawn), and the mentions a split or an
undo took out, with who, why and where they are now. The documents its mentions are read in are
listed with those the facts cite.

It holds confidential material (names, passages of testimonies that are not public): it is for the
archive's members, written like the full export, never to a terminal. Reading it is audited as an
export, and each cited document's custody log records it.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from sqlalchemy import or_, select

import guwah
from guwah.domain import AssertedByKind, CustodyAction, ReviewState, entry_label, mention_label
from guwah.storage import Store
from guwah.storage.queries import provenance
from guwah.storage.tables import (
    AuditEntry,
    CustodyEvent,
    Document,
    Entry,
    FactAddition,
    FactReassignment,
    Judgement,
    JudgementWithdrawal,
    LinkChange,
    Person,
    Testimony,
    as_stored,
)

FORMAT = "guwah-evidence/1"


def _plain(value):
    # Every moment is stored in UTC, and SQLite gives it back without its zone: the file says it,
    # as `exported_at` does, so that no reader takes it for local time.
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


# What a fact rests on ("basis"), said in words a reader of the file needs no Guwah to follow.
PASSAGE_ACCEPTED = "the passage at its span, which a reviewer accepted"
ACCEPTED_WITHOUT_PASSAGE = "accepted by a reviewer, without a passage"
STATED_AT_INGEST = "stated in the testimony's metadata at ingest"
STATED_WHEN_ATTACHED = "stated in the testimony's metadata, attached after ingest"
RECORDED_ACCEPTED = "recorded as accepted by whoever asserted it, without review"
# The audited acts that record a testimony's metadata (guwah.ingest), by the basis each gives.
_METADATA_ACTS = {"ingest": STATED_AT_INGEST, "attach_sidecar": STATED_WHEN_ATTACHED}


def _stated(session, document_ids) -> dict[int, dict]:
    """For each document, the audited act that recorded its metadata (the last of ingest and
    attach-sidecar: a sidecar is attached only to a document ingested without one): {document id:
    {"basis", "stated_by", "stated_at", "audit_entry"}}."""
    stated = {}
    rows = session.execute(select(AuditEntry.id, AuditEntry.action, AuditEntry.actor, AuditEntry.at,
                                  AuditEntry.record_id)
                           .where(AuditEntry.record_type == "document", AuditEntry.action.in_(_METADATA_ACTS),
                                  AuditEntry.record_id.in_([str(i) for i in document_ids]))
                           .order_by(AuditEntry.id))
    for entry_id, action, actor, at, record_id in rows:
        stated[int(record_id)] = {"basis": _METADATA_ACTS[action], "stated_by": actor, "stated_at": _plain(at),
                                  "audit_entry": entry_id}
    return stated


def _basis(kind: str, row, witnesses: dict[int, int | None], stated: dict[int, dict]) -> dict:
    """What the fact rests on: a passage a reviewer accepted, or, for a witness's name that the
    testimony's sidecar stated (no span, no reviewer: ingest accepts it as stated), that metadata,
    with who recorded it and when from the audit log."""
    if row.evidence_start is not None and row.reviewed_by:
        return {"basis": PASSAGE_ACCEPTED}
    document = row.evidence_document_id
    if (kind == "name" and row.evidence_start is None and not row.reviewed_by and document is not None
            and witnesses.get(document) == row.person_id):
        return stated.get(document) or {"basis": STATED_AT_INGEST, "stated_by": row.asserted_by,
                                        "stated_at": _plain(row.asserted_at), "audit_entry": None}
    return {"basis": ACCEPTED_WITHOUT_PASSAGE if row.reviewed_by else RECORDED_ACCEPTED}


def _said(kind: str, row) -> dict:
    """A fact's fields as the file gives them (a relation's relative as a mention id; a violation's
    event, `review add --event`, as the event's ref, None where it was coded on none)."""
    from guwah.review import _fields

    fields = {key: _plain(value) for key, value in _fields(kind, row).items()}
    if kind == "relation":
        fields["relative"] = mention_label(fields.pop("relative_id"))
    if kind == "violation":
        event_id = fields.pop("event_id")
        fields["event"] = f"event:{event_id}" if event_id is not None else None
    return fields


# How an exported fact came to be ("origin"), and who accepted it ("acceptance"), in words.
ORIGINS = {"proposed": "proposed by the extractor", "edited": "edited by a reviewer",
           "reassigned": "reassigned by a reviewer", "added": "added by a reviewer",
           "asserted": "asserted by a person"}
# origin → (made and accepted by one person, accepted by someone else)
ACCEPTANCE = {"proposed": ("accepted by a reviewer", "proposed by the extractor, accepted by a reviewer"),
              "edited": ("edited and accepted by one reviewer", "edited by one reviewer, accepted by another"),
              "reassigned": ("reassigned and accepted by one reviewer",
                             "reassigned by one reviewer, accepted by another"),
              "added": ("added and accepted by one reviewer", "added by one reviewer, accepted by another"),
              "asserted": ("asserted and accepted by one person", "asserted by one person, accepted by another")}
NOT_REVIEWED = "accepted without review"


def _reassigned(session) -> dict[tuple[str, int], int]:
    """{(kind, copy id): original id} of every reassignment (`FactReassignment`, which
    `guwah.review.reassign` writes and migration 0040 filled from the audit entries of earlier moves):
    the one record of the move that stays (the copy's note "reassigned from KIND:ID" is cleared when
    a proposed copy is accepted)."""
    return {(kind, copy_id): fact_id for kind, copy_id, fact_id in session.execute(
        select(FactReassignment.kind, FactReassignment.copy_id, FactReassignment.fact_id))}


def _added(session, rows) -> set[tuple[str, int]]:
    """(kind, id) of the facts of `rows` a reviewer added (`guwah review add`), from their records
    (`FactAddition`, which `guwah.review.addition.add_fact` writes and migration 0043 filled from the
    audit entries of earlier additions): the record that stays once another reviewer accepted the
    fact (four eyes), which clears its note "added by a reviewer"."""
    ids = {(kind, row.id) for kind, row in rows}
    found = session.execute(select(FactAddition.kind, FactAddition.fact_id).where(
        FactAddition.kind.in_(sorted({kind for kind, _ in rows})),
        FactAddition.fact_id.in_(sorted({number for _, number in ids}))))
    return {(kind, number) for kind, number in found if (kind, number) in ids}


def _earlier_versions(session, rows, reassigned: dict) -> dict[tuple[str, int], list[tuple[str, object]]]:
    """For each (kind, row) of `rows`, the facts it was made from, newest first: [(step, row)], the
    step ("edited", "reassigned") that made the next one from it. An edit's original names its copy
    (`corrected_id`); a reassignment's, its record (`_reassigned`)."""
    from guwah.review import KINDS

    found: dict[tuple[str, int], list] = {(kind, row.id): [] for kind, row in rows}
    tips = {(kind, row.id): (kind, row.id) for kind, row in rows}  # the version reached → the fact exported
    seen = set(tips)
    while tips:
        reached = {}
        for kind, table in KINDS.items():
            ids = [number for k, number in tips if k == kind]
            if not ids:
                continue
            edited = {row.corrected_id: row for row in session.scalars(select(table).where(table.corrected_id.in_(ids)))}
            for number in ids:
                step, before = "edited", edited.get(number)
                if before is None and (kind, number) in reassigned:
                    step, before = "reassigned", session.get(table, reassigned[(kind, number)])
                if before is None or (kind, before.id) in seen:
                    continue
                seen.add((kind, before.id))
                owner = tips[(kind, number)]
                found[owner].append((step, before))
                reached[(kind, before.id)] = owner
        tips = reached
    return found


def _version(kind: str, step: str, row, after, decisions: list[dict]) -> dict:
    """One earlier version of a fact: what it said where the next one differs (`changed`: field →
    {"from", "to"}, the mention and the span too), who asserted it and when, its review state and
    note, and its own earlier decisions."""
    said, then = _said(kind, row), _said(kind, after)
    said["mention"], then["mention"] = mention_label(row.person_id), mention_label(after.person_id)
    said["span"] = [row.evidence_start, row.evidence_end] if row.evidence_start is not None else None
    then["span"] = [after.evidence_start, after.evidence_end] if after.evidence_start is not None else None
    return {"fact": f"{kind}:{row.id}", "step": step,
            "changed": {key: {"from": value, "to": then[key]} for key, value in said.items() if then[key] != value},
            "asserted_by": row.asserted_by, "asserted_by_kind": row.asserted_by_kind,
            "asserted_by_version": row.asserted_by_version, "asserted_at": _plain(row.asserted_at),
            "review_state": row.review_state, "reviewed_by": row.reviewed_by, "reviewed_at": _plain(row.reviewed_at),
            "review_note": row.review_note, "earlier_decisions": decisions}


def _decisions(session, kind: str, ids) -> dict[int, list[dict]]:
    """`guwah.review.histories`, its times as ISO text."""
    from guwah.review import histories

    return {number: [{key: _plain(value) for key, value in decision.items()} for decision in found]
            for number, found in histories(session, kind, ids).items()}


def _history(kind: str, row, earlier: list[tuple[str, object]], decisions: dict, added: bool = False) -> dict:
    """A fact's history (`history`, oldest first; `earlier_decisions`), how it came to be (`origin`)
    and who accepted it (`accepted_by_author`, `acceptance`)."""
    from guwah.review.addition import ADDED_NOTE

    versions, after = [], row
    for step, before in earlier:
        versions.append(_version(kind, step, before, after, decisions.get((kind, before.id), [])))
        after = before
    own = decisions.get((kind, row.id), [])
    first_note = own[0]["note"] if own else row.review_note  # the note it was made with
    origin = (earlier[0][0] if earlier else "added" if added or first_note == ADDED_NOTE
              else "proposed" if row.asserted_by_kind == AssertedByKind.EXTRACTOR.value else "asserted")
    same = row.reviewed_by is not None and row.reviewed_by == row.asserted_by
    return {"review_note": row.review_note, "origin": ORIGINS[origin], "accepted_by_author": same,
            "acceptance": ACCEPTANCE[origin][0 if same else 1] if row.reviewed_by else NOT_REVIEWED,
            "history": versions[::-1], "earlier_decisions": own}


def _fact(kind: str, row, texts: dict[int, str | None], witnesses: dict[int, int | None],
          stated: dict[int, dict], history: dict) -> dict:
    """One accepted fact: what it asserts, whose it is, the passage at its span (None without a
    span, or when its document was erased), its basis (`_basis`) and its history (`_history`)."""
    fields = _said(kind, row)
    span = [row.evidence_start, row.evidence_end] if row.evidence_start is not None else None
    text = texts.get(row.evidence_document_id)
    return {"fact": f"{kind}:{row.id}", "kind": kind, "mention": mention_label(row.person_id), "fields": fields,
            "document": row.evidence_document_id, "span": span,
            "passage": text[span[0]:span[1]] if span and text is not None else None,
            "asserted_by": row.asserted_by, "asserted_by_kind": row.asserted_by_kind,
            "asserted_by_version": row.asserted_by_version, "asserted_at": _plain(row.asserted_at),
            "reviewed_by": row.reviewed_by, "reviewed_at": _plain(row.reviewed_at),
            **_basis(kind, row, witnesses, stated), **history}


# How a mention moved (`LinkChange.action`, `how`), in words a reader of the file needs no Guwah to follow.
MADE = "made as a mention of its own entry"
PLACED_BY_MIGRATION = "placed in its entry when the archive moved to mentions and entries (migration 0007)"
LINKER_MERGE = "joined by the linker's merge"
REVIEWER_MERGE = "joined by a reviewer's merge"
JUDGED_MERGE = "joined by a link run because a reviewer judged two of the mentions the same person"
SPLIT = "moved out by a reviewer's split"
UNDONE = "moved by a reviewer's undo of an earlier act"
_SAID = {("link", "new_mention"): MADE, ("link", "migration"): PLACED_BY_MIGRATION,
         ("merge", "linker"): LINKER_MERGE, ("merge", "reviewer"): REVIEWER_MERGE, ("merge", "judgement"): JUDGED_MERGE,
         ("split", "reviewer"): SPLIT, ("undo", "reviewer"): UNDONE}
# Migration 0042 began to keep a reviewer's reason for a merge, split or undo, and the linker's probability
# and link: older acts give these words instead.
NO_REASON = "no reason recorded (acts before migration 0042 kept none; one made since without a reason has none)"
NO_PROBABILITY = "not recorded (the linker's merges before migration 0042 kept only its version)"


def _mention_documents(session, ids: list[int]) -> dict[int, list[int]]:
    """The documents each mention is read in: those its assertions cite (in any review state) and the
    testimonies it is the witness of."""
    from guwah.review import KINDS

    found: dict[int, set[int]] = {number: set() for number in ids}
    for table in KINDS.values():
        for person, document in session.execute(select(table.person_id, table.evidence_document_id)
                                                .where(table.person_id.in_(ids), table.evidence_document_id.is_not(None))):
            found[person].add(document)
    for person, document in session.execute(select(Testimony.witness_id, Testimony.document_id)
                                            .where(Testimony.witness_id.in_(ids))):
        found[person].add(document)
    return {number: sorted(documents) for number, documents in found.items()}


def _move(change: LinkChange, numbers: dict[int, int]) -> dict:
    """One move of a mention (`LinkChange`): what made it, from which entry to which, who and when, why
    (a reviewer's), and for a merge the link it rests on (the linker's with its probability and version)."""
    move = {"act": change.action, "how": change.how,
            "said": _SAID.get((change.action, change.how), f"{change.action} ({change.how})"),
            "from_entry": entry_label(numbers[change.from_entry_id]) if change.from_entry_id else None,
            "to_entry": entry_label(numbers[change.to_entry_id]) if change.to_entry_id else None,
            "by": change.actor, "at": _plain(change.at), "undone": bool(change.undone) and change.how != "new_mention"}
    if change.how == "reviewer":
        move["reason"] = change.reason or NO_REASON
    if change.action == "merge" and change.how in ("linker", "judgement"):
        move["link"] = [mention_label(number) for number in change.pair] if change.pair else None
    if change.action == "merge" and change.how == "linker":
        move["probability"] = change.score if change.score is not None else NO_PROBABILITY
        move["linker_version"] = change.linker_version
    return move


def _judgement(row: Judgement, withdrawal: JudgementWithdrawal | None, standing: bool, acts: dict[int, str | None],
               own: set[int], numbers: dict[int, int], entries: dict[int, int | None]) -> dict:
    """One pair judgement on a mention of the entry: the pair, verdict, who, when and why; the registry
    act that recorded it (a split's or an undo's "different"), whether withdrawn since, whether it
    holds; and the entries now holding the pair's mentions that are not the entry's."""
    pair = (row.person_a_id, row.person_b_id)
    return {"judgement": row.id, "mentions": [mention_label(number) for number in pair], "verdict": row.verdict,
            "by": row.actor, "at": _plain(row.at),
            "reason": row.reason or ((acts.get(row.operation) or NO_REASON) if row.act else None),
            "recorded_by_act": {"act": row.act, "operation": row.operation} if row.act else None,
            "withdrawn": None if withdrawal is None else _withdrawn(withdrawal, acts),
            "standing": standing,
            "other_entries": sorted({entry_label(numbers[entries[number]]) for number in pair
                                     if number not in own and entries.get(number) in numbers})}


def _withdrawn(withdrawal: JudgementWithdrawal, acts: dict[int, str | None]) -> dict:
    """Who withdrew a judgement and when: an undo (of which operation), or a merge that joined its sides
    past it (`guwah.registry.withdraw_passed_separations`: both operations the merge's), with the
    merge's reason."""
    said = {"by": withdrawal.actor, "at": _plain(withdrawal.at)}
    if withdrawal.operation == withdrawal.undo_operation:
        return {**said, "by_merge_operation": withdrawal.operation,
                "reason": acts.get(withdrawal.operation) or NO_REASON}
    return {**said, "by_undo_of_operation": withdrawal.operation}


def _joined(session, entry: Entry, ids: list[int], documents: dict[int, list[int]]) -> dict | None:
    """How the entry's mentions `ids` were joined (see the module's docstring), or None for an entry of
    one mention that no judgement touches and that nothing left."""
    from guwah.registry import resolve, standing_verdicts

    numbers = dict(session.execute(select(Entry.id, Entry.number).where(Entry.kind == entry.kind)).all())
    own = set(ids)
    # The entries that lead here (merged into it, however many times over): a mention that a split or
    # an undo took out of one of them left this entry's history.
    merged_into = dict(session.execute(select(Entry.id, Entry.merged_into_id).where(
        Entry.kind == entry.kind, Entry.merged_into_id.is_not(None))).all())
    family, reached = {entry.id}, {entry.id}
    while reached:
        reached = {number for number, into in merged_into.items() if into in reached} - family
        family |= reached
    moves: dict[int, list[dict]] = {number: [] for number in ids}
    took_out: dict[int, LinkChange] = {}
    for change in session.scalars(select(LinkChange).where(
            LinkChange.person_id.is_not(None), LinkChange.action != "run",
            or_(LinkChange.person_id.in_(ids), LinkChange.from_entry_id.in_(family))).order_by(LinkChange.id)):
        if change.person_id in own:
            moves[change.person_id].append(_move(change, numbers))
        elif change.from_entry_id in family and change.action in ("split", "undo"):
            took_out[change.person_id] = change  # the latest move out
    gone = sorted(took_out)
    documents = {**documents, **_mention_documents(session, gone)}
    judged = list(session.scalars(select(Judgement).where(or_(Judgement.person_a_id.in_(ids),
                                                              Judgement.person_b_id.in_(ids))).order_by(Judgement.id)))
    others = {number for row in judged for number in (row.person_a_id, row.person_b_id)} - own
    entries = dict(session.execute(select(Person.id, Person.entry_id).where(Person.id.in_(others | set(gone)))).all())
    withdrawals = {row.judgement_id: row for row in session.scalars(select(JudgementWithdrawal).where(
        JudgementWithdrawal.judgement_id.in_([row.id for row in judged])))}
    holding = {row.id for row in standing_verdicts(session, ids, sorted(own | others)).values()} if judged else set()
    # The reason a reviewer gave the split or undo whose "different" a judgement is, or the merge that withdrew it.
    acts = dict(session.execute(select(LinkChange.operation, LinkChange.reason).where(
        LinkChange.operation.in_({row.operation for row in judged if row.act}
                                 | {row.operation for row in withdrawals.values()}),
        LinkChange.entry_id.is_not(None))).all())
    judgements = [_judgement(row, withdrawals.get(row.id), row.id in holding, acts, own, numbers, entries)
                  for row in judged]
    left_out = [{"mention": mention_label(number), "documents": documents[number], **_move(took_out[number], numbers),
                 "now_in": entry_label(resolve(session, numbers[entries[number]]).number)
                 if entries.get(number) in numbers else None} for number in gone]
    if len(ids) == 1 and not judgements and not left_out:
        return None
    return {"mentions": [{"mention": mention_label(number), "documents": documents[number],
                          "joined": moves[number][-1]["said"] if moves[number] else None, "moves": moves[number]}
                         for number in ids],
            "judgements": judgements, "left_out": left_out}


def export_evidence(store: Store, number: int, actor: str) -> dict:
    """The evidence file of entry `number` (following merges): its accepted facts with their passages,
    and the documents they cite with the original's SHA-256, the text and its SHA-256, consent and
    custody. Records an `exported` custody event on each cited document and one audit entry.

    Raises NotFound for an unknown entry."""
    from guwah.protection.erasure import is_erased
    from guwah.publish import applied_consent
    from guwah.registry import entry_consent, mentions_of, resolve
    from guwah.review import KINDS

    with store.session() as session:
        entry = resolve(session, number)
        mentions = mentions_of(session, entry)
        ids = [mention.id for mention in mentions]
        rows = [(kind, row) for kind, table in KINDS.items()
                for row in session.scalars(select(table).where(table.person_id.in_(ids),
                                                               table.review_state == ReviewState.ACCEPTED.value)
                                           .order_by(table.id))]
        read_in = _mention_documents(session, ids)
        cited = sorted({row.evidence_document_id for _, row in rows if row.evidence_document_id is not None}
                       | {document for found in read_in.values() for document in found})
        documents, texts, witnesses = [], {}, {}
        stored_text = as_stored(Document.__table__.c.text)
        for document in session.scalars(select(Document).where(Document.id.in_(cited)).order_by(Document.id)):
            erased = is_erased(document)
            # The text as stored (its form feeds kept): the one its recorded hash covers, and the one
            # the facts' offsets count in (a form feed and the line break it reads as are one character).
            text = None if erased else session.scalar(select(stored_text).where(Document.id == document.id))
            texts[document.id] = text
            witnesses[document.id] = document.testimony.witness_id if document.testimony else None
            origin = provenance(document)  # what `guwah show` prints, from the same function
            applied = applied_consent(session, document.id)
            documents.append({
                "id": document.id, "original_sha256": None if erased else document.sha256, "original_name": document.original_name,
                "media_type": document.media_type, "size": document.size, "language": document.language,
                "ingested_at": _plain(document.ingested_at), "consent": applied.consent, "consent_through": applied.source,
                "erased": erased, "text_sha256": None if erased else document.text_sha256,
                "text_sha256_checks": None if text is None else
                hashlib.sha256(text.encode("utf-8")).hexdigest() == document.text_sha256,
                "provenance": {part: None if values is None else {key: _plain(value) for key, value in values.items()}
                               for part, values in origin.items()},
                "text": text,
                "custody": [{"at": _plain(event.at), "action": event.action, "actor": event.actor}
                            for event in document.custody],
            })
        stated = _stated(session, cited)
        earlier = _earlier_versions(session, rows, _reassigned(session))
        added = _added(session, rows)
        versions = {(kind, row.id) for kind, row in rows} | {(kind, before.id) for (kind, _), found in earlier.items()
                                                            for _, before in found}
        decisions = {(kind, number): found for kind in KINDS
                     for number, found in _decisions(session, kind, [n for k, n in versions if k == kind]).items()}
        facts = [_fact(kind, row, texts, witnesses, stated,
                       _history(kind, row, earlier[(kind, row.id)], decisions, (kind, row.id) in added)) for kind, row in rows]
        joined = _joined(session, entry, ids, read_in)
        exported_at = datetime.now(UTC)
        for document_id in cited:
            session.add(CustodyEvent(document_id=document_id, action=CustodyAction.EXPORTED.value, actor=actor,
                                     at=exported_at, detail={"format": FORMAT, "entry": entry.number}))
        store.audit(session, actor, "export", "entry", entry.number, format=FORMAT, documents=len(cited),
                    facts=len(facts))
        session.flush()
        head = session.execute(select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)).one()
    from guwah.protection.audit import format_head

    return {
        "format": FORMAT,
        "guwah_version": guwah.__version__,
        "exported_at": exported_at.isoformat(),
        "exported_by": actor,
        "audit_head": format_head(head[0], head[1]),
        "entry": entry.number,
        "consent": entry_consent(mentions),
        "mentions": [mention_label(mention.id) for mention in mentions],
        "facts": facts,
        "joined": joined,
        "documents": documents,
    }
