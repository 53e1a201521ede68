"""Case lines that leave their person unsaid, and summonses (issue 11, h-events75).

A line of a case list or an annex under its heading ("Case 3: X (b. 1960), teacher") opens with a
participle and no subject ("Detained in May 2017 after …"): the person is the heading's, also when the
clause has an owner in it ("… found in his office"), and the sentence's later clauses keep that person
("…; died there in 2019", ", released in 2019"). A summons is a questioning, unless the person is kept
where summoned (« … n'en est jamais revenue », « les policiers l'ont gardée deux jours »): then it is the arrest.
Invented sentences and names; each negative case has a positive control beside it.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


CASES = ("Case 1: Yolwas Qeyyumjan (b. 1964), bookseller, Yengisar county\n"
         "Detained in June 2016 once officers found a banned calendar in his shop. The family was told nothing.\n\n"
         "Case 2: Gulbadam Nurahmet (b. 1983), midwife, Nilka county\n"
         "Taken by police in March 2018, released in November 2019 once her sister wrote to a consulate.\n\n"
         "Case 3: Ablikim Sopiyev (b. 1949), retired mechanic, Shayar\n"
         "Arrested in 2016 and kept in a camp near Shayar; died there in August 2019 of a fever.\n")


def test_an_opening_participle_is_the_headings_person_past_an_owner():
    assert ("Yolwas Qeyyumjan", "2016-06") in events_of(CASES, "en", "arrest")
    # control: the heading's person is not given the arrest of the next case
    assert ("Gulbadam Nurahmet", "2018-03") in events_of(CASES, "en", "arrest")
    assert not any(name == "Yolwas Qeyyumjan" and date != "2016-06" for name, date in events_of(CASES, "en", "arrest"))


def test_a_later_clause_keeps_the_opening_participles_person():
    assert ("Gulbadam Nurahmet", "2019-11") in events_of(CASES, "en", "release")
    assert ("Ablikim Sopiyev", "2019-08") in events_of(CASES, "en", "death")


def test_a_later_clause_after_a_subject_is_that_subjects():
    # negative: a clause with its own subject between ("Detained in 2017, his cousin was released …") is not
    # the heading's; control: the same sentence's opening participle stays the heading's
    text = ("Case 4: Memtimin Rozaxun (b. 1970), driver, Aksu\n"
            "Arrested in April 2018; his cousin Tursunay Yarbekova was released in 2019.\n")
    assert ("Memtimin Rozaxun", "2018-04") in events_of(text, "en", "arrest")
    assert ("Memtimin Rozaxun", "2019") not in events_of(text, "en", "release")


def test_a_bare_released_after_a_comma_needs_an_opening_participle():
    # negative: ", released in …" in a sentence that opens with its subject tells no release by this rule;
    # control: the case line above does
    text = "Case 5: Nurmemet Abla (b. 1975), cook, Ghulja\nOfficers questioned Nurmemet Abla, released in 2016 forms and papers.\n"
    assert not events_of(text, "en", "release")
    assert ("Gulbadam Nurahmet", "2019-11") in events_of(CASES, "en", "release")


@pytest.mark.parametrize("text, language, name", [
    ("Mahinur Tokhtiyeva, convoquée au commissariat le 5 mars 2019, n'en est jamais revenue.",
     "fr", "Mahinur Tokhtiyeva"),
    ("Zulhumar Barat, on l’a convoquée le 2 mars au commissariat, puis les policiers l'ont gardée deux jours.",
     "fr", "Zulhumar Barat"),
])
def test_a_summons_the_person_is_kept_at_is_the_arrest(text, language, name):
    assert {n for n, _ in events_of(text, language, "arrest")} == {name}
    assert not events_of(text, language, "interrogation")


def test_a_summons_the_person_comes_back_from_is_a_questioning():
    # negative: questioned and let go the same evening is no arrest; control: the summons is the questioning
    text = "Mahinur Tokhtiyeva a été convoquée au commissariat le 5 mars 2019, puis relâchée le soir même."
    assert not events_of(text, "fr", "arrest")
    assert {n for n, _ in events_of(text, "fr", "interrogation")} == {"Mahinur Tokhtiyeva"}


@pytest.mark.parametrize("text, language, name", [
    ("Aynisa Tohtiyeva lives in Ghulja. On 3 March 2025 officers called her in to the police post for a talk about "
     "her nephew abroad.", "en", "Aynisa Tohtiyeva"),
    ("Au printemps 2020, Patigul Rozaxun a été convoquée à plusieurs reprises par des agents qui voulaient des "
     "nouvelles de sa fille.", "fr", "Patigul Rozaxun"),
    ("مېنىڭ ئانام رەيھانگۈل ئابدۇكېرىم قەشقەردە تۇرىدۇ. 2022-يىلى 5-ئايدا ساقچىلار ئۇنى بىر نەچچە قېتىم چاقىرىپ، ئوغلىنىڭ ئەھۋالىنى سورىدى.",
     "ug", "رەيھانگۈل ئابدۇكېرىم"),
])
def test_a_summons_is_a_questioning(text, language, name):
    assert {n for n, _ in events_of(text, language, "interrogation")} == {name}
    assert not events_of(text, language, "arrest")


def test_calling_the_police_is_no_summons():
    # negative: "we called the police" (ساقچىنى چاقىردۇق) summons no one; control: the police calling her does
    text = "مېنىڭ ئانام رەيھانگۈل ئابدۇكېرىم قەشقەردە تۇرىدۇ. 2022-يىلى 5-ئايدا قوشنىلار ساقچىنى چاقىردى."
    assert not events_of(text, "ug", "interrogation")
    control = "مېنىڭ ئانام رەيھانگۈل ئابدۇكېرىم قەشقەردە تۇرىدۇ. 2022-يىلى 5-ئايدا ساقچىلار ئۇنى چاقىرىپ سورىدى."
    assert events_of(control, "ug", "interrogation")
