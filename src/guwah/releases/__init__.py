"""Publication as a reviewed act: releases, naming bases and consent changes.

- A **release** freezes what the public sees of a document (`guwah.publish.draft_content`).
  It is drafted by one editor and approved by another (or, where the group has set
  GUWAH_SINGLE_REVIEWER=1, by the same person with a written reason; the audit says which).
  A new draft hides nothing already approved until it is approved itself.
- **Frozen, but never stale.** At every commit that touches people, names, naming bases,
  testimonies or texts, each approved release is redrafted; one whose public form would change
  (a name in it became withheld, a consent was lowered, a basis withdrawn) is withdrawn at once
  and a new draft waits for review.
- A **naming basis** (own consent, a reporting relative's consent, a public role, already named in
  a released document) lets a person be shown by name once a reviewer approved it.
- **Consent changes.** Lowering consent applies at once (and withdraws releases). Raising it needs
  a written reason and a second reviewer's approval; even then it only makes a draft possible.

Every step is audited (who, which record, never the content).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

import regex
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from guwah.cache import LRU
from guwah.domain import MAX_ID, ConsentLevel, ReviewState, entry_label, mention_label, subject_label
from guwah.errors import N_, ConsentRefused, InputError, N_plural, NotFound, ReviewRequired, Term, Text
from guwah.publish import (
    DOCUMENT,
    ENTRY,
    FACILITIES_CHANGED,
    FACILITY,
    OWN_WORD,
    REDRAFTING,
    SOURCE_CONFIDENTIAL,
    SOURCE_HIDES_NAME,
    SOURCE_MASKS_NAME,
    SOURCE_OWN_ACCOUNT,
    SOURCE_TELLS_WITNESS,
    SOURCE_UNRELEASED,
    SYSTEM,
    UnreadName,
    archive_masking,
    citations_telling_witness,
    draft_content,
    effective_consent,
    entry_content,
    entry_sources,
    mentions_as_of,
    named_person_ids,
    names_after_basis,
    names_were_read,
    number_public_documents,
    number_public_facilities,
    pseudonymous_witness_mentions,
    quotation_index,
    refusal_of,
    relatives_telling_witness,
    reported_by_witness,
    shared_passages,
    shared_witness_parts,
    status_sources,
    stricter,
    testimonies_sharing_name,
    unread_names,
)
from guwah.publish import today as publish_today
from guwah.redaction import MASK_OPTION, detail_refusal
from guwah.registry import FACILITY as FACILITY_KIND
from guwah.search.public import bump_version, sync_pending
from guwah.storage import hold_for_decision
from guwah.storage.tables import (
    Boilerplate,
    ConsentChange,
    Document,
    EmbargoChange,
    Entry,
    Event,
    Facility,
    NamingBasis,
    Person,
    PersonAttribute,
    PersonName,
    Place,
    PublicNumber,
    Release,
    Source,
    Testimony,
    ViolationCoding,
)

BASES = ("own_consent", "reporting_relative", "public_role", "already_named")
# Changes to rows of these kinds can change what an approved release would show.
# Facility rows and entries too: an entry's release names the public facility of each event.
# A boilerplate passage too: registering or removing one changes which texts copy or quote which.
_WATCHED = (Person, PersonName, NamingBasis, Testimony, Document, Source, Event, PersonAttribute,
            ViolationCoding, Release, Facility, Entry, Boilerplate)


def _now() -> datetime:
    return datetime.now(UTC)


def _store(session: Session):
    return session.info["guwah_store"]


def _audit(session: Session, actor: str, action: str, record_type: str, record_id, **detail) -> None:
    # An entry goes by its registry number, as merges, splits and reads record it, not its row id.
    if record_type == ENTRY:
        record_id = subject_number(session, ENTRY, record_id)
    _store(session).audit(session, actor, action, record_type, record_id, **detail)


def same_actor(a: str, b: str) -> bool:
    """Whether two actor names are one person's: compared trimmed and case-folded ("Amina " = "amina")."""
    from guwah.names.inflection import fold

    return fold(" ".join(a.split())) == fold(" ".join(b.split()))


# Where an approver gives a written reason (the CLI's option, the approval form's field on a page) and
# what lets one person approve their own work (the server's setting): Terms, so that a refusal names
# each as its reader can act on it (`guwah.web.labels`, as MASK_OPTION and TITLE_OPTION).
REASON_OPTION = Term("reason_option", "--reason")
SINGLE_REVIEWER_SETTING = Term("single_reviewer_setting", "GUWAH_SINGLE_REVIEWER=1")
# The command that drafts a subject again by hand (`redraft_command`), as a refusal names it: on a page,
# the release page's "Draft it again" button (`guwah.web.labels`: any command of the kind).
REDRAFT_COMMAND = "redraft_command"


def _second_reviewer(session: Session, author: str, reviewer: str, reason: str | None, what: Text,
                     again: str = "guwah release propose") -> str:
    """How an approval stands: "second_reviewer", or "single_reviewer" where the group allows it.

    The one two-reviewer rule (releases, naming bases, consent raises). Two names are two reviewers
    because each names a person: an account (the web's login; the CLI's GUWAH_ACTOR once the archive
    has accounts), or, in an archive with none, the system login running the command
    (`guwah.accounts.check_cli_actor` refuses any other name for these steps).

    `what`: the subject decided, as a Text ("release 4"); `again`: the command that drafts the
    subject again by hand (`redraft_command`).
    Raises ReviewRequired when the author approves their own work without that setting or reason.
    """
    if author == SYSTEM:
        raise ReviewRequired(Text(N_("%(what)s was redrafted automatically: draft it again yourself (%(again)s), so "
                                     "that a second reviewer checks what you chose to mask"),
                                  {"what": what, "again": Term(REDRAFT_COMMAND, again)}))
    if same_actor(reviewer, author) is False:
        return "second_reviewer"
    if not _store(session).settings.single_reviewer:
        raise ReviewRequired(Text(N_("%(what)s was drafted by %(author)s: another editor or admin must approve it "
                                     "(a one-person group sets %(setting)s and gives a reason)"),
                                  {"what": what, "author": author, "setting": SINGLE_REVIEWER_SETTING}))
    if not (reason or "").strip():
        raise ReviewRequired(Text(N_("approving your own %(what)s needs a written reason (%(option)s)"),
                                  {"what": what, "option": REASON_OPTION}))
    return "single_reviewer"


# --- releases ---------------------------------------------------------------------------------------

def releases_of(session: Session, subject_id: int, subject_type: str = DOCUMENT) -> list[Release]:
    return list(session.scalars(select(Release).where(Release.subject_type == subject_type,
                                                      Release.subject_id == subject_id).order_by(Release.version)))


def waiting_drafts(session: Session, subject_id: int, subject_type: str = DOCUMENT) -> list[int]:
    """Ids of the subject's drafts waiting for review, oldest first: what a person's
    `withdraw_release` cancels (marks superseded), which `release withdraw` says."""
    return [release.id for release in releases_of(session, subject_id, subject_type) if release.state == "draft"]


# What a person's withdrawal says of each draft it cancelled (`waiting_drafts`): in a terminal
# (`release withdraw`), with the command that drafts the testimony again, and on the document page
# (the workspace's withdraw form), with the form that does (`draft_cancelled`).
DRAFT_CANCELLED = ("Draft %(draft)s, which was waiting for review, was cancelled with it (marked superseded): to put "
                   "the testimony back later, draft it again with `guwah release propose %(document)s`.")  # a terminal's
DRAFT_CANCELLED_PAGE = N_("Draft %(draft)s, which was waiting for review, was cancelled with it (marked superseded): "
                          "to put the testimony back later, draft it again with the release form below.")


def draft_cancelled(draft: int, document_id: int, *, page: bool = False) -> Text:
    """What a withdrawal of document `document_id` says of its waiting draft `draft` that it
    cancelled: DRAFT_CANCELLED, or DRAFT_CANCELLED_PAGE on a `page`."""
    return Text(DRAFT_CANCELLED_PAGE if page else DRAFT_CANCELLED, {"draft": draft, "document": document_id})


def cancelled_drafts_told(session: Session, document_id: int, told: list[int]) -> list[int]:
    """The drafts of `told` (ids a withdraw form's redirect carries, `waiting_drafts` before the
    withdrawal) that are this document's and cancelled (superseded) now, in the order told: a page
    says only those, never a release of another subject or one drafted again since."""
    rows = {release.id: release for release in releases_of(session, document_id) if release.state == "superseded"}
    return [draft for draft in dict.fromkeys(told) if draft in rows]


def current_release(session: Session, subject_id: int, state: str = "approved",
                    subject_type: str = DOCUMENT) -> Release | None:
    return session.scalar(select(Release).where(Release.subject_type == subject_type,
                                                Release.subject_id == subject_id,
                                                Release.state == state).order_by(Release.version.desc()))


def _content(session: Session, subject_type: str, subject_id: int, details: list[str],
             title: str | None, index=None, withheld: frozenset[int] = frozenset(),
             quotations=None) -> tuple[dict, list]:
    """What a release of this subject would show today (raises ConsentRefused if nothing may be);
    an entry's facts from the documents in `withheld` count as not public. `index`, `quotations`: the
    archive's masks and `publish.quotation_index`, built once by a caller checking many releases."""
    if subject_type == ENTRY:
        return entry_content(session, subject_id, index, withheld), []
    return draft_content(session, subject_id, details, title, index, quotations)


def get_release(session: Session, release_id: int) -> Release:
    release = session.get(Release, release_id)
    if release is None:
        raise NotFound(f"no release {release_id}", value=release_id)
    return release


def draft_release(session: Session, document_id: int, actor: str, details: list[str] | None = None,
                  title: str | None = None, subject_type: str = DOCUMENT, mask_entry_details: bool = False) -> Release:
    """Draft a release of a document for review; the approved one (if any) stays up meanwhile.

    Args:
        details: further details to mask (a village, a date); None keeps the previous draft's.
        title: the public title (a pseudonymous testimony's default is neutral).
        mask_entry_details: mask too every detail this draft would show that matches a withheld person's
            public or drafted entry (`entry_details_shown`), as further details (withheld, not coarsened).
    Raises:
        ConsentRefused: the document or the original it translates is confidential.
        InputError: a detail is empty, too short or only common words (`guwah.redaction.detail_refusal`);
            the title is empty or holds a control or text-direction character.
    """
    if details is not None:
        # A redraft the system makes keeps what a reviewer approved before, under whatever rule then held.
        refusals = [detail_refusal(detail) for detail in details if actor != SYSTEM or not str(detail).strip()]
        if refusal := next(filter(None, refusals), None):
            raise InputError(refusal)
    if title is not None and actor != SYSTEM:  # a redraft keeps the title a reviewer approved before
        _check_title(title)
    if details and subject_type == DOCUMENT:
        _refuse_absent_details(session, document_id, details, title)
    previous = releases_of(session, document_id, subject_type)
    if details is None:
        details = list(previous[-1].extra_masks) if previous else []
    # A title not given now is carried over: the earlier draft's choice (`_chosen_title`), or the one a
    # redraft the system makes passes on.
    carried = title is None or actor == SYSTEM
    if title is None and previous:
        title = _chosen_title(previous[-1])
    content, masks = _content(session, subject_type, document_id, details, title)
    pseudonymous = content.get("consent") == ConsentLevel.PSEUDONYMOUS.value
    if pseudonymous and carried and title is not None and title not in {
            old.content.get("title") for old in previous if old.content.get("consent") == ConsentLevel.PSEUDONYMOUS.value}:
        # A title chosen while the testimony was public never follows it under a pseudonym (it may lead back
        # to the witness): the neutral title, unless a drafter chooses one for the pseudonymous release.
        title = None
        content, masks = _content(session, subject_type, document_id, details, title)
    if mask_entry_details and subject_type == DOCUMENT:
        trial = Release(subject_type=subject_type, subject_id=document_id, content=content, masks=masks)
        added = [words for words in entry_details_to_mask(session, trial) if words not in details]
        if added:
            details = [*details, *added]
            content, masks = _content(session, subject_type, document_id, details, title)
    if subject_type == DOCUMENT:
        _refuse_unread_names(session, document_id, content)
    for old in previous:
        if old.state == "draft":
            old.state = "superseded"
    release = Release(subject_type=subject_type, subject_id=document_id,
                      version=(previous[-1].version + 1) if previous else 1, state="draft",
                      content=content, masks=masks, extra_masks=list(details),
                      chosen_title=None if pseudonymous or subject_type != DOCUMENT else title,
                      drafted_by=actor, drafted_at=_now())
    session.add(release)
    session.flush()
    _audit(session, actor, "release", subject_type, document_id, step="drafted", release=release.id,
           version=release.version, masks=len(masks))
    return release


# The fields of a document release the public reads as text (what a mask must hide).
_SHOWN_FIELDS = ("text", "title", "publisher", "author", "url", "licence")


def counties_still_named(release: Release) -> list[tuple[int, str]]:
    """The counties a drafted document release still names around a place it masks: (the masked
    detail's number in `release.extra_masks`, from 1; the county's display name), read from its
    shown text fields by `redaction.counties_left`. A note for the drafter; nothing is refused."""
    from guwah.redaction import counties_left

    shown = [value for key in _SHOWN_FIELDS if isinstance(value := release.content.get(key), str)]
    return counties_left(shown, list(release.extra_masks))


def county_notes(release: Release) -> list[str]:
    """The drafter's notes for `counties_still_named`, one sentence each, as the CLI prints them and
    the workspace's release page shows them. The masked detail is named by its place in the list,
    never by its words."""
    return [f"Note: masked detail {number} lies in {county}, which this release still names: with what is "
            f"said beside it, a reader may find the place. Mask the county too if it singles the "
            f"place out." for number, county in counties_still_named(release)]


def details_left(release: Release) -> list[tuple[str, int, int, str]]:
    """The places, dates and facilities the extractor reads in the text a pseudonymous testimony's
    release shows (`guwah.extract.pipeline.find_details`), masks aside: (kind, start, end, words as
    shown), by offset in that text. None for another release: only a pseudonymous one promises
    that details which could identify the witness were reviewed. Workplaces, schools and the like
    are no extracted kind: the reviewer reads the text for those. The reading is made once per
    draft and text (`_details_found`): a page that shows the draft again does not read it again."""
    content = release.content or {}
    if release.subject_type != DOCUMENT or content.get("erased") \
            or content.get("consent") != ConsentLevel.PSEUDONYMOUS.value or not content.get("text"):
        return []
    text = content["text"]
    found = _details_found(release.id, text, content.get("language"))
    masks = [(mask["start"], mask["end"]) for mask in release.masks or [] if mask.get("field") == "text"]
    return [(kind, start, end, text[start:end]) for kind, start, end in found
            if not any(start < mask_end and mask_start < end for mask_start, mask_end in masks)]


# `details_left`'s readings, by (release id, extractor version, a keyed digest of the text and its
# language): the detail spans, offsets and kinds only (never words), the most recent DETAILS_KEPT
# (`guwah.cache.LRU`). A draft whose text changes (or a new extractor version) is read again; its masks
# are applied after.
DETAILS_KEPT = 256
_DETAILS: LRU[tuple[tuple[str, int, int], ...]] = LRU(DETAILS_KEPT)
_DETAILS_KEY = os.urandom(16)  # this process's: a digest kept here confirms no guess of a text elsewhere


def _details_found(release_id: int | None, text: str, language: str | None) -> tuple[tuple[str, int, int], ...]:
    """The (kind, start, end) of every date, place and facility `find_details` reads in `text`, in
    offset order: read once per release draft, text and extractor version (about a second of the
    date and place steps), then kept (`_DETAILS`)."""
    from guwah.extract.pipeline import VERSION, find_details

    def read() -> tuple[tuple[str, int, int], ...]:
        doc = find_details(text, language)
        found = {("date", mention.start, mention.end) for mention in doc.dates}
        found |= {("place", start, end) for (start, end), _ in doc.place_spans}
        found |= {("facility", start, end) for facility in doc.facilities for start, end in facility.mentions}
        return tuple(sorted(found, key=lambda f: (f[1], f[2])))

    if release_id is None:
        return read()
    digest = hashlib.blake2b(f"{language}\0{text}".encode(), key=_DETAILS_KEY, digest_size=16).digest()
    return _DETAILS.get((release_id, VERSION, digest), read)


def forget_details() -> None:
    """Empty `details_left`'s kept readings (a bench's cold run, a test's)."""
    _DETAILS.clear()


def details_note(release: Release) -> list[str]:
    """The reviewer's note listing `details_left`, one sentence: what approval publishes as it stands."""
    left = details_left(release)
    if not left:
        return []
    listed = "; ".join(f'{kind} "{words}" (characters {start}-{end})' for kind, start, end, words in left)
    return [f"Note: this pseudonymous text still shows {len(left)} detail{'s' if len(left) > 1 else ''} the "
            f"extractor reads as places, dates or facilities: {listed}. Read them, and workplaces or schools, "
            f"which it does not read, before approving: mask any that could identify the witness or her family "
            f"(--mask); approval publishes the rest as shown."]


