#!/usr/bin/env python3
"""This session's scanner: capitalised words and four-digit numbers of each text not covered by a person or place
mention or a date span (for review by eye; many hits are ordinary sentence-initial words). Usage: python3 scan_own.py"""
import glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for jf in sorted(glob.glob(os.path.join(ROOT, "*.json"))):
    g = json.load(open(jf, encoding="utf-8")); t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    cov = [tuple(m) for p in g["persons"] for m in p["mentions"]] + [tuple(m) for l in g["places"] for m in l["mentions"]]
    cov += [(d["start"], d["end"]) for d in g["dates"]]
    def covered(a, b): return any(x <= a and b <= y for x, y in cov)
    hits = set()
    for m in re.finditer(r"\b(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'-]+|\d{4})\b", t):
        if not covered(m.start(), m.end()): hits.add(m.group())
    print(g["file"], ":", " ".join(sorted(hits)))
