"""Names split into parts and rendered as comparable phonetic forms.

A name is split into parts (given names, surname, patronymic); each part is brought to Latin
from its script, then read as a string of phonemes once per plausible letter reading (Latin q is
a k-sound in Uyghur Latin but ch in pinyin-based spellings; x is kh or sh). From the phonemes:
a reduced form (vowels folded to a/i/u, spellings of one sound merged, a feminine final vowel
marked), its consonants, and a consonant skeleton (classes k/g/kh, ch/j, s/sh/z, l/r, b/p, d/t;
vowels and glides dropped) as in the project's notes. Comparison uses reduced|consonants, or a
coarser form for parts read back from Chinese characters; blocking keys use the skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import NamedTuple

from guwah.names.cells import spellings
from guwah.names.chinese import (
    ADDED_VOWEL_SYLLABLES,
    END_ELEMENTS,
    PINYIN_ONLY_FINALS,
    RUSSIAN_ENDINGS,
    chinese_name_key,
    chunk_readings,
    han_name_parts,
    han_syllables,
    joined_syllables,
    palladius_to_pinyin,
    pinyin_read_back,
    pinyin_russian_ending,
    pinyin_transcription,
    pinyin_word_starts,
    read_back_name,
    russian_table,
    simplified,
    syllables_of,
    syllables_russian_readings,
    syllables_second_readings,
    toneless_pinyin,
    transcription_marked,
    uyghur_reading,
    wade_giles_key,
)
from guwah.names.chinese import (
    PART_SEPARATORS as HAN_SEPARATORS,
)
from guwah.names.cyrillic import cyrillic_to_latin
from guwah.names.inflection import arabic_case_stems, arabic_name_case_stem, fold, kazakh_case_stem, nominative_name
from guwah.names.kana import alike_readings, hepburn_reading, is_kana, kana_reading, kana_readings
from guwah.names.scripts import ARABIC, CYRILLIC, HAN, LATIN, char_script, detect_script, one_script
from guwah.names.uyghur import arabic_readings, arabic_to_uly, russian_suffix_as_w

MALE = 1
FEMALE = 2

# Letters outside ASCII with a fixed Latin value across Turkic Latin alphabets.
LATIN_SPECIALS = str.maketrans({
    "ş": "sh", "ç": "ch", "ğ": "gh", "ñ": "ng", "ı": "i", "ə": "e", "ä": "e", "ž": "zh",
    "č": "ch", "š": "sh", "ǧ": "gh", "ŋ": "ng", "ø": "o", "æ": "e", "ß": "ss", "đ": "d",
    "ł": "l",
})
# The Uyghur New Script (Yengi Yeziq, 1965-1982) in its own letters: q = ch, x = sh, h = kh,
# ⱪ = q, ⱨ = h, ƣ = gh, ɵ = ö, ⱬ = zh. A word with one of its own letters is read as a whole in
# it and rewritten in Uyghur Latin (ULY) before anything else.
NEW_SCRIPT_LETTERS = re.compile("[ⱪⱨƣɵⱬ]")
NEW_SCRIPT_WORD = re.compile(r"\w*[ⱪⱨƣɵⱬ]\w*")
NEW_SCRIPT = str.maketrans({"q": "ch", "x": "sh", "h": "x", "ⱪ": "q", "ⱨ": "h", "ƣ": "gh",
                            "ɵ": "ö", "ⱬ": "zh", "c": "ch"})
TOKEN_SPLIT = re.compile(r"[\s·•・‧∙⋅･.,;:/_()\[\]\"]+")

# Patronymic and surname suffixes, longest first, with the gender they mark. Uyghur Latin (ULY)
# writes the Russian suffixes' v as w (Jemilowa, Tursunow), as it writes ۋ.
SUFFIXES: tuple[tuple[str, int, bool], ...] = (
    # (suffix, gender, is a patronymic rather than a surname)
    ("ovich", MALE, True), ("evich", MALE, True), ("owich", MALE, True), ("ewich", MALE, True),
    ("ovna", FEMALE, True), ("evna", FEMALE, True), ("owna", FEMALE, True), ("ewna", FEMALE, True),
    ("qyzy", FEMALE, True), ("kyzy", FEMALE, True), ("qizi", FEMALE, True), ("kizi", FEMALE, True),
    ("gyzy", FEMALE, True), ("uulu", MALE, True), ("uly", MALE, True), ("uli", MALE, True),
    ("ova", FEMALE, False), ("eva", FEMALE, False), ("owa", FEMALE, False), ("ewa", FEMALE, False),
    ("ov", MALE, False), ("ev", MALE, False), ("ow", MALE, False), ("ew", MALE, False),
)
# Suffixes a reading from characters spells out: -uly, and the Russian -ov, -ev, -ova, -eva
# (chinese.russian_ending_reading; no other reading from characters writes a v).
LOOSE_SUFFIXES = (*END_ELEMENTS.values(), "ov", "ev", "ova", "eva")
# Free-standing patronymic words ("Serik uly") that mark the previous part.
PATRONYMIC_WORDS = {"uly": MALE, "uli": MALE, "uulu": MALE, "qyzy": FEMALE, "kyzy": FEMALE,
                    "qizi": FEMALE, "kizi": FEMALE, "gyzy": FEMALE, "ogli": MALE, "oglu": MALE,
                    "oghli": MALE, "oghul": MALE}

# Phoneme symbols: H = h/kh/x, C = ch, J = j/zh/dzh, S = sh, N = ng, G = gh (g once reduced).
# German spelling writes j as dsch and ch as tsch (Dschanat Janat, Tschong Chong), sh as sch.
MULTI = {"dsch": "J", "tsch": "C", "dzh": "J", "tch": "C", "sch": "S", "shch": "S", "kh": "H", "gh": "G",
         "zh": "J", "sh": "S", "ng": "N", "dj": "J", "ts": "s", "ou": "u", "ph": "f", "th": "t"}
SINGLE = {"h": "H", "j": "J", "c": "J", "v": "w", "f": "f", "w": "w"}
PHONEME_PATTERN = re.compile(r"shch|dsch|tsch|dzh|tch|sch|kh|gh|zh|ch|sh|ng|dj|ts|ou|ph|th|[a-z]")
# Readings of the letters whose value depends on the romanisation.
READINGS = {
    "q": ("k", "C", "H"),  # Uyghur Latin /q/, or pinyin ch, or the kh Russian hears (Toqtar,
                           # Tokhtar; Baqyt, Bakhyt)
    "x": ("H", "S"),   # Uyghur Latin kh, or pinyin sh (or ks after a vowel: KS_X)
    "ch": ("C", "S"),  # English ch, or French ch
    # kh after the first letter: Russian kh, or the Turkic q that Russian spelling hears as kh
    # and Kazakh and Kyrgyz Latin write k (Bakhyt, Bakyt; Askhat, Askat; Mukhtar, Muktar)
    "kh": ("H", "k"),
    # g between vowels: g, or the h of an Arabic-origin name in Russian spelling (Ибрагим for
    # Ibrahim, Магомед for Mehmet)
    "g": ("g", "H"),
}
RUSSIAN_H = re.compile(r"[aeiou]g[aeiou]")
# Latin spellings of Russian and Kazakh names write кс as x (Alexei, Alexeyev, Maxim, Alexandr):
# an x after a vowel, before a vowel or at the word's end, is also read ks, unless the word shows
# Uyghur Latin, whose x is kh (Axunjan), by a q or gh (Taxiq). At a word's start x is kh or sh
# (Xalmurat, Xiulan). Before, x was never ks: Alexeyev, Alekseyev 0.625 (h-names48).
KS_X = re.compile(r"(?<=[aeiou])x(?=[aeiouy]|$)")
UYGHUR_LATIN = re.compile(r"q|gh")
VOWELS = frozenset("aeiou")
REDUCE = str.maketrans({"e": "a", "o": "u", "f": "p", "v": "u", "w": "u"})
SKELETON = str.maketrans({
    "k": "K", "g": "K", "H": "K", "q": "K", "C": "C", "J": "C", "s": "S", "z": "S", "S": "S",
    "l": "L", "r": "L", "b": "B", "p": "B", "f": "B", "d": "D", "t": "D", "m": "M", "n": "N",
    "N": "N", "a": None, "e": None, "i": None, "o": None, "u": None, "w": None, "y": None,
    "#": None,
})
FEMININE_MARK = "##"  # a final a/e after a consonant: Halima vs Halim, Adile vs Adil
# A Russian surname or patronymic in -eev (-еев) written in letters without its y (Alekseev,
# Alekseeva, Sergeevich, Sergeevna): its ee is e and ye, not the English ee of Kareem.
RUSSIAN_EEV = re.compile(r"(?<=[a-z]{2})ee(?=v(?:a|ich|na)?$)")  # Ageev, not Reeva
# Men's names that end in -a all the same: the -ulla(h) names of Allah (Abdulla, Ubeydulla,
# Hibibulla), and prophets' and titles' names (Musa, Isa, Yahya, Mustafa, Hamza, Ata, Mirza,
# Molla, Khoja), after reduce_phonemes' folding.
MASCULINE_A = re.compile(r"(?:ula|^(?:musa|isa|iysa|aHya|mustapa|Hamza|ata|mirza|mula|HuJa|baba))$")
# The Arabic "servant of" before a consonant: Abdu-, Abdul-, Abdi-, Abd- (Abdukerim, Abdulkerim,
# Abdirakhman, Abdrakhman) are one prefix; Abdulla keeps its l.
ABD_PREFIX = re.compile(r"^abd(?:ul|u|i|a)?(?=[^aiuy#])")
# An h between a vowel and m is often not written (Mehmet, Memet; Mahmut, Mamut; Muhemmet,
# Mumet).
SILENT_H = re.compile(r"(?<=[aiu])H(?=m)")
# Muhammad in the spoken form that Uyghur and Kazakh names use, with its h and second vowel
# dropped: Muhemmet, Muhammad, Mohammed, Mukhamed, Мухаммед, مۇھەممەد are Memet, Mehmet, Mamat,
# Мамат, مەمەت, in a name of its own and in a compound (Nurmuhemmet, Nurmemet; Muhemmetjan,
# Memetjan), as a transcription writes both with 买买提. Before, a part read so scored 0.64 against
# the spoken form (Nurmuhammad Yasin, Nurmemet Yasin 0.77: not found by the family search;
# h-names49). Only before a vowel: Mahambet and Muhabbat keep their h. Read in a part's phonemes
# (`make_part`), so that its vowels after the first syllable are the spoken form's: Muhammad's
# two a's met the one u of Mahmut without the a/u clash that Memet has (VOWEL_CLASH).
SPOKEN_MUHAMMAD = re.compile(r"m[aeou]H[ae]m+(?=[aeiou])")
# An s or z and an h after it in a part read from characters (chinese.BEFORE_H): also read as the one
# letter sh or zh that letters write (`word_alternatives`).
JOINED_H = re.compile(r"[sz]H")
JOINED_H_VALUES = {"sH": "S", "zH": "J"}
# An h of a part read from characters that may write a q or k (`word_alternatives`): not one before m.
H_AS_Q = re.compile(r"H(?!m)")
REPEATS = re.compile(r"(.)\1+")
RENDER = {"H": "h", "C": "ch", "J": "j", "S": "sh", "N": "ng", "G": "gh"}
# Chinese transcription loses the ch/j contrast and vowel quality. It keeps s apart from sh
# one way only: 萨 sa, 斯 si, 赛 sai write s and never sh, while the sh and x characters write
# either (沙吾提 Sawut, 沙依拉古丽 Sayragul; 夏木西 Shemshi), since Mandarin's si is not the Uyghur
# one; a part read from characters with an sh is also read with s (`word_alternatives`).
# It loses an h one way only too: an h of the letters may have no character (艾山 Aishan for
# Hesen, 阿不都热依木 for Abdurehim, 吾甫尔 for Ghopur), but an h the characters write (哈 ha,
# 合 he, 赫 he) is an h-like sound of the name (h, kh, x, gh, or the q and k that `H_AS_Q` reads).
# So the coarse form keeps h, and a part written in letters is also compared in its bare form
# (`Part.bare_signature`), read without the h-sounds the characters may leave out (UNWRITTEN).
# Before, the coarse form dropped every h on both sides: 伊力哈木 (iliham) met Halim as alam = alam
# (1.0, where Ilham and Halim score 0.32), and Yalqun with its q read as kh met 叶尔兰 (yerlan) at
# 0.90 (h-names48).
COARSE = str.maketrans({"z": "s", "C": "J", "N": "n", "i": "a", "u": "a", "w": None})
# The h-sounds (phonemes) a transcription in characters may leave unwritten; a q read as kh keeps
# its sound (characters write it with 克 ke, 库 ku, 合 he).
UNWRITTEN = frozenset("HG")
# An r that closes a syllable before a consonant is often left unwritten by a transcription
# (巴哈古丽 for Bahargul beside 巴哈尔古丽, 吐逊 for Tursun beside 吐尔逊): a part written in letters
# is read with it and without (`word_alternatives`). A part read from characters keeps the r it
# writes: the r the characters may lack is one the letters have, not one both have in other places.
# Before, the characters were read without their r as well, and a word whose r stood elsewhere met
# them with no r on either side (Hogwarts, 霍尔果斯 Horgos: 1.0 where Hogwarts, Horgos scores 0.61;
# h-names47). A written 尔 before a consonant may be an r before a vowel that the characters leave
# out (赛尔克 Serik): one vowel apart. A last r is written (努尔 Nur, 巴哈尔 Bahar) and stays.
CLOSING_R = re.compile(r"r(?=[^a])")
# The coarse form's consonant skeleton keeps sh out of the class of s and z, so that an s against
# an sh weighs as a consonant does (Esat, Ashat), not as one letter of a long form.
SH_APART = str.maketrans({"S": "x"})
UNSIBILANT = str.maketrans({"S": "s", "H": None})
INNER_GLIDE = re.compile(r"y(?=.)")
CONSONANTS = str.maketrans({"a": None, "i": None, "u": None, "y": None, "w": None})
GLIDE_BEFORE_VOWEL = re.compile(r"i(?=[au])")
DIPHTHONG = re.compile(r"([au])i(?![aiu])")
VOWEL_RUNS = re.compile(r"[aiu]+")
VOWEL_CLASSES = frozenset("aiu")  # vowels after reduce_phonemes
MEDIAL_I = re.compile(r"(?<=[^aiuy])iy?(?=u[aiu])")
# Final voiced stops and z are devoiced in speech and written either way (Russian, Turkish, ULY).
FINAL_DEVOICING = {"b": "p", "d": "t", "g": "k", "z": "s"}
# ... and so is a name's last consonant before the affectionate -jan or -xan that makes a new
# name of it (Yaqubjan = Yaqupjan as Yaqub = Yaqup; Ahmedxan = Ahmetxan; a d before -jan is
# `ASSIMILATED_JAN`'s). Before, such pairs scored 0.83-0.88 (h-names49).
VOICED_BEFORE_ENDING = re.compile(r"(?<=[aiu])[bdgz](?=(?:Jan|Han)$)")
NON_WORD = re.compile(r"[^a-z\-]+")
LETTERS_AND_APOSTROPHES = re.compile(r"[^a-z']+")
MAX_READINGS = 12
FIXED, AMBIGUOUS, PINYIN = 0, 1, 2  # how a word's Latin letters are to be read
MAX_SYLLABLES = 15
# A word longer than this is no name part (a pasted blob, an address run together): it gets no
# reading that tries each of its letters as a start (`pinyin_tail_reading`), which costs the
# square of its length. The longest names run together ("Abdurehimabdukerimtursunmemet…") are
# well under it.
MAX_NAME_WORD = 64
TAIL_IDS: dict[str, int] = {}
# The first syllable's vowel is in the frame; o is left out like i, since it stands for a
# (Omarjan, Omarjon) as often as for u (Rozi, Ruzi).
ROUNDING = re.compile(r"^[^aeiou]*[aeiou]+|[^au]+")
ROUNDING_IDS: dict[str, int] = {}
# The vowel of a closed last syllable: a against i there tells two names apart (Jamal, Jamil;
# Kamal, Kamil; Nazar, Nazir), while e and o stand for either (Omer, Omir; Ahmet, Ahmad) and i/u
# vary (Tursun, Tursyn). 0: neutral, 1: a, 2: i.
LAST_VOWEL = re.compile(r"([aeiou])[^aeiouy]+$")
LAST_VOWEL_CLASS = {"a": 1, "i": 2}
SHAPES = (MAX_SYLLABLES + 1) * 6


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a name in comparable forms."""

    latin: str            # ASCII Latin spelling of the part
    display: str          # the part re-spelt from its phonemes under this reading
    reduced: str          # folded phonemes, the finer comparison form
    skeleton: str         # consonant classes, the coarse key
    key: str              # the part's blocking key, "p:" + skeleton
    consonants: str       # consonant phonemes without vowels and glides
    signature: str        # reduced|consonants: one string distance, consonants weigh double
    loose_signature: str  # a coarser form (vowels folded, sibilants merged), for Chinese readings
    bare_signature: str   # the loose signature without the h-sounds that characters may leave
                          # unwritten (UNWRITTEN), for a part in letters; the loose one otherwise
    gender: int           # MALE/FEMALE from a suffix, 0 when unmarked
    feminine: bool        # ends in a feminine a/e after a consonant
    syllables: int        # vowel runs, for telling Tursun from Tursunay
    patronymic: bool      # a patronymic (-ovich, -uly), which one rendering may omit
    loose: bool           # read back from Chinese characters: vowels unreliable
    shape: int            # syllables, feminine and gender in one small number (shape_of)
    tail: str             # consonants and last letter: an extra syllable with the same
                          # consonants and ending is only an inserted vowel (Ilyas, Iliyas)
    tail_id: int          # the tail numbered, for comparing many parts at once
    rounding: str         # the vowels a/e and u after the first syllable, i and o left out
                          # (Gulnar a, Gulnur u)
    rounding_id: int      # the rounding numbered
    last_vowel: int       # class of a closed last syllable's vowel after the first syllable
                          # (LAST_VOWEL): 0 neutral, 1 a, 2 i
    written_skeleton: str  # the skeleton of the part as written, before its spoken form
                           # (SPOKEN_MUHAMMAD: Muhemmet MKMD); its skeleton otherwise


