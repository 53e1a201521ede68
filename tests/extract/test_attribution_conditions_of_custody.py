"""A condition of a place of custody told of the place or of its crowd ("forty women shared a cell
meant for ten", «в камере на десять мест держали сорок женщин») is the one person the text has
just put there, in the same paragraph (`subjects.held_before`, `violations._CONDITIONS_OF_CUSTODY`);
the same kind of condition told where the text has put no one in custody stays nobody's.

Invented texts; each negative has a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text

TEXTS = {
    "en": ("My name is Gulnar Tohti. My sister Aynur Tohti was taken to a camp in Ghulja in May 2018. "
           "Forty women shared a cell meant for ten.\n\n"
           "My brother Memet Tohti teaches at a school in Kashgar. Since 2017 the pupils there may not speak "
           "Uyghur in class.\n"),
    "ru": ("Меня зовут Гульнар Тохти. Мою сестру Айнур Тохти в мае 2018 года забрали в лагерь в Кульдже. "
           "В камере на десять мест держали сорок женщин.\n\n"
           "Мой брат Мемет Тохти работает учителем в школе в Кашгаре. С 2017 года ученикам там запрещено "
           "говорить по-уйгурски.\n"),
}
NAMES = {"en": ("Gulnar Tohti", "Aynur Tohti", "Memet Tohti"), "ru": ("Гульнар Тохти", "Айнур Тохти", "Мемет Тохти")}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_crowded_room_is_the_one_person_just_taken_there(language):
    out = extract_text(TEXTS[language], language=language)
    codes = {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}
    narrator, sister, brother = NAMES[language]
    assert {"detention.internment_camp", "detention.overcrowding"} <= codes[sister]
    # the ban at the brother's school (a paragraph that puts no one in custody) is no one's
    assert "culture.language_ban" not in codes[sister]
    assert codes.get(brother, set()) == set()
    assert codes.get(narrator, set()) == set()
