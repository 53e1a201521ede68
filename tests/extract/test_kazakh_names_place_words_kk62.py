"""Kazakh names (issue 11, h-kk62): a listed given name that is also a place (Мадина, Medina) is a person
after a kinship word or before a patronymic, a place elsewhere; names added to the lexicon are found
without a cue. Invented texts; each negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _doc(text: str):
    return run_pipeline(text, "kk", None)


def _names(doc) -> list[str]:
    return [name for person in doc.persons for name in person.names]


def _places(doc) -> list[str]:
    return [doc.text[start:end] for (start, end), _ in doc.place_spans]


def test_a_given_name_that_is_a_place_is_a_person_after_a_kin_word():
    doc = _doc("Қызым Мадина 2019 жылы ұсталды. Біз Мадинаға бардық.")
    assert "Мадина" in _names(doc)
    assert "Мадинаға" in _places(doc)  # the control: with a case ending and no cue it stays the place


def test_a_given_name_that_is_a_place_is_a_person_before_a_patronymic():
    doc = _doc("Мадина Ерғалиқызы Алматыда тұрады.")
    assert "Мадина Ерғалиқызы" in _names(doc)
    assert "Алматыда" in _places(doc)  # the control: a place that is no listed name stays one
    assert not any(place.startswith("Мадина") for place in _places(doc))


def test_names_added_to_the_lexicon_are_found_without_a_cue():
    names = _names(_doc("Батырхан 2018 жылы ұсталды. Гүлшат пен Темірлан Алматыда қалды. Жаңбыр жауды."))
    assert {"Батырхан", "Гүлшат", "Темірлан"} <= set(names)
    assert not any("Жаңбыр" in name for name in names)  # the control: a capitalised word that is no name

