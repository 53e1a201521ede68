"""Issue 11: the state's euphemisms of custody (vocab/euphemisms.yaml, one home). A euphemism stated as
fact about a person, or quoted and denied, is the act; one said of an ordinary school or course is not.
Invented names, our own sentences; each negative has its positive control in the same text."""

import re

import pytest

from guwah.vocab import act_patterns, euphemism, event_patterns, expand, parse_acts
from tests.extract.helpers import codes_of, doc_of, person_named

CAMP = "detention.internment_camp"
ARREST = "detention.arbitrary_arrest"


def _events(doc, person):
    return {e.type for e in doc.events if e.person == person.id}


# ------------------------------------------------------------------------------------------ one home

def test_a_list_is_named_in_the_files_and_expanded_before_compiling():
    zh_acts = [e["pattern"] for e in act_patterns() if e["language"] == "zh"]
    assert euphemism("zh", "camp") in zh_acts  # the camp names entry is the list itself
    detention = [e["pattern"] for e in event_patterns("zh") if e["kind"] == "detention"][0]
    assert euphemism("zh", "camp_place") in detention  # the events file reads the same list
    assert not any("{{" in (e["pattern"] or "") + (e["requires"] or "") for e in act_patterns())


def test_an_unknown_or_half_written_list_name_is_refused_with_its_entry():
    with pytest.raises(ValueError, match="entry 1: no list"):
        parse_acts("- code: detention.internment_camp\n  pattern: '{{en.no_such_list}}'\n", "en", "t.yaml")
    with pytest.raises(ValueError, match="not closed"):
        expand("a{{ru.study_at}b", "t.yaml entry 2")
    assert expand(r"\bcamp\b") == r"\bcamp\b"  # a pattern naming no list is left as it is


def test_the_chinese_custody_reader_uses_the_one_list():
    from guwah.extract import han
    assert euphemism("zh", "camp_place") in han._CUSTODY_ANY.pattern
    assert re.search(euphemism("zh", "camp_place"), "送往县教培中心")


# ------------------------------------------------------------------------------------------ English

def test_en_a_state_told_by_officials_is_the_camp_an_ordinary_course_is_not():
    doc = doc_of("The officials say Dilnur Qadir is in transformation through education, while her cousin "
                 "Mirzat Qadir is in training at a bank in Almaty.")
    assert CAMP in codes_of(person_named(doc, "Dilnur Qadir"))
    assert CAMP not in codes_of(person_named(doc, "Mirzat Qadir"))


def test_en_sent_for_re_education_is_the_camp_sent_to_a_university_is_not():
    doc = doc_of("Nurbiye Ekrem was sent to study at Almaty university in 2015; Kamil Sidiq was sent for "
                 "re-education in 2017.")
    assert CAMP in codes_of(person_named(doc, "Kamil Sidiq"))
    assert codes_of(person_named(doc, "Nurbiye Ekrem")) == set()


def test_en_a_vocational_skills_school_is_a_camp_by_its_own_name():
    doc = doc_of("Qurbanjan Eli spent a year in a vocational skills school near Aksu.")
    assert CAMP in codes_of(person_named(doc, "Qurbanjan Eli"))


def test_en_the_name_denied_is_the_camp():
    doc = doc_of("They call it a school; it is a prison, and Gulbahar Helil has been there since 2018.")
    assert CAMP in codes_of(person_named(doc, "Gulbahar Helil"))
    doc = doc_of("Ekber Sawutjan was kept two years in a school which was never a real school. His son Erpat Sawutjan teaches "
                 "at a real school in Turpan.")
    assert CAMP in codes_of(person_named(doc, "Ekber Sawutjan"))
    assert codes_of(person_named(doc, "Erpat Sawutjan")) == set()


def test_en_study_quoted_by_those_who_take_him_is_the_arrest():
    doc = doc_of('In 2018 the police came for Kamiljan Yunus and told him he had to go "for some study".')
    assert ARREST in codes_of(person_named(doc, "Kamiljan Yunus"))


# ------------------------------------------------------------------------------------------ French

def test_fr_in_training_told_by_the_police_is_the_camp_a_trainee_in_lyon_is_not():
    doc = doc_of("La police nous a dit qu'Erkinjan Hoshur est en formation professionnelle depuis 2018.", "fr")
    assert CAMP in codes_of(person_named(doc, "Erkinjan Hoshur"))
    doc = doc_of("Notre fille Zohregul Imin est en formation professionnelle à Lyon depuis septembre, et son "
                 "oncle Tahirjan Imin a été envoyé en « formation » à Kachgar en 2017.", "fr")
    assert codes_of(person_named(doc, "Zohregul Imin")) == set()
    assert CAMP in codes_of(person_named(doc, "Tahirjan Imin"))


