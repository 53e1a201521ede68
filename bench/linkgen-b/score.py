#!/usr/bin/env python3
"""python3 score.py TRUTH.csv CLUSTERS.csv -> pairwise precision/recall/F1 and cluster counts.

TRUTH.csv: mention_id,person_id   CLUSTERS.csv: mention_id,cluster_id.
Mentions missing from CLUSTERS.csv count as singletons (reported). Measurement only.
"""
import csv, sys
from collections import Counter

def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)

def main(argv):
    if len(argv) != 2:
        sys.exit('usage: score.py TRUTH.csv CLUSTERS.csv')
    with open(argv[0], encoding='utf-8', newline='') as f:
        truth = {r['mention_id']: r['person_id'] for r in csv.DictReader(f)}
    with open(argv[1], encoding='utf-8', newline='') as f:
        clus = {r['mention_id']: r['cluster_id'] for r in csv.DictReader(f)}
    missing = [m for m in truth if m not in clus]
    extra = sum(1 for m in clus if m not in truth)
    for i, m in enumerate(missing):
        clus[m] = '\x00missing%d' % i
    tp = pairs(Counter((clus[m], p) for m, p in truth.items()).values())
    tpairs = pairs(Counter(truth.values()).values())
    cpairs = pairs(Counter(clus[m] for m in truth).values())
    P = tp / cpairs if cpairs else 1.0
    R = tp / tpairs if tpairs else 1.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    print('mentions            %d' % len(truth))
    print('true persons        %d' % len(set(truth.values())))
    print('predicted clusters  %d' % len(set(clus[m] for m in truth)))
    print('true pairs          %d' % tpairs)
    print('predicted pairs     %d' % cpairs)
    print('correct pairs       %d' % tp)
    print('precision           %.4f' % P)
    print('recall              %.4f' % R)
    print('F1                  %.4f' % F)
    if missing or extra:
        print('missing from clusters %d (scored as singletons); unknown ids %d' % (len(missing), extra))

if __name__ == '__main__':
    main(sys.argv[1:])
