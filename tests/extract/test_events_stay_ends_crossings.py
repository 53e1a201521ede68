"""The end of a stay is a release, and exits told in more ways (issue 11: events on unseen
testimonies). Every sentence is our own invented one; each refusal has a positive control in the
same text."""

from datetime import date

import pytest

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _events(doc, name: str) -> set[tuple[str, str | None]]:
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


# ---------------------------------------------------------------- the end of a stay is a release

@pytest.mark.parametrize("language, text, name, release", [
    ("en", "My uncle Kamil Rozi was held from late 2016 until the summer of 2019 in a school in Korla.",
     "Kamil Rozi", "2019"),
    ("en", "My aunt Aynur Sadiq was detained in June 2017 and kept in a camp in Karamay until 4 February 2018.",
     "Aynur Sadiq", "2018-02-04"),
    ("en", "My brother Erkin Zunun was locked up in a camp from 2016 to 2018.", "Erkin Zunun", "2018"),
    ("fr", "Mon frère Erkin Zunun a été interné dans un camp de 2017 à 2020.", "Erkin Zunun", "2020"),
    ("ru", "Мой брат Ерлан Касымов вернулся в Кашгар в 2017 году. Через месяц его отправили в лагерь в Кашгаре, "
     "где он пробыл до июня 2018 года.", "Ерлан Касымов", "2018-06"),
])
def test_events_stay_end_is_a_release(language, text, name, release):
    doc = run_pipeline(text, language)
    assert ("release", release) in _events(doc, name)
    assert any(t == "detention" for t, _ in _events(doc, name))


def test_events_stay_end_not_a_release_when_the_until_date_is_another_verbs():
    # "worked … until 2015" is where the person worked, not a stay; the positive control beside it
    doc = run_pipeline("My cousin Nurlan Hasan worked in Turpan until 2015, when he was detained. "
                       "My cousin Dilnur Hasan was held in a camp in Turpan until August 2018.", "en")
    assert not any(t == "release" for t, _ in _events(doc, "Nurlan Hasan"))
    assert ("release", "2018-08") in _events(doc, "Dilnur Hasan")


def test_events_stay_end_not_a_release_after_the_documents_date():
    # a term still running on the day the text was written: no release yet (control: an end before it)
    doc = run_pipeline("My father Tursun Ablet was detained in a prison in Kumul until 2033. "
                       "My uncle Omer Ablet was held in a camp in Kumul until October 2018.", "en", date(2022, 3, 1))
    assert not any(t == "release" for t, _ in _events(doc, "Tursun Ablet"))
    assert ("release", "2018-10") in _events(doc, "Omer Ablet")


def test_events_stay_end_gives_way_to_a_release_told_after():
    # the release told in the next sentence is the stay's end: no second release at the month
    doc = run_pipeline("My brother Erkin Zunun was held in a camp in Korla until May 2020. "
                       "He was released on 11 May 2020.", "en")
    releases = {d for t, d in _events(doc, "Erkin Zunun") if t == "release"}
    assert releases == {"2020-05-11"}


@pytest.mark.parametrize("text, name, release", [
    ("My brother Ilyas Tohti was detained in June 2017. He was let out in July 2018.", "Ilyas Tohti", "2018-07"),
    ("My brother Ilyas Tohti was detained in June 2017. Released in August 2018, he had to stay at home.",
     "Ilyas Tohti", "2018-08"),
])
def test_events_release_told_as_let_out_or_a_bare_participle(text, name, release):
    doc = run_pipeline(text, "en")
    assert ("release", release) in _events(doc, name)


# ---------------------------------------------------------------- exits and returns

def test_events_exit_after_a_negated_clause():
    # "was not held;" denies nothing after the semicolon; the denied custody gives no detention
    doc = run_pipeline("My uncle Nurahmet Sawut was not held; he fled China in 2013 with his wife.", "en")
    assert _events(doc, "Nurahmet Sawut") == {("exit", "2013")}


def test_events_exit_from_a_town_in_china_to_a_place_abroad():
    # leaving a town of Xinjiang for a city abroad is an exit; leaving it for another town in China is none
    doc = run_pipeline("My sister Peride Ablet left Korla in 2015 to work in Dubai. "
                       "My sister Gulnar Ablet left Korla in 2015 and moved to Aksu.", "en")
    assert ("exit", "2015") in _events(doc, "Peride Ablet")
    assert not any(t == "exit" for t, _ in _events(doc, "Gulnar Ablet"))


