"""Whoever a record names before the colon of a question ("ВОПРОС (Ахметов Б. К.): Есть ли документы о
задержании?") asks about the act; it did not happen to them (issue 11, h-attrib48): such a mention is no
reference of the line (`subjects._asker`). Before, the detention asked about was the asker's, and the
asker a victim (tuning_v25, trade-union minutes). Invented sentences; the brother's detention told
before stays his (the control).
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named

MINUTES = ("ПРОТОКОЛ № 3\nзаседания профкома\n\nПрисутствовали: Ахметов Б. К., Сулейменова Г. Р.\n\n"
           "СЛУШАЛИ: Сулейменову Г. Р., которая сообщила, что брат работника, Касымов Ерлан, живёт в Кульдже. "
           "В 2018 году его задержали и держали в лагере.\n\n"
           "ВОПРОС (Ахметов Б. К.): Есть ли документы о задержании?\nОТВЕТ: Документов не выдавали.\n")


def test_the_one_who_asks_about_a_detention_is_not_detained():
    doc = doc_of(MINUTES, "ru")
    asker = person_named(doc, "Ахметов Б. К.")
    assert "victim" not in asker.roles
    assert not [e for e in doc.events if e.person == asker.id]
    assert not codes_of(asker)
    # control: the brother told of before
    brother = person_named(doc, "Касымов Ерлан")
    assert "detention.internment_camp" in codes_of(brother)
    assert {"arrest", "detention"} <= {e.type for e in doc.events if e.person == brother.id}
