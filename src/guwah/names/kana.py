"""Japanese kana renderings of Uyghur and Kazakh names, read back into Latin letters.

Japanese press and NGO lists write a foreign name wholly in katakana, word by word with a middle
dot (アブドゥケリム・トゥルスン for Abdukerim Tursun). Katakana is a syllabary: every consonant but
n comes with a vowel, so a consonant that ends a syllable in the name gets one that the name does
not have (u after most consonants, o after t and d: ケリム -rimu for -rim, アフメット Ahumetto for
Ahmet); a long vowel is marked ー and a doubled consonant ッ, which Uyghur Latin writes as one
letter; ヴ and ウ + vowel write v and w; one row (ラリルレロ) writes both l and r.

The kana are read to Hepburn letters by jaconv (`kata2hira`, `kana2alphabet`), after the
combinations that Japanese writes for foreign sounds (ティ ti, ドゥ du, シェ she, ウェ we), which
jaconv reads as two syllables (tei, dou), are read here. The result is then folded to the letter
values the layer already reads (`forms.token_words`): ー and ッ left out, an fu before a consonant
read as the h it writes (アフメト Ahmet), a u before another vowel as w, the added last vowel
dropped. The word is read loose, as a transcription in Chinese characters is: its inner added
vowels weigh as such a transcription's do (`forms.coarse_signature`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import jaconv

# Katakana (with ー and the iteration marks), the small letters included, and hiragana; the
# halfwidth forms are made fullwidth by `inflection.fold` (NFKC) before a word reaches here.
KANA_LETTERS = re.compile("[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE\u31F0-\u31FF]")
# Characters written before a name in katakana are no part of it: Japanese writes a foreign name
# wholly in katakana, and an occupation or title before it in characters (教師, 医師, 詩人).
NOT_KANA = re.compile("[^\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE\u31F0-\u31FF]+")
# Combinations for sounds Japanese lacks, read as they are meant (jaconv reads each letter alone).
FOREIGN_SOUNDS = {
    "ティ": "ti", "ディ": "di", "トゥ": "tu", "ドゥ": "du", "テュ": "tyu", "デュ": "dyu",
    "シェ": "she", "ジェ": "je", "チェ": "che", "イェ": "ye", "スィ": "si", "ズィ": "zi",
    "ウィ": "wi", "ウェ": "we", "ウォ": "wo", "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo",
    "ヴァ": "va", "ヴィ": "vi", "ヴェ": "ve", "ヴォ": "vo", "ヴ": "vu", "ツァ": "tsa", "クァ": "kwa",
    "グァ": "gwa", "クォ": "kwo",
}
FOREIGN = re.compile("|".join(sorted(FOREIGN_SOUNDS, key=len, reverse=True)))
# ー lengthens a vowel and ッ doubles the next consonant: Uyghur Latin writes neither.
LENGTH_MARKS = str.maketrans("", "", "ーッっ")
# A small vowel left after the combinations above is read as its full vowel (jaconv writes it xa).
SMALL_VOWELS = str.maketrans("ァィゥェォ", "アイウエオ")
CONSONANT = "bcdfghjklmnpqrstvwxyz"
# フ before a consonant writes the h that closes a syllable (アフメト Ahmet), as Japanese renders
# a final h or kh: fu in Hepburn letters, hu in Kunrei; before a vowel, or last, it is an f.
CLOSING_H = re.compile(f"[fh]u(?=[{CONSONANT}])")
# u before another vowel, first or after a vowel, is a w (ウェリ Weli, アウト).
GLIDE_W = re.compile("(?:(?<=^)|(?<=[aeiou]))u(?=[aeio])")
# The vowel katakana adds after a last consonant: u after most (ケリム -rimu), o after t and d
# (アフメット Ahumetto).
ADDED_LAST_VOWEL = re.compile(f"(?:(?<=[{CONSONANT.replace('y', '')}])u|(?<=[td])o)$")


def is_kana(text: str) -> bool:
    """Whether a text holds kana letters (katakana or hiragana)."""
    return KANA_LETTERS.search(text) is not None


# One row of katakana (ラリルレロ) writes both l and r, and ジ writes both ji and zi (エジズ Eziz):
# a word is also read with its r as l and its ji as zi (`kana_readings`). A name may hold both l
# and r (Gulnar グルナル, Abdulla アブドゥルラ, Nurlan ヌルラン), so each r of the row is read as either,
# in every combination, for a word of at most MAX_LIQUIDS of them; a longer one is read all r and
# all l. Only a word read from kana (or its Hepburn letters) is read so: a Latin spelling writes
# the l or the r the name has, and Latin names that differ so are two (Salim, Sarim).
L_FOR_R = str.maketrans("r", "l")
ZI_FOR_JI = re.compile("j(?=i)")
MAX_LIQUIDS = 3


@lru_cache(maxsize=65536)
def kana_readings(word: str) -> tuple[str, ...]:
    """`kana_reading` of a word in kana, then the same with its r read as l (each one or all, see
    MAX_LIQUIDS), with its ji read as zi, and with both (those that differ); () for a word with
    no kana."""
    first = kana_reading(word)
    return alike_readings(first) if first else ()


def liquid_readings(first: str) -> tuple[str, ...]:
    """A reading with r in the row's places, then each other way of reading them as r or l: every
    combination for at most MAX_LIQUIDS, else only all of them as l (the reading itself first)."""
    places = [index for index, letter in enumerate(first) if letter == "r"]
    if len(places) > MAX_LIQUIDS:
        return tuple(dict.fromkeys((first, first.translate(L_FOR_R))))
    readings = []
    for mask in range(1 << len(places)):
        letters = list(first)
        for bit, index in enumerate(places):
            if mask >> bit & 1:
                letters[index] = "l"
        readings.append("".join(letters))
    # all of them as l second, as before: a name of the row read one way throughout comes first
    return tuple(dict.fromkeys((first, first.translate(L_FOR_R), *readings)))


# The u that katakana adds after a consonant that closes a syllable inside the word (ヌルラン
# nu-ru-ran for Nurlan, アブリキム a-bu-ri-kim for Ablikim, トゥルグン for Turghun): a u after a
# consonant, before a consonant and its vowel, after the word's first vowel. Not after t or d,
# whose u is written apart (トゥ tu, ドゥ du: トゥルスン Tursun), nor after y (ユ yu).
INNER_ADDED_U = re.compile("(?<=[bcfghjklmnprsvwz])u(?=[bcdfghjklmnpqrstvwxz][aeiouy])")
FIRST_VOWEL = re.compile("[aeiou]")


def without_added_u(first: str) -> str:
    """A reading with every u that katakana may have added inside the word left out
    (`INNER_ADDED_U`: nururan nurran, abulikim ablikim, turugun turgun). A u the name has may go
    too (Tursunay: tursnay), so this is one more reading beside the word's own."""
    vowel = FIRST_VOWEL.search(first)
    if vowel is None:
        return first
    return first[: vowel.end()] + INNER_ADDED_U.sub("", first[vowel.end():])