# How near a withheld name (characters, about a paragraph's reach) an account handle may be its bearer's
# (`bynames_left`).
HANDLE_REACH = 200


def bynames_left(release: Release) -> list[str]:
    """The nicknames (`guwah.redaction.nicknames`) and the account handles within HANDLE_REACH of a withheld
    person's masked name that a public testimony's draft still shows, each once, in text order: a reader who
    knows the family may learn from "we called him X" or "@x" whom the mask hides. None when the draft masks
    no name, or for another release (a text that must not lead back to its witness masks them itself)."""
    from guwah.redaction import account_handles, nicknames

    content = release.content or {}
    text = content.get("text")
    if release.subject_type != DOCUMENT or content.get("erased") \
            or content.get("consent") != ConsentLevel.PUBLIC.value or not isinstance(text, str):
        return []
    names = [(mask["start"], mask["end"]) for mask in release.masks or []
             if mask.get("field") == "text" and mask.get("kind") == "name"]
    if not names:
        return []
    # a nickname's stems (`nicknames`) are for masking its inflected forms: the note lists the forms written
    found = [(match.start(), nick) for nick in nicknames(text)
             for match in [regex.search(rf"(?<!\w){regex.escape(nick)}(?!\w)", text)] if match]
    found += [(start, text[start:end]) for start, end in account_handles(text)
              if any(start - HANDLE_REACH < name_end and name_start < end + HANDLE_REACH for name_start, name_end in names)]
    return list(dict.fromkeys(words for _start, words in sorted(found)))


def byname_notes(release: Release) -> list[Text]:
    """One note per `bynames_left`, for the reviewer: mask it with --mask, or leave it shown."""
    return [Text(N_("Note: this text calls someone \"%(byname)s\" while it withholds a person's name: a reader who knows "
                    "the family may learn from it whom the mask hides. Mask it (%(option)s \"%(byname)s\") unless its "
                    "bearer is shown by name."), {"byname": byname, "option": MASK_OPTION})
            for byname in bynames_left(release)]


def drafting_notes(session: Session, release: Release,
                   entry_matches: list[EntryMatch] | None = None) -> list[str | Text]:
    """Every note for the drafter and reviewer of a document release draft, as the CLI prints them
    and the workspace's release page shows them: `county_notes`, `shared_name_notes`, the relatives
    shown, `byname_notes` (Texts, said in the reader's language on a page), `shared_passage_notes`,
    `entry_detail_notes`, then `details_note`. `entry_matches`: `entry_details_shown`'s reading where
    the caller has made it already (it runs the extractor's date and place steps on the text)."""
    return (county_notes(release) + shared_name_notes(session, release) + relative_notes(session, release)
            + byname_notes(release) + shared_passage_notes(session, release) + entry_detail_notes(session, release, entry_matches)
            + details_note(release))


# Where a reviewer keeps shown the details of a withheld person's public entry (`entry_detail_notes`):
# the CLI's option, the approval form's checkbox on a page; and the drafter's one-step mask of them.
KEEP_ENTRY_DETAILS_OPTION = Term("keep_entry_details_option", "--keep-entry-details")
MASK_ENTRY_DETAILS_OPTION = Term("mask_entry_details_option", "--mask-entry-details")


@dataclass(frozen=True)
class EntryMatch:
    """Details a document release draft shows that a registry entry's release shows too, of a person
    whose name the draft withholds (`entry_details_shown`): `label` says which entry as reviewers know it
    ("public entry 6", "drafted entry E-12"); `details` are (kind, words as shown), in text order."""

    entry: int
    label: str
    details: tuple[tuple[str, str], ...]


def _withheld_entries(session: Session, release: Release) -> dict[int, list[str]]:
    """The person entries (id → all their names) with a mention read in the released testimony (its
    names, events or attributes cite it) whose names the draft's text and title show nowhere."""
    from guwah.publish import _relative_places

    document_id = release.subject_id
    mentions: set[int] = set()
    for table in (PersonName, Event, PersonAttribute):
        mentions |= set(session.scalars(select(table.person_id).where(table.evidence_document_id == document_id)))
    entries: dict[int, list[str]] = {}
    for person in session.scalars(select(Person).where(Person.id.in_(sorted(mentions - {None})))):
        entry = person.entry
        while entry is not None and entry.merged_into_id is not None:
            entry = session.get(Entry, entry.merged_into_id)
        if entry is not None and entry.kind == "person":
            entries.setdefault(entry.id, [])
    for entry_id in list(entries):
        entries[entry_id] = [name for name in session.scalars(
            select(PersonName.name).join(Person, Person.id == PersonName.person_id).where(Person.entry_id == entry_id))
            if name and name.strip()]
    shown = [value for key in ("text", "title") if isinstance(value := (release.content or {}).get(key), str)]
    return {entry_id: names for entry_id, names in entries.items()
            if not any(_relative_places(text, {entry_id: names}) for text in shown)}


def entry_details_shown(session: Session, release: Release) -> list[EntryMatch]:
    """The details a pseudonymous testimony's draft (or a public one whose witness is withheld) still
    shows that match the public (now or once) or drafted release of a registry entry of a person whose name the draft
    withholds: an exact day (a timeline date or end), the birth year shown with the birthplace, a
    facility named with a number that the entry's timeline names. With the entry beside it, they tell
    readers whose relative the witness is. Read from the draft's text, masks aside; none for another
    release. The extractor's readings (`find_details`) are made only when such an entry exists."""
    content = release.content or {}
    text = content.get("text")
    if release.subject_type != DOCUMENT or content.get("erased") or not isinstance(text, str):
        return []
    if content.get("consent") != ConsentLevel.PSEUDONYMOUS.value \
            and not pseudonymous_witness_mentions(session, release.subject_id):
        return []
    withheld = _withheld_entries(session, release)
    releases = {}
    for entry_id in withheld:
        # Public now, drafted, or public once (withdrawn or superseded since: readers kept copies of it).
        shown = session.scalar(select(Release).where(Release.subject_type == ENTRY, Release.subject_id == entry_id,
                                                     (Release.state == "draft") | Release.approved_at.is_not(None))
                               .order_by((Release.state == "approved").desc(), Release.approved_at.is_(None),
                                         Release.version.desc()))
        if shown is not None:
            releases[entry_id] = shown
    if not releases:
        return []
    from guwah.extract.pipeline import find_details
    from guwah.publish import _public_facility_numbers
    def fold(words: str) -> str:
        return " ".join(words.split()).casefold()

    doc = find_details(text, content.get("language"))
    masks = [(mask["start"], mask["end"]) for mask in release.masks or [] if mask.get("field") == "text"]

    def shown_here(start: int, end: int) -> bool:
        return not any(start < mask_end and mask_start < end for mask_start, mask_end in masks)

    dates = [(m.start, m.end, m.value, m.precision) for m in doc.dates if not m.relative and shown_here(m.start, m.end)]
    places = [(start, end, gazetteer) for (start, end), gazetteer in doc.place_spans if shown_here(start, end)]
    facilities = [(start, end, facility.name) for facility in doc.facilities for start, end in facility.mentions
                  if shown_here(start, end) and regex.search(r"\d", text[start:end])]
    by_number: dict[int, set[str]] = {}
    if facilities:
        names = dict(session.execute(select(Facility.id, Facility.name)).all())
        for facility_id, number in _public_facility_numbers(session).items():
            by_number.setdefault(number, set()).add(fold(names.get(facility_id) or ""))
    found = []
    for entry_id, entry_release in sorted(releases.items()):
        shown = entry_release.content or {}
        timeline = shown.get("timeline") or []
        days = {item.get("date") for item in timeline if item.get("precision") == "day"}
        days |= {item.get("end_date") for item in timeline if item.get("end_precision") == "day"}
        attributes = shown.get("attributes") or []
        years = {str(a.get("value"))[:4] for a in attributes if a.get("attribute") in ("birth_year", "birth_date")}
        births = {a.get("place") for a in attributes if a.get("attribute") in ("birthplace", "hometown") and a.get("place")}
        sites = set().union(*(by_number.get(item.get("facility"), set()) for item in timeline))
        spans = [(start, end, "date") for start, end, value, precision in dates
                 if precision == "day" and value in days - {None}]
        born = [(start, end, "birth year") for start, end, value, precision in dates
                if precision == "year" and value in years]
        birthplace = [(start, end, "birthplace") for start, end, gazetteer in places if gazetteer in births]
        if born and birthplace:  # a year alone, or a town alone, is said of many
            spans += born + birthplace
        spans += [(start, end, "facility") for start, end, name in facilities
                  if fold(name) in sites or fold(text[start:end]) in sites]
        if not spans:
            continue
        number = _public_number(session, ENTRY, entry_id) if entry_release.approved_at is not None else None
        label = (f"public entry {number}" if number is not None else
                 f"drafted entry {entry_label(session.get(Entry, entry_id).number)}")
        details = tuple(dict.fromkeys((kind, text[start:end]) for start, end, kind in sorted(spans)))
        found.append(EntryMatch(entry_id, label, details))
    return found


def entry_detail_notes(session: Session, release: Release, matches: list[EntryMatch] | None = None) -> list[str]:
    """One reviewer's note per `entry_details_shown` (`matches` where read already), as the CLI prints it
    and the workspace shows it."""
    notes = []
    for match in entry_details_shown(session, release) if matches is None else matches:
        count = len(match.details)
        listed_details = "; ".join(f'{kind} "{words}"' for kind, words in match.details)
        notes.append(f"Note: {'these' if count > 1 else 'this'} {count} detail{'s' if count > 1 else ''} "
                     f"({listed_details}) match{'' if count > 1 else 'es'} {match.label}, a person whose name this "
                     f"draft withholds: together they tell readers whose relative the witness is. Mask them? Draft "
                     f"again with {MASK_ENTRY_DETAILS_OPTION.code} (or --mask), or approve with "
                     f"{KEEP_ENTRY_DETAILS_OPTION.code} and a reason.")
    return notes


def entry_details_to_mask(session: Session, release: Release) -> list[str]:
    """The words of every `entry_details_shown` detail, each once: what --mask-entry-details masks."""
    return list(dict.fromkeys(words for match in entry_details_shown(session, release) for _kind, words in match.details))


# The reviewer's choice to keep relatives named on a pseudonymous witness's word (`relative_notes`):
# the CLI's option, the approval form's checkbox on a page.
KEEP_RELATIVES_OPTION = Term("keep_relatives_option", "--keep-relative-names")


def relatives_shown(session: Session, release: Release) -> dict[int, tuple[str, ...]]:
    """`guwah.publish.relatives_telling_witness` for a document release draft's content (none for an
    entry release, an erased or a confidential testimony, or a public one whose witness did not choose a
    pseudonym)."""
    if release.subject_type != DOCUMENT or release.content.get("erased") \
            or release.content.get("consent") not in (ConsentLevel.PSEUDONYMOUS.value, ConsentLevel.PUBLIC.value):
        return {}
    return relatives_telling_witness(session, release.subject_id, release.content)


def relative_note(person_id: int, kin: tuple[str, ...], reported: bool = True) -> str:
    """The drafter's and reviewer's note for one relative of `relatives_shown`: by mention id and
    the kin words beside the name (never the name); `reported`: named on the witness's own word (a
    reporting_relative basis citing the testimony), else on another ground, a relative by its kin words."""
    beside = ", written beside the kin words " + ", ".join(f'"{word}"' for word in kin) if kin else ""
    how = ("on the word of this testimony's withheld witness (a reporting_relative naming basis citing it)"
           if reported else "as a relative of this testimony's withheld witness (named on another ground)")
    return (f"Note: person {mention_label(person_id)} is shown by name {how}{beside}: readers who know the family may "
            f"learn from it who the witness is. Choose: draft again masking that name (--mask), or keep it, as "
            f"families often ask, by approving with {KEEP_RELATIVES_OPTION.code} and a reason.")


def relative_notes(session: Session, release: Release) -> list[str]:
    """One `relative_note` per relative of `relatives_shown`."""
    shown = relatives_shown(session, release)
    reported = reported_by_witness(session, release.subject_id) if shown else set()
    return [relative_note(person, kin, person in reported) for person, kin in shown.items()]


def _kept_relatives(session: Session, release: Release) -> set[int]:
    """The relatives a reviewer chose to keep named when approving `release` (`approve_release`'s
    `keep_relatives`, recorded in its audit entry as `kept_relatives`)."""
    from guwah.storage.tables import AuditEntry

    entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "release",
                                                       AuditEntry.record_type == release.subject_type,
                                                       AuditEntry.record_id == str(release.subject_id)))
    return {person for entry in entries if entry.detail.get("step") == "approved"
            and entry.detail.get("release") == release.id for person in entry.detail.get("kept_relatives", ())}


def relative_lines(session: Session) -> list[str]:
    """For `guwah release check`: one line per approved document release showing a relative on its
    pseudonymous witness's word (`relatives_shown`) that no reviewer chose to keep named — releases
    approved before approval asked for that choice (release, document and public numbers, mention id,
    kin words; never a name). They pass: a reviewer drafts them again masking the name, or keeps it."""
    lines = []
    for release in session.scalars(select(Release).where(Release.state == "approved", Release.subject_type == DOCUMENT)
                                   .order_by(Release.id)):
        shown = relatives_shown(session, release)
        kept = _kept_relatives(session, release) if shown else set()
        reported = reported_by_witness(session, release.subject_id) if shown else set()
        for person, kin in shown.items():
            if person in kept:
                continue
            number = _public_number(session, DOCUMENT, release.subject_id)
            public = f" (public {number})" if number is not None else ""
            lines.append(f"release {release.id} of document {release.subject_id}{public}, approved with no "
                         f"reviewer's choice on it: "
                         f"{relative_note(person, kin, person in reported).removeprefix('Note: ')}")
    return lines


def _entry_mentions(session: Session, release: Release) -> list[int]:
    return list(session.scalars(select(Person.id).where(Person.entry_id == release.subject_id)))


def telling_citations(session: Session, release: Release) -> list[int]:
    """The documents (ids) an entry release's content cites (`_cited_sources`, public numbers) that
    no entry may cite: `guwah.publish.citations_telling_witness` for the entry's mentions."""
    numbers = _cited_sources(release.content)
    if release.subject_type != ENTRY or not numbers:
        return []
    cited = set(session.scalars(select(PublicNumber.subject_id).where(PublicNumber.subject_type == DOCUMENT,
                                                                      PublicNumber.number.in_(numbers))))
    return citations_telling_witness(session, set(_entry_mentions(session, release)), cited)


# Why an entry release leaves out the facts of a testimony its mentions' accepted facts were read in,
# one line each (`guwah.publish.entry_sources`' reasons): by document id, never a name or a part.
_LEFT_OUT = {
    SOURCE_UNRELEASED: N_(
        "Note: document %(document)s is not cited: it is not released (no approved release the public can read "
        "now). Its facts are left out unless another source states them; they come in once it is released and "
        "the entry is drafted again."),
    SOURCE_CONFIDENTIAL: N_(
        "Note: document %(document)s is not cited: its testimony is confidential (or its witness withdrew "
        "consent), so it is never released. Its facts are left out unless another source states them."),
    SOURCE_OWN_ACCOUNT: N_(
        "Note: document %(document)s is not cited: it is this person's own pseudonymous account, and citing it "
        "would tie the name to it. Its facts are left out unless another source states them."),
    SOURCE_TELLS_WITNESS: N_(
        "Note: document %(document)s is not cited: it is a pseudonymous testimony whose withheld witness "
        "shares a part of this person's name, masked there, and citing it would tell who the witness "
        "is. Its facts are left out unless another source states them. A reviewer who judges showing "
        "that part safe approves a naming basis with --show-shared-name."),
    SOURCE_MASKS_NAME: N_(
        "Note: document %(document)s is not cited: its release masks this person's name as a detail, and citing "
        "it would tell whom the mask hides. Its facts are left out unless another source states them."),
    SOURCE_HIDES_NAME: N_(
        "Note: document %(document)s is not cited: its release hides this person's name where its withheld "
        "witness wrote it, and citing it would tell whom that mask hides and so whose relative this person is. "
        "Its facts are left out unless another source states them."),
}


def entry_citation_notes(session: Session, release: Release) -> list[Text]:
    """One note per testimony in which an accepted fact of an entry's mentions was read but that its
    release leaves out, saying why (`guwah.publish.entry_sources`); a cited one gets none: for the
    drafter and the reviewer (`guwah release propose-entry`, `release show`, the workspace's release
    page), by document id, never a name or a part."""
    if release.subject_type != ENTRY or release.content.get("erased"):
        return []
    return [Text(_LEFT_OUT[why], {"document": document})
            for document, why in entry_sources(session, release.subject_id).items() if why in _LEFT_OUT]


