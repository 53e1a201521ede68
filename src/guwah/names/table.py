"""Prepared name forms as arrays, and the name matcher's scores computed over them.

A `FormTable` holds what `compare_names` needs of many names as numpy arrays: per name its traits
(`compare.name_traits`) and where its readings are; per reading its parts' strings as numbers into
a vocabulary (signatures, loose signatures, Latin spellings, reduced forms, their stems without
-jan, tails, roundings) and their small numbers (shape, flags, lengths). `score_pairs` scores
pairs of names of a table with array operations; only the string distances are computed on
strings, once per distinct pair of strings, in C++ (rapidfuzz). `compare_many` builds a table of
its names with a vocabulary of its own and scores through it, and the public search scores a
query against a table stored once in a file and opened memory-mapped by every server process
(`guwah.search.forms`), so the same rules give the same scores on both paths.

A table never holds a process's own numbering (tail and rounding ids are vocabulary numbers),
so a stored table means the same in every process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.process import cpdist

from guwah.names import compare as c
from guwah.names.forms import near_forms

# Per part, the strings kept as vocabulary numbers and the small numbers, in `strings` and
# `numbers` (axis 1).
# The stems are `forms.near_forms`: a name without its -jan or -xan, the full names of a pet form
# (Слава: Вячеслав, Станислав, Ярослав), NEAR_SLOTS at most.
STRING_FIELDS = ("signature", "loose_signature", "bare_signature", "latin", "reduced", "stem", "stem2", "stem3",
                 "stem4", "tail", "rounding")
NUMBER_FIELDS = ("shape", "loose", "patronymic", "rounding_length", "last_vowel", "latin_length", "loose_vowels")
SIG, LOOSE_SIG, BARE_SIG, LATIN, REDUCED, STEM, STEM2, STEM3, STEM4, TAIL, ROUNDING = range(len(STRING_FIELDS))
STEMS = (STEM, STEM2, STEM3, STEM4)
SHAPE, LOOSE, PATRONYMIC, ROUNDING_LENGTH, LAST_VOWEL, LATIN_LENGTH, LOOSE_VOWELS = range(len(NUMBER_FIELDS))
PAD = c.VECTOR_PARTS
NONE = -1  # a string id for "no string" (a part slot left empty, a stem the part has not)

# One name as `compare.prepared_text` stores it: (traits, order_free, per reading the
# `compare._part_fields` of its parts).
Record = tuple[tuple[bool, int, tuple[str, str] | None, bool], bool, Sequence[Sequence[Sequence]]]


@dataclass(frozen=True)
class FormTable:
    """Many names' prepared forms as arrays (see the module docstring).

    Per name (N): `first` (int64) and `count` (int32) of its readings; `has_pinyin`, `wade`,
    `order_free` (bool); `one_part` (int8: 1 one part at most, 0 more, -1 no reading); `chinese`
    (int32: the vocabulary number of its Chinese-name key joined by a unit separator, -1 none).
    Per reading (R): `parts` (int16: its number of parts; one of more than PAD parts keeps only
    its count), `marked` (bool: `compare.marked`), `gendered` (int16: `compare.gendered_positions`),
    `strings` (int32, R × 11 × PAD: STRING_FIELDS as vocabulary numbers, -1 for none) and `numbers`
    (int16, R × 7 × PAD: NUMBER_FIELDS). About 220 bytes per reading.
    """

    first: np.ndarray
    count: np.ndarray
    has_pinyin: np.ndarray
    one_part: np.ndarray
    chinese: np.ndarray
    wade: np.ndarray
    order_free: np.ndarray
    parts: np.ndarray
    marked: np.ndarray
    gendered: np.ndarray
    strings: np.ndarray
    numbers: np.ndarray

    NAME_ARRAYS = ("first", "count", "has_pinyin", "one_part", "chinese", "wade", "order_free")
    READING_ARRAYS = ("parts", "marked", "gendered", "strings", "numbers")

    def __len__(self) -> int:
        return len(self.first)

    def take(self, rows: np.ndarray) -> FormTable:
        """The names at these row numbers (int array), as a table of their own (copies)."""
        rows = np.asarray(rows, dtype=np.int64)
        starts, counts = self.first[rows], self.count[rows].astype(np.int64)
        total = int(counts.sum())
        before = np.cumsum(counts) - counts
        readings = np.repeat(starts - before, counts) + np.arange(total)
        return FormTable(before, counts.astype(np.int32), self.has_pinyin[rows], self.one_part[rows],
                         self.chinese[rows], self.wade[rows], self.order_free[rows],
                         *(getattr(self, name)[readings] for name in self.READING_ARRAYS))

    @staticmethod
    def joined(tables: Sequence[FormTable]) -> FormTable:
        """The names of these tables one after the other (their string numbers must share a
        vocabulary)."""
        offsets = np.cumsum([0] + [len(t.parts) for t in tables[:-1]])
        first = np.concatenate([t.first + offset for t, offset in zip(tables, offsets, strict=True)])
        return FormTable(first, *(np.concatenate([getattr(t, name) for t in tables])
                                  for name in (*FormTable.NAME_ARRAYS[1:], *FormTable.READING_ARRAYS)))


def record_of(name: str) -> Record:
    """A name's `Record`, made from the name (`compare.name_forms`)."""
    forms = c.name_forms(name)
    return (c.name_traits(name), forms.order_free,
            tuple(tuple(map(tuple, c._part_fields(parts))) for parts in forms.readings))


