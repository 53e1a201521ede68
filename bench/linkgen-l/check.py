#!/usr/bin/env python3
"""Strict check of a generator-L output folder.

    python check.py DIR

Checks DIR/mentions.csv and DIR/truth.csv: UTF-8, exact headers, 7 fields per mention row,
mention_id and name non-empty, years empty or four digits, no control characters or line breaks
in fields, unique mention ids, truth ids equal to mention ids. Prints fill rates per column and
the mentions-per-person distribution; exits 1 on the first kind of error (up to 10 shown).
"""
import csv
import os
import re
import sys
from collections import Counter

HEADER = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]
YEAR = re.compile(r"^\d{4}$")
CTRL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        sys.exit("usage: check.py DIR")
    d = argv[0]
    errors = []

    def err(msg):
        errors.append(msg)

    ids = []
    seen = set()
    filled = Counter()
    scripts = Counter()
    with open(os.path.join(d, "mentions.csv"), encoding="utf-8", errors="strict", newline="") as f:
        rd = csv.reader(f, strict=True)
        header = next(rd, None)
        if header != HEADER:
            err(f"mentions.csv header {header!r} != {HEADER!r}")
        for n, row in enumerate(rd, start=2):
            if len(row) != len(HEADER):
                err(f"mentions.csv row {n}: {len(row)} fields")
                continue
            mid = row[0]
            if not mid or not row[1].strip():
                err(f"mentions.csv row {n}: empty mention_id or name")
            if mid in seen:
                err(f"mentions.csv row {n}: duplicate mention_id {mid}")
            seen.add(mid)
            ids.append(mid)
            for col, v in zip(HEADER, row):
                if v:
                    filled[col] += 1
                if CTRL.search(v):
                    err(f"mentions.csv row {n}: control character in {col}")
                if v != v.strip():
                    err(f"mentions.csv row {n}: surrounding space in {col}")
            for col in ("birth_year", "detained_year"):
                v = row[HEADER.index(col)]
                if v and not YEAR.match(v):
                    err(f"mentions.csv row {n}: {col} {v!r} is not four digits")
            nm = row[1]
            sc = ("arabic" if re.search(r"[\u0600-\u06ff]", nm) else
                  "chinese" if re.search(r"[\u4e00-\u9fff]", nm) else
                  "cyrillic" if re.search(r"[\u0400-\u04ff]", nm) else "latin")
            if sc in ("latin", "cyrillic") and re.search(r"[\u0400-\u04ff]", nm) and \
                    re.search(r"[A-Za-z]", nm):
                sc = "mixed latin/cyrillic"
            scripts[sc] += 1
    truth = {}
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", errors="strict", newline="") as f:
        rd = csv.reader(f, strict=True)
        header = next(rd, None)
        if header != ["mention_id", "person_id"]:
            err(f"truth.csv header {header!r}")
        for n, row in enumerate(rd, start=2):
            if len(row) != 2 or not row[0] or not row[1]:
                err(f"truth.csv row {n}: bad row")
                continue
            if row[0] in truth:
                err(f"truth.csv row {n}: duplicate mention_id {row[0]}")
            truth[row[0]] = row[1]
    if set(truth) != seen:
        err(f"truth ids != mention ids ({len(set(truth) - seen)} only in truth, "
            f"{len(seen - set(truth))} only in mentions)")
    total = len(ids)
    print(f"mentions {total}, persons {len(set(truth.values()))}")
    for col in HEADER:
        print(f"  fill {col:14} {filled[col] / max(total, 1):6.1%}")
    print("  name scripts: " + ", ".join(f"{k} {v / max(total, 1):.1%}"
                                        for k, v in scripts.most_common()))
    sizes = Counter(Counter(truth.values()).values())
    print("  mentions per person: " + ", ".join(f"{k}:{sizes[k]}" for k in sorted(sizes)))
    if errors:
        for e in errors[:10]:
            print("ERROR " + e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("clean")


if __name__ == "__main__":
    main()
