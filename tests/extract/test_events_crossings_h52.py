"""Crossings told in other word orders and other verbs (issue 11, h-events52): Russian names where to before the
verb («в Турцию я переехала в 2019 году»); French crosses with « passer » (« passée au Kazakhstan », « passé la
frontière à Khorgos »). Invented sentences and names; each rule with a control where it must not fire.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


# ---------------------------------------------------------------- Russian: where to, then the verb

@pytest.mark.parametrize("text", [
    "Меня зовут Гульнара Турсун. Я выросла в Кульдже. В Алматы мы уехали в 2019 году.",
    "Меня зовут Гульнара Турсун. Я выросла в Кульдже. В Турцию я переехала в 2019 году.",
])
def test_russian_destination_before_the_verb_is_an_exit(text):
    assert ("Гульнара Турсун", "2019") in events_of(text, "ru", "exit")


@pytest.mark.parametrize("text", [
    # where (the prepositional case), not where to
    "Меня зовут Гульнара Турсун. Я выросла в Кульдже. В Турции я вернулась к учёбе в 2019 году.",
    # a place in China before the verb: no crossing out
    "Меня зовут Гульнара Турсун. Я выросла в Кульдже. В Урумчи я переехала в 2019 году.",
])
def test_russian_place_before_the_verb_controls(text):
    assert not events_of(text, "ru", "exit")


# ---------------------------------------------------------------- French « passer »

@pytest.mark.parametrize("text", [
    "Je m'appelle Gulnara Tursun. J'ai grandi à Ghulja. En mai 2019, je suis passée au Kazakhstan.",
    "Je m'appelle Gulnara Tursun. J'ai grandi à Ghulja. En mai 2019, j'ai passé la frontière au Kirghizistan.",
])
def test_french_passer_into_a_country_abroad_is_an_exit(text):
    assert ("Gulnara Tursun", "2019-05") in events_of(text, "fr", "exit")


def test_french_passer_la_frontiere_at_a_post_after_custody_is_an_exit():
    text = ("Je m'appelle Gulnara Tursun. J'ai été libérée du camp en 2018. "
            "En mai 2019, j'ai passé la frontière à Khorgos.")
    assert ("Gulnara Tursun", "2019-05") in events_of(text, "fr", "exit")


@pytest.mark.parametrize("text", [
    # time spent abroad, not a crossing
    "Je m'appelle Gulnara Tursun. J'ai grandi à Ghulja. J'ai passé deux ans en Turquie.",
    # a stop inside China
    "Je m'appelle Gulnara Tursun. J'ai grandi à Ghulja. En mai 2019, je suis passée à Aksu voir ma tante.",
])
def test_french_passer_controls(text):
    assert not events_of(text, "fr", "exit")


# ---------------------------------------------------------------- a country the gazetteer does not hold

@pytest.mark.parametrize("text, language, traveller", [
    ("My name is Gulnara Tursun. I grew up in Ghulja. In May 2019 I moved to Austria.", "en", "Gulnara Tursun"),
    ("Je m'appelle Gulnara Tursun. J'ai grandi à Ghulja. En mai 2019, je suis partie en Autriche.", "fr", "Gulnara Tursun"),
    ("Меня зовут Гульнара Турсун. Я выросла в Кульдже. В мае 2019 года я уехала в Австрию.", "ru", "Гульнара Турсун"),
])
def test_a_country_that_cldr_names_is_abroad(text, language, traveller):
    assert (traveller, "2019-05") in events_of(text, language, "exit")


def test_a_place_neither_the_gazetteer_nor_cldr_knows_has_no_side():
    # control: an unknown name after "moved to" tells no crossing
    text = "My name is Gulnara Tursun. I grew up in Ghulja. In May 2019 I moved to Qarabagh Mahalla."
    assert not events_of(text, "en", "exit")


# ---------------------------------------------------------------- Russian «перешла границу в …»: where, as "crossed at"

def test_russian_crossed_the_border_at_a_post_after_custody_is_an_exit():
    text = ("Меня зовут Гульнара Турсун. В 2018 году меня освободили из лагеря. "
            "В мае 2019 года я перешла границу в Хоргосе.")
    assert ("Гульнара Турсун", "2019-05") in events_of(text, "ru", "exit")


def test_russian_crossing_a_street_is_no_exit():
    text = "Меня зовут Гульнара Турсун. Я живу в Алматы. В мае 2019 года я перешла улицу в Алматы."
    assert not events_of(text, "ru", "exit")


# ---------------------------------------------------------------- the country as a place

@pytest.mark.parametrize("text, language, surface", [
    ("My name is Gulnara Tursun. In May 2019 I moved to Austria.", "en", "Austria"),
    ("Je m'appelle Gulnara Tursun. En mai 2019, je suis partie en Autriche.", "fr", "Autriche"),
    ("Меня зовут Гульнара Турсун. В мае 2019 года я уехала в Австрию.", "ru", "Австрию"),
])
def test_a_country_after_a_preposition_of_place_is_a_place(text, language, surface):
    out = extract_text(text, language=language, document_date="2024-01-01")
    assert surface in {p["name"] for p in out["places"]}


def test_a_country_name_borne_by_a_person_is_no_place():
    # control: a country's name as a person's first name, no preposition of place before it
    out = extract_text("My name is Gulnara Tursun. Our neighbour Jordan Baker helped us with the forms.", language="en",
                       document_date="2024-01-01")
    assert not {p["name"] for p in out["places"]} & {"Jordan", "Jordan Baker"}


# ---------------------------------------------------------------- Kazakh and Uyghur "we moved here"

@pytest.mark.parametrize("text, language, traveller", [
    ("Менің атым Гүлнар Тұрсын. Мен Алматыда тұрамын. 2019 жылы мен осында көшіп келдім.", "kk", "Гүлнар Тұрсын"),
    ("مېنىڭ ئىسمىم گۈلنار تۇرسۇن. مەن ئالمۇتادا تۇرىمەن. 2019-يىلى مەن بۇ يەرگە كۆچۈپ كەلدىم.", "ug", "گۈلنار تۇرسۇن"),
    ("Méning ismim Gülnar Tursun. Men Almutada turimen. 2019-yili men bu yerge köchüp keldim.", "ug", "Gülnar Tursun"),
])
def test_moved_here_in_a_document_told_abroad_is_an_exit(text, language, traveller):
    assert (traveller, "2019") in events_of(text, language, "exit")


@pytest.mark.parametrize("text, language", [
    # control: the document names no place abroad, so "here" says no side of the border
    ("Менің атым Гүлнар Тұрсын. 2019 жылы мен осында көшіп келдім.", "kk"),
    ("مېنىڭ ئىسمىم گۈلنار تۇرسۇن. 2019-يىلى مەن بۇ يەرگە كۆچۈپ كەلدىم.", "ug"),
])
def test_moved_here_with_no_place_abroad_is_no_exit(text, language):
    assert not events_of(text, language, "exit")
