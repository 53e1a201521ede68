"""Who an act is told of (issue 11, h-attrib43): a pronoun that goes on with its sentence's subject,
the speaker's "my brother" named elsewhere, a French causative clitic. Invented people, our own words."""

import pytest

from tests.extract.helpers import codes_of, doc_of, person_named


def event_people(doc, event_type: str) -> set[str]:
    return {doc.person(e.person).names[0] for e in doc.events if e.type == event_type and e.person
            and doc.person(e.person).names}


# A pronoun goes on with the pronoun subject of its own sentence, past a relative named there in an
# apposition (no subject of its own): the one who travelled had the passport taken, not the relative
# visited (the relative, in the same text, is the control that keeps nothing).
@pytest.mark.parametrize("language, text, victim, visited", [
    ("en", "Murat Bolat told us his story. In May 2019 he went to see his brother, Erlan Kasym, and at the border "
           "they took his passport.", "Murat Bolat", "Erlan Kasym"),
    ("en", "Zulfiya Tursun lives in Almaty. In March she visited her mother, Aygul Osman, in Ghulja, and at the "
           "airport officers took her phone and her passport.", "Zulfiya Tursun", "Aygul Osman"),
    ("ru", "Мурат Болатов рассказал нам свою историю. В мае 2019 года он поехал к брату, Ерлану Касымову, и на "
           "границе у него забрали паспорт.", "Мурат Болатов", "Ерлан Касымов"),
])
def test_subjects_a_pronoun_goes_on_with_its_sentences_subject(language, text, victim, visited):
    doc = doc_of(text, language)
    assert "movement.passport_confiscation" in codes_of(person_named(doc, victim))
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, visited))


def test_subjects_a_named_subject_between_keeps_the_pronoun_its_own():
    # the cousin's clause has a subject of its own: "him" is the cousin (beaten), the teller is not
    doc = doc_of("Murat Bolat came home in 2018. He said that his cousin, Erlan Kasym, was arrested in May and "
                 "that the guards beat him.")
    assert "torture.beating" in codes_of(person_named(doc, "Erlan Kasym"))
    assert "torture.beating" not in codes_of(person_named(doc, "Murat Bolat"))


def test_subjects_he_after_a_kin_subject_is_that_relative():
    # "My father was taken …, and we were told he died": the father, named earlier, not the brother
    # named last before
    doc = doc_of("Customer's note\n\nItem 1 is my father, Nurmemet Yalqun, with my brother Memet at our gate. "
                 "My father was taken to a camp in 2017, and we were told he died there in 2020.")
    father, brother = person_named(doc, "Nurmemet Yalqun"), person_named(doc, "Memet")
    assert {"detention.internment_camp", "death.in_custody"} <= codes_of(father)
    assert not codes_of(brother)
    assert event_people(doc, "death") == {"Nurmemet Yalqun"}


# "My brother" said before his name: the brother named later, never the speaker (who keeps an act
# told of "I" in the same text).
@pytest.mark.parametrize("language, text", [
    ("en", "My brother was beaten by the police in 2018. I was sent to a camp in 2019. I am writing about my "
           "brother, Memet Tursun, who is a teacher."),
    ("fr", "Mon frère a été battu par la police en 2018. J'ai été envoyé dans un camp en 2019. J'écris au sujet "
           "de mon frère, Memet Tursun, qui est enseignant."),
])
def test_subjects_my_brother_is_the_brother_named_later(language, text):
    doc = doc_of(text, language)
    assert "torture.beating" in codes_of(person_named(doc, "Memet Tursun"))
    narrator = next(p for p in doc.persons if p.narrator)
    assert "torture.beating" not in codes_of(narrator)
    assert "detention.internment_camp" in codes_of(narrator)


def test_subjects_a_causative_clitic_tells_no_gender():
    # « on l'a fait travailler »: « fait » agrees with no one; the woman held, not her brother named between
    doc = doc_of("Gulnisa Emet a été arrêtée en 2018. Son frère Ablet Tursun vivait à Paris. On l'a gardée deux ans "
                 "dans un camp et on l'a fait travailler dans une usine sans salaire.", "fr")
    assert {"detention.internment_camp", "labour.forced_labour"} <= codes_of(person_named(doc, "Gulnisa Emet"))
    assert "labour.forced_labour" not in codes_of(person_named(doc, "Ablet Tursun"))


def test_subjects_a_named_object_between_keeps_the_pronoun_its_own():
    # "he saw X … with his legs chained": X, seen, is "his", not the teller (who keeps nothing)
    doc = doc_of("Ilyas Qadir now lives in Almaty. Ilyas Qadir told us he saw Dilshat Tohti in the camp with his legs "
                 "chained.")
    assert "detention.shackling" in codes_of(person_named(doc, "Dilshat Tohti"))
    assert "detention.shackling" not in codes_of(person_named(doc, "Ilyas Qadir"))


def test_subjects_a_records_field_gives_events_its_person_too():
    # the one rule of violations and events (`subjects.told_in_a_record`): the detention told in a
    # field under "Name:" is that person's event; the group of the notes field is nobody's
    doc = doc_of("Case record\n\nName: Aygul Tursun\nBorn: 1975, Ghulja\nDetention: taken to a camp in Ghulja in May 2018\n\n"
                 "Notes: the other women were taken to a camp in 2019.")
    detentions = [(doc.person(e.person).names[0] if e.person else None, e.date.value if e.date else None)
                  for e in doc.events if e.type == "detention"]
    assert detentions == [("Aygul Tursun", "2018-05")]
