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

from guwah.names.forms import SHAPES, NameForms, Part, jan_near, jan_stems, joined_reading, name_forms, shape_fields
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
CHINESE_APART = 0.85        # two Chinese names whose pinyin syllables differ (Lijun, Lijuan)

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


def clash(a: Part, b: Part) -> bool:
    """Whether two parts have as many a/u vowels but not the same ones, or a and i in their closed
    last syllable (see VOWEL_CLASH, forms.LAST_VOWEL)."""
    return ((a.rounding_id != b.rounding_id and len(a.rounding) == len(b.rounding))
            or a.last_vowel * b.last_vowel == 2)


def cell_score(raw: float, a: Part, b: Part) -> float:
    """A part similarity from the raw string similarity of the two parts' signatures."""
    if a.loose or b.loose:
        return raw * PENALTIES_LOOSE[a.shape][b.shape]
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


def raw_similarities(a: tuple[Part, ...], b: tuple[Part, ...]) -> list[float]:
    """String similarity of every part of a against every part of b, row by row.

    The normalised Levenshtein similarity of the parts' signatures, raised to TYPO_SIMILARITY
    where the two spellings are one slip apart (see slipped) (so that the part scores
    TYPO_SIMILARITY whatever its penalties), and so that it scores at least JAN_SIMILARITY where
    one is the other with the ending -jan (forms.jan_near).
    """
    raw = []
    for pa in a:
        for pb in b:
            x, y = ((pa.loose_signature, pb.loose_signature) if pa.loose or pb.loose
                    else (pa.signature, pb.signature))
            value = 1.0 if x == y else _similarity(x, y)
            if value < TYPO_SIMILARITY and slipped(pa.latin, pb.latin):
                # the slip also disturbs the part's shape: its score is TYPO_SIMILARITY
                value = TYPO_SIMILARITY / cell_score(1.0, pa, pb)
            if jan_near(pa.reduced, pb.reduced):
                # one of the two has the ending -jan: the part scores at least JAN_SIMILARITY
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


def womans_ending(latin: str) -> bool:
    """Whether a part's ASCII spelling ends in -gül ("flower": Aygül, Rizwangul, Tursungul;
    古丽 read back as -guli), which makes Uyghur and Kazakh women's names and no man's: a name
    with it is a woman's, so its father's name cannot be the swapped part. Not -ogul, -oghul
    ("son")."""
    return latin.endswith(("gul", "guli")) and not latin.endswith(("ogul", "oghul", "ogli"))


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
    transcription without its middle dot, or a name typed without a space, joins them.
    """
    readings_a, readings_b = a.readings, b.readings
    if a.pinyin and b.pinyin:
        readings_a, readings_b = (a.pinyin,), (b.pinyin,)
    if readings_a and readings_b:
        longest_a = max(map(len, readings_a))
        longest_b = max(map(len, readings_b))
        if longest_a == 1 and longest_b > 1:
            readings_b = readings_b + tuple(joined_reading(r) for r in readings_b)
        elif longest_b == 1 and longest_a > 1:
            readings_a = readings_a + tuple(joined_reading(r) for r in readings_a)
    return readings_a, readings_b


@lru_cache(maxsize=262144)
def name_traits(name: str) -> tuple[bool, int, tuple[str, str] | None, bool]:
    """What compare_many needs of a name beside its readings: (has a pinyin reading, 1 when it
    has one part at most and 0 when more, -1 without readings; its Chinese-name key; has a
    Wade-Giles key or characters that settle() compares)."""
    forms = name_forms(name)
    one_part = -1 if not forms.readings else int(max(map(len, forms.readings)) == 1)
    return bool(forms.pinyin), one_part, forms.chinese, forms.wade is not None or forms.hanzi is not None


def swap_factor(a: NameForms, b: NameForms) -> float:
    """SWAP_FACTOR, or 1.0 when either name is a Chinese name, whose order is a convention."""
    return 1.0 if a.order_free or b.order_free else SWAP_FACTOR


def compare_forms(a: NameForms, b: NameForms) -> float:
    """Best similarity over the readings of two prepared names."""
    best = 0.0
    swap = swap_factor(a, b)
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
    their strings, not this process's numbers for them): [signature, loose signature, Latin,
    shape, tail, loose, patronymic, rounding, last-vowel class]."""
    return [[p.signature, p.loose_signature, p.latin, p.shape, p.tail, int(p.loose), int(p.patronymic),
             p.rounding, p.last_vowel] for p in parts]


