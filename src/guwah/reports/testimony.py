"""A family's report taken into the archive as a document, and the entries a report may be about.

`take_report` is what an editor does after speaking with the family: the report becomes a document
of the archive (its text built from the report's fields, each labelled, what happened in the
reporter's own words), stored as `guwah ingest` stores a pasted text (the original kept and hashed,
custody and audit entries), with the report row left untouched as its provenance and pointing at the
document (`FamilyReport.document_id`). The reporter's contact is never copied into it.

Consent: the public form tells the reporter that nothing written in it is published
(`templates/report.html`, `_report_privacy.html`), so a report brings no publication consent
(FORM_CONSENT). The document is stored confidential and its consent note says why. A level the
family agreed to when the editor spoke with them (pseudonymous or public) is recorded as a consent
raise with the editor's written reason, which a second reviewer decides (`guwah consent approve`), as
every raise is: never more than the form allows without that.

The report's own person fields (its names in each script, birth year, hometown) become a proposed
person whose names and facts cite the lines of the document that state them, for review like any
proposal; `guwah extract` then proposes the persons and facts the text tells.

`entries_like` says which registry entries a report's person may be (the registry's name comparison
in any script, `guwah.names.same_person_name`, and its birth-year slack), for editors to check.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from guwah.domain import AssertedByKind, AttributeName, ConsentLevel, ReportStatus, ReviewState
from guwah.errors import N_, InputError, Text
from guwah.reports import _utc  # one mending of stored moments for the reports package
from guwah.storage import Store
from guwah.storage.tables import FamilyReport, Person, PersonAttribute, PersonName

log = logging.getLogger(__name__)

# What the public form lets the archive do with a report: publish nothing ("Nothing you write here is
# published"). A document taken from a report starts here whatever the editor chose.
FORM_CONSENT = ConsentLevel.CONFIDENTIAL
FORM_CONSENT_NOTE = ("Taken from a family report. The report form told the reporter that nothing written in it is "
                     "published: it gave no consent to publication, so this document is confidential. A level the "
                     "family agreed to later is a consent raise that a second reviewer decides.")
SOURCE_PUBLISHER = "family report"
SOURCE_TITLE = "Family report"
# The name the document's original (the text built from the report) is stored under.
ORIGINAL_NAME = "family-report.txt"

TAKEN = N_("report %(reference)s was taken already: it became document %(document)s")
NEEDS_REASON = N_("a consent above confidential needs a reason: what the family agreed to, when and with whom "
                  "(the report form itself promised that nothing is published)")
BAD_LEVEL = N_("a consent level is one of %(levels)s")
SAME_TEXT = N_("report %(reference)s says word for word what document %(document)s says: nothing was taken")


@dataclass(frozen=True)
class TakenReport:
    """What taking a report did: the document it became, its stored consent, and the raise (its id)
    waiting for a second reviewer when the editor recorded a level above FORM_CONSENT."""

    reference: str
    document_id: int
    consent: str
    consent_change_id: int | None
    person_id: int


# The labels of the document's lines (English: the archive's working language; the values are the
# reporter's own words, unchanged).
_LABELS = (("hometown", "Hometown"), ("last_seen_when", "Last seen"), ("last_seen_where", "Where last seen"),
           ("relation", "Reporter's relation to the person"))


def report_text(row: FamilyReport) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The text of the document a report becomes, and where in it each person field's value stands
    ({"names": [span, …], "birth_year": [span], "hometown": [span]}). Never the contact."""
    parts: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {"names": [], "birth_year": [], "hometown": []}
    length = 0

    def line(label: str, value: str, field: str | None = None) -> None:
        nonlocal length
        start = length + len(label) + 2
        parts.append(f"{label}: {value}\n")
        if field is not None:
            spans[field].append((start, start + len(value)))
        length += len(parts[-1])

    heading = f"Report from a family, received {_utc(row.received_at):%Y-%m-%d}\n\n"
    parts.append(heading)
    length += len(heading)
    for name in row.names:
        line("Name", name, "names")
    if row.birth_year:
        line("Year of birth", str(row.birth_year), "birth_year")
    for key, label in _LABELS:
        value = getattr(row, key)
        if value:
            line(label, value, "hometown" if key == "hometown" else None)
    if row.what_happened:
        parts.append("\nWhat happened, in the reporter's words:\n" + row.what_happened + "\n")
    return "".join(parts), spans


def _level(consent: str) -> ConsentLevel:
    try:
        return ConsentLevel(str(consent).strip().lower())
    except ValueError:
        raise InputError(Text(BAD_LEVEL, {"levels": ", ".join(level.value for level in ConsentLevel)}),
                         value=consent) from None


