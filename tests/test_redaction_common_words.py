"""A common word in lower case is not masked for being like a withheld name in another script: with
a Kazakh father "Сейіт Нұрланұлы" withheld anywhere in the archive, every "said" of every released
English testimony became "[name withheld]" ("His wife [name withheld] he was taken at night" — a
newcomer's report: the public text said something else than the witness). The name itself stays
masked in every spelling the names layer reads it in (controls). Invented people, our own words."""

from guwah.redaction import Withheld, build_masking, redact


def _shown(text: str) -> str:
    withheld = [Withheld(1, ("Сейіт Нұрланұлы",), "[name withheld]")]
    return redact(text, build_masking(withheld, [])).text


def test_a_common_word_like_a_withheld_name_stays():
    assert _shown("His wife Aygul said he was taken at night.") == "His wife Aygul said he was taken at night."


def test_the_withheld_name_is_still_masked_in_its_spellings():
    assert "Said" not in _shown("Said was taken at night.")  # capitalised: a name
    assert "Seyit" not in _shown("They took Seyit in 2018.")
    assert "seyit" not in _shown("they took seyit in 2018.")  # lower case as the names layer reads it
    assert "Сейіт" not in _shown("Сейіт 2018 жылы ұсталды.")
    assert "nurlanuly" not in _shown("they took seit nurlanuly in 2018.")  # a full name, any case
