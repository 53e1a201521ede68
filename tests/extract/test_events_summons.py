"""A summons is a questioning (h-events47, issue 11): being summoned or called in to the police is an
`interrogation` with the subtype "summons", as the tuning sets' writers list it (v22, v24), never an
event of type `other`; none where the person's custody or questioning is told in its sentence, none
for a summons to a clinic. Invented people and sentences; each negative beside its positive control."""

from datetime import date

import pytest

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _events(doc, name: str) -> list[tuple[str, str | None, str]]:
    person = person_named(doc, name)
    return sorted((e.type, e.subtype, e.date.value if e.date else "") for e in doc.events if e.person == person.id)


@pytest.mark.parametrize("text, language, name, expected", [
    ("My name is Gulbahar Emet. My uncle Obul Hesen was summoned to the township police post in June 2020 "
     "and asked about me.", "en", "Obul Hesen", ("interrogation", "summons", "2020-06")),
    ("My name is Gulbahar Emet. My uncle Obul Hesen runs a bakery. Each time I post a video, the police call "
     "him in; last winter the police called Obul Hesen in for a whole day.",
     "en", "Obul Hesen", ("interrogation", "summons", "2023")),
    ("Меня зовут Гульбахар Эмет. Моего дядю Ерлана Касымова в 2021 году дважды вызывали в полицию.",
     "ru", "Ерлан Касымов", ("interrogation", "summons", "2021")),
])
def test_events_a_summons_is_an_interrogation(text, language, name, expected):
    doc = run_pipeline(text, language, date(2024, 6, 1))
    assert _events(doc, name) == [expected]
    assert not [e for e in doc.events if e.type == "other"]


def test_events_a_summons_that_began_custody_is_the_custody_only():
    doc = run_pipeline("My name is Gulbahar Emet. In May 2019 my father Rozi Tohti was summoned to the village committee "
                       "and never came back. My uncle Obul Hesen was summoned to the police station in June 2019.",
                       "en", date(2024, 6, 1))
    assert "interrogation" not in {kind for kind, _s, _d in _events(doc, "Rozi Tohti")}
    assert ("arrest", None, "2019-05") in _events(doc, "Rozi Tohti")
    assert _events(doc, "Obul Hesen") == [("interrogation", "summons", "2019-06")]  # the control


def test_events_a_summons_kept_there_is_no_questioning():
    doc = run_pipeline("Je m'appelle Gulbahar Emet. En mai 2019, mon père Rozi Tohti est convoqué à la police du "
                       "bourg, et depuis il ne revient plus. En juin 2019, mon oncle Obul Hesen est convoqué au commissariat.",
                       "fr", date(2024, 6, 1))
    assert "interrogation" not in {kind for kind, _s, _d in _events(doc, "Rozi Tohti")}
    assert ("interrogation", "summons", "2019-06") in _events(doc, "Obul Hesen")  # the control


def test_events_a_summons_questioned_in_other_words_is_one_interrogation():
    doc = run_pipeline("Je m'appelle Gulbahar Emet. En mars 2018, ma tante Meryem Qadir a été convoquée à la police, "
                       "qui l'a interrogée sur mes amis.", "fr", date(2024, 6, 1))
    assert [kind for kind, _s, _d in _events(doc, "Meryem Qadir")].count("interrogation") == 1


def test_events_a_summons_to_a_clinic_is_no_questioning():
    doc = run_pipeline("My name is Gulbahar Emet. In 2018 my aunt Meryem Qadir was summoned to the county hospital for "
                       "a check. In 2019 my uncle Obul Hesen was summoned to the police post.",
                       "en", date(2024, 6, 1))
    assert "interrogation" not in {kind for kind, _s, _d in _events(doc, "Meryem Qadir")}
    assert _events(doc, "Obul Hesen") == [("interrogation", "summons", "2019")]  # the control


def test_events_a_summons_and_its_questioning_told_next_are_one_interrogation():
    doc = run_pipeline("My name is Gulbahar Emet. My aunt Meryem Qadir was summoned to the police station in May 2019. "
                       "There she was interrogated for six hours. My uncle Obul Hesen was summoned to the police post "
                       "in June 2019.", "en", date(2024, 6, 1))
    assert [kind for kind, _s, _d in _events(doc, "Meryem Qadir")].count("interrogation") == 1
    assert _events(doc, "Obul Hesen") == [("interrogation", "summons", "2019-06")]  # the control
