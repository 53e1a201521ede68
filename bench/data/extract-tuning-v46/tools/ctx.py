#!/usr/bin/env python3
"""Print every person and place mention, date and evidence span of NAME.json in context.
Usage: python3 ctx.py NAME [width]"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]; w = int(sys.argv[2]) if len(sys.argv) > 2 else 30
g = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
def c(a, b):
    return (t[max(0, a - w):a] + "«" + t[a:b] + "»" + t[b:b + w]).replace("\n", "⏎")
for p in g["persons"]:
    for a, b in p["mentions"]:
        print(p["id"], c(a, b))
for l in g["places"]:
    for a, b in l["mentions"]:
        print("PL", l["name"], "::", c(a, b))
for d in g["dates"]:
    print("DT", d["value"], "::", c(d["start"], d["end"]))
