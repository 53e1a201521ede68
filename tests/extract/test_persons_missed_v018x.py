"""Persons and victims the extractor 0.18.0 missed, by kind (issue 11; `bench/persons_losses.py`
counts the kinds on the tuning splits): names in capitals or in lower case, names joined by a
shared family name, "according to his wife, X …", a kin word in apposition after a given name, a
letter's sender line, acts told by a bare participle in a list or table (kept by the person model),
a group of names that opens an act's sentence, plural kin told as taken, dotted Han names joined by
words, and Kazakh and Uyghur names the lexicon did not know. Every text is our own, with invented
names; each refusal has its positive control in the same test."""

import pytest

from tests.extract.helpers import doc_of, person_named


def _names(doc) -> list[list[str]]:
    return [p.names for p in doc.persons]


def _victims(doc) -> set[str]:
    return {name for p in doc.persons if "victim" in p.roles for name in p.names}


# -- names in capitals (persons.py `_upper_case_names`) ----------------------------------------

@pytest.mark.parametrize(("text", "language", "name"), [
    ("MEMET EMIN, a farmer from Yarkand, was taken to a camp in 2017.", "en", "Memet Emin"),
    ("Case 14: GULBAHAR JAMILOVA. Detained in May 2017 in Urumqi.", "en", "Gulbahar Jamilova"),
    ("PERHAT QURBANJAN, écrivain, est détenu depuis 2018.", "fr", "Perhat Qurbanjan"),
    ("АЙГЕРИМ ТОКТАРОВА, 45 лет, задержана в Урумчи.", "ru", "Айгерим Токтарова"),
])
def test_a_name_in_capitals_opening_with_a_given_name_in_a_mixed_case_line(text, language, name):
    doc = doc_of(text, language)
    assert name in _victims(doc)


def test_a_line_all_in_capitals_names_no_one_by_a_given_name_alone():
    # a shouted headline is no sentence about a person; the same name in a mixed-case line is one
    assert _names(doc_of("MEMET EMIN DETAINED\n\nThe farmer was taken in 2017.")) == []
    assert _names(doc_of("MEMET EMIN was detained in 2017.")) == [["Memet Emin"]]


def test_capitals_that_open_with_no_given_name_are_no_name():
    doc = doc_of("The UNITED NATIONS said so; MEMET EMIN was detained in 2017.")
    assert _names(doc) == [["Memet Emin"]]


@pytest.mark.parametrize(("text", "language"), [
    ("He worked as a cook at the GULNAR CAFE in Urumqi until 2016. ABLET TURSUN was his boss.", "en"),
    ("Il travaillait pour la société NURLAN TRANS à Almaty avec ABLET TURSUN.", "fr"),
])
def test_a_given_name_in_capitals_before_a_common_word_is_a_business(text, language):
    # the control: the name in capitals beside it (two given names) is a person
    assert _names(doc_of(text, language)) == [["Ablet Tursun"]]


# -- a family name the model gives a person makes its "place" a person (persons.py) -----------

def test_a_name_the_model_reads_as_a_place_beside_the_same_family_name():
    doc = doc_of("Adil Yasin, Qeyser Yasin and Miradil Yasin were all detained in 2018.")
    assert {"Adil Yasin", "Qeyser Yasin", "Miradil Yasin"} <= _victims(doc)
    # the control: a real place stays a place when no person shares its last word
    doc = doc_of("Qeyser Yasin was detained in Kashgar in 2018.")
    assert _names(doc) == [["Qeyser Yasin"]]


# -- "According to his wife, X was arrested" (subjects.py `is_source`, persons.py `_kinship`) ----

@pytest.mark.parametrize(("text", "language", "name"), [
    ("According to his wife, Kerim Mutellip was arrested in 2018.", "en", "Kerim Mutellip"),
    ("Selon sa fille, Nurmemet Abla a été arrêté en 2018.", "fr", "Nurmemet Abla"),
])
def test_a_name_after_according_to_a_relative_opens_the_clause(text, language, name):
    doc = doc_of(text, language)
    person = person_named(doc, name)
    assert "victim" in person.roles
    assert "relative" not in person.roles  # not the wife nor the daughter who tells it


