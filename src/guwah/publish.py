"""The only place that decides what the public may see, and which reads must be audited.

Nothing reaches the public site, the public API or the open data except an **approved
release** (`guwah.releases`): a frozen, redacted snapshot of exactly the fields the public sees.
Consent to publish is necessary, not sufficient. This module answers, for everyone (CLI, web,
API, exports), and keeps the only copy of the answer:

- `effective_consent`: a testimony's consent, made stricter by that of any document it
  translates or republishes (consent travels);
- `is_named` / `withheld_people`: a person is shown by name only on an approved naming basis;
  everyone else is withheld, masked archive-wide (`guwah.redaction`);
- `draft_content`: what a release of a document would show today;
- `public_documents` / `public_document`: approved, unembargoed releases, by *public number*
  (given when a release first becomes public, `number_public_documents`, so numbering gaps
  reveal nothing about non-public material);
- `must_audit_read`: whether reading a document is a read of non-public material;
- `public_figures`: counts over released material only, small counts suppressed.

Public pages are built from the explicit `Public*` types below, never by removing fields from
internal records: a field added to the database stays private until it is added here on purpose.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy import event as orm_event
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from guwah.domain import PLACE_ATTRIBUTES, ConsentLevel, CustodyAction, ReviewState, entry_label, mention_label
from guwah.errors import N_, ConsentRefused, N_plural, Text
from guwah.facilities.importer import CREDIT as FACILITY_CREDIT
from guwah.facilities.importer import DATASET as FACILITY_DATASET
from guwah.facilities.importer import LICENCE as FACILITY_LICENCE
from guwah.names.inflection import fold
from guwah.places.gazetteer import PREFECTURE_LEVEL as _PREFECTURE_KINDS
from guwah.protection.keys import KeyRing
from guwah.redaction import (
    DETAIL,
    MIN_PART,
    PSEUDONYM_FORM,
    WITHHELD,
    WITHHELD_ALWAYS,
    Masking,
    Redacted,
    Withheld,
    build_masking,
    name_parts,
    names_found,
    nicknames,
    pseudonym,
    redact,
    with_details,
)
from guwah.storage.tables import (
    CLOSED_VALUES,
    AuditEntry,
    Document,
    Entry,
    Event,
    ExtractionRun,
    Facility,
    LinkChange,
    NamingBasis,
    Person,
    PersonAttribute,
    PersonName,
    Place,
    PublicNumber,
    PublicSearchCard,
    Release,
    Testimony,
    ViolationCoding,
)

if TYPE_CHECKING:
    from guwah.registry.corroboration import Quotation

SMALL_COUNT = 5

# Attributes the map and figures count as where a person comes from (`guwah.domain.PLACE_ATTRIBUTES`
# are all those whose value names a place, resolved to the gazetteer when the entry is released).
HOMETOWN_ATTRIBUTES = ("hometown",)
# Events that count as a detention in the figures (the start of one, or a move between sites).
DETENTION_EVENTS = ("arrest", "detention", "transfer")
DOCUMENT = "document"
ENTRY = "entry"
FACILITY = "facility"  # public facility numbers (subject: a facility entry)
# The actor name of the release check, which withdraws and redrafts stale releases.
SYSTEM = "guwah (release check)"
# Strictest first: the stricter of two consents is the one earlier in this list.
_STRICTNESS = [ConsentLevel.CONFIDENTIAL.value, ConsentLevel.PSEUDONYMOUS.value, ConsentLevel.PUBLIC.value]
# Metadata a public testimony's release may show, each passed through the masks.
_MASKED_FIELDS = ("title", "publisher", "author", "licence")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}")


@dataclass(frozen=True)
class PublicDocument:
    """A released testimony as the public sees it. `id` is its public number."""

    id: int
    title: str
    consent: str
    publisher: str | None
    author: str | None
    url: str | None
    published_on: str | None
    licence: str | None
    language: str | None
    media_type: str | None
    sha256: str | None
    text: str


def _ring(session: Session) -> KeyRing:
    return session.info["guwah_ring"]


def stricter(a: str, b: str) -> str:
    """The stricter of two consent levels."""
    return a if _STRICTNESS.index(a) <= _STRICTNESS.index(b) else b


def _chain(session: Session, document_id: int) -> list[Testimony | None]:
    """The testimony of a document and of every original it translates (None where one lacks it)."""
    chain, seen, current = [], set(), document_id
    while current is not None and current not in seen:
        seen.add(current)
        testimony = session.scalar(select(Testimony).where(Testimony.document_id == current))
        chain.append(testimony)
        current = testimony.translation_of_id if testimony is not None else None
    return chain


def effective_embargo(session: Session, document_id: int) -> date | None:
    """The latest embargo over a document and every original it translates: embargoes travel too.
    (A copy's release also carries the embargo of the text it copies: `release_embargo`.)"""
    dates = [t.embargo_until for t in _chain(session, document_id) if t is not None and t.embargo_until]
    return max(dates) if dates else None


def _texts_carried(session: Session, document_id: int,
                   follows: Mapping[int, list[int]] | None = None) -> tuple[list[int], list[int], dict[int, int]]:
    """(chain, copied, via): the document and every original it translates; the texts any of them
    carries or repeats (`corroboration.texts_it_follows`, or `follows`, the same lists made for
    every document at once: `corroboration.texts_each_follows`), outside the chain, in order; and
    for each copied text, the member of the chain that carries it."""
    from guwah.registry.corroboration import texts_it_follows

    chain = [t.document_id for t in _chain(session, document_id) if t is not None]
    copied, via = [], {}
    for translated in chain:
        for other in (follows.get(translated, []) if follows is not None else texts_it_follows(session, translated)):
            if other not in chain and other not in via:
                copied.append(other)
                via[other] = translated
    return chain, copied, via


def _not_public(session: Session, today: date) -> dict[int, str]:
    """Document id → why the public may not read its text, for every document that no release could
    show today: no testimony record, a confidential consent (a withdrawal makes it so), or an embargo
    not yet over, its own or that of an original it translates ("confidential", "embargoed until …")."""
    testimonies = {row[0]: row[1:] for row in session.execute(
        select(Testimony.document_id, Testimony.consent, Testimony.translation_of_id, Testimony.embargo_until))}
    found = {}
    for document_id in session.scalars(select(Document.id)):
        current, seen = document_id, set()
        while current is not None and current not in seen:
            seen.add(current)
            testimony = testimonies.get(current)
            if testimony is None or testimony[0] == ConsentLevel.CONFIDENTIAL.value:
                found[document_id] = "confidential"
                break
            if testimony[2] is not None and testimony[2] > today:
                found[document_id] = f"embargoed until {testimony[2].isoformat()}"
                break
            current = testimony[1]
    return found


def _translations_of(session: Session, document_id: int) -> set[int]:
    return {t.document_id for t in _chain(session, document_id) if t is not None}


def _may_quote(session: Session, quoting, source, common: frozenset[str]) -> bool:
    """Whether a passage the row `quoting` shares with the row `source` (rows: id, text hash, text)
    counts as a quotation of `source`: not when one translates the other, nor when `source` carries
    `quoting` whole (`corroboration._carries`: a public testimony quoted in another's notes is the
    original, and stays as it is). `common`: the boilerplate shingles (`corroboration.boilerplate`)."""
    from guwah.registry.corroboration import _carries

    if not (source[2] or "").strip() or quoting[0] in _translations_of(session, source[0]) \
            or source[0] in _translations_of(session, quoting[0]):
        return False
    return not _carries(source, quoting, common=common)


def quotation_index(session: Session, today: date | None = None):
    """The texts the public may not read today (`_not_public`), indexed for `quoted_in`
    (`corroboration.QuotationIndex`), with why each is not public (its `why`: document id → reason).
    Build it once where many releases are checked (`guwah.releases.settle_releases`)."""
    from guwah.registry.corroboration import QuotationIndex, boilerplate

    hidden = _not_public(session, today or date.today())
    rows = session.execute(select(Document.id, Document.text_sha256, Document.text)
                           .where(Document.id.in_(list(hidden)))).all() if hidden else []
    index = QuotationIndex([tuple(row) for row in rows], boilerplate(session))
    index.why = hidden
    return index


def quoted_in(session: Session, document_id: int, today: date | None = None,
              index=None) -> list[tuple[Quotation, str]]:
    """The passages of a document's text that a text the public may not read holds too
    (`corroboration.QuotationIndex`: QUOTED_RUN shingles or more in a row), each with why that text
    is not public: a confidential, withdrawn or embargoed testimony (`_not_public`), or an erased one
    (the positions its erasure recorded, `passages_quoting`). Spans are of the text in Unicode NFC.
    `index`: a `quotation_index` built once for many documents (else one is built). A passage this
    document showed the public before that text was received is not one (`shared_passages`).

    Raises ConsentRefused when an erased testimony was quoted in this text and the text changed since
    (the passage can no longer be found: a person must review it)."""
    return shared_passages(session, document_id, today, index)[0]


def shared_passages(session: Session, document_id: int, today: date | None = None,
                    index=None) -> tuple[list[tuple[Quotation, str]], list[tuple[Quotation, str]]]:
    """(masked, kept): the passages `quoted_in` masks, and those it leaves shown because this
    document was public, in a release, before the text sharing them was received (`_public_first`):
    the public read them here first, so this text is not where they leak from (notes that repeat a
    released testimony), and masking them now would take a public testimony down only to tell the
    public that a text it may not read repeats it. A reviewer is told of the kept ones
    (`guwah.releases.shared_passage_notes`), by document ids."""
    from guwah.protection.erasure import ERASED_QUOTATIONS
    from guwah.registry.corroboration import Quotation
    from guwah.storage.tables import CustodyEvent

    mine = session.execute(select(Document.id, Document.text_sha256, Document.text)
                           .where(Document.id == document_id)).one_or_none()
    if mine is None or not (mine[2] or "").strip():
        return [], []
    index = index if index is not None else quotation_index(session, today)
    text = unicodedata.normalize("NFC", mine[2])
    found, kept, allowed, first = [], [], {}, {}
    for quotation in index.passages(text):
        source_id = quotation.source_id
        if source_id not in allowed:
            source = session.execute(select(Document.id, Document.text_sha256, Document.text)
                                     .where(Document.id == source_id)).one()
            allowed[source_id] = source_id != document_id and _may_quote(session, mine, source, index.common)
            first[source_id] = allowed[source_id] and _public_first(session, document_id, source_id)
        if allowed[source_id]:
            (kept if first[source_id] else found).append((quotation, index.why[source_id]))
    for erased, detail in session.execute(select(CustodyEvent.document_id, CustodyEvent.detail)
                                          .where(CustodyEvent.action == CustodyAction.ERASED.value)):
        for quoting, text_sha256, start, end in (detail or {}).get(ERASED_QUOTATIONS, []):
            if quoting != document_id:
                continue
            if _public_first(session, document_id, erased):
                kept.append((Quotation(erased, start, end), "erased"))
                continue
            if text_sha256 != mine[1]:
                raise ConsentRefused(Text(N_("document %(document)s quoted testimony %(erased)s, since erased, and "
                                             "its text changed since: the passage cannot be found again to mask it; "
                                             "it cannot be released"), {"document": document_id, "erased": erased}),
                                     value=document_id)
            found.append((Quotation(erased, start, end), "erased"))
    return _without_overlaps(found), _without_overlaps(kept)


def _naive_utc(moment: datetime) -> datetime:
    """A moment as naive UTC: SQLite gives back what it stored without its zone, a new row keeps it."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment


def _public_first(session: Session, document_id: int, source_id: int) -> bool:
    """Whether a release of this document was public (approved, its embargo over) before the other
    document was received: what they share, the public read here first."""
    received = session.scalar(select(Document.ingested_at).where(Document.id == source_id))
    if received is None:
        return False
    received = _naive_utc(received)
    for release in session.scalars(select(Release).where(Release.subject_type == DOCUMENT,
                                                         Release.subject_id == document_id,
                                                         Release.approved_at.is_not(None))):
        embargo = release_embargo(session, release)
        if _naive_utc(release.approved_at) < received and (embargo is None or embargo <= received.date()):
            return True
    return False


def quotation_reason(source_id: int, why: str) -> str:
    """Why a passage is masked, for the reviewer: which text the public may not read holds it too,
    and why not ("confidential", "embargoed until …", "erased"). Not "quotes": which of the two took
    it from the other the texts cannot tell (notes may repeat a public account); never the words."""
    return f"shares a passage with document {source_id} ({why}), which the public may not read"


def _without_overlaps(found: list[tuple[Quotation, str]]) -> list[tuple[Quotation, str]]:
    """The quotations by position, overlapping ones joined into one (the first one's source and reason)."""
    from guwah.registry.corroboration import Quotation

    merged: list[tuple[Quotation, str]] = []
    for quotation, why in sorted(found, key=lambda item: (item[0].start, item[0].end)):
        if merged and quotation.start <= merged[-1][0].end:
            last, reason = merged[-1]
            merged[-1] = (Quotation(last.source_id, last.start, max(last.end, quotation.end)), reason)
        else:
            merged.append((quotation, why))
    return merged


def passages_quoting(session: Session, source_id: int) -> list[list]:
    """Where other documents quote this one's text (`quoted_in`'s rule, as if it were not public):
    [document id, its text hash, start, end] each, spans of that document's text in NFC. Kept when
    the text is erased, so that the passages stay masked where they were quoted."""
    from guwah.registry.corroboration import QuotationIndex, boilerplate

    common = boilerplate(session)
    source = session.execute(select(Document.id, Document.text_sha256, Document.text)
                             .where(Document.id == source_id)).one_or_none()
    if source is None or not (source[2] or "").strip():
        return []
    from guwah.registry.corroboration import merged_quotations

    found, index = [], QuotationIndex([tuple(source)], common)
    for row in session.execute(select(Document.id, Document.text_sha256, Document.text)
                               .where(Document.id != source_id)).all():
        if not (row[2] or "").strip() or not _may_quote(session, row, source, common) \
                or _public_first(session, row[0], source_id):
            continue
        text = unicodedata.normalize("NFC", row[2])
        found.extend([row[0], row[1], q.start, q.end] for q in merged_quotations(index.passages(text)))
    return found


@dataclass(frozen=True)
class Embargo:
    """The embargo that holds a document back: `until` (the day it may be seen from), set by the
    testimony of document `document_id`, which is the document itself (`how` "own"), an original
    it translates ("translates") or a text it, or an original it translates, carries or repeats
    ("copies")."""

    until: date
    document_id: int
    how: str


def embargo_over(session: Session, document_id: int) -> Embargo | None:
    """The latest embargo over a document through its translations and the texts it copies, and
    whose it is: the rule a release of it follows (`draft_content` freezes the copied part,
    `release_embargo` reads it), for the workspace to say why a text waits. None when none holds.
    Unlike `draft_content` it also answers for a confidential document."""
    chain, copied, _ = _texts_carried(session, document_id)
    found = [(t.embargo_until, t.document_id, "own" if t.document_id == document_id else "translates")
             for t in _chain(session, document_id) if t is not None and t.embargo_until]
    found += [(t.embargo_until, t.document_id, "copies") for other in copied for t in _chain(session, other)
              if t is not None and t.embargo_until and t.document_id not in chain]
    if not found:
        return None
    until, source, how = max(found, key=lambda item: item[0])  # the first of the latest: its own before a copy's
    return Embargo(until, source, how)


def release_embargo(session: Session, release: Release) -> date | None:
    """The day a document release may be seen from: its testimony's embargo (`effective_embargo`) or
    that of a text it copies, frozen in the release when it was drafted (`draft_content`)."""
    dates = [effective_embargo(session, release.subject_id)]
    if release.content.get("embargo_until"):
        dates.append(date.fromisoformat(release.content["embargo_until"]))
    dates = [d for d in dates if d is not None]
    return max(dates) if dates else None


def effective_consent(session: Session, document_id: int) -> str:
    """A document's consent after following `translation_of` to every original (strictest wins).

    A document without a testimony record is confidential.
    """
    consent = ConsentLevel.PUBLIC.value
    for testimony in _chain(session, document_id):
        if testimony is None:
            return ConsentLevel.CONFIDENTIAL.value
        consent = stricter(consent, testimony.consent)
    return consent


@dataclass(frozen=True)
class AppliedConsent:
    """The consent a release of a document follows (`applied_consent`), and whose it is.

    consent: the level that applies ("public", "pseudonymous" or "confidential"); recorded: the
    document's own recorded consent (None without a testimony record); source: the document whose
    consent applies where that is stricter than its own recorded one, else None; how: "translates"
    (an original it translates) or "copies" (a text it, or an original it translates, carries or
    repeats), else None; via: for "copies", the member of the translation chain that carries it;
    chain / copied: as `_texts_carried` (the translation chain; the texts carried outside it, not
    looked for, so empty, when the chain is already confidential: each look reads every text).
    """

    consent: str
    recorded: str | None
    source: int | None = None
    how: str | None = None
    via: int | None = None
    chain: tuple[int, ...] = ()
    copied: tuple[int, ...] = ()

    def label(self) -> str:
        """For lists: "public", or "public (confidential through document 3)" where a stricter
        consent than the recorded one applies (or "none (confidential)" without a record)."""
        if self.recorded is None:
            return f"none ({self.consent})"
        if self.consent == self.recorded:
            return self.consent
        return f"{self.recorded} ({self.consent} through document {self.source})"


def applied_consent(session: Session, document_id: int,
                    follows: Mapping[int, list[int]] | None = None) -> AppliedConsent:
    """The one answer to "what consent does this document's text carry?": its own, made stricter by
    that of every original it translates (`effective_consent`) and of every text it or they carry
    or repeat (`_texts_carried`). `draft_content` refuses a release on it; lists show it, passing
    `follows` (`corroboration.texts_each_follows`, made once for the list) so that the archive's
    texts are not read and compared again for each document."""
    own = session.scalar(select(Testimony.consent).where(Testimony.document_id == document_id))
    consent, source, how = ConsentLevel.PUBLIC.value, None, None
    chain = _chain(session, document_id)
    for testimony in chain:
        if testimony is None:
            consent, source, how = ConsentLevel.CONFIDENTIAL.value, None, None
            break
        if stricter(consent, testimony.consent) != consent:
            consent = testimony.consent
            source, how = (None, None) if testimony.document_id == document_id else (testimony.document_id, "translates")
    if consent == ConsentLevel.CONFIDENTIAL.value:  # nothing is stricter: the texts it copies are not read
        return AppliedConsent(consent, own, source, how, chain=tuple(t.document_id for t in chain if t is not None))
    # Consent travels with the text, not the file: the same testimony ingested again under other
    # bytes (re-encoded, republished) takes the strictest consent of its near-duplicates, and a text
    # that carries another's (a republication under an editor's note) takes that one's consent too
    # (not the other way round: a public testimony quoted in confidential notes stays public).
    # Along the translation chain too: a translation of a republication carries what that carries.
    chain, copied, via = _texts_carried(session, document_id, follows)
    through = None
    for other in copied:
        theirs = effective_consent(session, other)
        if stricter(consent, theirs) != consent:
            consent, source, how, through = theirs, other, "copies", via[other]
    return AppliedConsent(consent, own, source, how, through, tuple(chain), tuple(copied))


# --- who may be named ---------------------------------------------------------------------------

def named_person_ids(session: Session) -> set[int]:
    """People with an approved, standing naming basis: the only ones shown by name.

    An "already named" basis stands only while the released document it cites is still up. A
    mention that records no decision of its own (extracted from a text) is not named while another
    mention of its registry entry records a refusal (a witness's confidential or pseudonymous
    consent, a withdrawal: `refused_by_their_entry`): the person's own word wins over a basis.
    """
    # On a mention that records its person's own refusal, only her own word names her (`refusal_of`):
    # another basis stored there (before `propose_basis` asked) names no one.
    rows = session.execute(
        select(NamingBasis.person_id, NamingBasis.basis, NamingBasis.document_id)
        .join(Person, Person.id == NamingBasis.person_id)
        .where(NamingBasis.approved_at.is_not(None), NamingBasis.withdrawn_at.is_(None),
               (NamingBasis.basis == OWN_WORD) | ~and_(*_RECORDS_REFUSAL))).all()
    cited = {document_id for _, basis, document_id in rows if basis == "already_named"}
    standing = _standing_releases(session, cited) if cited else set()
    named = {person_id for person_id, basis, document_id in rows
             if basis != "already_named" or document_id in standing}
    return named - refused_by_their_entry(session) if named else named


# A mention that records its person's own refusal to be named: a witness's confidential or pseudonymous
# consent, or a withdrawal (`refused_by_their_entry`, `archive_masking`, `refusal_of`).
_RECORDS_REFUSAL = (Person.consent_recorded.is_(True), Person.consent != ConsentLevel.PUBLIC.value)


def refusing_mentions(session: Session, among: set[int] | None = None) -> set[int]:
    """The mentions (of `among`, else all) that record their person's own refusal to be named."""
    query = select(Person.id).where(*_RECORDS_REFUSAL)
    if among is not None:
        query = query.where(Person.id.in_(sorted(among)))
    return set(session.scalars(query))


# The one naming basis that may name a mention recording its person's own refusal: her own word,
# which changes it (a witness of a pseudonymous account who later agreed to be named).
OWN_WORD = "own_consent"


def refusal_of(session: Session, person_id: int, basis: str) -> Text | None:
    """Why naming basis `basis` may not name mention `person_id`, by ids, or None: the mention
    records the person's own refusal to be named (the rule `draft_entry_release` follows,
    `_unnamed_mentions`), and the basis is not her own consent."""
    if basis == OWN_WORD or not refusing_mentions(session, {person_id}):
        return None
    return Text(N_("mention %(mention)s records the person's own refusal to be named (a witness's confidential or "
                   "pseudonymous consent, or a withdrawal): no basis but the person's own consent (%(own)s, where "
                   "she gave it) may name it, not %(basis)s, as it would publish the name she withheld"),
                {"mention": mention_label(person_id), "own": OWN_WORD, "basis": basis})


def refused_by_their_entry(session: Session) -> set[int]:
    """Mentions that record no consent decision of their own, in a registry entry where another
    mention records one stricter than public (`guwah.registry.entry_consent`'s explicit refusal:
    a witness's own confidential or pseudonymous consent, a withdrawal). No naming basis shows
    them: the same person refused to be named. A mention that records its own public decision
    (the witness of a public testimony) keeps its basis."""
    refusing = select(Person.entry_id).where(*_RECORDS_REFUSAL, Person.entry_id.is_not(None))
    return set(session.scalars(select(Person.id).where(Person.consent_recorded.is_(False),
                                                       Person.entry_id.in_(refusing))))


# session.info key: the document whose stale release `guwah.releases.settle_releases` redrafts now.
REDRAFTING = "guwah_redrafting_document"


def _standing_releases(session: Session, document_ids: set[int]) -> set[int]:
    """Which of these documents stand released, consent allowing: an approved release is up, or
    the release check took it down as stale and its redraft waits for review. A withdrawal by a
    person, or a consent lowered to confidential, ends it."""
    by_document: dict[int, list[Release]] = {}
    for release in session.scalars(select(Release).where(Release.subject_type == DOCUMENT,
                                                          Release.subject_id.in_(document_ids))
                                   .order_by(Release.version)):
        by_document.setdefault(release.subject_id, []).append(release)
    standing = set()
    # The document the release check is redrafting now: its release is down and its redraft not
    # yet written (`guwah.releases.settle_releases`), which must be drafted as it will stand.
    redrafting = session.info.get(REDRAFTING)
    for document_id, releases in by_document.items():
        if effective_consent(session, document_id) == ConsentLevel.CONFIDENTIAL.value:
            continue
        withdrawn = [r for r in releases if r.state == "withdrawn"]
        if any(r.state == "approved" for r in releases) or (
                withdrawn and withdrawn[-1].withdrawn_by == SYSTEM
                and (document_id == redrafting
                     or any(r.state == "draft" and r.version > withdrawn[-1].version for r in releases))):
            standing.add(document_id)
    return standing


def is_named(session: Session, person_id: int) -> bool:
    return person_id in named_person_ids(session)


def own_pseudonyms(session: Session, document_id: int, applied: AppliedConsent) -> frozenset[str]:
    """The pseudonyms a testimony's release may show: those of the people read in it, in the
    originals it translates and in the texts it carries (her own account, wherever it is told), and
    of its witnesses. Another testimony that writes her name shows "[name withheld]" there: her
    pseudonym would join what it tells of her (her village, her work) to the account she gave under it."""
    documents = {document_id, *applied.chain}
    for source_id in applied.copied:
        documents |= {testimony.document_id for testimony in _chain(session, source_id) if testimony is not None}
        documents.add(source_id)
    people = set(session.scalars(select(PersonName.person_id).where(PersonName.evidence_document_id.in_(documents))))
    for document in session.scalars(select(Document).where(Document.id.in_(documents))):
        people |= _witness_mentions(session, document)
    ring = _ring(session)
    return frozenset(pseudonym(ring, person_id) for person_id in people)


def withheld_replacement(ring: KeyRing, person: Person) -> str:
    """How a withheld person appears: their stable pseudonym if they chose one, else withheld."""
    if person.consent == ConsentLevel.PSEUDONYMOUS.value:
        return pseudonym(ring, person.id)
    return WITHHELD


def archive_masking(session: Session, details: list[str] = (), withhold: set[int] = frozenset(),
                    hide_parts: frozenset[str] = frozenset()) -> Masking:
    """The masks for any public text: every name of every withheld person in the archive.

    Every name record counts, whatever its review state: a name a reviewer rejected or corrected
    (`guwah.review.edit` rejects the original, whose spelling the text still holds) masks it too,
    on the safe side (tests/test_redaction_rejected_names.py says why).

    `withhold`: person ids to mask even if named (what a text showed before their basis).
    `hide_parts`: folded name parts that named people's names do not show (`shared_witness_parts`):
    a withheld person's part stays masked even beside a named person's other parts.
    """
    named_ids = named_person_ids(session) - set(withhold)
    names_by_person: dict[int, list[str]] = {}
    read_in: dict[int, set[int | None]] = {}
    for person_id, name, document_id in session.execute(
            select(PersonName.person_id, PersonName.name, PersonName.evidence_document_id)):
        names_by_person.setdefault(person_id, []).append(name)
        read_in.setdefault(person_id, set()).add(document_id)
    consent: dict[int, str] = {}

    def confidential(document_id: int | None) -> bool:
        if document_id is None:  # a name no document holds: it may be meant anywhere
            return False
        if document_id not in consent:
            consent[document_id] = effective_consent(session, document_id)
        return consent[document_id] == ConsentLevel.CONFIDENTIAL.value

    refusing = refusing_mentions(session)
    ring = _ring(session)
    withheld, named = [], []
    for person in session.scalars(select(Person)):
        names = names_by_person.get(person.id, [])
        if person.id in named_ids:
            named.extend(_without_parts(name, hide_parts) for name in names)
        elif names:
            withheld.append(Withheld(person.id, tuple(names), withheld_replacement(ring, person),
                                     yields_to_named=person.id not in refusing
                                     and all(map(confidential, read_in[person.id]))))
    if hide_parts:
        # Hidden as "[name withheld]", not as the witness's pseudonym: in a named relative's name the
        # pseudonym would read as the relative being the witness.
        withheld.append(Withheld(0, tuple(sorted(hide_parts)), WITHHELD_ALWAYS))
    return build_masking(withheld, named, list(details))


def _without_parts(name: str, parts: frozenset[str]) -> str:
    """A name without the parts whose folded form is in `parts` (the others kept, space-joined)."""
    if not parts:
        return name
    return " ".join(part for part in name_parts(name) if fold(part) not in parts)


def _folded_parts(session: Session, person_ids: set[int] | None) -> dict[int, set[str]]:
    """Person id → the folded parts (of masking length) of all their names; `person_ids`: a few
    people (an IN list), or None for every person (read once, as `archive_masking` reads them)."""
    found: dict[int, set[str]] = {}
    if person_ids is not None and not person_ids:
        return found
    query = select(PersonName.person_id, PersonName.name)
    for person_id, name in session.execute(query if person_ids is None else query.where(PersonName.person_id.in_(person_ids))):
        found.setdefault(person_id, set()).update(
            folded for part in name_parts(name) if len(folded := fold(part)) >= MIN_PART)
    return found


def _confirmed_parts(session: Session, witnesses: set[int], shared: set[str]) -> set[str]:
    """Of `shared`, the parts borne by a person (not a witness) whose standing approved basis
    confirmed that their whole name may be shown beside a witness who shares a part of it (few)."""
    confirmed = set(session.scalars(select(NamingBasis.person_id).where(
        NamingBasis.approved_at.is_not(None), NamingBasis.withdrawn_at.is_(None),
        NamingBasis.shows_shared_name.is_(True)))) - witnesses
    return set().union(set(), *_folded_parts(session, confirmed).values()) & shared


def hidden_witness_parts(session: Session, witnesses: set[int], masking: Masking) -> frozenset[str]:
    """The parts of a pseudonymous testimony's withheld witnesses' names that a named person bears
    too (`masking.named_parts`, the masking built with the witnesses withheld), and that no reviewer
    confirmed showing: masked in that testimony even beside the named person's other parts
    (`archive_masking`'s hide_parts). A sister's surname, a daughter's second name that is her
    father's: shown whole, the relative's name tells the witness's. Few reads: the witnesses' names,
    then only where a part is shared."""
    return _hidden_parts(session, witnesses, masking.named_parts)


def parts_alike(own: set[str], others: set[str]) -> set[str]:
    """Of `others` (folded name parts), those that are one of `own` in another form: the same part,
    or one the names layer reduces alike whatever gender it marks (`guwah.names.part_spellings`):
    a husband's Ablikim or a brother's Ablikimov beside a witness's Ablikimova, Sawut beside Sawutova.
    The person search takes these for one name (a query "Ablikimova" finds a text writing "Ablikim"),
    so a relative's part that is the witness's in another form tells her name as the same part does;
    the gender is set aside on the safe side (a brother's surname tells his sister's)."""
    from guwah.names import part_spellings

    found = own & others
    rest = others - found
    if not rest or not own:
        return found
    reduced = {form for part in own for form, _ in part_spellings(part)}
    return found | {part for part in rest if any(form in reduced for form, _ in part_spellings(part))}


def _hidden_parts(session: Session, witnesses: set[int], named_parts: set[str]) -> frozenset[str]:
    """Of `named_parts` (folded), those the witnesses' names bear too, in any form (`parts_alike`),
    and no reviewer confirmed showing: the one rule of `hidden_witness_parts` and
    `citations_telling_witness`."""
    own = set().union(set(), *_folded_parts(session, witnesses).values()) if witnesses else set()
    shared = parts_alike(own, set(named_parts))
    if not shared:
        return frozenset()
    return frozenset(shared - _confirmed_parts(session, witnesses, shared))


def citations_telling_witness(session: Session, person_ids: set[int], document_ids: set[int]) -> list[int]:
    """Of these testimonies (document ids), those that a public entry of these people (its mentions)
    must not cite: those whose approved release is pseudonymous and whose withheld witness
    (`pseudonymous_witness_mentions`, less these people) bears a part of one of these people's names
    that stays masked in that testimony (`hidden_witness_parts`' rule: shared, and no reviewer
    confirmed showing it). Sorted document ids. A confidential testimony is never released, so never
    cited; the witness's own pseudonymous account is left out of her entry already
    (`_pseudonymous_accounts_of`).

    Why: the testimony masks the shared part ("my brother, [name withheld]") so that a reader cannot
    learn the witness's name from her relative's. An entry "Ablikim Sawut — source: testimony 1"
    undoes that mask: anyone learns that testimony 1 was told by his relative, surnamed Sawut. As in
    documentation practice (do no harm: a source that could identify a protected witness is not
    cited publicly), the source goes, not the protection: `entry_content` publishes the entry without
    it (and without the facts only it supports; no link, number or count of it), refuses the entry
    with the reason when only such testimonies name the person, and `guwah.releases.approve_release`
    refuses a draft that cites one; `guwah.releases.entry_citation_notes` tells the drafter and the
    reviewer which testimony and why. Where a reviewer confirmed that the whole name may be shown in
    the testimony (a naming basis approved with --show-shared-name), the testimony shows it itself
    and citing it tells nothing more. Reads the candidates' releases, the people's names once, then
    each pseudonymous candidate's witnesses."""
    document_ids = _released_pseudonymous(session, set(document_ids))  # only a released one is ever cited
    if not person_ids or not document_ids:
        return []
    mine = set().union(set(), *_folded_parts(session, set(person_ids)).values())
    if not mine:
        return []
    found = []
    for document_id in sorted(document_ids):
        witnesses = pseudonymous_witness_mentions(session, document_id) - set(person_ids)
        if witnesses and _hidden_parts(session, witnesses, mine):
            found.append(document_id)
    return found


# How far before or after a relative's name a kin word still says whose relative it is ("my elder
# brother, Memet …", "… Memet, my brother"): characters of the released text, across a sentence's
# end too (a heading, a list's line: "Brother. Memet Tursun").
_KIN_REACH = 40
# … and anywhere in the sentence the name stands in, up to this many characters either side: a kin
# word says whose relative the name is within its sentence however long the clause between them
# ("Memet Tursun, who taught at our village school for twenty years, is my brother"); the bound keeps
# an unpunctuated transcript from being one sentence.
_KIN_SENTENCE = 300
# A mask of a released text (a withheld name, a detail, a pseudonym): a name a kin word beyond the
# reach may be about (`_kin_window`).
_MASK = re.compile(rf"{re.escape(WITHHELD)}|{re.escape(DETAIL)}|{PSEUDONYM_FORM.pattern}")
# Where a sentence ends: its closing mark before a space or the end, a Chinese one anywhere, a blank line.
_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"'»”)]|$)|[。！？]+|\n[ \t]*\n")


# In Chinese text, written with no space, how far a kin word still says whose relative the name
# beside it is (我的丈夫艾克然…): characters, one of which is about a word.
_KIN_REACH_HAN = 12


@lru_cache(maxsize=1)
def _kin_words() -> re.Pattern:
    """Kin words in folded text: `guwah.extract.lexicon.KIN` and `FAMILY_NOUNS` with the qualifiers before
    them and an English plural ("my brothers"), every case form of a Russian kin noun (`RU_KIN_FORMS`:
    «с мужем»; `RU_KIN_MORE_FORMS`: «с пасынком»), and the Chinese ones of two characters or more
    (`lexicon.HAN_KIN`: its single characters are parts of too many other words to tell a relative by
    themselves), which stand between other characters with no space. The Uyghur and Kazakh ones, with
    their endings, are read word by word (`_turkic_kin`)."""
    from guwah.extract.lexicon import (
        FAMILY_NOUNS,
        KIN_PATTERN,
        KIN_QUALIFIERS,
        RU_KIN_ANY_FORM,
        RU_KIN_MORE_FORMS,
        han_kin_pattern,
    )

    han = han_kin_pattern(single=False)
    family = "|".join(sorted(map(re.escape, FAMILY_NOUNS), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?:{KIN_QUALIFIERS})\s+)?(?:(?:{KIN_PATTERN}|{family})s?|{RU_KIN_ANY_FORM}"
                      rf"|{RU_KIN_MORE_FORMS})(?!\w)|{han}")


def _turkic_kin(text: str) -> set[str]:
    """The Uyghur and Kazakh kin words of `guwah.extract.turkic.KIN_WORDS` in a text, in either
    script and with their endings (ئېرىمنى, «күйеуіммен»): the words as written."""
    from guwah.extract.turkic import KIN_WORDS, keys_of

    return {word for word in re.findall(r"\w+", text) if set(keys_of(word)) & KIN_WORDS}


def reported_by_witness(session: Session, document_id: int) -> set[int]:
    """The people a testimony's witness reported: those whose standing approved naming basis is
    "reporting_relative" citing this testimony or a text it translates or copies."""
    applied = applied_consent(session, document_id)
    own_word = {document_id, *applied.chain, *applied.copied}
    return set(session.scalars(select(NamingBasis.person_id).where(
        NamingBasis.basis == "reporting_relative", NamingBasis.document_id.in_(sorted(own_word)),
        NamingBasis.approved_at.is_not(None), NamingBasis.withdrawn_at.is_(None))))


def relatives_telling_witness(session: Session, document_id: int, content: Mapping) -> dict[int, tuple[str, ...]]:
    """The relatives of a pseudonymous testimony's witness that a release of it (`content`, its
    shown fields) shows by name: person id → the kin words written within `_KIN_REACH` characters
    of that name in the shown text (folded, sorted; empty where none is). A relative is a named
    person, not one of its withheld witnesses (`pseudonymous_witness_mentions`), either named on the
    testimony's own word (`reported_by_witness`: the witness is who reported them), or read in this
    testimony or a text it translates or copies and shown with a kin word beside the name ("my
    husband, Memet Tursun"), whatever ground named them (already named elsewhere, a public role,
    their own consent). Empty for a testimony that is not pseudonymous, unless it is a public one
    whose witness chose a pseudonym for herself (`pseudonymous_witness_mentions`).

    Why: "my elder brother, Memet Tursun" tells everyone who knows the family whose sister the
    pseudonymous witness is, whether or not their names share a part (`hidden_witness_parts`
    masks only a shared part), and whichever basis named the brother: a basis says that he may be
    named, not that his sister may be found through him. Families usually want their detained
    relatives named, so this is not masked by itself: the drafter and the reviewer are told
    (`guwah.releases.relative_notes`), and `guwah.releases.approve_release` approves such a release
    only on the reviewer's recorded choice: draft again with the name masked, or keep it, saying why."""
    applied = applied_consent(session, document_id)
    if applied.consent != ConsentLevel.PSEUDONYMOUS.value \
            and not pseudonymous_witness_mentions(session, document_id, applied):
        return {}
    own_word = {document_id, *applied.chain, *applied.copied}
    read_here = set(session.scalars(select(PersonName.person_id).where(
        PersonName.evidence_document_id.in_(sorted(own_word)))))
    reported = reported_by_witness(session, document_id)
    candidates = reported | read_here
    if not candidates:
        return {}
    candidates = (candidates & named_person_ids(session)) - pseudonymous_witness_mentions(session, document_id, applied)
    if not candidates:
        return {}
    names: dict[int, list[str]] = {}
    for person_id, name in session.execute(select(PersonName.person_id, PersonName.name)
                                           .where(PersonName.person_id.in_(sorted(candidates)))):
        if name and name.strip():
            names.setdefault(person_id, []).append(name)
    found: dict[int, set[str]] = {}
    for key in ("text", "title"):
        shown = content.get(key)
        if not isinstance(shown, str):
            continue
        shown = unicodedata.normalize("NFC", shown)
        places = _relative_places(shown, names)
        names_here = [(start, end) for _, start, end in places] + [match.span() for match in _MASK.finditer(shown)]
        for person_ids, start, end in places:
            # A name in Chinese characters stands between other characters with no space (我的丈夫艾克然…).
            reach = _KIN_REACH_HAN if _HAN_RUN.search(shown[start:end]) else _KIN_REACH
            others = [(a, b) for a, b in names_here if b <= start or a >= end]
            around = fold(_kin_window(shown, start, end, reach, others))
            kin = set(" ".join(word.group().split()) for word in _kin_words().finditer(around)) | _turkic_kin(around)
            for person_id in person_ids:
                found.setdefault(person_id, set()).update(kin)
    # Read here only: a relative by the kin word beside the name; reported by the witness: by her word.
    return {person_id: tuple(sorted(kin)) for person_id, kin in sorted(found.items())
            if kin or person_id in reported}


def _relative_places(text: str, names: dict[int, list[str]]) -> list[tuple[set[int], int, int]]:
    """Where a text writes these people's names (person id → names): (the people, start, end), as a
    mask would find them (`guwah.redaction.names_found`: every spelling, script, case ending and
    encoding the names layer reads as the name), a part alone too ("my husband Abdukerim": a part
    shared with someone else holds both, the safe side, since a hold only asks the reviewer); each
    name as written with an ending joined to its last part ("Yakupov's"), found as before. Where two
    people's names read alike, the place is both people's (the safe side: a hold, not a mask)."""
    labels = {f"\x00{person_id}": person_id for person_id in names}
    masking = build_masking([Withheld(person_id, tuple(written), f"\x00{person_id}")
                             for person_id, written in names.items()], [])
    places = [({labels[replacement]} if replacement in labels else set(names), start, end)
              for start, end, replacement in names_found(text, masking)]
    folded = fold(text)
    if len(folded) == len(text):  # offsets of the folded text are the text's
        for person_id, written in names.items():
            for name in written:
                needle = fold(unicodedata.normalize("NFC", name)).strip()
                pattern = re.escape(needle) if _HAN_RUN.search(needle) else rf"(?<!\w){re.escape(needle)}\w*"
                places.extend(({person_id}, match.start(), match.end()) for match in re.finditer(pattern, folded))
    return places


def _kin_window(text: str, start: int, end: int, reach: int, others: list[tuple[int, int]] = ()) -> str:
    """The text around a name where a kin word says whose relative it is: at least `reach`
    characters either side, and on to the ends of its sentence (up to `_KIN_SENTENCE` characters
    either side) where no other name stands between (`others`: another person's name, a mask: "my
    sister [name withheld] was taken, with Tursun Ehmet" tells whose sister the mask is, not Tursun's);
    the name itself left out (a space in its place)."""
    lowest = max(0, start - _KIN_SENTENCE)
    ends = [match.end() for match in _SENTENCE_END.finditer(text, lowest, start)]
    ends += [b for a, b in others if lowest <= b <= start]
    opening = min(max(ends, default=lowest), max(0, start - reach))
    highest = min(len(text), end + _KIN_SENTENCE)
    closing = _SENTENCE_END.search(text, end, highest)
    starts = [closing.start() if closing else highest, *(a for a, b in others if end <= a <= highest)]
    closing = max(min(starts), end + reach)
    return text[opening:start] + " " + text[end:closing]


def shared_witness_parts(session: Session, witnesses: set[int]) -> dict[int, frozenset[str]]:
    """Named people (not the witnesses) whose names bear a part of a pseudonymous testimony's
    withheld witnesses' names that `hidden_witness_parts` keeps masked: person id → those parts.
    For the drafter's note (`guwah.releases.shared_name_notes`); reads every name once."""
    if not witnesses:
        return {}
    hidden = hidden_witness_parts(session, witnesses, archive_masking(session, withhold=witnesses))
    if not hidden:
        return {}
    named = named_person_ids(session) - witnesses
    return {person: frozenset(parts & hidden) for person, parts in _folded_parts(session, None).items()
            if person in named and parts & hidden}


def pseudonymous_witness_mentions(session: Session, document_id: int,
                                  applied: AppliedConsent | None = None) -> set[int]:
    """The mentions of the witnesses a testimony must not lead back to: its own, and those of every
    text it translates or copies, where its consent is pseudonymous; where it is public, those of a
    witness who recorded her own pseudonymous or confidential consent and whom no basis names
    (`_pseudonymous_witness`).
    Empty otherwise. `applied`: the document's `applied_consent`, where the caller has it."""
    applied = applied or applied_consent(session, document_id)
    if applied.consent not in (ConsentLevel.PSEUDONYMOUS.value, ConsentLevel.PUBLIC.value):
        return set()
    witnesses = set()
    for source_id in {*applied.chain, *applied.copied}:
        for translated in _chain(session, source_id):
            if translated is not None:
                witnesses |= _witness_mentions(session, session.get(Document, translated.document_id))
    if applied.consent == ConsentLevel.PUBLIC.value and witnesses:
        named = named_person_ids(session)
        witnesses = set().union(set(), *(
            _witness_mentions(session, document)
            for source_id in {*applied.chain, *applied.copied}
            for translated in _chain(session, source_id) if translated is not None
            if _pseudonymous_witness(document := session.get(Document, translated.document_id), named)))
    return witnesses


def _pseudonymous_witness(document: Document, named: set[int]) -> bool:
    """Whether a public testimony's witness recorded her own pseudonymous or confidential consent (a
    sidecar's or the intake form's "witness consent", or a consent raise that kept it) and no basis
    names her.

    Why: she agreed to be shown under a pseudonym only, or not at all. Her name is masked as any
    withheld person's (her pseudonym, or "[name withheld]"), but a public testimony showed the rest as
    written: "my elder brother Erkinjan Hamdulla" gave her surname and, beside the kin word, who she
    is. Her testimony's text is drafted as a pseudonymous one's is for her (her name's parts in a
    relative's name masked, a relative beside a kin word left to the reviewer's choice); its metadata
    stay those of a public testimony, which the testimony's consent chose. A confidential witness is
    protected at least as a pseudonymous one is: hers is the stricter refusal."""
    witness = document.testimony.witness if document.testimony is not None else None
    return (witness is not None and witness.consent_recorded and witness.id not in named
            and witness.consent in (ConsentLevel.PSEUDONYMOUS.value, ConsentLevel.CONFIDENTIAL.value))


def testimonies_sharing_name(session: Session, person_id: int) -> list[int]:
    """The pseudonymous testimonies (document ids) whose withheld witness shares a part of a name
    with this person, where showing this person's whole name would tell the witness's: what the
    naming review warns of. Confirmed or not; the witness's own testimonies are left out."""
    from guwah.registry import mentions_of

    person = session.get(Person, person_id)
    if person is None:
        return []
    mine = set().union(*_folded_parts(session, {person_id}).values())
    if not mine:
        return []
    selves = {m.id for m in mentions_of(session, person.entry)} if person.entry is not None else {person_id}
    found = []
    for document_id in session.scalars(select(Testimony.document_id).where(
            Testimony.consent == ConsentLevel.PSEUDONYMOUS.value).order_by(Testimony.document_id)):
        witnesses = pseudonymous_witness_mentions(session, document_id) - selves
        if witnesses and parts_alike(set().union(*_folded_parts(session, witnesses).values(), set()), mine):
            found.append(document_id)
    return found


# --- what a release would show -------------------------------------------------------------------

class NotExtracted(ConsentRefused):
    """A document that no extractor has read cannot be released: its names are unknown."""

    code = "not_extracted"
    http_status = 409  # said to the editor who drafts (only the workspace drafts on the web), not a 404


def names_were_read(session: Session, document_id: int) -> bool:
    """Whether the names in a document are known: an extractor has run over it, or a reviewer has
    recorded a name with evidence in it. Until then no release of it can mask anyone."""
    if session.scalar(select(ExtractionRun.id).where(ExtractionRun.document_id == document_id).limit(1)):
        return True
    return session.scalar(select(PersonName.id).where(PersonName.evidence_document_id == document_id,
                                                      PersonName.asserted_by_kind == "user").limit(1)) is not None


class UnreadName(NotExtracted):
    """A public field of a document release (title, author, publisher) names someone the archive
    never read: the extractor reads the text only, so no mask could come from that name."""

    code = "unread_name"


# The fields of a document release that come from its metadata, not its text.
_METADATA_FIELDS = ("title", "author", "publisher", "url", "licence")
_WORD = re.compile(r"[^\W\d_]+")


# A metadata field shorter than this (characters) is read in its document's language: detection
# guesses wildly on a few words (Albanian, Estonian, Nigerian Pidgin for an English title).
SHORT_FIELD = 100


def _language_of(tag: str | None) -> str | None:
    """The language code of a release's language tag ("ru-RU" → "ru"), or None."""
    return tag.split("-")[0].lower() if tag and _LANGUAGE_TAG.fullmatch(tag) else None


def unread_names(session: Session, content: dict) -> dict[str, list[str]]:
    """Field → the words of a release's metadata fields (title, author, publisher, url, licence), as `draft_content`
    would show them, that are common given names (`guwah.names.given`; a name that is also an
    everyday word only when capitalised) or words of a personal name the extractor reads in that
    field ("Interview with Tashpolat Yunusbek": an HTML page's own title names people the lexicon
    does not know), and belong to no named person's name (compared by stem,
    `guwah.names.inflection.stems`, and across scripts by Latin reading, `guwah.names.latin_forms`, or
    as the same given name of the lexicon). Masked and named people's words never count."""
    from guwah.extract import extract_person_names
    from guwah.names import latin_forms
    from guwah.names.given import given_name
    from guwah.names.inflection import stems
    from guwah.redaction import PSEUDONYM_FORM

    # a pseudonym shown in a field is no one's name (it came from a mask)
    values = {key: PSEUDONYM_FORM.sub(" ", content.get(key) or "").strip() for key in _METADATA_FIELDS}
    values = {key: value for key, value in values.items() if value and value not in DEFAULT_TITLES}
    if not values:
        return {}
    named = named_person_ids(session)
    named_words = {word for person_id, name in session.execute(select(PersonName.person_id, PersonName.name))
                   if person_id in named for word in _WORD.findall(name)}
    named_stems = {stem for word in named_words for stem in stems(word)}
    # A named name written in another script than the field's ("Aygul" in the title of a testimony whose
    # witness is named as ئايگۈل) is hers too: by its Latin readings, or as the same given name of the lexicon.
    named_latin = {form for word in named_words for form in latin_forms(word)}
    named_given = {entry[0].name for word in named_words | named_stems if (entry := given_name(word))}
    # The extractor reads the text only; each field is read as a text of its own, for the names of its
    # persons alone (the steps that cannot change them are left out), in its own language when it is
    # long enough to tell (`SHORT_FIELD`), else in the document's: a few words are detected as any
    # language ("Письмо Омирбек Жанали": none, then read by the English rules).
    language = _language_of(content.get("language"))
    languages = [language if len(value) < SHORT_FIELD else None for value in values.values()]
    # by stem: the extractor gives a name back in its nominative («Рассказ Ташполата» → Ташполат)
    read = {key: {stem for name in names for word in _WORD.findall(name) for stem in stems(word)}
            for key, names in zip(values, extract_person_names(list(values.values()), languages), strict=True)}
    found: dict[str, list[str]] = {}
    for key, value in values.items():
        for word in _WORD.findall(value):
            hit = given_name(word)
            if ((hit is None or (hit[0].word and not word[:1].isupper())) and not read[key] & set(stems(word))) \
                    or named_stems & set(stems(word)) or (hit is not None and hit[0].name in named_given) \
                    or named_latin & set(latin_forms(word)):
                continue
            if word not in found.get(key, []):
                found.setdefault(key, []).append(word)
        for stretch, hit in _han_given_names(value):
            # Chinese puts no space around a name ("古丽尼沙的证词", Gulnisa's testimony): a run of
            # characters is one `_WORD`, which no lexicon holds, so its stretches are read instead
            if stretch in named_stems or hit.name in named_given or stretch in found.get(key, []):
                continue
            found.setdefault(key, []).append(stretch)
    return found


_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _han_given_names(value: str) -> list[tuple[str, object]]:
    """The stretches of 2 to 6 Chinese characters of a field that the given-name lexicon reads
    (`guwah.names.given`: 古丽尼沙 is Gülnisa), leftmost and longest first, with their entries."""
    from guwah.names.given import given_name

    found = []
    for run in _HAN_RUN.findall(value):
        i = 0
        while i < len(run) - 1:
            for size in range(min(6, len(run) - i), 1, -1):
                hit = given_name(run[i:i + size])
                if hit is not None:
                    found.append((run[i:i + size], hit[0]))
                    i += size
                    break
            else:
                i += 1
    return found


# The titles a release gets when its drafter gives none (a source without a title, a pseudonymous
# testimony): stored in English in the release, shown in the reader's language (guwah.web.labels).
PUBLIC_TITLE = "Testimony"
PSEUDONYMOUS_TITLE = "Testimony (pseudonymous)"
DEFAULT_TITLES = (PUBLIC_TITLE, PSEUDONYMOUS_TITLE)


def carried_details(session: Session, document_id: int, applied: AppliedConsent | None = None) -> list[str]:
    """The details a reviewer masked (`--mask`) in the latest release of each other text this document
    translates, carries or repeats (`applied_consent`'s chain and copies): a release of it masks them
    too. In order, each once."""
    applied = applied or applied_consent(session, document_id)
    others = sorted({*applied.chain, *applied.copied} - {document_id})
    if not others:
        return []
    latest: dict[int, list] = {}
    for subject_id, masks in session.execute(select(Release.subject_id, Release.extra_masks).where(
            Release.subject_type == DOCUMENT, Release.subject_id.in_(others)).order_by(Release.version)):
        latest[subject_id] = list(masks or [])
    return list(dict.fromkeys(detail for other in others for detail in latest.get(other, [])))


def _witness_mentions(session: Session, document: Document) -> set[int]:
    """The person ids of a testimony's witness: every mention of her registry entry."""
    witness = document.testimony.witness if document.testimony is not None else None
    if witness is None:
        return set()
    if witness.entry_id is None:
        return {witness.id}
    return set(session.scalars(select(Person.id).where(Person.entry_id == witness.entry_id)))


def draft_content(session: Session, document_id: int, details: list[str] = (),
                  title: str | None = None, index: Masking | None = None,
                  quotations=None) -> tuple[dict, list[dict]]:
    """The public fields of a document as a release of it would freeze them today, and the masks.

    Returns (content, masks): content maps field to shown value (with "embargo_until", an ISO day,
    where a text it copies is embargoed later than itself: `release_embargo`); masks lists
    {"field", "start", "end", "kind"} for every replacement, to highlight for the reviewer; a passage
    quoted from a text the public may not read (`quoted_in`, kind "quotation") also has "source" (that
    text's document id), "quoted" ([start, end) of the passage in this document's NFC text) and
    "reason" (for the reviewer: the document id and why it is not public). `quotations`: a
    `quotation_index` built once by a caller checking many releases.
    Raises ConsentRefused when the document, an original it translates, or a text any of them
    carries or repeats (`corroboration.texts_it_follows`) is confidential, or when it was erased;
    NotExtracted (a ConsentRefused) when no extractor has read it yet.
    """
    document = session.get(Document, document_id)
    if document is None or document.testimony is None:
        raise ConsentRefused(Text(N_("document %(document)s is not a testimony"), {"document": document_id}),
                             value=document_id)
    from guwah.protection.erasure import is_erased

    if is_erased(document):
        raise ConsentRefused(Text(N_("document %(document)s was erased at a witness's request: it cannot be "
                                     "released"), {"document": document_id}), value=document_id)
    applied = applied_consent(session, document_id)
    consent = applied.consent
    if consent == ConsentLevel.CONFIDENTIAL.value and applied.how == "copies":
        followed = applied.source
        how = (Text(N_("document %(document)s"), {"document": document_id}) if applied.via == document_id else
               Text(N_("document %(document)s translates document %(original)s, which"),
                    {"document": document_id, "original": applied.via}))
        raise ConsentRefused(Text(N_("%(how)s carries or repeats the text of document %(followed)s, which is "
                                     "confidential, and takes its consent (a copy cannot be more public than what it "
                                     "copies); it cannot be released"), {"how": how, "followed": followed}),
                             value=document_id)
    if consent == ConsentLevel.CONFIDENTIAL.value:
        raise ConsentRefused(Text(N_("document %(document)s is confidential (or translates a confidential "
                                     "original); it cannot be released"), {"document": document_id}),
                             value=document_id)
    # The masks come from the names the archive knows: a text nobody has read names people no one
    # recorded, and none of them could be masked.
    if not names_were_read(session, document_id):
        raise NotExtracted(Text(N_("document %(document)s has not been extracted, so the names in it are unknown "
                                   "and none could be masked: run `guwah extract --all` first"),
                                {"document": document_id}), value=document_id)
    # What a reviewer masked in a text this one carries or translates stays masked here (her village,
    # the day of the arrest, in a republication of her account), as her consent and embargo do.
    details = [*details, *(detail for detail in carried_details(session, document_id, applied) if detail not in details)]
    witnesses = pseudonymous_witness_mentions(session, document_id, applied)
    # A text that must not lead back to its witness (hers under a pseudonym) shows no nickname it gives:
    # "everyone calls me Saltik" points to her as her name does; masked as details, with their endings.
    witness_hidden = consent == ConsentLevel.PSEUDONYMOUS.value or bool(witnesses)
    if witness_hidden:
        details = [*details, *(nick for nick in nicknames(document.text or "") if nick not in details)]
    # A caller checking many releases at once builds the archive's name index once (`index`).
    masking = with_details(index, details) if index is not None else archive_masking(session, details)
    # Nothing in a pseudonymous testimony may lead back to its witness: she is masked in it even
    # where a basis lets her be named elsewhere (every mention of her entry: all her names).
    # The witnesses of the texts it translates or copies too: a translation or a republication
    # of her pseudonymous account must not name her either. So in a public testimony whose witness
    # chose a pseudonym for herself (`pseudonymous_witness_mentions`).
    # A named relative's name that shares a part with hers shows that part only where a reviewer
    # confirmed it (`shared_witness_parts`).
    if witnesses:
        if witnesses & named_person_ids(session):
            masking = archive_masking(session, details, withhold=witnesses)
        hidden = hidden_witness_parts(session, witnesses, masking)
        if hidden:
            masking = archive_masking(session, details, withhold=witnesses, hide_parts=hidden)
    source = document.source
    if consent == ConsentLevel.PUBLIC.value:
        raw = {
            # Never the internal id: it would count the non-public documents ingested before it.
            "title": title or (source.title if source and source.title else PUBLIC_TITLE),
            "publisher": source.publisher if source else None,
            "author": source.author if source else None,
            "url": source.url if source else None,
            "published_on": source.published_on.isoformat() if source and source.published_on else None,
            "licence": source.licence if source else None,
            "media_type": document.media_type,
            "sha256": document.sha256,
        }
    else:
        # Pseudonymous: only the text and a neutral title; nothing that leads back to the witness.
        raw = {"title": title or PSEUDONYMOUS_TITLE, "publisher": None, "author": None, "url": None,
               "published_on": None, "licence": None, "media_type": None, "sha256": None}
    raw["text"] = document.text
    # A language tag, or nothing: free text there would escape the masks.
    raw["language"] = document.language if _LANGUAGE_TAG.fullmatch(document.language or "") else None
    content, masks = {"consent": consent}, []
    # A passage of a testimony the public may not read, quoted here below the share that makes this
    # a copy of it (`corroboration._carries`), is masked whole: its words would point to its witness.
    quoted = quoted_in(session, document_id, index=quotations)
    pseudonyms = own_pseudonyms(session, document_id, applied)
    # An account's handle or profile address leads to whoever writes there: none in a text that must
    # not lead back to its witness (her channel, her daughter's page), as her e-mail and phone are not.
    accounts = witness_hidden
    for key, value in raw.items():
        if value is None or key not in (*_MASKED_FIELDS, "text", "url"):
            content[key] = value
            continue
        passages = [(q.start, q.end) for q, _ in quoted] if key == "text" else []
        redacted: Redacted = redact(value, masking, passages, pseudonyms, accounts)
        if passages:
            reasons = iter(quoted)
            for mask in redacted.masks:
                if mask.kind == "quotation":
                    quotation, why = next(reasons)
                    masks.append({"field": key, "start": mask.start, "end": mask.end, "kind": mask.kind,
                                  "source": quotation.source_id, "quoted": [quotation.start, quotation.end],
                                  "reason": quotation_reason(quotation.source_id, why)})
                else:
                    masks.append({"field": key, "start": mask.start, "end": mask.end, "kind": mask.kind})
            content[key] = redacted.text
            continue
        if key == "url":
            # An address with a masked part in it is no address: withhold it whole.
            content[key] = None if redacted.masks or redacted.text != value else value
            if content[key] is None:
                masks.append({"field": key, "start": 0, "end": 0, "kind": "field"})
            continue
        content[key] = redacted.text
        masks.extend({"field": key, "start": m.start, "end": m.end, "kind": m.kind} for m in redacted.masks)
    if masks and content.get("sha256"):
        # The original's hash would let anyone try candidate names in the masks and confirm one.
        content["sha256"] = None
        masks.append({"field": "sha256", "start": 0, "end": 0, "kind": "field"})
    # An embargo travels with the text as consent does: a copy of an embargoed testimony (a
    # republication, a re-encoded file) waits for that day too. Frozen in the release, so that
    # reads stay cheap; an embargoed original ingested later changes it, and the release check
    # redrafts the copy.
    over = embargo_over(session, document_id)
    if over is not None and over.how == "copies":
        content["embargo_until"] = over.until.isoformat()
    return content, masks


# Why a release shows less than its testimony holds, for its reviewer (`withheld_reasons`), in words
# and never with the words masked: each field withheld whole (a mask of kind "field") and each kind
# of mask in the text, counted.
PSEUDONYMOUS_FIELDS = N_("publisher, author, address, date, licence and fingerprint are not shown: the witness "
                         "consented to publication under a pseudonym only")
_FIELD_WITHHELD = {
    "sha256": N_("the original's fingerprint (SHA-256) is withheld: something in the text is masked, and the "
                 "fingerprint would let anyone test a guess at what"),
    "url": N_("the source address is withheld: part of it is masked"),
}
FIELD_WITHHELD = N_("%(field)s is withheld whole")
_MASKED_BECAUSE = {
    "name": N_("names masked: %(count)s (a person who did not consent to be named, or whose naming no reviewer "
               "approved)"),
    "detail": N_("details masked: %(count)s (a place, a date or another detail a reviewer asked to mask)"),
    "contact": N_("contact details masked: %(count)s (an address, a telephone number or an account)"),
    "quotation": N_("passages masked: %(count)s (shared with a testimony the public may not read)"),
}
# The names' masks said by the persons they stand for (`masked_people`): how many, and why each.
PEOPLE_MASKED = N_plural(
    "the name of %(count)s person this testimony names is masked wherever it is written (%(places)s)",
    "the names of %(count)s persons this testimony names are masked wherever they are written (%(places)s)")
NAME_PLACES = N_plural("%(count)s place in all", "%(count)s places in all")
OTHERS_MASKED = N_plural(
    "a name the archive withholds, read in another testimony, is masked in %(count)s place",
    "names the archive withholds, read in other testimonies, are masked in %(count)s places")
OWN_REFUSAL, NO_BASIS = "own_refusal", "no_basis"
_PEOPLE_BECAUSE = {
    OWN_REFUSAL: N_plural(
        "%(count)s of them is a withheld person: their own refusal to be named (a witness's confidential or "
        "pseudonymous consent, or a withdrawal)",
        "%(count)s of them are withheld persons: their own refusal to be named (a witness's confidential or "
        "pseudonymous consent, or a withdrawal)"),
    NO_BASIS: N_plural(
        "%(count)s of them has no approved naming basis: no reviewer approved showing the name",
        "%(count)s of them have no approved naming basis: no reviewer approved showing their names"),
}


def masked_people(session: Session, document_id: int) -> dict[str, int]:
    """How many of the persons a testimony names (a name of theirs read in its text; counted by registry
    entry, a mention in none by itself) a release of it withholds today, by why: OWN_REFUSAL (the
    person's own refusal recorded on their entry, or the witness of a pseudonymous testimony, masked
    there whatever basis names her elsewhere) or NO_BASIS (no approved naming basis). Counts only,
    never a name; a reason with no one is left out (`withheld_reasons` says them)."""
    rows = session.execute(select(Person.id, Person.entry_id).join(PersonName, PersonName.person_id == Person.id)
                           .where(PersonName.evidence_document_id == document_id).distinct()).all()
    if not rows:
        return {}
    named = named_person_ids(session)
    witnesses = pseudonymous_witness_mentions(session, document_id)
    refusing = refusing_mentions(session, {person for person, _ in rows}) | refused_by_their_entry(session)
    why_by_person: dict[tuple[str, int], str] = {}
    for person, entry in rows:
        if person in witnesses or (person not in named and person in refusing):
            why = OWN_REFUSAL
        elif person not in named:
            why = NO_BASIS
        else:
            continue
        key = ("entry", entry) if entry is not None else ("mention", person)
        if why_by_person.get(key) != OWN_REFUSAL:  # one mention's own refusal is the person's
            why_by_person[key] = why
    counts: dict[str, int] = {}
    for why in why_by_person.values():
        counts[why] = counts.get(why, 0) + 1
    return counts


def release_masked_people(session: Session, release: Release) -> dict[str, int] | None:
    """`masked_people` of a document release's testimony, for `withheld_reasons`: read today, so only
    for a draft or the approved release (which the release check keeps current), else None (a
    superseded or withdrawn release's masks are said as a count: who is named may have changed since)."""
    if release.subject_type != DOCUMENT or release.state not in ("draft", "approved") or release.content.get("erased"):
        return None
    return masked_people(session, release.subject_id)


def withheld_reasons(content: dict, masks: list[dict], people: Mapping[str, int] | None = None) -> list[Text]:
    """Why a document release (`draft_content`'s content and masks) withholds what it does, one Text
    each: a pseudonymous testimony's source fields, each field withheld whole, the names masked and how
    many masks of each other kind its fields hold, with why. Names no masked word.

    `people`: `masked_people` of its testimony: the names are then said by the persons they stand
    for (how many, and how many for each reason) and the places their masks take; without it, as a
    count of masks."""
    from collections import Counter

    from guwah.errors import Term

    reasons = []
    if content.get("consent") == ConsentLevel.PSEUDONYMOUS.value:
        reasons.append(Text(PSEUDONYMOUS_FIELDS))
    for mask in masks:
        if mask["kind"] == "field":
            reasons.append(Text(_FIELD_WITHHELD.get(mask["field"], FIELD_WITHHELD),
                                {"field": Term("release_field", mask["field"])}))
    counts = Counter(mask["kind"] for mask in masks if mask["kind"] != "field")
    if people is not None and counts["name"]:
        reasons.extend(_people_reasons(people, counts.pop("name")))
    reasons.extend(Text(why, {"count": counts[kind]}) for kind, why in _MASKED_BECAUSE.items() if counts[kind])
    return reasons


def _people_reasons(people: Mapping[str, int], places: int) -> list[Text]:
    """`withheld_reasons`' lines for `places` name masks standing for `people` (`masked_people`)."""
    total = sum(people.values())
    if not total:  # only names of persons other testimonies name: the archive masks them everywhere
        return [Text.counted(OTHERS_MASKED, places, {"count": places})]
    return [Text.counted(PEOPLE_MASKED, total, {"count": total,
                                                "places": Text.counted(NAME_PLACES, places, {"count": places})}),
            *(Text.counted(why, people[key], {"count": people[key]})
              for key, why in _PEOPLE_BECAUSE.items() if people.get(key))]


# --- what the public sees --------------------------------------------------------------------------

def _visible_releases(session: Session, today: date, numbers: list[int] | None = None):
    """(release, public number) of every approved, unembargoed document release (of these public
    numbers only, when given)."""
    query = (select(Release, PublicNumber.number, Testimony)
             .join(PublicNumber, (PublicNumber.subject_type == Release.subject_type)
                   & (PublicNumber.subject_id == Release.subject_id))
             .join(Testimony, Testimony.document_id == Release.subject_id)
             .where(Release.subject_type == DOCUMENT, Release.state == "approved")
             .order_by(PublicNumber.number))
    if numbers is not None:
        query = query.where(PublicNumber.number.in_(numbers))
    rows = session.execute(query).all()
    return [(release, number) for release, number, testimony in rows if _shows(session, release, testimony, today)]


def _shows(session: Session, release: Release, testimony: Testimony, today: date) -> bool:
    """Whether an approved document release is public on `today`: its embargo over, its testimony
    not confidential (the one answer for the public list and for `number_public_documents`)."""
    embargo = release_embargo(session, release)
    return (embargo is None or embargo <= today) and testimony.consent != ConsentLevel.CONFIDENTIAL.value


def today() -> date:
    """The day the public site goes by (embargoes end at its start)."""
    return date.today()


def _due_for_numbers(session: Session, on: date) -> list[tuple[date, int, int]]:
    """(day it became public, release id, document id) of each document release public on `on`
    whose testimony has no public number yet."""
    numbered = select(PublicNumber.id).where(PublicNumber.subject_type == DOCUMENT,
                                             PublicNumber.subject_id == Release.subject_id).exists()
    rows = session.execute(select(Release, Testimony).join(Testimony, Testimony.document_id == Release.subject_id)
                           .where(Release.subject_type == DOCUMENT, Release.state == "approved", ~numbered)).all()
    due = []
    for release, testimony in rows:
        if _shows(session, release, testimony, on):
            embargo = release_embargo(session, release)
            approved = release.approved_at.date() if release.approved_at else on
            due.append((max(approved, embargo or approved), release.id, release.subject_id))
    return due


def number_public_documents(session: Session, on: date | None = None) -> list[int]:
    """Give every document release that is public now (`_shows`) and whose testimony has no public
    number the next one, at this first publication; returns the numbers given.

    A number given at approval would show a gap for an embargoed release approved between two
    public ones (5, 7, 8: "a testimony exists, approved about then"). Given here, numbers count
    only what the public can read, in the order it became readable (the day, then the release);
    a number once given is never given again nor changed, and a withdrawn release's stays retired.
    Runs at every commit that touched releases or testimonies, and at each day's first commit
    (`guwah.releases`) other than a web request's, so that a release whose embargo ended overnight
    is numbered then; `guwah serve` runs it at start and at each day's start (`publish_due`).
    """
    from guwah.search.public import note_subject

    on = on or today()
    due = _due_for_numbers(session, on)
    if due:
        # Another process (a second command, a server worker) may be numbering the same releases:
        # take the database's write lock, then read again what is still due, and the highest number.
        if session.get_bind().dialect.name == "postgresql":
            session.execute(sql_text("LOCK TABLE public_number IN EXCLUSIVE MODE"))
        else:
            session.execute(sql_text("UPDATE public_number SET id = id WHERE 0"))
        due = _due_for_numbers(session, on)
    highest = session.scalar(select(func.max(PublicNumber.number)).where(PublicNumber.subject_type == DOCUMENT)) or 0
    given = []
    for _, _, document_id in sorted(due):
        highest += 1
        session.add(PublicNumber(subject_type=DOCUMENT, subject_id=document_id, number=highest))
        note_subject(session, DOCUMENT, document_id)  # into the public search index, now that it has a number
        given.append(highest)
    if given:
        session.flush()
    return given


def _public(release: Release, number: int) -> PublicDocument:
    content = release.content
    return PublicDocument(
        id=number, title=content["title"], consent=content["consent"], publisher=content.get("publisher"),
        author=content.get("author"), url=content.get("url"), published_on=content.get("published_on"),
        licence=content.get("licence"), language=content.get("language"), media_type=content.get("media_type"),
        sha256=content.get("sha256"), text=content["text"],
    )


def public_documents(session: Session, today: date | None = None) -> list[PublicDocument]:
    """Every released testimony the public may read, by public number."""
    return [_public(r, n) for r, n in _visible_releases(session, today or date.today())]


def public_document(session: Session, number: int, today: date | None = None) -> PublicDocument:
    """One released testimony by public number; ConsentRefused (shown as 'not found') otherwise."""
    for release, found in _visible_releases(session, today or date.today(), [number]):
        if found == number:
            return _public(release, found)
    raise ConsentRefused(f"no public document {number}")


def released_document_ids(session: Session, today: date | None = None) -> set[int]:
    """Internal ids of the documents whose release the public can read now."""
    return {release.subject_id for release, _ in _visible_releases(session, today or date.today())}


def is_public_document(session: Session, document_id: int, today: date | None = None) -> bool:
    return document_id in released_document_ids(session, today)


def must_audit_read(session: Session, document_id: int) -> bool:
    """Whether reading this document in full is a read of non-public material (and so audited)."""
    return not is_public_document(session, document_id)


# --- registry entries ---------------------------------------------------------------------------

def entry_content(session: Session, entry_id: int, masking: Masking | None = None,
                  withheld: frozenset[int] = frozenset(), as_of: datetime | None = None) -> dict:
    """What a release of a person entry would show today: names, status, timeline, violations,
    attributes — only accepted facts cited from testimonies the public can read, each with the
    public numbers of its sources and their count (corroboration by released source).
    `withheld`: document ids to count as not public although their release is up (those whose
    release today's rules would take down: `guwah.releases.failing_releases`).
    `as_of`: an approval's moment: only the facts accepted by then, of the mentions linked to the
    entry by then (`mentions_as_of`), under today's rules (`guwah.releases.still_allowed`); a mention
    linked since is left out unless it records its person's own refusal to be named, which refuses.
    Two accounts of one event are one timeline item (`same_event_places`); the status cites the
    newest status event's source ("source") and, where several sources state it, all ("sources"):
    read them with `status_sources`.

    Raises ConsentRefused unless every mention of the entry has a standing naming basis (a merge
    never names anyone whom a mention's own record withholds) and something public supports it.
    """
    from guwah.registry import derive_status, own_accounts

    entry = session.get(Entry, entry_id)
    if entry is None or entry.merged_into_id is not None:
        # Named by its number as commands take it (E-12), never by its row id, which names nothing to a reader.
        raise ConsentRefused(Text(N_("no standing entry %(entry)s"),
                                  {"entry": entry_label(entry.number) if entry is not None else entry_id}),
                             value=entry_id)
    mentions = list(session.scalars(select(Person.id).where(Person.entry_id == entry_id)))
    named = named_person_ids(session)
    if not mentions:
        raise ConsentRefused(Text(N_("entry %(entry)s has no mentions"), {"entry": entry_label(entry.number)}),
                             value=entry.number)
    # The mentions whose facts it shows; every mention still counts below for what a citation would tell.
    showing = mentions if as_of is None else mentions_as_of(session, entry_id, mentions, as_of)
    late = set(mentions) - set(showing)
    unnamed = sorted(m for m in set(showing) | refusing_mentions(session, late) if m not in named)
    if unnamed:
        raise ConsentRefused(_unnamed_mentions(session, entry.number, unnamed), value=entry.number)
    numbers = dict(session.execute(select(PublicNumber.subject_id, PublicNumber.number)
                                   .where(PublicNumber.subject_type == DOCUMENT)).all())
    released = {d: numbers[d] for d in released_document_ids(session) if d in numbers and d not in withheld}
    accepted = ReviewState.ACCEPTED.value

    left_out = _uncitable_sources(session, entry.id, mentions, set(released))
    for document_id in left_out:
        del released[document_id]
    telling = sorted(d for d, why in left_out.items() if why == SOURCE_TELLS_WITNESS)
    details = _released_details(session, set(released))
    facility_names = dict(session.execute(select(Facility.id, Facility.name)).all()) if details else {}
    place_rows = ({pid: (gid, name) for pid, gid, name in session.execute(select(Place.id, Place.gazetteer_id, Place.name))}
                  if details else {})

    def facts(table):
        return [row for row in session.scalars(select(table).where(
            table.person_id.in_(showing), table.review_state == accepted,
            table.evidence_document_id.in_(released)).order_by(table.id))
            if (as_of is None or _aware(row.reviewed_at or row.asserted_at) <= _aware(as_of))
            and not _shows_masked_detail(row, details.get(row.evidence_document_id), facility_names, place_rows)]

    from guwah.registry.corroboration import independent_count, source_groups

    independent = source_groups(session, set(released))

    def grouped(rows, key) -> list[dict]:
        groups: dict = {}
        for row in rows:
            groups.setdefault(key(row), set()).add(row.evidence_document_id)
        # Corroboration counts independent sources: one witness, or one text republished, counts once.
        return [{**dict(k), "sources": sorted(released[d] for d in v), "corroboration": independent_count(independent, v)}
                for k, v in groups.items()]

    names = grouped(_not_anothers_words(session, facts(PersonName), named), lambda r: (("name", r.name), ("script", r.script)))
    if not names and telling:
        raise ConsentRefused(Text(N_(
            "entry %(entry)s: its names come only from pseudonymous testimonies (document %(documents)s) whose "
            "withheld witness shares a part of the name, masked there; citing them would tell who the witness is. "
            "Release the entry once another released testimony names the person, or approve a naming basis with "
            "--show-shared-name if showing that part is safe"),
            {"entry": entry_label(entry.number), "documents": ", ".join(map(str, telling))}), value=entry.number)
    if not names:
        raise ConsentRefused(Text(N_("entry %(entry)s has no accepted name from a released testimony"),
                                  {"entry": entry_label(entry.number)}), value=entry.number)
    events = facts(Event)
    # Where an event took place, frozen as references the public can follow: the public facility
    # number (only a facility from a public dataset; a site named only in a testimony stays
    # unnamed) and the place's gazetteer id.
    facility_numbers = _public_facility_numbers(session)
    places = _gazetteer_ids(session)
    # Where it took place and, where an account states one, when it ended: one account that gives the
    # end and one that does not are one item at the end given, as with a place.
    where = same_event_places(events, lambda e: (facility_numbers.get(e.facility_id), places.get(e.place_id),
                                                  (e.end_date_value, e.end_date_precision) if e.end_date_value
                                                  else None))
    timeline = grouped(sorted(events, key=lambda e: (e.date_value or "9999", e.id)), _timeline_key(where))
    # The status the registry derives (`guwah.registry.derive_status`), from released facts only; the
    # person's own account counts only where it is released (a pseudonymous one is out of `released`).
    derived = derive_status(events, {document: interviewed for document, interviewed
                                     in own_accounts(session, showing).items() if document in released})
    # Every accepted source that states the same status as of the same date supports it, as the
    # timeline's sources do (h-try49 saw a "sentenced" two testimonies state cite the newer only).
    status = status_citing(derived.status, derived.date,
                           released[derived.documents[0]] if derived.documents else None,
                           sorted({released[document] for document in derived.documents}))
    attributes = facts(PersonAttribute)
    # A free-text value (an occupation a reviewer wrote: "driver for Kamil Hesen") passes through the
    # archive's masks as a testimony does; a closed one (role, gender) is no one's words.
    shown_values: dict[int, str | None] = {}
    for row in attributes:
        if row.value is None or row.attribute in CLOSED_VALUES or not _WORD.search(row.value):
            shown_values[row.id] = row.value
            continue
        masking = masking if masking is not None else archive_masking(session)
        # No pseudonym here: an entry's page is no one's pseudonymous account (`own_pseudonyms`).
        shown_values[row.id] = redact(row.value, masking, pseudonyms=frozenset()).text
    return {"names": names, "status": status, "timeline": timeline,
            "violations": grouped(facts(ViolationCoding), lambda r: (("code", r.code),)),
            "attributes": grouped(attributes,
                                  lambda r: (("attribute", r.attribute), ("value", shown_values[r.id]),
                                             ("place", _attribute_place(r, places))))}


def _not_anothers_words(session: Session, rows: list, named: set[int]) -> list:
    """The name rows less those cited at words where the same text names someone withheld (a name
    added to a mention at another person's name: `guwah review add`, an extractor's slip): one span
    names one person, and the withheld one's claim wins, as the text's mask does. So too a name
    written as a withheld person's name read in the same text (`compare_names` at SAME_NAME; a name
    not rejected), wherever that one is cited: the extractor cites a relative at the kin words before
    the name («Моего мужа» Кайрата…), which the added name's span does not overlap, while the text
    masks the name as his (a withheld name written as a named person's stays masked)."""
    from guwah.names import compare_names
    from guwah.names.settings import SAME_NAME

    if not rows:
        return rows
    spans: dict[int, list[tuple[int, int]]] = {}
    withheld_names: dict[int, set[str]] = {}
    for person_id, document_id, start, end, name, state in session.execute(
            select(PersonName.person_id, PersonName.evidence_document_id, PersonName.evidence_start,
                   PersonName.evidence_end, PersonName.name, PersonName.review_state)
            .where(PersonName.evidence_document_id.in_({row.evidence_document_id for row in rows}))):
        if person_id in named:
            continue
        if start is not None:
            spans.setdefault(document_id, []).append((start, end))
        if name and state != ReviewState.REJECTED.value:
            withheld_names.setdefault(document_id, set()).add(name)

    def anothers(row) -> bool:
        if row.evidence_start is not None and any(start < row.evidence_end and row.evidence_start < end
                                                  for start, end in spans.get(row.evidence_document_id, ())):
            return True
        return any(compare_names(row.name, name) >= SAME_NAME
                   for name in withheld_names.get(row.evidence_document_id, ()))

    return [row for row in rows if not anothers(row)]


@dataclass(frozen=True)
class NameAfterBasis:
    """A name an entry release shows that no one accepted before the person's naming was last looked
    at (`names_after_basis`): `name`, `script` as the release holds them; `accepted_at`, `accepted_by`:
    its first acceptance; `since`: the look it came after, the approval of the naming basis of the
    mention it was accepted on, or (`release`: that release's id) the entry's last approved release."""

    name: str
    script: str | None
    accepted_at: datetime
    accepted_by: str
    since: datetime
    release: int | None = None


def names_after_basis(session: Session, entry_id: int, names: list[dict]) -> list[NameAfterBasis]:
    """Of an entry release's `names` (`entry_content`'s "names"), those that every accepted row of
    the entry's mentions stating them (name and script) was accepted after the naming basis it relies
    on was approved (the mention's first standing one) and after the entry's last approved release:
    no approver of the person's naming has seen them (a reviewer's `guwah review add --kind name` on the
    wrong person would otherwise go public under another's basis). A name also accepted before
    both is not one. In `names`' order; for the drafter and the approver (`guwah.releases.new_name_notes`)."""
    if not names:
        return []
    mentions = list(session.scalars(select(Person.id).where(Person.entry_id == entry_id)))
    bases: dict[int, datetime] = {}
    for person_id, approved_at in session.execute(
            select(NamingBasis.person_id, func.min(NamingBasis.approved_at))
            .where(NamingBasis.person_id.in_(mentions), NamingBasis.approved_at.is_not(None),
                   NamingBasis.withdrawn_at.is_(None)).group_by(NamingBasis.person_id)):
        bases[person_id] = _aware(approved_at)
    last = session.execute(select(Release.id, Release.approved_at).where(
        Release.subject_type == ENTRY, Release.subject_id == entry_id, Release.approved_at.is_not(None))
        .order_by(Release.approved_at.desc(), Release.id.desc()).limit(1)).first()
    rows: dict[tuple, list] = {}
    for row in session.scalars(select(PersonName).where(PersonName.person_id.in_(mentions),
                                                        PersonName.review_state == ReviewState.ACCEPTED.value)):
        rows.setdefault((row.name, row.script), []).append(row)
    marked = []
    for item in names:
        late = []
        for row in rows.get((item.get("name"), item.get("script")), ()):
            accepted = _aware(row.reviewed_at or row.asserted_at)
            since, release = bases.get(row.person_id), None
            if last is not None and (since is None or _aware(last.approved_at) > since):
                since, release = _aware(last.approved_at), last.id
            if since is None:
                continue  # a mention no basis names: the draft shows nothing of it
            if accepted <= since:
                break  # seen when the naming (or the entry's release) was approved
            late.append((accepted, row, since, release))
        else:
            if late:
                accepted, row, since, release = min(late, key=lambda found: (found[0], found[1].id))
                marked.append(NameAfterBasis(item["name"], item.get("script"), accepted,
                                             row.reviewed_by or row.asserted_by, since, release))
    return marked


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes for timezone-aware columns: both are UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def mentions_as_of(session: Session, entry_id: int, mentions: list[int], as_of: datetime) -> list[int]:
    """Of an entry's `mentions`, those linked to it by `as_of`: by each one's latest move into it
    (`LinkChange`, a new mention's own entry included); one with no recorded move came with the
    registry's migration, before any release."""
    joined: dict[int, datetime] = {}
    for person_id, moment in session.execute(select(LinkChange.person_id, func.max(LinkChange.at)).where(
            LinkChange.person_id.in_(mentions), LinkChange.to_entry_id == entry_id).group_by(LinkChange.person_id)):
        joined[person_id] = moment
    return [m for m in mentions if m not in joined or _aware(joined[m]) <= _aware(as_of)]


def _timeline_key(where: dict[int, tuple]):
    """What makes two accounts one timeline item: type, date and precision, the end and its precision
    where one is stated (an item without one keeps the shape approved releases froze), and the place
    `same_event_places` shows (`where`: event id → (public facility number, gazetteer id, (end, its
    precision) or None))."""
    def key(event) -> tuple:
        end = where[event.id][2]
        ended = (("end_date", end[0]), ("end_precision", end[1])) if end else ()
        return (("event", event.event_type), ("date", event.date_value), ("precision", event.date_precision),
                *ended, ("facility", where[event.id][0]), ("place", where[event.id][1]))
    return key


def status_citing(status: str, when: str | None, source: int | None, sources: list[int]) -> dict:
    """An entry's status as releases hold it: {"status", "date", "source"}, and "sources" (the public
    numbers of every source that states it) only where there are several, so that a status with one
    source keeps the shape that releases approved before froze. The one builder of that shape
    (`entry_content`, and erasure when it takes a source away)."""
    shown = {"status": status, "date": when, "source": source}
    if len(sources) > 1:
        shown["sources"] = list(sources)
    return shown


def status_sources(status: dict) -> list[int]:
    """The public numbers of the sources an entry's status cites: its "sources" where several state
    it (`entry_content`), else its one "source" (none for an unknown status)."""
    if status.get("sources"):
        return list(status["sources"])
    return [status["source"]] if status.get("source") is not None else []


def same_event_places(events: list, place_of) -> dict[int, tuple]:
    """For each event (by id), the place its timeline item shows: two accounts of one event (the same
    type, date and precision) where one gives no place, or only the facility or the place that the
    other gives, are one item at the fuller place, citing both sources; places that differ stay side
    by side, and a placeless account that two different places could complete stays on its own.
    `place_of(event)`: a tuple of what it may leave out (None), as (public facility number, gazetteer
    id, end): an end is completed as a place is."""
    def completes(full: tuple, part: tuple) -> bool:
        return full != part and all(p is None or p == f for f, p in zip(full, part, strict=True))

    shown: dict[int, tuple] = {}
    accounts: dict[tuple, list] = {}
    for event in events:
        accounts.setdefault((event.event_type, event.date_value, event.date_precision), []).append(event)
    for same in accounts.values():
        given = {place_of(event) for event in same}
        fullest = [place for place in given if not any(completes(other, place) for other in given)]
        for event in same:
            place = place_of(event)
            fuller = [full for full in fullest if completes(full, place)]
            shown[event.id] = fuller[0] if len(fuller) == 1 else place
    return shown


def _unnamed_mentions(session: Session, number: int, unnamed: list[int]) -> Text:
    """Why an entry's mentions in `unnamed` are not shown by name, and only the safe ways on, by
    ids (names are not for messages): a mention that records the person's own refusal (a witness's
    confidential or pseudonymous consent, a withdrawal) gets no basis suggested, as one would
    publish the name that person withheld; the mentions that refusal overrides (`refused_by_their_entry`)
    are said to be held by it, whatever their basis; only the others are told how to propose one,
    with what a basis shows."""
    label = entry_label(number)

    def listed(ids: list[int]) -> str:
        return ", ".join(mention_label(m) for m in ids)

    refusing = sorted(refusing_mentions(session, set(unnamed)))
    overridden = sorted(set(unnamed) & refused_by_their_entry(session))
    plain = sorted(set(unnamed) - set(refusing) - set(overridden))
    if not refusing and not overridden:
        told = Text.counted(N_plural(
            "entry %(entry)s has %(count)s mention without an approved naming basis (%(mentions)s): an approved "
            "basis shows every name recorded for that mention in every released text and on this entry, so propose "
            "one only where that person may be named (`guwah naming propose MENTION --basis BASIS`, then another "
            "reviewer's `guwah naming approve N`), or split a mention of someone else out (`guwah persons split "
            "%(entry)s --mentions MENTION`)",
            "entry %(entry)s has %(count)s mentions without an approved naming basis (%(mentions)s): an approved "
            "basis shows every name recorded for that mention in every released text and on this entry, so propose "
            "one only where that person may be named (`guwah naming propose MENTION --basis BASIS`, then another "
            "reviewer's `guwah naming approve N`), or split a mention of someone else out (`guwah persons split "
            "%(entry)s --mentions MENTION`)"),
            len(plain), {"entry": label, "count": len(plain), "mentions": listed(plain)})
        same_ground = _basis_to_extend(session, number, plain)
        return told if same_ground is None else Text("%(before)s; %(more)s", {"before": told, "more": same_ground})
    said = []
    if refusing:
        said.append(Text(N_("%(mentions)s records the person's own refusal to be named (a witness's confidential or "
                            "pseudonymous consent, or a withdrawal): no naming basis is suggested for it, as one "
                            "would publish the name that person withheld") if len(refusing) == 1 else
                         N_("%(mentions)s record the person's own refusal to be named (a witness's confidential or "
                            "pseudonymous consent, or a withdrawal): no naming basis is suggested for it, as one "
                            "would publish the name that person withheld"), {"mentions": listed(refusing)}))
    if overridden:
        said.append(Text(N_("%(mentions)s is not shown by name while a mention recording such a refusal belongs to "
                            "this entry, whatever basis they have") if len(overridden) == 1 else
                         N_("%(mentions)s are not shown by name while a mention recording such a refusal belongs to "
                            "this entry, whatever basis they have"), {"mentions": listed(overridden)}))
    if plain:
        said.append(Text(N_("%(mentions)s has no approved naming basis") if len(plain) == 1 else
                         N_("%(mentions)s have no approved naming basis"), {"mentions": listed(plain)}))
    reasons = said[0]
    for more in said[1:]:  # joined as the English joins them; the separator is no message of its own
        reasons = Text("%(before)s; %(more)s", {"before": reasons, "more": more})
    return Text(N_("entry %(entry)s may not be shown by name: %(reasons)s. If a mention is someone else, split it "
                   "out (`guwah persons split %(entry)s --mentions %(split)s`); otherwise the entry stays unreleased"),
                {"entry": label, "reasons": reasons, "split": mention_label(refusing[0]) if refusing else "MENTION"})


def _basis_to_extend(session: Session, number: int, plain: list[int]) -> Text | None:
    """For mentions merged into an entry with no basis of their own (`plain`, none recording a refusal):
    the command that proposes for each the ground another mention of the entry is named on, or None
    when no mention of it has an approved, standing basis. A basis is not carried by a merge (a
    linker's merge may join a namesake, and a basis shows every name a reviewer read for that mention):
    it is proposed for the merged mention and approved by a second reviewer, as every basis is."""
    entry_id = session.scalar(select(Entry.id).where(Entry.number == number, Entry.kind == "person"))
    ground = session.execute(
        select(NamingBasis.person_id, NamingBasis.basis, NamingBasis.document_id)
        .join(Person, Person.id == NamingBasis.person_id)
        .where(Person.entry_id == entry_id, NamingBasis.approved_at.is_not(None),
               NamingBasis.withdrawn_at.is_(None), NamingBasis.person_id.not_in(plain))
        .order_by(NamingBasis.id).limit(1)).first()
    if ground is None:
        return None
    named, basis, document = ground
    document_option = f" --document {document}" if document is not None else ""
    commands = "; ".join(f"`guwah naming propose {mention_label(m)} --basis {basis}{document_option}`" for m in plain)
    return Text(N_("mention %(named)s of this entry is named on the ground %(basis)s: where that ground names "
                   "%(mentions)s too, propose it for them (%(commands)s) and another reviewer approves it"),
                {"named": mention_label(named), "basis": basis, "mentions": ", ".join(map(mention_label, plain)),
                 "commands": commands})


# Whether a person entry cites a testimony that an accepted fact of its mentions was read in
# (`entry_sources`), and if not, why: the one list of reasons, which `guwah.releases.entry_citation_notes`
# words for the drafter and the reviewer.
SOURCE_CITED = "cited"
SOURCE_UNRELEASED = "unreleased"  # no approved release the public can read now (not yet, or embargoed)
SOURCE_CONFIDENTIAL = "confidential"  # its consent (or an original's) is confidential: never released
SOURCE_OWN_ACCOUNT = "own_account"  # the person's own pseudonymous account
SOURCE_TELLS_WITNESS = "tells_witness"  # `citations_telling_witness`
SOURCE_MASKS_NAME = "masks_name"  # its release masks this person's name as a detail (`--mask`)
SOURCE_HIDES_NAME = "hides_name"  # its withheld witness's release hides this person's name where written


def _uncitable_sources(session: Session, entry_id: int, mentions: list[int], released: set[int]) -> dict[int, str]:
    """Of these released testimonies, those a public entry of these mentions must not cite, each with
    its reason (`SOURCE_*`), in the order `entry_content` applies them, each over what the one before left."""
    left_out: dict[int, str] = {}
    # What she told under a pseudonym never supports her own entry: the entry would tie her name to it.
    for document_id in _pseudonymous_accounts_of(session, entry_id, released):
        left_out[document_id] = SOURCE_OWN_ACCOUNT
    # Nor what a relative told under a pseudonym that masks the part of this name she bears too: the
    # citation would tell who she is (`citations_telling_witness`, which says why).
    for document_id in citations_telling_witness(session, set(mentions),
                                                 fact_sources(session, mentions, released - set(left_out))):
        left_out[document_id] = SOURCE_TELLS_WITNESS
    # Nor a testimony whose release masks this person's own name as a detail (`--mask`: "my husband
    # [detail withheld]" in a pseudonymous account): any fact cited from it, its passage naming him
    # or not, tells whom the mask hides ("sentenced, 2019 — source: testimony 4").
    for document_id in _masking_their_name(session, mentions, _released_details(session, released - set(left_out))):
        left_out[document_id] = SOURCE_MASKS_NAME
    # Nor one whose withheld witness's release hides this person's name where it wrote it, by any other
    # rule (a name beside hers masked with it: "my father [her pseudonym]" where her surname ends his
    # name): citing it would say whom that mask hides, and so whose relative he is.
    for document_id in _hiding_their_name(session, mentions, released - set(left_out)):
        left_out[document_id] = SOURCE_HIDES_NAME
    return left_out


def entry_sources(session: Session, entry_id: int) -> dict[int, str]:
    """Every testimony (document id) in which an accepted fact of this entry's mentions was read, and
    whether `entry_content` cites it (`SOURCE_CITED`) or why not (another `SOURCE_*`): for the drafter
    and the reviewer, who must know of each testimony whether its facts are in and, if not, why.
    Reasons only: never a testimony's words or a witness's name."""
    mentions = list(session.scalars(select(Person.id).where(Person.entry_id == entry_id)))
    if not mentions:
        return {}
    every = fact_sources(session, mentions, None)
    numbered = set(session.scalars(select(PublicNumber.subject_id).where(PublicNumber.subject_type == DOCUMENT)))
    released = released_document_ids(session) & numbered
    why = {document_id: SOURCE_CITED for document_id in every & released}
    why.update(_uncitable_sources(session, entry_id, mentions, released & every))
    for document_id in every - released:
        why[document_id] = (SOURCE_CONFIDENTIAL if applied_consent(session, document_id).consent
                             == ConsentLevel.CONFIDENTIAL.value else SOURCE_UNRELEASED)
    return dict(sorted(why.items()))


def fact_sources(session: Session, mentions: list[int], document_ids: set[int] | None) -> set[int]:
    """Of these documents (None: all), those holding an accepted fact (name, event, attribute,
    violation) of one of these mentions: what their entry would cite."""
    if document_ids is not None and not document_ids:
        return set()
    accepted = ReviewState.ACCEPTED.value
    cited: set[int] = set()
    for table in (PersonName, Event, PersonAttribute, ViolationCoding):
        cited.update(session.scalars(select(table.evidence_document_id).distinct().where(
            table.person_id.in_(mentions), table.review_state == accepted)))
    cited.discard(None)
    return cited if document_ids is None else cited & document_ids


def _released_pseudonymous(session: Session, document_ids: set[int]) -> set[int]:
    """Which of these documents' approved releases are pseudonymous (the consent they were approved
    with, which the release check keeps current): read from the releases, not worked out again
    through translations and copies (`applied_consent` compares texts)."""
    if not document_ids:
        return set()
    rows = session.execute(select(Release.subject_id, Release.content).where(
        Release.subject_type == DOCUMENT, Release.state == "approved", Release.subject_id.in_(document_ids)))
    return {d for d, content in rows if content.get("consent") == ConsentLevel.PSEUDONYMOUS.value}


def _pseudonymous_accounts_of(session: Session, entry_id: int, document_ids: set[int]) -> set[int]:
    """Which of these released testimonies are pseudonymous (as approved) and were given by a
    mention of this entry, themselves or through the original they translate."""
    found = set()
    for document_id in _released_pseudonymous(session, document_ids):
        witnesses = [t.witness_id for t in _chain(session, document_id) if t is not None and t.witness_id]
        if witnesses and session.scalar(select(Person.id).where(Person.id.in_(witnesses),
                                                                Person.entry_id == entry_id).limit(1)):
            found.add(document_id)
    return found


def _released_details(session: Session, document_ids: set[int]) -> dict[int, list[str]]:
    """Released testimony id -> the details a reviewer masked in its approved release (`--mask`)."""
    rows = session.execute(select(Release.subject_id, Release.extra_masks).where(
        Release.subject_type == DOCUMENT, Release.state == "approved", Release.subject_id.in_(document_ids)))
    return {document_id: list(masks) for document_id, masks in rows if masks}


def _masking_their_name(session: Session, mentions: list[int], details: dict[int, list[str]]) -> list[int]:
    """Of the released testimonies (`_released_details`: id -> the details a reviewer masked), those
    where a masked detail is a name of these mentions, or a part of one (`guwah.redaction.detail_found`
    over their names, as the release masks it). Sorted document ids."""
    from guwah.redaction import detail_found

    if not details:
        return []
    names = [name for name in session.scalars(select(PersonName.name).where(PersonName.person_id.in_(mentions)))
             if name]
    return sorted(document_id for document_id, masks in details.items()
                  if any(detail_found(names, detail) for detail in masks))


def _hiding_their_name(session: Session, mentions: list[int], document_ids: set[int]) -> list[int]:
    """Of these released testimonies, those with a withheld witness (`pseudonymous_witness_mentions`)
    whose approved release does not show, word for word, the words at which an accepted name of these
    mentions was read there (`published_span`: masked, or withheld as a quotation). Sorted document ids.

    Only where a witness is withheld: there the mask may hide the name for her sake (her surname in
    his), and citing the text ties him to her. A name masked in another testimony because a withheld
    namesake writes it alike tells nothing of that namesake when the entry shows its own name."""
    if not document_ids:
        return []
    spans: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in session.execute(select(
            PersonName.evidence_document_id, PersonName.evidence_start, PersonName.evidence_end).where(
            PersonName.person_id.in_(mentions), PersonName.review_state == ReviewState.ACCEPTED.value,
            PersonName.evidence_document_id.in_(sorted(document_ids)), PersonName.evidence_start.is_not(None),
            PersonName.evidence_end.is_not(None))):
        spans.setdefault(document_id, []).append((start, end))
    if not spans:
        return []
    shown = dict(session.execute(select(Release.subject_id, Release.content).where(
        Release.subject_type == DOCUMENT, Release.state == "approved", Release.subject_id.in_(sorted(spans)))).all())
    hiding = []
    for document_id, found in sorted(spans.items()):
        published = (shown.get(document_id) or {}).get("text")
        original = session.scalar(select(Document.text).where(Document.id == document_id))
        if not isinstance(published, str) or original is None:
            continue
        if any(published_span(original, published, start, end) is None for start, end in found) \
                and pseudonymous_witness_mentions(session, document_id) - set(mentions):
            hiding.append(document_id)
    return hiding


def _shows_masked_detail(row, details: list[str] | None, facility_names: dict[int, str],
                         place_rows: dict[int, tuple[str, str]]) -> bool:
    """Whether a fact would show, on the strength of its testimony, a detail masked in that
    testimony's release: its passage holds one, or its place (any gazetteer spelling), facility
    name, date (a whole-date detail's spellings include the ISO form) or free-text value is one (`guwah.redaction.detail_found`, as the release masks it). An
    entry does not show such a fact from that source: read back from a person page, the mask would
    be undone ("detention, Aksu — source: testimony 3")."""
    from guwah.places.resolve import gazetteer
    from guwah.redaction import detail_found

    if not details:
        return False
    texts = []
    if row.evidence_start is not None and row.evidence_document is not None:
        texts.append((row.evidence_document.text or "")[row.evidence_start:row.evidence_end])
    place_row = place_rows.get(getattr(row, "place_id", None))
    entry = gazetteer().entries.get(place_row[0]) if place_row is not None else None
    if entry is not None:
        texts.extend(name for name in entry.all_names() if name)
    elif place_row is not None:
        texts.append(place_row[1] or "")
    if getattr(row, "facility_id", None) is not None:
        texts.append(facility_names.get(row.facility_id) or "")
    if isinstance(row, PersonAttribute):
        texts.extend(value for value in (row.value, row.value_end, row.as_of) if value)
    if isinstance(row, Event):  # as ISO dates, which a date detail's spellings include
        texts.extend(value for value in (row.date_value, row.end_date_value) if value)
    return any(detail_found(texts, detail) for detail in details)


def _gazetteer_ids(session: Session) -> dict[int, str]:
    """Place row id -> gazetteer id."""
    return dict(session.execute(select(Place.id, Place.gazetteer_id)).all())


def _attribute_place(attribute, places: dict[int, str]) -> str | None:
    """The gazetteer id of a hometown (or other place-valued attribute): its place row, else the
    gazetteer's unambiguous reading of the accepted value; None for other attributes."""
    if attribute.place_id is not None:
        return places.get(attribute.place_id)
    if attribute.attribute not in PLACE_ATTRIBUTES:
        return None
    return _resolve_place_id(" ".join(attribute.value.split()))


@lru_cache(maxsize=4096)
def _resolve_place_id(text: str) -> str | None:
    from guwah.errors import InputError
    from guwah.places import resolve_place

    try:
        match = resolve_place(text).match
    except InputError:
        return None
    return match.id if match is not None else None


@dataclass(frozen=True)
class PublicEntry:
    """A released person entry as the public sees it. `id` is its public entry number."""

    id: int
    names: list
    status: dict
    timeline: list
    violations: list
    attributes: list


def names_for_reader(names: list[dict], language: str) -> list[dict]:
    """A released entry's names ({"name", "script", …}, as `PublicEntry.names`) in the order a
    reader of `language` (a site language code: "ug", "zh", "ru", "kk", "en") sees them: those
    written in the language's script first (`guwah.names.scripts.language_script`), then those in
    Latin letters, then the others, each group in release order.

    Only the released names are reordered, none is added: a name the sources do not write in the
    reader's script is not transliterated into it, since a made-up spelling (which characters
    write Yasin?) would read as one the family or a document gives, and the search already finds
    an entry from any script."""
    from guwah.names import detect_script
    from guwah.names.scripts import LATIN, language_script

    wanted = language_script(language)

    def rank(name: dict) -> int:
        script = name.get("script") or detect_script(name.get("name") or "")
        return 0 if script == wanted else 1 if script == LATIN else 2

    return sorted(names, key=rank)  # stable: release order within each group


def _entries_query():
    # The content column alone: an entity would also open the release's sealed masks.
    return (select(Release.content, PublicNumber.number)
            .join(PublicNumber, (PublicNumber.subject_type == Release.subject_type)
                  & (PublicNumber.subject_id == Release.subject_id))
            .where(Release.subject_type == ENTRY, Release.state == "approved").order_by(PublicNumber.number))


# Entries read by number (search hits, person pages), kept per process for one search index
# version: every commit that approves, supersedes or withdraws an entry release raises it, and
# logs the entries it changed; those not changed are carried to the new version.
ENTRY_CACHE_SIZE = 50_000


def _entry_cache():
    from guwah.search.public import VersionCache

    global _ENTRY_CACHE
    if _ENTRY_CACHE is None:
        _ENTRY_CACHE = VersionCache(ENTRY_CACHE_SIZE, _unchanged_entries)
    return _ENTRY_CACHE


def _unchanged_entries(session: Session, kept: list, changed) -> list:
    """The kept entries to carry to a new index version: those whose entry did not change."""
    changed = set(changed.tolist())
    return [(number, entry) for number, entry in kept if number not in changed]


_ENTRY_CACHE = None


# The public card of each entry asked for (guwah.search.public.card_text: the released public
# fields, written in the commit that approves the release, deleted in the one that withdraws or
# supersedes it, by the same index sync that decides which entries a search finds). Checking the
# release's state again on its index cost 1.4 ms per 20 random entries at 1,000,000 (two more
# B-trees read), against 0.6 ms for the cards alone: docs/benchmarks.md, "Sixth round".
_CARDS_BY_NUMBER = (select(PublicSearchCard.number, PublicSearchCard.card)
                    .where(PublicSearchCard.number.in_(bindparam("values", expanding=True))))
# The same read as the DBAPI's own statement where the driver allows (`driver_rows`): the
# statement handling cost ~0.1 ms per page of 20 cards at 1,000,000 (docs/benchmarks.md,
# "Twelfth round").
_CARDS_SQL = f"SELECT number, card FROM {PublicSearchCard.__tablename__} WHERE number IN ({{}})"


def _cards(session: Session, numbers: list[int]) -> list[tuple[int, str]]:
    """(public number, card JSON) of each of `numbers` that has a public card, in no order."""
    from guwah.search.public import driver_rows

    return driver_rows(session, _CARDS_BY_NUMBER, _CARDS_SQL, numbers)


def public_entries(session: Session, numbers: list[int] | None = None) -> list[PublicEntry]:
    """Every released person entry (of these public entry numbers only, when given), by public
    entry number (given at its first release). For all of a large registry, `public_entry_page`.
    Entries asked for by number are read from their public cards (`guwah.search.public.card_text`,
    not the sealed release content: a card exists exactly while its release is approved) and kept
    in this process per search index version, an entry changed by a later version dropped
    (`guwah.search.public.VersionCache`); treat them as read-only."""
    if numbers is None:
        return [PublicEntry(id=number, **content) for content, number in session.execute(_entries_query()).all()]
    kept = _entry_cache().current(session)
    found = {n: entry for n in numbers if (entry := kept.get(n) if kept is not None else None) is not None}
    missing = [n for n in dict.fromkeys(numbers) if n not in found]
    if missing:
        from guwah.search.cards import file_cards

        # From the cards file every process maps where it can answer (`guwah.search.cards`), the
        # rest (changed since it was written, or no file) from the table.
        read, missing = file_cards(session, missing)
        for number, card in read + (_cards(session, missing) if missing else []):
            found[number] = entry = PublicEntry(id=number, **json.loads(card))
            if kept is not None:
                kept.put(number, entry)
    return [found[n] for n in sorted(found)]


def _each_public_entry(session: Session) -> Iterator[PublicEntry]:
    """Every released person entry, by public number, read a thousand releases at a time (all of
    them as one list would hold a million entries in memory at once)."""
    for content, number in session.execute(_entries_query().execution_options(yield_per=1000)):
        yield PublicEntry(id=number, **content)


# What the figures, the map and the facility pages count over every released entry, kept per
# process for one search index version. They count from the index's facet rows (the in-memory
# tables of `guwah.search.public`, brought up to date from the entries changed since), not by
# reading every entry release (that cost ~25 s per server process at 1,000,000 entries after every
# approval); only a commit that raises the version (a release approved, superseded or withdrawn; a
# facility changed) changes them. Not kept for a session that changed the index or the facilities
# and has not committed (it counts its own).
FACILITY_PAGES_KEPT = 64
_COUNTED = None


def _counted(session: Session, key, count):
    """`count()`, kept for the search index version this session sees (see above)."""
    from guwah.search.public import VersionCache

    global _COUNTED
    if _COUNTED is None:
        _COUNTED = VersionCache(FACILITY_PAGES_KEPT + 2)
    kept = None if session.info.get(FACILITIES_CHANGED) else _COUNTED.current(session)
    found = kept.get(key) if kept is not None else None
    if found is None:
        found = count()
        if kept is not None:
            kept.put(key, found)
    return found


MAX_ENTRY_PAGE = 1000


def public_entry_page(session: Session, after: int = 0, limit: int = 100) -> list[PublicEntry]:
    """Released person entries numbered above `after`, at most `limit` (1–MAX_ENTRY_PAGE), by
    number: page through all of them by passing the last number of one page as the next's `after`
    (the time and memory per page stay the same however many there are)."""
    limit = max(1, min(limit, MAX_ENTRY_PAGE))
    query = _entries_query().where(PublicNumber.number > after).limit(limit)
    return [PublicEntry(id=number, **content) for content, number in session.execute(query).all()]


def public_page_start(session: Session, page: int, size: int) -> int:
    """The `after` of page `page` (1-based) of the released person entries by number, `size` a page
    (`public_entry_page`): the number of the last entry of the page before; 0 for the first page,
    and for a page past the last, the last entry's number (its page is empty)."""
    if page <= 1:
        return 0
    numbers = _entries_query().with_only_columns(PublicNumber.number)
    found = session.scalar(numbers.offset((page - 1) * size - 1).limit(1))
    return found if found is not None else (session.scalar(
        numbers.order_by(None).order_by(PublicNumber.number.desc()).limit(1)) or 0)


def iter_public_entries(store, batch: int = 500) -> Iterator[PublicEntry]:
    """Every released person entry by number, read a page at a time (`public_entry_page`), each
    page in its own short transaction, so that memory stays bounded and no read transaction is
    held open for the whole walk. An entry changed during the walk is given as it was when its
    page was read."""
    after = 0
    while True:
        with store.session() as session:
            entries = public_entry_page(session, after, batch)
        yield from entries
        if len(entries) < batch:
            return
        after = entries[-1].id


def count_public_entries(session: Session) -> int:
    """How many released person entries there are (counted once per search index version)."""
    from guwah.search.public import facet_table

    return facet_table(session).entries_total


def public_entry(session: Session, number: int) -> PublicEntry:
    """One released person entry by public entry number; ConsentRefused (shown as 'not found') otherwise."""
    for entry in public_entries(session, [number]):
        return entry
    raise ConsentRefused(f"no public entry {number}")


def published_span(original: str, published: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the words at [start, end) of a document's stored text stand in its published text:
    [start, end) in `published` (characters), or None where they are not there word for word (a
    mask, a withheld quotation, a change of form inside them). Offsets into the published text only:
    an original offset would tell how long the names masked before it are. Of several places, the
    one nearest `start` (masks before it move it only a little)."""
    words = unicodedata.normalize("NFC", original[start:end]).strip()
    if not words:
        return None
    hits, at = [], published.find(words)
    while at != -1:
        hits.append(at)
        at = published.find(words, at + 1)
    if not hits:
        return None
    found = min(hits, key=lambda hit: abs(hit - start))
    return found, found + len(words)


def passage_anchor(number: int, start: int, end: int) -> str:
    """The address of a passage of public document `number`: its page asked to mark [start, end) of
    the published text (`passage`), scrolled to it (the fragment names the mark)."""
    return f"/documents/{number}?passage={start}-{end}#p-{start}-{end}"


_PASSAGE = re.compile(r"(\d{1,9})-(\d{1,9})")


def asked_passage(text: str, asked: str | None) -> tuple[int, int] | None:
    """The passage a document page is asked to mark (`passage=START-END`, as `passage_anchor`
    writes it): [start, end) of the published `text`, or None for anything else (not two numbers,
    empty, past the end, or cutting through a mask: the page then shows the text unmarked)."""
    from guwah.redaction import DETAIL, QUOTED, WITHHELD

    found = _PASSAGE.fullmatch(asked or "")
    if not found:
        return None
    start, end = int(found[1]), int(found[2])
    if not 0 <= start < end <= len(text):
        return None
    for mask in (WITHHELD, DETAIL, QUOTED):
        at = text.find(mask)
        while at != -1:
            if at < start < at + len(mask) or at < end < at + len(mask):
                return None
            at = text.find(mask, at + 1)
    return start, end


def _fact_matches(group: dict) -> dict:
    """What an accepted fact row must state to be one the entry's fact `group` was made from, by
    table (as `entry_content` groups them; a free-text value shown masked matches no row: no anchor)."""
    if "name" in group:
        return {PersonName: lambda r: r.name == group["name"] and r.script == group.get("script")}
    if "event" in group:
        return {Event: lambda r: r.event_type == group["event"] and r.date_value == group.get("date")}
    if "code" in group:
        return {ViolationCoding: lambda r: r.code == group["code"]}
    if "attribute" in group:
        return {PersonAttribute: lambda r: r.attribute == group["attribute"] and r.value == group.get("value")}
    from guwah.registry import STATUS_OF_EVENT

    return {Event: lambda r: STATUS_OF_EVENT.get(r.event_type) == group.get("status")
            and r.date_value == group.get("date")}


# An entry's sections whose facts carry source links, as its release content and `PublicEntry` name them.
PASSAGE_SECTIONS = ("names", "timeline", "violations", "attributes", "status")


def _sections(content) -> dict[str, list[dict]]:
    """An entry's fact groups by section (`PASSAGE_SECTIONS`), from its release content or a
    `PublicEntry`; the status is a section of one group."""
    get = content.get if isinstance(content, dict) else lambda key, default=None: getattr(content, key, default)
    return {key: [get("status") or {}] if key == "status" else list(get(key) or []) for key in PASSAGE_SECTIONS}


def _found_passages(session: Session, entry_id: int | None, sections: dict[str, list[dict]],
                    texts: dict[int, tuple[int, str]]) -> dict[str, list[list[dict]]]:
    """For each fact group of each section, [{"source": public number, "start", "end"}]: one for each
    cited source among `texts` ({document id: (public number, published text)}) whose words an
    accepted fact of the entry rests on stand unmasked in that published text (`published_span`)."""
    mentions = list(session.scalars(select(Person.id).where(Person.entry_id == entry_id))) \
        if texts and entry_id is not None else []
    rows: dict = {}
    for table in (PersonName, Event, ViolationCoding, PersonAttribute) if mentions else ():
        rows[table] = list(session.scalars(select(table).where(
            table.person_id.in_(mentions), table.review_state == ReviewState.ACCEPTED.value,
            table.evidence_document_id.in_(texts), table.evidence_start.is_not(None)).order_by(table.id)))
    originals = {document_id: session.scalar(select(Document.text).where(Document.id == document_id))
                 for document_id in texts} if mentions else {}

    def passages(group: dict) -> list[dict]:
        shown = []
        for document_id, (number, published) in texts.items():
            if number not in status_sources(group) or document_id not in originals:
                continue
            for table, matches in _fact_matches(group).items():
                span = next((found for row in rows.get(table, ()) if row.evidence_document_id == document_id
                             and matches(row) and (found := published_span(originals[document_id], published,
                                                                           row.evidence_start, row.evidence_end))),
                            None)
                if span:
                    shown.append({"source": number, "start": span[0], "end": span[1]})
                    break
        return sorted(shown, key=lambda passage: passage["source"])

    return {key: [passages(group) for group in groups] for key, groups in sections.items()}


def approved_document_releases(session: Session, numbers: list[int]) -> dict[int, tuple[Release, int]]:
    """{public number: (approved release, document id)} of these documents' approved releases, public
    today or not (an embargo may end later: what is public is decided at each reading)."""
    if not numbers:
        return {}
    rows = session.execute(select(Release, PublicNumber.number).join(
        PublicNumber, (PublicNumber.subject_type == Release.subject_type) & (PublicNumber.subject_id == Release.subject_id))
        .where(Release.subject_type == DOCUMENT, Release.state == "approved", PublicNumber.number.in_(numbers)))
    return {number: (release, release.subject_id) for release, number in rows}


def freeze_passages(session: Session, release: Release) -> dict:
    """What entry release `release` cites, frozen as it is approved: the document release each cited
    source has now ({"documents": {public number (str): release id}}) and each fact's passages as
    offsets into that release's published text ({"facts": {section: [[{"source", "start", "end"}]]}},
    `_found_passages`). Kept with the release (`Release.passages`): its links stay the words the
    reviewers approved when the testimony is redrafted (`with_passages`, `entry_passage_changes`)."""
    sections = _sections(release.content)
    cited = sorted({n for groups in sections.values() for group in groups for n in status_sources(group)})
    approved = approved_document_releases(session, cited)
    texts = {document_id: (number, document.content.get("text") or "")
             for number, (document, document_id) in approved.items()}
    return {"documents": {str(number): document.id for number, (document, _) in approved.items()},
            "facts": _found_passages(session, release.subject_id, sections, texts)}


@dataclass(frozen=True)
class FrozenLinks:
    """An approved entry release's source links read today (`frozen_links`): `facts` as
    `freeze_passages` keeps them, each passage in the published text public now; `kept`: passages in
    the very release approved with; `moved`: the same words found in the release that replaced it;
    `dropped`: passages whose words are not public there (their links go to the whole text); `replaced`:
    (document id, public number) of each cited testimony released again since the entry was approved."""

    facts: dict[str, list[list[dict]]]
    kept: int = 0
    moved: int = 0
    dropped: int = 0
    replaced: tuple[tuple[int, int], ...] = ()


def frozen_links(session: Session, release: Release, today: date | None = None) -> FrozenLinks | None:
    """The source links of approved entry `release` as the public may follow them on `today`: each
    passage frozen at its approval (`freeze_passages`) where its document's release then is still the
    one public; where that release was replaced, the same words in the new one (`published_span`,
    nearest the old place), else no passage (the link goes to the whole text). None for a release
    approved before passages were kept (`with_passages` then finds them afresh)."""
    frozen = release.passages
    if not frozen:
        return None
    numbers = sorted(int(number) for number in frozen.get("documents", {}))
    visible = {number: document for document, number in _visible_releases(session, today or date.today(), numbers)}
    if all(number in visible and visible[number].id == frozen["documents"][str(number)] for number in numbers):
        approved = {number: (visible[number], visible[number].subject_id) for number in numbers}  # as approved
    else:
        approved = approved_document_releases(session, numbers)
    replaced = tuple(sorted((document_id, number) for number, (document, document_id) in approved.items()
                            if document.id != frozen["documents"][str(number)]))
    counts = {"kept": 0, "moved": 0, "dropped": 0}
    old_texts: dict[int, str] = {}

    def read(passage: dict) -> dict | None:
        number = passage["source"]
        then = frozen["documents"].get(str(number))
        now = visible.get(number)
        if now is not None and now.id == then:
            counts["kept"] += 1
            return passage
        if number not in approved or approved[number][0].id == then:
            return None  # not public today (an embargo, consent): no passage, nothing changed to tell
        if then not in old_texts:
            old = session.get(Release, then)
            old_texts[then] = (old.content or {}).get("text") or "" if old is not None else ""
        span = published_span(old_texts[then], approved[number][0].content.get("text") or "",
                              passage["start"], passage["end"]) if old_texts[then] else None
        counts["moved" if span else "dropped"] += 1
        return {"source": number, "start": span[0], "end": span[1]} if span and now is not None else None

    facts = {key: [[found for passage in group if (found := read(passage))] for group in groups]
             for key, groups in frozen.get("facts", {}).items()}
    return FrozenLinks(facts, counts["kept"], counts["moved"], counts["dropped"], replaced)


def with_passages(session: Session, entry: PublicEntry, today: date | None = None) -> PublicEntry:
    """`entry` (left as it is: it may be a cached one) with, on each fact and on its status,
    "passages": [{"source": public number, "start", "end", "href"}], one for each cited source
    where the words an accepted fact rests on are public: the passages its release was approved with
    (`frozen_links`: in the document release then, or the same words in the one that replaced it),
    in a document release the public may read today (`_visible_releases`, the site's one rule),
    offsets into its published text (`passage_anchor` its address). A source whose passage is
    masked, withheld or no longer public gets none; the link then goes to the whole text. An entry
    approved before passages were kept has them found afresh (`_found_passages`)."""
    from dataclasses import replace

    sections = _sections(entry)
    entry_id = session.scalar(select(PublicNumber.subject_id).where(PublicNumber.subject_type == ENTRY,
                                                                    PublicNumber.number == entry.id))
    release = session.scalar(select(Release).where(Release.subject_type == ENTRY, Release.subject_id == entry_id,
                                                   Release.state == "approved")) if entry_id is not None else None
    links = frozen_links(session, release, today) if release is not None else None
    if links is not None:
        found = links.facts
    else:
        cited = sorted({number for groups in sections.values() for group in groups for number in status_sources(group)})
        texts = {release.subject_id: (number, release.content["text"])
                 for release, number in _visible_releases(session, today or date.today(), cited)} if cited else {}
        found = _found_passages(session, entry_id, sections, texts)

    def each(key: str) -> list:
        groups, passages = sections[key], found.get(key, [])
        if len(passages) != len(groups):  # not the facts the passages were frozen with: none rather than wrong ones
            passages = [[] for _ in groups]
        return [{**group, "passages": [{**passage, "href": passage_anchor(passage["source"], passage["start"],
                                                                             passage["end"])}
                                       for passage in shown]}
                for group, shown in zip(groups, passages, strict=True)]

    return replace(entry, names=each("names"), timeline=each("timeline"), violations=each("violations"),
                   attributes=each("attributes"), status=each("status")[0])


def public_successor(session: Session, number: int) -> int | None:
    """The public number of the entry that public person entry `number` was merged into, when that
    entry is public now (a bookmark of a merged entry leads to the survivor; issue 10); None when
    `number` was never released, was not merged, or the survivor is not public."""
    entry_id = session.scalar(select(PublicNumber.subject_id).where(PublicNumber.subject_type == ENTRY,
                                                                    PublicNumber.number == number))
    entry, seen = (session.get(Entry, entry_id) if entry_id is not None else None), set()
    while entry is not None and entry.merged_into_id is not None and entry.id not in seen:
        seen.add(entry.id)
        entry = session.get(Entry, entry.merged_into_id)
    if entry is None or entry.id == entry_id:
        return None
    survivor = session.scalar(select(PublicNumber.number).where(PublicNumber.subject_type == ENTRY,
                                                                PublicNumber.subject_id == entry.id))
    if survivor is None or not public_entries(session, [survivor]):
        return None
    # A merge tells the public that two entries are one person only once the survivor's release approved
    # after it shows so: a release approved before stays up as it was (more to show), and leads nowhere.
    approved = session.scalar(select(func.max(Release.approved_at)).where(
        Release.subject_type == ENTRY, Release.subject_id == entry.id, Release.state == "approved"))
    mentions = list(session.scalars(select(Person.id).where(Person.entry_id == entry.id)))
    if approved is None or len(mentions_as_of(session, entry.id, mentions, approved)) < len(mentions):
        return None
    return survivor


@dataclass(frozen=True)
class FacetValue:
    """One value of a search facet: what it is, how to show it, how many hits have it."""

    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class PublicPlace:
    """A gazetteer place the query names, and how many released entries come from it."""

    id: str
    name: str
    kind: str
    facet: str  # "county" or "prefecture": the search filter that lists its entries …
    value: str  # … and its value (the place itself, or the county a town lies in)
    names: dict[str, str]
    persons: int


@dataclass(frozen=True)
class PublicSearch:
    """A public search: what was looked for, the spellings tried, and what was found.

    `persons` is one page (`page` of `pages`) of the `count` released entries found; `facets`
    counts every one of them by facet ({facet: [FacetValue, …]}); `filters` are the facet values
    chosen ({facet: value}). `other_order` (first page only) are released entries whose name is the
    query's with its parts in another order, `other_order_count` of them in all: shown apart, not
    counted with the persons, since with patronymic names such a name may be a father's or a son's.
    """

    query: str
    spellings: list[str]
    persons: list[PublicEntry]
    documents: list[PublicDocument]
    count: int = 0
    filters: dict[str, str] = field(default_factory=dict)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    page: int = 1
    pages: int = 0
    facilities: list[PublicFacility] = field(default_factory=list)
    places: list[PublicPlace] = field(default_factory=list)
    other_order: list[PublicEntry] = field(default_factory=list)
    other_order_count: int = 0


MAX_QUERY = 200
# A place is offered only when the gazetteer is this sure the query names it (0–100).
PLACE_SCORE = 90


def search_filters(raw: dict[str, str]) -> dict[str, str]:
    """The facet filters of a request: known facets only, values trimmed, empty and overlong ones dropped."""
    from guwah.search.public import FACETS, MAX_VALUE

    filters = {}
    for facet in FACETS:
        value = " ".join(str(raw.get(facet) or "").split())
        if value and len(value) <= MAX_VALUE:
            filters[facet] = value
    return filters


def search_public(session: Session, query: str, filters: dict[str, str] | None = None,
                  page: int = 1) -> PublicSearch:
    """Find released person entries by any spelling or script (the public search index, through
    `guwah.names` keys), narrowed by facet values; released testimonies containing every word of
    the query (in their released, redacted text); public facilities and gazetteer places it names.

    Args:
        query: what was typed (trimmed; at most MAX_QUERY characters are used).
        filters: {facet: value} (see `search_filters`); with no query they list entries alone.
        page: 1-based page of person entries.
    Only released material is indexed and shown, so a name held only in non-public records gives
    exactly the answer a name never seen gives.
    """
    from guwah.names import latin_forms
    from guwah.search.public import PAGE_SIZE, find_documents, find_entries

    query = " ".join(query.split())[:MAX_QUERY]
    filters = search_filters(filters or {})
    page = max(1, page)
    if not query and not filters:
        return PublicSearch("", [], [], [])
    spellings = list(dict.fromkeys([query, *latin_forms(query)]))[:8] if query else []
    hits = find_entries(session, query, filters, page)
    wanted = hits.numbers + hits.other_order
    by_number = {entry.id: entry for entry in public_entries(session, wanted)} if wanted else {}
    persons = [by_number[n] for n in hits.numbers if n in by_number]
    other_order = [by_number[n] for n in hits.other_order if n in by_number]
    documents = []
    if query:
        numbers = set(find_documents(session, query))
        # Testimonies are also found under the released spellings of the entries found (`taken_spellings`):
        # read word by word, a name in characters (努尔买买提·亚森) met no Latin testimony where the
        # person search, comparing whole names loosely, found its entry (Nurmemet Yasin).
        taken = taken_spellings(query, persons)
        for spelling in taken:
            numbers.update(find_documents(session, spelling))
        spellings += [s for s in taken if s not in spellings]
        numbers = sorted(numbers)
        documents = [_public(r, n) for r, n in _visible_releases(session, date.today(), numbers)] if numbers else []
    places = _named_places(session, query) if query else []
    facilities = _matching_facilities(session, query, places) if query else []
    facility_names = {}
    if hits.facets.get("facility"):  # read once per search, not once per value
        facility_names = {f.id: f.names[0] for f in _cached_facilities(session) if f.names}
    facets = {}
    for facet, values in hits.facets.items():
        shown, chosen = _facet_labeller(session, facet, facility_names), filters.get(facet)
        facets[facet] = [FacetValue(value, shown(value), count, chosen == value) for value, count in values]
    return PublicSearch(query, spellings, persons, documents, count=hits.count, filters=filters, facets=facets,
                        page=page, pages=(hits.count + PAGE_SIZE - 1) // PAGE_SIZE, facilities=facilities,
                        places=places, other_order=other_order, other_order_count=hits.other_order_count)


# The most released spellings of the entries found that a search also looks for testimonies under.
TAKEN_SPELLINGS = 4


def taken_spellings(query: str, persons: list[PublicEntry]) -> list[str]:
    """The released spellings of these entries (a page of search hits) that the person search takes
    for `query` (`guwah.names.compare_many` at `DEFAULT_THRESHOLD`, as it found them), other than the
    query itself, each once, in hit order; at most TAKEN_SPELLINGS. A name of one word found as one
    word of a longer name ("Gulbahar" in "Gulbahar Jamilova") takes no spelling: the longer name is
    not the query's.

    So a query finds the testimonies that write the name of an entry it finds, whatever script it is
    typed in: a name typed in Chinese characters or Cyrillic is written in a testimony in another
    script, whose word index (exact words and readings) cannot compare names loosely as the matcher
    does."""
    from guwah.names import DEFAULT_THRESHOLD, compare_many, fold

    folded = fold(query)
    names = list(dict.fromkeys(n["name"] for person in persons for n in person.names
                               if n.get("name") and fold(n["name"]) != folded))
    if not names:
        return []
    scores = compare_many([(query, name) for name in names])
    return [name for name, score in zip(names, scores, strict=True) if score >= DEFAULT_THRESHOLD][:TAKEN_SPELLINGS]


def _facet_labeller(session: Session, facet: str, facility_names: dict[int, str] | None = None):
    """How a value of `facet` is shown, as a function of the value (made once per facet, not per
    value): a place's name, a facility's name (from `facility_names`, {public number: name}, when
    given), a violation's label; any other value as it is."""
    if facet in ("county", "prefecture"):
        from guwah.places import gazetteer

        entries = gazetteer().entries
        return lambda value: entries[value].name if value in entries else value
    if facet == "violation":
        from guwah.vocab import violation_codes

        codes = violation_codes()
        return lambda value: codes.get(value, {}).get("label", value)
    if facet == "facility":
        named = facility_names if facility_names is not None else {
            f.id: f.names[0] for f in _cached_facilities(session) if f.names}
        return lambda value: named.get(int(value), value) if value.isdecimal() else value
    return lambda value: value


def _named_places(session: Session, query: str) -> list[PublicPlace]:
    """The gazetteer place the query names, if the gazetteer is sure, with its released entries' count."""
    from guwah.errors import InputError
    from guwah.places import gazetteer, resolve_place
    from guwah.search.public import facet_size, place_filter

    try:
        resolution = resolve_place(query, at_least=PLACE_SCORE)
    except InputError:
        return []
    if resolution.match is None or resolution.score < PLACE_SCORE:
        return []
    place = gazetteer().get(resolution.match.id)
    where = place_filter(place.id)
    if where is None:
        return []
    persons = facet_size(session, *where)
    return [PublicPlace(place.id, place.name, place.kind, where[0], where[1],
                        {k: v for k, v in place.names.items() if v}, persons or 0)]


# The public facilities, kept per process for one search index version: a commit that changes a
# facility row, a facility entry, a facility's public number or a place raises the index version
# (`guwah.releases`), so the next search reads them again. A session that changed them and has not
# committed (FACILITIES_CHANGED) reads its own. Checking them against a fingerprint statement
# instead cost a statement on every search (docs/benchmarks.md, "Seventeenth round").
FACILITIES_CHANGED = "facilities_changed"
_FACILITY_CACHE = None


def _facility_cache():
    from guwah.search.public import VersionCache

    global _FACILITY_CACHE
    if _FACILITY_CACHE is None:
        _FACILITY_CACHE = VersionCache(1)
    return _FACILITY_CACHE


@orm_event.listens_for(Session, "after_commit")
@orm_event.listens_for(Session, "after_rollback")
def _facilities_settled(session: Session) -> None:
    session.info.pop(FACILITIES_CHANGED, None)


def _facilities_with_words(session: Session) -> list[tuple[PublicFacility, frozenset[str]]]:
    """`public_facilities`, each with its words (`_facility_words`), read again only at a new
    search index version or in a session that changed them."""
    kept = None if session.info.get(FACILITIES_CHANGED) else _facility_cache().current(session)
    found = kept.get("facilities") if kept is not None else None
    if found is None:
        found = [(facility, _facility_words(facility)) for facility in public_facilities(session)]
        if kept is not None:
            kept.put("facilities", found)
    return found


def _cached_facilities(session: Session) -> list[PublicFacility]:
    """`public_facilities`, kept per search index version (`_facilities_with_words`)."""
    return [facility for facility, _ in _facilities_with_words(session)]


def _facility_words(facility: PublicFacility) -> frozenset[str]:
    """The folded words of a facility's names and places (what `_matching_facilities` looks in)."""
    from guwah.names import fold

    text = " ".join([*facility.names, *(s["place"] or "" for s in facility.sites)])
    return frozenset(fold(w) for w in re.findall(r"\w+", text))


def _matching_facilities(session: Session, query: str, places: list[PublicPlace] = ()) -> list[PublicFacility]:
    """Public facilities with every word of the query in a name or place (folded, any order), and
    those with a site in the county or prefecture of a place the query names (`_named_places`: in
    any script, "Кашгар" or "喀什"), in the order of `public_facilities`."""
    from guwah.names import fold

    words = [fold(w) for w in re.findall(r"\w+", query)]
    if not words:
        return []
    areas = [place.value for place in places]
    gaz = _gazetteer() if areas else None

    def inside(facility: PublicFacility) -> bool:
        return any(gaz.is_within(site["gazetteer_id"], area) for site in facility.sites
                   if site["gazetteer_id"] in gaz.entries for area in areas)

    return [facility for facility, have in _facilities_with_words(session)
            if all(w in have for w in words) or (areas and inside(facility))]


def suppress_small(count: int) -> int | str:
    """A count as the public may see it: small ones could single out a person."""
    return count if count >= SMALL_COUNT else f"fewer than {SMALL_COUNT}"


@dataclass(frozen=True)
class PublicFigures:
    """Counts over released material, each passed through `suppress_small`.

    `testimonies`: released testimonies; `entries`: released person entries. The `detentions_*`,
    `violations_by_code` and `status` figures count released person entries (a person counts
    once in each bar they belong to): detained (arrest, detention or transfer) in a year, at a
    facility in a prefecture (else at a place there), at a facility of a type; coded with a
    violation; by current status; with an event of a type in their timeline (`events_by_type`).
    Every figure but `testimonies` is counted from what approved entry releases froze, never from
    the review state of facts (`guwah.review`): a reviewer's accept, reopen or reassign changes none
    until a second reviewer approves a release. `detentions_by_prefecture` is keyed by the prefecture's
    English name; `prefecture_ids` gives each of those names its gazetteer id (to show it in
    another language with `guwah.places.place_name`).
    """

    testimonies: int | str
    entries: int | str
    events_by_type: dict[str, int | str]
    detentions_by_year: dict[str, int | str]
    detentions_by_prefecture: dict[str, int | str]
    detentions_by_facility_type: dict[str, int | str]
    violations_by_code: dict[str, int | str]
    status: dict[str, int | str]
    prefecture_ids: dict[str, str] = field(default_factory=dict)


def _suppressed(counts: dict[str, set]) -> dict[str, int | str]:
    return {key: suppress_small(len(members)) for key, members in sorted(counts.items())}


def _postings(table, facet: str) -> dict[str, object]:
    """{value: sorted public numbers (numpy int64)} of a facet's values that some entry has now
    (a table brought up to date keeps a value no entry has any more, with no numbers)."""
    return {value: table.postings[code] for (kind, value), code in table.code_of.items()
            if kind == facet and len(table.postings[code])}


def _union(groups: dict[str, list]) -> dict[str, int]:
    """{key: how many distinct numbers its arrays hold together}."""
    import numpy as np

    return {key: len(np.unique(np.concatenate(arrays))) for key, arrays in groups.items()}


def _suppressed_counts(counts: dict[str, int]) -> dict[str, int | str]:
    return {key: suppress_small(n) for key, n in sorted(counts.items())}


def public_figures(session: Session) -> PublicFigures:
    """Counts over released material only: released testimonies and released person entries."""
    released = released_document_ids(session)
    entries, years, prefectures, types, codes, statuses, prefecture_ids, events = _counted(
        session, "figures", lambda: _entry_figures(session))
    return PublicFigures(
        testimonies=suppress_small(len(released)),
        entries=suppress_small(entries),
        events_by_type=dict(events),
        detentions_by_year=dict(years),
        detentions_by_prefecture=dict(prefectures),
        detentions_by_facility_type=dict(types),
        violations_by_code=dict(codes),
        status=dict(statuses),
        prefecture_ids=dict(prefecture_ids),
    )


def _entry_figures(session: Session) -> tuple:
    """The figures counted over released entries: how many, then by year, prefecture, facility
    type, violation and status (suppressed), the prefectures' gazetteer ids, and by event type
    (suppressed). Counted from the
    index's facet rows (`guwah.search.public.figure_facets`; status and violation from the
    search's), a person once per bar: the facility sites and prefectures as they are now."""
    from guwah.search.public import at_value, facet_table, figure_table

    search, figure = facet_table(session), figure_table(session)
    sites = {facility.id: facility.sites for facility in _cached_facilities(session)}
    gaz = _gazetteer()
    prefectures, types, prefecture_ids = {}, {}, {}
    for value, numbers in _postings(figure, "detained_at").items():
        facility, place = at_value(value)
        here = sites.get(facility, [])
        for kind in {site["type"] for site in here}:
            types.setdefault(kind, []).append(numbers)
        places = [site["gazetteer_id"] for site in here if site["gazetteer_id"]] or [place]
        for prefecture in {_area(gaz, place, county=False) for place in places} - {None}:
            prefectures.setdefault(gaz.get(prefecture).name, []).append(numbers)
            prefecture_ids[gaz.get(prefecture).name] = prefecture
    years = {year: len(numbers) for year, numbers in _postings(figure, "detained_year").items()}
    codes = {code: len(numbers) for code, numbers in _postings(search, "violation").items()}
    statuses = {status: len(numbers) for status, numbers in _postings(search, "status").items()}
    events = {kind: len(numbers) for kind, numbers in _postings(figure, "event_type").items()}
    return (search.entries_total, _suppressed_counts(years), _suppressed_counts(_union(prefectures)),
            _suppressed_counts(_union(types)), _suppressed_counts(codes), _suppressed_counts(statuses),
            dict(sorted(prefecture_ids.items())), _suppressed_counts(events))


def _gazetteer():
    from guwah.places.resolve import gazetteer

    return gazetteer()


def _area(gaz, place_id: str | None, county: bool = True) -> str | None:
    """The gazetteer id of the county-level division of a place (else of its prefecture), or with
    county=False of its prefecture-level division; None for a place outside them or unknown."""
    if not place_id or place_id not in gaz.entries:
        return None
    found = (gaz.county_of(place_id) or gaz.prefecture_of(place_id)) if county else gaz.prefecture_of(place_id)
    return found.id if found is not None else None


# --- the map --------------------------------------------------------------------------------------

# The country outlines drawn under the points: shipped with the app (see docs/map.md).
MAP_OUTLINES = {"name": "Natural Earth Admin 0 countries, 1:50m (via world-atlas 2.0.2)",
                "licence": "public domain", "path": "vendor/world-atlas/countries-50m.json"}


def public_map(session: Session) -> dict:
    """The public map as GeoJSON: every public facility with coordinates, and where the people of
    released entries came from.

    Returns a FeatureCollection whose features are Points ([lon, lat], degrees) with properties
    either {"kind": "facility", "id", "name", "type", "place", "gazetteer_id"} (one point per
    facility, at its first site with coordinates) or {"kind": "hometown", "gazetteer_id", "name", "level"
    ("county" | "prefecture"), "count"}: released person entries whose accepted hometown lies in
    that county-level (else prefecture-level) division, counted once each and passed through
    `suppress_small`. Also: "unmapped_facilities" (public facilities without coordinates, as
    {"id", "name"}), "hometowns_elsewhere" (entries whose hometown lies outside those divisions
    or is not placed, suppressed), "small_count", "outlines" (MAP_OUTLINES) and "credit" (the
    credit and licence of the facility datasets whose rows it shows: `credited_datasets`).
    """
    features, unmapped = [], []
    shown = public_facilities(session)  # each on the map, or in its list of facilities without coordinates
    for facility in shown:
        located = [site for site in facility.sites if site["lat"] is not None and site["lon"] is not None]
        if not located:
            unmapped.append({"id": facility.id, "name": " / ".join(facility.names)})
            continue
        site = located[0]
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [site["lon"], site["lat"]]},
                         "properties": {"kind": "facility", "id": facility.id, "name": " / ".join(facility.names),
                                        "type": site["type"], "place": site["place"],
                                        "gazetteer_id": site["gazetteer_id"],
                                        "approximate": bool(site.get("approximate"))}})
    gaz = _gazetteer()
    areas, elsewhere = _counted(session, "hometowns", lambda: _hometown_counts(session))
    for area_id, count in areas:
        area = gaz.get(area_id)
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [area.lon, area.lat]},
                         "properties": {"kind": "hometown", "gazetteer_id": area.id, "name": area.name,
                                        "level": "prefecture" if area.kind in _PREFECTURE_KINDS else "county",
                                        "count": suppress_small(count)}})
    return {"type": "FeatureCollection", "features": features, "unmapped_facilities": unmapped,
            "hometowns_elsewhere": suppress_small(elsewhere) if elsewhere else 0,
            "small_count": SMALL_COUNT, "outlines": MAP_OUTLINES,
            "credit": [{"dataset": key, **value} for key, value in credited_datasets(
                site["dataset"] for facility in shown for site in facility.sites).items()]}


