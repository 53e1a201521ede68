"""Store extraction results as proposals: rows in review state "proposed", each with its evidence.

One `ExtractionRun` per document and extractor version makes re-running a no-op. Persons are new
rows per document (linking people across documents is the reviewers' and the linker's work),
except the witness of a testimony whose sidecar names one: the narrator, and a person the text names
in full by the witness's name, are the witness, so their names and facts go to the witness's row and
keep the witness's consent (a pseudonymous witness is shown under their one pseudonym,
`witness_mentions`). Places are shared gazetteer rows,
created on first use.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from guwah.domain import PLACE_ATTRIBUTES, AssertedByKind, ReviewState
from guwah.errors import Interrupted, NotFound, counted
from guwah.extract import ner
from guwah.extract.document import Doc
from guwah.extract.pipeline import EXTRACTOR, VERSION, run_pipeline, run_pipelines
from guwah.names.scripts import detect_script
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
ERASED_STATUS = "erased"  # the testimony was erased: nothing left to read, no run recorded
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


def _store(session, document: Document, doc: Doc) -> dict[str, int]:
    from guwah.places.resolve import place_row

    # A place the gazetteer does not name (a city abroad read from the text) gets no row.
    places = {place.id: place_row(session, place.gazetteer_id, name=place.name, kind=place.kind)
              if place.gazetteer_id else None for place in doc.places}
    facilities = {}
    for facility in doc.facilities:
        place = places.get(facility.place) if facility.place else None
        # The name is sealed at rest (random nonces), so it is compared here, not in SQL.
        row = next((candidate for candidate in session.query(Facility).filter_by(
            facility_type=facility.facility_type, place_id=place.id if place else None, dataset=None)
            if candidate.name == facility.name), None)
        if row is None:
            row = Facility(name=facility.name, facility_type=facility.facility_type,
                           place_id=place.id if place else None)
            session.add(row)
        facilities[facility.id] = row
    persons: dict[str, Person] = {}
    witness = document.testimony.witness if document.testimony else None
    hers = witness_mentions(doc, [name.name for name in witness.names]) if witness else set()
    for person in doc.persons:
        # The witness's row keeps the consent the sidecar recorded: a mention read from the text
        # records no decision of its own (`registry.entry_consent`), so it can never loosen hers.
        row = witness if person.id in hers else Person()
        session.add(row)
        persons[person.id] = row
    session.flush()
    counts = {"persons": len(persons), "names": 0, "attributes": 0, "relations": 0, "events": 0,
              "violations": 0, "places": sum(1 for p in places.values() if p), "facilities": len(facilities)}
    for person in doc.persons:
        row = persons[person.id]
        for name in person.names:
            span = next((s for s in person.mentions if doc.text[s[0]:s[1]] == name), person.mentions[0])
            session.add(PersonName(person_id=row.id, name=name, script=detect_script(name), language=doc.language,
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
            place = _place_named(doc, places, value, span) if attribute in PLACE_ATTRIBUTES else None
            for item in values:
                session.add(PersonAttribute(person_id=row.id, attribute=attribute, value=str(item),
                                            place_id=place.id if place else None, **_asserted(document.id, span)))
                counts["attributes"] += 1
        for relation in person.relations:
            if persons[relation.person] is row:
                continue  # two mentions of the witness: no relation of hers to herself
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


def _place_named(doc: Doc, places: dict, words: object, span) -> Place | None:
    """The gazetteer place row of a place-valued attribute (a birthplace): the place mention inside
    its evidence `span` written as `words`; None where there is none or the gazetteer has no such place."""
    for (start, end), place_id in doc.place_spans:
        if span[0] <= start and end <= span[1] and doc.text[start:end] == words:
            return places.get(place_id)
    return None


def witness_narrator(doc: Doc, witness_names: list[str]) -> str | None:
    """The extracted person (id in `doc`) who is the witness the sidecar names, if any.

    A testimony's narrator (the person who says "I") is its witness when the text gives them no
    name or a name that agrees with the witness's: the same name (`guwah.names.same_person_name`),
    or every word of it one of the witness's name words ("Gulshen" for "Gulshen Memtimin"). A
    narrator named otherwise (an interviewer who introduces themselves) stays a person of their own.
    With several narrators ("We, X and Y"), only one whose name agrees is the witness.

    Args:
        doc: a finished extraction.
        witness_names: the names the archive holds for the witness.
    Returns:
        The person id, or None.
    """
    narrators = [person for person in doc.persons if person.narrator]
    agreeing = [person for person in narrators
                if any(_agrees(name, witness) for name in person.names for witness in witness_names)]
    if len(agreeing) == 1:
        return agreeing[0].id
    if len(narrators) == 1 and not narrators[0].names:
        return narrators[0].id
    return None


def witness_mentions(doc: Doc, witness_names: list[str]) -> set[str]:
    """The extracted persons (ids in `doc`) who are the witness the sidecar names: the narrator
    (`witness_narrator`) and each person the text names in full by a name of the witness's
    (two parts or more as `guwah.names` reads them, the same name by `guwah.names.same_person_name`:
    "Aynur Tohti was arrested in Aksu" in the third person, «Айнур Тохти» and 阿依努尔·托合提 for
    "Aynur Tohti"). A lone given name is left to
    the narrator's rule: another person may share it. An unnamed narrator who is a relative of a
    person named so ("my sister Aynur Tohti") is someone else telling of the witness: not hers.

    Args:
        doc: a finished extraction.
        witness_names: the names the archive holds for the witness.
    Returns:
        The person ids, possibly none.
    """
    from guwah.names import name_forms, same_person_name

    # parts as the names layer reads them: 阿依努尔·托合提 has two, and no space (h-names47)
    named = {person.id for person in doc.persons if any(
        len(name_forms(name).words) >= 2 and same_person_name(name, witness)
        for name in person.names for witness in witness_names)}
    narrator = witness_narrator(doc, witness_names)
    if narrator is not None and narrator not in named and not doc.person(narrator).names and any(
            (person.id == narrator and relation.person in named) or (person.id in named and relation.person == narrator)
            for person in doc.persons for relation in person.relations):
        narrator = None
    return named | ({narrator} if narrator else set())


def _agrees(name: str, witness: str) -> bool:
    from guwah.names import name_words, same_person_name

    if same_person_name(name, witness):
        return True
    words, witness_words = name_words(name), name_words(witness)
    return len(words) < len(witness_words) and all(
        any(same_person_name(word, other) for other in witness_words) for word in words)


def extract_document(store, document_id: int, *, actor: str | None = None) -> dict:
    """Extract one stored document into proposals, once per extractor version. `actor`: the account
    the audit entry names (GUWAH_ACTOR's by default, as `guwah extract`; the web's signed-in member).

    Returns:
        {"document_id", "status": "extracted" | "skipped" | "erased", "counts", "warnings"}.
    Raises:
        NotFound: when there is no such document.
    """
    from guwah.protection.erasure import is_erased

    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"no document {document_id}", value=document_id)
        if is_erased(document):
            return {"document_id": document_id, "status": ERASED_STATUS, "counts": {}, "warnings": []}
        done = _done(session, document_id)
        if done is not None:
            return done
        names, inputs = _facility_names(session), _inputs(document)
    # Imported detention sites (the BuzzFeed News list) are sites to the entity ruler, not people.
    ner.add_facility_names(names)
    doc = run_pipeline(*inputs)  # seconds, outside any transaction
    with store.session() as session:
        return _store_once(store, session, document_id, doc, actor)


def _store_once(store, session, document_id: int, doc, actor: str | None = None) -> dict:
    """Store `doc`'s proposals for the document, unless another run (a second `extract --all` at
    once) stored this version's meanwhile: read again under the database's write lock, so that
    the second says "skipped" instead of failing on the first's run (UNIQUE extraction_run)."""
    store.hold_audit_lock(session)
    return _done(session, document_id) or _save(store, session, session.get(Document, document_id), doc,
                                                 actor or store.settings.actor)


