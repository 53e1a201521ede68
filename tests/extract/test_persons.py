import pytest

from tests.extract.helpers import TESTIMONY, doc_of, person_named


def test_persons_full_name_then_part():
    doc = doc_of("Aygul Nurmamet was a nurse. Later Nurmamet was taken away by the police.")
    person = person_named(doc, "Aygul Nurmamet")
    assert "Nurmamet" in person.names
    assert len(person.mentions) == 2
    assert len([p for p in doc.persons if p.names]) == 1


def test_persons_spellings_of_one_name_are_one_person():
    doc = doc_of("Omarjan Tursun spoke first. Later Omarjon Tursun spoke again.")
    assert len([p for p in doc.persons if p.names]) == 1


def test_persons_organisations_and_furniture_are_not_persons():
    doc = doc_of("The Kazakh Foreign Ministry and Radio Free Asia replied.\nShow More\nBack to top button")
    assert [p.names for p in doc.persons] == []


def test_persons_narrator_named_in_heading_is_the_witness():
    doc = doc_of(TESTIMONY)
    narrator = person_named(doc, "Nurlan Tursunov")
    assert narrator.narrator and "witness" in narrator.roles
    assert narrator.attributes["birth_year"][0] == 1981
    assert narrator.attributes["ethnicity"][0] == "Kazakh"
    assert narrator.attributes["citizenship"][0] == ["Kazakhstan"]


def test_persons_relative_named_in_apposition():
    doc = doc_of(TESTIMONY)
    narrator = person_named(doc, "Nurlan Tursunov")
    brother = person_named(doc, "Daulet Tursunov")
    assert ("brother", brother.id) in {(r.relation, r.person) for r in narrator.relations}
    assert "relative" in brother.roles and brother.attributes["gender"][0] == "male"


def test_persons_unnamed_relative_is_one_person_per_owner_and_relation():
    doc = doc_of(TESTIMONY)
    mothers = [p for p in doc.persons if p.kin_of and p.kin_of[1] == "mother"]
    assert len(mothers) == 1 and mothers[0].attributes["gender"][0] == "female"


def test_persons_her_husband_belongs_to_the_woman_named_before():
    doc = doc_of("A Kazakh woman named Saule Amanova spoke. Her husband is still detained.")
    saule = person_named(doc, "Saule Amanova")
    assert [r.relation for r in saule.relations] == ["husband"]


def test_persons_official_with_surname():
    doc = doc_of(TESTIMONY)
    zhao = person_named(doc, "Zhao")
    assert "official" in zhao.roles and zhao.attributes["gender"][0] == "male"


def test_persons_quoted_speaker_owns_first_person():
    doc = doc_of("Gulnar Sadykova, a Kazakh who lives in Almaty, spoke to us. "
                 "She said: \u201cMy sister was detained in Ghulja.\u201d")
    gulnar = person_named(doc, "Gulnar Sadykova")
    assert [r.relation for r in gulnar.relations] == ["sister"]
    assert gulnar.attributes["ethnicity"][0] == "Kazakh"



@pytest.mark.parametrize("language, text, name", [
    ("en", "Notes of the interview\n\nMy name is Aigul. My husband, Bolat Serikov, was arrested in 2018.", "Aigul"),
    ("fr", "Témoignage\n\nJe m'appelle Aigul. Mon mari, Bolat Serikov, a été arrêté en 2018.", "Aigul"),
    ("ru", "Рассказ\n\nМеня зовут Айгуль. Мой муж, Болат Сериков, был арестован в 2018 году.", "Айгуль"),
])
def test_persons_self_introduced_narrator_with_a_given_name(language, text, name):
    # Issue 4: the narrator named by one given name is the witness, not the husband.
    doc = doc_of(text, language)
    narrator = person_named(doc, name)
    assert narrator.narrator and "witness" in narrator.roles
    husband = [p for p in doc.persons if p is not narrator and not p.narrator]
    assert husband and all("witness" not in p.roles for p in husband)
    assert any(r.relation == "husband" for r in narrator.relations)


def test_persons_russian_kin_word_without_possessive():
    doc = doc_of("Меня зовут Динара. Отец, Серик Ахметов, был арестован в 2018 году.", "ru")
    narrator = person_named(doc, "Динара")
    father = person_named(doc, "Серик Ахметов")
    assert any(r.person == father.id and r.relation == "father" for r in narrator.relations)
