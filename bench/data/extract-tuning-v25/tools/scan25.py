#!/usr/bin/env python3
"""Written for v25: list capitalised words, 4-digit numbers and (zh) 年/月/日 runs not inside any gold span.
Usage: python3 scan25.py NAME"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
g = json.load(open(os.path.join(ROOT, sys.argv[1] + ".json"), encoding="utf-8"))
t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
cov = []
for p in g["persons"]:
    cov += p["mentions"]
for l in g["places"]:
    cov += l["mentions"]
cov += [[d["start"], d["end"]] for d in g["dates"]]
def inside(a, b):
    return any(x <= a and b <= y for x, y in cov)
pats = [r"\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+", r"\d{4}", r"[\d一二三四五六七八九十今去上下本]+[年月日]"]
seen = set()
for pat in pats:
    for m in re.finditer(pat, t):
        if not inside(m.start(), m.end()):
            w = m.group()
            if w not in seen:
                seen.add(w)
                print(repr(w), "::", t[max(0, m.start()-25):m.end()+25].replace("\n", "⏎"))
