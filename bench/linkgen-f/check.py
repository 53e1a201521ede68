#!/usr/bin/env python3
"""check.py DIR

Validates DIR/mentions.csv and DIR/truth.csv: exact headers, strict CSV parse,
row widths, unique non-empty mention ids, non-empty names, truth covering exactly
the mention ids.  Prints fill rates per column.  Exit 1 on any problem.
"""
import csv
import os
import sys

M_HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]
T_HEADER = ["mention_id", "person_id"]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    errors = []
    ids, filled, n = [], [0] * len(M_HEADER), 0
    with open(os.path.join(d, "mentions.csv"), encoding="utf-8", newline="") as fh:
        r = csv.reader(fh, strict=True)
        h = next(r)
        if h != M_HEADER:
            errors.append("mentions.csv header %r" % h)
        for ln, row in enumerate(r, start=2):
            if len(row) != len(M_HEADER):
                errors.append("mentions.csv row %d has %d fields" % (ln, len(row)))
                continue
            n += 1
            ids.append(row[0])
            for i, v in enumerate(row):
                if v.strip():
                    filled[i] += 1
            if not row[0].strip() or not row[1].strip():
                errors.append("mentions.csv row %d: empty id or name" % ln)
    idset = set(ids)
    if len(idset) != len(ids):
        errors.append("mentions.csv: %d duplicate ids" % (len(ids) - len(idset)))
    tids, persons = [], set()
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as fh:
        r = csv.reader(fh, strict=True)
        h = next(r)
        if h != T_HEADER:
            errors.append("truth.csv header %r" % h)
        for ln, row in enumerate(r, start=2):
            if len(row) != 2 or not row[0] or not row[1]:
                errors.append("truth.csv row %d malformed" % ln)
                continue
            tids.append(row[0])
            persons.add(row[1])
    if len(set(tids)) != len(tids):
        errors.append("truth.csv: duplicate ids")
    if set(tids) != idset:
        errors.append("truth.csv ids differ from mentions.csv ids (%d vs %d)"
                      % (len(set(tids)), len(idset)))
    print("rows %d, persons %d, mentions/person %.2f" % (n, len(persons), n / max(len(persons), 1)))
    for col, f in zip(M_HEADER, filled):
        print("  %-14s %6.1f%% filled" % (col, 100.0 * f / max(n, 1)))
    for e in errors[:20]:
        print("ERROR:", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
