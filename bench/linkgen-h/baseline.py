#!/usr/bin/env python3
"""baseline.py MENTIONS.csv OUT.csv: one cluster per exact normalised name
(NFKC, casefold, letters and digits only), written as mention_id,cluster_id."""
import csv
import sys
import unicodedata


def norm(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in s if c.isalnum())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ids = {}
    with open(sys.argv[1], encoding="utf-8-sig", newline="") as f, \
            open(sys.argv[2], "w", encoding="utf-8", newline="") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(f):
            k = norm(row["name"]) or "\0" + row["mention_id"]
            cid = ids.setdefault(k, f"c{len(ids) + 1}")
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main()
