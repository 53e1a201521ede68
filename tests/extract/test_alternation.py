"""The act rules' alternations are scanned from where their first words occur: the matches must
be exactly those of the joined regular expression (`re.finditer`)."""

import re
import sys

import pytest

from guwah.extract import alternation
from guwah.extract.alternation import Alternation, Text
from guwah.extract.violations import TRIGGERS

# Invented sentences, with capitals, long s, Kelvin sign, dotted capital I and Cyrillic.
TEXTS = [
    "They BEAT HIM in the cell. He was Sent To A Re-Education Camp in 2018; nobody told us where.",
    "İlham was taken to a detention center without a warrant. ſhe was not allowed to call her family.",
    "Police took his passport. \u212aelvin wrote that the guards shackled him to the chair for two days.",
    "Его избили и отправили в лагерь «политического обучения». Elle a été internée dans un camp.",
    "nails were pulled out; with no food for three days; forcibly sterilised; fingernails torn off",
    "",
]


def test_every_kind_scans_exactly_like_its_joined_expression():
    for text in TEXTS + [" ".join(TEXTS)]:
        prepared = Text(text)
        for trigger in TRIGGERS:
            expected = [(m.span(), m.group()) for m in trigger.pattern.finditer(text)]
            assert [(m.span(), m.group()) for m in trigger.alternation.finditer(prepared)] == expected, trigger.code


def test_alternatives_are_tried_in_order_where_several_start():
    scan = Alternation([r"\bbeat\b", r"\bbeaten\b", r"\bbeat(?:en|ing)\b[^.]*", r"\bkicked"])
    text = "He was beaten and beat; they kept beating him. Kicked."
    assert [m.span() for m in scan.finditer(Text(text))] == [m.span() for m in scan.pattern.finditer(text)]
    assert [m.group() for m in scan.finditer(Text(text))] == ["beaten", "beat", "beating him", "Kicked"]


def test_an_alternative_whose_start_is_unknown_falls_back_to_the_joined_expression():
    scan = Alternation([r"\bbeaten\b", r"\w+ed by guards"])
    text = "He was punched by guards and beaten."
    assert scan._anchors is None
    assert [m.span() for m in scan.finditer(Text(text))] == [m.span() for m in scan.pattern.finditer(text)]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="reads re's tables of Python 3.11")
def test_folding_is_what_ignorecase_compares():
    """`fold` keeps one character one character (but "İ", replaced first) and gives two characters
    the same folded form exactly when `re.IGNORECASE` matches one with the other: checked for every
    code point against `re`'s own lower-casing."""
    import _sre

    odd = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = alternation.fold(char)
        lowered = chr(_sre.unicode_tolower(code))
        if len(folded) != 1 or alternation.fold(lowered) != folded:
            odd.append(code)
    assert odd == []
    for lower, others in alternation._EXTRA_CASES.items():
        for other in others:
            assert re.fullmatch(re.escape(chr(lower)), chr(other), re.I)
            assert alternation.fold(chr(lower)) == alternation.fold(chr(other))


def test_alternation_reads_a_leading_number_and_an_optional_group():
    """"\\b\\d{1,3}" starts at a word that starts with a digit; an optional group that is not a whole
    word ("(?:more\\s+than\\s+)?") starts with its own words or with what follows it."""
    scan = Alternation([r"\b(?:(?:more\s+than|over)\s+)?(\d{1,3}|two)\s+(days?|weeks?)\s+ago",
                        r"\bno\d+\b"])
    assert scan.by_words
    text = ("More than 3 days ago; over 12 weeks ago; x3 days ago; 3x days ago; TWO weeks ago; ٣ days ago; "
            "over two days ago; 1234 days ago; no7 and no 7; over\t5 days ago")
    expected = [m.span() for m in scan.pattern.finditer(text)]  # the groups are the alternatives' own
    assert [m.span() for m in scan.finditer(Text(text))] == expected
    assert [text[a:b] for a, b in expected] == [
        "More than 3 days ago", "over 12 weeks ago", "TWO weeks ago", "٣ days ago", "over two days ago",
        "no7", "over\t5 days ago"]