# Where an approver confirms that the names accepted after the person's naming was approved are this
# person's (`new_name_notes`): the CLI's option, the approval form's checkbox on a page (`guwah.web.labels`).
CONFIRM_NEW_NAMES_OPTION = Term("confirm_new_names_option", "--confirm-new-names")
NAME_AFTER_BASIS = N_("Note: name %(name)s accepted on %(accepted)s by %(reviewer)s, after the naming basis of "
                      "%(since)s: check it is this person's")
NAME_AFTER_RELEASE = N_("Note: name %(name)s accepted on %(accepted)s by %(reviewer)s, after release %(release)s of "
                        "%(since)s, the entry's last approved: check it is this person's")


def new_name_notes(session: Session, release: Release) -> list[Text]:
    """One note per name of a draft entry release accepted after the naming basis it relies on was
    approved, or after the entry's last approved release (`guwah.publish.names_after_basis`): a name no
    approver of the person's naming has seen, which `approve_release` publishes only with
    `confirm_new_names`. For the drafter and the approver only (`guwah release propose-entry`, `release
    show`, the workspace's release page), which the draft shows the names to anyway."""
    if release.subject_type != ENTRY or release.state != "draft" or release.content.get("erased"):
        return []
    return [Text(NAME_AFTER_RELEASE if late.release is not None else NAME_AFTER_BASIS,
                 {"name": late.name, "accepted": late.accepted_at.date().isoformat(), "reviewer": late.accepted_by,
                  "since": late.since.date().isoformat(), "release": late.release})
            for late in names_after_basis(session, release.subject_id, list(release.content.get("names") or []))]


def shared_passage_notes(session: Session, release: Release, quotations=None) -> list[str]:
    """One note per text the public may not read that holds passages of this document's text,
    received after this document was public (`guwah.publish.shared_passages`' kept ones): they stay
    shown, and a reviewer checks which text they come from. Document ids, never the words.
    `quotations`: a `quotation_index` built once for many releases."""
    if release.subject_type != DOCUMENT or release.content.get("erased"):
        return []
    try:
        _, kept = shared_passages(session, release.subject_id, index=quotations)
    except ConsentRefused:
        return []
    counts: dict[tuple[int, str], int] = {}
    for quotation, why in kept:
        counts[(quotation.source_id, why)] = counts.get((quotation.source_id, why), 0) + 1
    notes = []
    for (source, why), count in counts.items():
        passages, are, them = (f"{count} passages", "are", "them") if count > 1 else ("1 passage", "is", "it")
        notes.append(f"Note: {passages} of this text {are} also in document {source} ({why}), received after this "
                     f"text was public: left shown, as the public read {them} here first (masking {them} now would "
                     f"only tell the public that a text it may not read holds {them}). If this text took {them} from "
                     f"document {source}, withdraw it (`guwah release withdraw {release.subject_id} --reason …`).")
    return notes


def shared_passage_lines(session: Session) -> list[str]:
    """For `guwah release check`: one line per approved document release with `shared_passage_notes`
    (release, document and public numbers, the other document's id and why it is not public)."""
    approved = list(session.scalars(select(Release).where(Release.state == "approved",
                                                          Release.subject_type == DOCUMENT).order_by(Release.id)))
    if not approved:
        return []
    quotations = quotation_index(session)
    lines = []
    for release in approved:
        for note in shared_passage_notes(session, release, quotations):
            number = _public_number(session, DOCUMENT, release.subject_id)
            public = f" (public {number})" if number is not None else ""
            lines.append(f"release {release.id} of document {release.subject_id}{public}: "
                         f"{note.removeprefix('Note: ')}")
    return lines


def shared_name_notes(session: Session, release: Release) -> list[str]:
    """One note per named person whose name shares a part with the withheld witness of this
    pseudonymous testimony, and whose naming no reviewer confirmed for it: that part stays masked
    here (`guwah.publish.shared_witness_parts`). Names mentions by id, never a name or a part."""
    if release.subject_type != DOCUMENT or release.content.get("consent") not in (ConsentLevel.PSEUDONYMOUS.value,
                                                                                  ConsentLevel.PUBLIC.value):
        return []
    sharers = shared_witness_parts(session, pseudonymous_witness_mentions(session, release.subject_id))
    return [f"Note: person {mention_label(person)} is shown by name, and a part of that name is also the withheld "
            "witness's: it stays masked in this testimony, as a reader would learn the witness's name from it. "
            "A reviewer who judges it safe shows it by approving a naming basis of that person with "
            "--show-shared-name." for person in sorted(sharers)]


# Where a reviewer gives a release's public title: the CLI's option, the draft form's field on a page
# (`guwah.web.labels`, as MASK_OPTION for a detail to mask).
TITLE_OPTION = Term("title_option", "--title")


def _check_title(title: str) -> None:
    """InputError for a public title that is empty, or holds a control or text-direction character
    (a line break would split the page's heading, U+202E shows it reversed): the sidecar's rule
    (`guwah.characters`), which the reviewer's own --title escaped."""
    from guwah.characters import BIDI, unsafe_character

    option = {"option": TITLE_OPTION}
    if not title.strip():
        raise InputError(Text(N_("the title (%(option)s) cannot be empty: give the public title, or leave "
                                 "%(option)s out"), option))
    unsafe = unsafe_character(title)
    if unsafe == BIDI:
        raise InputError(Text(N_("the title (%(option)s) contains an invisible text-direction character "
                                 "(U+202A–U+202E, U+2066–U+2069): type it again without it"), option))
    if unsafe is not None:
        raise InputError(Text(N_("the title (%(option)s) contains a control character (a line break, tab, escape or "
                                 "similar): give it on one line"), option))


def _refuse_absent_details(session: Session, document_id: int, details: list[str], title: str | None) -> None:
    """InputError (nothing drafted) for a detail given now that masks nothing in the testimony's
    text, title, publisher, author, address or licence: a misspelt detail ("Aksou") would leave the real one
    shown while the draft looks masked. The message gives its place in the list, not its words."""
    from guwah.redaction import detail_found
    from guwah.storage.tables import Document

    document = session.get(Document, document_id)
    if document is None:
        return  # drafting says what is wrong with it
    source = document.source
    fields = [document.text, title] + ([source.title, source.publisher, source.author, source.url, source.licence]
                                       if source else [])
    for place, detail in enumerate(details, 1):
        if not detail_found([f for f in fields if f], detail):
            raise InputError(Text(N_("detail %(place)s of the list to mask is nowhere in the testimony's text, title, "
                                     "publisher, author, address or licence: check its spelling; nothing was "
                                     "drafted"), {"place": place}), value=place)


# A release field's words joined into a list ("title, author and publisher"), in each language's way.
LIST_MORE, LIST_LAST = N_("%(list)s, %(item)s"), N_("%(list)s and %(item)s")
UNREAD_NAME = N_plural(
    "document %(document)s: the %(fields)s names %(words)s, which no extraction read (it reads the text only), so "
    "no mask hides it: draft it with the name masked (%(mask)s) or another title (%(title)s), or name the witness "
    "in the sidecar; nothing was stored",
    "document %(document)s: the %(fields)s name %(words)s, which no extraction read (it reads the text only), so "
    "no mask hides it: draft it with the name masked (%(mask)s) or another title (%(title)s), or name the witness "
    "in the sidecar; nothing was stored")


def listed(items: list) -> object:
    """Items (Texts, or strings) as one list, "a, b and c" in English (LIST_MORE, LIST_LAST)."""
    joined = items[0]
    for place, item in enumerate(items[1:], 2):
        joined = Text(LIST_LAST if place == len(items) else LIST_MORE, {"list": joined, "item": item})
    return joined


def _refuse_unread_names(session: Session, document_id: int, content: dict) -> None:
    """UnreadName (nothing drafted or approved) when the title, author, publisher, address or licence shows a given name
    that no extraction read (`guwah.publish.unread_names`): the drafter masks it or retitles, on the
    CLI with --mask or --title, on a page with the draft form's fields (MASK_OPTION, TITLE_OPTION)."""
    unread = unread_names(session, content)
    if unread:
        fields = listed([Text(_FIELD_WORDS[key]) if key in _FIELD_WORDS else key for key in unread])
        words = ", ".join(sorted({word for found in unread.values() for word in found}))
        raise UnreadName(Text.counted(UNREAD_NAME, len(unread), {
            "document": document_id, "fields": fields, "words": words, "mask": MASK_OPTION, "title": TITLE_OPTION}),
            value=document_id)


NEW_NAMES_UNCONFIRMED = N_plural(
    "release %(release)s shows %(count)s name accepted after the person's naming basis was approved (its note says "
    "when and by whom): check it is this person's, then approve with %(option)s; nothing was approved",
    "release %(release)s shows %(count)s names accepted after the person's naming basis was approved (its notes say "
    "when and by whom): check each is this person's, then approve with %(option)s; nothing was approved")


def approve_release(session: Session, release_id: int, reviewer: str, reason: str | None = None,
                    keep_relatives: bool = False, keep_entry_details: bool = False,
                    confirm_new_names: bool = False) -> Release:
    """Approve a draft: from now on it is what the public sees (the older approval is superseded).

    `keep_relatives`: the reviewer's choice to keep shown the relatives that a pseudonymous
    testimony names on its witness's word (`relatives_shown`); recorded with the reviewer and the
    reason (required then) in the release and the audit log. `keep_entry_details`: the same choice for
    the details that match a withheld person's public or drafted entry (`entry_details_shown`).
    `confirm_new_names`: the reviewer checked that each name of an entry draft accepted after the
    person's naming basis was approved (`new_name_notes`) is this person's; recorded (a count) in
    the audit log.

    Raises ReviewRequired when the reviewer drafted it (see `_second_reviewer`), when the draft
    no longer matches what a release would show today (redraft it), or when it shows such a relative
    and the reviewer did not choose to keep them; InputError if not a draft, or when keeping them
    with no reason.
    """
    release = get_release(session, release_id)
    if release.state != "draft":
        raise InputError(Text(N_("release %(release)s is %(state)s, not a draft"),
                              {"release": release_id, "state": Term("release_state", release.state)}))
    basis = _second_reviewer(session, release.drafted_by, reviewer, reason,
                             Text(N_("release %(release)s"), {"release": release_id}),
                             redraft_command(session, release.subject_type, release.subject_id))
    if release.subject_type == ENTRY and (telling := telling_citations(session, release)):
        # Never published, whatever built the draft (defence in depth: `entry_content` leaves them out).
        raise ConsentRefused(Text(N_(
            "release %(release)s cites document %(documents)s, a pseudonymous testimony whose withheld witness shares "
            "a part of this person's name, masked there: citing it would tell who the witness is; draft the entry "
            "again (the new draft leaves it out)"),
            {"release": release_id, "documents": ", ".join(map(str, telling))}), value=release_id)
    if stale := out_of_date(session, release):
        raise ReviewRequired(stale)
    if release.subject_type == DOCUMENT:
        _refuse_unread_names(session, release.subject_id, release.content)
    new_names = len(new_name_notes(session, release))
    if new_names and not confirm_new_names:
        raise ReviewRequired(Text.counted(NEW_NAMES_UNCONFIRMED, new_names, {
            "release": release_id, "count": new_names, "option": CONFIRM_NEW_NAMES_OPTION}), value=release_id)
    relatives = sorted(relatives_shown(session, release))
    if relatives and not keep_relatives:
        raise ReviewRequired(Text(N_(
            "release %(release)s shows %(mentions)s by name as relatives of the testimony's pseudonymous witness, "
            "which may tell readers who know the family who the witness is: draft it again masking the name, or "
            "approve it with %(option)s and %(reason)s if the family wants them named"),
            {"release": release_id, "mentions": ", ".join(map(mention_label, relatives)),
             "option": KEEP_RELATIVES_OPTION, "reason": REASON_OPTION}), value=release_id)
    if relatives and not (reason or "").strip():
        raise InputError(Text(N_("keeping %(mentions)s named (%(option)s) needs a reason (%(reason)s): say why, "
                                 "e.g. that the family asked for it; nothing was approved"),
                              {"mentions": ", ".join(map(mention_label, relatives)),
                               "option": KEEP_RELATIVES_OPTION, "reason": REASON_OPTION}), value=release_id)
    matches = entry_details_shown(session, release)
    if matches and not keep_entry_details:
        raise ReviewRequired(Text(N_(
            "release %(release)s shows details that match %(entries)s, a person whose name it withholds: together "
            "they tell readers whose relative the witness is; draft it again masking them (%(mask)s), or approve it "
            "with %(option)s and %(reason)s"),
            {"release": release_id, "entries": ", ".join(match.label for match in matches),
             "mask": MASK_ENTRY_DETAILS_OPTION, "option": KEEP_ENTRY_DETAILS_OPTION, "reason": REASON_OPTION}),
            value=release_id)
    if matches and not (reason or "").strip():
        raise InputError(Text(N_("keeping details that match %(entries)s (%(option)s) needs a reason (%(reason)s): "
                                 "say why; nothing was approved"),
                              {"entries": ", ".join(match.label for match in matches),
                               "option": KEEP_ENTRY_DETAILS_OPTION, "reason": REASON_OPTION}), value=release_id)
    hold_for_decision(session, release, Release.state)
    if release.state != "draft":
        raise InputError(Text(N_("release %(release)s is %(state)s, not a draft (another approval or withdrawal "
                                 "was stored meanwhile); nothing was stored"),
                              {"release": release_id, "state": Term("release_state", release.state)}))
    kind = release.subject_type
    replaced = False
    for old in releases_of(session, release.subject_id, kind):
        if old.state == "approved":
            old.state, replaced = "superseded", True
    release.state, release.approved_by, release.approved_at = "approved", reviewer, _now()
    release.approval_basis, release.approval_reason = basis, reason
    if kind == ENTRY:  # its source links, as approved: against the testimonies' releases public now
        from guwah.publish import freeze_passages

        release.passages = freeze_passages(session, release)
    # An entry is public from its approval; a document from its first day out of embargo, when the
    # commit numbers it (`number_public_documents`), so that no number is spent on what is not public.
    if kind != DOCUMENT and session.scalar(select(PublicNumber).where(PublicNumber.subject_type == kind,
                                                                      PublicNumber.subject_id == release.subject_id)) is None:
        highest = session.scalar(select(func.max(PublicNumber.number)).where(PublicNumber.subject_type == kind))
        session.add(PublicNumber(subject_type=kind, subject_id=release.subject_id, number=(highest or 0) + 1))
    session.flush()
    _audit(session, reviewer, "release", kind, release.subject_id, step="approved", release=release.id,
           basis=basis, **({"kept_relatives": relatives} if relatives else {}),
           **({"kept_entry_details": [match.label for match in matches]} if matches else {}),
           **({"confirmed_new_names": new_names} if new_names else {}))
    if kind == DOCUMENT and replaced:
        # The entries citing the testimony now link to the passages they were approved with as the new
        # release holds them, or to the whole text: each is out of date until drafted again (kept, by ids).
        for stale in out_of_date_entries(session, release.subject_id):
            _audit(session, reviewer, "release", ENTRY, session.get(Release, stale.release).subject_id,
                   step="out_of_date", release=stale.release, document=release.subject_id,
                   document_release=release.id, passages_moved=stale.moved, passages_dropped=stale.dropped)
    return release


def content_today(session: Session, release: Release) -> dict | None:
    """What a release of `release`'s subject would show today, drafted as it was (its extra masks,
    a chosen title), by the one builder of public content (`guwah.publish.entry_content`,
    `draft_content`); None when nothing of it may be shown now (ConsentRefused)."""
    try:
        current, _ = _content(session, release.subject_type, release.subject_id, list(release.extra_masks),
                              _chosen_title(release))
    except ConsentRefused:
        return None
    return current


_TODAY = object()  # `out_of_date`: what a release would show today not given, read it


def out_of_date(session: Session, release: Release, current: dict | None = _TODAY) -> Text | None:
    """Why draft `release` can no longer be approved as it stands (what a release of its subject
    would show today differs: a name or a consent changed since it was drafted), or None when it
    still matches. `current`: `content_today(session, release)` where the caller read it already.
    `approve_release` refuses on it; `guwah release show` warns with it. For an approved entry
    release: why it is out of date (`entry_out_of_date`: a testimony it cites was released again
    since it was approved, or a testimony released since has more to show), or None; it stays public
    meanwhile."""
    if release.state == "approved":  # an entry a testimony's later release overtook (`entry_out_of_date`)
        stale = entry_out_of_date(session, release)
        return stale.reason if stale else None
    if current is _TODAY:
        current = content_today(session, release)
    if current == release.content:
        return None
    return Text(N_("release %(release)s is out of date (names or consent changed since it was drafted): draft it "
                   "again"), {"release": release.id})


ENTRY_OUT_OF_DATE = N_("release %(release)s is out of date: document %(documents)s was released again since it was "
                       "approved (%(links)s); draft the entry again (%(command)s) so that its source links are "
                       "approved against what is public now")
