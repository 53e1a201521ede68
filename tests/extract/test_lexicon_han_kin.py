"""One list of Chinese kin words, `lexicon.HAN_KIN`, read by `guwah.extract.han` and `guwah.publish` (h-frames70).

Before, five lists held them (four regexes of han, publish's `_HAN_KIN`), each with other words: a
relative named right after 爱人 or 叔叔 was not read, although publication held such a name as a
relative's."""

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import HAN_KIN, han_kin_words
from guwah.publish import _kin_words


def _persons(text: str) -> dict[str, list[str]]:
    return {p["name"]: [v["code"] for v in p["violations"]] for p in extract_text(text, language="zh")["persons"]}


@pytest.mark.parametrize(("text", "name"), [
    ("我爱人帕尔哈提去年在喀什被带走了，至今没有消息。", "帕尔哈提"),
    ("我叔叔买买提明（52岁）被判了十年。", "买买提明"),
])
def test_a_relative_named_after_any_kin_word_of_the_list_is_a_person(text, name):
    assert name in _persons(text)


def test_a_word_that_is_no_kin_word_names_no_relative():
    # the same sentence after a word that is no kinship (我们村): no one-part name is read there
    assert "买买提明" not in _persons("我们村买买提明被判了十年。")


def test_publication_reads_every_kin_word_of_two_characters_and_no_single_character():
    pattern = _kin_words()
    for word in han_kin_words(single=False):
        assert pattern.search(f"他{word}在家"), word
    singles = [word for word in HAN_KIN if len(word) == 1]
    assert singles and not any(pattern.search(f"一位{word}士") for word in singles)


def test_the_words_are_longest_first():
    words = han_kin_words()
    assert words.index("外甥女") < words.index("外甥") and words.index("儿子") < words.index("子")
    assert "家人" not in han_kin_words(groups=False) and "子" not in han_kin_words(single=False)
