"""The end of a stay is a release, and exits told in more ways (issue 11: events on unseen
testimonies). Every sentence is our own invented one; each refusal has a positive control in the
same text."""

import pytest

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _events(doc, name: str) -> set[tuple[str, str | None]]:
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


# ---------------------------------------------------------------- the end of a stay is a release

@pytest.mark.parametrize("language, text, name, release", [
    ("en", "My uncle Kamil Rozi was held from early 2018 until the spring of 2020 in a camp in Kumul.",
     "Kamil Rozi", "2020"),
    ("en", "My aunt Aynur Sadiq was detained in May 2018 and kept in a camp in Aksu until 19 December 2018.",
     "Aynur Sadiq", "2018-12-19"),
    ("en", "My brother Erkin Zunun was locked up in a camp from 2017 to 2019.", "Erkin Zunun", "2019"),
    ("fr", "Mon frère Erkin Zunun a été interné dans un camp de 2018 à 2019.", "Erkin Zunun", "2019"),
    ("ru", "Мой брат Ерлан Касымов вернулся в Артуш в 2018 году. Через неделю его отправили в лагерь в Артуше, "
     "где он находился до марта 2019 года.", "Ерлан Касымов", "2019-03"),
])
def test_events_stay_end_is_a_release(language, text, name, release):
    doc = run_pipeline(text, language)
    assert ("release", release) in _events(doc, name)
    assert any(t == "detention" for t, _ in _events(doc, name))


def test_events_stay_end_not_a_release_when_the_until_date_is_another_verbs():
    # "lived … until 2016" is where the person lived, not a stay; the positive control beside it
    doc = run_pipeline("My cousin Nurlan Hasan lived in Kashgar until 2016, when he was detained. "
                       "My cousin Dilnur Hasan was held in a camp in Aksu until March 2019.", "en")
    assert not any(t == "release" for t, _ in _events(doc, "Nurlan Hasan"))
    assert ("release", "2019-03") in _events(doc, "Dilnur Hasan")


def test_events_stay_end_not_a_release_after_the_documents_date():
    # a term still running on the day the text was written: no release yet (control: an end before it)
    from datetime import date

    doc = run_pipeline("My father Tursun Ablet was detained in a prison in Hotan until 2031. "
                       "My uncle Omer Ablet was held in a camp in Hotan until June 2019.", "en", date(2021, 5, 1))
    assert not any(t == "release" for t, _ in _events(doc, "Tursun Ablet"))
    assert ("release", "2019-06") in _events(doc, "Omer Ablet")


def test_events_stay_end_gives_way_to_a_release_told_after():
    # the release told in the next sentence is the stay's end: no second release at the month
    doc = run_pipeline("My brother Erkin Zunun was held in a camp in Aksu until December 2019. "
                       "He was released on 3 December 2019.", "en")
    releases = {d for t, d in _events(doc, "Erkin Zunun") if t == "release"}
    assert releases == {"2019-12-03"}


@pytest.mark.parametrize("text, name, release", [
    ("My brother Ilyas Tohti was detained in May 2018. He was let out in March 2019.", "Ilyas Tohti", "2019-03"),
    ("My brother Ilyas Tohti was detained in May 2018. Released in December 2018, he was kept at home.",
     "Ilyas Tohti", "2018-12"),
])
def test_events_release_told_as_let_out_or_a_bare_participle(text, name, release):
    doc = run_pipeline(text, "en")
    assert ("release", release) in _events(doc, name)


# ---------------------------------------------------------------- exits and returns

def test_events_exit_after_a_negated_clause():
    # "was never in a camp;" denies nothing after the semicolon; the denied camp gives no detention
    doc = run_pipeline("My uncle Nurahmet Sawut was never in a camp; he left China in 2009 on a student visa.", "en")
    assert _events(doc, "Nurahmet Sawut") == {("exit", "2009")}


def test_events_exit_from_a_town_in_china_to_a_place_abroad():
    # leaving a town of Xinjiang for a city abroad is an exit; leaving it for another town in China is none
    doc = run_pipeline("My sister Peride Ablet left Ürümqi in 2016 to study in Manchester. "
                       "My sister Gulnar Ablet left Ürümqi in 2016 and moved to Korla.", "en")
    assert ("exit", "2016") in _events(doc, "Peride Ablet")
    assert not any(t == "exit" for t, _ in _events(doc, "Gulnar Ablet"))


