"""h-names47: a place name in a common English spelling is offered its place when it matches none.
"Urumchee" scored 0.62 against Urumchi and Ürümqi in `compare_names`, under similar_name, so
`alike_candidates` dropped Ürümqi: the names layer read its ee as two e's, the last a woman's -e.
English writes the vowel i so (Kareem, Saeed), and the one letter reading now reads it i."""

import pytest

from guwah.errors import InputError
from guwah.names import compare_names
from guwah.names.settings import SIMILAR_NAME
from guwah.places.resolve import alike_candidates, chosen_place, resolve_place


def test_urumchee_is_offered_urumqi_and_atlantis_nothing():
    assert compare_names("Urumchee", "Ürümqi") >= SIMILAR_NAME  # was 0.62
    offered = alike_candidates("Urumchee", resolve_place("Urumchee").candidates)
    assert "xj.urumqi" in {c.entry.id for c in offered}
    with pytest.raises(InputError) as refused:
        chosen_place("Urumchee")
    assert "xj.urumqi" in str(refused.value)
    # the control: a word of other sounds is still offered nothing
    assert alike_candidates("Atlantis", resolve_place("Atlantis").candidates) == []


@pytest.mark.parametrize(("english", "same", "other"), [
    ("Kareem", "Karim", "Karima"), ("Saeed", "Said", "Saida"), ("Jameela", "Jamila", "Jamil"),
])
def test_english_ee_is_the_vowel_i_and_a_woman_s_ending_still_shows(english, same, other):
    assert compare_names(english, same) >= SIMILAR_NAME
    assert compare_names(english, other) < SIMILAR_NAME
