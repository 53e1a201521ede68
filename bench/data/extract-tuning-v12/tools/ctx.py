#!/usr/bin/env python3
"""Print every person, place and date span of a gold JSON in context: python3 ctx.py NAME"""
import sys, os, json
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for n in sys.argv[1:]:
    g = json.load(open(os.path.join(OUT, n + ".json"), encoding="utf-8"))
    t = open(os.path.join(OUT, g["file"]), encoding="utf-8").read()
    c = lambda s, e: (t[max(0, s - 35):s] + "[" + t[s:e] + "]" + t[e:e + 35]).replace("\n", "⏎")
    for p in g["persons"]:
        for s, e in p["mentions"]: print(p["id"], c(s, e))
    for l in g["places"]:
        for s, e in l["mentions"]: print("L", l["name"], "::", c(s, e))
    for d in g["dates"]: print("D", d["value"], "::", c(d["start"], d["end"]))