def _hometown_counts(session: Session) -> tuple[tuple[tuple[str, int], ...], int]:
    """Released entries by the county-level (else prefecture-level) division of their hometown, as
    ((gazetteer id, entries), …) by id, and how many entries' hometowns lie elsewhere or unplaced.
    Counted from the index's "hometown_at" rows (`guwah.search.public.figure_facets`)."""
    from guwah.search.public import figure_table

    gaz = _gazetteer()
    areas: dict[str, list] = {}
    elsewhere: list = []
    for place, numbers in _postings(figure_table(session), "hometown_at").items():
        area = _area(gaz, place or None)
        if area is None or gaz.get(area).lat is None or gaz.get(area).lon is None:
            elsewhere.append(numbers)
        else:
            areas.setdefault(area, []).append(numbers)
    return tuple(sorted(_union(areas).items())), _union({"": elsewhere}).get("", 0) if elsewhere else 0


# --- facilities -------------------------------------------------------------------------------------

# Facility datasets that are public data in their own right, with their credit and licence: their
# rows may be shown as imported. A facility row from any other source (a name found in a
# testimony) is never shown.
PUBLIC_FACILITY_DATASETS = {FACILITY_DATASET: {"credit": FACILITY_CREDIT, "licence": FACILITY_LICENCE,
                                               "released": "2021-07-21"}}


