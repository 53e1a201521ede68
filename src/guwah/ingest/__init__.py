"""Ingest: store an original untouched, read its text, record provenance, consent and custody.

Each file is ingested in its own transaction. A file that fails leaves nothing behind: no
database row and no original on disk.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError as DatabaseIntegrityError
from sqlalchemy.orm import Session

from guwah.domain import AssertedByKind, ConsentLevel, CustodyAction, ReviewState
from guwah.errors import N_, InputError, Interrupted, NotFound, Term, Text, english_ngettext
from guwah.ingest.files import read_regular_file
from guwah.ingest.metadata import (
    MISSPELT_SUFFIXES,
    SIDECAR_SUFFIX,
    Metadata,
    folded,
    is_sidecar,
    metadata_from_mapping,
    read_sidecar,
    stated_metadata,
)
from guwah.ingest.readers import ReadResult, read_document
from guwah.language import detect_language
from guwah.names.scripts import detect_script
from guwah.search import index_document
from guwah.storage import Store
from guwah.storage.blobs import sha256_hex
from guwah.storage.tables import (
    CustodyEvent,
    Document,
    Event,
    Person,
    PersonAttribute,
    PersonName,
    Relation,
    Source,
    Testimony,
    ViolationCoding,
)

log = logging.getLogger(__name__)

INGESTED, DUPLICATE, FAILED = "ingested", "duplicate", "failed"


@dataclass(frozen=True)
class IngestOutcome:
    path: Path
    status: str  # ingested | duplicate | failed
    document_id: int | None = None
    sha256: str | None = None
    reason: str | None = None
    pages_needing_ocr: tuple[int, ...] = ()
    skipped: tuple[str, ...] = ()  # parts of the file not read into its text, counted (ReadResult.skipped)
    text: Text | None = None  # a failure's reason, translatable, when the refusal has one (the web's)


def interrupted(outcomes: list[IngestOutcome], files: list[Path]) -> Interrupted:
    """The Interrupted to raise when Ctrl-C stops ingesting `files` after `outcomes` (the first
    len(outcomes) of them): counts by status and the first file not ingested. The file being read
    when it came was stored whole or not at all (ingest_file's session and blob clean-up)."""
    counts = ", ".join(f"{sum(o.status == status for o in outcomes)} {status}" for status in (INGESTED, DUPLICATE, FAILED))
    left = files[len(outcomes):]
    rest = (f"{len(left)} not ingested, from {left[0]} on: run the same command again (the files done come back "
            "as duplicates)") if left else "none left"
    return Interrupted(f"{len(outcomes)} of {english_ngettext('%d file', '%d files', len(files)) % len(files)} done ({counts}); {rest}; nothing half-stored")


def _sidecar_names(path: Path) -> set[Path]:
    """Every name a sidecar of `path` may have, misspelt ones included (metadata.sidecar_for reads them)."""
    return {path.parent / (base + suffix) for base in (path.stem, path.name)
            for suffix in (SIDECAR_SUFFIX, *MISSPELT_SUFFIXES)}


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and every file under named folders (sorted; hidden files skipped).

    A path that does not exist is yielded as is, so that it is reported, and so is a sidecar named
    without its testimony (`guwah ingest a.meta.yaml`: ingest_file says why it is not one); one
    named beside its testimony (a shell's `inbox/*`) is read with it. Under a folder, a sidecar is
    skipped when a testimony beside it carries its name, and yielded (so reported) when none does
    (`Interview.meta.yaml` beside `interview.txt`), since its consent and witness would otherwise
    be dropped without a word; so is anything that is not a folder (a FIFO: "not a regular file")
    or is a symbolic link (never followed: ingest_file refuses it), and a folder holding nothing to
    ingest is yielded itself.
    """
    paths = [Path(path) for path in paths]
    named = {path.parent / name for path in paths if not is_sidecar(path)
             for name in (path.stem + SIDECAR_SUFFIX, path.name + SIDECAR_SUFFIX)}
    for path in paths:
        if is_sidecar(path) and path in named:
            continue
        if path.is_dir():
            children = [child for child in sorted(path.rglob("*"))
                        if (child.is_symlink() or not child.is_dir())
                        and not any(part.startswith(".") for part in child.relative_to(path).parts)]
            owned = {name for child in children if not is_sidecar(child) for name in _sidecar_names(child)}
            found = [child for child in children if not is_sidecar(child) or child not in owned]
            yield from found or [path]  # ingest_file says why an empty folder gave nothing
        else:
            yield path  # a sidecar named on its own is reported as failed by ingest_file


def find_document(store: Store, session: Session, sha_or_prefix: str) -> Document | None:
    """The document whose original's SHA-256 is, or starts with, the given hex (≥ 8 digits)."""
    key = sha_or_prefix.strip().lower()
    if len(key) < 8 or any(c not in "0123456789abcdef" for c in key):
        raise InputError(f"a document hash needs at least 8 hex digits, got {sha_or_prefix!r}")
    if len(key) == 64:
        return session.scalar(select(Document).where(Document.fingerprint == store.blobs.fingerprint(key)))
    # The plain hashes are sealed, so a prefix is matched after opening them.
    matches = [d for d in session.scalars(select(Document)) if d.sha256.startswith(key)]
    if len(matches) > 1:
        raise InputError(f"hash prefix {key!r} matches more than one document")
    return matches[0] if matches else None


def _sidecar_refusal(path: Path) -> str:
    """Why a sidecar given as a file to ingest is not one (names of files only, never content)."""
    if path.parent.is_dir() and any(path in _sidecar_names(other) for other in path.parent.iterdir()
                                    if other != path and not other.is_dir() and not is_sidecar(other)):
        return "a sidecar (metadata) file, not a testimony: name the testimony file, and its sidecar beside it is read"
    return ("a sidecar (metadata) file, not a testimony, and no testimony beside it has its name, so it was not "
            "read: name it after its testimony (the sidecar of interview.txt is interview.meta.yaml)")


def _archive_file_refusal(store: Store, path: Path | None, data: bytes) -> str | None:
    """Why a file is the archive's own and never a testimony: its master key (GUWAH_KEY_FILE, or a copy
    of its bytes under another name, uploaded included: `path` None) or a file inside its data directory
    (the database, the keyring, the encrypted originals). Stored, it would be a document every member
    can read. None otherwise."""
    settings = store.settings
    key_file = settings.key_file
    try:
        if key_file.is_file() and ((path is not None and path.resolve() == key_file.resolve()) or
                                   data.strip() == key_file.read_bytes().strip()):
            return "the archive's master key (GUWAH_KEY_FILE): it is never stored as a testimony"
    except OSError:
        pass  # a key file this account cannot read is refused where the archive opens, not here
    if path is not None and path.resolve().is_relative_to(settings.data_dir):
        return "a file of the archive itself (inside GUWAH_DATA_DIR): it is never stored as a testimony"
    return None


def ingest_file(store: Store, path: Path, overrides: dict | None = None, *, actor: str | None = None) -> IngestOutcome:
    """Ingest one file; never raises InputError — a bad file comes back as a failed outcome.

    `overrides`: the CLI's flags, by Metadata field (over the sidecar beside the file, stricter
    only); `actor`: the account the audit and custody entries name (GUWAH_ACTOR's by default)."""
    path = Path(path)
    try:
        if is_sidecar(path):
            raise InputError(_sidecar_refusal(path))
        if path.is_symlink():
            # Never followed: a link in a folder someone sent (an unpacked zip keeps its links) would
            # otherwise store any file this account can read — the master key, an SSH key — as a
            # testimony that every member can read.
            raise InputError("a symbolic link, not a file: links are not followed; name the file it points to")
        if path.is_dir():
            raise InputError("a folder with no file to ingest (hidden files are skipped)")
        data = read_regular_file(path, store.settings.max_file_bytes)
        own = _archive_file_refusal(store, path, data)
        if own is not None:
            raise InputError(own)
        return _ingest(store, path, data, stated_metadata(path, overrides or {}), actor or store.settings.actor)
    except InputError as error:
        return _failed(path, error)


# The longest file name an upload may carry (most file systems' limit, in characters here).
MAX_UPLOAD_NAME = 255


def ingest_upload(store: Store, name: str, data: bytes, fields: dict, *, actor: str) -> IngestOutcome:
    """Ingest one file sent through the web's intake form: what `ingest_file` does for a file on disk
    with no sidecar, its form's `fields` (by Metadata field, as a sidecar states them; blank ones left
    out) in the sidecar's place, and `actor` (the signed-in account) named by the audit and custody
    entries. The bytes are never written anywhere but the store's encrypted originals.

    `name` is the file's name as the browser sent it (its folder, if any, dropped): its suffix picks the
    reader. The form's consent is required (no default: a page that forgot it must not store a
    testimony as confidential by accident, nor publish one). Never raises InputError: a bad file or
    field comes back as a failed outcome, nothing stored; a duplicate of stored bytes as DUPLICATE with
    the stored document's id."""
    path = Path(_upload_name(name) or "upload")
    try:
        path = Path(_checked_upload_name(name))
        limit = store.settings.max_file_bytes
        if len(data) > limit:
            raise InputError(Text(TOO_BIG, {"limit": megabytes(limit)}))
        given = {key: value for key, value in fields.items() if value is not None and str(value).strip()}
        if "consent" not in given:
            raise InputError(Text(NO_CONSENT))
        own = _archive_file_refusal(store, None, data)
        if own is not None:
            raise InputError(own)
        stated = {k: v for k, v in metadata_from_mapping(folded(given), origin="form").items() if v is not None}
        return _ingest(store, path, data, stated, actor)
    except InputError as error:
        return _failed(path, error)


# The name a pasted testimony's original is stored under (a text file: `read_document` reads it so).
PASTED_NAME = "pasted.txt"


def ingest_pasted(store: Store, text: str, fields: dict, *, actor: str) -> IngestOutcome:
    """Ingest a testimony whose text was pasted into the web's intake (an e-mail, a chat) as an
    uploaded .txt file is (`ingest_upload`): its UTF-8 bytes kept untouched (encrypted) and hashed as
    the original, PASTED_NAME its name, the form's `fields` stated as a sidecar states them, and its
    custody record saying it was pasted, by `actor` (the signed-in account). Never raises InputError:
    empty text, text over GUWAH_MAX_FILE_BYTES or no consent comes back as a failed outcome, nothing
    stored; text stored already as DUPLICATE with the stored document's id."""
    path = Path(PASTED_NAME)
    try:
        if not str(text or "").strip():
            raise InputError(Text(NO_TEXT))
        data = text.encode("utf-8")
        limit = store.settings.max_file_bytes
        if len(data) > limit:
            raise InputError(Text(TEXT_TOO_BIG, {"limit": megabytes(limit)}))
        given = {key: value for key, value in fields.items() if value is not None and str(value).strip()}
        if "consent" not in given:
            raise InputError(Text(NO_CONSENT))
        stated = {k: v for k, v in metadata_from_mapping(folded(given), origin="form").items() if v is not None}
        return _ingest(store, path, data, stated, actor, received={"pasted": True})
    except InputError as error:
        return _failed(path, error)


# Refusals the intake page shows (in the reader's language, `guwah.web.i18n.localize`).
# A unit's abbreviation after a number, which no language inflects (a count of "bytes" would need
# plural forms): `megabytes`.
TOO_BIG = N_("the file is over the %(limit)s MB limit: nothing was stored")
NO_CONSENT = N_("choose the consent the witness gave: nothing is stored without it")
NO_NAME = N_("the file has no name: choose the file again")
BAD_NAME = N_("the file's name contains an invisible or control character: rename the file and send it again")
NO_TEXT = N_("paste the text of the testimony: nothing was stored")
TEXT_TOO_BIG = N_("the text is over the %(limit)s MB limit: nothing was stored")
SIDECAR_UPLOAD = N_("a sidecar (metadata) file, not a testimony: send the testimony and fill in the form instead")


def megabytes(size: int) -> str:
    """`size` bytes in MB (2**20 bytes), to one decimal, a whole number without it ("50", "0.5")."""
    return f"{size / 2**20:.1f}".removesuffix(".0")


def _upload_name(name: str) -> str:
    """The last part of a name a browser sent (some send the folder: C:\\Users\\…\\a.pdf)."""
    return re.split(r"[/\\]", str(name or ""))[-1].strip()


def _checked_upload_name(name: str) -> str:
    """`_upload_name`, or InputError for none, one with a control or text-direction character (it is
    stored and shown as the original's name), one too long, or a sidecar's."""
    from guwah.characters import unsafe_character

    base = _upload_name(name)
    if not base or base in (".", ".."):
        raise InputError(Text(NO_NAME))
    if unsafe_character(base, "") is not None or len(base) > MAX_UPLOAD_NAME:
        raise InputError(Text(BAD_NAME))
    if is_sidecar(Path(base)):
        raise InputError(Text(SIDECAR_UPLOAD))
    return base


def _failed(path: Path, error: InputError) -> IngestOutcome:
    log.info("ingest failed for one file: %s", error.message)
    return IngestOutcome(path, FAILED, reason=error.message, text=error.text)


def _ingest(store: Store, path: Path, data: bytes, stated: dict, actor: str,
            received: dict | None = None) -> IngestOutcome:
    """The bytes `data` of a file named `path`, with what its sidecar, flags or form state (`stated`),
    stored for `actor` (InputError for a duplicate that asks for a stricter consent or later embargo than
    the stored document has, or for bytes no reader reads); ingest_file's, ingest_upload's and
    ingest_pasted's one path. `received`: more the custody record of its receipt says (pasted)."""
    meta = replace(Metadata(), **stated)
    sha = sha256_hex(data)
    with store.session() as session:
        existing = _existing(store, session, sha)
        unapplied = _stricter_than_stored(session, existing, stated) if existing is not None else None
    if unapplied is not None:
        raise InputError(unapplied)
    if existing is not None:
        return IngestOutcome(path, DUPLICATE, existing, sha, _duplicate_reason(existing, stated))
    read = read_document(path.name, data, max_unpacked_bytes=store.settings.max_unpacked_bytes,
                         max_html_bytes=store.settings.max_html_bytes)
    return _store(store, path, data, sha, read, meta, tuple(sorted(stated)), actor, received or {})


def _store(store: Store, path: Path, data: bytes, sha: str, read: ReadResult, meta: Metadata,
           stated: tuple[str, ...], actor: str, received: dict) -> IngestOutcome:
    fingerprint, created = store.blobs.put(data)
    try:
        with store.session() as session:
            document_id = _record(store, session, path, data, sha, fingerprint, read, meta, stated, actor, received)
    except DatabaseIntegrityError:
        # Another process stored the same bytes between our check and our insert.
        with store.session() as session:
            existing = _existing(store, session, sha)
        if existing is None:
            if created:
                store.blobs.remove(fingerprint)
            raise
        return IngestOutcome(path, DUPLICATE, existing, sha, f"same bytes as document {existing}")
    except BaseException:
        if created:
            store.blobs.remove(fingerprint)
        raise
    log.info("ingested document %s (original %s)", document_id, fingerprint[:12])  # never the plain hash
    return IngestOutcome(path, INGESTED, document_id, sha, pages_needing_ocr=tuple(read.pages_needing_ocr),
                         skipped=read.skipped)


def _duplicate_reason(document_id: int, stated: dict) -> str:
    """What the outcome of ingesting stored bytes again says: which document holds them and, when a
    sidecar or flags state metadata, that none of it was applied and how to change what is stored
    (a sidecar renamed after the ingest would otherwise seem to have been read)."""
    reason = f"same bytes as document {document_id}"
    if not stated:
        return reason
    return (f"{reason}; its sidecar and flags were not applied (ingesting again changes nothing stored): "
            f"a stricter consent is set with `guwah consent set {document_id} LEVEL`, an embargo with "
            f"`guwah consent embargo {document_id} --until YYYY-MM-DD`; a sidecar the first ingest missed is "
            f"recorded with `guwah attach-sidecar {document_id} SIDECAR` while the document has no recorded consent")


def _stricter_than_stored(session: Session, document_id: int, stated: dict) -> str | None:
    """Why ingesting these bytes again must fail rather than pass as a duplicate: the sidecar or the
    flags ask for a lower consent or a later embargo than the stored document has, which a
    re-ingest does not apply (the volunteer who corrected a sidecar would believe it had been);
    None when they ask for nothing stricter. The message says what to run instead."""
    from guwah.publish import stricter

    testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
    if testimony is None:
        return None
    wants = []
    consent = stated.get("consent")
    if consent is not None and stricter(consent.value, testimony.consent) != testimony.consent:
        wants.append(f"consent {consent.value} (stored: {testimony.consent}; run "
                     f"`guwah consent set {document_id} {consent.value}`)")
    embargo = stated.get("embargo_until")
    if embargo is not None and (testimony.embargo_until is None or embargo > testimony.embargo_until):
        stored = testimony.embargo_until.isoformat() if testimony.embargo_until else "none"
        wants.append(f"an embargo until {embargo.isoformat()} (stored: {stored}; to keep it off the public "
                     f"site run `guwah release withdraw {document_id} --reason …` and "
                     f"`guwah consent set {document_id} confidential`)")
    if not wants:
        return None
    return (f"same bytes as document {document_id}, which ingesting again does not change: it asks for "
            + " and ".join(wants))


def _existing(store: Store, session: Session, sha: str) -> int | None:
    return session.scalar(select(Document.id).where(Document.fingerprint == store.blobs.fingerprint(sha)))


def _record(store: Store, session: Session, path: Path, data: bytes, sha: str, fingerprint: str,
            read: ReadResult, meta: Metadata, stated: tuple[str, ...], actor: str, received: dict) -> int:
    translation_of = _translated(store, session, meta)
    language = meta.language or detect_language(read.text)
    document = Document(
        fingerprint=fingerprint, sha256=sha, original_name=path.name, media_type=read.media_type,
        size=len(data), text=read.text, text_sha256=sha256_hex(read.text.encode("utf-8")),
        text_encoding=read.encoding, language=language,
        pages_needing_ocr=list(read.pages_needing_ocr),
    )
    session.add(document)
    session.flush()
    store.audit(session, actor, "ingest", "document", document.id, media_type=read.media_type, size=len(data),
                consent=meta.consent.value, **received)  # ids, sizes, levels: never names, text or hashes
    # `stated`: which metadata fields a sidecar or flags gave (names only), so that a sidecar is
    # attached later only to a document that had none (`attach_sidecar`).
    session.add(CustodyEvent(document_id=document.id, action=CustodyAction.RECEIVED.value, actor=actor,
                             detail={"original_name": path.name, "sha256": sha, "size": len(data),
                                     "stated": list(stated), **received}))
    session.add(CustodyEvent(document_id=document.id, action=CustodyAction.TEXT_EXTRACTED.value, actor=actor,
                             detail={"reader": read.media_type, "text_sha256": document.text_sha256,
                                     "chars": len(read.text), "pages_needing_ocr": list(read.pages_needing_ocr),
                                     **({"skipped": list(read.skipped)} if read.skipped else {})}))
    index_document(session, store.ring, document.id, read.text)
    _record_provenance(session, actor, document, Testimony(document_id=document.id, language=language), meta,
                       translation_of, read.title)
    return document.id


def _translated(store: Store, session: Session, meta: Metadata, document_id: int | None = None) -> int | None:
    """The id of the document `meta.translation_of` names, or None when it names none; InputError for a
    hash that names no stored document, or (`document_id`, a document being described) the document
    itself or one that is already its translation."""
    if not meta.translation_of:
        return None
    original = original_document(store, session, meta.translation_of)
    if document_id is not None:
        from guwah.publish import _chain

        if any(t is not None and t.document_id == document_id for t in _chain(session, original.id)):
            raise InputError(f"translation_of names document {document_id} itself or a translation of it")
    return original.id


# Refusals of `translation_of` (a sidecar's key, the CLI's --translation-of, the intake form's box).
NOT_AN_ORIGINAL = N_("%(field)s must be a document's number or at least 8 hex digits of its SHA-256, got '%(value)s'")
NOT_A_REFERENCE = N_("%(field)s must be a document's number or at least 8 hex digits of its SHA-256; "
                     "what was given is neither")
NO_ORIGINAL = N_("%(field)s names no stored document: nothing was stored")
TWO_ORIGINALS = N_("%(field)s: the hash prefix matches more than one document; give more of its digits")


def original_document(store: Store, session: Session, ref: str) -> Document:
    """The document `ref` names as the original of a translation: its number (decimal, no leading
    zero, under 8 digits) or its SHA-256 or a unique prefix of it (≥ 8 hex digits). Every role that may
    ingest may read every document (`guwah.accounts.permissions`), so none is hidden here. InputError
    (a Text naming the field) for anything else, echoing the value only when it is hex digits (a name
    typed in the wrong box is never repeated into a log)."""
    field = Term("metadata_field", "translation_of")  # the form's label on a page, the key in a terminal
    key = str(ref).strip().lower()
    hexadecimal = all(c in "0123456789abcdef" for c in key)
    if key.isdecimal() and not key.startswith("0") and len(key) < 8:
        document = session.get(Document, int(key))
    elif hexadecimal and len(key) >= 8:
        try:
            document = find_document(store, session, key)
        except InputError:
            raise InputError(Text(TWO_ORIGINALS, {"field": field})) from None
    elif hexadecimal:
        raise InputError(Text(NOT_AN_ORIGINAL, {"field": field, "value": key}))
    else:
        raise InputError(Text(NOT_A_REFERENCE, {"field": field}))
    if document is None:
        raise InputError(Text(NO_ORIGINAL, {"field": field}))
    return document


def _record_provenance(session: Session, actor: str, document: Document, testimony: Testimony, meta: Metadata,
                       translation_of: int | None, title_read: str | None) -> None:
    """Record what a sidecar and flags state of a document (`meta`): its source (with the title read
    from the file where none is given), and on its testimony record the consent, embargo, interview,
    submitter, the original it translates (`translation_of`, an id) and the witness, as a person
    whose name cites the document. Ingest's, and `attach_sidecar`'s for a document that had none."""
    if meta.has_source() or title_read:
        source = document.source or Source()
        source.publisher, source.url, source.author = meta.publisher, meta.url, meta.author
        source.title, source.published_on, source.retrieved_on = meta.title or title_read, meta.published, meta.retrieved
        source.language, source.licence = meta.language, meta.licence
        document.source = source
    testimony.witness = _witness(session, actor, document, meta)
    testimony.interview_date, testimony.interviewer = meta.interview_date, meta.interviewer
    testimony.translation_of_id = translation_of
    testimony.consent, testimony.consent_note = meta.consent.value, meta.consent_note
    testimony.embargo_until = meta.embargo_until
    testimony.submitter, testimony.submitter_contact = meta.submitter, meta.submitter_contact
    session.add(testimony)


def _witness(session: Session, actor: str, document: Document, meta: Metadata) -> Person | None:
    """The witness named in the metadata, as a person whose name cites this document."""
    if meta.witness is None:
        return None
    from guwah.registry import record_consent

    person = Person(consent=meta.witness.consent.value, contact=meta.witness.contact)
    if meta.witness.consent_stated:
        record_consent(person, meta.witness.consent.value)
    session.add(person)
    session.add(PersonName(
        person=person, name=meta.witness.name, script=detect_script(meta.witness.name), language=meta.witness.language,
        evidence_document_id=document.id,  # no span: the name comes from the metadata
        asserted_by_kind=AssertedByKind.USER.value, asserted_by=actor,
        review_state=ReviewState.ACCEPTED.value,
    ))
    return person


def attach_sidecar(store: Store, document_id: int, sidecar: Path) -> list[str]:
    """Record a sidecar for a document ingested without one (its sidecar was named for another file,
    say): what ingest would have recorded had it stood beside the file (`_record_provenance`),
    audited, with a custody event. Returns the names of the fields it stated.

    Refused (InputError, nothing changed) for a sidecar that is not valid or states nothing, and for
    a document that already holds a recorded consent or provenance (`_recorded_already`): a sidecar
    never replaces what was recorded; consent is then changed with `guwah consent set`, which waits
    for a second reviewer to raise it. NotFound for an unknown document.
    """
    from dataclasses import replace

    stated = read_sidecar(Path(sidecar))
    if not stated:
        raise InputError(f"{Path(sidecar).name} states no metadata: nothing to attach")
    meta = replace(Metadata(), **stated)
    actor = store.settings.actor
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"no document {document_id}", value=document_id)
        refusal = _recorded_already(session, document)
        if refusal is not None:
            raise InputError(refusal, value=document_id)
        translation_of = _translated(store, session, meta, document_id)
        testimony = document.testimony or Testimony(document_id=document.id, language=document.language)
        if meta.language:
            document.language = testimony.language = meta.language
        _record_provenance(session, actor, document, testimony, meta, translation_of,
                           document.source.title if document.source else None)
        fields = sorted(stated)
        store.audit(session, actor, "attach_sidecar", "document", document.id, fields=fields,
                    consent=meta.consent.value)  # field names and the level only, as ingest's entry
        session.add(CustodyEvent(document_id=document.id, action=CustodyAction.METADATA_ATTACHED.value, actor=actor,
                                 detail={"sidecar": Path(sidecar).name, "stated": fields}))
    log.info("attached a sidecar to document %s", document_id)
    return fields


def _recorded_already(session: Session, document: Document) -> str | None:
    """Why a sidecar may not be attached to `document`, or None when it holds nothing one would
    replace: it was erased; ingest recorded a sidecar or flags for it (the received event's
    `stated`); its testimony record holds a consent other than the default confidential, a witness,
    a consent note, an embargo or any other field a sidecar gives; its consent or embargo was
    changed since (a pending or decided raise, a shortened embargo); its source holds more than the
    title read from the file. Field names and levels only, never values."""
    from guwah.protection.erasure import is_erased
    from guwah.storage.tables import ConsentChange, EmbargoChange

    document_id = document.id
    if is_erased(document):
        return f"document {document_id} was erased at a witness's request: nothing can be attached to it"
    received = next((event for event in document.custody if event.action == CustodyAction.RECEIVED.value), None)
    stated = (received.detail or {}).get("stated") if received is not None else None
    if stated:
        return (f"document {document_id} was ingested with metadata ({', '.join(stated)}): a sidecar never replaces "
                f"it; change its consent with `guwah consent set {document_id} LEVEL`")
    testimony = document.testimony
    if testimony is not None:
        held = [name for name, value in (
            ("consent", testimony.consent != ConsentLevel.CONFIDENTIAL.value), ("witness", testimony.witness_id),
            ("consent_note", testimony.consent_note), ("embargo_until", testimony.embargo_until),
            ("interview_date", testimony.interview_date), ("interviewer", testimony.interviewer),
            ("translation_of", testimony.translation_of_id), ("submitter", testimony.submitter),
            ("submitter_contact", testimony.submitter_contact)) if value]
        if held:
            return (f"document {document_id} already has a recorded consent or provenance ({', '.join(held)}; "
                    f"consent {testimony.consent}): a sidecar never replaces it; change its consent with "
                    f"`guwah consent set {document_id} LEVEL`")
    changed = (session.scalar(select(ConsentChange.id).where(ConsentChange.document_id == document_id).limit(1))
               or session.scalar(select(EmbargoChange.id).where(EmbargoChange.document_id == document_id).limit(1)))
    if changed is not None:
        return (f"document {document_id}'s consent or embargo was changed after ingest: that is its recorded "
                "consent, which a sidecar never replaces")
    source = document.source
    if source is not None and any((source.publisher, source.url, source.author, source.published_on,
                                   source.retrieved_on, source.language, source.licence)):
        return f"document {document_id} already has a recorded source: a sidecar never replaces it"
    return None


def ingest_paths(store: Store, paths: Iterable[Path], overrides: dict | None = None) -> Iterator[IngestOutcome]:
    """Ingest every file under `paths`, one transaction each, yielding an outcome per file."""
    for path in iter_files(paths):
        yield ingest_file(store, path, overrides)


_FACT_TABLES = (PersonName, PersonAttribute, Event, ViolationCoding, Relation)


def reread_document(store: Store, document_id: int) -> bool:
    """Read a stored original's text again (after a reader improved); True if the text changed.

    Facts cite character offsets into the text, so a document whose text facts already cite is
    refused rather than silently shifted under them, and so is an erased document (InputError).
    The change goes to the custody log.
    """
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"no document {document_id}", value=document_id)
        from guwah.protection.erasure import is_erased

        if is_erased(document):
            raise InputError(f"document {document_id} was erased at a witness's request: there is no original to read",
                             value=document_id)
        cited = any(
            session.scalar(select(table.id).where(table.evidence_document_id == document_id,
                                                  table.evidence_start.is_not(None)).limit(1))
            for table in _FACT_TABLES
        )
        read = read_document(document.original_name, store.blobs.get(document.fingerprint),
                             max_unpacked_bytes=store.settings.max_unpacked_bytes,
                             max_html_bytes=store.settings.max_html_bytes)
        if read.text == document.text:
            return False
        if cited:
            raise InputError(f"document {document_id} has facts citing its text; re-reading would move "
                             "their evidence: review or remove them first")
        old_hash = document.text_sha256
        document.text = read.text
        document.text_sha256 = sha256_hex(read.text.encode("utf-8"))
        document.pages_needing_ocr = list(read.pages_needing_ocr)
        index_document(session, store.ring, document.id, read.text)
        session.add(CustodyEvent(document_id=document.id, action=CustodyAction.RE_EXTRACTED.value,
                                 actor=store.settings.actor,
                                 detail={"reader": read.media_type, "old_text_sha256": old_hash,
                                         "text_sha256": document.text_sha256, "chars": len(read.text)}))
        return True
