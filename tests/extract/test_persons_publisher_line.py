"""A republication or source line names the outlet that carried the text: "Republished by the Example
Outlet.", "Source: …", "Originally published by …", « Publié par … », «Источник: …». The outlet is an
organisation, never a person (a newcomer's report: the false person's name then masked the word EXAMPLE
in every public text). Invented people, our own words; each refusal has its positive control in the same
text: the person the story names stays, and a name the story also uses stays a person."""

import pytest

from tests.extract.helpers import doc_of, person_named

STORY_EN = ("Ablajan Rozi, a farmer from Aksu, was detained in March 2018 and sent to a camp. "
            "His brother Memet Rozi was questioned twice in the same month.\n\n")
STORY_FR = ("Ablajan Rozi, agriculteur à Aksu, a été arrêté en mars 2018 et envoyé dans un camp. "
            "Son frère Memet Rozi a été interrogé deux fois.\n\n")
STORY_RU = "Аблажан Рози, фермер из Аксу, был задержан в марте 2018 года и отправлен в лагерь.\n\n"


@pytest.mark.parametrize(("text", "language", "person"), [
    (STORY_EN + "Republished by the Example Outlet.\n", "en", "Ablajan Rozi"),
    (STORY_EN + "Source: Example Outlet\n", "en", "Ablajan Rozi"),
    (STORY_EN + "Originally published by Example Outlet on 4 May 2020.\n", "en", "Ablajan Rozi"),
    (STORY_FR + "Publié par Example Outlet.\n", "fr", "Ablajan Rozi"),
    (STORY_RU + "Источник: Example Outlet\n", "ru", "Аблажан Рози"),
])
def test_the_outlet_of_a_republication_line_is_no_person(text, language, person):
    doc = doc_of(text, language)
    names = [name for p in doc.persons for name in p.names]
    assert not any("Outlet" in name or "Example" in name for name in names), names
    person_named(doc, person)  # control: the person the story names stays


def test_a_name_the_story_also_uses_stays_a_person():
    text = ("Gulnar Tohti was taken from her home in Hotan in 2017. Her husband has not seen her since.\n\n"
            "Source: Gulnar Tohti's family, speaking to Example Outlet\n")
    doc = doc_of(text)
    assert person_named(doc, "Gulnar Tohti")
    assert not any("Outlet" in name for p in doc.persons for name in p.names)
