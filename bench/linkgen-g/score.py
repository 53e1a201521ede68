#!/usr/bin/env python3
"""Pairwise precision/recall/F1 of CLUSTERS.csv (mention_id,cluster_id) against TRUTH.csv
(mention_id,person_id). Pairs are counted from contingency-table block sizes, never enumerated."""
import argparse
import csv
import json
import sys
from collections import Counter


def read_map(path, col):
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f, strict=True)
        hdr = next(rd)
        if len(hdr) < 2 or hdr[0] != "mention_id" or hdr[1] != col:
            sys.exit(f"{path}: header must start with mention_id,{col}; got {hdr}")
        m = {}
        for n, row in enumerate(rd, start=2):
            if len(row) < 2 or not row[0]:
                sys.exit(f"{path}: bad row {n}")
            if row[0] in m:
                sys.exit(f"{path}: duplicate mention_id {row[0]!r} at row {n}")
            m[row[0]] = row[1]
    return m


def pairs(counter):
    return sum(c * (c - 1) // 2 for c in counter.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("truth")
    ap.add_argument("clusters")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    t = read_map(a.truth, "person_id")
    c = read_map(a.clusters, "cluster_id")
    missing = len(set(t) - set(c))
    extra = len(set(c) - set(t))
    # a mention missing from the output counts as its own singleton cluster
    cl = {m: c.get(m, "\x00missing\x00" + m) for m in t}
    tp = pairs(Counter((t[m], cl[m]) for m in t))
    tpairs = pairs(Counter(t.values()))
    ppairs = pairs(Counter(cl.values()))
    p = tp / ppairs if ppairs else 1.0
    r = tp / tpairs if tpairs else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    res = {"mentions": len(t), "true_persons": len(set(t.values())), "predicted_clusters": len(set(cl.values())),
           "true_pairs": tpairs, "predicted_pairs": ppairs, "correct_pairs": tp,
           "precision": round(p, 6), "recall": round(r, 6), "f1": round(f1, 6),
           "missing_mentions": missing, "extra_mentions": extra}
    if a.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:20s} {v}")


if __name__ == "__main__":
    main()
