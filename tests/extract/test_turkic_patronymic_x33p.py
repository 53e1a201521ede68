"""A Kazakh given name the lexicon lacks before a patronymic made of a given name it knows (issue 11,
h-x33p): «Жансезім Нұрланқызының» is one woman's name (the case ending on the patronymic; the given name
may end in -а as a dative would). Invented text; the control: a man's name of the known shape beside."""

from datetime import date

from guwah.extract.pipeline import run_pipeline


def test_an_unknown_given_name_before_a_patronymic_of_a_known_name():
    text = "Ауылымызда тұратын Жансезім Нұрланқызының інісі Дәурен Серікұлы 2018 жылы Құлжада қамалды."
    doc = run_pipeline(text, "kk", date(2024, 2, 15))
    names = [p.names for p in doc.persons]
    assert any("Жансезім Нұрланқызы" in n for n in names), names
    assert any("Дәурен Серікұлы" in n for n in names), names  # the control
    assert not any("Ауылымызда" in " ".join(n) for n in names)
