"""Issue 11 (h-victim61). Invented people, our own sentences; each negative text carries its control.

An address line that hands a letter to the addressee's spouse («Y\\nчерез супругу — X», "Y\\nc/o his wife,
X") makes X the spouse of Y (`persons._addressee_through_spouse`), so that the "my husband" of X's reply is
Y, a named victim, and no unnamed husband besides.
"""

from __future__ import annotations

from guwah.extract import extract_text

_RU_LETTER = (
    "Нотариус города Шымкента\n"
    "Оразбаева Гульнара Ермековна\n\n"
    "Кадырову Бахтияру Рустамовичу\n"
    "через супругу — Сайфуллиной Зарине Абдуллаевне,\n"
    "г. Шымкент, ул. Тауке хана, д. 5\n\n"
    "Уведомляю Вас об открытии наследства. Вам необходимо явиться лично.\n\n"
    "Я, Сайфуллина Зарина Абдуллаевна, сообщаю, что мой муж не может явиться. В мае 2018 года он поехал "
    "в Турфан, и там его задержала полиция. С тех пор он находится в лагере.\n"
    "З. А. Сайфуллина\n"
)


def _persons(text: str, language: str) -> list[dict]:
    return extract_text(text, language=language)["persons"]


def test_the_spouse_of_the_address_line_is_the_named_addressee():
    persons = _persons(_RU_LETTER, "ru")
    husband = next(p for p in persons if p["name"].startswith("Кадырову Бахтияру"))
    assert "victim" in husband["roles"]
    # the narrator's "my husband" is he (another surname than hers): no unnamed husband beside him
    assert not [p for p in persons if not p["names"] and "victim" in p["roles"]]
    wife = next(p for p in persons if any(n.startswith("Сайфуллин") for n in p["names"]))
    assert {"wife"} == {r["relation"] for r in husband["relations"] if r["person"] == wife["id"]}
    assert "victim" not in wife["roles"]


def test_no_spouse_through_a_representative():
    # negative: a representative is no spouse; control: the second letter's wife above the same
    # kind of line is the addressee's wife
    text = (
        "Кадырову Бахтияру Рустамовичу\n"
        "через представителя — Оразбаеву Ерлану Саматовичу\n\n"
        "Уведомляем Вас о собрании жильцов.\n\n"
        "Сапарову Даниялу Маратовичу\n"
        "через супругу — Сапаровой Айгерим Болатовне\n\n"
        "Уведомляем Вас о собрании жильцов.\n"
    )
    persons = _persons(text, "ru")
    names = {p["id"]: p["name"] for p in persons}

    def spouses(prefix: str) -> set[str]:
        found = [p for p in persons if p["name"].startswith(prefix)]
        return {names[r["person"]] for p in found for r in p["relations"] if r["relation"] in ("husband", "wife")}

    assert not spouses("Оразбаев")
    assert not spouses("Кадырову")
    assert any(name.startswith("Сапаров") for name in spouses("Сапарова Айгерим"))