LINKS_FOLLOWED = N_("of its links to a passage, %(moved)s found the same words in the new release and %(dropped)s "
                    "now go to the whole text, as those words are not public there")
LINKS_NOT_KEPT = N_("it was approved before its passages were kept: its links go to the same words where they "
                    "are still public")
MORE_TO_SHOW = N_("more to show: draft a new entry release (%(command)s): release %(release)s does not show all that "
                  "document %(documents)s now tells of this person; it stays public as approved")
BOTH_OUT_OF_DATE = N_("%(released_again)s; %(more)s")


@dataclass(frozen=True)
class OutOfDateEntry:
    """An approved entry release that testimonies overtook (`entry_out_of_date`): a testimony it cites
    was released again after it, or one it does not cite, released since, tells more of the person
    (`still_allowed`: what it shows is still allowed). It stays public; its source links keep to the
    passages it was approved with (`guwah.publish.frozen_links`: the same words in the new release, else
    the whole text) until the entry is drafted again and approved.

    `documents`: (document id, public number) of each testimony released again; `moved`, `dropped`:
    its links to a passage that found the same words in the new release, and those that no longer go
    to a passage (None for a release approved before passages were kept); `new_sources`: (document id,
    public number) of each released testimony that tells more than it shows (`_more_to_show`)."""

    release: int
    number: int
    public_number: int | None
    documents: tuple[tuple[int, int], ...]
    moved: int | None
    dropped: int | None
    new_sources: tuple[tuple[int, int], ...] = ()

    @property
    def reason(self) -> Text:
        """Why, for a reviewer (ids and counts, never a shown word)."""
        command = f"guwah release propose-entry {entry_label(self.number)}"
        more = (Text(MORE_TO_SHOW, {"release": self.release, "command": command,
                                    "documents": ", ".join(str(document) for document, _ in self.new_sources)})
                if self.new_sources else None)
        if not self.documents:
            return more
        links = (Text(LINKS_NOT_KEPT) if self.moved is None
                 else Text(LINKS_FOLLOWED, {"moved": self.moved, "dropped": self.dropped}))
        again = Text(ENTRY_OUT_OF_DATE, {"release": self.release, "links": links,
                                         "documents": ", ".join(str(document) for document, _ in self.documents),
                                         "command": command})
        return Text(BOTH_OUT_OF_DATE, {"released_again": again, "more": more}) if more else again

    def line(self) -> str:
        """One line for an operator: "entry E-3 (public 2): release 9 is out of date: …"."""
        public = f" (public {self.public_number})" if self.public_number is not None else ""
        return f"{subject_label(ENTRY, self.number)}{public}: {self.reason}"


def _replaced_documents(session: Session, release: Release) -> tuple[tuple[int, int], ...]:
    """(document id, public number) of each testimony approved entry `release` cites whose approved
    release is not the one it was approved with: by the releases it kept (`Release.passages`), or, for
    one approved before they were kept, approved after it."""
    from guwah.publish import approved_document_releases

    frozen = release.passages or {}
    cited = sorted(int(number) for number in frozen.get("documents", {})) if frozen \
        else sorted(_cited_sources(release.content))
    replaced = []
    for number, (document, document_id) in approved_document_releases(session, cited).items():
        if (document.id != frozen["documents"][str(number)] if frozen
                else release.approved_at is not None and document.approved_at is not None
                and _aware(document.approved_at) > _aware(release.approved_at)):
            replaced.append((document_id, number))
    return tuple(sorted(replaced))


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes for timezone-aware columns: both are UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def entry_out_of_date(session: Session, release: Release, counts: bool = True) -> OutOfDateEntry | None:
    """Approved entry `release` when a testimony it cites was released again since it was approved
    (`_replaced_documents`), else None. `counts`: read its links today to count those the new
    releases still hold (`guwah.publish.frozen_links`); without, `moved` and `dropped` are None."""
    if release.subject_type != ENTRY or release.state != "approved":
        return None
    replaced = _replaced_documents(session, release)
    new_sources = _more_to_show(session, release)
    if not replaced and not new_sources:
        return None
    moved = dropped = None
    if counts and release.passages and replaced:
        from guwah.publish import frozen_links

        links = frozen_links(session, release, publish_today())
        moved, dropped = links.moved, links.dropped
    return OutOfDateEntry(release.id, subject_number(session, ENTRY, release.subject_id),
                          _public_number(session, ENTRY, release.subject_id), replaced, moved, dropped, new_sources)


def _cited_document_ids(session: Session, content: dict) -> set[int]:
    """The document ids of the public numbers an entry's released content cites (`_cited_sources`)."""
    cited = _cited_sources(content)
    return set(session.scalars(select(PublicNumber.subject_id).where(
        PublicNumber.subject_type == DOCUMENT, PublicNumber.number.in_(sorted(cited))))) if cited else set()


def still_allowed(session: Session, release: Release, current: dict | None, index=None,
                  withheld: frozenset[int] = frozenset(), registry_act: bool = False) -> bool:
    """Whether approved `release` may stay up: the one rule `settle_releases` takes releases down by
    and `failing_releases` lists them by. It may when what a release would show today (`current`; None:
    nothing of it may be shown) is what it shows; an entry's also when what it shows is still allowed
    although a release drafted today would show more (or nothing yet): what it was built from, read
    today by the one builder of public content (`guwah.publish.entry_content` as of its approval: its
    own cited sources, every other released testimony counted as not public; the facts accepted by
    then, of the mentions linked by then), gives exactly what it shows (each source still released, no
    fact of them rejected, every mention still named, no withheld name nor masked detail newly in what
    it shows, no mention linked since recording its person's refusal to be named). What came since (a
    testimony released, a fact accepted, a mention linked and named later) only makes it out of date
    (`entry_out_of_date`: more to show); a source it does not cite counts only when first released since
    its approval (`_released_since`), or when a mention linked since brought it (`_brought_by_links`). A
    merge or a link (`merge_entries`, `guwah link`) is read as any link is. `registry_act`: a split or an
    undo parted whom the entry stands for: what differs takes it down, to be redrafted (and put back by the
    act's undo). `index`, `withheld`: as `_content` takes them."""
    if current == release.content:
        return True
    if (registry_act or release.subject_type != ENTRY
            or (current is not None and not _released_since(session, release, current))):
        return False
    from guwah.publish import released_document_ids

    others = released_document_ids(session) - _cited_document_ids(session, release.content)
    try:
        shown = entry_content(session, release.subject_id, index, frozenset(withheld | others), release.approved_at)
    except ConsentRefused:
        return False
    return shown == release.content


def _released_since(session: Session, release: Release, current: dict) -> bool:
    """Whether every testimony `current` (what a release of approved entry `release` would show today)
    cites and `release` does not was first released after `release` was approved, or is the source of a
    mention linked to the entry since (`_brought_by_links`: a merge or a link into it): new facts from
    testimonies released since, or from whom the entry came to hold since."""
    added = _cited_sources(current) - _cited_sources(release.content)
    if added:
        added -= _brought_by_links(session, release)
    if not added or release.approved_at is None:
        return not added
    documents = select(PublicNumber.subject_id).where(PublicNumber.subject_type == DOCUMENT,
                                                      PublicNumber.number.in_(sorted(added)))
    first = session.execute(select(Release.subject_id, func.min(Release.approved_at)).where(
        Release.subject_type == DOCUMENT, Release.subject_id.in_(documents), Release.approved_at.is_not(None))
        .group_by(Release.subject_id)).all()
    return len(first) == len(added) and all(_aware(moment) > _aware(release.approved_at) for _, moment in first)


def _brought_by_links(session: Session, release: Release) -> set[int]:
    """The public numbers of the released testimonies that the accepted facts of the mentions linked to
    approved entry `release`'s entry since its approval rest on (`mentions_as_of`): what a merge or a
    link into the entry brought, which the release as approved cannot show."""
    from guwah.publish import released_document_ids

    if release.approved_at is None:
        return set()
    mentions = list(session.scalars(select(Person.id).where(Person.entry_id == release.subject_id)))
    since = set(mentions) - set(mentions_as_of(session, release.subject_id, mentions, release.approved_at))
    if not since:
        return set()
    documents = set()
    for table in (PersonName, Event, ViolationCoding, PersonAttribute):
        documents.update(session.scalars(select(table.evidence_document_id).where(
            table.person_id.in_(sorted(since)), table.review_state == ReviewState.ACCEPTED.value)))
    documents &= released_document_ids(session)
    return set(session.scalars(select(PublicNumber.number).where(
        PublicNumber.subject_type == DOCUMENT, PublicNumber.subject_id.in_(sorted(documents))))) if documents else set()


def _more_to_show(session: Session, release: Release) -> tuple[tuple[int, int], ...]:
    """(document id, public number) of each released testimony that tells more of the person than
    approved entry `release` shows, where it stays up (`still_allowed`): a release drafted today would
    cite it for an item, or a source of an item, that it does not show (`_sources_added`). () when none.
    Read today only where an accepted fact of the entry rests on a released testimony it does not
    cite, was accepted since its approval, or belongs to a mention linked since."""
    from guwah.publish import released_document_ids

    if release.approved_at is None:
        return ()
    approved = _aware(release.approved_at)
    cited = _cited_document_ids(session, release.content)
    mentions = list(session.scalars(select(Person.id).where(Person.entry_id == release.subject_id)))
    linked = set(mentions_as_of(session, release.subject_id, mentions, release.approved_at))
    resting, late = set(), set()  # the documents of its accepted facts; of those accepted or linked since
    for table in (PersonName, Event, ViolationCoding, PersonAttribute):
        for document, person, reviewed, asserted in session.execute(select(
                table.evidence_document_id, table.person_id, table.reviewed_at, table.asserted_at).where(
                table.person_id.in_(mentions), table.review_state == ReviewState.ACCEPTED.value)):
            resting.add(document)
            if person not in linked or _aware(reviewed or asserted) > approved:
                late.add(document)
    if not ((resting - cited) | late) & released_document_ids(session):
        return ()
    current = content_today(session, release)
    if current is None or current == release.content or not still_allowed(session, release, current):
        return ()
    numbers = _sources_added(release.content, current)
    if not numbers:
        return ()
    found = session.execute(select(PublicNumber.subject_id, PublicNumber.number).where(
        PublicNumber.subject_type == DOCUMENT, PublicNumber.number.in_(sorted(numbers)))).all()
    return tuple(sorted((document_id, number) for document_id, number in found))


def _sources_added(shown: dict, current: dict) -> set[int]:
    """The public numbers `current` (what an entry release drafted today would show) cites for what
    `shown` (an approved one) does not show: every source of an item it lacks, the sources an item
    gained, and the status's where the status differs."""
    added: set[int] = set()
    for section in ("names", "timeline", "violations", "attributes"):
        had: dict[tuple, set[int]] = {}
        for item in shown.get(section) or []:
            had.setdefault(_item_key(item), set()).update(item.get("sources") or [])
        for item in current.get(section) or []:
            added.update(set(item.get("sources") or []) - had.get(_item_key(item), set()))
    if (shown.get("status") or {}) != (current.get("status") or {}):
        added.update(set(status_sources(current.get("status") or {})) - set(status_sources(shown.get("status") or {})))
    return added


def _item_key(item: dict) -> tuple:
    """An entry item without its sources and their count: what it states."""
    return tuple(sorted((key, repr(value)) for key, value in item.items() if key not in ("sources", "corroboration")))


def out_of_date_entries(session: Session, document_id: int | None = None) -> list[OutOfDateEntry]:
    """Every approved entry release out of date (`entry_out_of_date`), by entry number; with
    `document_id`, only those that testimony overtook (read from the entries whose accepted facts rest
    on it, not every entry)."""
    query = select(Release).where(Release.subject_type == ENTRY, Release.state == "approved")
    if document_id is not None:
        entries = set()
        for table in (PersonName, Event, ViolationCoding, PersonAttribute):
            entries.update(session.scalars(select(Person.entry_id).join(table, table.person_id == Person.id)
                                           .where(table.evidence_document_id == document_id)))
        query = query.where(Release.subject_id.in_(entries - {None}))
    found = [stale for release in session.scalars(query.order_by(Release.id))
             if (stale := entry_out_of_date(session, release)) is not None
             and (document_id is None or any(document == document_id
                                             for document, _ in stale.documents + stale.new_sources))]
    return sorted(found, key=lambda stale: stale.number)


def _chosen_title(release: Release) -> str | None:
    """The title `release` was drafted under by choice, which its checks and redrafts follow: a
    pseudonymous release's own (the drafter's, else the neutral one), another's the reviewer's
    `--title` (`Release.chosen_title`); None: the source's title."""
    if release.content.get("consent") == ConsentLevel.PSEUDONYMOUS.value:
        return release.content.get("title")
    return release.chosen_title


def withdraw_release(session: Session, document_id: int, actor: str, reason: str | Text,
                     subject_type: str = DOCUMENT, operation: int | None = None) -> Release | None:
    """Take a document's approved release down at once, and cancel any draft waiting for review.

    `reason`: a person's own words (kept sealed as written), or a step's fixed reason as a Text (kept
    as its message and values: `_keep_reason`).
    `operation`: the registry act (link operation) whose change took it down, kept so that
    undoing that act can put it back (`restore_releases`). Returns the release taken down, or
    None if none was up.
    """
    for draft in releases_of(session, document_id, subject_type):
        if draft.state == "draft" and actor != SYSTEM:
            draft.state = "superseded"
    release = current_release(session, document_id, subject_type=subject_type)
    if release is None:
        session.flush()
        return None
    release.state, release.withdrawn_by, release.withdrawn_at = "withdrawn", actor, _now()
    _keep_reason(release, reason)
    release.withdrawn_for_operation = operation
    session.flush()
    _audit(session, actor, "release", subject_type, document_id, step="withdrawn", release=release.id,
           operation=operation)
    return release


def _keep_reason(release: Release, reason: str | Text) -> None:
    """Record why `release` came down: a Text as its message and values (`Release.withdraw_message`,
    said in each reader's language), a person's words as written (`Release.withdraw_reason`)."""
    if isinstance(reason, Text):
        release.withdraw_reason, release.withdraw_message = None, reason.record()
    else:
        release.withdraw_reason, release.withdraw_message = reason, None


def withdrawal_reason(release: Release) -> str | Text | None:
    """Why `release` came down, as recorded (`_keep_reason`): the Text a step gave, or a person's words
    (or an English reason migration 0028 could not read back); None when none was recorded."""
    if release.withdraw_message:
        return Text.recorded(release.withdraw_message)
    return release.withdraw_reason


def approval_reason(release: Release) -> str | Text | None:
    """Why `release` was approved, as recorded: the Text a step gave (an undo putting it back,
    `restore_releases`), or a person's words; None when none was recorded."""
    if release.approval_message:
        return Text.recorded(release.approval_message)
    return release.approval_reason


def _refusal_record(refused: str | Text | None) -> dict | None:
    """A refusal as `Release.refused` keeps it: a Text's record; a plain English message as a Text
    whose template is that message (its % doubled), which no catalogue translates."""
    if refused is None:
        return None
    return (refused if isinstance(refused, Text) else Text(refused.replace("%", "%%"))).record()


def redraft_refusal(release: Release) -> Text | None:
    """What stopped the release check from drafting `release` again when it took it down
    (`Release.refused`), or None."""
    return Text.recorded(release.refused) if release.refused else None


def approved_subjects(session: Session) -> set[tuple[str, int]]:
    """(subject type, subject id) of every release the public sees now: compared before and after
    a step (an extraction run), it tells which releases that step took down."""
    return set(session.execute(select(Release.subject_type, Release.subject_id).where(Release.state == "approved")))


STALE = N_("what it shows changed: redraft and review")


@dataclass(frozen=True)
class ReleaseChange:
    """A release that a step took down or put back up.

    `public_number`: the number the public knows the subject by; `redraft`: the id of the draft
    now waiting for review (None when nothing of the subject may be shown: a confidential
    testimony, an entry naming someone without a basis, a merged-away entry); `reason`: why;
    `refused`: then, what stops it now, as the publication gate says it (ids, never a name), or None
    (kept with the release: `Release.refused`, `redraft_refusal`). `reason` is a Text for a step's
    fixed reason (a page says it in its reader's language, the CLI prints its English), a person's
    words otherwise.
    """

    release: int
    subject_type: str
    subject_id: int
    public_number: int | None
    redraft: int | None
    reason: str | Text
    number: int | None = None  # what people type for the subject (`subject_number`)
    refused: str | Text | None = None
    # An entry's: the documents (ids) taken down in the same step whose public numbers its release
    # cited (`resting_on`): it may be drafted again only once their redrafts are approved.
    rests_on: tuple[int, ...] = ()

    @property
    def subject(self) -> str:
        """The subject as printed: "entry E-7", "document 3" (`guwah.domain.subject_label`)."""
        return subject_label(self.subject_type, self.number)

    @property
    def again(self) -> str:
        """The command that drafts the subject again by hand (`draft_command`)."""
        return draft_command(self.subject_type, self.number)


