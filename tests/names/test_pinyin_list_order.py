"""The order of a Turkic name spelt in the pinyin of its Chinese transcription (issue 10): lists
compiled from Chinese documents, in capitals as passports and police lists write names, give it as
the characters run (given name, father's) or with the father's name first in the surname's field,
with nothing to say which (TAXIMAITI AIKEREMU for Ekrem Tashmet). Such a name meets the Turkic name
in both orders; a comma, a word in capitals before small letters or a middle dot still says which
part is the family's, running text writes the given name first, characters keep their order, and a
swap between two names in an alphabet stays a possible father and son.
Invented names throughout."""

import pytest

from guwah.names import compare_many, compare_names
from guwah.names.forms import name_forms
from guwah.names.settings import SAME_NAME, SWAP_FACTOR

TURKIC = "Ekrem Tashmet"      # Ekrem, son of Tashmet
FATHER = "Tashmet Ekrem"      # Tashmet, son of Ekrem: another person of the same two names


@pytest.mark.parametrize("listed", [
    "TAXIMAITI AIKEREMU",     # the father's name in the surname's field, first
    "AIKEREMU TAXIMAITI",     # as the characters run
    "TAXIMAITIAIKEREMU",      # run together
])
def test_a_pinyin_list_name_meets_the_turkic_name_in_either_order(listed):
    assert compare_names("艾克热木·塔西买提", TURKIC) >= SAME_NAME  # the characters' decision, the reference
    assert compare_names(listed, TURKIC) >= SAME_NAME
    assert name_forms(listed).order_free


@pytest.mark.parametrize("marked", ["TAXIMAITI Aikeremu", "Taximaiti, Aikeremu", "AIKEREMU·TAXIMAITI",
                                    "Aikeremu Taximaiti"])
def test_capitals_a_comma_a_middle_dot_or_running_text_say_which_part_is_the_familys(marked):
    # the capitals (or the comma) mark Taximaiti as the family's part, a middle dot is copied with
    # the characters' order, and running text writes the given name first: Ekrem, son of Tashmet
    assert compare_names(marked, TURKIC) >= SAME_NAME  # positive control
    assert not name_forms(marked).order_free
    assert compare_names(marked, FATHER) < SAME_NAME  # the father stays a swap, for review


def test_characters_and_alphabets_keep_their_order():
    # 艾克热木·塔西买提 runs given name, father's, as Chinese documents always write it
    assert compare_names("艾克热木·塔西买提", FATHER) < SAME_NAME
    # two names in an alphabet with their parts swapped may be father and son
    assert compare_names(TURKIC, FATHER) == pytest.approx(SWAP_FACTOR)
    assert compare_names("TASHMET EKREM", TURKIC) == pytest.approx(SWAP_FACTOR)  # capitals, but no pinyin
    assert compare_names("TAXIMAITI AIKEREMU", TURKIC) >= SAME_NAME  # positive control: pinyin


@pytest.mark.parametrize("other", [
    "TAXIMAITI AIKEBAIER",    # Ekber, son of Tashmet: a brother
    "NUERBIEKE AIKEREMU",     # Ekrem, son of Nurbek: a namesake of another father
    "AIKEREMU",               # the given name alone stays a partial name
])
def test_the_order_freedom_joins_no_other_name(other):
    assert compare_names("TAXIMAITI AIKEREMU", TURKIC) >= SAME_NAME  # positive control
    assert compare_names(other, TURKIC) < SAME_NAME


def test_compare_many_reads_the_order_as_compare_names_does():
    pairs = [("TAXIMAITI AIKEREMU", TURKIC), ("TAXIMAITI Aikeremu", FATHER), (TURKIC, FATHER),
             ("TAXIMAITIAIKEREMU", FATHER), ("Aikeremu Taximaiti", FATHER), ("艾克热木·塔西买提", FATHER)]
    assert compare_many(pairs) == pytest.approx([compare_names(a, b) for a, b in pairs], abs=1e-12)
