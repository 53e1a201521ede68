#!/usr/bin/env python3
"""Build gold JSON for held_out_v46 from specs/NAME.py.

Usage (from tools/): python3 gold.py NAME [NAME ...]     SHOW=1 prints every span back.

Spec (a Python file executed with P, L, D in scope):
  FILE, LANG, DATE, NOTE
  ORGS    = [text or locator]  organisation names / labels: nothing inside them is a mention (plain text: every occurrence)
  PERSONS = [P(id, name, names, roles=[...], gender=, ethnicity=, birth_year=, age=, citizenship=[...],
               named=True, rel=[(type, of)], viol=[(code, locator)], skip=[locator])]
  PLACES  = [L(name, names, skip=[locator])]
  DATES   = [D(locator, value, precision)]
  EVENTS  = [(type, person_id, value_or_None)]
  NEGATED = [(person_id, code, locator)];  FORBIDDEN = [(person_id, code)]
A locator is "text" (must be unique), ("text", k) (k-th occurrence, 0-based), or a context
"left [[text]] right" (the context unique, or (context, k)). Person and place mentions are found
automatically: every whole-word occurrence of each listed surface (plain substring for zh), minus
occurrences inside ORGS spans, inside a longer mention of anyone, or listed in skip. For ug the spec's
strings are written in ULY and converted with uly2uey.conv.
"""
import hashlib
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from uly2uey import conv  # noqa: E402

SPLIT = "held_out_v46"
PATH_PREFIX = "bench/data/extract-heldout-v46/"
EVENT_TYPES = {"arrest", "interrogation", "detention", "transfer", "sentencing", "release", "death", "exit",
               "return", "disappearance", "other"}
ROLES = {"victim", "witness", "relative", "official", "perpetrator", "narrator", "other"}


