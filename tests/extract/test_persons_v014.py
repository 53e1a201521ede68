"""Persons by kind (extractor 0.14.0): names written in capitals in captions and speaker labels,
and who owns "her husband" when an official stands nearest. Invented people and our own words;
each refusal has a positive control in the same text."""

from tests.extract.helpers import doc_of, person_named

CAPTIONED = ("Kamil Tursun was taken from his workshop in Hotan in May 2018. His family has not seen him since.\n\n"
             "[Caption: DILARA TURSUN, daughter of Kamil Tursun, now a nurse in Oslo]\n\n"
             "DILARA TURSUN: They came at night. Dilara says her father was sent to a camp. "
             "The police never gave a reason and nobody told the family where he was held.\n\n"
             "WORLD SERVICE REPORT\n")


def test_a_name_in_capitals_sharing_a_word_with_a_written_name_is_a_person():
    doc = doc_of(CAPTIONED)
    dilara = person_named(doc, "Dilara Tursun")
    spelled = {doc.text[s:e] for s, e in dilara.mentions}
    assert "DILARA TURSUN" in spelled and "Dilara" in spelled
    assert person_named(doc, "Kamil Tursun") is not dilara


def test_a_heading_in_capitals_sharing_no_word_with_a_name_is_no_person():
    doc = doc_of(CAPTIONED)
    heading = doc.text.index("WORLD SERVICE")
    assert not any(s <= heading < e for p in doc.persons for s, e in p.mentions)
    assert person_named(doc, "Dilara Tursun")  # the control: the captioned name is one


OFFICIAL = ("Gulnar Sabit is a nurse from Aksu who now lives in Leeds. In 2019 a township official, Li Wenbo, "
            "came to the clinic and told her that her husband had gone to study. She has not heard from him since. "
            "Her husband, Erkin Tohti, was a driver.\n")


def test_an_official_nearest_to_her_husband_does_not_own_him():
    doc = doc_of(OFFICIAL)
    official, nurse = person_named(doc, "Li Wenbo"), person_named(doc, "Gulnar Sabit")
    erkin = person_named(doc, "Erkin Tohti")
    assert "official" in official.roles
    assert not official.relations
    assert ("husband", erkin.id) in {(r.relation, r.person) for r in nurse.relations}
    assert len([p for p in doc.persons if not p.names and p.kin_of and p.kin_of[1] == "husband"]) == 0


def test_a_person_without_a_title_still_owns_the_kin_phrase_after_them():
    # the control: no official before the kin phrase, so the nearest woman owns it
    doc = doc_of("Aysel Kerim teaches music in Bonn. A neighbour, Patime Rozi, said her son was taken in 2018. "
                 "Her son, Ablet Rozi, was twenty.\n")
    patime, ablet = person_named(doc, "Patime Rozi"), person_named(doc, "Ablet Rozi")
    assert ("son", ablet.id) in {(r.relation, r.person) for r in patime.relations}


def test_a_title_told_as_whom_the_witness_names_makes_an_official():
    doc = doc_of("Rahile Osman lives in Ankara. In 2018 a police officer, whom she names as Zhang Wei, "
                 "told her that her brother was in a school. Her brother, Yasin Osman, is a tailor.\n")
    zhang, rahile = person_named(doc, "Zhang Wei"), person_named(doc, "Rahile Osman")
    assert "official" in zhang.roles
    assert "official" not in rahile.roles  # the control: the witness has no title
    assert "official" not in person_named(doc, "Yasin Osman").roles


def test_a_neighbourhood_head_is_an_official():
    doc = doc_of("The neighbourhood head Bekzat Omar came to the flat twice. My cousin Nurbol Omar opened the door.\n")
    assert "official" in person_named(doc, "Bekzat Omar").roles
    assert "official" not in person_named(doc, "Nurbol Omar").roles


def test_an_official_is_no_victim_with_the_model():
    # long enough for the person model (roles_model.MIN_CHARS); the detained teacher is the control
    text = ("Meryem Tohti is a teacher from Kashgar who now lives in Istanbul with her two children. "
            "In March 2018 her husband, Abdukerim Yusup, was detained at his shop in Kashgar and taken to a camp. "
            "Nobody told the family why. In 2019 the village chief, Liu Bo, was beaten by the county police "
            "for failing to meet a quota, according to a neighbour, and he then came to her mother's house "
            "and took her mother's passport. Abdukerim Yusup was sentenced to twelve years in 2020. "
            "Meryem has not heard from him since, and her letters to the prison come back unopened.\n")
    doc = doc_of(text)
    assert len(text) >= 500
    assert "official" in person_named(doc, "Liu Bo").roles
    assert "victim" not in person_named(doc, "Liu Bo").roles
    assert "victim" in person_named(doc, "Abdukerim Yusup").roles


def test_chinese_defendant_and_passive_of_custody_make_victims():
    doc = doc_of("被告人阿不力孜·买买提，男，1975年出生，维吾尔族，农民。其妻古丽·吐尔逊在家务农。"
                 "我们村有一位叫艾合买提·尼亚孜的老人，被抓时六十岁。审判长王建国。", "zh")
    assert "victim" in person_named(doc, "阿不力孜·买买提").roles
    assert "victim" in person_named(doc, "艾合买提·尼亚孜").roles
    assert "victim" not in person_named(doc, "古丽·吐尔逊").roles  # named beside the defendant: no victim
    assert "victim" not in person_named(doc, "王建国").roles  # the presiding judge


def test_chinese_negated_passive_and_name_tail_words():
    doc = doc_of("他的邻居热依汗·买买提没有被带走。被告人艾尔西丁·吐尔逊之子在乌鲁木齐上学。", "zh")
    assert "victim" not in person_named(doc, "热依汗·买买提").roles
    assert "victim" in person_named(doc, "艾尔西丁·吐尔逊").roles  # the tail 之子 is cut off the name
