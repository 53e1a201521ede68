"""Facilities named in testimonies keep their number and their county or city (issue 10, h-facility73).

Invented sentences; every negative case has a positive control in the same text.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import doc_of


def _sites(doc) -> list[tuple[str, str | None, list[str]]]:
    places = {place.id: place.gazetteer_id for place in doc.places}
    return [(f.name, places.get(f.place), [doc.text[s:e] for s, e in f.mentions]) for f in doc.facilities]


@pytest.mark.parametrize("language, text, first, second", [
    ("en", "In 2019 Turdi Mamatov was held in Detention Centre No. 4 in Kashgar. In 2020 he was moved to "
           "Detention Centre No. 7.", "Detention Centre No. 4", "Detention Centre No. 7"),
    ("en", "Turdi Mamatov spent a month in the No. 4 detention centre, then a year in the No. 7 detention centre.",
     "No. 4 detention centre", "No. 7 detention centre"),
    ("ru", "Турди Маматова держали в Следственном изоляторе № 4 города Кашгар, потом в следственном изоляторе № 7.",
     "Следственном изоляторе № 4", "следственном изоляторе № 7"),
])
def test_facilities_number_is_part_of_the_name(language, text, first, second):
    doc = doc_of(text, language)
    names = [name for name, _place, _mentions in _sites(doc)]
    assert names == [first, second]  # two numbers, two sites


def test_facilities_number_and_place_before_the_type():
    doc = doc_of("Turdi Mamatov was held in the Kashgar No. 2 detention centre for a month.", "en")
    [(name, place, _mentions)] = _sites(doc)
    assert name == "Kashgar No. 2 detention centre"
    assert place and place.startswith("xj.kashgar")


def test_facilities_place_after_in_the_genitive():
    doc = doc_of("Турди Маматова увезли в следственный изолятор № 4 города Кашгар.", "ru")
    [(name, place, [mention])] = _sites(doc)
    assert name == "следственный изолятор № 4" and place and place.startswith("xj.kashgar")
    assert mention.endswith("Кашгар")


def test_facilities_a_number_without_a_type_is_no_facility():
    doc = doc_of("Turdi Mamatov took the No. 3 bus and waited in room 3; later he was taken to "
                 "Detention Centre No. 3.", "en")
    assert [name for name, _place, _mentions in _sites(doc)] == ["Detention Centre No. 3"]


def test_facilities_same_number_written_twice_is_one_site():
    doc = doc_of("Turdi Mamatov was held in Detention Centre No. 4. Detention Centre No. 4 was overcrowded.", "en")
    [(_name, _place, mentions)] = _sites(doc)
    assert len(mentions) == 2


@pytest.mark.parametrize("text, name, county", [
    ("2019年，吐尔地被关押在伊宁县看守所。", "伊宁县看守所", "xj.ili.yining_county"),
    ("2019年，吐尔地在伊宁县被抓走，关在看守所两个月。", "看守所", "xj.ili.yining_county"),
    ("2019年，吐尔地被送到喀什市第二看守所。", "喀什市第二看守所", "xj.kashgar.kashgar"),
])
def test_facilities_han_county_before_the_type(text, name, county):
    doc = doc_of(text, "zh")
    [(found, place, _mentions)] = _sites(doc)
    assert (found, place) == (name, county)


def test_facilities_han_county_alone_is_a_place_not_a_facility():
    doc = doc_of("2019年，吐尔地住在伊宁县。后来他被关在伊宁县看守所。", "zh")
    assert [place.gazetteer_id for place in doc.places] == ["xj.ili.yining_county"]
    assert len(doc.place_spans) == 2
    [(name, place, [mention])] = _sites(doc)  # the control: the second sentence's site
    assert name == "伊宁县看守所" and place == "xj.ili.yining_county" and mention == "伊宁县看守所"


def test_facilities_han_county_of_another_sentence_is_not_the_site():
    doc = doc_of("2019年，吐尔地住在伊宁县。后来他被关在看守所。同年，他哥哥在伊宁县被抓，关在看守所。", "zh")
    assert [(name, place) for name, place, _mentions in _sites(doc)] == [
        ("看守所", None), ("看守所", "xj.ili.yining_county")]


def test_facilities_han_numbers_are_two_sites():
    doc = doc_of("吐尔地先被关在第二看守所，后来被转到第三看守所。", "zh")
    assert [name for name, _place, _mentions in _sites(doc)] == ["第二看守所", "第三看守所"]


def test_facilities_han_county_missing_from_the_gazetteer_is_in_the_name():
    doc = doc_of("吐尔地先被关在巴兰县看守所，后来被转到看守所的另一个监区。", "zh")
    assert _sites(doc)[0][0] == "巴兰县看守所"


@pytest.mark.parametrize("language, text, name", [
    ("ug", "ئاكىسى تۇردى قەشقەر شەھەرلىك 2-نومۇرلۇق كەسپىي تەربىيىلەش مەركىزىگە ئەۋەتىلدى.",
     "قەشقەر شەھەرلىك 2-نومۇرلۇق كەسپىي تەربىيىلەش مەركىزى"),
    ("kk", "Ағасы Тұрды 2019 жылы Құлжадағы №2 лагеріне жіберілді.", "Құлжадағы №2 лагер"),
    ("kk", "Ағасы Тұрды 2019 жылы Құлжа қаласындағы оқу орталығына жіберілді.", "Құлжа қаласындағы оқу орталығы"),
])
def test_facilities_turkic_number_and_qualifiers_with_the_place(language, text, name):
    doc = doc_of(text, language)
    [(found, place, _mentions)] = _sites(doc)
    assert found == name and place is not None


def test_facilities_turkic_numbers_are_two_sites():
    doc = doc_of("Ағасы Тұрды алдымен №2 лагерде, кейін №5 лагерде болды.", "kk")
    assert [name for name, _place, _mentions in _sites(doc)] == ["№2 лагер", "№5 лагер"]
