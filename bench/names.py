"""Benchmark guwah.names: accuracy on the labelled pair set, and throughput on one core.

Usage: python bench/names.py [--pairs bench/data/name-pairs.tsv] [--names 50000]
       [--comparisons 200000] [--threshold T] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from guwah.names import DEFAULT_THRESHOLD, clear_caches, compare_many, keys_many
from guwah.names.forms import TOKEN_SPLIT, name_forms

DEFAULT_PAIRS = Path(__file__).parent / "data" / "name-pairs.tsv"


def load_pairs(path: Path) -> list[dict]:
    """Read the labelled pair set (columns a, b, label, kind, note)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["label"] = int(row["label"])
    return rows


def score_pairs(rows: list[dict], threshold: float) -> dict:
    """Precision, recall, F1 overall and accuracy per kind at a threshold."""
    scores = compare_many([(row["a"], row["b"]) for row in rows])
    tp = fp = fn = tn = 0
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    for row, score in zip(rows, scores, strict=True):
        predicted = score >= threshold
        actual = row["label"] == 1
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not predicted and not actual
        kinds[row["kind"]][0] += predicted == actual
        kinds[row["kind"]][1] += 1
        if predicted != actual:
            errors.append({"a": row["a"], "b": row["b"], "label": row["label"],
                           "kind": row["kind"], "score": round(score, 3)})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": len(rows), "threshold": threshold, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "by_kind": {kind: {"pairs": n, "accuracy": round(ok / n, 4)}
                    for kind, (ok, n) in sorted(kinds.items())},
        "errors": errors,
    }


def synthetic_names(rows: list[dict], count: int, seed: int = 7) -> list[str]:
    """Distinct names made by combining name parts of the pair set within each script."""
    rng = random.Random(seed)
    parts_by_script: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for name in (row["a"], row["b"]):
            script = name_forms(name).script
            if script == "Hani":
                parts = [p for p in TOKEN_SPLIT.split(name) if p]
                if len(parts) < 2:
                    continue
            else:
                parts = [p for p in name.split() if p]
            parts_by_script[script].update(parts)
    pools = {script: sorted(parts) for script, parts in parts_by_script.items() if len(parts) > 5}
    scripts = sorted(pools)
    names: set[str] = set()
    while len(names) < count:
        script = rng.choice(scripts)
        pool = pools[script]
        size = rng.choice((2, 2, 2, 3))
        joiner = "·" if script == "Hani" else " "
        names.add(joiner.join(rng.sample(pool, size)))
    return sorted(names, key=lambda _: rng.random())


def time_keys(names: list[str], repeat: int) -> dict:
    """Names per second for blocking keys, cold (all caches emptied) and warm; best of repeat."""
    cold, warm = [], []
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        keys_many(names)
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        keys_many(names)
        warm.append(time.perf_counter() - start)
    return {"names": len(names), "repeat": repeat,
            "cold_per_s": round(len(names) / min(cold)),
            "cold_per_s_median": round(len(names) / statistics.median(cold)),
            "warm_per_s": round(len(names) / min(warm))}


def time_comparisons(names: list[str], count: int, repeat: int, seed: int = 11) -> dict:
    """Comparisons per second over distinct pairs, with per-name features prepared or not."""
    rng = random.Random(seed)
    # Half random pairs, half near pairs (names sharing a blocking key), as a linker sees them.
    by_key: dict[str, list[str]] = defaultdict(list)
    for name, keys in zip(names, keys_many(names), strict=True):
        for key in keys:
            if key.startswith("n:"):
                by_key[key].append(name)
    near: set[tuple[str, str]] = set()
    for group in by_key.values():
        group = group[:60]  # bound the quadratic blow-up of very common keys
        near.update((a, b) for i, a in enumerate(group) for b in group[i + 1:])
    near_list = sorted(near)
    rng.shuffle(near_list)
    pairs: set[tuple[str, str]] = set(near_list[: count // 2])
    while len(pairs) < count:
        pairs.add(tuple(rng.sample(names, 2)))
    pair_list = list(pairs)
    rng.shuffle(pair_list)
    cold, warm = [], []
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        compare_many(pair_list)
        cold.append(time.perf_counter() - start)  # includes preparing every name once
        start = time.perf_counter()
        compare_many(pair_list)
        warm.append(time.perf_counter() - start)  # names prepared; every pair compared afresh
    return {"comparisons": len(pair_list),
            "distinct_names": len({n for p in pair_list for n in p}), "repeat": repeat,
            "cold_per_s": round(len(pair_list) / min(cold)),
            "warm_per_s": round(len(pair_list) / min(warm)),
            "warm_per_s_median": round(len(pair_list) / statistics.median(warm))}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--names", type=int, default=50_000)
    parser.add_argument("--comparisons", type=int, default=200_000)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    parser.add_argument("--errors", action="store_true", help="list misclassified pairs")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)

    rows = load_pairs(args.pairs)
    accuracy = score_pairs(rows, args.threshold)
    names = synthetic_names(rows, args.names)
    keys = time_keys(names, args.repeat)
    comparisons = time_comparisons(names, args.comparisons, args.repeat)
    result = {"accuracy": accuracy, "keys": keys, "comparisons": comparisons}
    if not args.errors:
        accuracy = dict(accuracy)
        result["accuracy"] = {k: v for k, v in accuracy.items() if k != "errors"}
        result["accuracy"]["misclassified"] = len(accuracy["errors"])
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 0
    acc = result["accuracy"]
    print(f"pairs {acc['pairs']}  threshold {acc['threshold']}")
    print(f"precision {acc['precision']:.4f}  recall {acc['recall']:.4f}  F1 {acc['f1']:.4f}"
          f"  (tp {acc['tp']} fp {acc['fp']} fn {acc['fn']} tn {acc['tn']})")
    for kind, figures in acc["by_kind"].items():
        print(f"  {kind:<24} {figures['pairs']:>4} pairs  accuracy {figures['accuracy']:.3f}")
    print(f"keys: {keys['names']} distinct names, {keys['cold_per_s']:,} names/s cold"
          f" (caches emptied; median {keys['cold_per_s_median']:,}),"
          f" {keys['warm_per_s']:,} names/s warm (cached); best of {keys['repeat']}")
    print(f"compare: {comparisons['comparisons']} distinct pairs over"
          f" {comparisons['distinct_names']} names, {comparisons['warm_per_s']:,} comparisons/s"
          f" with names prepared (median {comparisons['warm_per_s_median']:,}; every pair"
          f" computed afresh), {comparisons['cold_per_s']:,}/s cold (preparing each name inside"
          f" the timing); best of {comparisons['repeat']}")
    for error in acc.get("errors", []):
        print(f"    {error['label']} {error['score']:.3f} {error['kind']:<22}"
              f" {error['a']} | {error['b']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
