"""Events that carry to texts nobody here has read (issue 11, h-events53): the custody a person's code states
where no event's words told it (`events.events_from_acts`); a stay told after the custody began ends in a
release at its end ("stayed there until …"); coming home after custody is a release in Kazakh and Uyghur;
Russian «мы с сыном уехали» makes the teller and the son travel. Invented sentences and names; each rule with
a control where it must not fire, beside a case where it does.
"""

from __future__ import annotations

import pytest

from guwah.extract import events, extract_text
from guwah.extract.document import DateMention, Doc, EventRecord, PersonRecord, Sentence, Violation


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


# ---------------------------------------------------------------- events from the codes

def _doc(violations: list[Violation], told: list[EventRecord] = ()) -> Doc:
    text = "Aziz Qadir was kept in the school from May 2018. Nobody told us why."
    doc = Doc(text=text, language="en")
    doc.sentences = [Sentence(0, 48, 0), Sentence(49, len(text), 0)]
    doc.dates = [DateMention(text.index("May 2018"), text.index("May 2018") + 8, "2018-05", "month")]
    doc.persons = [PersonRecord("p1", names=["Aziz Qadir"], mentions=[(0, 10)], violations=list(violations))]
    doc.person_spans = [((0, 10), "p1")]
    doc.events = list(told)
    return doc


def test_a_code_of_custody_with_no_event_gives_the_event_dated_in_its_sentence():
    doc = _doc([Violation("detention.internment_camp", (0, 48), "acts model", 15),
                Violation("torture.beating", (0, 48), "acts model", 15)])
    events.events_from_acts(doc)
    assert [(e.type, e.person, e.date.value) for e in doc.events] == [("detention", "p1", "2018-05")]


def test_no_second_event_of_a_type_the_person_has_and_no_event_from_other_codes():
    told = EventRecord("detention", "p1", (0, 48), date=DateMention(0, 0, "2017", "year"), trigger=(11, 15))
    doc = _doc([Violation("detention.internment_camp", (0, 48), "acts/en.yaml entry 3", 15),
                Violation("detention.prison_sentence", (0, 48), "acts model", 15),
                Violation("disappearance.enforced", (49, 69), "acts model", 49)], [told])
    events.events_from_acts(doc)
    # the detention told already stays the only one; the sentence is given; a disappearance code gives none
    assert sorted((e.type, e.date.value if e.date else None) for e in doc.events) == [
        ("detention", "2017"), ("sentencing", "2018-05")]


def test_only_the_finders_named_when_act_sources_is_set(monkeypatch):
    monkeypatch.setattr(events, "ACT_SOURCES", ("acts model",))
    doc = _doc([Violation("detention.arbitrary_arrest", (0, 48), "acts/en.yaml entry 7", 15),
                Violation("detention.prison_sentence", (0, 48), "acts model", 15)])
    events.events_from_acts(doc)
    assert [e.type for e in doc.events] == ["sentencing"]


def test_years_of_something_else_are_no_sentence_from_a_code():
    # "got two years" is a prison term to an act entry; "of training" makes it none (the parse)
    text = ("My name is Tilek Osmon.\n\nIn 2019 I got two years of training as a nurse. "
            "In 2020 my cousin Aziz Qadir got ten years.")
    assert events_of(text, "en", "sentencing") == {("Aziz Qadir", "2020")}


# ---------------------------------------------------------------- a stay's end told after the custody

