"""Issue 11's small cases 3, 4, 9, 10 and 12, each as a text of our own with invented names, in the
language of the case. Each negative assertion has its positive control in the same text."""

from tests.extract.helpers import codes_of, doc_of, person_named


def _events(doc, person):
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


def test_issue11_case3_a_son_called_by_his_fathers_given_name():
    # The son's surname is his father's given name; alone, "Tohti" is the son, as the press says.
    doc = doc_of("The father of Mirzat Tohti, a tailor named Tohti Kerim, spoke to us in Istanbul. "
                 "In early 2016, aged 16, Tohti went to Egypt against his father's wishes, and police "
                 "arrested the boy soon after he came home.")
    son, father = person_named(doc, "Mirzat Tohti"), person_named(doc, "Tohti Kerim")
    assert len(doc.persons) == 2  # no unnamed father beside the named one
    assert [(r.relation, r.person) for r in son.relations] == [("father", father.id)]
    assert {("exit", "2016"), ("arrest", "2016")} <= _events(doc, son)
    assert _events(doc, father) == set()  # the control: the father is there, with no event
    assert "victim" in son.roles and "victim" not in father.roles
    # the arrest happened at home, not in Egypt (a custody event is placed inside China or nowhere)
    arrest = next(e for e in doc.events if e.type == "arrest")
    assert arrest.place is None


def test_issue11_case4_a_long_prefecture_form_is_a_place_not_a_victim():
    doc = doc_of("Ruqiye Imin returned in early 2018 to Artux city in Kizilsu Kirghiz (Kezilesu Ke'erkezi) "
                 "Autonomous Prefecture, and police confiscated her passport.")
    assert [p.names for p in doc.persons] == [["Ruqiye Imin"]]
    assert codes_of(person_named(doc, "Ruqiye Imin")) == {"movement.passport_confiscation"}
    places = [place.name for place in doc.places]
    assert "Artux City" in places and any("Kizilsu" in name for name in places)


def test_issue11_case9_russian_father_in_the_genitive_arbitrary_arrest_incommunicado():
    doc = doc_of("Казашка Айжан Бекболат рассказывает, что её отца Бекболата Серика полиция задержала "
                 "в марте 2018 года в Алтае, и с тех пор семья ничего о нём не знает.", "ru")
    daughter, father = person_named(doc, "Айжан Бекболат"), person_named(doc, "Бекболат Серик")
    assert father.names == ["Бекболат Серик"]  # the nominative, not «Бекболата Серика»
    assert daughter.attributes["ethnicity"][0] == "Kazakh"
    assert {"witness", "relative"} <= daughter.roles and "victim" not in daughter.roles
    assert {"detention.arbitrary_arrest", "detention.incommunicado"} <= codes_of(father)
    assert codes_of(daughter) == set()
    assert ("arrest", "2018-03") in _events(doc, father)


def test_issue11_case10_french_birth_gender_and_one_husband():
    doc = doc_of("Patime Rozi est née le 12 juin 1978 à Aksu. Elle épouse Tursun et s'installe avec son "
                 "mari à Korla.", "fr")
    patime, tursun = person_named(doc, "Patime Rozi"), person_named(doc, "Tursun")
    assert patime.attributes["birth_year"][0] == 1978
    assert patime.attributes["birth_date"][0] == "1978-06-12"
    assert patime.attributes["gender"][0] == "female" and tursun.attributes["gender"][0] == "male"
    assert len(doc.persons) == 2  # "son mari" is Tursun, not a second, unnamed husband
    assert [(r.relation, r.person) for r in patime.relations] == [("husband", tursun.id)]


def test_issue11_case12_children_taken_arrest_and_detention():
    doc = doc_of("When Mihrigul Osman landed at Ürümchi airport on 21 June 2016, officers took her three "
                 "babies away from her and handcuffed her. They then held her in the basement of a "
                 "detention center.")
    mother = person_named(doc, "Mihrigul Osman")
    assert {"family.separation", "detention.pretrial"} <= codes_of(mother)
    assert ("arrest", "2016-06-21") in _events(doc, mother)
    assert any(e.type == "detention" for e in doc.events if e.person == mother.id)
    arrest = next(e for e in doc.events if e.type == "arrest")
    assert arrest.place and next(p for p in doc.places if p.id == arrest.place).name == "Ürümqi"
    children = [doc.person(r.person) for r in mother.relations if r.relation == "children"]
    assert len(children) == 1 and "relative" in children[0].roles and not children[0].names
    assert not children[0].violations  # the separation is told of the mother, who is its victim