def load_codes():
    codes = set()
    with open(os.path.join(HERE, "violations_codes.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                codes.add(line.strip())
    return codes


CODES = load_codes()


class Err(Exception):
    pass


def P(id, name, names, roles, gender=None, ethnicity=None, birth_year=None, age=None, citizenship=None,
      named=True, rel=None, viol=None, skip=None):
    return dict(id=id, name=name, names=names, roles=roles, gender=gender, ethnicity=ethnicity,
                birth_year=birth_year, age=age, citizenship=citizenship or [], named=named, rel=rel or [],
                viol=viol or [], skip=skip or [])


def L(name, names, skip=None):
    return dict(name=name, names=names, skip=skip or [])


def D(loc, value, precision):
    return (loc, value, precision)


def isword(ch):
    return ch.isalnum() or ch in "\u0654\u0670"


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def locate(text, loc, cv):
    k = None
    if isinstance(loc, tuple):
        loc, k = loc
    loc = cv(loc)
    if "[[" in loc:
        a = loc.index("[["); b = loc.index("]]")
        inner = loc[a + 2:b]
        ctx = loc[:a] + inner + loc[b + 2:]
        off = a
    else:
        ctx, inner, off = loc, loc, 0
    occ = occurrences(text, ctx)
    if not occ:
        raise Err(f"not found: {ctx!r}")
    if k is None:
        if len(occ) > 1:
            raise Err(f"ambiguous ({len(occ)}x): {ctx!r}")
        k = 0
    if k >= len(occ):
        raise Err(f"occurrence {k} of {ctx!r} missing ({len(occ)})")
    st = occ[k] + off
    return [st, st + len(inner)]


def word_occ(text, s, zh):
    res = []
    for i in occurrences(text, s):
        j = i + len(s)
        if not zh:
            if i > 0 and isword(text[i - 1]):
                continue
            if j < len(text) and isword(text[j]):
                continue
        res.append([i, j])
    return res


def build(name):
    ns = dict(P=P, L=L, D=D, ORGS=[], PERSONS=[], PLACES=[], DATES=[], EVENTS=[], NEGATED=[], FORBIDDEN=[])
    with open(os.path.join(HERE, "specs", name + ".py"), encoding="utf-8") as f:
        exec(f.read(), ns)
    lang = ns["LANG"]
    cv = conv if lang == "ug" else (lambda s: s)
    zh = lang == "zh"
    fn = ns["FILE"]
    with open(os.path.join(ROOT, fn), "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text or "\r" in text:
        raise Err("text not NFC or has CR")
    orgs = []
    for o in ns["ORGS"]:
        if isinstance(o, str) and "[[" not in o:
            occ = occurrences(text, cv(o))
            if not occ:
                raise Err(f"org not found: {o!r}")
            orgs += [[i, i + len(cv(o))] for i in occ]
        else:
            orgs.append(locate(text, o, cv))
    # candidate mentions: (start, end, kind, index)
    cands = []
    ents = [("p", i, p) for i, p in enumerate(ns["PERSONS"])] + [("l", i, l) for i, l in enumerate(ns["PLACES"])]
    for kind, i, e in ents:
        e["names"] = [cv(n) for n in e["names"]]
        e["name"] = cv(e["name"]) if kind == "p" else e["name"]
        skips = [tuple(locate(text, s, cv)) for s in e["skip"]]
        found_any = set()
        for n in e["names"]:
            for sp in word_occ(text, n, zh):
                if tuple(sp) in skips:
                    found_any.add(n)
                    continue
                cands.append((sp[0], sp[1], kind, i))
                found_any.add(n)
        for n in e["names"]:
            if n not in found_any:
                raise Err(f"name never occurs: {n!r}")
    cands = sorted(set(cands))
    keep = []
    for c in cands:
        if any(o[0] <= c[0] and c[1] <= o[1] for o in orgs):
            continue
        if any((d[0] <= c[0] and c[1] <= d[1]) and (d[1] - d[0] > c[1] - c[0]) for d in cands):
            continue
        keep.append(c)
    for a in keep:
        for b in keep:
            if a is b:
                continue
            if (a[0], a[1]) == (b[0], b[1]):
                raise Err(f"same span for two entities: {text[a[0]:a[1]]!r} at {a[0]}")
            if a[0] < b[1] and b[0] < a[1]:
                raise Err(f"overlap: {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
    persons = []
    ids = {p["id"] for p in ns["PERSONS"]}
    for i, p in enumerate(ns["PERSONS"]):
        ms = [[c[0], c[1]] for c in keep if c[2] == "p" and c[3] == i]
        used = {text[a:b] for a, b in ms}
        for n in p["names"]:
            if n not in used:
                raise Err(f"{p['id']}: listed name {n!r} has no surviving mention")
        for r in p["roles"]:
            if r not in ROLES:
                raise Err(f"bad role {r}")
        rels = []
        for t, of in p["rel"]:
            if of not in ids:
                raise Err(f"relation to unknown {of}")
            rels.append({"type": t, "of": of})
        viols = []
        for code, loc in p["viol"]:
            if code not in CODES:
                raise Err(f"unknown code {code}")
            viols.append({"code": code, "evidence": locate(text, loc, cv)})
        persons.append({
            "id": p["id"], "name": p["name"], "names": p["names"], "named": p["named"], "roles": p["roles"],
            "gender": p["gender"], "ethnicity": p["ethnicity"], "birth_year": p["birth_year"], "age": p["age"],
            "citizenship": p["citizenship"], "mentions": ms, "relations": rels, "violations": viols,
        })
    places = []
    for i, l in enumerate(ns["PLACES"]):
        ms = [[c[0], c[1]] for c in keep if c[2] == "l" and c[3] == i]
        if not ms:
            raise Err(f"place {l['name']} has no mention")
        places.append({"name": l["name"], "mentions": ms})
    dates = []
    for loc, v, prec in ns["DATES"]:
        sp = locate(text, loc, cv)
        dates.append({"start": sp[0], "end": sp[1], "value": v, "precision": prec})
    dates.sort(key=lambda d: d["start"])
    events = []
    for t, pid, v in ns["EVENTS"]:
        if t not in EVENT_TYPES:
            raise Err(f"bad event type {t}")
        if pid not in ids:
            raise Err(f"event for unknown {pid}")
        dv = None
        if v is not None:
            dv = {"value": v, "precision": {4: "year", 7: "month", 10: "day"}[len(v)]}
        events.append({"type": t, "person": pid, "date": dv})
    gold = {(p["id"], v["code"]) for p in persons for v in p["violations"]}
    negated = []
    for pid, code, loc in ns["NEGATED"]:
        if code not in CODES or pid not in ids:
            raise Err(f"bad negated {pid} {code}")
        negated.append({"person": pid, "code": code, "span": locate(text, loc, cv)})
    forbidden = []
    for pid, code in ns["FORBIDDEN"]:
        if code not in CODES or pid not in ids:
            raise Err(f"bad forbidden {pid} {code}")
        forbidden.append({"person": pid, "code": code})
    for pid, code in [(n["person"], n["code"]) for n in negated] + [(f["person"], f["code"]) for f in forbidden]:
        if (pid, code) in gold:
            raise Err(f"{pid} {code} is gold and negated/forbidden")
    fset = {(f["person"], f["code"]) for f in forbidden}
    for n in negated:
        if (n["person"], n["code"]) not in fset:
            forbidden.append({"person": n["person"], "code": n["code"]})
    out = {
        "file": fn, "path": PATH_PREFIX + fn, "sha256": hashlib.sha256(raw).hexdigest(), "text_chars": len(text),
        "split": SPLIT, "language": lang, "document_date": ns["DATE"], "note": ns["NOTE"],
        "persons": persons, "places": places, "dates": dates, "events": events, "negated": negated,
        "forbidden": forbidden,
    }
    with open(os.path.join(ROOT, fn[:-4] + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if os.environ.get("SHOW"):
        show(out, text)
    return out


def show(g, text):
    def s(sp):
        return text[sp[0]:sp[1]].replace("\n", "⏎")
    for p in g["persons"]:
        print(f"{p['id']} {p['name']} {p['roles']} g={p['gender']} eth={p['ethnicity']} by={p['birth_year']} "
              f"age={p['age']} cit={p['citizenship']} rel={[(r['type'], r['of']) for r in p['relations']]}")
        print("   M:", " | ".join(s(m) for m in p["mentions"]))
        for v in p["violations"]:
            print(f"   V {v['code']}: {s(v['evidence'])}")
    for l in g["places"]:
        print(f"PL {l['name']}: " + " | ".join(s(m) for m in l["mentions"]))
    for d in g["dates"]:
        print(f"DT {d['value']} ({d['precision']}): {s([d['start'], d['end']])}")
    for e in g["events"]:
        print("EV", e["type"], e["person"], e["date"])
    for n in g["negated"]:
        print("NEG", n["person"], n["code"], ":", s(n["span"]))
    print("FORB", [(f["person"], f["code"]) for f in g["forbidden"]])


if __name__ == "__main__":
    rc = 0
    for n in sys.argv[1:]:
        try:
            build(n)
            print(f"ok {n}")
        except Err as e:
            print(f"ERROR {n}: {e}")
            rc = 1
    sys.exit(rc)
