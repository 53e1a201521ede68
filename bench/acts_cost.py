"""What the act classifier (`guwah.extract.acts`) costs: the time to load its model folder, its size,
its memory, and the time to rate a sentence.

Loading is timed `--loads` times from disk (a fresh `acts.read` each time; the best and the median
are printed). Rating is timed on the sentences of the labelled passages of bench/data/acts-train/
(`en.jsonl`, `fr.jsonl`, `ru.jsonl`, cut at sentence ends by a plain pattern), in batches of
`--batch` as a document's sentences come: a first pass (the character n-gram cache empty) and a
second (filled). The passages are parsed first (untimed: the extractor parses every text anyway);
a model that reads parse features is timed with them (`Classifier.rate_spans`: the features
computed from the parse, then rated). Figures depend on the machine and its load: compare two
models back to back.

    PYTHONPATH=src .venv/bin/python bench/acts_cost.py
    PYTHONPATH=src .venv/bin/python bench/acts_cost.py --model /tmp/old_acts_model --json
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PASSAGES = REPO / "bench" / "data" / "acts-train"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def sentences() -> list[str]:
    """The sentences of the first writer's passages, in file order (en, fr, ru)."""
    return [s for _language, sentences in _by_language() for s in sentences]


def _by_language() -> list[tuple[str, list[str]]]:
    found = []
    for language in ("en", "fr", "ru"):
        sentences = []
        for line in (PASSAGES / f"{language}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences += [s for s in _SENTENCE_END.split(json.loads(line)["text"]) if s.strip()]
        found.append((language, sentences))
    return found


def batches(batch: int) -> list[tuple[str, object, list[tuple[int, int]]]]:
    """(text, its parse, sentence spans): the sentences joined `batch` at a time, as a document's
    come, each batch parsed by the extractor's language model."""
    from guwah.extract import ner

    found = []
    for language, sentences in _by_language():
        texts, spans = [], []
        for start in range(0, len(sentences), batch):
            text, cut = "", []
            for sentence in sentences[start:start + batch]:
                cut.append((len(text), len(text) + len(sentence)))
                text += sentence + " "
            texts.append(text)
            spans.append(cut)
        found += [(text, analysis, cut) for text, analysis, cut in
                  zip(texts, ner.analyse_many(texts, language), spans, strict=True)]
    return found


def measure(model_dir: Path, loads: int = 5, batch: int = 40) -> dict:
    """Load and rating times of one model folder (seconds; milliseconds per sentence)."""
    from guwah.extract import acts

    times = []
    for _ in range(loads):
        started = time.perf_counter()
        model = acts.read(model_dir)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    model = acts.read(model_dir)
    model.probabilities(["warm"])  # the product's layout, made on first use
    memory = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    parsed = batches(batch)
    count = sum(len(cut) for _t, _a, cut in parsed)
    passes = []
    for _ in range(2):
        started = time.perf_counter()
        for text, analysis, cut in parsed:
            model.rate_spans(text, analysis, cut)
        passes.append(time.perf_counter() - started)
    return {
        "model": str(model_dir), "bytes": sum(f.stat().st_size for f in model_dir.iterdir() if f.is_file()),
        "features": int(model.coef.shape[1]), "codes": len(model.codes),
        "load_s_best": round(min(times), 4), "load_s_median": round(statistics.median(times), 4),
        "peak_load_memory_mb": round(memory / 1e6, 1), "sentences": count, "reads_syntax": model.reads_syntax,
        "ms_per_sentence_first_pass": round(1000 * passes[0] / count, 4),
        "ms_per_sentence_second_pass": round(1000 * passes[1] / count, 4),
    }


def main(argv: list[str] | None = None) -> int:
    from guwah.extract import acts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=acts.MODEL_DIR, help="model folder (default: the shipped one)")
    parser.add_argument("--loads", type=int, default=5, help="times the folder is loaded")
    parser.add_argument("--batch", type=int, default=40, help="sentences rated together")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    if args.loads < 1 or args.batch < 1:
        parser.error("--loads and --batch must be at least 1")
    figures = measure(args.model, args.loads, args.batch)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<30} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