class NameForms(NamedTuple):
    """A name's script, its words in ASCII Latin, and its readings as tuples of parts."""

    name: str
    script: str
    words: tuple[str, ...]
    readings: tuple[tuple[Part, ...], ...]
    # whether the order of the parts is only a convention: a Chinese name ("Jun Ma" and 马军), or a
    # transcription spelt in pinyin that lists write either way (MAIMAITI ABUDUKELIMU, Abdukerim Memet)
    order_free: bool = False
    chinese: tuple[str, str] | None = None  # a Chinese name's (family, given) pinyin
    pinyin: tuple[Part, ...] | None = None  # a transcription or pinyin read-back, read as pinyin
    wade: tuple[str, str] | None = None  # a Chinese name's (family, given) pinyin from Wade-Giles
    hanzi: str | None = None  # a Chinese name in characters: its simplified characters

    @property
    def chinese_keys(self) -> frozenset[tuple[str, str]]:
        """The name's Chinese-name keys: from pinyin or Palladius, and from Wade-Giles."""
        return frozenset(key for key in (self.chinese, self.wade) if key is not None)

    @property
    def latin(self) -> tuple[str, ...]:
        """ASCII Latin spellings: the direct transliteration, then re-spellings per reading; a name
        in Uyghur Arabic script also as Russian-/Soviet-style and Turkish documents spell it
        (`uyghur.arabic_readings`: جەمىلوۋا, ULY jemilowa, also jamilova)."""
        latin = [" ".join(self.words)] if self.words else []
        for parts in self.readings:
            rendered = " ".join(part.display for part in parts)
            if rendered and rendered not in latin:
                latin.append(rendered)
        if self.script == ARABIC:
            for reading in arabic_readings(self.name)[1:]:
                spelled = " ".join(fold_latin(reading).split())
                if spelled and spelled not in latin:
                    latin.append(spelled)
        return tuple(latin)


def fold_latin(text: str) -> str:
    """Fold Latin text (see inflection.fold) down to ASCII letters, keeping spaces and hyphens.

    Words in the Uyghur New Script's own letters (Ⱪurban, Ⱨəsən) are first rewritten in ULY.
    """
    text = fold(text)
    if NEW_SCRIPT_LETTERS.search(text):
        text = NEW_SCRIPT_WORD.sub(lambda word: word.group().translate(NEW_SCRIPT), text)
    text = text.translate(LATIN_SPECIALS).replace("'", "")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z\- ]+", "", text)


def to_phonemes(word: str, q_value: str, x_value: str, ch_value: str, kh_value: str = "H",
                g_value: str = "g", bare: bool = False, written: bool = False) -> str:
    """Read an ASCII word as phoneme symbols under one reading of q, x, ch, kh and a g between
    vowels. bare: leave out the h-sounds that a transcription in characters may not write
    (UNWRITTEN: h, kh, x, gh, a Russian g for h), not a q read as kh. written: the word re-spelt
    under this reading instead: those letters in plain ASCII Latin (`render`: q read as k is k, x
    read as kh is h), every other letter as written (c stays c, v stays v: see the note
    above `part_readings`)."""
    out: list[str] = []
    units = PHONEME_PATTERN.findall(word)
    for index, unit in enumerate(units):
        if unit == "g" and 0 < index < len(units) - 1 and units[index - 1] in VOWELS \
                and units[index + 1] in VOWELS:
            value = g_value
        elif unit == "q":
            out.append(render(q_value) if written else q_value)
            continue
        elif unit == "x":
            value = x_value
        elif unit == "ch":
            value = ch_value
        elif unit == "kh" and index:
            value = kh_value
        elif written:
            out.append(unit)
            continue
        elif unit in MULTI:
            value = MULTI[unit]
        else:
            value = SINGLE.get(unit, unit)
        out.append(render(value) if written else "" if bare and value in UNWRITTEN else value)
    if written:
        return "".join(out)
    phonemes = "".join(out)
    # y is a vowel (Kazakh ы) when no vowel stands next to it: Tursyn, qyzy
    chars = list(phonemes)
    for i, char in enumerate(chars):
        if char == "y":
            before = chars[i - 1] if i else ""
            after = chars[i + 1] if i + 1 < len(chars) else ""
            if before not in VOWELS and after not in VOWELS:
                chars[i] = "i"
    return "".join(chars)


def reduce_phonemes(phonemes: str) -> str:
    """Fold vowels and look-alike consonants, mark a feminine final vowel."""
    reduced = phonemes.translate(REDUCE)
    if len(reduced) > 3 and reduced.endswith("aH"):
        reduced = reduced[:-1]  # Abdullah = Abdulla, Fatimah = Fatima
    if reduced[:1] == "J" and reduced[1:2] in VOWEL_CLASSES:
        reduced = "y" + reduced[1:]  # Kazakh j for Uyghur y: Jakup = Yaqup, Jusup = Yusup
    if reduced.startswith(("ya", "yi")):
        reduced = reduced[1:]  # Yerlan = Erlan, Yilham = Ilham
    reduced = GLIDE_BEFORE_VOWEL.sub("iy", reduced)  # Zulfia = Zulfiya
    # A medial i before w + vowel is often not written: Saitiwaji = Saitwaji.
    reduced = MEDIAL_I.sub("", reduced)
    if reduced[-1:] in FINAL_DEVOICING and len(reduced) > 2:
        reduced = reduced[:-1] + FINAL_DEVOICING[reduced[-1]]  # Ahmed = Ahmet, Yakub = Yaqup
    reduced = VOICED_BEFORE_ENDING.sub(lambda voiced: FINAL_DEVOICING[voiced.group()], reduced)
    reduced = DIPHTHONG.sub(r"\1y", reduced)  # Aigul = Aygul, Kairat = Kayrat
    reduced = SILENT_H.sub("", reduced)
    reduced = ABD_PREFIX.sub("abdu", reduced)
    reduced = REPEATS.sub(r"\1", reduced)
    if (len(reduced) > 2 and reduced[-1] == "a" and reduced[-2] not in "aiu"
            and not MASCULINE_A.search(reduced)):
        reduced += FEMININE_MARK
    return reduced


