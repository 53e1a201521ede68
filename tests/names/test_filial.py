"""Names written by kinship to the father ("X, daughter of Y", «X Y-ұлы», "Y oghli X", 之女):
read as the given name and the father's name, in every script (issue 10, family-search lists).
All names are invented."""

import pytest

from guwah.names import compare_names
from guwah.names.forms import filial_names
from guwah.names.settings import SAME_NAME, SIMILAR_NAME

# (written by kinship, the same person's name as a list writes it: given name, father's as surname)
SAME_PERSON = [
    ("Dilnaz, daughter of Ekrem", "Dilnaz Ekrem"),
    ("Dilnaz daughter of Ekrem", "Dilnaz Ekrem"),
    ("Bahtiyar, son of Yaqup", "Bahtiyar Yaqup"),
    ("Bahtiyar s/o Yaqup", "Bahtiyar Yaqup"),
    ("Dilnaz D/O Ekrem", "Dilnaz Ekrem"),
    ("Yaqup's son Bahtiyar", "Bahtiyar Yaqup"),
    ("Dilnaz, fille de Ekrem", "Dilnaz Ekrem"),
    ("Dilnaz, fille d'Ekrem", "Dilnaz Ekrem"),
    ("Bahtiyar, fils de Yaqup", "Bahtiyar Yaqup"),
    ("Yaqup oghli Bahtiyar", "Bahtiyar Yaqup"),
    ("Yaqupning oghli Bahtiyar", "Bahtiyar Yaqup"),
    ("Ekrem qizi Dilnaz", "Dilnaz Ekrem"),
    ("ياقۇپنىڭ ئوغلى باختىيار", "Bahtiyar Yaqup"),
    ("ئەكرەم قىزى دىلناز", "Dilnaz Ekrem"),
    ("Дильназ, дочь Экрема", "Dilnaz Ekrem"),
    ("Бахтияр, сын Якупа", "Bahtiyar Yaqup"),
    ("Бекзат, сын Мусы", "Bekzat Musa"),
    ("Жақып ұлы Бекзат", "Bekzat Zhaqyp"),
    ("Жақыптың ұлы Бекзат", "Bekzat Zhaqyp"),
    ("雅库甫之子巴赫提亚尔", "Bahtiyar Yakupu"),
    ("雅库甫的儿子巴赫提亚尔", "巴赫提亚尔·雅库甫"),
    ("巴赫提亚尔（雅库甫之子）", "巴赫提亚尔·雅库甫"),
    ("巴赫提亚尔，雅库甫的儿子", "巴赫提亚尔·雅库甫"),
]


@pytest.mark.parametrize(("filial", "listed"), SAME_PERSON)
def test_kinship_form_is_given_name_and_fathers(filial, listed):
    assert filial_names(filial), filial
    assert compare_names(filial, listed) >= SAME_NAME


@pytest.mark.parametrize(("filial", "listed"), SAME_PERSON)
def test_kinship_form_before_the_parse_was_not_the_same_name_everywhere(filial, listed):
    # A control on the assertion above: the name of another father is another name.
    other_father = listed.replace("Ekrem", "Osman").replace("Yaqup", "Osman").replace("Musa", "Osman")
    other_father = other_father.replace("Zhaqyp", "Osman").replace("Yakupu", "Aosiman").replace("雅库甫", "奥斯曼")
    assert other_father != listed
    assert compare_names(filial, other_father) < SIMILAR_NAME


def test_across_scripts_and_kinship_forms():
    # one person named four ways: all the same name parts
    names = ["Dilnaz, daughter of Ekrem", "Дильназ Экремкызы", "Ekrem qizi Dilnaz", "Dilnaz Ekrem"]
    for a in names:
        for b in names:
            assert compare_names(a, b) >= SAME_NAME, (a, b)


