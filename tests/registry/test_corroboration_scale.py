"""Corroboration at archive scale (issue 10): the containment pass of `source_groups` compared
every pair of released documents; its candidates now come from an inverted index of shingles,
and the groups are those of the pairwise comparison."""

import random

from sqlalchemy import select

from guwah.ingest import ingest_file
from guwah.storage.tables import Document


def _words(rng: random.Random, count: int) -> str:
    """Invented words (no corpus text), so that texts share shingles only where made to."""
    return " ".join("".join(rng.choice("bdgklmnrstvz") + rng.choice("aeiou") for _ in range(3))
                    for _ in range(count))


def _ingest(store, tmp_path, name: str, text: str, witness: str | None = None) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    sidecar = "consent: public\n" + (f"witness: {{name: {witness}, consent: public}}\n" if witness else "")
    (tmp_path / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
    return ingest_file(store, path).document_id


def _archive(store, tmp_path) -> dict[str, int]:
    rng = random.Random(7)
    story, other, third = _words(rng, 120), _words(rng, 90), _words(rng, 60)
    texts = {
        "story": story,
        "prefaced": _words(rng, 40) + "\n\n" + story,              # a republication under a preface
        "copy": story.replace(story.split()[50], "zzzz", 1),      # a near-duplicate
        "quoting": _words(rng, 80) + " " + " ".join(story.split()[:40]) + " " + _words(rng, 30),  # a third
        "other": other,
        "other-prefaced": _words(rng, 15) + " " + other,
        "third": third,
        "short": " ".join(story.split()[:12]),                    # too short to be looked for
    }
    return {name: _ingest(store, tmp_path, f"{name}.txt", text) for name, text in texts.items()}


def test_corroboration_candidates_come_from_an_index_and_the_groups_stay_those_of_every_pair(store, tmp_path, monkeypatch):
    from guwah.registry import corroboration
    from guwah.registry.corroboration import independent_count, source_groups

    ids = _archive(store, tmp_path)
    offered: list[int] = []
    found = corroboration._containment_candidates

    def spy(rows, summaries, hashed):
        candidates = found(rows, summaries, hashed)
        offered.extend(len(positions) for positions in candidates.values())
        return candidates

    monkeypatch.setattr(corroboration, "_containment_candidates", spy)
    with store.session() as session:
        groups = source_groups(session, set(ids.values()))
    # the prefaced republication and the near-duplicate copy count with the story, the quotation apart
    assert groups[ids["story"]] == groups[ids["prefaced"]] == groups[ids["copy"]]
    assert groups[ids["other"]] == groups[ids["other-prefaced"]]
    assert len({groups[ids[name]] for name in ("story", "quoting", "other", "third")}) == 4
    assert independent_count(groups, set(ids.values())) == 5  # story's 3, quoting, other's 2, third, short
    # Far fewer pairs tried than every pair of the seven long texts (42): the index's candidates.
    assert 0 < sum(offered) < 7 * 6 // 2

    # The reference: every long text tried against every other, as before the index.
    monkeypatch.setattr(corroboration, "_containment_candidates", lambda rows, summaries, hashed: {
        row[0]: list(range(len(rows))) for row in rows
        if row[0] in summaries and summaries[row[0]][1] >= corroboration.MIN_CARRIED})
    with store.session() as session:
        assert source_groups(session, set(ids.values())) == groups  # the same groups, the same roots


def test_a_carrier_that_lacks_exactly_what_the_rule_allows_is_still_a_candidate(store, tmp_path):
    """The prefix filter's edge: a text holding ceil(CARRIED × n) of another's n shingles, and
    lacking exactly its rarest ones (held by no other text), is still offered and joined; one
    shingle fewer and it is not carried."""
    import math

    from guwah.registry import corroboration
    from guwah.registry.corroboration import CARRIED, _shingles, source_groups

    rng = random.Random(11)
    inner = _words(rng, 29)  # 25 shingles
    words = inner.split()
    n = len(_shingles(inner))
    kept = math.ceil(CARRIED * n)
    assert n == 25 and kept == 20
    # the outer text: inner's first 24 words (20 shingles), then words of its own: it lacks inner's
    # last 5 shingles, which no other text holds (the rarest)
    outer = " ".join(words[:kept + 4]) + " " + _words(rng, 40)
    short = " ".join(words[:kept + 3]) + " " + _words(rng, 40)  # 19 of 25: not carried (control)
    assert len(_shingles(inner) & _shingles(outer)) == kept
    assert len(_shingles(inner) & _shingles(short)) == kept - 1
    ids = [_ingest(store, tmp_path, name, text) for name, text in
           [("inner.txt", inner), ("outer.txt", outer), ("short.txt", short)]]
    with store.session() as session:
        rows = session.execute(select(Document.id, Document.text_sha256, Document.text)).all()
        summaries = {row[0]: corroboration._summary(*row) for row in rows}
        hashed = [corroboration._hashes(_shingles(row[2])) for row in rows]
        candidates = corroboration._containment_candidates(rows, summaries, hashed)
        groups = source_groups(session, set(ids))
    position = {row[0]: index for index, row in enumerate(rows)}
    assert position[ids[1]] in candidates[ids[0]]
    assert groups[ids[0]] == groups[ids[1]] != groups[ids[2]]


def test_minhash_by_batch_is_the_minhash_of_one_update_a_shingle():
    from datasketch import MinHash

    from guwah.registry.corroboration import PERMUTATIONS, _minhash, _shingles

    shingles = _shingles(_words(random.Random(3), 200))
    one_by_one = MinHash(num_perm=PERMUTATIONS, seed=1)
    for shingle in shingles:
        one_by_one.update(shingle.encode("utf-8"))
    assert (_minhash(shingles).hashvalues == one_by_one.hashvalues).all()
    assert not (_minhash(_shingles("a b c d e f")).hashvalues == one_by_one.hashvalues).all()  # control


def test_every_documents_copies_at_once_are_those_asked_one_by_one(store, tmp_path):
    # `guwah documents` asked `texts_it_follows` once per document, each reading and comparing
    # every text of the archive (quadratic: bench/documents_list.py); the lists made at once are
    # the same, in the same order.
    from guwah.registry.corroboration import texts_each_follows, texts_it_follows

    ids = _archive(store, tmp_path)
    blank = _ingest(store, tmp_path, "blank.txt", "   \n\n.  ")
    with store.session() as session:
        every = texts_each_follows(session)
        one_by_one = {d: texts_it_follows(session, d) for d in session.scalars(select(Document.id))}
    assert {d: every.get(d, []) for d in one_by_one} == one_by_one
    # Controls: what the rules find is there (a republication follows its story, a near-copy and its
    # story follow each other), and a text that quotes a third of the story follows nothing.
    assert ids["story"] in every[ids["prefaced"]] and every[ids["other-prefaced"]] == [ids["other"]]
    assert every[ids["copy"]] == [ids["story"]] and ids["copy"] in every[ids["story"]]
    assert every[ids["quoting"]] == [] and every.get(blank, []) == []


def test_near_duplicate_bands_miss_no_pair_at_the_threshold():
    """Two sketches differing at the most positions a near-duplicate may (128 - ceil(0.8 × 128) =
    25), each in another band, are still found; one more and their estimate is below the threshold."""
    import math

    import numpy as np
    from datasketch import MinHash

    from guwah.registry.corroboration import BAND_ROWS, NEAR_DUPLICATE, PERMUTATIONS, _near_duplicate_pairs

    rng = np.random.default_rng(3)
    base = rng.integers(1, 2**32, PERMUTATIONS, dtype=np.uint64)
    allowed = PERMUTATIONS - math.ceil(NEAR_DUPLICATE * PERMUTATIONS)

    def sketch(values) -> MinHash:
        made = MinHash(num_perm=PERMUTATIONS, seed=1)
        made.hashvalues = values
        return made

    def differing(count: int) -> MinHash:
        values = base.copy()
        for position in range(count):  # one position in each band, as long as bands last
            values[(position * BAND_ROWS) % PERMUTATIONS + position // (PERMUTATIONS // BAND_ROWS)] += 1
        return sketch(values)

    original = sketch(base)
    assert original.jaccard(differing(allowed)) >= NEAR_DUPLICATE > original.jaccard(differing(allowed + 1))
    assert _near_duplicate_pairs([original, differing(allowed)]) == [(0, 1)]
    assert _near_duplicate_pairs([original, differing(allowed + 1)]) == []
