"""The number sign is no negation in the one negation rule (`lexicon.NEGATION`): "Prison No. 2" told
that the family does not know where he is held (a held-incommunicado code read "No" as the denial), and
a review of a whole document was refused for it (h-newcomer73, now read by the same rule). A true "no"
in the same shape still tells it (the control). Invented texts and names."""

import re

from guwah.extract import lexicon
from guwah.extract.pipeline import run_pipeline


def _codes(text: str) -> set[str]:
    (person,) = [p for p in run_pipeline(text, "en", None).persons if p.name]
    return {v.code for v in person.violations}


def test_the_number_sign_is_no_negation_and_the_word_still_is():
    negation = re.compile(lexicon.NEGATION, re.I)
    assert not any(negation.search(s) for s in ("Detention Centre No. 3", "the no.2 prison", "Camp No 5"))
    assert all(negation.search(s) for s in ("No guard beat him", "no one came", "No. He was not there", "not 3"))


def test_a_numbered_prison_is_no_untold_whereabouts():
    told = _codes("Police detained Ozod Qurbanniyaz in 2018. He is held in Prison No. 2, and his wife knows which "
                  "prison he is in.")
    untold = _codes("Police detained Ozod Qurbanniyaz in 2018. The family has no idea where he is held.")
    assert "detention.incommunicado" not in told, told
    assert "detention.incommunicado" in untold, untold
