"""A Russian addressee line naming an office («Ректору Казахского национального университета») is no person:
the organisation word after the capitalised words is read past the adjectives that agree with it, and in
every case form (`lexicon.ru_noun_forms`). A person named after such a line stays a person (h-fix47).
Invented texts; each negative beside a positive control."""

from guwah.extract.lexicon import ORGANISATION_WORDS
from guwah.extract.pipeline import run_pipeline

BODY = ("\n\nЗаявление\n\nПрошу Вас помочь узнать о судьбе моего брата. Мой брат Ерлан Беков был задержан в 2018 "
        "году в Кульдже и отправлен в лагерь. С тех пор нам не дают с ним поговорить.\n\n"
        "Нуртаева Айгуль Маратовна\n")


def _names(text: str) -> list[str]:
    return [name for person in run_pipeline(text, "ru", None).persons for name in person.names]


def test_an_office_in_the_addressee_line_is_no_person():
    for line in ("Ректору Казахского национального университета", "Министру Казахского министерства"):
        names = _names(line + BODY)
        assert "Ерлан Беков" in names and "Нуртаева Айгуль Маратовна" in names, names  # the control
        assert not any(word in name for name in names for word in ("Ректор", "Казахск", "Министр")), (line, names)


def test_a_person_named_after_the_office_stays_a_person():
    names = _names("Ректору Казахского национального университета Иванову Петру Сергеевичу" + BODY)
    assert "Иванов Петр Сергеевич" in names, names
    assert not any("Казахск" in name for name in names), names


def test_the_organisation_words_hold_every_case_of_their_russian_nouns():
    assert {"университета", "институтом", "министерства", "управления", "академии", "школы"} <= ORGANISATION_WORDS
    assert "иванова" not in ORGANISATION_WORDS and "ерлана" not in ORGANISATION_WORDS