def build_table(records: Sequence[Record], number: Callable[[str], int]) -> FormTable:
    """A table of these names, each string numbered by `number` (a vocabulary's)."""
    count = np.array([len(r[2]) for r in records], dtype=np.int32)
    first = (np.cumsum(count, dtype=np.int64) - count) if len(records) else np.empty(0, dtype=np.int64)
    traits = [r[0] for r in records]
    readings = [fields for r in records for fields in r[2]]
    size = len(readings)
    parts = np.array([len(f) for f in readings], dtype=np.int16)
    strings = np.full((size, len(STRING_FIELDS), PAD), NONE, dtype=np.int32)
    numbers = np.zeros((size, len(NUMBER_FIELDS), PAD), dtype=np.int16)
    marked = np.zeros(size, dtype=bool)
    gendered = np.zeros(size, dtype=np.int16)
    for row, fields in enumerate(readings):
        if len(fields) > PAD:
            continue  # scored one pair at a time, from the name (`score_pairs`)
        for k, (signature, loose_signature, bare_signature, latin, shape, tail, loose, patronymic, rounding,
                last_vowel) in enumerate(fields):
            reduced = signature.split("|", 1)[0]
            stems = near_forms(reduced)[:len(STEMS)]
            strings[row, :, k] = (number(signature), number(loose_signature), number(bare_signature),
                                  number(latin), number(reduced),
                                  *(number(stem) for stem in stems), *(NONE,) * (len(STEMS) - len(stems)),
                                  number(tail), number(rounding))
            numbers[row, :, k] = (shape, loose, patronymic, len(rounding), last_vowel, len(latin),
                                  c.loose_vowels(loose_signature))
            marked[row] |= shape % 6 != 0 or patronymic == 1 or c.womans_ending(latin)
            if shape % 3 != 0:
                gendered[row] |= 1 << k
    return FormTable(
        first, count,
        np.array([t[0] for t in traits], dtype=bool), np.array([t[1] for t in traits], dtype=np.int8),
        np.array([number("\x1f".join(t[2])) if t[2] else NONE for t in traits], dtype=np.int32),
        np.array([t[3] for t in traits], dtype=bool), np.array([r[1] for r in records], dtype=bool),
        parts, marked, gendered, strings, numbers)


