"""Russian names brought back to the nominative with their words read together (h-ru57, issue 11): a
woman's surname keeps her gender, an undeclined surname stays as written. Invented names, own sentences."""

from tests.extract.helpers import doc_of


def names(text: str) -> set[str]:
    return {name for person in doc_of(text, language="ru").persons for name in person.names}


def test_a_womans_accusative_surname_stays_a_womans():
    found = names("Полиция забрала Динару Ахметову в 2018 году. Её брат остался дома.")
    assert "Динара Ахметова" in found
    assert "Динара Ахметов" not in found


def test_an_undeclined_surname_stays_the_given_name_comes_back():
    found = names("Ищем Айбола Сейткали. Его задержали в 2019 году.")
    assert "Айбол Сейткали" in found
    assert "Айбола Сейткали" not in found


def test_a_mans_genitive_and_a_womans_accusative_in_one_sentence():
    found = names("Я видел Зарину Токтарову и Ержана Бекова в лагере.")
    assert {"Зарина Токтарова", "Ержан Беков"} <= found


def test_a_mans_dative_stays_a_mans_a_nominative_is_left_as_written():
    # negative: a man's name in the dative does not become a woman's; positive control beside it
    found = names("Письмо передали Тимуру Сабитову. "
                  "Меня зовут Муниса Абенова, я живу в Алматы.")
    assert "Тимур Сабитов" in found
    assert "Муниса Абенова" in found
    assert not any(name.startswith("Мунис ") for name in found)


def test_a_tie_keeps_the_name_as_written_where_a_word_of_it_reads_as_a_nominative():
    # «Сауле» reads as no case of a woman's name: the surname's nominative (a woman's) ties with a man's
    # genitive and the name stays as written; positive control: a declined name beside it comes back
    from guwah.extract.ner import analyse

    analysis = analyse("Приём ведёт адвокат Сауле Жаксыбаева. Мы искали Ерлана Жаксыбаева.", "ru")
    normals = {e.text: e.normal for e in analysis.entities if e.label == "PERSON"}
    assert normals.get("Сауле Жаксыбаева") == "Сауле Жаксыбаева"
    assert normals.get("Ерлана Жаксыбаева") == "Ерлан Жаксыбаев"


def test_a_womans_name_as_the_subject_of_a_feminine_verb_or_after_zovut_stays_a_womans():
    # natasha's tagger reads «Айзира Токаева» (a woman's name in -а) as a man's genitive («Айзир Токаев»); the
    # subject of a feminine past verb, and the name «зовут» gives, are nominatives as written. Positive control: a
    # man's genitive in the same text still comes back to his nominative.
    found = names("Айзира Токаева рассказала, что Бахтияра Омарова увезли в 2018 году.")
    assert {"Айзира Токаева", "Бахтияр Омаров"} <= found
    assert not any(name.startswith("Айзир ") for name in found)
    found = names("Меня зовут Альфира Токаева. Моего мужа Бахтияра Омарова увезли в 2018 году.")
    assert {"Альфира Токаева", "Бахтияр Омаров"} <= found
    assert not any(name.startswith("Альфир ") for name in found)
