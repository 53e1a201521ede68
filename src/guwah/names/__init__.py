"""Romanise and compare personal names across scripts (Latin, Cyrillic, Uyghur Arabic, Chinese).

Names of the same person reach the project as Uyghur Latin, pinyin-based spellings, Russian
passport forms, Kazakh Cyrillic, Uyghur Arabic script and Chinese transcriptions. This package
brings them to comparable Latin forms, gives blocking keys, and scores pairs of names.
"""

from __future__ import annotations

from guwah.names.compare import (
    DEFAULT_THRESHOLD,
    compare_many,
    compare_names,
    same_person_name,
)
from guwah.names.forms import name_forms
from guwah.names.keys import keys_many, name_keys
from guwah.names.scripts import detect_script


def clear_caches() -> None:
    """Forget every cached per-name and per-word preparation (for cold timings and tests)."""
    from guwah.names import chinese, compare, forms, keys, scripts

    for cached in (forms.name_forms, forms.token_words, forms.token_entries,
                   forms.word_alternatives, keys._keys, compare.vector_rows,
                   chinese.han_name_parts, chinese.chunk_readings, chinese.han_syllable,
                   scripts.char_script):
        cached.cache_clear()


def latin_forms(name: str) -> list[str]:
    """Lowercase ASCII Latin forms of a name: its transliteration, then re-spellings per reading.

    Args:
        name: a personal name in any script.
    Returns:
        Distinct forms, the direct transliteration first.
    """
    return list(name_forms(name).latin)


__all__ = [
    "DEFAULT_THRESHOLD",
    "clear_caches",
    "compare_many",
    "compare_names",
    "detect_script",
    "keys_many",
    "latin_forms",
    "name_keys",
    "same_person_name",
]
