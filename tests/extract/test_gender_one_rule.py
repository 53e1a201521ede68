"""One rule for a person's gender (issue 11, h-x30c): `persons.gender`, read by attribution's
pronouns (`subjects`) and by the kin-possessor rule (`violations`) alike.

Before, `subjects` knew a title and a family name's ending but not the given-name lexicon, and
`violations` knew the lexicon but not the title: a man named only by a given name and a family name
with no gendered ending ("Memtimin Tohti") could be "her" to attribution. Invented sentences; each
refusal has a positive control in the same form.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text, persons, subjects, violations


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text)["persons"]}


def test_one_function_decides_gender_for_attribution_and_violations():
    assert subjects._gender is persons.gender
    assert violations._gender is persons.gender


@pytest.mark.parametrize(("man", "woman", "sentence"), [
    ("Memtimin Tohti", "Dilnur Tohti",
     "{name} sold melons in Kucha until 2017. In 2016 the police took her passport."),
    ("Рахман Тохти", "Гульнара Тохти",
     "{name} торговал{a} дынями в Куче до 2017 года. Паспорт у неё забрали ещё в 2016 году."),
])
def test_a_man_known_by_his_given_name_is_not_her(man, woman, sentence):
    his = codes(sentence.format(name=man, a=""))
    assert "movement.passport_confiscation" not in his.get(man, set())
    # positive control: a woman in the same place is "her"
    hers = codes(sentence.format(name=woman, a="а"))
    assert "movement.passport_confiscation" in hers[woman]


def test_a_title_of_address_outranks_the_given_name_lexicon():
    from guwah.extract.document import Doc, PersonRecord

    text = "Mme Memtimin spoke. Memtimin Tohti said more."
    doc = Doc(text=text, language="en")
    doc.persons.append(PersonRecord(id="p1", names=["Memtimin Tohti"], mentions=[(4, 12), (20, 34)]))
    assert persons.gender(doc, "p1") == "female"
    # control: without the title, the lexicon's gender
    plain = Doc(text="Memtimin Tohti said more.", language="en")
    plain.persons.append(PersonRecord(id="p1", names=["Memtimin Tohti"], mentions=[(0, 14)]))
    assert persons.gender(plain, "p1") == "male"


def test_the_lexicon_is_read_for_the_name_itself_not_a_name_a_letter_apart():
    from guwah.extract.document import Doc, PersonRecord

    # "Anar" shares its phonetic key with Жанар (a woman's name); Anar is also a man's name
    doc = Doc(text="Anar Sabit said more.", language="en")
    doc.persons.append(PersonRecord(id="p1", names=["Anar Sabit"], mentions=[(0, 10)]))
    assert persons.gender(doc, "p1") is None
    # control: a listed name itself
    doc = Doc(text="Dilnur Sabit said more.", language="en")
    doc.persons.append(PersonRecord(id="p1", names=["Dilnur Sabit"], mentions=[(0, 12)]))
    assert persons.gender(doc, "p1") == "female"
