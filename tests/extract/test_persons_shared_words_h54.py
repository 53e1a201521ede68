"""A word that is one person's given name and another's family name, alone in the text (issue 11): the
document's own convention says whose it is (`persons._bare_word_bearer`). Invented names, our own sentences;
each negative assertion has its positive control in the same text."""

from tests.extract.helpers import doc_of, person_named


def _types(doc, person):
    return {e.type for e in doc.events if e.person == person.id}


def test_shared_word_goes_to_its_given_name_bearer_in_a_testimony():
    # No one is called by a family name alone: the bare word is a given name, as a testimony says it.
    doc = doc_of("My cousin Ablet Turghun lives in Almaty. Our neighbour Turghun Memet was a teacher in "
                 "Ghulja. In 2018 Turghun was arrested by the police.")
    cousin, neighbour = person_named(doc, "Ablet Turghun"), person_named(doc, "Turghun Memet")
    assert "arrest" in _types(doc, neighbour) and "victim" in neighbour.roles
    assert "arrest" not in _types(doc, cousin) and "victim" not in cousin.roles
    assert len(doc.persons) == 3  # the two, and the narrator: no third "Turghun"


def test_shared_word_goes_to_its_family_name_bearer_in_the_press():
    # "Memet declined to comment": a person called by the last word of his name, so the document follows the
    # surname convention, and the bare "Turghun" is Ablet Turghun, not Turghun Memet.
    doc = doc_of("Ablet Turghun fled to Turkey in 2016 and lost touch with his family. His former teacher, "
                 "Turghun Memet, stayed in Ghulja. Memet declined to comment. Turghun was arrested in 2018 "
                 "when he went back to visit his mother.")
    student, teacher = person_named(doc, "Ablet Turghun"), person_named(doc, "Turghun Memet")
    assert "arrest" in _types(doc, student) and "victim" in student.roles
    assert "arrest" not in _types(doc, teacher) and "victim" not in teacher.roles
    assert "Memet" in teacher.names


def test_shared_word_after_a_title_is_a_family_name_even_in_a_testimony():
    # "Mr Turghun" is the family name's bearer; the bare "Turghun" in the same testimony the given name's.
    text = ("My cousin Ablet Turghun lives in Almaty. Our neighbour Turghun Memet was a teacher in Ghulja. "
            "Mr Turghun phoned me from Almaty, and Turghun sent me a letter from Ghulja.")
    doc = doc_of(text)
    cousin, neighbour = person_named(doc, "Ablet Turghun"), person_named(doc, "Turghun Memet")
    titled = text.index("Mr Turghun") + len("Mr ")
    bare = text.index("Turghun sent")
    assert any(s <= titled < e for s, e in cousin.mentions)
    assert not any(s <= titled < e for s, e in neighbour.mentions)
    assert any(s <= bare < e for s, e in neighbour.mentions)
    assert not any(s <= bare < e for s, e in cousin.mentions)


def test_a_religions_name_beside_a_name_word_is_a_given_name():
    # "Islam Karimov" is a person; "Islam" alone is the religion (no person, no mention of his).
    text = "Islam Karimov was arrested in Ghulja in 2017. The police said he studied Islam in secret."
    doc = doc_of(text)
    person = person_named(doc, "Islam Karimov")
    assert "arrest" in _types(doc, person)
    religion = text.rindex("Islam")
    assert [p.names for p in doc.persons] == [["Islam Karimov"]]
    assert not any(s <= religion < e for s, e in person.mentions)


def test_a_title_of_religious_teaching_is_no_word_of_the_name():
    # "Ustaz" before a name is what he is (a teacher of religion), as "Imam" is: one person, named without it.
    doc = doc_of("It is with great sadness that we share the news from Ustaz Nurmuhammad Abdurahman, who teaches in "
                 "our school. His father Rozi Abdurahman died in a camp in 2019. Ustaz Nurmuhammad says the guards "
                 "refused his father medicine.")
    teacher = person_named(doc, "Nurmuhammad Abdurahman")
    assert not any("Ustaz" in name for p in doc.persons for name in p.names)
    assert "Nurmuhammad" in teacher.names and len(doc.persons) == 2  # "Ustaz Nurmuhammad" is the teacher
    assert person_named(doc, "Rozi Abdurahman") is not teacher  # the control: the father is his own person


def test_a_form_letters_reader_greeted_by_role_is_no_person():
    doc = doc_of("Dear Customer,\nWe have received your claim about the parcel. "
                 "My brother Adil Tursun was detained in 2018.")
    assert not any("Customer" in name for p in doc.persons for name in p.names)
    assert "victim" in person_named(doc, "Adil Tursun").roles  # the control
