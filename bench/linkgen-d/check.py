#!/usr/bin/env python3
"""check.py DIR -> validates DIR/mentions.csv and DIR/truth.csv; prints a short profile."""
import csv
import os
import sys
from collections import Counter

HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility",
          "detained_year"]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check.py DIR")
    d = sys.argv[1]
    errors = []
    ids = set()
    filled = Counter()
    n = 0
    with open(os.path.join(d, "mentions.csv"), encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        head = next(r)
        if head != HEADER:
            errors.append(f"mentions.csv header {head} != {HEADER}")
        for i, row in enumerate(r, start=2):
            n += 1
            if len(row) != len(HEADER):
                errors.append(f"mentions.csv row {i}: {len(row)} fields")
                continue
            if not row[0] or row[0] in ids:
                errors.append(f"mentions.csv row {i}: empty or duplicate id {row[0]!r}")
            ids.add(row[0])
            if not row[1].strip():
                errors.append(f"mentions.csv row {i}: empty name")
            for k, v in zip(HEADER[2:], row[2:]):
                if v:
                    filled[k] += 1
    truth = {}
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        if next(r) != ["mention_id", "person_id"]:
            errors.append("truth.csv header must be mention_id,person_id")
        for i, row in enumerate(r, start=2):
            if len(row) != 2 or not row[1]:
                errors.append(f"truth.csv row {i}: bad row {row!r}")
                continue
            if row[0] in truth:
                errors.append(f"truth.csv row {i}: duplicate id {row[0]}")
            truth[row[0]] = row[1]
    if set(truth) != ids:
        errors.append(f"truth ids differ from mention ids: {len(ids - set(truth))} without "
                      f"truth, {len(set(truth) - ids)} unknown")
    sizes = Counter(Counter(truth.values()).values())
    print(f"mentions\t{n}\npersons\t{len(set(truth.values()))}")
    print("mentions per person\t" + ", ".join(f"{k}:{v}" for k, v in sorted(sizes.items())))
    for k in HEADER[2:]:
        print(f"filled {k}\t{filled[k] / max(n, 1):.2%}")
    for e in errors[:20]:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
