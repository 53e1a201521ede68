"""False events found on the spent tuning_v23 (issue 11, h-events45), each refused at its cause, in the
language it came in: a thing taken «у меня» is no arrest of the one it belonged to; a pupil moved to
another school (转到…小学就读) is no transfer of custody; where someone is held, not known (关在哪里), is no
stay told. Invented sentences and names; each refusal with a positive control in the same text.
"""

from __future__ import annotations

from guwah.extract import extract_text


def events(text: str, language: str, document_date: str = "2020-06-30") -> set[tuple[str, str | None, str | None]]:
    out = extract_text(text, language=language, document_date=document_date)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


def test_russian_a_passport_taken_from_me_is_no_arrest_of_mine():
    found = events("Меня зовут Айгуль Сабитова. В марте 2018 года я ездила в Кульджу. Паспорт у меня забрали «на хранение». "
                   "Моего брата Ерлана Сабитова полицейские забрали в мае 2018 года.", "ru")
    assert not any(who == "Айгуль Сабитова" and kind in ("arrest", "detention") for kind, who, _when in found)
    assert ("arrest", "Ерлан Сабитов", "2018-05") in found  # the control, same text


def test_russian_me_taken_is_still_an_arrest():
    found = events("Меня зовут Айгуль Сабитова. В марте 2018 года меня забрали прямо на границе. У брата забрали телефон.", "ru")
    assert ("arrest", "Айгуль Сабитова", "2018-03") in found


def test_chinese_a_pupil_moved_to_another_school_is_no_transfer():
    found = events("我是阿不都热合曼·艾山的爷爷。现申请将孙子阿不都热合曼转到托万乡中心小学就读。孩子的父亲艾山·吐尔逊"
                   "2018年5月被带走，2019年2月从看守所转到阿克苏的监狱。", "zh")
    assert not any(kind == "transfer" and who != "艾山·吐尔逊" for kind, who, _when in found)
    assert ("transfer", "艾山·吐尔逊", "2019-02") in found  # the control: a move between prisons


def test_chinese_where_someone_is_held_not_known_is_no_stay_told():
    found = events("孩子的母亲米娜瓦尔·阿不力孜2019年6月被抓走，现在关在哪里我们不知道。她哥哥艾力·阿不力孜2019年被关在县看守所。", "zh")
    assert not any(kind == "detention" and who == "米娜瓦尔·阿不力孜" for kind, who, _when in found)
    assert ("arrest", "米娜瓦尔·阿不力孜", "2019-06") in found  # her arrest stays
    assert ("detention", "艾力·阿不力孜", "2019") in found  # the control: a stay where the place is told


def test_english_questioned_then_let_go_is_no_release():
    found = events("My cousin Bakyt Osmon was questioned at the border post for six hours on 3 May 2019 and then let go. "
                   "My uncle Tursun Osmon was arrested in March 2018 and released in May 2019.", "en")
    assert ("interrogation", "Bakyt Osmon", "2019-05-03") in found
    assert not any(kind == "release" and who == "Bakyt Osmon" for kind, who, _when in found)
    assert ("release", "Tursun Osmon", "2019-05") in found  # the control: a release that ends a custody


def test_french_summoned_then_let_go_the_same_evening_is_no_release():
    found = events("Ma sœur Aygul Tursun a été convoquée au commissariat en mars 2019 et relâchée le soir même. "
                   "Son mari Ablet Tursun a été arrêté en 2018 et libéré en 2019.", "fr")
    assert not any(kind == "release" and who == "Aygul Tursun" for kind, who, _when in found)
    assert ("release", "Ablet Tursun", "2019") in found  # the control, same text


def test_chinese_called_in_for_a_talk_is_a_questioning_and_no_release():
    found = events("我弟弟艾则孜·吐尔洪2019年8月从乌鲁木齐回村后，被派出所叫去谈话，问了一整天，晚上放回家了，没有被关押。"
                   "我哥哥买买提·吐尔洪2018年3月被带走，2019年5月被释放。", "zh")
    assert ("interrogation", "艾则孜·吐尔洪", "2019-08") in found
    assert not any(kind == "release" and who == "艾则孜·吐尔洪" for kind, who, _when in found)
    assert ("release", "买买提·吐尔洪", "2019-05") in found  # the control, same text


def test_english_a_stay_told_by_its_year_is_a_detention_dated_by_it():
    found = events("My name is Nurbiye Hosur. My brother Abliz Hosur, who spent 2018 in a camp, told me they put a program "
                   "on my phone. His friend Memet Tohti spent 2019 in Ankara with his family.", "en", "2023-08-21")
    assert ("detention", "Abliz Hosur", "2018") in found
    assert not any(kind == "detention" and who == "Memet Tohti" for kind, who, _when in found)  # a year abroad