def test_one_word_patronymic_agrees_with_the_kinship_form():
    # the one-word patronymic is read where it stands (not by filial_names) and agrees with it
    assert compare_names("Бекзат Жақыпұлы", "Жақып ұлы Бекзат") >= SAME_NAME
    assert compare_names("Бекзат Жақыпұлы", "Bekzat, son of Zhaqyp") >= SAME_NAME
    assert compare_names("Бекзат Жақыпұлы", "Bekzat, son of Osman") < SIMILAR_NAME


def test_daughter_is_not_a_son():
    # "daughter of" marks a woman, as -qyzy does: against -uly the genders clash
    assert compare_names("Dilnaz, daughter of Ekrem", "Dilnaz Ekremqyzy") >= SAME_NAME
    assert compare_names("Dilnaz, daughter of Ekrem", "Dilnaz Ekremuly") < SIMILAR_NAME


def test_parse_per_script():
    assert filial_names("Dilnaz, daughter of Ekrem") == ("Dilnaz Ekrem qyzy",)
    assert filial_names("Bahtiyar s/o Yaqup") == ("Bahtiyar Yaqup uly",)
    assert filial_names("Yaqupning oghli Bahtiyar") == ("Bahtiyar Yaqup oghli", "Bahtiyar Yaqupning oghli")
    assert filial_names("Жақыптың ұлы Бекзат") == ("Бекзат Жақып ұлы", "Бекзат Жақыптың ұлы")
    assert filial_names("Дильназ, дочь Экрема")[0] == "Дильназ Экрем қызы"
    assert filial_names("ئەكرەم قىزى دىلناز") == ("دىلناز ئەكرەم قىزى",)
    assert filial_names("雅库甫之子巴赫提亚尔") == ("巴赫提亚尔·雅库甫",)
    assert filial_names("巴赫提亚尔（雅库甫的儿子）") == ("巴赫提亚尔·雅库甫",)


@pytest.mark.parametrize("name", [
    "Bahtiyar Yaqup oghli",      # the patronymic word after the father's name: read where it stands
    "Бекзат Жақыпұлы",
    "Minh Son",                  # Son as a surname, no "of"
    "Son Bahtiyar",
    "Bahtiyar Son Yaqup",        # no "of" after it
    "Dilnaz S. O. Ekrem",        # initials, not s/o
    "Dilnaz daughter of",        # no father's name
    "Ekrem Qizi",                # a word like a patronymic at the end
    "李子明",                     # 子 in a Chinese given name
    "王羲之子明",                 # 之子 with a one-character rest
    "Сынтас Экремов",            # a surname beginning like сын
    "Gulzar Ekrem qizi Dilnaz",  # two words before the patronymic word: no one father's name
    "Ekrem uly Dilnaz uly",      # a second patronymic word after the given name
])
def test_not_a_kinship_form(name):
    assert filial_names(name) == ()


def test_negatives_keep_their_reading():
    # Son as a surname is compared as a name part (positive control: the same surname agrees)
    assert compare_names("Minh Son", "Minh Son") >= SAME_NAME
    assert compare_names("Minh Son", "Minh Yaqup") < SIMILAR_NAME
    assert compare_names("Bahtiyar Son Yaqup", "Bahtiyar Yaqup") < SAME_NAME


def test_bare_given_name_agrees_in_part():
    # a given name alone agrees in part with the full name, and disagrees with another given name
    for full in ("Dilnaz Ekrem", "Dilnaz, daughter of Ekrem", "Ekrem qizi Dilnaz"):
        score = compare_names("Dilnaz", full)
        assert SIMILAR_NAME <= score, full
    assert compare_names("Dilnaz", "Dilnaz Ekrem") < SAME_NAME  # the father's name as a surname
    # the father's name stated as such is a patronymic, which a list may leave out, as -qyzy is
    assert compare_names("Dilnaz", "Dilnaz, daughter of Ekrem") == compare_names("Dilnaz", "Dilnaz Ekremqyzy")
    assert compare_names("Dilnaz", "Gulzar, daughter of Ekrem") < SIMILAR_NAME
