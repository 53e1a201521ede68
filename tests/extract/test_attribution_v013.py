"""Attribution of acts (0.13.0 round): role nouns joined to the named person, French object
clitics by gender and number, "both"-groups, and the agent of a medical act. Invented sentences
in en/fr/ru (names invented, no held-out text quoted); each negative has a positive control in
the same text."""

import pytest

from tests.extract.helpers import codes_of, doc_of, person_named


def codes(doc, name: str) -> set[str]:
    return codes_of(person_named(doc, name))


@pytest.mark.parametrize("language, text, named, other, code", [
    ("en", "The applicant, Gulnaz Tohtiyeva, is a Uyghur woman from Turpan. Her cousin Ablimit Rozi "
           "lives in Munich. In 2018 the applicant was beaten with a rubber baton.",
     "Gulnaz Tohtiyeva", "Ablimit Rozi", "torture.beating"),
    ("en", "Ekrem Sabit, a retired teacher, lives in Hotan with his nephew Dilmurat Kerim. In 2019 "
           "the police confiscated the teacher's passport.",
     "Ekrem Sabit", "Dilmurat Kerim", "movement.passport_confiscation"),
    ("fr", "Ahmet Rozi, un ancien enseignant, vit à Lyon avec sa sœur Aysel Rozi. En 2017, la "
           "police a confisqué le passeport de l'enseignant.",
     "Ahmet Rozi", "Aysel Rozi", "movement.passport_confiscation"),
    ("ru", "Заявитель: Нурланов Ержан, 1979 г. р. Его брат Нурланов Бахыт живёт в Алматы. "
           "Заявителя избивали дубинками.",
     "Нурланов Ержан", "Нурланов Бахыт", "torture.beating"),
])
def test_a_role_noun_joined_to_a_name_is_that_person(language, text, named, other, code):
    doc = doc_of(text, language)
    assert code in codes(doc, named)
    assert code not in codes(doc, other)


def test_a_role_noun_introduced_for_nobody_is_nobody():
    # "the teacher" was never joined to a name: the act is not given to the person named nearby;
    # in the same text "the applicant", joined to Aygul, is Aygul's (the control).
    doc = doc_of("The applicant, Aygul Memet, lives in Leeds with her brother Ilham Memet. "
                 "In 2018 the teacher was beaten with a baton at the school. "
                 "In 2019 the applicant was beaten with a baton at the police station.")
    assert "torture.beating" not in codes(doc, "Ilham Memet")
    aygul = person_named(doc, "Aygul Memet")
    evidence = [doc.text[v.evidence[0]:v.evidence[1]] for v in aygul.violations if v.code == "torture.beating"]
    assert evidence and all("teacher" not in e for e in evidence)
    assert any("police station" in e for e in evidence)


def test_a_role_noun_goes_to_the_person_introduced_with_that_role():
    doc = doc_of("Memet Tohti, a farmer, and Rozi Kerim, a student, were neighbours in Yarkand. "
                 "In 2018 the student was beaten with a baton.")
    assert "torture.beating" in codes(doc, "Rozi Kerim")
    assert "torture.beating" not in codes(doc, "Memet Tohti")


@pytest.mark.parametrize("participle, taken, spared", [
    ("emmenée", "Gulnar Rozi", "Ahmet Rozi"),
    ("emmené", "Ahmet Rozi", "Gulnar Rozi"),
])
def test_a_french_l_apostrophe_agrees_with_its_participle(participle, taken, spared):
    doc = doc_of("Le commerçant Ahmet Rozi et sa femme Gulnar Rozi vivaient à Ghulja depuis 2010. "
                 f"En 2018, la police l'a {participle} dans un camp.", "fr")
    assert "detention.internment_camp" in codes(doc, taken)
    assert "detention.internment_camp" not in codes(doc, spared)


@pytest.mark.parametrize("language, text, both, spared", [
    ("fr", "Notre voisine Gulbahar Niyaz vit à Almaty. Ma cousine Aygul Tursun et son frère Erkin Tursun "
           "habitaient Kachgar. En 2017, tous deux ont été envoyés dans un camp de rééducation.",
     ("Aygul Tursun", "Erkin Tursun"), "Gulbahar Niyaz"),
    ("ru", "Моя соседка Айгуль Бекова живёт в Алматы. Её брат Ерлан Беков и его друг Марат Сеитов "
           "вернулись в Кульджу. Там их обоих избивали дубинками.",
     ("Ерлан Беков", "Марат Сеитов"), "Айгуль Бекова"),
])
def test_both_of_them_is_the_two_people_just_named(language, text, both, spared):
    doc = doc_of(text, language)
    code = "detention.internment_camp" if language == "fr" else "torture.beating"
    for name in both:
        assert code in codes(doc, name)
    assert code not in codes(doc, spared)


def test_the_agent_of_a_medical_act_is_not_its_victim():
    # She was made to fit IUDs on women (she is the agent: no code); the control: an IUD fitted on
    # her cousin is the cousin's.
    doc = doc_of("According to Ms Dilnur Kasim, in 2017 her sister Zulhumar Kasim was ordered by the "
                 "clinic director to fit IUDs on women in the villages of Yengisar County. "
                 "In 2018 an IUD was fitted on their cousin Aynur Kasim against her will.")
    assert "reproductive.forced_contraception" not in codes(doc, "Zulhumar Kasim")
    assert "reproductive.forced_contraception" in codes(doc, "Aynur Kasim")


def test_a_title_tells_the_gender_a_french_clitic_needs():
    # "Mme Niyaz" is a woman: "l'a condamné" (a man) is Ahmet's, not the woman named last.
    doc = doc_of("Le commerçant Ahmet Rozi et sa voisine Gulnar Niyaz vivaient à Ghulja depuis 2010. "
                 "En 2018, il a été arrêté par la police, selon Mme Niyaz. L'année suivante, un "
                 "tribunal l'a condamné à dix ans de prison.", "fr")
    assert "detention.prison_sentence" in codes(doc, "Ahmet Rozi")
    assert "detention.prison_sentence" not in codes(doc, "Gulnar Niyaz")


def test_a_pronoun_naming_the_source_is_not_the_subject():
    # "Selon elle" names who tells it, not who was arrested; the control: "elle a été arrêtée",
    # with no source word before it, is hers.
    text = ("Mme Gulnar Niyaz vit à Lyon. Son père, Ahmet Niyaz, vivait à Ghulja. Selon elle, "
            "cet ancien professeur a été arrêté par la police en 2018.")
    doc = doc_of(text, "fr")
    assert "detention.arbitrary_arrest" not in codes(doc, "Gulnar Niyaz")
    control = doc_of(text + " En 2019, elle a été arrêtée par la police à Ghulja.", "fr")
    assert "detention.arbitrary_arrest" in codes(control, "Gulnar Niyaz")
