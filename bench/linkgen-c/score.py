#!/usr/bin/env python3
"""Pairwise precision / recall / F1 (and B-cubed) of a clustering against linkgen-c truth.

    python3 score.py TRUTH.csv CLUSTERS.csv [--json]

TRUTH.csv: mention_id,person_id.  CLUSTERS.csv: mention_id,cluster_id (the shape written by
`guwah link-records`).  Pairs are counted from cluster sizes (n*(n-1)/2 summed over clusters and
over cluster x person cells), never enumerated, so a million rows score in seconds.
A mention missing from CLUSTERS.csv counts as a singleton cluster and is reported.
Never tune the linker on this generator; measurement only.
"""
import csv
import json
import sys
from collections import Counter


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def read_map(path, key, val):
    with open(path, encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if key not in rd.fieldnames or val not in rd.fieldnames:
            sys.exit(f"{path}: header must contain {key},{val}")
        out = {}
        for i, row in enumerate(rd, start=2):
            k = row[key]
            if k in out:
                sys.exit(f"{path}: row {i}: duplicate {key} {k!r}")
            out[k] = row[val]
        return out


def score(truth, clusters):
    missing = [m for m in truth if m not in clusters]
    extra = [m for m in clusters if m not in truth]
    pred = {}
    for m in truth:
        c = clusters.get(m)
        pred[m] = ("c", c) if c is not None else ("missing", m)
    t_sizes = Counter(truth.values())
    p_sizes = Counter(pred.values())
    cells = Counter((pred[m], truth[m]) for m in truth)
    tp = pairs(cells)
    pp = pairs(p_sizes)
    tpairs = pairs(t_sizes)
    prec = tp / pp if pp else 1.0
    rec = tp / tpairs if tpairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    # B-cubed, from the same contingency table (less dominated by the few much-mentioned persons)
    n = len(truth) or 1
    b3p = sum(c * c / p_sizes[k[0]] for k, c in cells.items()) / n
    b3r = sum(c * c / t_sizes[k[1]] for k, c in cells.items()) / n
    b3f = 2 * b3p * b3r / (b3p + b3r) if b3p + b3r else 0.0
    return {
        "bcubed_precision": round(b3p, 4), "bcubed_recall": round(b3r, 4), "bcubed_f1": round(b3f, 4),
        "mentions": len(truth), "persons": len(t_sizes), "clusters": len(p_sizes),
        "true_singletons": sum(1 for n in t_sizes.values() if n == 1),
        "predicted_singletons": sum(1 for n in p_sizes.values() if n == 1),
        "largest_cluster": max(p_sizes.values()) if p_sizes else 0,
        "true_pairs": tpairs, "predicted_pairs": pp, "correct_pairs": tp,
        "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
        "missing_from_clusters": len(missing), "unknown_ids_in_clusters": len(extra),
    }


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    res = score(read_map(args[0], "mention_id", "person_id"), read_map(args[1], "mention_id", "cluster_id"))
    if "--json" in argv:
        print(json.dumps(res, indent=1))
    else:
        print(f"precision {res['precision']:.4f}  recall {res['recall']:.4f}  F1 {res['f1']:.4f}")
        print(f"mentions {res['mentions']}  persons {res['persons']}  clusters {res['clusters']}  "
              f"(true pairs {res['true_pairs']}, predicted {res['predicted_pairs']}, correct {res['correct_pairs']})")
        print(f"B-cubed precision {res['bcubed_precision']:.4f}  recall {res['bcubed_recall']:.4f}  F1 {res['bcubed_f1']:.4f}")
        if res["missing_from_clusters"] or res["unknown_ids_in_clusters"]:
            print(f"WARNING: {res['missing_from_clusters']} mentions missing from clusters, "
                  f"{res['unknown_ids_in_clusters']} unknown ids in clusters")


if __name__ == "__main__":
    main(sys.argv[1:])
