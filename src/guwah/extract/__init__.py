"""Extraction: propose persons, places, facilities, dates, events and violations, each with the
passage that supports it, for a reviewer to confirm.

`extract_text` and `extract_file` return the `guwah extract --json` shape without storing;
`extract_document` and `extract_all` store proposals (review state "proposed"), once per
document and extractor version. Dates said from the time of speaking ("last year") count from
the document's date: given to `extract_text`, read from the sidecar by `extract_file`, from the
stored metadata (interview date, else publication date) by `extract_document`.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path


def __getattr__(name: str):
    """EXTRACTOR, VERSION and run_pipeline from `guwah.extract.pipeline`, imported on first use, so
    that a module that needs only a reader of this package (the report form's check of a last-seen
    date reads `guwah.extract.dates`) does not load the language-model pipeline with it."""
    if name in ("EXTRACTOR", "VERSION", "run_pipeline"):
        from guwah.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract_text(text: str, *, language: str | None = None, sha256: str | None = None,
                 title: str | None = None, document_date: date | str | None = None) -> dict:
    """Run the pipeline on a text and return the contract JSON.

    Args:
        text: the document's text, as Guwah stores it.
        language: ISO 639-1 code, detected when not given.
        sha256: hash of the original bytes, copied into the output.
        title: the document's title, if known.
        document_date: when the document was said or written (interview date, else publication
            date), a date or "YYYY-MM-DD": "last year", "in December" count from it; without
            it they stay unresolved.
    Returns:
        The `guwah extract --json` document (see docs/cli-json.md).
    Raises:
        InputError: when document_date is not a date.
    """
    from guwah.extract.output import to_json
    from guwah.extract.pipeline import run_pipeline

    when = parse_document_date(document_date)
    return to_json(run_pipeline(text, language, when), sha256=sha256, title=title)


def extract_texts(texts: list[str], *, language: str | None = None,
                  document_dates: list[date | str | None] | None = None) -> list[dict]:
    """`extract_text` of several texts, their statistical analysis made in one batch (less CPU a
    text than one at a time; the same outputs).

    Args:
        texts: the documents' texts.
        language: ISO 639-1 code of every text, detected per text when not given.
        document_dates: one per text (see extract_text), or None for none.
    Raises:
        InputError: when a document date is not a date, or there are not as many as texts.
    """
    from guwah.errors import InputError, counted
    from guwah.extract.output import to_json
    from guwah.extract.pipeline import run_pipelines

    dates = document_dates if document_dates is not None else [None] * len(texts)
    if len(dates) != len(texts):
        raise InputError(f"{counted(len(dates), 'document date')} for {counted(len(texts), 'text')}")
    items = [(text, language, parse_document_date(when)) for text, when in zip(texts, dates, strict=True)]
    return [to_json(doc, sha256=None, title=None) for doc in run_pipelines(items)]


def extract_person_names(texts: list[str], languages: list[str | None] | None = None) -> list[list[str]]:
    """Each text's persons' names as `extract_texts` shows them (its persons' "name", those that
    have one, in its order), for about half its CPU on short texts: the steps after the persons
    run only where they could change them (`run_pipelines`'s persons_only). `languages`: each
    text's language where known (None: detected from the text, as by default)."""
    from guwah.extract.output import display_name, person_ids
    from guwah.extract.pipeline import run_pipelines

    languages = languages if languages is not None else [None] * len(texts)
    names = []
    for doc in run_pipelines([(text, language, None) for text, language in zip(texts, languages, strict=True)],
                             persons_only=True):
        order = person_ids(doc)
        shown = (display_name(doc, person) for person in sorted(doc.persons, key=lambda p: int(order[p.id][1:])))
        names.append([name for name in shown if name])
    return names


def parse_document_date(value: date | str | None) -> date | None:
    """A document date from a date or an ISO "YYYY-MM-DD" string; InputError otherwise."""
    from guwah.errors import InputError

    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise InputError(f"document date {value!r} is not a date (YYYY-MM-DD)", value=str(value)) from error


def document_date_of(interview_date: date | None, published: date | None) -> date | None:
    """The date a document speaks from: when the witness spoke, else when it was published."""
    return interview_date or published


def extract_file(path: Path | str, *, max_unpacked_bytes: int = 200 * 1024 * 1024,
                 max_html_bytes: int | None = None, document_date: date | str | None = None,
                 max_file_bytes: int = 50 * 1024 * 1024) -> dict:
    """Read a file (txt, md, html, pdf, docx) and extract from its text, storing nothing.

    `max_file_bytes`, `max_unpacked_bytes` and `max_html_bytes` are the limits ingest applies (the
    settings' GUWAH_MAX_FILE_BYTES, GUWAH_MAX_UNPACKED_BYTES and GUWAH_MAX_HTML_BYTES); None keeps
    the reader's HTML default. The file is read as ingest reads it (`guwah.ingest.files.read_regular_file`:
    a FIFO or a device is refused, a growing file stops at the limit).

    The document's date is `document_date` when given, else its sidecar's `interview_date`, else
    its sidecar's `published` (see guwah.ingest.metadata).

    Raises:
        InputError: when the file is missing, not a regular file, larger than `max_file_bytes`,
            unreadable or of an unsupported type, when its sidecar is not valid metadata, or when
            document_date is not a date.
    """
    from guwah.ingest.files import read_regular_file
    from guwah.ingest.metadata import metadata_for
    from guwah.ingest.readers import read_document

    path = Path(path)
    when = parse_document_date(document_date)
    data = read_regular_file(path, max_file_bytes)
    if when is None:
        meta = metadata_for(path, {})
        when = document_date_of(meta.interview_date, meta.published)
    limits = {} if max_html_bytes is None else {"max_html_bytes": max_html_bytes}
    read = read_document(path.name, data, max_unpacked_bytes=max_unpacked_bytes, **limits)
    result = extract_text(read.text, sha256=hashlib.sha256(data).hexdigest(), title=read.title, document_date=when)
    # What the reader left out (a Word comment) is not in the text, so nothing there was extracted.
    result["warnings"] += [f"not read: {part} (not part of the text: nothing in it is extracted)"
                           for part in read.skipped]
    return result


def extract_document(store, document_id: int, *, actor: str | None = None) -> dict:
    """Extract one stored document into proposals; a no-op when this version already ran. `actor`:
    the account the audit entry names (default GUWAH_ACTOR's)."""
    from guwah.extract.proposals import extract_document as run

    return run(store, document_id, actor=actor)


def extract_all(store, progress_callback=None, workers: int | None = None) -> list[dict]:
    """Extract every stored document not yet extracted by this version, in `workers` processes
    (default: one per CPU core; see guwah.extract.proposals.extract_all)."""
    from guwah.extract.proposals import extract_all as run

    return run(store, progress_callback, workers)


__all__ = ["EXTRACTOR", "VERSION", "extract_all", "extract_document", "extract_file", "extract_text", "extract_texts",
           "parse_document_date", "run_pipeline"]
