#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv [--json] — pairwise precision, recall and F1 of a clustering.

TRUTH has mention_id,person_id; CLUSTERS has mention_id,cluster_id. A mention missing from
CLUSTERS counts as a singleton; a cluster row for an unknown mention is ignored (and counted).
Pairs are counted from the contingency table, never enumerated, so a million rows is quick.
"""
import collections
import csv
import json
import sys


def pairs(c):
    return c * (c - 1) // 2


def read(path, key2):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        if "mention_id" not in r.fieldnames or key2 not in r.fieldnames:
            sys.exit("%s: needs columns mention_id,%s" % (path, key2))
        return {row["mention_id"]: row[key2] for row in r}


def score(truth, clusters):
    unknown = sum(1 for m in clusters if m not in truth)
    cell = collections.Counter()
    tsize = collections.Counter()
    csize = collections.Counter()
    for m, p in truth.items():
        c = clusters.get(m)
        c = ("c", c) if c is not None else ("singleton", m)
        cell[(p, c)] += 1
        tsize[p] += 1
        csize[c] += 1
    tp = sum(pairs(v) for v in cell.values())
    tpairs = sum(pairs(v) for v in tsize.values())
    ppairs = sum(pairs(v) for v in csize.values())
    prec = tp / ppairs if ppairs else 1.0
    rec = tp / tpairs if tpairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"mentions": len(truth), "persons": len(tsize), "clusters": len(csize),
            "true_pairs": tpairs, "predicted_pairs": ppairs, "correct_pairs": tp,
            "precision": prec, "recall": rec, "f1": f1,
            "missing_from_clusters": sum(1 for m in truth if m not in clusters),
            "unknown_in_clusters": unknown}


def main(argv):
    as_json = "--json" in argv
    args = [a for a in argv if a != "--json"]
    if len(args) != 2:
        sys.exit(__doc__)
    s = score(read(args[0], "person_id"), read(args[1], "cluster_id"))
    if as_json:
        print(json.dumps(s, indent=2))
    else:
        print("precision %.4f  recall %.4f  F1 %.4f" % (s["precision"], s["recall"], s["f1"]))
        print("mentions %d  persons %d  clusters %d  (missing from clusters %d, unknown %d)" % (
            s["mentions"], s["persons"], s["clusters"], s["missing_from_clusters"],
            s["unknown_in_clusters"]))


if __name__ == "__main__":
    main(sys.argv[1:])
