"""Test helpers for publication: ingest a text with its sidecar; release a document the way two
reviewers would (draft, then a second approves)."""

from guwah.releases import approve_release, draft_release


def release_document(store, document_id: int, details: list[str] | None = None) -> int:
    """Draft by "drafter", approve by "reviewer"; returns the release's id."""
    with store.session() as session:
        draft = draft_release(session, document_id, "drafter", details)
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    return draft.id


def ingest_text(store, folder, name: str, text: str, sidecar: str) -> int:
    """Write `name` and its sidecar into `folder`, ingest it, and return the document id."""
    from guwah.ingest import ingest_file

    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
    outcome = ingest_file(store, path)
    assert outcome.document_id, outcome.reason
    return outcome.document_id
