"""Russian, Kazakh, Kyrgyz and Uyghur Cyrillic to Latin, passport/BGN style."""

from __future__ import annotations

from guwah.names.inflection import fold

# Russian letters follow BGN/passport use (х = kh, ж = zh); Kazakh, Kyrgyz and Uyghur letters
# follow the Uyghur Latin values of the same sounds (қ = q, ғ = gh, ң = ng). ы is written ı as in
# Kazakh Latin, because BGN's y would read as a consonant next to a vowel (Сауытбай).
LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "ı", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h",
    "і": "i",
    # Uyghur and Dungan Cyrillic
    "җ": "j", "ў": "w", "ҙ": "z",
    # Kyrgyz and Tatar look-alikes
    "ӊ": "ng", "ӧ": "ö", "ӱ": "ü", "ҳ": "h", "ҡ": "q",
}

VOWELS = frozenset("аеёиоуыэюяәөұүі")


def cyrillic_to_latin(text: str) -> str:
    """Transliterate Cyrillic to lowercase Latin; initial е is written ye as in passports.

    Args:
        text: a name in Russian, Kazakh, Kyrgyz or Uyghur Cyrillic.
    Returns:
        The Latin rendering; characters outside the table are kept as they are.
    """
    out: list[str] = []
    previous = " "
    for char in fold(text):
        latin = LETTERS.get(char)
        if latin is None:
            out.append(char)
        elif char == "е" and (not previous.isalpha() or previous in VOWELS or previous in "ьъ"):
            out.append("ye")
        else:
            out.append(latin)
        previous = char
    return "".join(out)
