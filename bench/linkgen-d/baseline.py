#!/usr/bin/env python3
"""baseline.py MENTIONS.csv OUT.csv -> clusters by exact normalised name.

Normalisation: NFKC, casefold, drop everything that is not a letter or digit (spaces,
punctuation, the Chinese middle dot). Rows whose name normalises to nothing stay alone.
"""
import csv
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: baseline.py MENTIONS.csv OUT.csv")
    with open(sys.argv[1], encoding="utf-8", newline="") as f, \
            open(sys.argv[2], "w", encoding="utf-8", newline="") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        ids = {}
        for row in csv.DictReader(f):
            k = norm(row["name"])
            if not k:
                k = "\x00" + row["mention_id"]
            cid = ids.setdefault(k, f"c{len(ids) + 1}")
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main()
