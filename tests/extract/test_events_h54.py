"""Events found and given to the right person (h-events54, issue 11): invented names, own sentences."""

import pytest

from tests.extract.helpers import doc_of, person_named


def events_of(doc, name: str) -> set[tuple[str, str | None]]:
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


def test_russian_u_is_the_preposition_not_a_words_last_letter():
    doc = doc_of("Мой брат Тимур Беков жил в Кульдже. В 2018 году его забрали в лагерь. "
                 "Моя сестра Жанар Беккулова жила в Алматы. У неё в 2019 году забрали телефон.", language="ru")
    assert {("arrest", "2018"), ("detention", "2018")} <= events_of(doc, "Тимур Беков")
    assert not {e for e in events_of(doc, "Жанар Беккулова") if e[0] in ("arrest", "detention")}


def test_russian_taken_to_a_camp_is_a_detention_and_its_arrest():
    doc = doc_of("Мой брат Тимур Беков жил в Кульдже. Тимура забрали в лагерь в 2018 году. "
                 "У меня на границе забрали паспорт.", language="ru")
    assert {("arrest", "2018"), ("detention", "2018")} <= events_of(doc, "Тимур Беков")
    assert [e.type for e in doc.events if e.person != person_named(doc, "Тимур Беков").id] == []


def test_russian_unsaid_person_goes_on_from_an_impersonal_object():
    doc = doc_of("Моя сестра Айжан Сейтова жила в Кульдже. В 2017 году её арестовали. "
                 "Выпустили в 2020 году, но паспорт не вернули.", language="ru")
    assert ("release", "2020") in events_of(doc, "Айжан Сейтова")
    # another subject between the two: the unsaid clause is not hers
    doc = doc_of("Моя сестра Айжан Сейтова жила в Кульдже. В 2017 году её арестовали. "
                 "Полицейские вернулись в участок. Выпустили в 2020 году.", language="ru")
    events = events_of(doc, "Айжан Сейтова")
    assert ("arrest", "2017") in events and ("release", "2020") not in events


def test_russian_given_name_in_a_declined_away_a():
    doc = doc_of("Моя сестра Гульзада Омарова жила в Кульдже. Её муж Ерлан Омаров работал в школе. "
                 "Гульзаду арестовали в 2018 году. Об Омарове мы ничего не знаем.", language="ru")
    sister, husband = person_named(doc, "Гульзада Омарова"), person_named(doc, "Ерлан Омаров")
    assert ("arrest", "2018") in events_of(doc, "Гульзада Омарова")
    words = lambda p: {doc.text[s:e] for s, e in p.mentions}  # noqa: E731
    assert "Гульзаду" in words(sister) and "Омарове" not in words(sister)
    assert "Гульзаду" not in words(husband)


def test_date_in_a_relative_clause_on_another_person_is_not_the_events():
    doc = doc_of("Мой муж Марат Исмаилов ездил в Кашгар. На границе его допрашивали о дяде, Хамите Ахмедове, "
                 "которого в 2016 году забрали в лагерь под Аксу.", language="ru")
    assert ("interrogation", None) in events_of(doc, "Марат Исмаилов")
    assert not {e for e in events_of(doc, "Марат Исмаилов") if e[1] == "2016"}
    doc = doc_of("My husband Kamal Osman went to Kashgar in March 2024. At the airport he was questioned about his "
                 "uncle, Rahim Osman, who was arrested in 2018.")
    assert ("interrogation", "2024-03") in events_of(doc, "Kamal Osman")
    assert ("arrest", "2018") in events_of(doc, "Rahim Osman")  # the clause's own act keeps its date


def test_act_in_a_relative_clause_is_its_antecedents():
    doc = doc_of("Мой муж Марат Исмаилов ездил в Кашгар. Его расспрашивали о человеке, которого в 2018 году "
                 "увезли в лагерь. Там он узнал, что его брат Хамит Ахмедов, которого в 2019 году увезли в лагерь, "
                 "умер.", language="ru")
    assert not {e for e in events_of(doc, "Марат Исмаилов") if e[0] in ("arrest", "detention")}
    assert ("detention", "2019") in events_of(doc, "Хамит Ахмедов")


