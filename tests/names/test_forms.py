"""Name forms: words typed without a space, a detached Abd-, the -jan stems (invented names)."""

import pytest

from guwah.names import compare_names, name_keys
from guwah.names.forms import jan_stems, joined_abd, name_forms, unglued
from guwah.names.settings import SAME_NAME


@pytest.mark.parametrize(("glued", "spaced"), [
    ("KorimjanTalip", "Korimjan Talip"),
    ("TalipKORIM", "Talip KORIM"),
    ("ТАЛИПКоримжан", "ТАЛИП Коримжан"),
    ("Zebiya KorimTalip", "Zebiya Korim Talip"),
])
def test_words_typed_without_a_space_are_split(glued, spaced):
    assert unglued(glued) == spaced


@pytest.mark.parametrize("name", ["TALIPKORIM", "talipkorim", "Korimjan Talip", "McTalip",
                                  "Tal'ip Korim", "ТАЛИПов"])
def test_a_name_in_one_case_or_with_no_glued_word_is_left_alone(name):
    assert unglued(name) == name


def test_a_glued_name_shares_keys_and_scores_as_the_spaced_one():
    assert set(name_keys("KorimjanTalip")) == set(name_keys("Korimjan Talip"))
    assert compare_names("KorimjanTalip", "Korimjan Talip") == pytest.approx(1.0)


@pytest.mark.parametrize(("name", "joined"), [
    ("Abdu Zerkut Talip", "Abduzerkut Talip"),
    ("TALIP Abdul Zerkut", "TALIP Abdulzerkut"),
    ("ABDUR ZERKUT", "ABDURZERKUT"),
    ("Абду Зеркут", "Абдузеркут"),
])
def test_a_detached_abd_is_joined_to_the_next_word(name, joined):
    assert joined_abd(name) == joined


@pytest.mark.parametrize("name", ["Abdulla Talip", "Talip Abdu", "Abduzerkut", "Zerkut Abdusalim"])
def test_names_without_a_detached_abd_have_no_joined_form(name):
    assert joined_abd(name) is None


@pytest.mark.parametrize(("a", "b"), [
    ("Abdu Zerkut Talip", "Abduzerkut Talip"),
    ("Abdul Qerim Talip", "Abduqerim Talip"),
    ("TALIP Abdu Zerkut", "Абдузеркут Талип"),
])
def test_a_detached_abd_is_the_same_name_as_the_joined_one(a, b):
    assert set(name_keys(a)) & set(name_keys(b))
    assert compare_names(a, b) >= SAME_NAME


def test_the_detached_reading_is_kept_beside_the_joined_one():
    readings = {tuple(p.latin for p in parts) for parts in name_forms("Abdu Zerkut").readings}
    assert ("abdu", "zerkut") in readings and ("abduzerkut",) in readings


def test_a_jan_stem_ends_devoiced_as_the_bare_name_does():
    bare = name_forms("Koriz").readings[0][0].reduced
    assert bare in jan_stems(name_forms("Korizjan").readings[0][0].reduced)


def test_the_pinyin_jiang_ending_is_a_jan_ending_after_two_syllables_only():
    assert jan_stems(name_forms("Kalimutijiang·Tulumu").pinyin[0].reduced)
    assert not jan_stems(name_forms("Lou Kejiang").readings[0][1].reduced)
