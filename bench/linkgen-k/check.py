#!/usr/bin/env python3
"""Strict check of a generated folder.

    python check.py DIR

Parses DIR/mentions.csv and DIR/truth.csv strictly (UTF-8, exact headers, fixed field counts, no
line breaks inside fields), checks unique ids, that truth ids equal mention ids, that years are
empty or plausible integers, and prints fill rates, mentions per person and source shares.
Exit 0 when clean, 1 with the problems listed otherwise.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

CONTRACT = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]
HEADER = CONTRACT + ["source"]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        sys.exit("usage: check.py DIR")
    d = Path(argv[0])
    problems = []

    def bad(msg):
        if len(problems) < 50:
            problems.append(msg)
        else:
            problems.append(None)

    fill = Counter()
    sources = Counter()
    mids = set()
    n = 0
    try:
        with open(d / "mentions.csv", encoding="utf-8", errors="strict", newline="") as fh:
            r = csv.reader(fh, strict=True)
            head = next(r, None)
            if head != HEADER:
                bad(f"mentions.csv: header {head!r} != {HEADER!r}")
            for i, row in enumerate(r, start=2):
                n += 1
                if len(row) != len(HEADER):
                    bad(f"mentions.csv row {i}: {len(row)} fields")
                    continue
                if any("\n" in c or "\r" in c for c in row):
                    bad(f"mentions.csv row {i}: line break inside a field")
                m = row[0]
                if not m or not row[1].strip():
                    bad(f"mentions.csv row {i}: empty mention_id or name")
                if m in mids:
                    bad(f"mentions.csv row {i}: duplicate mention_id {m}")
                mids.add(m)
                for col, lo, hi in ((3, 1900, 2010), (6, 2010, 2025)):
                    v = row[col]
                    if v and not (v.isdigit() and lo <= int(v) <= hi):
                        bad(f"mentions.csv row {i}: {HEADER[col]} {v!r}")
                for j, c in enumerate(row):
                    if c.strip():
                        fill[HEADER[j]] += 1
                    if c != c.strip():
                        bad(f"mentions.csv row {i}: {HEADER[j]} has outer spaces")
                sources[row[7]] += 1
    except (UnicodeDecodeError, csv.Error, FileNotFoundError) as e:
        bad(f"mentions.csv: {e}")

    tids = set()
    per = Counter()
    try:
        with open(d / "truth.csv", encoding="utf-8", errors="strict", newline="") as fh:
            r = csv.reader(fh, strict=True)
            head = next(r, None)
            if head != ["mention_id", "person_id"]:
                bad(f"truth.csv: header {head!r}")
            for i, row in enumerate(r, start=2):
                if len(row) != 2 or not row[0] or not row[1]:
                    bad(f"truth.csv row {i}: {row!r}")
                    continue
                if row[0] in tids:
                    bad(f"truth.csv row {i}: duplicate mention_id {row[0]}")
                tids.add(row[0])
                per[row[1]] += 1
    except (UnicodeDecodeError, csv.Error, FileNotFoundError) as e:
        bad(f"truth.csv: {e}")
    if tids != mids:
        bad(f"truth ids != mention ids: {len(tids - mids)} only in truth, {len(mids - tids)} only in mentions")

    print(f"mentions: {n}   persons: {len(per)}   mean mentions/person: {n / max(1, len(per)):.2f}")
    print("fill rates: " + "  ".join(f"{h} {fill[h] / max(1, n):.1%}" for h in HEADER[1:]))
    hist = Counter(per.values())
    print("mentions per person: " + "  ".join(f"{k}:{hist[k]}" for k in sorted(hist)))
    print("sources: " + "  ".join(f"{s} {c / max(1, n):.1%}" for s, c in sorted(sources.items())))
    if problems:
        for p in problems:
            if p is None:
                print("... more problems left out")
                break
            print("PROBLEM:", p)
        sys.exit(1)
    print("clean")


if __name__ == "__main__":
    main()
