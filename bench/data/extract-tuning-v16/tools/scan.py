#!/usr/bin/env python3
"""List capitalised words and digit runs not covered by a person, place or date span (review aid)."""
import json, re, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in sys.argv[1:]:
    g = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
    t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    cov = [tuple(m) for p in g["persons"] for m in p["mentions"]] + [tuple(m) for l in g["places"] for m in l["mentions"]] + [(d["start"], d["end"]) for d in g["dates"]]
    out = []
    for m in re.finditer(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*|\d+", t):
        if not any(a <= m.start() < b for a, b in cov):
            out.append(m.group())
    print(name, ":", " ".join(sorted(set(out))))
