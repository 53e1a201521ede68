"""Where places are lost on the tuning splits: each gold place no predicted place overlaps, and
each predicted place no gold place overlaps, counted by kind (issue 11, "places ≥ 0.95").

`bench/extract.py` scores places by overlapping mentions. A missed place is of one of two kinds:
- not in the gazetteer: `guwah.places.resolve_place` finds no match for the gold surface (a
  town abroad, a province, a village), so only a rule for unknown places could find it;
- in the gazetteer: the resolver knows the surface, the extractor did not take it (no cue, a
  case ending, a script the rules do not read there).
A false place is "resolved" (a gazetteer entry the gold does not count: a slogan, a masthead, an
office) or "unresolved" (a name kept with no gazetteer entry).

    PYTHONPATH=src .venv/bin/python bench/places_losses.py tuning_v8 tuning_v12 [--show]

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
    """[{"split", "file", "loss" ("missed" | "false"), "kind", "surface", "context"}] over the splits."""
    import extract as bench

    from guwah.extract import extract_text
    from guwah.places.resolve import resolve_place

    found = []
    for split, gold, text in bench.tuning_documents(splits):
        out = extract_text(text, document_date=gold.get("document_date"))
        gold_spans = [s for g in gold["places"] for s in bench.spans(g["mentions"])]
        predicted = [(p, bench.spans(p["mentions"])) for p in out["places"]]

        def context(start: int, end: int, text: str = text) -> str:
            return " ".join(text[max(0, start - 60):end + 40].split())

        for g in gold["places"]:
            mine = bench.spans(g["mentions"])
            if any(bench.overlaps(s, ps) for s in mine for _p, spans in predicted for ps in spans):
                continue
            start, end = mine[0]
            known = resolve_place(text[start:end]).match is not None
            found.append({"split": split, "file": gold["file"], "loss": "missed",
                          "kind": "in the gazetteer" if known else "not in the gazetteer",
                          "surface": text[start:end], "context": context(start, end)})
        for p, mine in predicted:
            if any(bench.overlaps(s, g) for s in mine for g in gold_spans):
                continue
            start, end = mine[0]
            found.append({"split": split, "file": gold["file"], "loss": "false",
                          "kind": "resolved" if p.get("gazetteer_id") else "unresolved",
                          "surface": text[start:end], "context": context(start, end)})
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
        print(f"{loss}: {sum(counts.values())}  " + ", ".join(f"{kind} {n}" for kind, n in counts.most_common()))
        if args.show:
            for item in (i for i in found if i["loss"] == loss):
                print(f"  [{item['kind']}] {item['split']}/{item['file']}: {item['surface']!r} — {item['context']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
