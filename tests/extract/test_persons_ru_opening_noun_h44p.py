"""A Russian common noun that opens a sentence before a given name in the genitive («Дом Арслана обыскали»,
«Судьба Тахира неизвестна») is the thing the person owns, not a word of the name: the name comes out alone,
in the nominative (issue 11, h-persons44). Invented texts; each negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _names(text: str) -> list[str]:
    doc = run_pipeline(text, "ru", None)
    return [name for person in doc.persons for name in person.names]


def test_an_opening_noun_before_a_genitive_name_is_not_part_of_it():
    names = _names("Дом Арслана обыскали полицейские в 2018 году. Судьба Абдурешита Тахирова неизвестна.")
    assert "Арслан" in names and "Абдурешит Тахиров" in names, names
    assert not any(name.startswith(("Дом", "Судьба")) for name in names), names


def test_a_given_name_that_is_also_a_word_opens_a_name():
    # «Роза» is a flower and a given name: the dictionary reads it as a name too, so it stays the name's
    names = _names("Роза Ахметова живёт в Алматы. Дом Гульнары стоит рядом.")
    assert "Роза Ахметова" in names, names
    assert "Гульнара" in names, names
