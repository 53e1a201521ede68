"""Persons and victims on new writers' text (issue 11, 0.22.x round), by kind: a doer named through
a cue the rules did not know ("an investigator, whom he named as X", "an officer he knew as X", "a
man who calls himself X of the … police", « un instructeur qu'elle appelle X »); French « M. » before
a name, a title and not an initial; a kin noun and a name read as one person ("le nom de mon père.
X, né en …", "My husband … X"). Every text is our own, with invented names; each refusal has its
positive control in the same text."""

import pytest

from tests.extract.helpers import doc_of, person_named


def _victims(doc) -> set[str]:
    return {name for p in doc.persons if "victim" in p.roles for name in p.names}


# -- doers named through a cue (persons._TITLE_BEFORE, lexicon.OFFICIAL_TITLES) --------------------

@pytest.mark.parametrize(("text", "language", "doer", "victim"), [
    ("Alimjan Tursun was detained in 2018. An investigator, whom he named as Sun Wei, beat Alimjan Tursun "
     "during the night.", "en", "Sun Wei", "Alimjan Tursun"),
    ("Alimjan Tursun was held in a camp in 2018. An officer he knew as Guo Ming struck Alimjan Tursun "
     "with a baton.", "en", "Guo Ming", "Alimjan Tursun"),
    ("Gulbahar Imin was sent to a camp in 2018. A Han instructor she names as Liu Hong made Gulbahar Imin "
     "kneel on the floor.", "en", "Liu Hong", "Gulbahar Imin"),
    ("Since 2023 Gulbahar Imin has received calls from a man who calls himself Zhao Lei of the Hotan police. "
     "Her brother Ekrem Imin was detained in 2017.", "en", "Zhao Lei", "Ekrem Imin"),
    ("Gulbahar Imin a été internée dans un camp en 2018. Un instructeur qu'elle appelle Liu Hong "
     "a frappé Gulbahar Imin.", "fr", "Liu Hong", "Gulbahar Imin"),
    ("Гульбахар Имин задержали в 2018 году. Следователь, которого она называет Лю Хун, избил Гульбахар Имин.",
     "ru", "Лю Хун", "Гульбахар Имин"),
])
def test_a_doer_named_through_a_cue_is_an_official_and_no_victim(text, language, doer, victim):
    doc = doc_of(text, language)
    person = person_named(doc, doer)
    assert person is not None and "official" in person.roles and "victim" not in person.roles
    assert victim in _victims(doc)  # control: the person the act happens to stays the victim


def test_a_person_known_as_a_nickname_is_no_official():
    # "known as" after a name with no title before it is a nickname, not a doer's cue
    doc = doc_of("Alimjan Tursun, a teacher known as Ustaz Alim, was detained in Kashgar in 2018.")
    assert "Alimjan Tursun" in _victims(doc)
    assert not any("official" in p.roles for p in doc.persons)


# -- French « M. » is Monsieur, not an initial (persons.find_persons, persons._addressed_by_surname) --

_DELIBERATION = ("Considérant que M. Qeyyum Muhemmet a été arrêté le 3 mars 2018 par la police. Sa fille, "
                 "Mme Mehrigul Qeyyum, vit à Lyon. Le témoignage de A. Tursun le confirme. La rumeur d'un "
                 "transfert de M. Muhemmet n'a pu être vérifiée.")


def test_french_m_before_a_name_is_monsieur_and_the_name_is_whole():
    doc = doc_of(_DELIBERATION, "fr")
    father = person_named(doc, "Qeyyum Muhemmet")
    assert father is not None and "victim" in father.roles
    # "M. Muhemmet" later in the text is the same man, not a second person
    assert [p for p in doc.persons if any("Muhemmet" in n for n in p.names)] == [father]
    assert not any(n.startswith("M.") for p in doc.persons for n in p.names)


def test_french_initials_of_a_given_name_stay_a_name():
    # control in the same text: "A. Tursun" is an initial and a surname; the daughter is her own person
    doc = doc_of(_DELIBERATION, "fr")
    assert person_named(doc, "A. Tursun") is not None
    daughter = person_named(doc, "Mehrigul Qeyyum")
    assert daughter is not None and daughter is not person_named(doc, "Qeyyum Muhemmet")
