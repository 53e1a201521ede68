"""Events told with no one named (issue 11, h-events72): a Russian release or transfer in an impersonal
plural is of the one whose custody was told last; being brought or driven to a camp, "taken weeks
before", "had been picked up", « conduit le soir même au centre », « venus l'arrêter ». Invented texts;
each negative case has its positive control."""

from datetime import date

import pytest

from guwah.extract.pipeline import run_pipeline

_HELD = ("Моего брата зовут Бахтияр Сейткали. В марте 2018 года его задержали на вокзале в Кульдже. "
         "Мы два года ничего о нём не знали. ")


def _events(text: str, language: str) -> set[tuple[str, str | None, str | None]]:
    doc = run_pipeline(text, language, date(2024, 5, 1))
    names = {p.id: p.names[0] if p.names else None for p in doc.persons}
    return {(e.type, names.get(e.person), e.date.value if e.date else None) for e in doc.events}


def test_events_russian_release_unsaid_is_of_the_one_held_last():
    events = _events(_HELD + "Отпустили в мае 2020 года, но паспорт нам так и не отдали.", "ru")
    assert ("arrest", "Бахтияр Сейткали", "2018-03") in events  # control: the custody told before
    assert ("release", "Бахтияр Сейткали", "2020-05") in events


def test_events_russian_transfer_unsaid_is_of_the_one_held_last():
    events = _events(_HELD + "Через год перевели в тюрьму в Урумчи, но нам не сказали.", "ru")
    assert ("transfer", "Бахтияр Сейткали", "2019") in events


@pytest.mark.parametrize("text", [
    # negated: never released
    _HELD + "Его так и не отпустили, и паспорт нам не отдали.",
    # a background sentence naming no one, with no custody before it
    "В нашем квартале много магазинов, мы там всё покупаем. Отпустили в мае 2020 года, но паспорт нам так и не отдали.",
])
def test_events_russian_release_unsaid_needs_a_custody_and_no_negation(text):
    events = _events(text, "ru")
    assert not any(kind == "release" for kind, _who, _when in events)
    if text.startswith(_HELD):
        assert ("arrest", "Бахтияр Сейткали", "2018-03") in events  # control in the same text


def test_events_russian_brought_to_a_camp_is_custody_not_to_a_hospital():
    held = _events("Меня зовут Гульшат Омарбек. Меня привезли в лагерь под Кульджой. Там я провела год.", "ru")
    assert {("arrest", "Гульшат Омарбек"), ("detention", "Гульшат Омарбек")} <= {(k, w) for k, w, _d in held}
    assert _events("Меня зовут Гульшат Омарбек. Мою подругу привезли в больницу под Кульджой.", "ru") == set()


def test_events_english_driven_to_a_school_taken_before_and_picked_up():
    events = _events("My name is Rozigul Tashmet. On 4 May 2017 police officers drove me to the old vocational school "
                     "outside Aksu. My brother Ilham was taken two weeks before me. Our neighbour Rena had been "
                     "picked up at her stall in Aksu in the same month.", "en")
    people = {(k, w) for k, w, _d in events}
    assert {("detention", "Rozigul Tashmet"), ("arrest", "Ilham"), ("arrest", "Rena")} <= people


@pytest.mark.parametrize("text", [
    "My name is Rozigul Tashmet. On 4 May 2017 my cousin drove me to the old bus station outside Aksu.",
    "My name is Rozigul Tashmet. My photo was taken two weeks before the wedding.",
    "My name is Rozigul Tashmet. I was never picked up by the police in Aksu.",
])
def test_events_english_lookalikes_of_being_taken_are_no_events(text):
    assert _events(text, "en") == set()


def test_events_french_driven_to_the_centre_that_evening_and_came_to_arrest():
    events = _events("Je m'appelle Gulnar Tursun. En mars 2018, on m'a conduit le soir même au centre de Ghulja. "
                     "On m'a libérée en 2019.", "fr")
    assert ("detention", "Gulnar Tursun", "2018-03") in events
    assert ("arrest", "Gulnar Tursun", "2018-03") in events
    uncle = _events("Mon oncle Tohti Ablimet tenait une boulangerie à Aksou. Au printemps 2018, des policiers sont "
                    "venus l'arrêter à la boulangerie, sans explication.", "fr")
    assert ("arrest", "Tohti Ablimet", "2018") in uncle


@pytest.mark.parametrize("text, held", [
    ("Je m'appelle Gulnar Tursun. En mars 2018, un voisin m'a conduit le soir même au centre commercial de Ghulja.", False),
    ("Mon frère s'appelle Ablet Tursun. En mars 2018, les cadres l'ont emmené à l'hôpital de Ghulja pour une visite.", False),
    ("Mon frère s'appelle Ablet Tursun. En mars 2018, les cadres l'ont emmené au camp de Ghulja.", True),  # control
])
def test_events_french_taken_to_a_shop_or_a_hospital_is_no_custody(text, held):
    assert any(kind == "arrest" for kind, _who, _when in _events(text, "fr")) is held


def test_events_driven_to_a_camp_after_custody_begins_no_second_custody():
    first = _events("My name is Rozigul Tashmet. On 4 May 2017 police officers drove me to the education centre "
                    "near Aksu.", "en")
    assert ("detention", "Rozigul Tashmet", "2017-05-04") in first  # control: the first custody is driven to
    later = _events("My name is Rozigul Tashmet. On 4 May 2017 police officers took me to the town police station. "
                    "A week later I was driven to the education centre near Aksu.", "en")
    assert [when for kind, _who, when in later if kind == "detention"] == ["2017-05-04"]
