"""A journey to a place in China by someone the text puts abroad is a return (issue 11, h-travel57):
«поехал в Кульджу навестить мать», "flew to Urumqi to see her parents", « partie au Xinjiang pour
l'enterrement » told of a person who lives, works or studies abroad, holds a citizenship there, or is the
spouse of such a person (`events._placed`). A trip between two towns in China by a person the
text does not put abroad stays no crossing. Invented names and sentences; a control beside each."""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def returns(text: str, language: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == "return"}


@pytest.mark.parametrize("text, language, expected", [
    # lives abroad; a cousin living in China makes a trip between two towns there: no return
    ("Gulbahar Imin has lived in Istanbul since 2012. In March 2017 she flew to Urumqi to see her parents. "
     "Her cousin Memet Yasin, a farmer in Aksu, went to Kashgar in April 2017 to buy cloth. "
     "Both were detained in May 2017.", "en", {("Gulbahar Imin", "2017-03")}),
    ("Мой брат Ерболат Сапаров живёт в Алматы с 2010 года. В мае 2018 года он поехал в Кульджу навестить мать. "
     "Мой двоюродный брат Нурлан Сапаров в июле 2018 года поехал в Кашгар, и там его задержали.", "ru",
     {("Ерболат Сапаров", "2018-05")}),
    # a citizenship abroad
    ("Ерболат Сапаров, гражданин Республики Казахстан, в мае 2018 года поехал в Кульджу навестить мать. "
     "В июне 2018 года его задержали. Его сосед Нурлан Ахметов в июле 2018 года поехал в Кашгар, и там его задержали.",
     "ru", {("Ерболат Сапаров", "2018-05")}),
    # the spouse of a citizen abroad
    ("Ляззат Арипова — гражданка Казахстана. Её муж, Талгат Арипов, в 2017 году поехал в Текес к больной матери. "
     "Его брат Марат Арипов в 2018 году поехал в Кульджу, и там его задержали.", "ru", {("Талгат Арипов", "2017")}),
    ("Aynur Tohti vit à Lyon depuis 2014. Elle est partie au Xinjiang en mai 2017 pour l'enterrement de son père. "
     "Son oncle Kamil Rozi est parti à Kachgar en juin 2017. Tous deux ont été arrêtés en juillet 2017.", "fr",
     {("Aynur Tohti", "2017-05")}),
    # the teller abroad
    ("Меня зовут Асхат Нурланов. Я живу в Бишкеке с 2012 года. В сентябре 2017 года я поехал в Кульджу навестить "
     "больную мать. Мой дядя Серик Жумабаев в октябре 2017 года поехал в Урумчи, и там его задержали.", "ru",
     {("Асхат Нурланов", "2017-09")}),
])
def test_a_journey_to_china_by_someone_placed_abroad_is_a_return(text, language, expected):
    assert returns(text, language) == expected


def test_a_place_in_china_where_one_lives_puts_no_one_abroad():
    text = ("Мой брат Ерболат Сапаров живёт в Кульдже. В мае 2018 года он поехал в Кашгар навестить мать, и там его "
            "задержали. Мой дядя Серик Жумабаев живёт в Алматы. В июне 2018 года он поехал в Кульджу к брату.")
    assert returns(text, "ru") == {("Серик Жумабаев", "2018-06")}


@pytest.mark.parametrize("text, language, expected", [
    ("Мой сын Адилет Осмонов в июне 2017 года после сессии поехал домой в Кашгар на каникулы. В июле 2017 года его "
     "задержали. Его друг Бакыт Асанов в июне 2017 года поехал в Кашгар, и его тоже задержали.", "ru",
     {("Адилет Осмонов", "2017-06")}),
    ("Mon frère Perhat Qurbanjan est rentré à Kachgar en octobre 2019 ; il a été arrêté à l'aéroport. Son ami Kamil Rozi "
     "est parti à Kachgar en octobre 2019 et a été arrêté.", "fr", {("Perhat Qurbanjan", "2019-10")}),
])
def test_home_and_rentre_are_a_journey_back(text, language, expected):
    # «поехал домой в Кашгар», « rentré à Kachgar »: back, as "went home to" (h-travel56); the friend's plain trip is none
    assert returns(text, language) == expected
