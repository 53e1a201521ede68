#!/usr/bin/env python3
"""Validate a generator-J output folder. usage: check.py DIR
Checks headers, strict CSV parse, unique non-empty ids, truth covering exactly the mention ids;
prints fill rates per column."""
import csv
import os
import sys

HDR = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def rows(path, hdr):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f, strict=True)
        h = next(r)
        if h != hdr:
            sys.exit("%s: bad header %r" % (path, h))
        for i, row in enumerate(r, start=2):
            if len(row) != len(hdr):
                sys.exit("%s: row %d has %d fields" % (path, i, len(row)))
            yield i, row


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    ids = set()
    filled = [0] * len(HDR)
    n = 0
    for i, row in rows(os.path.join(d, "mentions.csv"), HDR):
        if not row[0]:
            sys.exit("mentions.csv row %d: empty mention_id" % i)
        if not row[1].strip():
            sys.exit("mentions.csv row %d: empty name" % i)
        if row[0] in ids:
            sys.exit("mentions.csv row %d: duplicate id %s" % (i, row[0]))
        ids.add(row[0])
        n += 1
        for j, v in enumerate(row):
            if v.strip():
                filled[j] += 1
    tids = set()
    persons = set()
    for i, row in rows(os.path.join(d, "truth.csv"), ["mention_id", "person_id"]):
        if not row[0] or not row[1]:
            sys.exit("truth.csv row %d: empty field" % i)
        if row[0] in tids:
            sys.exit("truth.csv row %d: duplicate id" % i)
        tids.add(row[0])
        persons.add(row[1])
    if tids != ids:
        sys.exit("truth ids differ from mention ids (%d missing, %d extra)" % (len(ids - tids), len(tids - ids)))
    print("OK: %d mentions, %d persons" % (n, len(persons)))
    for h, c in zip(HDR, filled):
        print("  %-14s %6.1f%% filled" % (h, 100.0 * c / max(n, 1)))


if __name__ == "__main__":
    main()