def alike_readings(first: str) -> tuple[str, ...]:
    """A reading of kana (or of Hepburn letters), then the same with its r read as l
    (`liquid_readings`), with its ji read as zi, and with both (those that differ); then the same
    of it without the u katakana adds inside a word (`without_added_u`)."""
    readings: list[str] = []
    for reading in dict.fromkeys((first, without_added_u(first))):
        liquids = liquid_readings(reading)
        with_l = liquids[1] if len(liquids) > 1 else reading
        readings += (reading, with_l, ZI_FOR_JI.sub("z", reading), ZI_FOR_JI.sub("z", with_l), *liquids[2:])
    return tuple(dict.fromkeys(readings))


@lru_cache(maxsize=65536)
def kana_reading(word: str) -> str:
    """One word written in kana, read into ASCII Latin letters with Uyghur Latin values
    (アブドゥケリム: abdukerim... as `forms` reads it loose; トゥルスン: tursun).

    Characters of other scripts in the word (a title in Chinese characters before it: 教師アディル)
    are left out. Returns "" for a word with no kana.
    """
    kana = NOT_KANA.sub("", jaconv.hira2kata(word))
    if not kana:
        return ""
    kana = kana.translate(LENGTH_MARKS)
    spelt = FOREIGN.sub(lambda match: FOREIGN_SOUNDS[match.group()], kana)
    latin = jaconv.kana2alphabet(jaconv.kata2hira(spelt.translate(SMALL_VOWELS))).lower()
    latin = re.sub("[^a-z]", "", latin)
    latin = CLOSING_H.sub("h", latin)
    latin = GLIDE_W.sub("w", latin)
    if len(latin) > 3:
        latin = ADDED_LAST_VOWEL.sub("", latin)
    return latin


# A word in Hepburn letters as a katakana name is read back into them (Abudukerimu, Ahumetto,
# Ekuberu): every syllable a consonant (or none) and a vowel, or n; a doubled consonant for ッ.
# Only such a word that ends in a vowel katakana adds (-mu, -ru, -ku, -to, -do) or writes a
# closing h as fu (Efumeto) is read back so: a word of Uyghur Latin spelt in such syllables
# (Musa, Amina) ends otherwise and keeps its own reading alone.
HEPBURN_WORD = re.compile(
    r"^(?:(?:([kgsztdnhbpmrfjc])\1?|sh|ch|ts|tch|[kgnhbpmr]y|y(?=[auo])|w(?=[aoei])|v)?[aiueo]|n)+$")
HEPBURN_ADDED = re.compile(f"(?:[{CONSONANT.replace('y', '')}]u|[td]o)$|[fh]u[{CONSONANT}]")


@lru_cache(maxsize=65536)
def hepburn_reading(word: str) -> str | None:
    """A lower-case ASCII word read back as a katakana rendering written in Hepburn letters
    (`HEPBURN_WORD`: abudukerimu, ahumetto), with the same folds as `kana_reading` (abudukerim,
    ahmet); None for a word that is not written so, or whose reading is the word itself."""
    if len(word) < 4 or not HEPBURN_WORD.match(word) or not HEPBURN_ADDED.search(word):
        return None
    latin = REPEATED.sub(r"\1", word)
    latin = CLOSING_H.sub("h", latin)
    latin = GLIDE_W.sub("w", latin)
    latin = ADDED_LAST_VOWEL.sub("", latin)
    return latin if latin != word else None


REPEATED = re.compile(f"([{CONSONANT}])\\1")
