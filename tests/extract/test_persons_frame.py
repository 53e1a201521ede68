"""Persons by kind (extractor 0.9.0): who is a person of the text, and which person a kin phrase
names. Invented people and our own words; each test holds a positive control beside what it refuses."""

from datetime import date

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import doc_of, person_named


def named(doc) -> list[list[str]]:
    return [p.names for p in doc.persons if p.names]


def unnamed(doc) -> list:
    return [p for p in doc.persons if not p.names]


def relations(person) -> set[tuple[str, str]]:
    return {(r.relation, r.person) for r in person.relations}


HEARING = """PANEL ON DETENTIONS
Transcript of hearing, Session 2

CHAIR (Judge Ingrid Halvorsen): Good morning. Counsel, please call the witness.

COUNSEL: The panel calls Mr Tursun Ablimit. Mr Ablimit, please tell us about your family.

WITNESS: My brother is Rustem Ablimit. In May 2017 the police took him to the detention centre in Kuqa.

COUNSEL: How do you know what happened inside?

WITNESS: A man who shared his cell told my mother after he was let out. He said my brother was beaten every night.

WITNESS: My mother, Gulnar Yasin, is 70. My son Arslan Tursun stayed with his grandmother when I left.
"""


def test_hearing_chair_is_no_person_and_the_witness_owns_my():
    doc = doc_of(HEARING)
    assert not any("Ingrid Halvorsen" in names or "Halvorsen" in names for names in named(doc))
    witness = person_named(doc, "Tursun Ablimit")
    brother, mother = person_named(doc, "Rustem Ablimit"), person_named(doc, "Gulnar Yasin")
    # "my brother is X" names the brother; the cellmate's "he said my brother" is still the witness's
    assert ("brother", brother.id) in relations(witness)
    assert ("mother", mother.id) in relations(witness)
    assert "victim" in brother.roles
    # no unnamed "a man", no second mother, and "his grandmother" of the son is the witness's mother
    assert unnamed(doc) == []
    assert any(doc.text[s:e] == "his grandmother" for s, e in mother.mentions)


def test_byline_author_is_no_person():
    text = ("Ce que dit le jugement contre Ablet Nasir\n"
            "Billet de blog · Me Sophie Marchand, avocate au barreau de Lyon · 3 mars 2022\n\n"
            "Ablet Nasir a été arrêté à Kachgar en 2018. Sa fille, Aynur Nasir, vit à Lyon.\n")
    doc = doc_of(text, "fr")
    assert ["Sophie Marchand"] not in named(doc)
    assert person_named(doc, "Ablet Nasir") and person_named(doc, "Aynur Nasir")
    english = doc_of("By Peter Holm\n\nMeryem Tohti was detained in Aksu in 2018.\n")
    assert named(english) == [["Meryem Tohti"]]
    # a heading that names the witness is no byline
    witness = doc_of("Testimony given by Aynur Qasim\n\nI was detained in Aksu in 2018. They beat me.\n")
    assert named(witness) == [["Aynur Qasim"]]


def test_russian_self_introduction_by_apposition_and_initials():
    text = ("Уполномоченному по правам человека\nот Нуртаевой Айгуль Маратовны\n\nЗАЯВЛЕНИЕ\n\n"
            "Я, Нуртаева Айгуль Маратовна, 1970 года рождения, обращаюсь к Вам по поводу моего сына, "
            "Нуртаева Аскара Бахытовича. Моего сына задержали в Кульдже в 2018 году.\n\n"
            "Мой муж, Бахыт Нуртаев, в Китай не ездил.\n\nА. М. Нуртаева\n")
    doc = doc_of(text, "ru")
    narrator = next(p for p in doc.persons if p.narrator)
    assert "Айгуль" in " ".join(narrator.names)
    assert any(doc.text[s:e] == "А. М. Нуртаева" for s, e in narrator.mentions)
    assert unnamed(doc) == []  # «моего» is the named narrator's, not an unnamed one
    # a patronymic made from the husband's given name: his son, never the same person as him
    son = next(p for p in doc.persons if any("Аскар" in n for n in p.names))
    husband = person_named(doc, "Бахыт Нуртаев")
    assert son is not husband and ("father", husband.id) in relations(son)
    assert "victim" in son.roles


def test_two_signatories_in_the_plural():
    text = ("Madame la Ministre,\n\nNous, Kamil Sawut et Dilnur Sawut, frère et sœur, vous écrivons au sujet "
            "de notre mère, Zohre Imin. Elle a été emmenée par la police en 2017.\n\nKamil Sawut et Dilnur Sawut\n")
    doc = doc_of(text, "fr")
    assert person_named(doc, "Kamil Sawut").narrator
    assert person_named(doc, "Dilnur Sawut") is not person_named(doc, "Kamil Sawut")
    assert person_named(doc, "Zohre Imin")
    assert unnamed(doc) == []


def test_russian_verb_opening_a_sentence_is_no_name():
    doc = doc_of("Аскара Бекова задержали в 2018 году. Бить Аскара не били, но у него взяли кровь.", "ru")
    assert all("Бить" not in " ".join(names) for names in named(doc))
    assert person_named(doc, "Аскар Беков") if any("Аскар Беков" in n for n in named(doc)) else named(doc)


