"""Vocabulary shared by every layer: plain enums, no framework imports."""

from enum import StrEnum

# The largest number a database id can be (a signed 64-bit integer: SQLite INTEGER, PostgreSQL
# BIGINT); a larger one names nothing, and the drivers refuse to bind it (OverflowError).
MAX_ID = 2**63 - 1


class ConsentLevel(StrEnum):
    """What the witness agreed may be shown. New records default to CONFIDENTIAL."""

    PUBLIC = "public"
    PSEUDONYMOUS = "pseudonymous"
    CONFIDENTIAL = "confidential"


class ReviewState(StrEnum):
    """Where an asserted fact stands with the human reviewers."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class AssertedByKind(StrEnum):
    """Who put a fact into the database: a person or an automatic extractor."""

    USER = "user"
    EXTRACTOR = "extractor"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class EventType(StrEnum):
    ARREST = "arrest"
    INTERROGATION = "interrogation"
    DETENTION = "detention"
    TRANSFER = "transfer"
    SENTENCING = "sentencing"
    RELEASE = "release"
    DEATH = "death"
    EXIT = "exit"
    RETURN = "return"
    DISAPPEARANCE = "disappearance"
    OTHER = "other"


class FacilityType(StrEnum):
    INTERNMENT_CAMP = "internment_camp"
    DETENTION_CENTRE = "detention_centre"
    PRISON = "prison"
    POLICE_STATION = "police_station"
    HOSPITAL_OR_CLINIC = "hospital_or_clinic"
    OTHER = "other"


class PersonRole(StrEnum):
    VICTIM = "victim"
    WITNESS = "witness"
    RELATIVE = "relative"
    OFFICIAL = "official"
    PERPETRATOR = "perpetrator"
    OTHER = "other"


class CustodyAction(StrEnum):
    """Events in the life of a stored document, kept in its custody log."""

    RECEIVED = "received"
    TEXT_EXTRACTED = "text_extracted"
    RE_EXTRACTED = "re_extracted"
    EXPORTED = "exported"
    VERIFIED = "verified"
    ERASED = "erased"


class ReportStatus(StrEnum):
    """Where a family's report stands in the moderation queue."""

    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    CLOSED = "closed"
