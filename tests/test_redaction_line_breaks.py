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
