#!/usr/bin/env python3
"""baseline.py MENTIONS.csv OUT.csv: one cluster per exact normalised name (NFKC, case-folded,
punctuation and spaces removed). A floor, not a linker."""
import csv
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def main():
    src, out = sys.argv[1], sys.argv[2]
    clusters = {}
    with open(src, encoding="utf-8", newline="") as fi, open(out, "w", encoding="utf-8", newline="") as fo:
        w = csv.writer(fo, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(fi):
            k = norm(row["name"])
            cid = clusters.setdefault(k, "c%d" % (len(clusters) + 1))
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main()
