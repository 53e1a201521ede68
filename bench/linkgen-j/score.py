#!/usr/bin/env python3
"""Pairwise precision/recall/F1 of a clustering against truth (generator J).

usage: score.py TRUTH.csv CLUSTERS.csv [--json]
TRUTH.csv: mention_id,person_id   CLUSTERS.csv: mention_id,cluster_id (the link-records output).
Pairs are counted from contingency-table block sizes (sum of C(n,2)); no pair is enumerated.
A truth mention missing from CLUSTERS is scored as its own singleton cluster (and reported).
"""
import csv
import json
import sys
from collections import Counter


def c2(n):
    return n * (n - 1) // 2


def read_map(path, key, val):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        if key not in (r.fieldnames or []) or val not in r.fieldnames:
            sys.exit("%s: header must contain %s,%s" % (path, key, val))
        out = {}
        for row in r:
            out[row[key]] = row[val]
    return out


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    as_json = "--json" in sys.argv[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    truth = read_map(args[0], "mention_id", "person_id")
    clus = read_map(args[1], "mention_id", "cluster_id")
    missing = 0
    extra = sum(1 for m in clus if m not in truth)
    tcount, ccount, joint = Counter(), Counter(), Counter()
    for m, p in truth.items():
        c = clus.get(m)
        if c is None:
            missing += 1
            c = ("__missing__", m)
        tcount[p] += 1
        ccount[c] += 1
        joint[(p, c)] += 1
    tp = sum(c2(n) for n in joint.values())
    tpairs = sum(c2(n) for n in tcount.values())
    cpairs = sum(c2(n) for n in ccount.values())
    prec = tp / cpairs if cpairs else 1.0
    rec = tp / tpairs if tpairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = {"mentions": len(truth), "true_persons": len(tcount), "predicted_clusters": len(ccount),
           "true_pairs": tpairs, "predicted_pairs": cpairs, "correct_pairs": tp,
           "precision": round(prec, 6), "recall": round(rec, 6), "f1": round(f1, 6),
           "missing_mentions": missing, "extra_mentions": extra}
    if as_json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print("%-20s %s" % (k, v))


if __name__ == "__main__":
    main()