def test_fr_placed_in_a_centre_by_the_police_not_a_care_centre():
    doc = doc_of("Rozigul Ahmet a été placée par les services sociaux dans un centre d’accueil, et la police "
                 "a placé Adiljan Rozi dans un centre à Aksou.", "fr")
    assert CAMP in codes_of(person_named(doc, "Adiljan Rozi"))
    assert CAMP not in codes_of(person_named(doc, "Rozigul Ahmet"))


def test_fr_a_quoted_or_own_name_of_the_camp():
    doc = doc_of("Patigul Nasirova a passé un an dans le « centre de formation » de Ghulja.", "fr")
    assert CAMP in codes_of(person_named(doc, "Patigul Nasirova"))
    doc = doc_of("En 2018, Ilhamjan Sabir a été emmené dans ce que les autorités appelaient un « centre de "
                 "transformation par l'éducation ».", "fr")
    assert CAMP in codes_of(person_named(doc, "Ilhamjan Sabir"))


# ------------------------------------------------------------------------------------------ Russian

def test_ru_at_study_told_by_officials_is_the_camp_at_a_university_is_not():
    doc = doc_of("Сотрудники ответили, что Даурен Оспанбеков находится на обучении в университете, а Ерлан "
                 "Абаевич с 2018 года находится на учёбе.", "ru")
    assert CAMP in codes_of(person_named(doc, "Ерлан Абаевич"))
    assert CAMP not in codes_of(person_named(doc, "Даурен Оспанбеков"))


def test_ru_left_for_study_in_plain_quotation_marks_a_pupil_at_college_is_not():
    doc = doc_of('Мама сказала, что Арман Сейтказиев уехал "на учёбу" в 2018 году, а его дочь Айгуль '
                 'Сейтказиева учится в колледже в Алматы.', "ru")
    assert CAMP in codes_of(person_named(doc, "Арман Сейтказиев"))
    assert codes_of(person_named(doc, "Айгуль Сейтказиева")) == set()


def test_ru_the_name_denied_is_the_camp():
    doc = doc_of("Это называют школой, а на самом деле это тюрьма, и там с 2018 года Канат Жумабеков.", "ru")
    assert CAMP in codes_of(person_named(doc, "Канат Жумабеков"))


# ------------------------------------------------------------------------------------------ Kazakh, Uyghur

def test_kk_taken_to_study_and_released_from_it_a_student_is_not():
    doc = doc_of("2018 жылы Ерлан Төлеубаев оқуға алып кетілді. Қызы Айжан Төлеубаева Алматыда университетте "
                 "оқиды.", "kk")
    assert CAMP in codes_of(person_named(doc, "Ерлан Төлеубаев"))
    assert codes_of(person_named(doc, "Айжан Төлеубаева")) == set()
    doc = doc_of("2019 жылы Нұржан Әлимбеков оқудан босатылды.", "kk")
    assert CAMP in codes_of(person_named(doc, "Нұржан Әлимбеков"))


def test_ug_taken_to_study_and_released_from_it():
    doc = doc_of("2018-يىلى ئەركىنجان سابىر ئۆگىنىشكە ئېلىپ كېتىلدى.", "ug")
    assert CAMP in codes_of(doc.persons[0])
    doc = doc_of("2019-يىلى ئادىلجان روزى تەربىيىلەشتىن قويۇپ بېرىلدى.", "ug")
    assert CAMP in codes_of(doc.persons[0])


# ------------------------------------------------------------------------------------------ Chinese

def test_zh_handled_according_to_law_is_the_arrest_a_car_so_handled_is_not():
    doc = doc_of("2018年，艾尔肯江·吐尔逊被公安机关依法处理。", "zh")
    person = person_named(doc, "艾尔肯江·吐尔逊")
    assert ARREST in codes_of(person) and "arrest" in _events(doc, person)
    doc = doc_of("对违规停放的车辆依法处理。2019年，热依拉·买买提被依法处理。", "zh")
    assert [codes_of(p) for p in doc.persons] == [{ARREST}]


def test_zh_study_in_quotation_marks_is_the_camp_study_at_a_university_is_not():
    doc = doc_of("2018年，社区干部对古丽米拉·托合提说让她“去学习几天”。其女儿在乌鲁木齐大学学习。", "zh")
    assert CAMP in codes_of(person_named(doc, "古丽米拉·托合提"))
    assert all(CAMP not in codes_of(p) for p in doc.persons if "古丽米拉·托合提" not in p.names)
