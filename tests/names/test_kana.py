"""Names in Japanese kana and their Hepburn read-backs (issue 10): katakana renderings of Uyghur and
Kazakh names read through jaconv into the layer's letters and compared loose, as a transcription in
Chinese characters is. Invented names."""

import pytest

from guwah.names import compare_names, detect_script, name_forms, name_keys
from guwah.names.kana import hepburn_reading, kana_reading
from guwah.names.settings import SAME_NAME, SIMILAR_NAME


@pytest.mark.parametrize(("kana", "latin"), [
    ("トルクンバイ", "torukunbai"),       # ル for l (one row writes l and r), ン closing a syllable
    ("ディルムラト", "dirumurat"),       # ディ di (jaconv alone reads dei), the added o of ト dropped
    ("アブドゥサラム", "abudusaram"),    # ドゥ du, the added u of ム dropped
    ("エジズグル", "ejizugur"),
    ("メフメット", "mehmet"),           # フ before a consonant is the h it writes; ッ left out
    ("ユースフ", "yusuf"),              # ー left out; フ last is an f
    ("ウェリジャン", "werijan"),          # ウェ we
    ("ヴァリスベク", "varisubek"),
    ("とるくんばい", "torukunbai"),      # hiragana alike
])
def test_kana_reading(kana, latin):
    assert kana_reading(kana) == latin


def test_kana_is_a_script_of_its_own():
    assert detect_script("トルクンバイ・ディルムラト") == "Kana"
    assert detect_script("ﾄﾙｸﾝﾊﾞｲ") == "Kana"  # halfwidth forms


@pytest.mark.parametrize(("kana", "other"), [
    ("トルクンバイ・メルダンベク", "Tolqunbay Merdanbek"),
    ("トルクンバイ・メルダンベク", "Толкунбай Мерданбек"),
    ("エジズグル・メルダンベク", "Ezizgül Merdanbek"),         # ジ for zi, ル for l
    ("メフメット・カスムタイ", "Mehmet Qasimtay"),
    ("アブドゥサラム・カスムタイ", "ABUDUSALAMU KASIMUTAI"),   # the pinyin of its characters
    ("ｴｼﾞｽﾞｸﾞﾙ・ﾒﾙﾀﾞﾝﾍﾞｸ", "Ezizgul Merdanbek"),        # halfwidth katakana
])
def test_katakana_names_meet_their_other_spellings(kana, other):
    assert compare_names(kana, other) >= SAME_NAME
    assert set(name_keys(kana)) & set(name_keys(other))


def test_a_vowel_katakana_adds_inside_a_name_weighs_as_in_characters():
    # ディルムラト dirumurat: the u after r is one katakana adds, as 迪力木拉提 adds the i after l;
    # both are compared loose, and score alike against the name in letters
    assert compare_names("ディルムラト", "Dilmurat") >= compare_names("迪力木拉提", "Dilmurat") >= SIMILAR_NAME


@pytest.mark.parametrize(("kana", "other"), [
    ("トルクンバイ・ディルムラト", "Merdanbek Dilmurat"),   # another given name
    ("トルクンバイ・ディルムラト", "Tolqunbay Ezizgul"),    # another father
    ("エジズグル・メルダンベク", "Abdusalam Qasimtay"),
])
def test_katakana_names_stay_apart_from_other_names(kana, other):
    assert compare_names(kana, other) < SIMILAR_NAME
    assert compare_names(kana, kana) == 1.0  # positive control: the same path reads the same name


def test_before_jaconv_a_katakana_name_had_no_reading():
    # regression (issue 10): the layer read no kana, so such a name scored 0 against every spelling
    assert name_forms("トルクンバイ・ディルムラト").readings
    assert name_keys("トルクンバイ・ディルムラト")


@pytest.mark.parametrize(("written", "reading"), [
    ("abudusaramu", "abudusaram"),   # the added last u
    ("mehumetto", "mehmet"),         # hu before a consonant, the added o after tt
    ("merudanbeku", "merudanbek"),
])
def test_hepburn_read_back(written, reading):
    assert hepburn_reading(written) == reading


@pytest.mark.parametrize("word", ["tolqunbay", "musa", "amina", "dilmurat", "kamila"])
def test_words_of_uyghur_latin_are_no_hepburn_read_back(word):
    # not Hepburn syllables (q, l, a closing t), or nothing katakana adds at the end
    assert hepburn_reading(word) is None


def test_hepburn_read_back_meets_the_name():
    assert compare_names("Abudusaramu Merudanbeku", "Abdusalam Merdanbek") >= SAME_NAME
    assert compare_names("Abudusaramu Merudanbeku", "Abdusalam Qasimtay") < SAME_NAME  # another father


def test_characters_before_kana_are_a_title():
    # Japanese writes a foreign name wholly in katakana: an occupation in characters before it is none of it
    assert compare_names("教師トルクンバイ・メルダンベク", "Tolqunbay Merdanbek") >= SAME_NAME
    assert compare_names("詩人エジズグル", "Ezizgul") >= SAME_NAME
    assert compare_names("歌手 Abudusaramu Merudanbeku", "Abdusalam Merdanbek") >= SAME_NAME
    assert name_forms("教師トルクンバイ・メルダンベク").name == "教師トルクンバイ・メルダンベク"  # shown as written


@pytest.mark.parametrize(("kana", "latin"), [
    ("グルナル・トクサナイ", "Gulnar Toqsanay"),       # ル for l, then ル for r, in one word
    ("ヌルラン・トクサナイ", "Nurlan Toqsanay"),         # nu-ru-ran: the u added after r left out
    ("アブリキム・トクサナイ", "Ablikim Toqsanay"),      # a-bu-ri-kim: the u added after b
])
def test_a_kana_name_holding_l_and_r_meets_its_latin_spelling(kana, latin):
    """One row of katakana writes l and r, and katakana adds a u after a consonant that closes a
    syllable: each r of the row is also read as l, one by one, and the word is also read without
    those u (issue 10)."""
    assert compare_names(kana, latin) >= SAME_NAME
    assert set(name_keys(kana)) & set(name_keys(latin))


def test_l_and_r_stay_apart_between_latin_spellings_and_other_names_in_kana():
    """Negative controls: two Latin spellings that differ in l and r are two names (only a word read
    from kana reads them alike), and a kana name meets no other given name of its family's."""
    assert compare_names("サリム・トクサナイ", "Salim Toqsanay") >= SAME_NAME  # the positive control
    assert compare_names("Salim Toqsanay", "Sarim Toqsanay") < SAME_NAME
    assert compare_names("アブリキム・トクサナイ", "Ablimit Toqsanay") < SIMILAR_NAME


@pytest.mark.parametrize(("kana", "latin", "other"), [
    ("エジズグル", "Ezizgul", "Ezizgal"),
    ("トルクンバイ・エジズグル", "Tolqunbay Ezizgul", "Tolqunbay Ezizgal"),
])
def test_the_vowel_fold_is_the_kana_sides_only(kana, latin, other):
    """Issue 10: a name read from katakana is compared with its vowels folded (the reading is
    loose, as a transcription in characters), so Ezizgul in kana meets Ezizgal; in Latin letters on
    both sides Ezizgul and Ezizgal are two names (the negative control), while the Latin spelling
    of the kana's own name stays the same name (the positive control). Invented names."""
    assert compare_names(kana, other) >= SAME_NAME
    assert compare_names(latin, other) < SAME_NAME
    assert compare_names(latin, kana) >= SAME_NAME
