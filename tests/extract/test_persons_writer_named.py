"""The writer of a first-person text named in its frame (issue 11, "persons are people"): a credit in
the first lines ("a memoir by X", "Posted by X on …", "By X"), a signature alone on one of the last
lines (a letter with no valediction), a Russian sender's full name with its patronymic. The named
writer is the narrator who says "I"; no second, unnamed narrator is made beside them. A report's
byline, over a text that does not say "I", still names no person. Invented people, our own words;
each refusal has its positive control in the same text."""

import pytest

from tests.extract.helpers import doc_of, person_named


def _unnamed(doc) -> list:
    return [p for p in doc.persons if not p.names]


def _narrator(doc):
    narrators = [p for p in doc.persons if p.narrator]
    assert len(narrators) == 1, [(p.names, p.narrator) for p in doc.persons]
    return narrators[0]


MEMOIR = """From "Night Roads Home", a memoir by Tohtijan Qasim
Chapter 3: The Yard

They came for me in May 2018, late in the evening, at our flat in Aksu. I was taken to the county police station and beaten with a rubber hose until I signed a paper I could not read. My wife Nurgul stayed behind with our two daughters. I did not see them again for three years, and when I came home my youngest no longer knew my face. I still do not know what I was accused of.
"""


def test_a_memoir_credit_names_the_narrator_and_no_unnamed_narrator_is_made():
    doc = doc_of(MEMOIR)
    writer = person_named(doc, "Tohtijan Qasim")
    assert _narrator(doc) is writer
    assert "victim" in writer.roles
    assert _unnamed(doc) == []  # "my wife Nurgul": the named writer's wife, not an unnamed narrator's
    # control: the wife the text names is a person, the writer's relative
    wife = person_named(doc, "Nurgul")
    assert ("wife", wife.id) in {(r.relation, r.person) for r in writer.relations}


BLOG = """Letters across the mountains
The summer my cousin stopped writing
Posted by Meryem Tursun on 4 August 2021 · 12 comments

Ayshe Ablimit and I grew up in the same courtyard in Hotan, and I was at her wedding. In 2017 she was taken to a "study centre" and I have not heard her voice since. I write this because her mother asked me to, and because I am tired of being quiet about it.
"""


def test_a_blog_credit_names_the_narrator_and_the_person_told_of_stays_the_victim():
    doc = doc_of(BLOG)
    assert _narrator(doc) is person_named(doc, "Meryem Tursun")
    assert "victim" in person_named(doc, "Ayshe Ablimit").roles  # control: the one the post is about
    assert _unnamed(doc) == []


REPORT = """Field Notes from the Tarim Basin, a Report by Helen Price

Ablajan Rozi, a farmer from Aksu, was detained in March 2018 and sent to a camp. His brother Memet Rozi was questioned twice in the same month. Neighbours say the camp held more than a thousand people that year and that the family has had no news of Ablajan since the spring.
"""


def test_a_reports_credit_names_no_person_when_the_text_says_no_i():
    doc = doc_of(REPORT)
    assert not any("Helen Price" in p.names for p in doc.persons)
    assert "victim" in person_named(doc, "Ablajan Rozi").roles  # control: the person the report is about


OP_ED = """By Gulbahar Nasir | 9 March 2023

I left Kashgar in 2016 to study in Istanbul. In 2018 my father was taken to a camp, and the police told my mother that I must come home or she would be next. I did not go. My father is still held, and every call to my mother ends when I ask about him.
"""


def test_a_by_line_over_a_first_person_text_names_its_narrator():
    doc = doc_of(OP_ED)
    assert _narrator(doc) is person_named(doc, "Gulbahar Nasir")
    # control: the father is the narrator's relative, an unnamed person of the text and a victim
    father = next(doc.person(r.person) for r in person_named(doc, "Gulbahar Nasir").relations if r.relation == "father")
    assert "victim" in father.roles


LETTER = """To the editor,

My brother was a driver in Kashgar until the night in 2018 when three policemen came to his house. I have not heard from him since. His wife was told he had gone "to study", and the police took my mother's passport the next spring. I ask your readers to write his name down: Yasin Abdulla. Nobody in my family has been told where he is held.

Dilnoza Karimova is my cousin and she has the same story to tell about her father.

Gulzira Ahmet
Almaty
"""