def test_a_relative_named_in_a_closed_apposition_is_still_the_source():
    doc = doc_of("According to his wife, Gulnar Abdukerim, he was arrested in 2018.")
    assert "victim" not in person_named(doc, "Gulnar Abdukerim").roles
    doc = doc_of("According to his wife, Gulnar Abdukerim, Kerim Mutellip was arrested in 2018.")
    assert "victim" not in person_named(doc, "Gulnar Abdukerim").roles
    assert "victim" in person_named(doc, "Kerim Mutellip").roles


# -- a kin word in apposition after a given name (persons.py `_KIN_NAMED`) --------------------

def test_a_given_name_with_a_kin_apposition_after_it():
    doc = doc_of("My name is Sanubar Tohti. Ilham, my cousin, spent eleven months in a camp in Karamay.")
    cousin = person_named(doc, "Ilham")
    assert "victim" in cousin.roles
    narrator = person_named(doc, "Sanubar Tohti")
    assert [r.person for r in narrator.relations] == [cousin.id]
    # the control: a given name with no kin word after it is not made a person
    assert "Ilham" not in {n for p in doc_of("Ilham, we were told, is a common name.").persons for n in p.names}


def test_the_owner_of_a_kin_phrase_joined_by_and():
    doc = doc_of("Qelbinur and her daughter Dildar were held in the same camp in Ghulja.")
    mother, daughter = person_named(doc, "Qelbinur"), person_named(doc, "Dildar")
    assert [(r.relation, r.person) for r in mother.relations] == [("daughter", daughter.id)]


# -- a letter's sender line (persons.py `_headline_lines`) ------------------------------------

def test_a_line_that_ends_with_a_comma_is_no_headline():
    letter = ("Уполномоченному по правам человека\nот Касымовой Айнур Ерлановны,\nпроживающей в г. Алматы\n\n"
              "ЗАЯВЛЕНИЕ\n\nМой муж был задержан в 2018 году.")
    assert any("Айнур" in name for names in _names(doc_of(letter, "ru")) for name in names)
    # the control: the same words as a headline (no comma) name no one
    headline = "Касымовой Айнур Ерлановны Отказали Снова\n\nМуж заявительницы был задержан в 2018 году."
    assert not any("Айнур" in name for names in _names(doc_of(headline, "ru")) for name in names)


# -- an act told by a bare participle in a list or a table (roles.py `_listed_victims`) -----

@pytest.mark.parametrize(("text", "language", "names"), [
    ("Relatives still held:\n- Qurban Hoshur, brother, detained 2017\n- Patime Hoshur, sister, detained 2018\n", "en",
     {"Qurban Hoshur", "Patime Hoshur"}),
    ("Name | Relation | Status\nAbdurahim Ghopur | father | detained in 2017\nMerhaba Ghopur | mother | sentenced "
     "to 10 years\n", "en", {"Abdurahim Ghopur", "Merhaba Ghopur"}),
    ("Detained family members:\n1. Ablimit Rozi (brother) - taken in 2017\n2. Nurgul Rozi (sister-in-law) - "
     "sentenced to 7 years\n", "en", {"Ablimit Rozi", "Nurgul Rozi"}),
    ("Personnes détenues :\n- Eli Qurban, frère, arrêté en 2017\n- Zeynep Qurban, sœur, condamnée à 8 ans\n", "fr",
     {"Eli Qurban", "Zeynep Qurban"}),
])
def test_a_custody_participle_after_a_name_in_a_list_or_table(text, language, names):
    assert names <= _victims(doc_of(text, language))


def test_a_negated_or_hedged_participle_or_a_finite_verb_makes_no_victim():
    text = ("Family:\n- Qurban Hoshur, brother, never detained\n- Patime Hoshur, sister, detained 2018\n"
            "- Ekrem Hoshur, cousin, reportedly detained 2019\n")
    victims = _victims(doc_of(text))
    assert "Patime Hoshur" in victims  # the control
    assert "Qurban Hoshur" not in victims and "Ekrem Hoshur" not in victims
    doc = doc_of("Sa mère, Roza Tohti, 63 ans, n'a jamais été détenue. Son père, Ilyar Tohti, a été arrêté en 2018.", "fr")
    assert "Roza Tohti" not in _victims(doc) and "Ilyar Tohti" in _victims(doc)


