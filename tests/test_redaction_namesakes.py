"""Namesakes: two people whose names are written alike, one named on an approved basis, the other
withheld (h-fix45). Before, a withheld whole name written as a named person's was never masked: the
named one's approval showed the other's name in every released text. A reader cannot tell which of
the two a text means, so the name stays masked wherever it is written alike, in any script or run
together; a name written otherwise stays shown. Invented people, our own words."""

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact


def _shown(text: str, withheld: str, named: tuple[str, ...] = ("Ablet Tursun",)) -> str:
    return redact(text, build_masking([Withheld(1, (withheld,), WITHHELD)], list(named))).text


@pytest.mark.parametrize(("withheld", "text"), [
    ("Ablet Tursun", "The police took Ablet Tursun in 2018."),
    ("Аблет Турсун", "The police took Ablet Tursun in 2018."),      # recorded in Cyrillic, written in Latin
    ("Ablet Tursun", "The police took Аблет Турсун in 2018."),      # and the other way round
    ("Ablet Tursun", "The police took ABLET TURSUN in 2018."),
    ("Ablät Tursun", "The police took Ablet Tursun in 2018."),      # alike, not the same letters
])
def test_a_withheld_namesake_of_a_named_person_is_masked_where_written_alike(withheld, text):
    shown = _shown(text, withheld)
    assert shown == f"The police took {WITHHELD} in 2018.", shown


def test_a_withheld_namesake_run_together_as_a_handle_is_masked():
    shown = _shown("Write to @ablettursun for news.", "Ablet Tursun")
    assert "ablet" not in shown and WITHHELD in shown, shown


def test_the_named_person_is_shown_where_no_withheld_name_is_written_alike():
    # Controls: the same named person beside a withheld person of another name, and the named
    # name written whole beside the withheld one (set apart by a comma) when they are not alike.
    assert _shown("The police took Ablet Tursun in 2018.", "Gulnar Hesen") == "The police took Ablet Tursun in 2018."
    assert _shown("Gulnar Hesen, Ablet Tursun spoke.", "Gulnar Hesen") == f"{WITHHELD}, Ablet Tursun spoke."


def test_a_withheld_namesake_in_chinese_characters_is_masked_beside_a_named_pinyin_spelling():
    shown = _shown("警察带走了王建国。", "王建国", named=("Wang Jianguo",))
    assert "王建国" not in shown and WITHHELD in shown, shown


def test_a_withheld_mention_read_only_in_confidential_texts_yields_to_the_named_person():
    # A confidential text received later names "Ablet Tursun" with no basis and no refusal of its
    # own: no public text was read as meaning that mention, so the named person's own name stays
    # shown (h-fix44's policy; the lead, session 44). Control: the same mention read in a text the
    # public may read (the flag unset) masks it; its other name, no one's named, stays masked.
    text = "The police took Ablet Tursun in 2018. Aba Tursun wrote."
    yielding = Withheld(1, ("Ablet Tursun", "Aba Tursun"), WITHHELD, yields_to_named=True)
    assert redact(text, build_masking([yielding], ["Ablet Tursun"])).text == (
        f"The police took Ablet Tursun in 2018. {WITHHELD} wrote.")
    assert _shown(text, "Ablet Tursun") == f"The police took {WITHHELD} in 2018. Aba Tursun wrote."
