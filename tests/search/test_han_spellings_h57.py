"""A family searches for a name written in Chinese characters, with or without the middle dot: the
testimony that writes the same name in Latin or Cyrillic letters is found, and the reverse, in the
public and the workspace search (h-product57).

Before, 艾合买提·托合提 found only a text in characters: characters write the t that closes Ehmet with
a syllable of its own (提 ti), so their reading reduces to "amati" where Ehmet and Эхмет reduce to
"amat", and runs of characters were never given the name matcher's reduced forms at all; without
the dot the run was searched by its character pairs only. A withheld person stays unfound on the
public side in every script. People and sentences are invented."""

import pytest

from guwah.publish import search_public
from guwah.search import _spellings, _undotted_parts, search_documents

# file: (text, the name of a withheld person it writes, or None)
TEXTS = {
    "latin.txt": ("Synthetic example. Ehmet Tohti was taken from the market in 2018.", None),
    "cyrillic.txt": ("Синтетический пример. Эхмет Тохти забрали с рынка в 2018 году.", None),
    "dotted.txt": ("合成示例。我的邻居艾合买提·托合提二〇一八年在市场被带走。", None),
    "undotted.txt": ("合成示例。我的邻居艾合买提托合提二〇一八年在市场被带走。", None),
    "other.txt": ("Synthetic example. Memet Tursun was taken from the school in 2019.", None),
    "withheld-latin.txt": ("Synthetic example. Reshit Sawut was taken from the mosque in 2017.", "Reshit Sawut"),
    "withheld-han.txt": ("合成示例。我的叔叔热西提·萨吾提二〇一七年在清真寺被带走。", "热西提·萨吾提"),
}
EHMET = ("latin.txt", "cyrillic.txt", "dotted.txt", "undotted.txt")


@pytest.fixture
def archive(release_testimonies) -> dict[str, int]:
    return release_testimonies(TEXTS)


def _public(store, query: str) -> list[int]:
    with store.session() as session:
        return sorted(d.id for d in search_public(session, query).documents)


def _workspace(store, query: str) -> list[int]:
    with store.session() as session:
        return search_documents(session, store.ring, query)


@pytest.mark.parametrize("query", [
    "艾合买提·托合提",  # characters, dotted
    "艾合买提托合提",   # without the dot
    "Ehmet Tohti",      # Latin: finds the testimonies in characters
    "Эхмет Тохти",      # Cyrillic
    "托合提 艾合买提",  # the parts in the other order, as whole words
])
def test_a_name_is_found_in_characters_and_letters_both_ways(store, archive, query):
    expected = sorted(archive[name] for name in EHMET)
    assert _public(store, query) == expected, query
    assert _workspace(store, query) == expected, query


def test_another_name_is_not_found_and_ordinary_chinese_still_is(store, archive):
    # Memet is not Ehmet: the characters' readings do not reduce to it
    for query in ("Memet Tohti", "买买提·托合提", "Ehmet Tursun"):
        assert _public(store, query) == [], query
    assert _public(store, "Memet Tursun") == [archive["other.txt"]]  # control
    # a Chinese word is still found by its character pairs, and a run that parts into no names
    # stays so
    assert _public(store, "市场") == sorted([archive["dotted.txt"], archive["undotted.txt"]])
    assert _public(store, "年在市场被带走") == sorted([archive["dotted.txt"], archive["undotted.txt"]])


def test_a_withheld_person_is_found_in_no_script_on_the_public_side(store, archive):
    for query in ("Reshit Sawut", "Решит Савут", "热西提·萨吾提", "热西提萨吾提", "Sawut", "萨吾提"):
        found = _public(store, query)
        assert archive["withheld-latin.txt"] not in found and archive["withheld-han.txt"] not in found, query
    # controls: the words around the name are public, and the workspace, which holds the texts,
    # finds both in every script
    assert archive["withheld-latin.txt"] in _public(store, "mosque")
    assert archive["withheld-han.txt"] in _public(store, "清真寺")
    for query in ("Reshit Sawut", "热西提·萨吾提", "热西提萨吾提"):
        assert _workspace(store, query) == sorted([archive["withheld-latin.txt"], archive["withheld-han.txt"]]), query


def test_characters_reduce_to_the_letters_key_without_the_added_vowel():
    # 提 ti writes the closing t: the reading also reduces without its i, as Ehmet and Reshit do
    assert ("amat", 0) in _spellings("艾合买提") and _spellings("Ehmet") <= _spellings("艾合买提")
    assert ("raSit", 0) in _spellings("热西提")
    # a name whose last character writes a whole syllable keeps its vowel (Tursun has none to drop)
    assert ("tursun", 0) in _spellings("吐尔逊") and ("tursu", 0) not in _spellings("吐尔逊")
    # the stretch's reading as a Chinese name (the family name Tu) is no key, nor a run of no
    # transcription character, nor a stretch longer than a name part
    assert ("tu", 0) not in _spellings("吐尔逊")
    assert _spellings("我们都很好") == frozenset()
    assert _spellings("艾合买提托合提") == frozenset()


def test_an_undotted_transcription_is_parted_where_a_name_part_ends_or_starts():
    assert _undotted_parts("艾合买提托合提") == ["艾合买提", "托合提"]   # after the closing 提
    assert _undotted_parts("热合曼艾尔金") == ["热合曼", "艾尔金"]     # before the word-start 艾
    assert _undotted_parts("热西提萨吾提") == ["热西提", "萨吾提"]     # 吾 inside Sawut starts no part
    assert _undotted_parts("阿不都克里木") == []    # one name: no part ends inside it
    assert _undotted_parts("木太力力甫") == []      # 木 starts it: no part of one character
    assert _undotted_parts("年在市场被带走") == []  # no transcription
