"""The given-name lexicon: one entry read in every script, through case endings."""

import pytest

from guwah.names.given import given_name, lexicon


@pytest.mark.parametrize(("word", "name", "gender"), [
    ("ئابلىمىت", "ablimit", "male"), ("Ablimit", "ablimit", "male"), ("Аблимит", "ablimit", "male"),
    ("تۇرسۇننىڭ", "tursun", None),  # genitive
    ("گۈلنىسانى", "gülnisa", "female"),  # accusative
    ("Ерланның", "Ерлан", "male"), ("ئېرلان", "Ерлан", "male"),  # a Kazakh name in Uyghur script
    ("Сайрагүл", "Сайрагүл", "female"), ("Sayragul", "Сайрагүл", "female"),
    ("تۇرسۇنجان", "tursunjan", "male"),  # -jan on a listed name
    ("پاتىگۈلنى", "patigül", "female"),
])
def test_given_name_found_in_every_script(word, name, gender):
    entry, _stem = given_name(word)
    assert (entry.name, entry.gender) == (name, gender)


@pytest.mark.parametrize("word", ["قەشقەردە", "ساقچىلار", "مېنى", "بىلەن", "лагерьде", "police", "ئالىم", ""])
def test_given_name_not_for_places_and_words(word):
    assert given_name(word) is None


def test_given_name_marks_names_that_are_words():
    entry, _stem = given_name("ئەركىن")  # Erkin, also "free"
    assert entry.word
    assert not given_name("ئابلىمىت")[0].word


def test_given_name_stem_is_the_uninflected_word():
    assert given_name("تۇرسۇننىڭ")[1] == "تۇرسۇن"
    assert given_name("Ерланның")[1] == "ерлан"


def test_lexicon_lists_both_genders():
    genders = {entry.gender for entry in lexicon().values()}
    assert {"male", "female"} <= genders and len(lexicon()) > 150