def resting_on(session: Session, changes: list[ReleaseChange]) -> list[ReleaseChange]:
    """`changes` with each entry's `rests_on` filled: the documents among `changes` whose public
    numbers the entry's withdrawn release cites (`_cited_sources`). A newcomer who sees an entry
    come down with "no accepted name from a released testimony" is told which redraft to approve first."""
    documents = {change.public_number: change.subject_id for change in changes
                 if change.subject_type == DOCUMENT and change.public_number is not None}
    if not documents:
        return changes
    told = []
    for change in changes:
        if change.subject_type == ENTRY:
            cited = _cited_sources(session.get(Release, change.release).content)
            change = replace(change, rests_on=tuple(sorted(documents[n] for n in cited if n in documents)))
        told.append(change)
    return told


def subject_number(session: Session, subject_type: str, subject_id: int) -> int:
    """The number a release's subject goes by in commands: a document's id, an entry's registry
    number (`guwah persons show N`), which is not its row id."""
    if subject_type == ENTRY:
        from guwah.storage.tables import Entry

        return session.scalar(select(Entry.number).where(Entry.id == subject_id))
    return subject_id


def redraft_command(session: Session, subject_type: str, subject_id: int) -> str:
    """The command that drafts a release's subject by hand: `guwah release propose 3` for a document,
    `guwah release propose-entry E-7` for an entry (by its registry number, not its row id): the
    surviving entry's, where this one was merged into another (drafting the merged-away number
    drafts the survivor anyway; the survivor is what the reviewer sees and types)."""
    if subject_type == ENTRY:
        from guwah.registry import resolve
        from guwah.storage.tables import Entry

        entry = session.get(Entry, subject_id)
        if entry is not None:
            return draft_command(ENTRY, resolve(session, entry.number, entry.kind).number)
    return draft_command(subject_type, subject_number(session, subject_type, subject_id))


def draft_command(subject_type: str, number: int) -> str:
    """`redraft_command` for a subject's number as people type it (`subject_number`)."""
    if subject_type == ENTRY:
        from guwah.registry import entry_label

        return f"guwah release propose-entry {entry_label(number)}"
    return f"guwah release propose {number}"


def _public_number(session: Session, subject_type: str, subject_id: int) -> int | None:
    return session.scalar(select(PublicNumber.number).where(PublicNumber.subject_type == subject_type,
                                                            PublicNumber.subject_id == subject_id))


def settle_releases(session: Session, reason: str | Text = Text(STALE),
                    operation: int | None = None, joins: bool = False) -> list[ReleaseChange]:
    """Withdraw every approved release whose public form would now differ, and redraft it.

    Runs at each commit that touched people, names, bases, testimonies or texts (see `_watch`);
    a command calls it first itself to say what its step took down, with `reason` and the
    registry `operation` that caused it. `joins`: that act only joined mentions to entries (a merge,
    a link): an entry release it gave more to show stays up as approved, as after any link
    (`still_allowed`); a split's or an undo's takes it down. Returns what was taken down, documents first.
    """
    changes = []
    # Withdrawing and redrafting changes no names nor texts: one index of the archive's names, and one
    # of the texts the public may not read, serve every release.
    index = archive_masking(session)
    # Documents first: an entry's release shows only facts from released documents.
    approved = list(session.scalars(select(Release).where(Release.state == "approved").order_by(Release.subject_type)))
    quotations = quotation_index(session) if any(r.subject_type == DOCUMENT for r in approved) else None
    for release in approved:
        kind = release.subject_type
        title = _chosen_title(release)
        refused = None
        try:
            current, _ = _content(session, kind, release.subject_id, list(release.extra_masks), title, index,
                                  quotations=quotations)
        except ConsentRefused as refusal:
            current = None
            # What stops it, for the reviewer (an UnreadName's message quotes the name it found: not that)
            refused = None if isinstance(refusal, UnreadName) else refusal.text or refusal.message
        if still_allowed(session, release, current, index, registry_act=operation is not None and not joins):
            continue  # an entry with more to show stays up, out of date (`entry_out_of_date`)
        withdraw_release(session, release.subject_id, SYSTEM, reason, kind, operation)
        release.refused = _refusal_record(refused)
        redraft = None
        if current is not None:
            # Drafted as the document will stand with its redraft (an "already named" basis that
            # cites it stands meanwhile), not as it is in the instant between the two.
            session.info[REDRAFTING] = release.subject_id if kind == DOCUMENT else None
            try:
                redraft = draft_release(session, release.subject_id, SYSTEM, list(release.extra_masks), title, kind).id
            except UnreadName:
                pass  # its title or author needs a mask a drafter gives: drafted again by hand
            finally:
                session.info.pop(REDRAFTING, None)
        changes.append(ReleaseChange(release.id, kind, release.subject_id,
                                     _public_number(session, kind, release.subject_id), redraft, reason,
                                     subject_number(session, kind, release.subject_id), refused))
    refresh_redrafts(session, reason, index, quotations)
    return resting_on(session, changes)


def _automatic_redraft(draft: Release, versions: dict[int, Release]) -> bool:
    """Whether a draft is the release check's redraft of a release it took down (drafted by it,
    or handed to the reviewer whose naming approval made it: `approve_naming`): its previous
    version was withdrawn, or superseded, by the check. A person's own draft is not."""
    previous = versions.get(draft.version - 1)
    return draft.drafted_by == SYSTEM or (previous is not None and previous.withdrawn_by == SYSTEM)


@dataclass(frozen=True)
class Redrafted:
    """An approved release that the release check took down (`settle_releases`), and its redraft.

    `withdrawn`: that release's id; `redraft`: the id of the draft of the same subject waiting for
    review now, or None (nothing of it may be shown now, or the draft was since approved or set
    aside); `reason`: why it came down, as recorded; `changes`: what the redraft shows differently,
    by field (`_differences`: never a shown value, never a name); `refused`: when nothing of it could
    be drafted then, what stopped it (`redraft_refusal`: by ids)."""

    withdrawn: int
    redraft: int | None
    reason: str | Text
    changes: list[Text]
    refused: Text | None = None


def redrafted(session: Session, release: Release) -> Redrafted | None:
    """For a release the release check withdrew, or for the check's redraft of one: the pair and
    why (the workspace's release page and queue say it, as the public list loses the subject until
    the redraft is approved). None for any other release."""
    versions = {r.version: r for r in releases_of(session, release.subject_id, release.subject_type)}
    withdrawn = None
    if release.state == "withdrawn":
        withdrawn = release
    elif release.state == "draft" and _automatic_redraft(release, versions):
        withdrawn = next((versions[v] for v in sorted(versions, reverse=True)
                          if v < release.version and versions[v].state == "withdrawn"), None)
    if withdrawn is None or withdrawn.withdrawn_by != SYSTEM:
        return None
    redraft = next((r for v, r in sorted(versions.items()) if v > withdrawn.version and r.state == "draft"), None)
    if redraft is not None and not _automatic_redraft(redraft, versions):
        redraft = None  # a person's own draft since: not the check's
    changes = _differences(session, withdrawn, redraft.content) if redraft is not None else []
    return Redrafted(withdrawn.id, redraft.id if redraft else None, withdrawal_reason(withdrawn) or Text(STALE),
                     changes, redraft_refusal(withdrawn))


def refresh_redrafts(session: Session, reason: str | Text = Text(STALE), index=None,
                     quotations=None, plain: bool = False) -> list[tuple[int, int | None]]:
    """Draft again every redraft of the release check that waits for review and no longer shows
    what a release would show today (a second naming basis approved since it was drafted, a name
    recorded): it follows every approved basis, as the release it replaces did when approved. The
    old draft is superseded, marked as the check's (`withdrawn_by`), with `reason`. `plain`: the
    same for a person's own drafts waiting for review instead (`approve_naming`: a draft made
    before the decision would show the person masked, and could no longer be approved). Returns
    (old draft, new draft or None when nothing of the subject may be shown now) for each."""
    refreshed = []
    drafts = list(session.scalars(select(Release).where(Release.state == "draft").order_by(Release.id)))
    for draft in drafts:
        kind = draft.subject_type
        versions = {r.version: r for r in releases_of(session, draft.subject_id, kind)}
        if _automatic_redraft(draft, versions) == plain:
            continue
        title = _chosen_title(draft)
        if index is None:
            index = archive_masking(session)
        try:
            current, _ = _content(session, kind, draft.subject_id, list(draft.extra_masks), title, index,
                                  quotations=quotations)
        except ConsentRefused:
            current = None
        if current == draft.content:
            continue
        draft.state, draft.withdrawn_by, draft.withdrawn_at = "superseded", SYSTEM, _now()
        _keep_reason(draft, reason)
        session.flush()
        redraft = None
        if current is not None:
            session.info[REDRAFTING] = draft.subject_id if kind == DOCUMENT else None
            try:
                redraft = draft_release(session, draft.subject_id, SYSTEM, list(draft.extra_masks), title, kind).id
            except UnreadName:
                pass
            finally:
                session.info.pop(REDRAFTING, None)
        refreshed.append((draft.id, redraft))
    return refreshed


@dataclass(frozen=True)
class FailingRelease:
    """An approved release that today's rules would no longer let stand as it is.

    `number`: the subject as the workspace and CLI name it (a document id, an entry number);
    `public_number`: the number the public knows it by; `reasons`: one line each, naming fields,
    consent levels, dates and document ids, never a shown or masked value.
    """

    release: int
    subject_type: str
    number: int | None
    public_number: int | None
    reasons: list[str]

    def line(self) -> str:
        """One line for an operator: "release 3 of document 7 (public 2): reason; reason"."""
        public = f" (public {self.public_number})" if self.public_number is not None else ""
        return (f"release {self.release} of {subject_label(self.subject_type, self.number)}{public}: "
                f"{'; '.join(self.reasons)}")


# A document release's fields, as the reason for a difference names them.
_FIELD_WORDS = {"text": N_("text"), "title": N_("title"), "author": N_("author"), "publisher": N_("publisher"),
                "url": N_("address"), "sha256": N_("original's hash"), "published_on": N_("publication date"),
                "licence": N_("licence"), "language": N_("language")}


def _differences(session: Session, release: Release, current: dict) -> list[Text]:
    """Why `current` (what a release would show today) differs from what `release` shows: each a Text, said
    in the reader's language on the workspace's pages (English in the CLI)."""
    from guwah.publish import embargo_over

    reasons = []
    none = Text(N_("none"))
    for key in sorted(set(release.content) | set(current)):
        was, now = release.content.get(key), current.get(key)
        if was == now:
            continue
        if key == "embargo_until":
            over = embargo_over(session, release.subject_id)
            if now and (not was or now > was):
                reasons.append(Text(N_("it would now wait for an embargo until %(until)s (it copies or repeats document "
                                       "%(document)s)"), {"until": now, "document": over.document_id})
                               if over and over.how == "copies"
                               else Text(N_("it would now wait for an embargo until %(until)s"), {"until": now}))
            else:
                reasons.append(Text(N_("the embargo it carries changed from %(was)s to %(now)s"),
                                    {"was": was or none, "now": now or none}))
        elif key == "consent":
            reasons.append(Text(N_("its consent would now be %(now)s (it shows %(was)s)"),
                                {"now": Term("consent", str(now)), "was": Term("consent", str(was))}))
        elif release.subject_type == DOCUMENT:
            field_word = Text(_FIELD_WORDS[key]) if key in _FIELD_WORDS else key
            reasons.append(Text(N_("its %(field)s would show differently now (masks or the record changed)"),
                                {"field": field_word}))
        else:
            reasons.append(Text(N_("its %(field)s would show differently now"), {"field": key}))
    return reasons


def _quotations_now_masked(release: Release, masks: list[dict]) -> list[str]:
    """One reason per passage a release would now mask as quoted from a text the public may not read
    (`guwah.publish.quoted_in`) that it does not mask: the mask's own reason (a document id and a
    consent or embargo, never the words)."""
    shown = {(m.get("source"), m.get("reason")) for m in release.masks or [] if m.get("kind") == "quotation"}
    reasons = []
    for mask in masks:
        if mask.get("kind") == "quotation" and (mask.get("source"), mask.get("reason")) not in shown:
            reason = f"its text {mask['reason']}: that passage would now be masked"
            if reason not in reasons:
                reasons.append(reason)
    return reasons


def failing_releases(session: Session) -> tuple[int, list[FailingRelease]]:
    """Check every approved release against today's rules (masks, consent through copies and
    translations, embargoes carried from copied texts, erasure) without changing anything: what
    `settle_releases` would withdraw and redraft at the next commit that touches the archive. For
    an operator after an upgrade whose rules changed (`guwah release check`).

    Returns (how many approved releases were checked, those that would no longer pass, documents
    first). A document listed here comes down at that commit, so an entry is checked as if it
    were down already: one whose facts rest on it (consent withdrawn, an embargo it now carries)
    is listed at once, naming the document.
    """
    index = archive_masking(session)
    approved = sorted(session.scalars(select(Release).where(Release.state == "approved")),
                      key=lambda r: (r.subject_type != DOCUMENT, r.subject_type, r.id))
    quotations = quotation_index(session) if any(r.subject_type == DOCUMENT for r in approved) else None
    failing = []
    withheld: dict[int, int | None] = {}  # document id → public number, of each document release listed
    for release in approved:
        kind = release.subject_type
        title = _chosen_title(release)
        try:
            current, masks = _content(session, kind, release.subject_id, list(release.extra_masks), title, index,
                                      frozenset(withheld), quotations)
        except ConsentRefused as refused:
            # (an UnreadName's message quotes the name it found: never printed here)
            said = ("a public field names someone no extraction read" if isinstance(refused, UnreadName)
                    else refused.message)
            # An entry with a mention linked since that no basis names yet still shows what is allowed.
            reasons = ([] if still_allowed(session, release, None, index, frozenset(withheld))
                       else [f"nothing of it may be shown now: {said}"])
        else:
            reasons = (_quotations_now_masked(release, masks) + [str(d) for d in _differences(session, release, current)]
                       if not still_allowed(session, release, current, index, frozenset(withheld)) else [])
            if kind == DOCUMENT and not reasons:
                reasons = _unread_name_reasons(session, release.content)
        if kind == ENTRY and (telling := telling_citations(session, release)):
            reasons = [f"it cites document {document}, a pseudonymous testimony whose withheld witness shares a part "
                       "of this person's name, masked there: citing it tells who the witness is"
                       for document in telling] + reasons
        if reasons and kind == ENTRY:
            cited = _cited_sources(release.content)
            reasons = [f"its facts rest on document {document_id} (public {number}), whose release would no "
                       "longer pass" for document_id, number in withheld.items() if number in cited] + reasons
        if reasons:
            public_number = _public_number(session, kind, release.subject_id)
            failing.append(FailingRelease(release.id, kind, subject_number(session, kind, release.subject_id),
                                          public_number, reasons))
            if kind == DOCUMENT:
                withheld[release.subject_id] = public_number
    return len(approved), failing


def _unread_name_reasons(session: Session, content: dict) -> list[str]:
    """One reason when a standing document release's title, author, publisher, address or licence
    names someone no extraction read (`guwah.publish.unread_names`): approved before drafting and
    approval refused such a field, it stays up until someone looks, and `settle_releases` (which
    runs at every commit) does not run the extractor on metadata. Names the fields, never the words."""
    unread = unread_names(session, content)
    if not unread:
        return []
    fields = " and ".join(_FIELD_WORDS.get(key, key) for key in unread)
    return [f"its {fields} {'names' if len(unread) == 1 else 'name'} someone no extraction read (it reads the "
            "text only): draft it again with that name masked or another title"]


def _cited_sources(content: dict) -> set[int]:
    """The public document numbers an entry's released content cites (its facts' sources and its
    status's sources)."""
    cited = set(status_sources(content.get("status", {})))
    for key in ("names", "timeline", "violations", "attributes"):
        for fact in content.get(key, []):
            cited.update(fact.get("sources", []))
    return cited - {None}


def approved_release_ids(session: Session) -> set[int]:
    """The ids of the releases approved now (what the public sees)."""
    return set(session.scalars(select(Release.id).where(Release.state == "approved")))


def taken_down_since(session: Session, before: set[int]) -> list[ReleaseChange]:
    """The releases of `before` (approved ids read earlier) that are no longer up, as `withdrawal_told`
    tells them (each with its redraft): for a step that ran in a session of its own (the web's intake
    and extraction), which `releases_coming_down` cannot wrap."""
    if not before:
        return []
    return withdrawal_told(session, 0, 0, sorted(before - approved_release_ids(session)))[1]


@contextmanager
def releases_coming_down(session: Session, reason: str | Text) -> Iterator[list[ReleaseChange]]:
    """Around a step that may take releases down; the yielded list is filled when the step ends.

    On exit: `settle_releases` with `reason` (each stale release withdrawn and redrafted), then every
    release the public saw before the step that the step itself withdrew, with its own recorded
    reason and no redraft. Each release once. Nothing is filled if the step raised.
    """
    before = approved_release_ids(session)
    changes: list[ReleaseChange] = []
    yield changes
    changes.extend(_releases_taken_down(session, before, reason))


