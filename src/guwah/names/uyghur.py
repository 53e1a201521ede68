"""Uyghur Arabic script (UEY) to Uyghur Latin (ULY), by a hand-written letter table, and to the
spelling of Russian-/Soviet-style and Turkish documents (`arabic_readings`)."""

from __future__ import annotations

import re

from guwah.names.inflection import fold

# The 32 letters of the Uyghur alphabet, Arabic form → ULY. Vowels are listed without the
# hamza carrier ئ, which the converter handles separately.
LETTERS: dict[str, str] = {
    "\u0627": "a",   # ا
    "\u06D5": "e",   # ە
    "\u0628": "b",   # ب
    "\u067E": "p",   # پ
    "\u062A": "t",   # ت
    "\u062C": "j",   # ج
    "\u0686": "ch",  # چ
    "\u062E": "x",   # خ
    "\u062F": "d",   # د
    "\u0631": "r",   # ر
    "\u0632": "z",   # ز
    "\u0698": "zh",  # ژ
    "\u0633": "s",   # س
    "\u0634": "sh",  # ش
    "\u063A": "gh",  # غ
    "\u0641": "f",   # ف
    "\u0642": "q",   # ق
    "\u0643": "k",   # ك
    "\u06AF": "g",   # گ
    "\u06AD": "ng",  # ڭ
    "\u0644": "l",   # ل
    "\u0645": "m",   # م
    "\u0646": "n",   # ن
    "\u06BE": "h",   # ھ
    "\u0648": "o",   # و
    "\u06C7": "u",   # ۇ
    "\u06C6": "ö",   # ۆ
    "\u06C8": "ü",   # ۈ
    "\u06CB": "w",   # ۋ
    "\u06D0": "ë",   # ې
    "\u0649": "i",   # ى
    "\u064A": "y",   # ي
}

# Where the spelling of Russian and Soviet documents (Uyghur Cyrillic в and ә, passports: Jamilova,
# Abdurahman) and of Turkish ones (Vali, Abdurrahman) differs from ULY: ۋ is v, not w, and ە is a,
# not e. A family abroad types its name so, and a Russian surname suffix is only seen in it
# (جەمىلوۋا: ULY Jemilowa, a passport's Jamilova).
SOVIET_LETTERS: dict[str, str] = {
    "\u06CB": "v",  # ۋ
    "\u06D5": "a",  # ە
    "\u0647": "a",  # ه typed for ە
}

HAMZA_CARRIER = "\u0626"  # ئ: written before a vowel that starts a syllable

# Look-alike code points that keyboards and older fonts put in place of Uyghur letters.
LOOKALIKES: dict[str, str] = {
    "\u06A9": "k",   # ک Persian kaf
    "\u0647": "e",   # ه Arabic heh, often typed for ە
    "\u06C1": "h",   # ہ Urdu heh goal
    "\u0629": "e",   # ة teh marbuta
    "\u0623": "a",   # أ
    "\u0625": "i",   # إ
    "\u0622": "a",   # آ
    "\u0624": "u",   # ؤ
    "\u06C5": "ö",   # ۅ Kyrgyz oe, sometimes used for ۆ
    "\u06C9": "ü",   # ۉ
    "\u0649\u0654": "i",
}

VOWELS = frozenset("\u0627\u06D5\u0648\u06C7\u06C6\u06C8\u06D0\u0649")
# hamza, tatweel, joiners and Arabic vowel marks carry nothing Uyghur spelling needs
IGNORED = frozenset("\u0621\u0640\u200c\u200d\u064b\u064c\u064d\u064e\u064f\u0650\u0651"
                    "\u0652\u0654")


# The Russian surname suffixes -ov, -ev (-ёв), -ova, -eva as Uyghur Arabic spelling writes them:
# the в that Russian devoices at a word's end heard as f, ف (ئوماروف Omarov, ئەلىيېف Aliyev), kept
# in the feminine (ئوماروفا Omarova); -ۇف where the o is heard as u (ئومارۇف). The suffix follows a
# stem of at least three letters, as `guwah.names.forms.SUFFIXES` asks of its stems; after ۇ, of
# four and a consonant, since Arabic given names end in -uf (يۇسۇف Yusuf, مەرۇف Maruf,
# ئابدۇرائۇف Abdurauf). Latin -of is not touched: only this script writes the suffix so.
RUSSIAN_SUFFIX = re.compile(r"(?P<stem>\w+?)(?P<vowel>[\u0648\u06D0\u06C7])\u0641(?P<a>\u0627?)$")


