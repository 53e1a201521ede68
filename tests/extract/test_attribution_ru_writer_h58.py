"""Russian letters (issue 11, h-ru58). Invented people, our own sentences; each text carries its control.

- «Пишет вам племянник X, Эркин Y.»: a letter's writer who names themselves as the subject of «пишет»
  is the narrator (`persons._SELF_WRITING`): the letter's «я», «меня» are theirs.
- «Он говорит, что …»: reported speech tells of the teller in the third person; the paragraph's «я» is not
  the teller's (`persons._REPORTED_AFTER`), so a woman named before «он» does not take the writer's acts.
"""

from __future__ import annotations

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language="ru")["persons"]}


def test_the_writer_of_pishet_vam_is_the_narrator():
    found = codes("Пишет вам племянник Турсуна Абилова, Эркин Садыков. Письмо пишу я, потому что дядя плохо видит. "
                  "В 2018 году дядя Турсун поехал в Кульджу к сестре, тёте Зулхумар. В июле его задержали и отправили "
                  "в лагерь. Тётю Зулхумар осудили на пять лет. Меня в 2019 году избили в полиции Алматы.")
    assert "torture.beating" in found["Эркин Садыков"]
    assert "torture.beating" not in found["Зулхумар"]
    assert "detention.prison_sentence" in found["Зулхумар"]  # control: her own sentence stays hers
    assert "detention.internment_camp" in found["Турсун"]  # control: «его» is the uncle


def test_reported_speech_of_he_does_not_make_the_paragraphs_i_his():
    found = codes("Эркин Садыков\n\nМой дядя Турсун Абилов поехал в Кульджу к сестре, тёте Зулхумар. В июле его задержали и "
                  "отправили в лагерь. Он говорит, что его там не били. Меня в 2019 году избили в полиции Алматы.")
    assert "torture.beating" not in found.get("Зулхумар", set())
    assert "torture.beating" in found["Эркин Садыков"]  # the heading's writer says «меня»
    assert "detention.internment_camp" in found["Турсун Абилов"]  # control
