"""Acts told in ways no phrase list foresaw (h-codes42, issue 11): a passport withheld told by a
negated verb of giving it back, a passport held by the police in the passive, a message written to
the one abroad, work told of a detainee (and a job before the arrest), an act told in a record's
field, a question answered yes, a group the act is done with. Invented texts in our own words; each
negative test has a positive control in the same text."""

import pytest

from guwah.extract import acts
from tests.extract.helpers import codes_of, doc_of, person_named

PASSPORT = "movement.passport_confiscation"
HARASSMENT = "transnational.harassment"
LABOUR = "labour.forced_labour"
BEATING = "torture.beating"
SLEEP = "torture.sleep_deprivation"


@pytest.mark.parametrize(("language", "text", "withheld", "kept"), [
    ("en", "Aysha Tursun was released in 2019, but the police never returned her passport. "
           "Her cousin Meryem Ablet came home in 2020, and the police did not take her passport.",
     "Aysha Tursun", "Meryem Ablet"),
    ("ru", "Айшу Турсун отпустили в 2019 году, но паспорт ей так и не вернули. "
           "Её двоюродная сестра Мерьем Аблет вернулась в 2020 году, и паспорт у неё не забирали.",
     "Айшу Турсун", "Мерьем Аблет"),
    ("fr", "Aysha Tursun a été libérée en 2019, mais la police ne lui a toujours pas restitué son passeport. "
           "Sa cousine Meryem Ablet est rentrée en 2020 ; la police ne lui a pas pris son passeport.",
     "Aysha Tursun", "Meryem Ablet"),
])
def test_a_passport_not_given_back_is_withheld_a_passport_not_taken_is_not(language, text, withheld, kept):
    # the rules alone: the dependency entries of vocab/acts/*.yaml, the negation being the act
    with acts.using(None):
        doc = doc_of(text, language)
    names = {name for person in doc.persons for name in person.names}
    owner = next(p for p in doc.persons if any(withheld.split()[-1] in n for n in p.names))
    assert PASSPORT in codes_of(owner), names
    other = next(p for p in doc.persons if any(kept.split()[-1] in n for n in p.names))
    assert PASSPORT not in codes_of(other)


def test_a_passport_held_by_the_police_in_the_passive_is_not_kept_by_its_owner():
    text = ("Aysha Tursun came home in 2019. Her passport is still retained by the township office. "
            "Her brother Erkin Kamal still keeps his own passport in a drawer.")
    with acts.using(None):
        doc = doc_of(text, "en")
    assert PASSPORT in codes_of(person_named(doc, "Aysha Tursun"))
    assert PASSPORT not in codes_of(person_named(doc, "Erkin Kamal"))


def test_a_message_written_to_the_one_abroad_after_an_answer_label_is_harassment():
    # « m'a écrit » is a contact at a distance; the quotation mark after « rentrer » names no one
    text = ("Je m'appelle Dilnur Ablet et je vis à Lyon. Question : Avez-vous été contactée ? Réponse : "
            "Le mois dernier, un inconnu m'a écrit sur WeChat pour me demander de rentrer « pour le bien "
            "de mon père ».")
    doc = doc_of(text, "fr")
    assert HARASSMENT in codes_of(person_named(doc, "Dilnur Ablet"))


def test_a_message_nobody_wrote_is_no_harassment():
    text = ("Je m'appelle Dilnur Ablet et je vis à Lyon. Question : Avez-vous été contactée ? Réponse : "
            "Non, personne ne m'a écrit pour me demander de rentrer. Mon frère Arslan Ablet a été battu "
            "au poste de police de Kachgar.")
    doc = doc_of(text, "fr")
    assert HARASSMENT not in codes_of(person_named(doc, "Dilnur Ablet"))
    assert BEATING in codes_of(person_named(doc, "Arslan Ablet"))  # positive control


def test_work_told_after_the_camp_is_forced_a_job_before_the_arrest_is_not():
    text = ("Before his arrest, Abdusemet Qurban worked at a garment factory in Aksu for a good wage. "
            "After the camp, his cousin Nurmemet Sidiq was sent to a shoe factory in Korla.")
    doc = doc_of(text, "en")
    assert LABOUR not in codes_of(person_named(doc, "Abdusemet Qurban"))
    assert LABOUR in codes_of(person_named(doc, "Nurmemet Sidiq"))


def test_french_job_before_the_arrest_is_not_forced_labour():
    text = ("Avant son arrestation, Abdusemet Qurban travaillait dans une usine de vêtements à Aksu. "
            "Après le camp, son cousin Nurmemet Sidiq a été envoyé travailler dans une usine de chaussures à Korla.")
    doc = doc_of(text, "fr")
    assert LABOUR not in codes_of(person_named(doc, "Abdusemet Qurban"))
    assert LABOUR in codes_of(person_named(doc, "Nurmemet Sidiq"))


def test_an_act_done_with_a_group_is_the_subjects_and_it_names_no_one():
    # "could not leave it": "it" is the factory, not a person; "with thirty other men" a group beside him
    text = ("My cousin Dilshat Yunus was released from the camp in 2019. Her younger brother Abdusemet was "
            "sent with thirty other young men from the village to a textile factory in Henan and could not leave it.")
    doc = doc_of(text, "en")
    assert LABOUR in codes_of(person_named(doc, "Abdusemet"))
    assert LABOUR not in codes_of(person_named(doc, "Dilshat Yunus"))


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("en", "Case record\n\nName: Tursun Ablimit\nBorn: 1975, Hotan\nTreatment: beaten, deprived of sleep\n"
           "Status: unknown\n\nName: Gulnar Tursun\nRelation: wife\nTreatment: passport confiscated\n",
     "Tursun Ablimit", "Gulnar Tursun"),
    ("fr", "Fiche\n\nNom : Tursun Ablimit\nNé : 1975, Hotan\nTraitements : battu, privé de sommeil\n\n"
           "Nom : Gulnar Tursun\nLien : épouse\nTraitements : passeport confisqué\n",
     "Tursun Ablimit", "Gulnar Tursun"),
])
def test_a_records_field_tells_the_act_of_the_records_person(language, text, first, second):
    doc = doc_of(text, language)
    assert {BEATING, SLEEP} <= codes_of(person_named(doc, first))
    assert PASSPORT not in codes_of(person_named(doc, first))  # the next record's, not this one's
    assert PASSPORT in codes_of(person_named(doc, second))
    assert BEATING not in codes_of(person_named(doc, second))


