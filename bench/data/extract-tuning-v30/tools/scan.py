#!/usr/bin/env python3
"""List capitalised words and four-digit numbers not covered by any person, place or date span (en/fr/ru/kk),
and every Han-character run containing 年/月/日 not covered (zh), for manual review. Usage: python3 scan.py NAME..."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in sys.argv[1:]:
    g = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
    t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    cov = [tuple(m) for p in g["persons"] for m in p["mentions"]] + [tuple(m) for l in g["places"] for m in l["mentions"]]
    cov += [(d["start"], d["end"]) for d in g["dates"]]
    def covered(a, b): return any(x <= a and b <= y for x, y in cov)
    pat = r"[A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*|\d{4}" if g["language"] != "zh" else r"[^\s，。：；、（）]{0,6}[年月日]"
    out = sorted({m.group(0) for m in re.finditer(pat, t) if not covered(m.start(), m.end())})
    print(name, ":", " ".join(out))
