#!/usr/bin/env python3
"""Naive baseline for linkgen-c: same cluster when the normalised name is exactly equal.

    python3 baseline.py MENTIONS.csv OUT.csv

Normalisation: Unicode NFKC, casefold, drop everything that is not a letter or digit
(spaces, punctuation, the middle dot of Chinese transcriptions).  Writes mention_id,cluster_id.
Any linker worth having must beat this on every axis that matters.
"""
import csv
import sys
import unicodedata


def norm(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    ids = {}
    with open(argv[0], encoding="utf-8", newline="") as fh, open(argv[1], "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(fh):
            k = norm(row["name"])
            if not k:
                k = "\0" + row["mention_id"]
            cid = ids.setdefault(k, f"c{len(ids) + 1}")
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main(sys.argv[1:])
