"""The one held is the subject of the whereabouts clause, not the one told or not told
(`violations._held_where`; issue 11, h-codes53).

"The clerks never told his wife where her husband is kept", «жене не говорят, где муж», « on ne dit pas
à sa femme où est son mari »: the family asks and is not told, so `detention.incommunicado` is the
husband's, the subject of "where", never the wife's. Invented people; each text gives
the one held the code (the control) and the relative who asked none.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text)["persons"]}


@pytest.mark.parametrize(("text", "held", "hearer"), [
    ("My brother Tursun Niyaz was arrested in 2018. His wife Aygul Niyaz went to the station every week, "
     "but nobody would tell Aygul Niyaz where he was held.", "Tursun Niyaz", "Aygul Niyaz"),
    ("Моего брата Турсуна Нияза арестовали в 2018 году. Его жена Айгуль Нияз каждую неделю ходила в полицию, "
     "но никто не говорил Айгуль Нияз, где он.", "Турсун Нияз", "Айгуль Нияз"),
    ("Mon frère Tursun Niyaz a été arrêté en 2018. Sa femme Aygul Niyaz écrivait chaque mois à la police, "
     "mais personne n'a dit à Aygul Niyaz où il se trouvait.", "Tursun Niyaz", "Aygul Niyaz"),
])
def test_the_one_held_is_the_subject_of_where_not_the_one_told(text, held, hearer):
    found = codes(text)
    assert "detention.incommunicado" in found[held]
    assert "detention.incommunicado" not in found[hearer]