def test_a_records_note_about_a_group_is_nobodys():
    text = "Name: Tursun Ablimit\nTreatment: deprived of sleep\nNotes: the other prisoners were beaten.\n"
    doc = doc_of(text, "en")
    codes = codes_of(person_named(doc, "Tursun Ablimit"))
    assert SLEEP in codes  # positive control
    assert BEATING not in codes


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "Interviewer: Were you beaten in the camp?\nTursun Ablimit: Yes, every week.\n"
           "Interviewer: Were you kept awake at night?\nTursun Ablimit: No, never.\n", "Tursun Ablimit"),
    ("fr", "Je m'appelle Tursun Ablimit.\nQuestion : Avez-vous été battu au camp ?\nRéponse : Oui, chaque "
           "semaine.\nQuestion : Vous a-t-on privé de sommeil ?\nRéponse : Non.\n", "Tursun Ablimit"),
])
def test_a_question_answered_yes_tells_the_act_of_the_one_who_answers(language, text, name):
    doc = doc_of(text, language)
    codes = codes_of(person_named(doc, name))
    assert BEATING in codes
    assert SLEEP not in codes  # answered no: still a question


@pytest.mark.parametrize(("language", "text", "victim", "kin"), [
    ("en", "My name is Aygul Seitova. My cousin Arman Serik, the son of my mother's brother, was less lucky: "
           "sentenced to ten years in 2020, he is held in a prison in Urumqi.", "Arman Serik", "Aygul Seitova"),
    ("fr", "Je m'appelle Aygul Seitova. Mon cousin Arman Serik, fils du frère de ma mère, a été moins chanceux : "
           "condamné à dix ans en 2020, il est détenu à la prison d'Urumqi.", "Arman Serik", "Aygul Seitova"),
    ("ru", "Меня зовут Айгуль Сеитова. Мой двоюродный брат Арман Серикулы, сын Болата, в 2019 году был "
           "помещён в лагерь в Кульдже.", "Арман Серикулы", "Болат"),
])
def test_the_person_in_a_kin_apposition_is_not_whom_the_act_happened_to(language, text, victim, kin):
    # "X, the son of Y, was sentenced": X's sentence, not Y's (nor the narrator's mother's)
    doc = doc_of(text, language)
    assert codes_of(person_named(doc, victim))
    others = [p for p in doc.persons if victim not in p.names]
    assert not any(codes_of(p) for p in others), [(p.names, codes_of(p)) for p in others]
    assert any(kin in p.names for p in doc.persons) or kin == "Aygul Seitova"


def test_a_kin_apposition_of_the_one_arrested_keeps_the_act_where_the_verb_puts_it():
    # positive control of the same kind: the object of "arrested" is the person before the apposition
    doc = doc_of("Police in Hotan arrested Memet Tohti, the father of Ablet Memet, in 2018.", "en")
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Memet Tohti"))
    assert not codes_of(person_named(doc, "Ablet Memet"))


def test_every_kin_word_inside_the_apposition_is_passed_over():
    # « fils de la sœur de mon père »: neither the kin words nor the father named inside it take the
    # sentence; the father's own arrest, told before, stays his (positive control)
    text = ("Je m'appelle Aygul Seitova. Mon père, Seitqali Nurlan, a été arrêté en 2018. Mon cousin Arman "
            "Serik, fils de la sœur de mon père, a eu moins de chance : condamné à dix ans en 2020 pour avoir "
            "lu des livres, il est détenu à la prison d'Urumqi.")
    doc = doc_of(text, "fr")
    father = person_named(doc, "Seitqali Nurlan")
    assert "detention.arbitrary_arrest" in codes_of(father)
    assert "detention.prison_sentence" not in codes_of(father)
    assert "detention.prison_sentence" in codes_of(person_named(doc, "Arman Serik"))


def test_a_concession_after_a_denial_opens_a_clause_of_its_own():
    # "was not beaten, …, though he was forced to squat": the negation denies the beating only
    text = "Obulqasim Sawut was not beaten, he says, though he was forced to squat in the yard for hours."
    codes = codes_of(person_named(doc_of(text, "en"), "Obulqasim Sawut"))
    assert "torture.stress_position" in codes
    assert BEATING not in codes


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Obulqasim Sawut spent a year in a camp near Hotan, where he had to answer only in Chinese. "
           "His daughter Aygul Sawut now speaks only Chinese at school and likes it."),
    ("fr", "Au camp, Obulqasim Sawut devait parler uniquement chinois. Sa fille Aygul Sawut parle seulement "
           "chinois avec ses amis."),
])
def test_only_chinese_imposed_is_a_language_ban_only_chinese_by_habit_is_not(language, text):
    doc = doc_of(text, language)
    assert "culture.language_ban" in codes_of(person_named(doc, "Obulqasim Sawut"))
    assert "culture.language_ban" not in codes_of(person_named(doc, "Aygul Sawut"))
