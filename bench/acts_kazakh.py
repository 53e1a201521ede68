"""Violation codes on the Kazakh documents of the tuning sets, per text and pooled.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/acts_kazakh.py

Reads the `kk` documents of bench/extract.py's tuning folders (never a held-out one), runs the
extractor as bench/extract.py does (language detected, the gold's document date) and prints, per
text: the codes' tp/pred/gold (the gold's (person, code) pairs, persons matched by mentions), the
negated and forbidden codes produced, the victim role's tp/pred/gold, and for a gold that does not
score codes (`extract.scores_codes`: persons, places and dates only) how many codes were given and
to how many of the gold's victims. Prints codes and gold person ids only, never the text.

These are tuning figures: the Kazakh rules (src/guwah/vocab/acts/kk.yaml) were written reading
these texts and v13's gold.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402


def main() -> int:
    from guwah.extract import extract_text

    pooled = [0, 0, 0]
    unscored = 0
    negated = forbidden = 0
    victims = [0, 0, 0]
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(gold, dict) or gold.get("language") != "kk":
                continue
            text = bench.load_corpus_text(gold)
            out = extract_text(text, document_date=gold.get("document_date"))
            counts = bench.score(gold, out)
            tp, predicted, gold_count = counts["violation_codes"]
            negated += counts["negated_codes"][0]
            forbidden += counts["forbidden_codes"][0]
            victims = [a + b for a, b in zip(victims, counts["victim_role"], strict=True)]
            name = f"{folder.name}/{path.stem}"
            if bench.scores_codes(gold):
                pooled = [a + b for a, b in zip(pooled, counts["violation_codes"], strict=True)]
                f = bench.prf(tp, predicted, gold_count)
                print(f"{name:<52} codes P/R/F1 {f['precision']:.3f}/{f['recall']:.3f}/{f['f1']:.3f} "
                      f"({tp}/{predicted}/{gold_count}); negated {counts['negated_codes'][0]}, "
                      f"forbidden {counts['forbidden_codes'][0]}; victim {counts['victim_role']}")
            else:
                given = counts["unscored_codes"][0]
                unscored += given
                codes = sorted(v["code"] for p in out["persons"] for v in p["violations"])
                print(f"{name:<52} codes not scored by its gold: {given} given {codes}; victim {counts['victim_role']}")
    f = bench.prf(*pooled)
    print(f"\nscored (pooled): codes P/R/F1 {f['precision']:.3f}/{f['recall']:.3f}/{f['f1']:.3f} "
          f"({pooled[0]}/{pooled[1]}/{pooled[2]}); negated {negated}, forbidden {forbidden}; "
          f"codes on texts whose gold does not score them: {unscored}")
    v = bench.prf(*victims)
    print(f"victim role, all Kazakh texts: P/R/F1 {v['precision']:.3f}/{v['recall']:.3f}/{v['f1']:.3f} "
          f"({victims[0]}/{victims[1]}/{victims[2]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