def credited_datasets(shown) -> dict[str, dict]:
    """The public facility datasets to credit where rows of the datasets `shown` (their keys) are
    shown: those only, never one with no row shown; key -> credit, licence, released, in
    PUBLIC_FACILITY_DATASETS' order. The one rule of the map, the facility pages and the open data."""
    shown = set(shown)
    return {key: dict(value) for key, value in PUBLIC_FACILITY_DATASETS.items() if key in shown}


# Audit actions that change nothing anyone sees: a member's reads, searches, exports and sessions
# (`public_change_marker` passes them by). Every other action may: a new one counts until listed here.
QUIET_AUDIT_ACTIONS = ("read", "search", "export", "login", "logout")


def public_change_marker(session: Session) -> tuple:
    """A value that changes whenever what the public sees may have changed, read in four lookups
    by primary key: the audit log's last entry that may change it (every release step is audited in
    its own transaction: approved, withdrawn, taken down by the release check, restored; so are
    erasures, consent and embargo changes; a reviewer's read of a private page, QUIET_AUDIT_ACTIONS,
    is not: read back from the newest entry), the last public number given (a testimony out of
    embargo is numbered without an audit entry), the public index's version (raised by every
    facility change) and today's date (an embargo ends at its start). Kept values built for one
    marker (`guwah.export.opendata.cached_open_data`) are current while it stays the same."""
    from guwah.search.public import index_version

    return (session.scalar(select(AuditEntry.id).where(AuditEntry.action.not_in(QUIET_AUDIT_ACTIONS))
                           .order_by(AuditEntry.id.desc()).limit(1)) or 0,
            session.scalar(select(func.max(PublicNumber.id))) or 0,
            index_version(session), today().isoformat())


