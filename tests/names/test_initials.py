"""h-link40 (issue 10): a name written with an initial for its first part (G. Qurban, Н. Нурлан)
against the name in full. Before, the initial scored as a one-letter spelling of the part it met
(G. Qurban / Gulnar Qurban 0.31), under the linker's PAIR_FLOOR (0.6), so such pairs were never
weighed; on generator G 5.6 % of the true pairs at 100,000 mentions have an initial on one side.
An initial fits every name of its first sound, so it makes a similar name, never the same."""

import pytest

from guwah.names import compare_many, compare_names
from guwah.names.compare import INITIAL_SIMILARITY
from guwah.names.settings import SAME_NAME, SIMILAR_NAME


def score(a: str, b: str) -> float:
    """compare_names(a, b), checked equal to compare_many's score (the linker's path)."""
    value = compare_names(a, b)
    assert compare_many([(a, b)]) == pytest.approx([value])
    return value


@pytest.mark.parametrize(("a", "b"), [
    ("G. Qurban", "Gulnar Qurban"),
    ("G. Qurban", "Gülbahar Qurban"),        # an initial fits every name of its letter
    ("Н. Нурлан", "Нурлан Нурлан"),          # in Cyrillic letters
    ("G. Qurban", "Гюлнар Курбанова"),       # across scripts: the first sound of the reading
    ("G. Qurban", "古力娜尔·库尔班"),
    ("K. Abdulla", "Qadir Abdulla"),         # q and k are one sound
    ("M. Abdurehim", "Muhemmet Abdurehim"),
])
def test_an_initial_meets_the_part_it_begins_as_a_similar_name(a, b):
    value = score(a, b)
    assert SIMILAR_NAME <= value < SAME_NAME
    assert value == pytest.approx(score(b, a))


@pytest.mark.parametrize(("a", "b"), [
    ("G. Qurban", "Ahmet Qurban"),    # another first letter
    ("A. Qurban", "G. Qurban"),       # two initials that differ
    ("G. Qurban", "Gulnar Tursun"),   # the initial's letter, but the rest another name
    ("A. Yasin", "Ahmetyasin"),       # an initial is not the first word of a name written as one
])
def test_an_initial_of_another_letter_or_beside_another_name_stays_apart(a, b):
    assert score(a, b) < SIMILAR_NAME


def test_the_part_scores_initial_similarity_beside_an_identical_part():
    # two parts: the weakest weighs WEAKEST_WEIGHT, so 0.8 · 0.8 + 0.2 · (0.8 + 1) / 2
    assert score("G. Qurban", "Gulnar Qurban") == pytest.approx(0.8 * INITIAL_SIMILARITY + 0.1 * (INITIAL_SIMILARITY + 1))


def test_two_full_names_are_untouched_by_the_initial_rule():
    assert score("Gulnar Qurban", "Gulbahar Qurban") < SIMILAR_NAME
    assert score("Gulnar Qurban", "Gulnar Kurban") >= SAME_NAME
