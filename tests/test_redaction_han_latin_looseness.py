"""h-names47: a name read from characters is masked by sound no more loosely than its Latin spelling.
A withheld name in characters masks its Latin spellings in a text, and not a Latin word of other
sounds; a withheld Latin name masks its spelling in characters, and not another name there that
only the loose reading of characters made the same: 叶尔兰 (Yerlan) scored 1.0 against the withheld
Yalqun, since both readings dropped the r they close a syllable with (guwah.names.forms.CLOSING_R).
Invented people, our own words."""

from guwah.redaction import WITHHELD, Withheld, build_masking, redact


def test_a_withheld_name_in_characters_masks_its_latin_spellings_and_not_other_words():
    masking = build_masking([Withheld(1, ("吐尔逊·托合提",), WITHHELD)], [])
    shown = redact("Tursun Tohti was taken in 2017; Tursun Tokhti's brother read about Hogwarts.", masking).text
    assert "Tursun" not in shown and "Tohti" not in shown and "Tokhti" not in shown, shown
    assert "Hogwarts" in shown and "brother read about" in shown, shown  # the controls


def test_a_withheld_latin_name_masks_its_characters_and_not_another_name_read_loosely():
    masking = build_masking([Withheld(1, ("Yalqun Tokenov",), WITHHELD)], [])
    shown = redact("昨天叶尔兰和亚力坤·托克诺夫来看我们。", masking).text
    assert "亚力坤" not in shown and "托克诺夫" not in shown, shown  # his name in characters
    assert "叶尔兰" in shown, shown  # Yerlan, someone else: was masked
    assert "昨天" in shown and "来看我们" in shown, shown