def _releases_taken_down(session: Session, before: set[int], reason: str | Text) -> list[ReleaseChange]:
    changes = settle_releases(session, reason)
    reported = {change.release for change in changes}
    for release in session.scalars(select(Release).where(Release.id.in_(before - reported),
                                                         Release.state != "approved").order_by(Release.id)):
        changes.append(ReleaseChange(release.id, release.subject_type, release.subject_id,
                                     _public_number(session, release.subject_type, release.subject_id), None,
                                     withdrawal_reason(release) or reason,
                                     subject_number(session, release.subject_type, release.subject_id),
                                     redraft_refusal(release)))
    return changes


TESTIMONY_WITHDRAWN = N_("its source testimony was withdrawn")


def withdraw_testimony(session: Session, document_id: int, actor: str,
                       reason: str) -> tuple[Release | None, list[ReleaseChange]]:
    """`withdraw_release` of a testimony, and the entry releases that came down with it.

    Returns the testimony's release taken down (None if none was up) and every other release the
    step took down (`releases_coming_down`, reason TESTIMONY_WITHDRAWN): the entries whose public
    facts rested on it. `release withdraw` and the workspace's withdraw form both say them.
    """
    with releases_coming_down(session, Text(TESTIMONY_WITHDRAWN)) as changes:
        release = withdraw_release(session, document_id, actor, reason)
    return release, [change for change in changes if release is None or change.release != release.id]


def withdrawal_told(session: Session, document_id: int, release_id: int,
                    came_down: list[int]) -> tuple[Release | None, list[ReleaseChange]]:
    """What `withdraw_testimony` returned, read back from the releases it names: the workspace's
    withdraw form answers with a redirect (Post/Redirect/Get, so a reload withdraws nothing again)
    that carries only release ids. `release_id`: the testimony's release taken down, or 0 when none
    was up; `came_down`: the other releases. A release that is not this document's withdrawn one, or
    one that is up again, is left out; each change's redraft is the subject's draft waiting now.
    """
    release = session.get(Release, release_id) if release_id else None
    if release is None or (release.subject_type, release.subject_id, release.state) != (DOCUMENT, document_id, "withdrawn"):
        release = None
    changes = []
    for taken in session.scalars(select(Release).where(Release.id.in_(came_down), Release.state == "withdrawn")
                                 .order_by(Release.id)):
        kind, subject_id = taken.subject_type, taken.subject_id
        redraft = session.scalar(select(Release.id).where(Release.subject_type == kind, Release.subject_id == subject_id,
                                                          Release.state == "draft").order_by(Release.id.desc()).limit(1))
        changes.append(ReleaseChange(taken.id, kind, subject_id, _public_number(session, kind, subject_id), redraft,
                                     withdrawal_reason(taken) or Text(TESTIMONY_WITHDRAWN),
                                     subject_number(session, kind, subject_id),
                                     redraft_refusal(taken) if redraft is None else None))
    return release, resting_on(session, changes)


def keep_releases_current(session: Session) -> list[int]:
    """`settle_releases` with the general reason; returns the subject ids whose release was withdrawn."""
    return [change.subject_id for change in settle_releases(session)]


def restore_releases(session: Session, operation: int, actor: str) -> list[ReleaseChange]:
    """Put back up the releases that registry act `operation` took down, now that it is undone.

    A release comes back only if nothing has been approved for its subject since and what it
    showed is exactly what a release would show today: the public then sees what it saw before
    the act, reviewed as it was (its approver and drafter are kept; the restoring is audited).
    The automatic redrafts the act left are superseded. Returns the releases put back.
    """
    restored = []
    taken = session.scalars(select(Release).where(Release.withdrawn_for_operation == operation,
                                                  Release.state == "withdrawn").order_by(Release.id))
    for release in list(taken):
        kind, subject_id = release.subject_type, release.subject_id
        if current_release(session, subject_id, subject_type=kind) is not None:
            continue
        title = _chosen_title(release)
        try:
            current, _ = _content(session, kind, subject_id, list(release.extra_masks), title)
        except ConsentRefused:
            continue
        if current != release.content:
            continue
        versions = releases_of(session, subject_id, kind)
        for draft in versions:
            if draft.state == "draft" and draft.drafted_by == SYSTEM:
                draft.state = "superseded"
        why = Text(RESTORED, {"operation": operation, "release": release.id})
        back = Release(subject_type=kind, subject_id=subject_id, version=versions[-1].version + 1,
                       state="approved", content=release.content, masks=list(release.masks),
                       extra_masks=list(release.extra_masks), drafted_by=release.drafted_by,
                       drafted_at=release.drafted_at, approved_by=release.approved_by, approved_at=_now(),
                       approval_basis="restored", approval_message=why.record(),
                       passages=release.passages)  # an entry's links as approved, as the rest of it
        session.add(back)
        session.flush()
        _audit(session, actor, "release", kind, subject_id, step="restored", release=back.id,
               restores=release.id, operation=operation)
        restored.append(ReleaseChange(back.id, kind, subject_id, _public_number(session, kind, subject_id),
                                      None, why, subject_number(session, kind, subject_id)))
    return restored


# --- registry acts, with what they take down and put back ---------------------------------------------

@dataclass(frozen=True)
class RegistryAct:
    """A merge, split or undo of the registry and its effect on the public: the releases it took
    down (`withdrawn`, each with its redraft if any) and put back (`restored`, by an undo)."""

    operation: int
    entry: int | None
    withdrawn: list[ReleaseChange]
    restored: list[ReleaseChange]
    # An undo's: the "same" judgements it withdrew (`guwah.registry.withdraw_judgements`).
    judgements_withdrawn: list = field(default_factory=list)
    # The "different" judgements a split or an undone merge recorded between the sides it parted, and
    # those an undone split withdrew (`guwah.registry.Separation`), or None.
    separation: object = None
    separation_withdrawn: object = None
    # A merge's: the "different" judgements of splits and undos it joined past and withdrew
    # (`guwah.registry.withdrawn_by_merge`, one PassedSeparation per act).
    separations_passed: list = field(default_factory=list)


# Why a step took releases down: each a Text's message, kept with its values (`Release.withdraw_message`),
# said in the reader's language on the workspace's pages and in English by the CLI.
MERGE_REASON = N_("entry %(merged)s was merged into entry %(survivor)s: the merged entry must be reviewed again "
                  "(a merge takes the stricter consent of its mentions and shows all their facts)")
SPLIT_REASON = N_("entry %(number)s was split: each entry must be reviewed again")
UNDO_REASON = N_("registry act %(operation)s was undone: the entry must be reviewed again")
CONSENT_LOWERED = N_("the consent of document %(document)s was lowered to %(level)s")
BASES_WITHDRAWN = N_("the naming bases of person %(person)s were withdrawn")
EMBARGO_CHANGED = N_("the embargo of document %(document)s was changed")
WITNESS_WITHDREW = N_("the witness withdrew consent")
COPY_WITNESS_WITHDREW = N_("a copy of a testimony whose witness withdrew consent")
# Why an undo put a release back up (`restore_releases`): kept as its message and values
# (`Release.approval_message`), as the reasons above.
RESTORED = N_("undo of registry act %(operation)s put back release %(release)s")
# The registry's and the review's: `guwah link`, `guwah boilerplate add|remove`, a reopened or reassigned
# fact, an erased testimony, a naming approval.
LINKER_MERGED = N_("the linker merged entries: each merged entry must be reviewed again (a merge takes the "
                   "stricter consent)")
BOILERPLATE_REGISTERED = N_("a boilerplate passage was registered")
BOILERPLATE_REMOVED = N_("a boilerplate passage was removed")
FACTS_REOPENED = N_("%(refs)s reopened for review: it is no longer accepted")
FACT_REASSIGNED = N_("%(ref)s was reassigned to another person")
TESTIMONY_ERASED = N_("a source testimony was erased")
NAMING_SHOWS = N_("naming basis %(basis)s now names person %(person)s, whom it masked")


def merge_entries(session: Session, survivor: int, merged: int, actor: str, store=None,
                  force: bool = False, reason: str | None = None) -> RegistryAct:
    """`guwah.registry.merge` (`force`: despite conflicting assertions), then take down at once the
    releases it made stale (with why): an entry release that the merged mentions only give more to show
    stays up as approved (`still_allowed`), as after any link, until its new draft is approved."""
    from guwah.registry import merge, next_operation, withdrawn_by_merge

    operation = next_operation(session)
    keep = merge(session, survivor, merged, actor, store=store, operation=operation, force=force, reason=reason)
    withdrawn = settle_releases(session, Text(MERGE_REASON, {"merged": entry_label(merged),
                                                             "survivor": entry_label(survivor)}), operation,
                                joins=True)
    return RegistryAct(operation, keep.number, withdrawn, [], separations_passed=withdrawn_by_merge(session, operation))


def split_entry(session: Session, number: int, person_ids: list[int], actor: str, store=None,
                reason: str | None = None) -> RegistryAct:
    """`guwah.registry.split` (`entry` is the new entry's number), and the releases it took down."""
    from guwah.registry import next_operation, recorded_separation, split

    operation = next_operation(session)
    new = split(session, number, person_ids, actor, store=store, reason=reason)
    return RegistryAct(operation, new.number, settle_releases(session, Text(SPLIT_REASON, {"number": entry_label(number)}),
                                                                    operation),
                       [], separation=recorded_separation(session, operation))


def undo_registry_act(session: Session, actor: str, store=None, reason: str | None = None) -> RegistryAct:
    """`guwah.registry.undo`, putting back the releases the undone act took down when they show
    exactly what they showed (`restore_releases`); returns the undone operation, both lists and the
    "same" judgements the undo withdrew, and the "different" ones it recorded or withdrew."""
    from guwah.registry import next_operation, recorded_separation, undo, withdrawn_by_undo, withdrawn_separation

    operation = undo(session, actor, store=store, reason=reason)
    undo_operation = next_operation(session) - 1
    restored = restore_releases(session, operation, actor)
    withdrawn = settle_releases(session, Text(UNDO_REASON, {"operation": operation}), undo_operation)
    return RegistryAct(operation, None, withdrawn, restored, withdrawn_by_undo(session, operation),
                       recorded_separation(session, undo_operation), withdrawn_separation(session, operation))


@event.listens_for(Session, "after_flush")
def _note_watched_changes(session: Session, _context) -> None:
    if "guwah_store" not in session.info:
        return
    changed = (*session.new, *session.dirty, *session.deleted)
    if any(isinstance(row, _WATCHED) for row in changed):
        session.info["releases_to_check"] = True
    if any(isinstance(row, Facility) or (isinstance(row, Entry) and row.kind == FACILITY_KIND) for row in changed):
        session.info["facilities_to_number"] = True
    if any(_shows_in_facilities(row) for row in changed if not (isinstance(row, Place) and row in session.new)):
        session.info[FACILITIES_CHANGED] = True


def _shows_in_facilities(row) -> bool:
    """Whether a changed row is one the public facilities are read from
    (`guwah.publish.public_facilities`; a place only once it exists: a new one is no facility's)."""
    return (isinstance(row, Facility | Place) or (isinstance(row, Entry) and row.kind == FACILITY_KIND)
            or (isinstance(row, PublicNumber) and row.subject_type == FACILITY))


# True while the web app answers a request (`guwah.web.create_app` sets it around each one): the
# commits made for it leave the day's work (`publish_due`) to the server, since a read must not write.
WEB_REQUEST: ContextVar[bool] = ContextVar("guwah_web_request", default=False)


@event.listens_for(Session, "before_commit")
def _watch(session: Session) -> None:
    # Flush first so that changes still pending are seen.
    if "guwah_store" not in session.info or session.info.get("checking_releases"):
        return
    session.flush()
    if session.info.pop("releases_to_check", False):
        _check_releases(session)
    elif (not WEB_REQUEST.get()
          and getattr(_store(session), "documents_numbered_on", None) != publish_today()):
        # The day's first commit: a release whose embargo ended overnight becomes public now.
        # Not a web request's (a page view must not write): `guwah serve` runs `publish_due`.
        _check_releases(session, settle=False)
    # The public facilities are kept per search index version (`guwah.publish`): raising it shows
    # a change to them in the next search of every process.
    if session.info.get(FACILITIES_CHANGED):
        bump_version(session)


def publish_due(store) -> None:
    """The day's work of the commits (`_watch`) in a transaction of its own: number the document
    releases that became public (an embargo over), the public search index following. `guwah serve`
    runs it at start and at each day's start, since a page view's commit never does it
    (`WEB_REQUEST`): a read must not write."""
    with store.session() as session:
        _check_releases(session, settle=False)


def _check_releases(session: Session, settle: bool = True) -> None:
    session.info["checking_releases"] = True
    try:
        # A facility published by this commit (imported, merged, unmerged) gets its public number
        # first, so that the releases below are checked against the numbers the public will see.
        if session.info.pop("facilities_to_number", False):
            number_public_facilities(session)
        if settle:
            keep_releases_current(session)
            session.flush()
        # A document release public from now (approved, embargo over) gets its number, after any
        # release this commit took down is down.
        _store(session).documents_numbered_on = publish_today()
        number_public_documents(session)
        # The public search index follows the releases in the same commit.
        sync_pending(session)
        session.flush()
    finally:
        session.info.pop("checking_releases", None)
        session.info.pop("releases_to_check", None)
        session.info.pop("facilities_to_number", None)


# --- naming bases -------------------------------------------------------------------------------------

# Where a proposer gives the testimony a naming basis rests on: the CLI's option, the naming form's
# document number on a page (`guwah.web.labels`).
DOCUMENT_OPTION = Term("document_option", "--document")


def standing_bases(session: Session, document_ids: list[int] | None) -> dict[int, tuple[int, int | None]]:
    """The naming bases not withdrawn (that cite one of these testimonies, when given): id → (mention id,
    document id). Read before a consent is lowered or withdrawn, for `bases_gone` after it."""
    query = select(NamingBasis).where(NamingBasis.withdrawn_at.is_(None))
    if document_ids is not None:
        query = query.where(NamingBasis.document_id.in_(document_ids))
    return {row.id: (row.person_id, row.document_id) for row in session.scalars(query)}


def bases_gone(session: Session, standing: dict[int, tuple[int, int | None]]) -> list[tuple[int, int, int | None]]:
    """Of `standing` (`standing_bases`), those withdrawn since: (basis id, mention id, document id)."""
    return [(basis, *standing[basis]) for basis in sorted(standing)
            if session.get(NamingBasis, basis).withdrawn_at is not None]


def basis_gone_note(basis: int, person_id: int, document_id: int | None) -> Text:
    """What a lowering or withdrawal of consent did to one naming basis (`bases_gone`), by ids, as the
    CLI (`guwah consent set`, `withdraw`) and the document page after its consent form say it."""
    values = {"basis": basis, "mention": mention_label(person_id), "document": document_id}
    if document_id is not None:
        return Text(N_("withdrew naming basis %(basis)s of %(mention)s: it rested on the consent of document "
                       "%(document)s, taken back; %(mention)s is withheld until a new basis is approved"), values)
    return Text(N_("withdrew naming basis %(basis)s of %(mention)s: it rested on the witness's consent, taken back; "
                   "%(mention)s is withheld until a new basis is approved"), values)


def propose_basis(session: Session, person_id: int, basis: str, actor: str, note: str | None = None,
                  document_id: int | None = None) -> NamingBasis:
    """Propose the basis on which a person may be named; they stay withheld until it is approved.

    Raises ConsentRefused for a mention that records the person's own refusal, unless the basis is
    her own consent (`publish.refusal_of`).
    """
    if basis not in BASES:
        raise InputError(Text(N_("a naming basis is one of %(bases)s"), {"bases": ", ".join(BASES)}), value=basis)
    if session.get(Person, person_id) is None:
        raise NotFound(Text(N_("no person %(mention)s"), {"mention": mention_label(person_id)}), value=person_id)
    if refused := refusal_of(session, person_id, basis):
        raise ConsentRefused(refused, value=person_id)
    if document_id is not None and (document_id > MAX_ID or session.get(Document, document_id) is None):
        raise NotFound(Text(N_("no document %(document)s"), {"document": document_id}), value=document_id)
    if basis == "already_named":
        from guwah.publish import is_public_document

        if document_id is None:
            raise InputError(Text(N_("'%(basis)s' needs the released document that names the person (%(option)s)"),
                                  {"basis": Term("naming_basis", basis), "option": DOCUMENT_OPTION}))
        if not is_public_document(session, document_id):
            # The document was given: say what is missing, its release (which masks the person until then).
            raise InputError(Text(N_(
                "document %(document)s is not released: '%(basis)s' cites a released document that names the "
                "person; approve its release first (the person stays masked in it until this basis is approved)"),
                {"document": document_id, "basis": Term("naming_basis", basis)}), value=document_id)
        from guwah.names.inflection import fold

        # The document as published by its source (its release masks the person until now).
        source_text = fold(session.get(Document, document_id).text)
        names = session.scalars(select(PersonName.name).where(PersonName.person_id == person_id))
        if not any(fold(name) in source_text for name in names):
            raise InputError(Text(N_("document %(document)s does not name person %(mention)s"),
                                  {"document": document_id, "mention": mention_label(person_id)}))
    row = NamingBasis(person_id=person_id, basis=basis, note=note, document_id=document_id,
                      proposed_by=actor, proposed_at=_now())
    session.add(row)
    session.flush()
    _audit(session, actor, "naming", "person", person_id, step="proposed", basis=basis, naming_basis=row.id)
    return row


