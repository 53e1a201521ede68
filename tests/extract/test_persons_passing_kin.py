"""An unnamed relative is a person of the text only when the text tells something of them (issue 11,
"persons are people"): an act or an event, a victim or witness role, an attribute beyond the gender
a kin word gives, a speaker's turn, or a third mention. A kin noun that only names a relation in passing
("a visit to my uncle", "at her sister's house", "his father's funeral", named twice and told nothing of)
makes no person. Every text is our own, with invented names; each refusal has its positive control in
the same text."""

import pytest

from tests.extract.helpers import doc_of, person_named


def _unnamed_kin(doc) -> dict[str, object]:
    """relation -> the unnamed person the kin word made (by the relation its owner holds)."""
    found = {}
    for owner in doc.persons:
        for relation in owner.relations:
            relative = doc.person(relation.person)
            if not relative.names and relative.kin_of:
                found[relation.relation] = relative
    return found


@pytest.mark.parametrize(("text", "language", "passing", "told"), [
    # a visit, a house, a funeral: the relation is named in passing; the other kin word has an act
    ("Dilshat Imin went back to Aksu in 2017 for a visit to his uncle. Police arrested his brother "
     "at the market in March 2018.", "en", "uncle", "brother"),
    ("Gulnar Yasin was kept at her sister's house for a month. In 2019 her husband was sentenced to "
     "nine years.", "en", "sister", "husband"),
    ("Ekrem Tohti flew to Urumqi for his father's funeral in 2016. His mother was detained in a camp "
     "in 2018.", "en", "father", "mother"),
    ("Aygul Sabit est partie à Kashgar chez sa tante en 2017. Son frère a été arrêté par la police en "
     "mars 2018.", "fr", "aunt", "brother"),
])
def test_a_kin_noun_in_passing_makes_no_person_and_one_with_an_act_does(text, language, passing, told):
    doc = doc_of(text, language)
    kin = _unnamed_kin(doc)
    assert passing not in kin, f"{passing!r} named only in passing became a person"
    # control: the relative the text tells an act of is a person, a victim
    assert told in kin and "victim" in kin[told].roles


def test_a_kin_noun_the_text_returns_to_is_a_person():
    # no act, but the account keeps returning to her (three mentions): a person of the text
    doc = doc_of("Arzigul Kerim lived with her grandmother in Hotan. Her grandmother raised three "
                 "children alone. Every summer her grandmother baked bread for the whole street. "
                 "Arzigul Kerim was taken to a camp in 2018.")
    assert "grandmother" in _unnamed_kin(doc)
    assert "victim" in person_named(doc, "Arzigul Kerim").roles  # control


def test_a_kin_noun_named_twice_in_passing_is_no_person_and_one_with_an_act_is():
    # "went to see her mother … at her mother's flat": twice, and nothing told of the mother (the sets
    # that list named persons only count her as a false person); the aunt named once with an act stays
    doc = doc_of("In 2019 Nurbiya Saydin flew to Almaty to see her mother. She stayed at her mother's flat "
                 "for two weeks. Her aunt was detained in Ghulja in March 2018.")
    kin = _unnamed_kin(doc)
    assert "mother" not in kin, "a mother named twice in passing became a person"
    assert "aunt" in kin and "victim" in kin["aunt"].roles  # control: an act told of her


@pytest.mark.parametrize(("text", "language"), [
    ("Ilham Dawut was arrested in Kashgar in 2017. His brother was detained in Aksu in 2018. Later I went to "
     "see my mother in Almaty and stayed at my mother's flat.", "en"),
    ("Ilham Dawut a été arrêté à Kachgar en 2017. Son frère a été arrêté à Aksou en 2018. Ensuite je suis "
     "allée voir ma mère à Almaty et je suis restée chez ma mère.", "fr"),
])
def test_a_kin_noun_named_twice_in_passing_is_no_person_in_english_and_french(text, language):
    # the mother named twice and told nothing of is no person; the brother with an act is (the control)
    doc = doc_of(text, language)
    kin = _unnamed_kin(doc)
    assert "mother" not in kin, "a mother named twice in passing became a person"
    assert "brother" in kin and "victim" in kin["brother"].roles, kin


def test_a_kin_noun_with_an_attribute_is_a_person():
    # an attribute beyond the kin word's gender (here set by hand: the rules read few for unnamed kin)
    from guwah.extract import persons
    from guwah.extract.document import Doc
    from guwah.extract.pipeline import COMPONENTS

    doc = Doc(text="Mahire Tursun wrote to her mother every week. Her cousin sent her a photograph in 2019.",
              language="en")
    for component in COMPONENTS:
        if component.name == "passing kin":
            break
        component.run(doc)
    kin = _unnamed_kin(doc)
    assert {"mother", "cousin"} <= set(kin)
    kin["mother"].set_attribute("age", 80, kin["mother"].mentions[0])
    persons.drop_passing_kin(doc)
    kin = _unnamed_kin(doc)
    assert "mother" in kin
    assert "cousin" not in kin  # control: a cousin who only sent a photograph is named in passing


def test_the_named_owner_keeps_what_the_text_tells_of_them():
    # dropping the passing uncle takes nothing from the owner: Dilshat stays the victim
    doc = doc_of("Dilshat Imin returned to Aksu for a visit to his uncle and was detained there in May 2018.")
    dilshat = person_named(doc, "Dilshat Imin")
    assert "victim" in dilshat.roles
    assert all(doc.person(r.person).names for r in dilshat.relations)
    assert all(pid in {p.id for p in doc.persons} for _span, pid in doc.person_spans)


