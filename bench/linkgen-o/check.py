"""Check a generated folder: strict parse, unique ids, truth ids = mention ids, fill rates, mentions a person.

    python check.py DIR
"""

import argparse
import csv
import os
import re
import sys
from collections import Counter

from generate import HEADER

SCRIPTS = [("han", re.compile(r"[\u4e00-\u9fff]")), ("arabic", re.compile(r"[\u0600-\u06ff]")),
           ("cyrillic", re.compile(r"[\u0400-\u04ff]"))]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    a = ap.parse_args(argv)
    fill, scripts, n, ids = Counter(), Counter(), 0, set()
    dot = date = single = 0
    with open(os.path.join(a.dir, "mentions.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f, strict=True)
        if next(rd) != HEADER:
            sys.exit("check.py: mentions.csv header differs")
        for i, row in enumerate(rd, start=2):
            if len(row) != len(HEADER):
                sys.exit("check.py: mentions.csv row %d has %d cells" % (i, len(row)))
            if row[0] in ids:
                sys.exit("check.py: mentions.csv row %d repeats id %s" % (i, row[0]))
            if not row[1].strip():
                sys.exit("check.py: mentions.csv row %d has no name" % i)
            ids.add(row[0])
            n += 1
            for h, v in zip(HEADER, row, strict=False):
                fill[h] += bool(v)
            name = row[1]
            scripts[next((s for s, rx in SCRIPTS if rx.search(name)), "latin")] += 1
            dot += any(c in name for c in "·•・")
            date += bool(row[3]) and not re.fullmatch(r"\d{4}", row[3])
            single += len(name.split()) == 1
    persons = Counter()
    tids = set()
    with open(os.path.join(a.dir, "truth.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f, strict=True)
        if next(rd) != ["mention_id", "person_id"]:
            sys.exit("check.py: truth.csv header differs")
        for i, row in enumerate(rd, start=2):
            if len(row) != 2 or row[0] in tids:
                sys.exit("check.py: truth.csv row %d malformed or repeated" % i)
            tids.add(row[0])
            persons[row[1]] += 1
    if tids != ids:
        sys.exit("check.py: truth ids differ from mention ids")
    print("rows %d persons %d mentions a person %.2f" % (n, len(persons), n / len(persons)))
    print("fill: " + ", ".join(f"{h} {100.0 * fill[h] / n:.1f}%" for h in HEADER[1:]))
    print("name script: " + ", ".join(f"{s} {100.0 * c / n:.1f}%" for s, c in sorted(scripts.items())))
    print(f"names with a middle dot {100.0 * dot / n:.1f}%, single-token names {100.0 * single / n:.1f}%, birth_year cells that are full dates {100.0 * date / n:.1f}%")
    print("ok")


if __name__ == "__main__":
    main()
