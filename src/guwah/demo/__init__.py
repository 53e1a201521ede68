"""Demo testimonies bundled with Guwah.

Every one is a SYNTHETIC EXAMPLE written for the demo: the people in them are invented (the
place names are real). They exist to show each consent level and each input format.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@contextmanager
def demo_folder() -> Iterator[Path]:
    """The folder of demo testimonies and their sidecars, as a real path."""
    with resources.as_file(resources.files(__package__).joinpath("testimonies")) as path:
        yield Path(path)


DEMO_DRAFTER = "guwah demo"
DEMO_REVIEWER = "demo reviewer (guwah demo)"
# Details the demo's pseudonymous testimony asks to mask, as a reviewer would.
_DEMO_DETAILS = {"04-temoignage-mere.txt": ["Aksou", "5 juin 2017"]}
# The demo's public report names its invented detainees at their families' request: each named
# person extracted from it gets a reporting relative's basis (every other name stays masked).
_DEMO_NAMED_BY_FAMILIES = {"03-report-several-detainees.html"}
# The line every demo text opens with, the confidential one too: registered as boilerplate, as an
# organisation registers its intake header, so that sharing it makes no public testimony a quotation
# of the confidential interview (its releases showed "[quoted passage withheld]" for it).
DEMO_HEADER = "SYNTHETIC EXAMPLE — written for the Guwah demo. The people below are invented; the places are real."


@dataclass(frozen=True)
class DemoReleases:
    """What one `run_demo` approved and imported (all zero on a second run)."""

    testimonies: int
    entries: int
    facilities: int


def run_demo(store, facilities: Path | None = None) -> tuple[list, DemoReleases]:
    """What `guwah demo` does: import the facility dataset if one is given (first, so that a bad
    file stops the demo before anything is stored: InputError), ingest the demo testimonies, then
    `release_demo`. Returns the ingest outcomes and what was released and imported.

    Raises:
        Interrupted: on Ctrl-C, naming the step it stopped in. Each step's unit (the facility
            import, a testimony, an extraction, a release) is stored whole or not at all, and a
            second run does what is left, so the summary says to run it again.
    """
    from guwah.errors import Interrupted, counted
    from guwah.facilities.importer import import_facilities
    from guwah.ingest import ingest_file, iter_files

    refuse_real_archive(store)
    step, outcomes, files = "importing the facility dataset", [], []
    try:
        imported = import_facilities(store, facilities).imported if facilities is not None else 0
        step = "ingesting the demo testimonies"
        with demo_folder() as folder:
            files = list(iter_files([folder]))
            for path in files:
                outcomes.append(ingest_file(store, path))
        step = "extracting, linking and releasing the demo testimonies"
        done = release_demo(store, {o.path.name: o.document_id for o in outcomes if o.document_id})
    except KeyboardInterrupt:
        read = f" ({len(outcomes)} of {counted(len(files), 'testimony', 'testimonies')} ingested)" if files else ""
        raise Interrupted(f"stopped while {step}{read}; nothing half-stored; run guwah demo again to finish "
                          "(what is done is kept)") from None
    return outcomes, DemoReleases(done.testimonies, done.entries, imported)


def _register_demo_header(store) -> None:
    """Register `DEMO_HEADER` as boilerplate once (a second run finds it and does nothing)."""
    from sqlalchemy import select

    from guwah.registry.corroboration import register_boilerplate
    from guwah.storage.tables import Boilerplate

    with store.session() as session:
        if DEMO_HEADER not in set(session.scalars(select(Boilerplate.text))):  # sealed: compared here
            register_boilerplate(session, "Guwah demo header", DEMO_HEADER, DEMO_DRAFTER)


def refuse_real_archive(store) -> None:
    """InputError when the archive holds a document that is not one of the demo's: the demo approves
    public releases of invented people under a demo reviewer, which must never reach the public site
    of an archive that holds real testimonies. Nothing is read but the documents' keyed
    fingerprints."""
    from sqlalchemy import select

    from guwah.errors import InputError, english_ngettext
    from guwah.storage.blobs import sha256_hex
    from guwah.storage.tables import Document

    with demo_folder() as folder:
        demo = {store.blobs.fingerprint(sha256_hex(path.read_bytes())) for path in folder.iterdir() if path.is_file()}
    with store.session() as session:
        others = sum(1 for fingerprint in session.scalars(select(Document.fingerprint)) if fingerprint not in demo)
    if others:
        raise InputError(f"this archive holds {english_ngettext('%d document', '%d documents', others) % others} besides "
                         "the demo's: the demo publishes invented "
                         "people, so it runs only in an archive of its own (e.g. GUWAH_DATA_DIR=./guwah-demo guwah "
                         "demo)")


def release_demo(store, document_ids: dict[str, int]) -> DemoReleases:
    """Approve the demo's releases, so that `./dev run` shows its public testimonies and entries.

    Only the demo may do this: it registers the line every demo text opens with as boilerplate
    (`DEMO_HEADER`), extracts each demo document (a release needs the names
    extraction finds, to mask them), records the naming basis of each witness who consented to be
    named and of the people a family asked to name, links the mentions into entries, approves the
    releases of the testimonies, then accepts the extracted facts about the named people from the
    testimonies released as public and approves their entries' releases — each step through the
    library a real team uses, under a named demo drafter and reviewer (audited as such). Whatever
    the publication gate refuses stays unreleased. What is released already is left alone, so a
    second run changes nothing.

    Args:
        document_ids: original file name -> document id, for the demo's own documents.
    Returns:
        How many testimony and entry releases it approved (facilities: 0; see `run_demo`).
    """
    from sqlalchemy import select

    from guwah.domain import ConsentLevel
    from guwah.extract import extract_document
    from guwah.publish import effective_consent
    from guwah.registry import link_archive
    from guwah.releases import approve_release, current_release, draft_release
    from guwah.storage.tables import Person, PersonName, Testimony

    _register_demo_header(store)
    # The masks come from the names extraction finds: a release needs its document extracted.
    for document_id in document_ids.values():
        extract_document(store, document_id)
    with store.session() as session:
        for document_id in document_ids.values():
            testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
            witness = session.get(Person, testimony.witness_id) if testimony and testimony.witness_id else None
            if witness is not None and witness.consent == ConsentLevel.PUBLIC.value:
                _name(session, witness.id, "own_consent",
                      "demo sidecar: the invented witness consents to be named", document_id)
        for name, document_id in document_ids.items():
            if name not in _DEMO_NAMED_BY_FAMILIES:
                continue
            named = session.scalars(select(PersonName.person_id).where(PersonName.evidence_document_id == document_id)
                                    .distinct())
            for person_id in list(named):
                _name(session, person_id, "reporting_relative",
                      "demo: the invented families asked that the names be published")
    # Linked before the testimonies are released: naming the witness's own mentions in the text
    # unmasks them there, which would otherwise take an approved release down again.
    with store.session() as session:
        link_archive(session, DEMO_REVIEWER, store, only_new=True)
    with store.session() as session:
        _name_witness_mentions(session, document_ids)
    approved = 0
    with store.session() as session:
        for name, document_id in document_ids.items():
            if (effective_consent(session, document_id) == ConsentLevel.CONFIDENTIAL.value
                    or current_release(session, document_id) is not None):
                continue
            release = draft_release(session, document_id, DEMO_DRAFTER, _DEMO_DETAILS.get(name, []))
            approve_release(session, release.id, DEMO_REVIEWER)
            approved += 1
    return DemoReleases(approved, _release_demo_entries(store, document_ids), 0)


def _name(session, person_id: int, basis: str, note: str, document_id: int | None = None) -> None:
    """Record and approve a naming basis, as the demo's drafter and reviewer, unless one exists."""
    from sqlalchemy import select

    from guwah.releases import approve_basis, propose_basis
    from guwah.storage.tables import NamingBasis

    if session.scalar(select(NamingBasis).where(NamingBasis.person_id == person_id)) is None:
        approve_basis(session, propose_basis(session, person_id, basis, DEMO_DRAFTER, note, document_id).id,
                      DEMO_REVIEWER)


