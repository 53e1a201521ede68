#!/usr/bin/env python3
"""Score a clustering against the generator's truth.

python3 score.py TRUTH.csv CLUSTERS.csv
TRUTH.csv: mention_id,person_id   CLUSTERS.csv: mention_id,cluster_id
Prints pairwise precision / recall / F1 (a pair of mentions is predicted if both
are in one cluster, true if both belong to one person), B-cubed P/R/F1 and
cluster counts.  Standard library only.  Measurement only: never tune on it.
"""
import csv
import sys
from collections import Counter, defaultdict


def read_map(path, key, val):
    with open(path, encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if key not in rd.fieldnames or val not in rd.fieldnames:
            sys.exit(f"{path}: expected columns {key},{val}; got {rd.fieldnames}")
        out = {}
        for i, row in enumerate(rd, start=2):
            k = row[key]
            if k in out:
                sys.exit(f"{path}: row {i}: duplicate {key} {k!r}")
            out[k] = row[val]
        return out


def c2(n):
    return n * (n - 1) // 2


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: score.py TRUTH.csv CLUSTERS.csv")
    truth = read_map(argv[1], "mention_id", "person_id")
    clus = read_map(argv[2], "mention_id", "cluster_id")
    missing = [m for m in truth if m not in clus]
    extra = [m for m in clus if m not in truth]
    if extra:
        print(f"warning: {len(extra)} cluster rows for unknown mention ids (ignored)", file=sys.stderr)
    if missing:
        print(f"warning: {len(missing)} mentions have no cluster; each scored as a singleton", file=sys.stderr)
    pred = {m: clus.get(m, "__singleton__" + m) for m in truth}
    person_size = Counter(truth.values())
    cluster_size = Counter(pred.values())
    joint = Counter((pred[m], truth[m]) for m in truth)
    tp = sum(c2(n) for n in joint.values())
    pp = sum(c2(n) for n in cluster_size.values())
    tpairs = sum(c2(n) for n in person_size.values())
    p = tp / pp if pp else 1.0
    r = tp / tpairs if tpairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    # B-cubed
    n = len(truth)
    bp = sum(cnt * cnt / cluster_size[c] for (c, _), cnt in joint.items()) / n
    br = sum(cnt * cnt / person_size[t] for (_, t), cnt in joint.items()) / n
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    # exact clusters: a cluster whose mention set equals one person's
    members = defaultdict(set)
    for m, c in pred.items():
        members[c].add(truth[m])
    exact = sum(1 for c, ts in members.items() if len(ts) == 1 and cluster_size[c] == person_size[next(iter(ts))])
    print(f"mentions          {n}")
    print(f"true persons      {len(person_size)}")
    print(f"predicted clusters {len(cluster_size)}")
    print(f"exact clusters    {exact}  ({exact / len(person_size):.1%} of persons)")
    print(f"true pairs        {tpairs}")
    print(f"predicted pairs   {pp}")
    print(f"correct pairs     {tp}")
    print(f"pairwise precision {p:.4f}")
    print(f"pairwise recall    {r:.4f}")
    print(f"pairwise F1        {f:.4f}")
    print(f"B-cubed P/R/F1     {bp:.4f} / {br:.4f} / {bf:.4f}")


if __name__ == "__main__":
    main(sys.argv)
