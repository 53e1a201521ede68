#!/usr/bin/env python3
"""Own short scanner: capitalised words and 4-digit numbers not covered by a person/place mention or a date span.
Usage: python3 scan_own.py NAME"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
g = json.load(open(os.path.join(ROOT, sys.argv[1] + ".json"), encoding="utf-8"))
t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
cov = [tuple(m) for p in g["persons"] for m in p["mentions"]] + [tuple(m) for l in g["places"] for m in l["mentions"]]
cov += [(d["start"], d["end"]) for d in g["dates"]]
def covered(a, b): return any(x <= a and b <= y for x, y in cov)
out = set()
for m in re.finditer(r"\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'-]+|\b\d{4}\b", t):
    if not covered(m.start(), m.end()):
        out.add(m.group())
print(sorted(out))