def approve_basis(session: Session, basis_id: int, reviewer: str, reason: str | None = None,
                  show_shared_name: bool = False) -> NamingBasis:
    """Approve a proposed naming basis (a second reviewer's, see `_second_reviewer`).

    `show_shared_name`: the reviewer confirms that the person's whole name may be shown in a
    pseudonymous testimony whose withheld witness shares a part of it (`testimonies_sharing_name`);
    without it that part stays masked there (`guwah.publish.shared_witness_parts`).
    """
    row = session.get(NamingBasis, basis_id)
    if row is None:
        raise NotFound(f"no naming basis {basis_id}", value=basis_id)
    hold_for_decision(session, row, NamingBasis.approved_at)
    if row.approved_at is not None or row.withdrawn_at is not None:
        raise InputError(Text(N_("naming basis %(basis)s was already decided"), {"basis": basis_id}))
    if refused := refusal_of(session, row.person_id, row.basis):  # her refusal recorded since it was proposed
        raise ConsentRefused(Text(N_("naming basis %(basis)s: %(refusal)s"), {"basis": basis_id, "refusal": refused}),
                             value=basis_id)
    row.approval_basis = _second_reviewer(session, row.proposed_by, reviewer, reason,
                                          Text(N_("naming basis %(basis)s"), {"basis": basis_id}))
    row.approved_by, row.approved_at, row.approval_reason = reviewer, _now(), reason
    row.shows_shared_name = bool(show_shared_name)
    session.flush()
    _audit(session, reviewer, "naming", "person", row.person_id, step="approved", naming_basis=row.id,
           approval=row.approval_basis, **({"shows_shared_name": True} if show_shared_name else {}))
    return row


@dataclass(frozen=True)
class NamingApproval:
    """What approving a naming basis did to the public: `withdrawn` lists the releases that masked
    the person (each with its redraft); `pending` the redrafts that differ from what was approved
    only by showing this person, so that one release approval by another reviewer (`guwah release
    approve N`) puts them back; the others must be drafted again by a person. `entry` is the
    person's registry entry number (None for a mention in no entry), and `still_withheld` the other
    mentions of that entry with no standing basis: their names stay masked in every text, this
    person's own name too where it is written alike, until each has a basis of its own.
    `shares_witness_name`: the pseudonymous testimonies whose withheld witness shares a part of
    this person's name (`testimonies_sharing_name`), and `shows_shared_name` whether the reviewer
    confirmed showing it there (otherwise that part stays masked in them). `redrafted`: the redrafts
    still waiting from an earlier approval (or release check) that were drafted again to follow this
    one, as (subject label, old draft, new draft or None when nothing of it may be shown now); a new
    draft in `pending` needs only another reviewer's approval, as above."""

    basis: int
    person: int
    reviewer: str
    withdrawn: list[ReleaseChange]
    pending: list[int]
    entry: int | None = None
    still_withheld: list[int] = field(default_factory=list)
    shares_witness_name: list[int] = field(default_factory=list)
    shows_shared_name: bool = False
    # (subject label, the redraft replaced, the new one or None, the command that drafts it by hand)
    redrafted: list[tuple[str, int, int | None, str]] = field(default_factory=list)
    # Releases of the person's entry and of the documents naming its mentions that the release check
    # took down with nothing to show then, drafted again now (`_redraft_shown_again`): (subject
    # label, the release taken down, the new draft, the command that drafts it by hand); a new draft
    # in `pending` shows exactly what it did.
    revived: list[tuple[str, int, int, str]] = field(default_factory=list)
    # How many names are recorded for the person, and how many of them the archive's masks still
    # hide, each written as the name of someone no basis names (a namesake, or a mention with no
    # basis of its own): a reader could not tell them apart (`redaction.build_masking`).
    names: int = 0
    masked_names: int = 0
    # Of `still_withheld`, the mentions that record the person's own refusal to be named (a
    # witness's confidential or pseudonymous consent, a withdrawal): no basis is suggested for them.
    refusing: list[int] = field(default_factory=list)
    # A person's own drafts that waited for review, made before this decision and no longer showing
    # what a release would show, drafted again to follow it, as `redrafted` (a new draft in `pending`
    # differs only by the names approved).
    plain: list[tuple[str, int, int | None, str]] = field(default_factory=list)
    # How many distinct parts of the person's names stay masked where one is written alone: each is
    # also another form of a withheld person's name part (an inflected case, a feminine ending,
    # another spelling: «Касымова», the genitive of a withheld «Касымов»), so a reader could not tell
    # whose; the whole name written as it stands is shown (`masked_parts_alone`).
    masked_parts: int = 0


@dataclass(frozen=True)
class RedraftTold:
    """A redraft a naming approval left waiting, read back by release ids (`redrafts_told`): `revived`
    False for a redraft that waited and was drafted again to follow the approval (`NamingApproval.
    redrafted`), True for a release the release check took down with nothing to show then, now
    drafted again (`NamingApproval.revived`); `old` the release it replaces, `new` the draft waiting
    now, or None when nothing of it may be shown; `subject_type` and `number` (what people type for
    it) its subject; `drafter` who the new draft is recorded as drafted by: a reviewer (it differs
    only by the names approved, so another reviewer approves it as it stands), or SYSTEM (a person
    must draft it again, `redraft_command`)."""

    revived: bool
    old: int
    new: int | None
    subject_type: str
    number: int | None
    drafter: str | None

    @property
    def pending(self) -> bool:
        """Whether another reviewer may approve the new draft as it stands."""
        return self.new is not None and self.drafter not in (None, SYSTEM)

    @property
    def again(self) -> str:
        """The command that drafts the subject again by hand (`draft_command`), where the new draft
        is the system's and no one may approve it."""
        return draft_command(self.subject_type, self.number)


def redrafts_told(session: Session, told: list[tuple[bool, int, int | None]]) -> list[RedraftTold]:
    """The redrafts a naming approval said it left waiting (`approve_naming`'s `redrafted` and
    `revived`, as (revived, old release id, new draft id or None)), read back as they stand now: the
    workspace's naming form answers with a redirect that carries only release ids. An id that names
    no release is left out; a new draft decided since then is left out too."""
    notes = []
    for revived, old_id, new_id in told:
        old = session.get(Release, old_id)
        new = session.get(Release, new_id) if new_id else None
        if old is None or (new_id and (new is None or new.state != "draft")):
            continue
        notes.append(RedraftTold(revived, old_id, new_id or None, old.subject_type,
                                 subject_number(session, old.subject_type, old.subject_id),
                                 new.drafted_by if new is not None else None))
    return notes


def masked_names(session: Session, person_id: int) -> tuple[int, int]:
    """(How many distinct names are recorded for the person, how many of them a public text still
    masks where they are written: `archive_masking` read over each name alone.)"""
    from guwah.redaction import redact

    names = {" ".join(name.split()) for name in session.scalars(
        select(PersonName.name).where(PersonName.person_id == person_id))} - {""}
    if not names:
        return 0, 0
    masking = archive_masking(session)
    return len(names), sum(1 for name in names if any(mask.kind == "name" for mask in redact(name, masking).masks))


def masked_parts_alone(session: Session, person_id: int) -> int:
    """How many distinct parts (of masking length) of the person's names a public text masks where
    one is written alone: `archive_masking` read over each part by itself. A part a namesake bears
    as written is not masked alone (only beside a mask); one that a withheld name claims through
    another reading of it is (the withheld name wins where a word may be either)."""
    from guwah.redaction import MIN_PART, name_parts, redact

    parts = {part for name in session.scalars(select(PersonName.name).where(PersonName.person_id == person_id))
             for part in name_parts(name) if len(part) >= MIN_PART}
    if not parts:
        return 0
    masking = archive_masking(session)
    return sum(1 for part in parts if any(mask.kind == "name" for mask in redact(part, masking).masks))


def approve_naming(session: Session, basis_id: int, reviewer: str, reason: str | None = None,
                   show_shared_name: bool = False) -> NamingApproval:
    """`approve_basis`, then take down at once the releases that masked the person (they would
    now show the name), saying which; nothing is shown again until a second reviewer approves.

    A redraft whose only difference from the release it replaces is this person's name needs no
    other judgement: it is recorded as drafted by `reviewer` (whose approval made it), so that
    any other reviewer may approve it as it stands. Other redrafts stay with the system and must
    be drafted again by a person (`guwah release propose`).
    """
    row = approve_basis(session, basis_id, reviewer, reason, show_shared_name)
    why = Text(NAMING_SHOWS, {"basis": basis_id, "person": mention_label(row.person_id)})
    pending = []
    before = None
    # A redraft still waiting from an earlier naming approval follows this one too; one that was
    # pending (it differed only by that person) and now differs from it only by this person stays so.
    # So does a person's own draft made before this decision (`plain`): left as it was, it could no
    # longer be approved, and nothing said so.
    redrafted, plain = [], []
    for own, (old_id, new_id) in [*((False, pair) for pair in refresh_redrafts(session, why)),
                                  *((True, pair) for pair in refresh_redrafts(session, why, plain=True))]:
        old = session.get(Release, old_id)
        (plain if own else redrafted).append((
            subject_label(old.subject_type, subject_number(session, old.subject_type, old.subject_id)),
            old_id, new_id, redraft_command(session, old.subject_type, old.subject_id)))
        if new_id is None or old.drafted_by == SYSTEM or old.subject_type != DOCUMENT:
            continue
        if before is None:
            before = archive_masking(session, withhold={row.person_id})
        title = _chosen_title(old)
        try:
            unnamed, _ = draft_content(session, old.subject_id, list(old.extra_masks), title, before)
        except ConsentRefused:
            continue
        if unnamed == old.content:
            redraft = session.get(Release, new_id)
            redraft.drafted_by = reviewer
            _audit(session, reviewer, "release", DOCUMENT, old.subject_id, step="drafted", release=new_id,
                   version=redraft.version, naming_basis=basis_id)
            pending.append(new_id)
    withdrawn = settle_releases(session, why)
    revived = _redraft_shown_again(session, row.person_id, reviewer, basis_id)
    pending.extend(new for _, _, new, handed, _ in revived if handed)
    for change in withdrawn:
        if change.redraft is None or change.subject_type != DOCUMENT:
            continue
        if before is None:
            before = archive_masking(session, withhold={row.person_id})
        old, redraft = session.get(Release, change.release), session.get(Release, change.redraft)
        title = _chosen_title(old)
        try:
            unnamed, _ = draft_content(session, change.subject_id, list(old.extra_masks), title, before)
        except ConsentRefused:
            continue
        if unnamed == old.content:
            redraft.drafted_by = reviewer
            _audit(session, reviewer, "release", DOCUMENT, change.subject_id, step="drafted", release=redraft.id,
                   version=redraft.version, naming_basis=basis_id)
            pending.append(redraft.id)
    session.flush()
    from guwah.registry import mentions_of

    person = session.get(Person, row.person_id)
    named = named_person_ids(session)
    others = [] if person.entry is None else [
        mention.id for mention in mentions_of(session, person.entry) if mention.id not in named]
    refusing = sorted(session.scalars(select(Person.id).where(
        Person.id.in_(others), Person.consent_recorded.is_(True),
        Person.consent != ConsentLevel.PUBLIC.value))) if others else []
    names, masked = masked_names(session, row.person_id)
    return NamingApproval(basis_id, row.person_id, reviewer, withdrawn, pending,
                          None if person.entry is None else person.entry.number, others,
                          testimonies_sharing_name(session, row.person_id), bool(show_shared_name), redrafted,
                          [(subject, old, new, again) for subject, old, new, _, again in revived], names, masked,
                          refusing, plain, masked_parts_alone(session, row.person_id))


def _redraft_shown_again(session: Session, person_id: int, reviewer: str,
                         basis_id: int) -> list[tuple[str, int, int, bool]]:
    """The releases of this person's entry, and of the documents naming a mention of it, that the
    release check took down with nothing to show (a mention merged in without a basis of its own)
    and that may be shown now: each is drafted again, as the check drafts what it can, so that a
    draft waits; one showing exactly what was approved is handed to `reviewer` (whose approval
    made it possible), so that another reviewer may approve it as it stands. Returns (subject
    label, the release taken down, the new draft, handed to the reviewer) for each."""
    from guwah.registry import mentions_of

    person = session.get(Person, person_id)
    people = mentions_of(session, person.entry) if person.entry is not None else [person]
    subjects = [(ENTRY, person.entry_id)] if person.entry_id is not None else []
    subjects += [(DOCUMENT, document_id) for document_id in sorted(set(session.scalars(
        select(PersonName.evidence_document_id).where(PersonName.person_id.in_([p.id for p in people]),
                                                      PersonName.evidence_document_id.is_not(None)))))]
    revived = []
    for kind, subject_id in subjects:
        versions = releases_of(session, subject_id, kind)
        if not versions or versions[-1].state != "withdrawn" or versions[-1].withdrawn_by != SYSTEM:
            continue
        down = versions[-1]
        title = _chosen_title(down)
        try:
            draft = draft_release(session, subject_id, SYSTEM, list(down.extra_masks), title, kind)
        except ConsentRefused:  # nothing of it may be shown yet (an UnreadName too: a person drafts it)
            continue
        handed = draft.content == down.content
        if handed:
            draft.drafted_by = reviewer
            _audit(session, reviewer, "release", kind, subject_id, step="drafted", release=draft.id,
                   version=draft.version, naming_basis=basis_id)
        revived.append((subject_label(kind, subject_number(session, kind, subject_id)), down.id, draft.id, handed,
                        redraft_command(session, kind, subject_id)))
    return revived


def withdraw_bases(session: Session, person_id: int, actor: str) -> int:
    """Withdraw every standing naming basis of a person; releases naming them come down.

    The person is the real person of the registry: the bases of every mention of `person_id`'s
    entry are withdrawn (a basis left on another mention would keep her name unmasked everywhere),
    as `withdraw_witness_consent` follows the entry. Returns how many bases were withdrawn.
    NotFound for a person id that names no one (never a silent "0 withdrawn")."""
    from guwah.registry import mentions_of

    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {mention_label(person_id)}", value=person_id)
    people = mentions_of(session, person.entry) if person.entry is not None else [person]
    rows = list(session.scalars(select(NamingBasis).where(NamingBasis.person_id.in_([p.id for p in people]),
                                                          NamingBasis.withdrawn_at.is_(None))))
    for row in rows:
        row.withdrawn_by, row.withdrawn_at = actor, _now()
    session.flush()
    for mention in sorted({row.person_id for row in rows}):
        _audit(session, actor, "naming", "person", mention, step="withdrawn",
               count=sum(1 for row in rows if row.person_id == mention))
    return len(rows)


ERASED_TESTIMONY = N_("the testimony it cites was erased")
# What an erasure leaves of the written reasons of the testimony's consent and embargo changes (which may
# quote the witness), and why it refuses a raise still waiting: kept as their message (`reason_message`,
# `decision_message`), read back by `recorded_reason`.
REASON_ERASED = N_("erased with its testimony (the written reason may have quoted the witness)")
TESTIMONY_WAS_ERASED = N_("the testimony was erased")
# What an erasure leaves of a naming basis's note and approval reason (`note_message`, `approval_message`):
# the day and the audit entry that recorded the erasure (its number, "erasure request N").
ERASED_ON = N_("erased on %(date)s under erasure request %(request)s")


def recorded_reason(words: str | None, message: dict | None) -> str | Text | None:
    """A consent or embargo change's reason, or a naming basis's note or approval reason, as recorded:
    the Text of a step's fixed reason (its record, `message`: an erasure's), else a person's `words`."""
    return Text.recorded(message) if message else words


