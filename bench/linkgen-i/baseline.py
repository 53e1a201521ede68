#!/usr/bin/env python3
"""baseline.py MENTIONS.csv OUT.csv -- one cluster per exact normalised name (NFKC, casefold, letters/digits)."""
import csv, sys, unicodedata


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(c for c in s if c.isalnum())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    keys = {}
    with open(sys.argv[1], encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8", newline="") as o:
        rd = csv.DictReader(f, strict=True)
        w = csv.writer(o, lineterminator="\n")
        w.writerow(["mention_id", "cluster_id"])
        for row in rd:
            k = norm(row["name"]) or "\0" + row["mention_id"]
            cid = keys.setdefault(k, "c%d" % (len(keys) + 1))
            w.writerow([row["mention_id"], cid])


if __name__ == "__main__":
    main()
