"""Russian letters (issue 11, h-ru58). Invented people, our own sentences; each text carries its control.

«Пишет вам племянник X, Эркин Y.»: a letter's writer who names themselves as the subject of «пишет» is the
narrator (`persons._SELF_WRITING`): the letter's «я», «меня» are theirs, not those of a woman named before
a later «Он говорит, …».
"""

from __future__ import annotations

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language="ru")["persons"]}


def test_the_writer_of_pishet_vam_is_the_narrator():
    found = codes("Пишет вам племянник Турсуна Абилова, Эркин Садыков. Письмо пишу я, потому что дядя плохо видит. "
                  "В 2018 году дядя Турсун поехал в Кульджу к сестре, тёте Зулхумар. В июле его задержали и отправили "
                  "в лагерь. Он говорит, что его там не били. Тётю Зулхумар осудили на пять лет. Меня в 2019 году избили в полиции Алматы.")
    assert "torture.beating" in found["Эркин Садыков"]
    assert "torture.beating" not in found["Зулхумар"]
    assert "detention.prison_sentence" in found["Зулхумар"]  # control: her own sentence stays hers
    assert "detention.internment_camp" in found["Турсун"]  # control: «его» is the uncle