def test_relative_clause_antecedent_past_an_apposition_a_parenthesis_and_an_origin():
    doc = doc_of("One of them is the poet Ablikim Tash, once a teacher at a school in Aksu, who was taken from "
                 "his flat in Aksu in early 2019. We keep a letter from our uncle, Kairat Omarov (1951-2020), who died "
                 "in hospital. The list names Memet Rozi from Hotan, who was sentenced to ten years in 2017.")
    assert ("arrest", "2019") in events_of(doc, "Ablikim Tash")
    assert ("death", "2020") in events_of(doc, "Kairat Omarov")
    assert ("sentencing", "2017") in events_of(doc, "Memet Rozi")


@pytest.mark.parametrize("text, name, expected", [
    ("My friend Sanubar Ismail, a cook in Korla, was held for questioning for three days in May 2019.",
     "Sanubar Ismail", {("interrogation", "2019-05"), ("detention", "2019-05")}),
    ("My father Tursun Hoshur lived in Aksu. In October 2017 officers came one evening and arrested him with our cousin.",
     "Tursun Hoshur", {("arrest", "2017-10")}),
    ("My father Tursun Hoshur lived in Aksu. In 2019 he was sent to prison for his prayers.",
     "Tursun Hoshur", {("sentencing", "2019")}),
    ("My uncle Rozi Tash was taken to a camp in 2016 and let out in March 2017.", "Rozi Tash", {("release", "2017-03")}),
    ("Kadir Omar lived in Hotan. Taken by police from the bazaar in the autumn of 2016.", "Kadir Omar",
     {("arrest", "2016")}),
])
def test_english_ways_of_telling(text, name, expected):
    assert expected <= events_of(doc_of(text), name)


@pytest.mark.parametrize("text, name, kind", [
    ("My father Tursun Hoshur lived in Aksu. In 2017 he came home and took me to school.", "Tursun Hoshur", "arrest"),
    ("My father Tursun Hoshur lived in Aksu. In 2019 he was not sent to prison.", "Tursun Hoshur", "sentencing"),
    ("My friend Sanubar Ismail lived in Korla. In 2018 she was never called in for questioning.", "Sanubar Ismail",
     "interrogation"),
])
def test_english_look_alikes_tell_no_event(text, name, kind):
    doc = doc_of(text + " Her cousin Aliye Rozi was arrested in 2018.")
    assert ("arrest", "2018") in events_of(doc, "Aliye Rozi")  # the control
    assert not {e for e in events_of(doc, name) if e[0] == kind}


def test_russian_kin_noun_with_a_name_in_apposition_is_that_person_not_its_possessor():
    doc = doc_of("Мой дед Абдулла Касымов жил в Турфане. В 2017 году его внука Ильхама арестовали. "
                 "Абдуллу Касымова арестовали в 2019 году.", language="ru")
    assert ("arrest", "2017") in events_of(doc, "Ильхам")
    grandfather = events_of(doc, "Абдулла Касымов")
    assert ("arrest", "2019") in grandfather and ("arrest", "2017") not in grandfather


def test_russian_last_month_named_is_the_latest_such_month_before_the_documents_date():
    from datetime import date

    from guwah.extract.pipeline import run_pipeline

    doc = run_pipeline("Мой брат Ержан Касымов жил в Кульдже. Его арестовали в 2018 году. Выпустили в прошлом "
                       "ноябре, паспорт не вернули. В прошлом году он болел.", "ru", date(2020, 3, 1))
    values = {doc.text[d.start:d.end]: d.value for d in doc.dates}
    assert values["в прошлом ноябре"] == "2019-11"
    assert values.get("В прошлом году") == "2019"  # the control: a year said the same way is still the year
    assert ("release", "2019-11") in events_of(doc, "Ержан Касымов")


def test_russian_taken_at_someones_home_is_an_arrest_a_thing_taken_there_is_not():
    doc = doc_of("Мой брат Тимур Беков жил в Кульдже. Забрали прямо у тёти дома, в марте 2016 года. "
                 "Моя сестра Жанар Беккулова жила в Алматы. У неё в мае 2017 года забрали телефон.", language="ru")
    assert ("arrest", "2016-03") in events_of(doc, "Тимур Беков")
    assert not {e for e in events_of(doc, "Жанар Беккулова") if e[0] in ("arrest", "detention")}
