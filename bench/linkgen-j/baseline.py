#!/usr/bin/env python3
"""Baseline for generator J: one cluster per exact normalised name (NFKC, casefold,
letters and digits only). usage: baseline.py MENTIONS.csv OUT.csv"""
import csv
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(c for c in s if c.isalnum())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ids = {}
    with open(sys.argv[1], newline="", encoding="utf-8") as f, \
            open(sys.argv[2], "w", newline="", encoding="utf-8") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(f):
            k = norm(row["name"])
            cid = ids.get(k)
            if cid is None:
                cid = ids[k] = "c%d" % (len(ids) + 1)
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main()
