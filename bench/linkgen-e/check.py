#!/usr/bin/env python3
"""Sanity check of a generated folder: python3 check.py DIR

Checks that mentions.csv parses with the contract's header, ids are unique and non-empty,
names are non-empty, and truth.csv covers exactly the same ids.  Prints a short summary.
"""
import csv
import os
import sys
from collections import Counter

HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def main(argv):
    if len(argv) != 1:
        sys.exit("usage: check.py DIR")
    d = argv[0]
    errors = []
    ids = set()
    filled = Counter()
    n = 0
    with open(os.path.join(d, "mentions.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f, strict=True)
        head = next(rd)
        if head != HEADER:
            errors.append(f"mentions.csv header is {head}")
        for i, row in enumerate(rd, 2):
            n += 1
            if len(row) != len(HEADER):
                errors.append(f"mentions.csv row {i}: {len(row)} fields")
                continue
            if not row[0]:
                errors.append(f"mentions.csv row {i}: empty mention_id")
            if row[0] in ids:
                errors.append(f"mentions.csv row {i}: duplicate id {row[0]}")
            ids.add(row[0])
            if not row[1].strip():
                errors.append(f"mentions.csv row {i}: empty name")
            for k, v in zip(HEADER[2:], row[2:]):
                if v:
                    filled[k] += 1
            if len(errors) > 20:
                break
    tids = set()
    persons = Counter()
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f, strict=True)
        if next(rd) != ["mention_id", "person_id"]:
            errors.append("truth.csv header is not mention_id,person_id")
        for i, row in enumerate(rd, 2):
            if len(row) != 2 or not row[1]:
                errors.append(f"truth.csv row {i}: malformed")
                continue
            if row[0] in tids:
                errors.append(f"truth.csv row {i}: duplicate id {row[0]}")
            tids.add(row[0])
            persons[row[1]] += 1
    if tids != ids:
        errors.append(f"truth ids differ from mention ids: {len(ids - tids)} without truth, "
                      f"{len(tids - ids)} unknown")
    sizes = Counter(persons.values())
    print(f"mentions {n}, persons {len(persons)}, singletons {sizes.get(1, 0)}, "
          f"largest person {max(persons.values()) if persons else 0} mentions")
    print("filled: " + ", ".join(f"{k} {filled[k] / max(n, 1):.0%}" for k in HEADER[2:]))
    if errors:
        print("FAIL")
        for e in errors[:20]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main(sys.argv[1:])
