"""The listener of a reported act is not the one it happened to (issue 11, h-x36c).

"we were told that …", « on nous a appris que … », «нам сказали, что …», «мы узнали, что …»: the
speaker heard of the act, and is not given it unless a first person stands after the cue
("I was told that I would be beaten"). An order ("we were told to sing") is not a report. Invented
sentences; each refusal has a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text)["persons"]}


@pytest.mark.parametrize(("text", "speaker", "relative"), [
    ("Je suis Gulnar Tursun et je vis à Lyon. Plus tard on nous a appris que les gardiens battaient les détenus "
     "chaque nuit. En 2018 les gardiens ont battu mon frère Erkin Tursun.", "Gulnar Tursun", "Erkin Tursun"),
    ("Меня зовут Гульнар Турсун, я живу в Алматы. Позже нам сказали, что охранники каждую ночь избивали "
     "заключённых. В 2018 году охранники избили моего брата Еркина Турсуна.", "Гульнар Турсун", "Еркин Турсун"),
    ("Меня зовут Гульнар Турсун, я живу в Алматы. Позже мы узнали, что охранники каждую ночь избивали "
     "заключённых. В 2018 году охранники избили моего брата Еркина Турсуна.", "Гульнар Турсун", "Еркин Турсун"),
])
def test_the_speaker_told_of_a_beating_is_not_beaten(text, speaker, relative):
    found = codes(text)
    assert "torture.beating" not in found[speaker]
    assert "torture.beating" in found[relative]  # positive control, same text


def test_the_cue_does_not_reach_the_speakers_own_beating_in_the_next_sentence():
    found = codes("Меня зовут Гульнар Турсун, я живу в Алматы. Позже нам сказали, что охранники каждую ночь "
                  "избивали заключённых. В лагере охранники избивали меня каждую ночь.")
    assert "torture.beating" in found["Гульнар Турсун"]
