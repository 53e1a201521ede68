"""Corroboration: how many independent sources support a fact.

Testimonies of different witnesses count apart. The same witness telling it twice counts once,
so does a testimony and its translations (`Testimony.translation_of_id`: one account in other
words, whoever is recorded as its witness), and so does one text republished by two outlets or re-encoded as another file: documents whose
texts are near-duplicates (estimated Jaccard similarity of word 5-shingles ≥ NEAR_DUPLICATE,
by MinHash from the `datasketch` library) fall in one group, and so does a text that holds CARRIED
of another's word 5-shingles (a republication under an editor's note, a report quoting it whole):
the one containment rule (`_carries`) that consent follows too (`guwah.publish`, `guwah.releases`).

Passages an organisation registered as boilerplate (an intake template's consent paragraph, a
standard header: `register_boilerplate`) are left out of all of this: their shingles are removed
from every text before any comparison (`boilerplate`), so two testimonies taken with one template
are not copies, near-duplicates or quotations of each other for sharing it.

Below that share a text may still quote another: `quoted_passages` finds the runs of at least
QUOTED_RUN consecutive shingles (QUOTED_RUN + SHINGLE - 1 words, a sentence's worth) that a text
shares with another, which `guwah.publish` masks where the other text is not public.

Words are read by one rule, `_WORD`: a run of letters and digits, except that Chinese and Japanese,
written without spaces, are read a character at a time (a sentence of Han characters is not one
word), each character weighing half a word (`_weight`) where a quotation's length is measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from sqlalchemy import select
from sqlalchemy.orm import Session

from guwah.cache import LRU
from guwah.storage.tables import Boilerplate, Document, Person, Testimony

NEAR_DUPLICATE = 0.8
CARRIED = 0.8  # share of a text's shingles that another text must hold to carry it
MIN_CARRIED = 20  # shingles (about 24 words): a shorter text is not looked for inside others
SHINGLE = 5  # words
PERMUTATIONS = 128
# A quoted passage: this many consecutive shared shingles, i.e. QUOTED_RUN + SHINGLE - 1 = 12 words.
# Shorter shared runs are common phrases ("I was taken from my home at night" is 9 words); a run
# of 12 words in the same order is a sentence of someone's own account.
QUOTED_RUN = 8
QUOTED_WORDS = QUOTED_RUN + SHINGLE - 1
# One word: a character of a script written without spaces (Chinese, Japanese kana), else a run of
# other letters and digits. `\w+` alone read a whole Chinese sentence as one word, so that no Chinese
# text ever shared 12 "words" with another: a confidential Chinese testimony republished or quoted in
# a public one went unnoticed, and its consent did not travel.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}"
_WORD = regex.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")
_UNSPACED_CHAR = regex.compile(rf"[{_UNSPACED}]")


CACHED = 4096  # documents whose sketch and shingle count are kept (~1.2 KB each)
# (MinHash, shingle count) and the shingles' hashes of a text, by (document id, the text's SHA-256, the
# boilerplate left out): `guwah.cache.LRU`, whose `clear()` a bench's cold run calls.
SUMMARIES: LRU[tuple[object, int]] = LRU(CACHED)
SHINGLE_HASHES: LRU[object] = LRU(CACHED)


NO_BOILERPLATE: frozenset[str] = frozenset()


def boilerplate(session: Session) -> frozenset[str]:
    """The word 5-shingles of every registered boilerplate passage (`register_boilerplate`), which no
    comparison counts: removed from each text's shingles before it is compared."""
    return _boilerplate_shingles(tuple(sorted(session.scalars(select(Boilerplate.text)))))