def russian_suffix_as_w(word: str) -> str:
    """A word of Uyghur Arabic script with a Russian surname suffix's ف written ۋ, as the
    suffix -وۋ/-ېۋ/-وۋا is written elsewhere (RUSSIAN_SUFFIX); other words unchanged.

    Args:
        word: one word (no spaces) in Uyghur Arabic script.
    Returns:
        The word, its final ف (or ف before a last ا) replaced by ۋ where it ends a suffix, and
        ۇ before it by و ("ئوماروف", "ئومارۇف" → "ئوماروۋ"; "يۇسۇف" unchanged).
    """
    match = RUSSIAN_SUFFIX.search(fold(word))
    if match is None:
        return word
    stem = [char for char in match["stem"] if char in LETTERS or char in LOOKALIKES]
    if len(stem) < 3 or (match["vowel"] == "\u06C7" and (len(stem) < 4 or stem[-1] in VOWELS
                                                          or match["stem"][-1] == HAMZA_CARRIER)):
        return word
    vowel = "\u0648" if match["vowel"] == "\u06C7" else match["vowel"]  # -ۇف is -ov as well
    return match["stem"] + vowel + "\u06CB" + match["a"]


def arabic_readings(text: str) -> tuple[str, ...]:
    """The Latin readings of Uyghur Arabic script a family would type: ULY, then (where it differs)
    the spelling of Russian-/Soviet-style and Turkish documents, with ۋ as v and ە as a
    (SOVIET_LETTERS).

    Args:
        text: text in Uyghur Arabic script.
    Returns:
        One or two lowercase renderings, ULY first ("جەمىلوۋا": ("jemilowa", "jamilova")).
    """
    uly = arabic_to_uly(text)
    soviet = arabic_to_uly(text, SOVIET_LETTERS)
    return (uly,) if soviet == uly else (uly, soviet)


def arabic_to_uly(text: str, letters: dict[str, str] | None = None) -> str:
    """Transliterate Uyghur Arabic script to Uyghur Latin (ULY), keeping other characters.

    Args:
        text: text in Uyghur Arabic script (presentation forms are normalised first).
        letters: values that replace ULY's for some letters (SOVIET_LETTERS; none by default).
    Returns:
        The ULY rendering, lowercase; ' marks a hamza carrier inside a word.
    """
    text = fold(text)
    letters = {**LETTERS, **LOOKALIKES, **letters} if letters else None
    out: list[str] = []
    at_word_start = True
    for index, char in enumerate(text):
        if char in IGNORED:
            continue
        if char == HAMZA_CARRIER:
            # The carrier is silent at the start of a word; inside one it marks a syllable
            # break, which ULY writes as an apostrophe.
            if not at_word_start:
                out.append("'")
            continue
        if char == "\u06CC":  # ی Persian yeh: a consonant before a vowel, else the vowel i
            following = text[index + 1] if index + 1 < len(text) else ""
            out.append("y" if following in VOWELS else "i")
            at_word_start = False
            continue
        latin = letters.get(char) if letters else (LETTERS.get(char) or LOOKALIKES.get(char))
        if latin is None:
            out.append(char)
            at_word_start = not char.isalpha()
            continue
        out.append(latin)
        at_word_start = False
    return "".join(out)


# The Uyghur Cyrillic alphabet (Siril Yëziqi, the Uyghur script of the Soviet Union, still that of
# the Uyghurs of Kazakhstan and Kyrgyzstan): one letter for each of the 32 letters of the Arabic
# script, ya and yu written я and ю, the hamza carrier not written. Source: the alphabet's
# letter-for-letter correspondence with the Arabic and Latin scripts (as the Uyghur Latin
# alphabet's table gives it, and as Wikipedia's infoboxes of Xinjiang's divisions write their
# names: Хотән Вилайити).
CYRILLIC_LETTERS: dict[str, str] = {
    "a": "а", "e": "ә", "b": "б", "p": "п", "t": "т", "j": "җ", "ch": "ч", "x": "х", "d": "д",
    "r": "р", "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "ғ", "f": "ф", "q": "қ", "k": "к",
    "g": "г", "ng": "ң", "l": "л", "m": "м", "n": "н", "h": "һ", "o": "о", "u": "у", "ö": "ө",
    "ü": "ү", "w": "в", "ë": "е", "i": "и", "y": "й",
}


def arabic_to_cyrillic(text: str) -> str:
    """Transliterate Uyghur Arabic script to Uyghur Cyrillic (CYRILLIC_LETTERS), each word
    capitalised ("خوتەن" → "Хотән"); characters outside the alphabet are kept.

    Each Arabic letter is read as `arabic_to_uly` reads it, so that look-alike code points are
    read alike; the ULY digraphs are one letter each (ch, gh, ng, sh, zh).
    """
    letters = {**LETTERS, **LOOKALIKES}
    out: list[str] = []
    for word in fold(text).split():
        cyrillic: list[str] = []
        for index, char in enumerate(word):
            if char in IGNORED or char == HAMZA_CARRIER:
                continue
            latin = letters.get(char)
            if char == "\u06CC":  # ی Persian yeh, as arabic_to_uly reads it
                latin = "y" if word[index + 1:index + 2] in VOWELS else "i"
            cyrillic.append(CYRILLIC_LETTERS.get(latin, char) if latin else char)
        spelled = "".join(cyrillic).replace("йа", "я").replace("йу", "ю")
        out.append(spelled[:1].upper() + spelled[1:])
    return " ".join(out)
