#!/usr/bin/env python3
"""Sanity check of a linkgen-c output folder.

    python3 check.py DIR

Checks: both files parse as UTF-8 CSV with the expected headers; every mention has a
non-empty id and name; ids are unique; truth.csv covers exactly the mention ids; prints counts.
Exit 1 on the first problem.
"""
import csv
import os
import sys
from collections import Counter

HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    d = argv[0]
    ids = set()
    filled = Counter()
    n = 0
    with open(os.path.join(d, "mentions.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        if next(rd) != HEADER:
            fail("mentions.csv header")
        for i, row in enumerate(rd, start=2):
            if len(row) != len(HEADER):
                fail(f"mentions.csv row {i}: {len(row)} fields")
            if not row[0] or not row[1].strip():
                fail(f"mentions.csv row {i}: empty id or name")
            if row[0] in ids:
                fail(f"mentions.csv row {i}: duplicate id {row[0]}")
            ids.add(row[0])
            for k, v in zip(HEADER[2:], row[2:]):
                if v:
                    filled[k] += 1
            n += 1
    seen = set()
    persons = Counter()
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        if next(rd) != ["mention_id", "person_id"]:
            fail("truth.csv header")
        for i, row in enumerate(rd, start=2):
            if len(row) != 2 or not row[1]:
                fail(f"truth.csv row {i}: malformed")
            if row[0] in seen:
                fail(f"truth.csv row {i}: duplicate id {row[0]}")
            if row[0] not in ids:
                fail(f"truth.csv row {i}: unknown mention {row[0]}")
            seen.add(row[0])
            persons[row[1]] += 1
    if seen != ids:
        fail(f"{len(ids - seen)} mentions lack a truth row")
    sizes = Counter(persons.values())
    print(f"OK: {n} mentions, {len(persons)} persons, {n / len(persons):.2f} mentions/person, "
          f"singletons {sizes[1]}, largest {max(persons.values())}")
    print("filled: " + ", ".join(f"{k} {filled[k] / n:.0%}" for k in HEADER[2:]))


if __name__ == "__main__":
    main(sys.argv[1:])
