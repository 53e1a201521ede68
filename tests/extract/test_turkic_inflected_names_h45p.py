"""Uyghur names with case endings (issue 11, h-persons45): a name of two words the lexicon does not know,
found once by a cue, is found again with a case ending on its last word (-نىڭ, -كە, -تىن), the ending left
out of the mention; and a name after a police word is an official's only when it carries no case ending
(ساقچى X "police officer X"; ساقچىلار X-غا "the police … to X" is what they did to X). Invented texts, each
with its control."""

from guwah.extract.pipeline import run_pipeline

NAME = "مەرۇپە شاۋكەت"
TEXT = ("مېنىڭ ئىسمىم مەرۇپە شاۋكەت. ساقچىلار مەرۇپە شاۋكەتنىڭ ئۆيىنى ئاختۇردى. ئۇلار مەرۇپە شاۋكەتكە ھېچنېمە دېمىدى، "
        "مەرۇپە شاۋكەتتىن پاسپورتىنى ئېلىۋالدى. ساقچى ئابدۇرېھىم قاسىم بۇ ئىشقا مەسئۇل.")


def test_an_unlisted_name_is_found_again_with_its_case_endings_left_out():
    doc = run_pipeline(TEXT, "ug", None)
    person = next(p for p in doc.persons if NAME in p.names)
    mentions = [TEXT[s:e] for s, e in person.mentions]
    assert mentions == [NAME] * 4, mentions
    assert not any(n != NAME and "شاۋكەت" in n for p in doc.persons for n in p.names)


def test_a_name_after_a_police_word_is_an_officials_only_without_a_case_ending():
    doc = run_pipeline(TEXT, "ug", None)
    her = next(p for p in doc.persons if NAME in p.names)
    assert "official" not in her.roles, her.roles
    # the control: the officer named right after ساقچى, in the nominative, is an official
    officer = next(p for p in doc.persons if "ئابدۇرېھىم قاسىم" in p.names)
    assert "official" in officer.roles, officer.roles
