"""Chinese renderings of names to Latin: pinyin, and Uyghur-style readings of transcriptions."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

# Characters whose everyday reading differs from their use in transcribed names.
# (pypinyin lists each as a heteronym: 什 shen/shi, the shi of 阿布都热什提 Abdureshit.)
TRANSCRIPTION_READINGS = {"都": "du", "尉": "yu", "单": "shan", "解": "xie", "曾": "zeng", "什": "shi"}

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
# Elements only at a word's end: the Kazakh son's patronymic -uly (-ұлы) written 乌鲁 wulu
# (Nu'erlanwulu, Nurlanuly); inside a word 乌鲁 is w and l (买乌鲁德 Mewlude).
END_ELEMENTS = {("wu", "lu"): "uly"}
# Mandarin syllables end in no consonant but n and ng, so a transcription writes a consonant that
# closes a syllable with a syllable of its own: 合 he for the h of Ehmet before m (艾合买提
# Aihemaiti), read as the lone h. And its final n stands for an m before m, b or p (罕麦提 hanmaiti
# for hemmet, as in 穆罕麦提 Muhanmaiti, Muhemmet).
LONE_BEFORE_M = {"he": "h"}
LABIALS = ("m", "b", "p")

# Syllables with two readings in transcriptions of Uyghur names. The Xinjiang regional rules for
# writing Uyghur personal names in Chinese characters (DB65/T 2189-2005, 维吾尔人名汉字音译转写规则)
# give each Uyghur syllable one row of characters, but Mandarin has fewer syllables than Uyghur,
# so one character serves several Uyghur syllables and is read back two ways. The rows below
# (the table itself was not read here) are those of transcriptions in common use of common names:
# 依布热西木 Ibrahim, 塔西尔 Tahir (西 xi for the hi Mandarin lacks, beside 热西提 Reshit's shi);
# 马合扎提 Mahzat (扎 zha, pypinyin's everyday reading, and za, its heteronym, for z);
# 帕丽德 Peride, 买乌鲁德 Mewlude, 麦丽克 Melike (a last 德 de, 克 ke is the consonant alone or
# with its e); 艾克海提 Ekhet, 艾克拜尔 Ekber, 托合提 Tohti, 马合扎提 Mahzat (克 ke and 合 he before a
# consonant close the syllable before: the lone k and h, as 合 he before m always is); 阿布都力拉
# Abdulla, 木太力力甫 Mutellip (力 li before a syllable in l is the first half of a doubled l);
# 依布拉音 Ibrahim (a last 音 yin after a vowel is the -him of Arabic names); 司马义 Ismayil (a last 义 yi
# after a vowel is -yil, its l unwritten, as in 斯马义 and 司马依).
# Mandarin has no ki or gi either: the transcription tables write them, as they write hi, with the
# palatal syllables, 金 jin for kin and gin (Xinhua's tables for foreign names: 普希金 Pushkin,
# 霍普金斯 Hopkins, 金斯利 Kingsley), so 艾尔金 is Erkin as well as Erjin.
# `uyghur_reading(..., second=True)` reads them the second way, all at once.
SECOND_READINGS = {"xi": "hi", "zha": "za", "jin": "kin"}
FINAL_WITH_E = frozenset({"de", "ke", "te", "ge"})  # a last syllable read with its vowel too
GEMINATE_L = "li"  # before a syllable in l: a lone l
LONE_BEFORE_CONSONANT = {"ke": "k", "he": "h"}  # after the first syllable, before a consonant
FINAL_AFTER_VOWEL = {"yin": "him", "yi": "yil"}  # a last syllable after a vowel
# Names in Is- (Ismayil, Ishaq, Islam) are often transcribed without their first i: 司马义 simayi
# Ismayil, 斯哈克 sihake Ishaq, 斯拉木 silamu Islam. A first si before a syllable in h is read is
# (read as s it would join the h into sh: 斯哈克 shak); before another consonant it is read is the
# second way only, since 斯迪克 Sidiq keeps its si.
FIRST_IS = frozenset({"si"})
# A syllable in h after one that ends in s or z would be read as one letter with it (斯哈 si ha:
# s and h, not the sh of ashar; 阿斯哈尔 Asqar), so that h is written x, the Uyghur Latin letter of
# the same sound, which stands alone; the letters' sh of such a name (Ishaq, 斯哈克) is read from it
# as well (forms.JOINED_H).
BEFORE_H = ("s", "z")


# Characters that write Uyghur syllables in transcriptions of Uyghur names and that Han Chinese
# personal names seldom use, with the Uyghur sound each writes (where it stands in the word: "^"
# at the start, "$" at the end, "" anywhere). Source: the syllable rows of the Xinjiang regional
# rules DB65/T 2189-2005 (维吾尔人名汉字音译转写规则): one row of characters per Uyghur syllable, the
# vowels at a word's start written 阿 a, 艾 e (and ä), 依/伊 i, 乌/吾 u, as public summaries of the
# rules quote them (their full table was not read here); the consonant rows as transcriptions of
# common names in use write them (艾尔肯 Erkin, 艾力 Eli, 艾买提 and 艾合买提 Ehmet, 买买提 and
# 麦麦提 Memet, 吐尔逊 Tursun, 热依拉 Rahile, 肉孜 Rozi, 吾甫尔 Ghopur, 努尔 Nur, 斯迪克 Sidiq,
# 托合提 Tohti; most of them in bench/data/name-pairs.tsv). A closing
# consonant is written with a syllable whose vowel is added (提 ti for t, 甫 fu for p, 木 mu for m,
# 克 ke for k); that vowel is dropped by the loose comparison of parts read from characters
# (forms.make_part), or read away at the end (FINAL_CONSONANT_SYLLABLES). `uyghur_reading` reads
# each so (a test holds the two together). A name of two or three undotted characters is a Chinese
# name (`han_name_parts`), but one with such a character is also read as a transcription
# (`transcription_marked`): 艾尔肯 is Erkin as well as Ai Erken.
TRANSCRIPTION_CHARACTERS: dict[str, tuple[str, str]] = {
    "阿": ("^", "a"), "艾": ("^", "e"), "伊": ("^", "i"), "依": ("", "i"), "乌": ("^", "u"),
    "吾": ("^", "u"), "买": ("", "me"), "麦": ("", "me"), "赛": ("", "se"), "拜": ("", "be"),
    "尔": ("", "r"), "提": ("$", "t"), "甫": ("$", "p"), "木": ("$", "m"), "克": ("$", "k"),
    "孜": ("", "z"), "斯": ("", "s"), "吐": ("", "tu"), "热": ("", "re"),
    "汗": ("$", "xan"), "努": ("", "nu"), "肯": ("", "ken"), "迪": ("", "di"), "帕": ("", "pa"),
    "萨": ("", "sa"), "托": ("", "to"), "喀": ("", "ka"),
    # 司 at the start: the Is- of 司马义 Ismayil and the si of 司迪克 Sidiq; Han names have 司 first
    # as the compound surnames 司马 Sima and 司徒 Situ, which stay read as Chinese names too.
    "司": ("^", "s"),
}


# The characters that DB65/T 2189-2005 gives to a vowel at a word's start (TRANSCRIPTION_CHARACTERS
# with place "^" and a vowel for value: 阿 a, 艾 e, 伊 i, 乌 and 吾 u); inside a word a vowel is
# written with the syllable of the consonant before it (热 re, 克 ke), or with 依 for i.
WORD_START_VOWELS = frozenset(char for char, (place, sound) in TRANSCRIPTION_CHARACTERS.items()
                              if place == "^" and sound in ("a", "e", "i", "u"))
MIN_UNDOTTED = 4  # characters: fewer is a Chinese name (`han_name_parts`)


def dotted_at_word_starts(text: str) -> str | None:
    """A transcription written without its middle dot (热合曼艾尔金), dotted before each later
    character of WORD_START_VOWELS (热合曼·艾尔金: Rahman Erkin); None when the text has a dot
    already, is shorter than MIN_UNDOTTED, or has no such character after its first."""
    chunks = [chunk for chunk in PART_SEPARATORS.split(text) if chunk]
    if len(chunks) != 1 or len(chunks[0]) < MIN_UNDOTTED:
        return None
    chunk = chunks[0]
    starts = [i for i, char in enumerate(chunk) if i and char in WORD_START_VOWELS]
    if not starts:
        return None
    bounds = [0, *starts, len(chunk)]
    return "·".join(chunk[a:b] for a, b in itertools.pairwise(bounds))


def transcription_marked(text: str) -> bool:
    """Whether a name in characters has one of TRANSCRIPTION_CHARACTERS where that character writes
    its Uyghur sound (at the start, at the end, or anywhere, as the table says)."""
    chars = [c for c in text if not PART_SEPARATORS.match(c)]
    for index, char in enumerate(chars):
        place = TRANSCRIPTION_CHARACTERS.get(char, (None, ""))[0]
        if place == "" or (place == "^" and index == 0) or (place == "$" and index == len(chars) - 1):
            return True
    return False


@lru_cache(maxsize=16384)
def han_syllable(char: str) -> str:
    """Read one Chinese character as a toneless pinyin syllable ("" for other characters)."""
    reading = TRANSCRIPTION_READINGS.get(char)
    if reading is None:
        from pypinyin import lazy_pinyin  # its phrase tables take 0.3 s to load: only for Han

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
    if final == "i" and initial in ("z", "c", "s", "zh", "ch", "sh") or (final == "i" and initial == "r" and last):
        final = ""  # the "empty rhyme": 孜 zi = z, 斯 si = s, a last 日 ri = r
    # 日 ri before another syllable is the ri of Mihri (米日古丽 Mihrigul): its r opens a
    # syllable, and the loose form drops only an r that closes one (forms.CLOSING_R).
    final = FINAL_VALUES.get(final, final).replace("ü", "u")
    return INITIAL_VALUES.get(initial, initial) + final


# 恩 en after a syllable that ends in a vowel writes the lone n that closes it (亚斯恩 ya-si-en Yasin,
# 艾赛恩 ai-sai-en Hesen, 伊米恩 yi-mi-en Imin); spelt in pinyin it makes the -ien of YASIEN and
# HUSAIYIEN. The syllable before it keeps its i (si-en: sin, where a lone 斯 si is s), but for the
# glide of j, q, x (xi-en: shen, as 先 xian is shan).
LONE_N = "en"
GLIDE_INITIALS = ("j", "q", "x")


def lone_n_reading(syllable: str) -> str:
    """A syllable and the 恩 en after it (LONE_N) read as the syllable closed by n."""
    if syllable.startswith(GLIDE_INITIALS) and syllable.endswith("i"):
        return INITIAL_VALUES.get(syllable[0], syllable[0]) + "en"
    if syllable.endswith("i") and syllable[-2:-1] not in ("a", "e", "u"):
        initial = next((i for i in INITIALS if syllable.startswith(i)), "")
        initial = "" if initial == "y" and syllable == "yi" else initial
        return INITIAL_VALUES.get(initial, initial) + "in"
    return uyghur_syllable(syllable, last=False) + "n"


def lone_n_after_vowel(syllables: list[str] | tuple[str, ...]) -> bool:
    """Whether a later syllable is the 恩 en of a lone n after a vowel (LONE_N: ya-si-en), which a
    word of Uyghur Latin does not write."""
    return any(second == LONE_N and first[-1] in "aeiouv" for first, second in zip(syllables, syllables[1:], strict=False))


def uyghur_reading(syllables: list[str], second: bool = False, final_e: bool = True) -> str:
    """Read a run of transcription syllables as one Uyghur-style name part.

    second: read the syllables with two readings (SECOND_READINGS and the rows beside it) the
    second way; the result equals the first reading when the part has none.
    final_e: with `second`, read a last FINAL_WITH_E syllable with its e (帕丽德 Peride); False
    reads it as its lone consonant, as the first reading does (米尔扎特 Mirzat: 扎 za, 特 t).
    """
    out: list[str] = []
    index = 0
    last = len(syllables) - 1
    while index < len(syllables):
        pair = tuple(syllables[index:index + 2])
        if index > 0 and index + 2 == len(syllables) and pair in END_ELEMENTS:
            out.append(END_ELEMENTS[pair])
            break
        if pair in ELEMENTS:
            out.append(ELEMENTS[pair])
            index += 2
            continue
        syllable = syllables[index]
        single = (syllable,)
        following = syllables[index + 1] if index < last else ""
        if single in ELEMENTS and index > 0:
            out.append(ELEMENTS[single])
        elif following == LONE_N and syllable[-1] in "aeiouv":
            out.append(lone_n_reading(syllable))
            index += 2
            continue
        elif index > 0 and following.startswith("m") and syllable in LONE_BEFORE_M:
            out.append(LONE_BEFORE_M[syllable])
        elif (index == 0 and syllable in FIRST_IS and following
              and (following[0] == "h" or (second and following[0] not in "aeiouwy"))):
            out.append("is")
        elif second and syllable in SECOND_READINGS:
            out.append(SECOND_READINGS[syllable])
        elif second and final_e and index == last and syllable in FINAL_WITH_E:
            out.append(uyghur_syllable(syllable, last=False))
        elif (second and index > 0 and syllable in LONE_BEFORE_CONSONANT and following
              and following[0] not in "aeiouwy"):
            out.append(LONE_BEFORE_CONSONANT[syllable])
        elif second and index > 0 and syllable == GEMINATE_L and following.startswith("l"):
            out.append("l")
        elif (second and index == last and index > 0 and syllable in FINAL_AFTER_VOWEL
              and syllables[index - 1][-1] in "aeiouü"):
            out.append(FINAL_AFTER_VOWEL[syllable])
        else:
            out.append(uyghur_syllable(syllable, last=index == last))
        if following.startswith(LABIALS) and out[-1].endswith("n") and not syllables[index].endswith("ng"):
            out[-1] = out[-1][:-1] + "m"
        index += 1
    word = ""
    for piece in out:
        word += "x" + piece[1:] if piece.startswith("h") and word.endswith(BEFORE_H) else piece
    return word


COMPOUND_SURNAMES_FILE = "compound-surnames.txt"


@lru_cache(maxsize=1)
def compound_surnames() -> dict[str, str]:
    """Chinese compound family names (司马 Sima, 司徒 Situ, 欧阳 Ouyang): characters → pinyin, from
    names/data/compound-surnames.txt."""
    from importlib import resources

    text = resources.files("guwah.names").joinpath("data", COMPOUND_SURNAMES_FILE).read_text(encoding="utf-8")
    rows = (line.split("#", 1)[0].split() for line in text.splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2}


def compound_family(chunk: str) -> tuple[str, str] | None:
    """(family, given) in pinyin of an undotted name of three or four characters that starts with a
    compound family name (司马光: sima, guang; 司马相如: sima, xiangru), else None."""
    family = compound_surnames().get(chunk[:2]) if 3 <= len(chunk) <= 4 else None
    if family is None:
        return None
    given = "".join(han_syllables(chunk[2:]))
    return (family, given) if given else None


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
    compound = compound_family(chunks[0]) if len(chunks) == 1 else None
    if compound is not None:  # a compound family name: 司马光 is Sima Guang, not Si Maguang
        return compound, compound, False
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


@lru_cache(maxsize=65536)
def second_reading(chunk: str) -> str | None:
    """One dotted part of a transcription read with its syllables of two readings read the second
    way (`uyghur_reading(..., second=True)`), or None when it has none."""
    readings = second_readings(chunk)
    return readings[0] if readings else None


@lru_cache(maxsize=65536)
def second_readings(chunk: str) -> tuple[str, ...]:
    """One dotted part of a transcription read with its syllables of two readings read the second
    way: with a last FINAL_WITH_E syllable's e and, where another syllable has two readings too,
    without it (米尔扎特: mirzate, and mirzat, Mirzat, whose 扎 is za and whose 特 is the t a
    transcription closes a name with; read all at once, the second way gave Mirzate only, and the
    first way Mirjat). Empty when the part has no syllable of two readings."""
    return syllables_second_readings(tuple(han_syllables(chunk)))


@lru_cache(maxsize=65536)
def syllables_second_readings(syllables: tuple[str, ...]) -> tuple[str, ...]:
    """`second_readings` of a part given as its toneless pinyin syllables: of characters
    (`han_syllables`) or of a transcription spelt in pinyin (`pinyin_transcription`)."""
    if not syllables:
        return ()
    first = uyghur_reading(list(syllables))
    readings = (uyghur_reading(list(syllables), second=True),
                uyghur_reading(list(syllables), second=True, final_e=False))
    return tuple(reading for reading in dict.fromkeys(readings) if reading != first)


# The Russian form of a surname (Omarov, Omarova, Nazarbayev), which many Kazakhs and some Uyghurs
# bear, is transcribed by the Russian-Chinese table (Xinhua's 俄汉音译表, as in 奥马罗夫 Omarov,
# 纳扎尔巴耶夫 Nazarbayev, 奥马罗娃 Omarova): a last в is 夫 fu and a last ва is 娃 wa, where
# Uyghur transcriptions write a last p with 甫 fu (玉素甫 Yusup). That table also writes р before a
# vowel with the characters of л (罗 luo for ро and ло, 拉 la for ра and ла), where Uyghur
# transcriptions keep 热 re, 日 ri, 肉 rou for r. `russian_readings` reads the parts of a name so
# transcribed both ways, so that forms.word_alternatives splits the ending off as it splits -ov,
# -ova from a name written in letters.
RUSSIAN_ENDINGS = {"夫": ("p", "v"), "娃": ("wa", "va")}  # character: (its Uyghur-style reading, the ending)
_L_BEFORE_VOWEL = re.compile(r"l(?=[aeiouy])")
_MOST_L = 3  # l's read both ways in one part (2**3 readings at most)


def russian_table(chunks: list[str]) -> bool:
    """Whether a transcription's dotted parts show the Russian-Chinese table: one of them, of two
    characters or more, ends in a character of RUSSIAN_ENDINGS."""
    return any(len(han_syllables(chunk)) >= 2 and chunk[-1:] in RUSSIAN_ENDINGS for chunk in chunks)


@lru_cache(maxsize=65536)
def russian_readings(chunk: str) -> tuple[str, ...]:
    """One dotted part of a name that `russian_table` says was transcribed by the Russian table,
    read as that table writes: the ending in letters (奥马罗夫 omalov, beside its Uyghur-style
    reading omalop) and each l before a vowel also as r (omarov; 努尔兰 nurlan, nurran).

    Returns:
        The readings (from the Uyghur-style one and its `second_reading`) that differ from the
        Uyghur-style one (`chunk_readings`).
    """
    return syllables_russian_readings(tuple(han_syllables(chunk)), RUSSIAN_ENDINGS.get(chunk[-1:]))


@lru_cache(maxsize=65536)
def syllables_russian_readings(syllables: tuple[str, ...], ending: tuple[str, str] | None) -> tuple[str, ...]:
    """`russian_readings` of a part given as its toneless pinyin syllables, with the ending its
    last syllable writes (a value of RUSSIAN_ENDINGS), or None."""
    if not syllables:
        return ()
    first = uyghur_reading(list(syllables))
    readings: list[str] = []
    for uyghur in dict.fromkeys((first, uyghur_reading(list(syllables), second=True))):  # and its second reading
        read, written = ending or ("", "")
        base = uyghur[:-len(read)] + written if read and len(syllables) >= 2 and uyghur.endswith(read) else uyghur
        places = [match.start() for match in _L_BEFORE_VOWEL.finditer(base)][:_MOST_L]
        for mask in range(1 << len(places)):
            letters = list(base)
            for bit, place in enumerate(places):
                if mask >> bit & 1:
                    letters[place] = "r"
            readings.append("".join(letters))
    return tuple(reading for reading in dict.fromkeys(readings) if reading != first)


LETTERS_AND_APOSTROPHES = re.compile(r"[^a-zü']+")

# Syllables pypinyin lists that are interjections, not parts of names.
NOT_NAME_SYLLABLES = frozenset({"m", "n", "ng", "hm", "hng", "ê"})
# Last syllables that stand for a lone final consonant and end no Uyghur or Kazakh name.
ADDED_VOWEL_SYLLABLES = frozenset({"mu", "fu", "ti"})
PINYIN_ONLY_FINALS = ("ai", "ei", "ao", "ou", "uo", "ie", "ui", "iu", "ong", "eng")


PINYIN_SYLLABLES_FILE = "pinyin-syllables.txt"
WADE_GILES_FILE = "wade-giles.txt"


def pypinyin_syllables() -> frozenset[str]:
    """Every toneless syllable (ü written v) in pypinyin's character table (loads it: 0.2 s)."""
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    text = unicodedata.normalize("NFD", ",".join(pinyin_dict.values()).replace("ü", "v"))
    return frozenset("".join(c for c in text if not unicodedata.combining(c)).split(","))


