"""A withheld name left readable beside a mask, or instead of one (h-mask58): a Chinese spelling the
names layer did not equate (米尔扎特 for Mirzat: 扎 read za and 特 the closing t at once), a kinship
character that writes a name's last syllable (吐尔孙 Tursun, 孙 "grandson"), letters written one by
one (M i r z a t, T-U-R-S-U-N, M.I.R.Z.A.T.), and the affectionate -jan with a case ending
(Mirzatjanning, مىرزاتجانغا). Invented people, our own sentences; each text also names a released
person, who stays shown."""

import pytest

from guwah.names import compare_names
from guwah.names.settings import SAME_NAME
from guwah.redaction import WITHHELD, Withheld, build_masking, redact

RELEASED = ("Dilnaz Ibrayeva", "迪丽娜孜·伊布拉耶娃", "Дилназ Ибраева")


def _shown(text: str, withheld: str = "Mirzat Tursun") -> str:
    return redact(text, build_masking([Withheld(1, (withheld,), WITHHELD)], list(RELEASED))).text


# Transcriptions whose 扎 (zha, and za) and last 特 (te, the closing t) are read each its second and
# its first way at once; before, 米尔扎特 scored 0.8 against Mirzat and stayed shown.
@pytest.mark.parametrize(("chinese", "latin"), [
    ("米尔扎特", "Mirzat"), ("努尔扎特", "Nurzat"), ("阿扎特", "Azat"), ("塔西克", "Tahik"),
])
def test_a_transcription_with_two_readings_and_a_closing_consonant_is_the_same_name(chinese, latin):
    assert compare_names(chinese, latin) >= SAME_NAME


def test_a_last_syllable_with_its_vowel_is_still_read_too():
    from guwah.names.chinese import second_readings

    assert second_readings("米尔扎特") == ("mirzate", "mirzat")
    assert second_readings("托尔") == ()


def test_a_withheld_name_written_in_characters_the_archive_never_held_is_masked():
    shown = _shown("他叫米尔扎特，是工人。迪丽娜孜也在场。")
    assert "米尔扎特" not in shown and WITHHELD in shown, shown
    assert "迪丽娜孜也在场" in shown, shown


@pytest.mark.parametrize("text", ["吐尔孙被带走了。", "我见过吐尔孙。", "米尔扎特·吐尔孙被带走了。"])
def test_a_kinship_character_that_ends_a_withheld_name_is_masked_with_it(text):
    shown = _shown(text + "迪丽娜孜也在场。")
    assert "孙" not in shown and "吐尔" not in shown, shown
    assert shown.endswith("迪丽娜孜也在场。"), shown


@pytest.mark.parametrize("text", ["米尔扎特·吐尔孙被带走了。", "吐尔孙·米尔扎特被带走了。"])
def test_a_kinship_character_that_ends_the_part_beside_a_mask_is_masked_with_it(text):
    shown = _shown(text + "迪丽娜孜也在场。", withheld="Mirzat")
    assert "孙" not in shown and "吐尔" not in shown, shown
    assert shown == f"{WITHHELD}被带走了。迪丽娜孜也在场。", shown


@pytest.mark.parametrize(("text", "after"), [
    ("吐尔逊于二〇一七年被带走。", "于二〇一七年被带走。"),      # 于 "on" adds nothing to Tursun's reading
    ("米尔扎特·吐尔逊儿子被带走。", "儿子被带走。"),           # 儿子 "son": two characters, not a syllable
    ("米尔扎特·吐尔逊的父亲被带走。", "的父亲被带走。"),
])
def test_grammar_and_kinship_words_after_a_masked_name_stay_shown(text, after):
    shown = _shown(text + "迪丽娜孜在场。")
    assert shown == f"{WITHHELD}{after}迪丽娜孜在场。", shown


@pytest.mark.parametrize("spelled", [
    "M i r z a t", "T-U-R-S-U-N", "M.I.R.Z.A.T", "M. I. R. Z. A. T", "T u r s u n", "M i r z a t T u r s u n",
    "M i r z a t  T u r s u n", "М и р з а т",
])
def test_a_withheld_name_written_letter_by_letter_is_masked(spelled):
    shown = _shown(f"The list gave {spelled}. Dilnaz Ibrayeva read it out.")
    assert shown == f"The list gave {WITHHELD}. Dilnaz Ibrayeva read it out.", shown


def test_letters_written_one_by_one_that_spell_no_withheld_name_stay():
    text = "The U.S.A. and the U-S-S-R wrote D i l n a z, and a b c d."
    assert _shown(text) == text


@pytest.mark.parametrize(("text", "word"), [
    ("Mirzatjanning öyi yéqin. Dilnaz Ibrayeva keldi.", "Mirzatjanning"),
    ("Men Mirzatjanga éyttim. Dilnaz Ibrayeva keldi.", "Mirzatjanga"),
    ("Mirzatjan keldi. Dilnaz Ibrayeva keldi.", "Mirzatjan"),
    ("Мирзатжанның үйі жақын. Дилназ Ибраева келді.", "Мирзатжанның"),
    ("مەن مىرزاتجانغا ئېيتتىم. Dilnaz Ibrayeva keldi.", "مىرزاتجانغا"),
])
def test_a_withheld_name_with_the_affectionate_jan_and_a_case_ending_is_masked(text, word):
    shown = _shown(text)
    assert word not in shown and "Mirzat" not in shown and WITHHELD in shown, shown
    assert "Dilnaz Ibrayeva" in shown or "Дилназ Ибраева" in shown, shown


def test_a_name_with_jan_whose_stem_is_no_withheld_name_stays():
    text = "Erjan and Nurjan met Dilnazjan; Tursunjan stayed home."
    assert _shown(text, withheld="Mirzat Tursun") == f"Erjan and Nurjan met Dilnazjan; {WITHHELD} stayed home."
