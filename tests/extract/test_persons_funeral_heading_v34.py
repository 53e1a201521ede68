"""Issue 11 (h-v34victim). Invented people, our own sentences; each negative carries its control.

- The dead one of a funeral ("the funeral of his father", « l'enterrement de son père ») is not
  whom a later "he"/« il » of an arrest stands for (`subjects._mourned`): the subject who went is.
- A kin phrase in a heading written in capitals (« DÉCLARATIONS … DE SON FILS ») points at no one,
  and an article opening the next line (« La requérante ») is no relative's name
  (`persons._capitals_line`, `persons._ARTICLE_OPENING`).
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def people(text: str, language: str) -> dict[str, tuple[set[str], set[str]]]:
    return {p["name"]: (set(p["roles"]), {v["code"] for v in p["violations"]})
            for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Kerim Nasirov went back to Kashgar in 2017 for the funeral of his father. According to his wife, "
     "he was arrested at the airport the same day.", "en", "Kerim Nasirov"),
    ("Ravil Osmanov est reparti à Ghulja en janvier 2018 pour l'enterrement de son père. D'après sa femme, "
     "il a été arrêté à l'aéroport le jour même.", "fr", "Ravil Osmanov"),
])
def test_the_dead_of_a_funeral_is_not_the_one_arrested(text, language, name):
    found = people(text, language)
    assert "victim" in found[name][0]  # control: the one who went is the one arrested
    assert "detention.arbitrary_arrest" in found[name][1]
    assert all("father" not in other for other in found)


def test_a_capitals_heading_names_no_relative():
    found = people("DÉCLARATIONS DE LA REQUÉRANTE ET DE SON FILS\n"
                   "La requérante déclare que sa fille Meryem Tashkenova a été arrêtée à Kachgar en 2017.", "fr")
    assert "La" not in found
    assert not any(name.endswith("son") for name in found)
    assert any(name.startswith("Meryem") and "victim" in roles for name, (roles, _) in found.items())  # control


def test_a_relative_named_on_the_next_line_stays():
    found = people("Elle vit avec son fils\nLemar, qui a été arrêté à Kachgar en 2017.", "fr")
    assert "Lemar" in found
