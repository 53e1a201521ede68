#!/usr/bin/env python3
"""Validate DIR/mentions.csv and DIR/truth.csv; print fill rates."""
import csv
import os
import sys

MH = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]
TH = ["mention_id", "person_id"]


def read(path, hdr):
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f, strict=True)
        h = next(rd)
        if h != hdr:
            sys.exit(f"FAIL {path}: header {h} != {hdr}")
        rows = []
        for n, row in enumerate(rd, start=2):
            if len(row) != len(hdr):
                sys.exit(f"FAIL {path}: row {n} has {len(row)} fields")
            rows.append(row)
    return rows


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check.py DIR")
    d = sys.argv[1]
    m = read(os.path.join(d, "mentions.csv"), MH)
    t = read(os.path.join(d, "truth.csv"), TH)
    ids = [r[0] for r in m]
    if any(not i for i in ids) or len(set(ids)) != len(ids):
        sys.exit("FAIL mentions: empty or duplicate mention_id")
    if any(not r[1] for r in m):
        sys.exit("FAIL mentions: empty name")
    tids = [r[0] for r in t]
    if len(set(tids)) != len(tids) or set(tids) != set(ids):
        sys.exit("FAIL truth does not cover exactly the mention ids")
    if any(not r[1] for r in t):
        sys.exit("FAIL truth: empty person_id")
    n = len(m)
    print(f"OK {n} mentions, {len(set(r[1] for r in t))} persons")
    for j, col in enumerate(MH[1:], start=1):
        filled = sum(1 for r in m if r[j])
        print(f"  {col:14s} {100 * filled / n:6.1f}% filled")


if __name__ == "__main__":
    main()
