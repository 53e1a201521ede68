"""Read the text out of an original file: plain text, HTML, PDF and Word.

Each reader takes the file's bytes and returns a `ReadResult`, or raises InputError with a
reason a person can act on. Readers never touch the database or the disk.
"""

from __future__ import annotations

import codecs
import io
import logging
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from guwah.errors import InputError


@dataclass(frozen=True)
class ReadResult:
    text: str
    media_type: str
    encoding: str | None = None
    title: str | None = None
    pages_needing_ocr: list[int] = field(default_factory=list)


MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

# pypdf logs every repair it attempts; our own one-line reason is what the user needs.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01


def supported_suffixes() -> list[str]:
    return sorted(MEDIA_TYPES)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding: BOM, then UTF-8, then detection. Returns (text, encoding)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_textual(data.decode(encoding)), encoding
            except UnicodeDecodeError as error:
                raise InputError(f"cannot be decoded as {encoding} despite its byte-order mark") from error
    if b"\x00" in data:
        raise InputError("binary content (NUL bytes), not text")
    try:
        return _check_textual(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("text encoding could not be detected (undecodable or binary)")
    return _check_textual(str(best)), best.encoding


def _check_textual(text: str) -> str:
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise InputError("binary content (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_plain(data: bytes) -> ReadResult:
    text, encoding = decode_text(data)
    return ReadResult(text=text, media_type="text/plain", encoding=encoding)


def read_html(data: bytes) -> ReadResult:
    """Main text of a web page; menus, share buttons and other page furniture dropped."""
    import trafilatura

    markup, encoding = decode_text(data)
    extracted = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
    )
    text = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    if not text.strip():
        raise InputError("no main text found in the HTML page")
    title = getattr(extracted, "title", None)
    return ReadResult(text=text, media_type="text/html", encoding=encoding, title=title)


def read_pdf(data: bytes) -> ReadResult:
    """The PDF's text layer, page by page; pages without one are listed as needing OCR."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.startswith(b"%PDF"):
        raise InputError("not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("the PDF is password-protected")
        pages: list[str] = []
        needing_ocr: list[int] = []
        for number, page in enumerate(reader.pages, start=1):
            page_text = (page.extract_text() or "").strip()
            if not page_text:
                needing_ocr.append(number)
            pages.append(page_text)
        title = reader.metadata.title if reader.metadata else None
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise InputError(f"corrupt PDF ({type(error).__name__})") from error
    if not pages:
        raise InputError("the PDF has no pages")
    # Pages are separated by a form feed, so offsets stay page-addressable.
    return ReadResult(
        text="\n\f\n".join(pages),
        media_type="application/pdf",
        title=title or None,
        pages_needing_ocr=needing_ocr,
    )


def check_zip_container(data: bytes, max_unpacked_bytes: int) -> None:
    """Refuse archives that are corrupt or would unpack to more than the limit (zip bombs)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            total = sum(info.file_size for info in infos)
            if total > max_unpacked_bytes:
                raise InputError(
                    f"archive would unpack to {total:,} bytes, over the {max_unpacked_bytes:,} limit"
                    " (possible zip bomb)"
                )
            bad = archive.testzip()
            if bad is not None:
                raise InputError(f"corrupt archive member {bad!r}")
    except zipfile.BadZipFile as error:
        raise InputError("corrupt DOCX (not a valid zip archive)") from error


def read_docx(data: bytes, max_unpacked_bytes: int) -> ReadResult:
    """Paragraphs and tables of a Word document, in document order."""
    import docx
    from docx.table import Table

    check_zip_container(data, max_unpacked_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    blocks.append("\t".join(cell.text for cell in row.cells))
            else:
                blocks.append(block.text)
        title = document.core_properties.title or None
    except Exception as error:  # python-docx raises assorted lxml/opc errors on broken parts
        raise InputError(f"corrupt DOCX ({type(error).__name__})") from error
    return ReadResult(text="\n".join(blocks), media_type=MEDIA_TYPES[".docx"], title=title)


def read_document(name: str, data: bytes, *, max_unpacked_bytes: int) -> ReadResult:
    """Dispatch on the file's suffix; raise InputError for unsupported or unreadable input."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise InputError(
            f"unsupported file type {suffix or '(no suffix)'!r}; supported: "
            + ", ".join(supported_suffixes())
        )
    if not data:
        raise InputError("empty file")
    if suffix in (".txt", ".md"):
        result = read_plain(data)
        result = ReadResult(text=result.text, media_type=MEDIA_TYPES[suffix], encoding=result.encoding)
    elif suffix in (".html", ".htm"):
        result = read_html(data)
    elif suffix == ".pdf":
        result = read_pdf(data)
    else:
        result = read_docx(data, max_unpacked_bytes)
    if not result.text.strip() and not result.pages_needing_ocr:
        raise InputError("no text in the file")
    return result
