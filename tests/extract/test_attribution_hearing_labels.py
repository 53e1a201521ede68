"""A hearing's speaker label, a title or an office and a surname closed by a full stop or a colon at a line's
start ("Ms. ALMASBEK. I was …", "Senator ASHDOWN. …", "Ms. Almasbek: …"), names who speaks the turn: "I" in
it, and in the paragraphs after it up to the next label, is that person, "we" includes them, and a presiding
officer's turn is no one's (issue 11, h-speakers76: a printed hearing's witness, named only in her labels, was
no person and her "I was …" went to the chairman). Invented texts and names.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of

HEARING = """HEARING OF THE FRIENDSHIP COMMITTEE ON RIVER TOWNS
Present: Senator Colm Ashdown, Chair; Senator Rhea Vantongeren.

Chair ASHDOWN. We begin with our witness. Ms. Almasbek, please go ahead.

Ms. ALMASBEK. Thank you. In March 2019 I was sent to a camp near Kuytun.

For a year we were kept in chains at night, and every week we had to sing songs praising the Party.

Chair ASHDOWN. Thank you. Senator Vantongeren?

Senator VANTONGEREN. Were you given any papers when you left?

Ms. ALMASBEK. None. They kept my passport when I was released.
"""


def _named(doc, word: str):
    found = [p for p in doc.persons if any(word in name.split() for name in p.names)]
    assert found, f"no person named {word!r}: {[p.names for p in doc.persons]}"
    return found[0]


def test_the_witness_named_only_in_her_labels_is_a_person_with_her_turns():
    doc = doc_of(HEARING)
    witness = _named(doc, "Almasbek")
    # "I" on her label's line and in the paragraph after it, and "we" in her turn, are hers
    assert {"detention.internment_camp", "movement.passport_confiscation"} <= codes_of(witness)
    assert "detention.shackling" in codes_of(witness)
    # negative: the chairman, whose turns come first, has none of her acts
    assert not codes_of(_named(doc, "Ashdown")) & {"detention.internment_camp", "detention.shackling"}


def test_a_colon_closes_a_label_in_mixed_case():
    text = HEARING.replace("Ms. ALMASBEK.", "Ms. Almasbek:").replace("Chair ASHDOWN.", "Chair Ashdown:") \
        .replace("Senator VANTONGEREN.", "Senator Vantongeren:")
    doc = doc_of(text)
    assert "detention.internment_camp" in codes_of(_named(doc, "Almasbek"))
    assert "detention.internment_camp" not in codes_of(_named(doc, "Ashdown"))


def test_a_line_opening_with_a_title_in_prose_is_no_label():
    """Negative: "Mr. Lindqvist." in mixed case with a full stop, once, is a sentence, not a turn; the narrator's
    "I" stays the narrator's (control: the narrator has the camp)."""
    text = ("My name is Peruza Almasbek. I am writing about my time in Kuytun.\n"
            "Mr. Lindqvist. That was the name of the teacher who helped me leave.\n"
            "In March 2019 I was sent to a camp near Kuytun.\n")
    doc = doc_of(text)
    assert "detention.internment_camp" in codes_of(_named(doc, "Almasbek"))
    assert not any("Lindqvist" in name for p in doc.persons if codes_of(p) for name in p.names)
