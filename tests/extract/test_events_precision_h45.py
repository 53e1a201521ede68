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
