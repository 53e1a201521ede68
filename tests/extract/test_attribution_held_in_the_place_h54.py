"""A place of custody named by a verb that puts no one there, with a relative clause on the place that tells
who is held in it (issue 11, h-codes54): the act is that clause's person, not the main clause's subject who
only went there ("I went to the police station where he was held", « Je suis allée au commissariat où il était
détenu », «Я поехала в изолятор, где его держали»). Invented texts; controls: the one sent to the camp keeps it
when another is said to be held there, and a relative clause that tells nothing of custody changes nothing."""

import pytest

from guwah.extract.pipeline import run_pipeline


def _codes(doc, name: str) -> set[str]:
    person = next(p for p in doc.persons if any(name in n for n in p.names))
    return {v.code for v in person.violations}


@pytest.mark.parametrize(("language", "text", "teller", "held"), [
    ("en", "My name is Ruth Calder. My husband, Owen Pryce, was arrested in March 2019. I travelled to the "
           "detention centre where he was being kept and waited outside all day.\n", "Ruth", "Owen"),
    ("fr", "Je m'appelle Aïcha Berrada. Mon mari, Karim Sadiq, a été arrêté en mars 2019. Je suis allée au "
           "commissariat où il était détenu, mais on ne m'a pas laissée entrer.\n", "Aïcha", "Karim"),
    ("ru", "Меня зовут Айгуль Серикова. Моего мужа, Нурлана Бекова, арестовали в марте 2019 года. Я поехала в "
           "следственный изолятор, где его держали, но меня не пустили.\n", "Айгуль", "Нурлан"),
])
def test_the_place_is_the_one_held_there_not_the_visitor(language, text, teller, held):
    doc = run_pipeline(text, language, None)
    assert "detention.pretrial" not in _codes(doc, teller)
    assert "detention.pretrial" in _codes(doc, held)


def test_sent_to_the_place_keeps_the_act_and_a_clause_of_no_custody_changes_nothing():
    sent = ("My name is Ruth Calder. In May 2018 my sister, Mara Flint, was sent to the detention centre where "
            "her husband was held.\n")
    doc = run_pipeline(sent, "en", None)
    assert "detention.pretrial" in _codes(doc, "Mara")
    works = ("Je m'appelle Aïcha Berrada. Mon frère, Karim Sadiq, a été arrêté en mars 2019 et détenu au "
             "commissariat où travaille son voisin.\n")
    doc = run_pipeline(works, "fr", None)
    assert "detention.pretrial" in _codes(doc, "Karim")
