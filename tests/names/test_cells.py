"""A name cell holding aliases is read as several spellings of one name (invented names)."""

from __future__ import annotations

import pytest

from guwah.names import compare_many, compare_names, name_keys
from guwah.names.cells import spellings
from guwah.names.forms import name_forms
from guwah.names.settings import SAME_NAME


@pytest.mark.parametrize(("cell", "expected"), [
    # an alias of the whole name, at the end, in another script or of two words
    ("Nurgul Sabit (努尔古丽·沙比提)", ("Nurgul Sabit", "努尔古丽·沙比提")),
    ("Nurgul Sabit（努尔古丽·沙比提）", ("Nurgul Sabit", "努尔古丽·沙比提")),
    ("Qadir Yasin (Kadyr Yasyn)", ("Qadir Yasin", "Kadyr Yasyn")),
    ("Qadir Yasin [Кадыр Ясин]", ("Qadir Yasin", "Кадыр Ясин")),
    # one word inside the name stands for the word before it
    ("Patem (Fatima) Osman", ("Patem Osman", "Fatima Osman")),
    # one word at the end, in the name's script: the word it spells alike, else the given name
    ("Qadir Yasin (Yassin)", ("Qadir Yasin", "Qadir Yassin")),
    ("Qadir Yasin (Kadi)", ("Qadir Yasin", "Kadi Yasin")),
    # a slash with spaces: whole names; inside a word: alternatives of the word
    ("Qadir Yasin / Кадыр Ясин", ("Qadir Yasin", "Кадыр Ясин")),
    ("Qadir Yasin|Kadyr Yasyn", ("Qadir Yasin", "Kadyr Yasyn")),  # no space, sides unlike: whole names
    ("Qadir Yasin/Yassin Tuniyaz", ("Qadir Yasin Tuniyaz", "Qadir Yassin Tuniyaz")),
    ("Nurgul/努尔古丽 Sabit", ("Nurgul", "努尔古丽 Sabit")),
    # markers
    ("Qadir Yasin aka Kadyr Yasyn", ("Qadir Yasin", "Kadyr Yasyn")),
    ("Кадыр Ясин он же Qadir Yasin", ("Кадыр Ясин", "Qadir Yasin")),
    # a semicolon, and a comma between names of two words or more
    ("Qadir Yasin; Kadyr Yasyn", ("Qadir Yasin", "Kadyr Yasyn")),
    ("Qadir Yasin, Кадыр Ясин", ("Qadir Yasin", "Кадыр Ясин")),
    ("YASIN, Qadir", ("YASIN, Qadir",)),
    ("ABDU QADIR, Sidiq", ("ABDU QADIR, Sidiq",)),
    # notes in brackets are not names
    ("Qadir Yasin (deceased)", ("Qadir Yasin",)),
    ("Qadir Yasin (b. 1971)", ("Qadir Yasin",)),
    ("Patem Osman (сестра)", ("Patem Osman",)),
    # two scripts side by side, two parts each; a shorter run stays in the name
    ("Nurgul Sabit 努尔古丽·沙比提", ("Nurgul Sabit", "努尔古丽·沙比提")),
    ("Qadir Yasin Кадыр Ясин", ("Qadir Yasin", "Кадыр Ясин")),
    ("Qadir 卡迪尔", ("Qadir 卡迪尔",)),
    # plain names are left alone
    ("Qadir Yasin", ("Qadir Yasin",)),
    ("YASIN, Qadir", ("YASIN, Qadir",)),
    ("Абдукадыр Ясинов", ("Абдукадыр Ясинов",)),
    ("努尔古丽·沙比提", ("努尔古丽·沙比提",)),
])
def test_spellings_of_a_cell(cell, expected):
    assert spellings(cell) == expected


def test_an_unspaced_slash_between_words_spelled_alike_gives_word_alternatives():
    assert spellings("Qadir Yasin/Yassin") == ("Qadir Yasin", "Qadir Yassin")
    assert spellings("Patem/Fatima Osman") == ("Patem", "Fatima Osman")  # unlike: whole names


@pytest.mark.parametrize(("cell", "other"), [
    ("Nurgul Sabit (努尔古丽·沙比提)", "努尔古丽·沙比提"),
    ("Nurgul Sabit (努尔古丽·沙比提)", "Nurgul Sabit"),
    ("Nurgul Sabit (努尔古丽·沙比提)", "Нургуль Сабит"),
    ("Qadir Yasin / Кадыр Ясин", "Кадыр Ясин"),
    ("Qadir Yasin / Кадыр Ясин", "Qadir Yasin"),
    ("Patem (Fatima) Osman", "Fatima Osman"),
    ("Patem (Fatima) Osman", "Patem Osman"),
    ("Qadir Yasin (deceased)", "Qadir Yasin"),
    ("Nurgul Sabit 努尔古丽·沙比提", "Nurgul Sabit"),
    ("Nurgul（努尔古丽）Sabit", "Nurgul Sabit"),
])
def test_a_cell_matches_each_of_its_spellings(cell, other):
    assert compare_names(cell, other) >= SAME_NAME
    assert compare_many([(cell, other), (other, cell)]) == pytest.approx([compare_names(cell, other)] * 2)


@pytest.mark.parametrize(("cell", "other"), [
    ("Nurgul Sabit (努尔古丽·沙比提)", "Gulnar Sabit"),
    ("Qadir Yasin / Кадыр Ясин", "Qadir Tuniyaz"),
    ("Patem (Fatima) Osman", "Patem Tohti"),
])
def test_a_cell_does_not_match_other_names(cell, other):
    assert compare_names(cell, other) < SAME_NAME
    assert compare_many([(cell, other)])[0] == pytest.approx(compare_names(cell, other))


def test_each_spelling_gives_blocking_keys_the_first_the_whole_key():
    cell = "Patem (Fatima) Osman"
    keys = name_keys(cell)
    assert set(name_keys("Patem Osman")) <= set(keys)
    assert set(name_keys("Fatima Osman")) <= set(keys)
    whole = [key for key in keys if key.startswith("n:")]
    assert whole[0] == next(key for key in name_keys("Patem Osman") if key.startswith("n:"))


def test_chinese_characters_beside_latin_letters_are_a_transcription():
    # 卡迪尔 alone is read as a Chinese name (family name Ka); beside a Latin word in one cell
    # it transcribes an Uyghur name
    assert compare_names("Yasin 卡迪尔", "Yasin Qadir") >= SAME_NAME
    assert name_forms("卡迪尔").chinese is not None


def test_a_chinese_name_beside_its_romanisation_stays_a_chinese_name():
    cell = "Zhang Lihua 张丽华"
    assert spellings(cell) == ("Zhang Lihua", "张丽华")
    assert compare_names(cell, "张丽华") >= SAME_NAME
    assert compare_names(cell, "Zhang Lijuan") < SAME_NAME