def test_a_signature_alone_on_a_last_line_names_the_narrator_and_a_sentence_does_not():
    doc = doc_of(LETTER)
    writer = person_named(doc, "Gulzira Ahmet")
    assert _narrator(doc) is writer
    assert not any(p.narrator for p in doc.persons if "Dilnoza Karimova" in p.names)  # a sentence, no signature
    assert _unnamed(doc) == [] or all(p.kin_of for p in _unnamed(doc))  # no unnamed narrator
    brother = person_named(doc, "Yasin Abdulla")
    assert "victim" in brother.roles  # control: the one the letter is about


LETTER_TOWN = """Madame, Monsieur,

Mon père a été arrêté à Ghulja en 2017 et je n'ai plus de nouvelles de lui depuis. Ma mère dit qu'il a été envoyé dans un camp. Je demande seulement qu'on écrive son nom : Ablet Tohti.

Aygul Tohti, Rennes

NDLR : la rédaction n'a pas pu joindre les autorités chinoises.
"""


def test_a_signature_with_its_town_names_the_narrator():
    doc = doc_of(LETTER_TOWN, "fr")
    assert _narrator(doc) is person_named(doc, "Aygul Tohti")
    # control: the father the letter is about is the narrator's relative and a victim
    writer = person_named(doc, "Aygul Tohti")
    father = next(doc.person(r.person) for r in writer.relations if r.relation == "father")
    assert "victim" in father.roles


RU_APPLICATION = """Генеральному консулу Республики Казахстан
от Ахметовой Мадины Нурлановны, 1979 г. р.,
проживающей в г. Алматы

ЗАЯВЛЕНИЕ

Прошу помочь узнать, где находится мой брат, Ахметов Ерлан, 1975 года рождения. В марте 2018 года его задержали в Кульдже, и с тех пор я ничего о нём не знаю. Мне звонили из полиции и требовали, чтобы я вернулась в Китай.

М. Н. Ахметова
"""


def test_a_russian_senders_full_name_with_patronymic_is_one_person_whatever_place_a_word_spells():
    doc = doc_of(RU_APPLICATION, "ru")
    sender = next((p for p in doc.persons if any("Мадин" in n for n in p.names)), None)
    assert sender is not None, [p.names for p in doc.persons]
    assert any(doc.text[s:e] == "Ахметовой Мадины Нурлановны" for s, e in sender.mentions)
    assert _narrator(doc) is sender
    assert _unnamed(doc) == []  # «мой брат» is the named sender's, not an unnamed narrator's
    # control: the brother the application is about is a person and a victim
    brother = next(p for p in doc.persons if any("Ерлан" in n for n in p.names))
    assert "victim" in brother.roles


# A register's headwords with the family name first ("TURSUN, Gulnaz (f)"): invented entries in our words.
REGISTER = """Families of members: list for the spring meeting

1. TURSUN, Gulnaz (f), b. 1975, Ghulja. Sister of member Aynur Tursun.
Note: Gulnaz was taken from her shop in April 2018 and held for a year in a camp outside Ghulja. Her sister has had no call from her since the autumn.

2. HOSHUR, Memet (m), 63, Aksu. Uncle of member Dilnoza Karim.
Note: A retired teacher. He was sentenced to twelve years in 2019 for "separatism", and Dilnoza has not been allowed to visit him.

KASHGAR, Xinjiang: no entries this year.
"""


def test_an_inverted_headword_is_one_person_in_the_given_name_first_order_with_the_gender_marked():
    doc = doc_of(REGISTER)
    gulnaz = person_named(doc, "Gulnaz Tursun")
    assert "TURSUN, Gulnaz" in [doc.text[s:e] for s, e in gulnaz.mentions]
    assert gulnaz.attributes["gender"][0] == "female"
    assert "victim" in gulnaz.roles
    memet = person_named(doc, "Memet Hoshur")
    assert memet.attributes["gender"][0] == "male"
    # a place's headword is no name; the members named in running text stay persons (control)
    assert not any("Xinjiang" in " ".join(p.names) or "Kashgar" in " ".join(p.names) for p in doc.persons)
    # "Sister of member X" on the entry's line: the headword's person is X's sister, no unnamed sister
    member = person_named(doc, "Aynur Tursun")
    assert member is not gulnaz and ("sister", gulnaz.id) in {(r.relation, r.person) for r in member.relations}
    assert not [p for p in doc.persons if p.kin_of == (member.id, "sister")]


# «Жена Ербола, Айгерим …»: the relative named after the owner's genitive (issue 11's brief). Our words.
RU_KIN_GENITIVE = ("Жена Нурлана, Айгерим Сапарова, живёт в Алматы. В марте 2018 года Нурлана Касымова задержали "
                   "в Кульдже и отправили в лагерь. Мать Нурлана, Гульжан Касымова, умерла дома в 2019 году, так и не "
                   "узнав, где её сын. Сестра Айгерим работает в Астане.")


