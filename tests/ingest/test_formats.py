"""Every supported format is read into text; originals are kept byte for byte."""

import pytest
from sqlalchemy import select

from guwah.ingest import INGESTED, ingest_file
from guwah.storage.blobs import sha256_hex
from guwah.storage.tables import CustodyEvent, Document
from tests.factories import make_docx, make_html, make_pdf

RUSSIAN = "Мой брат Абдулла был задержан в Кульдже в 2017 году."
FRENCH = "Mon frère a été arrêté à Ghulja ; nous n'avons reçu aucune nouvelle."
UYGHUR = "ئاكام ئابدۇللا 2017-يىلى غۇلجىدا تۇتۇلدى."


def ingest_bytes(store, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED, outcome.reason
    with store.session() as session:
        return session.get(Document, outcome.document_id)


@pytest.mark.parametrize("encoding, text", [
    ("utf-8", UYGHUR),
    ("utf-8-sig", FRENCH),
    ("utf-16", RUSSIAN),
    ("cp1251", RUSSIAN + "\n" + RUSSIAN.upper() + "\nЭто письмо от его сестры, написанное в Алматы."),
    ("utf-32", UYGHUR),
])
def test_plain_text_in_common_encodings(store, tmp_path, encoding, text):
    document = ingest_bytes(store, tmp_path, "statement.txt", text.encode(encoding))
    assert document.text == text
    assert document.media_type == "text/plain"


def test_windows_line_ends_are_normalised_but_original_kept(store, tmp_path):
    data = b"first line\r\nsecond line\r\n"
    document = ingest_bytes(store, tmp_path, "notes.md", data)
    assert document.text == "first line\nsecond line\n"
    assert document.media_type == "text/markdown"
    assert store.blobs.get(document.fingerprint) == data
    assert document.sha256 == sha256_hex(data)
    assert document.text_sha256 == sha256_hex(document.text.encode())


def test_markdown_is_read_without_its_markup_and_its_original_kept(store, tmp_path):
    data = (b"# Where is my brother\n\n*Names changed.* He was taken from [his shop](https://example.org/shop)\n"
            b"in **April 2018**.\n\n- Alimjan Tursun, born 1988\n- Abdukerim Mamut, our father\n\n"
            b"Five \\* stars, and a plain *\n")
    document = ingest_bytes(store, tmp_path, "brother.md", data)
    assert document.text == ("Where is my brother\n\nNames changed. He was taken from his shop\nin April 2018.\n\n"
                             "Alimjan Tursun, born 1988\nAbdukerim Mamut, our father\n\nFive * stars, and a plain *\n")
    assert document.media_type == "text/markdown"
    assert store.blobs.get(document.fingerprint) == data
    # The same characters in a plain text file are the text's own (one more line: not a duplicate).
    assert ingest_bytes(store, tmp_path, "brother.txt", data + b"-\n").text == data.decode() + "-\n"


def test_markdown_html_blocks_are_read_and_its_comments_counted(store, tmp_path):
    # A Markdown file's HTML blocks (<div>, <p>, <details>) were dropped whole: a name written in
    # one was lost without a word, and so was one in an HTML comment. Now a block's text is read
    # (scripts and styles left out), a comment is counted as not read, and the Markdown around
    # them reads as before (control).
    data = (b"Statement.\n\n<div>\nName: Aynur Qadir\n</div>\n\n<p>My brother Memet Tursun was taken.</p>"
            b"<p>In 2018.</p>\n\n<details><summary>Witness</summary>Dilnur Sabir</details>\n\n"
            b"<script>var x = 1;</script>\n\n<!-- real name: Rayila Kamal -->\n\nEnd <!-- Gulnisa --> of *it*.\n")
    path = tmp_path / "statement.md"
    path.write_bytes(data)
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED and outcome.skipped == ("2 HTML comments",)
    with store.session() as session:
        text = session.get(Document, outcome.document_id).text
    assert text == ("Statement.\n\nName: Aynur Qadir\n\nMy brother Memet Tursun was taken.\nIn 2018.\n\n"
                    "Witness\nDilnur Sabir\n\nEnd  of it.\n")


def test_html_keeps_the_article_and_drops_page_furniture(store, tmp_path):
    paragraphs = [
        "Adil Mamut, a shopkeeper from Aksu, was taken from his shop in the spring of 2018.",
        "His wife learned months later that he had been moved to a detention centre in the city.",
        "The family has had no word from him since the summer of 2019.",
    ]
    document = ingest_bytes(store, tmp_path, "page.html", make_html("A shopkeeper from Aksu", paragraphs))
    for paragraph in paragraphs:
        assert paragraph in document.text
    for furniture in ("Donate now", "Share on Facebook", "Subscribe to our newsletter", "Privacy policy"):
        assert furniture not in document.text
    with store.session() as session:
        assert session.get(Document, document.id).source.title == "A shopkeeper from Aksu"


def test_html_figure_captions_are_read_with_the_article(store, tmp_path):
    # A photo's caption naming the detainee ("<figcaption>Adil Mamut in 2016</figcaption>") was
    # dropped with its figure: the name never reached the text. Now a caption is read in its place,
    # and the page furniture around it is still dropped (control).
    paragraphs = [
        "A shopkeeper from Aksu was taken from his shop in the spring of 2018.",
        '<figure><img src="shop.jpg" alt="the shop"><figcaption>Adil Mamut at his shop in 2016</figcaption></figure>',
        "His wife learned months later that he had been moved to a detention centre in the city.",
        "The family has had no word from him since the summer of 2019.",
    ]
    document = ingest_bytes(store, tmp_path, "page.html", make_html("A shopkeeper from Aksu", paragraphs))
    lines = document.text.split("\n")
    assert lines.index("Adil Mamut at his shop in 2016") == lines.index(paragraphs[0]) + 1
    for furniture in ("Donate now", "Share on Facebook", "Subscribe to our newsletter", "Privacy policy"):
        assert furniture not in document.text


def test_html_script_content_is_not_taken_as_text(store, tmp_path):
    data = make_html("Page", ["A long enough paragraph about a detention in Hotan in the year 2018, told by a cousin."])
    data = data.replace(b"</article>", b"<script>alert('x')</script></article>")
    document = ingest_bytes(store, tmp_path, "page.htm", data)
    assert "alert" not in document.text


def _article_page(blocks: list[str]) -> bytes:
    return ("<!DOCTYPE html><html><head><title>A shopkeeper from Aksu</title></head><body><article>"
            + "\n".join(blocks) + "</article></body></html>").encode("utf-8")


@pytest.mark.parametrize("hidden", [
    '<p style="display: none">{}</p>',
    '<p style="color: red; DISPLAY:none !important">{}</p>',
    '<p hidden>{}</p>',
    '<div aria-hidden="true"><p>{}</p></div>',
    '<p style="visibility:hidden">{}</p>',
    '<p>Seen in Aksu. <span style="display:none">{}</span> We left that spring.</p>',
])
def test_html_text_hidden_from_readers_is_not_testimony_text(store, tmp_path, hidden):
    # Before: text a page hides from every reader (a tracking token, a spam trap, a hidden menu) was
    # read into the testimony like its visible paragraphs. Now it is dropped; the visible text
    # around it stays, the text after a hidden inline element included, and the original is kept.
    paragraphs = [
        "<p>A shopkeeper from Aksu was taken from his shop in the spring of 2018, his wife told us.</p>",
        hidden.format("Tracking token qzxv and words no reader of this page ever sees on the site."),
        "<p>His wife learned months later that he had been moved to a detention centre in the city.</p>",
        '<p hidden="until-found">The family has had no word from him since the summer of 2019.</p>',
    ]
    data = _article_page(paragraphs)
    document = ingest_bytes(store, tmp_path, "page.html", data)
    assert "qzxv" not in document.text and "no reader" not in document.text, document.text
    for visible in ("taken from his shop in the spring of 2018", "moved to a detention centre",
                    "no word from him since the summer of 2019"):
        assert visible in document.text  # control: the visible text, and text a search reveals, stay
    if "We left" in hidden:
        assert "Seen in Aksu." in document.text and "We left that spring." in document.text
    assert store.blobs.get(document.fingerprint) == data


def test_html_text_hidden_by_the_page_s_style_sheet_is_not_testimony_text(store, tmp_path):
    # Before: only an element's own style attribute was read; a class or id hidden by the page's
    # <style> sheet (a spam trap, a tracking token) went into the testimony. Now the sheet's rules
    # are applied through a CSS parser and selector engine; a rule that hides only in print, a
    # pseudo-class rule (:hover) and a rule that shows stay without effect (controls).
    style = ("<style>\n.trap, #token { display: none !important }\n p.gone{visibility:hidden}\n"
             "@media print { .printless { display: none } }\n.hovered:hover { display: none }\n"
             ".shown { display: block; color: red }</style>")
    paragraphs = [
        "<p>A shopkeeper from Aksu was taken from his shop in the spring of 2018, his wife told us.</p>",
        '<p class="note trap">Tracking token qzxv and words no reader of this page ever sees.</p>',
        '<p>Seen in Aksu. <span id="token">token qzxw</span> We left that spring.</p>',
        '<p class="gone">A hidden paragraph qzxy that no reader of this page sees at all.</p>',
        '<p class="printless shown hovered">His wife learned months later that he had been moved to a '
        'detention centre in the city.</p>',
    ]
    data = _article_page(paragraphs).replace(b"</title>", b"</title>" + style.encode())
    document = ingest_bytes(store, tmp_path, "page.html", data)
    for hidden in ("qzxv", "qzxw", "qzxy", "no reader"):
        assert hidden not in document.text, document.text
    for visible in ("taken from his shop in the spring of 2018", "Seen in Aksu.", "We left that spring.",
                    "moved to a detention centre"):
        assert visible in document.text, document.text
    assert store.blobs.get(document.fingerprint) == data  # the original, untouched


def test_html_text_of_an_element_marked_visible_is_read(store, tmp_path):
    # The other values of the same attributes hide nothing.
    shown = '<p aria-hidden="false" style="display: block; visibility: visible">Token qzxv is shown here.</p>'
    data = _article_page(["<p>A long enough paragraph about a detention in Hotan in the year 2018, told by a cousin.</p>",
                          shown])
    assert "Token qzxv is shown here." in ingest_bytes(store, tmp_path, "page.html", data).text
    # A body hidden until a script shows it (a loading trick) is the page, not furniture.
    hidden_body = data.replace(b"<body>", b'<body style="display:none">').replace(b"Hotan", b"Aksu")
    assert "Token qzxv is shown here." in ingest_bytes(store, tmp_path, "loading.html", hidden_body).text


def test_markdown_html_block_hidden_from_readers_is_not_read(store, tmp_path):
    data = (b"Statement of a cousin.\n\n<div>\nName: Aynur Qadir\n<span hidden>token qzxv</span>\n"
            b"<p style=\"display:none\">Rayila Kamal</p>\n</div>\n")
    document = ingest_bytes(store, tmp_path, "statement.md", data)
    assert document.text == "Statement of a cousin.\n\nName: Aynur Qadir\n", document.text


def test_pdf_text_layer_and_pages_needing_ocr(store, tmp_path):
    data = make_pdf(["Page one: arrested in Kashgar in 2017.", None, "Page three: released in 2019."])
    document = ingest_bytes(store, tmp_path, "scan.pdf", data)
    assert "arrested in Kashgar in 2017" in document.text
    assert "released in 2019" in document.text
    assert document.pages_needing_ocr == [2]
    with store.session() as session:
        extracted = session.scalars(select(CustodyEvent).where(
            CustodyEvent.document_id == document.id, CustodyEvent.action == "text_extracted")).one()
        assert extracted.detail["pages_needing_ocr"] == [2]


def test_pdf_without_any_text_layer_is_kept_and_flagged_for_ocr(store, tmp_path):
    document = ingest_bytes(store, tmp_path, "photo-scan.pdf", make_pdf([None, None]))
    assert document.pages_needing_ocr == [1, 2]
    assert document.text.strip() == ""


def test_docx_paragraphs_and_tables_in_order(store, tmp_path):
    data = make_docx(["Statement of a relative.", "My uncle was detained in Turpan."],
                     table=[["Name", "Year"], ["Memet", "2018"]])
    document = ingest_bytes(store, tmp_path, "statement.docx", data)
    assert document.text.index("Statement of a relative.") < document.text.index("My uncle was detained in Turpan.")
    assert "Memet\t2018" in document.text


def _word_xml(markup: str):
    from docx.oxml import parse_xml

    # One element of WordprocessingML, parsed by python-docx (so its element classes apply).
    return parse_xml(f'<w:root xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{markup}</w:root>')[0]


def _docx_with_names_in_tables() -> bytes:
    """A Word form: names in a nested table, a content control (in a cell and around a table),
    a merged cell, a tracked insertion beside a tracked deletion."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Form submitted by a relative.")
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "Detained relatives"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Aynur Tohti", "2017"
    merged = outer.cell(1, 0).merge(outer.cell(1, 1))
    merged.text = "Held in Aksu."
    form = document.add_table(rows=1, cols=2)
    form.cell(0, 0).text = "Name of the detainee"
    form.cell(0, 1)._tc.append(_word_xml("<w:sdt><w:sdtContent><w:p><w:r><w:t>Memtimin Ablet</w:t></w:r></w:p>"
                                         "</w:sdtContent></w:sdt>"))
    document.element.body.insert(len(document.element.body) - 1, _word_xml(
        "<w:sdt><w:sdtContent><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Gulnar Tursun</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:sdtContent></w:sdt>"))
    document.element.body.insert(len(document.element.body) - 1, _word_xml(
        "<w:p><w:r><w:t xml:space='preserve'>Witness: </w:t></w:r><w:del><w:r><w:delText>Ablet Rozi</w:delText></w:r>"
        "</w:del><w:ins><w:r><w:t>Dilnur Kerim</w:t></w:r></w:ins></w:p>"))
    document.element.body.insert(len(document.element.body) - 1, _word_xml(  # a right-to-left embedding
        "<w:p><w:dir w:val='rtl'><w:r><w:t>ئابلەت روزى</w:t></w:r></w:dir></w:p>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_names_in_nested_tables_content_controls_and_tracked_changes_are_read_once(store, tmp_path):
    # python-docx's cell.text left out nested tables and content controls, and row.cells repeated a
    # merged cell: "Aynur Tohti" in a nested table never reached the extractor (nor the masks).
    document = ingest_bytes(store, tmp_path, "form.docx", _docx_with_names_in_tables())
    lines = document.text.split("\n")
    assert lines[0] == "Form submitted by a relative."  # positive control: paragraphs as before
    assert "Aynur Tohti\t2017" in lines
    assert "Held in Aksu." in lines and document.text.count("Held in Aksu.") == 1
    assert "Memtimin Ablet" in lines and "Gulnar Tursun" in lines
    assert "Witness: Dilnur Kerim" in lines and "Ablet Rozi" not in document.text  # what Word shows
    assert lines[-1] == "ئابلەت روزى"
    order = [document.text.index(name) for name in ("Aynur Tohti", "Held in Aksu", "Memtimin Ablet", "Gulnar Tursun")]
    assert order == sorted(order)


def test_docx_a_name_in_a_nested_table_is_extracted_with_its_span(store, tmp_path):
    from guwah.extract import extract_document
    from guwah.storage.tables import PersonName

    document = ingest_bytes(store, tmp_path, "form.docx", _docx_with_names_in_tables())
    extract_document(store, document.id)
    with store.session() as session:
        names = {n.name: (n.evidence_start, n.evidence_end) for n in session.scalars(select(PersonName))}
    assert "Aynur Tohti" in names
    start, end = names["Aynur Tohti"]
    assert document.text[start:end] == "Aynur Tohti"


_WPS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')


def _text_box(text: str) -> str:
    """A run holding a text box as Word writes one: the drawing (mc:Choice), and its VML copy for
    older readers (mc:Fallback) with the same text."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (f"<w:r {_WPS}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor>"
            "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
            f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox>"
            "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def _docx_with_header_footer_and_text_box() -> bytes:
    """A statement whose witness is named only in the page header, with a text box beside a
    paragraph and a footer (invented names)."""
    import io

    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Statement of Aynur Qadir"
    document.sections[0].footer.paragraphs[0].text = "Typed by Dilnur Kerim"
    document.add_paragraph("My brother was detained in Aksu in 2018.")
    anchor = document.add_paragraph("He was taken at night.")
    anchor._p.append(_word_xml(_text_box("Note: Memet Tursun saw it")))
    document.add_paragraph("We have heard nothing since.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_header_footer_and_text_boxes_are_read_in_reading_order(store, tmp_path):
    # Text in a Word header, footer or text box never reached the stored text: a witness named
    # only in the header was lost silently. Now read as part of the document (and so proposed
    # for review like any name, never published without it): the header first, a text box after
    # the paragraph it is anchored to, read once (not its VML copy too), the footer last.
    document = ingest_bytes(store, tmp_path, "statement.docx", _docx_with_header_footer_and_text_box())
    lines = document.text.split("\n")
    assert lines == ["Statement of Aynur Qadir", "My brother was detained in Aksu in 2018.",
                     "He was taken at night.", "Note: Memet Tursun saw it", "We have heard nothing since.",
                     "Typed by Dilnur Kerim"]


def test_docx_footnotes_and_endnotes_are_read_after_the_body(store, tmp_path):
    # A name in a footnote was lost as one in a header was (invented names)
    import io

    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("My brother was detained in Aksu in 2018.")
    for kind, name, text in (("footnotes", RT.FOOTNOTES, "Told by Aynur Qadir."),
                             ("endnotes", RT.ENDNOTES, "Checked by Dilnur Kerim.")):
        note = kind[:-1]
        blob = (f'<w:{kind} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:{note} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{note}>'
                f'<w:{note} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{note}></w:{kind}>').encode()
        part = Part(PackURI(f"/word/{kind}.xml"),
                    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml", blob,
                    document.part.package)
        document.part.relate_to(part, name)
    buffer = io.BytesIO()
    document.save(buffer)
    stored = ingest_bytes(store, tmp_path, "notes.docx", buffer.getvalue())
    assert stored.text.split("\n") == ["My brother was detained in Aksu in 2018.", "Told by Aynur Qadir.",
                                        "Checked by Dilnur Kerim."]


def test_docx_without_header_reads_as_before(store, tmp_path):
    # positive control: a document with no header, footer or text box gives the body alone
    data = make_docx(["Statement of a relative.", "My uncle was detained in Turpan."])
    document = ingest_bytes(store, tmp_path, "plain.docx", data)
    assert document.text == "Statement of a relative.\nMy uncle was detained in Turpan."


def test_custody_log_records_receipt_and_extraction(store, tmp_path):
    document = ingest_bytes(store, tmp_path, "a.txt", b"A short account of an arrest in Hami.")
    with store.session() as session:
        events = session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document.id)
                                 .order_by(CustodyEvent.id)).all()
    assert [e.action for e in events] == ["received", "text_extracted"]
    assert all(e.actor == "tester" and e.at is not None for e in events)
    assert events[0].detail["sha256"] == document.sha256