def skeleton_of(reduced: str) -> str:
    """Reduce a folded phoneme string to consonant classes, repeats collapsed."""
    return REPEATS.sub(r"\1", reduced.translate(SKELETON))


# The affectionate ending -jan (-жан, -джан, Aygüljan, Isajan, Memetijan) on one spelling of a
# name and not the other: one person's name, but not one name (see compare.JAN_SIMILARITY). Stems
# of fewer letters are names of their own (Erjan, Ayjan, Janjan). The honorific -xan (-han, -khan,
# -хан, 汗 read back as -han: Meryemxan, Aminexan, Patemxan; Kazakh Serikhan) is the same kind
# of ending and is treated alike; its stem may be a woman's name in a feminine -a/-e (Amine).
JAN_ENDING = "Jan"   # the ending as reduced phonemes (make_part)
HAN_ENDING = "Han"   # -xan, -han, -khan, -хан
# -jan written in characters is 江 (jiang): in the pinyin reading of a transcription (Mamutijiang,
# 买买提江) the ending is -jiang. A Chinese given name ending in 江 (海江 Haijiang) has a stem of
# one syllable, and is not read so: the stem must have two syllables or more.
PINYIN_JAN_ENDING = "JiyaN"
JAN_MIN_STEM = 3


@lru_cache(maxsize=131072)  # per part: `jan_near` asks it for every cell of every pair scored in Python
def jan_stems(reduced: str) -> tuple[str, ...]:
    """What a part's reduced form (`Part.reduced`) would be without the ending -jan (or its pinyin
    -jiang) or -xan: the
    form less the ending, and then less a linking vowel (i for -jan: Memetijan, Memet; i or u for
    -xan: 麦尔耶木汗 Maieryemuhan, Meryem) or, for -xan, with the feminine mark of a stem in a
    feminine -a (Aminexan, Amine); at most two; () when it ends in neither or the stem is shorter
    than JAN_MIN_STEM."""
    for ending, linking in ((JAN_ENDING, "i"), (PINYIN_JAN_ENDING, "i"), (HAN_ENDING, "iu")):
        if reduced.endswith(ending) and len(reduced) - len(ending) >= JAN_MIN_STEM:
            stem = reduced[:-len(ending)]
            if ending == PINYIN_JAN_ENDING and len(VOWEL_RUNS.findall(stem)) < 2:
                return ()
            if stem[-1] in FINAL_DEVOICING:
                # the bare name ends in its devoiced form (reduce_phonemes): Ablizjan, Abliz = Ablis
                stem = stem[:-1] + FINAL_DEVOICING[stem[-1]]
            if stem[-1] in linking and len(stem) > JAN_MIN_STEM:
                return stem, stem[:-1]
            if ending == HAN_ENDING and stem[-1] == "a" and stem[-2] not in VOWELS:
                return stem, stem + FEMININE_MARK
            return (stem,)
    return ()


def jan_near(a: str, b: str) -> bool:
    """Whether two parts' reduced forms are one name with and without the ending -jan
    (`jan_stems`), or a pet form and its full name (`pet_fulls`: Саша, Александр)."""
    return b in near_forms(a) or a in near_forms(b)


@lru_cache(maxsize=1)
def pet_forms() -> dict[str, tuple[str, ...]]:
    """Reduced form of a pet form (`Part.reduced`) → the reduced forms of the full names it stands
    for, from data/pet-forms.txt (Russian; Saша and Sasha are one entry: forms are read in every
    script). A pet form of several full names (Саша: Александр, Александра) maps to all of them."""
    from importlib import resources

    text = resources.files("guwah.names").joinpath("data/pet-forms.txt").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) < 3:
            continue
        full, _gender, *pets = fields
        fulls = sorted(reduced for reduced, _ in part_spellings(full))
        for pet in pets:
            for reduced, _ in part_spellings(pet):
                known = found.setdefault(reduced, [])
                known.extend(form for form in fulls if form not in known and form != reduced)
    return {pet: tuple(fulls) for pet, fulls in found.items()}


def pet_fulls(reduced: str) -> tuple[str, ...]:
    """The reduced forms of the full names a part's reduced form is a pet form of (`pet_forms`:
    Саша → Александр, Александра); () for a part that is none."""
    return pet_forms().get(reduced, ())


@lru_cache(maxsize=131072)
def near_forms(reduced: str) -> tuple[str, ...]:
    """The reduced forms a part is one person's name with but not one name: its stems without
    the ending -jan or -xan (`jan_stems`), then the full names of a pet form (`pet_fulls`).
    Compared as JAN_SIMILARITY (guwah.names.compare), and blocked together (guwah.names.keys)."""
    return (jan_stems(reduced) + pet_fulls(reduced))[:NEAR_SLOTS]


NEAR_SLOTS = 4  # the most `near_forms` of a part (guwah.names.table keeps as many per part)


def womans_ending(latin: str) -> bool:
    """Whether a part's ASCII spelling ends in -gül ("flower": Aygül, Rizwangul, Tursungul;
    古丽 read back as -guli), which makes Uyghur and Kazakh women's names and no man's: a name
    with it is a woman's, so its father's name cannot be the swapped part. Not -ogul, -oghul
    ("son")."""
    return latin.endswith(("gul", "guli")) and not latin.endswith(("ogul", "oghul", "ogli"))


def split_suffix(word: str) -> tuple[str, int, bool]:
    """Strip a gendered surname or patronymic suffix: (stem, gender, is_patronymic).

    A woman's name in -guli (`womans_ending`: Ayguli, Baharguli, the -gül of 古丽 with the vowel
    pinyin adds) does not end in the son's patronymic -uli."""
    for suffix, gender, patronymic in SUFFIXES:
        if suffix == "uli" and womans_ending(word):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix[0] == "e" and stem[-1] == "y" and stem[-2] == "i":
                stem = stem[:-1]  # Russian -iyev: Aliyev = Aliev, the name Ali
            elif suffix[0] == "e" and stem[-1] in "aoue":
                # Russian -aev: Sadybaev = Sadybayev, the name Sadybay; -eev (-еев, read -eyev
                # from Cyrillic): Alekseev = Alekseyev, the name Aleksey. Without the y the stem
                # alekse ended in a woman's -e, and Alekseeva scored 0.66 against Алексеева
                # (h-names47b).
                stem += "y"
            return stem, gender, patronymic
    return word, 0, False


@lru_cache(maxsize=131072)
def token_words(raw: str) -> tuple[tuple[str, bool, int], ...]:
    """ASCII Latin words of one token of a name: (word, read_from_chinese, latin_letters)."""
    if raw.isascii():
        folded = NON_WORD.sub("", fold(raw)).strip("-")
        return ((folded, False, AMBIGUOUS),) if folded else ()
    raw = fold(raw)
    if is_kana(raw):
        # A word in kana (a Japanese rendering: アブドゥケリム) is read back into letters and loose,
        # as a transcription in characters is; characters before it are a title (`kana`).
        read = kana_reading(raw)
        return ((read, True, FIXED),) if read else ()
    scripts = {s for s in map(char_script, raw) if s}
    if HAN in scripts:
        # Characters in a name cell that also has letters of an alphabet ("Memet 艾力", a
        # transcription glued to a Latin name) transcribe an Uyghur or Kazakh name: a Chinese
        # name beside its romanisation is read on its own (cells.spellings splits such a cell).
        return han_words(raw, transcription=True)
    text = raw
    if ARABIC in scripts:
        text = arabic_to_uly(russian_suffix_as_w(text))
    if CYRILLIC in scripts:
        text = cyrillic_to_latin(text)
    folded = fold_latin(text).replace(" ", "").strip("-")
    # Letters written in Latin keep their ambiguous readings; those converted from another
    # script were given their Uyghur Latin values on the way.
    return ((folded, False, AMBIGUOUS if scripts <= {LATIN} else FIXED),) if folded else ()


def han_words(text: str, transcription: bool = False) -> tuple[tuple[str, bool, int], ...]:
    """Words of a name in Chinese characters: transcriptions are loose, Chinese names pinyin.
    With `transcription`, the characters are read as a transcription whatever their number."""
    if transcription:
        chunks = [chunk_readings(chunk)[1] for chunk in HAN_SEPARATORS.split(text) if chunk]
        return tuple((part, True, FIXED) for part in chunks if part)
    _pinyin, uyghur, transcription = han_name_parts(text)
    if transcription:
        return tuple((part, True, FIXED) for part in uyghur if part)
    return tuple((part, False, PINYIN) for part in uyghur if part)


def with_second_readings(entries: list[tuple], text: str) -> list[tuple]:
    """Prepared words of a transcription (`prepare_words(han_words(text))`) with each part's
    second readings (`chinese.second_readings`: 西 xi as hi, a last 德 de with its e...) added to
    its alternatives, and, for a name the Russian-Chinese table transcribed (`chinese.russian_table`:
    奥马罗夫 Omarov), the readings of that table (`chinese.russian_readings`); a Chinese name (no
    transcription) is returned as it is."""
    if not entries or not entries[0][1]:
        return entries
    chunks = [chunk for chunk in HAN_SEPARATORS.split(text) if chunk and chunk_readings(chunk)[1]]
    if len(chunks) != len(entries):
        return entries
    russian = russian_table(chunks)
    return with_syllable_readings(entries, [(tuple(han_syllables(chunk)), RUSSIAN_ENDINGS.get(chunk[-1:]))
                                            for chunk in chunks], russian)


def with_syllable_readings(entries: list[tuple], parts: list[tuple[tuple[str, ...], tuple[str, str] | None]],
                           russian: bool) -> list[tuple]:
    """`with_second_readings` of a transcription given as each part's toneless pinyin syllables and
    the Russian-table ending its last syllable writes (or None): of characters, or spelt in pinyin
    (`pinyin_entries`). russian: the name was transcribed by the Russian-Chinese table."""
    out = []
    for (word, loose, letters, alternatives), (syllables, ending) in zip(entries, parts, strict=True):
        for second in syllables_second_readings(syllables):
            alternatives = alternatives + word_alternatives(second, loose, letters, 0, False)
        for reading in syllables_russian_readings(syllables, ending) if russian else ():
            alternatives = alternatives + word_alternatives(reading, loose, letters, 0, False)
        out.append((word, loose, letters, alternatives))
    return out


def pinyin_entries(parts: tuple[tuple[str, ...], ...]) -> list[tuple]:
    """Prepared words of a transcription spelt in pinyin (`chinese.pinyin_transcription`), each part
    read from its syllables as the part in characters is (`han_words`, `with_second_readings`), so
    that MAIMAITI ABUDUKELIMU is read as 买买提·阿不都克力木 is."""
    endings = [pinyin_russian_ending(syllables) for syllables in parts]
    entries = prepare_words(tuple((uyghur_reading(list(syllables)), True, FIXED) for syllables in parts))
    return with_syllable_readings(entries, list(zip(parts, endings, strict=True)), any(endings))


def pinyin_transcription_readings(name: str, evident: bool) -> list[tuple[Part, ...]]:
    """The readings of a Latin name that spells a transcription in pinyin (`chinese.pinyin_transcription`),
    as its characters would be read; a name spelt as one word is also read parted at its word
    starts (`chinese.pinyin_word_starts`). Empty for any other name."""
    parts = pinyin_transcription(name, evident)
    if parts is None:
        return []
    readings = capped_combinations([entry[3] for entry in pinyin_entries(parts)], reading_key)
    parted = pinyin_word_starts(parts[0]) if len(parts) == 1 else None
    if parted is not None:
        known = {reading_key(reading) for reading in readings}
        readings += [reading for reading in capped_combinations([entry[3] for entry in pinyin_entries(parted)], reading_key)
                     if reading_key(reading) not in known]
    return readings


