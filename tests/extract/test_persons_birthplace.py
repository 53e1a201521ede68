"""Where a person was born, told in the clause of "born" (h-product49): "born in 1981 in Kashgar", «родился в
Кашгаре», « née à Aksou » give a birthplace attribute, its words as written, stored with the gazetteer's place
(a place search finds the entry). Invented sentences; the controls: a place of a later clause ("born in 1981
and detained in Kashgar", "born in 1981, police in Kashgar …") and a place before "born" is no birthplace."""

import pytest

from guwah.extract import extract_document
from guwah.extract.pipeline import run_pipeline
from guwah.storage.tables import PersonAttribute, Place
from tests.extract.test_proposals import add_document


def _birthplaces(text: str, language: str) -> dict[str, str | None]:
    doc = run_pipeline(text, language, None)
    return {p.name: p.attributes.get("birthplace", (None,))[0] for p in doc.persons if p.names}


@pytest.mark.parametrize("text, language, name, place", [
    ("My name is Aziz Karim. I was born in 1981 in Kashgar and worked in Hotan until 2016.", "en",
     "Aziz Karim", "Kashgar"),
    ("My name is Aziz Karim. I was born and raised in Hotan. Police took me in 2018.", "en", "Aziz Karim", "Hotan"),
    ("Aziz Karim, born in Kashgar in 1981, was detained in 2017.", "en", "Aziz Karim", "Kashgar"),
    ("Aziz Karim was born on 3 May 1981 in Aksu. He was detained in 2017.", "en", "Aziz Karim", "Aksu"),
    ("Меня зовут Азиз Карим. Я родился в 1981 году в Кашгаре, работал водителем.", "ru", "Азиз Карим", "Кашгаре"),
    ("Je m'appelle Amina Tursun. Je suis née en 1975 à Aksou et j'ai travaillé comme enseignante.", "fr",
     "Amina Tursun", "Aksou"),
])
def test_a_place_in_the_clause_of_born_is_the_birthplace(text, language, name, place):
    assert _birthplaces(text, language).get(name) == place


@pytest.mark.parametrize("text", [
    "My name is Aziz Karim. I was born in 1981 and was detained in Kashgar in 2017.",
    "My name is Aziz Karim. I was born in 1981, police in Kashgar arrested me in 2017.",
    "Amina Tursun, a teacher in Aksu born in 1975, was detained in 2018.",
])
def test_a_place_outside_the_clause_of_born_is_no_birthplace(text):
    assert set(_birthplaces(text, "en").values()) == {None}


def test_the_birthplace_proposal_carries_the_gazetteer_place(store):
    document_id = add_document(store, "My name is Aziz Karim. I was born in 1981 in Ghulja and drove a taxi there.\n")
    extract_document(store, document_id)
    with store.session() as session:
        row = session.query(PersonAttribute).filter_by(attribute="birthplace").one()
        assert row.value == "Ghulja" and row.review_state == "proposed"
        assert session.get(Place, row.place_id).gazetteer_id == "xj.ili.yining"