def naming_bases(session: Session, document_id: int | None = None, person_id: int | None = None) -> list[dict]:
    """Every naming basis (those citing testimony `document_id`, those of mention `person_id`, when
    given), oldest first, as the CLI and the workspace show them: id, person (mention id), basis,
    document, state, who proposed and approved it, and its `note` and `approval_reason` as recorded
    (`recorded_reason`: a person's words, or the Text an erasure left in their place, "erased on DATE
    under erasure request N")."""
    query = select(NamingBasis).order_by(NamingBasis.id)
    if document_id is not None:
        query = query.where(NamingBasis.document_id == document_id)
    if person_id is not None:
        query = query.where(NamingBasis.person_id == person_id)
    return [{"id": b.id, "person": b.person_id, "basis": b.basis, "document": b.document_id,
             "state": "withdrawn" if b.withdrawn_at else "approved" if b.approved_at else "proposed",
             "proposed_by": b.proposed_by, "approved_by": b.approved_by,
             "note": recorded_reason(b.note, b.note_message),
             "approval_reason": recorded_reason(b.approval_reason, b.approval_message)}
            for b in session.scalars(query)]


def withdraw_bases_citing(session: Session, document_id: int, actor: str, reason: Text = Text(ERASED_TESTIMONY),
                          bases: tuple[str, ...] = BASES) -> list[int]:
    """Withdraw every standing naming basis (proposed or approved) of one of `bases` that cites this
    testimony (the consent or earlier naming it rests on): an erasure leaves nothing for it to rest on,
    nor does a witness's withdrawal or a consent lowered since (`request_consent_change`). Each is
    audited by its id and the reason's message id (a Text record), never its note. Returns the bases' ids."""
    rows = list(session.scalars(select(NamingBasis).where(NamingBasis.document_id == document_id,
                                                          NamingBasis.basis.in_(bases),
                                                          NamingBasis.withdrawn_at.is_(None))
                                .order_by(NamingBasis.id)))
    for row in rows:
        row.withdrawn_by, row.withdrawn_at = actor, _now()
    session.flush()
    for row in rows:
        _audit(session, actor, "naming", "person", row.person_id, step="withdrawn", naming_basis=row.id,
               reason=reason.record(), document=document_id)
    return [row.id for row in rows]


# --- consent --------------------------------------------------------------------------------------------

def testimony_consent(session: Session, document_id: int) -> str | None:
    """The consent level recorded for a testimony, or None when the document is no testimony."""
    return session.scalar(select(Testimony.consent).where(Testimony.document_id == document_id))


def set_embargo(session: Session, document_id: int, until: str | None, actor: str,
                reason: str | None = None) -> date | None:
    """Keep a testimony off the public site until the day `until` (YYYY-MM-DD), or change the day,
    or lift the embargo (`until` None); returns the embargo it had (CLI and web call this alike).

    Setting or extending applies at once, as lowering a consent does: it can only publish less.
    Wrap it in `releases_coming_down` so that approved releases that no longer fit come down.
    Shortening or lifting publishes sooner than the witness asked: only an account whose role may
    "shorten_embargo" (`guwah.accounts.permissions.PERMISSIONS`: admin) may, with a written
    `reason`, kept sealed in an `EmbargoChange` row that the audit entry names (the reason never
    goes into the audit log's plain detail). In an archive without accounts, any actor may, as
    every command may there.

    Raises:
        InputError: `until` is not a day or is not after today; a shortening or lifting without a
            reason; a lifting of a testimony that has no embargo.
        AccessDenied: a shortening or lifting by an actor whose role may not (one line).
        NotFound: no testimony for the document.
    """
    day = None
    if until is not None:
        try:
            day = date.fromisoformat(str(until).strip())
        except ValueError:
            raise InputError(Text(N_("an embargo is a day as YYYY-MM-DD")), value=str(until)) from None
        if day <= datetime.now(UTC).date():
            raise InputError(Text(N_("an embargo until %(day)s is over already: give a day after today (or lift it)"),
                                  {"day": day.isoformat()}))
    testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
    if testimony is None:
        raise NotFound(f"no testimony {document_id}", value=document_id)
    old = testimony.embargo_until
    if day is None and old is None:
        raise InputError(Text(N_("document %(document)s has no embargo to lift"), {"document": document_id}))
    if old is not None and (day is None or day < old):
        _shorten_embargo(session, testimony, day, actor, reason)
    elif old != day:
        _audit(session, actor, "change", DOCUMENT, document_id, field="embargo_until",
               old=old.isoformat() if old else None, new=day.isoformat())
        testimony.embargo_until = day
        session.flush()
    return old


def _shorten_embargo(session: Session, testimony: Testimony, day: date | None, actor: str, reason: str | None) -> None:
    """Move `testimony`'s embargo earlier, to `day`, or lift it (None): the admin role's, with a reason."""
    from guwah.accounts import check_cli_actor
    from guwah.errors import AccessDenied

    try:
        check_cli_actor(session, actor, "shorten_embargo")
    except AccessDenied as error:
        said = (N_("lifting an embargo publishes sooner than the witness asked, so only an admin may: %(why)s")
                if day is None else
                N_("shortening an embargo publishes sooner than the witness asked, so only an admin may: %(why)s"))
        raise AccessDenied(Text(said, {"why": error.text or error.message}), value=actor) from error
    if not (reason or "").strip():
        raise InputError(Text(N_("lifting an embargo needs a written reason (%(option)s: whose word, and when)")
                              if day is None else
                              N_("shortening an embargo needs a written reason (%(option)s: whose word, and when)"),
                              {"option": REASON_OPTION}))
    old = testimony.embargo_until
    change = EmbargoChange(document_id=testimony.document_id, old=old, new=day, reason=reason.strip(),
                           changed_by=actor, changed_at=_now())
    session.add(change)
    session.flush()
    _audit(session, actor, "change", DOCUMENT, testimony.document_id, field="embargo_until", old=old.isoformat(),
           new=day.isoformat() if day else None, embargo_change=change.id)
    testimony.embargo_until = day
    session.flush()


def _lower_witness(session: Session, testimony: Testimony, new: str, actor: str) -> None:
    """A testimony lowered to `new` lowers its witness's own recorded consent (her mention's) where
    looser, as a sidecar stating `witness: {consent: …}` would have: pseudonymous shows her as her
    pseudonym (`guwah.publish.withheld_replacement`), not "[name withheld]"; confidential withholds
    her. Her latest word: recorded as hers (a refusal her entry's other mentions follow)."""
    witness = testimony.witness
    if witness is None or stricter(witness.consent, new) != new or witness.consent == new:
        return
    _audit(session, actor, "change", "person", witness.id, field="consent", old=witness.consent, new=new)
    witness.consent, witness.consent_recorded = new, True


def request_consent_change(session: Session, document_id: int, level: str, actor: str,
                           reason: str | None = None) -> ConsentChange | None:
    """Change a testimony's consent. Lowering applies now; raising waits for a second reviewer.

    Returns the pending request when raising, None when applied at once. Raises InputError for an
    unknown level, a missing reason, or a raise of an erased testimony; NotFound for a document
    without testimony.
    """
    try:
        new = ConsentLevel(level).value
    except ValueError:
        raise InputError(Text(N_("a consent level is one of %(levels)s"),
                              {"levels": ", ".join(c.value for c in ConsentLevel)}), value=level) from None
    testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
    if testimony is None:
        raise NotFound(f"no testimony {document_id}", value=document_id)
    old = testimony.consent
    if old == new or stricter(old, new) == new:
        # Setting the level again, or lowering it, is the latest word: a raise still pending (asked
        # before the witness withdrew, say) must not raise it later on a second reviewer's approval.
        refuse_pending_raises(session, document_id, actor, f"consent set to {new} after it was asked")
    if old == new:
        return None
    if stricter(old, new) == new:  # lowering: safe at once
        _audit(session, actor, "change", DOCUMENT, document_id, field="consent", old=old, new=new)
        testimony.consent = new
        _lower_witness(session, testimony, new, actor)
        session.flush()
        # A naming basis citing this testimony rests on the consent it recorded, which the lowering, the
        # witness's latest word, takes back: made confidential, every basis citing it goes (a relative she
        # agreed to have named); made pseudonymous, only her own consent to be named (her relatives' names
        # stand, as in any pseudonymous account: the shared-name rule guards her surname). A basis
        # approved after this lowering is her later word and stands.
        withdraw_bases_citing(session, document_id, actor,
                              Text(CONSENT_LOWERED, {"document": document_id, "level": Term("consent", new)}),
                              BASES if new == ConsentLevel.CONFIDENTIAL.value else (OWN_WORD,))
        return None
    from guwah.protection.erasure import is_erased

    if is_erased(testimony.document):
        raise InputError(Text(N_("document %(document)s was erased at a witness's request: its consent cannot be "
                                 "raised"), {"document": document_id}), value=document_id)
    if not (reason or "").strip():
        raise InputError(Text(N_("raising consent needs a written reason (what the witness agreed to, and when)")))
    change = ConsentChange(document_id=document_id, old=old, new=new, reason=reason.strip(),
                           requested_by=actor, requested_at=_now(), state="pending")
    session.add(change)
    session.flush()
    _audit(session, actor, "consent", DOCUMENT, document_id, step="requested", old=old, new=new,
           consent_change=change.id)
    return change


def refuse_pending_raises(session: Session, document_id: int, actor: str, reason: str | Text) -> None:
    """Close every raise of this testimony's consent still waiting for a second reviewer (refused,
    with `reason`: a step's fixed reason as a Text, kept as its record; audited)."""
    for change in session.scalars(select(ConsentChange).where(ConsentChange.document_id == document_id,
                                                              ConsentChange.state == "pending")):
        change.state = "refused"
        change.decided_by, change.decided_at, change.decision_basis = actor, _now(), "superseded"
        if isinstance(reason, Text):
            change.decision_reason, change.decision_message = None, reason.record()
        else:
            change.decision_reason = reason
        _audit(session, actor, "consent", DOCUMENT, document_id, step="refused", consent_change=change.id,
               basis="superseded")
    session.flush()


def decide_consent_change(session: Session, change_id: int, reviewer: str, approve: bool,
                          reason: str | None = None) -> ConsentChange:
    """Approve or refuse a pending consent raise. Approval changes the level and drafts a release."""
    change = session.get(ConsentChange, change_id)
    if change is None:
        raise NotFound(f"no consent change {change_id}", value=change_id)
    hold_for_decision(session, change, ConsentChange.state)
    if change.state != "pending":
        raise InputError(Text(N_("consent change %(change)s was already %(state)s"),
                              {"change": change_id, "state": Term("consent_change", change.state)}))
    basis = "second_reviewer"
    if approve:
        basis = _second_reviewer(session, change.requested_by, reviewer, reason,
                                 Text(N_("consent change %(change)s"), {"change": change_id}))
    testimony = session.scalar(select(Testimony).where(Testimony.document_id == change.document_id))
    if approve and testimony.consent != change.old:
        raise InputError(Text(N_("the testimony's consent is now %(now)s, not %(old)s: request again"),
                              {"now": Term("consent", testimony.consent), "old": Term("consent", change.old)}))
    change.state = "approved" if approve else "refused"
    change.decided_by, change.decided_at, change.decision_basis, change.decision_reason = (
        reviewer, _now(), basis, reason)
    _audit(session, reviewer, "consent", DOCUMENT, change.document_id, step=change.state,
           consent_change=change.id, basis=basis)
    if approve:
        testimony.consent = change.new
        session.flush()
        # A draft, for review; a text nobody has read the names out of waits for its extraction.
        if (effective_consent(session, change.document_id) != ConsentLevel.CONFIDENTIAL.value
                and names_were_read(session, change.document_id)):
            try:
                draft_release(session, change.document_id, reviewer)
            except UnreadName:
                pass  # the consent stands; a drafter masks the name in its title or author and drafts
    session.flush()
    return change


@dataclass(frozen=True)
class WitnessWithheld:
    """A testimony's witness whom no standing naming basis names (`witness_withheld`): her mention id,
    what releases show in her name's place (her pseudonym, or "[name withheld]"), the consent she
    recorded herself (a sidecar's, or a lowering's: None if she recorded none), and her naming bases
    withdrawn (by a lowering or a withdrawal), which no raise restores."""

    mention: int
    shown: str
    own_consent: str | None
    bases_withdrawn: list[int]


def witness_withheld(session: Session, document_id: int) -> WitnessWithheld | None:
    """What a raise of this testimony's consent leaves as it was: its witness, withheld, unless a standing
    naming basis names her; None without a witness, or when one does.

    A raise, approved by a second reviewer, changes the testimony's level and drafts a release for
    another approval; it never changes the witness's own recorded consent (her refusal wins everywhere:
    a pseudonymous witness stays her pseudonym, a confidential one "[name withheld]") nor restores a
    naming basis a lowering withdrew, since neither was what the reviewers decided. Naming her needs a
    basis of her own consent (`OWN_WORD`), proposed and approved by a second reviewer, as any naming.
    """
    from guwah.publish import _ring, withheld_replacement

    testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
    if testimony is None or testimony.witness_id is None or testimony.witness_id in named_person_ids(session):
        return None
    witness = testimony.witness
    withdrawn = list(session.scalars(select(NamingBasis.id).where(NamingBasis.person_id == witness.id,
                                                                  NamingBasis.withdrawn_at.is_not(None))
                                     .order_by(NamingBasis.id)))
    return WitnessWithheld(witness.id, withheld_replacement(_ring(session), witness),
                           witness.consent if witness.consent_recorded else None, withdrawn)


def pending_consent_changes(session: Session) -> list[ConsentChange]:
    return list(session.scalars(select(ConsentChange).where(ConsentChange.state == "pending")
                                .order_by(ConsentChange.id)))


def testimonies_given_by(session: Session, person_ids: list[int]) -> list[int]:
    """The document ids of the testimonies whose witness is one of `person_ids` (mentions), and of
    every translation of one of them (`translation_of`, at any depth: the same words, often with no
    witness of their own), in order."""
    found = set(session.scalars(select(Testimony.document_id).where(Testimony.witness_id.in_(person_ids))))
    return sorted(_with_translations(session, found))


def _with_translations(session: Session, document_ids: set[int]) -> set[int]:
    """These documents and every translation of one of them (`translation_of`, at any depth)."""
    found, frontier = set(document_ids), set(document_ids)
    while frontier:
        frontier = set(session.scalars(select(Testimony.document_id)
                                       .where(Testimony.translation_of_id.in_(frontier)))) - found
        found |= frontier
    return found


def copies_of(session: Session, document_ids: list[int]) -> list[int]:
    """Other documents whose text is a near-duplicate of one of these (the same testimony republished
    or ingested again under other bytes: `guwah.registry.corroboration.near_duplicates`) or carries
    one of them whole (a republication under an editor's note: `texts_carrying`), and every
    translation of such a copy (the same words in another language), in order."""
    from guwah.registry.corroboration import texts_following

    found = {copy for document_id in document_ids for copy in texts_following(session, document_id)}
    return sorted(_with_translations(session, found) - set(document_ids))


def withdraw_witness_consent(session: Session, person_id: int, actor: str, reason: str) -> list[int]:
    """A witness withdraws consent: their bases go, their testimonies become confidential.

    The witness is the real person of the registry: every mention of `person_id`'s entry (the same
    witness named by another testimony's sidecar or text, as linked or merged) loses its naming
    bases and becomes confidential, and every testimony any of them gave becomes confidential,
    so that no other release goes on naming them; so does every copy of those testimonies
    (`copies_of`). Every release that showed them is withdrawn by the release check at commit.
    Returns the document ids of the testimonies they gave (and their translations), not the copies.
    """
    from guwah.registry import mentions_of, record_consent

    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {mention_label(person_id)}", value=person_id)
    if not (reason or "").strip():
        raise InputError(Text(N_("a withdrawal of consent needs a recorded reason")))
    people = mentions_of(session, person.entry) if person.entry is not None else [person]
    for mention in people:
        withdraw_bases(session, mention.id, actor)
        record_consent(mention, ConsentLevel.CONFIDENTIAL.value)
    documents = testimonies_given_by(session, [p.id for p in people])
    for document_id in documents:
        # What she agreed to there goes with it (a relative she agreed to have named), confidential
        # already or not, recorded as her withdrawal (before the lowering would record it as its own).
        withdraw_bases_citing(session, document_id, actor, Text(WITNESS_WITHDREW))
        request_consent_change(session, document_id, ConsentLevel.CONFIDENTIAL.value, actor)
        withdraw_release(session, document_id, actor, Text(WITNESS_WITHDREW))
    # A copy's consent follows its original only while their texts match: an erasure empties the
    # original, so the copy must be confidential in its own right.
    for document_id in copies_of(session, documents):
        request_consent_change(session, document_id, ConsentLevel.CONFIDENTIAL.value, actor)
        withdraw_release(session, document_id, actor, Text(COPY_WITNESS_WITHDREW))
    _audit(session, actor, "consent", "person", person_id, step="withdrawn", testimonies=len(documents))
    session.flush()
    return documents


def draft_entry_release(session: Session, number: int, actor: str) -> Release:
    """Draft the public view of a person entry (by entry number) for a second reviewer.

    Raises ConsentRefused unless every mention of the entry may be named (an approved naming
    basis each) and at least one of its facts comes from a released testimony.
    """
    from guwah.registry import resolve

    return draft_release(session, resolve(session, number).id, actor, [], None, ENTRY)
