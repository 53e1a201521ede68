#!/usr/bin/env python3
"""Build gold JSON for held_out_v10 from tools/specs/NAME.py (written for this set).
Spec names exact substrings; this turns them into offsets and refuses anything it cannot place.
Usage: python3 gold.py NAME...   (SHOW=1 prints every span back)"""
import hashlib, importlib.util, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
SPLIT = "held_out_v10"
CODES = set(re.findall(r"^  ([a-z_]+\.[a-z_]+):", open(os.path.join(HERE, "codes.txt")).read(), re.M))
ETYPES = {"arrest","interrogation","detention","transfer","sentencing","release","death","exit","return","disappearance","other"}
ROLES = {"victim","witness","relative","official","perpetrator","narrator","other"}
SHOW = os.environ.get("SHOW")
def die(m): sys.exit("ERROR: " + m)
def isword(c): return c.isalpha() or c.isdigit()
def find(text, s, occ=0, boundary=True):
    if isinstance(s, tuple):
        if len(s) == 2 and isinstance(s[1], str):   # (context, inner)
            a, _ = find(text, s[0], 0, False); i = text.find(s[1], a)
            if i < 0 or i + len(s[1]) > a + len(s[0]): die(f"inner {s[1]!r} not in {s[0]!r}")
            return i, i + len(s[1])
        if len(s) == 3:  # (context, inner, occ-of-context)
            a, _ = find(text, s[0], s[2], False); i = text.find(s[1], a)
            return i, i + len(s[1])
        s, occ = s
    hits = allhits(text, s, boundary)
    if len(hits) <= occ: die(f"{s!r} occurrence {occ} not found ({len(hits)} hits)")
    return hits[occ]
def allhits(text, s, boundary=True):
    out = []; i = text.find(s)
    while i >= 0:
        j = i + len(s)
        ok = True
        if boundary and not re.search(r"[\u4e00-\u9fff]", s):
            if i > 0 and isword(text[i-1]): ok = False
            if j < len(text) and isword(text[j]): ok = False
        if ok: out.append((i, j))
        i = text.find(s, i + 1)
    return out
def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "specs", name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
def build(name):
    S = load(name); path = os.path.join(ROOT, name + ".txt")
    raw = open(path, "rb").read(); text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text: die("not NFC")
    blocks = [find(text, b, 0, False) if not isinstance(b, tuple) else find(text, b) for b in getattr(S, "BLOCK", [])]
    def blocked(a, b): return any(x <= a and b <= y for x, y in blocks)
    # candidate mentions
    cands = []
    for p in S.P:
        for n in p["names"]:
            for a, b in allhits(text, n): cands.append((a, b, "P", p["id"]))
    for pl in S.PL:
        for n in pl[1]:
            for a, b in allhits(text, n): cands.append((a, b, "L", pl[0]))
    keep = []
    for c in cands:
        if blocked(c[0], c[1]): continue
        if any(o is not c and o[0] <= c[0] and c[1] <= o[1] and (o[1]-o[0]) > (c[1]-c[0]) for o in cands): continue
        keep.append(c)
    for x in keep:
        for y in keep:
            if x is not y and x[0] < y[1] and y[0] < x[1] and (x[0], x[1]) != (y[0], y[1]): die(f"overlap {x} {y}")
            if x is not y and (x[0], x[1]) == (y[0], y[1]) and x[3] != y[3]: die(f"same span two entities {x} {y}")
    ids = {p["id"] for p in S.P}
    persons = []
    for p in S.P:
        ms = sorted({(a, b) for a, b, k, i in keep if k == "P" and i == p["id"]})
        if not ms: die(f"no mention for {p['id']} {p['name']}")
        for r in p.get("roles", []):
            if r not in ROLES: die("role " + r)
        viol = []
        for code, ev in p.get("violations", []):
            if code not in CODES: die("code " + code)
            a, b = find(text, ev, 0, False); viol.append({"code": code, "evidence": [a, b]})
        rel = []
        for t, o in p.get("relations", []):
            if o not in ids: die("relation to " + o)
            rel.append({"type": t, "of": o})
        persons.append({"id": p["id"], "name": p["name"], "names": p["names"], "named": True,
            "roles": p["roles"], "gender": p.get("gender"), "ethnicity": p.get("ethnicity"),
            "birth_year": p.get("birth_year"), "age": p.get("age"), "citizenship": p.get("citizenship", []),
            "mentions": [list(m) for m in ms], "relations": rel, "violations": viol})
        for n in p["names"]:
            if not any(text[a:b] == n for a, b in ms): die(f"name {n!r} of {p['id']} never a mention")
    places = []
    for pl in S.PL:
        ms = sorted({(a, b) for a, b, k, i in keep if k == "L" and i == pl[0]})
        if not ms: die("no mention for place " + pl[0])
        places.append({"name": pl[0], "mentions": [list(m) for m in ms]})
    dates = []
    for d in S.D:
        s, v = d[0], d[1]; occ = d[2] if len(d) > 2 else 0
        a, b = find(text, (s, occ) if occ else s, 0, False) if not occ else find(text, (s, occ), 0, False)
        prec = {4: "year", 7: "month", 10: "day"}[len(v)]
        dates.append({"start": a, "end": b, "value": v, "precision": prec})
    dates.sort(key=lambda x: x["start"])
    events = []
    for t, pid, v in S.E:
        if t not in ETYPES: die("etype " + t)
        if pid not in ids: die("event person " + pid)
        events.append({"type": t, "person": pid, "date": None if v is None else {"value": v, "precision": {4: "year", 7: "month", 10: "day"}[len(v)]}})
    gold = {(p["id"], v["code"]) for p in persons for v in p["violations"]}
    neg = []
    for pid, code, sp in S.NEG:
        if code not in CODES: die("neg code " + code)
        if (pid, code) in gold: die(f"negated is gold {pid} {code}")
        a, b = find(text, sp, 0, False); neg.append({"person": pid, "code": code, "span": [a, b]})
    forb = []
    for pid, code in list(S.FORB) + [(n[0], n[1]) for n in S.NEG]:
        if code not in CODES: die("forb code " + code)
        if (pid, code) in gold: die(f"forbidden is gold {pid} {code}")
        if {"person": pid, "code": code} not in forb: forb.append({"person": pid, "code": code})
    out = {"file": name + ".txt", "path": f"bench/data/extract-tuning-v10/{name}.txt",
           "sha256": hashlib.sha256(raw).hexdigest(), "text_chars": len(text), "split": SPLIT,
           "language": S.LANG, "document_date": S.DATE, "note": S.NOTE, "persons": persons,
           "places": places, "dates": dates, "events": events, "negated": neg, "forbidden": forb}
    json.dump(out, open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    if SHOW:
        for p in persons:
            print(p["id"], p["name"], [text[a:b] for a, b in p["mentions"]])
            for v in p["violations"]: print("   ", v["code"], "|", text[v["evidence"][0]:v["evidence"][1]])
        for pl in places: print("L", pl["name"], [text[a:b] for a, b in pl["mentions"]])
        for d in dates: print("D", d["value"], "|", text[d["start"]:d["end"]])
        for e in events: print("E", e)
        for n in neg: print("N", n["person"], n["code"], "|", text[n["span"][0]:n["span"][1]])
        print("F", [(f["person"], f["code"]) for f in forb])
    print("ok", name, len(persons), "persons", len(events), "events", sum(len(p["violations"]) for p in persons), "codes")
if __name__ == "__main__":
    for n in sys.argv[1:]: build(n)
