"""Check a folder written by generator P: strict parse, ids, truth, fill rates, shares.

    python check.py DIR

Prints fill rates (of every column and of birth_year's forms), source shares and mentions per
person; exits 1 on a problem (a bad header, a short or long row, a duplicate or missing id, an
empty name, truth ids that differ from mention ids).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

MENTION_COLUMNS = ["mention_id", "name", "gender", "birth_year", "hometown", "facility",
                   "detained_year", "source"]
BIRTH_FORMS = [
    ("exact", re.compile(r"^(\d{2}\.\d{2}\.\d{4}|\d{2} [A-Z]{3} \d{4}|\d{4}-\d{2}-\d{2}|"
                         r"\d{4}年\d{1,2}月\d{1,2}日|\d{8})$")),
    ("year", re.compile(r"^\d{4}( ж\.| г\.р\.)?$")),
    ("range", re.compile(r"^\d{4}-\d{4}$")),
    ("decade", re.compile(r"^\d{3}0s$")),
]


def fail(message: str) -> int:
    print(f"check.py: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    args = ap.parse_args(argv)
    folder = Path(args.dir)
    filled = Counter()
    forms = Counter()
    kinds = Counter()
    ids: set[str] = set()
    n = 0
    with open(folder / "mentions.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, strict=True)
        if next(reader, None) != MENTION_COLUMNS:
            return fail("mentions.csv: header is not " + ",".join(MENTION_COLUMNS))
        for line, row in enumerate(reader, start=2):
            if len(row) != len(MENTION_COLUMNS):
                return fail(f"mentions.csv row {line}: {len(row)} fields")
            if row[0] in ids:
                return fail(f"mentions.csv row {line}: duplicate mention_id")
            if not row[1].strip():
                return fail(f"mentions.csv row {line}: empty name")
            ids.add(row[0])
            n += 1
            for col, value in zip(MENTION_COLUMNS[2:7], row[2:7], strict=False):
                filled[col] += bool(value)
            if row[3]:
                form = next((name for name, rx in BIRTH_FORMS if rx.match(row[3])), None)
                if form is None:
                    return fail(f"mentions.csv row {line}: birth_year form unknown")
                forms[form] += 1
            kinds[row[7].split("-")[0]] += 1
    persons = Counter()
    truth_ids: set[str] = set()
    with open(folder / "truth.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, strict=True)
        if next(reader, None) != ["mention_id", "person_id"]:
            return fail("truth.csv: header is not mention_id,person_id")
        for line, row in enumerate(reader, start=2):
            if len(row) != 2 or row[0] in truth_ids:
                return fail(f"truth.csv row {line}: bad or duplicate row")
            truth_ids.add(row[0])
            persons[row[1]] += 1
    if truth_ids != ids:
        return fail("truth.csv ids differ from mentions.csv ids")
    print(f"{n:,} mentions, {len(persons):,} persons, {n / len(persons):.2f} mentions a person")
    print("fill: " + ", ".join(f"{col} {filled[col] / n:.1%}" for col in MENTION_COLUMNS[2:7]))
    print("birth_year forms: " + ", ".join(f"{k} {forms[k] / n:.1%}" for k, _ in BIRTH_FORMS))
    print("sources: " + ", ".join(f"{k} {v / n:.1%}" for k, v in kinds.most_common()))
    sizes = Counter(persons.values())
    print("mentions per person: " + ", ".join(f"{k}: {sizes[k] / len(persons):.1%}" for k in sorted(sizes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
