"""Script detection for personal names (ISO 15924 codes)."""

from __future__ import annotations

from functools import lru_cache

LATIN = "Latn"
CYRILLIC = "Cyrl"
ARABIC = "Arab"
HAN = "Hani"
UNDETERMINED = "Zyyy"  # no letters, or letters from more than one script


@lru_cache(maxsize=8192)
def char_script(char: str) -> str | None:
    """Return the ISO 15924 code of one character, or None for marks, digits and punctuation."""
    code = ord(char)
    if code < 0x80:
        return LATIN if char.isalpha() else None
    if 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF or 0x0250 <= code <= 0x02AF:
        return LATIN if char.isalpha() else None
    if 0x0400 <= code <= 0x052F or 0x1C80 <= code <= 0x1C8F or 0x2DE0 <= code <= 0x2DFF:
        return CYRILLIC if char.isalpha() else None
    if (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
        # tatweel, harakat and Arabic punctuation are not letters
        return ARABIC if char.isalpha() else None
    if (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3134F):
        return HAN
    return None


def detect_script(name: str) -> str:
    """Return the script of a name: Latn, Cyrl, Arab, Hani, or Zyyy when none or mixed.

    Args:
        name: a personal name in any script.
    Returns:
        An ISO 15924 code; "Zyyy" when the name has no letters or mixes scripts.
    """
    if name.isascii():
        return LATIN if any(char.isalpha() for char in name) else UNDETERMINED
    found = set(map(char_script, name))
    found.discard(None)
    if len(found) == 1:
        return found.pop()
    return UNDETERMINED
