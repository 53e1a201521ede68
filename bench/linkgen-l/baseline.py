#!/usr/bin/env python3
"""Baseline linker for generator L: one cluster per exact normalised name.

    python baseline.py MENTIONS.csv OUT.csv

Normalisation: Unicode NFKC, case folded, everything but letters and digits turned into spaces,
spaces collapsed. No transliteration, no reordering: a floor, not a linker.
"""
import csv
import sys
import unicodedata


def norm(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        sys.exit("usage: baseline.py MENTIONS.csv OUT.csv")
    ids = {}
    with open(argv[0], encoding="utf-8", newline="") as f, \
            open(argv[1], "w", encoding="utf-8", newline="") as g:
        w = csv.writer(g)
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(f):
            key = norm(row["name"])
            cid = ids.setdefault(key, f"c{len(ids):07d}")
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main()
