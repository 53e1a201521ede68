"""Script detection for personal names (ISO 15924 codes)."""

from __future__ import annotations

import re
from functools import lru_cache

LATIN = "Latn"
CYRILLIC = "Cyrl"
ARABIC = "Arab"
HAN = "Hani"
KANA = "Kana"  # katakana and hiragana: Japanese renderings of foreign names (`guwah.names.kana`)
UNDETERMINED = "Zyyy"  # no letters, or letters from more than one script
ASCII_LETTER = re.compile(r"[A-Za-z]")
# Letters of each script, as regular expressions so that a whole name is scanned in C.
# Tatweel, Arabic vowel marks and digits are not letters.
SCRIPT_LETTERS = (
    (LATIN, re.compile("[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u1E00-\u1EFF\u2C60-\u2C7F]")),
    (CYRILLIC, re.compile("[\u0400-\u0481\u048A-\u052F\u1C80-\u1C8F]")),
    (ARABIC, re.compile("[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5"
                        "\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9"
                        "\uFB50-\uFDFB\uFE70-\uFEFC]")),
    (HAN, re.compile("[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\U00020000-\U0003134F]")),
    (KANA, re.compile("[\u3041-\u3096\u30A1-\u30FA\u30FC\u31F0-\u31FF\uFF66-\uFF9D]")),
)


@lru_cache(maxsize=8192)
def char_script(char: str) -> str | None:
    """Return the ISO 15924 code of one letter, or None for marks, digits and punctuation."""
    for script, letters in SCRIPT_LETTERS:
        if letters.match(char):
            return script
    return None


def detect_script(name: str) -> str:
    """Return the script of a name: Latn, Cyrl, Arab, Hani, Kana, or Zyyy when none or mixed.

    Args:
        name: a personal name in any script.
    Returns:
        An ISO 15924 code; "Zyyy" when the name has no letters or mixes scripts.
    """
    if name.isascii():
        return LATIN if ASCII_LETTER.search(name) else UNDETERMINED
    found = [script for script, letters in SCRIPT_LETTERS if letters.search(name)]
    return found[0] if len(found) == 1 else UNDETERMINED


def script_code(value: str) -> str:
    """The ISO 15924 code of a script code someone wrote, in its usual case ("latn" → "Latn"), as
    `detect_script` gives codes.

    A code is known when the Unicode CLDR (through Babel, as `guwah.language.language_code` reads
    languages) names its script.

    Raises:
        ValueError: for a code CLDR names no script by ("Latin", "xx").
    """
    from babel import Locale

    script = value.title()
    if script not in Locale("en").scripts:
        raise ValueError(value)
    return script


# Simplified and Traditional Chinese characters are one script to `detect_script`.
_HAN_VARIANTS = {"Hans": HAN, "Hant": HAN}


@lru_cache(maxsize=64)
def language_script(language: str) -> str | None:
    """The script a language is usually written in, as `detect_script` gives codes ("ug" → "Arab",
    "zh" → "Hani", "ru" and "kk" → "Cyrl", "en" → "Latn"), from the Unicode CLDR's likely subtags
    (through Babel); None for a code CLDR does not know."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language.replace("-", "_").split("_")[0].lower())
    parts = likely.split("_") if likely else []
    script = parts[1] if len(parts) > 2 else None
    return _HAN_VARIANTS.get(script, script)


# A name typed on two keyboards, or read from a scan, mixes letters that look alike: Latin words
# with a Cyrillic А or Н (ADILIJIАNG, YISНA), Cyrillic ones with a Latin e or p (Гeнии, Mиxpай).
# Read with its letters' own values, such a word is misspelt in both scripts (the Cyrillic Н of
# YISНA is an n) and the name is of no script. Which letters look alike is Unicode's (the confusables
# skeletons of TR 39: `lookalikes`).
_WORD = re.compile(r"\S+")


# Cyrillic letters (U+0400–U+052F) and the Latin letters of the same case that look like them, in pairs:
# the letters whose confusables skeletons are one (Unicode TR 39's confusables.txt, as ICU's SpoofChecker
# computes them; read once through PyICU 2.17 and kept here, so that no ICU build is needed at run time).
_CYRILLIC_LOOKALIKES = "ЅІЈАВЕКМНОРСТУХагеорсухѕіјѡѴѵҮүһҽӀӏԁԌԛԜԝ"
_LATIN_LOOKALIKES = "SIJABEKMHOPCTYXareopcyxsijwVvYyheIidGqWw"


@lru_cache(maxsize=1)
def lookalikes() -> tuple[dict[str, str], dict[str, str]]:
    """(Cyrillic letter → the Latin letter it looks like, Latin letter → a Cyrillic one it looks
    like, the first in code order), for letters of the same case (А and A, р and p)."""
    to_latin = dict(zip(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES, strict=True))
    to_cyrillic: dict[str, str] = {}
    for cyrillic, latin in to_latin.items():
        to_cyrillic.setdefault(latin, cyrillic)
    return to_latin, to_cyrillic


# Greek letters and the Latin letters of the same case that look like them (their TR 39 confusables
# skeletons, read as `_CYRILLIC_LOOKALIKES` were; the capital iota's skeleton is "l", its look-alike I):
# a Latin or Cyrillic name typed with a Greek alpha or iota (Αbdurehim) is read as its own script's.
_GREEK_TO_LATIN = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϲϳϹϺϒϜαγινορσυϱι", "ABEZHIKMNOPTYXcjCMYFayivopoupi")


def _one_script_word(word: str) -> str:
    scripts = [char_script(char) for char in word]
    if (LATIN in scripts or CYRILLIC in scripts) and word != word.translate(_GREEK_TO_LATIN):
        word = word.translate(_GREEK_TO_LATIN)  # Greek look-alikes among Latin or Cyrillic letters
        scripts = [char_script(char) for char in word]
    if LATIN not in scripts or CYRILLIC not in scripts:
        return word
    to_latin, to_cyrillic = lookalikes()
    # the letters with no look-alike in the other script say which script the word is in
    own_latin = any(s == LATIN and c not in to_cyrillic for c, s in zip(word, scripts, strict=True))
    own_cyrillic = any(s == CYRILLIC and c not in to_latin for c, s in zip(word, scripts, strict=True))
    if own_latin == own_cyrillic:
        if own_latin:
            return word  # letters of both scripts that look like nothing else: leave it as written
        latin_count = scripts.count(LATIN)
        if latin_count * 2 == len([s for s in scripts if s in (LATIN, CYRILLIC)]):
            return word
        own_latin = latin_count * 2 > len([s for s in scripts if s in (LATIN, CYRILLIC)])
    table = to_latin if own_latin else to_cyrillic
    return "".join(table.get(char, char) for char in word)


@lru_cache(maxsize=65536)
def one_script(name: str) -> str:
    """The name with each word that mixes Latin and Cyrillic letters written in one of them: the
    look-alike letters (`lookalikes`) of the other script replaced, towards the script of the
    word's letters that have no look-alike (Гoпyp: Гопур), else of most of its letters (ADILIJIАNG:
    ADILIJIANG). A word whose letters of both scripts look like nothing else, or with as many of
    each, and every name with no such word, are returned as written."""
    if name.isascii():
        return name
    return _WORD.sub(lambda match: _one_script_word(match.group()), name)
