#!/usr/bin/env python3
"""Build gold JSON for tuning_v12 from specs/NAME.py. Written anew (v6's tools were absent).
Spec variables: FILE, LANG, DOC_DATE, NOTE, PERSONS, PLACES, DATES, EVENTS, NEGATED, FORBIDDEN, BLOCK.
Locators: "exact substring" (must be unique) or ("substring", k) for the k-th occurrence (0-based);
"[[...]]" inside a locator cuts the span out of the longer context.
Persons/places: every whole-word occurrence of each surface in `names` (substring for zh), longest first,
minus occurrences inside BLOCK spans, inside an already taken mention, or at a `skip` locator; `at` adds
explicit locators. Usage: python3 gold.py [NAME ...]   (SHOW=1 prints every span)"""
import sys, os, re, json, hashlib, glob, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SPLIT = "tuning_v12"
PATHP = "bench/data/extract-tuning-v12/"
sys.path.insert(0, HERE)
from uly2uey import convert
CODES = [l.split(":")[0].strip() for l in open(os.path.join(HERE, "violations_codes.txt"), encoding="utf-8") if l.strip()]
ETYPES = {"arrest", "interrogation", "detention", "transfer", "sentencing", "release", "death", "exit", "return", "disappearance", "other"}
ROLES = {"victim", "witness", "relative", "official", "perpetrator", "narrator", "other"}
SHOW = os.environ.get("SHOW")

class Err(Exception): pass

