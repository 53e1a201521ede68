"""Who travels and which way (issue 11, h-events51; its third rule, a visitor's trip into China read as a return, was
left out at merge: +6 right and +8 wrong events on the tuning sets): a joined clause with its own subject is that
subject's ("my husband stayed, and I left"); someone taken abroad by another crosses ("my aunt took
me to Ankara"). Invented sentences and names; each rule with a control where it must not fire.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


# ---------------------------------------------------------------- a joined clause's own subject

@pytest.mark.parametrize("text, language, traveller, stayed", [
    ("My name is Zulfiya Abdulla. My husband Yusup Kerim stayed in Hotan, and I left for Almaty in March 2019.",
     "en", "Zulfiya Abdulla", "Yusup Kerim"),
    ("Je m'appelle Zulfiya Abdulla. Mon mari Yusup Kerim est resté à Hotan, et je suis partie pour Almaty en mars 2019.",
     "fr", "Zulfiya Abdulla", "Yusup Kerim"),
    ("Меня зовут Зульфия Абдулла. Мой муж Юсуп Керим остался в Хотане, а я уехала в Алматы в марте 2019 года.",
     "ru", "Зульфия Абдулла", "Юсуп Керим"),
])
def test_a_joined_clause_with_its_own_subject_is_that_subjects(text, language, traveller, stayed):
    exits = events_of(text, language, "exit")
    assert (traveller, "2019-03") in exits
    assert not any(name == stayed for name, _ in exits)


def test_a_joined_verb_without_its_own_subject_keeps_the_head_verbs():
    # control: "was arrested … and sent" has no subject of its own: still the brother's
    text = "My name is Zulfiya Abdulla. My brother Yusup Kerim was arrested in May 2018 and sent to a camp."
    assert ("Yusup Kerim", "2018-05") in events_of(text, "en", "arrest")


# ---------------------------------------------------------------- taken abroad by another

def test_people_taken_abroad_cross():
    text = ("My name is Dilnaz Rozi. I was born in Ghulja in 2006. In 2015 my aunt, Hanzire Osman, took my "
            "cousin Ablikim and me to Ankara.")
    exits = events_of(text, "en", "exit")
    assert {("Dilnaz Rozi", "2015"), ("Ablikim", "2015")} <= exits


def test_someone_brought_abroad_after_release_crosses():
    text = "Our client Mahire Tursun was freed in 2019. Her nephew brought her to Germany in 2021."
    assert ("Mahire Tursun", "2021") in events_of(text, "en", "exit")


@pytest.mark.parametrize("text", [
    # a thing brought abroad takes no one across
    "My name is Dilnaz Rozi. I was born in Ghulja. In 2015 my aunt brought our old photographs to Ankara.",
    # taken to a place in China: custody, not a crossing
    "My name is Dilnaz Rozi. In 2018 the police took my cousin Ablikim to a camp in Kashgar.",
])
def test_a_thing_or_a_place_in_china_makes_no_exit(text):
    assert events_of(text, "en", "exit") == set()
