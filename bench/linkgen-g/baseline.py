#!/usr/bin/env python3
"""Baseline linker: one cluster per exact normalised name (NFKC, casefold, letters/digits only)."""
import csv
import sys
import unicodedata


def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).casefold() if ch.isalnum())


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: baseline.py MENTIONS.csv OUT.csv")
    ids = {}
    with open(sys.argv[1], encoding="utf-8", newline="") as f, \
            open(sys.argv[2], "w", encoding="utf-8", newline="") as g:
        rd = csv.DictReader(f, strict=True)
        w = csv.writer(g, lineterminator="\n")
        w.writerow(("mention_id", "cluster_id"))
        for row in rd:
            k = norm(row["name"]) or "\x00" + row["mention_id"]
            cid = ids.setdefault(k, f"c{len(ids) + 1}")
            w.writerow((row["mention_id"], cid))


if __name__ == "__main__":
    main()
