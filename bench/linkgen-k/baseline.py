#!/usr/bin/env python3
"""Naive baseline: one cluster per exact normalised name.

    python baseline.py MENTIONS.csv OUT.csv

Normalisation: Unicode NFKC, case-folded, punctuation (including the middle dot) turned to spaces,
whitespace collapsed. Nothing else: no transliteration, no reordering. An empty name is a singleton.
"""
from __future__ import annotations

import csv
import sys
import unicodedata


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold()
    s = "".join(" " if unicodedata.category(c)[0] in "PZS" else c for c in s)
    return " ".join(s.split())


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        sys.exit("usage: baseline.py MENTIONS.csv OUT.csv")
    ids = {}
    with open(argv[0], encoding="utf-8", newline="") as fi, open(argv[1], "w", encoding="utf-8", newline="") as fo:
        w = csv.writer(fo, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(fi):
            k = norm(row["name"])
            if not k:
                cid = "s" + row["mention_id"]
            else:
                cid = ids.setdefault(k, f"c{len(ids) + 1}")
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main()
