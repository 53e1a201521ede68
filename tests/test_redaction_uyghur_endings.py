"""In Arabic script a word beside a masked name part goes with the mask unless it is known to be no name
(h-redact55); that masked common words beside a name: participles, verbs, case forms, numerals, adverbs
(h-mask57). A word that ends as no Uyghur name does (a verb form, a case a name's first word cannot carry, a
possessive) or is a pronoun, numeral, adverb of time or conjunction now stays shown; an unknown word after a
mask joins it only right after a withheld part that may begin a name. A kin word at the end of the line
before is a cue as on the same line. Each text also shows a named person (the control that stays visible)
and an unknown given name beside the mask (the control that is still masked). Invented people, our own
sentences."""

import pytest

from guwah.names.given import given_name
from guwah.redaction import WITHHELD, Withheld, build_masking, redact

NAMED = "Nurgul Sabir"
SEEN = " نۇرگۈل سابىر كۆردى."  # "Nurgul Sabir saw it": the named person, shown
# "Tashpolat Hoshur came": a given name the lexicon lacks, beside the withheld family name: masked
UNKNOWN = " تاشپولات خوشۇر كەلدى."


def _shown(text: str) -> str:
    return redact(text, build_masking([Withheld(1, ("Rexim Hoshur",), WITHHELD)], [NAMED])).text


def test_the_unknown_names_here_are_unknown_to_the_lexicon():
    assert given_name("تاشپولات") is None and given_name("زۇلپىيار") is None


@pytest.mark.parametrize("before", [
    "ئالمۇتىدا ياشاۋاتقان",  # "living in Almaty": a progressive participle
    "كېچە كەلگەن",  # "who came at night": a past participle
    "بىز مەكتەپتە",  # "we, at school": a locative after a voiceless consonant
    "ئۇ مەكتەپكە",  # "he, to school": a dative after a voiceless consonant
    "جامائىتىمىزگە",  # "to our community": a possessive with a case
    "دوستۇم",  # "my friend": a word for a person with its possessive
    "ھۆرمەتلىك",  # "respected": an adjective in -لىك after a consonant
    "تېما: دادىڭىز",  # "subject: your father": a possessive after a label's colon
    "كۈندىلىك خاتىرە -",  # "diary -": a label before a dash
])
def test_a_word_no_name_begins_with_stays_before_the_mask(before):
    text = f"{before} خوشۇر كەلدى." + UNKNOWN + SEEN
    assert _shown(text) == f"{before} {WITHHELD} كەلدى. {WITHHELD} كەلدى." + SEEN


@pytest.mark.parametrize("after", [
    "ھازىر ئالمۇتىدا",  # "now in Almaty": an adverb of time
    "ئىككى يىل",  # "two years": a numeral
    "كېلىدۇ",  # "will come": the present-future
    "ياشاۋاتقان ئۆي",  # "the house (he) lives in": a participle
    "بىزگە يازدى",  # "wrote to us": a pronoun with its case
])
def test_a_word_that_cannot_go_on_a_name_stays_after_a_withheld_given_name(after):
    """Rexim begins the withheld name, so an unknown word after it may be the family name (the control,
    "Rexim Tashpolat"), but not a verb, a numeral, an adverb or a pronoun."""
    text = f"رەخىم {after}. رەخىم تاشپولات كەلدى." + SEEN
    assert _shown(text) == f"{WITHHELD} {after}. {WITHHELD} كەلدى." + SEEN


def test_one_unknown_word_after_a_mask_only_right_after_the_withheld_part():
    """Rexim Ablet: Ablet (a given name of the lexicon) fills the place of the family name; the verb
    after it is the sentence going on, not a third part of a two-part name."""
    assert given_name("ئابلەت") is not None
    text = "رەخىم ئابلەت كەلدى. رەخىم تاشپولات كەلدى." + SEEN
    assert _shown(text) == f"{WITHHELD} كەلدى. {WITHHELD} كەلدى." + SEEN


@pytest.mark.parametrize("name", ["پەرىدە", "نۇرىدىن", "تۇردى", "يۈسۈپ", "مۇسا"])
def test_a_name_that_ends_as_a_case_or_a_verb_does_is_masked_still(name):
    """Peride (-دە as a locative), Nuridin (-دىن), Turdi (a past verb), Yüsüp (a converb), Musa (a
    conditional): given names whose endings the tables leave out, masked before the family name."""
    text = f"بۈگۈن {name} خوشۇر كەلدى." + SEEN
    assert _shown(text) == f"بۈگۈن {WITHHELD} كەلدى." + SEEN


@pytest.mark.parametrize(("text", "expected"), [
    # "my elder brother" at the end of the line before: the cue reads a three-word name whole
    ("ئاكام\nزۇلپىيار تاشپولات خوشۇر كەلدى." + SEEN, f"ئاكام\n{WITHHELD} كەلدى." + SEEN),
    # the same on one line, as before
    ("ئاكام زۇلپىيار تاشپولات خوشۇر كەلدى." + SEEN, f"ئاكام {WITHHELD} كەلدى." + SEEN),
    # a form's label, its field on the next line or after a blank one
    ("ئىسمى:\nزۇلپىيار تاشپولات خوشۇر\n" + SEEN.strip(), f"ئىسمى:\n{WITHHELD}\n" + SEEN.strip()),
    ("ئىسمى:\n\nزۇلپىيار تاشپولات خوشۇر\n" + SEEN.strip(), f"ئىسمى:\n\n{WITHHELD}\n" + SEEN.strip()),
])
def test_a_cue_at_the_end_of_the_line_before_reads_the_name(text, expected):
    assert _shown(text) == expected


def test_a_kin_word_is_no_cue_across_a_blank_line():
    """A paragraph that ends in "my elder brother" says nothing of the next paragraph's first word: one
    unknown word joins the mask, as anywhere (the control: the named person stays shown)."""
    text = "ئاكام\n\nزۇلپىيار تاشپولات خوشۇر كەلدى." + SEEN
    assert _shown(text) == f"ئاكام\n\nزۇلپىيار {WITHHELD} كەلدى." + SEEN
