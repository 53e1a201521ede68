"""Issue 11, h-custody68: kinds of loss that recur with every writer of the spent sets
(bench/notes/why-no-transfer-v38-v39.md), read as frames, not phrases. Invented names, our own sentences;
each kind has a negative control in the same text or run beside it.

- an arrest told by a plain verb of taking or holding, with an agent of the state as its subject (en, fr);
  Kazakh: taken away from one's home or work;
- a passport taken, kept or collected by the state's side (en, ru by the parse; zh, ug, kk by the verb);
- what a custody or a sentence was for: a language taught or spoken, a relative or money abroad;
- a leave granted is no house arrest;
- 听说 after its hearer reports the act (bare 听说 and 据说 still hedge it);
- the applicant of a form, whatever the title's gender, and a Russian medical record's subject field."""

import pytest

from guwah.extract.pipeline import run_pipeline

ARREST = "detention.arbitrary_arrest"
PASSPORT = "movement.passport_confiscation"
LANGUAGE = "culture.language_ban"
REPRISAL = "family.reprisal"
HOUSE = "detention.house_arrest"
SENTENCE = "detention.prison_sentence"


def _codes(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    return {name: {v.code for v in p.violations} for p in doc.persons for name in p.names}


# ------------------------------------------------------------------------- arrest by a plain verb

@pytest.mark.parametrize(("language", "text", "taken", "control"), [
    ("en", "Officers kept Mehrigul Toxtasin aside at the airport in 2019. A neighbour took Ablikim Toxtasin to the "
           "station by car in 2019.", "Mehrigul Toxtasin", "Ablikim Toxtasin"),
    ("en", "In 2018 police took Yalqun Sadiq away from the bazaar. His cousin Nurbek Sadiq took Patime Sadiq to the "
           "market in 2018.", "Yalqun Sadiq", "Patime Sadiq"),
])
def test_a_plain_verb_of_taking_is_an_arrest_with_the_states_agent_and_none_with_a_private_one(language, text, taken,
                                                                                                 control):
    codes = _codes(text, language)
    assert ARREST in codes[taken], codes
    assert ARREST not in codes.get(control, set()), codes


# ------------------------------------------------------------------------- passport held

@pytest.mark.parametrize(("language", "text", "held", "control"), [
    ("en", "Officials kept the passport of Dilber Omerjan after her return. Her sister Aygul Omerjan still keeps her "
           "passport in a drawer.", "Dilber Omerjan", "Aygul Omerjan"),
    ("en", "In 2021 the township office returned to Hasiyet Obul the passport that its officers had kept for four "
           "years. Her sister "
           "Zulpiye Obul flew to Almaty on the passport she had taken with her.", "Hasiyet Obul", "Zulpiye Obul"),
    ("ru", "Паспорт Гульнары Исабековой сдан на хранение в полицию. Её сестра Айнура Исабекова хранит свой паспорт "
           "дома.", "Гульнара Исабекова", "Айнура Исабекова"),
])
def test_a_passport_the_states_side_keeps_is_confiscated_and_one_its_owner_keeps_is_not(language, text, held, control):
    codes = _codes(text, language)
    assert PASSPORT in codes[held], codes
    assert PASSPORT not in codes.get(control, set()), codes


@pytest.mark.parametrize(("language", "text", "held"), [
    ("zh", "阿依努尔·托合提回国以后，她的护照在2018年被街道干部统一收缴。", "阿依努尔·托合提"),
    ("ug", "ئابلىمىت تۇرسۇن 2019-يىلى قايتىپ كەلگەندە، ساقچىلار ئايرودرومدا ئۇنىڭ پاسپورتىنى ئېلىپ قالدى.",
     "ئابلىمىت تۇرسۇن"),
    ("kk", "Ерлан Сәрсенбаев 2019 жылы елге оралғанда, шекарада оның төлқұжатын алып қалды.", "Ерлан Сәрсенбаев"),
])
def test_a_passport_collected_or_taken_and_kept_in_turkic_and_chinese(language, text, held):
    assert PASSPORT in _codes(text, language)[held]


@pytest.mark.parametrize(("language", "text", "held"), [
    ("zh", "阿依努尔·托合提2017年从哈萨克斯坦回国。她把护照放在家里。", "阿依努尔·托合提"),
    ("ug", "ئابلىمىت تۇرسۇن پاسپورتىنى ئۆيىدە قويدى.", "ئابلىمىت تۇرسۇن"),
    ("kk", "Ерлан Сәрсенбаев төлқұжатын үйде қалдырды.", "Ерлан Сәрсенбаев"),
])
def test_a_passport_its_owner_leaves_at_home_is_no_confiscation(language, text, held):
    assert PASSPORT not in _codes(text, language).get(held, set())


@pytest.mark.parametrize(("language", "text", "taken", "control"), [
    ("kk", "2018 жылы Ерлан Сәрсенбаевты жұмысынан алып кетті. Нұрлан Сәрсенбаев базарға кетті.", "Ерлан Сәрсенбаев",
     "Нұрлан Сәрсенбаев"),
])
def test_taken_away_from_home_or_work_is_an_arrest_in_kazakh(language, text, taken, control):
    codes = _codes(text, language)
    assert ARREST in codes[taken], codes
    assert ARREST not in codes.get(control, set()), codes


# ------------------------------------------------------------------------- what the custody was for

@pytest.mark.parametrize(("language", "text", "held", "control", "code"), [
    ("en", "Ilyar Kamilov was sentenced to ten years because he had taught history classes in Uyghur. His brother Nurmemet "
           "Kamilov was held for two years.", "Ilyar Kamilov", "Nurmemet Kamilov", LANGUAGE),
    ("en", "Ayxan Tursunova was detained in 2019 after an informer told the police that her daughter lived overseas. Her "
           "neighbour Sajide Tursunova was held for two years.", "Ayxan Tursunova", "Sajide Tursunova", REPRISAL),
    ("en", "Tohtaji Rexim was detained in 2018 for receiving money from abroad. Mukerrem Rexim was detained in 2018 "
           "for two weeks.", "Tohtaji Rexim", "Mukerrem Rexim", REPRISAL),
    ("ru", "Айгуль Касымову задержали в 2018 году за переводы, которые ей присылал брат из-за рубежа. Её соседку Зарему "
           "Касымову задержали на два года.", "Айгуль Касымова", "Зарема Касымова", REPRISAL),
])
def test_an_act_named_as_the_cause_of_a_custody_is_coded_and_a_length_of_custody_is_no_cause(language, text, held,
                                                                                               control, code):
    codes = _codes(text, language)
    assert code in codes[held], codes
    assert code not in codes.get(control, set()), codes


# ------------------------------------------------------------------------- allowed to leave

def test_a_leave_granted_is_no_house_arrest_and_a_leave_refused_is_one():
    codes = _codes("Gulnar Ezizova has been allowed to leave her village since 2022, but she cannot go abroad. "
                   "Parida Ezizova has not been allowed to leave her village since 2022.", "en")
    assert HOUSE not in codes.get("Gulnar Ezizova", set()), codes
    assert HOUSE in codes["Parida Ezizova"], codes


# ------------------------------------------------------------------------- Chinese hearsay

@pytest.mark.parametrize(("text", "told"), [
    ("阿迪力·吐尔逊2018年被带走。2019年我们听说他已经被判了十年。", True),
    ("阿迪力·吐尔逊2018年被带走。听说他又被判了刑，不知真假。", False),
    ("阿迪力·吐尔逊2018年被带走。据说他被判了刑。", False),
])
def test_zh_heard_by_its_hearer_reports_the_act_and_hearsay_of_no_one_hedges_it(text, told):
    codes = _codes(text, "zh")["阿迪力·吐尔逊"]
    assert ARREST in codes  # the same person's arrest, told as fact, in every text
    assert (SENTENCE in codes) is told, codes


# ------------------------------------------------------------------------- the form's subject

@pytest.mark.parametrize("field", ["Applicant: Mx Arslan Qadirov", "Applicant (1): Mx Arslan Qadirov",
                                   "Applicant (1): Arslan Qadirov", "Applicant: Ms Arslan Qadirov"])
def test_the_applicant_is_the_subject_its_field_names_whatever_the_title(field):
    codes = _codes(f"{field}\n\nThe applicant was detained by police in 2019.", "en")
    assert codes == {"Arslan Qadirov": {ARREST}}, codes


_MEDICAL_RECORD = """Городская медико-социальная экспертная комиссия № 4
ВЫПИСКА ИЗ АКТА № 512

{label}: Жумабеков Эркин Садырович, 03.02.1970 г. р.
Проживает: г. Ош

Сведения из анамнеза (со слов освидетельствуемого)
В мае 2018 года, находясь в гостях у родственников в г. Кульджа, был задержан сотрудниками полиции; паспорт изъяли.

Председатель комиссии: Асанова Б. К.
"""


@pytest.mark.parametrize(("label", "told"), [("Освидетельствуемый", True), ("Пациент", True),
                                             ("Председатель", False)])
def test_ru_acts_told_with_no_subject_in_a_medical_record_are_its_subject_fields(label, told):
    codes = _codes(_MEDICAL_RECORD.format(label=label), "ru")
    assert (ARREST in codes["Жумабеков Эркин Садырович"]) is told, codes
    assert ARREST not in codes.get("Асанова Б. К.", set()), codes