@lru_cache(maxsize=1)
def pinyin_inventory() -> frozenset[str]:
    """Every toneless pinyin syllable that can be part of a name.

    Read from names/data/pinyin-syllables.txt, which is pypinyin's list written out once
    (`pypinyin_syllables()`; a test keeps the two equal), so that a Latin-only comparison does
    not load pypinyin's tables.
    """
    from importlib import resources

    text = resources.files("guwah.names").joinpath("data", PINYIN_SYLLABLES_FILE).read_text(encoding="utf-8")
    return frozenset(text.split()) - NOT_NAME_SYLLABLES


def segment(word: str, syllables: dict[str, str] | frozenset[str]) -> list[str] | None:
    """Split a word wholly into syllables, longest first with backtracking; None if it cannot be.

    Args:
        word: a lowercase word; an apostrophe marks a syllable boundary (Nu'erlan).
        syllables: the syllables allowed (a dict maps each to the value returned for it).
    """
    out: list[str] = []
    for chunk in word.split("'"):
        found = _segment(chunk, syllables)
        if found is None:
            return None
        out.extend(found)
    return out


def _segment(chunk: str, syllables) -> list[str] | None:
    """segment() of one apostrophe-free chunk: the split that longest-first backtracking finds, by
    dynamic programming (which tails can be split), so that a word of thousands of letters neither
    recurses once per syllable nor backtracks."""
    splits = [False] * len(chunk) + [True]  # splits[i]: chunk[i:] splits wholly into syllables
    for start in range(len(chunk) - 1, -1, -1):
        splits[start] = any(chunk[start:start + size] in syllables and splits[start + size]
                            for size in range(1, min(6, len(chunk) - start) + 1))
    if not splits[0]:
        return None
    out, start = [], 0
    while start < len(chunk):
        size = next(size for size in range(min(6, len(chunk) - start), 0, -1)
                    if chunk[start:start + size] in syllables and splits[start + size])
        head = chunk[start:start + size]
        out.append(syllables[head] if isinstance(syllables, dict) else head)
        start += size
    return out


