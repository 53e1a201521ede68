"""A PDF's wrapped lines are read as the sentences they are (issues 10 and 11): a line break inside
a sentence is a space (none between Chinese characters), a hyphen at a line's end goes when it only
broke a word, running headers, footers and page numbers stand apart, and real paragraph breaks
stay. Archives ingested before keep their stored text: its evidence offsets point into it."""

import hashlib

import pytest
from sqlalchemy import select

from guwah.errors import InputError
from guwah.ingest import INGESTED, ingest_file, reread_document
from guwah.ingest.readers import read_document
from guwah.storage.tables import CustodyEvent, Document, Person, PersonName
from tests.factories import COLUMN_BREAK, make_laid_out_pdf

HEADER, FOOTER = "Annual report 2021", "page {page}"

# Invented testimony, laid out as a typesetter fills a measure: each line near the full width
# except a paragraph's last.
ENGLISH = [
    [["Statement of a relative"],
     ["In the spring of 2018 the police took my brother Nurmemet Tur-",
      "sun from his shop in the market and drove him to a camp in"]],
    [["Ghulja, where he was held in detention for two years, with-",
      "out any charge or trial. Nobody ever told our family why."],
     ["Our neighbour Abdu-",  # control: too short to be wrapped, a paragraph of its own
      ],
     ["- his wife, who was also questioned",
      "- his two daughters, who were sent to a boarding school"]],
]


def _read(pages, **layout) -> str:
    return read_document("statement.pdf", make_laid_out_pdf(pages, header=HEADER, footer=FOOTER, **layout),
                         max_unpacked_bytes=10**8).text


def test_pdf_wrapped_lines_join_across_lines_and_pages_and_headers_stand_apart():
    text = _read(ENGLISH)
    assert text == (
        "Annual report 2021\n\n"
        "Statement of a relative\n\n"
        "In the spring of 2018 the police took my brother Nurmemet Tursun from his shop in the market and drove"
        " him to a camp in Ghulja, where he was held in detention for two years, without any charge or trial."
        " Nobody ever told our family why.\n\n"
        "page 1\n\nAnnual report 2021\n\n"
        "Our neighbour Abdu-\n\n"
        "- his wife, who was also questioned\n"
        "- his two daughters, who were sent to a boarding school\n\n"
        "page 2"), text


FILLER = "and the rest of this line runs on to fill the measure"


@pytest.mark.parametrize("head, tail, joined", [
    ("deten-", "tion", "detention"),          # a word broken by the typesetter
    ("Nurmemet Tur-", "sun", "Nurmemet Tursun"),  # a name's syllables: the same
    ("Ahmet Abdu-", "Salam", "Ahmet Abdu-Salam"),  # a capital after the hyphen: a name's own
    ("the re-", "education", "the re-education"),  # a compound's head
    ("кто-", "то", "кто-то"),                 # a Russian particle
    ("задер-", "жан", "задержан"),
])
def test_pdf_line_end_hyphen_goes_only_when_it_broke_a_word(head, tail, joined):
    text = _read([[[f"{FILLER} {head}", f"{tail} {FILLER}."]]])
    assert f"{FILLER} {joined} {FILLER}." in text, text


def test_pdf_hyphen_kept_when_the_document_writes_the_word_hyphenated():
    filler = FILLER
    text = _read([[[f"The word well-kept is written so here, {filler}", f"{filler} pack-",
                    f"horse in the yard; a {filler} that ends here."]]])
    assert "pack-horse" not in text and "packhorse" in text  # control: no hyphenated spelling elsewhere
    text = _read([[[f"The word pack-horse is written so here, {filler}", f"{filler} pack-",
                    f"horse in the yard; a {filler} that ends here."]]])
    assert text.count("pack-horse") == 2, text


