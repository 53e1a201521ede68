"""The linker's thresholds swept on one scoring: pairwise F1 for each (link_auto, link_review, name cut).

`bench/link_sweep.py --records N --seed S` (synthetic, bench/synth.py) or `--mentions M.csv
--truth T.csv` (another generator) runs the linker once, keeping every predicted pair from
FLOOR, and then clusters (`linker.cluster`, with the same conflict rule) at each combination of
link_auto (a pair links on its probability alone), link_review (a pair links from it when its
names score at least the name cut and no field disagrees, see `linker.agreeing_edges`) and that
name cut, and prints pairwise precision, recall and F1 and the review queue before its cap.
Figures chosen with it are tuning figures on the sets it ran on. `--json FILE` writes the grid.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from operator import itemgetter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from link import pairwise_scores, read_generated  # noqa: E402
from synth import make_sample  # noqa: E402

from guwah.link import linker as L  # noqa: E402
from guwah.names.settings import LINK_AGREE, LINK_AUTO, SAME_NAME  # noqa: E402

FLOOR = 0.2
AUTOS = (0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98)
REVIEWS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.75)
NAME_CUTS = (0.75, 0.8, 0.85, SAME_NAME)


def scored_edges(mentions) -> tuple[list, list, dict]:
    """Run the linker once: (edges as (a, b, p, fields agree, name score), mention fields, timings)."""
    seen: dict = {}
    original_edges, original_floor = L.agreeing_edges, L.LINK_REVIEW

    def agreeing_edges(con, predictions):
        edges = original_edges(con, predictions)
        same_name = L.SAME_NAME
        L.SAME_NAME = -1.0  # every name passes: `agrees` is then the fields' agreement alone
        try:
            fields_ok = original_edges(con, predictions)
        finally:
            L.SAME_NAME = same_name
        scores = dict(con.execute(f"SELECT p.uid_l * {L.PAIR_SHIFT} + p.uid_r, coalesce(s.score, 0) FROM {predictions} p "
                                  f"LEFT JOIN name_scores s ON s.pair = least(p.uid_l, p.uid_r) * {L.PAIR_SHIFT} "
                                  "+ greatest(p.uid_l, p.uid_r)").fetchall())
        seen["edges"] = [(a, b, p, ok, scores[a * L.PAIR_SHIFT + b]) for a, b, p, ok in fields_ok]
        seen["fields"] = con.execute("SELECT gender, birth_lo, birth_hi, home, detained_lo, detained_hi FROM mentions "
                                     "ORDER BY uid").fetchall()
        return edges

    L.agreeing_edges, L.LINK_REVIEW = agreeing_edges, FLOOR
    try:
        result = L.link_mentions(mentions)
    finally:
        L.agreeing_edges, L.LINK_REVIEW = original_edges, original_floor
    return seen["edges"], seen["fields"], result.timings


def combine(paths: list[Path]) -> None:
    """Print the settings by mean F1 over the grids, best first, with each grid's F1."""
    grids = [json.loads(path.read_text())["grid"] for path in paths]
    setting = itemgetter("name_cut", "auto", "review")
    rows = [{setting(row): row for row in grid} for grid in grids]
    common = set(rows[0]).intersection(*rows[1:])
    ranked = sorted(common, key=lambda key: -sum(grid[key]["f1"] for grid in rows))
    print("name cut  auto  review  mean F1  " + "  ".join(path.stem for path in paths))
    for key in ranked[:15]:
        mean = sum(grid[key]["f1"] for grid in rows) / len(rows)
        print(f"{key[0]:8} {key[1]:5} {key[2]:7} {mean:8.4f}  "
              + "  ".join(f"{grid[key]['f1']:.4f}" for grid in rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mentions", type=Path)
    parser.add_argument("--truth", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--edges", type=Path, help="keep the scored pairs in this file (pickle), or read them from it "
                                                   "if it exists (no linking)")
    parser.add_argument("--autos", type=float, nargs="+", default=AUTOS)
    parser.add_argument("--reviews", type=float, nargs="+", default=REVIEWS)
    parser.add_argument("--cuts", type=float, nargs="+", default=NAME_CUTS, help="name cuts of the agreement rule")
    parser.add_argument("--combine", type=Path, nargs="+", help="grids written by --json: the mean F1 of each setting")
    args = parser.parse_args()
    if args.combine:
        combine(args.combine)
        return
    if args.edges and args.edges.exists():
        edges, fields, timings, truth, seconds = pickle.loads(args.edges.read_bytes())
    else:
        if args.mentions:
            mentions, truth = read_generated(args.mentions, args.truth)
        else:
            mentions, truth, _ = make_sample(args.records, args.seed)
        started = time.perf_counter()
        edges, fields, timings = scored_edges(mentions)
        seconds = round(time.perf_counter() - started, 1)
        if args.edges:
            args.edges.write_bytes(pickle.dumps((edges, fields, timings, truth, seconds)))
    count = len(truth)
    cap = L.review_cap(count)
    grid = []
    for cut in args.cuts:
        cut_edges = [(a, b, p, ok and score >= cut) for a, b, p, ok, score in edges]
        for auto in args.autos:
            for review in args.reviews:
                if review > auto:
                    continue
                ids, queue = L.cluster(count, cut_edges, fields, auto=auto, review=review, agree=review)
                grid.append({"name_cut": cut, "auto": auto, "review": review, **pairwise_scores(ids, truth),
                             "review_pairs": len(queue), "review_cap": cap})
    current = [row for row in grid if (row["name_cut"], row["auto"], row["review"]) == (SAME_NAME, LINK_AUTO, LINK_AGREE)]
    best = max(grid, key=lambda row: row["f1"])
    print(f"{count:,} mentions, {len(edges):,} pairs from {FLOOR}, linker {seconds} s")
    for label, row in [("current", row) for row in current] + [("best", best)]:
        print(f"{label:8} cut {row['name_cut']} auto {row['auto']} review {row['review']}: P {row['precision']:.4f} "
              f"R {row['recall']:.4f} F1 {row['f1']:.4f} queue {row['review_pairs']:,} (cap {cap:,})")
    if args.json:
        args.json.write_text(json.dumps({"mentions": count, "seconds": seconds, "timings": timings,
                                         "grid": grid}, indent=1))


if __name__ == "__main__":
    main()
