#!/usr/bin/env python3
"""Print the README counts tables (markdown) for every gold JSON in the set."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows, tot = [], collections.OrderedDict()
codes_all, neg_all, ev_all, forb_only = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
hdr = ["words", "persons", "named", "mentions", "codes", "places", "dates", "events", "negated", "forbidden"]
bylang = collections.OrderedDict((l, [0] * (len(hdr) + 1)) for l in ["en", "fr", "ru", "kk", "ug", "zh"])
for f in sorted(os.listdir(ROOT)):
    if not f.endswith(".json"): continue
    g = json.load(open(os.path.join(ROOT, f), encoding="utf-8"))
    t = open(os.path.join(ROOT, g["file"]), encoding="utf-8").read()
    w = sum(1 for c in t if "\u4e00" <= c <= "\u9fff") if g["language"] == "zh" else len(t.split())
    pairs = {(p["id"], v["code"]) for p in g["persons"] for v in p["violations"]}
    for p in g["persons"]:
        for v in p["violations"]: codes_all[v["code"]] += 1
    for n in g["negated"]: neg_all[n["code"]] += 1
    negp = {(n["person"], n["code"]) for n in g["negated"]}
    for fb in g["forbidden"]:
        if (fb["person"], fb["code"]) not in negp: forb_only[fb["code"]] += 1
    for e in g["events"]: ev_all[e["type"]] += 1
    vals = [w, len(g["persons"]), sum(p["named"] for p in g["persons"]), sum(len(p["mentions"]) for p in g["persons"]),
            len(pairs), len(g["places"]), len(g["dates"]), len(g["events"]), len(g["negated"]), len(g["forbidden"])]
    rows.append((f[:-5], g["language"], vals))
    b = bylang[g["language"]]; b[0] += 1
    for i, v in enumerate(vals): b[i + 1] += v
print("| file | lang | " + " | ".join(hdr) + " |"); print("|---" * (len(hdr) + 2) + "|")
for n, l, v in rows: print(f"| {n} | {l} | " + " | ".join(map(str, v)) + " |")
print()
print("| language | documents | " + " | ".join(hdr) + " |"); print("|---" * (len(hdr) + 2) + "|")
allv = [0] * (len(hdr) + 1)
for l, b in bylang.items():
    print(f"| {l} | " + " | ".join(map(str, b)) + " |")
    allv = [x + y for x, y in zip(allv, b)]
print("| all | " + " | ".join(map(str, allv)) + " |")
print()
print("gold codes:", len(codes_all), dict(codes_all.most_common()))
print("negated:", dict(neg_all.most_common()))
print("forbidden without negation:", dict(forb_only))
print("events:", dict(ev_all.most_common()))
