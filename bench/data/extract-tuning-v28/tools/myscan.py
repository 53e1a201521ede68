#!/usr/bin/env python3
"""List capitalised words and 4-digit numbers / day.month stamps that no mention, org-free date span covers.
Usage: python3 myscan.py NAME"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in sys.argv[1:]:
    g = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
    t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    cov = [0] * len(t)
    for p in g["persons"]:
        for a, b in p["mentions"]:
            for i in range(a, b): cov[i] = 1
    for l in g["places"]:
        for a, b in l["mentions"]:
            for i in range(a, b): cov[i] = 2
    for d in g["dates"]:
        for i in range(d["start"], d["end"]): cov[i] = 3
    caps = set(); nums = []
    for m in re.finditer(r"\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÉÜÖ][\w'-]+", t):
        if not any(cov[m.start():m.end()]): caps.add(m.group())
    for m in re.finditer(r"\d{4}|\d{1,2}\.\d{2}|\d+\s*(?:月|年|日)", t):
        if not any(cov[m.start():m.end()]): nums.append(t[max(0,m.start()-15):m.end()+10].replace("\n"," "))
    print("==", name); print("CAPS:", " ".join(sorted(caps))); print("NUMS:", nums)
