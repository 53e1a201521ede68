#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against generator L's truth.

    python score.py TRUTH.csv CLUSTERS.csv [--json]

TRUTH.csv: mention_id,person_id. CLUSTERS.csv: mention_id,cluster_id (a linker's output). A
mention missing from CLUSTERS is its own singleton; ids in CLUSTERS that are not in TRUTH are
counted and ignored. Counts are exact (computed from cluster sizes, no pair enumeration).
"""
import argparse
import csv
import json
import sys
from collections import Counter


def pairs(n):
    return n * (n - 1) // 2


def read_map(path, key, val):
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if not rd.fieldnames or key not in rd.fieldnames or val not in rd.fieldnames:
            sys.exit(f"{path}: header must contain {key},{val}")
        out = {}
        for row in rd:
            out[row[key]] = row[val]
        return out


def score(truth, clusters):
    unknown = sum(1 for m in clusters if m not in truth)
    pred = {}
    for m in truth:
        c = clusters.get(m)
        pred[m] = ("c", c) if c is not None else ("s", m)
    t_sizes = Counter(truth.values())
    p_sizes = Counter(pred.values())
    both = Counter((truth[m], pred[m]) for m in truth)
    tp = sum(pairs(n) for n in both.values())
    t_pairs = sum(pairs(n) for n in t_sizes.values())
    p_pairs = sum(pairs(n) for n in p_sizes.values())
    prec = tp / p_pairs if p_pairs else 1.0
    rec = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    # clusters that are exactly one true person
    exact = 0
    t_of_pred = {}
    for (t, pc), n in both.items():
        t_of_pred.setdefault(pc, []).append((t, n))
    for pc, lst in t_of_pred.items():
        if len(lst) == 1 and lst[0][1] == t_sizes[lst[0][0]]:
            exact += 1
    return {
        "mentions": len(truth), "missing_from_clusters": sum(1 for m in truth if m not in clusters),
        "unknown_ids_in_clusters": unknown,
        "true_persons": len(t_sizes), "predicted_clusters": len(p_sizes),
        "exact_clusters": exact,
        "true_pairs": t_pairs, "predicted_pairs": p_pairs, "correct_pairs": tp,
        "precision": round(prec, 6), "recall": round(rec, 6), "f1": round(f1, 6),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("truth")
    ap.add_argument("clusters")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = score(read_map(a.truth, "mention_id", "person_id"),
                read_map(a.clusters, "mention_id", "cluster_id"))
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print(f"{k:26} {v}")


if __name__ == "__main__":
    main()
