#!/usr/bin/env python3
"""Reference baseline: cluster mentions by exact normalised name.

python3 baseline.py DIR/mentions.csv OUT.csv
Normalisation: Unicode NFKD, drop combining marks, casefold, replace every
character that is not a letter or digit (any script) by a space, collapse
spaces.  Rows whose normalised name is equal share a cluster.
"""
import csv
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: baseline.py mentions.csv OUT.csv")
    ids = {}
    with open(argv[1], encoding="utf-8", newline="") as fh, open(argv[2], "w", encoding="utf-8", newline="") as fo:
        w = csv.writer(fo, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(fh):
            k = norm(row["name"])
            if k not in ids:
                ids[k] = f"c{len(ids) + 1}"
            w.writerow([row["mention_id"], ids[k]])


if __name__ == "__main__":
    main(sys.argv)