def _id_text(value) -> str:
    """A dataset id as text: lists joined, flags as yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class PublicFacility:
    """A detention site as the public sees it: only fields of a public dataset, or of a site
    testimonies name that a reviewer accepted (dataset None). `id` is its public facility number (not
    the internal entry number); `sites` lists its public rows (name, type, place, gazetteer_id, lat,
    lon, dataset, dataset_key, external_ids, approximate: whether lat and lon are an estimate).

    The released entries and testimonies that mention it: `facility_mentions`.
    """

    id: int
    names: list[str]
    sites: list[dict]


def _standing_facility_entries(session: Session) -> tuple[dict[int, int], dict[int, int]]:
    """Every facility entry's standing entry (merges followed), and each entry's internal number:
    ({entry id: standing entry id}, {entry id: entry number})."""
    from guwah.registry import FACILITY as FACILITY_KIND

    entries = {entry_id: (number, merged_into) for entry_id, number, merged_into in session.execute(
        select(Entry.id, Entry.number, Entry.merged_into_id).where(Entry.kind == FACILITY_KIND))}

    def standing(entry_id: int) -> int:
        seen = set()
        while entries[entry_id][1] is not None and entry_id not in seen:
            seen.add(entry_id)
            entry_id = entries[entry_id][1]
        return entry_id

    return {entry_id: standing(entry_id) for entry_id in entries}, {e: n for e, (n, _) in entries.items()}


def is_public_facility_row(facility) -> bool:
    """Whether a facility row may be shown: a site of a public dataset, or one a testimony names
    (no dataset) whose entry a reviewer accepted (`guwah.facilities.entries.decide_facility`). Only
    these rows are shown, and an entry is public while one of its rows is."""
    if facility.dataset is not None:
        return facility.dataset in PUBLIC_FACILITY_DATASETS
    return (facility.attributes or {}).get("review") == "accepted"


def _facility_rows(session: Session) -> list[tuple[object, int | None]]:
    """Every facility row that has an entry, with the public number of its standing entry (None
    while that entry is not public).

    A standing entry is public when one of its rows (its own, or of an entry merged into it) is
    (`is_public_facility_row`); its public number is its own, else the lowest of the entries merged
    into it (see `number_public_facilities`).
    """
    standing_of, _ = _standing_facility_entries(session)
    rows = list(session.scalars(select(Facility).where(Facility.entry_id.is_not(None)).order_by(Facility.id)))
    public = {standing_of[row.entry_id] for row in rows if is_public_facility_row(row)}
    numbers = _facility_public_numbers(session, standing_of)
    return [(row, numbers.get(standing_of[row.entry_id]) if standing_of[row.entry_id] in public else None)
            for row in rows]


def _facility_public_numbers(session: Session, standing_of: dict[int, int]) -> dict[int, int]:
    """Standing facility entry id -> its public number: its own, else the lowest number of an
    entry merged into it (a merge keeps the number the public already knew)."""
    found: dict[int, int] = {}
    own = dict(session.execute(select(PublicNumber.subject_id, PublicNumber.number)
                               .where(PublicNumber.subject_type == FACILITY)).all())
    for entry_id, number in sorted(own.items(), key=lambda item: item[1]):
        if entry_id in standing_of:
            found.setdefault(standing_of[entry_id], number)
    found.update((entry_id, number) for entry_id, number in own.items() if standing_of.get(entry_id) == entry_id)
    return found


def number_public_facilities(session: Session) -> list[int]:
    """Give every facility that is public now and has no public number one, at this first
    publication: the next number after every facility number given so far, in entry order.

    Internal facility entry numbers count every site, including those named only in testimonies
    the public cannot read; public numbers count only what was published, so their gaps reveal
    nothing. Runs at each commit that touched facilities or their entries (guwah.releases).
    Returns the numbers given.
    """
    standing_of, entry_numbers = _standing_facility_entries(session)
    public = {standing_of[row.entry_id] for row in session.scalars(
        select(Facility).where(Facility.entry_id.is_not(None))) if is_public_facility_row(row)}
    numbered = _facility_public_numbers(session, standing_of)
    highest = session.scalar(select(func.max(PublicNumber.number)).where(PublicNumber.subject_type == FACILITY)) or 0
    given = []
    for entry_id in sorted(public - set(numbered), key=entry_numbers.__getitem__):
        highest += 1
        session.add(PublicNumber(subject_type=FACILITY, subject_id=entry_id, number=highest))
        given.append(highest)
    if given:
        session.flush()
    return given


def _public_facility_numbers(session: Session) -> dict[int, int]:
    """Facility row id -> public facility number, for every row whose (standing) facility entry
    is public. A site named only in a testimony, never merged into a public one, has none."""
    return {facility.id: number for facility, number in _facility_rows(session) if number is not None}


def public_facilities(session: Session) -> list[PublicFacility]:
    """Every public facility entry (`is_public_facility_row`), by public facility number (merges
    followed; given at first publication by `number_public_facilities`). A site a testimony names has
    dataset None, its coordinates only where a reviewer gave some (`approximate` where estimated),
    and never its source passage: the testimonies the public may read are `facility_mentions`'.
    A site a testimony names is shown under that name masked as any public text is (`archive_masking`):
    "the Ilyar Tokhsunjan garage" names a person whom no basis names."""
    from guwah.redaction import redact

    sites: dict[int, list[dict]] = {}
    masking = None
    for facility, number in _facility_rows(session):
        if number is None or not is_public_facility_row(facility):
            continue
        place = facility.place
        name = facility.name
        if facility.dataset is None:
            masking = masking if masking is not None else archive_masking(session)
            name = redact(name, masking).text
        sites.setdefault(number, []).append({
            "name": name, "type": facility.facility_type,
            "place": place.name if place else None, "gazetteer_id": place.gazetteer_id if place else None,
            "lat": facility.lat, "lon": facility.lon, "dataset": facility.dataset,
            "dataset_key": facility.dataset_key,
            "external_ids": {str(k): _id_text(v) for k, v in sorted((facility.external_ids or {}).items())},
            "approximate": facility.dataset is None and bool((facility.attributes or {}).get("approximate")),
        })
    return [PublicFacility(id=number, names=list(dict.fromkeys(s["name"] for s in rows)), sites=rows)
            for number, rows in sorted(sites.items())]


def facility_names(session: Session, numbers) -> dict[int, str]:
    """The first name of each of these public facility numbers, from the facilities kept per search
    index version; a number that is no public facility is left out."""
    wanted = set(numbers)
    return {facility.id: facility.names[0] for facility in _cached_facilities(session) if facility.id in wanted} \
        if wanted else {}


def public_facility(session: Session, number: int) -> PublicFacility:
    """One facility by entry number; ConsentRefused (shown as 'not found') unless it is public."""
    for facility in public_facilities(session):
        if facility.id == number:
            return facility
    raise ConsentRefused(f"no public facility {number}")


@dataclass(frozen=True)
class FacilityMentions:
    """What the public record says happened at one facility.

    `entries`: released person entries with an event there ({"id", "names", "events": [{"event",
    "date", "precision"}]}), from their frozen release content. `documents`: released testimonies
    with an accepted fact placed there ({"id", "title"}), by public number.
    """

    entries: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)


def _entries_at(session: Session, number: int) -> tuple[tuple[dict, ...], frozenset[int]]:
    """The released entries with an event at public facility `number` ({"id", "names", "events"}),
    and the public numbers of the testimonies those events cite: the entries found through the
    search index's "facility" facet, read from their public cards (not every entry release)."""
    from guwah.search.public import CHUNK, facet_table

    entries, sources = [], set()
    numbers = facet_table(session).with_value("facility", str(number)).tolist()
    for start in range(0, len(numbers), CHUNK):
        for entry_number, card in sorted(_cards(session, numbers[start:start + CHUNK])):
            entry = PublicEntry(id=entry_number, **json.loads(card))
            events = [event for event in entry.timeline if event.get("facility") == number]
            if events:
                entries.append({"id": entry.id, "names": list(dict.fromkeys(n["name"] for n in entry.names)),
                                "events": [{"event": e["event"], "date": e["date"], "precision": e["precision"]}
                                           for e in events]})
                sources.update(source for e in events for source in e["sources"])
    return tuple(entries), frozenset(sources)