def _done(session, document_id: int) -> dict | None:
    """The "skipped" result when this extractor version already ran on the document, else None."""
    done = session.query(ExtractionRun).filter_by(
        document_id=document_id, extractor=EXTRACTOR, version=VERSION).one_or_none()
    if done is None:
        return None
    return {"document_id": document_id, "status": SKIPPED, "counts": dict(done.counts), "warnings": []}


def _facility_names(session) -> list[str]:
    return [name for (name,) in session.query(Facility.name).filter(Facility.dataset.isnot(None))]


def _inputs(document: Document) -> tuple:
    """(text, language, document date): what run_pipeline reads of a stored document."""
    from guwah.extract import document_date_of

    when = document_date_of(document.testimony.interview_date if document.testimony else None,
                            document.source.published_on if document.source else None)
    return document.text or "", document.language, when


def _save(store, session, document: Document, doc: Doc, actor: str) -> dict:
    counts = _store(session, document, doc)
    session.add(ExtractionRun(document_id=document.id, extractor=EXTRACTOR, version=VERSION, counts=counts))
    store.audit(session, actor, "extract", "document", document.id, extractor=EXTRACTOR,
                version=VERSION, counts=counts)  # how many proposals of each kind, never what they say
    log.info("extracted document %s: %s", document.id, counts)
    return {"document_id": document.id, "status": EXTRACTED, "counts": counts, "warnings": list(doc.warnings)}


