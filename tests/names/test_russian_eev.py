"""h-names47b: a Russian surname or patronymic in -еев, -еева (the name Алексей, Сергей, Андрей,
Матвей and -ев) written in letters without its y, Alekseeva for Алексеева (read alekseyeva), scored
0.66 against its own Cyrillic spelling: `forms.split_suffix` gave the stem the y of a name in -ay,
-oy, -uy before -ev (Sadybaev = Sadybayev) but not of one in -ey, so the stem alekse ended in a
woman's -e where the Cyrillic stem aleksey ends in y. Each pair has a control: the same Latin word
against another Russian name of its shape stays apart, and scores what the spelling with its y
scores against that name (the Latin -eev is read as -eyev, no looser)."""

import pytest

from guwah.names import compare_many, compare_names
from guwah.names.settings import SAME_NAME, SIMILAR_NAME


def score(a: str, b: str) -> float:
    """compare_names, checked equal to compare_many's vectorised path."""
    value = compare_names(a, b)
    assert compare_many([(a, b)]) == pytest.approx([value])
    return value


@pytest.mark.parametrize(("latin", "same", "other"), [
    ("Alekseeva", "Алексеева", "Аксенова"),  # was 0.66
    ("Alekseev", "Алексеев", "Аксенов"),
    ("Sergeeva", "Сергеева", "Серикова"),
    ("Andreev", "Андреев", "Антонов"),
    ("Matveev", "Матвеев", "Мамедов"),
    ("Sergeevna", "Сергеевна", "Серикбаевна"),  # the patronymics, -eevna and -eevich
    ("Andreevich", "Андреевич", "Андроникович"),
    ("Alekseev", "Alekseyev", "Aksenov"),  # and the two Latin spellings of one Cyrillic name
    ("Alekseeva", "Alekseyeva", "Aksyonova"),
])
def test_latin_eev_is_the_cyrillic_eev(latin, same, other):
    assert score(latin, same) >= SAME_NAME
    assert score(latin, other) < SIMILAR_NAME
    assert score(latin, other) == pytest.approx(score(same, other))


@pytest.mark.parametrize(("english", "same", "other"), [
    ("Kareem", "Karim", "Karima"), ("Saeed", "Said", "Saida"), ("Urumchee", "Urumchi", "Urumqa"),
])
def test_english_ee_is_still_the_vowel_i(english, same, other):
    assert score(english, same) >= SAME_NAME
    assert score(english, other) < SAME_NAME


# h-names48: the search forms (`latin_forms`, which `guwah.search.word_forms` indexes and looks up)
# of a Latin -eev, -eeva read the ee as English i (Alekseeva: aleksiwa), so the word found neither
# Алексеева (alekseyeva) nor Alekseyeva. Each has a control: a Russian name of another sound shares
# no form with it.
@pytest.mark.parametrize(("latin", "found", "other"), [
    ("Alekseeva", ("Алексеева", "Alekseyeva"), "Аксенова"),
    ("Alekseev", ("Алексеев", "Alekseyev"), "Аксенов"),
    ("Sergeevna", ("Сергеевна", "Sergeyevna"), "Серикбаевна"),
    ("Andreevich", ("Андреевич", "Andreyevich"), "Андроникович"),
])
def test_latin_eev_search_forms_find_the_cyrillic_eev(latin, found, other):
    from guwah.search import word_forms

    for spelled in found:
        assert word_forms(latin) & word_forms(spelled), spelled
    assert not word_forms(latin) & word_forms(other)


@pytest.mark.parametrize(("english", "found"), [("Kareem", "Karim"), ("Saeed", "Said"), ("Urumchee", "Urumchi")])
def test_english_ee_search_forms_still_find_the_vowel_i(english, found):
    from guwah.search import word_forms

    assert word_forms(english) & word_forms(found)
