"""Romanise and compare personal names across scripts (Latin, Cyrillic, Uyghur Arabic, Chinese, Japanese kana).

Names of the same person reach the project as Uyghur Latin, pinyin-based spellings, Russian
passport forms, Kazakh Cyrillic, Uyghur Arabic script and Chinese transcriptions. This package
brings them to comparable Latin forms, gives blocking keys, and scores pairs of names; it also
holds the one text folding and inflection stripper (`fold`, `stems`, `inflected`) that places,
masking and extraction share.

Exports are loaded on first use, so that `from guwah.names import fold` does not pay for pypinyin
and numpy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# public name → module that defines it
EXPORTS = {
    "DEFAULT_THRESHOLD": "guwah.names.compare",
    "compare_many": "guwah.names.compare",
    "compare_names": "guwah.names.compare",
    "in_other_order": "guwah.names.compare",
    "same_person_name": "guwah.names.compare",
    "name_forms": "guwah.names.forms",
    "name_words": "guwah.names.forms",
    "part_spellings": "guwah.names.forms",
    "keys_many": "guwah.names.keys",
    "name_keys": "guwah.names.keys",
    "is_placeholder": "guwah.names.placeholders",
    "detect_script": "guwah.names.scripts",
    "fold": "guwah.names.inflection",
    "inflected": "guwah.names.inflection",
    "stems": "guwah.names.inflection",
}

if TYPE_CHECKING:
    from guwah.names.compare import (
        DEFAULT_THRESHOLD,
        compare_many,
        compare_names,
        in_other_order,
        same_person_name,
    )
    from guwah.names.forms import name_forms, name_words, part_spellings
    from guwah.names.inflection import fold, inflected, stems
    from guwah.names.keys import keys_many, name_keys
    from guwah.names.placeholders import is_placeholder
    from guwah.names.scripts import detect_script


def __getattr__(name: str) -> Any:
    """Load an export from its module on first use (PEP 562)."""
    module = EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'guwah.names' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def clear_caches() -> None:
    """Forget every cached per-name and per-word preparation (for cold timings and tests)."""
    from guwah.names import chinese, compare, forms, inflection, kana, keys, placeholders, scripts, table

    for cached in (forms.name_forms, forms.written_forms, forms.filial_names, forms.token_words, forms.token_entries,
                   forms.word_alternatives, forms.part_spellings, keys._keys, placeholders.is_placeholder, compare.name_traits, table.cached_record,
                   compare._load_prepared, compare.written_as_one_name,
                   chinese.han_name_parts, chinese.chunk_readings, chinese.han_syllable,
                   chinese.syllables_of, chinese.chinese_name_key, chinese.pinyin_read_back,
                   chinese.palladius_to_pinyin, chinese.toneless_pinyin, chinese.pinyin_transcription,
                   chinese.joined_syllables, chinese.syllables_second_readings,
                   chinese.syllables_russian_readings, chinese.second_readings, chinese.russian_readings,
                   forms.plain_token, forms.titles, kana.kana_reading, kana.kana_readings, kana.hepburn_reading,
                   scripts.char_script, inflection.stems):
        cached.cache_clear()


def latin_forms(name: str) -> list[str]:
    """Lowercase ASCII Latin forms of a name: its transliteration, then re-spellings per reading.

    Args:
        name: a personal name in any script.
    Returns:
        Distinct forms, the direct transliteration first.
    """
    from guwah.names.forms import name_forms

    return list(name_forms(name).latin)


__all__ = [
    "DEFAULT_THRESHOLD",
    "clear_caches",
    "compare_many",
    "compare_names",
    "detect_script",
    "fold",
    "in_other_order",
    "inflected",
    "is_placeholder",
    "keys_many",
    "latin_forms",
    "name_forms",
    "name_keys",
    "name_words",
    "part_spellings",
    "same_person_name",
    "stems",
]
