"""Attribution of events and acts, second round (issue 11): a coordination with "I", a name in
apposition to a kin phrase, a subject pronoun that continues the subject before it, and a
letter's signer as its narrator. One attribution (`subjects.attribute`) serves events and
violations. Invented people, our own words; each refusal has a positive control in the same text."""

from tests.extract.helpers import doc_of, person_named


def events_of(doc, person) -> set[tuple[str, str | None]]:
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


def types_of(doc, person) -> set[str]:
    return {e.type for e in doc.events if e.person == person.id}


def test_attribution_a_coordination_with_i_is_both_people():
    doc = doc_of("My name is Bakyt Omarov. My wife, Aliya Omarova, worked at a school in Ghulja. "
                 "In the spring of 2019 my wife and I crossed into Kazakhstan.")
    assert "exit" in types_of(doc, person_named(doc, "Bakyt Omarov"))
    assert "exit" in types_of(doc, person_named(doc, "Aliya Omarova"))


def test_attribution_a_name_in_apposition_to_a_kin_phrase_is_the_named_person():
    doc = doc_of("Memet Kurban is a baker in Istanbul. His uncle, the teacher Yusup Ablet, "
                 "died in a prison hospital on 3 April 2021.")
    assert ("death", "2021-04-03") in events_of(doc, person_named(doc, "Yusup Ablet"))
    assert "death" not in types_of(doc, person_named(doc, "Memet Kurban"))
    assert not any(e.type == "death" and not doc.person(e.person).names for e in doc.events)


def test_attribution_a_subject_pronoun_continues_the_subject_before_it():
    # "he" opens its sentence as its subject: the man detained, not the friend named last.
    doc = doc_of("The client's son, Arslan Tursun, was detained on 9 March 2018 after police learned "
                 "that he had phoned Kadir Umar in Bishkek. He was then transferred to a prison in Aksu.")
    assert "transfer" in types_of(doc, person_named(doc, "Arslan Tursun"))
    assert "transfer" not in types_of(doc, person_named(doc, "Kadir Umar"))


def test_attribution_a_pronoun_after_a_person_in_its_own_sentence_is_not_continued():
    # Control of the rule above: "he" is not its sentence's first reference, so the nearest man
    # (named in the same sentence) decides, not the subject of the sentence before.
    doc = doc_of("On 9 March 2018 Arslan Tursun was detained in Aksu. Two weeks later Kadir Umar "
                 "said that he was transferred to a prison in Kuqa.")
    assert "transfer" in types_of(doc, person_named(doc, "Kadir Umar"))


def test_attribution_a_letters_signer_is_its_narrator_not_its_recipient():
    doc = doc_of("[Translated for the family of the recipient, Zulfiya Hamit.]\n\n"
                 "Bishkek, 4 March 2023\n\nDear Zulfiya,\n\n"
                 "You asked what happened to me. I was taken to the camp in Kuqa in June 2018. "
                 "I was let go in the winter of 2019 and I still dream of it every night.\n\n"
                 "Your loving uncle,\nAbdurehim Sattar\n")
    signer = person_named(doc, "Abdurehim Sattar")
    assert signer.narrator
    assert "detention" in types_of(doc, signer)
    assert not types_of(doc, person_named(doc, "Zulfiya Hamit")) & {"detention", "release"}


def test_events_a_french_opening_participle_goes_to_the_person_its_ending_agrees_with():
    # A case file: a heading names the person, then sentences with no subject. The ending of the
    # participle chooses between the woman and the man named before it.
    doc = doc_of("Dossier 1 - Kurban Sattar\n"
                 "Né en 1969, commerçant à Ghulja. Sa sœur, Aynur Sattar, vit à Genève. "
                 "Arrêté le 3 mars 2018 à son magasin. Condamné en 2019 à dix ans.\n\n"
                 "Dossier 2 - Patigul Rozi\n"
                 "Née en 1975, infirmière à Aksou. Son frère, Memet Rozi, vit à Lyon. "
                 "Arrêtée le 9 juin 2018 à l'hôpital.", "fr")
    assert {("arrest", "2018-03-03"), ("sentencing", "2019")} <= events_of(doc, person_named(doc, "Kurban Sattar"))
    assert ("arrest", "2018-06-09") in events_of(doc, person_named(doc, "Patigul Rozi"))
    assert "arrest" not in types_of(doc, person_named(doc, "Aynur Sattar"))
    assert "arrest" not in types_of(doc, person_named(doc, "Memet Rozi"))


