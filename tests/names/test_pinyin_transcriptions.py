"""A Uyghur or Kazakh name's Chinese transcription spelt in pinyin (issue 10): lists compiled from
Chinese documents write 艾克热木·塔西买提 as "AIKEREMU TAXIMAITI", with tone marks, run together or a
syllable a word; each meets the Turkic name at the decision the characters get, a Chinese name in
pinyin stays a Chinese name, and two different Turkic names stay apart. Invented names throughout."""

import pytest

from guwah.names import compare_names, name_keys
from guwah.names.chinese import joined_syllables, pinyin_transcription, toneless_pinyin
from guwah.names.forms import name_forms
from guwah.names.settings import SAME_NAME

# (invented Turkic name in Uyghur Latin, its transcription in characters, that transcription in pinyin)
NAMES = [
    ("Ekrem Tashmet", "艾克热木·塔西买提", "Aikeremu Taximaiti"),
    ("Mirzat Nurbek", "米尔扎提·努尔别克", "Mierzhati Nuerbieke"),
    ("Zilnur Qasim", "孜力努尔·卡斯木", "Zilinuer Kasimu"),
]
SPELLINGS = [
    lambda p: p,  # Aikeremu Taximaiti
    str.upper,  # AIKEREMU TAXIMAITI
    lambda p: p.replace(" ", "·"),  # a middle dot between the words
    lambda p: {"Aikeremu Taximaiti": "Āikèrèmù Tǎxīmǎití", "Mierzhati Nuerbieke": "Mǐ'ěrzhātí Nǔ'ěrbiékè",
               "Zilinuer Kasimu": "Zīlìnǔ'ěr Kǎsīmù"}[p],  # tone marks
    lambda p: {"Aikeremu Taximaiti": "Ai4ke4re4mu4 Ta3xi1mai3ti2", "Mierzhati Nuerbieke": "Mi3er3zha1ti2 Nu3er3bie2ke4",
               "Zilinuer Kasimu": "Zi1li4nu3er3 Ka3si1mu4"}[p],  # tone numbers
]


@pytest.mark.parametrize(("turkic", "han", "pinyin"), NAMES)
@pytest.mark.parametrize("spell", SPELLINGS)
def test_pinyin_spelling_meets_the_turkic_name_as_the_characters_do(turkic, han, pinyin, spell):
    spelt = spell(pinyin)
    assert compare_names(han, turkic) >= SAME_NAME  # the characters' decision, the reference
    assert compare_names(spelt, turkic) >= SAME_NAME
    assert set(name_keys(spelt)) & set(name_keys(turkic))  # blocked together, so the linker compares them


@pytest.mark.parametrize(("turkic", "han", "pinyin"), NAMES)
def test_two_different_turkic_names_in_pinyin_stay_apart(turkic, han, pinyin):
    others = [other for other in NAMES if other[0] != turkic]
    assert compare_names(pinyin, turkic) >= SAME_NAME  # positive control
    for other_turkic, _other_han, other_pinyin in others:
        assert compare_names(pinyin, other_pinyin) < SAME_NAME
        assert compare_names(pinyin, other_turkic) < SAME_NAME


@pytest.mark.parametrize(("a", "b"), [
    ("Aikeremu Taximaiti", "Aikebaier Taximaiti"),  # Ekrem, Ekber: one given name apart
    ("Aikeremu Taximaiti", "Ekber Tashmet"),
    ("Aikeremu Taximaiti", "Ekrem Nurbek"),  # the father's name apart
])
def test_close_turkic_names_in_pinyin_are_not_made_the_same(a, b):
    assert compare_names("Aikeremu Taximaiti", "Ekrem Tashmet") >= SAME_NAME  # positive control
    assert compare_names(a, b) < SAME_NAME


def test_the_common_endings_read_as_the_characters_read_them():
    """-jiang is -jan, -guli -gül, -ayi -ay, a last mu, ke, ti the lone consonant."""
    assert compare_names("Aikeremujiang Taximaiti", "Ekremjan Tashmet") >= SAME_NAME
    assert compare_names("Ziliguli Kasimu", "Zilgul Qasim") >= SAME_NAME
    assert compare_names("Nuerziliayi Kasimu", "Nurzilay Qasim") >= SAME_NAME
    assert compare_names("Gulixian Kasimu", "Gulshen Qasim") >= SAME_NAME  # 古丽 guli before a syllable


