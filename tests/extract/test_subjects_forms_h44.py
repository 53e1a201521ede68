"""Who an act is told of in forms and in Russian clauses that leave the person unsaid (issue 11,
h-attrib44): a form's staff is no one a pronoun stands for; a Russian patronymic tells the gender;
«по его словам» is the source, and a clause with no subject goes on with its topic; a Russian clause
with neither subject nor object is about the subject of the sentence before. Invented people, our
own words."""

import pytest

from guwah.extract.persons import gender
from guwah.extract.subjects import form_staff
from tests.extract.helpers import codes_of, doc_of, person_named


def event_people(doc, event_type: str) -> set[str]:
    return {doc.person(e.person).names[0] for e in doc.events if e.type == event_type and e.person
            and doc.person(e.person).names}


# The clerk who took the form down is named after the customer and nearer to the story: "he" is the
# customer (who has the act), not the clerk (who keeps nothing).
@pytest.mark.parametrize("language, text, customer, clerk", [
    ("en", "REPAIR ORDER 1182\n\nCustomer: Murat Bolat\nReceived by: clerk D. Osman\n\n"
           "Reason for the repair, in the customer's words: in May 2019 he drove to Ghulja, and at the border "
           "the police took his passport.\n", "Murat Bolat", "D. Osman"),
    ("ru", "ЗАКАЗ № 77\n\nЗаказчик: Жаксылык Нурлан Серикович\nПринял: менеджер Б. Сапаров\n\n"
           "Как рассказал заказчик, летом 2019 года он ездил в Урумчи, и в аэропорту у него отобрали паспорт.\n",
     "Жаксылык Нурлан Серикович", "Б. Сапаров"),
])
def test_subjects_a_forms_staff_is_not_whom_a_pronoun_stands_for(language, text, customer, clerk):
    doc = doc_of(text, language)
    staff = person_named(doc, clerk)
    assert form_staff(doc, staff.id)
    assert not form_staff(doc, person_named(doc, customer).id)
    assert "movement.passport_confiscation" in codes_of(person_named(doc, customer))
    assert "movement.passport_confiscation" not in codes_of(staff)


def test_subjects_staff_named_in_the_story_too_is_not_staff():
    # the same clerk told of in a sentence of the story is someone the story is about
    doc = doc_of("Received by: Zebinisa Qadirova\n\nIn 2018 Zebinisa Qadirova was arrested by the police in Ghulja.\n")
    osman = person_named(doc, "Zebinisa Qadirova")
    assert not form_staff(doc, osman.id)
    assert "detention.arbitrary_arrest" in codes_of(osman)


# A form-order Russian name ends with the patronymic, which tells the gender where the family name does not.
@pytest.mark.parametrize("name, expected", [
    ("Жаксылык Ерлан Бауыржанович", "male"),
    ("Жаксылык Динара Бауыржановна", "female"),
])
def test_subjects_a_russian_patronymic_tells_the_gender(name, expected):
    doc = doc_of(f"Заявитель: {name}\n\nПрошу рассмотреть моё заявление.\n", "ru")
    assert gender(doc, person_named(doc, name).id) == expected


def test_subjects_the_topic_of_clauses_with_no_subject_goes_on():
    # «по его словам» is the teller; «его заставляли …» and «у него взяли кровь» go on with «он», the
    # customer, not the father named last before them (who keeps nothing)
    doc = doc_of("Заказчик: Жаксылык Ерлан Бауыржанович\n\n"
                 "Как рассказал заказчик, в 2021 году он ездил в Урумчи к отцу, Бауыржану Касымбекову, и в аэропорту "
                 "его отправили в лагерь. В лагере, по его словам, его заставляли каждый день учить китайский язык. "
                 "Через месяц у него взяли кровь на анализ.\n", "ru")
    client, father = person_named(doc, "Жаксылык Ерлан Бауыржанович"), person_named(doc, "Бауыржан Касымбеков")
    assert {"detention.internment_camp", "indoctrination.political", "medical.biometric_collection"} <= codes_of(client)
    assert not codes_of(father) & {"indoctrination.political", "medical.biometric_collection"}


def test_subjects_a_russian_clause_with_no_one_in_it_is_the_subject_before():
    # «арестовали и отняли паспорт» names no one: the brother who flew (the subject before); the uncle
    # he visited keeps nothing
    doc = doc_of("Мой брат, Асхат Нурланов, живёт в Алматы. Летом 2018 года Асхат полетел в Урумчи на свадьбу к "
                 "дяде, Мурату Болатову. В аэропорту арестовали и отняли паспорт. Потом восемь месяцев держали "
                 "в лагере.\n", "ru")
    brother, uncle = person_named(doc, "Асхат Нурланов"), person_named(doc, "Мурат Болатов")
    assert {"detention.arbitrary_arrest", "movement.passport_confiscation"} <= codes_of(brother)
    assert not codes_of(uncle) & {"detention.arbitrary_arrest", "movement.passport_confiscation"}
    assert "Асхат Нурланов" in event_people(doc, "arrest")


def test_subjects_no_one_person_before_a_clause_with_no_one_gives_it_to_nobody():
    # the sentence before has police as its subject: the arrest told with no one is no one's, while
    # the same clause after a person's own sentence is that person's
    doc = doc_of("Асхат Нурланов живёт в Алматы. Полицейские пришли в село ночью. Задержали на рассвете.\n\n"
                 "Мурат Болатов поехал в Кульджу. На границе задержали.\n", "ru")
    assert "detention.arbitrary_arrest" not in codes_of(person_named(doc, "Асхат Нурланов"))
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Мурат Болатов"))


def test_subjects_a_latin_name_in_a_russian_text_is_he_only_when_no_one_else_fits():
    # a car's make in a Russian work order, read as a name, is nearer to «он» than the customer, whose
    # patronymic tells he is a man: the customer has the act; with no one else, a Latin name is still «он»
    doc = doc_of("ЗАКАЗ-НАРЯД № 5\n\nЗаказчик: Жаксылык Нурлан Серикович\nАвтомобиль: Hyundai Santa Fe Classic\n\n"
                 "Как рассказал заказчик, летом 2019 года он ездил в Урумчи, и в аэропорту у него отобрали паспорт.\n", "ru")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Жаксылык Нурлан Серикович"))
    assert not any("movement.passport_confiscation" in codes_of(p) for p in doc.persons
                   if "Hyundai Santa Fe Classic" in p.names)
    alone = doc_of("Письмо John Mercer из Лондона.\n\nЛетом 2019 года он ездил в Урумчи, и в аэропорту у него отобрали "
                   "паспорт.\n", "ru")
    assert "movement.passport_confiscation" in codes_of(person_named(alone, "John Mercer"))
