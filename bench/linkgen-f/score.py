#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv [--json]

Pairwise precision / recall / F1 of a clustering against linkgen-f truth.
Pairs are counted from contingency-table block sizes (n choose 2), never
enumerated.  TRUTH has mention_id,person_id; CLUSTERS has mention_id,cluster_id.
"""
import csv
import json
import sys


def read_map(path, col):
    with open(path, encoding="utf-8", newline="") as fh:
        r = csv.reader(fh, strict=True)
        header = next(r)
        try:
            i, j = header.index("mention_id"), header.index(col)
        except ValueError:
            sys.exit("%s: header must contain mention_id and %s" % (path, col))
        out = {}
        for n, row in enumerate(r, start=2):
            if not row:
                continue
            mid = row[i]
            if mid in out:
                sys.exit("%s: duplicate mention_id %r on row %d" % (path, mid, n))
            out[mid] = row[j]
        return out


def c2(n):
    return n * (n - 1) // 2


def score(truth, clusters):
    missing = [m for m in truth if m not in clusters]
    extra = [m for m in clusters if m not in truth]
    cell, tsize, csize = {}, {}, {}
    for i, (m, p) in enumerate(truth.items()):
        c = clusters.get(m)
        if c is None:
            c = "\0missing\0%d" % i          # an unclustered mention is a singleton
        cell[(p, c)] = cell.get((p, c), 0) + 1
        tsize[p] = tsize.get(p, 0) + 1
        csize[c] = csize.get(c, 0) + 1
    tp = sum(c2(v) for v in cell.values())
    true_pairs = sum(c2(v) for v in tsize.values())
    pred_pairs = sum(c2(v) for v in csize.values())
    prec = tp / pred_pairs if pred_pairs else 1.0
    rec = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "mentions": len(truth), "persons": len(tsize), "clusters": len(csize),
        "true_singletons": sum(1 for v in tsize.values() if v == 1),
        "predicted_singletons": sum(1 for v in csize.values() if v == 1),
        "true_pairs": true_pairs, "predicted_pairs": pred_pairs, "true_positive_pairs": tp,
        "precision": round(prec, 6), "recall": round(rec, 6), "f1": round(f1, 6),
        "missing_in_clusters": len(missing), "unknown_in_clusters": len(extra),
    }


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    if len(args) != 2:
        sys.exit(__doc__)
    res = score(read_map(args[0], "person_id"), read_map(args[1], "cluster_id"))
    if "--json" in sys.argv:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print("%-22s %s" % (k, v))


if __name__ == "__main__":
    main()