def test_honorific_after_a_given_name_is_no_person():
    text = ("Haji Ablet Yasin died in a prison in Hotan in 2021. "
            "Ablet Aka, as his neighbours called him, taught the Qur'an for forty years.")
    doc = doc_of(text)
    assert named(doc) == [["Ablet Yasin"]] or all(n != ["Ablet Aka"] for n in named(doc))
    assert not any("Aka" in " ".join(names) for names in named(doc))
    assert "victim" in person_named(doc, "Ablet Yasin").roles


def test_kin_title_and_apposition_name_the_relative():
    text = ("Aynur Sawut, 29, studies in Oslo. Her mother, Dr Meryem Osman, is a surgeon. Her father, Ablet Sawut, "
            "is retired. In 2018 her mother was taken from the hospital by police. She told her daughter nothing.\n\n"
            "Rustem Osman, her younger brother, was not so lucky: in 2019 he got twelve years for his sermons.")
    doc = doc_of(text)
    mother, father = person_named(doc, "Meryem Osman"), person_named(doc, "Ablet Sawut")
    uncle = person_named(doc, "Rustem Osman")
    assert "Dr" not in " ".join(mother.names)
    assert unnamed(doc) == []  # "her mother", "her daughter", "her younger brother" are all named people
    assert any(doc.text[s:e] == "her younger brother" for s, e in uncle.mentions)
    assert "victim" in mother.roles and "victim" in uncle.roles
    assert not {"victim"} & father.roles
    # "Her mother, X … Her father, Y": both are relatives of one owner, not the father of the mother
    owners = [p for p in doc.persons if ("mother", mother.id) in relations(p)]
    assert owners and ("father", father.id) in relations(owners[0])


RECORD = """CASE RECORD · export · generated 2024-01-10

Record no.: A-1
Name (Latin): Zhanar Bolatkyzy
Name (as in Chinese ID card): Zhana'er Bolate
Sex: F
Detention date: 2018-05

Source
Husband, Marat Sadykov, interviewed in Almaty. Their son lives in Almaty.

Notes
In May 2018 she was detained at the school. She called her husband in 2023.

Record no.: A-2
Name (Latin): Erlan Maratuly
Sex: M
Notes: lives in Almaty with his father. Has not seen his mother since 2017. He was not detained.
"""


def test_record_fields_name_one_person_and_their_relatives():
    doc = doc_of(RECORD, "en")
    woman = person_named(doc, "Zhanar Bolatkyzy")
    assert "Zhana'er Bolate" in woman.names and woman.attributes["gender"][0] == "female"
    husband, son = person_named(doc, "Marat Sadykov"), person_named(doc, "Erlan Maratuly")
    assert ("husband", husband.id) in relations(woman)
    assert ("father", husband.id) in relations(son)  # the patronymic Maratuly, from Marat
    assert unnamed(doc) == []  # "her husband", "his father", "his mother" are named people
    assert "victim" in woman.roles and "victim" not in son.roles


def test_thread_reply_by_another_account_is_not_the_narrator():
    text = ("Aynur T. @aynur_t · Thread · 2 Jan 2024\n\n1/2 Six years ago my father was taken from our home in Ghulja.\n\n"
            "2/2 My father is Tohti Yasin. Please share.\n\nReplies\n"
            "@someone_else · 2 Jan 2024: Stay strong. My cousin in Ghulja was taken the same month.\n")
    doc = doc_of(text, "en")
    narrator = next(p for p in doc.persons if p.narrator)
    assert "Aynur T." in narrator.names
    assert ("father", person_named(doc, "Tohti Yasin").id) in relations(narrator)
    assert unnamed(doc) == []  # no cousin of the narrator's


def test_death_at_home_is_an_event_and_no_victim():
    text = ("Ablimit Rozi died in custody in Aksu in 2021. His wife, Patigul Emet, died at home of an illness "
            "in 2010, long before the camps were built.")
    doc = run_pipeline(text, "en", document_date=date(2022, 1, 1))
    wife, husband = person_named(doc, "Patigul Emet"), person_named(doc, "Ablimit Rozi")
    assert "victim" not in wife.roles and "victim" in husband.roles
    assert any(e.type == "death" and e.person == wife.id for e in doc.events)


def test_taken_too_is_an_arrest_and_got_years_a_sentence():
    doc = doc_of("My brother Ilham Ablet was taken too, a month before our father. In 2020 he got eight years for praying.")
    ilham = person_named(doc, "Ilham Ablet")
    types = {e.type for e in doc.events if e.person == ilham.id}
    assert {"arrest", "sentencing"} <= types and "victim" in ilham.roles


def test_a_release_told_of_a_group_is_no_ones():
    text = ("Rozi Memet, a spokesman of the association, said it had invited the newly released Uyghur prisoners to a "
            "meeting. Aygul Hasan was released in March 2019.")
    doc = doc_of(text)
    assert "victim" not in person_named(doc, "Rozi Memet").roles
    assert "victim" in person_named(doc, "Aygul Hasan").roles
