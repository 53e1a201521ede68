#!/usr/bin/env python3
"""check.py DIR — strict checks of a generated DIR/mentions.csv and DIR/truth.csv.

Strict UTF-8 and CSV parse, exact headers, 7 fields a row, unique non-empty mention ids, non-empty
names, years empty or 4 digits in 1900..2026, no line breaks inside fields, truth ids equal to
mention ids. Prints fill rates and the mentions-per-person distribution; exit 1 on any error.
"""
import collections
import csv
import os
import sys

HEAD = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    d = argv[0]
    errors = []
    ids = set()
    filled = collections.Counter()
    n = 0
    with open(os.path.join(d, "mentions.csv"), encoding="utf-8", errors="strict", newline="") as f:
        r = csv.reader(f, strict=True)
        head = next(r)
        if head != HEAD:
            errors.append("mentions header %r" % head)
        for i, row in enumerate(r, start=2):
            n += 1
            if len(row) != len(HEAD):
                errors.append("row %d: %d fields" % (i, len(row)))
                continue
            if any("\n" in c or "\r" in c or "\x00" in c for c in row):
                errors.append("row %d: line break or NUL in a field" % i)
            mid = row[0]
            if not mid:
                errors.append("row %d: empty mention_id" % i)
            if mid in ids:
                errors.append("row %d: duplicate mention_id %s" % (i, mid))
            ids.add(mid)
            if not row[1].strip():
                errors.append("row %d: empty name" % i)
            for k in (3, 6):
                v = row[k]
                if v and not (len(v) == 4 and v.isdigit() and 1900 <= int(v) <= 2026):
                    errors.append("row %d: bad year %r in %s" % (i, v, HEAD[k]))
            for k, c in enumerate(row):
                if c.strip():
                    filled[HEAD[k]] += 1
            if len(errors) > 20:
                break
    per = collections.Counter()
    tids = set()
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", errors="strict", newline="") as f:
        r = csv.reader(f, strict=True)
        head = next(r)
        if head != ["mention_id", "person_id"]:
            errors.append("truth header %r" % head)
        for i, row in enumerate(r, start=2):
            if len(row) != 2 or not row[0] or not row[1]:
                errors.append("truth row %d malformed" % i)
                continue
            if row[0] in tids:
                errors.append("truth row %d: duplicate %s" % (i, row[0]))
            tids.add(row[0])
            per[row[1]] += 1
    if tids != ids:
        errors.append("truth ids differ from mention ids (%d only in mentions, %d only in truth)"
                      % (len(ids - tids), len(tids - ids)))
    print("mentions %d, persons %d, mentions/person %.2f" % (n, len(per), n / max(1, len(per))))
    for h in HEAD:
        print("  fill %-14s %6.1f%%" % (h, 100.0 * filled[h] / max(1, n)))
    dist = collections.Counter(per.values())
    print("  persons by mention count: " + ", ".join(
        "%d:%d" % (k, dist[k]) for k in sorted(dist)))
    for e in errors[:20]:
        print("ERROR " + e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