def _vector_row(fields: list[list]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """One reading's row of vector_rows from its `_part_fields`."""
    from guwah.names.forms import ROUNDING_IDS, TAIL_IDS

    pad = VECTOR_PARTS
    fill = pad - len(fields)
    if fill < 0:
        return ("",) * pad * 3, (len(fields),) + (0,) * pad * 7
    blank, zeros, none = [""] * fill, [0] * fill, [-1] * fill
    tail, rounding = TAIL_IDS.setdefault, ROUNDING_IDS.setdefault
    strings = ([f[0] for f in fields] + blank + [f[1] for f in fields] + blank + [f[2] for f in fields] + blank)
    numbers = ([len(fields)] + [f[3] for f in fields] + zeros
               + [tail(f[4], len(TAIL_IDS)) for f in fields] + none
               + [f[5] for f in fields] + zeros + [f[6] for f in fields] + zeros
               + [rounding(f[7], len(ROUNDING_IDS)) for f in fields] + none
               + [len(f[7]) for f in fields] + none + [f[8] for f in fields] + zeros)
    return tuple(strings), tuple(numbers)


@lru_cache(maxsize=262144)
def vector_rows(name: str) -> tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]:
    """Per reading of a name, its parts' strings and numbers padded to VECTOR_PARTS.

    Returns:
        Per reading: (signatures + loose signatures + Latin spellings, (part count,) + shapes +
        tail ids + loose flags + patronymic flags + rounding ids + rounding lengths + last-vowel
        classes). A reading with too many parts has only its count.
    """
    return tuple(_vector_row(_part_fields(parts)) for parts in name_forms(name).readings)


class Prepared(NamedTuple):
    """What compare_many needs of one name, read back from `prepared_text` (`load_prepared`):
    name_traits, whether it is a Chinese name (order free) and vector_rows."""

    traits: tuple[bool, int, tuple[str, str] | None, bool]
    order_free: bool
    rows: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]


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
                    tuple(_vector_row(fields) for fields in readings))


@lru_cache(maxsize=1)
def _penalty_arrays():
    """PENALTIES, PENALTIES_SAME_TAIL and PENALTIES_LOOSE as numpy arrays, made once (making them
    cost more than scoring a few tens of pairs)."""
    import numpy as np

    return np.array(PENALTIES), np.array(PENALTIES_SAME_TAIL), np.array(PENALTIES_LOOSE)