def test_language_is_detected_when_not_given(store, tmp_path):
    assert ingest_bytes(store, tmp_path, "fr.txt", FRENCH.encode()).language == "fr"
    assert ingest_bytes(store, tmp_path, "ru.txt", RUSSIAN.encode()).language == "ru"


def _docx_with_comment(comment: str | None) -> bytes:
    """A statement with one Word comment (a reviewer's note in the margin), or none."""
    import io

    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("My brother was taken to a camp in Ghulja in 2018.")
    if comment is not None:
        document.add_comment(paragraph.runs, text=comment, author="volunteer", initials="v")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_comments_are_not_read_and_the_outcome_says_so(store, tmp_path):
    # A name typed in a Word comment was dropped without a word: the ingest said nothing, and the
    # volunteer believed the archive held what the file held. Comments are notes about a text, not
    # the testimony, so they stay out of the text, and the outcome counts them (never their words).
    path = tmp_path / "commented.docx"
    path.write_bytes(_docx_with_comment("Witness is Aynur Qadir"))
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED
    assert outcome.skipped == ("1 Word comment",)
    with store.session() as session:
        document = session.get(Document, outcome.document_id)
        assert "Aynur" not in document.text
        detail = session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document.id,
                                                            CustodyEvent.action == "text_extracted")).one().detail
    assert detail["skipped"] == ["1 Word comment"]
    # positive control: the same statement without a comment skips nothing
    plain = tmp_path / "plain.docx"
    plain.write_bytes(_docx_with_comment(None))
    assert ingest_file(store, plain).skipped == ()


