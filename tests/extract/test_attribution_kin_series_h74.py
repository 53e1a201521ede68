"""Acts given to the right person, issue 11 (h-attrib74): a spouse named by the writer's own marriage, a
record's writer, a relative who learns of the act, a pronoun that goes on through a series of acts.
Invented names and words; each negative case has its positive control in the same text."""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named


def test_a_bare_husband_word_after_the_writers_marriage_to_a_named_man_is_him():
    doc = doc_of(
        "В отдел ЗАГС\nот Тулеповой Сауле Маратовны, 1985 г. р.\n\nЗАЯВЛЕНИЕ\n\n"
        "Прошу зарегистрировать расторжение брака между мной и Омаровым Ержаном Болатовичем. "
        "Решением суда муж признан безвестно отсутствующим.\n\n"
        "В марте 2018 года муж поехал в Кульджу навестить больного отца, Омарова Болата. "
        "На границе у него забрали паспорт. Меня саму не задерживали.\n\nТ. Тулепова", "ru")
    husband = person_named(doc, "Омаров Ержан Болатович")
    assert "movement.passport_confiscation" in codes_of(husband)
    # the negative control: neither the writer nor the husband's father took his act
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, "Омаров Болат"))
    assert not person_named(doc, "Тулепова Сауле Маратовна").violations
    assert not any(not p.names and p.violations for p in doc.persons)  # no unnamed husband beside him


def test_a_marriage_told_of_two_others_makes_no_spouse_of_the_writer():
    doc = doc_of("Mehmet Kaya married Ayten Sonmez in 2010. In 2018 my husband was detained at the border.", "en")
    ayten = person_named(doc, "Ayten Sonmez")
    assert "detention.arbitrary_arrest" not in codes_of(ayten)


def test_a_case_sheets_writer_is_not_the_she_of_an_act_told_of_someone_else():
    doc = doc_of(
        "FICHE DE SUIVI\n"
        "Rédactrice : Odile Marchetti, bénévole\n\n"
        "Personne concernée : M. Ablet Arkin, né en 1980\n\n"
        "M. Arkin a été arrêté au commissariat en mai 2018. "
        "Un voisin a dit à la famille qu'elle avait été emmenée dans un camp de rééducation.", "fr")
    assert not person_named(doc, "Odile Marchetti").violations
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Ablet Arkin"))  # the control


def test_a_relative_who_learns_of_a_sentence_is_not_the_one_sentenced():
    doc = doc_of(
        "Meryem Sadik was taken from her workplace in 2018. "
        "In 2019 the mother, Hatice Omer, learned that she had been sentenced to seven years. "
        "In 2020 police beat Hatice Omer with batons.", "en")
    assert "detention.prison_sentence" in codes_of(person_named(doc, "Meryem Sadik"))
    mother = person_named(doc, "Hatice Omer")
    assert "detention.prison_sentence" not in codes_of(mother)
    assert codes_of(mother)  # the control: her own detention is still hers


def test_a_pronoun_goes_on_through_a_series_of_acts_past_a_possessor():
    doc = doc_of(
        "Ilham Dawut was held in 2018. In 2019 police summoned his wife, Merve Kasim, interrogated her "
        "all night on Aygul's letters from Turkey and took her passport.", "en")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Merve Kasim"))
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, "Aygul"))


def test_a_subject_between_the_two_acts_stops_the_series():
    doc = doc_of(
        "In 2019 police summoned Merve Kasim and interrogated her all night. "
        "Later Aygul Tursun went to Ghulja, and officers at the airport took her passport.", "en")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Aygul Tursun"))
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, "Merve Kasim"))


def test_an_officer_named_as_the_agent_of_the_series_takes_none_of_it():
    doc = doc_of(
        "In 2019 the police officer Wang Jun summoned Merve Kasim, interrogated her all night on Aygul's "
        "letters and took her passport.", "en")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Merve Kasim"))
    assert not person_named(doc, "Wang Jun").violations