# -- a group of names that opens an act's sentence (roles.py `_coordinated_victims`) --------

@pytest.mark.parametrize(("text", "language", "names"), [
    ("Ses parents, Abdurahman Tursun et Gulnisa Tursun, ont disparu en 2017.", "fr",
     {"Abdurahman Tursun", "Gulnisa Tursun"}),
    ("Его родители, Абдурахман Турсун и Гульниса Турсун, были арестованы в 2017 году.", "ru",
     {"Абдурахман Турсун", "Гульниса Турсун"}),
    ("My parents, Ablet Tursun and Gulnisa Imin, were arrested in 2017.", "en", {"Ablet Tursun", "Gulnisa Imin"}),
])
def test_every_name_of_a_group_that_opens_the_sentence_of_an_act(text, language, names):
    assert names <= _victims(doc_of(text, language))


def test_a_group_whose_member_is_named_again_at_the_act_shares_nothing():
    doc = doc_of("Ablet Tursun and Gulnisa Imin went to the market, where Ablet Tursun was arrested.")
    assert "Ablet Tursun" in _victims(doc) and "Gulnisa Imin" not in _victims(doc)


# -- dotted Han names joined by words (han.py `_TRANSCRIPTION`) -------------------------------

def test_two_dotted_han_names_joined_by_words_are_two_names():
    doc = doc_of("吐尔洪·依明和他的妻子热依拉·阿不都都被关押了。", "zh")
    names = [name for names in _names(doc) for name in names]
    assert "吐尔洪·依明" in names and any(name.startswith("热依拉·阿不都") for name in names)
    assert len(doc.persons) == 2
    # the control: one dotted name with three parts stays one
    assert _names(doc_of("我父亲阿不都·热合曼·托合提2018年被带走。", "zh")) == [["阿不都·热合曼·托合提"]]


# -- Kazakh names the lexicon did not know (turkic.py, names/data/given-names.txt) ------------

def test_an_unknown_kazakh_given_name_before_a_patronymic():
    doc = doc_of("Ағам Айбат Жолдасбекұлы туралы 2017 жылдан бері хабар жоқ.", "kk")
    assert any(name.startswith("Айбат Жолдасбекұл") for names in _names(doc) for name in names)
    # the control: a capitalised place before an ordinary word is no name
    assert _names(doc_of("Ағам Ақтөбе қаласында тұрады.", "kk")) == []


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Ағам Нұрбол Серікбайұлы 2018 жылы ұсталды.", "kk", "Нұрбол"),
    ("ئاكام ئىسكەندەر ئابلىمىت 2018-يىلى تۇتۇلدى.", "ug", "ئىسكەندەر"),
])
def test_common_given_names_the_lexicon_now_holds(text, language, name):
    assert any(name in n for names in _names(doc_of(text, language)) for n in names)


def test_a_uyghur_word_is_not_read_as_a_kazakh_given_name():
    # «Жанна» would have matched يەنە ("again"): it is not in the lexicon
    doc = doc_of("ئۇ يەنە بىر قېتىم كەلدى. ئاكام ئىسكەندەر ئابلىمىت تۇتۇلدى.", "ug")
    assert [name for names in _names(doc) for name in names] == ["ئىسكەندەر ئابلىمىت"]


# -- a name in lower case after a kin phrase (persons.py `_lower_case_kin_names`) --------------

def test_a_lower_case_name_of_given_names_after_a_kin_phrase():
    doc = doc_of("My name is Aygul Tohti. my dad abdurehim tursun was arrested in 2018 and we know nothing")
    father = person_named(doc, "Abdurehim Tursun")
    assert "victim" in father.roles
    assert [r.person for r in person_named(doc, "Aygul Tohti").relations] == [father.id]
    assert len(doc.persons) == 2  # no unnamed "dad" beside the named one
    # the control: lower-case words that are no given names are no name
    doc = doc_of("My name is Aygul Tohti. my dad went home early and we know nothing")
    assert [p.names for p in doc.persons if p.names] == [["Aygul Tohti"]]