class Vocabulary:
    """Strings numbered as they come (for tables made in one call: `compare_many`); `texts`:
    strings already numbered 0, 1, ... (a vocabulary made in another process)."""

    def __init__(self, texts: Sequence[str] = ()) -> None:
        self.texts: list[str] = list(texts)
        self.numbers: dict[str, int] = {text: number for number, text in enumerate(self.texts)}

    def number(self, text: str) -> int:
        found = self.numbers.get(text)
        if found is None:
            found = self.numbers[text] = len(self.texts)
            self.texts.append(text)
        return found

    def text(self, ids: np.ndarray) -> list[str]:
        texts = self.texts
        return [texts[i] for i in ids.tolist()]


def names_table(names: Sequence[str], prepared: dict | None = None,
                cached: bool = True) -> tuple[FormTable, Vocabulary]:
    """A table of these names (row i: names[i]) and the vocabulary its strings are numbered in.

    Args:
        names: the names.
        prepared: records already prepared (`compare.load_prepared`), by name.
        cached: keep each name's record in `cached_record`'s cache (False for one table of
            many names made once: the linker's, whose hundreds of thousands of names would only
            push out the cache's others).
    """
    prepared = prepared or {}
    record = cached_record if cached else record_of
    vocabulary = Vocabulary()
    return build_table([prepared.get(name) or record(name) for name in names], vocabulary.number), vocabulary


def joined_tables(parts: Sequence[tuple[FormTable, Sequence[str]]]) -> tuple[FormTable, Vocabulary]:
    """Tables made apart (each numbered in a vocabulary of its own, given by its texts: the
    linker makes them in worker processes), as one table of their names one after the other,
    numbered in one vocabulary. Scores over it are those over a table made in one piece: a
    string's number only names it."""
    vocabulary = Vocabulary()
    tables = []
    for table, texts in parts:
        # NONE (-1) indexes the last entry, which is NONE.
        renumber = np.array([*map(vocabulary.number, texts), NONE], dtype=np.int32)
        tables.append(replace(table, strings=renumber[table.strings], chinese=renumber[table.chinese]))
    return FormTable.joined(tables), vocabulary


@lru_cache(maxsize=262144)
def cached_record(name: str) -> Record:
    """`record_of`, kept per process (most callers see the same names again)."""
    return record_of(name)


def _slip_hits(la: list[str], lb: list[str], lev: np.ndarray, same_length: np.ndarray) -> list[int]:
    """Which of these pairs of Latin spellings (one letter apart in length at most, raw similarity
    below TYPO_SIMILARITY) are one slip apart (`compare.slipped`), given their Levenshtein
    distances: a swap is two edits and one transposition, a key slip one substitution, a merge two
    edits across lengths (checked one by one)."""
    swaps = np.nonzero(same_length & (lev == 2))[0]
    hits: list[int] = []
    if len(swaps):
        osa = cpdist([la[k] for k in swaps], [lb[k] for k in swaps], scorer=OSA.distance, workers=1)
        hits = swaps[osa == 1].tolist()
    keys = np.nonzero(same_length & (lev == 1))[0]
    if len(keys):
        hits += keys[c.key_slips([la[k] for k in keys], [lb[k] for k in keys])].tolist()
    merges = np.nonzero(~same_length & (lev == 2))[0]
    hits += [k for k in merges.tolist() if c.slipped(la[k], lb[k])]
    return hits


