"""A Russian clause that leaves its person unsaid but names a thing (issue 11, h-attrib47): «На границе
забрали паспорт» (they took the passport at the border) tells of the one the story is about, as «На
границе задержали» does; so does «Восемь месяцев держали в центре», where the parser takes the time for
the verb's object. Before, any object stopped `subjects.topic_left_unsaid`, and the acts went to nobody
(tuning_v24, a spoken record). An object that is someone (a pronoun, a name, a people noun) still stops
it. Invented sentences.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named

TRIP = "Меня зовут Айгуль Нурова. Мой брат Тимур Нуров в прошлом году поехал к родне в Кульджу. "


def test_a_thing_taken_from_the_one_left_unsaid_is_his():
    doc = doc_of(TRIP + "На границе в Хоргосе забрали паспорт, потом увезли. "
                 "Восемь месяцев держали в так называемом учебном центре.", "ru")
    brother = codes_of(person_named(doc, "Тимур Нуров"))
    assert {"movement.passport_confiscation", "detention.internment_camp"} <= brother
    assert not codes_of(person_named(doc, "Айгуль Нурова")) & brother


def test_a_clause_about_others_stops_the_story():
    """Control: the clause between takes a group («всех мужчин»), so the camp after it is not the brother's."""
    doc = doc_of(TRIP + "На границе в Хоргосе забрали всех мужчин из автобуса. "
                 "Восемь месяцев держали в так называемом учебном центре.", "ru")
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Тимур Нуров"))


def test_a_person_for_object_is_not_left_unsaid():
    """Control: «забрали соседа» takes a neighbour, not the brother the story was about."""
    doc = doc_of(TRIP + "На границе в Хоргосе забрали паспорт у соседа Алима Касымова.", "ru")
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, "Тимур Нуров"))