@pytest.mark.parametrize("language, text, name, event", [
    ("ru", "Мой брат Ерлан Касымов весной 2020 года выехал в Казахстан через Хоргос.", "Ерлан Касымов", ("exit", "2020")),
    ("ru", "Мой дядя Мухтар Абенов поехал из Алматы в Кульджу 20 марта 2018 года на похороны тёти.",
     "Мухтар Абенов", ("return", "2018-03-20")),
    ("fr", "Ma sœur Aigerim Bolat est arrivée en France en 2014.", "Aigerim Bolat", ("exit", "2014")),
    ("en", "My brother Erlan Kasymov was released in 2018. He was sent back to Uzbekistan in the spring of 2019.",
     "Erlan Kasymov", ("exit", "2019")),
])
def test_events_exit_and_return_verbs(language, text, name, event):
    doc = run_pipeline(text, language)
    assert event in _events(doc, name)


def test_events_trip_inside_china_is_no_return_without_a_side():
    # «поехал в Кульджу» with no side told before is no crossing; «из Алматы» in the control is
    doc = run_pipeline("Мой дядя Мухтар Абенов поехал в Кульджу в 2018 году. "
                       "Мой брат Асхат Абенов поехал из Алматы в Кульджу в 2019 году.", "ru")
    assert not any(t == "return" for t, _ in _events(doc, "Мухтар Абенов"))
    assert ("return", "2019") in _events(doc, "Асхат Абенов")


# ---------------------------------------------------------------- taken out of a place; came out

def test_events_taken_out_of_a_place_is_an_arrest_not_out_of_a_camp():
    doc = run_pipeline("My son Daulet Serikuly was pulled out of his cab at a checkpoint in Altay city in October 2017. "
                       "My nephew Arman Serikuly was taken out of the camp in 2019.", "en")
    assert ("arrest", "2017-10") in _events(doc, "Daulet Serikuly")
    assert not any(t == "arrest" for t, _ in _events(doc, "Arman Serikuly"))


def test_events_came_out_after_custody_is_a_release():
    # "came out" is a release only where the person's custody was told before (control: no custody)
    doc = run_pipeline("My pupil Abdurahman Tursun was nineteen when plain-clothes men took him out of his dormitory "
                       "in Ürümchi in October 2017. He came out in 2020.\n\n"
                       "My cousin Aynur Sadiq came out in 2019 as a lesbian.", "en")
    assert {("arrest", "2017-10"), ("release", "2020")} <= _events(doc, "Abdurahman Tursun")
    assert not any(t == "release" for t, _ in _events(doc, "Aynur Sadiq"))


def test_events_a_thing_of_hers_that_never_came_back_is_no_arrest():
    doc = run_pipeline("In 2016 my colleague Shemsinur Abbas was told to hand in her passport. Mine I had hidden; "
                       "hers never came back. In May 2017 her husband Tursun Ablet went to the police station "
                       "and never came back.", "en")
    assert not any(t == "arrest" for t, _ in _events(doc, "Shemsinur Abbas"))
    assert ("arrest", "2017-05") in _events(doc, "Tursun Ablet")


# ---------------------------------------------------------------- Kazakh: crossing over, places

def test_events_kazakh_crossed_into_kazakhstan_with_its_place():
    doc = run_pipeline("Менің атым Айгүл Серікқызы. 2019 жылы Құлжада босатылып, 2020 жылдың күзінде Бақты бекеті "
                       "арқылы Қазақстанға өткен. Оның інісі Ерлан Серікұлы 2021 жылы Қазақстанға өтпеді.", "kk")
    aigul = person_named(doc, "Айгүл Серікқызы")
    events = {e.type: e for e in doc.events if e.person == aigul.id}
    places = {p.id: p.gazetteer_id for p in doc.places}
    assert events["exit"].date.value == "2020" and places[events["exit"].place] == "country.kz"
    # the release is where the words before it say (Ghulja), not the checkpoint after it
    assert events["release"].date.value == "2019" and places[events["release"].place].startswith("xj.")
    assert "Бақты" not in doc.text[slice(*next(s for s, i in doc.place_spans if i == events["release"].place))]
    assert not any(e.type == "exit" and e.date and e.date.value == "2021" for e in doc.events)


def test_events_a_summary_describes_the_arrest_and_the_detention():
    # "describes her arrest … and her detention until …": the arrest, the stay and its end; "her
    # arrest warrant" in the control tells no arrest
    doc = run_pipeline("The witness, Aynur Sadiq, describes her arrest at her home in Qaba county on 14 April 2018, "
                       "and her detention until 19 December 2018 in a walled facility outside Qaba town.\n\n"
                       "The lawyer of Dilnur Hasan asked in 2019 about her arrest warrant.", "en")
    assert {("arrest", "2018-04-14"), ("detention", "2018-04-14"), ("release", "2018-12-19")} <= _events(doc, "Aynur Sadiq")
    assert not any(t == "arrest" for t, _ in _events(doc, "Dilnur Hasan"))