def _registering_testimonies(session: Session) -> dict[int, set[int]]:
    """Public facility number -> the public numbers of the testimonies whose passages registered its
    public rows (`guwah.facilities.entries.register_facility`): those the public may read only."""
    from guwah.redaction import detail_found

    registered: dict[int, set[int]] = {}
    names: dict[int, list[str]] = {}
    for facility, number in _facility_rows(session):
        if number is not None:
            names.setdefault(number, []).append(facility.name)
        document = (facility.attributes or {}).get("source", {}).get("document")
        if number is not None and document is not None and facility.dataset is None and is_public_facility_row(facility):
            registered.setdefault(document, set()).add(number)
    found: dict[int, set[int]] = {}
    if registered:
        details = _released_details(session, set(registered))
        for release, public_number in _visible_releases(session, date.today()):
            for number in registered.get(release.subject_id, ()):
                # Nor a testimony whose release masks the facility's name as a detail: citing it as the
                # one that names the site would undo the mask (as `_shows_masked_detail` for facts).
                if not any(detail_found(names[number], detail) for detail in details.get(release.subject_id, ())):
                    found.setdefault(number, set()).add(public_number)
    return found


def facility_testimonies(session: Session) -> dict[int, list[dict]]:
    """Public facility number -> the released testimonies ({"id", "title"}, by public number) that
    registered a site of it that no dataset holds; facilities with none are left out."""
    titles = {document.id: document.title for document in public_documents(session)}
    return {number: [{"id": n, "title": titles[n]} for n in sorted(documents) if n in titles]
            for number, documents in _registering_testimonies(session).items()}


def facility_mentions(session: Session, number: int) -> FacilityMentions:
    """The released entries and testimonies that mention public facility `number`.

    Raises ConsentRefused (shown as 'not found') unless the facility is public.
    """
    facility_numbers = _public_facility_numbers(session)
    if number not in facility_numbers.values():
        raise ConsentRefused(f"no public facility {number}")
    entries, cited = _counted(session, ("facility", number), lambda: _entries_at(session, number))
    # The testimonies are those the released entries' events here cite, as their releases froze
    # them: never the review state of facts, which one reviewer's accept would change at once
    # (the same standard as the figures).
    entries, sources = list(entries), set(cited)
    sources |= _registering_testimonies(session).get(number, set())
    titles = {document.id: document.title for document in public_documents(session)}
    documents = [{"id": n, "title": titles[n]} for n in sorted(sources) if n in titles]
    return FacilityMentions(entries=entries, documents=documents)