# Pinyin's zero-initial spellings before a consonant (Yi-sha for Isa, Wu-fu-er for Ghopur):
# Uyghur and Kazakh Latin write the bare vowel there.
ZERO_INITIAL = re.compile(r"^(?:yi|wu)[^aeiouy]")


def read_back_name(words: list[str]) -> bool:
    """Whether a Latin name of several words shows itself read back from characters into
    pinyin: one word does (see pinyin_read_back), or one starts with a zero-initial spelling
    (yi-, wu- before a consonant) and every word is pinyin syllables."""
    words = [LETTERS_AND_APOSTROPHES.sub("", word.lower()) for word in words]
    if len(words) < 2 or not all(words):
        return False
    if any(pinyin_read_back(word) is not None for word in words):
        return True
    return (any(ZERO_INITIAL.match(word) for word in words)
            and all(segment(word.replace("ü", "v"), pinyin_inventory()) for word in words))


# Pinyin written with tone marks (Āilì Tǔ'ěrxùn) or tone numbers (Ai4li4 Tu3er3xun4), as lists and
# dictionaries copied from Chinese documents write it: the marks say pinyin, and are dropped.
TONED_VOWELS = {
    **dict.fromkeys("āáǎà", "a"), **dict.fromkeys("ēéěè", "e"), **dict.fromkeys("īíǐì", "i"),
    **dict.fromkeys("ōóǒò", "o"), **dict.fromkeys("ūúǔù", "u"), **dict.fromkeys("ǖǘǚǜ", "ü"),
}
TONE_NUMBER = re.compile(r"(?<=[a-zA-ZüÜ])[1-5](?![0-9])")
PINYIN_WORDS = re.compile(r"[\s·•・‧∙⋅･.,;/_]+")