@pytest.mark.parametrize("pages, whole, split", [
    ([[["Весной 2018 года полиция забрала моего брата Абдуллу",
        "Турсунова прямо из его лавки на рынке и отвезла в лагерь в",
        "Кульдже, где его держали два года без суда и без всякого",
        "обвинения."],
       ["Нам никто так и не объяснил, за что его забрали, и мы",
        "ждём до сих пор."]]],
     "моего брата Абдуллу Турсунова прямо", "обвинения.\nНам никто"),
    ([[["二〇一八年春天，警察把我的哥哥阿卜力克木·吐尔",
        "逊从市场的店里带走，送进了伊宁的拘留营，在那里关",
        "了两年。"],
       ["没有人告诉我们为什么抓他，我们到现在还在等他的",
        "消息。"]]],
     "阿卜力克木·吐尔逊从市场", "了两年。\n没有人"),
    ([[["بىر كۈنى ئەتىيازدا ساقچىلار كېلىپ ئاكام ئابلىكىم",
        "تۇرسۇننى بازاردىكى دۇكىنىدىن ئېلىپ كېتىپ، غۇلجىدىكى",
        "لاگېرغا سولىدى."],
       ["ئۇ يەردە ئىككى يىل سوتسىز تۇتۇپ تۇرۇلدى."]]],
     "ئاكام ئابلىكىم تۇرسۇننى بازاردىكى", "سولىدى.\nئۇ يەردە"),
])
def test_pdf_wrapped_lines_join_as_the_script_needs(pages, whole, split):
    text = _read(pages, gap=False)
    assert whole in text, text
    assert split in text, text  # control: a short line ending a sentence ends its paragraph


def test_pdf_indented_first_line_starts_a_paragraph():
    filler = "and the rest of this line runs on to fill the whole measure"
    text = _read([[[f"The first paragraph, {filler}", "ends here with its last line."],
                   [f"The second paragraph, {filler}", "ends here too."]]], indent_paragraphs=True)
    assert ("The first paragraph, and the rest of this line runs on to fill the whole measure ends here with its"
            " last line.\nThe second paragraph,") in text, text


def test_pdf_two_columns_are_read_one_after_the_other_and_joined_across_the_column_break():
    # pypdf reads in the order the columns were drawn; layout mode sets them side by side, and each
    # column is measured on its own (a gap before "Short line.").
    text = _read([[["In the spring of 2018 the police", "took my brother Nurmemet", "Tursun from his shop in the",
                    "market and drove him to a"], [COLUMN_BREAK],
                   ["camp in Ghulja, where he was", "held for two years without", "any charge or trial at all.",
                    "His wife Aynur"], ["Short line."]]])
    assert ("In the spring of 2018 the police took my brother Nurmemet Tursun from his shop in the market and drove"
            " him to a camp in Ghulja, where he was held for two years without any charge or trial at all.") in text
    assert "His wife Aynur\n\nShort line." in text, text  # control: a short line ends its paragraph


def test_pdf_page_without_text_is_not_joined_across():
    filler = "and the rest of this line runs on to fill the whole measure"
    data = make_laid_out_pdf([[[f"Before the scanned page, {filler}"]], [], [[f"after it, {filler}."]]])
    read = read_document("s.pdf", data, max_unpacked_bytes=10**8)
    assert read.pages_needing_ocr == [2]
    assert read.text == f"Before the scanned page, {filler}\n\nafter it, {filler}.", read.text


def _old_text(text: str) -> str:
    """The text an older Guwah stored for a laid-out PDF: its lines as drawn."""
    return text.replace("Tursun from", "Tur-\nsun from")


def _ingest_pdf(store, tmp_path) -> int:
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_laid_out_pdf(ENGLISH, header=HEADER, footer=FOOTER))
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED, outcome.reason
    return outcome.document_id


def _stored_as_before(store, document_id: int) -> str:
    with store.session() as session:
        document = session.get(Document, document_id)
        document.text = _old_text(document.text)
        document.text_sha256 = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        return document.text


def test_pdf_ingested_before_keeps_its_text_and_its_evidence(store, tmp_path):
    from guwah.storage.verify import verify_archive

    document_id = _ingest_pdf(store, tmp_path)
    old = _stored_as_before(store, document_id)
    start = old.index("Tur-\nsun")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Nurmemet Tursun", evidence_document_id=document_id,
                               evidence_start=start - len("Nurmemet "), evidence_end=start + len("Tur-\nsun"),
                               asserted_by_kind="user", asserted_by="t"))
    with pytest.raises(InputError, match="facts citing its text"):
        reread_document(store, document_id)
    with store.session() as session:
        document = session.get(Document, document_id)
        assert document.text == old
        cited = session.scalars(select(PersonName).where(PersonName.evidence_document_id == document_id)).one()
        assert document.text[cited.evidence_start:cited.evidence_end] == "Nurmemet Tur-\nsun"
    assert verify_archive(store)[1] == []


