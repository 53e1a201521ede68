"""Pairwise precision, recall and F1 of a clustering against generator P's truth.

    python score.py TRUTH.csv CLUSTERS.csv [--json]

CLUSTERS.csv has the header mention_id,cluster_id; a mention missing from it is a singleton.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter


def read_pairs(path: str, key: str, value: str) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or key not in reader.fieldnames or value not in reader.fieldnames:
            sys.exit(f"score.py: {path} needs the columns {key},{value}")
        return {row[key]: row[value] for row in reader}


def pairs(sizes) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def score(truth: dict[str, str], clusters: dict[str, str]) -> dict:
    """Pairwise figures; every truth mention counts, unknown cluster ids become singletons."""
    assigned = {mid: clusters.get(mid, f"\0single:{mid}") for mid in truth}
    both = Counter((assigned[mid], person) for mid, person in truth.items())
    tp = pairs(both.values())
    made = pairs(Counter(assigned.values()).values())
    true = pairs(Counter(truth.values()).values())
    precision = tp / made if made else 1.0
    recall = tp / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"mentions": len(truth), "persons": len(set(truth.values())),
            "clusters": len(set(assigned.values())), "true_pairs": true, "predicted_pairs": made,
            "correct_pairs": tp, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "unknown_mentions": len(set(clusters) - set(truth))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("truth")
    ap.add_argument("clusters")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = score(read_pairs(args.truth, "mention_id", "person_id"),
                   read_pairs(args.clusters, "mention_id", "cluster_id"))
    if args.json:
        print(json.dumps(result))
    else:
        print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
              f"F1 {result['f1']:.3f}  ({result['persons']:,} persons, {result['clusters']:,} clusters, "
              f"{result['mentions']:,} mentions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