def compare_many(pairs: Iterable[tuple[str, str]], prepared: dict[str, Prepared] | None = None) -> list[float]:
    """Similarity of many name pairs; each name is prepared once and cached.

    Pairs are grouped by their numbers of parts and scored with array operations, the string
    distances in C++ (rapidfuzz); the result equals compare_names(a, b) for every pair, up to
    floating-point rounding. Without numpy, pairs are scored one at a time.

    Args:
        pairs: (a, b) name pairs.
        prepared: names already prepared (`load_prepared`), used instead of preparing them here.
    Returns:
        One score per pair.
    """
    pairs = list(pairs)
    prepared = prepared or {}
    try:
        import numpy as np
        from rapidfuzz.process import cpdist
    except ImportError:
        return [compare_names(a, b) for a, b in pairs]
    if not pairs:
        return []
    # Number the distinct names; map() over C callables keeps this loop out of Python.
    index = {name: number for number, name in enumerate(dict.fromkeys(chain.from_iterable(pairs)))}
    lookup = index.__getitem__
    ids_a = np.fromiter(map(lookup, map(itemgetter(0), pairs)), dtype=np.int64, count=len(pairs))
    ids_b = np.fromiter(map(lookup, map(itemgetter(1), pairs)), dtype=np.int64, count=len(pairs))
    # Per distinct name: read as pinyin, one part at most, its Chinese-name key (settle()).
    traits = [prepared[name].traits if name in prepared else name_traits(name) for name in index]
    has_pinyin = np.array([t[0] for t in traits], dtype=bool)
    one_part = np.array([t[1] for t in traits], dtype=np.int8)  # -1: no reading
    chinese_ids: dict[tuple[str, str] | None, int] = {None: -1}
    chinese = np.array([chinese_ids.setdefault(t[2], len(chinese_ids)) for t in traits])
    wade = np.array([t[3] for t in traits], dtype=bool)
    # Pairs compared through other readings (compared_readings), a second Chinese-name key
    # (Wade-Giles) or characters go one at a time.
    full = (has_pinyin[ids_a] & has_pinyin[ids_b]) | wade[ids_a] | wade[ids_b] | (
        (one_part[ids_a] >= 0) & (one_part[ids_b] >= 0) & (one_part[ids_a] != one_part[ids_b]))
    if full.any():
        scores_list = [0.0] * len(pairs)
        rest = np.nonzero(~full)[0].tolist()
        for position, score in zip(rest, compare_many([pairs[i] for i in rest], prepared), strict=True):
            scores_list[position] = score
        for position in np.nonzero(full)[0].tolist():
            scores_list[position] = compare_names(*pairs[position])
        return scores_list
    # One entity per reading of each distinct name.
    first, counts, texts, numbers_list = [], [], [], []
    owners: list[tuple[str, int]] = []  # entity → (name, reading number)
    order_free: list[bool] = []  # entity → its name is a Chinese name (swap_factor)
    for name in index:
        known = prepared.get(name)
        free = known.order_free if known is not None else name_forms(name).order_free
        rows = known.rows if known is not None else vector_rows(name)
        first.append(len(texts))
        counts.append(len(rows))
        for number, (text, numbers) in enumerate(rows):
            texts.append(text)
            numbers_list.append(numbers)
            owners.append((name, number))
            order_free.append(free)
    scores = np.zeros(len(pairs))
    if not texts:
        return scores.tolist()
    first_arr, count_arr = np.array(first), np.array(counts)
    pad = VECTOR_PARTS
    strings = np.array(texts, dtype=object)
    signatures, loose_signatures = strings[:, :pad], strings[:, pad:2 * pad]
    latin = strings[:, 2 * pad:]
    latin_length = np.vectorize(len, otypes=[np.int64])(latin) if latin.size else latin
    numbers = np.array(numbers_list, dtype=np.int64)
    n_parts = numbers[:, 0]
    shapes, tails = numbers[:, 1:1 + pad], numbers[:, 1 + pad:1 + 2 * pad]
    loose = numbers[:, 1 + 2 * pad:1 + 3 * pad].astype(bool)
    patronymic = numbers[:, 1 + 3 * pad:1 + 4 * pad]
    rounding, rounding_length = numbers[:, 1 + 4 * pad:1 + 5 * pad], numbers[:, 1 + 5 * pad:1 + 6 * pad]
    last_vowel = numbers[:, 1 + 6 * pad:]
    # forms.jan_near on the reduced forms (the signature's first field): each part's form and
    # its stems without -jan ("" for none)
    reduced = np.vectorize(lambda text: text.split("|", 1)[0], otypes=[object])(signatures) if signatures.size \
        else signatures
    stems = [np.vectorize(lambda text, k=k: (jan_stems(text) + ("", ""))[k], otypes=[object])(reduced)
             if reduced.size else reduced for k in (0, 1)]

    # Units: one per pair of readings; most names have a single reading.
    single = (count_arr[ids_a] == 1) & (count_arr[ids_b] == 1)
    unit_pair = [np.nonzero(single)[0]]
    unit_a = [first_arr[ids_a[single]]]
    unit_b = [first_arr[ids_b[single]]]
    extra_pair, extra_a, extra_b = [], [], []
    for pair in np.nonzero(~single)[0].tolist():
        a, b = ids_a[pair], ids_b[pair]
        for i in range(first[a], first[a] + counts[a]):
            for j in range(first[b], first[b] + counts[b]):
                extra_pair.append(pair)
                extra_a.append(i)
                extra_b.append(j)
    unit_pair.append(np.array(extra_pair, dtype=np.int64))
    unit_a.append(np.array(extra_a, dtype=np.int64))
    unit_b.append(np.array(extra_b, dtype=np.int64))
    u_pair, u_a, u_b = (np.concatenate(x) for x in (unit_pair, unit_a, unit_b))
    # The reading with fewer parts goes first, as in reading_similarity.
    shorter_second = n_parts[u_a] > n_parts[u_b]
    u_a, u_b = np.where(shorter_second, u_b, u_a), np.where(shorter_second, u_a, u_b)
    rows_arr, cols_arr = n_parts[u_a], n_parts[u_b]
    free = np.array(order_free)
    entity_marked = (((shapes % 6) != 0).any(axis=1) | (patronymic == 1).any(axis=1)  # marked()
                     | (np.vectorize(womans_ending, otypes=[bool])(latin).any(axis=1) if latin.size
                        else np.zeros(len(texts), dtype=bool)))
    gendered = (((shapes % 3) != 0) & (np.arange(pad) < n_parts[:, None])
                ) @ (1 << np.arange(pad))  # gendered_positions()
    same_places = (gendered[u_a] != 0) & (gendered[u_a] == gendered[u_b])
    forgiven = (entity_marked[u_a] | entity_marked[u_b]) & ~same_places  # swap_forgiven()
    unit_swap = np.where(free[u_a] | free[u_b] | forgiven, 1.0, SWAP_FACTOR)

    penalties, penalties_same_tail, penalties_loose = _penalty_arrays()
    unit_scores = np.zeros(len(u_pair))
    for rows, cols in set(zip(rows_arr.tolist(), cols_arr.tolist(), strict=True)):
        group = np.nonzero((rows_arr == rows) & (cols_arr == cols))[0]
        if rows == 0:
            continue
        if cols > pad:
            for unit in group.tolist():
                name_a, number_a = owners[u_a[unit]]
                name_b, number_b = owners[u_b[unit]]
                unit_scores[unit] = reading_similarity(name_forms(name_a).readings[number_a],
                                                       name_forms(name_b).readings[number_b],
                                                       float(unit_swap[unit]))
            continue
        a, b = u_a[group], u_b[group]
        cells = []
        for i in range(rows):
            for j in range(cols):
                cell_loose = loose[a, i] | loose[b, j]
                xs = np.where(cell_loose, loose_signatures[a, i], signatures[a, i])
                ys = np.where(cell_loose, loose_signatures[b, j], signatures[b, j])
                raw = cpdist(xs.tolist(), ys.tolist(), scorer=_similarity, dtype=np.float64,
                             workers=1)
                # slipped(): parts of 4+ letters, at most one letter apart in length, at
                # most two edits apart; the few left are checked one by one
                slips = ((np.abs(latin_length[a, i] - latin_length[b, j]) <= 1)
                         & (np.minimum(latin_length[a, i], latin_length[b, j]) >= TYPO_MIN_LETTERS)
                         & (raw < TYPO_SIMILARITY))
                typo = None
                if slips.any():
                    la, lb = latin[a, i][slips].tolist(), latin[b, j][slips].tolist()
                    lev = cpdist(la, lb, scorer=Levenshtein.distance, workers=1)
                    same_length = latin_length[a, i][slips] == latin_length[b, j][slips]
                    # a swap: two edits, one transposition; a key slip: one substitution;
                    # a merge: two edits across lengths (checked one by one, as key slips)
                    swaps = np.nonzero(same_length & (lev == 2))[0]
                    hits = []
                    if len(swaps):
                        osa = cpdist([la[k] for k in swaps], [lb[k] for k in swaps],
                                     scorer=OSA.distance, workers=1)
                        hits = swaps[osa == 1].tolist()
                    keys = np.nonzero(same_length & (lev == 1))[0]
                    if len(keys):
                        hits += keys[key_slips([la[k] for k in keys], [lb[k] for k in keys])].tolist()
                    merges = np.nonzero(~same_length & (lev == 2))[0]
                    hits += [k for k in merges.tolist() if slipped(la[k], lb[k])]
                    typo = np.nonzero(slips)[0][hits] if hits else None
                shape_a, shape_b = shapes[a, i], shapes[b, j]
                clashes = (((rounding[a, i] != rounding[b, j])
                            & (rounding_length[a, i] == rounding_length[b, j]))
                           | (last_vowel[a, i] * last_vowel[b, j] == 2))
                factor = np.where(
                    cell_loose, penalties_loose[shape_a, shape_b],
                    np.where(clashes, VOWEL_CLASH, 1.0)
                    * np.where(tails[a, i] == tails[b, j], penalties_same_tail[shape_a, shape_b],
                               penalties[shape_a, shape_b]))
                cell = raw * factor
                if typo is not None:
                    cell[typo] = TYPO_SIMILARITY
                jan = np.zeros(len(group), dtype=bool)
                for stem in stems:
                    jan |= ((stem[a, i] != "") & (stem[a, i] == reduced[b, j])) | (
                        (stem[b, j] != "") & (stem[b, j] == reduced[a, i]))
                if jan.any():
                    cell = np.where(jan, np.maximum(cell, JAN_SIMILARITY), cell)
                cells.append(cell)
        if cols == 1:
            unit_scores[group] = cells[0]
            continue
        # The highest name score over the assignments, as best_alignment computes it.
        result = np.full(len(group), -1.0)
        for assigned, unmatched, swapped, chain_start in ASSIGNMENTS[(rows, cols)]:
            chosen_scores = [cells[cell] for cell in assigned]
            weakest = np.minimum.reduce(chosen_scores)
            total = np.zeros(len(group))
            for value in chosen_scores:
                total = total + value
            score = WEAKEST_WEIGHT * weakest + (1 - WEAKEST_WEIGHT) * (total / rows)
            for col in unmatched:
                factor = np.where(patronymic[b, col] == 1, UNMATCHED_PATRONYMIC, UNMATCHED_PART)
                score = score * (np.maximum(factor, UNMATCHED_ANCESTOR) if chain_start else factor)
            if swapped:
                score = score * unit_swap[group]
            result = np.maximum(result, score)
        unit_scores[group] = result
    np.maximum.at(scores, u_pair, unit_scores)
    # settle(): two Chinese names are the same only when their pinyin is
    both = (chinese[ids_a] >= 0) & (chinese[ids_b] >= 0)
    scores = np.where(both, np.where(chinese[ids_a] == chinese[ids_b], 1.0,
                                     scores * CHINESE_APART), scores)
    return scores.tolist()

