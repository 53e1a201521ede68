"""A Russian verb in the plural («задержали», «допрашивали») has no subject in the singular: the
indefinite-personal clause («его задержали»: they, unsaid, detained him). Where the parser takes a
singular noun for its subject («Брат, X, уехал …, его задержали»), that noun is not the doer, so
the pronoun object still stands for X (`subjects._agrees`).

Invented sentences; each negative has a positive control in the same text.
"""

from __future__ import annotations

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    out = extract_text(text, language="ru")
    return {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}


def test_the_pronoun_of_an_indefinite_personal_clause_is_the_brother_named_before():
    text = ("Меня зовут Асет Касымов, я живу в Алматы. Брат, Ерлан Касымов, уехал в Кульджу к матери в мае "
            "2018 года, его задержали прямо на вокзале Урумчи и забрали паспорт. С тех пор ни одного звонка.")
    result = codes(text)
    # control: the brother the pronoun stands for is the one detained
    assert {"detention.arbitrary_arrest", "movement.passport_confiscation"} <= result["Ерлан Касымов"]
    # the narrator, a man the pronoun would also fit, is not
    assert result.get("Асет Касымов", set()) == set()


def test_a_singular_subject_that_agrees_is_still_the_doer_not_the_one_detained():
    # «Участковый его задержал»: a singular verb, its singular subject the doer; «его» is Ерлан
    text = ("Меня зовут Асет Касымов, я живу в Алматы. Мой брат Ерлан Касымов вернулся в Кульджу в мае "
            "2018 года. Участковый Ван Лин его задержал прямо на вокзале.")
    result = codes(text)
    assert "detention.arbitrary_arrest" in result["Ерлан Касымов"]
    assert result.get("Ван Лин", set()) == set()
    assert result.get("Асет Касымов", set()) == set()
