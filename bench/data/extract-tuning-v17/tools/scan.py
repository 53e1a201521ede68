#!/usr/bin/env python3
"""List capitalised words and 4-digit numbers not covered by a person, place or date span (en/fr/ru/kk)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for jf in sorted(f for f in os.listdir(ROOT) if f.endswith(".json")):
    g = json.load(open(os.path.join(ROOT, jf), encoding="utf-8"))
    if g["language"] in ("ug", "zh"):
        continue
    t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    cov = [tuple(m) for p in g["persons"] for m in p["mentions"]] + [tuple(m) for l in g["places"] for m in l["mentions"]] + \
          [(d["start"], d["end"]) for d in g["dates"]]
    out = []
    for m in re.finditer(r"\b(\d{4}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÉÖÜ][\w'’-]*)", t):
        a, b = m.span()
        if any(x <= a < y for x, y in cov):
            continue
        out.append(m.group())
    print(jf, sorted(set(out)))
