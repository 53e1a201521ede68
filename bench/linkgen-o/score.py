"""Pairwise precision, recall and F1 of a clustering against generator O's truth.

    python score.py TRUTH.csv CLUSTERS.csv [--json]

TRUTH.csv: mention_id,person_id. CLUSTERS.csv: mention_id,cluster_id (a mention missing from it is
a singleton; an id not in TRUTH is an error).
"""

import argparse
import csv
import json
import sys
from collections import Counter


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def score(truth_path, clusters_path):
    with open(truth_path, newline="", encoding="utf-8") as f:
        truth = {r["mention_id"]: r["person_id"] for r in csv.DictReader(f)}
    with open(clusters_path, newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames is None or "mention_id" not in rd.fieldnames or "cluster_id" not in rd.fieldnames:
            sys.exit("score.py: CLUSTERS.csv needs the header mention_id,cluster_id")
        clusters = {}
        for i, r in enumerate(rd, start=2):
            if r["mention_id"] not in truth:
                sys.exit("score.py: row %d: mention_id %r is not in TRUTH" % (i, r["mention_id"]))
            clusters[r["mention_id"]] = r["cluster_id"]
    for m in truth:
        clusters.setdefault(m, "\0single:" + m)
    gold = pairs(Counter(truth.values()).values())
    made = pairs(Counter(clusters.values()).values())
    right = pairs(Counter((clusters[m], truth[m]) for m in truth).values())
    p = right / made if made else 0.0
    r = right / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"mentions": len(truth), "persons": len(set(truth.values())), "clusters": len(set(clusters.values())),
            "gold_pairs": gold, "made_pairs": made, "right_pairs": right,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("truth")
    ap.add_argument("clusters")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    s = score(a.truth, a.clusters)
    if a.json:
        print(json.dumps(s, sort_keys=True))
    else:
        print("mentions %(mentions)d persons %(persons)d clusters %(clusters)d" % s)
        print("pairs: right %(right_pairs)d / made %(made_pairs)d / gold %(gold_pairs)d" % s)
        print("precision {precision:.4f} recall {recall:.4f} F1 {f1:.4f}".format(**s))


if __name__ == "__main__":
    main()