def test_a_kin_group_taken_from_its_parent_is_a_person_and_one_in_passing_is_not():
    # "her three children" hold no person span: the act is told of the parent (a family separation),
    # and through it of them; "with her two children" tells nothing of them
    doc = doc_of("Mihray Tursun was detained in Kashgar in 2018, and officers took her three children away "
                 "from her. Gulshen Imin had left for Turkey with her two children in 2016.")
    mihray, gulshen = person_named(doc, "Mihray Tursun"), person_named(doc, "Gulshen Imin")
    groups = {p.kin_of[0] for p in doc.persons if p.kin_of and p.kin_of[1] == "children"}
    assert mihray.id in groups
    assert gulshen.id not in groups


# -- a company's name in quotes after its legal form; a Kyrgyz or Kazakh patronymic word after "Я, X" --

@pytest.mark.parametrize(("text", "company", "narrator"), [
    ("Директору ОсОО «Нарын-Авто Сервис»\nот водителя Бакыта Асан уулу\n\nОБЪЯСНИТЕЛЬНАЯ\n\nЯ, Бакыт Асан уулу, "
     "1990 г. р., объясняю причину отсутствия. В апреле 2019 года меня задержали на границе и держали в лагере "
     "пять месяцев.", "Нарын-Авто Сервис", "Бакыт Асан"),
    ("Генеральному директору ТОО «Каспий-Нур Логистик»\nот бухгалтера Айнуры Бекболот кызы\n\nЗАЯВЛЕНИЕ\n\n"
     "Я, Айнура Бекболот кызы, 1988 г. р., прошу предоставить мне отпуск. В марте 2019 года меня задержали "
     "в Кашгаре и держали в лагере три месяца.", "Каспий-Нур Логистик", "Айнура Бекболот"),
])
def test_a_company_after_its_legal_form_is_no_person_and_the_self_named_writer_is_the_narrator(
        text, company, narrator):
    doc = doc_of(text, "ru")
    assert not [p for p in doc.persons if any(company in n or n in company for n in p.names)]
    writer = next(p for p in doc.persons if p.narrator)
    assert any(n.startswith(narrator) for n in writer.names), writer.names
    assert "victim" in writer.roles  # control: the acts told in the first person are the writer's


@pytest.mark.parametrize("text", [
    "Gulnar Sabit vit à Lyon. Son frère cadet, Ekrem Sabit, a été arrêté en 2018.",
    "Gulnar Sabit vit à Lyon. Son frère aîné, Ekrem Sabit, a été arrêté en 2018.",  # control: worked before
])
def test_a_french_kin_noun_with_cadet_after_it_is_the_person_named_in_apposition(text):
    # « frère cadet » (masculine) as « sœur cadette »: one brother, named, the victim; no unnamed one beside him
    doc = doc_of(text, "fr")
    ekrem = person_named(doc, "Ekrem Sabit")
    assert "victim" in ekrem.roles
    assert not [p for p in doc.persons if not p.names]
    assert ("brother", ekrem.id) in {(r.relation, r.person) for r in person_named(doc, "Gulnar Sabit").relations}


def test_a_russian_kin_chain_names_no_relative_of_the_narrator():
    # «Младший брат мужа, X»: the husband's brother; no unnamed brother of the narrator, X not her husband
    doc = doc_of("Я, Гульнара Досжанова, прошу помочь. Мой муж, Ербол Сагындыкулы, был задержан в 2018 году. "
                 "Младший брат мужа, Мейрам Сагындыкулы, был задержан в Урумчи вместе с ним.", "ru")
    narrator = person_named(doc, "Гульнара Досжанова")
    meiram, erbol = person_named(doc, "Мейрам Сагындыкулы"), person_named(doc, "Ербол Сагындыкулы")
    assert not [p for p in doc.persons if not p.names]
    assert ("husband", meiram.id) not in {(r.relation, r.person) for r in narrator.relations}
    # control: the husband named after «Мой муж» is hers, and the brother's own arrest makes him a victim
    assert ("husband", erbol.id) in {(r.relation, r.person) for r in narrator.relations}
    assert "victim" in meiram.roles


def test_the_words_of_a_camps_official_name_make_no_person():
    # "Vocational Skills Education and Training Centre": the camps' official name, cut by "and"
    doc = doc_of("For about a year Aynur Tohti was kept in what the sign called the Kashgar City Vocational Skills "
                 "Education and Training Centre.")
    assert [p.names for p in doc.persons] == [["Aynur Tohti"]]
    assert "victim" in person_named(doc, "Aynur Tohti").roles  # control


@pytest.mark.parametrize(("text", "thing"), [
    ("On Tuesday, a diaspora organisation called Tengritagh held a meeting in Almaty. Aynur Tohti said she "
     "was detained in 2018.", "Tengritagh"),
    ("A Telegram channel called Bizning Yurt posted the video. Aynur Tohti was detained in 2018.", "Bizning Yurt"),
])
def test_an_organisation_called_x_is_no_person(text, thing):
    doc = doc_of(text)
    assert not [p for p in doc.persons if thing in p.names]
    assert "victim" in person_named(doc, "Aynur Tohti").roles  # control


def test_a_man_called_x_stays_a_person():
    doc = doc_of("A man called Ablet Niyaz shared my cell in 2018. He was beaten every night.")
    assert person_named(doc, "Ablet Niyaz") is not None
