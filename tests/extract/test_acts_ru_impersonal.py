"""Russian acts a new writer tells plainly, as an impersonal plural with the person in the
accusative («его посадили», «её не кормили»), and the possessor of a kin word of the other gender
(«мужа Гульнар») who is not the one it happened to.

Invented sentences; every refusal has a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text

CONTEXT = "Меня зовут Алия Нурланова. Мой брат Ерлан Нурланов вернулся в Кульджу в 2017 году. "


def codes(text: str) -> dict[str, set[str]]:
    out = extract_text(text, language="ru")
    return {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}


@pytest.mark.parametrize("sentence, code", [
    ("Его посадили на семь лет.", "detention.prison_sentence"),
    ("Его посадили в тюрьму.", "detention.prison_sentence"),
    ("Его держали в камере с двадцатью людьми.", "detention.overcrowding"),
    ("Его не кормили по три дня.", "ill_treatment.food_deprivation"),
    ("Его не выпускают из Китая.", "movement.passport_confiscation"),
])
def test_an_impersonal_plural_act_is_the_accusative_persons(sentence, code):
    assert code in codes(CONTEXT + sentence).get("Ерлан Нурланов", set())


def test_a_beating_as_an_impersonal_plural_goes_to_her():
    text = "Меня зовут Алия Нурланова. Моя сестра Гульнар Сейтова вернулась в 2017 году. Её избивали на допросах."
    assert codes(text)["Гульнар Сейтова"] == {"torture.beating"}


def test_not_put_in_prison_is_not_a_sentence():
    text = CONTEXT + "Его не посадили. Асета Касымова посадили на пять лет."
    result = codes(text)
    assert "detention.prison_sentence" not in result.get("Ерлан Нурланов", set())
    assert "detention.prison_sentence" in result["Асет Касымов"]  # control


def test_the_possessor_of_a_husband_is_not_the_one_beaten():
    text = ("Меня зовут Алия Нурланова. Моя подруга Гульнар Сейтова живёт в Кульдже. "
            "Мужа Гульнар, Асета Касымова, избили.")
    result = codes(text)
    assert result["Асет Касымов"] == {"torture.beating"}  # control: the husband
    assert result.get("Гульнар Сейтова", set()) == set()


def test_the_possessor_of_a_husband_is_not_the_one_taken():
    text = ("Меня зовут Алия Нурланова. Моя подруга Гульнар Сейтова живёт в Кульдже. "
            "Мужа Гульнар, Асета Касымова, забрали ночью.")
    result = codes(text)
    assert result["Асет Касымов"] == {"detention.arbitrary_arrest"}
    assert result.get("Гульнар Сейтова", set()) == set()
