import pytest

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
    # an arrest opens a detention (docs/cli-json.md)
    assert sorted((e.type, e.date.value) for e in french.events) == [("arrest", "2018-04-03"), ("detention", "2018-04-03")]
    assert french.places and french.places[0].gazetteer_id
    russian = doc_of("Айгуль Сатпаева была задержана 5 марта 2018 года в Кульдже.", language="ru")
    assert [p.names for p in russian.persons] == [["Айгуль Сатпаева"]]
    # «была задержана», like "was detained", tells the arrest and the start of the detention
    assert sorted((e.type, e.date.value) for e in russian.events) == [("arrest", "2018-03-05"), ("detention", "2018-03-05")]


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


# Ways of telling an event (voice, nouns, relatives, multi-clause sentences); issue #4.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kanat Abenov\n\nPolice came for me on 4 May 2018.", ("arrest", "2018-05-04")),
    ("Kanat Abenov\n\nOn 4 May 2018 they took me away.", ("arrest", "2018-05-04")),
    ("Kanat Abenov\n\nOn 4 May 2018 I was picked up at the market.", ("arrest", "2018-05-04")),
    ("Kanat Abenov\n\nAfter my arrest on 4 May 2018 I did not see my children.", ("arrest", "2018-05-04")),
    ("Kanat Abenov\n\nMy own release came on 9 June 2019.", ("release", "2019-06-09")),
    ("Kanat Abenov\n\nAfter my release in June 2019 I stayed at home.", ("release", "2019-06")),
    ("Kanat Abenov\n\nI was let go in June 2019 and came home.", ("release", "2019-06")),
    ("Kanat Abenov\n\nIn June 2019 I was moved to Korla.", ("transfer", "2019-06")),
    ("Kanat Abenov\n\nIn 2017 I returned from a trip to my cousin in Almaty.", ("return", "2017")),
    ("Kanat Abenov\n\nIn 2020 I crossed into Kazakhstan.", ("exit", "2020")),
])
def test_events_ways_of_telling(text, expected):
    doc = doc_of(text)
    assert expected in events_of(doc, person_named(doc, "Kanat Abenov"))


def test_events_of_relatives_in_one_sentence():
    doc = doc_of("Dina Omarova\n\nMy uncle, Marat Omarov, was sentenced to nine years in March 2019. "
                 "My cousin, Asel Omarova, was let go in May 2019, but in July 2019 they took her again, "
                 "and we never heard from her again.")
    assert ("sentencing", "2019-03") in events_of(doc, person_named(doc, "Marat Omarov"))
    asel = {event for event, _date in events_of(doc, person_named(doc, "Asel Omarova"))}
    assert {"release", "arrest", "disappearance"} <= asel
    assert events_of(doc, person_named(doc, "Dina Omarova")) == []


def test_events_negated_ways_of_telling_are_not_events():
    doc = doc_of("Kanat Abenov\n\nI was never arrested, I was never let go from anywhere, "
                 "and police never came for me.")
    assert doc.events == []


@pytest.mark.parametrize("text", [
    "Kanat Abenov\n\nOn 4 May 2018 I read the conditions for my release.",
    "Kanat Abenov\n\nOn 4 May 2018 a neighbour died and was taken away on a stretcher.",
])
def test_events_look_alikes_are_not_events(text):
    doc = doc_of(text)
    assert not [e for e in doc.events if e.type in ("release", "arrest")]


def test_events_a_stay_told_by_its_length_does_not_take_the_release_date():
    doc = doc_of("Kanat Abenov\n\nI was released on 9 June 2019, after ten months in the camp.")
    events = events_of(doc, person_named(doc, "Kanat Abenov"))
    assert ("release", "2019-06-09") in events
    assert ("detention", "2019-06-09") not in events


