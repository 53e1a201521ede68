"""Issue 11 (h-victim60): the acts told of a detained relative land on that relative's own record, not on the
writer's nor on a second, unnamed record of the relative: a father named by the given name his child carries as
second name ("my father, Turdi Hoja" of "Mehriban Turdi"), a kin noun qualified as paternal or maternal in
apposition to a name, and a Russian wife's «мой муж» whose surname is hers in its men's form, in a name with a
patronymic written surname first. Invented names, our own sentences; each negative carries a positive control.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import doc_of, person_named

FATHER_LETTER = (
    "Owner(s) of record: TURDI, Mehriban\n\nDear Board,\n\n"
    "In May 2023 I spoke to a radio station about my father, Turdi Hoja, who was sentenced in Aksu in 2018 to nine "
    "years for teaching children to pray. Before his arrest he had to show his ID card at every checkpoint. "
    "I ask for a payment plan.\n\nMehriban Turdi\n")


def test_a_father_named_by_his_childs_second_name_is_not_the_child():
    doc = doc_of(FATHER_LETTER)
    writer = person_named(doc, "Mehriban Turdi")
    assert "victim" not in writer.roles
    assert not any(doc.text[a:b] == "my father" for a, b in writer.mentions)
    father = person_named(doc, "Turdi")  # control: the father is a person of his own, the victim
    assert "victim" in father.roles
    assert any(e.type == "sentencing" and e.person == father.id for e in doc.events)


def test_a_fathers_name_that_opens_the_full_name_is_still_that_person():
    doc = doc_of("My father, Turdi Niyaz, was born in Aksu. In 2018 my father, Turdi, was sentenced to nine years.")
    father = person_named(doc, "Turdi Niyaz")
    assert "victim" in father.roles
    assert len([p for p in doc.persons if p.names and "Turdi" in " ".join(p.names)]) == 1


@pytest.mark.parametrize("text, language, kin", [
    ("Élève : TOHTI Mirzat. Son grand-père paternel, Abduqadir Semet, qui lui a appris le dutar, a été arrêté à "
     "Hotan le 3 mars dernier. Sa tante maternelle, Gulzire Hoshur, vit à Lyon.", "fr", ("Son grand-père", "Sa tante")),
    ("Student: TOHTI Mirzat. His paternal grandfather, Abduqadir Semet, who taught him the dutar, was arrested in "
     "Hotan on 3 March. His maternal aunt, Gulzire Hoshur, lives in Leeds.", "en",
     ("His paternal grandfather", "His maternal aunt")),
])
def test_a_paternal_or_maternal_kin_noun_in_apposition_is_the_named_relative(text, language, kin):
    doc = doc_of(text, language)
    grandfather, aunt = person_named(doc, "Abduqadir Semet"), person_named(doc, "Gulzire Hoshur")
    assert kin[0] in [doc.text[a:b] for a, b in grandfather.mentions]
    assert kin[1] in [doc.text[a:b] for a, b in aunt.mentions]
    assert "victim" in grandfather.roles and "victim" not in aunt.roles  # control: the aunt was not arrested
    assert not any(not p.names and "victim" in p.roles for p in doc.persons)


RU_REPLY = (
    "Касымову Бахыту Ерлановичу\nг. Алматы, ул. Абая, д. 12, кв. 4\n\nИЗВЕЩЕНИЕ\n\n"
    "Уважаемый Бахыт Ерланович! Нотариус сообщает, что открыто наследственное дело. Вам необходимо явиться в "
    "контору до 1 июня 2025 года. Справки даёт помощник нотариуса Омаров Нурлан Серикович.\n\nОтвет на извещение\n\n"
    "Я, Касымова Айгуль Маратовна, сообщаю, что мой муж не может явиться и не может оформить доверенность. В апреле "
    "2018 года он поехал в Кашгар к своей сестре, и через две недели его забрали из её дома без всяких объяснений. "
    "В 2020 году его отпустили, но паспорт у него отобрали.\n")


def test_a_wifes_husband_is_the_man_of_her_surname_written_surname_first():
    doc = doc_of(RU_REPLY, "ru")
    husband = next(p for p in doc.persons if any(doc.text[a:b] == "мой муж" for a, b in p.mentions))
    assert any(name.startswith("Касымов") for name in husband.names)
    assert "victim" in husband.roles
    assert not any(not p.names and "victim" in p.roles for p in doc.persons)
    # negative: the man of another surname is not the husband, and no victim
    assistant = [p for p in doc.persons if any(name.startswith("Омаров") for name in p.names)]
    assert all(p is not husband and "victim" not in p.roles for p in assistant)