def untoned(char: str) -> str:
    """A letter without its pinyin tone mark, in its case (Ǎ: A, ǜ: ü); other characters as they are."""
    base = TONED_VOWELS.get(char.lower())
    return char if base is None else base.upper() if char.isupper() else base


@lru_cache(maxsize=65536)
def toneless_pinyin(name: str) -> str | None:
    """A Latin name written in pinyin with tone marks or tone numbers, without them (Āilì
    Tǔ'ěrxùn: Aili Tu'erxun; Ai4li4: Aili), or None when it has neither, or is not wholly pinyin
    syllables once they are dropped, or has marks on fewer than half its syllables (Kazakh Latin
    of 2018 writes á, ó, ú for letters of their own: Sáken is no pinyin Sàkěn)."""
    text = unicodedata.normalize("NFC", name)
    marks = sum(text.count(vowel) + text.count(vowel.upper()) for vowel in TONED_VOWELS)
    marks += len(TONE_NUMBER.findall(text))
    if not marks:
        return None
    plain = TONE_NUMBER.sub("", "".join(untoned(char) for char in text))
    words = [word for word in PINYIN_WORDS.split(plain.lower()) if word]
    syllables = [syllables_of(word) for word in words]
    if not words or not all(syllables) or 2 * marks < sum(map(len, syllables)):
        return None
    return plain


