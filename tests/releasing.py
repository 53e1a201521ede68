"""Test helper: release a document the way two reviewers would (draft, then a second approves)."""

from guwah.releases import approve_release, draft_release


def release_document(store, document_id: int, details: list[str] | None = None) -> int:
    """Draft by "drafter", approve by "reviewer"; returns the release's id."""
    with store.session() as session:
        draft = draft_release(session, document_id, "drafter", details)
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    return draft.id
