#!/usr/bin/env python3
"""check.py DIR: strict parse of DIR/mentions.csv and DIR/truth.csv; unique ids; truth ids equal
mention ids; fill rates per column and per source kind; mentions per person. Exit 1 on a problem."""
import collections
import csv
import os
import sys

COLS = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def main():
    d = sys.argv[1]
    errors = []
    ids = []
    fill = collections.Counter()
    kinds = collections.Counter()
    with open(os.path.join(d, "mentions.csv"), encoding="utf-8", newline="") as fh:
        r = csv.reader(fh, strict=True)
        head = next(r)
        if head[:len(COLS)] != COLS:
            errors.append("mentions header %r" % head)
        for n, row in enumerate(r, 2):
            if len(row) != len(head):
                errors.append("mentions row %d has %d fields" % (n, len(row)))
                continue
            if not row[0] or not row[1]:
                errors.append("mentions row %d: empty mention_id or name" % n)
            ids.append(row[0])
            for c, v in zip(head, row):
                if v:
                    fill[c] += 1
            if len(row) > 7:
                kinds[row[7].rsplit("-", 1)[0]] += 1
    truth = {}
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as fh:
        r = csv.reader(fh, strict=True)
        if next(r) != ["mention_id", "person_id"]:
            errors.append("truth header")
        for n, row in enumerate(r, 2):
            if len(row) != 2 or not all(row):
                errors.append("truth row %d malformed" % n)
                continue
            if row[0] in truth:
                errors.append("truth row %d duplicate id %s" % (n, row[0]))
            truth[row[0]] = row[1]
    if len(set(ids)) != len(ids):
        errors.append("duplicate mention ids: %d" % (len(ids) - len(set(ids))))
    if set(ids) != set(truth):
        errors.append("truth ids differ from mention ids")
    N = len(ids)
    print("mentions: %d" % N)
    for c in head:
        print("  fill %-14s %5.1f%%" % (c, 100.0 * fill[c] / max(N, 1)))
    for k, v in sorted(kinds.items()):
        print("  source %-10s %5.1f%%" % (k, 100.0 * v / max(N, 1)))
    per = collections.Counter(truth.values())
    hist = collections.Counter(per.values())
    print("persons: %d, mentions per person mean %.2f; histogram %s" % (
        len(per), N / max(len(per), 1), dict(sorted(hist.items()))))
    for e in errors[:20]:
        print("ERROR", e)
    print("OK" if not errors else "FAILED (%d problems)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
