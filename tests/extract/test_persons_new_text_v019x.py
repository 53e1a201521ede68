"""Persons and victims on text nobody tuned on (issue 11, 0.19.x round), by kind: a name the small
language model takes for a place, a Russian or French preposition read into a name, a kin word used
as a title ("Uncle Memet") or as a name ("Papa", "Dad", «Маму»), the titles of doers who are no
victims ("the workshop leader, a Mr X", "an officer she names as X", « un fonctionnaire »), an
organisation named by a desk, French « son arrestation » told before a name, and "No court has ever
…". Every text is our own, with invented names; each refusal has its positive control."""

import pytest

from tests.extract.helpers import codes_of, doc_of, person_named


def _names(doc) -> list[list[str]]:
    return [p.names for p in doc.persons]


def _victims(doc) -> set[str]:
    return {name for p in doc.persons if "victim" in p.roles for name in p.names}


# -- a place of the model made of given names (persons.py `_reads_as_name`) ----------------------

def test_a_name_the_small_french_model_calls_a_place_is_a_person():
    # the small French model reads both names below as places (LOC)
    doc = doc_of("Gulpiye Tursun est enseignante. Elle a été envoyée dans un camp en 2018.", "fr")
    assert ["Gulpiye Tursun"] in _names(doc)
    doc = doc_of("Le bureau local de la Sécurité publique a arrêté Tahir Nasir en 2017.", "fr")
    assert "Tahir Nasir" in _victims(doc)


def test_a_place_the_model_names_stays_a_place_when_no_word_is_a_given_name():
    # control: a real place, and a place word after a name, are no person
    doc = doc_of("Elle habite à Créteil avec ses enfants depuis 2021. Gulpiye Tursun est enseignante.", "fr")
    assert _names(doc) == [["Gulpiye Tursun"]]
    doc = doc_of("He was held in Yengi Bazar township in 2018.")
    assert _names(doc) == []


# -- prepositions and kin words (lexicon.NOT_NAME, persons._KIN_NAMED) ---------------------------

def test_a_russian_preposition_that_opens_the_sentence_is_no_part_of_the_name():
    doc = doc_of("Об Ержане Тулегенове ничего не известно с 2018 года.", "ru")
    assert not any(name.startswith("Об") for names in _names(doc) for name in names)
    assert any(name.startswith("Ержан") for names in _names(doc) for name in names)


def test_a_capitalised_kin_word_before_a_given_name_is_a_cue():
    assert "Asiye" in _victims(doc_of("Grandmother Asiye was taken to the camp in Yining in 2018."))
    # control: the kin word alone names no one
    assert [n for n in _names(doc_of("Grandmother was taken to the camp in Yining in 2018.")) if n] == []


# -- a parent word used as a name (persons._parent_words) -----------------------------------------

_DIARY = ("Journal d'Aygul Hesen\n\nMardi 6 mars 2018\nPapa a été emmené mardi matin par trois policiers. "
          "Je n'ai pas dormi.\n\nJeudi 8 mars\nPapa s'appelle Ablimit Hesen, il est cordonnier. "
          "Nous ne savons pas où on l'a mis.")


def test_papa_in_a_diary_is_the_narrators_father_and_is_named_later():
    doc = doc_of(_DIARY, "fr")
    father = person_named(doc, "Ablimit Hesen")
    assert father is not None and "victim" in father.roles
    assert doc.text.index("Papa") in [s for s, _e in father.mentions]


@pytest.mark.parametrize(("text", "language", "relation"), [
    ("My name is Zeynure. Dad was detained in Aksu in 2017 and nobody has seen him since.", "en", "father"),
    ("Меня зовут Айгерим. Маму задержали в Кульдже в 2018 году.", "ru", "mother"),
])
def test_a_parent_word_without_a_possessive_is_the_narrators_parent(text, language, relation):
    doc = doc_of(text, language)
    narrator = next(p for p in doc.persons if p.narrator)
    parent = next(doc.person(r.person) for r in narrator.relations if r.relation == relation)
    assert "victim" in parent.roles and "victim" not in narrator.roles


def test_a_parent_word_as_a_chat_label_or_after_an_article_is_no_mention():
    # control: "Mom:" opens a chat turn; "the papa" is not the narrator's
    doc = doc_of("My name is Zeynure.\nMom: Study well and do not call.\nThe papa of my friend came.")
    assert not any(p.kin_of for p in doc.persons)


