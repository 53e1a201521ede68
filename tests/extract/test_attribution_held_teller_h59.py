"""A condition of a place of custody told with no one named for it ("the cell held forty men",
« on leur donnait un bol de soupe par jour », «кормили раз в день») inside the account of someone
who was held is that teller's own (`subjects.teller`, `violations._CONDITIONS_OF_CUSTODY`); the
same condition told by someone never held is not the teller's.

Invented names and sentences; the negative (the cousin who was never held) has the positive
(the man who was held) in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text

TEXTS = {
    "en": ("My name is Aliya Nurbek and I live in Almaty. Darhan Sultanbek was taken to a camp in Tekes in "
           "March 2018. He was released in 2019.\n\n"
           "I met him last winter in Almaty. He told me that the cell held forty men and that they were given "
           "one bowl of soup a day.\n\n"
           "His cousin Bolat Yermek has never been detained. Last year Bolat worked as an interpreter at a "
           "prison in Aksu. Bolat told me that a cell there held forty men.\n"),
    "fr": ("Je m'appelle Aliya Nurbek et j'habite à Almaty. Darhan Sultanbek a été interné dans un camp à Tekes "
           "en mars 2018. Il a été libéré en 2019.\n\n"
           "Je l'ai rencontré l'hiver dernier à Almaty. Il a raconté qu'on leur donnait un bol de soupe par jour "
           "et que quarante hommes dormaient dans une cellule prévue pour dix.\n\n"
           "Son cousin Bolat Yermek n'a jamais été détenu. L'an dernier, il a visité une prison à Aksu. Bolat a "
           "raconté que quarante hommes y dormaient dans une cellule prévue pour dix.\n"),
    "ru": ("Меня зовут Алия Нурбек, я живу в Алматы. Ерлана Бекмуратова забрали в лагерь в Текесе в марте "
           "2018 года. В 2019 году его отпустили.\n\n"
           "Прошлой зимой я встретила его в Алматы. Он рассказал мне, что в камере было сорок человек и что "
           "кормили раз в день.\n\n"
           "Его двоюродный брат Болат Ермеков никогда не был задержан. В прошлом году Болат работал "
           "переводчиком в тюрьме в Аксу. Болат рассказал мне, что там в камере было сорок человек.\n"),
}
NAMES = {"en": ("Aliya Nurbek", "Darhan Sultanbek", "Bolat Yermek"),
         "fr": ("Aliya Nurbek", "Darhan Sultanbek", "Bolat Yermek"),
         "ru": ("Алия Нурбек", "Ерлан Бекмуратов", "Болат Ермеков")}


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_a_held_tellers_conditions_are_his_own(language):
    out = extract_text(TEXTS[language], language=language)
    codes = {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}
    narrator, held, cousin = NAMES[language]
    assert {"detention.overcrowding", "ill_treatment.food_deprivation"} <= codes[held]
    # the cousin, never held, tells of a cell: not his; nor the narrator's, who only heard it
    assert "detention.overcrowding" not in codes.get(cousin, set())
    assert codes.get(narrator, set()) == set()


_HEARER = ("Мурат Оспанов провёл два года в лагере в Кульдже. Он рассказывал Айгерим Сейтовой по видеосвязи, "
           "что их заставляли каждый вечер петь гимн.\n")


def test_the_one_told_in_the_imperfective_is_a_hearer():
    # «рассказывал X, что …»: X hears it (either aspect of the verb), the act is the teller's
    out = extract_text(_HEARER, language="ru")
    codes = {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}
    assert "indoctrination.political" in codes["Мурат Оспанов"]
    assert "indoctrination.political" not in codes.get("Айгерим Сейтова", set())
