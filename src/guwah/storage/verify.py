"""Check that every stored original and text still matches the hashes recorded at ingest."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from guwah.errors import GuwahError
from guwah.storage import Store
from guwah.storage.blobs import sha256_hex
from guwah.storage.tables import Document, as_stored


@dataclass(frozen=True)
class Problem:
    document_id: int
    what: str


def verify_archive(store: Store) -> tuple[int, list[Problem], list[int]]:
    """Re-hash every original and every extracted text.

    Returns (documents checked, problems, ids of documents erased at a witness's request).
    """
    from guwah.protection.erasure import ERASED

    problems: list[Problem] = []
    erased: list[int] = []
    checked = 0
    with store.session() as session:
        # The text as stored: its hash was recorded of it (a form feed is read as a line break).
        rows = session.execute(select(Document.id, Document.fingerprint, Document.sha256,
                                      as_stored(Document.text), Document.text_sha256)).all()
    for document_id, fingerprint, sha, text, text_sha in rows:
        if sha == ERASED:
            erased.append(document_id)
            continue
        checked += 1
        try:
            store.blobs.verify(fingerprint, sha)
        except GuwahError as error:
            problems.append(Problem(document_id, error.message))
        if sha256_hex(text.encode("utf-8")) != text_sha:
            problems.append(Problem(document_id, "extracted text no longer matches its recorded hash"))
    return checked, problems, erased