def _name_witness_mentions(session, document_ids: dict[str, int]) -> None:
    """Name the mentions that extraction found of a consenting witness in her own testimony: the
    mentions the linker put into the witness's entry, named in that testimony."""
    from sqlalchemy import select

    from guwah.registry import resolve
    from guwah.storage.tables import NamingBasis, Person, PersonName

    for document_id in document_ids.values():
        for basis in session.scalars(select(NamingBasis).where(NamingBasis.document_id == document_id,
                                                               NamingBasis.basis == "own_consent")).all():
            witness = session.get(Person, basis.person_id)
            entry = resolve(session, witness.entry.number)
            mentions = session.scalars(
                select(PersonName.person_id).where(PersonName.evidence_document_id == document_id)
                .join(Person, Person.id == PersonName.person_id).where(Person.entry_id == entry.id).distinct())
            for person_id in list(mentions):
                _name(session, person_id, "own_consent",
                      "demo: the consenting witness, as extraction found her in her own testimony", document_id)


# Events after which a person is a victim in the testimony that tells of them.
_CUSTODY_EVENTS = ("arrest", "detention", "transfer")


def _role_supported(session, row) -> bool:
    """Whether the demo's own records support a proposed role attribute, as a careful reviewer
    would check it against the sidecars: "witness" for the witness a testimony's sidecar names
    (who consented to be named in it); "victim" for a person a family asked to name (the
    detainees of the demo report) or one the same testimony says was arrested, detained or
    moved; never "relative" (a relation, which the demo records no consent to show) nor another."""
    from sqlalchemy import select

    from guwah.storage.tables import Event, NamingBasis

    bases = session.execute(select(NamingBasis.basis, NamingBasis.document_id)
                            .where(NamingBasis.person_id == row.person_id)).all()
    if row.value == "witness":
        return ("own_consent", row.evidence_document_id) in bases
    if row.value == "victim":
        return any(basis == "reporting_relative" for basis, _ in bases) or session.scalar(
            select(Event.id).where(Event.person_id == row.person_id,
                                   Event.evidence_document_id == row.evidence_document_id,
                                   Event.event_type.in_(_CUSTODY_EVENTS)).limit(1)) is not None
    return False


