"""A Russian family name before two initials («доцент Исмаилова Г. А.», the official way) and a family name
with an O' or D' ("Mark D'Souza") are names (issue 11, h-persons43: both were missed on the spent v21 set).
Invented texts; the controls: a word that is no family name before letters of a list («Раздел А. Б.») names
no one, and a name without initials is read as before."""

from guwah.extract.pipeline import run_pipeline


def _names(text: str, language: str) -> set[str]:
    return {name for person in run_pipeline(text, language, None).persons for name in person.names}


def test_a_russian_family_name_before_two_initials():
    names = _names("Мой куратор, доцент Исмаилова Г. А., согласна с моим решением. Смотрите Раздел А. Б. "
                   "Вопрос решит Нурлан Абенов.", "ru")
    assert "Исмаилова Г. А." in names, names
    assert "Нурлан Абенов" in names, names
    assert not any(name.startswith("Раздел") for name in names), names


def test_a_family_name_with_an_apostrophe():
    names = _names("A volunteer, Mark D'Souza from the Heritage Collective, appraised the chest. "
                   "Aziz Tohti agreed with him.", "en")
    assert {"Mark D'Souza", "Aziz Tohti"} <= names, names
