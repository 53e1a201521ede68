"""A relative's name after a Uyghur kin word in Arabic script is read though no list knows its words
(h-kinnames72): «ئاكام X Y» ("my elder brother X Y") named nobody when X and Y were missing from
given-names.txt, so a public testimony was released with the brother's name in full. Up to two words
after an uninflected kin word are the name, while each is no word the rules know (`turkic.no_name`), bears
no case ending and no verb ending; punctuation ends it. Each negative beside a positive control in the same
text. Invented names."""

from __future__ import annotations

import pytest

from guwah.extract import extract_text

CONTROL = "ئاچام ئالتۇنساي 2018-يىلى تۇتۇلدى."  # "my elder sister Altunsay was detained in 2018"


def names(text: str, language: str = "ug") -> list[str]:
    return sorted(name for person in extract_text(text, language=language)["persons"] for name in person["names"])


def test_two_unknown_words_after_a_kin_word_are_the_relatives_name():
    assert names("ئاكام ئۆركەشجان تۇرغۇنباي 2017-يىلى تۇتۇلدى.") == ["ئۆركەشجان تۇرغۇنباي"]


def test_punctuation_ends_the_name():
    assert names("ئاچام ئالتۇنساي، ئاكام ئۆركەشجان بىلەن بىللە تۇتۇلدى.") == ["ئالتۇنساي", "ئۆركەشجان"]


@pytest.mark.parametrize("told", [
    "ئاكام ئۆيگە كەلدى.",  # "my brother came home": a case-marked noun, then a verb
    "ئاكام كەلدى.",  # "my brother came": a verb
    "ئاكام بىلەن بىللە باردۇق.",  # "we went with my brother": a postposition
    "ئاكامغا پۇل ئەۋەتتىم.",  # "I sent money to my brother": the kin word in a case, its object after
    "ئاكامدىن ھېچ خەۋەر يوق.",  # "no news from my brother"
    "ئاكام ھېچ خەۋەر ئالالمىدى.",  # "my brother got no news": a closed-class word
])
def test_a_kin_word_before_common_words_names_nobody(told):
    assert names(f"{told} {CONTROL}") == ["ئالتۇنساي"], told