def test_events_detention_and_transfer_in_one_sentence_are_two_events():
    doc = doc_of("Kanat Abenov\n\nFor three months I was kept in a detention centre in Ghulja, "
                 "and in July 2018 I was moved to a camp in Qapqal County.")
    types = {event for event, _date in events_of(doc, person_named(doc, "Kanat Abenov"))}
    assert {"detention", "transfer"} <= types


def test_events_from_one_date_to_another_starts_at_the_first():
    doc = doc_of("Gulim Sadykova, a nurse, was held in a camp in Ghulja from 2017 to 2019.")
    assert ("detention", "2017") in events_of(doc, person_named(doc, "Gulim Sadykova"))


def test_events_french_and_russian_ways_of_telling():
    doc = doc_of("Je m'appelle Aigul. Mon frère, Nurlan Sadyk, a passé huit mois dans un camp. "
                 "Ma sœur, Saule Sadyk, a été relâchée en mai 2019. "
                 "Depuis, nous n'avons plus jamais eu de nouvelles de lui.", "fr")
    assert "detention" in {t for t, _d in events_of(doc, person_named(doc, "Nurlan Sadyk"))}
    assert ("release", "2019-05") in events_of(doc, person_named(doc, "Saule Sadyk"))
    doc = doc_of("Меня зовут Айгуль. Мой брат, Нурлан Садыков, работал в Кульдже. "
                 "В мае 2018 года полиция забрала его. Меня допрашивали в июне 2018 года. "
                 "С тех пор мы ничего о нём не слышали.", "ru")
    brother = {t for t, _d in events_of(doc, person_named(doc, "Нурлан Садыков"))}
    assert {"arrest", "disappearance"} <= brother
    assert ("interrogation", "2018-06") in events_of(doc, person_named(doc, "Айгуль"))


def test_events_a_negated_departure_is_no_exit():
    doc = doc_of("Kanat Abenov\n\nIn 2017 I never left Ghulja for Kazakhstan; I stayed at home.")
    assert not [e for e in doc.events if e.type == "exit"]


# Issue 11, case 8: a summons and, two days later, a prison named by an adjective of its county.
def test_events_russian_summons_then_prison_counted_from_the_summons():
    doc = doc_of("5 марта 2018 года Бахытжан Оралбай вызвали в полицию уезда Токсун. "
                 "Через два дня его увезли в Токсунскую уездную тюрьму.", "ru")
    person = person_named(doc, "Бахытжан Оралбай")
    assert "victim" in person.roles
    events = {(e.type, e.subtype): e for e in doc.events if e.person == person.id}
    assert events[("interrogation", "summons")].date.value == "2018-03-05"
    detention = events[("detention", None)]
    assert (detention.date.value, detention.date.precision) == ("2018-03-07", "day")
    facility = next(f for f in doc.facilities if f.id == detention.facility)
    place = next(p for p in doc.places if p.id == facility.place)
    assert facility.facility_type == "prison" and place.gazetteer_id == "xj.turpan.toksun"


def test_events_was_taken_is_an_arrest_but_taken_from_a_to_b_is_not():
    from tests.extract.helpers import doc_of, person_named

    doc = doc_of("Her uncle, Ablet Hasan, was taken in May 2018. In June 2018 he was taken from Aksu to Kashgar.")
    ablet = person_named(doc, "Ablet Hasan")
    arrests = [e for e in doc.events if e.type == "arrest" and e.person == ablet.id]
    assert [e.date.value for e in arrests] == ["2018-05"]


def test_events_a_date_of_where_someone_lives_is_not_the_events_date():
    from tests.extract.helpers import doc_of, person_named

    doc = doc_of("Kamil Tohti, 30, who has lived in Oslo since 2015, said his sister, Aynur Tohti, was "
                 "taken from her school in Aksu county, in April 2018.")
    aynur = person_named(doc, "Aynur Tohti")
    assert sorted((e.type, e.date.value) for e in doc.events if e.person == aynur.id) == [("arrest", "2018-04"), ("detention", "2018-04")]


