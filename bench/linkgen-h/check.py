#!/usr/bin/env python3
"""check.py DIR: validate DIR/mentions.csv and DIR/truth.csv; print fill rates and birth-year forms."""
import csv
import os
import re
import sys
from collections import Counter

HEAD = ["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"]


def strict_rows(path, width):
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, strict=True), 1):
            if len(row) != width:
                sys.exit(f"{path}: row {i} has {len(row)} fields, expected {width}")
            yield i, row


def by_form(v):
    if not v:
        return "empty"
    if re.fullmatch(r"(19|20)\d\d", v):
        return "year"
    if re.fullmatch(r"(19|20)\d\d(年| г\.р\.)", v):
        return "year+script suffix"
    if re.fullmatch(r"(c\. ?|ca\. |~|approx\. )(19|20)\d\d", v):
        return "circa"
    if re.fullmatch(r"(19|20)\d\d[-–]\d{2,4}", v):
        return "range"
    if re.search(r"(19|20)\d0s", v):
        return "decade"
    if re.search(r"\d", v):
        return "age"
    return "other"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    mpath, tpath = os.path.join(d, "mentions.csv"), os.path.join(d, "truth.csv")
    ids, fill, forms = [], Counter(), Counter()
    seen = set()
    for i, row in strict_rows(mpath, len(HEAD)):
        if i == 1:
            if row != HEAD:
                sys.exit(f"{mpath}: bad header {row}")
            continue
        mid = row[0]
        if not mid or mid in seen:
            sys.exit(f"{mpath}: row {i}: empty or duplicate mention_id {mid!r}")
        if not row[1].strip():
            sys.exit(f"{mpath}: row {i}: empty name")
        seen.add(mid)
        ids.append(mid)
        for k, v in zip(HEAD[1:], row[1:]):
            if v:
                fill[k] += 1
        forms[by_form(row[3])] += 1
    tids, persons = set(), Counter()
    for i, row in strict_rows(tpath, 2):
        if i == 1:
            if row != ["mention_id", "person_id"]:
                sys.exit(f"{tpath}: bad header {row}")
            continue
        if not row[0] or row[0] in tids or not row[1]:
            sys.exit(f"{tpath}: row {i}: empty or duplicate id")
        tids.add(row[0])
        persons[row[1]] += 1
    if tids != seen:
        sys.exit(f"truth ids differ from mention ids: {len(seen - tids)} missing, {len(tids - seen)} extra")
    n = len(ids)
    print(f"OK  {n} mentions, {len(persons)} persons")
    for k in HEAD[1:]:
        print(f"fill {k:14} {fill[k] / n:6.1%}")
    print("birth_year forms: " + ", ".join(f"{k} {v / n:.1%}" for k, v in forms.most_common()))
    sizes = Counter(persons.values())
    print("mentions per person: " + ", ".join(f"{k}:{sizes[k]}" for k in sorted(sizes)))


if __name__ == "__main__":
    main()
