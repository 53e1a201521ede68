#!/usr/bin/env python3
"""List capitalised words and 4-digit numbers not covered by a person, place or date span (review aid)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for jf in sorted(f for f in os.listdir(ROOT) if f.endswith(".json")):
    g = json.load(open(os.path.join(ROOT, jf), encoding="utf-8"))
    if g["language"] in ("zh", "ug"):
        continue
    t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    cov = [tuple(m) for p in g["persons"] for m in p["mentions"]] + [tuple(m) for l in g["places"] for m in l["mentions"]] \
        + [(d["start"], d["end"]) for d in g["dates"]]
    out = []
    for m in re.finditer(r"\b(?:[A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ][\w'-]*|\d{4})\b", t):
        if not any(a <= m.start() and m.end() <= b for a, b in cov):
            out.append(m.group())
    print(jf, "::", " ".join(sorted(set(out))))