def _pdf_with_form_and_note(field_value: str | None, note: str | None) -> bytes:
    """A one-page statement with a filled text field ("name") and a sticky note, either left out."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Text
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["My brother was taken to a camp in Aksu in 2018."]))))
    if note is not None:
        writer.add_annotation(0, Text(rect=(50, 550, 200, 650), text=note))
    if field_value is not None:
        field = writer._add_object(DictionaryObject({
            NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("Name"),
            NameObject("/V"): TextStringObject(field_value), NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): ArrayObject([FloatObject(50), FloatObject(500), FloatObject(200), FloatObject(520)])}))
        page = writer.pages[0]
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(field)
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject([field])})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_pdf_form_fields_are_read_and_its_comments_counted(store, tmp_path):
    # A PDF form's filled fields and its sticky notes never reached the text, and the ingest said
    # nothing: a detainee named in the form's Name field was lost (a Word form's fields are read).
    # Now a filled field is read after the pages as "field: value", and notes are counted as not read.
    path = tmp_path / "form.pdf"
    path.write_bytes(_pdf_with_form_and_note("Memet Tursun", "Witness: Aynur Qadir"))
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED and outcome.skipped == ("1 PDF comment",)
    with store.session() as session:
        text = session.get(Document, outcome.document_id).text
    assert text.split("\n") == ["My brother was taken to a camp in Aksu in 2018.", "", "Name: Memet Tursun"]
    assert "Aynur" not in text
    # positive control: the same page with neither reads as before and skips nothing
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_pdf_with_form_and_note(None, None))
    outcome = ingest_file(store, plain)
    assert outcome.skipped == ()
    with store.session() as session:
        assert session.get(Document, outcome.document_id).text == "My brother was taken to a camp in Aksu in 2018."


def test_page_breaks_are_read_as_paragraph_breaks_and_the_original_is_kept(store, tmp_path):
    # A form feed between PDF pages reached released texts and documents.csv: the reader layer makes
    # it a paragraph break; the original's bytes (and their hash) stay as received.
    data = make_pdf(["Page one: arrested in Kashgar in 2017.", "Page two: released in 2019."])
    document = ingest_bytes(store, tmp_path, "two-pages.pdf", data)
    assert "\f" not in document.text
    assert "in 2017.\n\nPage two" in document.text
    assert document.sha256 == sha256_hex(data)
    assert store.blobs.get(document.fingerprint) == data
    typed = ingest_bytes(store, tmp_path, "typed.txt", b"First page of the account.\n\f\nSecond page.\f")
    assert typed.text.rstrip() == "First page of the account.\n\nSecond page."
