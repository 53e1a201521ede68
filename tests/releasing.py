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
