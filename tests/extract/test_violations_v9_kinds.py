"""Violation codes for the kinds of wording the v9 tuning set's losses showed missing (issue 11,
the 0.16.x round): a prison term as years given, nobody knowing where the person is, no visit, a
relative visited and warned, a caller who says he is from the police, medicine asked for and
refused, a word of one's language punished, a bare "was taken", a release that only obliges one to
report (no house arrest). Invented sentences and names in en, fr and ru; each refusal has a
positive control in the same text."""

import pytest

from tests.extract.helpers import codes_of, doc_of, person_named


def codes(doc, name: str) -> set[str]:
    return codes_of(person_named(doc, name))


@pytest.mark.parametrize("language, text, name, code", [
    ("en", "Police detained Aygul Tursun in 2018. In 2020 she was given eleven years.", "Aygul Tursun", "detention.prison_sentence"),
    ("en", "Police detained Aygul Tursun in 2018. A court gave her 11 years.", "Aygul Tursun", "detention.prison_sentence"),
    ("fr", "La police a arrêté Aygul Tursun en 2018. En 2020, elle a écopé de onze ans.", "Aygul Tursun", "detention.prison_sentence"),
    ("ru", "Мурат Касымов был задержан в 2018 году. Ему дали 11 лет.", "Мурат Касымов", "detention.prison_sentence"),
    ("en", "Police detained Aygul Tursun in 2018. Since then no neighbour has known where she is kept.", "Aygul Tursun", "disappearance.enforced"),
    ("en", "Police detained Aygul Tursun in 2018. She has not been seen by her relatives since.", "Aygul Tursun", "disappearance.enforced"),
    ("en", "Police detained Aygul Tursun in 2018. She was allowed no visits.", "Aygul Tursun", "detention.incommunicado"),
    ("fr", "La police a arrêté Aygul Tursun en 2018. Nous n'avons plus rien su d'elle depuis.", "Aygul Tursun", "detention.incommunicado"),
    ("ru", "Мурат Касымов был задержан в 2018 году. Где он сейчас, семье не говорят.", "Мурат Касымов", "disappearance.enforced"),
    ("en", "Police detained Aygul Tursun in 2018. Her pleas for painkillers were ignored.", "Aygul Tursun", "ill_treatment.denied_medical_care"),
    ("fr", "La police a arrêté Aygul Tursun en 2018. Malade, elle n'a jamais été conduite chez le médecin.", "Aygul Tursun", "ill_treatment.denied_medical_care"),
    ("ru", "Мурат Касымов был задержан в 2018 году. У него был жар, но к врачу его не пускали.", "Мурат Касымов", "ill_treatment.denied_medical_care"),
    ("en", "Aygul Tursun was held in a camp in 2018. One word of Kazakh cost her a day's food.", "Aygul Tursun", "culture.language_ban"),
    ("ru", "Мурат Касымов был в лагере в 2018 году. За уйгурское слово его лишали обеда.", "Мурат Касымов", "culture.language_ban"),
    ("en", "Police detained Aygul Tursun in March. Nurmemet Rozi was taken a month later.", "Nurmemet Rozi", "detention.arbitrary_arrest"),
    ("fr", "Marat Tursun a été emmené le même jour que son voisin.", "Marat Tursun", "detention.arbitrary_arrest"),
    ("en", "Later Nurmemet Rozi was driven to a vocational training centre near Korla.", "Nurmemet Rozi", "detention.internment_camp"),
])
def test_the_v9_kinds_in_other_words(language, text, name, code):
    assert code in codes(doc_of(text, language), name)


@pytest.mark.parametrize("language, text, relative", [
    ("en", "Aygul Tursun lives in Oslo. Her brother Nurmemet Rozi was visited twice by police, who warned him about her interviews.", "Nurmemet Rozi"),
    ("ru", "Мурат Касымов живёт в Алматы. Его брата Серика вызвали в полицию и предупредили, что Мурату лучше молчать.", "Серик"),
])
def test_a_relative_visited_and_warned_suffers_a_reprisal(language, text, relative):
    assert "family.reprisal" in codes(doc_of(text, language), relative)


@pytest.mark.parametrize("language, text, name", [
    ("en", "Aygul Tursun lives in Oslo. In May a caller who said he was from the county police asked for her address.", "Aygul Tursun"),
    ("fr", "Aygul Tursun vit à Oslo. Elle reçoit des messages d'un numéro chinois qui parlent de son père.", "Aygul Tursun"),
    ("ru", "Айгуль Серикова живёт в Алматы. Ей позвонил мужчина, назвался сотрудником полиции и спрашивал её адрес.", "Айгуль Серикова"),
])
def test_a_caller_from_the_police_harasses_the_one_abroad(language, text, name):
    assert "transnational.harassment" in codes(doc_of(text, language), name)


def test_taken_to_hospital_is_no_arrest():
    doc = doc_of("Nurmemet Rozi was taken to hospital in May. Aygul Tursun was taken in June.", "en")
    assert "detention.arbitrary_arrest" not in codes(doc, "Nurmemet Rozi")
    assert "detention.arbitrary_arrest" in codes(doc, "Aygul Tursun")  # control


def test_a_release_that_only_obliges_reporting_is_no_house_arrest():
    doc = doc_of("Nurmemet Rozi was released in 2019 on condition that he report to the police station every week. "
                 "Aygul Tursun was released in 2019; she must stay in her village and report to the police station every week.", "en")
    assert "detention.house_arrest" not in codes(doc, "Nurmemet Rozi")
    assert "detention.house_arrest" in codes(doc, "Aygul Tursun")  # control


def test_a_camp_denied_after_an_aside_is_not_coded():
    doc = doc_of("Мурат Касымов был задержан в 2018 году. Месяц он сидел в камере участка, в лагерь, по его словам, его не отправляли. "
                 "Серик Касымов был отправлен в лагерь.", "ru")
    assert "detention.internment_camp" not in codes(doc, "Мурат Касымов")
    assert "detention.internment_camp" in codes(doc, "Серик Касымов")  # control
