"""Held incommunicado and enforced disappearance by one rule (issue 11, h-codes57: `violations._held_apart`):
a place untold gives both codes, a contact cut with no place asked gives incommunicado only, a word
of a disappearance keeps what its words say, and the teller's own place untold is no disappearance.
Invented names and sentences; each negative test has a positive control in the same text."""

import pytest

from guwah.extract import violations
from tests.extract.helpers import codes_of, doc_of, person_named

INCOMMUNICADO = "detention.incommunicado"
DISAPPEARANCE = "disappearance.enforced"


def codes(doc, name: str) -> set[str]:
    return codes_of(person_named(doc, name))


@pytest.mark.parametrize("language, text, name", [
    ("en", "Officers took Baurzhan Tilegen from the bakery in May 2019. Since then nobody has told his wife where he is.",
     "Baurzhan Tilegen"),
    ("zh", "2018年警察把阿力木·沙比尔带走了，现在关在哪里我们不知道。", "阿力木·沙比尔"),
    ("kk", "Полиция 2019 жылы Бауыржан Тілегенді алып кетті. Қазір оның қай түрмеде отырғанын ешкім айтпайды.", "Бауыржан"),
    ("fr", "La police a emmené Baurzhan Tilegen en mai 2019. Depuis, sa femme ignore où il se trouve.", "Baurzhan Tilegen"),
    ("ru", "Полиция увезла Бауржана Тилегена в мае 2019 года. С тех пор жене никто не говорит, где он.", "Бауржан Тилеген"),
])
def test_a_place_untold_is_both_codes(language, text, name):
    assert {INCOMMUNICADO, DISAPPEARANCE} <= codes(doc_of(text, language), name)


def test_contact_cut_with_no_place_asked_is_incommunicado_only():
    text = ("Officers took Baurzhan Tilegen from the bakery in May 2019. For three years his wife had no news of him.\n\n"
            "Officers took Sholpan Aidarkyzy from the market in June 2019. Since then nobody has told her husband where she is.")
    doc = doc_of(text)
    assert INCOMMUNICADO in codes(doc, "Baurzhan Tilegen")
    assert DISAPPEARANCE not in codes(doc, "Baurzhan Tilegen")
    # positive control: a place untold, in the same text
    assert {INCOMMUNICADO, DISAPPEARANCE} <= codes(doc, "Sholpan Aidarkyzy")


def test_the_rule_on_proposals():
    text = "Nobody would tell us where he was. We had no letter and no call from him. He has disappeared."
    first, second, third = (0, 34), (35, 73), (74, 95)
    assert text[slice(*third)] == "He has disappeared."
    found = [("p1", INCOMMUNICADO, first, 0), ("p2", DISAPPEARANCE, second, 35), ("p3", DISAPPEARANCE, third, 74),
             ("p3", "torture.beating", third, 74)]
    assert violations._held_apart(text, found) == [
        ("p1", INCOMMUNICADO, first, 0), ("p1", DISAPPEARANCE, first, 0),  # a place untold: its twin added
        ("p2", INCOMMUNICADO, second, 35),  # contact cut, no place asked: incommunicado instead
        ("p3", DISAPPEARANCE, third, 74), ("p3", "torture.beating", third, 74),  # gone: as said; other codes untouched
    ]


def test_the_tellers_own_place_untold_is_no_disappearance():
    text = "For a year my family did not know where I was. Nobody told his mother where he was."
    mine, his = (0, 46), (47, 83)
    assert text[slice(*his)] == "Nobody told his mother where he was."
    found = [("me", INCOMMUNICADO, mine, 0), ("him", INCOMMUNICADO, his, 47)]
    assert violations._held_apart(text, found) == [
        ("me", INCOMMUNICADO, mine, 0),
        ("him", INCOMMUNICADO, his, 47), ("him", DISAPPEARANCE, his, 47),  # positive control
    ]
