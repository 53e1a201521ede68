#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv -> pairwise precision/recall/F1, B-cubed, cluster counts.

Pairs are counted from cluster sizes (sum of n*(n-1)/2 over the contingency cells), never by
enumerating pairs, so it runs in linear time on a million rows.
"""
import csv
import sys
from collections import Counter


def pairs(n):
    return n * (n - 1) // 2


def read_map(path, key, val):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        if key not in r.fieldnames or val not in r.fieldnames:
            sys.exit(f"{path}: needs columns {key},{val}; has {r.fieldnames}")
        return {row[key]: row[val] for row in r}


def score(truth, clusters):
    missing = [m for m in truth if m not in clusters]
    extra = [m for m in clusters if m not in truth]
    cl = {m: clusters.get(m, "__missing__" + m) for m in truth}
    tsize = Counter(truth.values())
    csize = Counter(cl.values())
    cells = Counter((cl[m], truth[m]) for m in truth)
    tp = sum(pairs(n) for n in cells.values())
    pred = sum(pairs(n) for n in csize.values())
    true = sum(pairs(n) for n in tsize.values())
    p = tp / pred if pred else 1.0
    r = tp / true if true else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    n = len(truth)
    b3p = sum(k * k / csize[c] for (c, t), k in cells.items()) / n
    b3r = sum(k * k / tsize[t] for (c, t), k in cells.items()) / n
    b3f = 2 * b3p * b3r / (b3p + b3r) if b3p + b3r else 0.0
    return {
        "mentions": n, "persons": len(tsize), "clusters": len(csize),
        "true_singletons": sum(1 for v in tsize.values() if v == 1),
        "cluster_singletons": sum(1 for v in csize.values() if v == 1),
        "largest_person": max(tsize.values()), "largest_cluster": max(csize.values()),
        "true_pairs": true, "predicted_pairs": pred, "correct_pairs": tp,
        "pair_precision": round(p, 4), "pair_recall": round(r, 4), "pair_f1": round(f1, 4),
        "bcubed_precision": round(b3p, 4), "bcubed_recall": round(b3r, 4),
        "bcubed_f1": round(b3f, 4),
        "missing_mentions": len(missing), "unknown_mentions": len(extra),
    }


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: score.py TRUTH.csv CLUSTERS.csv")
    truth = read_map(sys.argv[1], "mention_id", "person_id")
    clusters = read_map(sys.argv[2], "mention_id", "cluster_id")
    for k, v in score(truth, clusters).items():
        print(f"{k}\t{v}")


if __name__ == "__main__":
    main()
