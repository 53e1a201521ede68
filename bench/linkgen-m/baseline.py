#!/usr/bin/env python3
"""baseline.py MENTIONS.csv OUT.csv — one cluster per exact normalised name.

Normalisation: Unicode NFKC, case-folded, punctuation dropped, whitespace collapsed. Nothing else:
a floor to compare linkers against, not a linker.
"""
import csv
import re
import sys
import unicodedata

_PUNCT = re.compile(r"[^\w\s]", re.U)


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    ids = {}
    with open(argv[0], encoding="utf-8", newline="") as f, \
            open(argv[1], "w", encoding="utf-8", newline="") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in csv.DictReader(f):
            k = norm(row["name"])
            cid = ids.setdefault(k, "C%d" % len(ids))
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main(sys.argv[1:])
