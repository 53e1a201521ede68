"""A Russian line's opening common word is no part of the name after it (h-ru56, issue 11).
Invented names, own sentences."""

from tests.extract.helpers import doc_of


def names(doc) -> list[str]:
    return [name for person in doc.persons for name in person.names]


def test_a_notice_word_opening_a_line_is_not_the_name():
    doc = doc_of("Просьба Ляззат: помогите найти её мужа.\nЕё муж Ерик Жумабаев пропал в 2018 году.", language="ru")
    assert not [n for n in names(doc) if "Просьба" in n]
    assert "Ерик Жумабаев" in names(doc)  # the name on the next line stays whole


def test_a_verb_opening_a_line_is_not_the_name():
    doc = doc_of("Ищем Айбола Сейткали.\nЕго забрали в 2019 году.", language="ru")
    found = names(doc)
    assert not [n for n in found if "Ищем" in n]
    assert [n for n in found if "Сейткали" in n]


def test_a_noun_opening_a_line_before_a_surname_and_initial():
    doc = doc_of("Членство Рахимова А. в партии не доказано.\nРахимов Арман жил в Кульдже.", language="ru")
    found = names(doc)
    assert not [n for n in found if "Членство" in n]
    assert "Рахимов Арман" in found


def test_a_name_opening_a_line_stays_whole():
    # positive control: a given name that opens a line is the name's first word
    doc = doc_of("Я живу в Алматы.\nЕрик Жумабаев пропал в 2018 году.\nАйгуль Сейткали его сестра.", language="ru")
    found = names(doc)
    assert "Ерик Жумабаев" in found and "Айгуль Сейткали" in found