def default_workers() -> int:
    """Worker processes `extract_all` uses when not told: one per CPU core this process may use."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores)


def extract_all(store, progress_callback: Callable[[int, int], None] | None = None,
                workers: int | None = None) -> list[dict]:
    """Extract every stored document; those already extracted by this version are skipped.

    The pipeline runs in `workers` processes (default: one per CPU core, `default_workers`, and
    one per 8 documents to extract at most), each loading the language models once; this process
    reads the documents and stores the proposals, in document order, as they come back. With one
    worker, or one document to extract, everything runs in this process. The stored proposals are
    the same whatever the number of workers.

    Args:
        progress_callback: called as (done, total) after each document.
        workers: worker processes (at least 1).
    Returns:
        One result per stored document, in id order (see `extract_document`; an erased testimony's
        status is "erased" and no run is recorded for it).
    Raises:
        Interrupted: on Ctrl-C, saying how many documents were extracted and stored; each
            document's proposals are committed whole or not at all.
    """
    from guwah.protection.erasure import ERASED

    with store.session() as session:
        ids = [row[0] for row in session.query(Document.id).order_by(Document.id).all()]
        done = {row[0] for row in session.query(ExtractionRun.document_id).filter_by(extractor=EXTRACTOR, version=VERSION)}
        # an erased testimony has nothing left to read (extract_document says so for it); the hash is
        # sealed, so it is compared here (in SQL it matched nothing, and every erased one was tried again)
        done |= {document_id for document_id, sha256 in session.query(Document.id, Document.sha256) if sha256 == ERASED}
        names = _facility_names(session)
    pending = [document_id for document_id in ids if document_id not in done]
    # A worker takes seconds to start and load the models (a few documents' work): unless told,
    # start one only for every _PER_WORKER documents to extract.
    workers = min(workers, len(pending)) if workers else min(default_workers(), len(pending) // _PER_WORKER)
    stored: dict[int, dict] = {}  # this run's, by document: what Ctrl-C reports as done
    to_do = set(pending)
    try:
        if workers > 1:
            def advance(count: int) -> None:
                if progress_callback:
                    progress_callback(len(done) + count, len(ids))

            _extract_in_workers(store, pending, names, workers, advance, stored)
            # the documents this version had already extracted: their earlier counts
            return [stored.get(document_id) or extract_document(store, document_id) for document_id in ids]
        results = []
        for number, document_id in enumerate(ids, 1):
            results.append(extract_document(store, document_id))
            if document_id in to_do:
                stored[document_id] = results[-1]
            if progress_callback:
                progress_callback(number, len(ids))
        return results
    except KeyboardInterrupt:
        raise Interrupted(f"{len(stored)} of {counted(len(pending), 'document')} to extract {'was' if len(stored) == 1 else 'were'} "
                          "extracted and stored, "
                          f"{len(pending) - len(stored)} not: run `guwah extract --all` again to go on; "
                          "nothing half-stored") from None


_PER_WORKER = 8
_CHUNK = 8  # documents a worker analyses together (one spaCy nlp.pipe)
_BATCH = 2 * _CHUNK  # documents read and handed to the workers at a time, per worker


def _extract_in_workers(store, pending: list[int], names: list[str], workers: int,
                        advance: Callable[[int], None], results: dict[int, dict]) -> None:
    """Run the pipeline over the pending documents in worker processes and store each result here,
    in document order, into `results` (by document id) as each is committed; `advance` is told how
    many are stored after each."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # no inherited database connection, lock or thread
    with context.Pool(workers, initializer=_worker_start, initargs=(names,)) as pool:
        for first in range(0, len(pending), _BATCH * workers):
            batch = pending[first:first + _BATCH * workers]
            with store.session() as session:
                inputs = [(document_id, *_inputs(session.get(Document, document_id))) for document_id in batch]
            chunks = [inputs[i:i + _CHUNK] for i in range(0, len(inputs), _CHUNK)]
            for done in pool.imap(_worker_extract, chunks, chunksize=1):
                for document_id, doc in done:
                    with store.session() as session:
                        # another run may have stored this version's proposals meanwhile: keep those
                        result = _store_once(store, session, document_id, doc)
                    results[document_id] = result  # committed
                    advance(len(results))


def _worker_start(names: list[str]) -> None:
    """In each worker process: the imported detention sites, and the models loaded once."""
    import signal

    # Ctrl-C reaches the whole process group: the parent stops the pool and says what was stored;
    # a worker's own KeyboardInterrupt would only print a traceback per worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ner.add_facility_names(names)
    run_pipeline("Police arrested Tursun Ablimit in Kashgar in May 2017.", "en")


def _worker_extract(tasks: list[tuple]) -> list[tuple[int, Doc]]:
    """In a worker: the documents of one chunk, their statistical analysis made together."""
    docs = run_pipelines([(text, language, when) for _id, text, language, when in tasks])
    for doc in docs:
        doc.analysis = None  # the model's tokens stay in the worker: the proposals do not read them
        for key in [key for key in doc.__dict__ if key.startswith("_")]:
            del doc.__dict__[key]  # caches
    return [(task[0], doc) for task, doc in zip(tasks, docs, strict=True)]
