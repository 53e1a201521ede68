"""An institutional record refers back to the person it is about by a word of its own (issue 11,
h-attrib48): "the above-named", "the deceased", "the subject", « l'intéressé », « le défunt »,
«вышеуказанный» (`lexicon.RECORD_SUBJECT`) stand for the person named last before, as a name would;
before, they were nobody and the acts told of them went to no one. Invented sentences; each text has
an act told by a name or a pronoun beside it (the control), and a record word that is no person ("the
subject of the letter") gives nothing.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named


def _events(doc, person) -> set[str]:
    return {e.type for e in doc.events if e.person == person.id}


def test_the_above_named_is_the_record_person():
    doc = doc_of("CASE RECORD\nName: Tursun Kadir\nDate of birth: 1970\n\nSummary\nThe above-named was detained "
                 "in Aksu in March 2018 and held in a camp until 2019. His passport was confiscated.", "en")
    tursun = person_named(doc, "Tursun Kadir")
    assert {"detention.arbitrary_arrest", "detention.internment_camp"} <= codes_of(tursun)
    assert {"arrest", "detention"} <= _events(doc, tursun)
    assert "movement.passport_confiscation" in codes_of(tursun)  # control: "His passport"


def test_the_deceased_is_the_one_whose_death_the_notice_announces():
    doc = doc_of("NOTICE OF DEATH\nThe Uyghur Society regrets to announce the death of Memet Sabir, 68, of "
                 "Kashgar.\nThe deceased had been held in a prison in Kashgar since 2017 and died there in May 2021.",
                 "en")
    memet = person_named(doc, "Memet Sabir")
    assert "death.in_custody" in codes_of(memet)
    assert "death" in _events(doc, memet)


def test_the_subject_of_a_letter_is_no_one():
    """Control: "the subject of this letter" is a matter, not the person; the arrest told by name stays hers."""
    doc = doc_of("Applicant: Gulnar Osman\nGulnar Osman was detained in Hotan in 2018. The subject of this letter "
                 "is her asylum claim.", "en")
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Gulnar Osman"))


def test_l_interesse_in_a_french_decision():
    doc = doc_of("DÉCISION\nNom : KASIMOV Prénom : Ilham\n\nL'intéressé a été arrêté à Ghulja en mai 2017, "
                 "puis interné dans un camp jusqu'en 2019.", "fr")
    ilham = person_named(doc, "Ilham Kasimov") if any("Ilham Kasimov" in p.names for p in doc.persons) \
        else next(p for p in doc.persons if any("Ilham" in n for n in p.names))
    assert "detention.internment_camp" in codes_of(ilham)
    assert "arrest" in _events(doc, ilham)


def test_the_russian_above_named_in_minutes():
    doc = doc_of("ПРОТОКОЛ\nСЛУШАЛИ: заявление Касымова Ильхама о материальной помощи.\n"
                 "Вышеуказанный был задержан в Кульдже в 2017 году и помещён в лагерь.", "ru")
    ilham = next(p for p in doc.persons if any("Ильхам" in n for n in p.names))
    assert "detention.internment_camp" in codes_of(ilham)
