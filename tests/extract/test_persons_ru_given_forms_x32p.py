"""Russian forms of a given name alone (issue 11, h-x32p): a given name with a hyphenated honorific
declined with it («Name-ака» in the accusative or instrumental; the honorific is no part of the name, the
morphology gives the nominative), and a lone given name after a kin noun in the instrumental or dative
(«с женой Name», «сыну, Name»), names the lists may lack. Invented texts; controls beside."""

from guwah.extract import ner
from guwah.extract.pipeline import run_pipeline


def _person(doc, name):
    return next((p for p in doc.persons if name in p.names), None)


def _codes(person):
    return {v.code for v in person.violations} if person else set()


def test_a_given_name_with_a_declined_honorific_is_the_person_in_the_nominative():
    text = ("Меня зовут Айгерим Нурланова, я живу в Алматы. Мой сосед Абдурахман Касымов рассказал мне о своём "
            "отце. В марте 2018 года Касыма-ака задержали в Кульдже и отправили в лагерь. Там Касыма-ака били "
            "палками. Абдурахман с тех пор ничего не знает об отце.")
    doc = run_pipeline(text, "ru", None)
    names = [p.names for p in doc.persons]
    father = _person(doc, "Касым")
    assert father is not None, names
    assert not any("ака" in n for p in doc.persons for n in p.names), names
    assert "torture.beating" in _codes(father)
    son = _person(doc, "Абдурахман Касымов")
    assert son is not None and "torture.beating" not in _codes(son)  # the control: the son keeps none


def test_a_declined_honorific_joins_the_full_name_told_before():
    text = ("Мой дядя Турдакун Мамыт уулу пас овец в горах. Айбек Токторов сидел вместе с Турдакуном-акой в "
            "лагере под Артышем, и там Турдакуна-ака били палками.")
    doc = run_pipeline(text, "ru", None)
    uncle = next((p for p in doc.persons if any(n.startswith("Турдакун") for n in p.names)), None)
    assert uncle is not None and "torture.beating" in _codes(uncle), [p.names for p in doc.persons]
    assert len([p for p in doc.persons if any(n.startswith("Турдакун") for n in p.names)]) == 1


def test_a_lone_given_name_after_a_kin_noun_in_any_case_is_a_person():
    text = ("Меня зовут Айгерим Нурланова. На фото мой брат Ерлан Нурланов с женой Мадинур. В 2018 году Мадинур "
            "задержали в Кульдже и отправили в лагерь. Прошлой весной брату разрешили один звонок жене, Гулнисе, "
            "и говорил он под диктовку.")
    doc = run_pipeline(text, "ru", None)
    names = [p.names for p in doc.persons]
    wife = _person(doc, "Мадинур")
    assert wife is not None, names
    assert "detention.internment_camp" in _codes(wife)
    assert _person(doc, "Ерлан Нурланов") is not None  # the control: the full name beside stays one person
    # a lower-case word after a kin noun is no name
    assert not any(n.casefold() == "и" for p in doc.persons for n in p.names)



def test_a_lone_name_the_morphology_reads_only_as_a_plural_stays_a_name():
    # «Нурим»: pymorphy's guesser reads it as a given name only in the plural genitive: an undeclined name
    assert not ner.ru_cases("Нурим", name=True)  # no singular oblique reading: not declined
    assert ner.ru_cases("Хашима", name=True) >= {"gent"}  # the control: a declined given name
    text = ("Меня зовут Айгерим Нурланова. На снимке её брат Ерлан Касенов с сыном Нурим. В 2018 году Нурим "
            "задержали в Кульдже и отправили в лагерь.")
    doc = run_pipeline(text, "ru", None)
    son = _person(doc, "Нурим")
    assert son is not None, [p.names for p in doc.persons]
    assert "detention.internment_camp" in _codes(son)
    assert _person(doc, "Ерлан Касенов") is not None  # the control
