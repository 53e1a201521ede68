"""Vocabulary shared by every layer: plain enums, no framework imports."""

from enum import StrEnum

# The largest number a database id can be (a signed 64-bit integer: SQLite INTEGER, PostgreSQL
# BIGINT); a larger one names nothing, and the drivers refuse to bind it (OverflowError).
MAX_ID = 2**63 - 1

# How a person's two kinds of number are written wherever people read them (CLI, workspace pages,
# release messages): a mention id (one person row, one document's person) and an entry number
# (one real person of the registry, gathering mentions).
MENTION_PREFIX, ENTRY_PREFIX = "M-", "E-"


def mention_label(person_id: int) -> str:
    """A mention id as printed: 12 -> "M-12"."""
    return f"{MENTION_PREFIX}{person_id}"


def entry_label(number: int) -> str:
    """An entry number as printed: 7 -> "E-7"."""
    return f"{ENTRY_PREFIX}{number}"


def subject_label(subject_type: str, number: int | None) -> str:
    """A release's subject as printed, by the number people type for it: ("entry", 7) -> "entry E-7",
    ("person", 12) -> "person M-12" (a mention), ("document", 3) -> "document 3"."""
    if number is None:
        return subject_type
    if subject_type == "entry":
        return f"entry {entry_label(number)}"
    if subject_type == "person":
        return f"person {mention_label(number)}"
    return f"{subject_type} {number}"


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


class Gender(StrEnum):
    """The values of a gender attribute, and of a spreadsheet's gender column once read
    (`guwah.link.mentions.parse_gender`): the one closed list the extractor, a reviewer and
    the linker share. As testimonies and lists state it; an unknown gender is no value."""

    MALE = "male"
    FEMALE = "female"


class AttributeName(StrEnum):
    """What a person attribute records. The extractor proposes gender, ethnicity, age, birth date
    and year, citizenship and role; a reviewer may also record the others."""

    GENDER = "gender"
    ETHNICITY = "ethnicity"
    HOMETOWN = "hometown"
    BIRTHPLACE = "birthplace"
    RESIDENCE = "residence"
    ROLE = "role"
    AGE = "age"
    AGE_AS_OF = "age_as_of"
    BIRTH_YEAR = "birth_year"
    BIRTH_DATE = "birth_date"
    CITIZENSHIP = "citizenship"
    OCCUPATION = "occupation"


# Attributes whose value names a place: stored with the gazetteer's place row where one is known
# (`PersonAttribute.place_id`), found by the public search's place facets.
PLACE_ATTRIBUTES = frozenset({AttributeName.HOMETOWN.value, AttributeName.BIRTHPLACE.value,
                              AttributeName.RESIDENCE.value})


class RelationType(StrEnum):
    """What a relative is to a person ("X is Y's brother"): the normalised kinship words of
    `guwah.extract.lexicon.KIN`, and the plural groups ("my parents") the extractor names."""

    FATHER = "father"
    MOTHER = "mother"
    BROTHER = "brother"
    SISTER = "sister"
    HUSBAND = "husband"
    WIFE = "wife"
    SON = "son"
    DAUGHTER = "daughter"
    UNCLE = "uncle"
    AUNT = "aunt"
    NEPHEW = "nephew"
    NIECE = "niece"
    COUSIN = "cousin"
    GRANDFATHER = "grandfather"
    GRANDMOTHER = "grandmother"
    GRANDSON = "grandson"
    GRANDDAUGHTER = "granddaughter"
    FATHER_IN_LAW = "father-in-law"
    MOTHER_IN_LAW = "mother-in-law"
    BROTHER_IN_LAW = "brother-in-law"
    SISTER_IN_LAW = "sister-in-law"
    SON_IN_LAW = "son-in-law"
    DAUGHTER_IN_LAW = "daughter-in-law"
    SPOUSE = "spouse"
    FIANCE = "fiance"
    FIANCEE = "fiancee"
    STEPSON = "stepson"
    STEPDAUGHTER = "stepdaughter"
    STEPFATHER = "stepfather"
    STEPMOTHER = "stepmother"
    PARENTS = "parents"
    BROTHERS = "brothers"
    SISTERS = "sisters"
    IN_LAWS = "in-laws"


class CustodyAction(StrEnum):
    """Events in the life of a stored document, kept in its custody log."""

    RECEIVED = "received"
    TEXT_EXTRACTED = "text_extracted"
    RE_EXTRACTED = "re_extracted"
    METADATA_ATTACHED = "metadata_attached"  # a sidecar attached after ingest (`guwah attach-sidecar`)
    EXPORTED = "exported"
    VERIFIED = "verified"
    ERASED = "erased"


class ReportStatus(StrEnum):
    """Where a family's report stands in the moderation queue."""

    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    CLOSED = "closed"
