"""Titles, honorifics and occupations around a name (issue 10; data/titles.txt): left out of the name
that is compared and blocked, kept in the name shown. Invented names."""

import pytest

from guwah.names import compare_names, name_forms, name_keys
from guwah.names.forms import titles, without_titles
from guwah.names.settings import SIMILAR_NAME


@pytest.mark.parametrize(("titled", "plain"), [
    ("Lehrerin Orzila Temirbek", "Orzila Temirbek"),      # German
    ("Ingenieur Velkan Darvish", "Velkan Darvish"),
    ("Prof. Velkan Darvish", "Velkan Darvish"),
    ("Professorin Orzila Temirbek", "Orzila Temirbek"),
    ("öğretmen Velkan Darvish", "Velkan Darvish"),        # Turkish, in small letters
    ("İmam Velkan Darvish", "Velkan Darvish"),            # the dotted capital of Turkish
    ("Hoca Velkan Darvish", "Velkan Darvish"),
    ("Hacı Velkan Darvish", "Velkan Darvish"),
    ("iş adamı Velkan Darvish", "Velkan Darvish"),        # a title of two words
    ("teacher Orzila Temirbek", "Orzila Temirbek"),       # English
    ("Mullah Velkan Darvish", "Velkan Darvish"),
    ("Ustaz Velkan Darvish", "Velkan Darvish"),
    ("Velkan Darvish muellim", "Velkan Darvish"),         # Uyghur, after the name
    ("教授 Velkan Darvish", "Velkan Darvish"),             # Japanese, in characters
])
def test_a_title_is_no_part_of_the_name(titled, plain):
    assert without_titles(titled) == plain
    assert set(name_keys(plain)) <= set(name_keys(titled))
    assert compare_names(titled, plain) == 1.0
    assert name_forms(titled).name == titled  # the name is shown as written


@pytest.mark.parametrize(("titled", "other"), [
    ("Lehrer Velkan Darvish", "Orzila Temirbek"),
    ("öğretmen Velkan", "Orzila Temirbek"),
])
def test_a_title_makes_no_match(titled, other):
    assert compare_names(titled, other) < SIMILAR_NAME
    assert compare_names(titled, without_titles(titled)) == 1.0  # positive control


def test_a_title_before_a_given_name_alone_leaves_the_given_name():
    # "Lehrerin Orzila" names her by one part, as "Mr Velkan" does: a partial agreement
    assert name_keys("Lehrerin Orzila") == name_keys("Orzila")
    assert SIMILAR_NAME <= compare_names("Lehrerin Orzila", "Orzila Temirbek") < 1.0


def test_a_title_is_only_a_title_where_it_stands():
    # a one-word name is kept whatever it is; a title after the name only in small letters, as
    # Uyghur writes it (written with a capital it may be a name); one before the name not after it
    assert without_titles("Lehrer") == "Lehrer"
    assert without_titles("Velkan Muellim") == "Velkan Muellim"
    assert without_titles("Velkan muellim") == "Velkan"
    assert without_titles("Velkan Lehrer") == "Velkan Lehrer"


def test_a_kana_title_run_together_with_a_kana_name():
    assert without_titles("イマームベルカン・ダルビシュ") == "ベルカン・ダルビシュ"
    assert without_titles("イマーム") == "イマーム"  # alone, kept


def test_the_titles_file_is_read_by_position():
    known = titles()
    assert {"lehrerin", "ogretmen", "teacher", "is adamı", "dr", "mr"} <= known.before
    assert "muellim" in known.after and "muellim" not in known.before