# Syllables that begin a word of a transcription spelt in pinyin without its dot or space
# (Maimaitiabudukelimu): the vowels of WORD_START_VOWELS that no syllable inside a word writes
# (阿 a, 艾 ai, and 奥 ao of Osman); 伊/依 yi and 乌/吾 wu are written inside words too (热依拉
# Reyila, 达吾提 Dawuti), so a word is not split there.
PINYIN_WORD_STARTS = frozenset({"a", "ai", "ao"})
# 古丽 -gül read back as guli before another syllable (Gulixian, Gulinaer): Uyghur and Kazakh
# Latin write Gül- joined to the name (Gülshen, Gulnar), never with that i.
GULI_INSIDE = re.compile(r"^guli(?=[bcdfghjklmnpqrstwxyz])")
MIN_SPELT_SYLLABLES = 3  # one-syllable words, at least so many, are one word spelt apart


@lru_cache(maxsize=65536)
def pinyin_transcription(name: str, evident: bool = False) -> tuple[tuple[str, ...], ...] | None:
    """The parts of a Uyghur or Kazakh name's Chinese transcription spelt in pinyin, each as its
    toneless syllables (MAIMAITI ABUDUKELIMU: (mai, mai, ti), (a, bu, du, ke, li, mu)), or None.

    The name is such a spelling when every word is pinyin syllables, it is no Chinese name
    (`chinese_name_key`: Wang Li) and it shows pinyin: a word of it read back as `read_back_name`
    and `pinyin_read_back` ask (Tuerxun's er, four syllables, Maimaiti's ai), or `evident`, as tone
    marks show it (`toneless_pinyin`). A name spelt a syllable a word (Yi Li Ha Mu) is one part.
    "Ali" and "Aili Hasan" are none: nothing in them is pinyin that Uyghur Latin would not write.

    Args:
        name: a Latin name, without tone marks (`toneless_pinyin` drops them).
    """
    words = [word for word in PINYIN_WORDS.split(name.lower()) if word]
    if not words or not all(word.isascii() for word in words):
        return None
    parts = [syllables_of(word) for word in words]
    if not all(parts) or chinese_name_key(tuple(words)) is not None:
        return None
    letters = [LETTERS_AND_APOSTROPHES.sub("", word) for word in words]
    shows = (evident or any(GULI_INSIDE.search(word) for word in letters)
             or (read_back_name(letters) if len(letters) > 1 else pinyin_read_back(letters[0]) is not None))
    return tuple(tuple(s.replace("v", "ü") for s in part) for part in parts) if shows else None


