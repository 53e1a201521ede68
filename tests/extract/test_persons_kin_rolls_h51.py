"""Persons the rules lost to form and grammar (issue 11, h-persons51): a Russian coordinated subject
with a plural verb is two people («муж и я уехали»); the family's own words for kin (« Papa »,
« tonton », « mamie ») are kin, not names; a kin word before a family name in capitals says a
person's name; a roll of headwords in capitals ("TOHTI, ABLET.") names people. Invented sentences
and names; each rule with a control where it must not fire.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def run(text: str, language: str) -> dict:
    return extract_text(text, language=language, document_date="2024-01-01")


def exits(out: dict) -> set[str | None]:
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {names.get(e["person"]) for e in out["events"] if e["type"] == "exit"}


def named(out: dict) -> set[str]:
    return {p["name"] for p in out["persons"] if p["names"]}


# ---------------------------------------------------------------- a coordinated subject (ru)

@pytest.mark.parametrize("text", [
    "Меня зовут Динара Касым. В 2016 году муж и я уехали в Алматы.",
    "Меня зовут Динара Касым. В 2016 году мой муж и я переехали в Алматы.",
])
def test_ru_a_kin_noun_and_i_before_a_plural_verb_are_two_travellers(text):
    out = run(text, "ru")
    travellers = exits(out)
    assert "Динара Касым" in travellers
    assert len(travellers) == 2  # the husband too, as "my husband and I left" in English and French


@pytest.mark.parametrize("text, language", [
    ("My name is Dinara Qasim. In 2016 my husband and I moved to Almaty.", "en"),
    ("Je m'appelle Dinara Qasim. En 2016, mon mari et moi sommes partis à Almaty.", "fr"),
])
def test_the_same_coordination_in_english_and_french(text, language):
    assert len(exits(run(text, language))) == 2


def test_ru_a_singular_verb_keeps_one_traveller():
    # the control: «муж уехал» alone, nothing joined to the subject
    out = run("Меня зовут Динара Касым. В 2016 году муж уехал в Алматы, а я осталась дома.", "ru")
    assert "Динара Касым" not in exits(out)


# ---------------------------------------------------------------- family words are kin

def test_fr_family_words_before_a_given_name_are_no_part_of_it():
    out = run("Je m'appelle Dilnur Tohti. Tonton Ahmet nous a écrit en 2019. Mamy Zohre vit à Kashgar.", "fr")
    assert {"Ahmet", "Zohre"} <= named(out)
    assert not any(name.split()[0] in ("Tonton", "Mamy") for name in named(out))


def test_fr_a_family_word_after_a_possessive_is_the_narrators_relative():
    out = run("Je m'appelle Dilnur Tohti. En 2018, mon papa a été arrêté à Ghulja.", "fr")
    relatives = [p for p in out["persons"] if not p["names"] and "victim" in p["roles"]]
    assert len(relatives) == 1


def test_fr_a_family_word_as_a_line_label_is_no_person():
    out = run("Fiche de famille\nMaman : Zohre KAMIL\nPapa : Ablet TOHTI\n", "fr")
    assert named(out) == {"Zohre Kamil", "Ablet Tohti"}


# ---------------------------------------------------------------- a kin word before capitals

@pytest.mark.parametrize("text, language, name", [
    ("Je m'appelle Nurgul Kamil. Du côté de ma mère : papi KAMIL Rozi, à Kashgar.", "fr", "Rozi Kamil"),
    ("My name is Nurgul Kamil. My aunt OSMAN Hevva still lives in Kashgar.", "en", "Hevva Osman"),
])
def test_a_kin_word_before_a_family_name_in_capitals_says_a_name(text, language, name):
    assert name in named(run(text, language))


def test_a_kin_word_before_a_company_in_capitals_says_no_name():
    out = run("My name is Nurgul Kamil. My uncle works for ACME Logistics in Leeds.", "en")
    assert named(out) == {"Nurgul Kamil"}


# ---------------------------------------------------------------- a roll of names

@pytest.mark.parametrize("text, language, names", [
    ("Names read at the vigil\nTOHTI, ABLET. Teacher, Ghulja.\nKAMIL, ZOHRE. Nurse, Hotan.\nROZI, MEMET. Farmer.\n"
     "Each name was followed by a minute of silence.", "en", {"Ablet Tohti", "Zohre Kamil", "Memet Rozi"}),
    ("Noms lus devant la mairie\nNIYAZ, PATIGUL. Enseignante.\nROZI, MEMET. Paysan.\nOSMAN, HEVVA. Couturière.\n"
     "Une minute de silence a suivi chaque nom.", "fr", {"Patigul Niyaz", "Memet Rozi", "Hevva Osman"}),
    ("Список, прочитанный у консульства\nТОХТИ, АБЛЕТ. Учитель.\nКАМИЛ, ЗОХРЕ. Медсестра.\nРОЗИ, МЕМЕТ. Фермер.\n"
     "После каждого имени была минута молчания.", "ru", {"Аблет Тохти", "Зохре Камил", "Мемет Рози"}),
])
def test_a_roll_of_headwords_in_capitals_names_people(text, language, names):
    assert names <= named(run(text, language))


def test_headwords_of_a_status_list_are_no_roll_of_names():
    out = run("Report status\nSTATUS, PENDING.\nREVIEW, OPEN.\nACTION, NONE.\nNothing else to add.", "en")
    assert named(out) == set()
