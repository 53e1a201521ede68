"""Extraction: propose persons, places, facilities, dates, events and violations, each with the
passage that supports it, for a reviewer to confirm.

`extract_text` and `extract_file` return the `guwah extract --json` shape without storing;
`extract_document` and `extract_all` store proposals (review state "proposed"), once per
document and extractor version.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from guwah.extract.pipeline import EXTRACTOR, VERSION, run_pipeline


def extract_text(text: str, *, language: str | None = None, sha256: str | None = None,
                 title: str | None = None) -> dict:
    """Run the pipeline on a text and return the contract JSON.

    Args:
        text: the document's text, as Guwah stores it.
        language: ISO 639-1 code, detected when not given.
        sha256: hash of the original bytes, copied into the output.
        title: the document's title, if known.
    Returns:
        The `guwah extract --json` document (see contracts/cli-json.md).
    """
    from guwah.extract.output import to_json

    return to_json(run_pipeline(text, language), sha256=sha256, title=title)


def extract_file(path: Path | str, *, max_unpacked_bytes: int = 200 * 1024 * 1024) -> dict:
    """Read a file (txt, md, html, pdf, docx) and extract from its text, storing nothing.

    Raises:
        InputError: when the file is missing, unreadable or of an unsupported type.
    """
    from guwah.errors import InputError
    from guwah.ingest.readers import read_document

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}", value=str(path)) from error
    read = read_document(path.name, data, max_unpacked_bytes=max_unpacked_bytes)
    return extract_text(read.text, sha256=hashlib.sha256(data).hexdigest(), title=read.title)


def extract_document(store, document_id: int) -> dict:
    """Extract one stored document into proposals; a no-op when this version already ran."""
    from guwah.extract.proposals import extract_document as run

    return run(store, document_id)


def extract_all(store, progress_callback=None) -> list[dict]:
    """Extract every stored document not yet extracted by this version."""
    from guwah.extract.proposals import extract_all as run

    return run(store, progress_callback)


__all__ = ["EXTRACTOR", "VERSION", "extract_all", "extract_document", "extract_file", "extract_text", "run_pipeline"]
