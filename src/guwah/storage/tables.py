"""The database schema: SQLAlchemy models for SQLite and PostgreSQL alike.

Three rules shape it:
- every asserted fact (attribute, name, event, coding, relation) carries its evidence (document
  and character span), who asserted it and its review state, through the `Asserted` mixin;
- consent lives on the rows it protects (testimony, person) and defaults to confidential;
- free text (testimony text, names, contacts, notes, titles) is stored sealed (`SealedText`):
  the database, its dumps and its write-ahead log hold only ciphertext.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship, validates

from guwah.domain import (
    AttributeName,
    ConsentLevel,
    DatePrecision,
    EventType,
    FacilityType,
    Gender,
    PersonRole,
    RelationType,
    ReportStatus,
    ReviewState,
)
from guwah.errors import InputError
from guwah.protection.sealing import SealedJSON, SealedText

# Stable constraint names so that migrations are identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ReadText(SealedText):
    """The text read from an original (`Document.text`), sealed, with every form feed (U+000C, a
    page break) read as a line break. Readers have made page breaks paragraph breaks since
    `guwah.ingest.readers.page_breaks_as_paragraphs`; texts stored before keep their form feeds, which
    would reach released texts and the open data. They are changed here, one character for one, so
    that the facts' evidence offsets into them stay where they were; the stored value, which its
    recorded hash covers, is untouched (`as_stored` reads it so). `guwah reread` reads an original
    again with today's readers while no fact cites its text."""

    cache_ok = True

    def process_result_value(self, value, dialect):
        text = super().process_result_value(value, dialect)
        return text.replace("\f", "\n") if text and "\f" in text else text


def as_stored(column):
    """A `ReadText` column read as stored, its form feeds kept: for the hash check and the backup."""
    from sqlalchemy import type_coerce

    return type_coerce(column, SealedText).label(column.key)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _values(enum) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


def _member(enum, value, what: str) -> str:
    """`value` if it names a member of `enum`, else InputError: the vocabulary is closed."""
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        article = "an" if what[0] in "aeiou" else "a"
        raise InputError(f"{value!r} is not {article} {what} (one of {allowed})", value=value) from None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Source(Base):
    """Where a document came from: publisher, address, author, dates, licence."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    publisher: Mapped[str | None] = mapped_column(SealedText)
    url: Mapped[str | None] = mapped_column(SealedText)
    author: Mapped[str | None] = mapped_column(SealedText)
    title: Mapped[str | None] = mapped_column(SealedText)
    published_on: Mapped[date | None] = mapped_column(Date)
    retrieved_on: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(35))
    licence: Mapped[str | None] = mapped_column(SealedText)


class Document(Base):
    """One original file, kept untouched in the blob store, and the text read from it."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The plain SHA-256 is sealed; lookups and the original's file name use a keyed hash of it,
    # so that a copied archive cannot confirm that a known document is in it.
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(SealedText)
    original_name: Mapped[str] = mapped_column(SealedText)
    media_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(ReadText)
    text_sha256: Mapped[str] = mapped_column(SealedText)
    text_encoding: Mapped[str | None] = mapped_column(String(50))
    language: Mapped[str | None] = mapped_column(String(35))
    # Page numbers (1-based) of PDF pages that had no text layer and need OCR.
    pages_needing_ocr: Mapped[list[int]] = mapped_column(JSON, default=list)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    source: Mapped[Source | None] = relationship()
    custody: Mapped[list[CustodyEvent]] = relationship(
        back_populates="document", order_by="CustodyEvent.id"
    )
    testimony: Mapped[Testimony | None] = relationship(
        back_populates="document", foreign_keys="Testimony.document_id", uselist=False
    )


class CustodyEvent(Base):
    """One event in a document's life (received, text extracted, exported, …)."""

    __tablename__ = "custody_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    detail: Mapped[dict] = mapped_column(SealedJSON, default=dict)

    document: Mapped[Document] = relationship(back_populates="custody")


