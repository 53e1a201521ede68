"""Exact-name baseline: one cluster per normalised name (NFKC, casefold, punctuation and spaces dropped).

    python baseline.py MENTIONS.csv OUT.csv
"""

import argparse
import csv
import unicodedata


def key(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in s if not unicodedata.category(ch).startswith(("P", "Z", "S")))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mentions")
    ap.add_argument("out")
    a = ap.parse_args(argv)
    ids = {}
    with open(a.mentions, newline="", encoding="utf-8") as f, open(a.out, "w", newline="", encoding="utf-8") as o:
        w = csv.writer(o)
        w.writerow(["mention_id", "cluster_id"])
        for r in csv.DictReader(f):
            k = key(r["name"]) or "\0" + r["mention_id"]
            w.writerow([r["mention_id"], "C%d" % ids.setdefault(k, len(ids))])


if __name__ == "__main__":
    main()
