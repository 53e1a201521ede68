"""A crossing told with no place to go to (issue 11, h-events68): "flew home in May 2016", "went back in 2017 to
sell the house", «в 2017 году вернулся», of one the text has abroad, is a return; "flew out in March", "left in
2019", of one the text has held in China, an exit. First-person and relative-told, in English and Russian; each
negative case (the journey planned, not dated, back to work, of one already in China, a background sentence of
no named person) stands beside a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


@pytest.mark.parametrize("text, language, expected", [
    # a relative told by the witness, living abroad, going home with no place named
    ("My sister Meryemgul Tashpolat lived in Rotterdam. In May 2016 she flew home to see our father, who was ill.",
     "en", {("Meryemgul Tashpolat", "2016-05")}),
    ("My sister Meryemgul Tashpolat lived in Rotterdam. She went back in May 2016 to sell the house.",
     "en", {("Meryemgul Tashpolat", "2016-05")}),
    # the place left is abroad: back from there
    ("My sister Meryemgul Tashpolat lived in Rotterdam. She went back from Rotterdam in 2015, and police took "
     "her passport at the airport.", "en", {("Meryemgul Tashpolat", "2015")}),
    ("Меня зовут Айнагуль Тохтасын, я живу в Алматы. Мой брат Нурлан Тохтасын тоже жил в Алматы. "
     "В апреле 2016 года он вернулся, и сразу его задержали в Аксу.", "ru", {("Нурлан Тохтасын", "2016-04")}),
])
def test_a_journey_back_with_no_place_is_a_return_of_one_abroad(text, language, expected):
    assert events_of(text, language, "return") == expected


@pytest.mark.parametrize("text, language, expected", [
    # the narrator, held in China, then out: "I" is the narrator
    ("My name is Gulnisa Ebeydulla. I was held in a camp in Ghulja in 2018. I flew out in March 2019, "
     "and nobody stopped me.", "en", {("Gulnisa Ebeydulla", "2019-03")}),
    ("My name is Gulnisa Ebeydulla. I was held in a camp in Ghulja in 2018. I left in 2019.",
     "en", {("Gulnisa Ebeydulla", "2019")}),
])
def test_flying_out_or_leaving_with_no_place_is_an_exit_of_one_held_in_china(text, language, expected):
    assert events_of(text, language, "exit") == expected


def test_a_journey_back_to_work_or_planned_or_undated_is_no_return_beside_one_that_is():
    text = ("My sister Meryemgul Tashpolat lived in Rotterdam. In March 2016 she went back to work after the holiday. "
            "She would have flown home in April 2016, but her visa was refused. She often went home for a weekend. "
            "In May 2016 she flew home to see our father.")
    assert events_of(text, "en", "return") == {("Meryemgul Tashpolat", "2016-05")}


def test_a_journey_back_of_one_in_china_is_no_return_beside_one_abroad():
    text = ("My cousin Memet Sopi lived in Istanbul. In May 2016 he flew home to see his father. "
            "His brother Abdurehim Sopi lives in Hotan and was detained there in 2017. He went back in 2019 to see "
            "his wife.")
    assert {name for name, _ in events_of(text, "en", "return")} == {"Memet Sopi"}


def test_a_background_sentence_of_no_named_person_is_no_exit_beside_the_narrators():
    text = ("My name is Gulnisa Ebeydulla. I was held in a camp in Ghulja in 2018. "
            "Thousands of people left in 2016, before the camps. I flew out in March 2019.")
    assert events_of(text, "en", "exit") == {("Gulnisa Ebeydulla", "2019-03")}


def test_leaving_the_camp_is_no_exit_beside_flying_out():
    text = ("My name is Gulnisa Ebeydulla. I was held in a camp in Ghulja in 2018. I was released in January 2019 "
            "and went home to my village. I flew out in March 2019.")
    assert events_of(text, "en", "exit") == {("Gulnisa Ebeydulla", "2019-03")}


@pytest.mark.parametrize("text, language, kind, expected", [
    # "to" and a capital is where the journey goes: the person named after "with" made it too
    ("My name is Gulnisa Ebeydulla, from Ghulja. I flew to Oslo in 2012 with my son Nurmemet Ebeydulla.", "en",
     "exit", {("Gulnisa Ebeydulla", "2012"), ("Nurmemet Ebeydulla", "2012")}),
    ("Gulnisa Ebeydulla flew back to Kashgar in May 2018 with her husband Nurmemet Sopi.", "en",
     "return", {("Gulnisa Ebeydulla", "2018-05"), ("Nurmemet Sopi", "2018-05")}),
    # control: "to" and a verb opens another clause, where "with" is someone met there
    ("My name is Gulnisa Ebeydulla, from Ghulja. I flew to Oslo in 2012 to work with my cousin Nurmemet Sopi.",
     "en", "exit", {("Gulnisa Ebeydulla", "2012")}),
])
def test_a_companion_after_the_place_gone_to_makes_the_journey_too(text, language, kind, expected):
    assert events_of(text, language, kind) == expected


def test_a_companion_of_a_scheme_named_after_the_journey_is_no_traveller_beside_one_who_is():
    text = ("My name is Gulnisa Ebeydulla, from Ghulja. I moved to Norway in 2020 under a reunion scheme with my "
            "husband Nurmemet Sopi, who has lived in Oslo since 2015. In 2022 my sister Aynur Ebeydulla came to "
            "Norway with her son Yasin Qadir.")
    assert {name for name, _ in events_of(text, "en", "exit")} == {"Gulnisa Ebeydulla", "Aynur Ebeydulla", "Yasin Qadir"}


def test_leaving_told_of_a_noun_is_read_only_after_a_pronoun_beside_the_narrators():
    text = ("My name is Gulnisa Ebeydulla. I was held in a camp in Ghulja in 2018 and made to work in a factory "
            "until the manager left. I left in 2019.")
    assert events_of(text, "en", "exit") == {("Gulnisa Ebeydulla", "2019")}
