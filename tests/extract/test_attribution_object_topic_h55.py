"""Russian chronologies that leave their person unsaid after a clause that names that person as its object,
and "she" after a kin subject of the other gender (issue 11, h-codes55). Invented names and sentences.

- «его внука, X, увезли»: the object named in apposition is who it happened to, not the possessor «его»
  (`subjects._by_syntax`, `_impersonal_object_person`);
- «Полтора года держали в лагере» after it: the chain of clauses with no subject goes on with that object
  (`subjects._impersonal_object_person`), as with a verbless answer (`_named_alone`) («Сына.») to a question;
- «у сестры дома» is a place, not someone the clause is about;
- "Her husband, X, …, but he had no idea where she was held": she is the woman whose husband X is
  (`subjects._kin_subjects_owner`), not the last woman named.
Each negative test carries a positive control in the same text.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named

RU_FAMILY = ("Меня зовут Гульсара Ибраимова. Мой дядя Кайрат Ибраимов живёт в Кульдже.\n\n"
             "В 2018 году его внука, Бахыта, увезли прямо из магазина. Полтора года держали в лагере, "
             "потом отправили на завод в Аксу, зарплату не платили.\n")


def test_object_in_apposition_and_the_clauses_after_it_are_that_persons():
    doc = doc_of(RU_FAMILY, "ru")
    grandson = codes_of(person_named(doc, "Бахыт"))
    assert {"detention.internment_camp", "labour.forced_labour"} <= grandson
    # control: the possessor of the kin noun (the uncle) gets none of it
    assert not codes_of(person_named(doc, "Кайрат Ибраимов")) & grandson


def test_a_clause_with_its_own_subject_between_stops_the_chain():
    """Control: «Кайрат» is told of in a clause with a subject; the camp after a group-object clause is
    nobody's, while the grandson keeps the camp told right after him."""
    text = RU_FAMILY + ("\nПотом соседи написали жалобу. Забрали всех мужчин с улицы. "
                        "Два года держали в лагере под Кашгаром.\n")
    doc = doc_of(text, "ru")
    assert "detention.internment_camp" in codes_of(person_named(doc, "Бахыт"))
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Кайрат Ибраимов"))


def test_a_verbless_answer_names_the_one_the_chain_is_about():
    text = ("Анкета. Фамилия, имя: Сейсенова Мадина.\n\n"
            "Кто из семьи остался в Китае? Сын, Арман Сейсенов, и брат Ерболат.\n"
            "Кого задержали?\n«Сына. Увезли ночью у соседа дома, без всякой бумаги. "
            "Держали в лагере под Алтаем, домой не отпускали».\n")
    doc = doc_of(text, "ru")
    assert "detention.internment_camp" in codes_of(person_named(doc, "Арман Сейсенов"))
    # control: the brother named beside him is not the one the answer names
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Ерболат"))


def test_a_verbless_line_with_two_people_passes_on_no_one():
    """Negative: «Сын и брат.» names two people; the clauses after it go to neither of them alone.
    Control in the same text: a later answer naming one keeps the chain."""
    text = ("Анкета. Фамилия, имя: Сейсенова Мадина.\n\n"
            "Кто из семьи остался в Китае? Сын, Арман Сейсенов, и брат Ерболат.\n"
            "Кого задержали?\n«Сына и брата. Держали в лагере под Алтаем».\n\n"
            "Кого осудили?\n«Сына. Дали семь лет тюрьмы».\n")
    doc = doc_of(text, "ru")
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Ерболат"))
    assert "detention.prison_sentence" in codes_of(person_named(doc, "Арман Сейсенов"))


def test_she_after_a_husband_subject_is_his_wife_not_the_last_woman_named():
    text = ("My name is Dana Kirk. My friend Selma Orhan disappeared in 2018. Her mother, Aya Lund, lives "
            "in Almaty. Her husband, Reza Orhan, went to the police many times, but he had no idea where "
            "she was held.\n")
    doc = doc_of(text, "en")
    assert "detention.incommunicado" in codes_of(person_named(doc, "Selma Orhan"))
    assert "detention.incommunicado" not in codes_of(person_named(doc, "Aya Lund"))


def test_she_after_a_woman_named_between_is_not_the_owner():
    """Negative: a woman named after the husband subject may be the one meant; the owner rule stays out
    (the wife is not given the act by it). Control: the same sentence without her gives it to the wife."""
    text = ("My name is Dana Kirk. My friend Selma Orhan disappeared in 2018. Her husband, Reza Orhan, "
            "called Mina Holt, a neighbour, and learned that she was held in a camp.\n")
    doc = doc_of(text, "en")
    assert "detention.internment_camp" in codes_of(person_named(doc, "Mina Holt"))
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Selma Orhan"))


def test_a_verbless_line_naming_whose_account_it_is_passes_on_no_one():
    """Negative (lead, after h-codes55): «Со слов соседки X.» names the teller, not the one the clauses
    after it are about (`lexicon.SOURCE_OF_WORDS`). Control in the same text: an object named in
    apposition keeps the chain after it."""
    text = ("Заявление. Мой муж Нурлан Касымов пропал в 2018 году.\n\n"
            "Со слов соседки Айгерим Жумабаевой. Держали в лагере под Кульджой, кормили плохо.\n\n"
            "В 2019 году его брата, Ерлана, увезли из дома. Два года держали в лагере.\n")
    doc = doc_of(text, "ru")
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Айгерим Жумабаева"))
    assert "detention.internment_camp" in codes_of(person_named(doc, "Ерлан"))
