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
