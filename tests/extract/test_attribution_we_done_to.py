"""An act the parse tells as done to "we"/"us" («нас», « nous ») is the speaker's as one of the group,
whether or not the text has put the speaker in custody before ("we have been made to work in a
glove factory without pay", «нас заставляют работать … без оплаты»: `violations._done_to_we`); a
family's "we had no news of him" stays the one taken's.

Invented texts; each negative has a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text

CASES = {
    "en": ("My name is Abdurehim Tohti and I live in a village near Aksu. Since 2019 we have been made to work in "
           "a glove factory without pay. My brother Ablet Tohti was taken to a camp in 2018. Since then we "
           "have had no news of him.\n", "labour.forced_labour", "Abdurehim Tohti", "Ablet Tohti"),
    "ru": ("Меня зовут Абдурехим Тохти, я живу в деревне под Аксу. С 2019 года нас заставляют работать на "
           "перчаточной фабрике без оплаты. Моего брата Аблета Тохти забрали в лагерь в 2018 году. С тех пор "
           "мы ничего о нём не знаем.\n", "labour.forced_labour", "Абдурехим Тохти", "Аблет Тохти"),  # the name in its nominative (h-ru57)
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_an_act_done_to_we_is_the_speakers_and_no_news_stays_the_brothers(language):
    text, code, speaker, brother = CASES[language]
    out = extract_text(text, language=language)
    codes = {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}
    assert code in codes[speaker]
    # control: the family's "we" of no news is the brother's, not the speaker's
    assert "detention.incommunicado" in codes[brother]
    assert "detention.incommunicado" not in codes[speaker]
