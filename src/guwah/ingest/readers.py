"""Read the text out of an original file: plain text, HTML, PDF and Word.

Each reader takes the file's bytes and returns a `ReadResult`, or raises InputError with a
reason a person can act on. Readers never touch the database or the disk. `read_document` is the
one boundary where anything else a parser raises on hostile input becomes an InputError.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from guwah.errors import N_, InputError, Text
from guwah.ingest.paragraphs import Line, join_pages, page_lines

# The refusals the web's intake page shows too (`guwah.web.routes.intake`), in its reader's language;
# the CLI prints them in English. "%%PDF" is the header's "%PDF" (a literal percent sign).
EMPTY = N_("empty file")
NO_TEXT = N_("no text in the file")
UNSUPPORTED = N_("unsupported file type %(suffix)s; supported: %(supported)s")
UNREADABLE = N_("unreadable %(kind)s (%(error)s)")
PDF_NAMED_ELSE = N_("the file is a PDF (it begins with %%PDF-), not %(kind)s: give it the .pdf suffix")
NOT_A_PDF = N_("not a PDF file (no %%PDF header)")
PASSWORD_PDF = N_("the PDF is password-protected")
CORRUPT_PDF = N_("corrupt PDF (%(error)s)")
NO_PAGES = N_("the PDF has no pages")


@dataclass(frozen=True)
class ReadResult:
    text: str
    media_type: str
    encoding: str | None = None
    title: str | None = None
    pages_needing_ocr: list[int] = field(default_factory=list)
    # Parts of the file left out of the text, counted, never quoted ("1 Word comment"), so that the
    # ingest can say what the stored text does not hold.
    skipped: tuple[str, ...] = ()


MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

log = logging.getLogger(__name__)

# pypdf logs every repair it attempts; our own one-line reason is what the user needs.
logging.getLogger("pypdf").setLevel(logging.ERROR)
# trafilatura's warnings quote page text (e.g. "empty link: <text>"), which may be confidential.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

DEFAULT_MAX_HTML_BYTES = 5 * 1024 * 1024

# Inline elements that trafilatura unwraps. Unwrapping leaves one lxml text node per former
# element, and lxml joins a node's text pieces in quadratic time on every `.text` read, so a
# block with tens of thousands of them (a per-word <span> transcript) takes minutes.
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike "
    "strong sub sup time tt u var".split()
)
_MAX_INLINE_PER_BLOCK = 1000

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


def read_markdown(data: bytes) -> ReadResult:
    """The text of a Markdown file without its markup, parsed by markdown-it-py (CommonMark).

    Headings, paragraphs, list items, quotes and code blocks become paragraphs of plain text
    (blocks apart by a blank line, lines of one paragraph kept as they were written, the items of a
    tight list one to a line); emphasis marks, link targets, images' addresses (their alt text is
    kept) and inline HTML tags are dropped; escapes and entities are read ("\\*" is "*"). A reader saw
    `# Title` and `*word*` on the public page before; the original bytes are kept as they are.

    An HTML block (`<div>`, `<p>`, `<details>`…) is read as its text (`_html_block_text`), not
    dropped: a name written in one is the testimony's like any other. HTML comments are notes,
    not read, and counted in `skipped` ("1 HTML comment") so that the ingest says so.
    """
    from markdown_it import MarkdownIt

    text, encoding = decode_text(data)
    blocks: list[tuple[str, bool]] = []  # (text, an item of a tight list: its paragraph hidden)
    tokens = MarkdownIt("commonmark").parse(text)
    comments = 0
    for index, token in enumerate(tokens):
        if token.type == "inline":
            blocks.append((_inline_text(token.children or []), index > 0 and tokens[index - 1].hidden))
            comments += sum(len(_HTML_COMMENT.findall(child.content)) for child in token.children or []
                            if child.type == "html_inline")
        elif token.type in ("fence", "code_block"):
            blocks.append((token.content.rstrip("\n"), False))
        elif token.type == "html_block":
            comments += len(_HTML_COMMENT.findall(token.content))
            block = _html_block_text(_HTML_COMMENT.sub("", token.content))
            if block:
                blocks.append((block, False))
    parts: list[str] = []
    for index, (block, tight) in enumerate(blocks):
        if index:
            parts.append("\n" if tight and blocks[index - 1][1] else "\n\n")
        parts.append(block)
    skipped = _skipped(comments, "HTML comment")
    return ReadResult(text="".join(parts) + "\n" if parts else "", media_type=MEDIA_TYPES[".md"], encoding=encoding,
                      skipped=skipped)


def _skipped(count: int, what: str) -> tuple[str, ...]:
    """`ReadResult.skipped` for `count` parts of one kind left unread: ("2 Word comments",), or ()."""
    return (f"{count} {what}{'s' if count != 1 else ''}",) if count else ()


_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# HTML elements whose end ends a line of text, and those whose content is no text at all.
_HTML_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section summary table tr ul".split())
_HTML_NO_TEXT = ("script", "style", "template", "noscript")
# Elements whose hiding is a page's loading trick (shown by a script once styled), not furniture.
_NEVER_HIDDEN = frozenset({"html", "body"})


def _is_hidden(element) -> bool:
    """Whether an element is hidden from every reader by its own markup: the `hidden` attribute
    (but `hidden="until-found"`, text a reader's search reveals), `aria-hidden="true"`, or
    `display: none` or `visibility: hidden` (or `collapse`) in its style attribute. Such text is
    tracking, a spam trap or page furniture, not what the page says. The page's style sheets are
    applied apart (`_style_sheet_hidden`)."""
    if not isinstance(element.tag, str) or element.tag.lower() in _NEVER_HIDDEN:
        return False
    hidden = element.get("hidden")
    if hidden is not None and hidden.strip().lower() != "until-found":
        return True
    if (element.get("aria-hidden") or "").strip().lower() == "true":
        return True
    for declaration in (element.get("style") or "").split(";"):
        prop, _, value = declaration.partition(":")
        words = value.lower().replace("!important", " ").split()
        if (prop.strip().lower(), words[:1]) in (("display", ["none"]), ("visibility", ["hidden"]),
                                                 ("visibility", ["collapse"])):
            return True
    return False


# The declarations of a style sheet that hide an element from every reader.
_HIDING = {"display": ("none",), "visibility": ("hidden", "collapse")}
# <style media="…"> values that apply on a screen (a print-only sheet hides nothing there).
_SCREEN_MEDIA = frozenset({"", "all", "screen"})


def _declarations(tokens) -> dict[str, tuple[str, bool]]:
    """A rule's `display` and `visibility` declarations: property → (first value word, !important)."""
    import tinycss2

    found = {}
    for declaration in tinycss2.parse_blocks_contents(tokens, skip_comments=True, skip_whitespace=True):
        if declaration.type != "declaration" or declaration.lower_name not in _HIDING:
            continue
        words = tinycss2.serialize(declaration.value).lower().split()
        found[declaration.lower_name] = (words[0] if words else "", bool(declaration.important))
    return found


def _style_sheet_hidden(root) -> list:
    """The elements of `root` that its own <style> sheets hide (`display: none`, `visibility:
    hidden` or `collapse`) once the cascade is applied: tinycss2 parses the sheets, cssselect (through
    lxml) matches their selectors, and for each element the declaration of the highest
    (!important, specificity, order) wins, as a browser decides. Only top-level rules of sheets for
    the screen count (an @media block, a print-only sheet hide nothing on a screen here), and only
    selectors that match elements (a pseudo-element's content is none of the page's text; a dynamic
    pseudo-class such as :hover matches nothing). Nothing is fetched: linked sheets are not read."""
    import tinycss2
    from cssselect import SelectorError, parse
    from cssselect.xpath import ExpressionError
    from lxml.cssselect import CSSSelector

    winning: dict = {}  # element -> property -> ((important, specificity, order), value)
    order = 0
    for style in root.iter("style"):
        if " ".join((style.get("media") or "").lower().split()) not in _SCREEN_MEDIA:
            continue
        for rule in tinycss2.parse_stylesheet(style.text or "", skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule":
                continue
            declarations = _declarations(rule.content)
            if not declarations:
                continue
            try:
                selectors = parse(tinycss2.serialize(rule.prelude))
            except SelectorError:
                continue
            for selector in selectors:
                order += 1
                try:
                    matched = CSSSelector(selector.canonical(), translator="html")(root)
                except (SelectorError, ExpressionError):
                    continue
                for element in matched:
                    for prop, (value, important) in declarations.items():
                        key = (important, selector.specificity(), order)
                        held = winning.setdefault(element, {})
                        if prop not in held or key > held[prop][0]:
                            held[prop] = (key, value)
    return [element for element, held in winning.items()
            if isinstance(element.tag, str) and element.tag.lower() not in _NEVER_HIDDEN
            and any(value in _HIDING[prop] for prop, (_, value) in held.items())]


def _drop_hidden(root) -> int:
    """Remove the elements of `root` hidden from readers (`_is_hidden`, or by the page's own style
    sheets: `_style_sheet_hidden`) with their content, keeping the text that follows each; returns
    how many were removed."""
    hidden = [element for element in root.iter() if _is_hidden(element)]
    own = set(hidden)
    hidden += [element for element in _style_sheet_hidden(root) if element not in own]
    for element in hidden:
        element.drop_tree()
    return len(hidden)


def _html_block_text(markup: str) -> str:
    """The text of an HTML block of a Markdown file (lxml's HTML parser, which neither fetches nor
    runs anything): a line per block element, blank lines and scripts and styles left out."""
    from lxml import etree, html

    if not markup.strip():
        return ""
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except etree.ParserError:  # a block holding no element or text: <!DOCTYPE html>, <?php … ?>
        return ""
    etree.strip_elements(root, *_HTML_NO_TEXT, with_tail=False)
    _drop_hidden(root)
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _HTML_BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if tag != "br":
                element.text = "\n" + (element.text or "")
        elif tag in ("td", "th"):  # a row's cells on its line, apart
            element.tail = " " + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _inline_text(children) -> str:
    out = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(_inline_text(child.children or []))
    return "".join(out)


def read_html(data: bytes, max_bytes: int = DEFAULT_MAX_HTML_BYTES) -> ReadResult:
    """Main text of a web page; menus, share buttons and other page furniture dropped.

    Args:
        data: the page's bytes.
        max_bytes: larger pages are refused; extraction takes a few seconds per megabyte.
    """
    import trafilatura

    if len(data) > max_bytes:
        raise InputError(
            f"HTML page is {len(data):,} bytes, over the {max_bytes:,} byte limit for HTML"
            " (GUWAH_MAX_HTML_BYTES); save it as text or PDF, or raise the limit"
        )
    markup, encoding = decode_text(data)
    markup = _checked_markup(_captions_as_paragraphs(markup))
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


_FIGURE_TAGS = re.compile(r"<(/?)(figure|figcaption)\b", re.I)


def _captions_as_paragraphs(markup: str) -> str:
    """The page with each `<figure>` read as a `<div>` and its `<figcaption>` as a `<p>`:
    trafilatura drops figures whole, and with them a caption that names the person in the photo
    ("Adil Mamut at his shop in 2016"). The caption is then judged like any paragraph."""
    return _FIGURE_TAGS.sub(lambda m: f"<{m.group(1)}{'div' if m.group(2).lower() == 'figure' else 'p'}", markup)


def _checked_markup(markup: str) -> str:
    """The markup, refused if the HTML parser would cut it, without its hidden elements
    (`_drop_hidden`), and defragmented (see below).

    libxml2 stops at 256 levels of nesting and at a 10 MB text run and silently drops the rest,
    so such a page would be stored with part of its text missing.

    Blocks holding more than _MAX_INLINE_PER_BLOCK inline elements have those unwrapped here:
    serialising joins the unwrapped text into one node, so trafilatura's work stays linear. The
    text is unchanged; only link and emphasis markup in those blocks is lost. Pages without such
    a block or a hidden element are passed on untouched.
    """
    from lxml import etree, html

    parser = html.HTMLParser(encoding="utf-8")
    try:
        root = html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError):
        return markup  # trafilatura has its own fallbacks and reports a page it cannot read
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise InputError("the HTML page is nested too deeply (over 255 levels) or has a text run over "
                         "10 MB; its text would be cut")
    counts: dict = {}
    open_blocks: list = []  # for each open element, the nearest enclosing non-inline element
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            open_blocks.pop()
        elif isinstance(element.tag, str) and element.tag in _INLINE_TAGS and open_blocks:
            counts[open_blocks[-1]] = counts.get(open_blocks[-1], 0) + 1
            open_blocks.append(open_blocks[-1])
        else:
            open_blocks.append(element)
    crowded = [block for block, count in counts.items() if count > _MAX_INLINE_PER_BLOCK]
    hidden = _drop_hidden(root)
    if not crowded and not hidden:
        return markup
    for block in crowded:
        etree.strip_tags(block, *_INLINE_TAGS)
    return etree.tostring(root, encoding="unicode", method="html")


def read_pdf(data: bytes) -> ReadResult:
    """The PDF's text layer, page by page, its wrapped lines joined into paragraphs and its running
    headers and footers set apart (`guwah.ingest.paragraphs.join_pages`); pages without one are
    listed as needing OCR.

    A form's filled text and choice fields (`pdf_form_lines`) follow the pages, after a blank line,
    as "field: value": a name typed into a form's Name field is part of the testimony (as a Word
    form's fields are), and the text layer does not hold it. Comments (sticky notes, highlights
    with a note: `pdf_comment_count`) are notes about the text and are not read; `skipped` counts
    them so that the ingest says so."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.startswith(b"%PDF"):
        raise InputError(Text(NOT_A_PDF))
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(Text(PASSWORD_PDF))
        pages: list[list[Line]] = []
        needing_ocr: list[int] = []
        for number, page in enumerate(reader.pages, start=1):
            page_text = (page.extract_text() or "").strip()
            if not page_text:
                needing_ocr.append(number)
            pages.append(page_lines(page_text, _layout_text(page) if page_text else None))
        title = reader.metadata.title if reader.metadata else None
        form = pdf_form_lines(reader)
        comments = pdf_comment_count(reader)
    except InputError:
        raise
    except NotImplementedError as error:  # pypdf's answer to an unknown stream filter and the like
        raise InputError("the PDF uses a feature the reader does not support (NotImplementedError)") from error
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise InputError(Text(CORRUPT_PDF, {"error": type(error).__name__})) from error
    if not pages:
        raise InputError(Text(NO_PAGES))
    # Wrapped lines joined into paragraphs, across pages too, running headers and footers set apart
    # (`guwah.ingest.paragraphs`); form fields come last.
    text = join_pages(pages)
    if form:
        text = (text + "\n\n" if text.strip() else "") + "\n".join(form)
    return ReadResult(
        text=text,
        media_type="application/pdf",
        title=title or None,
        pages_needing_ocr=needing_ocr,
        skipped=_skipped(comments, "PDF comment"),
    )


def _layout_text(page) -> str | None:
    """A page in pypdf's layout mode, which only measures lines here (`page_lines`): blank lines for
    a paragraph's vertical gap, indentation as spaces. None where it fails (the plain text is read)."""
    try:
        return page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True,
                                 layout_mode_strip_rotated=True)
    except Exception:  # an optional measure: a PDF layout mode cannot render is read unmeasured
        log.info("PDF layout mode failed on a page; its lines are joined unmeasured")
        return None


