"""A custody participle closing a list line or an apposition makes victims of the names before it (`roles._listed_victims`),
but not of a name that is only the possessor of a kin word ("the brother of X", « le frère de X », «брат Марата»: whose
relative the listed person is), and not when Russian negates the participle after it («задержан не был») (issue 11,
h-persons52: relatives made victims). Invented sentences, short enough that the rules decide alone; each beside a
control that stays a victim."""

import pytest

from guwah.extract.pipeline import run_pipeline


def _roles(text: str, language: str) -> dict[str, set[str]]:
    return {name: person.roles for person in run_pipeline(text, language).persons for name in person.names}


@pytest.mark.parametrize(("language", "text", "listed", "possessor"), [
    ("en", "Family members:\n- Timur Saidov, brother of Rustam Saidov, detained 2017\n", "Timur Saidov", "Rustam Saidov"),
    ("fr", "Membres de la famille :\n- Timur Saidov, frère de Rustam Saidov, arrêté en 2017\n", "Timur Saidov",
     "Rustam Saidov"),
    ("ru", "Члены семьи:\n- Тимур Саидов, брат Рустама Саидова, задержан в 2017 году\n", "Тимур Саидов", "Рустам Саидов"),
])
def test_the_possessor_of_a_kin_word_is_no_listed_victim(language, text, listed, possessor):
    roles = _roles(text, language)
    assert "victim" in roles[listed]  # the control: the listed person himself
    assert "victim" not in roles[possessor]


def test_a_russian_kin_word_with_the_name_in_the_nominative_is_the_person_himself():
    # «брат Рустам» is the brother himself (nominative apposition), «брат Рустама» his possessor (genitive)
    roles = _roles("Члены семьи:\n- брат Рустам Саидов, задержан в 2017 году\n", "ru")
    assert "victim" in roles["Рустам Саидов"]


def test_a_listed_participle_negated_after_it_in_russian_makes_no_victim():
    roles = _roles("Родные в Синьцзяне:\n- Тимур Саидов, отец, задержан не был\n- Дина Саидова, сестра, арестована в 2018 году\n",
                   "ru")
    assert "victim" not in roles["Тимур Саидов"]
    assert "victim" in roles["Дина Саидова"]  # the control


def test_an_english_listed_participle_is_unchanged():
    roles = _roles("Family members:\n- Timur Saidov, father, not detained\n- Dina Saidova, sister, detained 2018\n", "en")
    assert "victim" not in roles["Timur Saidov"]
    assert "victim" in roles["Dina Saidova"]