def test_events_a_relative_named_as_the_source_is_not_the_one_held():
    from tests.extract.helpers import doc_of, person_named

    doc = doc_of("Case 1 — AYNUR TOHTI\nUyghur, female, 34. Farmer from Aksu. According to her sister "
                 "Gulnar Tohti, who lives in Oslo, she was taken to a camp in June 2019.")
    aynur, gulnar = person_named(doc, "Aynur Tohti"), person_named(doc, "Gulnar Tohti")
    # taken to a camp with no arrest told: the taking is the arrest too
    assert sorted((e.type, e.date.value) for e in doc.events if e.person == aynur.id) == [("arrest", "2019-06"), ("detention", "2019-06")]
    assert not [e for e in doc.events if e.person == gulnar.id]


_INTERVIEW = """Interview with Aynur Tohti
Speaker: Aynur Tohti (AT). Interviewer: (Q).

Q: Why did you go back?
AT: My name is Aynur Tohti. My mother, Hanzohre Tursun, was ill. I arrived in Aksu on 2 April 2018.

Q: Where were you taken?
AT: First to a detention centre. In June they moved me to a camp.

Q: When were you released?
AT: On 20 December 2019. My aunt went to the police station to ask; she was held there for two days and then let go.
"""


def test_events_an_interview_answer_goes_on_with_the_year_the_earlier_answer_gave():
    from datetime import date

    from guwah.extract.pipeline import run_pipeline

    doc = run_pipeline(_INTERVIEW, "en", date(2021, 5, 1))
    aynur = person_named(doc, "Aynur Tohti")
    events = {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == aynur.id}
    # "In June" is June of the story (2018), not the June before the interview (2020)
    assert ("transfer", "2018-06") in events
    # the question holds the act, the answer its date
    assert ("release", "2019-12-20") in events
    # the control: the aunt's "then let go" is hers, not the narrator's second release
    aunt = next(p for p in doc.persons if p.kin_of and p.kin_of[1] == "aunt")
    assert "release" in {e.type for e in doc.events if e.person == aunt.id}
    assert len([e for e in doc.events if e.person == aynur.id and e.type == "release"]) == 1


def test_events_arrest_at_an_airport_undated_disappearance_held_for_and_released_the_following_spring():
    doc = doc_of("Case 4 — AYNUR TOHTI\nUyghur, female, born 1995. She flew back on 4 July 2017 and was "
                 "detained at the airport on arrival. Her whereabouts are unknown. Her mother, Hanzohre Tursun, "
                 "was held for ten days in a police station in August 2017. Her father, Tohti Kerim, was "
                 "detained in May 2018 and released the following spring. His family was never told where "
                 "he was held.")
    aynur, mother, father = (person_named(doc, n) for n in ("Aynur Tohti", "Hanzohre Tursun", "Tohti Kerim"))
    assert {("arrest", "2017-07-04"), ("disappearance", "2017-07-04")} <= set(events_of(doc, aynur))
    assert ("detention", "2017-08") in events_of(doc, mother)
    assert {("arrest", "2018-05"), ("release", "2019")} <= set(events_of(doc, father))
    # the father's family "was never told where": his disappearance, dated from his arrest
    assert ("disappearance", "2018-05") in events_of(doc, father)
    # the control: a detention "at a camp" is no arrest
    camp = doc_of("Her uncle, Ablet Hasan, was detained at a camp near Aksu in 2019.")
    assert [e.type for e in camp.events] == ["detention"]



def test_events_a_news_lead_is_the_first_named_persons_and_counts_and_relative_clauses_are_no_ones():
    doc = doc_of("Uyghur farmer dies in camp\n\nA 50-year-old Uyghur farmer died in October 2019 while held at a "
                 "camp in Aksu, according to an official.\n\nAblet Hasan, who ran a farm near Aksu, was detained "
                 "in mid-2017, his son said. His son Kamil Hasan said an old cellmate, who was released last "
                 "spring, told him so. Ablet is at least the tenth Uyghur known to have died in custody in the "
                 "county since 2017.")
    ablet, kamil = person_named(doc, "Ablet Hasan"), person_named(doc, "Kamil Hasan")
    assert ("death", "2019-10") in events_of(doc, ablet) and ("arrest", "2017") in events_of(doc, ablet)
    assert [e for e in events_of(doc, ablet) if e[0] == "death"] == [("death", "2019-10")]  # not "since 2017"
    assert events_of(doc, kamil) == []  # the cellmate's release is not Kamil's


