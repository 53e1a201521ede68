#!/usr/bin/env python3
"""List capitalised words and 4-digit numbers not covered by a person, place or date span (en/fr/ru/kk),
and words mixing Latin and Cyrillic letters. Usage: python3 scan.py NAME"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
g = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
cov = set()
for p in g["persons"]:
    for a, b in p["mentions"]: cov.update(range(a, b))
for l in g["places"]:
    for a, b in l["mentions"]: cov.update(range(a, b))
for d in g["dates"]: cov.update(range(d["start"], d["end"]))
out = []
for m in re.finditer(r"\w+", t):
    w = m.group()
    lat = re.search(r"[A-Za-z]", w); cyr = re.search(r"[\u0400-\u04FF]", w)
    if lat and cyr: out.append(f"MIXED {w!r} @{m.start()}")
    if m.start() in cov: continue
    if w[0].isupper() or re.fullmatch(r"\d{4}", w):
        out.append(w)
print(name, ":", " ".join(out))