@pytest.mark.parametrize("spelt", ["Aikeremutaximaiti", "AIKEREMUTAXIMAITI", "Ai Ke Re Mu Ta Xi Mai Ti"])
def test_run_together_or_a_syllable_a_word_reads_as_the_undotted_characters(spelt):
    """Without the dot the characters meet the name through the joining, below the same-name level
    (艾克热木塔西买提); the pinyin gets the same decision and score, whether run together or spelt apart."""
    assert compare_names(spelt, "Ekrem Tashmet") == pytest.approx(compare_names("艾克热木塔西买提", "Ekrem Tashmet"))
    assert compare_names(spelt, "Ekrem Tashmet") > compare_names(spelt, "Ekber Tursun") + 0.3


def test_a_chinese_name_in_pinyin_stays_chinese():
    assert pinyin_transcription("Aikeremu Taximaiti") is not None  # positive control: the same reader fires
    for chinese in ("Zhao Minghui", "ZHAO Minghui", "Zhào Mínghuì", "Zhao Ming Hui"):
        assert pinyin_transcription(toneless_pinyin(chinese) or chinese) is None
        assert name_forms(chinese).chinese == ("zhao", "minghui")
    assert joined_syllables("Zhao Ming Hui") is None  # not run together as a transcription would be
    assert joined_syllables("Ai Ke Re Mu") == "Aikeremu"
    assert compare_names("Zhao Minghui", "Minghui Zhao") == 1.0
    assert compare_names("Zhao Minghui", "Zhao Mingfei") < SAME_NAME


@pytest.mark.parametrize("name", ["Ali", "Aili", "Ali Hasan", "Adil Kasim", "Halide"])
def test_a_latin_name_that_merely_looks_like_pinyin_is_not_read_as_a_transcription(name):
    """Nothing in these is pinyin that Uyghur Latin would not write: they keep their own readings."""
    assert pinyin_transcription("Aili Tuerxun") is not None  # positive control: Tuerxun's er shows pinyin
    assert pinyin_transcription(name) is None
    assert compare_names("Ali", "Ali") == 1.0


def test_tone_marks_are_dropped_only_from_pinyin():
    assert toneless_pinyin("Āikèrèmù Tǎxīmǎití") == "Aikeremu Taximaiti"
    assert toneless_pinyin("Ai4ke4re4mu4") == "Aikeremu"
    assert toneless_pinyin("Aikeremu") is None  # no marks
    assert toneless_pinyin("Gülnur") is None  # Turkish ü is no tone mark, and Gulnur no pinyin
    assert toneless_pinyin("A1im") is None  # a scanned l read as 1, not a tone number


@pytest.mark.parametrize(("pinyin", "latin"), [
    ("TUNASIEN HALIYIEN", "Tunasin Haliyin"),    # the 恩 en of a lone n after a vowel (issue 10): si-en sin,
    ("Tunasien", "Tunasin"),                     # where a lone si is s; yi-en in
    ("HALIMIEN", "Halimin"),                     # mi-en: min
    ("TUNASAIEN", "Tunasen"),                    # sai-en: sen
])
def test_a_lone_n_after_a_vowel_is_read(pinyin, latin):
    from guwah.names.settings import SAME_NAME

    assert compare_names(pinyin, latin) >= SAME_NAME


def test_the_lone_n_reading_keeps_names_apart():
    from guwah.names.chinese import pinyin_read_back
    from guwah.names.settings import SIMILAR_NAME

    assert pinyin_read_back("tunasien") == "tunasin"
    assert compare_names("Tunasien", "Tunasur Orzila") < SIMILAR_NAME  # another name
    assert compare_names("Tunasien", "Tunasin Orzila") >= SIMILAR_NAME  # positive control
    assert pinyin_read_back("chien") is None  # a first chi before en is no pinyin read back (Wade-Giles)