# -- doers' titles (lexicon.OFFICIAL_TITLES, persons._TITLE_BEFORE) -----------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("At the factory the workshop leader, a Mr Wang Lei, decided when she could go home.", "Wang Lei"),
    ("In the cell a guard she names as Li Ming hit her with a stick until she fainted.", "Li Ming"),
    ("The Chief Executive, Tor Hansen, answered that the supplier had been audited.", "Tor Hansen"),
])
def test_a_doer_titled_before_the_name_is_an_official_and_no_victim(text, name):
    person = person_named(doc_of(text), name)
    assert person is not None and "official" in person.roles and "victim" not in person.roles


def test_a_french_functionary_is_an_official():
    doc = doc_of("Chaque mois un fonctionnaire, un certain Zhang Wei, venait dormir chez elle.", "fr")
    assert "official" in person_named(doc, "Zhang Wei").roles


def test_a_title_that_is_no_doer_leaves_the_victim():
    # control: a teacher detained is a victim
    doc = doc_of("Ablikim Sidiq, a teacher, was detained in Turpan in 2017.")
    assert "Ablikim Sidiq" in _victims(doc)


def test_a_help_desk_is_no_person():
    doc = doc_of("Referred by: Tulpar Family Help Desk\nPatient: Erkin Sadiq, born 1961.")
    assert ["Erkin Sadiq"] in _names(doc)
    assert not any("Desk" in name for names in _names(doc) for name in names)


# -- French « son arrestation » looks back (subjects._OWNER_BEFORE) -----------------------------

def test_son_arrestation_is_the_act_of_the_person_named_before():
    doc = doc_of("Aysha Memet, 61 ans, a été interpellée chez elle le 4 mai 2022. Son arrestation est "
                 "intervenue une semaine après que son fils, Dilmurat Memet, a parlé à la presse à Paris.", "fr")
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Aysha Memet"))
    assert "detention.arbitrary_arrest" not in codes_of(person_named(doc, "Dilmurat Memet"))


# -- "No court has ever …" (lexicon.negated) ---------------------------------------------------------

def test_no_with_ever_denies_the_act():
    from guwah.extract.lexicon import negated

    assert negated("No court has ever")
    assert negated("no one ever")
    # control: "no" before its own object does not deny the act that follows
    assert not negated("Without any papers and no warning, they")


# -- children named after "ses deux enfants," (persons._joined_given_names, _named_after) ----------

def test_children_named_in_apposition_after_a_counted_kin_group_are_relatives():
    doc = doc_of("Je m'appelle Gulnar Sidiq. Ma sœur, Meryem Ablet, élève seule à Lyon ses deux enfants, "
                 "Nurgul et Yusup Qadir, âgés de six et quatre ans.", "fr")
    nurgul, yusup = person_named(doc, "Nurgul"), person_named(doc, "Yusup Qadir")
    assert nurgul is not None and yusup is not None and nurgul.id != yusup.id
    mother = person_named(doc, "Meryem Ablet")
    assert {r.person for r in mother.relations} >= {nurgul.id, yusup.id}
    assert not any(p.kin_of and p.kin_of[1] == "children" for p in doc.persons)


def test_a_word_joined_to_a_full_name_is_no_person_unless_a_given_name():
    # control: "Tursun and …" is a given name; "Urumqi and …" is no person
    doc = doc_of("Je m'appelle Gulnar Sidiq. Entre Urumqi et Yusup Qadir il n'y a plus de lettres.", "fr")
    assert not any("Urumqi" in name for names in _names(doc) for name in names)


# -- a form's name field in Kazakh (turkic._NAME_FIELD) -------------------------------------------

def test_a_kazakh_name_field_is_one_name_as_written_and_not_the_fathers():
    doc = doc_of("Аты-жөні: Дәулетқызы Жібек\nТуған күні: 1990 жылғы 5 мамыр\n\n"
                 "Әкем Дәулет Жанболатұлы 2018 жылы ұсталды.", "kk")
    assert ["Дәулетқызы Жібек"] in [p.names for p in doc.persons]
    assert all(len(p.names) == 1 for p in doc.persons)


def test_a_field_that_is_no_name_field_makes_no_name():
    # control: the birthplace field names a place, not a person
    doc = doc_of("Туған жері: Алтай аймағы\nАзаматтығы: Қазақстан Республикасы", "kk")
    assert [p.names for p in doc.persons] == []
