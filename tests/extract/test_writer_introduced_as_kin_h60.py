"""A writer introduced as a named person's relative (h-paper60, issue 11): the shape of a relative's reply to a
form or a letter addressed to a detained person ("I am the wife of X", « je suis la fille de X », «Я, Y, супруга
X», 我是X的妻子Y). The writer's later kin phrase of the matching relation ("my husband", « mon père », «мой
муж», 我丈夫) is X, and the act told of it is X's; X is not taken for the writer. A child's or a sibling's
introduction gives X one relation only, by the writer's first kin phrase of the two ("my father", then "my
mother" is someone else). Invented names and sentences; each negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text

DOC_DATE = "2025-03-01"


def events(text: str, language: str) -> set[tuple[str, str]]:
    out = extract_text(text, language=language, document_date=DOC_DATE)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names[e["person"]]) for e in out["events"]}


def test_english_wife_of_the_tenant_then_my_husband():
    text = ("To the Lettings Office. I am the wife of Tursunjan Kadirbek, tenant of flat 12. My husband was "
            "detained by the police in Aksu in March 2018 and cannot sign the renewal. My brother was arrested "
            "in 2019.")
    found = events(text, "en")
    assert ("arrest", "Tursunjan Kadirbek") in found
    # the control: "my brother" is no relation the introduction gave, so not the tenant
    assert sum(1 for kind, name in found if kind == "arrest" and name == "Tursunjan Kadirbek") == 1
    assert any(kind == "arrest" and name != "Tursunjan Kadirbek" for kind, name in found)


def test_french_daughter_of_then_my_father_not_my_mother():
    text = ("Je suis la fille de Erkinbek Omaraly. Mon père a été arrêté à Kachgar en 2017. "
            "Ma mère a été arrêtée à Aksou en 2018.")
    found = events(text, "fr")
    assert ("arrest", "Erkinbek Omaraly") in found
    assert sum(1 for kind, name in found if kind == "arrest" and name == "Erkinbek Omaraly") == 1


def test_russian_spouse_of_the_tenant_then_my_husband():
    text = ("Уважаемый управляющий! Я, Ахметова Зарема Болатовна, супруга арендатора Ахметова Булатжана "
            "Ерлановича. Мой муж был задержан полицией в Аксу в марте 2018 года и не может подписать договор.")
    found = events(text, "ru")
    assert any(kind == "arrest" and "Булатжан" in name for kind, name in found)
    assert not any(kind == "arrest" and "Зарема" in name for kind, name in found)


def test_chinese_wife_of_the_owner_then_my_husband():
    text = ("物业服务中心：\n我是三〇二室业主买买提江·吐尔地的妻子古丽巴努·热合曼。我丈夫2018年3月被派出所带走，"
            "之后家里一直没有他的消息。我在商场上班。")
    found = events(text, "zh")
    assert ("arrest", "买买提江·吐尔地") in found
    assert not any(name == "古丽巴努·热合曼" for _kind, name in found)


def test_chinese_my_husband_without_an_introduction_names_no_one():
    # the control for the rule above: with no 我是X的妻子 the husband stays unnamed (no event of the one named)
    text = "物业服务中心：\n业主买买提江·吐尔地欠费两年。我丈夫2018年3月被派出所带走，之后家里一直没有他的消息。"
    found = events(text, "zh")
    assert ("arrest", "买买提江·吐尔地") not in found
