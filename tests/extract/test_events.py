from tests.extract.helpers import TESTIMONY, doc_of, person_named


def events_of(doc, person) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id]


def test_events_of_the_narrator_with_dates():
    doc = doc_of(TESTIMONY)
    events = events_of(doc, person_named(doc, "Nurlan Tursunov"))
    assert ("exit", "2010") in events
    assert ("return", "2018-06-02") in events
    assert ("arrest", "2018-06-05") in events  # "three days after" June 2
    assert ("interrogation", "2018-06-06") in events  # "the next day"
    assert ("release", "2018-11-20") in events


def test_events_duration_gives_the_end_date():
    doc = doc_of(TESTIMONY)
    narrator = person_named(doc, "Nurlan Tursunov")
    [detention] = [e for e in doc.events if e.person == narrator.id and e.type == "detention" and e.end_date]
    assert (detention.date.value, detention.end_date.value) == ("2018-06-05", "2018-06-15")


def test_events_of_a_relative():
    doc = doc_of(TESTIMONY)
    brother = person_named(doc, "Daulet Tursunov")
    assert ("detention", "2019-03-03") in events_of(doc, brother)


def test_events_plans_and_negations_are_not_events():
    doc = doc_of("Serik Omarov\n\nI planned to go back to Almaty the next day. I was never arrested.")
    assert doc.events == []


def test_events_french_and_russian_get_persons_places_dates_events():
    french = doc_of("Aliya Kassymova a été arrêtée le 3 avril 2018 à Ghulja.", language="fr")
    assert [p.names for p in french.persons] == [["Aliya Kassymova"]]
    assert [(e.type, e.date.value) for e in french.events] == [("arrest", "2018-04-03")]
    assert french.places and french.places[0].gazetteer_id
    russian = doc_of("Айгуль Сатпаева была задержана 5 марта 2018 года в Кульдже.", language="ru")
    assert [p.names for p in russian.persons] == [["Айгуль Сатпаева"]]
    assert [(e.type, e.date.value) for e in russian.events] == [("detention", "2018-03-05")]


def test_events_french_and_russian():
    doc = doc_of("Je m'appelle Aigul. Le 3 mai 2018, la police m'a arrêtée. J'ai été libérée le 9 juin 2019. "
                 "J'ai quitté la Chine en 2020.", "fr")
    narrator = person_named(doc, "Aigul")
    assert {("arrest", "2018-05-03"), ("release", "2019-06-09"), ("exit", "2020")} <= set(events_of(doc, narrator))
    doc = doc_of("Меня зовут Айгуль. В марте 2018 года меня арестовали. Меня держали в лагере. "
                 "В 2020 году я уехала в Казахстан.", "ru")
    narrator = person_named(doc, "Айгуль")
    assert {("arrest", "2018-03"), ("exit", "2020")} <= set(events_of(doc, narrator))


def test_events_birth_year_is_not_the_arrest_date():
    doc = doc_of("Askar Nurbek, a driver born in 1970, was arrested in Ili on 4 April 2018.")
    assert ("arrest", "2018-04-04") in events_of(doc, person_named(doc, "Askar Nurbek"))
