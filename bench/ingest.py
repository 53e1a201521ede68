"""Ingest and search throughput on a throwaway archive: prints its figures (JSON with --json).

    .venv/bin/python bench/ingest.py [--documents 200] [--words 2000] [--json]

The documents are generated word salad from a fixed vocabulary (no real testimony text), so the
figures measure Guwah's own work: hashing, sealing, the blind index, the database.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from guwah.config import load_settings  # noqa: E402
from guwah.ingest import INGESTED, ingest_file  # noqa: E402
from guwah.search import search_documents  # noqa: E402
from guwah.storage import Store  # noqa: E402

VOCABULARY = ("camp police arrest detained released brother sister mother father school teacher "
              "Ghulja Kashgar Hotan Aksu Korla Urumqi Almaty passport phone prayer night morning "
              "interrogation chair cell guards lessons songs Chinese language years months days "
              "family village market shop farm hospital blood photographs document signature").split()


def make_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) + (f"{rng.randrange(10**6)}" if rng.random() < 0.1 else "")
                    for _ in range(words)) + "."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(20261122)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store(load_settings({"GUWAH_DATA_DIR": str(root / "data"),
                                     "GUWAH_KEY_FILE": str(root / "keys" / "master.key")}))
        inbox = root / "inbox"
        inbox.mkdir()
        paths = []
        for number in range(args.documents):
            path = inbox / f"doc-{number:05d}.txt"
            path.write_text(make_text(rng, args.words), encoding="utf-8")
            paths.append(path)
        size = sum(p.stat().st_size for p in paths)
        started = time.perf_counter()
        statuses = [ingest_file(store, path).status for path in paths]
        ingest_seconds = time.perf_counter() - started
        assert statuses.count(INGESTED) == args.documents
        timings = []
        for query in ("brother Ghulja", "passport", "interrogation chair night", "Hotan teacher"):
            started = time.perf_counter()
            with store.session() as session:
                search_documents(session, store.ring, query)
            timings.append(time.perf_counter() - started)
        store.close()
    figures = {
        "documents": args.documents,
        "words_per_document": args.words,
        "ingest_documents_per_second": round(args.documents / ingest_seconds, 1),
        "ingest_megabytes_per_second": round(size / ingest_seconds / 1e6, 2),
        "search_median_ms": round(statistics.median(timings) * 1000, 1),
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"ingest: {figures['documents']} documents of {args.words} words in {ingest_seconds:.1f} s = "
          f"{figures['ingest_documents_per_second']} documents/s ({figures['ingest_megabytes_per_second']} MB/s)")
    print(f"search over them: median {figures['search_median_ms']} ms per query")


if __name__ == "__main__":
    main()