def pdf_form_lines(reader) -> list[str]:
    """The filled text and choice fields of a PDF form (pypdf's `get_fields`), one line each as
    "name: value" (the field's tooltip name `/TU` when it has one, else its name `/T`), in the
    form's order; buttons (check boxes, radio buttons) and empty fields left out."""
    lines: list[str] = []
    for name, entry in (reader.get_fields() or {}).items():
        if entry.get("/FT") not in ("/Tx", "/Ch"):
            continue
        value = entry.get("/V")
        values = value if isinstance(value, list) else [value]
        text = ", ".join(str(v).strip() for v in values if isinstance(v, str) and str(v).strip())
        if text:
            label = " ".join(str(entry.get("/TU") or name).split())
            lines.append(f"{label}: {' '.join(text.split())}")
    return lines


# Annotations that are not a note someone wrote: links, form widgets, and the pop-up windows that
# show another annotation's note (counted once, through that annotation).
_NOT_COMMENTS = {"/Link", "/Widget", "/Popup"}


def pdf_comment_count(reader) -> int:
    """How many annotations with a written note (`/Contents`) a PDF's pages hold, form fields,
    links and pop-ups aside; their text is not read."""
    from pypdf.generic import ArrayObject, DictionaryObject

    count = 0
    for page in reader.pages:
        annotations = page.get("/Annots")
        annotations = annotations.get_object() if annotations is not None else None
        if not isinstance(annotations, ArrayObject):  # absent, or malformed: nothing to count
            continue
        for annotation in annotations:
            annotation = annotation.get_object()
            if not isinstance(annotation, DictionaryObject) or annotation.get("/Subtype") in _NOT_COMMENTS:
                continue
            if str(annotation.get("/Contents") or "").strip():
                count += 1
    return count


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
    """Paragraphs, tables and text boxes of a Word document, in document order (`docx_blocks`),
    with the text of its page headers before them, then its footnotes and endnotes (`docx_notes`),
    and its footers last (`docx_margins`).

    Headers, footers, notes and text boxes are read as part of the document, not left out: a witness
    named only in a header would otherwise be lost without a word. Their text is the testimony's
    text like any other, so what the extractor finds there is proposed for review, and nothing of
    it is published without a reviewer's release.

    Comments (notes in the margin about the text, often a volunteer's) are not the testimony and
    are not read; `ReadResult.skipped` counts them (`docx_comment_count`) so that the ingest says
    so, instead of losing a name written there without a word."""
    import docx

    check_zip_container(data, max_unpacked_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        headers, footers = docx_margins(document)
        blocks = headers + list(docx_blocks(document.element.body)) + docx_notes(document) + footers
        title = document.core_properties.title or None
        comments = docx_comment_count(document)
    except Exception as error:  # python-docx raises assorted lxml/opc errors on broken parts
        raise InputError(f"corrupt DOCX ({type(error).__name__})") from error
    skipped = _skipped(comments, "Word comment")
    return ReadResult(text="\n".join(blocks), media_type=MEDIA_TYPES[".docx"], title=title, skipped=skipped)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Elements that only wrap content: content controls (form fields), custom XML, smart tags, simple
# fields, tracked insertions and moves, and bidirectional embeddings (w:dir, w:bdo: right-to-left
# runs, as in Uyghur text). Their content is read as if they were not there.
_WRAPPERS = {_W + "sdt", _W + "customXml", _W + "smartTag", _W + "fldSimple", _W + "ins", _W + "moveTo",
             _W + "dir", _W + "bdo"}


def _content(element):
    """The children of `element`, with the content of wrapper elements in their place."""
    for child in element:
        if child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _content(content)
        elif child.tag in _WRAPPERS:
            yield from _content(child)
        else:
            yield child


def _paragraph_text(paragraph) -> str:
    """A paragraph's text: its runs (python-docx reads each: text, tabs, breaks), hyperlinks and
    wrapped runs included, deleted text (tracked deletions) left out."""
    parts = []
    for child in _content(paragraph):
        if child.tag == _W + "r":
            parts.append(child.text)
        elif child.tag == _W + "hyperlink":
            parts.append(_paragraph_text(child))
    return "".join(parts)


def docx_margins(document) -> tuple[list[str], list[str]]:
    """The lines of a Word document's page headers and of its footers, each distinct line once
    (a header repeated on every section, or on first and other pages, is one text).

    Args:
        document: a python-docx Document.
    Returns:
        (header lines, footer lines), blank lines left out, in section order and, within a section,
        the first page's, the odd pages' and the even pages' (Word's three kinds).
    """
    margins: tuple[list[str], list[str]] = ([], [])
    for section in document.sections:
        for lines, parts in ((margins[0], (section.first_page_header, section.header, section.even_page_header)),
                             (margins[1], (section.first_page_footer, section.footer, section.even_page_footer))):
            for part in parts:
                if part.is_linked_to_previous:  # no text of its own (asking for it would make one)
                    continue
                for line in docx_blocks(part._element):
                    if line.strip() and line not in lines:
                        lines.append(line)
    return margins


# Notes that only draw the line above the notes, not a note someone wrote.
_NOTE_FURNITURE = {"separator", "continuationSeparator", "continuationNotice"}


def docx_notes(document) -> list[str]:
    """The lines of a Word document's footnotes, then of its endnotes, in their parts' order
    (python-docx reads neither; their parts are parsed with its own XML parser, which resolves no
    entities); blank lines and the separator notes left out."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    lines: list[str] = []
    for kind in (RT.FOOTNOTES, RT.ENDNOTES):
        for rel in document.part.rels.values():
            if rel.reltype != kind or rel.is_external:
                continue
            for note in parse_xml(rel.target_part.blob):
                if note.get(_W + "type") in _NOTE_FURNITURE:
                    continue
                lines += [line for line in docx_blocks(note) if line.strip()]
    return lines


def docx_comment_count(document) -> int:
    """How many comments with any text a Word document holds (in its comments part, which
    python-docx parses with its own XML parser, resolving no entities); their text is not read."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    count = 0
    for rel in document.part.rels.values():
        if rel.reltype == RT.COMMENTS and not rel.is_external:
            count += sum(1 for comment in parse_xml(rel.target_part.blob)
                         if comment.tag == _W + "comment" and any(line.strip() for line in docx_blocks(comment)))
    return count


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _text_boxes(element):
    """The `w:txbxContent` elements anchored in `element` (a paragraph), outermost only, and of
    markup-compatibility alternatives only the first choice: Word writes a text box twice, as a
    drawing and as its VML copy in `mc:Fallback`."""
    for child in element:
        if child.tag == _W + "txbxContent":
            yield child
        elif child.tag == _MC + "AlternateContent":
            choice = next(iter(child), None)
            if choice is not None:
                yield from _text_boxes(choice)
        else:
            yield from _text_boxes(child)


def docx_blocks(container):
    """The lines of a Word body (or table cell), in reading order.

    A paragraph is one line; a table row is one line of its cells joined by tabs, each cell read
    the same way (its paragraphs joined by newlines, a table nested in it included). Each cell is
    read once: python-docx's `row.cells` repeats a merged cell for every grid column it spans
    and every row it runs down, and its `cell.text` leaves out nested tables and content controls
    (form fields), where Word forms often keep a name.

    A text box (`_text_boxes`) is read after the paragraph it is anchored in, its paragraphs
    and tables line by line.

    Args:
        container: a `w:body`, `w:tc`, `w:hdr`, `w:ftr` or `w:txbxContent` element (python-docx's
            oxml).
    Yields:
        Lines of text, without their newline.
    """
    for child in _content(container):
        if child.tag == _W + "p":
            yield _paragraph_text(child)
            for box in _text_boxes(child):
                yield from docx_blocks(box)
        elif child.tag == _W + "tbl":
            for row in _content(child):
                if row.tag == _W + "tr":
                    yield "\t".join("\n".join(docx_blocks(cell)) for cell in _content(row) if cell.tag == _W + "tc")


_KINDS = {".txt": "text", ".md": "text", ".html": "HTML", ".htm": "HTML", ".pdf": "PDF", ".docx": "DOCX"}


def read_document(name: str, data: bytes, *, max_unpacked_bytes: int,
                  max_html_bytes: int = DEFAULT_MAX_HTML_BYTES) -> ReadResult:
    """Dispatch on the file's suffix; raise InputError for unsupported or unreadable input.

    Args:
        name: the file name; only its suffix is used.
        data: the file's bytes.
        max_unpacked_bytes: the most a DOCX may unpack to.
        max_html_bytes: the largest HTML page read.
    Returns:
        The text read. Any exception a parser raises on hostile input (RecursionError,
        NotImplementedError from pypdf, lxml errors…) comes out as one InputError.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise InputError(Text(UNSUPPORTED, {"suffix": repr(suffix or "(no suffix)"),
                                            "supported": ", ".join(supported_suffixes())}))
    if not data:
        raise InputError(Text(EMPTY))
    if suffix != ".pdf" and data[:1024].lstrip().startswith(b"%PDF-"):
        # Stored as text it would keep the PDF's syntax as the testimony, and the same file named
        # .pdf would then be refused as a duplicate of it.
        raise InputError(Text(PDF_NAMED_ELSE, {"kind": _KINDS[suffix]}))
    try:
        result = _dispatch(suffix, data, max_unpacked_bytes, max_html_bytes)
    except InputError:
        raise
    except Exception as error:
        # Parsers are third-party code fed hostile bytes: any failure is this file's problem, and
        # the run goes on. Their messages may quote the content, so only the class and the place
        # it was raised are kept, for a developer to recognise a bug of ours.
        where = _raised_at(error)
        log.warning("%s reader failed: %s at %s", _KINDS[suffix], type(error).__name__, where)
        raise InputError(Text(UNREADABLE, {"kind": _KINDS[suffix], "error": type(error).__name__})) from error
    if not result.text.strip() and not result.pages_needing_ocr:
        raise InputError(Text(NO_TEXT))
    return replace(result, text=page_breaks_as_paragraphs(result.text))


_PAGE_BREAK = re.compile(r"[ \t]*\n?[ \t]*\f[\s\f]*")


def page_breaks_as_paragraphs(text: str) -> str:
    """`text` with every page break (form feed, U+000C, and the blanks around it) made one paragraph
    break ("\n\n"), as the reader layer hands texts on: a form feed is layout, not content, and kept
    it would reach released texts and the open data. The stored original is untouched (hashed as
    received); only the text read from it changes."""
    return _PAGE_BREAK.sub("\n\n", text) if "\f" in text else text


def _dispatch(suffix: str, data: bytes, max_unpacked_bytes: int, max_html_bytes: int) -> ReadResult:
    if suffix == ".md":
        return read_markdown(data)
    if suffix == ".txt":
        result = read_plain(data)
        return ReadResult(text=result.text, media_type=MEDIA_TYPES[suffix], encoding=result.encoding)
    if suffix in (".html", ".htm"):
        return read_html(data, max_html_bytes)
    if suffix == ".pdf":
        return read_pdf(data)
    return read_docx(data, max_unpacked_bytes)


def _raised_at(error: BaseException) -> str:
    """`module.py:line` of the innermost frame of the error's traceback (no message, no values)."""
    tb = error.__traceback__
    if tb is None:
        return "?"
    while tb.tb_next is not None:
        tb = tb.tb_next
    return f"{PurePath(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
