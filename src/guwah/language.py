"""Language identification of document text, offline (py3langid ships its model)."""

from __future__ import annotations

import re
from functools import cache

# Enough text to decide; classifying a whole book adds time and no accuracy.
_SAMPLE_CHARS = 20_000
# py3langid has no Uyghur Latin (ULY): it calls it Uzbek, Turkish, Crimean Tatar… ULY writes é
# (or ë) for the vowel ې, which those alphabets lack, and has none of their own letters.
_TURKIC_LATIN_GUESSES = {"uz", "tr", "az", "tk", "ky", "kk", "tt", "crh", "ba", "gag", "kaa"}
_ULY_VOWEL = re.compile("[éë]", re.I)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_ULY = re.compile("[şçğıəñŞÇĞƏÑʻʼ]|[oOgG]['‘’]")  # no re.I: it makes ı match i
# py3langid ranks Wu (wuu) or Cantonese (yue) first on short written Chinese, a form's field line
# ("姓名：… 关系：弟弟"); written in Han characters they are read by the Chinese rules: one code, "zh".
_WRITTEN_CHINESE = {"zh", "wuu", "yue"}


@cache
def _identifier():
    import py3langid

    return py3langid


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's main language, or None when there is too little text.

    Uyghur in Latin letters (ULY) is "ug", like Uyghur in Arabic script; Chinese in Han characters
    is "zh", whichever Chinese language the model ranks first (Wu, Cantonese).
    """
    sample = text[:_SAMPLE_CHARS]
    # A Chinese character is a syllable, often a word: it counts as two letters.
    if sum(ch.isalpha() for ch in sample) + len(_HAN.findall(sample)) < 20:
        return None
    ranked = _identifier().rank(sample)
    language = ranked[0][0]
    if language in _WRITTEN_CHINESE and _HAN.search(sample):
        return "zh"
    if any(guess in _TURKIC_LATIN_GUESSES for guess, _score in ranked[:3]) and is_uyghur_latin(sample):
        return "ug"
    return language


def is_uyghur_latin(text: str) -> bool:
    """Whether Latin-script Turkic text is written in Uyghur Latin (ULY): é/ë and no Turkish, Uzbek or Azeri letters."""
    return len(_ULY_VOWEL.findall(text)) >= 2 and not _NOT_ULY.search(text)


def language_code(value: str) -> str:
    """The ISO 639 code of a language tag someone wrote (a sidecar's `language: en`), as
    `detect_language` gives codes: "EN" → "en", "zh-CN" → "zh", "ug-CN" → "ug".

    A tag is known when the Unicode CLDR (through Babel, which the web app's translations use)
    has its language; a language with no CLDR locale is refused with it.

    Raises:
        ValueError: for a tag that names no language CLDR knows ("klingon", "xx").
    """
    from babel import Locale, UnknownLocaleError

    tag = value.strip()
    try:
        locale = Locale.parse(tag, sep="-" if "-" in tag else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(value) from None
    return locale.language
