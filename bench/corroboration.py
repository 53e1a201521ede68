"""Corroboration at archive scale: `registry.corroboration.source_groups` over N released documents.

`source_groups` runs at every entry's public content and every release check, over all the
archive's released documents: its near-duplicate pass is a MinHash LSH index (datasketch), and its
containment pass (a text holding CARRIED of another's word 5-shingles counts once with it, the one
rule consent follows too) must not compare every pair of documents.

The documents are synthetic, from a generator of its own (no corpus text, no real name): words
drawn from a Zipf-weighted list of invented words (with a few shared stock phrases, as real
testimonies share "I was taken at night"), in these kinds:

- testimony: 150-700 words, a witness of its own (one in ten witnesses gives a second testimony);
- republication: an editor's preface of 30-80 words, then a whole testimony (carried: one source);
- copy: a testimony with a few words changed (a near-duplicate: one source);
- translation: other words, recorded as a translation of a testimony (one account: one source);
- quotation: a report of its own words that quotes a fifth to a half of a testimony (independent).

It prints, per size, the CPU seconds of one `source_groups` call (user + system of this process,
the store's reads and decryption included), its peak of Python allocations (tracemalloc, a second
call: tracemalloc slows a call down), the number of groups, and a digest of the grouping. With
`--check`, `source_groups` is also run by the pairwise reference (`_pairwise_groups` below: every
document against every other, as before the candidates came from an index) and the two groupings
must be identical (the same partition and the same root for every document).

With `--quotations`, it also measures the quotation test (`corroboration.QuotationIndex`, which a
release check builds once over the texts the public may not read, here every document: the worst
case): the CPU seconds and peak allocations of building the index, the CPU milliseconds of one
document's `passages` (over the quotation documents), and how many quotation documents it finds
quoting their testimony (each quotes a fifth to a half of it, so all should be found).

Usage:
    PYTHONPATH=src .venv/bin/python bench/corroboration.py --documents 1000 5000 20000 [--check] [--seed 1]
        [--quotations]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import sys
import tempfile
import tracemalloc
from pathlib import Path

SYLLABLES = ["ba", "ka", "lo", "mi", "ne", "ru", "sa", "ti", "zu", "ve", "qo", "ha", "de", "gu", "ya", "pe"]
KINDS = [("testimony", 0.70), ("republication", 0.08), ("copy", 0.05), ("translation", 0.07), ("quotation", 0.10)]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """`size` distinct invented words of two to four syllables."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_documents(count: int, seed: int) -> list[dict]:
    """`count` documents (dicts: text, kind, witness, of: the index of the testimony it copies,
    translates or quotes), in an order where a copy follows its original."""
    rng = random.Random(seed)
    words = vocabulary(rng, 20_000)
    other = vocabulary(random.Random(seed + 1), 20_000)  # a translation's language
    weights = [1 / (rank + 1) for rank in range(len(words))]
    stock = [" ".join(rng.choices(words, weights, k=rng.randint(5, 9))) for _ in range(60)]

    def prose(low: int, high: int, lexicon: list[str]) -> str:
        parts, length, target = [], 0, rng.randint(low, high)
        while length < target:
            if lexicon is words and rng.random() < 0.08:
                piece = rng.choice(stock)
            else:
                piece = " ".join(rng.choices(lexicon, weights, k=rng.randint(6, 18))) + "."
            parts.append(piece)
            length += piece.count(" ") + 1
        return " ".join(parts)

    documents: list[dict] = []
    testimonies: list[int] = []
    witnesses = 0
    for _ in range(count):
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0] if testimonies else "testimony"
        if kind == "testimony":
            if testimonies and rng.random() < 0.1:  # a witness telling it again
                witness = documents[rng.choice(testimonies)]["witness"]
            else:
                witnesses += 1
                witness = witnesses
            documents.append({"text": prose(150, 700, words), "kind": kind, "witness": witness, "of": None})
            testimonies.append(len(documents) - 1)
            continue
        of = rng.choice(testimonies)
        original = documents[of]["text"]
        if kind == "republication":
            text = prose(30, 80, words) + "\n\n" + original
        elif kind == "copy":
            tokens = original.split(" ")
            for _ in range(max(1, len(tokens) // 200)):
                tokens[rng.randrange(len(tokens))] = rng.choice(words)
            text = " ".join(tokens)
        elif kind == "translation":
            text = prose(150, 700, other)
        else:
            tokens = original.split(" ")
            share = rng.uniform(0.2, 0.5)
            start = rng.randrange(max(1, int(len(tokens) * (1 - share))))
            quoted = " ".join(tokens[start:start + int(len(tokens) * share)])
            text = prose(100, 300, words) + " \u201c" + quoted + "\u201d " + prose(50, 150, words)
        documents.append({"text": text, "kind": kind, "witness": None, "of": of})
    return documents


def build_store(documents: list[dict], folder: Path):
    """A throwaway archive (SQLite, its own key) holding the documents, their testimonies and
    witnesses (one entry per witness). Returns (store, document ids in order)."""
    from guwah.config import load_settings
    from guwah.storage import Store
    from guwah.storage.tables import Document, Entry, Person, Testimony

    settings = load_settings({"GUWAH_DATA_DIR": str(folder / "data"), "GUWAH_ACTOR": "bench",
                              "GUWAH_KEY_FILE": str(folder / "keys" / "master.key")})
    store = Store(settings)
    ids: list[int] = []
    with store.session() as session:
        entries: dict[int, int] = {}
        rows = []
        for index, document in enumerate(documents):
            digest = hashlib.sha256(document["text"].encode("utf-8")).hexdigest()
            rows.append(Document(fingerprint=f"{index:064d}", sha256=digest, original_name=f"d{index}.txt",
                                 media_type="text/plain", size=len(document["text"]), text=document["text"],
                                 text_sha256=digest))
        session.add_all(rows)
        session.flush()
        ids = [row.id for row in rows]
        for index, document in enumerate(documents):
            witness_id = None
            if document["witness"] is not None:
                if document["witness"] not in entries:
                    entry = Entry(kind="person", number=len(entries) + 1)
                    session.add(entry)
                    session.flush()
                    entries[document["witness"]] = entry.id
                person = Person(entry_id=entries[document["witness"]])
                session.add(person)
                session.flush()
                witness_id = person.id
            original = ids[document["of"]] if document["kind"] == "translation" else None
            session.add(Testimony(document_id=ids[index], witness_id=witness_id, translation_of_id=original))
        session.commit()
    return store, ids


def _pairwise_groups(session, document_ids):
    """The reference: `source_groups` with its containment pass comparing every pair of documents
    (as before candidates came from an index), by swapping in a candidate finder that offers every
    other document."""
    from guwah.registry import corroboration

    original = corroboration._containment_candidates
    corroboration._containment_candidates = lambda rows, summaries, hashed: {
        row[0]: list(range(len(rows))) for row in rows
        if row[0] in summaries and summaries[row[0]][1] >= corroboration.MIN_CARRIED}
    try:
        return corroboration.source_groups(session, document_ids)
    finally:
        corroboration._containment_candidates = original


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def digest(groups: dict[int, int]) -> str:
    return hashlib.sha256(repr(sorted(groups.items())).encode()).hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="compare with the pairwise reference (slow)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc call")
    parser.add_argument("--quotations", action="store_true", help="also measure the quotation test")
    options = parser.parse_args()
    from guwah.registry import corroboration

    print("| documents | kinds (t/r/c/tr/q) | groups | CPU s | peak MiB (tracemalloc) | digest | pairwise reference |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for count in options.documents:
        documents = make_documents(count, options.seed)
        kinds = "/".join(str(sum(1 for d in documents if d["kind"] == k)) for k, _ in KINDS)
        with tempfile.TemporaryDirectory(prefix="guwah-corroboration-") as folder:
            store, ids = build_store(documents, Path(folder))
            try:
                with store.session() as session:
                    corroboration.SUMMARIES.clear()
                    start = cpu()
                    groups = corroboration.source_groups(session, set(ids))
                    seconds = cpu() - start
                    peak = "—"
                    if not options.no_memory:
                        corroboration.SUMMARIES.clear()
                        tracemalloc.start()
                        again = corroboration.source_groups(session, set(ids))
                        peak = f"{tracemalloc.get_traced_memory()[1] / 2**20:.1f}"
                        tracemalloc.stop()
                        assert again == groups
                    reference = "—"
                    if options.check:
                        start = cpu()
                        pairwise = _pairwise_groups(session, set(ids))
                        assert pairwise == groups, "the index's grouping differs from the pairwise one"
                        reference = f"identical ({cpu() - start:.1f} CPU s)"
                    quoting = quotations(session, documents, ids) if options.quotations else None
            finally:
                store.close()
        print(f"| {count:,} | {kinds} | {len(set(groups.values())):,} | {seconds:.1f} | {peak} | {digest(groups)} | "
              f"{reference} |", flush=True)
        if quoting:
            print(f"quotations at {count:,}: index {quoting[0]:.1f} CPU s, {quoting[1]:.1f} MiB peak; "
                  f"{quoting[2]:.2f} CPU ms a document; found {quoting[3]} of {quoting[4]}", flush=True)


def quotations(session, documents: list[dict], ids: list[int]) -> tuple[float, float, float, int, int]:
    """(index CPU s, index peak MiB, CPU ms per document's passages, quotation documents found
    quoting their testimony, quotation documents) over every document as not public."""
    from sqlalchemy import select

    from guwah.registry import corroboration
    from guwah.storage.tables import Document

    rows = [tuple(row) for row in session.execute(select(Document.id, Document.text_sha256, Document.text))]
    corroboration.SHINGLE_HASHES.clear()
    tracemalloc.start()
    start = cpu()
    index = corroboration.QuotationIndex(rows)
    built = cpu() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    quoting = [(ids[i], d["text"], ids[d["of"]]) for i, d in enumerate(documents) if d["kind"] == "quotation"]
    start = cpu()
    found = sum(1 for _, text, original in quoting if any(q.source_id == original for q in index.passages(text)))
    each = (cpu() - start) * 1000 / max(1, len(quoting))
    return built, peak, each, found, len(quoting)


if __name__ == "__main__":
    sys.exit(main())
