"""The only place that decides what the public may see.

Public pages, the public API and public exports are built from the explicit `Public*` types
below, never by removing fields from internal records: a field added to the database stays
private until it is added here on purpose.

- A **public** testimony is published once any embargo has passed; its text goes through
  `guwah.redaction`, so people in it who did not consent to be named are masked.
- A **pseudonymous** testimony is published only as the redacted version a reviewer approved
  (`PublicRelease`), again passed through redaction, with no author, address or hash that could
  lead back to the witness.
- A **confidential** testimony never appears.
- Aggregate figures suppress any count below `SMALL_COUNT` (default 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from guwah.domain import ConsentLevel
from guwah.errors import ConsentRefused, InputError
from guwah.protection.keys import KeyRing
from guwah.redaction import apply_masks, masks_for
from guwah.storage.tables import Document, Event, PublicRelease, Testimony, ViolationCoding

SMALL_COUNT = 5


@dataclass(frozen=True)
class PublicDocument:
    id: int
    title: str
    consent: str
    publisher: str | None
    author: str | None
    url: str | None
    published_on: date | None
    licence: str | None
    language: str | None
    media_type: str | None
    sha256: str | None
    text: str


def _ring(session: Session) -> KeyRing:
    return session.info["guwah_ring"]


def _visible(today: date):
    not_embargoed = or_(Testimony.embargo_until.is_(None), Testimony.embargo_until <= today)
    released = and_(PublicRelease.approved_at.is_not(None))
    return not_embargoed & or_(
        Testimony.consent == ConsentLevel.PUBLIC.value,
        and_(Testimony.consent == ConsentLevel.PSEUDONYMOUS.value, released),
    )


def _query(today: date):
    return (
        select(Document, Testimony, PublicRelease)
        .join(Testimony, Testimony.document_id == Document.id)
        .outerjoin(PublicRelease, PublicRelease.document_id == Document.id)
        .where(_visible(today))
        .options(selectinload(Document.source))
    )


def _public(session: Session, document: Document, testimony: Testimony, release: PublicRelease | None) -> PublicDocument:
    # One look-up of the people the document names serves its title and its text.
    masks = masks_for(session, _ring(session), document.id)
    if testimony.consent == ConsentLevel.PUBLIC.value:
        source = document.source
        return PublicDocument(
            id=document.id, consent=testimony.consent,
            title=apply_masks(source.title if source and source.title else f"Document {document.id}", masks),
            publisher=source.publisher if source else None,
            author=source.author if source else None,
            url=source.url if source else None,
            published_on=source.published_on if source else None,
            licence=source.licence if source else None,
            language=document.language, media_type=document.media_type, sha256=document.sha256,
            text=apply_masks(document.text, masks),
        )
    # Pseudonymous: only what the reviewer released, nothing that leads back to the witness.
    return PublicDocument(
        id=document.id, consent=testimony.consent,
        title=apply_masks(release.redacted_title or f"Testimony {document.id}", masks),
        publisher=None, author=None, url=None, published_on=None, licence=None,
        language=document.language, media_type=None, sha256=None,
        text=apply_masks(release.redacted_text, masks),
    )


def public_documents(session: Session, today: date | None = None) -> list[PublicDocument]:
    """Every document the public may read, oldest first."""
    rows = session.execute(_query(today or date.today()).order_by(Document.id)).all()
    return [_public(session, *row) for row in rows]


def public_document(session: Session, document_id: int, today: date | None = None) -> PublicDocument:
    """One public document; ConsentRefused (shown as 'not found') for anything else."""
    row = session.execute(_query(today or date.today()).where(Document.id == document_id)).first()
    if row is None:
        raise ConsentRefused(f"no public document {document_id}")
    return _public(session, *row)


def suppress_small(count: int) -> int | str:
    """A count as the public may see it: small ones could single out a person."""
    return count if count >= SMALL_COUNT else f"fewer than {SMALL_COUNT}"


@dataclass(frozen=True)
class PublicFigures:
    testimonies: int | str
    events_by_type: dict[str, int | str]
    violations_by_code: dict[str, int | str]


def public_figures(session: Session) -> PublicFigures:
    """Aggregate counts over accepted facts, with small counts suppressed."""
    testimonies = session.scalar(select(func.count()).select_from(Testimony)) or 0
    events = session.execute(select(Event.event_type, func.count()).where(Event.review_state == "accepted")
                             .group_by(Event.event_type)).all()
    codes = session.execute(select(ViolationCoding.code, func.count(func.distinct(ViolationCoding.person_id)))
                            .where(ViolationCoding.review_state == "accepted").group_by(ViolationCoding.code)).all()
    return PublicFigures(
        testimonies=suppress_small(testimonies),
        events_by_type={kind: suppress_small(n) for kind, n in sorted(events)},
        violations_by_code={code: suppress_small(n) for code, n in sorted(codes)},
    )


# --- releasing a pseudonymous testimony -------------------------------------------------------

def propose_release(session: Session, document_id: int, extra_masks: list[str] = (), title: str | None = None) -> PublicRelease:
    """Draft the redacted text of a pseudonymous testimony for a reviewer to approve."""
    document = session.get(Document, document_id)
    if document is None or document.testimony is None:
        raise InputError(f"no testimony {document_id}")
    if document.testimony.consent != ConsentLevel.PSEUDONYMOUS.value:
        raise InputError(f"testimony {document_id} is {document.testimony.consent}; only pseudonymous "
                         "testimonies are released as redacted text")
    ring = _ring(session)
    masks = masks_for(session, ring, document_id, list(extra_masks))
    redacted_text = apply_masks(document.text, masks)
    redacted_title = apply_masks(title or "Testimony (pseudonymous)", masks)
    release = session.scalar(select(PublicRelease).where(PublicRelease.document_id == document_id))
    if release is None:
        release = PublicRelease(document_id=document_id, redacted_text=redacted_text)
        session.add(release)
    release.redacted_text, release.redacted_title = redacted_text, redacted_title
    release.approved_by = None
    release.approved_at = None  # any new draft needs a new approval
    session.flush()
    return release


def approve_release(session: Session, document_id: int, reviewer: str) -> PublicRelease:
    release = session.scalar(select(PublicRelease).where(PublicRelease.document_id == document_id))
    if release is None:
        raise InputError(f"testimony {document_id} has no redacted draft: propose one first")
    release.approved_by = reviewer
    release.approved_at = datetime.now(UTC)
    return release
