"""Store extraction results as proposals: rows in review state "proposed", each with its evidence.

One `ExtractionRun` per document and extractor version makes re-running a no-op. Persons are new
rows per document (linking people across documents is the reviewers' and the linker's work);
places are shared gazetteer rows, created on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from guwah.domain import AssertedByKind, ReviewState
from guwah.errors import NotFound
from guwah.extract import ner
from guwah.extract.document import Doc
from guwah.extract.pipeline import EXTRACTOR, VERSION, run_pipeline
from guwah.storage.tables import (
    Document,
    Event,
    ExtractionRun,
    Facility,
    Person,
    PersonAttribute,
    PersonName,
    Place,
    Relation,
    ViolationCoding,
)

log = logging.getLogger(__name__)

SKIPPED = "skipped"
EXTRACTED = "extracted"


def _asserted(document_id: int, span) -> dict:
    return {
        "evidence_document_id": document_id,
        "evidence_start": span[0],
        "evidence_end": span[1],
        "asserted_by_kind": AssertedByKind.EXTRACTOR.value,
        "asserted_by": EXTRACTOR,
        "asserted_by_version": VERSION,
        "review_state": ReviewState.PROPOSED.value,
    }


def _place_row(session, place) -> Place | None:
    if not place.gazetteer_id:
        return None
    row = session.query(Place).filter_by(gazetteer_id=place.gazetteer_id).one_or_none()
    if row is None:
        from guwah.places.resolve import gazetteer

        entry = gazetteer().entries.get(place.gazetteer_id)
        row = Place(gazetteer_id=place.gazetteer_id, name=place.name, kind=place.kind,
                    lat=entry.lat if entry else None, lon=entry.lon if entry else None)
        session.add(row)
        session.flush()
    return row


def _store(session, document: Document, doc: Doc) -> dict[str, int]:
    places = {place.id: _place_row(session, place) for place in doc.places}
    facilities = {}
    for facility in doc.facilities:
        place = places.get(facility.place) if facility.place else None
        row = session.query(Facility).filter_by(
            name=facility.name, facility_type=facility.facility_type,
            place_id=place.id if place else None, dataset=None).first()
        if row is None:
            row = Facility(name=facility.name, facility_type=facility.facility_type,
                           place_id=place.id if place else None)
            session.add(row)
        facilities[facility.id] = row
    persons: dict[str, Person] = {}
    for person in doc.persons:
        row = Person()
        session.add(row)
        persons[person.id] = row
    session.flush()
    counts = {"persons": len(persons), "names": 0, "attributes": 0, "relations": 0, "events": 0,
              "violations": 0, "places": sum(1 for p in places.values() if p), "facilities": len(facilities)}
    for person in doc.persons:
        row = persons[person.id]
        for name in person.names:
            span = next((s for s in person.mentions if doc.text[s[0]:s[1]] == name), person.mentions[0])
            session.add(PersonName(person_id=row.id, name=name, script=None, language=doc.language,
                                   **_asserted(document.id, span)))
            counts["names"] += 1
        first = person.mentions[0] if person.mentions else None
        for role in sorted(person.roles):
            if first:
                session.add(PersonAttribute(person_id=row.id, attribute="role", value=role,
                                            **_asserted(document.id, first)))
                counts["attributes"] += 1
        for attribute, (value, span) in person.attributes.items():
            values = value if isinstance(value, list) else [value]
            for item in values:
                session.add(PersonAttribute(person_id=row.id, attribute=attribute, value=str(item),
                                            **_asserted(document.id, span)))
                counts["attributes"] += 1
        for relation in person.relations:
            session.add(Relation(person_id=row.id, relative_id=persons[relation.person].id,
                                 relation=relation.relation, **_asserted(document.id, relation.evidence)))
            counts["relations"] += 1
        for violation in person.violations:
            session.add(ViolationCoding(person_id=row.id, code=violation.code,
                                        **_asserted(document.id, violation.evidence)))
            counts["violations"] += 1
    for event in doc.events:
        place = places.get(event.place) if event.place else None
        facility = facilities.get(event.facility) if event.facility else None
        session.add(Event(
            event_type=event.type,
            person_id=persons[event.person].id if event.person else None,
            place_id=place.id if place else None,
            facility_id=facility.id if facility else None,
            date_value=event.date.value if event.date else None,
            date_precision=event.date.precision if event.date else None,
            end_date_value=event.end_date.value if event.end_date else None,
            end_date_precision=event.end_date.precision if event.end_date else None,
            **_asserted(document.id, event.evidence),
        ))
        counts["events"] += 1
    return counts


def extract_document(store, document_id: int) -> dict:
    """Extract one stored document into proposals, once per extractor version.

    Returns:
        {"document_id", "status": "extracted" | "skipped", "counts", "warnings"}.
    Raises:
        NotFound: when there is no such document.
    """
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"no document {document_id}", value=document_id)
        done = session.query(ExtractionRun).filter_by(
            document_id=document_id, extractor=EXTRACTOR, version=VERSION).one_or_none()
        if done is not None:
            return {"document_id": document_id, "status": SKIPPED, "counts": dict(done.counts), "warnings": []}
        # Imported detention sites (the BuzzFeed News list) are sites to the entity ruler, not people.
        ner.add_facility_names(name for (name,) in session.query(Facility.name).filter(Facility.dataset.isnot(None)))
        from guwah.extract import document_date_of

        when = document_date_of(document.testimony.interview_date if document.testimony else None,
                                document.source.published_on if document.source else None)
        doc = run_pipeline(document.text or "", document.language, when)
        counts = _store(session, document, doc)
        session.add(ExtractionRun(document_id=document_id, extractor=EXTRACTOR, version=VERSION, counts=counts))
        store.audit(session, store.settings.actor, "extract", "document", document_id, extractor=EXTRACTOR,
                    version=VERSION, counts=counts)  # how many proposals of each kind, never what they say
        log.info("extracted document %s: %s", document_id, counts)
        return {"document_id": document_id, "status": EXTRACTED, "counts": counts, "warnings": list(doc.warnings)}


def extract_all(store, progress_callback: Callable[[int, int], None] | None = None) -> list[dict]:
    """Extract every stored document; those already extracted by this version are skipped.

    Args:
        progress_callback: called as (done, total) after each document.
    """
    with store.session() as session:
        ids = [row[0] for row in session.query(Document.id).order_by(Document.id).all()]
    results = []
    for number, document_id in enumerate(ids, 1):
        results.append(extract_document(store, document_id))
        if progress_callback:
            progress_callback(number, len(ids))
    return results
