#!/usr/bin/env python3
"""python3 check.py DIR : mentions.csv parses, header exact, ids unique, truth complete."""
import csv, sys
from collections import Counter
d = sys.argv[1]
H = ['mention_id','name','gender','birth_year','hometown','facility','detained_year']
with open(d + '/mentions.csv', encoding='utf-8', newline='') as f:
    rd = csv.reader(f); hdr = next(rd); rows = list(rd)
assert hdr == H, hdr
assert all(len(r) == 7 for r in rows)
ids = [r[0] for r in rows]; assert len(set(ids)) == len(ids), 'duplicate ids'
assert all(r[1].strip() for r in rows), 'empty name'
with open(d + '/truth.csv', encoding='utf-8', newline='') as f:
    t = list(csv.DictReader(f))
tid = [r['mention_id'] for r in t]
assert sorted(tid) == sorted(ids), 'truth incomplete'
sz = Counter(r['person_id'] for r in t)
miss = [sum(1 for r in rows if not r[i]) / len(rows) for i in range(2, 7)]
print('%s ok: %d mentions, %d persons, max %d mentions/person, singletons %.1f%%; empty g/b/h/f/d %s' % (
    d, len(rows), len(sz), max(sz.values()), 100 * sum(1 for v in sz.values() if v == 1) / len(sz),
    ' '.join('%.0f%%' % (100 * m) for m in miss)))
