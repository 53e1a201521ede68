"""German spellings of Uyghur and Kazakh names (issue 10): dsch for j, tsch for ch, sch for sh, as German
press writes them (Dschanat, Tschimen). Invented names."""

import pytest

from guwah.names import compare_names, name_keys
from guwah.names.settings import SAME_NAME, SIMILAR_NAME


@pytest.mark.parametrize(("german", "other"), [
    ("Dschelkan Temirbek", "Jelkan Temirbek"),          # dsch: j
    ("Velkandschan Orzila", "Velkanjan Orzila"),          # -dschan: -jan
    ("Tschorzila Darvish", "Chorzila Darvish"),          # tsch: ch
    ("Orzila Schirdak", "Orzila Shirdak"),              # sch: sh (already read so)
    ("Nidschatdschan Orzila", "Nicatcan Orzila"),        # Turkish c for the same j
    ("Ahmedschan Temirbek", "Ahmetjan Temirbek"),       # -dschan after a vowel: the t the d stands for
])
def test_german_spellings_are_the_same_name(german, other):
    assert compare_names(german, other) >= SAME_NAME
    assert set(name_keys(german)) & set(name_keys(other))


def test_a_german_spelling_keeps_another_name_apart():
    assert compare_names("Dschelkan Temirbek", "Delkan Temirbek") < SAME_NAME  # a d and an sh: no j
    assert compare_names("Dschelkan Temirbek", "Sherkan Darvish") < SIMILAR_NAME
    assert compare_names("Dschelkan Temirbek", "Jelkan Temirbek") == 1.0  # positive control
