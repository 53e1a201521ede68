"""Placeholders: what a list writes where it does not know a value, and in a name cell, no name.

A list writes "unknown", "N/A", "-", "?", неизвестно, 不详 where it does not know a value. In a
birth year, gender, hometown or facility cell that is the value missing (`guwah.link.mentions`
reads those cells with UNKNOWN). In a name cell it is no name: two "Unknown" rows are not one
person, so a placeholder name has no blocking keys where the linker takes them
(`guwah.names.keys.keys_many`) and the linker pairs no mention by it
(`guwah.link.linker.identical_pairs`). The word's own keys (`name_keys`, by which masking and
search look words up) are unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The markers of an unknown value in a cell, casefolded (English, Russian, Turkish, Uyghur Arabic
# and Latin script, Kazakh, Chinese). "x" is a tick or a typing slip rather than a marker in a
# year cell (`guwah.link.mentions.YEAR_UNKNOWN`); as a whole name it names no one.
UNKNOWN = frozenset({"", "?", "-", "—", "–", "unknown", "n/a", "na", "none", "null", "неизвестно", "нет",
                     "bilinmiyor", "نامەلۇم", "namelum", "белгісіз", "белгисиз", "不详", "未知", "无", "x"})
# What a name cell says in the place of a name besides UNKNOWN, casefolded, words single-spaced.
NO_NAME = frozenset({
    "не известно", "не указано", "без имени", "имя неизвестно", "аноним", "unnamed", "anonymous", "no name",
    "noname", "name unknown", "unknown name", "not known", "not given", "n.a.", "isimsiz", "bilinmeyen",
    "namalum", "noma'lum", "nomalum", "аты белгісіз", "姓名不详", "不知道", "无名", "无名氏", "佚名", "某某",
    "不詳", "未詳", "名字不详",
})
# What is stripped around a cell and its words before the look-up: spaces, brackets, quotes, dots.
_AROUND = " \t\"'«»“”()[]（）【】.,;:"
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def is_placeholder(name: str) -> bool:
    """Whether a name cell holds a placeholder rather than a name ("Unknown", "N/A", "?",
    "неизвестно", "姓名不详"; "Unknown Unknown"): the whole cell, or each of its words, is one.

    A name beside a placeholder ("Memet (unknown)") is a name.
    """
    text = _SPACES.sub(" ", name.casefold().strip(_AROUND))
    if text in UNKNOWN or text in NO_NAME:
        return True
    words = [word.strip(_AROUND) for word in text.split(" ")]
    return len(words) > 1 and all(word in UNKNOWN or word in NO_NAME for word in words)