@lru_cache(maxsize=65536)
def joined_syllables(name: str) -> str | None:
    """A name spelt a syllable a word (Ai Ke Re Mu), its words joined into the one word a
    transcription without its dot is spelt as (Aikeremu); None for a name of fewer than
    MIN_SPELT_SYLLABLES words, one with a word of more than one syllable, or a Chinese name
    (`chinese_name_key`: Wang Xiao Ming)."""
    words = [word for word in PINYIN_WORDS.split(name) if word]
    if len(words) < MIN_SPELT_SYLLABLES or not all(word.isascii() for word in words):
        return None
    syllables = [syllables_of(word.lower()) for word in words]
    if not all(syllables and len(syllables) == 1 for syllables in syllables):
        return None
    if chinese_name_key(tuple(word.lower() for word in words)) is not None:
        return None
    return words[0].capitalize() + "".join(words[1:]).lower()


def pinyin_word_starts(syllables: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    """The syllables of a transcription spelt in pinyin as one word, parted before each later
    syllable of PINYIN_WORD_STARTS (maimaitiabudukelimu: maimaiti, abudukelimu), as
    `dotted_at_word_starts` parts characters; None where there is none."""
    starts = [i for i, syllable in enumerate(syllables) if i > 1 and syllable in PINYIN_WORD_STARTS]
    if not starts:
        return None
    bounds = [0, *starts, len(syllables)]
    return tuple(syllables[a:b] for a, b in itertools.pairwise(bounds))


# Endings the Russian-Chinese table writes (RUSSIAN_ENDINGS) as pinyin spells them: 夫 fu and 娃 wa
# after the syllable of the vowel before (罗 luo -ro-, 诺 nuo, 耶 ye, 列 lie: 奥马罗夫 Aomaluofu
# Omarov, 阿布拉耶夫 Abulayefu Ablayev); Uyghur transcriptions write a last p with 甫 fu after
# other syllables (玉素甫 Yusufu Yusup, 亚库甫 Yakufu Yaqup).
PINYIN_RUSSIAN_ENDINGS = {"fu": RUSSIAN_ENDINGS["夫"], "wa": RUSSIAN_ENDINGS["娃"]}
RUSSIAN_BEFORE_ENDING = ("uo", "ye", "ie")


def pinyin_russian_ending(syllables: tuple[str, ...]) -> tuple[str, str] | None:
    """The Russian-table ending (a value of RUSSIAN_ENDINGS) that a part spelt in pinyin ends in,
    or None (see PINYIN_RUSSIAN_ENDINGS)."""
    if len(syllables) >= 3 and syllables[-1] in PINYIN_RUSSIAN_ENDINGS and syllables[-2].endswith(RUSSIAN_BEFORE_ENDING):
        return PINYIN_RUSSIAN_ENDINGS[syllables[-1]]
    return None


# Syllables whose -i is no vowel of its own (zhi, chi, shi, ri, zi, ci, si), and the syllables that
# start with a, o or e. In pinyin one runs into the other only across an apostrophe (Xi'an); written
# straight on ("Shiaoyan", "Chien") the i is a medial of a spelling that is not pinyin (xiao, qian:
# the sh of latin_forms, Wade-Giles, Taiwanese), not two syllables read back from characters.
BUZZING_I = frozenset({"zhi", "chi", "shi", "ri", "zi", "ci", "si"})


# sh before i and a vowel: pinyin x as latin_forms writes it (马晓玲: ma shiaoling), read back.
SH_FOR_X = re.compile(r"sh(?=i[aeou])")


def runs_into_vowel(syllables: list[str] | tuple[str, ...]) -> bool:
    """Whether a syllable of BUZZING_I is followed straight on by one starting with a, o or e;
    not a later si or zi before the en of a lone n (LONE_N: Yasien, ya-si-en)."""
    return any(first in BUZZING_I and second[:1] in "aoe"
               and not (index and first in ("si", "zi") and second == LONE_N)
               for index, (first, second) in enumerate(zip(syllables, syllables[1:], strict=False)))


@lru_cache(maxsize=65536)
def pinyin_read_back(word: str, evident: bool = False) -> str | None:
    """The Uyghur-style reading of a Latin word that is a Kazakh or Uyghur name read back from
    Chinese characters into pinyin (Nu'erlan, Saierke, Maimaiti), or None.

    Many Uyghur words segment into pinyin by chance (Ali, Halide), so the word must also show
    pinyin: an apostrophe between syllables, an inserted "er" (Nu-er-lan), four or more
    syllables (Yi-li-ha-mu), or three with a final that Uyghur Latin does not write (Mai-mai-ti);
    or another word of the same name must (evident=True, see read_back_name).
    """
    chunks = [segment(chunk, pinyin_inventory()) for chunk in word.replace("ü", "v").split("'")]
    if any(chunk is None or runs_into_vowel(chunk) for chunk in chunks):
        return None
    syllables = [syllable for chunk in chunks for syllable in chunk]
    shows_pinyin = evident or ("'" in word or "er" in syllables[1:] or len(syllables) >= 4
                    or lone_n_after_vowel(syllables)
                    or (len(syllables) == 3
                        and (any(s.endswith(PINYIN_ONLY_FINALS) for s in syllables)
                             or syllables[-1] in ADDED_VOWEL_SYLLABLES)))
    if not shows_pinyin:
        return None
    return uyghur_reading([s.replace("v", "ü") for s in syllables])


def shows_pinyin_finals(word: str) -> bool:
    """Whether a lowercase Latin word is wholly pinyin syllables and shows it: by a final that
    Uyghur Latin does not write (PINYIN_ONLY_FINALS: Aihemaitiabulimiti's ai), an inserted er
    (Nuerlan), a zero-initial yi or wu inside it (Kasimuyisimayili), or, in three syllables or
    more, a last syllable that stands for a lone consonant (ADDED_VOWEL_SYLLABLES: Sawutiabulimiti,
    Halidehaximu); a Uyghur word that only segments into pinyin (Memeteli, me-me-te-li) does not."""
    syllables = syllables_of(word)
    return bool(syllables) and (any(s.endswith(PINYIN_ONLY_FINALS) for s in syllables)
                                or "er" in syllables[1:] or lone_n_after_vowel(syllables)
                                or any(s in ("yi", "wu") for s in syllables[1:])
                                or (len(syllables) >= 3 and syllables[-1] in ADDED_VOWEL_SYLLABLES))


# Palladius, the Russian transcription of Chinese (Чэнь Цюаньго = Chen Quanguo): pinyin
# initials and finals in Cyrillic, after the standard table (Палладий, 1888; GOST-less usage
# of Russian press and reference works).
PALLADIUS_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г",
    "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш",
    "r": "ж", "z": "цз", "c": "ц", "s": "с", "": "",
}
PALLADIUS_FINALS = {
    "a": "а", "o": "о", "e": "э", "i": "и", "u": "у", "v": "юй", "ai": "ай", "ei": "эй",
    "ao": "ао", "ou": "оу", "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун",
    "er": "эр", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй",
    "uan": "уань", "un": "унь", "uang": "уан", "ve": "юэ", "van": "юань", "vn": "юнь",
    "ue": "юэ",
}
# Syllables without an initial are written with their y-/w- spelling in pinyin.
PALLADIUS_ZERO = {
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань",
    "wen": "вэнь", "wang": "ван", "weng": "вэн",
}
RETROFLEX_I = ("z", "c", "s", "zh", "ch", "sh", "r")  # their -i is ы: zi цзы, shi ши, ri жи


