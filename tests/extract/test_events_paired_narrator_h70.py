"""Events told of a teller paired with someone, or with no subject (issue 11, h-events70).

A first-person teller who pairs herself with one other ("my husband X and I", « X et moi », «мы с братом X»)
shares the events told with the pairing or a later "we" as their subject: both are arrested, both released,
both cross (`events._paired_events`, `violations.paired_companions`, the one rule the acts follow). Kazakh and
Uyghur crossings told with a date inside the words, to a city abroad, or back to one, are exits. Each negative
case (a denied or wished event, a "we" that hears of someone else, a move inside China, a background sentence
of no named person) stands beside a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


@pytest.mark.parametrize("text, language, pair", [
    ("My name is Zulpiye Oketjan. My husband Dilmurat Sopahun and I were arrested in May 2018. "
     "We were released in 2019.", "en", ("Zulpiye Oketjan", "Dilmurat Sopahun")),
    ("Je m'appelle Zulpiye Oketjan. Mon mari Dilmurat Sopahun et moi avons été arrêtés en mai 2018. "
     "Nous avons été libérés en 2019.", "fr", ("Zulpiye Oketjan", "Dilmurat Sopahun")),
    ("Меня зовут Зульпия Окетжан. Мы с мужем Дильмуратом Сопахуном в мае 2018 года были задержаны в Кульдже. "
     "Нас отпустили в 2019 году.", "ru", ("Зульпия Окетжан", "Дильмурат Сопахун")),
])
def test_a_pair_held_together_is_released_together(text, language, pair):
    assert events_of(text, language, "arrest") == {(pair[0], "2018-05"), (pair[1], "2018-05")}
    assert events_of(text, language, "release") == {(pair[0], "2019"), (pair[1], "2019")}


@pytest.mark.parametrize("text, language", [
    ("My name is Zulpiye Oketjan. My husband Dilmurat Sopahun and I were arrested in May 2018. "
     "We were never released. Many families in the county were taken that year.", "en"),
    ("Je m'appelle Zulpiye Oketjan. Mon mari Dilmurat Sopahun et moi avons été arrêtés en mai 2018. "
     "Nous n'avons jamais été libérés. Beaucoup de familles du district ont été arrêtées cette année-là.", "fr"),
])
def test_a_denied_release_of_the_pair_and_a_background_sentence_tell_none(text, language):
    # positive control: the pairing gives both their arrest
    assert len(events_of(text, language, "arrest")) == 2
    assert events_of(text, language, "release") == set()


def test_a_pair_that_hears_of_someone_else_shares_no_event_of_his():
    text = ("My name is Zulpiye Oketjan. My husband Dilmurat Sopahun and I learnt in 2019 that my brother "
            "Qeyser Oketjan had been arrested in March 2018. My husband Dilmurat Sopahun and I were questioned "
            "in June 2019.")
    assert events_of(text, "en", "arrest") == {("Qeyser Oketjan", "2018-03")}
    assert events_of(text, "en", "interrogation") == {("Zulpiye Oketjan", "2019-06"), ("Dilmurat Sopahun", "2019-06")}


@pytest.mark.parametrize("text, language, expected", [
    ("Je m'appelle Zulpiye Oketjan. Mon mari Dilmurat Sopahun et moi, nous avons quitté la Chine en 2014.",
     "fr", {("Zulpiye Oketjan", "2014"), ("Dilmurat Sopahun", "2014")}),
    # «мы с братом X» with when between the companion and the verb
    ("Меня зовут Зульпия Окетжан. Мы с братом Кейсером Окетжаном в 2019 году переехали в Казахстан.",
     "ru", {("Зульпия Окетжан", "2019"), ("Кейсер Окетжан", "2019")}),
])
def test_a_pair_crosses_together(text, language, expected):
    assert events_of(text, language, "exit") == expected


def test_two_clauses_joined_by_and_i_pair_no_one():
    text = ("My name is Zulpiye Oketjan. My sister Rabigul Oketjan was let out of prison in 2024. She crossed into "
            "Kazakhstan on 2 March 2025. I flew to Almaty on 1 March 2025 to wait for her, and once she landed and I "
            "saw her I cried.")
    assert events_of(text, "en", "exit") == {("Rabigul Oketjan", "2025-03-02"), ("Zulpiye Oketjan", "2025-03-01")}


def test_a_pair_that_only_wanted_to_cross_tells_no_exit():
    text = ("Меня зовут Зульпия Окетжан. Мы с братом Кейсером Окетжаном в 2017 году хотели переехать в Казахстан. "
            "Мы с братом Кейсером Окетжаном в 2019 году переехали в Казахстан.")
    assert events_of(text, "ru", "exit") == {("Зульпия Окетжан", "2019"), ("Кейсер Окетжан", "2019")}


@pytest.mark.parametrize("text, expected", [
    # a date inside the words: «Қазақстанға 2019 жылы көшіп келдік»
    ("Менің атым Зүлфия Оқатова. Қазақстанға 2019 жылы көшіп келдік.", {("Зүлфия Оқатова", "2019")}),
    # to a city abroad from China; not from a place abroad (no crossing out of China), nor a move not made
    ("Әкем Серікбол Тұрсынбеков 2016 жылы Шәуешектен Алматыға көшіп келді. Інім Ерсайын Тұрсынбеков 2019 жылы "
     "Стамбулдан Алматыға көшіп келді. Әпкем Айсұлу Тұрсынбекова 2020 жылы Қазақстанға көшіп келмеді.",
     {("Серікбол Тұрсынбеков", "2016")}),
])
def test_kazakh_exits_with_a_date_inside_the_words_not_from_abroad_nor_denied(text, expected):
    assert events_of(text, "kk", "exit") == expected


def test_uyghur_we_settled_abroad_with_a_date_inside_the_words_not_one_who_could_not_leave():
    text = ("مېنىڭ ئىسمىم زۇلپىيە ئابلىمىت. ئىنىم قەيسەر ئابلىمىت 2017-يىلى قازاقىستانغا چىقالمىدى. "
            "بىز تۈركىيەگە 2016-يىلى كېلىپ ئولتۇراقلاشقان.")
    assert events_of(text, "ug", "exit") == {("زۇلپىيە ئابلىمىت", "2016")}
