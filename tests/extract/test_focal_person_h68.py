"""A record's focal person owns the acts its filer tells of "my husband" or "father" (issue 11, h-focal68).

A form filled in for its member by a relative ("Name of member: X" … "by Y (wife)", "Signed: Y") is told in Y's
words: Y is the narrator (`persons._signature_field`), Y is X's wife (`persons._field_kin`), and "my husband"
is X (`persons._named_relatives`), not an unnamed husband of X. A register's entry about X ("№ 12. SURNAME
Given, …") where X's son is named as the teller gives "father" to X (`persons._focal_kin`), not to the son
named nearer. Invented texts; controls: a nearer named man keeps his own acts, the narrator's own acts stay
hers, and a kin word of the other gender ("mother" in an entry about a man) is not the focal person.
"""

from __future__ import annotations

from functools import lru_cache

from guwah.extract.persons import focal_person
from tests.extract.helpers import codes_of, person_named
from tests.extract.helpers import doc_of as _doc_of


@lru_cache(maxsize=8)
def doc_of(text: str, language: str):
    """One run a text (the pipeline is slow): the tests only read the document."""
    return _doc_of(text, language)

FORM = ("RIVERBANK ROWING CLUB\nMembership renewal form\n\nMember no.: RRC-311\nName of member: ABDUQADIR SEYIT\n"
        "Address: 4 Mill Road, Exeter\nRenewal made for the member? YES, by MIHRIBAN TOHTI (wife)\n\n"
        "Reason for the gap (in your own words)\n\n"
        "My husband rowed with you for six years, and I am filling in this form because I want his place kept "
        "for him. He went to Hotan in May 2018 to see his parents. "
        "At the airport the police took his passport. In 2019 a court gave him fifteen years. I have not "
        "heard his voice since. {control}\n\n"
        "Signed: Mihriban Tohti    Date: 02/02/2023\n\nOFFICE USE\nReceived by: T. Marsh (Secretary)\n")


def test_form_focal_person_is_the_member():
    doc = doc_of(FORM.format(control=""), "en")
    member = person_named(doc, "Abduqadir Seyit")
    assert focal_person(doc)[0] == member.id


def test_my_husband_is_the_member_the_form_names():
    doc = doc_of(FORM.format(control=""), "en")
    member = person_named(doc, "Abduqadir Seyit")
    wife = person_named(doc, "Mihriban Tohti")
    assert wife.narrator and not member.narrator
    assert {"movement.passport_confiscation", "detention.prison_sentence"} <= codes_of(member)
    assert "victim" in member.roles
    assert not [p for p in doc.persons if not p.names and codes_of(p)]  # no unnamed husband took them


def test_a_nearer_named_man_keeps_his_acts():
    """Control: a man named in the text is "he" of his own sentence; the member keeps his own acts."""
    doc = doc_of(FORM.format(control="His friend Tohtaji Melis was detained at a checkpoint in Kashgar in 2017."), "en")
    member = person_named(doc, "Abduqadir Seyit")
    friend = person_named(doc, "Tohtaji Melis")
    assert "detention.arbitrary_arrest" in codes_of(friend)
    assert "detention.arbitrary_arrest" not in codes_of(member)
    assert "detention.prison_sentence" in codes_of(member)


def test_the_narrators_own_acts_stay_hers():
    """Control: what the filer says of herself ("they beat me") is hers, not the member's."""
    doc = doc_of(FORM.format(control="When I went to the police station in Hotan to ask about him, they beat me."), "en")
    wife = person_named(doc, "Mihriban Tohti")
    member = person_named(doc, "Abduqadir Seyit")
    assert "torture.beating" in codes_of(wife)
    assert "torture.beating" not in codes_of(member)
    assert "movement.passport_confiscation" in codes_of(member)


def test_without_a_kin_word_the_filer_is_no_relative():
    """Control: the same form with no bracketed kin word: nothing makes "my husband" the member."""
    doc = doc_of(FORM.format(control="").replace(" (wife)", ""), "en")
    member = person_named(doc, "Abduqadir Seyit")
    assert "detention.prison_sentence" not in codes_of(member)


REGISTER = ("Клуб любителей шахмат «Ладья», г. Алматы\nЖУРНАЛ УЧЁТА ЧЛЕНОВ (выписка)\n\n"
            "№ 12. ТАШПОЛАТОВ Ерсин, 1971 г. р., член клуба с 2009 г.\nОтметки:\n"
            "03.10.2019. Со слов сына, Бахтияра Ерсинова: в августе отец поехал в Кульджу к родне, "
            "на границе его задержали. Где он, семье не говорят.\n"
            "12.02.2021. Со слов Бахтияра: отцу дали срок, девять лет.\n"
            "{control}\n"
            "Секретарь Абенова Л. К.\n")


def test_an_entrys_father_is_its_member():
    doc = doc_of(REGISTER.format(control=""), "ru")
    member = next(p for p in doc.persons if "ТАШПОЛАТОВ Ерсин" in p.names or "Ерсин Ташполатов" in p.names)
    son = next(p for p in doc.persons if any(n.startswith("Бахтияр") for n in p.names))
    assert focal_person(doc, doc.text.index("отец"))[0] == member.id
    assert {"detention.prison_sentence", "disappearance.enforced"} <= codes_of(member)
    assert "victim" in member.roles
    assert not codes_of(son) and "victim" not in son.roles
    assert any(r.person == son.id and r.relation == "son" for r in member.relations)


def test_a_mother_is_not_the_male_member():
    """Control: in the entry about a man, "мать" told by his daughter is her mother, not him; "отец" and
    "отцу" told by his son in the same entry still are him."""
    control = "15.03.2021. Со слов дочери, Динары Ерсиновой: мать задержали в Кульдже и держат в лагере."
    doc = doc_of(REGISTER.format(control=control), "ru")
    member = next(p for p in doc.persons if "ТАШПОЛАТОВ Ерсин" in p.names or "Ерсин Ташполатов" in p.names)
    mother = doc.text.index("мать")
    assert focal_person(doc, mother)[0] == member.id
    assert (mother, mother + len("мать")) not in member.mentions
    father = doc.text.index("отцу")
    assert (father, father + len("отцу")) in member.mentions
    assert "detention.prison_sentence" in codes_of(member)
