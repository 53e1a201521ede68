"""A question asks, it does not tell (issue 11, h-travel57): a sentence that ends in a question mark, a
Russian clause with «ли», a Chinese sentence ending in 吗 makes no event, through the one question test
`subjects.asked` that the violation rules read too; unless the answer says yes, or answers a question of
when with a date (`subjects.answering_date`). Invented names and sentences; each text carries a
positive control told as a fact beside the question."""

from __future__ import annotations

import pytest

from guwah.extract import extract_text
from guwah.extract.pipeline import run_pipeline
from guwah.extract.subjects import asked


def events_of(text: str, language: str, kind: str) -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


@pytest.mark.parametrize("text, language, kind, told", [
    ("My sister Dilnoza Yarova lives in Aksu. Why was Dilnoza Yarova detained in 2018? "
     "Her cousin Bahtiyar Nurov was arrested in May 2018.", "en", "arrest", "Bahtiyar Nurov"),
    ("My sister Dilnoza Yarova lives in Aksu. Did the police detain her in 2018? "
     "Her cousin Bahtiyar Nurov was arrested in May 2018.", "en", "arrest", "Bahtiyar Nurov"),
    ("Is it true Tursun Qadir was moved to Urumqi? His brother Alim Qadir was moved to Urumqi in 2019.",
     "en", "transfer", "Alim Qadir"),
    ("Моя сестра Гульжан Арипова живёт в Кульдже. Неужели её задержали в 2018 году? "
     "Её мужа Марата Арипова задержали в мае 2018 года.", "ru", "arrest", "Марат Арипов"),
    ("Ma sœur Aynur Tohti vit à Aksu. A-t-elle été arrêtée en 2018 ? Son cousin Kamil Tohti a été arrêté en mai 2018.",
     "fr", "arrest", "Kamil Tohti"),
])
def test_a_question_makes_no_event_beside_one_told(text, language, kind, told):
    assert {name for name, _ in events_of(text, language, kind)} == {told}


def test_a_question_of_when_answered_with_a_date_is_told_at_that_date():
    text = ("— Тётя Айша Касымова, когда вы приехали в Бишкек?\n"
            "— В 1975 году, с мамой. Мой брат Ержан Касымов уехал в Алматы в 1980 году.")
    assert events_of(text, "ru", "exit") == {("Айша Касымова", "1975"), ("Ержан Касымов", "1980")}


def test_a_question_answered_yes_still_tells():
    text = "Interviewer: Was your brother Memet Sabir arrested in 2018?\nAyshe Sabir: Yes, he was taken in May 2018."
    assert {name for name, _ in events_of(text, "en", "arrest")} == {"Memet Sabir"}


@pytest.mark.parametrize("text, language, word, is_asked", [
    ("Мы не знаем, задержали ли Нурлана. Его брата задержали в мае.", "ru", "задержали ли", True),
    ("Мы не знаем, задержали ли Нурлана. Его брата задержали в мае.", "ru", "брата задержали", False),
    # «Ли» with a capital is a Chinese surname, not the particle
    ("По приказу Ли Вэя его приковали к кровати.", "ru", "приковали", False),
    ("他被带走了吗。他的哥哥被带走了。", "zh", "他被带走", True),
    ("他被带走了吗。他的哥哥被带走了。", "zh", "哥哥被带走", False),
])
def test_the_one_question_test(text, language, word, is_asked):
    doc = run_pipeline(text, language, None)
    start = text.index(word)
    assert asked(doc, doc.sentence_index(start), start, start + len(word)) is is_asked
