#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv [--json]: pairwise precision / recall / F1 of a clustering.

Pairs are counted from contingency-table block sizes (sum of n*(n-1)/2), never enumerated.
TRUTH has mention_id,person_id; CLUSTERS has mention_id,cluster_id (the link-records output).
"""
import csv
import json
import sys
from collections import Counter


def read_map(path, col):
    with open(path, encoding="utf-8-sig", newline="") as f:
        r = csv.DictReader(f)
        if "mention_id" not in (r.fieldnames or []) or col not in r.fieldnames:
            sys.exit(f"{path}: header must contain mention_id and {col}")
        out = {}
        for row in r:
            mid = row["mention_id"]
            if mid in out:
                sys.exit(f"{path}: duplicate mention_id {mid!r}")
            out[mid] = row[col]
        return out


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def score(truth, clusters):
    missing = [m for m in truth if m not in clusters]
    extra = [m for m in clusters if m not in truth]
    # a mention the linker left out counts as its own singleton cluster
    pred = {m: clusters.get(m, "\0missing\0" + m) for m in truth}
    t_pairs = pairs(Counter(truth.values()))
    p_pairs = pairs(Counter(pred.values()))
    tp = pairs(Counter((truth[m], pred[m]) for m in truth))
    prec = tp / p_pairs if p_pairs else 1.0
    rec = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"mentions": len(truth), "true_persons": len(set(truth.values())),
            "predicted_clusters": len(set(pred.values())), "true_pairs": t_pairs,
            "predicted_pairs": p_pairs, "true_positive_pairs": tp, "precision": round(prec, 6),
            "recall": round(rec, 6), "f1": round(f1, 6), "missing_mentions": len(missing),
            "extra_mentions": len(extra)}


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    if len(args) != 2:
        sys.exit(__doc__)
    res = score(read_map(args[0], "person_id"), read_map(args[1], "cluster_id"))
    if "--json" in sys.argv:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print(f"{k:22} {v}")


if __name__ == "__main__":
    main()
