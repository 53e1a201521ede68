#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against truth.

    python score.py TRUTH.csv CLUSTERS.csv [--json]

TRUTH.csv: mention_id,person_id. CLUSTERS.csv: mention_id,cluster_id (the link-records output).
A mention missing from CLUSTERS counts as a singleton; ids in CLUSTERS that are not in TRUTH are
reported and ignored. Counts are computed from the contingency table, so a million rows is fast.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def read_map(path, key, val):
    with open(path, encoding="utf-8", newline="") as fh:
        r = csv.DictReader(fh)
        if r.fieldnames is None or key not in r.fieldnames or val not in r.fieldnames:
            sys.exit(f"{path}: header must contain {key},{val}")
        out = {}
        for i, row in enumerate(r, start=2):
            k = row[key]
            if k in out:
                sys.exit(f"{path}: row {i}: duplicate {key} {k!r}")
            out[k] = row[val]
    return out


def score(truth: dict, clusters: dict) -> dict:
    unknown = sum(1 for m in clusters if m not in truth)
    missing = 0
    pred = {}
    for m in truth:
        c = clusters.get(m)
        if c is None or c == "":
            missing += 1
            c = ("\0singleton", m)
        pred[m] = c
    cell = Counter((truth[m], pred[m]) for m in truth)
    tsize = Counter(truth.values())
    psize = Counter(pred.values())
    tp = sum(pairs(n) for n in cell.values())
    tpairs = sum(pairs(n) for n in tsize.values())
    ppairs = sum(pairs(n) for n in psize.values())
    p = tp / ppairs if ppairs else 1.0
    r = tp / tpairs if tpairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    # clusters that are exactly one true person
    members_t = Counter(truth.values())
    exact = sum(1 for (t, c), n in cell.items() if n == members_t[t] and n == psize[c])
    return {
        "mentions": len(truth), "persons": len(tsize), "clusters": len(psize),
        "exact_clusters": exact, "true_pairs": tpairs, "predicted_pairs": ppairs, "correct_pairs": tp,
        "precision": round(p, 6), "recall": round(r, 6), "f1": round(f, 6),
        "missing_from_clusters": missing, "unknown_in_clusters": unknown,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description="pairwise precision/recall/F1 against truth")
    ap.add_argument("truth")
    ap.add_argument("clusters")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    s = score(read_map(a.truth, "mention_id", "person_id"), read_map(a.clusters, "mention_id", "cluster_id"))
    if a.json:
        print(json.dumps(s, indent=2))
    else:
        for k, v in s.items():
            print(f"{k:>22}: {v}")


if __name__ == "__main__":
    main()