class Testimony(Base):
    """A document as a witness's account, with the consent that governs it."""

    __tablename__ = "testimony"
    __test__ = False  # keeps pytest from mistaking the class for a test suite
    __table_args__ = (CheckConstraint(f"consent IN ({_values(ConsentLevel)})", name="consent"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), unique=True)
    witness_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    interview_date: Mapped[date | None] = mapped_column(Date)
    interviewer: Mapped[str | None] = mapped_column(SealedText)
    language: Mapped[str | None] = mapped_column(String(35))
    translation_of_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    consent: Mapped[str] = mapped_column(String(20), default=ConsentLevel.CONFIDENTIAL.value)
    consent_note: Mapped[str | None] = mapped_column(SealedText)
    # Who brought the testimony to the archive, and how to reach them (never published).
    submitter: Mapped[str | None] = mapped_column(SealedText)
    submitter_contact: Mapped[str | None] = mapped_column(SealedText)
    embargo_until: Mapped[date | None] = mapped_column(Date)

    document: Mapped[Document] = relationship(
        back_populates="testimony", foreign_keys=[document_id]
    )
    witness: Mapped[Person | None] = relationship()


class Person(Base):
    """Anyone a testimony names: victim, witness, relative, official."""

    __tablename__ = "person"
    __table_args__ = (CheckConstraint(f"consent IN ({_values(ConsentLevel)})", name="consent"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    consent: Mapped[str] = mapped_column(String(20), default=ConsentLevel.CONFIDENTIAL.value)
    # Whether `consent` is a decision someone recorded (a sidecar's witness consent, a withdrawal)
    # rather than the default of a mention extracted from a text (`guwah.registry.entry_consent`).
    consent_recorded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The registry entry this mention belongs to (see Entry); every person row is one mention.
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"), index=True)
    # How to reach a witness (phone, address, messenger): never published, sealed at rest.
    contact: Mapped[str | None] = mapped_column(SealedText)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    names: Mapped[list[PersonName]] = relationship(back_populates="person")
    attributes: Mapped[list[PersonAttribute]] = relationship(back_populates="person")
    entry: Mapped[Entry | None] = relationship(foreign_keys=[entry_id])


class Entry(Base):
    """A registry entry: one real person (or facility), gathering the mentions that name them.

    `number` is the stable, sequential entry number, never reused; a merged entry keeps its
    number and points at the survivor (`merged_into_id`), so old references still resolve.
    Entry numbers are internal: a public entry gets its own public number at its first release.
    """

    __tablename__ = "entry"
    __table_args__ = (
        CheckConstraint("kind IN ('person', 'facility')", name="kind"),
        UniqueConstraint("kind", "number", name="uq_entry_number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[int] = mapped_column(Integer)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LinkChange(Base):
    """One move of one mention between entries, and how it was made: the registry's history.

    Changes made by one act (a merge, a split, a linker run) share `operation`, so that act can be
    undone whole. `how` is "migration", "linker" (with score and version) or "reviewer".
    """

    __tablename__ = "link_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    operation: Mapped[int] = mapped_column(Integer, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    from_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    to_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    # For a merge or its undo, the entry whose `merged_into_id` changed, and to what.
    merged_from: Mapped[int | None] = mapped_column(Integer)
    merged_to: Mapped[int | None] = mapped_column(Integer)
    how: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(20))  # link, merge, split, undo
    score: Mapped[float | None]
    linker_version: Mapped[str | None] = mapped_column(String(50))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    # A merge made with --force over conflicting assertions: the fields that conflicted ("gender",
    # "birth_year"), on the merged entry's row; never their values (`guwah.registry.merge_conflicts`).
    conflicts: Mapped[list | None] = mapped_column(JSON)
    # Why a reviewer made the act (`guwah persons merge|split|undo --reason`; sealed), and the two
    # mentions [id, id] whose link made a merge: the linker's (its probability in `score`) or a "same"
    # judgement's. Both None before migration 0042 (`guwah export evidence` says so).
    reason: Mapped[str | None] = mapped_column(SealedText)
    pair: Mapped[list | None] = mapped_column(JSON)


class Judgement(Base):
    """A reviewer's verdict on whether two mentions are one person; kept forever, binding linkers."""

    __tablename__ = "judgement"
    __table_args__ = (CheckConstraint("verdict IN ('same', 'different', 'unsure')", name="verdict"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_a_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    person_b_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    verdict: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(SealedText)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # A "different" that a reviewer's registry act recorded between the sides it separated
    # (`guwah.registry.SEPARATING_ACTS`: "split", "undone"), and that act's operation; None for a
    # judgement given pair by pair. A later "same" across those sides lifts it (`separating_verdict`).
    act: Mapped[str | None] = mapped_column(String(20))
    operation: Mapped[int | None] = mapped_column(Integer, index=True)


class JudgementWithdrawal(Base):
    """A judgement taken back (`guwah persons undo` of a merge it made or bore out, or a merge past a
    split's or an undo's "different"): from then on it
    binds nothing, and the pair has no standing verdict until a reviewer judges it again. A new
    record: the judgement itself is kept as it was, forever."""

    __tablename__ = "judgement_withdrawal"
    id: Mapped[int] = mapped_column(primary_key=True)
    judgement_id: Mapped[int] = mapped_column(ForeignKey("judgement.id"), index=True)
    # The registry act whose undo withdrew it (`LinkChange.operation`), and the undo's own; both the
    # merge's for a split's or an undo's "different" that a merge joined past (`withdraw_passed_separations`).
    operation: Mapped[int] = mapped_column(Integer)
    undo_operation: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LinkCandidate(Base):
    """A pair of mentions the linker found possibly one person (between its review and auto-link
    thresholds): it waits for a reviewer's judgement, with the linker's reasons.

    One row per pair (person_a_id < person_b_id); a later link run refreshes an open pair's score
    and reasons; a judgement on the pair closes it and it is never queued again.
    """

    __tablename__ = "link_candidate"
    __table_args__ = (UniqueConstraint("person_a_id", "person_b_id", name="uq_link_candidate_pair"),
                      CheckConstraint("person_a_id < person_b_id", name="ordered"))
    id: Mapped[int] = mapped_column(primary_key=True)
    person_a_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    person_b_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    probability: Mapped[float]
    # [{"field": "name" | "gender" | ..., "level": "agrees" | "differs" | "missing" | ..., "detail": str}]
    # Levels and scores only, never the names themselves.
    reasons: Mapped[list] = mapped_column(JSON)
    linker: Mapped[str] = mapped_column(String(100))
    found_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    judgement_id: Mapped[int | None] = mapped_column(ForeignKey("judgement.id"))


class Place(Base):
    """A place known to the gazetteer (county, city, town, country)."""

    __tablename__ = "place"
    id: Mapped[int] = mapped_column(primary_key=True)
    gazetteer_id: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str | None] = mapped_column(String(50))
    lat: Mapped[float | None]
    lon: Mapped[float | None]


# The longest facility name stored, in characters (an imported row wider than this is refused).
FACILITY_NAME_CHARS = 500


class Facility(Base):
    """A detention site: camp, detention centre, prison, police station, hospital."""

    __tablename__ = "facility"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Sealed like every free-text name: a site named in a confidential testimony is confidential.
    # Imported sites' names (public data) are sealed too, one rule for the column; lookups go by
    # number and read names through the archive, so they never need them in clear (SECURITY.md).
    name: Mapped[str] = mapped_column(SealedText)
    facility_type: Mapped[str] = mapped_column(String(40))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    # Identifiers in other datasets, e.g. {"bfn": "106 B", "aspi_2020": "336"}.
    external_ids: Mapped[dict] = mapped_column(JSON, default=dict)
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)
    dataset: Mapped[str | None] = mapped_column(String(100))
    dataset_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    # The registry entry of this site (kind "facility"); several rows may share one after a merge.
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"), index=True)

    place: Mapped[Place | None] = relationship()
    entry: Mapped[Entry | None] = relationship(foreign_keys=[entry_id])

    @validates("facility_type")
    def _check_type(self, _key, value):
        return _member(FacilityType, value, "facility type")


class Asserted:
    """Columns every asserted fact carries: its evidence, its author and its review state."""

    @declared_attr
    def evidence_document_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("document.id"), index=True)

    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    asserted_by_kind: Mapped[str] = mapped_column(String(20))
    asserted_by: Mapped[str] = mapped_column(String(200))
    asserted_by_version: Mapped[str | None] = mapped_column(String(50))
    asserted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    review_state: Mapped[str] = mapped_column(String(20), default=ReviewState.PROPOSED.value)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Why a reviewer rejected or edited it ("edited into event:57"); sealed, never deleted.
    review_note: Mapped[str | None] = mapped_column(SealedText)
    # The corrected copy (same table) that stands in its place after `guwah.review.edit` rejected it;
    # None for a fact no edit replaced (`guwah.review.corrected_copy` reads it).
    corrected_id: Mapped[int | None] = mapped_column(Integer)

    @declared_attr
    def evidence_document(cls) -> Mapped[Document | None]:
        return relationship(foreign_keys=[cls.evidence_document_id])

    @declared_attr.directive
    def __table_args__(cls):
        return (
            CheckConstraint(f"review_state IN ({_values(ReviewState)})", name="review_state"),
            CheckConstraint(
                "(evidence_start IS NULL AND evidence_end IS NULL) OR "
                "(evidence_start >= 0 AND evidence_end > evidence_start)",
                name="evidence_span",
            ),
        )


class PersonName(Asserted, Base):
    """One written form of a person's name, with its script and language."""

    __tablename__ = "person_name"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    name: Mapped[str] = mapped_column(SealedText)
    script: Mapped[str | None] = mapped_column(String(10))  # ISO 15924: Latn, Cyrl, Arab, Hani
    language: Mapped[str | None] = mapped_column(String(35))  # BCP 47: ug, kk, ru, zh, en

    person: Mapped[Person] = relationship(back_populates="names")


# Attributes whose value is one of a closed list: (the list, what a value of it is called).
CLOSED_VALUES = {AttributeName.ROLE: (PersonRole, "role"), AttributeName.GENDER: (Gender, "gender")}


def _closed_value(attribute: str, value):
    """A closed attribute's value as stored, or InputError naming the list; a gender is read
    whatever its case ("Female" is stored female), as the public search's facets read it."""
    enum, what = CLOSED_VALUES[attribute]
    if attribute == AttributeName.GENDER and isinstance(value, str):
        value = value.strip().casefold()
    return _member(enum, value, what)


class PersonAttribute(Asserted, Base):
    """One attribute of a person: gender, ethnicity, birth year, hometown, … (`AttributeName`; a
    role's value is a `PersonRole`)."""

    __tablename__ = "person_attribute"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    attribute: Mapped[str] = mapped_column(String(50))
    value: Mapped[str] = mapped_column(SealedText)
    # For ranges ("born between 1975 and 1978") and dated statuses ("detained as of 2019-03").
    value_end: Mapped[str | None] = mapped_column(SealedText)
    as_of: Mapped[str | None] = mapped_column(String(10))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))

    person: Mapped[Person] = relationship(back_populates="attributes")

    @validates("attribute")
    def _check_attribute(self, _key, value):
        value = _member(AttributeName, value, "person attribute")
        if value in CLOSED_VALUES and self.value is not None:
            closed = _closed_value(value, self.value)
            if closed != self.value:
                self.value = closed
        return value

    @validates("value")
    def _check_value(self, _key, value):
        if self.attribute in CLOSED_VALUES:
            return _closed_value(self.attribute, value)
        return value


