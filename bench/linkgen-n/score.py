#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv [--json]: pairwise precision, recall and F1 of CLUSTERS against
TRUTH, and cluster counts. A mention missing from CLUSTERS is its own singleton; rows in CLUSTERS
that are not in TRUTH are ignored (and counted)."""
import collections
import csv
import json
import sys


def pairs(n):
    return n * (n - 1) // 2


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    as_json = "--json" in sys.argv[1:]
    with open(args[0], encoding="utf-8", newline="") as fh:
        truth = {r["mention_id"]: r["person_id"] for r in csv.DictReader(fh)}
    clus = {}
    unknown = 0
    with open(args[1], encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["mention_id"] in truth:
                clus[r["mention_id"]] = r["cluster_id"]
            else:
                unknown += 1
    missing = 0
    for m in truth:
        if m not in clus:
            clus[m] = ("\0singleton", m)
            missing += 1
    t_sizes = collections.Counter(truth.values())
    c_sizes = collections.Counter(clus.values())
    both = collections.Counter((truth[m], clus[m]) for m in truth)
    tp = sum(pairs(n) for n in both.values())
    t_pairs = sum(pairs(n) for n in t_sizes.values())
    c_pairs = sum(pairs(n) for n in c_sizes.values())
    p = tp / c_pairs if c_pairs else 1.0
    rcl = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * p * rcl / (p + rcl) if p + rcl else 0.0
    res = {"mentions": len(truth), "persons": len(t_sizes), "clusters": len(c_sizes),
           "true_pairs": t_pairs, "predicted_pairs": c_pairs, "true_positive_pairs": tp,
           "precision": round(p, 6), "recall": round(rcl, 6), "f1": round(f1, 6),
           "missing_mentions": missing, "unknown_mentions": unknown}
    if as_json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print("%-20s %s" % (k, v))


if __name__ == "__main__":
    main()
