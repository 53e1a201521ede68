"""A journey back told with no earlier side (issue 11, h-travel56): "flew back to Kashgar", "went home to Aksu",
«вернулся в Кульджу» say the traveller came from the other side of the border, so a journey back to a town in
China is a return even where the text told no stay abroad. Invented names and sentences; a control where it
must not fire (a plain trip to a town in China with no side known; a trip back after custody there) beside each.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


@pytest.mark.parametrize("text, language, who", [
    ("Tursunjan Ablet flew back to Kashgar in May 2018. He was detained in June 2018.", "en", "Tursunjan Ablet"),
    ("In March 2017 Gulbahar Imin went home to Aksu for a wedding. She was arrested there in May 2017.", "en", "Gulbahar Imin"),
    ("В апреле 2018 года Ерболат Кенжеулы вернулся в Кульджу, чтобы продать дом. В мае 2018 года его задержали.", "ru",
     "Ерболат Кенжеулы"),
])
def test_a_journey_back_to_a_town_in_china_is_a_return(text, language, who):
    assert {name for name, _ in events_of(text, language, "return")} == {who}


def test_a_plain_trip_is_no_return_beside_a_journey_back():
    text = ("Tursunjan Ablet went to Kashgar in May 2018 to buy cloth. "
            "His cousin Memet Yasin flew back to Hotan in June 2018. "
            "Both men were detained in August 2018.")
    assert {name for name, _ in events_of(text, "en", "return")} == {"Memet Yasin"}


def test_going_back_after_custody_in_china_is_no_return_beside_one_that_is():
    text = ("Aygul Rozi was held in a camp in Aksu from 2018 to 2019. After that she went back to Kashgar. "
            "Her brother Nurbek Rozi flew back to Kashgar in 2020 and was detained there.")
    assert {name for name, _ in events_of(text, "en", "return")} == {"Nurbek Rozi"}


def test_a_journey_back_asked_as_a_condition_is_no_return_beside_one_made():
    text = ("The consulate would not renew Dilber Hoshur's passport unless she returned to Kashgar in person. "
            "Her sister Rahile Hoshur flew back to Kashgar in 2019 and was detained there.")
    assert {name for name, _ in events_of(text, "en", "return")} == {"Rahile Hoshur"}


def test_crossing_back_at_a_post_is_no_return_by_the_word_back():
    text = ("Ablimit Tohti crossed back at Khorgos in June 2019. He was detained in Ghulja in 2020. "
            "His brother Yusup Tohti flew back to Kashgar in 2019 and was detained there.")
    assert {name for name, _ in events_of(text, "en", "return")} == {"Yusup Tohti"}
