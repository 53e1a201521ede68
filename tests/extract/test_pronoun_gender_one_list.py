"""One list of third-person pronouns by gender (`lexicon.PRONOUN_GENDER`, h-x33c): the references of
`subjects` ("he"/"she") and the companion inside "we" of `violations` read their gender from it. French
« lui » is in neither gender list as a reference (an object: him or her); paired with « moi » it is "him".
"""

from __future__ import annotations

import pytest

from guwah.extract import subjects, violations
from guwah.extract.lexicon import PRONOUN_GENDER


@pytest.mark.parametrize("word, gender", sorted(PRONOUN_GENDER.items()))
def test_each_pronoun_is_a_reference_of_its_gender(word, gender):
    match = subjects._REFERENCE.search(f"Then {word} left.")
    assert match is not None and match.group() == word
    assert match.lastgroup == ("he" if gender == "male" else "she")


def test_lui_is_an_object_of_either_gender_and_the_companion_him():
    assert subjects._REFERENCE.search("on lui a dit", 3).lastgroup == "obj3"
    assert violations._PRONOUN_GENDER["lui"] == "male"
    # every companion pronoun has its gender from the one list (control: the list is not empty)
    words = {m.group().lower() for m in violations._COMPANION_PRONOUN.finditer("she he elle lui она он ней ним")}
    assert len(words) == 8
    assert all(violations._PRONOUN_GENDER[w] == PRONOUN_GENDER.get(w, "male") for w in words)