@pytest.mark.parametrize("language, text, name, event", [
    ("ru", "Мой брат Ерлан Касымов осенью 2019 года выехал в Киргизию через перевал.", "Ерлан Касымов", ("exit", "2019")),
    ("ru", "Мой дядя Мухтар Абенов поехал из Бишкека в Кашгар 4 июня 2017 года к больному отцу.",
     "Мухтар Абенов", ("return", "2017-06-04")),
    ("fr", "Ma sœur Aigerim Bolat est arrivée en Belgique en 2013.", "Aigerim Bolat", ("exit", "2013")),
    ("en", "My brother Erlan Kasymov was released in 2017. He was sent back to Kyrgyzstan in the autumn of 2018.",
     "Erlan Kasymov", ("exit", "2018")),
])
def test_events_exit_and_return_verbs(language, text, name, event):
    doc = run_pipeline(text, language)
    assert event in _events(doc, name)


def test_events_trip_inside_china_is_no_return_without_a_side():
    # «поехал в Кашгар» with no side told before is no crossing; «из Бишкека» in the control is
    doc = run_pipeline("Мой дядя Мухтар Абенов поехал в Кашгар в 2016 году. "
                       "Мой брат Асхат Абенов поехал из Бишкека в Кашгар в 2017 году.", "ru")
    assert not any(t == "return" for t, _ in _events(doc, "Мухтар Абенов"))
    assert ("return", "2017") in _events(doc, "Асхат Абенов")


# ---------------------------------------------------------------- taken out of a place; came out

def test_events_taken_out_of_a_place_is_an_arrest_not_out_of_a_camp():
    doc = run_pipeline("My son Daulet Serikuly was dragged out of his car near Tacheng in March 2019. "
                       "My nephew Arman Serikuly was taken out of the camp in 2020.", "en")
    assert ("arrest", "2019-03") in _events(doc, "Daulet Serikuly")
    assert not any(t == "arrest" for t, _ in _events(doc, "Arman Serikuly"))


def test_events_came_out_after_custody_is_a_release():
    # "came out" is a release only where the person's custody was told before (control: no custody)
    doc = run_pipeline("My student Abdurahman Tursun was twenty when two policemen took him out of the library "
                       "in Kashgar in May 2018. He came out in 2021.\n\n"
                       "My cousin Aynur Sadiq came out in 2019 as a lesbian.", "en")
    assert {("arrest", "2018-05"), ("release", "2021")} <= _events(doc, "Abdurahman Tursun")
    assert not any(t == "release" for t, _ in _events(doc, "Aynur Sadiq"))


def test_events_a_thing_of_theirs_that_never_came_back_is_no_arrest():
    doc = run_pipeline("In 2015 my neighbour Shemsinur Abbas had to hand her passport to the police. Ours was "
                       "returned, hers never came back. In June 2016 her husband Tursun Ablet went to the police "
                       "station and never came back.", "en")
    assert not any(t == "arrest" for t, _ in _events(doc, "Shemsinur Abbas"))
    assert ("arrest", "2016-06") in _events(doc, "Tursun Ablet")


def test_events_a_summary_recounts_the_arrest_and_the_detention():
    # "recounts his arrest … and his detention until …": the arrest, the stay and its end; "her
    # arrest warrant" in the control tells no arrest
    doc = run_pipeline("The statement of Aynur Sadiq recounts her arrest in a café in Korla on 2 March 2019, "
                       "and her detention until 30 June 2019 in a school outside the town.\n\n"
                       "The lawyer of Dilnur Hasan asked in 2020 about her arrest warrant.", "en")
    assert {("arrest", "2019-03-02"), ("detention", "2019-03-02"), ("release", "2019-06-30")} <= _events(doc, "Aynur Sadiq")
    assert not any(t == "arrest" for t, _ in _events(doc, "Dilnur Hasan"))


# ---------------------------------------------------------------- Kazakh: crossing over, places

def test_events_kazakh_crossed_into_kazakhstan_with_its_place():
    doc = run_pipeline("Менің атым Айгүл Серікқызы. 2018 жылы Құлжада босатылып, 2019 жылы Қорғас арқылы "
                       "Қазақстанға өттім. Оның інісі Ерлан Серікұлы 2021 жылы Қазақстанға өтпеді.", "kk")
    aigul = person_named(doc, "Айгүл Серікқызы")
    events = {e.type: e for e in doc.events if e.person == aigul.id}
    places = {p.id: p.gazetteer_id for p in doc.places}
    assert events["exit"].date.value == "2019" and places[events["exit"].place] == "country.kz"
    # the release is where the words before it say (Ghulja), not the crossing point after it
    assert events["release"].date.value == "2018" and places[events["release"].place].startswith("xj.")
    assert "Қорғас" not in doc.text[slice(*next(s for s, i in doc.place_spans if i == events["release"].place))]
    assert not any(e.type == "exit" and e.date and e.date.value == "2021" for e in doc.events)
