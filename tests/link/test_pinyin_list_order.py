"""The linker on a pinyin list that writes the father's name first (issue 10): TAXIMAITI AIKEREMU
in a list compiled from Chinese documents is Ekrem Tashmet of a testimony, with only the birth year
beside the name (before, the swap left such a pair below review); his father Tashmet Ekrem, whose name the list's order could as well be, stays apart by his
birth year, and so does a namesake of another birth year. Invented names, among invented others."""

import random

from guwah.link.linker import link_mentions
from guwah.link.mentions import Mention

SYLLABLES = ("ka", "ri", "mo", "te", "lu", "san", "dor", "vek", "nil", "zo", "ba", "qur", "pel", "gan", "tis")


def others() -> list[Mention]:
    """Two hundred invented persons of distinct names around the mentions tested."""
    rng = random.Random(11)
    out = []
    for number in range(200):
        given = "".join(rng.sample(SYLLABLES, 3)).capitalize()
        family = "".join(rng.sample(SYLLABLES, 2)).capitalize() + "ov"
        out.append(Mention(f"other{number}", f"{given} {family}", birth_year=(1950 + number % 40,) * 2))
    return out


def clusters_of(*mentions: Mention) -> list[int]:
    return list(link_mentions([*mentions, *others()], threads=1).cluster_ids[:len(mentions)])


SON = {"birth_year": (1981, 1981)}
FATHER = {"birth_year": (1952, 1952)}


def test_a_surname_first_pinyin_list_links_with_the_son_not_the_father():
    son, listed, father = clusters_of(Mention("son", "Ekrem Tashmet", **SON),
                                      Mention("list", "TAXIMAITI AIKEREMU", **SON),
                                      Mention("father", "Tashmet Ekrem", **FATHER))
    assert son == listed
    assert father != listed


def test_the_same_list_entry_of_another_birth_year_stays_apart():
    son, listed, namesake = clusters_of(Mention("son", "Ekrem Tashmet", **SON),
                                        Mention("list", "TAXIMAITI AIKEREMU", **SON),
                                        Mention("namesake", "TAXIMAITI AIKEREMU", birth_year=(1964, 1964)))
    assert son == listed  # positive control
    assert namesake not in (son, listed)