@lru_cache(maxsize=4)
def _boilerplate_shingles(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(shingle for text in texts for shingle in _shingles(text))


def register_boilerplate(session: Session, name: str, text: str, actor: str) -> Boilerplate:
    """Register a passage the organisation puts in many testimonies (`guwah boilerplate add`).

    Raises InputError when the name is blank or the passage is shorter than QUOTED_RUN shingles
    (QUOTED_RUN + SHINGLE - 1 words: shorter shared runs count as nothing already)."""
    from guwah.errors import InputError

    if not (name or "").strip():
        raise InputError("a boilerplate passage needs a name (--name), e.g. 'intake consent paragraph 2024'")
    weight = sum(_weight(word) for word in _WORD.findall(text or ""))
    words = int(weight)
    if weight < QUOTED_WORDS:
        raise InputError(f"a boilerplate passage has at least {QUOTED_WORDS} words (a Chinese character counts "
                         f"half); this has {words}", value=words)
    row = Boilerplate(name=" ".join(name.split()), text=text.strip(), registered_by=actor)
    session.add(row)
    session.flush()
    session.info["guwah_store"].audit(session, actor, "boilerplate", "boilerplate", row.id, step="registered")
    return row


def remove_boilerplate(session: Session, boilerplate_id: int, actor: str) -> None:
    """Remove a registered boilerplate passage (NotFound for an unknown id): sharing it counts again."""
    from guwah.errors import NotFound

    row = session.get(Boilerplate, boilerplate_id)
    if row is None:
        raise NotFound(f"no boilerplate passage {boilerplate_id}", value=boilerplate_id)
    session.delete(row)
    session.flush()
    session.info["guwah_store"].audit(session, actor, "boilerplate", "boilerplate", boilerplate_id, step="removed")


def sketch_of(document_id: int, text_sha256: str, text: str, common: frozenset[str] = NO_BOILERPLATE):
    """A document's MinHash, computed once per text (`_summary`)."""
    return _summary(document_id, text_sha256, text, common=common)[0]


def _summary(document_id: int, text_sha256: str, text: str,
             shingles: set[str] | None = None, common: frozenset[str] = NO_BOILERPLATE) -> tuple[object, int]:
    """(MinHash, number of word 5-shingles) of a document's text, computed once per text: cached by
    the document id and the text's SHA-256 (which change when the text does), never by the text
    itself, so the cache does not hold the archive's texts. The CACHED most recently used are kept.
    `shingles`: the text's `_shingles`, where the caller has made them already; `common`: the
    boilerplate shingles left out (`boilerplate`), part of the key."""
    def make() -> tuple[object, int]:
        made = shingles if shingles is not None else _shingles(text, common)
        return _minhash(made), len(made)

    return SUMMARIES.get((document_id, text_sha256, hash(common)), make)


def near_duplicates(session: Session, document_id: int) -> list[int]:
    """Other documents whose text is a near-duplicate of this one's (same threshold as corroboration)."""
    common = boilerplate(session)
    rows = [r for r in session.execute(select(Document.id, Document.text_sha256, Document.text)).all()
            if _compared(r, common)]
    mine = next((r for r in rows if r[0] == document_id), None)
    if mine is None:
        return []
    sketch = sketch_of(*mine, common=common)
    return [r[0] for r in rows if r[0] != document_id and sketch.jaccard(sketch_of(*r, common=common)) >= NEAR_DUPLICATE]


def _compared(row, common: frozenset[str]) -> bool:
    """Whether a row (id, text hash, text) has anything to compare: a text not blank, with shingles
    besides the boilerplate ones (a text that is only a template is no copy of anything)."""
    if not (row[2] or "").strip():
        return False
    return not common or _summary(*row, common=common)[1] > 0


def _weight(word: str) -> float:
    """How many words a word of `_WORD` counts for in a quotation's length: half for a Chinese or
    Japanese character (a Chinese word is one to two of them), else one."""
    return 0.5 if _UNSPACED_CHAR.fullmatch(word) else 1.0


def _shingles(text: str, common: frozenset[str] = NO_BOILERPLATE) -> set[str]:
    """The word 5-shingles of a text (case-folded words of `_WORD`), less the `common` ones (`boilerplate`);
    a text of fewer than SHINGLE words is one shingle."""
    words = _WORD.findall(text.casefold())
    found = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return found - common if common else found


@dataclass(frozen=True)
class Quotation:
    """A passage of a text that another text (`source_id`) holds too: [start, end) in characters of
    the text as given (callers give it in Unicode NFC, as `guwah.redaction.redact` reads it)."""

    source_id: int
    start: int
    end: int


def _positioned_words(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) of each word of `text` as `_shingles` reads it (case-folded, `_WORD`),
    with the span of the word it comes from in `text`."""
    found = []
    for match in _WORD.finditer(text):
        found.extend((word, match.start(), match.end()) for word in _WORD.findall(match.group().casefold()))
    return found


def quoted_passages(text: str, sources: list[tuple[int, str]],
                    common: frozenset[str] = NO_BOILERPLATE) -> list[Quotation]:
    """The passages of `text` that each of `sources` ((document id, text)) holds too: runs of at least
    QUOTED_RUN consecutive word 5-shingles of `text` found among the source's shingles, as character
    spans of `text`, by position; overlapping passages of two sources are one (the first one's).
    A shared run shorter than QUOTED_RUN is a common phrase and is not returned, nor is boilerplate
    (`common`: `boilerplate`'s shingles, held by no source)."""
    return merged_quotations(QuotationIndex([(source_id, None, source_text) for source_id, source_text in sources],
                                            common).passages(text))


def merged_quotations(quotations: list[Quotation]) -> list[Quotation]:
    """The quotations by position, overlapping ones joined into one (the earlier one's source)."""
    merged: list[list[int]] = []
    for quotation in sorted(quotations, key=lambda q: (q.start, q.end)):
        if merged and quotation.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], quotation.end)
        else:
            merged.append([quotation.start, quotation.end, quotation.source_id])
    return [Quotation(source_id, start, end) for start, end, source_id in merged]


def _hashed_shingles(document_id: int, text_sha256: str | None, text: str,
                     common: frozenset[str] = NO_BOILERPLATE):
    """A text's word 5-shingles as sorted, distinct 64-bit hashes (numpy int64; Python's string hash,
    stable within a process), kept for the CACHED texts most recently used, by document id and text
    hash as `_summary` keeps its sketches (~8 bytes a shingle; never the text)."""
    import numpy as np

    def make():
        shingles = _shingles(text, common)
        return np.unique(np.fromiter((hash(shingle) for shingle in shingles), dtype=np.int64, count=len(shingles)))

    return SHINGLE_HASHES.get((document_id, text_sha256, hash(common)) if text_sha256 is not None else None, make)


class QuotationIndex:
    """The shingles of many texts (the ones the public may not read), indexed once so that each text
    checked against them (`passages`) costs a sorted lookup per shingle, not a reading of them all:
    one sorted array of 64-bit shingle hashes and, beside it, whose text each is (16 bytes a
    shingle). Built once per release check (`guwah.publish.quotation_index`)."""

    def __init__(self, sources: list[tuple[int, str | None, str]], common: frozenset[str] = NO_BOILERPLATE):
        """`sources`: (document id, text hash or None, text) of each text to look in; `common`: the
        boilerplate shingles (`boilerplate`), left out of every text, so that no passage holds one."""
        import numpy as np

        hashed = [(source_id, _hashed_shingles(source_id, text_sha256, text or "", common))
                  for source_id, text_sha256, text in sources if (text or "").strip()]
        keys = np.concatenate([found for _, found in hashed]) if hashed else np.empty(0, dtype=np.int64)
        owners = np.concatenate([np.full(len(found), source_id, dtype=np.int64) for source_id, found in hashed]) \
            if hashed else np.empty(0, dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        self.keys, self.owners, self.common = keys[order], owners[order], common

    def passages(self, text: str) -> list[Quotation]:
        """The passages of `text` (character spans) that one indexed text holds too: runs of at least
        QUOTED_RUN consecutive shingles of `text`, each held by that one text, one Quotation per text
        and run, unmerged (a caller drops the sources that do not count, then `merged_quotations`)."""
        import numpy as np

        words = _positioned_words(text)
        if len(words) < QUOTED_RUN + SHINGLE - 1 or not len(self.keys):
            return []
        weights = np.cumsum([0.0] + [_weight(word) for word, _, _ in words])
        grams = np.fromiter((hash(" ".join(w for w, _, _ in words[i:i + SHINGLE]))
                             for i in range(len(words) - SHINGLE + 1)), dtype=np.int64)
        low, high = np.searchsorted(self.keys, grams, "left"), np.searchsorted(self.keys, grams, "right")
        spans: list[tuple[int, int, int]] = []
        running: dict[int, int] = {}  # source -> the position its current run began at

        def close(source_id: int, first: int, position: int) -> None:
            # the run's words: from the first shingle's first word to the last shingle's last one
            if position - first >= QUOTED_RUN and weights[position + SHINGLE - 1] - weights[first] >= QUOTED_WORDS:
                spans.append((words[first][1], words[position - 1 + SHINGLE - 1][2], source_id))

        for position in range(len(grams) + 1):
            holders = set(self.owners[low[position]:high[position]].tolist()) if position < len(grams) else set()
            for source_id in [s for s in running if s not in holders]:
                close(source_id, running.pop(source_id), position)
            for source_id in holders:
                running.setdefault(source_id, position)
        return [Quotation(source_id, start, end) for start, end, source_id in sorted(spans)]


def _shingle_count(document_id: int, text_sha256: str, text: str) -> int:
    """How many word 5-shingles a document's text has (`_summary`: counted once per text)."""
    return _summary(document_id, text_sha256, text)[1]


def texts_carrying(session: Session, document_id: int) -> list[int]:
    """Other documents that carry this one's text: CARRIED or more of its word 5-shingles, with
    whatever else around it (a republication under an editor's note, a report quoting it whole),
    and that are not near-duplicates of it (`near_duplicates` gives those). A text of fewer than
    MIN_CARRIED shingles is carried by none (too short to tell a copy from a common phrase)."""
    return _carried(session, document_id, carrier_of_it=True)


def texts_it_follows(session: Session, document_id: int) -> list[int]:
    """`near_duplicates` and the documents whose text this one carries (`texts_carrying` the other
    way round) together, from one reading of the archive's texts: the documents whose consent this
    one's text takes (`guwah.publish`)."""
    return _carried(session, document_id, carrier_of_it=False, with_near=True)


def texts_following(session: Session, document_id: int) -> list[int]:
    """`near_duplicates` and `texts_carrying` together, from one reading of the archive's texts:
    the copies of this one's text, which take its consent (`guwah.releases.copies_of`)."""
    return _carried(session, document_id, carrier_of_it=True, with_near=True)


def texts_each_follows(session: Session) -> dict[int, list[int]]:
    """`texts_it_follows` of every document at once, from one reading of the archive's texts: the
    same lists, in the same order (by id), as asking document by document, which reads and compares
    every text each time (a listing of every document's consent grew with the square of them).

    Candidates come from indexes that miss no pair the rules accept, and the rules decide each:
    near-duplicates share a whole band of their MinHash (`_near_duplicate_pairs`), and a text that
    another carries is looked for through an inverted index of shingles (`_containment_candidates`).
    A document absent from the result has a blank text (it follows none)."""
    common = boilerplate(session)
    rows = [r for r in session.execute(select(Document.id, Document.text_sha256, Document.text)
                                       .order_by(Document.id)).all() if _compared(r, common)]
    summaries: dict[int, tuple[object, int]] = {}
    hashed = []
    for row in rows:
        shingles = _shingles(row[2], common)
        summaries[row[0]] = _summary(*row, shingles=shingles, common=common)
        hashed.append(_hashes(shingles))

    def held(document_id: int, *_) -> tuple[object, int]:
        return summaries[document_id]

    followed: dict[int, set[int]] = {row[0]: set() for row in rows}
    for a, b in _near_duplicate_pairs([summaries[row[0]][0] for row in rows]):
        followed[rows[a][0]].add(b)
        followed[rows[b][0]].add(a)
    # Texts that carry `inner` (`texts_it_follows`: the carrier follows what it carries).
    position_of = {row[0]: position for position, row in enumerate(rows)}
    for inner_id, positions in _containment_candidates(rows, summaries, hashed).items():
        inner = rows[position_of[inner_id]]
        for position in positions:
            outer = rows[position]
            if outer[0] != inner_id and _carries(outer, inner, held, common):
                followed[outer[0]].add(position_of[inner_id])
    return {document_id: [rows[position][0] for position in sorted(positions)]
            for document_id, positions in followed.items()}


# Exact bands of MinHash values for NEAR_DUPLICATE: two sketches agreeing at a NEAR_DUPLICATE share
# of their PERMUTATIONS values differ at no more than PERMUTATIONS - ceil(NEAR_DUPLICATE × PERMUTATIONS)
# of them (25 of 128), so of more bands than that one is whole in both: no near-duplicate pair
# is missed, unlike the tuned, probabilistic bands of an LSH index.
BAND_ROWS = 4


def _near_duplicate_pairs(sketches: list) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of positions in `sketches` whose MinHash Jaccard estimate is at least
    NEAR_DUPLICATE, as comparing every pair finds them: candidates share a band of BAND_ROWS values
    (at least PERMUTATIONS - ceil(NEAR_DUPLICATE × PERMUTATIONS) + 1 bands, see above), and the
    estimate decides."""
    import math

    bands = PERMUTATIONS // BAND_ROWS
    if bands <= PERMUTATIONS - math.ceil(NEAR_DUPLICATE * PERMUTATIONS):
        raise ValueError("too few MinHash bands to find every near-duplicate pair")
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for position, sketch in enumerate(sketches):
        values = sketch.hashvalues
        for band in range(bands):
            key = (band, values[band * BAND_ROWS:(band + 1) * BAND_ROWS].tobytes())
            buckets.setdefault(key, []).append(position)
    candidates = {(a, b) for members in buckets.values() if len(members) > 1
                  for index, a in enumerate(members) for b in members[index + 1:]}
    return sorted((a, b) for a, b in candidates if sketches[a].jaccard(sketches[b]) >= NEAR_DUPLICATE)


def _carried(session: Session, document_id: int, carrier_of_it: bool, with_near: bool = False) -> list[int]:
    """Ids of the other documents that carry this one's text (`carrier_of_it`) or whose text this one
    carries (`_carries`), and with `with_near` its near-duplicates too, by id; [] for a text that is
    blank or absent. Reads every document's text once."""
    common = boilerplate(session)
    rows = [r for r in session.execute(select(Document.id, Document.text_sha256, Document.text)
                                       .order_by(Document.id)).all() if _compared(r, common)]
    mine = next((r for r in rows if r[0] == document_id), None)
    if mine is None:
        return []
    found = []
    for other in rows:
        if other[0] == document_id:
            continue
        inner, outer = (mine, other) if carrier_of_it else (other, mine)
        if _carries(outer, inner, common=common) or (
                with_near and sketch_of(*mine, common=common).jaccard(sketch_of(*other, common=common)) >= NEAR_DUPLICATE):
            found.append(other[0])
    return found


def _carries(outer, inner, summary=None, common: frozenset[str] = NO_BOILERPLATE) -> bool:
    """Whether the text of row `outer` holds CARRIED of the shingles of row `inner` (rows: id, text
    hash, text), and the two are not near-duplicates. The MinHash estimate picks the candidates
    (Jaccard at least half of what such a pair would have); the shingles themselves decide.
    `summary`: a row's (MinHash, shingle count), `_summary` unless the caller holds them; `common`:
    the boilerplate shingles no text is compared by (`boilerplate`)."""
    if summary is None:
        def summary(*row):
            return _summary(*row, common=common)
    (inner_sketch, inner_size), (outer_sketch, outer_size) = summary(*inner), summary(*outer)
    if inner_size < MIN_CARRIED or outer_size < CARRIED * inner_size:
        return False
    jaccard = inner_sketch.jaccard(outer_sketch)
    if jaccard >= NEAR_DUPLICATE:
        return False
    if jaccard < 0.5 * CARRIED * inner_size / (outer_size + (1 - CARRIED) * inner_size):
        return False
    shingles = _shingles(inner[2], common)
    return len(shingles & _shingles(outer[2], common)) >= CARRIED * len(shingles)


def _minhash(text: str | set[str]):
    """The MinHash of a text, or of its word 5-shingles (`_shingles`) already made."""
    from datasketch import MinHash

    shingles = _shingles(text) if isinstance(text, str) else text
    sketch = MinHash(num_perm=PERMUTATIONS, seed=1)
    # one vectorised update: the same hash values as one `update` per shingle, ~40 times faster
    sketch.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return sketch


def source_groups(session: Session, document_ids: set[int]) -> dict[int, int]:
    """Each document → its group of non-independent sources: the same witness, a translation and
    its original, a near-duplicate text, or a text that carries another whole (`texts_carrying`).

    Each text's shingles are made once per call; the near-duplicates come from a MinHash LSH index,
    and the containment rule (`_carries`) is tried only on the candidates an inverted index of the
    texts' shingles gives (`_containment_candidates`): every document that shares a shingle with
    the rarest part of a text that no carrier can lack. The groups are those of comparing every
    pair (bench/corroboration.py --check), the roots included; the work grows with the candidates,
    not with the square of the documents (20,000 released documents: bench/corroboration.py).
    """
    from datasketch import MinHashLSH

    ids = sorted(document_ids)
    parent = {d: d for d in ids}

    def find(d: int) -> int:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def join(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    witnesses: dict[int, int] = {}
    originals: dict[int, int] = {}  # an original's id -> a document of its account among ids
    for document_id, witness_id, original, entry_id in session.execute(
            select(Testimony.document_id, Testimony.witness_id, Testimony.translation_of_id, Person.entry_id)
            .outerjoin(Person, Person.id == Testimony.witness_id)
            .where(Testimony.document_id.in_(ids))):
        # A translation and its original (released or not) are one account.
        for account in {document_id, original} - {None}:
            if account in originals:
                join(document_id, originals[account])
            else:
                originals[account] = document_id
        if witness_id is None:
            continue
        entry = entry_id or -witness_id
        if entry in witnesses:
            join(document_id, witnesses[entry])
        else:
            witnesses[entry] = document_id
    common = boilerplate(session)
    index = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=PERMUTATIONS, params=_lsh_bands())
    rows = session.execute(select(Document.id, Document.text_sha256, Document.text)
                           .where(Document.id.in_(ids))).all()
    # Each text's summary (MinHash, shingle count) held for this call, and its shingles' hashes for
    # the inverted index: at 20,000 documents the process-wide cache (CACHED) would be read round
    # and round, and a text's shingles made again at every pair.
    summaries: dict[int, tuple[object, int]] = {}
    hashed: list = []
    empty = _minhash("")
    for row in rows:
        shingles = _shingles(row[2], common) if (row[2] or "").strip() else None
        if shingles == set():  # only boilerplate: nothing to compare, no group of its own making
            summaries[row[0]] = (empty, 0)
            hashed.append(None)
            continue
        if shingles is not None:
            summaries[row[0]] = _summary(*row, shingles=shingles, common=common)
            hashed.append(_hashes(shingles))
            sketch = summaries[row[0]][0]
        else:
            hashed.append(None)
            sketch = empty
        for other in index.query(sketch):
            join(row[0], other)
        index.insert(row[0], sketch)
    # A text that carries another whole (a republication under an editor's note) is one source with
    # it: the containment rule consent follows (`_carries`), not a second copy of it.
    candidates = _containment_candidates(rows, summaries, hashed)
    def held(document_id: int, *_) -> tuple[object, int]:
        return summaries[document_id]

    for inner in rows:
        if inner[0] not in candidates:
            continue
        for position in candidates[inner[0]]:
            outer = rows[position]
            if outer[0] != inner[0] and find(outer[0]) != find(inner[0]) and (outer[2] or "").strip() \
                    and _carries(outer, inner, held, common):
                join(inner[0], outer[0])
    return {d: find(d) for d in ids}


def _hashes(shingles: set[str]):
    """The shingles' hashes for the inverted index of one call: numpy uint32, sorted, distinct (the
    low 32 bits of Python's string hash, stable within a process). Two shingles of one hash only
    widen the candidates, which `_carries` then decides on the shingles themselves."""
    import numpy as np

    found = np.fromiter((hash(shingle) for shingle in shingles), dtype=np.int64, count=len(shingles))
    return np.unique((found & 0xFFFFFFFF).astype(np.uint32))


def _containment_candidates(rows, summaries: dict[int, tuple[object, int]], hashed: list) -> dict[int, list[int]]:
    """For each row (id, text hash, text) of at least MIN_CARRIED shingles: the positions in `rows`,
    ascending, of the texts that may carry it (`_carries`), from an inverted index of shingles
    (`hashed`: per row, its `_hashes`, or None for a blank text).

    Prefix filtering (set-similarity joins): a text carrying `inner` holds at least
    ceil(CARRIED × n) of its n shingles, so it lacks at most n - ceil(CARRIED × n); any
    n - ceil(CARRIED × n) + 1 of inner's shingles therefore include one it holds. Those taken are
    inner's rarest (fewest texts hold them), so the lists read are short: the candidates are the
    texts that hold one of them. No carrier is missed; `_carries` decides on each candidate.
    The index is one sorted array of (hash, position) packed in 64 bits: 8 bytes a shingle."""
    import math

    import numpy as np

    long = [position for position, row in enumerate(rows)
            if row[0] in summaries and summaries[row[0]][1] >= MIN_CARRIED]
    if not long:
        return {}
    total = sum(len(found) for found in hashed if found is not None)
    packed = np.empty(total, dtype=np.uint64)
    offset = 0
    for position, found in enumerate(hashed):
        if found is not None:
            packed[offset:offset + len(found)] = (found.astype(np.uint64) << np.uint64(32)) | np.uint64(position)
            offset += len(found)
    packed.sort()
    high = packed.view(np.uint32)[1::2] if np.little_endian else packed.view(np.uint32)[0::2]  # the hashes
    starts = np.flatnonzero(np.r_[True, high[1:] != high[:-1]])
    keys = high[starts]
    counts = np.diff(np.r_[starts, total])
    low = np.uint64(0xFFFFFFFF)
    found_for: dict[int, list[int]] = {}
    for position in long:
        row = rows[position]
        size = summaries[row[0]][1]
        mine = hashed[position]
        taken = min(len(mine), size - math.ceil(CARRIED * size) + 1)
        slots = np.searchsorted(keys, mine)
        rarest = slots[np.lexsort((mine, counts[slots]))[:taken]]
        holders = np.unique(np.concatenate([packed[starts[slot]:starts[slot] + counts[slot]] & low
                                            for slot in rarest]))
        found_for[row[0]] = [int(other) for other in holders if other != position
                             and summaries[rows[other][0]][1] >= CARRIED * size]
    return found_for


@lru_cache(maxsize=1)
def _lsh_bands() -> tuple[int, int]:
    """(bands, rows per band) of the LSH index for NEAR_DUPLICATE at PERMUTATIONS: the ones
    datasketch's optimiser picks. It integrates numerically (~0.1 s), so it runs once per process,
    not at every index made (every entry's content, every release check)."""
    from datasketch import MinHashLSH

    picked = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=PERMUTATIONS)
    return picked.b, picked.r


def independent_count(groups: dict[int, int], document_ids: set[int]) -> int:
    """How many independent sources among these documents."""
    return len({groups[d] for d in document_ids if d in groups})
