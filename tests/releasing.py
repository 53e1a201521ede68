"""Test helpers for publication: ingest a text with its sidecar; release a document, a naming
basis or an entry the way two reviewers would (one drafts or proposes, a second approves)."""

from guwah.releases import (
    approve_basis,
    approve_release,
    draft_entry_release,
    draft_release,
    propose_basis,
)


def release_document(store, document_id: int, details: list[str] | None = None) -> int:
    """Draft by "drafter", approve by "reviewer"; returns the release's id."""
    with store.session() as session:
        draft = draft_release(session, document_id, "drafter", details)
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    return draft.id


def mark_read(store, document_id: int) -> None:
    """Record that the document's names were read (an extractor run that proposed no one), as a
    release needs: for tests whose people are given by hand, or who name nobody."""
    from guwah.storage.tables import ExtractionRun

    with store.session() as session:
        session.add(ExtractionRun(document_id=document_id, extractor="test (read by hand)", version="0", counts={}))


def ingest_text(store, folder, name: str, text: str, sidecar: str) -> int:
    """Write `name` and its sidecar into `folder`, ingest it, and return the document id."""
    from guwah.ingest import ingest_file

    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
    outcome = ingest_file(store, path)
    assert outcome.document_id, outcome.reason
    return outcome.document_id


def name_person(store, person_id: int, reason: str = "the family asked") -> None:
    """A reporting relative's basis for naming the person, proposed by "drafter", approved by "reviewer"."""
    with store.session() as session:
        basis = propose_basis(session, person_id, "reporting_relative", "drafter", reason)
    with store.session() as session:
        approve_basis(session, basis.id, "reviewer")


def release_entry(store, number: int) -> int:
    """Draft the entry's release by "drafter", approve it by "reviewer"; returns its subject id."""
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    return draft.subject_id


def entry_told_by(store, folder, accounts: list[tuple[str, list[dict]]], name: str = "Tursun Ehmet",
                  release: bool = True, unreleased: frozenset[int] = frozenset()) -> int:
    """One person entry that several public testimonies tell of: each account is (text, events), the
    text naming `name` and each event a dict of Event columns (event_type, date_value, date_precision,
    place: a gazetteer id, passage: words of the text it cites), all accepted. Each testimony is
    released (but those whose account's index is in `unreleased`), each mention named and merged into
    the first's entry, and the entry released; returns its public number. `release=False`: the entry
    is not released; returns its entry number."""
    from guwah.registry import merge
    from guwah.storage.tables import Event, Person, PersonName, Place

    numbers, documents = [], []
    for index, (text, events) in enumerate(accounts):
        document = ingest_text(store, folder, f"account-{index}.txt", text, "consent: public\n")
        with store.session() as session:
            person = Person()
            session.add(person)
            session.flush()
            facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                     "review_state": "accepted", "person_id": person.id}
            start = text.index(name)
            session.add(PersonName(name=name, evidence_start=start, evidence_end=start + len(name), **facts))
            for columns in events:
                columns = dict(columns)
                if gazetteer_id := columns.pop("place", None):
                    place = Place(gazetteer_id=gazetteer_id, name=gazetteer_id)
                    session.add(place)
                    session.flush()
                    columns["place_id"] = place.id
                if passage := columns.pop("passage", None):
                    columns["evidence_start"] = text.index(passage)
                    columns["evidence_end"] = columns["evidence_start"] + len(passage)
                session.add(Event(**columns, **facts))
            session.flush()
            numbers.append(person.entry.number)
            documents.append(document)
            person_id = person.id
        name_person(store, person_id)
    for number in numbers[1:]:
        with store.session() as session:
            merge(session, numbers[0], number, "reviewer")
    for index, document in enumerate(documents):
        if index not in unreleased:
            release_document(store, document)
    return release_entry(store, numbers[0]) if release else numbers[0]
