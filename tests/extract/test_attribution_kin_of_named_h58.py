"""Issue 11 (h-poss58). Invented people, our own sentences; each text carries its control.

- A kin noun whose possessor is a named person ("X's husband", « le mari de X », «муж X») is that
  person's relative: an act told of the relative is not X's (`subjects._kin_of_named`,
  `subjects.syntactic_target`); the name in apposition ("X's husband, Y, …") takes it.
- Kazakh ұстау is "hold" a person (detain) and "keep" a thing: the Kazakh act classifier's passport
  confiscation needs a passport or leaving the country in its sentence (`violations._KAZAKH_NEEDS`).
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("text", "language", "owner", "own_act"), [
    ("Dilnur Kasim's husband was arrested in Urumqi in 2018. Dilnur Kasim was sent to a camp in 2019.",
     "en", "Dilnur Kasim", "detention.internment_camp"),
    ("Le mari de Dilnur Kasim a été arrêté à Urumqi en 2018. Dilnur Kasim a été envoyée dans un camp en 2019.",
     "fr", "Dilnur Kasim", "detention.internment_camp"),
    ("Муж Дильнур Касым был арестован в Урумчи в 2018 году. Дильнур Касым отправили в лагерь в 2019 году.",
     "ru", "Дильнур Касым", "detention.internment_camp"),
])
def test_the_relative_of_a_named_person_is_not_that_person(text, language, owner, own_act):
    found = codes(text, language)
    assert "detention.arbitrary_arrest" not in found[owner]
    assert own_act in found[owner]  # control: her own act stays hers


def test_a_pronoun_possessor_is_not_the_person_named_after():
    found = codes("Her husband was arrested in Urumqi in 2018. Dilnur Kasim was sent to a camp in 2019.", "en")
    assert "detention.arbitrary_arrest" not in found["Dilnur Kasim"]
    assert "detention.internment_camp" in found["Dilnur Kasim"]


@pytest.mark.parametrize(("text", "language", "relative", "owner"), [
    ("Dilnur Kasim's husband, Erkin Sabit, was arrested in Urumqi in 2018.", "en", "Erkin Sabit", "Dilnur Kasim"),
    ("Le mari de Dilnur Kasim, Erkin Sabit, a été arrêté à Urumqi en 2018.", "fr", "Erkin Sabit", "Dilnur Kasim"),
])
def test_the_relative_named_in_apposition_takes_the_act(text, language, relative, owner):
    found = codes(text, language)
    assert "detention.arbitrary_arrest" in found[relative]
    assert "detention.arbitrary_arrest" not in found[owner]


def test_a_named_possessor_of_a_thing_still_has_the_act():
    found = codes("Dilnur Kasim's passport was taken by the police in 2018. Her husband was arrested.", "en")
    assert "movement.passport_confiscation" in found["Dilnur Kasim"]
    assert "detention.arbitrary_arrest" not in found["Dilnur Kasim"]


def test_kazakh_detaining_a_person_is_no_passport_confiscation():
    found = codes("Полиция Ержанды ұстады. Полиция Айбектің төлқұжатын тартып алды.", "kk")
    assert "movement.passport_confiscation" not in found["Ержан"]
    assert "detention.arbitrary_arrest" in found["Ержан"]
    assert "movement.passport_confiscation" in found["Айбек"]  # control: a passport taken is one


@pytest.mark.parametrize(("text", "language", "relative"), [
    ("Отец Дильнур, Касым Сабит, скончался в лагере в 2019 году.", "ru", "Касым Сабит"),
    ("Le frère de la voisine, Erkin Sabit, a été condamné en 2019 à dix ans de prison.", "fr", "Erkin Sabit"),
])
def test_the_relatives_own_name_after_a_comma_keeps_the_act(text, language, relative):
    people = extract_text(text, language=language)
    assert any(p["name"] == relative and "victim" in p["roles"] for p in people["persons"])
