"""Where dates are lost on the tuning splits: each gold date no predicted date matches, and each
predicted date that matches no gold date, counted by kind (issue 11, "event dates ≥ 0.90").

`bench/extract.py` counts a predicted date right when it overlaps a gold date and has its value
and precision. A loss is of one of these kinds:
- missed, not found: no predicted date overlaps the gold one (no rule reads that wording);
- missed, other value: a predicted date overlaps with another value (a wrong anchor, a wrong
  year for "last year", a range read as its start);
- missed, other precision: the same value at another precision (a qualifier lost or kept);
- false, no gold date there: a predicted date where the gold has none (a date of no fact the
  writer did not annotate, a number read as a date).
A prediction that overlaps a gold date with another value is counted once, as a missed one.

    PYTHONPATH=src .venv/bin/python bench/dates_losses.py tuning_v8 tuning_v10 [--show]

Reads the tuning splits of bench/extract.py only; refuses a held-out split. --show prints each
loss with its context (tuning texts only: the texts are ours or spent).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def losses(splits: list[str]) -> list[dict]:
    """[{"split", "file", "language", "loss" ("missed" | "false"), "kind", "surface", "gold",
    "predicted", "context"}] over the splits; "gold" and "predicted" are "value/precision"."""
    import extract as bench

    from guwah.extract import extract_text

    found = []
    for split, gold, text in bench.tuning_documents(splits):
        out = extract_text(text, document_date=gold.get("document_date"))

        def context(start: int, end: int, text: str = text) -> str:
            return " ".join(text[max(0, start - 60):end + 40].split())

        def item(loss, kind, span, g=None, d=None, gold=gold, split=split, text=text):
            return {"split": split, "file": gold["file"], "language": gold.get("language", "?"), "loss": loss,
                    "kind": kind, "surface": text[span[0]:span[1]],
                    "gold": g and f"{g['value']}/{g['precision']}", "predicted": d and f"{d['value']}/{d['precision']}",
                    "context": context(*span)}

        for g in gold["dates"]:
            near = [d for d in out["dates"] if bench.overlaps((d["start"], d["end"]), (g["start"], g["end"]))]
            if any(d["value"] == g["value"] and d["precision"] == g["precision"] for d in near):
                continue
            same_value = [d for d in near if d["value"] == g["value"]]
            kind = "other precision" if same_value else "other value" if near else "not found"
            found.append(item("missed", kind, (g["start"], g["end"]), g, (same_value or near or [None])[0]))
        for d in out["dates"]:
            if not any(bench.overlaps((d["start"], d["end"]), (g["start"], g["end"])) for g in gold["dates"]):
                found.append(item("false", "no gold date there", (d["start"], d["end"]), None, d))
    return found


def main(argv: list[str] | None = None) -> int:
    import extract as bench

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", help=f"tuning splits ({', '.join(bench.TUNING_SPLITS)})")
    parser.add_argument("--show", action="store_true", help="print each loss with its context")
    args = parser.parse_args(argv)
    args.splits = bench.refuse_unless_tuning(parser, args.splits)
    found = losses(args.splits)
    for loss in ("missed", "false"):
        counts = collections.Counter(item["kind"] for item in found if item["loss"] == loss)
        languages = collections.Counter(item["language"] for item in found if item["loss"] == loss)
        print(f"{loss}: {sum(counts.values())}  " + ", ".join(f"{kind} {n}" for kind, n in counts.most_common())
              + "  (" + ", ".join(f"{lang} {n}" for lang, n in sorted(languages.items())) + ")")
        if args.show:
            for i in (i for i in found if i["loss"] == loss):
                print(f"  [{i['kind']}] {i['split']}/{i['file']}: {i['surface']!r} gold {i['gold']} "
                      f"predicted {i['predicted']} — {i['context']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
