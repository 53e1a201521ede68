"""Similarity of two personal names, part by part, across scripts and romanisations.

A name's parts are aligned with the other name's parts in whatever order fits best; the name
score leans on the weakest aligned part, so that brothers sharing a surname, or namesakes with
different surnames, do not pass on the strength of the part they share. Part similarity is a
normalised Levenshtein similarity of the parts' signatures (see forms.Part), times penalties
for differences of structure: an extra syllable, a feminine ending, a gendered suffix.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, permutations
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz.distance import OSA, Levenshtein

from guwah.names.chinese import shows_pinyin_finals
from guwah.names.forms import (
    SHAPES,
    NameForms,
    Part,
    jan_near,
    joined_reading,
    name_forms,
    shape_fields,
    womans_ending,
)
from guwah.names.settings import SAME_NAME as DEFAULT_THRESHOLD
from guwah.names.settings import SWAP_FACTOR

WEAKEST_WEIGHT = 0.8        # share of the weakest aligned part in a name's score
GENDER_MISMATCH = 0.5       # Tursunov vs Tursunova, Serikuly vs Serikqyzy
FEMININE_MISMATCH = 0.75    # Halim vs Halima, Adil vs Adile
SYLLABLE_MISMATCH = 0.88    # per syllable: Tursun vs Tursunay, Omir vs Omirbek
UNMATCHED_PART = 0.8        # a name part with no counterpart on the other side
UNMATCHED_PATRONYMIC = 0.97
# A Uyghur name is a chain: own name, father's, grandfather's. Two parts or more matched in order
# at the start of the longer name leave its end over: the same person with the grandfather's
# name dropped (Tursun Qadir Mamut, Tursun Qadir). Matched at the end instead, they leave a new
# first part over: the son of that person (Alim Tursun Qadir, Tursun Qadir), which keeps
# UNMATCHED_PART.
UNMATCHED_ANCESTOR = 0.97
MAX_PERMUTED_PARTS = 4
# Vowels vary with dialect and romanisation between a and i (Omir, Omer) and between i and u
# (Tursun, Tursyn), but a against u tells two names apart (Gulnar, Gulnur; Mamut, Memet), and so
# does a against i in a closed last syllable (Jamal, Jamil).
VOWEL_CLASH = 0.9
TYPO_SIMILARITY = 0.95      # one slip in a part of 4+ letters (Tohti, Tothi; see slipped)
TYPO_MIN_LETTERS = 4
# One part with the affectionate ending -jan and the other without (Aygüljan, Aygül; Isajan,
# Isa; forms.jan_stems): the part scores at least this, so that with the other parts the same
# the name lands between similar_name and same_name (Aygüljan Tursun, Aygül Tursun: 0.89; Isa,
# Isajan: 0.88): review, not equality.
JAN_SIMILARITY = 0.88
# A pet form against its full name (Саша, Александр: forms.pet_forms, data/pet-forms.txt) is the same
# kind of evidence and scores as JAN_SIMILARITY: one person's name, but not one name (a pet form stands
# for several names), review and never equality (Саша Иванов, Александр Иванов: 0.89).
CHINESE_APART = 0.85        # two Chinese names whose pinyin syllables differ (Lijun, Lijuan)
# A part written as its initial (G. Qurban, Н. Нурлан) against a part of that first sound
# (Gulnar, Нурлан, 古力娜尔 read gulnar): the part scores this, so that with the other parts the
# same the name lands between similar_name and same_name (G. Qurban, Gulnar Qurban: 0.82): an
# initial fits every name of its letter (Gulnar, Gülbahar, Ghopur), so it is review, never
# equality. Before, such a part scored as a one-letter spelling (G. Qurban, Gulnar Qurban 0.31),
# under the linker's floor: on generator G, 5.6 % of the true pairs at 100,000 mentions have an
# initial on one side (docs/benchmarks.md, h-link40).
INITIAL_SIMILARITY = 0.8

_similarity = Levenshtein.normalized_similarity


def _penalty(shape_a: int, shape_b: int, syllables: bool, loose: bool) -> float:
    """Penalty factor between two part shapes."""
    syllables_a, feminine_a, gender_a = shape_fields(shape_a)
    syllables_b, feminine_b, gender_b = shape_fields(shape_b)
    factor = 1.0
    # Chinese readings insert syllables, so their count says nothing.
    if syllables and not loose and syllables_a != syllables_b:
        factor = SYLLABLE_MISMATCH ** abs(syllables_a - syllables_b)
    if feminine_a != feminine_b:
        factor *= FEMININE_MISMATCH
    if gender_a and gender_b and gender_a != gender_b:
        factor *= GENDER_MISMATCH
    return factor


def _table(syllables: bool, loose: bool) -> list[list[float]]:
    """Penalty factors for every pair of part shapes, looked up per cell for speed."""
    return [[_penalty(a, b, syllables, loose) for b in range(SHAPES)] for a in range(SHAPES)]


# An extra syllable counts unless the consonants and last letter agree (Ilyas, Iliyas).
PENALTIES = _table(syllables=True, loose=False)
PENALTIES_SAME_TAIL = _table(syllables=False, loose=False)
PENALTIES_LOOSE = _table(syllables=False, loose=True)


def rounding_clash(a: Part, b: Part) -> bool:
    """Whether two parts have as many a/u vowels after their first syllable but not the same ones
    (see VOWEL_CLASH)."""
    return a.rounding_id != b.rounding_id and len(a.rounding) == len(b.rounding)


@lru_cache(maxsize=131072)
def loose_vowels(loose_signature: str) -> int:
    """The vowels of a part's loose form (`forms.Part.loose_signature`, before its "|"), which has
    one vowel a for each run of vowels."""
    return loose_signature.split("|", 1)[0].count("a")


def clash(a: Part, b: Part) -> bool:
    """Whether two parts clash in their a/u vowels (`rounding_clash`), or have a and i in their
    closed last syllable (see VOWEL_CLASH, forms.LAST_VOWEL)."""
    return rounding_clash(a, b) or a.last_vowel * b.last_vowel == 2


def cell_score(raw: float, a: Part, b: Part) -> float:
    """A part similarity from the raw string similarity of the two parts' signatures.

    A part read from characters weighs an a/u clash as letters do (买买提 memeti, Mahmut: 1.0
    before, whose loose forms fold both vowels into a), since characters write a rounded vowel
    apart (吐 tu, 木 mu against 买 mai, 阿 a), but only for one a/u vowel after the first syllable
    and where the two loose forms have as many vowels (`loose_vowels`): a syllable the characters
    add to write a lone consonant (不 bu, 木 mu, 提 ti) moves the vowels out of step
    (Sawutiabulimiti, Sawut Ablimit), and in a name's parts joined (Tuersunayituersun, Tursun
    Tursunay) vowels of several parts meet. On generator G's true pairs at 10,000 mentions the
    clash for every a/u frame cost 7 pairs at similar_name and kept 2 unrelated ones fewer above it
    than this one (h-names48). Not a and i in a last syllable, which characters confuse (艾尔肯 erken
    for Erkin)."""
    if a.loose or b.loose:
        clashing = (rounding_clash(a, b) and len(a.rounding) == 1
                    and loose_vowels(a.loose_signature) == loose_vowels(b.loose_signature))
        return raw * (VOWEL_CLASH if clashing else 1.0) * PENALTIES_LOOSE[a.shape][b.shape]
    factor = VOWEL_CLASH if clash(a, b) else 1.0
    if a.tail == b.tail:
        return raw * factor * PENALTIES_SAME_TAIL[a.shape][b.shape]
    return raw * factor * PENALTIES[a.shape][b.shape]


def _assignments(rows: int, cols: int) -> list[tuple[tuple[int, ...], tuple[int, ...], bool, bool]]:
    """Every injective row → column assignment: (flat cell indices, unmatched columns, swapped,
    a chain's start: two rows or more matched in order to the first columns)."""
    result = []
    for columns in permutations(range(cols), rows):
        cells = tuple(row * cols + col for row, col in enumerate(columns))
        swapped = any(x > y for x, y in zip(columns, columns[1:], strict=False))
        chain_start = rows >= 2 and columns == tuple(range(rows))
        result.append((cells, tuple(c for c in range(cols) if c not in columns), swapped,
                       chain_start))
    return result


ASSIGNMENTS = {(rows, cols): _assignments(rows, cols)
               for cols in range(1, MAX_PERMUTED_PARTS + 1) for rows in range(1, cols + 1)}


def best_alignment(flat: list[float], rows: int, cols: int, unmatched_factor: list[float],
                   swap: float = SWAP_FACTOR) -> tuple[float, tuple[int, ...], list[float], bool]:
    """Match each row to a distinct column so that the name score is highest.

    A part left without a counterpart multiplies the score by its unmatched factor (at least
    UNMATCHED_ANCESTOR when the rows matched the start of a name chain), and parts matched out
    of order by SWAP_FACTOR: a mismatched part must pull the score down, not be averaged away,
    and a swap must show.

    Args:
        flat: the rows × cols part similarity matrix, row by row.
        rows: parts of the shorter name.
        cols: parts of the longer name.
        unmatched_factor: per column, the factor when it is left unmatched.
        swap: the factor for a swapped order (1.0 where order carries no meaning).
    Returns:
        (name score, column per row, the matched cells' scores, swapped).
    """
    if cols <= MAX_PERMUTED_PARTS:
        best: tuple[float, tuple[int, ...], list[float], bool] = (-1.0, (), [], False)
        for cells, unmatched, swapped, chain_start in ASSIGNMENTS[(rows, cols)]:
            scores = [flat[cell] for cell in cells]
            score = combine(scores)
            for col in unmatched:
                factor = unmatched_factor[col]
                score *= max(factor, UNMATCHED_ANCESTOR) if chain_start else factor
            if swapped:
                score *= swap
            if score > best[0]:
                best = (score, tuple(cell % cols for cell in cells), scores, swapped)
        return best
    # Long names: greedy on the best remaining cell.
    order = sorted(range(rows * cols), key=flat.__getitem__, reverse=True)
    assigned: dict[int, int] = {}
    used: set[int] = set()
    for cell in order:
        row, col = divmod(cell, cols)
        if row not in assigned and col not in used:
            assigned[row] = col
            used.add(col)
    columns = tuple(assigned[row] for row in range(rows))
    scores = [flat[row * cols + columns[row]] for row in range(rows)]
    score = combine(scores)
    for col in range(cols):
        if col not in used:
            score *= unmatched_factor[col]
    swapped = any(x > y for x, y in zip(columns, columns[1:], strict=False))
    return (score * swap if swapped else score), columns, scores, swapped


def combine(scores: list[float]) -> float:
    """A name score from aligned part scores, dominated by the weakest part."""
    weakest = min(scores)
    return WEAKEST_WEIGHT * weakest + (1 - WEAKEST_WEIGHT) * (sum(scores) / len(scores))


def score_cells(raw: list[float], offset: int, a: tuple[Part, ...], b: tuple[Part, ...],
                swap: float = SWAP_FACTOR) -> float:
    """Score a pair of readings (len(a) <= len(b)) from raw signature similarities.

    Args:
        raw: string similarities of a's parts against b's parts, row by row, from offset.
        offset: where this pair's cells start in raw.
        a: the reading with fewer parts.
        b: the other reading.
        swap: the factor for parts matched in swapped order.
    Returns:
        The name score in [0, 1].
    """
    cols = len(b)
    if cols == 1:
        return cell_score(raw[offset], a[0], b[0])
    if cols == 2 and len(a) == 2:
        # The common case, unrolled: keep the better of the two pairings.
        a0, a1 = a
        b0, b1 = b
        s00 = cell_score(raw[offset], a0, b0)
        s01 = cell_score(raw[offset + 1], a0, b1)
        s10 = cell_score(raw[offset + 2], a1, b0)
        s11 = cell_score(raw[offset + 3], a1, b1)
        straight = WEAKEST_WEIGHT * (s00 if s00 < s11 else s11) + (1 - WEAKEST_WEIGHT) * ((s00 + s11) / 2)
        crossed = swap * (WEAKEST_WEIGHT * (s01 if s01 < s10 else s10)
                                 + (1 - WEAKEST_WEIGHT) * ((s01 + s10) / 2))
        return straight if straight >= crossed else crossed
    return align_cells(raw, offset, a, b, swap)[0]


def align_cells(raw: list[float], offset: int, a: tuple[Part, ...], b: tuple[Part, ...],
                swap: float = SWAP_FACTOR) -> tuple[float, tuple[int, ...], list[float], bool]:
    """The best alignment of a pair of readings (len(a) <= len(b)), in full.

    Returns:
        (name score, column of b for each part of a, those parts' scores, swapped).
    """
    flat = []
    cell = offset
    for pa in a:
        for pb in b:
            flat.append(cell_score(raw[cell], pa, pb))
            cell += 1
    unmatched_factor = [UNMATCHED_PATRONYMIC if part.patronymic else UNMATCHED_PART for part in b]
    return best_alignment(flat, len(a), len(b), unmatched_factor, swap)


def transposed(x: str, y: str) -> bool:
    """Whether two spellings differ by two adjacent letters swapped (a typing slip)."""
    return (len(x) == len(y) >= TYPO_MIN_LETTERS and OSA.distance(x, y) == 1
            and Levenshtein.distance(x, y) == 2)


KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {key: (row, column) for row, keys in enumerate(KEYBOARD_ROWS)
           for column, key in enumerate(keys)}
SLIP_VOWELS = frozenset("aeiouy")
# Letter pairs that scanned or hand-copied text merges: rn read as m, cl as d, vv as w.
MERGED_LETTERS = (("rn", "m"), ("cl", "d"), ("vv", "w"))
LOOK_ALIKE = frozenset({frozenset("il"), frozenset("ij")})  # read one for the other


def neighbouring_keys(x: str, y: str) -> bool:
    """Whether two letters are next to each other on a QWERTY keyboard (row or diagonal)."""
    if x not in _KEY_AT or y not in _KEY_AT:
        return False
    (row_x, col_x), (row_y, col_y) = _KEY_AT[x], _KEY_AT[y]
    if row_x == row_y:
        return abs(col_x - col_y) == 1
    if abs(row_x - row_y) != 1:
        return False
    # rows are staggered by half a key: q's lower neighbours are a; w's are a and s
    upper, lower = ((col_x, col_y) if row_x < row_y else (col_y, col_x))
    return lower in (upper - 1, upper)


@lru_cache(maxsize=1)
def _key_slip_table():
    """Per pair of ASCII codes, a numpy bool table: whether typing one for the other is a key
    slip (see slipped)."""
    import numpy as np

    table = [[False] * 128 for _ in range(128)]
    for p in map(chr, range(97, 123)):
        for q in map(chr, range(97, 123)):
            table[ord(p)][ord(q)] = (p in SLIP_VOWELS) != (q in SLIP_VOWELS) and (
                neighbouring_keys(p, q) or frozenset((p, q)) in LOOK_ALIKE)
    return np.array(table, dtype=bool)


def key_slips(xs: list[str], ys: list[str]):
    """slipped() for pairs of ASCII spellings of one length one substitution apart, at once.

    Returns:
        A numpy bool array: the substitution is after the first letter and a key slip.
    """
    import numpy as np

    width = max(map(len, xs))
    # A letter outside ASCII (none is expected) becomes "?", which is no key's neighbour: no slip.
    x = np.array([v.encode("ascii", "replace") for v in xs], dtype=f"S{width}").view(np.uint8).reshape(len(xs), width)
    y = np.array([v.encode("ascii", "replace") for v in ys], dtype=f"S{width}").view(np.uint8).reshape(len(ys), width)
    position = (x != y).argmax(axis=1)
    rows = np.arange(len(xs))
    table = _key_slip_table()
    return (position > 0) & table[x[rows, position] & 127, y[rows, position] & 127]


@lru_cache(maxsize=131072)  # per pair of spellings: the name scores' cells meet the same parts again and again
def slipped(x: str, y: str) -> bool:
    """Whether two spellings of a part of 4+ letters are one slip of the hand or of a scanner apart.

    A slip is two adjacent letters swapped (Tohti, Tothi); a vowel typed for the consonant on a
    neighbouring key or one that looks alike (i, l), or the reverse, after the first letter
    (Yusup, Yusuo; Rozi, Rozl); or two
    letters a scanner reads as one (Turnisa, Tumisa). A consonant for a neighbouring consonant
    is not taken for a slip, since real names differ so (Sabit, Sabir; Hakim, Halim).
    """
    if min(len(x), len(y)) < TYPO_MIN_LETTERS:
        return False
    if len(x) == len(y):
        if transposed(x, y):
            return True
        differ = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        if len(differ) != 1 or differ[0] == 0:
            return False
        p, q = x[differ[0]], y[differ[0]]
        return (p in SLIP_VOWELS) != (q in SLIP_VOWELS) and (
            neighbouring_keys(p, q) or frozenset((p, q)) in LOOK_ALIKE)
    if abs(len(x) - len(y)) != 1:
        return False
    longer, shorter = (x, y) if len(x) > len(y) else (y, x)
    for pair, merged in MERGED_LETTERS:
        start = longer.find(pair, 1)
        while start > 0:
            if longer[:start] + merged + longer[start + 2:] == shorter:
                return True
            start = longer.find(pair, start + 1)
    return False


def initial_of(a: Part, b: Part) -> bool:
    """Whether one part is a single letter, an initial, and the other a longer part that starts
    with the same sound (the first letter of their signatures: G. and Gulnar, K. and Qurban,
    Н. and Нурлан)."""
    if (len(a.latin) == 1) == (len(b.latin) == 1):
        return False
    return a.signature[:1] == b.signature[:1] != ""


def raw_similarities(a: tuple[Part, ...], b: tuple[Part, ...]) -> list[float]:
    """String similarity of every part of a against every part of b, row by row.

    The normalised Levenshtein similarity of the parts' signatures (their loose signatures where
    one was read from characters, or their bare ones where those are closer), raised to TYPO_SIMILARITY
    where the two spellings are one slip apart (see slipped) (so that the part scores
    TYPO_SIMILARITY whatever its penalties), to INITIAL_SIMILARITY where one is the other's
    initial (`initial_of`), and so that it scores at least JAN_SIMILARITY where one is the other
    with the ending -jan (forms.jan_near).
    """
    raw = []
    for pa in a:
        for pb in b:
            x, y = ((pa.loose_signature, pb.loose_signature) if pa.loose or pb.loose
                    else (pa.signature, pb.signature))
            value = 1.0 if x == y else _similarity(x, y)
            if value < 1.0 and (pa.loose or pb.loose) and (pa.bare_signature != x or pb.bare_signature != y):
                # the letters' h-sounds that the characters may leave out, left out (forms.COARSE)
                value = max(value, _similarity(pa.bare_signature, pb.bare_signature))
            if value < TYPO_SIMILARITY and slipped(pa.latin, pb.latin):
                # the slip also disturbs the part's shape: its score is TYPO_SIMILARITY
                value = TYPO_SIMILARITY / cell_score(1.0, pa, pb)
            if initial_of(pa, pb):
                value = max(value, INITIAL_SIMILARITY / cell_score(1.0, pa, pb))
            if jan_near(pa.reduced, pb.reduced):
                # one of the two has the ending -jan, or is a pet form of the other: the part
                # scores at least JAN_SIMILARITY
                value = max(value, JAN_SIMILARITY / cell_score(1.0, pa, pb))
            raw.append(value)
    return raw


def reading_similarity(a: tuple[Part, ...], b: tuple[Part, ...], swap: float = SWAP_FACTOR) -> float:
    """Similarity of two readings of names, aligning parts in any order (a swap costs `swap`)."""
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return 0.0
    if swap != 1.0 and swap_forgiven(a, b):
        swap = 1.0
    return score_cells(raw_similarities(a, b), 0, a, b, swap)


def marked(parts: tuple[Part, ...]) -> bool:
    """Whether a reading has a part marked as surname or patronymic (-ova, -uly, -ovich), or a
    woman's name (Rahile, Halima; Aygül, Rizwangul: see `womans_ending`).

    Such a name says which part is the family's, so its order is a convention (Russian lists put
    the surname first); only between bare men's names can a swap be a father and his son.
    """
    return any(part.gender or part.patronymic or part.feminine or womans_ending(part.latin) for part in parts)


def gendered_positions(parts: tuple[Part, ...]) -> int:
    """A bit per part that carries a gendered suffix (-ov, -ova, -uly), by position."""
    return sum(1 << index for index, part in enumerate(parts) if part.gender)


def swap_forgiven(a: tuple[Part, ...], b: tuple[Part, ...]) -> bool:
    """Whether parts matched out of order are only an order convention, not a father and son.

    A marked name (see marked) may be written surname first or last; but when both names carry
    their suffixed surname in the same place, a crossed match is a real swap: Kairat Bolatov
    (Kairat, son of Bolat) and Bolat Kairatov (Bolat, son of Kairat) are two people.
    """
    if not (marked(a) or marked(b)):
        return False
    positions_a, positions_b = gendered_positions(a), gendered_positions(b)
    return not (positions_a and positions_a == positions_b)


def settle(a: NameForms, b: NameForms, score: float) -> float:
    """The final name score: two Chinese names are the same only when their pinyin is.

    A Chinese name is fixed by its syllables, whatever the order or the joining of the given
    name, and one syllable apart is another name (Lijun, Lijuan), however close the letters.
    Written in characters on both sides, it is fixed by its characters (up to traditional and
    simplified forms): 章 and 张 are two family names read zhang.
    """
    if a.hanzi is not None and b.hanzi is not None and a.hanzi != b.hanzi:
        return score * CHINESE_APART
    keys_a, keys_b = a.chinese_keys, b.chinese_keys
    if keys_a and keys_b:
        return 1.0 if keys_a & keys_b else score * CHINESE_APART
    return score


def compared_readings(a: NameForms, b: NameForms) -> tuple[tuple[tuple[Part, ...], ...],
                                                           tuple[tuple[Part, ...], ...]]:
    """The readings to compare of two names.

    Two transcriptions in Chinese characters are compared by their pinyin, which keeps what the
    characters keep (艾山 and 胡赛因 are two names, though both loose readings are vowels around
    s and n). A name of one part is also compared with the other name's parts joined, since a
    transcription without its middle dot, or a name typed without a space, joins them; but not
    a word written as one name (`written_as_one_name`: Ahmetyasin is not Ahmet Yasin).
    """
    readings_a, readings_b = a.readings, b.readings
    if a.pinyin and b.pinyin:
        readings_a, readings_b = (a.pinyin,), (b.pinyin,)
    if readings_a and readings_b:
        longest_a = max(map(len, readings_a))
        longest_b = max(map(len, readings_b))
        if longest_a == 1 and longest_b > 1 and (not written_as_one_name(a.name) or initialled(readings_b)):
            readings_b = with_joined(readings_b)
        elif longest_b == 1 and longest_a > 1 and (not written_as_one_name(b.name) or initialled(readings_a)):
            readings_a = with_joined(readings_a)
    return readings_a, readings_b


def initialled(readings: tuple[tuple[Part, ...], ...]) -> bool:
    """Whether a name has a part of one letter, an initial (A. Abdulla, I. ISMAYIL): against a
    name of one word it keeps the joining whatever that word's writing (`written_as_one_name`),
    which reads the initial as one more letter (generator G writes a father's name so: A. Abdulla
    and Abdulla are one person's)."""
    return any(len(part.latin) == 1 for reading in readings for part in reading)


@lru_cache(maxsize=65536)
def written_as_one_name(name: str) -> bool:
    """Whether a name of one word is written as a name of its own: in an alphabet, a capital and
    then small letters only (Ahmetyasin, Memeteli, Мемети), and not a name read back into pinyin
    (`chinese.shows_pinyin_finals`: Aihemaitiabulimiti, a transcription without its dot in letters).

    Such a word is a given name, often a compound one (Memeteli, Memetniyaz), and not a name and
    father's name typed without their space. On the tuning generators C–G at 100,000 mentions
    (`bench/name_joining.py`, main 98bd44e; h-names14), of the pairs of distinct names that only the
    joining made the same, such words were one person's in 221 of 4,284 (5 %; 149 of them on G),
    against 5,547 of 27,680 (20 %) for a run of characters without its dot, 1,537 of 8,175 (19 %)
    for pinyin read back without its space (nearly all on G), 166 of 1,293 for a name all in
    capitals (whose lost space leaves no capital), 190 of 1,553 for Arabic script (whose letters
    join) and 513 of 4,018 for a word in small letters. Compound elements are read joined apart
    from this (`forms.joined_compounds`: Nur Tursun, Nurtursun).
    """
    letters = [char for char in name if char.isalpha()]
    # letters of a cased alphabet only (Latin, Cyrillic): characters and Arabic script have no case
    if not (len(letters) >= 2 and letters[0].isupper() and all(char.islower() for char in letters[1:])):
        return False
    plain = "".join(letters).lower()
    return not (plain.isascii() and shows_pinyin_finals(plain))


@lru_cache(maxsize=65536)
def with_joined(readings: tuple[tuple[Part, ...], ...]) -> tuple[tuple[Part, ...], ...]:
    """These readings, then each of them joined into one part (`forms.joined_reading`), kept per
    process: joining makes new parts from phonemes, which cost more than scoring the pair, and a
    name of several parts meets many names of one."""
    return readings + tuple(joined_reading(r) for r in readings)


@lru_cache(maxsize=262144)
def name_traits(name: str) -> tuple[bool, int, tuple[str, str] | None, bool]:
    """What compare_many needs of a name beside its readings: (has a pinyin reading, 1 when it
    has one part at most and 0 when more, -1 without readings; its Chinese-name key; has a
    Wade-Giles key or characters that settle() compares)."""
    forms = name_forms(name)
    one_part = -1 if not forms.readings else int(max(map(len, forms.readings)) == 1)
    return bool(forms.pinyin), one_part, forms.chinese, forms.wade is not None or forms.hanzi is not None


def swap_factor(a: NameForms, b: NameForms) -> float:
    """SWAP_FACTOR, or 1.0 when either name's order is a convention (`NameForms.order_free`: a Chinese
    name, or a transcription spelt in pinyin)."""
    return 1.0 if a.order_free or b.order_free else SWAP_FACTOR


def compare_forms(a: NameForms, b: NameForms, swap: float | None = None) -> float:
    """Best similarity over the readings of two prepared names; `swap` replaces the factor of a
    swapped order (`swap_factor`) where given."""
    best = 0.0
    swap = swap_factor(a, b) if swap is None or a.order_free or b.order_free else swap
    readings_a, readings_b = compared_readings(a, b)
    for reading_a in readings_a:
        for reading_b in readings_b:
            score = reading_similarity(reading_a, reading_b, swap)
            if score > best:
                best = score
    return settle(a, b, best)


class Comparison(NamedTuple):
    """A name score with what it rests on."""

    score: float
    swapped: bool                             # parts matched only in swapped order
    parts: tuple[tuple[str, str, float], ...]  # (part of a, part of b, part score), a's order
    unmatched: tuple[str, ...]                # parts of the longer name left without a match


def explain_names(a: str, b: str) -> Comparison:
    """compare_names(a, b) with its best alignment: which parts matched, how well, any swap.

    Args:
        a: a name in any script or romanisation.
        b: another name.
    Returns:
        A Comparison whose score equals compare_names(a, b); parts are given as their Latin
        words.
    """
    forms_a, forms_b = name_forms(a), name_forms(b)
    swap = swap_factor(forms_a, forms_b)
    best = Comparison(0.0, False, (), ())
    readings_a, readings_b = compared_readings(forms_a, forms_b)
    for reading_a in readings_a:
        for reading_b in readings_b:
            flipped = len(reading_a) > len(reading_b)
            short, long = (reading_b, reading_a) if flipped else (reading_a, reading_b)
            if not short:
                continue
            pair_swap = 1.0 if swap_forgiven(short, long) else swap
            raw = raw_similarities(short, long)
            score, columns, scores, swapped = align_cells(raw, 0, short, long, pair_swap)
            if score <= best.score:
                continue
            matched = [(short[row].latin, long[col].latin, round(part, 4))
                       for row, (col, part) in enumerate(zip(columns, scores, strict=True))]
            if flipped:
                matched = sorted(((y, x, part) for x, y, part in matched),
                                 key=lambda m: [p.latin for p in reading_a].index(m[0]))
            unmatched = tuple(long[col].latin for col in range(len(long)) if col not in columns)
            best = Comparison(score, swapped, tuple(matched), unmatched)
    return best._replace(score=settle(forms_a, forms_b, best.score))


def compare_names(a: str, b: str) -> float:
    """Similarity of two personal names in [0, 1].

    Args:
        a: a name in any script or romanisation.
        b: another name.
    Returns:
        1.0 for the same name up to script and romanisation; low for different names.
    """
    return compare_forms(name_forms(a), name_forms(b))


def in_other_order(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether two names are the same name only with their parts in another order (Abdurehim
    Tursun, Tursun Abdurehim): at or above `threshold` when order is not weighed, below it by
    compare_names. With patronymic names such a pair may be a father and his son, so it is not
    `same_person_name`; a family search shows it apart (guwah.search).

    Args:
        a: a name in any script or romanisation.
        b: another name.
        threshold: the decision threshold, DEFAULT_THRESHOLD unless given.
    Returns:
        True for a pair that only the order of its parts keeps below the threshold.
    """
    return compare_names(a, b) < threshold <= any_order_score(a, b)


def any_order_score(a: str, b: str) -> float:
    """compare_names(a, b) with no factor for parts matched in swapped order (SWAP_FACTOR):
    a score `in_other_order` and the family search's names in the other order rest on."""
    return compare_forms(name_forms(a), name_forms(b), swap=1.0)


def same_person_name(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether two names are likely the same person's name (score at or above threshold).

    Args:
        a: a name in any script or romanisation.
        b: another name.
        threshold: the decision threshold, DEFAULT_THRESHOLD unless given.
    Returns:
        True when compare_names(a, b) >= threshold.
    """
    return compare_names(a, b) >= threshold


VECTOR_PARTS = 4  # names with more parts are compared one pair at a time


def _part_fields(parts: tuple[Part, ...]) -> list[list]:
    """Per part of a reading, what compare_many compares, as plain values (tails and roundings as
    their strings, not this process's numbers for them): [signature, loose signature, bare
    signature, Latin, shape, tail, loose, patronymic, rounding, last-vowel class]."""
    return [[p.signature, p.loose_signature, p.bare_signature, p.latin, p.shape, p.tail, int(p.loose),
             int(p.patronymic), p.rounding, p.last_vowel] for p in parts]


class Prepared(NamedTuple):
    """What compare_many needs of one name, read back from `prepared_text` (`load_prepared`):
    name_traits, whether it is a Chinese name (order free) and, per reading, its parts'
    `_part_fields` (a `guwah.names.table.Record`)."""

    traits: tuple[bool, int, tuple[str, str] | None, bool]
    order_free: bool
    readings: tuple[tuple[tuple, ...], ...]


@lru_cache(maxsize=1)
def forms_stamp() -> str:
    """A short stamp of the code and data that make a name's forms (this package's source and
    data files, and the versions of pypinyin, opencc and rapidfuzz): prepared forms stored under
    another stamp are not used."""
    import hashlib
    from importlib import metadata
    from pathlib import Path

    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in sorted([*here.glob("*.py"), *(here / "data").glob("*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for package in ("pypinyin", "opencc", "rapidfuzz"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none".encode())
    return digest.hexdigest()[:12]


def prepared_text(name: str) -> str:
    """What compare_many needs of `name`, as JSON text to store beside it (`load_prepared` reads it
    back); stamped with `forms_stamp`."""
    import json

    forms = name_forms(name)
    has_pinyin, one_part, chinese, wade = name_traits(name)
    return json.dumps([forms_stamp(), has_pinyin, one_part, list(chinese) if chinese else None, wade,
                       forms.order_free, [_part_fields(parts) for parts in forms.readings]],
                      ensure_ascii=False, separators=(",", ":"))


def load_prepared(text: str | None, keep: bool = True) -> Prepared | None:
    """A name's `Prepared` from its `prepared_text`; None for none, or one made under another
    `forms_stamp` (the name's forms are then made again from the name). The most recent are
    kept (`keep`; a caller that keeps them by name itself passes False): a common name's
    spellings come back in many searches."""
    if not text:
        return None
    return _load_prepared(text) if keep else _load_prepared.__wrapped__(text)


@lru_cache(maxsize=32768)
def _load_prepared(text: str) -> Prepared | None:
    import json

    stamp, has_pinyin, one_part, chinese, wade, order_free, readings = json.loads(text)
    if stamp != forms_stamp():
        return None
    return Prepared((has_pinyin, one_part, tuple(chinese) if chinese else None, wade), order_free,
                    tuple(tuple(tuple(part) for part in fields) for fields in readings))


@lru_cache(maxsize=1)
def _penalty_arrays():
    """PENALTIES, PENALTIES_SAME_TAIL and PENALTIES_LOOSE as numpy arrays, made once (making them
    cost more than scoring a few tens of pairs)."""
    import numpy as np

    return np.array(PENALTIES), np.array(PENALTIES_SAME_TAIL), np.array(PENALTIES_LOOSE)


def compare_many(pairs: Iterable[tuple[str, str]], prepared: dict[str, Prepared] | None = None) -> list[float]:
    """Similarity of many name pairs; each name is prepared once and cached.

    The names' forms are put in a `guwah.names.table.FormTable` and the pairs scored with array
    operations (`guwah.names.table.score_pairs`), the string distances in C++ (rapidfuzz); the
    result equals compare_names(a, b) for every pair, up to floating-point rounding.

    Args:
        pairs: (a, b) name pairs.
        prepared: names already prepared (`load_prepared`), used instead of preparing them here.
    Returns:
        One score per pair.
    """
    import numpy as np

    from guwah.names.table import names_table, score_pairs

    pairs = list(pairs)
    if not pairs:
        return []
    # Number the distinct names; map() over C callables keeps this loop out of Python.
    index = {name: number for number, name in enumerate(dict.fromkeys(chain.from_iterable(pairs)))}
    lookup = index.__getitem__
    ids_a = np.fromiter(map(lookup, map(itemgetter(0), pairs)), dtype=np.int64, count=len(pairs))
    ids_b = np.fromiter(map(lookup, map(itemgetter(1), pairs)), dtype=np.int64, count=len(pairs))
    names = list(index)
    table, vocabulary = names_table(names, prepared)
    return score_pairs(table, ids_a, ids_b, vocabulary.text, names).tolist()