def build(name):
    spec = {}
    exec(open(os.path.join(HERE, "specs", name + ".py"), encoding="utf-8").read(), spec)
    fn = spec["FILE"]; lang = spec["LANG"]
    conv = (lambda s: convert(s)) if lang == "ug" else (lambda s: s)
    raw = open(os.path.join(OUT, fn), "rb").read()
    text = raw.decode("utf-8")
    def occ(sub, start=0):
        res, i = [], text.find(sub, start)
        while i >= 0:
            res.append(i); i = text.find(sub, i + 1)
        return res
    def loc(l):
        k = None
        if isinstance(l, (tuple, list)):
            l, k = l
        l = conv(l)
        if "[[" in l:
            a = l.index("[["); b = l.index("]]")
            ctx = l[:a] + l[a + 2:b] + l[b + 2:]; off, ln = a, b - a - 2
        else:
            ctx, off, ln = l, 0, len(l)
        o = occ(ctx)
        if not o: raise Err(f"{name}: not found: {ctx!r}")
        if k is None:
            if len(o) > 1: raise Err(f"{name}: ambiguous ({len(o)}x): {ctx!r}")
            k = 0
        if k >= len(o): raise Err(f"{name}: occurrence {k} of {ctx!r} missing")
        s = o[k] + off
        return [s, s + ln]
    # BLOCK entries: every occurrence of each string is blocked
    blocks = []
    for b in spec.get("BLOCK", []):
        bb = conv(b)
        o = occ(bb)
        if not o: raise Err(f"{name}: BLOCK not found {b!r}")
        blocks += [[i, i + len(bb)] for i in o]
    taken = []   # (s, e, owner)
    def inside(s, e, spans): return any(a <= s and e <= b for a, b in spans)
    def overl(s, e, spans): return any(s < b and a < e for a, b in spans)
    wb = lang != "zh"
    def find_all(surf):
        res = []
        for i in occ(surf):
            j = i + len(surf)
            if wb and ((i > 0 and (text[i - 1].isalnum() or text[i-1] in "_")) or (j < len(text) and (text[j].isalnum() or text[j] in "_"))):
                continue
            res.append([i, j])
        return res
    ents = []
    for kind, lst in (("p", spec.get("PERSONS", [])), ("l", spec.get("PLACES", []))):
        for ent in lst:
            ents.append((kind, ent))
    # candidate occurrences, longest surface first across all entities
    cands = []
    for idx, (kind, ent) in enumerate(ents):
        skips = [loc(x) for x in ent.get("skip", [])]
        for surf in ([] if ent.get("only_at") else ent["names"]):
            s2 = conv(surf)
            for sp in find_all(s2):
                if sp in skips: continue
                cands.append((len(s2), sp, idx))
        for a in ent.get("at", []):
            cands.append((10**6, loc(a), idx))
    cands.sort(key=lambda c: (-c[0], c[1][0]))
    ment = {i: [] for i in range(len(ents))}
    for ln, (s, e), idx in cands:
        if inside(s, e, blocks): continue
        if any(a <= s and e <= b for a, b, _ in taken):
            continue
        for a, b, o in taken:
            if s < b and a < e:
                raise Err(f"{name}: overlap {text[s:e]!r} with {text[a:b]!r}")
        taken.append((s, e, idx)); ment[idx].append([s, e])
    persons, places = [], []
    ids = set()
    for idx, (kind, ent) in enumerate(ents):
        m = sorted(ment[idx])
        nm = [conv(x) for x in ent["names"]]
        used = {text[s:e] for s, e in m}
        for x in nm:
            if x not in used: raise Err(f"{name}: name never used as mention: {x!r}")
        if not m: raise Err(f"{name}: no mention for {ent['name']}")
        if kind == "l":
            places.append({"name": ent["name"], "mentions": m})
            continue
        pid = ent["id"]; ids.add(pid)
        for r in ent.get("roles", []):
            if r not in ROLES: raise Err(f"bad role {r}")
        viol = []
        for code, ev in ent.get("violations", []):
            if code not in CODES: raise Err(f"{name}: unknown code {code}")
            viol.append({"code": code, "evidence": loc(ev)})
        persons.append({"id": pid, "name": conv(ent["name"]), "names": nm, "named": True,
                        "roles": ent["roles"], "gender": ent.get("gender"), "ethnicity": ent.get("ethnicity"),
                        "birth_year": ent.get("birth_year"), "age": ent.get("age"),
                        "citizenship": ent.get("citizenship", []), "mentions": m,
                        "relations": [{"type": t, "of": o} for t, o in ent.get("relations", [])],
                        "violations": viol})
    for p in persons:
        for r in p["relations"]:
            if r["of"] not in ids: raise Err(f"{name}: relation to unknown {r['of']}")
    dates = []
    for d in spec.get("DATES", []):
        l, v, pr = d
        s, e = loc(l)
        dates.append({"start": s, "end": e, "value": v, "precision": pr})
    dates.sort(key=lambda d: d["start"])
    def dv(v):
        if v is None: return None
        return {"value": v, "precision": {4: "year", 7: "month", 10: "day"}[len(v)]}
    events = []
    for t, p, v in spec.get("EVENTS", []):
        if t not in ETYPES: raise Err(f"bad event type {t}")
        if p not in ids: raise Err(f"event person {p}")
        events.append({"type": t, "person": p, "date": dv(v)})
    neg = []
    for p, code, l in spec.get("NEGATED", []):
        if code not in CODES: raise Err(f"{name}: unknown code {code}")
        neg.append({"person": p, "code": code, "span": loc(l)})
    forb = [{"person": p, "code": c} for p, c in spec.get("FORBIDDEN", [])]
    for n in neg:
        if not any(f["person"] == n["person"] and f["code"] == n["code"] for f in forb):
            forb.append({"person": n["person"], "code": n["code"]})
    for f in forb:
        if f["code"] not in CODES: raise Err(f"{name}: unknown code {f['code']}")
        if f["person"] not in ids: raise Err(f"{name}: forbidden person {f['person']}")
        for p in persons:
            if p["id"] == f["person"] and any(v["code"] == f["code"] for v in p["violations"]):
                raise Err(f"{name}: forbidden code is gold: {f}")
    out = {"file": fn, "path": PATHP + fn, "sha256": hashlib.sha256(raw).hexdigest(), "text_chars": len(text),
           "split": SPLIT, "language": lang, "document_date": spec["DOC_DATE"], "note": spec["NOTE"],
           "persons": persons, "places": places, "dates": dates, "events": events,
           "negated": neg, "forbidden": forb}
    json.dump(out, open(os.path.join(OUT, fn[:-4] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    if SHOW:
        sh = lambda s, e: text[s:e].replace("\n", "⏎")
        for p in persons:
            print(f"{p['id']} {p['name']} {p['roles']} g={p['gender']} eth={p['ethnicity']} by={p['birth_year']} age={p['age']} cit={p['citizenship']} rel={p['relations']}")
            print("   M:", " | ".join(sh(*x) for x in p["mentions"]))
            for v in p["violations"]: print(f"   V {v['code']}: {sh(*v['evidence'])}")
        for l in places: print(f"L {l['name']}: " + " | ".join(sh(*x) for x in l["mentions"]))
        for d in dates: print(f"D {d['value']:10} {d['precision']:5} {sh(d['start'], d['end'])}")
        for e in events: print("E", e)
        for n in neg: print("N", n["person"], n["code"], sh(*n["span"]))
        print("F", [(f["person"], f["code"]) for f in forb])
    print(f"{name}: ok ({len(persons)} persons, {sum(len(p['mentions']) for p in persons)} mentions, {len(places)} places, {len(dates)} dates, {len(events)} events)")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(os.path.basename(f)[:-3] for f in glob.glob(os.path.join(HERE, "specs", "*.py")))
    bad = 0
    for n in names:
        try: build(n)
        except Err as e: print("ERROR", e); bad = 1
    sys.exit(bad)
