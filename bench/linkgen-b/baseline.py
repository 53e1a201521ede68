#!/usr/bin/env python3
"""python3 baseline.py MENTIONS.csv CLUSTERS.csv

Exact normalised-name clustering: NFKD, drop combining marks, casefold, drop punctuation
(anything not a letter/digit), collapse spaces. Same normalised name -> same cluster.
Measurement only."""
import csv, sys, unicodedata

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).casefold()
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    return ' '.join(s.split())

def main(argv):
    if len(argv) != 2:
        sys.exit('usage: baseline.py MENTIONS.csv CLUSTERS.csv')
    ids = {}
    with open(argv[0], encoding='utf-8', newline='') as f, open(argv[1], 'w', encoding='utf-8', newline='') as g:
        w = csv.writer(g)
        w.writerow(['mention_id', 'cluster_id'])
        for r in csv.DictReader(f):
            k = norm(r['name'])
            if not k:
                k = '\x00' + r['mention_id']
            cid = ids.setdefault(k, 'c%d' % (len(ids) + 1))
            w.writerow([r['mention_id'], cid])

if __name__ == '__main__':
    main(sys.argv[1:])
