#!/usr/bin/env python3
"""check.py DIR -- validate DIR/mentions.csv and DIR/truth.csv; print fill rates."""
import csv, os, sys

MHEAD = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def read(path, head):
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f, strict=True)
        h = next(rd)
        if h != head:
            sys.exit("%s: header %r, expected %r" % (path, h, head))
        rows = []
        for n, row in enumerate(rd, 2):
            if len(row) != len(head):
                sys.exit("%s: row %d has %d fields" % (path, n, len(row)))
            rows.append(row)
    return rows


def main():
    d = sys.argv[1]
    m = read(os.path.join(d, "mentions.csv"), MHEAD)
    t = read(os.path.join(d, "truth.csv"), ["mention_id", "person_id"])
    ids = [r[0] for r in m]
    if any(not i.strip() for i in ids) or len(set(ids)) != len(ids):
        sys.exit("mention ids must be unique and non-empty")
    if any(not r[1].strip() for r in m):
        sys.exit("empty name")
    tid = [r[0] for r in t]
    if len(set(tid)) != len(tid) or set(tid) != set(ids):
        sys.exit("truth must cover exactly the mention ids, once each")
    if any(not r[1] for r in t):
        sys.exit("empty person_id")
    print("OK: %d mentions, %d persons" % (len(m), len({r[1] for r in t})))
    for i, col in enumerate(MHEAD[1:], 1):
        print("  fill %-14s %.3f" % (col, sum(1 for r in m if r[i].strip()) / len(m)))


if __name__ == "__main__":
    main()