def palladius_of(syllable: str) -> str | None:
    """The Palladius Cyrillic of one toneless pinyin syllable (ü as v), or None."""
    if syllable in PALLADIUS_ZERO:
        return PALLADIUS_ZERO[syllable]
    initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
    if initial not in PALLADIUS_INITIALS or initial in ("y", "w"):
        initial = ""
    final = syllable[len(initial):]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju = jü
    if final == "i" and initial in RETROFLEX_I:
        return PALLADIUS_INITIALS[initial] + ("и" if initial in ("zh", "ch", "sh") else "ы")
    cyrillic = PALLADIUS_FINALS.get(final)
    return None if cyrillic is None else PALLADIUS_INITIALS[initial] + cyrillic


@lru_cache(maxsize=1)
def palladius_table() -> dict[str, str]:
    """Palladius Cyrillic syllable → pinyin syllable, for every syllable of the inventory."""
    table: dict[str, str] = {}
    for syllable in sorted(pinyin_inventory()):
        cyrillic = palladius_of(syllable)
        if cyrillic:
            table.setdefault(cyrillic, syllable.replace("v", "u"))
    return table


@lru_cache(maxsize=65536)
def palladius_to_pinyin(word: str) -> str | None:
    """A Cyrillic word read as a Chinese name part in Palladius (Цюаньго → quanguo), or None.

    Only words of at most three syllables count, as a Chinese family or given name has.
    """
    syllables = segment(word.lower(), palladius_table())
    if syllables is None or len(syllables) > 3:
        return None
    return "".join(syllables)


