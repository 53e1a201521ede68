"""Violation codes on the tuning documents by language: P / R / F1, negated and forbidden codes.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/acts_languages.py

Runs the extractor on every document of bench/extract.py's tuning folders as it does (the gold's
document date; never a held-out folder), scores each with its `score`, and pools the codes by the
gold's language (en, fr, ru, kk, ug, zh). A gold that scores no codes (`scores_codes`: persons,
places and dates only) counts its codes apart ("not scored"). Prints figures only, never a text.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402


def main() -> int:
    from guwah.extract import extract_text

    pooled: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    negated: collections.Counter = collections.Counter()
    forbidden: collections.Counter = collections.Counter()
    unscored: collections.Counter = collections.Counter()
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(gold, dict) or "persons" not in gold:
                continue
            language = gold.get("language", "?")
            out = extract_text(bench.load_corpus_text(gold), document_date=gold.get("document_date"))
            counts = bench.score(gold, out)
            pooled[language] = [a + b for a, b in zip(pooled[language], counts["violation_codes"], strict=True)]
            negated[language] += counts["negated_codes"][0]
            forbidden[language] += counts["forbidden_codes"][0]
            unscored[language] += counts.get("unscored_codes", [0])[0]
    print("| language | codes P / R / F1 (tp/pred/gold) | negated / forbidden | codes not scored |")
    print("| --- | --- | --- | --- |")
    for language in sorted(pooled):
        f = bench.prf(*pooled[language])
        tp, predicted, gold = pooled[language]
        print(f"| {language} | {f['precision']:.3f} / {f['recall']:.3f} / {f['f1']:.3f} ({tp}/{predicted}/{gold}) | "
              f"{negated[language]} / {forbidden[language]} | {unscored[language]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
