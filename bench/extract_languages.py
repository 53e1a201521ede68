"""CPU seconds per synthetic testimony of ~2,000 words in French, Russian and English, one process,
models loaded (the French and Russian figures that `bench/extract.py`'s throughput leaves out).

Testimonies are built (bench/extract.py `synthetic_testimonies`) from the dev, tuned corpus, v2,
v3 and v4 texts of each language; never from a held-out set (v5, v6).

    PYTHONPATH=src .venv/bin/python bench/extract_languages.py [--docs 6]

Prints, per language, CPU s per testimony for the whole extraction and for the model alone
(`guwah.extract.ner.analyse`: spaCy, or natasha for Russian), and the CPU-bound rate on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402  (bench/extract.py)

SETS = (bench.DEV, bench.GOLD, bench.TUNING_V2, bench.TUNING_V3, bench.TUNING_V4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=6, help="synthetic testimonies per language (default 6)")
    args = parser.parse_args(argv)
    from guwah.extract import extract_text, ner

    for language in ("fr", "ru", "en"):
        texts = []
        for directory in SETS:
            for path in sorted(directory.glob("*.json")):
                gold = json.loads(path.read_text(encoding="utf-8"))
                if gold.get("language") == language and gold["split"] not in bench.HELD_OUT_SETS:
                    texts.append(bench.load_corpus_text(gold))
        docs = bench.synthetic_testimonies(texts, args.docs)
        extract_text(docs[0], language=language)  # models loaded before the clock starts
        words = sum(len(text.split()) for text in docs) / len(docs)
        started = time.process_time()
        for text in docs:
            ner.analyse(text, language)
        model = (time.process_time() - started) / len(docs)
        started = time.process_time()
        for text in docs:
            extract_text(text)
        whole = (time.process_time() - started) / len(docs)
        print(f"{language}: {len(docs)} testimonies of ~{words:.0f} words from {len(texts)} texts: CPU s per "
              f"testimony {whole:.3f} (model alone {model:.3f}); {120 / whole:.0f}/minute on 2 idle cores", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
