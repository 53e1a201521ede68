"""A relative summoned to the police and asked about the teller's own doings ("asked about my videos
online") or, in Russian, «спрашивали о сыне»: a reprisal on the relative (issue 11, h-v33codes; the
spent v33's kind). Invented names and sentences; the controls: the teller's own summons about his own
posts, and a summons about a thing, are no reprisal.
"""

from __future__ import annotations

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str | None, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


def test_a_relative_asked_about_my_videos_suffers_a_reprisal_and_my_own_summons_is_none():
    found = codes("Notes.\n\nMy uncle Tohti Niyaz was called to the police station twice in 2022 and asked about "
                  "my videos online. I was summoned to the police station in 2019 and asked about my posts.", "en")
    assert "family.reprisal" in found["Tohti Niyaz"]
    assert not any("family.reprisal" in c for name, c in found.items() if name != "Tohti Niyaz")


def test_a_mother_asked_about_her_son_suffers_a_reprisal_in_russian():
    found = codes("Записка.\n\nМою мать Гульнару Исмаилову снова вызывали в полицию и три часа спрашивали о сыне. "
                  "Меня вызывали в полицию и спрашивали о работе.", "ru")
    assert "family.reprisal" in found["Гульнара Исмаилова"]
    assert not any("family.reprisal" in c for name, c in found.items() if name != "Гульнара Исмаилова")