# A word written in Latin letters is re-spelt for its search forms (`NameForms.latin`) only where its
# letters are read differently by the romanisations of these names (READINGS: Uyghur Latin q and x,
# pinyin q and x, Russian kh and a g for h, French ch), and where English spells the vowel i ee
# (Kareem, Karim); its other letters stay as written. Before, it was re-spelt from its phonemes,
# whose single letter values belong to other alphabets (c as Turkish j, v as the w of Uyghur Latin,
# th as t): a word search for "forced injections" echoed, and looked up, "forjed injejtions"
# (h-search65). The phonemes, and so the name matcher, are unchanged.


def part_readings(word: str, latin_letters: int, loose: bool = False, bare: bool = False,
                  written: bool = False) -> list[str]:
    """Phoneme strings of one word under each plausible letter reading; with `written` (for a word
    written in Latin letters only: AMBIGUOUS), the word re-spelt under each reading instead, in the
    same order (`to_phonemes`).

    Args:
        word: an ASCII word.
        latin_letters: FIXED when converted from another script (Uyghur Latin values),
            AMBIGUOUS when written in Latin, PINYIN when read from Chinese characters.
        loose: the word is a reading of Chinese characters (`chinese.uyghur_reading`).
        bare: each reading without the h-sounds characters may leave out (`to_phonemes`), in the
            same order; pinyin letters write the h of their characters and keep it.
    """
    if latin_letters == FIXED:
        # Russian х after the first letter: kh, or the Turkic q it stands for (Бахыт for Kazakh
        # Бақыт, Тохтар for Тоқтар), as for kh written in Latin.
        kh_values = READINGS["kh"] if "kh" in word[1:] else ("H",)
        # A g between vowels is the h of a Russian spelling (Ибрагим), not of a reading of
        # characters, which write an h with 哈 or 合 and a g with 古 or 格: read so, 阿依古丽 aigul
        # lost its g in the coarse form and was Weli (1.0; h-names47).
        g_values = READINGS["g"] if RUSSIAN_H.search(word) and not loose else ("g",)
        return [to_phonemes(word, "k", "H", "C", kh, g, bare) for kh, g in product(kh_values, g_values)]
    if latin_letters == PINYIN:
        return [to_phonemes(word, "C", "S", "C")]
    # English spelling writes the vowel i as ee (Urumchee for Urumchi, Kareem for Karim, Saeed
    # for Said): read as two e's, a last ee was a woman's -e after the first (Urumchee scored 0.62
    # against Urumchi, and the place resolver stopped offering Ürümqi for it; h-names47). Only in
    # letters written so: converted from Cyrillic, ее is two vowels (Алексеевич), and in pinyin
    # two syllables (de'er). Nor in a Russian -eev, -eeva, -eevich, -eevna (Alekseeva, Sergeevna:
    # -еев-, read -eyev- as Cyrillic is): read as i, its search form was aleksiwa, which found
    # neither Алексеева nor Alekseyeva (h-names48); the y is the one split_suffix gives the stem.
    word = RUSSIAN_EEV.sub("eye", word).replace("ee", "i")
    q_values = READINGS["q"] if "q" in word else ("k",)
    x_values = READINGS["x"] if "x" in word else ("H",)
    if KS_X.search(word) and not UYGHUR_LATIN.search(word):
        x_values += ("ks",)
    # French ch (= sh) only where the spelling shows other French habits.
    french = "ch" in word and ("ou" in word or "dj" in word)
    ch_values = READINGS["ch"] if french else ("C",)
    kh_values = READINGS["kh"] if "kh" in word[1:] else ("H",)
    g_values = READINGS["g"] if RUSSIAN_H.search(word) else ("g",)
    return [to_phonemes(word, q, x, ch, kh, g, bare, written)
            for q, x, ch, kh, g in product(q_values, x_values, ch_values, kh_values, g_values)]


def make_part(word: str, display: str, phonemes: str, gender: int, patronymic: bool,
              loose: bool, closing_r: bool | None = None, bare: str | None = None) -> Part:
    """Build a Part from a word and one phoneme reading of its stem.

    closing_r: keep an r that closes a syllable in the coarse form (CLOSING_R); by default it is
    kept in a part read from characters (`loose`) and dropped in one written in letters, which
    `word_alternatives` also reads with it.
    bare: the same reading without the h-sounds that characters may leave unwritten
    (`to_phonemes(..., bare=True)`), for the part's `bare_signature`; None: the part has none to
    leave out (its bare signature is its loose one).
    """
    spoken = SPOKEN_MUHAMMAD.sub("mem", phonemes)  # Muhemmet, Muhammad: Memet
    written_skeleton = None if spoken == phonemes else skeleton_of(reduce_phonemes(phonemes.replace("G", "g")))
    phonemes = spoken
    reduced = reduce_phonemes(phonemes.replace("G", "g"))
    skeleton = skeleton_of(reduced)
    plain = reduced.replace(FEMININE_MARK, "")
    consonants = plain.translate(CONSONANTS)
    # The first syllable's vowel is weighed like a consonant: Sidiq and Sadiq are two names, while
    # later vowels vary with dialect and romanisation (Omir, Omer).
    first = next((i for i, c in enumerate(plain) if c in VOWEL_CLASSES), None)
    frame = consonants if first is None else (plain[:first].translate(CONSONANTS) + plain[first]
                                              + plain[first + 1:].translate(CONSONANTS))
    keep_r = loose if closing_r is None else closing_r
    # Chinese renderings write gh as h or not at all (吐尔洪 for Turghun, 吾甫尔 for Ghopur): h in
    # the loose form, nothing in the bare one.
    loose_signature = coarse_signature(phonemes.replace("G", "H"), keep_r)
    bare_signature = loose_signature if bare is None else coarse_signature(bare, keep_r)
    syllables = len(VOWEL_RUNS.findall(plain))
    feminine = reduced.endswith(FEMININE_MARK)
    if feminine and loose and MASCULINE_A.search(plain.translate(UNSIBILANT)):
        feminine = False  # a man's name in -a read back with Chinese sounds: 伊沙 Yisha for Isa
    return Part(
        latin=word,
        display=render(display),
        reduced=reduced,
        skeleton=skeleton,
        key="p:" + skeleton,
        consonants=consonants,
        signature=reduced + "|" + frame + "|" + consonants,
        loose_signature=loose_signature,
        bare_signature=bare_signature,
        gender=gender,
        feminine=feminine,
        syllables=syllables,
        patronymic=patronymic,
        loose=loose,
        shape=shape_of(syllables, feminine, gender),
        tail=consonants + "|" + reduced[-1:],
        tail_id=TAIL_IDS.setdefault(consonants + "|" + reduced[-1:], len(TAIL_IDS)),
        rounding=(rounding := ROUNDING.sub("", phonemes.replace("e", "a"))),
        rounding_id=ROUNDING_IDS.setdefault(rounding, len(ROUNDING_IDS)),
        last_vowel=last_vowel_of(phonemes) if syllables > 1 else 0,
        written_skeleton=written_skeleton or skeleton,
    )


def coarse_signature(phonemes: str, keep_r: bool) -> str:
    """A part's loose signature from one phoneme reading: its coarse form (COARSE; an r that closes
    a syllable kept only with `keep_r`, CLOSING_R; final vowels dropped, since Chinese renderings
    add one after a final consonant: 提 ti for -t), then twice that form's consonant skeleton."""
    heard = reduce_phonemes(phonemes).replace(FEMININE_MARK, "")
    coarse = INNER_GLIDE.sub("", heard.translate(COARSE))
    if not keep_r:
        coarse = CLOSING_R.sub("", coarse)
    coarse = REPEATS.sub(r"\1", coarse).rstrip("a") or "a"
    coarse_skeleton = skeleton_of(coarse.translate(SH_APART))
    return coarse + "|" + coarse_skeleton + coarse_skeleton


def last_vowel_of(phonemes: str) -> int:
    """The LAST_VOWEL class of a part's phonemes: 1 for a, 2 for i, 0 otherwise."""
    match = LAST_VOWEL.search(phonemes)
    return LAST_VOWEL_CLASS.get(match.group(1), 0) if match else 0


def shape_of(syllables: int, feminine: bool, gender: int) -> int:
    """Number a part's structure: syllable count (up to 15), feminine ending, gender."""
    return min(syllables, MAX_SYLLABLES) * 6 + feminine * 3 + gender


def shape_fields(shape: int) -> tuple[int, bool, int]:
    """The (syllables, feminine, gender) numbered by shape_of."""
    syllables, rest = divmod(shape, 6)
    return syllables, rest >= 3, rest % 3


def render(phonemes: str) -> str:
    """Write phoneme symbols back as plain ASCII Latin."""
    return "".join(RENDER.get(char, char) for char in phonemes)


@lru_cache(maxsize=131072)
def word_alternatives(word: str, loose: bool, latin_letters: int, marked_gender: int,
                      marked_patronymic: bool) -> tuple[tuple[Part, ...], ...]:
    """Every way to read one word: per segmentation (hyphens) and letter reading, its parts."""
    segmentations = [[word.replace("-", "")]]
    if "-" in word:
        segmentations.append([w for w in word.split("-") if w])
    alternatives: list[tuple[Part, ...]] = []
    for segmentation in segmentations:
        pieces: list[list[Part]] = []
        for piece in segmentation:
            # A part read from Chinese characters ends in syllables, not in a suffix: 艾尔布力
            # erbuli is Erbol, not a patronymic in -uli.
            # Only the patronymic that `chinese.END_ELEMENTS` writes is read as one (Nurlanuly).
            stem, gender, patronymic = (split_suffix(piece) if not loose or piece.endswith(LOOSE_SUFFIXES)
                                        else (piece, 0, False))
            readings = part_readings(stem, latin_letters, loose)
            displays = part_readings(piece, latin_letters, loose, written=latin_letters == AMBIGUOUS)
            if loose and any("S" in reading for reading in readings):
                # an sh or x character writes s as well as sh (COARSE): read it so too
                readings += [reading.replace("S", "s") for reading in readings if "S" in reading]
                displays += [display.replace("S", "s") for display in displays if "S" in display]
            if loose and any(JOINED_H.search(reading) for reading in readings):
                # an s or z and the h of the next syllable (chinese.BEFORE_H: 斯哈克 isxak) are
                # the sh or zh of a spelling in letters (Ishaq) as well: read them so too
                extra = [(i, JOINED_H.sub(lambda m: JOINED_H_VALUES[m.group()], reading))
                         for i, reading in enumerate(readings)]
                extra = [(i, reading) for i, reading in extra if reading != readings[i]]
                displays += [displays[min(i, len(displays) - 1)] for i, _ in extra]
                readings += [reading for _, reading in extra]
            if loose and any("H" in reading for reading in readings):
                # an h character writes the q and k of Kazakh and Uyghur names as well as h (哈萨克
                # Hasake for Qazaq, 阿斯哈尔 Asihaer for Asqar, 巴合提 for Baqyt): read it so too. A
                # name in Latin letters has this reading already (READINGS["q"]); one in Cyrillic
                # or Arabic letters (Асқар, Бақыт) has its k alone, and met the characters' h in no reading.
                # Not an h before m: 合 he there is the lone h of Ehmet and Mehmut (chinese.LONE_BEFORE_M),
                # never a q. (The display stays the one with h: how the characters are read aloud.)
                extra = [(i, H_AS_Q.sub("k", reading)) for i, reading in enumerate(readings)]
                extra = [(i, reading) for i, reading in extra if reading != readings[i]]
                displays += [displays[min(i, len(displays) - 1)] for i, _ in extra]
                readings += [reading for _, reading in extra]
            # a part in letters is also read without the h-sounds characters may leave out
            bares = (part_readings(stem, latin_letters, loose, bare=True)
                     if not loose and latin_letters != PINYIN else [None] * len(readings))
            made = [make_part(piece, displays[min(i, len(displays) - 1)], reading,
                              gender or marked_gender, patronymic or marked_patronymic, loose,
                              bare=bares[i])
                    for i, reading in enumerate(readings)]
            if not loose:  # also with an r that closes a syllable (CLOSING_R), for characters that write it
                for i, reading in enumerate(readings):
                    part = make_part(piece, displays[min(i, len(displays) - 1)], reading,
                                     gender or marked_gender, patronymic or marked_patronymic, loose, True,
                                     bares[i])
                    if part.loose_signature != made[i].loose_signature:
                        made.append(part)
            pieces.append(made)
        # the pieces of one segmentation take their readings in step
        for index in range(max(len(p) for p in pieces)):
            alternatives.append(tuple(p[min(index, len(p) - 1)] for p in pieces))
    return tuple(alternatives)