def test_a_russian_kin_word_then_the_owners_genitive_names_the_relative_in_apposition():
    doc = doc_of(RU_KIN_GENITIVE, "ru")
    husband = next(p for p in doc.persons if any("Нурлан" in n for n in p.names))
    wife = next(p for p in doc.persons if any("Айгерим" in n for n in p.names))
    mother = next(p for p in doc.persons if any("Гульжан" in n for n in p.names))
    relations = {(r.relation, r.person) for r in husband.relations}
    assert ("wife", wife.id) in relations and ("mother", mother.id) in relations
    assert "victim" in husband.roles and "victim" not in wife.roles
    # «её сын» is the son the text named, Нурлан: no unnamed son beside him
    assert not [p for p in doc.persons if p.kin_of and p.kin_of[1] == "son"]
    # control: «Сестра Айгерим» with no comma is no apposition — it names no relative of Айгерим here
    assert not any(r.relation == "sister" and doc.person(r.person).names for r in wife.relations)


# Two children named by their given names after a plural kin noun. Our words, invented names.
CHILDREN = [
    ("en", "Meryem Tohti was arrested in Hotan in 2018. Her two sons, Batur and Almas, were placed in a state "
           "boarding school. The towns nearby, Guma and Qaraqash, are full of checkpoints."),
    ("fr", "Gulnar Tohti a été arrêtée à Hotan en 2018. Ses deux enfants, Batur et Aliye, ont été placés dans un "
           "internat. Les villes voisines, Guma et Qaraqash, sont pleines de barrages."),
]


@pytest.mark.parametrize(("language", "text"), CHILDREN)
def test_two_given_names_after_a_plural_kin_noun_are_two_relatives(language, text):
    doc = doc_of(text, language)
    mother = next(p for p in doc.persons if "Tohti" in " ".join(p.names))
    children = [p for p in doc.persons if p.names and p.names[0] in ("Batur", "Almas", "Aliye")]
    assert len(children) == 2, [p.names for p in doc.persons]
    assert all("relative" in child.roles for child in children)
    assert "victim" in mother.roles  # control: the mother
    # no kin noun before them: the two towns are no persons
    assert not any(n in ("Guma", "Qaraqash") for p in doc.persons for n in p.names)


# A Kazakh name written with Kazakh letters in a Russian text; a conjunction opening the sentence
# before it is no part of it. Our words, invented names.
RU_KAZAKH_LETTERS = ("Моя мать, Сәуле Жұмабаева, 1958 г. р., живёт в Кульдже. На границе у неё забрали паспорт. "
                     "Поскольку Сәуле Жұмабаева гражданка КНР, консул ей не помог. Мой брат, Ерлан Жумабаев, "
                     "живёт в Алматы.")


def test_a_kazakh_name_in_kazakh_letters_in_a_russian_text_is_a_person_without_the_word_before_it():
    doc = doc_of(RU_KAZAKH_LETTERS, "ru")
    mother = next((p for p in doc.persons if any("Сәуле" in n for n in p.names)), None)
    assert mother is not None, [p.names for p in doc.persons]
    assert not any("Поскольку" in n for n in mother.names)
    assert [doc.text[s:e] for s, e in mother.mentions if "Сәуле" in doc.text[s:e]] == ["Сәуле Жұмабаева"] * 2
    # control: the name in Russian letters alone was a person already
    assert any("Ерлан" in " ".join(p.names) for p in doc.persons)


# A Russian policeman's title stands without an article, before or after the name. Our words.
@pytest.mark.parametrize("text", [
    "Весной 2018 года нашего соседа Ерлана Касымова задержали на базаре в Кульдже. Увёз его участковый по фамилии Ван.",
    "В 2019 году мне позвонил человек, представившийся Чжан Ли, сотрудником полиции уезда. Нашего соседа Ерлана "
    "Касымова задержали в Кульдже в 2018 году.",
])
def test_a_russian_policemans_title_makes_an_official_never_a_victim(text):
    doc = doc_of(text, "ru")
    official = next(p for p in doc.persons if any(n in ("Ван", "Чжан Ли") for n in p.names))
    assert "official" in official.roles and "victim" not in official.roles
    victim = next(p for p in doc.persons if any("Ерлан" in n for n in p.names))
    assert "victim" in victim.roles and "official" not in victim.roles  # control
