"""The linker on names in Japanese katakana and on names with an occupation before them (issue 10):
a katakana rendering (トルクンバイ・メルダンベク) and "Lehrerin Orzila Temirbek" reach the model as the
names they write, and the other fields decide as for any name. Invented names, among invented others."""

import random

from guwah.link.linker import link_mentions
from guwah.link.mentions import Mention

SYLLABLES = ("ka", "ri", "mo", "te", "lu", "san", "dor", "vek", "nil", "zo", "ba", "qur", "pel", "gan", "tis")
AGREEING = {"birth_year": (1978, 1978), "hometown": "Kucha", "detained_year": (2018, 2018)}


def others() -> list[Mention]:
    """Two hundred invented persons of distinct names around the pairs tested."""
    rng = random.Random(7)
    out = []
    for number in range(200):
        given = "".join(rng.sample(SYLLABLES, 3)).capitalize()
        family = "".join(rng.sample(SYLLABLES, 2)).capitalize() + "ov"
        out.append(Mention(f"other{number}", f"{given} {family}", birth_year=(1950 + number % 40,) * 2))
    return out


def linked(a: Mention, b: Mention) -> bool:
    clusters = link_mentions([a, b, *others()], threads=1).cluster_ids
    return clusters[0] == clusters[1]


def test_a_katakana_name_links_with_its_latin_spelling():
    kana, latin = "トルクンバイ・メルダンベク", "Tolqunbay Merdanbek"
    assert linked(Mention("a", kana, **AGREEING), Mention("b", latin, **AGREEING))
    # namesakes: another birth year and home
    assert not linked(Mention("a", kana, birth_year=(1950, 1950), hometown="Kucha"),
                      Mention("b", latin, birth_year=(1986, 1986), hometown="Hotan"))
    # another name, the fields agreeing (its control is the first assertion)
    assert not linked(Mention("a", kana, **AGREEING), Mention("b", "Ezizgul Qasimtay", **AGREEING))


def test_an_occupation_before_the_name_links_as_the_name():
    titled, plain = "Lehrerin Orzila Temirbek", "Orzila Temirbek"
    assert linked(Mention("a", titled, **AGREEING), Mention("b", plain, **AGREEING))
    assert linked(Mention("a", "öğretmen Orzila Temirbek"), Mention("b", plain))  # the full name alone
    assert not linked(Mention("a", titled, **AGREEING), Mention("b", "Orzila Darvish", **AGREEING))