def _memo_lookup(memo: dict, kind: str, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of these sorted distinct int64 keys `memo[kind]` (sorted keys, values) holds:
    (found, their values at the found positions)."""
    known_keys, known_values = memo.get(kind, (np.empty(0, dtype=np.int64), None))
    if not len(known_keys):
        return np.zeros(len(keys), dtype=bool), np.empty(0)
    where = np.minimum(np.searchsorted(known_keys, keys), len(known_keys) - 1)
    found = known_keys[where] == keys
    return found, known_values[where[found]]


def _memo_add(memo: dict, kind: str, keys: np.ndarray, values: np.ndarray) -> None:
    """Add these sorted keys (not yet in `memo[kind]`) and their values, keeping the keys sorted
    (both are sorted: a merge by insertion, not a sort of the whole memo at every chunk)."""
    known_keys, known_values = memo.get(kind, (np.empty(0, dtype=np.int64), np.empty(0, dtype=values.dtype)))
    at = np.searchsorted(known_keys, keys)
    memo[kind] = np.insert(known_keys, at, keys), np.insert(known_values, at, values)


def _distinct_pairs(xs: np.ndarray, ys: np.ndarray, kind: str, memo: dict, compute: Callable
                    ) -> np.ndarray:
    """compute(xs', ys') for each pair (xs[k], ys[k]) of string numbers, each distinct pair
    computed once per call of `score_pairs` (`memo` keeps them by `kind`, as sorted arrays)."""
    span = np.int64(1) << 32
    keys = xs.astype(np.int64) * span + (ys.astype(np.int64) & (span - 1))
    distinct, inverse = np.unique(keys, return_inverse=True)
    found, known = _memo_lookup(memo, kind, distinct)
    todo = ~found
    if todo.any():
        pick = distinct[todo]
        computed = np.asarray(compute(pick // span, pick % span))
        values = np.empty(len(distinct), dtype=computed.dtype)
        values[todo] = computed
        _memo_add(memo, kind, pick, computed)
    else:
        values = np.empty(len(distinct), dtype=known.dtype)
    values[found] = known
    return values[inverse.reshape(-1)]


def _similarities(xs: np.ndarray, ys: np.ndarray, text: Callable[[np.ndarray], list[str]],
                  memo: dict) -> np.ndarray:
    """Normalised Levenshtein similarity of the strings numbered xs and ys (pairwise), each
    distinct pair computed once (`memo` keeps them for the call)."""
    return _distinct_pairs(xs, ys, "similarity", memo, lambda x, y: cpdist(
        text(x), text(y), scorer=c._similarity, dtype=np.float64, workers=1))


def _slips(xs: np.ndarray, ys: np.ndarray, text: Callable[[np.ndarray], list[str]], memo: dict) -> np.ndarray:
    """Whether the Latin spellings numbered xs and ys (pairwise) are one slip apart
    (`_slip_hits`), each distinct pair checked once (`memo` keeps them for the call)."""
    def compute(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        la, lb = text(x), text(y)
        # Only distances of 1 and 2 are read: beyond 2, rapidfuzz stops and answers 3.
        lev = cpdist(la, lb, scorer=Levenshtein.distance, score_cutoff=2, workers=1)
        same_length = np.fromiter(map(len, la), dtype=np.int64, count=len(la)) == np.fromiter(
            map(len, lb), dtype=np.int64, count=len(lb))
        flags = np.zeros(len(la), dtype=bool)
        flags[_slip_hits(la, lb, lev, same_length)] = True
        return flags
    return _distinct_pairs(xs, ys, "slip", memo, compute)


# Units scored together at most (`score_pairs`): ~0.5 KB of arrays per cell, up to 16 cells a unit.
UNIT_CHUNK = 50_000


def _cells(table: FormTable, u_a: np.ndarray, u_b: np.ndarray, rows: np.ndarray, cols: np.ndarray,
           text: Callable[[np.ndarray], list[str]], memo: dict) -> tuple[np.ndarray, np.ndarray]:
    """The part similarity of every cell of these units (reading u_a[k] of rows[k] parts against
    reading u_b[k] of cols[k], at most PAD): (the cells, float64, each unit's rows × cols row by
    row, one unit after the other; the position of each unit's first cell)."""
    size = rows * cols
    offsets = np.cumsum(size) - size
    owner = np.repeat(np.arange(len(rows)), size)
    within = np.arange(int(size.sum())) - offsets[owner]
    i, j = within // cols[owner], within % cols[owner]
    ra, rb = u_a[owner], u_b[owner]
    sa, sb = table.strings[ra, :, i], table.strings[rb, :, j]  # (cells, STRING_FIELDS)
    na, nb = table.numbers[ra, :, i], table.numbers[rb, :, j]  # (cells, NUMBER_FIELDS)
    penalties, penalties_same_tail, penalties_loose = c._penalty_arrays()
    loose = (na[:, LOOSE] | nb[:, LOOSE]).astype(bool)
    xs = np.where(loose, sa[:, LOOSE_SIG], sa[:, SIG])
    ys = np.where(loose, sb[:, LOOSE_SIG], sb[:, SIG])
    raw = _similarities(xs, ys, text, memo)
    # `compare.raw_similarities`: the bare signatures too where one side has h-sounds to leave out
    bare = np.nonzero(loose & (raw < 1.0) & ((sa[:, BARE_SIG] != sa[:, LOOSE_SIG]) | (sb[:, BARE_SIG] != sb[:, LOOSE_SIG])))[0]
    if len(bare):
        raw[bare] = np.maximum(raw[bare], _similarities(sa[bare, BARE_SIG], sb[bare, BARE_SIG], text, memo))
    # slipped(): parts of 4+ letters, at most one letter apart in length, below TYPO_SIMILARITY;
    # the few left are checked on their strings
    length_a, length_b = na[:, LATIN_LENGTH], nb[:, LATIN_LENGTH]
    slips = ((np.abs(length_a - length_b) <= 1) & (np.minimum(length_a, length_b) >= c.TYPO_MIN_LETTERS)
             & (raw < c.TYPO_SIMILARITY))
    typo = None
    if slips.any():
        candidates = np.nonzero(slips)[0]
        hit = _slips(sa[candidates, LATIN], sb[candidates, LATIN], text, memo)
        typo = candidates[hit] if hit.any() else None
    shape_a, shape_b = na[:, SHAPE], nb[:, SHAPE]
    rounding = (sa[:, ROUNDING] != sb[:, ROUNDING]) & (na[:, ROUNDING_LENGTH] == nb[:, ROUNDING_LENGTH])
    clashes = rounding | (na[:, LAST_VOWEL] * nb[:, LAST_VOWEL] == 2)
    factor = np.where(
        loose, np.where(rounding & (na[:, ROUNDING_LENGTH] == 1) & (na[:, LOOSE_VOWELS] == nb[:, LOOSE_VOWELS]),
                        c.VOWEL_CLASH, 1.0)
        * penalties_loose[shape_a, shape_b],
        np.where(clashes, c.VOWEL_CLASH, 1.0)
        * np.where(sa[:, TAIL] == sb[:, TAIL], penalties_same_tail[shape_a, shape_b], penalties[shape_a, shape_b]))
    cells = raw * factor
    if typo is not None:
        cells[typo] = c.TYPO_SIMILARITY
    # `compare.initial_of`: a part of one letter against a longer part of the same first sound
    initial = np.nonzero((length_a == 1) != (length_b == 1))[0]
    if len(initial):
        first_a = [value[:1] for value in text(sa[initial, REDUCED])]
        first_b = [value[:1] for value in text(sb[initial, REDUCED])]
        hit = initial[[x == y != "" for x, y in zip(first_a, first_b, strict=True)]]
        if len(hit):
            cells[hit] = np.maximum(cells[hit], c.INITIAL_SIMILARITY)
    jan = np.zeros(len(cells), dtype=bool)
    for stem in STEMS:
        jan |= ((sa[:, stem] != NONE) & (sa[:, stem] == sb[:, REDUCED])) | (
            (sb[:, stem] != NONE) & (sb[:, stem] == sa[:, REDUCED]))
    if jan.any():
        cells = np.where(jan, np.maximum(cells, c.JAN_SIMILARITY), cells)
    return cells, offsets


def _aligned(table: FormTable, cells: np.ndarray, offsets: np.ndarray, u_b: np.ndarray, rows: np.ndarray,
             cols: np.ndarray, swap: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each unit's name score from its cells (`_cells`): the highest over the assignments of its
    rows to distinct columns, as `compare.best_alignment` computes it (the same operations in the
    same order, so the same floats); a unit of one column is its cell. `swap`: each unit's factor
    for a swapped order. Returns (scores, the same with no factor for a swapped order)."""
    scores = np.empty(len(rows))
    single = cols == 1
    scores[single] = cells[offsets[single]]
    any_order = scores.copy()
    patronymic = table.numbers[u_b, PATRONYMIC, :]  # of each column of the longer reading
    unmatched = np.where(patronymic == 1, c.UNMATCHED_PATRONYMIC, c.UNMATCHED_PART)
    chained = np.maximum(unmatched, c.UNMATCHED_ANCESTOR)
    shapes = rows * (PAD + 1) + cols
    for shape in np.unique(shapes[~single]).tolist():
        size, width = divmod(shape, PAD + 1)
        group = np.nonzero(shapes == shape)[0]
        assignments = c.ASSIGNMENTS[(size, width)]
        chosen = np.array([a[0] for a in assignments], dtype=np.int64)  # (assignments, size)
        left = np.array([a[1] for a in assignments], dtype=np.int64).reshape(len(assignments), width - size)
        chain = np.array([a[3] for a in assignments], dtype=bool)
        swapped = np.array([a[2] for a in assignments], dtype=bool)
        values = cells[offsets[group][:, None, None] + chosen[None, :, :]]  # (units, assignments, size)
        total = np.zeros(values.shape[:2])
        for k in range(size):
            total = total + values[:, :, k]
        score = c.WEAKEST_WEIGHT * values.min(axis=2) + (1 - c.WEAKEST_WEIGHT) * (total / size)
        for k in range(width - size):
            columns = left[:, k]
            score = score * np.where(chain[None, :], chained[group][:, columns], unmatched[group][:, columns])
        any_order[group] = score.max(axis=1)
        score = score * np.where(swapped[None, :], swap[group][:, None], 1.0)
        scores[group] = score.max(axis=1)
    return scores, any_order


def score_pairs(table: FormTable, ids_a: np.ndarray, ids_b: np.ndarray, text: Callable[[np.ndarray], list[str]],
                names: Sequence[str], any_order: bool = False):
    """`compare.compare_names(names[a], names[b])` for every pair (a, b) of table rows, with array
    operations (equal up to floating-point rounding); with `any_order`, also
    `compare.any_order_score` of each pair from the same cells: (scores, any-order scores).

    Args:
        table: the names' forms.
        ids_a, ids_b: row numbers (int64 arrays of one length).
        text: the strings of an array of vocabulary numbers.
        names: each row's name (pairs that the arrays do not cover are scored from it: two pinyin
            readings, Wade-Giles keys or characters, a one-part name against a longer one, a
            reading of more than VECTOR_PARTS parts).
    Returns:
        One float64 score per pair (a pair of such arrays with `any_order`).
    """
    scores = np.zeros(len(ids_a))
    unswapped = np.zeros(len(ids_a))
    result = (scores, unswapped) if any_order else scores
    if not len(ids_a):
        return result
    has_pinyin, one_part, wade = table.has_pinyin, table.one_part, table.wade
    full = (has_pinyin[ids_a] & has_pinyin[ids_b]) | wade[ids_a] | wade[ids_b] | (
        (one_part[ids_a] >= 0) & (one_part[ids_b] >= 0) & (one_part[ids_a] != one_part[ids_b]))
    for position in np.nonzero(full)[0].tolist():
        name_a, name_b = names[ids_a[position]], names[ids_b[position]]
        scores[position] = c.compare_names(name_a, name_b)
        if any_order:
            unswapped[position] = c.any_order_score(name_a, name_b)
    rest = np.nonzero(~full)[0]
    if not len(rest):
        return result
    pa, pb = ids_a[rest], ids_b[rest]
    first, count = table.first, table.count.astype(np.int64)
    # Units: one per pair of readings; most names have a single reading.
    units_per = count[pa] * count[pb]
    u_pair = np.repeat(rest, units_per)
    within = np.arange(int(units_per.sum())) - np.repeat(np.cumsum(units_per) - units_per, units_per)
    cb = np.repeat(count[pb], units_per)
    u_a = np.repeat(first[pa], units_per) + within // cb
    u_b = np.repeat(first[pb], units_per) + within % cb
    n_parts = table.parts
    shorter_second = n_parts[u_a] > n_parts[u_b]
    u_a, u_b = np.where(shorter_second, u_b, u_a), np.where(shorter_second, u_a, u_b)
    rows_arr, cols_arr = n_parts[u_a], n_parts[u_b]
    reading_owner = np.repeat(np.arange(len(first)), count)
    free = table.order_free[reading_owner]
    gendered = table.gendered
    same_places = (gendered[u_a] != 0) & (gendered[u_a] == gendered[u_b])
    forgiven = (table.marked[u_a] | table.marked[u_b]) & ~same_places  # swap_forgiven()
    unit_swap = np.where(free[u_a] | free[u_b] | forgiven, 1.0, c.SWAP_FACTOR)

    unit_scores = np.zeros(len(u_pair))
    unit_any = np.zeros(len(u_pair))
    for unit in np.nonzero((rows_arr > 0) & (cols_arr > PAD))[0].tolist():  # long names, one by one
        owner_a, owner_b = reading_owner[u_a[unit]], reading_owner[u_b[unit]]
        forms_a, forms_b = c.name_forms(names[owner_a]), c.name_forms(names[owner_b])
        reading_a = forms_a.readings[u_a[unit] - first[owner_a]]
        reading_b = forms_b.readings[u_b[unit] - first[owner_b]]
        unit_scores[unit] = c.reading_similarity(reading_a, reading_b, float(unit_swap[unit]))
        if any_order:
            unit_any[unit] = c.reading_similarity(reading_a, reading_b, 1.0)
    # Every cell (a part of one reading against a part of the other) of every unit at once, then
    # each shape's assignments at once: the number of array operations per call does not grow
    # with the names' parts (a search scores tens to hundreds of units, and each operation's
    # overhead weighed more than its work). UNIT_CHUNK units at a time bound a large batch's memory.
    vectored = np.nonzero((rows_arr > 0) & (cols_arr <= PAD))[0]
    memo: dict = {}  # each distinct pair of strings computed once per call, across chunks
    for start in range(0, len(vectored), UNIT_CHUNK):
        units = vectored[start:start + UNIT_CHUNK]
        rows, cols = rows_arr[units].astype(np.int64), cols_arr[units].astype(np.int64)
        cells, offsets = _cells(table, u_a[units], u_b[units], rows, cols, text, memo)
        unit_scores[units], unit_any[units] = _aligned(table, cells, offsets, u_b[units], rows, cols,
                                                       unit_swap[units])
    # settle(): two Chinese names are the same only when their pinyin is
    chinese = table.chinese
    key_a, key_b = chinese[pa], chinese[pb]
    both = (key_a >= 0) & (key_b >= 0)
    for found, units_found in ((scores, unit_scores), (unswapped, unit_any)) if any_order else ((scores, unit_scores),):
        best = np.zeros(len(ids_a))
        np.maximum.at(best, u_pair, units_found)
        found[rest] = np.where(both, np.where(key_a == key_b, 1.0, best[rest] * c.CHINESE_APART), best[rest])
    return result
