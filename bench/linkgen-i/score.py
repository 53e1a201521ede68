#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv [--json] -- pairwise precision/recall/F1 from contingency blocks."""
import csv, json, sys
from collections import Counter


def read_map(path, col):
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f, strict=True)
        head = next(rd)
        if "mention_id" not in head or col not in head:
            sys.exit("%s: header must contain mention_id and %s" % (path, col))
        a, b = head.index("mention_id"), head.index(col)
        out = {}
        for n, row in enumerate(rd, 2):
            if not row:
                continue
            if row[a] in out:
                sys.exit("%s: duplicate mention_id %r at row %d" % (path, row[a], n))
            out[row[a]] = row[b]
    return out


def pairs(counter):
    return sum(c * (c - 1) // 2 for c in counter.values())


def main():
    args = [x for x in sys.argv[1:] if x != "--json"]
    if len(args) != 2:
        sys.exit(__doc__)
    truth = read_map(args[0], "person_id")
    clus = read_map(args[1], "cluster_id" if "cluster_id" in open(args[1], encoding="utf-8").readline() else "person_id")
    missing = [m for m in truth if m not in clus]
    extra = [m for m in clus if m not in truth]
    # a mention missing from CLUSTERS counts as its own singleton cluster
    pred = {m: clus.get(m, "\0missing\0" + m) for m in truth}
    tp = pairs(Counter((truth[m], pred[m]) for m in truth))
    tpairs = pairs(Counter(truth.values()))
    ppairs = pairs(Counter(pred.values()))
    p = tp / ppairs if ppairs else 1.0
    r = tp / tpairs if tpairs else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    res = {"mentions": len(truth), "true_persons": len(set(truth.values())),
           "predicted_clusters": len(set(pred.values())), "true_pairs": tpairs, "predicted_pairs": ppairs,
           "true_positive_pairs": tp, "precision": round(p, 6), "recall": round(r, 6), "f1": round(f1, 6),
           "missing_mentions": len(missing), "unknown_mentions": len(extra)}
    if "--json" in sys.argv:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print("%-20s %s" % (k, v))


if __name__ == "__main__":
    main()