def test_events_an_opening_participle_of_a_chronology_continues_its_person():
    doc = doc_of("Заявитель: Бекенов Арман, 1980 г. р.\n\n"
                 "1. 12.04.2018. Задержан сотрудниками полиции у себя дома.\n\n"
                 "2. 03.09.2018. Переведён в следственный изолятор.", "ru")
    assert {"arrest", "transfer"} <= types_of(doc, person_named(doc, "Бекенов Арман"))


def test_events_an_opening_participle_with_its_own_subject_is_not_continued():
    # "Arrested in May, Kadir …": the clause after the comma names its subject, not the person
    # of the sentence before (the control: the bare "Detained …" continues that person).
    doc = doc_of("Dilnur Abbas is a nurse from Hotan. Detained on 2 May 2018 at her clinic. "
                 "Arrested in June 2018, her neighbour Kadir Omar was held for a year.")
    assert ("arrest", "2018-06") not in events_of(doc, person_named(doc, "Dilnur Abbas"))
    assert "detention" in types_of(doc, person_named(doc, "Dilnur Abbas"))


def test_events_crossed_at_a_border_post_is_a_crossing_to_the_other_side():
    # "crossed at X" names the crossing point, not a destination; a destination after it decides.
    doc = doc_of("My name is Serik Nurbek. I was released from the camp in Ghulja in March 2019. "
                 "I crossed at Khorgos in October 2020.")
    assert ("exit", "2020-10") in events_of(doc, person_named(doc, "Serik Nurbek"))
    doc = doc_of("My name is Serik Nurbek. I lived in Almaty for ten years. "
                 "In 2017 I crossed at Khorgos into Xinjiang to see my mother.")
    assert "exit" not in types_of(doc, person_named(doc, "Serik Nurbek"))


def test_events_they_came_for_both_of_us_is_the_narrators_arrest():
    doc = doc_of("My name is Ablet Qadir. Police came for both of us on 3 June 2018, my brother and me. "
                 "They did not come for my mother.")
    assert ("arrest", "2018-06-03") in events_of(doc, person_named(doc, "Ablet Qadir"))


def codes(doc, name: str) -> set[str]:
    return {v.code for v in person_named(doc, name).violations}


def test_codes_a_relative_visited_by_police_asking_after_the_one_abroad():
    doc = doc_of("My name is Aygul Kamal and I study in Oslo. In 2021 local police visited my mother, "
                 "Meryem Kamal, in Hotan and asked when her daughter was coming home.")
    assert "family.reprisal" in codes(doc, "Meryem Kamal")
    assert "transnational.harassment" in codes(doc, "Aygul Kamal")
    assert "family.reprisal" not in codes(doc, "Aygul Kamal")


def test_codes_a_relative_called_in_and_asked_about_the_speaker():
    doc = doc_of("My name is Zohre Mamut. After I gave an interview in 2022, my brother Ilyas Mamut "
                 "was called in and asked about me.")
    assert "family.reprisal" in codes(doc, "Ilyas Mamut")
    assert "transnational.harassment" in codes(doc, "Zohre Mamut")


def test_codes_police_phoning_a_named_person_to_come_back_but_not_to_ask_about_work():
    doc = doc_of("I am Tohti Barat and I live in Paris. In May the police phoned Kerim Barat, my cousin "
                 "in Lyon, three times and told him to come back.")
    assert "transnational.harassment" in codes(doc, "Kerim Barat")
    doc = doc_of("I am Tohti Barat and I live in Paris. In May the police phoned Kerim Barat, my cousin "
                 "in Lyon, and asked about his work.")
    assert "transnational.harassment" not in codes(doc, "Kerim Barat")


def test_codes_a_person_arrested_while_visiting_a_relative_is_no_reprisal_of_the_relative():
    doc = doc_of("A woman named Aynur Tursun spoke about her brother Memet Tursun, who was arrested by the "
                 "police when visiting his uncle in Ghulja, and asked about him. "
                 "In 2020 officers visited her mother, Patigul Tursun, and asked about Aynur.")
    assert not any(v.code in ("family.reprisal", "transnational.harassment")
                   for p in doc.persons if not p.names for v in p.violations)
    assert "family.reprisal" not in codes(doc, "Memet Tursun")
    assert "family.reprisal" in codes(doc, "Patigul Tursun")  # the control
