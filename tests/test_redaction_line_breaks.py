"""A mask stays within its mention: a heading and the paragraph after it, or two lines of a list,
that hold the same withheld name are masked apart, while a name hard-wrapped across a line of a
plain text stays one mask."""

from guwah.publish import draft_content
from guwah.redaction import WITHHELD, Withheld, build_masking, redact
from guwah.storage.tables import Person, PersonName
from tests.releasing import ingest_text, mark_read

MASKING = build_masking([Withheld(1, ("Memtimin Ablet",), WITHHELD), Withheld(2, ("Rayila Kamal",), WITHHELD)], [])


def test_an_html_heading_and_the_paragraph_after_it_are_masked_apart(store, tmp_path):
    # Before: <h2>Memtimin Ablet</h2><p>Memtimin Ablet was taken…</p> became one mask over both,
    # the line break between them (the heading's end) hidden inside it.
    page = ("<!DOCTYPE html><html><head><title>An account</title></head><body><article>"
            "<h2>Memtimin Ablet</h2><p>Memtimin Ablet was taken from his shop in Aksu in the spring of 2018, "
            "his wife told us when we met her in Almaty that winter.</p>"
            "<p>His wife learned months later that he had been moved to a detention centre in the city.</p>"
            "</article></body></html>")
    document_id = ingest_text(store, tmp_path, "page.html", page, "consent: public\n")
    mark_read(store, document_id)
    with store.session() as session:
        person = Person(consent="confidential")
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Memtimin Ablet", evidence_document_id=document_id,
                               asserted_by_kind="user", asserted_by="reviewer"))
    with store.session() as session:
        content, masks = draft_content(session, document_id)
    text = content["text"]
    assert "Memtimin" not in text and "Ablet" not in text
    assert f"{WITHHELD}\n{WITHHELD} was taken from his shop" in text, text
    named = [m for m in masks if m["field"] == "text"]
    assert len(named) == 2 and all("\n" not in text[m["start"]:m["end"]] for m in named)


def test_a_mask_ends_at_a_short_line_or_a_blank_line_and_spans_a_hard_wrapped_one():
    for text, shown in [
        ("Memtimin Ablet\nAblet was taken.", f"{WITHHELD}\n{WITHHELD} was taken."),
        ("Witnesses:\nMemtimin Ablet\nRayila Kamal\n", f"Witnesses:\n{WITHHELD}\n{WITHHELD}\n"),
        ("Memtimin Ablet\n\nMemtimin Ablet said so.", f"{WITHHELD}\n\n{WITHHELD} said so."),
    ]:
        assert redact(text, MASKING).text == shown, text
    # Control: a line of running text wrapped inside the name is one mention, one mask.
    wrapped = ("In the spring of 2018 the police came to the shop and took my brother Memtimin\n"
               "Ablet away, and we have not heard from him since.")
    assert redact(wrapped, MASKING).text == wrapped.replace("Memtimin\nAblet", WITHHELD)


# A withheld woman whose given name and surname are each borne by a named person too, so that
# neither part alone is masked: only the whole name, read across the break, masks them.
SHARED = build_masking([Withheld(3, ("Aygul Tursun",), WITHHELD)], ["Tursun Ehmet", "Aygul Memet"])


def test_a_withheld_name_broken_at_the_end_of_a_short_line_is_one_mask():
    # Before: a narrow column's line break inside the name ("Aygul\nTursun", a line shorter than
    # WRAPPED_LINE) ended the run, the whole name was never read, and both halves were shown. Now a
    # single line break between two consecutive parts of a withheld whole name joins them; a blank
    # line, or two names of a list, still do not (controls).
    for text, shown in [
        ("They took my\nneighbour Aygul\nTursun from her shop.", f"They took my\nneighbour {WITHHELD} from her shop."),
        ("They took my\nneighbour Ayg-\nul\nTursun from her shop.", f"They took my\nneighbour {WITHHELD} from her shop."),
        ("neighbour Ayg-\nul Tursun's shop", f"neighbour {WITHHELD} shop"),  # the possessive goes too
    ]:
        assert redact(text, SHARED).text == shown, text
    for text in ("They took my\nneighbour Aygul\n\nTursun Ehmet said so.", "Witnesses:\nAygul Memet\nTursun Ehmet\n"):
        assert redact(text, SHARED).text == text


def _columns_pdf(columns: list[tuple[int, list[str]]]) -> bytes:
    """One page of Helvetica text set in columns: (x, lines top down) each, as a narrow-column
    report lays it out (pypdf reads one column after the other, a line break between them)."""
    import io

    ops = ["BT /F1 10 Tf 12 TL"]
    for x, lines in columns:
        ops.append(f"1 0 0 1 {x} 760 Tm")
        ops.extend(f"({line}) Tj T*" for line in lines)
    stream = "\n".join([*ops, "ET"]).encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_pdf_in_narrow_columns_masks_a_name_broken_at_a_line_or_a_column(store, tmp_path):
    from guwah.ingest import ingest_file

    pdf = _columns_pdf([(60, ["In March 2018 the police", "came to our street at", "night and took my",
                              "neighbour Aygul"]),
                        (320, ["Tursun from her shop.", "Her brother-in-law Ayg-", "ul Tursun's husband",
                               "Tursun Ehmet told us so."])])
    (tmp_path / "report.pdf").write_bytes(pdf)
    (tmp_path / "report.meta.yaml").write_text("consent: public\n")
    document_id = ingest_file(store, tmp_path / "report.pdf").document_id
    mark_read(store, document_id)
    with store.session() as session:
        for number, (written, consent) in enumerate([("Aygul Tursun", "confidential"), ("Tursun Ehmet", "public"),
                                                     ("Aygul Memet", "public")]):
            person = Person(consent=consent)
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name=written, evidence_document_id=document_id,
                                   asserted_by_kind="user", asserted_by="reviewer"))
            if number:
                from guwah.releases import approve_basis, propose_basis

                approve_basis(session, propose_basis(session, person.id, "own_consent", "drafter").id, "reviewer")
    with store.session() as session:
        content, _ = draft_content(session, document_id)
    text = content["text"]
    assert "Aygul" not in text and "Ayg-" not in text and "\nul " not in text, text
    assert f"neighbour {WITHHELD} from her shop" in text and f"{WITHHELD} husband" in text, text
    assert "Tursun Ehmet told us so." in text  # control: the named man, set apart, is shown
