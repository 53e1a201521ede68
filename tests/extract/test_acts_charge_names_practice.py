"""A charge or ground that names the practice punished gets that practice's code (issue 11, h-codes75):
"illegal religious activity" is `culture.religious_ban` (as Chinese 非法宗教活动 already was), a banned or
foreign messaging app used is `surveillance.digital`; a bare political label ("separatism", "religious
extremism") names no practice and gets neither. Invented names and sentences; each negative case sits in a text
whose positive control fires on the same entry.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str | None, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("language", "text", "practice", "label"), [
    ("en", "Note.\n\nIn 2018 a court gave Toxtiniyaz Qurbanbek eleven years for \"illegal religious activities\". "
           "In 2019 a court gave Ekberjan Semetov nine years for \"separatism\".",
     "Toxtiniyaz Qurbanbek", "Ekberjan Semetov"),
    ("ru", "Записка.\n\nВ 2018 году Тохтинияз Курбанбеков был осуждён к одиннадцати годам за «незаконную "
           "религиозную деятельность». В 2019 году Экберджан Семетов был осуждён к девяти годам за "
           "«религиозный экстремизм».", "Тохтинияз Курбанбеков", "Экберджан Семетов"),
    ("fr", "Note.\n\nEn 2018, Toxtiniyaz Qurbanbek a été condamné à onze ans de prison pour « activités "
           "religieuses illégales ». En 2019, Ekberjan Semetov a été condamné à neuf ans de prison pour "
           "« séparatisme ».", "Toxtiniyaz Qurbanbek", "Ekberjan Semetov"),
])
def test_a_sentence_for_illegal_religious_activity_is_a_religious_ban(language, text, practice, label):
    found = codes(text, language)
    assert {"detention.prison_sentence", "culture.religious_ban"} <= found[practice]
    # a political label names no practice: the sentence only
    assert "detention.prison_sentence" in found[label]
    assert "culture.religious_ban" not in found[label]


@pytest.mark.parametrize(("language", "text", "app", "label"), [
    ("en", "Note.\n\nIn 2018 a court gave Toxtiniyaz Qurbanbek eleven years for using a banned messaging app. "
           "In 2019 a court gave Ekberjan Semetov nine years for \"religious extremism\".",
     "Toxtiniyaz Qurbanbek", "Ekberjan Semetov"),
    ("ru", "Записка.\n\nВ 2018 году Тохтинияз Курбанбеков был осуждён к одиннадцати годам за «использование "
           "запрещённого мессенджера». В 2019 году Экберджан Семетов был осуждён к девяти годам за "
           "«сепаратизм».", "Тохтинияз Курбанбеков", "Экберджан Семетов"),
    ("fr", "Note.\n\nEn 2018, Toxtiniyaz Qurbanbek a été condamné à onze ans de prison pour avoir utilisé une "
           "messagerie interdite. En 2019, Ekberjan Semetov a été condamné à neuf ans de prison pour "
           "« extrémisme religieux ».", "Toxtiniyaz Qurbanbek", "Ekberjan Semetov"),
])
def test_a_sentence_for_a_banned_messenger_is_digital_surveillance(language, text, app, label):
    found = codes(text, language)
    assert {"detention.prison_sentence", "surveillance.digital"} <= found[app]
    assert "detention.prison_sentence" in found[label]
    assert "surveillance.digital" not in found[label]


def test_illegal_religious_activity_denied_is_no_code():
    found = codes("Note.\n\nIn 2018 a court gave Toxtiniyaz Qurbanbek eleven years for \"illegal religious "
                  "activities\". Ekberjan Semetov was questioned, and no illegal religious activity was found.",
                  "en")
    assert "culture.religious_ban" in found["Toxtiniyaz Qurbanbek"]
    assert "culture.religious_ban" not in found.get("Ekberjan Semetov", set())
