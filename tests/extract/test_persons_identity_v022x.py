"""Persons and victims on new writers' text (issue 11, 0.22.x round), by kind: a doer named through
a cue the rules did not know ("a second investigator, whom he names as X", "an officer he knew as X",
"a caller who calls himself X of the county police", « un instructeur qu'elle appelle X »); French « M. » before
a name, a title and not an initial; a kin noun and a name read as one person ("le nom de mon père.
X, né en …", "My husband … X"). Every text is our own, with invented names; each refusal has its
positive control in the same text."""

import pytest

from tests.extract.helpers import doc_of, person_named


def _victims(doc) -> set[str]:
    return {name for p in doc.persons if "victim" in p.roles for name in p.names}


# -- doers named through a cue (persons._TITLE_BEFORE, lexicon.OFFICIAL_TITLES) --------------------

@pytest.mark.parametrize(("text", "language", "doer", "victim"), [
    ("Alimjan Tursun was detained in 2018. A second investigator, whom he names as Sun Wei, beat Alimjan Tursun "
     "during the night.", "en", "Sun Wei", "Alimjan Tursun"),
    ("Alimjan Tursun was held in a camp in 2018. An officer he knew as Guo Ming struck Alimjan Tursun "
     "with a baton.", "en", "Guo Ming", "Alimjan Tursun"),
    ("Gulbahar Imin was sent to a camp in 2018. An instructor from Gansu she names as Liu Hong made Gulbahar Imin "
     "kneel on the floor.", "en", "Liu Hong", "Gulbahar Imin"),
    ("Since 2023 Gulbahar Imin has received calls from a caller who calls himself Zhao Lei of the county police. "
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

_DELIBERATION = ("Considérant que M. Tursun Ablimit a été arrêté le 12 avril 2018 par la police. Sa fille, "
                 "Mme Gulnar Tursun, vit à Lyon. Le témoignage de A. Niyaz le confirme. Personne ne sait où "
                 "se trouve M. Ablimit aujourd'hui.")


def test_french_m_before_a_name_is_monsieur_and_the_name_is_whole():
    doc = doc_of(_DELIBERATION, "fr")
    father = person_named(doc, "Tursun Ablimit")
    assert father is not None and "victim" in father.roles
    # "M. Ablimit" later in the text is the same man, not a second person
    assert [p for p in doc.persons if any("Ablimit" in n for n in p.names)] == [father]
    assert not any(n.startswith("M.") for p in doc.persons for n in p.names)


def test_a_kin_phrase_before_monsieur_and_a_name_names_that_man():
    # « son mari, M. X »: the husband is the man named, not a second, unnamed husband
    doc = doc_of("Gulbahar Nasir a été arrêtée le 4 juin 2019, dix jours après que son mari, M. Yusup Qadir, "
                 "a parlé à des journalistes. Son frère, Ekrem Nasir, vit à Lyon.", "fr")
    husband = person_named(doc, "Yusup Qadir")
    assert husband is not None
    assert not [p for p in doc.persons if p.kin_of and p.kin_of[1] == "husband"]
    wife = person_named(doc, "Gulbahar Nasir")
    assert ("husband", husband.id) in {(r.relation, r.person) for r in wife.relations}
    # control: the brother named without a title is her brother as before
    assert ("brother", person_named(doc, "Ekrem Nasir").id) in {(r.relation, r.person) for r in wife.relations}


def test_french_initials_of_a_given_name_stay_a_name():
    # control in the same text: "A. Niyaz" is an initial and a surname; the daughter is her own person
    doc = doc_of(_DELIBERATION, "fr")
    assert person_named(doc, "A. Niyaz") is not None
    daughter = person_named(doc, "Gulnar Tursun")
    assert daughter is not None and daughter is not person_named(doc, "Tursun Ablimit")


# -- a kin noun and the name that follows "the name of my father." (persons._NAME_OF_KIN) ----------

_NAME_OF_FATHER = {
    "en": ("LETTERS\n\nI read your story with tears. I want to add the name of my father.\n\nTursun Ablimit, born in "
           "1950, was a baker in Kucha. In 2017 three policemen took him away without a warrant.\n\nMy uncle came "
           "home in 2019. Kamil Tursun, a neighbour, was arrested in 2018.", "Tursun Ablimit", "Kamil Tursun"),
    "fr": ("COURRIER DES LECTEURS\n\nJ'ai lu votre article avec émotion. Je veux écrire ici le nom de mon père.\n\n"
           "Tursun Ablimit, né en 1950, était boulanger à Kucha. En 2017, trois policiers l'ont emmené sans mandat."
           "\n\nMon oncle est rentré en 2019. Kamil Tursun, un voisin, a été arrêté en 2018.",
           "Tursun Ablimit", "Kamil Tursun"),
    "ru": ("ПИСЬМО В РЕДАКЦИЮ\n\nЯ прочитала вашу статью. Я хочу назвать имя моего отца.\n\nТурсун Аблимит, 1950 "
           "года рождения, был пекарем в Куче. В 2017 году полицейские задержали его без ордера.\n\nМой дядя вернулся "
           "домой в 2019 году. Камиля Турсуна, соседа, арестовали в 2018 году.", "Турсун Аблимит", "Камиль Турсун"),
}


@pytest.mark.parametrize("language", sorted(_NAME_OF_FATHER))
def test_the_name_after_the_name_of_my_father_is_the_father_not_the_narrator(language):
    text, father_name, _neighbour = _NAME_OF_FATHER[language]
    doc = doc_of(text, language)
    father = person_named(doc, father_name)
    assert father is not None and not father.narrator and "victim" in father.roles
    narrator = next(p for p in doc.persons if p.narrator)
    assert ("father", father.id) in {(r.relation, r.person) for r in narrator.relations}
    # the kin noun is no second person
    assert not [p for p in doc.persons if p.kin_of and p.kin_of[1] == "father"]


@pytest.mark.parametrize("language", sorted(_NAME_OF_FATHER))
def test_a_name_after_a_kin_noun_without_the_cue_stays_another_person(language):
    # control in the same text: "My uncle came home. Kamil Tursun, a neighbour, …" is not the uncle
    text, _father, neighbour_name = _NAME_OF_FATHER[language]
    doc = doc_of(text, language)
    neighbour = person_named(doc, neighbour_name)
    assert neighbour is not None and "victim" in neighbour.roles
    narrator = next(p for p in doc.persons if p.narrator)
    assert neighbour.id not in {r.person for r in narrator.relations}


# -- a kin phrase in apposition after a name and its birth year (persons._apposed_before) ----------

@pytest.mark.parametrize(("text", "language", "name", "relation"), [
    ("Abdulvahit Rozi, born 1971, my uncle, was arrested in June 2017. My cousin died in 2019.", "en",
     "Abdulvahit Rozi", "uncle"),
    ("Mahinur Rozi (1965?), my aunt, was taken to a camp in 2018. My cousin died in 2019.", "en",
     "Mahinur Rozi", "aunt"),
    ("Abdulvahit Rozi, né en 1971, mon oncle, a été arrêté en juin 2017. Mon cousin est mort en 2019.", "fr",
     "Abdulvahit Rozi", "uncle"),
])
def test_a_kin_phrase_after_a_name_and_its_birth_year_is_that_person(text, language, name, relation):
    doc = doc_of(text, language)
    person = person_named(doc, name)
    assert person is not None and "victim" in person.roles and not person.narrator
    # the kin noun is no second person; the cousin named by no name stays an unnamed relative (control)
    assert not [p for p in doc.persons if p.kin_of and p.kin_of[1] == relation]
    assert [p for p in doc.persons if p.kin_of and p.kin_of[1] == "cousin"]
    narrator = next(p for p in doc.persons if p.narrator)
    assert (relation, person.id) in {(r.relation, r.person) for r in narrator.relations}


# -- "Their daughter, X" after a couple; a name given as a relative is no narrator ----------------

_COUPLE = {
    "en": ("My sister, Zulpiye Nasir, was detained in November 2017. Her husband, Yasin Qadir, was at work. Their "
           "daughter, Aygul Yasin, then three, went to a state boarding school and had not seen her mother for "
           "a year and a half.", "Zulpiye Nasir", "Yasin Qadir", "Aygul Yasin"),
    "fr": ("Ma sœur, Zulpiye Nasir, a été arrêtée en novembre 2017. Son mari, Yasin Qadir, était au travail. Leur "
           "fille, Aygul Yasin, qui avait trois ans, a été placée dans un internat et n'a pas revu sa mère pendant "
           "un an et demi.", "Zulpiye Nasir", "Yasin Qadir", "Aygul Yasin"),
}


@pytest.mark.parametrize("language", sorted(_COUPLE))
def test_their_daughter_is_the_couples_child_and_her_mother_is_no_second_person(language):
    text, mother_name, father_name, child_name = _COUPLE[language]
    doc = doc_of(text, language)
    mother, father, child = (person_named(doc, n) for n in (mother_name, father_name, child_name))
    assert {(r.relation, r.person) for r in child.relations} >= {("mother", mother.id)}
    assert not [p for p in doc.persons if p.kin_of and p.kin_of[1] == "mother"]
    # a name given as someone's relative is not the narrator; the narrator stays unnamed
    assert not father.narrator and not mother.narrator
    assert [p.names for p in doc.persons if p.narrator] == [[]]


def test_their_son_with_no_couple_before_is_nobodys_son():
    # control: "their" with no couple named before it gives no parent
    doc = doc_of("Ekrem Sidiq was detained in 2017. Their son, Dilmurat Ekrem, studies in Almaty. "
                 "His mother was questioned in 2018.")
    son = person_named(doc, "Dilmurat Ekrem")
    assert not [r for r in son.relations if r.relation in ("father", "mother") and doc.person(r.person).names]
    assert not [p for p in doc.persons if any(r.person == son.id and r.relation == "son" for r in p.relations)]


# -- "X, daughter of Y": the name in apposition before the kin phrase (persons._kinship, _KIN_OF) -----

def test_a_name_before_daughter_of_is_that_daughter():
    doc = doc_of("Mahire Tohti, daughter of Gulnar and Ablet, was born in 1990. The son of Gulnar was detained in 2018.")
    mahire, gulnar = person_named(doc, "Mahire Tohti"), person_named(doc, "Gulnar")
    assert ("daughter", mahire.id) in {(r.relation, r.person) for r in gulnar.relations}
    assert not [p for p in doc.persons if p.kin_of and p.kin_of[1] == "daughter"]
    # control in the same text: "The son of Gulnar" with no name before it stays her unnamed son
    # (told an act: one named only in passing is no person, persons.drop_passing_kin)
    assert [p for p in doc.persons if p.kin_of == (gulnar.id, "son")]


def test_a_given_name_with_its_years_before_his_wife_is_that_wife():
    doc = doc_of("FAMILY NOTE\n\nTohti Sopi (1931-1999), my grandfather, was a farmer in Lukchun.\n"
                 "Anise (1940-2021), his wife; she died at home in the winter of 2021.\n"
                 "Generation II: Kerim Tohti, my father, was arrested in 2017.")
    anise, tohti = person_named(doc, "Anise"), person_named(doc, "Tohti Sopi")
    assert ("wife", anise.id) in {(r.relation, r.person) for r in tohti.relations}
    assert not anise.narrator and not [p for p in doc.persons if p.kin_of and p.kin_of[1] == "wife"]
    # control: the narrator stays unnamed, and "Kerim Tohti, my father" is the narrator's father
    narrator = next(p for p in doc.persons if p.narrator)
    assert narrator.names == []
    assert ("father", person_named(doc, "Kerim Tohti").id) in {(r.relation, r.person) for r in narrator.relations}
