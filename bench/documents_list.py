"""`guwah documents` at archive scale: the consent each document's text carries, N small documents.

`guwah documents` shows, beside each document's recorded consent, the stricter one its text takes
from the texts it copies or carries (`guwah.publish.applied_consent`). Asked document by document,
each answer reads and compares every text of the archive (`corroboration.texts_it_follows`): the
listing grew with the square of the documents. It now reads them once for all documents
(`corroboration.texts_each_follows`: candidates from exact MinHash bands and an inverted index of
shingles, each decided by the same rules).

The documents are synthetic, from the invented words of bench/corroboration.py (no corpus text, no
real name): 30-120 words each; one in twenty is a near-copy of an earlier one (a few words changed)
and one in twenty republishes an earlier one under a preface (it carries it); one in ten is
confidential, the rest public.

It prints, per size, the wall seconds of one `guwah documents --json` run in-process (the store's
reads and decryption included), how many documents take a stricter consent from another, and with
`--check` whether every row equals the document-by-document answer (`applied_consent` without the
batch; slow: quadratic).

Measured (2 shared cores, seed 1): 2,000 documents 1,065 s before (the one-by-one check; run
beside other work, niced) -> 8.6 s after, the same 31 documents taking a stricter consent through
another; 10,000 documents 45 s after. `--check` agrees with the one-by-one answers at 250 and 500.

Usage:
    PYTHONPATH=src .venv/bin/python bench/documents_list.py --documents 500 2000 [--check] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import tempfile
import time
from pathlib import Path

from corroboration import vocabulary


def make_texts(count: int, seed: int) -> list[tuple[str, str]]:
    """`count` (text, consent) pairs: small texts, some near-copies and republications of earlier ones."""
    rng = random.Random(seed)
    words = vocabulary(rng, 5_000)
    weights = [1 / (rank + 1) for rank in range(len(words))]

    def prose(low: int, high: int) -> str:
        return " ".join(rng.choices(words, weights, k=rng.randint(low, high))) + "."

    texts: list[tuple[str, str]] = []
    for _ in range(count):
        consent = "confidential" if rng.random() < 0.1 else "public"
        roll = rng.random()
        if texts and roll < 0.05:
            tokens = rng.choice(texts)[0].split(" ")
            tokens[rng.randrange(len(tokens))] = rng.choice(words)
            texts.append((" ".join(tokens), consent))
        elif texts and roll < 0.10:
            texts.append((prose(10, 25) + "\n\n" + rng.choice(texts)[0], consent))
        else:
            texts.append((prose(30, 120), consent))
    return texts


def build_archive(texts: list[tuple[str, str]], folder: Path) -> dict[str, str]:
    """A throwaway archive (SQLite, its own key) holding the texts as documents with testimonies;
    returns the environment that points the CLI at it."""
    from guwah.config import load_settings
    from guwah.storage import Store
    from guwah.storage.tables import Document, Testimony

    environment = {"GUWAH_DATA_DIR": str(folder / "data"), "GUWAH_ACTOR": "bench",
                   "GUWAH_KEY_FILE": str(folder / "keys" / "master.key")}
    store = Store(load_settings(environment))
    try:
        with store.session() as session:
            rows = []
            for index, (text, _) in enumerate(texts):
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                rows.append(Document(fingerprint=f"{index:064d}", sha256=digest, original_name=f"d{index}.txt",
                                     media_type="text/plain", size=len(text), text=text, text_sha256=digest))
            session.add_all(rows)
            session.flush()
            for row, (_, consent) in zip(rows, texts, strict=True):
                session.add(Testimony(document_id=row.id, consent=consent))
            session.commit()
    finally:
        store.close()
    return environment


def listing(environment: dict[str, str]) -> tuple[float, list[dict]]:
    """(wall seconds, rows) of one `guwah documents --json` run in-process."""
    from typer.testing import CliRunner

    from guwah.cli import app
    from guwah.registry import corroboration

    corroboration.SUMMARIES.clear()
    corroboration.SHINGLE_HASHES.clear()
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["documents", "--json"], env=environment)
    elapsed = time.perf_counter() - start
    if result.exit_code != 0:
        raise SystemExit(f"guwah documents failed: {result.output.strip()[:200]}")
    return elapsed, json.loads(result.stdout)


def reference(environment: dict[str, str]) -> dict[int, tuple[str, int | None]]:
    """Document id -> (consent applied, through) asked document by document (`applied_consent`)."""
    from guwah.config import load_settings
    from guwah.publish import applied_consent
    from guwah.storage import Store
    from guwah.storage.tables import Document

    store = Store(load_settings(environment))
    try:
        with store.session() as session:
            found = {}
            for document_id in session.scalars(__import__("sqlalchemy").select(Document.id)):
                applied = applied_consent(session, document_id)
                found[document_id] = (applied.consent, applied.source)
            return found
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="compare with the document-by-document answers (slow)")
    options = parser.parse_args()
    print("| documents | stricter through another | wall s | same as one by one |")
    print("| --- | --- | --- | --- |")
    for count in options.documents:
        with tempfile.TemporaryDirectory(prefix="guwah-documents-") as folder:
            environment = build_archive(make_texts(count, options.seed), Path(folder))
            elapsed, rows = listing(environment)
            through = sum(1 for row in rows if row["consent_through"] is not None)
            same = "-"
            if options.check:
                expected = reference(environment)
                same = "yes" if all(expected[row["id"]] == (row["consent_applied"], row["consent_through"])
                                    for row in rows) and len(rows) == len(expected) else "NO"
            print(f"| {count:,} | {through} | {elapsed:.1f} | {same} |", flush=True)


if __name__ == "__main__":
    main()
