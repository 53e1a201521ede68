"""Initials written after a name (the Russian order, «Турсун А.Б.»; "Tursun A.B.C.") belong to that name:
a mask of a withheld name takes its own initials and stops there, not spreading over the next person
written the same way («Ахметов Т.А. Турсун А.Б.»), nor taking that person's initials. Initials before a
name, spaced middle initials and a word after initials that has none of its own still join the mask (the
safe side: they may be more of the same name). Invented people, our own sentences."""

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact


def _shown(text: str, *names: str) -> str:
    return redact(text, build_masking([Withheld(1, names, WITHHELD)], [])).text


@pytest.mark.parametrize(("text", "withheld", "kept", "hidden"), [
    # the next person, written as a surname and initials: shown, and so are the initials before the withheld one
    ("Протокол подписали Турсун А.Б. Касымов В.Г. и другие.", "Турсун", "Касымов В.Г.", ("Турсун", "А.Б")),
    ("Свидетели: Ахметов Т.А. Турсун А.Б. Сидоров", "Турсун", "Ахметов Т.А.", ("Турсун", "А.Б")),
    ("Свидетели: Иванов В.Г. Турсун А.Б.", "Иванов Вадим", "Турсун А.Б.", ("Иванов", "В.Г")),
    ("Signed: Tursun A.B.C. Karimov D.E. and others.", "Tursun", "Karimov D.E.", ("Tursun", "A.B", "C.")),
    # spaced, as a signature block writes them
    ("Подписи: Турсун А. Б. Касымов В. Г.", "Турсун", "Касымов В. Г.", ("Турсун", "А. Б")),
    ("Подписи: Касымов В. Г. Турсун А. Б.", "Турсун", "Касымов В. Г.", ("Турсун", "А. Б")),
    # controls: initials before a name, a word after initials with none of its own, spaced middle initials
    ("Допрос вёл А.Б. Касымов. Турсун В.Г. молчал.", "Касымов", "Турсун В.Г.", ("Касымов", "А.Б")),
    ("Tursun A.B. Karimov spoke. Nurlan D.E. did not.", "Karimov", "Nurlan D.E.", ("Karimov", "Tursun", "A.B")),
    ("George H. W. Karimov spoke. Nurlan D.E. did not.", "Karimov", "Nurlan D.E.", ("Karimov", "George", "H. W")),
])
def test_initials_after_a_name_stay_with_it(text, withheld, kept, hidden):
    shown = _shown(text, withheld)
    assert WITHHELD in shown, shown
    assert kept in shown, shown
    for word in hidden:
        assert word not in shown, shown
