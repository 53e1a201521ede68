#!/usr/bin/env python3
"""List capitalised words, numbers and month/relative-date words not covered by a person, place or date span."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(os.listdir(ROOT)):
    if not f.endswith('.json') or (sys.argv[1:] and f[:-5] not in sys.argv[1:]): continue
    g = json.load(open(os.path.join(ROOT, f))); t = open(os.path.join(ROOT, g['file'])).read()
    cov = []
    for p in g['persons']: cov += p['mentions']
    for l in g['places']: cov += l['mentions']
    cov += [[d['start'], d['end']] for d in g['dates']]
    out = set()
    for m in re.finditer(r'\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\'-]+|\d{4}|\b(?:last|ago|later|this|next|yesterday|dernier|plus tard|прошл\w+|этого|через)\b', t):
        if not any(a <= m.start() < b for a, b in cov): out.add(m.group())
    print(f[:-5], sorted(out))
