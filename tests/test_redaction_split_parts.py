"""A compound name part written split into its pieces (h-adversary74): a withheld "Abdusalam Qurbanniyaz"
written "Abdu Salam", "Abdu-Salam", "Abdul Salam" or "Qurban Niyaz", as witnesses romanise a name their own
way, stayed shown where no other part of the name stood beside it, although the same pieces run together
("AbduSalam", "Abdulsalam") were masked. Two words next to each other that run together make a withheld part
are masked as that part. In each text a named person stays shown (the control), and so do two words that
make no withheld part run together."""

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

NAMED = "Nurgul Sabir"
SEEN = " Nurgul Sabir saw it."


def _shown(text: str) -> str:
    masking = build_masking([Withheld(1, ("Abdusalam Qurbanniyaz",), WITHHELD)], [NAMED])
    return redact(text, masking).text


@pytest.mark.parametrize(("text", "expected"), [
    ("My brother Abdu Salam came." + SEEN, f"My brother {WITHHELD} came." + SEEN),
    ("My brother Abdu-Salam came." + SEEN, f"My brother {WITHHELD} came." + SEEN),
    ("My brother Abdul Salam came." + SEEN, f"My brother {WITHHELD} came." + SEEN),
    # h-adversary76: a no-break space between the pieces (a Word document's, an HTML page's &nbsp;)
    ("My brother Abdu\u00a0Salam came." + SEEN, f"My brother {WITHHELD} came." + SEEN),
    ("My brother Abdu\u202fSalam came." + SEEN, f"My brother {WITHHELD} came." + SEEN),
    ("My uncle Qurban Niyaz came." + SEEN, f"My uncle {WITHHELD} came." + SEEN),
    ("My brother Abdu Salam Qurban Niyaz came." + SEEN, f"My brother {WITHHELD} came." + SEEN),
    ("Мой брат Абду Салам пришёл." + SEEN, f"Мой брат {WITHHELD} пришёл." + SEEN),
    # "today my brother Abdu Salam, my elder brother and I came"
    ("بۈگۈن ئىنىم ئابدۇ سالام، ئاكام ۋە مەن كەلدۇق." + SEEN, f"بۈگۈن ئىنىم {WITHHELD}، ئاكام ۋە مەن كەلدۇق." + SEEN),
])
def test_a_withheld_part_written_split_into_its_pieces_is_masked(text, expected):
    assert _shown(text) == expected


@pytest.mark.parametrize("text", [
    "My brother Abdu Rehim came." + SEEN,  # the pieces run together make another name
    "The Salam Hotel in Urumqi was closed." + SEEN,
])
def test_words_that_make_no_withheld_part_stay(text):
    assert _shown(text) == text