# The Russian spelling of an Uyghur name in -jan whose stem ends in t (Memet-jan, Ehmet-jan,
# Mehmut-jan) writes the t and the j as one дж: Мамаджан, Ахмеджан, Махмуджан. A Cyrillic word
# ending in a vowel and -джан is also read with the t (Маматжан), so that it meets the Uyghur,
# Latin and Chinese spellings (مەمەتجان, Memetjan, 买买提江) in blocking keys and scores. So is a
# Latin word in -djan, -dzhan or German -dschan after a vowel (Ahmedjan, Akhmedzhan, Ahmedschan: Ahmetjan,
# Memetjan), whose dj and dzh are read as one j (Djamal, Dzhamal) and left the d out: before,
# Ahmedjan scored 0.83 against Ahmetjan and Mukhamedzhan 0.86 against Memetjan (h-names49).
# Per script: (the ending after a vowel, the ending with the t written).
ASSIMILATED_JAN = {
    CYRILLIC: (re.compile(r"(?<=[аеёиоуыэюяәөүұі])джан(?!\w)", re.IGNORECASE), "тжан"),
    LATIN: (re.compile(r"(?<=[aeiouy])d(?:zh|j|sch)an(?!\w)", re.IGNORECASE), "tjan"),
}


def with_written_t(name: str, script: str) -> str:
    """The name with each -джан, -djan or -dzhan after a vowel (ASSIMILATED_JAN) written with the
    t it assimilates, in the case of the ending ("Мамаджан": "Маматжан"; "AHMEDJAN": "AHMETJAN")."""
    assimilated = ASSIMILATED_JAN.get(script)
    if assimilated is None:
        return name
    pattern, written = assimilated
    return pattern.sub(lambda ending: written.upper() if ending.group().isupper() else written, name)


