"""Chinese renderings of names to Latin: pinyin, and Uyghur-style readings of transcriptions."""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import lazy_pinyin

# Characters whose everyday reading differs from their use in transcribed names.
TRANSCRIPTION_READINGS = {"都": "du", "尉": "yu", "单": "shan", "解": "xie", "曾": "zeng"}

# Separators between the parts of a transcribed name: middle dots of several encodings.
PART_SEPARATORS = re.compile(r"[·•・‧∙⋅･.\-\s－．]+")

INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j",
            "q", "x", "r", "z", "c", "s", "y", "w")
# Uyghur letter values of pinyin initials (q = ch, x = sh, zh ≈ j).
INITIAL_VALUES = {"zh": "j", "q": "ch", "x": "sh", "c": "ts"}
FINAL_VALUES = {"ai": "e", "ei": "e", "ao": "o", "ou": "u", "ang": "an", "eng": "en",
                "ing": "in", "ong": "un", "uo": "o", "iang": "an", "iong": "un", "uai": "uay",
                "ui": "uy"}
# Syllables standing for a lone consonant at the end of a part (木 mu = m, 克 ke = k).
FINAL_CONSONANT_SYLLABLES = {"mu": "m", "ke": "k", "fu": "p", "bu": "b", "de": "d", "te": "t",
                             "ge": "g", "he": "h", "si": "s", "zi": "z", "er": "r"}
# Common name elements with a fixed transcription.
ELEMENTS = {("gu", "li"): "gul", ("jiang",): "jan", ("han",): "xan"}


@lru_cache(maxsize=16384)
def han_syllable(char: str) -> str:
    """Read one Chinese character as a toneless pinyin syllable ("" for other characters)."""
    reading = TRANSCRIPTION_READINGS.get(char)
    if reading is None:
        reading = lazy_pinyin(char, v_to_u=True)[0]
    return reading.lower() if reading.isalpha() else ""


def han_syllables(text: str) -> list[str]:
    """Read Chinese characters as toneless pinyin syllables, one per character."""
    return [syllable for syllable in map(han_syllable, text) if syllable]


def uyghur_syllable(syllable: str, last: bool) -> str:
    """Render one pinyin syllable as the Uyghur sound it usually transcribes."""
    if last and syllable in FINAL_CONSONANT_SYLLABLES:
        return FINAL_CONSONANT_SYLLABLES[syllable]
    if syllable == "er":
        return "r"
    initial = next((i for i in INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial):]
    if initial in ("y", "w") and final[:1] in ("i", "u"):
        initial = ""  # yi = i, wu = u
    elif initial == "y" and final[:1] == "ü":
        initial, final = "y", "u" + final[1:]
    if initial in ("j", "q", "x") and final[:1] == "i" and len(final) > 1 and final[1] in "aeou":
        final = final[1:]  # the palatal glide: 加 jia = ja, 切 qie = che, 先 xian = shan
    if final == "i" and initial in ("z", "c", "s", "zh", "ch", "sh", "r"):
        final = ""  # the "empty rhyme": 孜 zi = z, 斯 si = s, 日 ri = r
    final = FINAL_VALUES.get(final, final).replace("ü", "u")
    return INITIAL_VALUES.get(initial, initial) + final


def uyghur_reading(syllables: list[str]) -> str:
    """Read a run of transcription syllables as one Uyghur-style name part."""
    out: list[str] = []
    index = 0
    while index < len(syllables):
        pair = tuple(syllables[index:index + 2])
        if pair in ELEMENTS:
            out.append(ELEMENTS[pair])
            index += 2
            continue
        single = (syllables[index],)
        if single in ELEMENTS and index > 0:
            out.append(ELEMENTS[single])
        else:
            out.append(uyghur_syllable(syllables[index], last=index == len(syllables) - 1))
        index += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def han_name_parts(text: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Split a name in Chinese characters into parts, read two ways.

    Args:
        text: a name such as 伊力哈木·土赫提 or 马明.
    Returns:
        (pinyin parts, Uyghur-style parts, is_transcription). A dotted name transcribes a
        Uyghur or Kazakh name, read both ways; an undotted name of two or three characters is a
        Chinese name (family name, then given name) whose only reading is its pinyin.
    """
    chunks = [chunk for chunk in PART_SEPARATORS.split(text) if chunk]
    if len(chunks) == 1 and 2 <= len(chunks[0]) <= 3:
        syllables = han_syllables(chunks[0])
        parts = ("".join(syllables[:1]), "".join(syllables[1:]))
        return parts, parts, False
    readings = [chunk_readings(chunk) for chunk in chunks]
    readings = [reading for reading in readings if reading[0]]
    return (tuple(pinyin for pinyin, _ in readings), tuple(uyghur for _, uyghur in readings),
            True)


@lru_cache(maxsize=65536)
def chunk_readings(chunk: str) -> tuple[str, str]:
    """One dotted part of a transcription read as (pinyin, Uyghur-style)."""
    syllables = han_syllables(chunk)
    if not syllables:
        return "", ""
    return "".join(syllables), uyghur_reading(syllables)
