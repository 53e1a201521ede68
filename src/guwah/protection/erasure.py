"""Erasure by key destruction, when a witness withdraws consent and asks to be erased.

A testimony's sealed original is overwritten and removed (its wrapped data key goes with it), and
every sealed field that holds its content — text, title and source, consent note, interviewer,
submitter and contacts, custody details, the search index, the frozen releases (and the facts it
sourced in person entries' releases), the written reasons of its consent raises and embargo
changes (which may quote the witness) — is replaced, so
that the per-value data keys that opened them are gone from the live archive. What stays: the
document's row (id, media type, size, dates) with an "erased" custody event carrying the sealed
reason (and where other documents quote it: their ids and character positions, so that the
quoted passages stay masked there, `guwah.publish.quoted_in`), and the names of the people it cited, which Guwah must keep so as to go on masking them
in every other document (the masking index reads every name, whatever its review state: a name
dropped here would be printed in clear in another testimony or release that cites the person).
The facts it was the evidence of (names, attributes, events, violations, relations) no longer
count: each is rejected as erased, its span, any free-text value and an event's dates, place and
facility gone (a facility no other event cites, named in the text and not imported, keeps only its
type), so that no status,
timeline, corroboration or public view rests on a destroyed testimony; each stays, without its
words, as the record that something was erased (`guwah.review.retire_erased_facts`). Backups, and database pages not yet reused or vacuumed, still hold the
old ciphertext, readable with the archive key (see SECURITY.md).
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guwah.domain import ConsentLevel, CustodyAction
from guwah.errors import InputError, NotFound
from guwah.review import retire_erased_facts
from guwah.storage.tables import (
    AuditEntry,
    ConsentChange,
    CustodyEvent,
    Document,
    EmbargoChange,
    Event,
    Facility,
    NamingBasis,
    Release,
    SearchTerm,
    Testimony,
)

ERASED = "[erased]"
# The erased custody event's record of where other documents quote the testimony (`guwah.publish.
# passages_quoting`): positions in those documents' texts, none of the erased words.
ERASED_QUOTATIONS = "quoted_in"


def is_erased(document: Document) -> bool:
    return document.sha256 == ERASED


_FACT_GROUPS = ("names", "timeline", "violations", "attributes")


def _forget_in_entry_releases(session: Session, document_id: int) -> None:
    """Take every fact the testimony was a source of out of the person entries' releases.

    An entry's release cites its sources by public document number (`guwah.publish.entry_content`).
    Approved releases citing the testimony are withdrawn and redrafted first (its facts no longer
    count); then every other release of an entry (withdrawn, superseded, draft) loses the items
    citing it, and a status resting on it becomes unknown, so that no snapshot keeps a date, place
    or attribute read from the destroyed text.
    """
    from guwah.errors import Text
    from guwah.publish import status_citing, status_sources
    from guwah.releases import TESTIMONY_ERASED, settle_releases
    from guwah.storage.tables import PublicNumber

    number = session.scalar(select(PublicNumber.number).where(PublicNumber.subject_type == "document",
                                                              PublicNumber.subject_id == document_id))
    if number is None:  # never released: no release cited it
        return
    settle_releases(session, Text(TESTIMONY_ERASED))
    for release in session.scalars(select(Release).where(Release.subject_type == "entry",
                                                         Release.state != "approved")):
        content = dict(release.content or {})
        cites = any(number in item.get("sources", []) for group in _FACT_GROUPS for item in content.get(group, []))
        status = content.get("status") or {}
        cited = status_sources(status)
        if not cites and number not in cited:
            continue
        for group in _FACT_GROUPS:
            if group in content:
                content[group] = [item for item in content[group] if number not in item.get("sources", [])]
        if number in cited:
            # A status that other sources state too keeps them; one that rested on the testimony
            # alone becomes unknown.
            others = [source for source in cited if source != number]
            content["status"] = (status_citing(status["status"], status.get("date"), others[-1], others) if others
                                 else status_citing("unknown", None, None, []))
        release.content = content


def _forget_facilities_only_it_named(session: Session, facility_ids: set[int]) -> None:
    """A facility the extractor or a reviewer made from the erased text (not an imported site) that
    no other event cites keeps only its type: its name and place were words of the destroyed
    testimony, and the facility table is not sealed (a PostgreSQL dump would still show them)."""
    session.flush()
    for facility in session.scalars(select(Facility).where(Facility.id.in_(facility_ids), Facility.dataset.is_(None))):
        if session.scalar(select(Event.id).where(Event.facility_id == facility.id).limit(1)) is None:
            facility.name, facility.place_id, facility.lat, facility.lon = ERASED, None, None, None
            facility.attributes, facility.external_ids = {}, {}


def _forget_change_reasons(session: Session, document_id: int, actor: str, erasure: AuditEntry) -> None:
    """Refuse the testimony's consent raises still waiting (an erased testimony is never raised),
    then blank the written reasons of its consent changes and embargo changes: whose word and when,
    often in the witness's own words. Each row stays, with its id, levels or days, who and when, as
    the record (named by the audit log) that the change happened. A naming basis that cites the
    testimony (the witness's consent, an earlier naming) loses its note and approval reason the same
    way: they too quote or paraphrase the witness, and it is withdrawn (`withdraw_bases_citing`):
    the consent or naming it rested on is gone. In their place it says when, and under which erasure
    (`erasure`, the audit entry that recorded it), in each reader's language."""
    from guwah.errors import DATE_TERM, Term, Text
    from guwah.releases import (
        ERASED_ON,
        REASON_ERASED,
        TESTIMONY_WAS_ERASED,
        refuse_pending_raises,
        withdraw_bases_citing,
    )

    refuse_pending_raises(session, document_id, actor, Text(TESTIMONY_WAS_ERASED))
    # The words go; what replaces them is a message (said in each reader's language), not English.
    erased = Text(REASON_ERASED).record()
    for change in session.scalars(select(ConsentChange).where(ConsentChange.document_id == document_id)):
        change.reason, change.reason_message = "", erased
        if change.decision_reason is not None:
            change.decision_reason, change.decision_message = None, erased
    for change in session.scalars(select(EmbargoChange).where(EmbargoChange.document_id == document_id)):
        change.reason, change.reason_message = "", erased
    mark = Text(ERASED_ON, {"date": Term(DATE_TERM, erasure.at.date().isoformat()), "request": erasure.id}).record()
    for basis in session.scalars(select(NamingBasis).where(NamingBasis.document_id == document_id)):
        if basis.note is not None or basis.note_message is not None:
            basis.note, basis.note_message = None, mark
        if basis.approval_reason is not None or basis.approval_message is not None:
            basis.approval_reason, basis.approval_message = None, mark
    withdraw_bases_citing(session, document_id, actor)


def erase_testimony(store, session: Session, document_id: int, actor: str, reason: str) -> None:
    """Destroy a confidential testimony's original and sealed content (see the module docstring).

    Raises InputError without a reason or while the testimony is not confidential (withdraw its
    consent first), NotFound for an unknown document.
    """
    if not (reason or "").strip():
        raise InputError("erasure needs a recorded reason")
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"no document {document_id}", value=document_id)
    testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
    if testimony is not None and testimony.consent != ConsentLevel.CONFIDENTIAL.value:
        raise InputError(f"document {document_id} is {testimony.consent}: make it confidential before erasing it")
    if is_erased(document):
        return
    erasure = store.audit(session, actor, "erase", "document", document_id)
    from guwah.publish import passages_quoting

    quoted = passages_quoting(session, document_id)  # read before the text goes
    fingerprint = document.fingerprint
    document.text, document.text_sha256, document.sha256 = "", ERASED, ERASED
    document.original_name = ERASED
    if document.source is not None:
        for field in ("title", "publisher", "url", "author", "licence"):
            setattr(document.source, field, None)
    if testimony is not None:
        testimony.consent_note = testimony.interviewer = None
        testimony.submitter = testimony.submitter_contact = None
        if testimony.witness is not None:
            testimony.witness.contact = None
    for event in session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document_id)):
        event.detail = {}
    for release in session.scalars(select(Release).where(Release.subject_type == "document",
                                                         Release.subject_id == document_id)):
        release.content, release.masks, release.extra_masks = {"erased": True}, [], []
        release.approval_reason = release.withdraw_reason = None
        if release.state in ("draft", "approved"):
            release.state = "withdrawn"
    session.execute(delete(SearchTerm).where(SearchTerm.document_id == document_id))
    _forget_change_reasons(session, document_id, actor, erasure)
    named_here = set(session.scalars(select(Event.facility_id).where(Event.evidence_document_id == document_id,
                                                                      Event.facility_id.is_not(None))))
    retire_erased_facts(session, document_id, actor)
    _forget_facilities_only_it_named(session, named_here)
    _forget_in_entry_releases(session, document_id)
    session.add(CustodyEvent(document_id=document_id, action=CustodyAction.ERASED.value, actor=actor,
                             detail={"reason": reason.strip(), **({ERASED_QUOTATIONS: quoted} if quoted else {})}))
    session.flush()
    # The file goes last: if the transaction failed before this point nothing was lost.
    store.blobs.destroy(fingerprint)