def take_report(store: Store, reference: str, consent: str, actor: str, reason: str | None = None) -> TakenReport:
    """Turn the report `reference` into a document of the archive, in one transaction.

    Args:
        store: the archive.
        reference: the report's reference (typed as the reporter would: case and dashes forgiven).
        consent: the level the editor records after speaking with the family (public, pseudonymous,
            confidential). The document is stored at FORM_CONSENT; a higher level is requested as a
            consent raise for a second reviewer, with `reason`.
        actor: who takes it (named in the audit and custody entries).
        reason: what the family agreed to, when and with whom; required above FORM_CONSENT.
    Returns:
        The document, its consent, the pending raise (if any) and the proposed person.
    Raises:
        NotFound for an unknown reference; InputError (one line, nothing stored) for an unknown level,
        a raise without a reason, a report taken already (naming its document), or a report whose text
        a document holds already.
    """
    from guwah.ingest import _existing, _record
    from guwah.ingest.metadata import Metadata
    from guwah.ingest.readers import read_document
    from guwah.releases import request_consent_change
    from guwah.reports import _row, set_status
    from guwah.storage.blobs import sha256_hex

    created, fingerprint = False, None
    try:
        with store.session() as session:
            row = _row(session, reference)  # an unknown reference first: NotFound whatever else was given
            level = _level(consent)
            raising = level != FORM_CONSENT
            if raising and not (reason or "").strip():
                raise InputError(Text(NEEDS_REASON))
            if row.document_id is not None:
                raise InputError(Text(TAKEN, {"reference": row.reference, "document": row.document_id}),
                                 value=row.reference)
            text, spans = report_text(row)
            data = text.encode("utf-8")
            sha = sha256_hex(data)
            same = _existing(store, session, sha)
            if same is not None:
                raise InputError(Text(SAME_TEXT, {"reference": row.reference, "document": same}), value=row.reference)
            read = read_document(ORIGINAL_NAME, data, max_unpacked_bytes=store.settings.max_unpacked_bytes,
                                 max_html_bytes=store.settings.max_html_bytes)
            meta = Metadata(consent=FORM_CONSENT, consent_note=FORM_CONSENT_NOTE, publisher=SOURCE_PUBLISHER,
                            title=SOURCE_TITLE, retrieved=_utc(row.received_at).date())
            fingerprint, created = store.blobs.put(data)
            # The custody record of its receipt names the report and the day the family sent it.
            document_id = _record(store, session, Path(ORIGINAL_NAME), data, sha, fingerprint, read, meta,
                                  ("consent", "consent_note", "publisher", "title", "retrieved"), actor,
                                  {"family_report": row.reference,
                                   "received_on": _utc(row.received_at).date().isoformat()})
            row.document_id = document_id
            person = _reported_person(session, row, document_id, spans, actor)
            change = request_consent_change(session, document_id, level.value, actor, reason) if raising else None
            set_status(store, session, row.reference, ReportStatus.UNDER_REVIEW.value, actor)
            # Ids and levels only: the report's names and words never reach the audit log.
            store.audit(session, actor, "change", "family_report", row.id, change="taken", document=document_id,
                        consent=level.value)
            taken = TakenReport(row.reference, document_id, FORM_CONSENT.value, change.id if change else None,
                                person.id)
    except BaseException:
        if created and fingerprint is not None:
            store.blobs.remove(fingerprint)
        raise
    log.info("family report %s taken as document %s", taken.reference, taken.document_id)
    return taken


def _reported_person(session: Session, row: FamilyReport, document_id: int, spans: dict, actor: str) -> Person:
    """The person the report is about, proposed from its own fields (names in each script, birth year,
    hometown), each citing the line of the document that states it; asserted by the editor who took
    it, for review like any proposal (with four eyes on, by another reviewer)."""
    from guwah.names.scripts import detect_script

    person = Person()
    session.add(person)
    session.flush()
    now = datetime.now(UTC)

    def asserted(span: tuple[int, int]) -> dict:
        return {"evidence_document_id": document_id, "evidence_start": span[0], "evidence_end": span[1],
                "asserted_by_kind": AssertedByKind.USER.value, "asserted_by": actor, "asserted_at": now,
                "review_state": ReviewState.PROPOSED.value}

    for name, span in zip(row.names, spans["names"], strict=True):
        session.add(PersonName(person_id=person.id, name=name, script=detect_script(name), **asserted(span)))
    if row.birth_year and spans["birth_year"]:
        session.add(PersonAttribute(person_id=person.id, attribute=AttributeName.BIRTH_YEAR.value,
                                    value=str(row.birth_year), **asserted(spans["birth_year"][0])))
    if row.hometown and spans["hometown"]:
        session.add(PersonAttribute(person_id=person.id, attribute=AttributeName.HOMETOWN.value, value=row.hometown,
                                    **asserted(spans["hometown"][0])))
    session.flush()
    return person


def entries_like(session: Session, names: list[str], birth_year: int | None, views: list | None = None,
                 own_document: int | None = None) -> list[int]:
    """The numbers of the standing registry entries that may be the person a report names: an entry
    holding a name (not rejected) that the registry's comparison reads as one of `names` in any
    script (`guwah.names.same_person_name`, as `guwah persons list QUERY` finds entries), and no birth
    year more than `guwah.registry.BIRTH_YEAR_SLACK` years from `birth_year` (`merge_conflicts`' rule).
    A name citing `own_document` (the document the report became) does not count: the report is not
    its own match. For a reviewer to check, never a decision.

    `views`: the entries (`guwah.registry.list_entries`), when one list serves several reports."""
    from guwah.names import same_person_name
    from guwah.registry import BIRTH_YEAR_SLACK, _asserted, _years, list_entries

    views = list_entries(session) if views is None else views
    found = []
    for view in views:
        held = [name["name"] for name in view.names if name.get("document") != own_document]
        if not any(same_person_name(asked, name) for asked in names for name in held):
            continue
        if birth_year:
            years = _years(_asserted(session, view.mentions, AttributeName.BIRTH_YEAR.value))
            if years and min(max(low - birth_year, birth_year - high, 0) for low, high in years) > BIRTH_YEAR_SLACK:
                continue
        found.append(view.number)
    return found



def report_matches(session: Session, reports: list) -> dict[str, list[int]]:
    """{reference: entry numbers it may match (`entries_like`)} for queued reports
    (`guwah.reports.QueuedReport`), those with none left out; for editors only, never a public page."""
    from guwah.registry import list_entries

    views = list_entries(session) if reports else []
    found = {report.reference: entries_like(session, report.names, report.birth_year, views, report.document_id)
             for report in reports}
    return {reference: numbers for reference, numbers in found.items() if numbers}
