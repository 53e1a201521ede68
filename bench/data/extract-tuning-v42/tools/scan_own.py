#!/usr/bin/env python3
"""This session's own scanner: capitalised words, four-digit numbers and date-like words not covered by a person or
place mention or a date span, for review. Usage: python3 scan_own.py NAME"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in sys.argv[1:]:
    g = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
    t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    cov = [tuple(m) for p in g["persons"] for m in p["mentions"]] + [tuple(m) for l in g["places"] for m in l["mentions"]]
    cov += [(d["start"], d["end"]) for d in g["dates"]]
    out = set()
    for m in re.finditer(r"\b([A-ZА-ЯӘҒҚҢӨҰҮҺІ][\w'’.-]+|\d{4}|\w*(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|demain|вчера|сегодня)\w*)", t, re.I | 0):
        a, b = m.span()
        if not any(x <= a and b <= y for x, y in cov):
            out.add(m.group(0))
    print(name, sorted(out))
