"""Ways of telling events found on the tuning set v9 (docs/benchmarks.md, "Events on v9"), each in
our own invented words; every refusal has its positive control beside it."""

import pytest

from tests.extract.helpers import doc_of, person_named


def events_of(doc, name: str) -> set[tuple[str, str | None]]:
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


@pytest.mark.parametrize(("text", "expected"), [
    # placed in a camp named in quotes: the detention, and (no arrest told before) the arrest
    ('Tilek Osmon\n\nOn 5 June 2018 I was placed in the Barkol "vocational guidance" facility.',
     {("detention", "2018-06-05"), ("arrest", "2018-06-05")}),
    # a stay told by its length, dated after it ("in 2019")
    ("Tilek Osmon\n\nI spent nine months in what the guards called a skills centre in 2019.", {("detention", "2019")}),
    ("Tilek Osmon\n\nIn March 2020 a court handed down a twelve-year term to me.", {("sentencing", "2020-03")}),
    ("Tilek Osmon\n\nI was tried in 2020 and I am serving twelve years.", {("sentencing", "2020")}),
    ("Tilek Osmon\n\nIn 2021 I learned that I had been given twelve years.", {("sentencing", "2021")}),
    ("Tilek Osmon\n\nOn 9 May 2017 police came to the bakery and took me.", {("arrest", "2017-05-09")}),
    ("Tilek Osmon\n\nIn the winter of 2022 I reached Turkey.", {("exit", "2022")}),
    ("Tilek Osmon\n\nSince 2020 the family has heard nothing from Tilek.", {("disappearance", "2020")}),
    ("Tilek Osmon\n\nIn May 2017 I was taken to a camp. My daughter was returned to me only on my release in June 2018.",
     {("release", "2018-06")}),
])
def test_events_ways_of_telling_v9(text, expected):
    doc = doc_of(text)
    assert expected <= events_of(doc, "Tilek Osmon")


def test_events_coming_home_is_a_release_only_after_custody():
    doc = doc_of("My name is Dilnur Qasim. In 2016 I came home in the summer. My uncle, Ehet Qasim, was taken "
                 "to a camp in May 2018. He came home in the spring of 2020.")
    assert ("release", "2020") in events_of(doc, "Ehet Qasim")
    # the control: the speaker, never held, only came home
    assert not {t for t, _d in events_of(doc, "Dilnur Qasim")} & {"release", "arrest", "detention"}


def test_events_did_not_return_after_a_summons_but_not_the_speakers_own_journey():
    doc = doc_of("My name is Dilnur Qasim. In 2016 I went to Almaty. I never returned. My uncle, Ehet Qasim, "
                 "was summoned to the police in April 2017. He did not return.")
    assert ("arrest", "2017-04") in events_of(doc, "Ehet Qasim")
    assert "arrest" not in {t for t, _d in events_of(doc, "Dilnur Qasim")}


def test_events_a_phone_taken_is_no_arrest_but_the_person_taken_is():
    doc = doc_of("My name is Dilnur Qasim. In 2019 police came to my flat twice and took my phone away. "
                 "My uncle, Ehet Qasim, wrote to me. In 2020 police came to his flat and took him away.")
    assert "arrest" not in {t for t, _d in events_of(doc, "Dilnur Qasim")}
    assert ("arrest", "2020") in events_of(doc, "Ehet Qasim")


def test_events_reached_by_phone_is_no_exit_but_reaching_a_country_is():
    doc = doc_of("Reached by phone in Astana, Ehet Qasim said he is well. His cousin, Dilnur Qasim, reached Kazakhstan in 2019.")
    assert "exit" not in {t for t, _d in events_of(doc, "Ehet Qasim")}
    assert ("exit", "2019") in events_of(doc, "Dilnur Qasim")


def test_events_taken_after_me_or_the_same_week_as_me_count_from_the_speakers_event():
    doc = doc_of("My name is Dilnur Qasim. I was arrested on 3 February 2018. My uncle, Ehet Qasim, was taken "
                 "two weeks after me. My cousin, Aygul Qasim, was taken the same week as me.")
    assert ("arrest", "2018-02-03") in events_of(doc, "Dilnur Qasim")  # the anchor keeps its date
    assert ("arrest", "2018-02-17") in events_of(doc, "Ehet Qasim")
    assert ("arrest", "2018-02-03") in events_of(doc, "Aygul Qasim")


def test_events_french_takings_silence_and_departures():
    doc = doc_of("Je m'appelle Aigul Serik. En avril 2018, on m'a conduite au centre de détention de la ville. "
                 "Mon frère, Marat Serikov, a été emmené la même semaine que moi. Nous n'avons plus rien su de lui "
                 "pendant un an. Je suis partie pour le Kazakhstan en août 2020.", "fr")
    assert {("arrest", "2018-04"), ("detention", "2018-04"), ("exit", "2020-08")} <= events_of(doc, "Aigul Serik")
    assert {("arrest", "2018-04"), ("disappearance", "2018-04")} <= events_of(doc, "Marat Serikov")


def test_events_russian_nominal_arrest_and_release_in_quotes():
    doc = doc_of("Меня зовут Айгуль Сапарова. Её брат, Ерлан Сапаров, пас овец. Его задержание произошло в октябре "
                 "2018 года. В марте 2020 года его «выпустили».", "ru")
    assert {("arrest", "2018-10"), ("release", "2020-03")} <= events_of(doc, "Ерлан Сапаров")


def test_events_a_russian_nominal_arrest_tells_the_event_but_a_mention_in_a_reply_does_not():
    doc = doc_of("Меня зовут Айгуль Сапарова. Её брат, Ерлан Сапаров, пас овец. Ведомство ответило, что вопросы "
                 "его задержания относятся к внутренним делам.", "ru")
    assert "arrest" not in {t for t, _d in events_of(doc, "Ерлан Сапаров")}


def test_events_many_years_is_no_sentence_but_twelve_years_is():
    doc = doc_of("My name is Dilnur Qasim. In 2021 people said that my uncle, Ehet Qasim, got many years. "
                 "In 2022 a lawyer told me that my cousin, Aygul Qasim, got twelve years.")
    assert "sentencing" not in {t for t, _d in events_of(doc, "Ehet Qasim")}
    assert ("sentencing", "2022") in events_of(doc, "Aygul Qasim")