@pytest.mark.parametrize(("text", "language", "who", "when"), [
    ("My name is Dilnur Hasan. My brother Ekrem Hasan was taken to a camp in March 2018. "
     "He stayed there until June 2019.", "en", "Ekrem Hasan", "2019-06"),
    ("My name is Dilnur Hasan. My brother Ekrem Hasan was taken to a camp in March 2018. "
     "He was held there until June 2019.", "en", "Ekrem Hasan", "2019-06"),
    ("Je m'appelle Dilnur Hasan. Mon frère Ekrem Hasan a été emmené dans un camp en mars 2018. "
     "Il y est resté jusqu'en juin 2019.", "fr", "Ekrem Hasan", "2019-06"),
    ("Меня зовут Дильнур Хасан. Мой брат Экрем Хасан был задержан в марте 2018 года и помещён в лагерь. "
     "Он пробыл там до июня 2019 года.", "ru", "Экрем Хасан", "2019-06"),
])
def test_staying_on_until_a_date_after_custody_is_the_release(text, language, who, when):
    assert (who, when) in events_of(text, language, "release")


@pytest.mark.parametrize(("text", "language", "who", "when"), [
    # the teller stays somewhere (never held); the brother's own stay ends later
    ("My name is Dilnur Hasan. My brother Ekrem Hasan was taken to a camp in March 2018. "
     "I stayed in Almaty until June 2019. He stayed in the camp until May 2020.", "en", "Ekrem Hasan", "2020-05"),
    ("Je m'appelle Dilnur Hasan. Mon frère Ekrem Hasan a été emmené dans un camp en mars 2018. "
     "Je suis restée à Almaty jusqu'en juin 2019. Il y est resté jusqu'en mai 2020.", "fr", "Ekrem Hasan", "2020-05"),
    ("Меня зовут Дильнур Хасан. Мой брат Экрем Хасан был задержан в марте 2018 года и помещён в лагерь. "
     "Я пробыла в Алматы до июня 2019 года. Он пробыл там до мая 2020 года.", "ru", "Экрем Хасан", "2020-05"),
])
def test_a_stay_of_someone_never_held_is_no_release(text, language, who, when):
    assert events_of(text, language, "release") == {(who, when)}


def test_a_denied_stay_is_no_release():
    text = ("My name is Dilnur Hasan. My brother Ekrem Hasan was taken to a camp in March 2018. "
            "He did not stay there until June 2019. My cousin Aziz Qadir was taken to a camp in May 2018. "
            "He stayed there until July 2019.")
    assert events_of(text, "en", "release") == {("Aziz Qadir", "2019-07")}


# ---------------------------------------------------------------- coming home after custody (Kazakh, Uyghur)

@pytest.mark.parametrize(("text", "language", "who"), [
    ("Менің атым Айгүл Серікқызы. Менің інім Ерлан Серікұлы 2018 жылы ұсталды. Ол 2019 жылы үйге оралды.",
     "kk", "Ерлан Серікұлы"),
    ("مېنىڭ ئىسمىم گۈلنار ئابلىز. مېنىڭ ئىنىم ئەركىن ئابلىز 2018-يىلى تۇتۇلدى. ئۇ 2019-يىلى ئۆيگە قايتىپ كەلدى.",
     "ug", "ئەركىن ئابلىز"),
    ("Méning ismim Gülnar Abliz. Méning inim Erkin Abliz 2018-yili tutuldi. U 2019-yili öyge qaytip keldi.",
     "ug", "Erkin Abliz"),
])
def test_coming_home_after_custody_is_a_release(text, language, who):
    assert events_of(text, language, "release") == {(who, "2019")}
    assert not events_of(text, language, "return")


def test_coming_to_someones_house_is_no_homecoming():
    # the police came to his house at night: no one came back; his coming home later is the release
    text = ("Менің атым Айгүл Серікқызы. Менің інім Ерлан Серікұлы 2018 жылы ұсталды. "
            "2019 жылы полицейлер оның үйіне түнде келді. Ол 2020 жылы үйге оралды.")
    assert events_of(text, "kk", "release") == {("Ерлан Серікұлы", "2020")}


