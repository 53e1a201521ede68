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
