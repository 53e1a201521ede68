#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against generator E's truth.

    python3 score.py TRUTH.csv CLUSTERS.csv [--json]

Pairs are counted from cluster sizes (n*(n-1)/2 per block of the contingency table), never
enumerated, so a million rows score in seconds.  A mention missing from CLUSTERS.csv counts as
a singleton cluster and is reported; ids in CLUSTERS.csv that are not in the truth are an error.
"""
import csv
import json
import sys
from collections import Counter


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main(argv):
    as_json = "--json" in argv
    argv = [a for a in argv if a != "--json"]
    if len(argv) != 2:
        sys.exit("usage: score.py TRUTH.csv CLUSTERS.csv [--json]")
    truth = {}
    with open(argv[0], encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            truth[row["mention_id"]] = row["person_id"]
    pred = {}
    with open(argv[1], encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if not rd.fieldnames or "mention_id" not in rd.fieldnames or "cluster_id" not in rd.fieldnames:
            sys.exit("CLUSTERS.csv needs the header mention_id,cluster_id")
        for i, row in enumerate(rd, 2):
            mid = row["mention_id"]
            if mid not in truth:
                sys.exit(f"row {i}: mention_id {mid!r} is not in the truth file")
            if mid in pred:
                sys.exit(f"row {i}: mention_id {mid!r} appears twice")
            pred[mid] = row["cluster_id"]
    missing = [m for m in truth if m not in pred]
    for m in missing:
        pred[m] = "\x00missing:" + m
    t_sizes = Counter(truth.values())
    p_sizes = Counter(pred.values())
    both = Counter((truth[m], pred[m]) for m in truth)
    tp = pairs(both)
    tpairs = pairs(t_sizes)
    ppairs = pairs(p_sizes)
    prec = tp / ppairs if ppairs else 1.0
    rec = tp / tpairs if tpairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    exact = sum(1 for (tpid, cid), n in both.items() if n == t_sizes[tpid] == p_sizes[cid])
    res = {"mentions": len(truth), "missing_from_clusters": len(missing),
           "true_persons": len(t_sizes), "predicted_clusters": len(p_sizes),
           "true_pairs": tpairs, "predicted_pairs": ppairs, "correct_pairs": tp,
           "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
           "persons_recovered_exactly": exact,
           "true_singletons": sum(1 for n in t_sizes.values() if n == 1),
           "predicted_singletons": sum(1 for n in p_sizes.values() if n == 1)}
    if as_json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:28s}{v}")


if __name__ == "__main__":
    main(sys.argv[1:])
