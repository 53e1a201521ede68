"""An apposition with a birth year between a name and its verb (h-x34): the birth year is the
person's, the date after the verb is the event's, in invented sentences."""

from guwah.extract import extract_text
from tests.extract.spans import person

APPOSITION = "Tursunay Ablimit, a teacher from Ghulja born in 1978, was arrested in March 2018 and sent to a camp."
PLAIN = "Tursunay Ablimit was arrested in March 2018 and sent to a camp."


def _arrest(result: dict) -> dict:
    return next(e for e in result["events"] if e["type"] == "arrest")


def test_apposition_with_a_birth_year_keeps_the_arrest_date_and_gives_the_birth_year():
    result = extract_text(APPOSITION)
    assert _arrest(result)["date"]["value"] == "2018-03"
    assert person(result, "Tursunay Ablimit")["birth_year"] == 1978


def test_plain_sentence_is_unchanged_control():
    result = extract_text(PLAIN)
    assert _arrest(result)["date"]["value"] == "2018-03"
    assert person(result, "Tursunay Ablimit")["birth_year"] is None


def test_short_apposition_and_a_relative_clause():
    result = extract_text("Memet Tohti, born in 1980, was detained in May 2017.")
    assert next(e for e in result["events"] if e["type"] == "detention")["date"]["value"] == "2017-05"
    assert person(result, "Memet Tohti")["birth_year"] == 1980
    # a relative clause is another person's birth: not Aynur's
    result = extract_text("Aynur Tursun, a woman whose son was born in 1999, was arrested in June 2017.")
    assert person(result, "Aynur Tursun")["birth_year"] is None
    assert _arrest(result)["date"]["value"] == "2017-06"
