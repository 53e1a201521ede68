"""A name in Uyghur Arabic script as a sentence writes it, with a case ending on its last word
(تۇرسۇننىڭ "Tursun's", مەمەتكە "to Memet", ئابلىمىتتىن "from Ablimit"), is also read without it, for
its blocking keys and its comparison (issue 10). Invented names."""

import pytest

from guwah.names import compare_names, name_keys
from guwah.names.forms import case_free_word
from guwah.names.settings import SAME_NAME


@pytest.mark.parametrize(("written", "plain"), [
    ("ئەزىمبەك تۇرسۇننىڭ", "Ezimbek Tursun"),        # genitive
    ("ئەزىمبەك مەمەتكە", "Ezimbek Memet"),           # dative
    ("ئەزىمبەك ئابلىمىتتىن", "Ezimbek Ablimit"),     # ablative
    ("ئەزىمبەك تۇرسۇننى", "Ezimbek Tursun"),         # accusative
    ("ئابلىمىتنىڭ", "Ablimit"),                      # a given name alone
])
def test_a_name_with_a_case_ending_meets_its_plain_spelling(written, plain):
    assert compare_names(written, plain) >= SAME_NAME
    assert set(name_keys(written)) & set(name_keys(plain))


@pytest.mark.parametrize("name", ["ساجىدە", "خالىدە", "غېنى", "جالالىدىن"])
def test_a_name_that_ends_in_the_letters_of_a_case_keeps_them(name):
    """Negative control: Sajide, Khalide, Gheni, Jalalidin end in -دە, -نى, -دىن but are names; only
    a word whose stem is a listed name and which is not one itself loses its ending (the positive
    control: تۇرسۇننىڭ)."""
    assert case_free_word(name) is None
    assert case_free_word("تۇرسۇننىڭ") == "تۇرسۇن"


def test_two_people_sharing_a_father_name_stay_apart_with_a_case_ending():
    """Negative control: the ending read away does not make two given names one."""
    assert compare_names("ئەزىمبەك تۇرسۇننىڭ", "Ezimbek Tursun") >= SAME_NAME
    assert compare_names("ئەزىمبەك تۇرسۇننىڭ", "Qasimbek Tursun") < SAME_NAME


@pytest.mark.parametrize(("written", "plain"), [
    ("زورۋات كېلدانىنىڭ", "Zorvat Keldani"),        # genitive, stems outside the lexicon
    ("زورۋات كېلدانغا", "Zorvat Keldan"),            # dative -غا
    ("قۇرۋېكسقا", "Qurveks"),                        # dative -قا, a given name alone
])
def test_a_genitive_or_dative_comes_off_a_stem_outside_the_lexicon(written, plain):
    """No given name ends in the genitive or back dative endings (`inflection.ARABIC_NAME_CASE`), so
    they come off any stem that is a plausible name by its length and letters, not only a listed
    one (invented names, none in `guwah.names.given`); the stem is read beside the word."""
    assert compare_names(written, plain) >= SAME_NAME
    assert set(name_keys(written)) & set(name_keys(plain))


@pytest.mark.parametrize(("name", "cut"), [
    ("زورۋىدا", "Zorvi"),        # an invented name in -دا: locative letters
    ("كېلدىدىن", "Keldi"),       # in -دىن: ablative letters
    ("مولتەنى", "Molte"),        # in -نى: accusative letters
    ("زورۋىكە", "Zorvi"),        # in -كە: front dative letters (as Melike)
])
def test_an_unlisted_name_in_the_letters_of_another_case_keeps_them(name, cut):
    """Negative control: names do end in the front dative, locative, ablative and accusative letters
    (Melike, Parida, Zeydin, Gheni), so on a stem outside the lexicon those stay, and the name is not read as the
    shorter one; the positive control: the genitive on the same kind of stem comes off."""
    assert case_free_word(name) is None
    assert compare_names(name, cut) < SAME_NAME
    assert case_free_word("زورۋىنىڭ") == "زورۋى"


@pytest.mark.parametrize("word", ["قانىڭ", "ب2نىڭ", "ككككغا"])
def test_a_stem_that_is_no_plausible_name_keeps_its_ending(word):
    """Negative control: a stem shorter than MIN_STEM letters, holding a digit, or without a vowel
    letter is no name; the positive control, a plausible stem, loses the same ending."""
    assert case_free_word(word) is None
    assert case_free_word("زورۋاتقا") == "زورۋات"
