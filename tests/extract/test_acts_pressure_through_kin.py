"""Pressure on the one abroad passed through a relative at home (issue 11, h-x32c).

The largest undetected kind on every spent set (v7 … v12 harassment 38 + reprisal 15, v13 7 + 4,
v15 4): a relative summoned, taken to a station or questioned by the state about someone, told to
make that someone come back or fall silent, or warned of a harm if someone keeps speaking. The
relative suffers `family.reprisal`; the one asked about, to be brought back or silenced, or on
whom the condition is put, `transnational.harassment` (vocab/violations.yaml). Invented sentences;
each refusal has a positive control in the same form.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text)["persons"]}


@pytest.mark.parametrize("text", [
    "I am Rozigul Kasim and I live in Melbourne. In 2020 officers took my sister Meryem Kasim to the station "
    "three times to question her about me.",
    "I am Rozigul Kasim and I live in Melbourne. Officers told my sister Meryem Kasim that her shop would be "
    "closed if I keep talking to reporters.",
])
def test_the_one_asked_about_is_harassed_and_the_relative_suffers_a_reprisal(text):
    found = codes(text)
    assert "transnational.harassment" in found["Rozigul Kasim"]
    assert "family.reprisal" in found["Meryem Kasim"]
    assert "transnational.harassment" not in found["Meryem Kasim"]
    assert "family.reprisal" not in found["Rozigul Kasim"]


def test_a_relative_summoned_and_told_to_make_the_one_abroad_stop():
    found = codes("Rozigul Kasim lives in Berlin. Her father Ablimit Kasim was summoned to the township office "
                  "and told to make her delete her posts.")
    assert "transnational.harassment" in found["Rozigul Kasim"]
    assert "family.reprisal" in found["Ablimit Kasim"]


def test_a_relative_called_to_the_station_and_asked_why_someone_lives_abroad():
    found = codes("I am Rozigul Kasim. In June the township officers summoned my aunt Patime Kasim; she was "
                  "summoned again a week later and grilled about why her niece studies in Sweden.")
    assert "family.reprisal" in found["Patime Kasim"]


def test_asking_after_someone_or_a_condition_without_the_state_is_no_pressure():
    # family and friends asking, a wish to see someone home, a condition on health: nobody of the state
    found = codes("I am Rozigul Kasim and I live in Melbourne. My friend Meryem Kasim often asked her mother "
                  "about me, and wanted to tell me to come home for the wedding. She said her stall would do "
                  "better if I keep posting her bread online.")
    assert not any({"transnational.harassment", "family.reprisal"} & c for c in found.values())
    # positive control: the same asking done by the police at a station
    found = codes("I am Rozigul Kasim and I live in Melbourne. The police took my friend Meryem Kasim to the "
                  "station to ask about me.")
    assert "transnational.harassment" in found["Rozigul Kasim"]


def codes_in(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("text", "language", "abroad", "relative"), [
    ("Je m'appelle Rozigul Kasim et je vis à Lyon. En 2020, la police a convoqué ma sœur, Meryem Kasim, au "
     "commissariat pour l'interroger sur moi.", "fr", "Rozigul Kasim", "Meryem Kasim"),
    ("Je m'appelle Rozigul Kasim et je vis à Lyon. Des policiers ont dit à ma sœur, Meryem Kasim, qu'elle "
     "perdrait son étal si je continuais à témoigner.", "fr", "Rozigul Kasim", "Meryem Kasim"),
    ("Меня зовут Розигуль Касым, я живу в Берлине. В 2020 году мою сестру Мерьем Касым вызвали в полицию и "
     "допрашивали обо мне.", "ru", "Розигуль Касым", "Мерьем Касым"),
])
def test_french_and_russian_pressure_through_a_relative(text, language, abroad, relative):
    found = codes_in(text, language)
    assert "transnational.harassment" in found[abroad]
    assert "family.reprisal" in found[relative]


def test_french_and_russian_family_asking_is_no_pressure():
    found = codes_in("Je m'appelle Rozigul Kasim et je vis à Lyon. Ma sœur Meryem Kasim parle souvent de moi et "
                     "voudrait me dire de rentrer pour le mariage.", "fr")
    assert not any({"transnational.harassment", "family.reprisal"} & c for c in found.values())
    found = codes_in("Меня зовут Розигуль Касым, я живу в Берлине. Моя сестра Мерьем Касым часто спрашивает "
                     "обо мне и хочет уговорить меня вернуться к свадьбе.", "ru")
    assert not any({"transnational.harassment", "family.reprisal"} & c for c in found.values())
    # positive control: the same asking by the police
    found = codes_in("Меня зовут Розигуль Касым, я живу в Берлине. Полицейские часто спрашивают мою сестру "
                     "Мерьем Касым обо мне.", "ru")
    assert "transnational.harassment" in found["Розигуль Касым"]