class Event(Asserted, Base):
    """Something that happened to a person: arrest, detention, transfer, release, …"""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_type: Mapped[str] = mapped_column(String(30))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    # ISO prefix at the stated precision: "2017-03-26", "2017-03" or "2017".
    date_value: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(5))
    end_date_value: Mapped[str | None] = mapped_column(String(10))
    end_date_precision: Mapped[str | None] = mapped_column(String(5))

    @validates("event_type")
    def _check_type(self, _key, value):
        return _member(EventType, value, "event type")

    @validates("date_precision", "end_date_precision")
    def _check_precision(self, _key, value):
        return None if value is None else _member(DatePrecision, value, "date precision")


class ConflictJudgement(Base):
    """A reviewer's judgement on two accepted events an entry's timeline marks as conflicting
    (`guwah.registry.timeline.judge_conflict`); kept forever, the latest on a pair standing.

    verdict: "two_events" (both happened), "one_wrong" (`wrong_event_id` is the wrong account,
    rejected through `guwah.review`) or "cannot_tell"; the pair is stored lower event id first."""

    __tablename__ = "conflict_judgement"
    __table_args__ = (CheckConstraint("verdict IN ('two_events', 'one_wrong', 'cannot_tell')", name="verdict"),
                      CheckConstraint("event_a_id < event_b_id", name="ordered"))
    id: Mapped[int] = mapped_column(primary_key=True)
    event_a_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    event_b_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    verdict: Mapped[str] = mapped_column(String(20))
    wrong_event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))
    reason: Mapped[str] = mapped_column(SealedText)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ViolationCoding(Asserted, Base):
    """A violation code (from violations.yaml) attributed to the person it happened to."""

    __tablename__ = "violation_coding"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    code: Mapped[str] = mapped_column(String(100))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))

    @validates("code")
    def _check_code(self, _key, value):
        from guwah.vocab import violation_codes

        if value not in violation_codes():
            raise InputError(f"{value!r} is not a code of the violations vocabulary", value=value)
        return value


