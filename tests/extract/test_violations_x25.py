"""Kinds of error the spent held-out v9 and v10 showed as forbidden codes (issue 11), each fixed by a
general reading: a speaker's label in a transcript is no subject of the line; a thing taken ("her
passport was taken off her", "his pills were removed") takes no one into custody; a
report's claim the text then denies is not an asserted act; a court's sentence abroad is a lawful
one; a teacher posted to a camp is not held there. Invented texts in our own words; each refusal
has a positive control in the same text. Each failed on extractor 0.24.0."""

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import codes_of, person_named


def _doc(text: str, language: str = "en"):
    return run_pipeline(text, language)


def test_a_speakers_label_is_not_the_subject_of_the_line():
    doc = _doc("Standing Committee on Human Rights\nEvidence session, 3 March 2022\n\nWitness: Tahirjan Imin.\n\n"
               "Q12 Chair: Mr Imin, welcome. Please tell us what happened to you.\n\n"
               "Tahirjan Imin: In 2017 officers came to my shop and drove me away. They held me in the county "
               "detention centre for five months.\n\n"
               "Q13 Chair: And your relatives who are still there?\n\n"
               "Tahirjan Imin: My nephew, Abdulla Imin, was given fourteen years in 2019. I saw his name later on a published list.\n")
    speaker, nephew = person_named(doc, "Tahirjan Imin"), person_named(doc, "Abdulla Imin")
    assert "detention.prison_sentence" in codes_of(nephew)
    assert "detention.prison_sentence" not in codes_of(speaker)
    assert "detention.pretrial" in codes_of(speaker)  # positive control, same text


def test_a_passport_taken_from_her_is_no_arrest():
    doc = _doc("Gulnar Tursun returned to Aksu in 2018 to visit her parents. Her passport was taken by two officers at "
               "the airport in Urumqi when she tried to leave, and she has not been allowed out of Aksu since. Her husband, Erkin "
               "Tursun, was taken from his shop by police in May 2018.")
    gulnar, erkin = person_named(doc, "Gulnar Tursun"), person_named(doc, "Erkin Tursun")
    assert "detention.arbitrary_arrest" not in codes_of(gulnar)
    assert "movement.passport_confiscation" in codes_of(gulnar)  # positive control, same sentence
    assert not [e for e in doc.events if e.person == gulnar.id and e.type == "arrest"]
    assert "detention.arbitrary_arrest" in codes_of(erkin)  # positive control: a person taken


def test_pills_taken_from_a_detainee_are_no_arrest():
    doc = _doc("Our uncle, Yasin Kerim, has been held in the detention centre in Korla since 2019. A woman released "
               "in March from the centre where Yasin Kerim is held told us that his heart pills were taken from him "
               "in the first week. His son Ablet Kerim was arrested at the border in 2018 and nobody has seen him since.")
    yasin, ablet = person_named(doc, "Yasin Kerim"), person_named(doc, "Ablet Kerim")
    assert not [e for e in doc.events if e.person == yasin.id and e.type == "arrest"]
    assert "detention.arbitrary_arrest" not in codes_of(yasin)
    assert "detention.pretrial" in codes_of(yasin)  # positive control
    assert "detention.arbitrary_arrest" in codes_of(ablet)  # positive control


def test_a_reports_claim_the_text_denies_is_no_act():
    doc = _doc("Case notes. Aynur Hasan, born 1988, lives in Almaty. In 2018 she was sent to a re-education camp in "
               "Ghulja for eleven months. A newspaper article last year said that Aynur Hasan had been sterilised "
               "in the camp. She told us that this is not true: she was never sterilised. Her sister Mahire Hasan "
               "was fitted with an IUD in 2017 against her will.")
    aynur = person_named(doc, "Aynur Hasan")
    assert "reproductive.forced_sterilization" not in codes_of(aynur)
    assert "detention.internment_camp" in codes_of(aynur)  # positive control
    assert "reproductive.forced_contraception" in codes_of(person_named(doc, "Mahire Hasan"))


def test_a_denial_that_names_no_one_corrects_the_report():
    doc = _doc("Patime Yusup, born 1979, now lives in Istanbul. In 2017 she was interned for a year in a camp "
               "near Kashgar. A radio report later said that Patime Yusup had been fitted with a coil there. She says the "
               "report is false and that no coil was ever put in.")
    patime = person_named(doc, "Patime Yusup")
    assert "reproductive.forced_contraception" not in codes_of(patime)
    assert "detention.internment_camp" in codes_of(patime)  # positive control


def test_a_sentence_passed_abroad_is_no_violation():
    doc = _doc("Summary of the judgment. The accused, Wang Lei, aged 44, a Chinese citizen resident in Aarhus, is "
               "convicted of spying on Uyghur refugees and sentenced to two years' imprisonment, followed by "
               "expulsion from Denmark. One of the refugees he watched, Dilshat Nur, told the court that his father "
               "Ahmet Nur was sentenced to twelve years in Hotan in 2019.")
    assert "detention.prison_sentence" not in codes_of(person_named(doc, "Wang Lei"))
    assert "detention.prison_sentence" in codes_of(person_named(doc, "Ahmet Nur"))  # positive control


def test_a_teacher_posted_to_a_camp_is_not_interned():
    doc = _doc("Our teacher Mahinur Qasim taught in Aksu for twenty years. In 2018 she was told to teach Mandarin in "
               "the camp outside the town, every day from eight to six. Her brother Ekrem Qasim was held in the "
               "same camp for a year.")
    teacher = person_named(doc, "Mahinur Qasim")
    assert "detention.internment_camp" not in codes_of(teacher)
    assert "labour.forced_labour" in codes_of(teacher)  # positive control, same sentence
    assert "detention.internment_camp" in codes_of(person_named(doc, "Ekrem Qasim"))  # positive control


def test_an_act_asked_about_is_not_told():
    doc = _doc("Nurlan Sadyk spent a year in the camp at Tekes. Visitors often ask him whether the guards tore out "
               "his fingernails. The guards beat him with batons every week.")
    nurlan = codes_of(person_named(doc, "Nurlan Sadyk"))
    assert "torture.nail_torture" not in nurlan
    assert {"torture.beating", "detention.internment_camp"} <= nurlan  # positive controls, same text