# The commonest Chinese family names in pinyin (the "hundred family names" still in wide use,
# after the 2020 census ranking), enough to tell a Chinese name written in Latin or Cyrillic
# letters from a Uyghur or Kazakh name whose parts happen to spell pinyin syllables.
CHINESE_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
su lv lu ding ren shen yao jin fu zhong cui tan fan wan qian dai xia shi jia zou xiong meng qin
bai yan hao kong shao mao qiu qin gu hou long duan lei qian tao he mo yin chang kang niu hong
bao zhai ni gong shan ji nie geng tong wen bi ai zuo yi xing min rao hua che lan ou
""".split())
MAX_GIVEN_SYLLABLES = 2


@lru_cache(maxsize=131072)
def syllables_of(word: str) -> tuple[str, ...] | None:
    """A Latin word split into toneless pinyin syllables (hyphens, apostrophes ignored), or None.

    A syllable may not run into a vowel that no apostrophe sets apart (`runs_into_vowel`); sh there
    is read as pinyin x, as `latin_forms` writes x (Shiaoyan: xiao-yan, not shi-ao-yan)."""
    marked = word.replace("-", "").replace("ü", "v")
    if not marked.isascii() or not marked.replace("'", "").isalpha():
        return None
    for spelt in dict.fromkeys((marked, SH_FOR_X.sub("x", marked))):
        syllables = _segment(spelt.replace("'", ""), pinyin_inventory())
        if syllables is None:
            continue
        chunks = [_segment(chunk, pinyin_inventory()) or () for chunk in spelt.split("'")] if "'" in spelt else [syllables]
        if not any(runs_into_vowel(chunk) for chunk in chunks):
            return tuple(syllables)
    return None


@lru_cache(maxsize=65536)
def chinese_name_key(tokens: tuple[str, ...]) -> tuple[str, str] | None:
    """(family name, given name) in pinyin when the tokens are a Chinese name, else None.

    A Chinese name has a family name from CHINESE_SURNAMES at one end and a given name of one or
    two pinyin syllables, written joined, hyphenated or split (Zhang Jianhua, Jianhua Zhang,
    Zhang Jian-hua, Zhang Jian Hua); the pair is returned family name first, so that every order
    and every way of joining the given name gives one key.

    Args:
        tokens: the name's words, lowercase: pinyin, or Cyrillic in Palladius transcription.
    """
    pinyin: list[tuple[str, ...]] = []
    for token in tokens:
        if token.isascii():
            syllables = syllables_of(token)
        else:
            reading = palladius_to_pinyin(token.replace("-", ""))
            syllables = None if reading is None else syllables_of(reading)
        if not syllables:
            return None
        pinyin.append(syllables)
    compounds = set(compound_surnames().values())
    family_syllables = 2 if {"".join(pinyin[0]), "".join(pinyin[-1])} & compounds else 1
    if not 2 <= len(pinyin) <= 3 or sum(map(len, pinyin)) > family_syllables + MAX_GIVEN_SYLLABLES:
        return None
    for family, given in ((pinyin[0], pinyin[1:]), (pinyin[-1], pinyin[:-1])):
        if len(family) == 2 and "".join(family) in compounds and given:
            return "".join(family), "".join(s for part in given for s in part)  # Sima Guang, Guang Sima
        if len(family) == 1 and family[0] in CHINESE_SURNAMES:
            given_syllables = [s for part in given for s in part]
            if len(given) > 1 and any(len(part) > 1 for part in given):
                continue
            return family[0], "".join(given_syllables)
    return None


def pypinyin_wade_giles() -> frozenset[tuple[str, str]]:
    """pypinyin's Wade-Giles table (its sources: Wikipedia, UCLA, University of Chicago, zdic)
    as (Wade-Giles syllable, pinyin syllable) rows, as names/data/wade-giles.txt writes them."""
    from pypinyin.style.wadegiles import _convert_table

    return frozenset((wade, pinyin) for pinyin, wade in _convert_table)


@lru_cache(maxsize=1)
def wade_giles_table() -> dict[str, str]:
    """Wade-Giles syllable (apostrophe of aspiration kept, ü as ü) → toneless pinyin syllable.

    Read from names/data/wade-giles.txt, pypinyin's table written out once (a test keeps the
    two equal). A syllable typed without its diaeresis (Chun for Chün) is looked up as written:
    Wade-Giles without marks is another spelling, and is read as that.
    """
    from importlib import resources

    text = resources.files("guwah.names").joinpath("data", WADE_GILES_FILE).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        wade, pinyin = line.split("\t")
        table.setdefault(wade, pinyin)
    return table


# Marks of Wade-Giles that pinyin never writes: the apostrophe of aspiration after a consonant,
# hs-, ts-/tz-, -ih, -ieh, -ung, ü.
WADE_GILES_MARKS = re.compile(r"(?:[ptkh]|ch|ts)'|^hs|^ts|^tz|ih$|ieh$|ung$|ü|^kuo$|^kung$")


@lru_cache(maxsize=65536)
def wade_giles_key(tokens: tuple[str, ...]) -> tuple[str, str] | None:
    """(family name, given name) in pinyin when the tokens are a Chinese name in Wade-Giles
    (Ch'en Ch'üan-kuo, Chang Hsiao-yen), else None.

    Each token is Wade-Giles syllables joined by hyphens; one token at least must show a mark
    of Wade-Giles (WADE_GILES_MARKS) or a hyphenated given name, so that a pinyin name is not
    read a second time. The pinyin tokens are then read as chinese_name_key reads any name.

    Args:
        tokens: the name's words, lowercase, apostrophes folded to '.
    """
    table = wade_giles_table()
    converted = []
    marked = False
    for token in tokens:
        syllables = [s for s in token.split("-") if s]
        if not syllables:
            return None
        marked = marked or len(syllables) > 1 or any(map(WADE_GILES_MARKS.search, syllables))
        pinyin = [table.get(syllable) for syllable in syllables]
        if None in pinyin:
            return None
        converted.append("".join(pinyin))
    if not marked:
        return None
    return chinese_name_key(tuple(converted))


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Chinese characters in their simplified forms (OpenCC t2s; 張曉燕 → 张晓燕), others kept."""
    return _t2s().convert(text)


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC's traditional → simplified converter, loaded on first use (about 20 ms)."""
    import opencc

    return opencc.OpenCC("t2s")