class ReviewHistory(Base):
    """A review decision that a later one replaced: what a fact's review columns held before it was
    reopened or reassigned, kept for ever (`guwah.review`)."""

    __tablename__ = "review_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # name, attribute, event, violation, relation
    fact_id: Mapped[int] = mapped_column(Integer, index=True)
    state: Mapped[str] = mapped_column(String(20))
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    review_note: Mapped[str | None] = mapped_column(SealedText)
    # What replaced it ("reopened", "reassigned"), by whom, when and why.
    replaced_by_step: Mapped[str] = mapped_column(String(20))
    replaced_by: Mapped[str] = mapped_column(String(200))
    replaced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reason: Mapped[str] = mapped_column(SealedText)


class FactReassignment(Base):
    """A fact moved from one person (mention) to another (`guwah.review.reassign`): the original
    `fact_id` (rejected, kept) and its `copy_id` (asserted for the other person), who moved it, when,
    from whom and to whom; kept for ever. The record the evidence file reads a fact's earlier
    person from (the audit log witnesses the move; it is not the data model). Migration 0040 filled it
    from the audit entries of the moves made before it."""

    __tablename__ = "fact_reassignment"
    __table_args__ = (UniqueConstraint("kind", "copy_id", name="uq_fact_reassignment_copy"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # event, violation (`guwah.review.REASSIGNABLE`)
    fact_id: Mapped[int] = mapped_column(Integer, index=True)
    copy_id: Mapped[int] = mapped_column(Integer)
    from_person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    to_person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FactAddition(Base):
    """A fact a reviewer added (`guwah.review.addition.add_fact`, `guwah review add`): the fact, the
    document it cites, who added it and when; kept for ever. The record the evidence file reads a
    fact's origin "added by a reviewer" from once a second reviewer's acceptance cleared its note (the
    audit log witnesses the addition; it is not the data model). Migration 0043 filled it from the
    audit entries of the additions made before it."""

    __tablename__ = "fact_addition"
    __table_args__ = (UniqueConstraint("kind", "fact_id", name="uq_fact_addition_fact"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # name, attribute, event, violation, relation
    fact_id: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Relation(Asserted, Base):
    """`relative` is `person`'s `relation` (brother, wife, …: a `RelationType`)."""

    __tablename__ = "relation"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    relative_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    relation: Mapped[str] = mapped_column(String(50))

    @validates("relation")
    def _check_relation(self, _key, value):
        return _member(RelationType, value, "relation")


class ExtractionRun(Base):
    """One run of one extractor version over one document, so that re-running is a no-op."""

    __tablename__ = "extraction_run"
    __table_args__ = (UniqueConstraint("document_id", "extractor", "version", name="uq_extraction_run"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    extractor: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(50))
    ran_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # How many facts of each kind the run proposed, e.g. {"persons": 4, "events": 7}.
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


class UserAccount(Base):
    """Someone who logs in. The public needs no account."""

    __tablename__ = "user_account"
    __table_args__ = (CheckConstraint("role IN ('viewer', 'editor', 'admin')", name="role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id
    role: Mapped[str] = mapped_column(String(20))
    totp_secret: Mapped[str | None] = mapped_column(SealedText)
    totp_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # The last 30-second step whose code was accepted: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    # Wrong second-factor codes, counted apart: a right password must not reset them.
    second_factor_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebSession(Base):
    """A logged-in browser. Only a hash of the cookie's token is stored."""

    __tablename__ = "web_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    second_factor_passed: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[UserAccount] = relationship()


class ApiToken(Base):
    """A token for scripts calling the API as a user. Only its hash is stored."""

    __tablename__ = "api_token"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[UserAccount] = relationship()


class AuditEntry(Base):
    """One link of the append-only, keyed hash chain of reads, searches, exports and changes.

    `detail` names records and counts, never confidential content.
    """

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # 1, 2, 3, … no gaps
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50))
    record_type: Mapped[str | None] = mapped_column(String(50))
    record_id: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    mac: Mapped[str] = mapped_column(String(64))


class SearchTerm(Base):
    """Blind search index: keyed hashes of a document's words, never the words themselves."""

    __tablename__ = "search_term"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    term: Mapped[str] = mapped_column(String(32), index=True)


class Boilerplate(Base):
    """A passage an organisation puts in many testimonies (an intake template's consent paragraph, a
    standard header), registered so that sharing it is no evidence that one text copies or quotes
    another (`guwah.registry.corroboration.boilerplate`)."""

    __tablename__ = "boilerplate"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(SealedText)
    registered_by: Mapped[str] = mapped_column(String(200))
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Release(Base):
    """A frozen, redacted snapshot of exactly what the public sees of one subject.

    Nothing reaches the public site, the public API or the open data except through an
    approved release. `subject_type` is "document" now and "entry" for registry entries later.
    Versions of one subject follow each other: a new draft hides nothing already approved until
    it is approved itself, and then supersedes it.
    """

    __tablename__ = "release_snapshot"
    __table_args__ = (
        CheckConstraint("state IN ('draft', 'approved', 'superseded', 'withdrawn')", name="state"),
        UniqueConstraint("subject_type", "subject_id", "version", name="uq_release_version"),
        # Counting and paging approved entries reads this, not the sealed content.
        Index("ix_release_snapshot_subject_type_state", "subject_type", "state", "subject_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    # The public fields exactly as shown ({"title": …, "text": …, "author": …}), and the masks
    # applied ([{"field", "start", "end", "kind"}]) so a reviewer sees every one highlighted.
    content: Mapped[dict] = mapped_column(SealedJSON)
    masks: Mapped[list] = mapped_column(SealedJSON, default=list)
    # Details the drafter asked to mask, kept so that a redraft masks them again.
    extra_masks: Mapped[list] = mapped_column(SealedJSON, default=list)
    # The public title a reviewer chose for a testimony that is not pseudonymous (`--title`, the draft
    # form's field), so that checks and redrafts follow it rather than the source's; None: the source's.
    chosen_title: Mapped[str | None] = mapped_column(SealedText)
    drafted_by: Mapped[str] = mapped_column(String(200))
    drafted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # "second_reviewer", or "single_reviewer" (a one-person group's setting) with its reason.
    approval_basis: Mapped[str | None] = mapped_column(String(30))
    # Why it was approved: a person's own words (`guwah release approve --reason`) in `approval_reason`; a
    # step's fixed reason (an undo putting it back) as its `guwah.errors.Text.record` in `approval_message`.
    approval_reason: Mapped[str | None] = mapped_column(SealedText)
    approval_message: Mapped[dict | None] = mapped_column(SealedJSON)
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Why it came down: a person's own words (`guwah release withdraw --reason`) in `withdraw_reason`;
    # a step's fixed reason as the message it was written from, `guwah.errors.Text.record` ({"message":
    # its English template, "values": ids and codes}), in `withdraw_message`, said in each reader's language.
    withdraw_reason: Mapped[str | None] = mapped_column(SealedText)
    withdraw_message: Mapped[dict | None] = mapped_column(SealedJSON)
    # When the release check took it down and could draft nothing in its place: what stops it, as the
    # publication gate said it (a `guwah.errors.Text.record`, by ids, never a name); None otherwise.
    refused: Mapped[dict | None] = mapped_column(SealedJSON)
    # The registry act (link_change.operation: a merge, split or link run) whose change took it
    # down; undoing that act puts this release back up if it shows exactly what it showed.
    withdrawn_for_operation: Mapped[int | None] = mapped_column(Integer)
    # An entry's, from its approval: each source link's passage as approved, frozen against the
    # document release it was approved with (`guwah.publish.freeze_passages`): {"documents":
    # {public number: document release id}, "facts": {section: [[{"source", "start", "end"}], …]}}.
    # None for a document's release, and for an entry's approved before passages were kept.
    passages: Mapped[dict | None] = mapped_column(SealedJSON)


class PublicNumber(Base):
    """The number the public knows a subject by, given when it first becomes public (an entry at
    its first approved release, a document when that release is also out of embargo:
    `guwah.publish.number_public_documents`); never given again nor changed.

    Internal ids count every ingest; public numbers count only what was released, so their
    gaps reveal nothing about non-public material.
    """

    __tablename__ = "public_number"
    __table_args__ = (
        UniqueConstraint("subject_type", "subject_id", name="uq_public_number_subject"),
        UniqueConstraint("subject_type", "number", name="uq_public_number_number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)


class NamingBasis(Base):
    """The recorded reason a person may be shown by name; without an approved one, withheld."""

    __tablename__ = "naming_basis"
    __table_args__ = (
        CheckConstraint("basis IN ('own_consent', 'reporting_relative', 'public_role', 'already_named')",
                        name="basis"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    basis: Mapped[str] = mapped_column(String(30))
    # A person's words in `note` (and `approval_reason`); what an erasure left in their place, as its
    # `guwah.errors.Text.record` in `note_message` (`approval_message`), the words then None.
    note: Mapped[str | None] = mapped_column(SealedText)
    note_message: Mapped[dict | None] = mapped_column(SealedJSON)
    # The testimony that carries the consent or the earlier naming, where there is one.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    proposed_by: Mapped[str] = mapped_column(String(200))
    proposed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approval_basis: Mapped[str | None] = mapped_column(String(30))
    approval_reason: Mapped[str | None] = mapped_column(SealedText)
    approval_message: Mapped[dict | None] = mapped_column(SealedJSON)
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The approving reviewer confirmed that the person's whole name may be shown where it shares a
    # part with the withheld witness of a pseudonymous testimony (`guwah.publish.shared_witness_parts`);
    # without it that part stays masked there.
    shows_shared_name: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ConsentChange(Base):
    """A request to raise a testimony's consent, waiting for a second reviewer."""

    __tablename__ = "consent_change"
    __table_args__ = (CheckConstraint("state IN ('pending', 'approved', 'refused')", name="state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    old: Mapped[str] = mapped_column(String(20))
    new: Mapped[str] = mapped_column(String(20))
    # A person's words in `reason` (and `decision_reason`); a step's fixed reason (an erasure's) as its
    # `guwah.errors.Text.record` in `reason_message` (`decision_message`), the words then empty (None).
    reason: Mapped[str] = mapped_column(SealedText)
    reason_message: Mapped[dict | None] = mapped_column(SealedJSON)
    requested_by: Mapped[str] = mapped_column(String(200))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decision_basis: Mapped[str | None] = mapped_column(String(30))
    decision_reason: Mapped[str | None] = mapped_column(SealedText)
    decision_message: Mapped[dict | None] = mapped_column(SealedJSON)


class EmbargoChange(Base):
    """A testimony's embargo shortened or lifted (`guwah.releases.set_embargo`, the admin role):
    it publishes sooner than the witness asked, so the written reason is kept, sealed, and the
    audit entry names this row. `new` is None for a lifted embargo."""

    __tablename__ = "embargo_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    old: Mapped[date] = mapped_column(Date)
    new: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(SealedText)  # a person's words; empty when `reason_message` holds it
    reason_message: Mapped[dict | None] = mapped_column(SealedJSON)  # as ConsentChange's
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FamilyReport(Base):
    """A detained or missing person reported through the public form, waiting for moderation.

    Nothing in it is public. Every free-text field is sealed; the reporter's contact is read only
    through `guwah.reports.read_contact` (audited). The reporter checks the status with the
    reference and a secret of which only an argon2id hash is kept.
    """

    __tablename__ = "family_report"
    __table_args__ = (CheckConstraint(f"status IN ({_values(ReportStatus)})", name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # Random, not sequential: a reference says nothing about how many reports there are.
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(200))  # argon2id
    status: Mapped[str] = mapped_column(String(20), default=ReportStatus.RECEIVED.value)
    names: Mapped[list] = mapped_column(SealedJSON)  # one or more, any script
    birth_year: Mapped[int | None] = mapped_column(Integer)
    hometown: Mapped[str | None] = mapped_column(SealedText)
    last_seen_when: Mapped[str | None] = mapped_column(SealedText)
    last_seen_where: Mapped[str | None] = mapped_column(SealedText)
    relation: Mapped[str | None] = mapped_column(SealedText)  # the reporter's, to the person
    contact: Mapped[str | None] = mapped_column(SealedText)
    what_happened: Mapped[str | None] = mapped_column(SealedText)  # the reporter's account, several lines
    # The document the report became when an editor took it (`guwah.reports.take_report`); the row
    # itself stays as received, the document's provenance. Taken once: unique.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --- the public search index ----------------------------------------------------------------------
# Built only from approved releases (guwah.search.public), kept current in the commit that
# approves or withdraws one; it holds nothing a release does not already show, so it is stored
# in the clear. Rows are keyed by public entry or document number, never an internal id.

class PublicSearchSpelling(Base):
    """One released spelling of a person's name, stored once however many entries share it."""

    __tablename__ = "public_search_spelling"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)
    # What the name matcher needs of it, made once (`guwah.names.compare.prepared_text`).
    forms: Mapped[str | None] = mapped_column(Text, nullable=True)


class PublicSearchKey(Base):
    """A name blocking key (`guwah.names.name_keys`) of a released spelling."""

    __tablename__ = "public_search_key"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    spelling_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class PublicSearchName(Base):
    """A released person entry that has this spelling among its names."""

    __tablename__ = "public_search_name"
    spelling_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class PublicSearchPart(Base):
    """One word of a released spelling of more than one word (a given name, a family name, a
    nickname), stored once: a search for a given name alone finds the entries through it."""

    __tablename__ = "public_search_part"
    id: Mapped[int] = mapped_column(primary_key=True)
    part: Mapped[str] = mapped_column(String(200), unique=True)
    # What the name matcher needs of it, made once (`guwah.names.compare.prepared_text`).
    forms: Mapped[str | None] = mapped_column(Text, nullable=True)


class PublicSearchPartKey(Base):
    """A name blocking key (`guwah.names.name_keys`) of a released name part."""

    __tablename__ = "public_search_part_key"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    part_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class PublicSearchPartName(Base):
    """A released person entry that has this part in one of its spellings."""

    __tablename__ = "public_search_part_name"
    part_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class PublicSearchFacet(Base):
    """One facet value of a released person entry (gender, status, county, year of detention, …)."""

    __tablename__ = "public_search_facet"
    # The key serves filters (facet, value → numbers); the covering index serves counts (numbers → values).
    __table_args__ = (Index("ix_public_search_facet_number_facet", "number", "facet", "value"),)
    facet: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)


class PublicSearchCard(Base):
    """What the public search page and API show of one released person entry (its public card):
    exactly the approved release's public fields (`guwah.search.public.CARD_FIELDS`), as JSON.

    Not sealed per value, by decision (docs/benchmarks.md, "Sixth round"): it is what the public
    site already publishes, written in the commit that approves the release and deleted in the one
    that withdraws or supersedes it (on SQLite the whole file is still encrypted by SQLCipher).
    A search reads it instead of opening the release's sealed content."""

    __tablename__ = "public_search_card"
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    card: Mapped[str] = mapped_column(Text)


class PublicSearchWord(Base):
    """A folded word stem of a released testimony (its released, redacted title and text), or
    one of its readings in Latin letters (`guwah.search.word_forms`)."""

    __tablename__ = "public_search_word"
    word: Mapped[str] = mapped_column(String(200), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class PublicSearchVersion(Base):
    """The version of the public search index (one row): raised in every commit that changes
    which entries it holds, so that each server process knows when its in-memory facet table
    (`guwah.search.public.FacetTable`) is out of date; and the stamp of the code that made its rows
    (`guwah.search.public.index_stamp`), which decides whether opening the archive builds it again."""

    __tablename__ = "public_search_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # None: not built by a version that stamps it (built again on the next open: `ensure_index`).
    stamp: Mapped[str | None] = mapped_column(String(40), nullable=True)


class PublicSearchChange(Base):
    """A released person entry whose index rows changed at this index version (number 0: every
    entry, as a whole rebuild writes), so that a process holding a facet table of an older version
    reads only the entries changed since (`guwah.search.public.facet_table`)."""

    __tablename__ = "public_search_change"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)


class ArchiveSetting(Base):
    """A setting of this archive's way of working that an admin changes (`guwah.policy`: the names,
    defaults and meanings, `guwah settings set`), unlike the server's GUWAH_* variables: it travels
    with the archive and every change is audited. A name with no row has its default."""

    __tablename__ = "archive_setting"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(50))
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PublicSearchState(Base):
    """A request to build the public search index whole (migration 0010 leaves one where an
    archive already has approved releases); the build removes it."""

    __tablename__ = "public_search_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    built_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
