#!/usr/bin/env python3
"""baseline.py MENTIONS.csv OUT.csv

One cluster per exact normalised name (NFKC, casefold, letters and digits only).
Writes the link-records output shape: mention_id,cluster_id.
"""
import csv
import sys
import unicodedata


def norm(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ids = {}
    with open(sys.argv[1], encoding="utf-8", newline="") as fh, \
            open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
        r = csv.DictReader(fh, strict=True)
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in r:
            k = norm(row["name"])
            if not k:
                k = "\0" + row["mention_id"]
            c = ids.get(k)
            if c is None:
                c = ids[k] = "c%d" % (len(ids) + 1)
            w.writerow([row["mention_id"], c])


if __name__ == "__main__":
    main()