def test_a_name_in_capitals_after_a_kin_phrase_is_that_relative():
    doc = doc_of("My name is Aygul Tohti. My father MEMET EMIN was detained in 2017.")
    father = person_named(doc, "Memet Emin")
    assert [r.relation for r in person_named(doc, "Aygul Tohti").relations] == ["father"]
    assert person_named(doc, "Aygul Tohti").relations[0].person == father.id and len(doc.persons) == 2


# -- the person model keeps a victim the rules are sure of (roles_model.apply) -----------------

_APPEAL = """Appeal for information, posted 3 March 2021

My name is Reyhangul Obul and I live in Almaty. I am writing about my family in Aksu, from whom I have heard nothing for three years.

My father, Obulqasim Hoshur, a retired teacher, was arrested in April 2018. Later a cousin told me that he had been sentenced to fourteen years.

My brothers, Ilyar Obul and Nasir Obul, were taken to a camp in Onsu in the summer of 2018. Nobody has seen them since.

Relatives we cannot reach:
- Tursunay Obul, sister, detained 2019
- Miradil Kerim, brother-in-law, missing since 2018
- Gulbahar Obul, niece, studying in Shanghai

Please share this post.
"""


def test_a_listed_victim_keeps_the_role_in_a_text_the_person_model_reads():
    doc = doc_of(_APPEAL)
    assert len(_APPEAL) >= 500  # long enough for the person model (roles_model.MIN_CHARS)
    victims = _victims(doc)
    assert {"Tursunay Obul", "Miradil Kerim", "Obulqasim Hoshur"} <= victims
    assert "Gulbahar Obul" not in victims and "Reyhangul Obul" not in victims  # the controls


def test_a_letters_sender_line_names_its_narrator():
    letter = ("Обращение в Комиссию по правам человека\n\nот Нурбековой Сауле Маратовны,\nпроживающей в г. "
              "Талдыкорган,\n\nПрошу помочь найти моих родственников. Мой муж, Ерлан Касымов, был задержан в "
              "Кульдже в марте 2018 года. С тех пор о нём ничего не известно.\n")
    doc = doc_of(letter, "ru")
    sender = next(p for p in doc.persons if any("Сауле" in name for name in p.names))
    husband = person_named(doc, "Ерлан Касымов")
    assert sender.narrator and [(r.relation, r.person) for r in sender.relations] == [("husband", husband.id)]
    assert "victim" in husband.roles and "victim" not in sender.roles
    # the control: a sender line with no first person in the letter makes no narrator
    doc = doc_of("от Нурбековой Сауле Маратовны,\n\nЕрлан Касымов был задержан в 2018 году.\n", "ru")
    assert not any(p.narrator for p in doc.persons)


# -- plural kin as the ones an act happened to (persons.py `_KIN_PLURAL`) ----------------------

@pytest.mark.parametrize(("text", "language", "relation"), [
    ("My name is Aygul Tohti. My parents were taken to a camp in 2018.", "en", "parents"),
    ("My name is Aygul Tohti. Both my brothers were arrested in 2017.", "en", "brothers"),
    ("Je m'appelle Aygul Tohti. Mes parents ont été arrêtés en 2018.", "fr", "parents"),
    ("Меня зовут Айгуль Тохти. Моих родителей арестовали в 2018 году.", "ru", "parents"),
])
def test_plural_kin_taken_are_one_relative_and_the_victims(text, language, relation):
    doc = doc_of(text, language)
    narrator = next(p for p in doc.persons if p.narrator)
    assert "victim" not in narrator.roles  # the act is theirs, not the narrator's
    group = next(p for p in doc.persons if p.kin_of == (narrator.id, relation))
    assert "victim" in group.roles


def test_plural_kin_only_mentioned_are_no_person():
    doc = doc_of("My name is Aygul Tohti. I visited my parents in 2017 and I was detained.")
    assert [p.kin_of for p in doc.persons] == [None]  # the control: the narrator, detained
    assert "victim" in doc.persons[0].roles
