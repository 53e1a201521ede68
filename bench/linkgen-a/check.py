#!/usr/bin/env python3
"""Sanity checks on a generated directory: header, parse, unique ids, truth complete."""
import csv
import sys

HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def main(d):
    with open(f"{d}/mentions.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        assert next(rd) == HEADER, "bad header"
        ids = []
        for i, row in enumerate(rd, start=2):
            assert len(row) == 7, f"row {i}: {len(row)} fields"
            assert row[0] and row[1].strip(), f"row {i}: empty mention_id or name"
            ids.append(row[0])
    assert len(ids) == len(set(ids)), "duplicate mention_id"
    with open(f"{d}/truth.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        assert next(rd) == ["mention_id", "person_id"]
        truth = dict((r[0], r[1]) for r in rd)
    assert set(truth) == set(ids) and len(truth) == len(ids), "truth incomplete"
    print(f"{d}: OK, {len(ids)} mentions, {len(set(truth.values()))} persons")


if __name__ == "__main__":
    for d in sys.argv[1:]:
        main(d)
