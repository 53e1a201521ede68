#!/usr/bin/env python3
"""Naive baseline: one cluster per exact normalised name.

    python3 baseline.py MENTIONS.csv OUT.csv

Normalisation: NFKC, casefold, drop everything that is not a letter or digit (spaces, dots,
middle dots, hyphens, commas, parentheses).  No transliteration, no use of other columns.
"""
import csv
import sys
import unicodedata


def norm(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: baseline.py MENTIONS.csv OUT.csv")
    keys = {}
    with open(argv[0], encoding="utf-8", newline="") as f, \
            open(argv[1], "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(f):
            k = norm(row["name"])
            cid = keys.get(k)
            if cid is None:
                cid = keys[k] = f"B{len(keys) + 1}"
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main(sys.argv[1:])
