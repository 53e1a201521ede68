"""A floor for generator P: one cluster per exact normalised name.

    python baseline.py MENTIONS.csv OUT.csv

The name is NFKC-normalised, case-folded, stripped of punctuation (the middle dot and the
apostrophe included) and of repeated spaces; nothing is transliterated.
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    kept = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in text)
    return " ".join(kept.split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mentions")
    ap.add_argument("out")
    args = ap.parse_args(argv)
    ids: dict[str, str] = {}
    with open(args.mentions, newline="", encoding="utf-8") as fin, \
            open(args.out, "w", newline="", encoding="utf-8") as fout:
        writer = csv.writer(fout)
        writer.writerow(("mention_id", "cluster_id"))
        for row in csv.DictReader(fin):
            key = normalise(row["name"])
            cluster = ids.setdefault(key, f"c{len(ids)}")
            writer.writerow((row["mention_id"], cluster))
    return 0


if __name__ == "__main__":
    sys.exit(main())
