from guwah.extract.document import Doc
from guwah.extract.sentences import split_sentences


def split(text: str) -> list[str]:
    doc = Doc(text)
    split_sentences(doc)
    return [text[s.start:s.end] for s in doc.sentences]


def test_sentences_split_on_full_stops_and_lines():
    assert split("Heading\n\nI left. She stayed! Did he?") == ["Heading", "I left.", "She stayed!", "Did he?"]


def test_sentences_keep_abbreviations_together():
    assert split("It was 8 p.m. or so, i.e. late. No. 2 School is closed.") == [
        "It was 8 p.m. or so, i.e. late.", "No. 2 School is closed."]


def test_sentences_number_paragraphs():
    doc = Doc("One. Two.\n\nThree.")
    split_sentences(doc)
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]