def test_events_a_birth_date_is_no_date_of_the_narrative():
    doc = doc_of("Aynur Tohti est née le 3 mars 1980 à Ghulja. En 2017, elle est arrêtée à Karamay. "
                 "Elle est ensuite transférée dans un camp.", "fr")
    aynur = person_named(doc, "Aynur Tohti")
    assert ("arrest", "2017") in events_of(doc, aynur)
    # not 1980-03-03; since 0.14.0 the sentence right before gives its date
    assert ("transfer", "2017") in events_of(doc, aynur)
    assert aynur.attributes["birth_year"][0] == 1980  # the control: the birth date is read, as a birth


def test_events_held_at_did_not_wake_up_and_a_date_counted_from_another_event():
    doc = doc_of("My name is Kamil Tohti. On 14 February 2018 police came to my workshop and I was arrested. "
                 "I was held at the detention centre in Ghulja for four months. My cellmate, Ablet Hasan, was "
                 "about sixty. On the morning of 2 April 2018 he did not wake up. Her brother, Tursun Omer, was "
                 "taken away two weeks after my arrest.")
    kamil, ablet, tursun = (person_named(doc, n) for n in ("Kamil Tohti", "Ablet Hasan", "Tursun Omer"))
    assert ("detention", "2018-02-14") in events_of(doc, kamil)
    assert events_of(doc, ablet) == [("death", "2018-04-02")]
    assert ("arrest", "2018-02-28") in events_of(doc, tursun)
    assert ("arrest", "2018-02-14") in events_of(doc, kamil)  # the anchor keeps its own date


def test_events_a_sentencing_is_not_placed_where_the_relative_who_tells_it_lives():
    # A court in China sentences; "her brother in Istanbul" is where the teller lives. Control in the
    # same text: a sentencing told with its place in China keeps it.
    doc = doc_of("Gulbahar Tursun, born around 1968, taught history in Ghulja. Her brother in Istanbul says she "
                 "was detained in March 2018 and sentenced in 2019 to twelve years in prison.\n\n"
                 "Abdukerim Rozi was sentenced in Aksu in 2020 to nine years.")
    places = {p.id: p.name for p in doc.places}  # the gazetteer's names: "Aksu Prefecture"
    gulbahar, abdukerim = person_named(doc, "Gulbahar Tursun"), person_named(doc, "Abdukerim Rozi")
    [sentencing] = [e for e in doc.events if e.person == gulbahar.id and e.type == "sentencing"]
    assert places.get(sentencing.place) != "Istanbul"
    [control] = [e for e in doc.events if e.person == abdukerim.id and e.type == "sentencing"]
    assert places.get(control.place, "").startswith("Aksu")


def test_events_a_crossing_made_again_and_again_is_no_event_and_a_later_one_keeps_its_date():
    # A trader "crossed the border at Irkeshtam many times a year": a way of life, not an exit; the
    # dated crossing later in the text is the exit (it was lost to the habitual one, undated).
    doc = doc_of("My name is Bakyt Osmon. From 2009 I traded between Kashgar and Osh, and I crossed the border at "
                 "Irkeshtam many times a year. I was detained in Kashgar in 2017 and released in 2019. "
                 "I crossed into Kyrgyzstan at Torugart on 2 March 2019.")
    bakyt = person_named(doc, "Bakyt Osmon")
    exits = [e.date.value if e.date else None for e in doc.events if e.person == bakyt.id and e.type == "exit"]
    assert exits == ["2019-03-02"]
