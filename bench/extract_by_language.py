"""Persons, victim role, dates, events and violation codes per language over the tuning splits of
`bench/extract.py` (issue 11): the figures its per-split table does not give, one extraction of every
tuning document.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/extract_by_language.py
    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/extract_by_language.py --languages zh,kk --codes

Prints, per language (the gold's `language`), the number of documents and P / R / F1 (tp/predicted/gold)
for persons, victim role, dates, events and violation codes, scored by `bench/extract.py`'s `score`, then
the events and codes given on documents whose gold does not score them (not counted, as there). Reads `TUNING_FOLDERS` only and
skips any document whose split is held out: a held-out set is never read here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402  (bench/extract.py)

FIELDS = ("persons", "victim_role", "dates", "events", "violation_codes")


def main(argv: list[str] | None = None) -> int:
    import argparse

    from guwah.extract import extract_text

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="", help="comma-separated languages to read (default: all)")
    parser.add_argument("--codes", action="store_true",
                        help="also print each document's violation codes: tp/predicted/gold and forbidden")
    args = parser.parse_args(argv)
    wanted = {language.strip() for language in args.languages.split(",") if language.strip()}
    counts: dict[str, list[dict]] = {}
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            split = bench.SPENT.get(gold["split"], gold["split"])
            if split not in bench.SPLITS or split in bench.HELD_OUT_SETS:
                continue
            if wanted and gold.get("language") not in wanted:
                continue
            out = extract_text(bench.load_corpus_text(gold), document_date=gold.get("document_date"))
            scored = bench.score(gold, out)
            counts.setdefault(gold.get("language", "?"), []).append(scored)
            if args.codes:
                codes = bench.summarise([scored])
                c = codes["violation_codes"]
                print(f"  {split} {path.stem}: codes {c['tp']}/{c['predicted']}/{c['gold']}, "
                      f"forbidden {codes['forbidden_codes']}, negated {codes['negated_codes']}")
    for language, per_doc in sorted(counts.items()):
        figures = bench.summarise(per_doc)
        print(f"{language} ({len(per_doc)} documents)  " + "  ".join(
            f"{field} {figures[field]['precision']:.3f} / {figures[field]['recall']:.3f} / {figures[field]['f1']:.3f} "
            f"({figures[field]['tp']}/{figures[field]['predicted']}/{figures[field]['gold']})" for field in FIELDS)
              + f"  unscored events {figures['unscored_events']}, codes {figures['unscored_codes']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
