"""Build input files by hand: text in several encodings, HTML, PDF, DOCX, broken ones."""

from __future__ import annotations

import io
import zipfile


def make_pdf(pages: list[str | None]) -> bytes:
    """A minimal valid PDF; each page holds one line of ASCII text, or nothing (None)."""
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for index, text in enumerate(pages):
        content_id = page_ids[index] + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        stream = b"" if text is None else (
            f"BT /F1 12 Tf 72 720 Td ({text.replace('(', '[').replace(')', ']')}) Tj ET".encode("latin-1")
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _visual(line: str) -> str:
    """A right-to-left line in the order a PDF writer draws its glyphs (left to right on the page),
    digits kept left to right, as pypdf expects and puts back in reading order."""
    import re

    if not any("\u0600" <= ch <= "\u06ff" for ch in line):
        return line
    parts = re.split(r"(\d+)", line)
    return "".join(part if part.isdigit() else part[::-1] for part in reversed(parts))


# A paragraph of make_laid_out_pdf that starts the page's second column.
COLUMN_BREAK = "\x00column"


def make_laid_out_pdf(pages: list[list[list[str]]], header: str | None = None, footer: str | None = None,
                      indent_paragraphs: bool = False, gap: bool = True) -> bytes:
    """A PDF as a typesetter lays text out: each page a list of paragraphs, each paragraph the list
    of its lines, drawn where they fall (a blank gap between paragraphs unless `gap` is False, or the
    first line of each indented instead), with `header` at the top of every page and `footer` at its bottom ("{page}"
    in it is the page's number); a paragraph [COLUMN_BREAK] starts a second column. Any script: a Type0 font whose ToUnicode map names each character
    (no glyphs are embedded: the text layer is what is read); right-to-left lines are drawn in
    visual order, as PDF writers do."""
    import unicodedata

    laid: list[list[tuple[int, int, str]]] = []
    for number, paragraphs in enumerate(pages, start=1):
        drawn = [(72, 800, header)] if header else []
        y, left = 770, 72
        for paragraph in paragraphs:
            if paragraph == [COLUMN_BREAK]:  # the rest of the page in a second column, drawn after the first
                y, left = 770, 310
                continue
            for index, line in enumerate(paragraph):
                x = left + (18 if indent_paragraphs and index == 0 else 0)
                drawn.append((x, y, _visual(line)))
                y -= 14
            y -= 12 if gap and not indent_paragraphs else 0
        if footer:
            drawn.append((280, 40, footer.format(page=number)))
        laid.append(drawn)
    chars = sorted({ord(ch) for page in laid for _, _, line in page for ch in line})
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    page_ids = [3 + 2 * i for i in range(len(laid))]
    font_id = 3 + 2 * len(laid)
    objects.append(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(laid)} >>".encode())
    for page_id, drawn in zip(page_ids, laid, strict=True):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page_id + 1} 0 R "
                       f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        stream = "\n".join(f"BT /F1 11 Tf 1 0 0 1 {x} {y} Tm <{''.join(f'{ord(ch):04X}' for ch in line)}> Tj ET"
                           for x, y, line in drawn).encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")

    def width(code: int) -> int:
        return 1000 if unicodedata.east_asian_width(chr(code)) in "WF" else 250 if code == 32 else 520

    widths = " ".join(f"{code} [{width(code)}]" for code in chars)
    objects.append(f"<< /Type /Font /Subtype /Type0 /BaseFont /Invented /Encoding /Identity-H "
                   f"/DescendantFonts [{font_id + 1} 0 R] /ToUnicode {font_id + 2} 0 R >>".encode())
    objects.append(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Invented /CIDSystemInfo << /Registry (Adobe) "
                   f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {font_id + 3} 0 R /DW 520 /W [{widths}] "
                   f"/CIDToGIDMap /Identity >>".encode())
    entries = [f"<{code:04X}> <{code:04X}>" for code in chars]
    body = "\n".join(f"{len(entries[k:k + 100])} beginbfchar\n" + "\n".join(entries[k:k + 100]) + "\nendbfchar"
                     for k in range(0, len(entries), 100))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + body +
            "\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()
    objects.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    objects.append(b"<< /Type /FontDescriptor /FontName /Invented /Flags 4 /FontBBox [0 -200 1000 800] "
                   b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>")
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (the first the catalogue), with its cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_zip_bomb(unpacked_bytes: int) -> bytes:
    """A .docx-shaped zip whose one member unpacks to `unpacked_bytes` of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            remaining = unpacked_bytes
            while remaining > 0:
                member.write(chunk[: min(len(chunk), remaining)])
                remaining -= len(chunk)
    return buffer.getvalue()


PAGE_WITH_FURNITURE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<nav><a href="/">Home</a> <a href="/donate">Donate now</a> <a href="/login">Sign in</a></nav>
<div class="share-buttons">Share on Facebook · Tweet this · Email</div>
<article><h1>{title}</h1>
{paragraphs}
</article>
<footer>Copyright Example Org · Privacy policy · Subscribe to our newsletter</footer>
</body></html>"""


def make_html(title: str, paragraphs: list[str]) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE_WITH_FURNITURE.format(title=title, paragraphs=body).encode("utf-8")


def facility_named(session, name: str, **columns):
    """The one Facility row called `name` (and with `columns`' values). Facility names are sealed
    (each value its own ciphertext), so they are compared after the archive opens them, not in SQL."""
    from sqlalchemy import select

    from guwah.storage.tables import Facility

    rows = [f for f in session.scalars(select(Facility).filter_by(**columns)) if f.name == name]
    assert len(rows) == 1, f"{len(rows)} facilities called {name!r}"
    return rows[0]


def add_mention(session, name: str, **attributes):
    """A person mention named `name` with proposed attributes (gender="female", birth_year="1961"),
    flushed so that it has its own entry; returns the Person."""
    from guwah.storage.tables import Person, PersonAttribute, PersonName

    person = Person()
    session.add(person)
    session.flush()
    session.add(PersonName(person_id=person.id, name=name, asserted_by_kind="user", asserted_by="t"))
    for attribute, value in attributes.items():
        session.add(PersonAttribute(person_id=person.id, attribute=attribute, value=value,
                                    asserted_by_kind="user", asserted_by="t"))
    session.flush()
    return person
