"""Similarity of two personal names, part by part, across scripts and romanisations.

A name's parts are aligned with the other name's parts in whatever order fits best; the name
score leans on the weakest aligned part, so that brothers sharing a surname, or namesakes with
different surnames, do not pass on the strength of the part they share.
"""

from __future__ import annotations

from itertools import permutations
from typing import Iterable

from rapidfuzz.distance import Levenshtein

from guwah.names.forms import NameForms, Part, name_forms

DEFAULT_THRESHOLD = 0.88

WEAKEST_WEIGHT = 0.8        # share of the weakest aligned part in a name's score
GENDER_MISMATCH = 0.5       # Tursunov vs Tursunova, Serikuly vs Serikqyzy
FEMININE_MISMATCH = 0.75    # Halim vs Halima, Adil vs Adile
SYLLABLE_MISMATCH = 0.88    # per syllable: Tursun vs Tursunay, Omir vs Omirbek
UNMATCHED_PART = 0.8        # a name part with no counterpart on the other side
UNMATCHED_PATRONYMIC = 0.97
MAX_PERMUTED_PARTS = 4

_similarity = Levenshtein.normalized_similarity
_SYLLABLE_FACTORS = {d: SYLLABLE_MISMATCH ** abs(d) for d in range(-12, 13)}


def part_similarity(a: Part, b: Part) -> float:
    """Similarity of two name parts in [0, 1]."""
    if a.loose or b.loose:
        # Chinese readings lose h, sibilant contrasts and vowels: compare the coarse forms.
        x, y = a.loose_signature, b.loose_signature
        score = 1.0 if x == y else _similarity(x, y)
    else:
        x, y = a.signature, b.signature
        score = 1.0 if x == y else _similarity(x, y)
        # An extra syllable changes the name (Tursun, Tursunay) unless it is only a vowel
        # inside it (Ilyas, Iliyas).
        if a.syllables != b.syllables and (a.consonants != b.consonants
                                           or a.reduced[-1] != b.reduced[-1]):
            score *= _SYLLABLE_FACTORS.get(a.syllables - b.syllables, 0.0)
    if a.feminine != b.feminine:
        score *= FEMININE_MISMATCH
    if a.gender != b.gender and a.gender and b.gender:
        score *= GENDER_MISMATCH
    return score


def _assignments(rows: int, cols: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Every injective row → column assignment as (flat cell indices, unmatched columns)."""
    result = []
    for columns in permutations(range(cols), rows):
        cells = tuple(row * cols + col for row, col in enumerate(columns))
        result.append((cells, tuple(c for c in range(cols) if c not in columns)))
    return result


ASSIGNMENTS = {(rows, cols): _assignments(rows, cols)
               for cols in range(1, MAX_PERMUTED_PARTS + 1) for rows in range(1, cols + 1)}


def best_alignment(flat: list[float], rows: int, cols: int) -> tuple[list[float], tuple[int, ...]]:
    """Match each row to a distinct column, maximising the total: (scores, unmatched columns).

    Args:
        flat: the rows × cols part similarity matrix, row by row.
        rows: parts of the shorter name.
        cols: parts of the longer name.
    """
    if cols <= MAX_PERMUTED_PARTS:
        best_total = -1.0
        best: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        for assignment in ASSIGNMENTS[(rows, cols)]:
            total = 0.0
            for cell in assignment[0]:
                total += flat[cell]
            if total > best_total:
                best_total, best = total, assignment
        return [flat[cell] for cell in best[0]], best[1]
    # Long names: greedy on the best remaining cell.
    order = sorted(range(rows * cols), key=flat.__getitem__, reverse=True)
    assigned: dict[int, int] = {}
    used: set[int] = set()
    for cell in order:
        row, col = divmod(cell, cols)
        if row not in assigned and col not in used:
            assigned[row] = col
            used.add(col)
    scores = [flat[row * cols + assigned[row]] for row in range(rows)]
    return scores, tuple(c for c in range(cols) if c not in used)


def combine(scores: list[float]) -> float:
    """A name score from aligned part scores, dominated by the weakest part."""
    weakest = min(scores)
    return WEAKEST_WEIGHT * weakest + (1 - WEAKEST_WEIGHT) * (sum(scores) / len(scores))


def reading_similarity(a: tuple[Part, ...], b: tuple[Part, ...]) -> float:
    """Similarity of two readings of names, aligning parts in any order."""
    if len(a) > len(b):
        a, b = b, a
    rows, cols = len(a), len(b)
    if not rows:
        return 0.0
    if cols == 1:
        return part_similarity(a[0], b[0])
    if rows == 2 and cols == 2:
        # The common case, unrolled: keep the better of the two pairings.
        a0, a1 = a
        b0, b1 = b
        s00 = part_similarity(a0, b0)
        s11 = part_similarity(a1, b1)
        s01 = part_similarity(a0, b1)
        s10 = part_similarity(a1, b0)
        if s01 + s10 > s00 + s11:
            s00, s11 = s01, s10
        weakest = s00 if s00 < s11 else s11
        return WEAKEST_WEIGHT * weakest + (1 - WEAKEST_WEIGHT) * ((s00 + s11) / 2)
    flat = [part_similarity(pa, pb) for pa in a for pb in b]
    scores, unmatched = best_alignment(flat, rows, cols)
    # A mismatched part must pull the score down, not be averaged away.
    score = combine(scores)
    for col in unmatched:
        score *= UNMATCHED_PATRONYMIC if b[col].patronymic else UNMATCHED_PART
    return score


def compare_forms(a: NameForms, b: NameForms) -> float:
    """Best similarity over the readings of two prepared names."""
    readings_a, readings_b = a.readings, b.readings
    if len(readings_a) == 1 and len(readings_b) == 1:
        return reading_similarity(readings_a[0], readings_b[0])
    best = 0.0
    for reading_a in readings_a:
        for reading_b in readings_b:
            score = reading_similarity(reading_a, reading_b)
            if score > best:
                best = score
    return best


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


def compare_many(pairs: Iterable[tuple[str, str]]) -> list[float]:
    """Similarity of many name pairs; each name is prepared once and cached.

    Args:
        pairs: (a, b) name pairs.
    Returns:
        One score per pair, equal to compare_names(a, b).
    """
    forms = name_forms
    compare = compare_forms
    return [compare(forms(a), forms(b)) for a, b in pairs]