@pytest.mark.parametrize(("text", "language"), [
    ("Менің атым Айгүл Серікқызы. Менің інім Ерлан Серікұлы Алматыда тұрады. Ол 2019 жылы үйге оралды.", "kk"),
    ("مېنىڭ ئىسمىم گۈلنار ئابلىز. مېنىڭ ئىنىم ئەركىن ئابلىز ئۈرۈمچىدە ئىشلەيدۇ. ئۇ 2019-يىلى ئۆيگە قايتىپ كەلدى.", "ug"),
])
def test_coming_home_of_someone_never_held_is_no_release(text, language):
    assert not events_of(text, language, "release")


# ---------------------------------------------------------------- Russian «мы с сыном»

def test_russian_we_with_the_son_makes_both_travel():
    text = ("Меня зовут Гульнар Абдуллаева. Мой сын Арман Абдуллаев учился в Урумчи. "
            "В 2018 году мы с сыном уехали в Казахстан.")
    assert events_of(text, "ru", "exit") == {("Гульнар Абдуллаева", "2018"), ("Арман Абдуллаев", "2018")}


def test_russian_we_with_someone_unnamed_is_the_teller_alone():
    # a friend the text does not follow travels too, but is no one's event; the son stays
    text = ("Меня зовут Гульнар Абдуллаева. Мой сын Арман Абдуллаев учился в Урумчи. "
            "В 2018 году мы с подругой уехали в Казахстан.")
    assert events_of(text, "ru", "exit") == {("Гульнар Абдуллаева", "2018")}


def test_russian_we_with_the_son_denied_then_told():
    text = ("Меня зовут Гульнар Абдуллаева. Мой сын Арман Абдуллаев учился в Урумчи. "
            "В 2017 году мы с сыном не уехали в Казахстан. В 2019 году мы с сыном уехали в Казахстан.")
    assert events_of(text, "ru", "exit") == {("Гульнар Абдуллаева", "2019"), ("Арман Абдуллаев", "2019")}


# ---------------------------------------------------------------- Kazakh and Uyghur: "we" crossed

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Менің атым Айгүл Серікқызы. Менің күйеуім Ерлан Серікұлы. 2019 жылы Қазақстанға көшіп келдік.",
     "kk", {("Айгүл Серікқызы", "2019")}),
    ("Менің атым Айгүл Серікқызы. Менің күйеуім Ерлан Серікұлы. 2019 жылы күйеуім Ерлан екеуміз Қазақстанға көшіп келдік.",
     "kk", {("Айгүл Серікқызы", "2019"), ("Ерлан Серікұлы", "2019")}),
    ("مېنىڭ ئىسمىم گۈلنار ئابلىز. ئېرىم ئەركىن ئابلىز ئۈرۈمچىدە ئىشلەيدۇ. 2017-يىلى قازاقىستانغا كۆچۈپ كەلدۇق.",
     "ug", {("گۈلنار ئابلىز", "2017")}),
])
def test_a_crossing_told_by_we_is_the_narrators(text, language, expected):
    assert events_of(text, language, "exit") == expected


@pytest.mark.parametrize(("text", "language", "who"), [
    # "he moved": the relative, not the narrator; then "we moved": the narrator
    ("Менің атым Айгүл Серікқызы. Менің күйеуім Ерлан Серікұлы. Ол 2017 жылы Қазақстанға көшіп келді. "
     "2019 жылы Қазақстанға көшіп келдік.", "kk", ("Ерлан Серікұлы", "Айгүл Серікқызы")),
    ("مېنىڭ ئىسمىم گۈلنار ئابلىز. مېنىڭ ئىنىم ئەركىن ئابلىز ئۈرۈمچىدە ئىشلەيدۇ. ئۇ 2017-يىلى قازاقىستانغا كۆچۈپ كەتتى. "
     "2019-يىلى قازاقىستانغا كۆچۈپ كەلدۇق.", "ug", ("ئەركىن ئابلىز", "گۈلنار ئابلىز")),
])
def test_a_crossing_told_in_the_third_person_stays_the_relatives(text, language, who):
    assert events_of(text, language, "exit") == {(who[0], "2017"), (who[1], "2019")}