def _release_demo_entries(store, document_ids: dict[str, int]) -> int:
    """Accept the extracted facts about named people from the demo testimonies released as
    public, and approve the releases of their entries; returns how many it approved.

    The facts accepted are the person's own (each proposal is about one mention of them): names,
    events, violations and attributes, a role only where the demo supports it (`_role_supported`);
    the rest stays pending for a person to review. An entry the publication gate refuses (a
    mention nobody may name, no accepted name from a released testimony) is left out. Relations
    are not accepted: a relative is shown only as consent allows, and the demo records no such
    consent.
    """
    from sqlalchemy import select

    from guwah.domain import ConsentLevel, ReviewState
    from guwah.errors import ConsentRefused
    from guwah.publish import ENTRY, effective_consent, named_person_ids
    from guwah.registry import resolve
    from guwah.releases import approve_release, current_release, draft_entry_release
    from guwah.review import KINDS, accept
    from guwah.storage.tables import Person

    approved = 0
    with store.session() as session:
        public = [d for d in document_ids.values() if effective_consent(session, d) == ConsentLevel.PUBLIC.value
                  and current_release(session, d) is not None]
        named = named_person_ids(session)
        entries = {}
        for person_id in sorted(named):
            entry = resolve(session, session.get(Person, person_id).entry.number)
            entries[entry.id] = entry
        releasable = []
        for entry in entries.values():
            mentions = list(session.scalars(select(Person.id).where(Person.entry_id == entry.id)))
            if any(m not in named for m in mentions):
                continue  # someone in it may not be named: the gate would refuse it
            releasable.append(entry)
            for kind, table in KINDS.items():
                if kind == "relation":
                    continue
                for row in session.scalars(select(table).where(
                        table.person_id.in_(mentions), table.evidence_document_id.in_(public),
                        table.review_state == ReviewState.PROPOSED.value).order_by(table.id)).all():
                    if kind == "attribute" and row.attribute == "role" and not _role_supported(session, row):
                        continue
                    accept(store, session, f"{kind}:{row.id}", DEMO_REVIEWER)
    for entry in releasable:
        with store.session() as session:
            if current_release(session, entry.id, subject_type=ENTRY) is not None:
                continue
            try:
                release = draft_entry_release(session, entry.number, DEMO_DRAFTER)
            except ConsentRefused:
                continue
            # The demo's reviewer accepted its names just now, after their bases: it vouches for them.
            approve_release(session, release.id, DEMO_REVIEWER, confirm_new_names=True)
            approved += 1
    return approved