def test_pdf_ingested_before_without_facts_is_reread_into_paragraphs(store, tmp_path):
    document_id = _ingest_pdf(store, tmp_path)
    old = _stored_as_before(store, document_id)
    assert reread_document(store, document_id) is True
    with store.session() as session:
        document = session.get(Document, document_id)
        assert "Nurmemet Tursun from" in document.text and document.text != old
        assert document.text_sha256 == hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        event = session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document_id,
                                                           CustodyEvent.action == "re_extracted")).one()
        assert event.detail["old_text_sha256"] == hashlib.sha256(old.encode("utf-8")).hexdigest()


def test_running_header_with_its_page_number_is_set_apart_from_the_sentence_it_interrupts():
    from guwah.ingest.paragraphs import join_pages, page_lines

    filler = "and the rest of this line runs on to fill the whole measure"
    pages = [page_lines(f"Annual report 2021   page {number}\n{body}\n{number}", None) for number, body in [
        (4, f"First, {filler}\nand so, {filler}, they took him to the"), (5, f"camp in Ghulja in May, {filler}.")]]
    assert join_pages(pages) == (
        "Annual report 2021   page 4\n\n"
        f"First, {filler} and so, {filler}, they took him to the camp in Ghulja in May, {filler}.\n\n"
        "4\n\nAnnual report 2021   page 5\n\n5")


def test_a_year_alone_at_a_pages_foot_is_no_page_number():
    from guwah.ingest.paragraphs import join_pages, page_lines

    filler = "and the rest of this line runs on to fill the whole measure"
    text = join_pages([page_lines(f"He was taken in the spring, {filler}, in\n2018\n12", None)])
    assert text == f"He was taken in the spring, {filler}, in 2018\n\n12", text  # "12": a page number


def test_docx_paragraph_is_read_whole_and_its_own_line_breaks_kept():
    # Word wraps a paragraph when it draws it, so a DOCX holds no wrapped lines to join; a line break
    # typed inside a paragraph (Shift+Enter: an address, a list of names) is its writer's and stays.
    from tests.factories import make_docx

    long = ("In the spring of 2018 the police took my brother Nurmemet Tursun from his shop in the market "
            "and drove him to a camp in Ghulja, where he was held for two years.")
    data = make_docx([long, "Nurmemet Tursun\nAynur Tursun"])
    text = read_document("statement.docx", data, max_unpacked_bytes=10**8).text
    assert text == long + "\nNurmemet Tursun\nAynur Tursun", text


@pytest.mark.parametrize("pages", [
    [[["Relatives held:"], ["Aynur Memet", "Nurmemet Hapiz", "Gulnar Abdulla", "Memtimin Ablet"]]],
    [[["Relatives held, as the family listed them for us:"],
      ["Aynur Memet      teacher     2017", "Nurmemet Hapiz    driver      2018",
       "Gulnar Abdulla    doctor      2018"]]],
])
def test_pdf_list_of_names_or_table_rows_stay_apart(pages):
    text = _read(pages)
    assert "Memet\nNurmemet Hapiz" in text or "2017\nNurmemet Hapiz" in text, text
    assert "Hapiz Gulnar" not in text and "2018 Gulnar" not in text, text
    # Control: the same names in lines that fill a measure are wrapped lines, joined.
    filler = "and the rest of this line runs on to fill the whole measure"
    assert f"{filler} Aynur Memet {filler}" in _read([[[f"{filler} Aynur", f"Memet {filler}."]]])


def test_joining_loses_no_character_but_line_end_hyphens():
    from collections import Counter

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from guwah.ingest.paragraphs import join_pages, page_lines

    line = st.text(alphabet="ab Tz-.:4阿ئ\u00ad", max_size=70)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.lists(line, max_size=8), max_size=4))
    def check(pages):
        text = join_pages([page_lines("\n".join(page), None) for page in pages])
        given_chars = Counter(ch for page in pages for row in page for ch in row if not ch.isspace())
        kept = Counter(ch for ch in text if not ch.isspace())
        assert not kept - given_chars
        assert set(given_chars - kept) <= {"-", "\u00ad"}

    check()