def capped_combinations(per_word: list, signature: Callable[[tuple], object]) -> list[tuple]:
    """The readings of a name whose words have alternatives: one alternative of each word,
    joined, each distinct reading (by `signature`) once, in `itertools.product`'s order up to
    MAX_READINGS; then each alternative of a word that the cap left out, once, with the other
    words' first alternatives (up to 2 × MAX_READINGS readings in all, as a cell of several
    spellings has).

    `product` varies the last word fastest, so the cap alone kept every alternative of the last
    word and could drop one of an earlier word from every reading: 吐尔逊·托合提 (two words of four
    alternatives) was never read as tursun without its closing r, and Tursun Tohti scored 0.82
    against it, where the same characters without their dot scored 1.0. A word's every reading
    is now compared, at the cost of a few readings more than the cap for such names only.
    """
    readings: list[tuple] = []
    seen: set = set()
    covered: set[tuple[int, int]] = set()
    sizes = [len(alternatives) for alternatives in per_word]

    def add(ranks: tuple[int, ...]) -> None:
        parts = tuple(part for word, rank in enumerate(ranks) for part in per_word[word][rank])
        covered.update(enumerate(ranks))
        key = signature(parts)
        if key not in seen:
            seen.add(key)
            readings.append(parts)

    for ranks in product(*map(range, sizes)):
        if len(readings) >= MAX_READINGS:
            break  # a bound on pathological names with many ambiguous letters
        add(ranks)
    for word, size in enumerate(sizes):
        for rank in range(size):
            if (word, rank) not in covered and len(readings) < 2 * MAX_READINGS:
                add(tuple(rank if other == word else 0 for other in range(len(sizes))))
    return readings


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name in its own script, split at spaces and at the middle dots and other
    separators of TOKEN_SPLIT: 阿依努尔·托合提 is 阿依努尔 and 托合提, as Aynur Tohti is two words.
    (`name_forms(name).words` counts parts as the comparison reads them: 张伟 is two, family and
    given name.)"""
    return tuple(word for word in TOKEN_SPLIT.split(name.strip()) if word)


def reading_key(parts: tuple[Part, ...]) -> tuple:
    """What tells two readings of a name apart: each part's reduced form and, for characters, its
    loose signature (a Latin part is read with and without a syllable-closing r, CLOSING_R, which
    only its loose signature shows)."""
    return tuple((p.reduced, p.loose, p.loose_signature) for p in parts)


@lru_cache(maxsize=262144)
def name_forms(name: str) -> NameForms:
    """Split a name into parts and compute its comparable forms (cached per name).

    A name written by kinship to the father ("Aynur, daughter of Tursun", 图尔逊之女阿依努尔:
    `filial_names`) is read as the given name and the father's name, marked as a patronymic.

    Args:
        name: a personal name in any script.
    Returns:
        The script, ASCII Latin spellings and every reading as a tuple of Parts.
    """
    folded = one_script(name)
    if folded != name:  # YISНA with a Cyrillic Н: read as YISHA (scripts.one_script)
        return name_forms(folded)._replace(name=name)
    filial = filial_names(name)
    if not filial:
        return written_forms(name)
    # the rewritten names are read as written (written_forms), never parsed again
    forms = written_forms(filial[0])
    readings = list(forms.readings)
    known = {reading_key(parts) for parts in readings}
    for other in filial[1:]:
        for parts in written_forms(other).readings:
            if reading_key(parts) not in known and len(readings) < 2 * MAX_READINGS:
                known.add(reading_key(parts))
                readings.append(parts)
    return forms._replace(readings=tuple(readings))


@lru_cache(maxsize=262144)
def written_forms(name: str) -> NameForms:
    """`name_forms` of a name read as its words stand, without `filial_names` (the names it
    derives, joined, re-spelt or read back, are read so too)."""
    # a title before a cell of several spellings is no spelling of its own (歌手 Uburu Aburimito)
    cell = without_titles(name)
    alternatives = spellings(cell)
    if alternatives != (cell,):
        return cell_forms(name, alternatives)
    original, untitled = name, without_titles(unglued(name))
    name = listed_order(untitled)
    script = detect_script(name)
    toneless = toneless_pinyin(name) if script == LATIN else None
    if toneless is not None:  # Āilì Tǔ'ěrxùn: read as Aili Tu'erxun, pinyin by its marks
        name = toneless
    joined = joined_syllables(name) if script == LATIN else None
    if joined is not None:  # Ai Ke Re Mu: read as the one word Aikeremu
        name = joined
    pinyin_order_free = False
    if script == HAN:
        prepared = with_second_readings(prepare_words(han_words(name)), name)
    elif script == LATIN and name.isascii():
        raws = name.split()
        read_back = read_back_name(raws)
        prepared = [entry for raw in raws for entry in token_entries(raw, read_back)]
    else:
        prepared = [entry for raw in TOKEN_SPLIT.split(name) if raw
                    for entry in token_entries(raw)]
    words = tuple(entry[0] for entry in prepared)
    if any(entry[0] in PATRONYMIC_WORDS for entry in prepared[1:]):
        entries: list[tuple[str, bool, int, int, bool]] = []
        for word, loose, latin_letters, _alternatives in prepared:
            if word in PATRONYMIC_WORDS and entries:
                # A free-standing patronymic word ("Serik uly") marks the word before it.
                previous = entries.pop()
                entries.append(previous[:3] + (PATRONYMIC_WORDS[word], True))
            else:
                entries.append((word, loose, latin_letters, 0, False))
        per_word = [word_alternatives(*entry) for entry in entries]
    else:
        per_word = [entry[3] for entry in prepared]
    if len(per_word) == 2 and len(per_word[0]) == 1 and len(per_word[1]) == 1:
        readings: list[tuple[Part, ...]] = [per_word[0][0] + per_word[1][0]]
    elif all(len(alternatives) == 1 for alternatives in per_word):
        parts = tuple(part for alternatives in per_word for part in alternatives[0])
        readings = [parts] if parts else []
    else:
        readings = capped_combinations(per_word, reading_key)
    if script == LATIN:
        # MAIMAITI ABUDUKELIMU: a transcription spelt in pinyin, read first as its characters are
        spelt = pinyin_transcription_readings(name, toneless is not None)
        if spelt:
            known = {reading_key(parts) for parts in spelt}
            readings = spelt + [parts for parts in readings if reading_key(parts) not in known]
            # Lists compiled from Chinese documents, in capitals as passports and police lists
            # write names, give the transcription's parts in either order: as the characters run
            # (given name, father's) or with the father's name first in the surname's field
            # (MAIMAITI ABUDUKELIMU). A comma or a word in capitals before small letters says which
            # (`listed_order`), and so does the transcription's middle dot, copied with the
            # characters' order (MAIMAITI·ABUDUKELIMU); a name in small letters (Maimaiti Abudukelimu)
            # is written in running text, given name first.
            pinyin_order_free = name == untitled and name.isupper() and not TRANSCRIPTION_DOTS.search(name)
    if script == HAN and transcription_marked(name) and not han_name_parts(name)[2]:
        # Two or three undotted characters are a Chinese name, but these may also transcribe an
        # Uyghur name (艾尔肯 Erkin; chinese.TRANSCRIPTION_CHARACTERS): read them so too.
        known = {reading_key(parts) for parts in readings}
        for _word, _loose, _letters, alternatives in with_second_readings(
                prepare_words(han_words(name, transcription=True)), name):
            readings += [parts for parts in alternatives if reading_key(parts) not in known]
    joined = joined_abd(name)
    if joined is not None:  # Abdu Reshit: also read as Abdureshit
        known = {reading_key(parts) for parts in readings}
        readings += [parts for parts in written_forms(joined).readings
                     if reading_key(parts) not in known]
    if script != HAN and len(readings) < MAX_READINGS:
        # Nur Mehmet: also read as Nurmehmet (see COMPOUND_HEADS)
        known = {reading_key(parts) for parts in readings}
        for compound in joined_compounds(name):
            for parts in written_forms(compound).readings:
                signature = reading_key(parts)
                if signature not in known and len(readings) < 2 * MAX_READINGS:
                    known.add(signature)
                    readings.append(parts)
    if script == CYRILLIC:
        nominative = nominative_name(tuple(w for w in map(plain_token, TOKEN_SPLIT.split(name)) if w))
        if nominative is not None:
            known = {reading_key(parts) for parts in readings}
            readings += [parts for parts in written_forms(" ".join(nominative)).readings
                         if reading_key(parts) not in known]
        spoken = name.split()
        stem = kazakh_case_stem(fold(spoken[-1])) if spoken else None
        if stem is not None:  # Ержан Орынбасаровтың: Ержан Орынбасаров's
            known = {reading_key(parts) for parts in readings}
            readings += [parts for parts in written_forms(" ".join([*spoken[:-1], stem])).readings
                         if reading_key(parts) not in known]
    if script == ARABIC:
        spoken = name.split()
        stem = case_free_word(spoken[-1]) if spoken else None
        if stem is not None:  # ئالىم تۇرسۇننىڭ, Alim Tursun's: also read as ئالىم تۇرسۇن
            known = {reading_key(parts) for parts in readings}
            readings += [parts for parts in written_forms(" ".join([*spoken[:-1], stem])).readings
                         if reading_key(parts) not in known]
    written_t = with_written_t(name, script)
    if written_t != name:  # Мамаджан, Ahmedjan: also read as Маматжан, Ahmetjan (Memetjan)
        known = {reading_key(parts) for parts in readings}
        readings += [parts for parts in written_forms(written_t).readings
                     if reading_key(parts) not in known]
    if script in (LATIN, CYRILLIC):
        # A1im, NurzuIpiye, Mernet, Abdub arat: also read as a scanned list misread them
        for scanned in scan_misreadings(original):
            known = {reading_key(parts) for parts in readings}
            readings += [parts for parts in written_forms(scanned).readings
                         if reading_key(parts) not in known and len(readings) < 2 * MAX_READINGS]
    chinese, pinyin, wade, hanzi = None, None, None, None
    if script == HAN:
        pinyin_parts, _uyghur, transcription = han_name_parts(name)
        if transcription:
            pinyin = tuple(part for word in pinyin_parts if word
                           for part in word_alternatives(word, False, PINYIN, 0, False)[0])
        elif len(pinyin_parts) == 2 and all(pinyin_parts):
            chinese = (pinyin_parts[0], pinyin_parts[1])
            hanzi = simplified("".join(c for c in name if char_script(c) == HAN))
    elif script in (LATIN, CYRILLIC):
        tokens = tuple(t for t in map(plain_token, TOKEN_SPLIT.split(name)) if t)
        chinese = chinese_name_key(tokens)
        if script == LATIN:
            wade_tokens = tuple(t for t in (w.strip("-'") for w in fold(name).split()) if t)
            wade = wade_giles_key(wade_tokens)
        if chinese is None and script == LATIN:
            pinyin = pinyin_reading(tokens)
    return NameForms(original, script, words, tuple(readings),
                     chinese is not None or wade is not None or pinyin_order_free, chinese, pinyin, wade, hanzi)


def case_free_word(word: str) -> str | None:
    """A word of a name in Uyghur Arabic script as a sentence writes it, with a case ending
    (تۇرسۇننىڭ "Tursun's", مەمەتكە "to Memet", ئابلىمىتتىن "from Ablimit": `inflection.arabic_case_stems`,
    the one list of them), without it; None for a word with none. Many names end in those letters
    (ساجىدە Sajide, زەيدىن Zeydin, غېنى Gheni), so an ending is taken off only where the stem is a
    name of the lexicon (`guwah.names.given`) and the word itself is not one, or where the ending is
    one that no name ends in (the genitive and the dative: `inflection.arabic_name_case_stem`) and
    the stem is a plausible name by its length and letters: the stem is then one more reading of
    the name, beside its own."""
    folded = fold(word)
    stems = arabic_case_stems(folded)
    if not stems or listed_word(folded):
        return None
    return next((stem for stem in stems if listed_word(stem)), None) or arabic_name_case_stem(folded)


def listed_word(word: str) -> bool:
    """Whether one word, as its letters read (`token_entries`: not through `name_forms`, which asks
    `case_free_word`), is a name of the lexicon of `guwah.names.given`, no ending taken off."""
    from guwah.names.given import lexicon

    names = lexicon()
    return any(parts[0].reduced in names for *_, alternatives in token_entries(word)
               for parts in alternatives if parts)


@lru_cache(maxsize=262144)
def part_spellings(word: str) -> frozenset[tuple[str, int]]:
    """(reduced form, gender) of a one-word name under each reading of its letters (`Part.reduced`,
    `Part.gender`: MALE, FEMALE, 0 unmarked; a reading's first part, as the word is read alone).

    Two spellings of a name part that share a reduced form, and do not carry different genders,
    are one name to the matcher (`guwah.names.compare` scores them 1.0: Ахмет, Ehmet, ئەھمەت and
    Ahmed are all "amat"; Omarov and Omar "umar", Omarova apart from Omarov by its gender). The
    given-name lexicon (`guwah.names.given`) looks words up by it and both searches index testimony
    words under it (`guwah.search.spelling_terms`), so that a word is found in every spelling the
    person search takes for the same name part. Empty for a word with no letters.
    """
    return frozenset((part.reduced, part.gender) for reading in name_forms(word).readings
                     for part in reading[:1] if part.reduced)


def cell_forms(cell: str, alternatives: tuple[str, ...]) -> NameForms:
    """The forms of a name cell that holds several spellings of one name (`cells.spellings`):
    the readings of each, the first spelling's first, so that comparing takes the best pair of
    spellings and each gives blocking keys. A Chinese-name key, characters or Wade-Giles key
    is the first spelling's that has one; the pinyin reading of a transcription is not kept
    (it is compared only against another, and a cell's other spellings would be left out)."""
    forms = [name_forms(spelled) for spelled in alternatives]
    if len(forms) == 1:
        return forms[0]._replace(name=cell)
    readings: list[tuple[Part, ...]] = []
    seen: set[tuple[str, ...]] = set()
    for found in forms:
        for parts in found.readings:
            signature = reading_key(parts)
            if signature not in seen and len(readings) < 2 * MAX_READINGS:
                seen.add(signature)
                readings.append(parts)
    scripts = {found.script for found in forms}
    return NameForms(cell, scripts.pop() if len(scripts) == 1 else detect_script(cell), forms[0].words,
                     tuple(readings), any(found.order_free for found in forms),
                     next((found.chinese for found in forms if found.chinese), None), None,
                     next((found.wade for found in forms if found.wade), None),
                     next((found.hanzi for found in forms if found.hanzi), None))


# The middle dots of a transcription (·, •, ・, ‧): a name in pinyin that keeps one is copied
# from the characters, in their order.
TRANSCRIPTION_DOTS = re.compile(r"[·•・‧∙⋅･]")
LISTED = re.compile(r"^\s*([^,，、]+?)\s*[,，、]\s*([^,，、]+?)\s*$")


# Titles, honorifics and occupations written before a name (Dr. Ilham Tohti, Haji Memet Tursun,
# г-н Ержан Орынбасаров, Lehrerin Aygul, öğretmen Memet, teacher Abdukerim) or, in Uyghur, after it
# in small letters (Abdukerim muellim): not part of the name. They are data (data/titles.txt, read
# by `titles`). Only while a word remains, so that a one-word name that happens to be one of them is
# kept: "Mr Adil" and "Haji Memet" are a given name alone (Adil, Memet), compared as one
# (`compare.UNMATCHED_PART`); kept as a part they made two-part names that matched no full name (Mr
# Adil against Adil Tursun scored 0.27).
TITLES_FILE = "titles.txt"


def title_key(words: str) -> str:
    """A title or a name's word folded as `titles` keeps titles: case and accents left aside
    (Bäuerin, İmam, Prof.: bauerin, imam, prof), brackets and punctuation around it dropped."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", fold(words)) if not unicodedata.combining(c))
    return " ".join(word.strip("().,:;") for word in folded.split())


class Titles(NamedTuple):
    """The titles of data/titles.txt by where they stand, as `title_key` folds them."""

    before: frozenset[str]  # in front of the name, in any case
    after: frozenset[str]   # after it, in small letters only
    glued: tuple[str, ...]  # kana titles run together with a name in kana, longest first


@lru_cache(maxsize=1)
def titles() -> Titles:
    """The titles written around a name (data/titles.txt), read once."""
    from importlib import resources

    text = resources.files("guwah.names").joinpath("data", TITLES_FILE).read_text(encoding="utf-8")
    found: dict[str, set[str]] = {"before": set(), "after": set(), "glued": set()}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 3:
            found[fields[0]].add(title_key(" ".join(fields[2:])) if fields[0] != "glued" else fields[2])
    # a kana title is one before a name, glued to it or not
    return Titles(frozenset(found["before"] | found["glued"]), frozenset(found["after"]),
                  tuple(sorted(found["glued"], key=len, reverse=True)))


# How a witness or a relative names someone they know, around the name and never part of it: a
# possessive and a kin word before it ("my sister Aygul", "our father Tursun"), an adjective of
# address ("old Wang"), or a kin word or term of respect after it, as Turkic languages address
# elders and relatives (Uyghur aka, acha, hede, apa, uka; Kazakh and Kyrgyz ага, апай, әпке, эже,
# байке; Uzbek opa; Turkish abi, abla, bey, hanım, efendi), or a kin word in brackets ("Patime
# (mother)"). Read without them, such a name is the given name alone (Musa aka: Musa). "ka", the
# spoken aka, only in small letters after a name: capitalised it can be a syllable of pinyin.
POSSESSIVES = frozenset({"my", "our", "his", "her", "their"})
KIN_NOUNS = frozenset({
    "sister", "brother", "mother", "father", "son", "daughter", "wife", "husband", "uncle", "aunt",
    "cousin", "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "neighbour",
    "neighbor", "friend", "sister-in-law", "brother-in-law", "mother-in-law", "father-in-law", "mum", "mom",
    "dad", "parent", "child", "relative", "colleague", "classmate", "teacher",
})
ADDRESS_ADJECTIVES = frozenset({"old", "young", "little", "dear", "late"})
TERMS_AFTER = frozenset({
    "aka", "acha", "hede", "hedem", "apa", "apam", "akam", "uka", "ukam", "singil", "hajim", "ака",
    "ача", "хеде", "апа", "ئاكا", "ئاچا", "ھەدە", "ئاپا", "ئۇكا", "ھاجىم", "aga", "agha", "ağa", "аға", "ага",
    "apai", "apay", "апай", "әпке", "apke", "eje", "эже", "baike", "байке", "opa", "abi", "abla",
    "bey", "hanım", "hanim", "efendi",
})
LOWER_TERMS_AFTER = frozenset({"ka"})


# A word of a name starts with a capital, so a small letter before a capital, or a word in
# capitals before a capitalised word, is two words typed without a space (MamutjanSawut,
# АЙБЕКЖылдыз); a name in one case throughout cannot be split so.


def unglued(name: str) -> str:
    """The name with words typed without a space between them split (see the comment above):
    "MamutjanSawut" is "Mamutjan Sawut", "АЙБЕКЖылдыз" "АЙБЕК Жылдыз"."""
    if name.isupper() or name.islower():
        return name
    out: list[str] = []
    for word in name.split(" "):
        cuts = [0]
        for i in range(1, len(word)):
            before, char = word[i - 1], word[i]
            if not char.isupper() or not before.isalpha() or word[:i] in ("Mc", "Mac"):
                continue
            if before.islower() or (before.isupper() and i >= 2 and word[i - 2].isupper()
                                    and word[i + 1:i + 4].isalpha() and word[i + 1:i + 4].islower()
                                    and len(word[i + 1:i + 4]) == 3):
                cuts.append(i)
        out.append(" ".join(word[a:b] for a, b in zip(cuts, [*cuts[1:], len(word)], strict=True)))
    return " ".join(out)


# The Arabic 'abd ("servant of") before one of God's names makes one name with it (Abdureshit,
# Abdulqahar, Абдурашид), also written as two words (Abdu Reshit, Abdul Qahar, Абду Рашид).
DETACHED_ABD = re.compile(r"\b((?:abd|абд)(?:u|ul|ur|i|у|ул|ур|и)?)\s+(\w)", re.IGNORECASE)


def joined_abd(name: str) -> str | None:
    """The name with a detached Abd-, Abdu-, Abdul- joined to the word after it, or None when
    it has none: "Abdu Reshit Alim" is also "Abdureshit Alim"."""
    if not DETACHED_ABD.search(name):
        return None
    return DETACHED_ABD.sub(lambda m: m.group(1) + (m.group(2).lower() if not m.group(1).isupper()
                                                     else m.group(2)), name)


# Records typed from scanned lists: glyphs an OCR reader (or a typist reading a bad copy) takes
# for others. Only confusions whose other side cannot stand in a name are read back: a digit
# among letters (A1im, T0hti), a capital I after a small letter (NurzuIpiye: a word's capital
# starts a new word, and `unglued` would split it there), an l before a consonant at a word's
# start (lmin), the Latin runs rn, cl and ii that a scan makes of m, d and u (Mernet, Aclil,
# Tiirsun; not the rn of Nur- compounds, Nurniyaz, nor the ii of Ali- ones, Aliimin), and a c
# between consonants or after one at a word's end, an e (Ehmct, Rahilc). ICU's confusables
# skeleton (PyICU SpoofChecker.getSkeleton) folds some of these (m and rn, 1 and l, I and l; not
# cl and d, nor c and e) but also every letter of a Cyrillic name into a Latin look-alike (Рози:
# Poɜᴎ), which the transliteration layer reads otherwise, and gives no reading back: the table
# is here. и/н and ш/щ in Cyrillic, and the Arabic letters told apart by dots, are confusions
# both of whose sides are names' letters: not read back.
SCANNED_GLYPHS = (
    (re.compile(r"(?<=[^\W\d_])1|1(?=[^\W\d_])"), "l"),
    (re.compile(r"(?<=[a-zA-Z])0|0(?=[a-zA-Z])"), "o"),
    (re.compile(r"(?<=[а-яёА-ЯЁәөүұіқғңһ])0|0(?=[а-яёА-ЯЁәөүұіқғңһ])"), "о"),
    (re.compile(r"(?<=[a-z])I"), "l"),
    (re.compile(r"\bl(?=[bcdfghjklmnpqrstvwxz])"), "I"),
    (re.compile(r"(?<![Nn]u)rn"), "m"),
    (re.compile(r"(?<=[a-z])cl"), "d"),
    (re.compile(r"(?<![Ll])ii"), "u"),
    (re.compile(r"(?<=[b-df-hj-np-tv-z])c(?=[bdfgjlmnpqrstvwxz]|\b)"), "e"),
)
# A word a scan broke in two (Abdu rehim, Abdub arat): its second piece starts with a small
# letter in a name whose other words start with capitals (two at least). The particles and patronymic words written
# small (uly, qizi, bin, ibn, al, el, van, von, de) are words of their own.
NAME_PARTICLES = frozenset({"bin", "binti", "ibn", "bint", "al", "el", "ul", "ad", "ud", "van", "von", "de", "da"})


def scan_misreadings(name: str) -> tuple[str, ...]:
    """The name as read back from a scan's misread glyphs (SCANNED_GLYPHS) and with a word broken
    in two joined back, each way that differs from the name: "NurzuIpiye Memet" →
    ("Nurzulpiye Memet",); "Gulbahar Abdub arat" → ("Gulbahar Abdubarat",); () for most names."""
    fixed = name
    for pattern, letter in SCANNED_GLYPHS:
        fixed = pattern.sub(letter, fixed)
    found = [fixed] if fixed != name else []
    for text in (name, fixed):
        words = text.split()
        if len(words) < 3 or sum(word[:1].isupper() for word in words) < 2 or not words[0][:1].isupper():
            continue  # a name typed in small letters after its first says nothing of broken words
        joined = [words[0]]
        for word in words[1:]:
            if (word[:1].islower() and joined[-1][:1].isupper() and word.casefold() not in NAME_PARTICLES
                    and word.casefold() not in PATRONYMIC_WORDS):
                joined[-1] += word
            else:
                joined.append(word)
        if len(joined) < len(words) and " ".join(joined) not in found:
            found.append(" ".join(joined))
    return tuple(found)


# Uyghur compound given names are written as one word, as two, or hyphenated, as sources differ
# (Nurmemet, Nur Mehmet, Nur-Mehmet; Gulnisa, Gul Nisa; Mehriban, Mehri Ban; Aygul, Ay Gul), and a
# transcription writes them as one run of characters (努尔买买提 Nurmemeti). Two adjacent words are
# also read as one part when the first is an element that starts such names and is not given alone
# (COMPOUND_HEADS), or the second one that ends them (COMPOUND_TAILS), as the Arabic Abd- is
# (`joined_abd`). Not any two words: a Uyghur name is a chain (own name, father's, grandfather's),
# and joining any two would take Ahmet (son of Yasin, grandson of Tursun) for Ahmetyasin (son of
# Tursun). A name of one word meets a name of several joined whole (`compare.with_joined`) where it
# may be words run together (a run of characters, capitals, Arabic script), not where it is written
# as one name ("Ahmetyasin": `compare.written_as_one_name`, h-names14); these elements reach the
# names of three parts and more, written so too, and the blocking keys. Nur is a head: as a man's given name alone it is
# rare beside the compounds it starts (Nurmemet, Nurehmet, Nurtursun, Nurgul), so "Nur Tursun
# Yasin" is read as Nurtursun, son of Yasin, as well as Nur, son of Tursun. Elements as folded
# Latin words (a word in another script is compared in its Latin reading).
COMPOUND_HEADS = frozenset({"nur", "nour", "ay", "ai", "gul", "mehri", "mihri", "mehir", "dil"})
COMPOUND_TAILS = frozenset({"gul", "nisa", "nissa", "nisahan", "ban", "banu", "xan", "han", "khan",
                            "jan", "zhan", "djan", "bibi"})


def joined_compounds(name: str) -> tuple[str, ...]:
    """The name with one pair of adjacent words joined into one (COMPOUND_HEADS, COMPOUND_TAILS),
    once per such pair: "Nur Mehmet Yasin" → ("Nurmehmet Yasin",); () when it has none."""
    words = name.split()
    if len(words) < 2:
        return ()
    if chinese_name_key(tuple(t for t in map(plain_token, words) if t)) is not None:
        return ()  # a Chinese name: Bin HAN is the family name Han, not the ending -xan
    latin = [token_words(word) for word in words]
    latin = [entry[0][0] if len(entry) == 1 else "" for entry in latin]
    out = []
    for index in range(len(words) - 1):
        first, second = latin[index], latin[index + 1]
        if first and second and (first in COMPOUND_HEADS or second in COMPOUND_TAILS):
            left, right = words[index], words[index + 1]
            joined = left + (right if left.isupper() and right.isupper() else right.lower())
            compound = " ".join([*words[:index], joined, *words[index + 2:]])
            # name_forms reads the compound again: it must not be split back (JAmNUR: JAm nur)
            if len(unglued(compound).split()) < len(words):
                out.append(compound)
    return tuple(out)


# A person named by kinship to the father, as family-search requests and lists of relatives write
# it. Given name first, then these words (casefolded), then the father's name: "Aynur, daughter of
# Tursun", "Ablet s/o Qadir", « Aynur, fille de Tursun », «Айгуль, дочь Турсуна» (the father's
# name in the genitive). Value: (the gender the words mark, the words that must follow them).
FILIAL_WORDS = {"son": (MALE, ("of",)), "daughter": (FEMALE, ("of",)), "s/o": (MALE, ()),
                "d/o": (FEMALE, ()), "fils": (MALE, ("de",)), "fille": (FEMALE, ("de",)),
                "сын": (MALE, ()), "дочь": (FEMALE, ())}
ELIDED_DE = re.compile(r"^d['’](?=\w)")  # fille d'Abdulla
# The father's name first, then "son"/"daughter" after an English possessive: "Tursun's daughter Aynur".
POSSESSIVE = re.compile(r"(?<=\w)['’]s$")
# The patronymic word that marks the father's name, in the name's script (`PATRONYMIC_WORDS`).
FILIAL_MARKS = {CYRILLIC: ("ұлы", "қызы"), ARABIC: ("ئوغلى", "قىزى"), LATIN: ("uly", "qyzy")}
# A father's name before a free-standing patronymic word may be in the genitive: Uyghur -ning (Tursunning qizi
# Aynur, تۇرسۇننىڭ قىزى), Kazakh -ның/-тың (Серіктің ұлы); the name as written is read too.
GENITIVE = {LATIN: re.compile(r"(?<=\w{3})(?:n|d|t)[iıy]ng?$", re.IGNORECASE),
            CYRILLIC: re.compile(r"(?<=\w{3})(?:[ндт][ыі]ң|нинг)$", re.IGNORECASE),
            ARABIC: re.compile(r"(?<=\w{2})نىڭ$")}
# A Russian genitive of a man's name after сын/дочь: Турсуна (Турсун), Юсуфа, Мусы (Муса), Алия (Алий, Али).
RUSSIAN_GENITIVE = ((re.compile(r"(?<=[^аеёиоуыэюя])а$"), ""), (re.compile(r"я$"), "й"), (re.compile(r"я$"), ""),
                    (re.compile(r"(?<=[^аеёиоуыэюя])[ыи]$"), "а"))
# Characters: the father's name, 之/的, 女/子 (女儿, 儿子), then the given name (图尔逊之女阿依努尔), or the
# given name with that after a comma or in brackets (阿依努尔（图尔逊的女儿）).
HAN_KIN = r"(?:之|的)(?:女儿|女兒|儿子|兒子|女|子)"
HAN_FILIAL = (re.compile(rf"^\s*(?P<f>[^\s，,（()）]{{2,}}?){HAN_KIN}\s*[，,:：]?\s*(?P<g>[^\s，,（()）]{{2,}})\s*$"),
              re.compile(rf"^\s*(?P<g>[^\s，,（()）]{{2,}}?)\s*[，,（(]\s*(?P<f>[^\s，,（()）]{{2,}}?){HAN_KIN}\s*[)）]?\s*$"))
FILIAL_MAX_WORDS = 3  # words of the given name, and of the father's, at most


def latin_word(raw: str) -> str:
    """A token's first word as the transliteration layer reads it (`token_entries`), or ""."""
    entries = token_entries(raw)
    return entries[0][0] if entries else ""


@lru_cache(maxsize=65536)
def filial_names(name: str) -> tuple[str, ...]:
    """A name written by kinship to the father, as the given name, the father's name and a
    patronymic word (`FILIAL_MARKS`) in the name's script: ("Aynur Tursun qyzy",) for "Aynur,
    daughter of Tursun" and "Tursunning qizi Aynur" (which also gives "Aynur Tursunning qizi"),
    ("Айгуль Турсун қызы", "Айгуль Турсуна қызы") for «Айгуль, дочь Турсуна», ("阿依努尔·图尔逊",) for
    图尔逊之女阿依努尔. The first is the likeliest reading; the father's name stands as written first
    only where it is not read as declined. () for a name not so written: a patronymic word after the
    father's name ("Ablet Qadir oghli", Серікұлы) is read where it stands (`PATRONYMIC_WORDS`)."""
    script = detect_script(name)
    if script == HAN:
        for pattern in HAN_FILIAL:
            match = pattern.match(name)
            if match and all(detect_script(match.group(key)) == HAN for key in "fg"):
                return (f"{match.group('g')}·{match.group('f')}",)
        return ()
    if script not in FILIAL_MARKS:
        return ()
    raws = [raw for raw in re.split(r"[\s,，;()（）]+", name.strip()) if raw]
    words = [raw.casefold() for raw in raws]
    found = FILIAL_WORDS.get(words[0]) if words else None
    if found is not None and words[0] not in ("fils", "fille"):
        # "son of Aziz", «дочь Турсуна»: the father's name alone, read as a patronymic ("Aziz uly"),
        # which compares as a name of one part (a given name alone, or the family's name alone)
        gender, after = found
        father = raws[1 + len(after):]
        if tuple(words[1:1 + len(after)]) == after and 0 < len(father) <= FILIAL_MAX_WORDS:
            fathers = [father]
            if words[0] in ("сын", "дочь"):
                fathers = [[*father[:-1], pattern.sub(ending, father[-1])] for pattern, ending in RUSSIAN_GENITIVE
                           if pattern.search(father[-1])] + fathers
            mark = FILIAL_MARKS[script][gender == FEMALE]
            return tuple(dict.fromkeys(" ".join([*reading, mark]) for reading in fathers))
    for index in range(1, len(raws) - 1):
        found = FILIAL_WORDS.get(words[index])
        if words[index] in ("son", "daughter") and POSSESSIVE.search(raws[index - 1]):
            gender = MALE if words[index] == "son" else FEMALE
            given, fathers = raws[index + 1:], [[*raws[:index - 1], POSSESSIVE.sub("", raws[index - 1])]]
        elif found is not None:
            gender, after = found
            father = raws[index + 1 + len(after):]
            if after == ("de",) and ELIDED_DE.match(words[index + 1]):  # fille d'Abdulla
                father = [ELIDED_DE.sub("", raws[index + 1]), *raws[index + 2:]]
            elif tuple(words[index + 1:index + 1 + len(after)]) != after:
                continue
            given, fathers = raws[:index], [father]
            if words[index] in ("сын", "дочь") and fathers[0]:
                last = fathers[0][-1]
                # the genitive read back first; the name as written is the last reading
                fathers = [[*fathers[0][:-1], pattern.sub(ending, last)] for pattern, ending in RUSSIAN_GENITIVE
                           if pattern.search(last)] + fathers
        elif latin_word(raws[index]) in PATRONYMIC_WORDS and not any(
                latin_word(raw) in PATRONYMIC_WORDS for raw in raws[index + 1:]):
            # "Qadir oghli Ablet", Серік ұлы Ерлан: the father's name, the patronymic word, the given name
            given, father = raws[index + 1:], raws[:index]
            stem = GENITIVE[script].sub("", father[-1])
            plain = [father] if stem == father[-1] else [[*father[:-1], stem], father]
            # one word for the father's name, as a patronymic word follows one name: in "Zhanar Galym
            # kyzy Murat" the first word is no father's name
            return tuple(" ".join([*given, *reading, raws[index]]) for reading in plain
                         if len(given) <= FILIAL_MAX_WORDS and len(reading) == 1)
        else:
            continue
        mark = FILIAL_MARKS[script][gender == FEMALE]
        return tuple(" ".join([*given, *father, mark]) for father in fathers
                     if given and father and len(given) <= FILIAL_MAX_WORDS and len(father) <= FILIAL_MAX_WORDS)
    return ()


def without_titles(name: str) -> str:
    """The name without the titles (`titles`) and the words of address (POSSESSIVES with KIN_NOUNS,
    ADDRESS_ADJECTIVES, TERMS_AFTER, a kin noun in brackets) written around it, while a word
    remains: "Dr. Ilham Tohti" is Ilham Tohti, "Mr Adil", "my sister Adil", "Adil aka" and
    "Adil muellim" are Adil, "iş adamı Memet" is Memet, イマームアディル is アディル."""
    words = name.split()
    start, end = 0, len(words)
    known = titles()

    def folded(word: str) -> str:
        return word.casefold().strip("().,:;")

    while end - start > 1:
        first, last = folded(words[start]), folded(words[end - 1])
        if title_key(words[start]) in known.before or first in ADDRESS_ADJECTIVES:
            start += 1
        elif end - start > 2 and title_key(" ".join(words[start:start + 2])) in known.before:
            start += 2
        elif first in POSSESSIVES and end - start > 2 and folded(words[start + 1]) in KIN_NOUNS:
            start += 2
        elif last in TERMS_AFTER or (words[end - 1] in LOWER_TERMS_AFTER):
            end -= 1
        elif words[end - 1].islower() and title_key(words[end - 1]) in known.after:
            end -= 1
        elif last in KIN_NOUNS and words[end - 1].startswith("(") and words[end - 1].endswith(")"):
            end -= 1
        else:
            break
    if start < end and is_kana(words[start]):
        glued = next((title for title in known.glued if words[start].startswith(title)
                      and len(words[start]) - len(title) >= 2), None)
        if glued is not None:
            words = [*words[:start], words[start][len(glued):], *words[start + 1:]]
            return " ".join(words[start:end])
    return " ".join(words[start:end]) if (start, end) != (0, len(words)) else name


def listed_order(name: str) -> str:
    """A name written as a list entry, "SURNAME, Given names", put back in running order.

    The comma of a list (registers, indexes, UN and court documents) says which part is the
    family's, so "Tohti, Ilham" is Ilham Tohti and not a swap that may be a father and son.
    A name with no comma, or more than one, goes through `capitals_order`.
    """
    if "," not in name and "，" not in name and "、" not in name:
        return capitals_order(name)
    match = LISTED.match(name)
    return f"{match.group(2)} {match.group(1)}" if match else name


def capitals_order(name: str) -> str:
    """A name written "SURNAME Given names" put back in running order ("Given names SURNAME").

    Lists, passports and UN documents mark the family's part by writing it in capitals, so
    "ROZI Rizwangul" is Rizwangul Rozi and not a swap that may be a father and son. Only a first
    word of two letters or more wholly in capitals, before words that are not: a name all in
    capitals ("GULNAR ABDULLA") says nothing of its order and is returned as it is.
    """
    words = name.split()
    if len(words) < 2:
        return name
    first = words[0]
    if not (len(first) >= 2 and first.isupper() and first.isalpha()):
        return name
    if not all(any(char.islower() for char in word) for word in words[1:]):
        return name
    return " ".join([*words[1:], first])


@lru_cache(maxsize=131072)
def plain_token(raw: str) -> str:
    """A token folded, without the hyphens and apostrophes around it."""
    return fold(raw).strip("-'")


def pinyin_reading(tokens: tuple[str, ...]) -> tuple[Part, ...] | None:
    """A name written wholly in pinyin, one part at least read back from Chinese characters
    (Maimaiti Tuerxun), as parts read in pinyin letter values; None for other names."""
    words = [LETTERS_AND_APOSTROPHES.sub("", token) for token in tokens]
    if not words or not all(words) or not all(syllables_of(word) for word in words):
        return None
    if not any(pinyin_read_back(word) for word in words):
        return None
    return tuple(part for word in words
                 for part in word_alternatives(word.replace("'", ""), False, PINYIN, 0, False)[0])


def joined_reading(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """A reading's parts joined into one part (a transcription without its dot, a name typed
    without a space); a one-part reading is returned as it is."""
    if len(parts) < 2:
        return parts
    loose = any(part.loose for part in parts)
    word = "".join(part.latin for part in parts)
    phonemes = "".join(part.display for part in parts)
    # a reading of letters with its closing r kept (`word_alternatives`) is joined with it too
    closing_r = True if any(CLOSING_R.search(part.loose_signature.split("|")[0]) for part in parts) else None
    # without the h-sounds characters may leave out, for letters (`make_part`'s bare)
    bare = None if loose else to_phonemes(phonemes, "k", "H", "C", bare=True)
    return (make_part(word, phonemes, to_phonemes(phonemes, "k", "H", "C"), 0, False, loose, closing_r, bare),)


def prepare_words(words: tuple[tuple[str, bool, int], ...]) -> list[tuple]:
    """Attach to each (word, loose, letters) its unmarked alternatives."""
    return [(word, loose, letters, word_alternatives(word, loose, letters, 0, False))
            for word, loose, letters in words]


@lru_cache(maxsize=131072)
def token_entries(raw: str, read_back: bool = False) -> tuple[tuple, ...]:
    """The words of one token with their alternatives, cached per token.

    A one-word token may also be a Chinese reading in disguise: a Kazakh or Uyghur name read
    back from characters into pinyin (Nu'erlan), or a Chinese name in Russian Palladius
    transcription (Цюаньго); a Latin word in -guli also without the vowel pinyin adds to -gül
    (`gul_reading`), one in a Russian ending as emigre spelling writes it also with the passport
    ending (`emigre_reading`: Omaroff, Omarov), one that ends in pinyin syllables with their ending
    read back (`pinyin_tail_reading`: Hasiyaiti); that reading is added as one more alternative. read_back: the
    name shows itself read back into pinyin, so any token spelt in pinyin syllables is read so.
    """
    entries = prepare_words(token_words(raw))
    if entries and entries[0][1] and not raw.isascii():
        entries = with_second_readings(entries, fold(raw))
    extra = chinese_reading(raw, read_back) or gul_reading(raw) or emigre_reading(raw) or pinyin_tail_reading(raw)
    if extra is not None and len(entries) == 1:
        word, loose, letters, alternatives = entries[0]
        entries[0] = (word, loose, letters, alternatives + word_alternatives(*extra, 0, False))
    if len(entries) == 1 and entries[0][1] and is_kana(fold(raw)):  # kana: also its r as l, its ji as zi
        word, loose, letters, alternatives = entries[0]
        for other in kana_readings(fold(raw))[1:]:
            alternatives = alternatives + word_alternatives(other, True, FIXED, 0, False)
        entries[0] = (word, loose, letters, alternatives)
    hepburn = hepburn_reading(entries[0][0]) if len(entries) == 1 and raw.isascii() else None
    if hepburn is not None:  # Abudukerimu, a katakana name in Hepburn letters: also abdukerim (`kana`)
        word, loose, letters, alternatives = entries[0]
        for reading in alike_readings(hepburn):
            alternatives = alternatives + word_alternatives(reading, True, FIXED, 0, False)
        entries[0] = (word, loose, letters, alternatives)
    return tuple(entries)


def gul_reading(raw: str) -> tuple[str, bool, int] | None:
    """(word, loose, letters) of a Latin word in -guli without the i that pinyin's 古丽 guli adds
    to -gül (Baharguli: Bahargul), for a spelling that writes it though the rest of the word is not
    pinyin (a word wholly in pinyin is read back whole: `chinese_reading`); None for other words."""
    folded = NON_WORD.sub("", fold(raw)).strip("-") if raw.isascii() else ""
    if len(folded) > len("guli") and folded.endswith("guli") and womans_ending(folded):
        return folded[:-1], False, AMBIGUOUS
    return None


# Russian surname and patronymic endings as emigre, French and older English spelling writes them
# (Omaroff, Aliyeff, Smirnoff; Ivanovitch), with the passport spelling that SUFFIXES reads.
EMIGRE_ENDINGS = (("off", "ov"), ("eff", "ev"), ("ovitch", "ovich"), ("evitch", "evich"))


def emigre_reading(raw: str) -> tuple[str, bool, int] | None:
    """(word, loose, letters) of a Latin word in a Russian ending as emigre spelling writes it
    (EMIGRE_ENDINGS), spelt with the passport ending (Omaroff: omarov; Ivanovitch: ivanovich),
    so that it meets the Cyrillic, Arabic-script and passport spellings (Омаров, ئوماروف,
    Omarov); None for other words. It is one more reading, not the word's only one: a word in -off
    may also be a name of its own (Yusoff, Yusuf). The stem keeps three letters, as `split_suffix`
    asks. Before, Omaroff and Omarov scored 0.65, and the family search found no Nurlan Omarov for
    Nurlan Omaroff (h-names49)."""
    folded = NON_WORD.sub("", fold(raw)).strip("-") if raw.isascii() else ""
    for ending, passport in EMIGRE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[:-len(ending)] + passport, False, AMBIGUOUS
    return None


def pinyin_tail_reading(raw: str) -> tuple[str, bool, int] | None:
    """(word, loose, letters) of a Latin word whose end, and only its end, is spelt in pinyin read
    back from characters (Hasiyaiti: Hasiy- and 艾提 aiti, the -et of Hasiyet), with that end read
    as `chinese.uyghur_reading` reads such syllables (aiti: eti), loose as a read-back is; None for
    other words. The end must show pinyin as `chinese.pinyin_read_back` asks of a whole word: two
    syllables or more, one with a final that Uyghur Latin does not write (`PINYIN_ONLY_FINALS`: ai,
    ei, ao, ou...), the last one a syllable that stands for a lone final consonant
    (`ADDED_VOWEL_SYLLABLES`: ti, mu, fu); the longest such end is read. A word of more than
    MAX_NAME_WORD letters is no name: None."""
    folded = NON_WORD.sub("", fold(raw)).replace("-", "") if raw.isascii() else ""
    if len(folded) > MAX_NAME_WORD:
        return None
    for start in range(1, len(folded) - 3):
        syllables = syllables_of(folded[start:])
        if (syllables and len(syllables) >= 2 and syllables[-1] in ADDED_VOWEL_SYLLABLES
                and any(s.endswith(PINYIN_ONLY_FINALS) for s in syllables[:-1])):
            return folded[:start] + uyghur_reading(list(syllables)), True, FIXED
    return None


def chinese_reading(raw: str, read_back: bool = False) -> tuple[str, bool, int] | None:
    """(word, loose, letters) of a token's reading as pinyin read-back or Palladius, or None.

    read_back: another word of the name shows pinyin, so this one needs only to segment.
    """
    folded = fold(raw)
    if folded.isascii():
        letters = LETTERS_AND_APOSTROPHES.sub("", folded).strip("'")
        reading = pinyin_read_back(letters, read_back) if letters else None
        return None if reading is None else (reading, True, FIXED)
    if all("\u0400" <= c <= "\u04ff" for c in folded):
        pinyin = palladius_to_pinyin(folded)
        return None if pinyin is None else (pinyin, False, PINYIN)
    return None
