"""What the speaker was told is done to someone else (issue 11, h-attrib48): the words of telling of
`violations._WITNESSED` ("told me", « m'a dit », «сказал мне») are a view of the one table of verbs of
saying, `lexicon.SAYING_VERBS`, so every verb there that takes its hearer counts: "wrote to me", « m'a
répondu », «написал мне». Before, these were a list of their own and the beating a cellmate wrote about
went to the narrator. Each text has the narrator's own beating after it (the positive control).
Invented sentences.
"""

from __future__ import annotations

import pytest

from guwah.extract.lexicon import told_participles
from tests.extract.helpers import doc_of

TEXTS = {
    "en": ("My name is Aziz Kerim. I was held in a camp near Aksu in 2018 and released in 2019. ",
           "Later a cellmate wrote to me that the guards beat him with a baton.",
           " In the camp they beat me too."),
    "fr": ("Je m'appelle Aziz Kerim. J'ai été détenu dans un camp près d'Aksou en 2018, puis libéré en 2019. ",
           "Plus tard, un codétenu m'a répondu que les gardiens le frappaient avec une matraque.",
           " Au camp, les gardiens m'ont battu moi aussi."),
    "ru": ("Меня зовут Азиз Керимов. В 2018 году меня задержали и держали в лагере под Аксу. ",
           "Потом сокамерник написал мне, что охранники били его по ночам.",
           " Меня тоже били."),
}


def _beatings(language: str, with_control: bool) -> list[str]:
    opening, told, control = TEXTS[language]
    text = opening + told + (control if with_control else "")
    doc = doc_of(text, language)
    assert len(doc.persons) == 1, [p.names for p in doc.persons]
    return [text[v.evidence[0]:v.evidence[1]] for v in doc.persons[0].violations if v.code == "torture.beating"]


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_beating_the_narrator_was_told_of_is_not_the_narrators(language):
    assert _beatings(language, with_control=False) == []


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_narrators_own_beating_after_it_is_kept(language):
    """Control: the narrator's own beating, told after the report, is the narrator's."""
    assert [evidence.strip() for evidence in _beatings(language, with_control=True)] == [TEXTS[language][2].strip()]


def test_the_french_participles_come_from_the_table_of_verbs_of_saying():
    participles = told_participles().split("|")
    assert {"dit", "raconté", "répondu", "écrit", "confié"} <= set(participles)
    assert "a" not in participles and all(p.isalpha() for p in participles)
