"""Build tuning_v9 gold JSON from hand-written specs (tools/specs/NAME.py).

A spec defines TEXT, LANG, DATE, NOTE, P (persons), PL (places), D (dates), E (events), NEG, FORB, and
optionally BLOCK (substrings inside which no mention may be claimed, e.g. organisation names) and
ULY = True (TEXT and all surfaces are written in Uyghur Latin and converted to Arabic script).
Mentions are found automatically: every occurrence of every listed surface (persons' `names`, places'
surfaces), longest first, whole words (substrings for zh), not inside BLOCK and not overlapping an
already-claimed mention. An evidence/date/negation string is a substring, or (substring, k) for the
k-th occurrence (0-based). Usage: python3 gold.py NAME... (SHOW=1 prints every span).
"""
import hashlib, importlib.util, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "tuning_v9"
sys.path.insert(0, HERE)
from uly2uey import convert
CODES = set(re.findall(r"^  ([a-z_]+\.[a-z_]+):", open(os.path.join(HERE, "..", "..", "..", "..", "src", "guwah", "vocab", "violations.yaml")).read(), re.M))
EVENTS = {"arrest", "interrogation", "detention", "transfer", "sentencing", "release", "death", "exit",
          "return", "disappearance", "other"}
ROLES = {"victim", "witness", "relative", "official", "perpetrator", "narrator", "other"}

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "specs", name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

def build(name):
    s = load(name)
    uly = getattr(s, "ULY", False)
    cv = convert if uly else (lambda x: x)
    text = unicodedata.normalize("NFC", cv(s.TEXT.strip("\n")) + "\n")
    def find(sub, k=0):
        if isinstance(sub, tuple): sub, k = sub
        sub = unicodedata.normalize("NFC", cv(sub))
        pos, i = -1, -1
        for _ in range(k + 1):
            pos = text.find(sub, pos + 1)
            if pos < 0: raise SystemExit(f"{name}: missing {sub!r} (occurrence {k})")
        return [pos, pos + len(sub)]
    zh = s.LANG == "zh"
    blocked = [find(b) for b in getattr(s, "BLOCK", [])]
    # extra blocked occurrences given with index
    claimed = []  # (start, end, kind, idx)
    surf = []
    for pi, p in enumerate(s.P):
        p["names"] = [unicodedata.normalize("NFC", cv(n)) for n in p["names"]]
        p["name"] = unicodedata.normalize("NFC", cv(p["name"]))
        for n in p["names"]: surf.append((n, "p", pi))
    for li, pl in enumerate(s.PL):
        for n in pl[1]: surf.append((unicodedata.normalize("NFC", cv(n)), "l", li))
    surf.sort(key=lambda x: -len(x[0]))
    W = r"[\w\u0600-\u06FF]"
    for n, kind, idx in surf:
        pat = re.escape(n) if zh else r"(?<!" + W + r")" + re.escape(n) + r"(?!" + W + r")"
        for m in re.finditer(pat, text):
            a, b = m.span()
            if any(a < e and s2 < b for s2, e in blocked): continue
            if any(a < e and s2 < b for s2, e, _, _ in claimed): continue
            claimed.append((a, b, kind, idx))
    persons = []
    for pi, p in enumerate(s.P):
        ms = sorted([[a, b] for a, b, k, i in claimed if k == "p" and i == pi])
        for r in p.get("relations", []):
            assert r[1] in {q["id"] for q in s.P}, (name, r)
        vio = []
        for code, ev in p.get("violations", []):
            assert code in CODES, (name, code)
            vio.append({"code": code, "evidence": find(ev)})
        for r in p.get("roles", []): assert r in ROLES, (name, r)
        persons.append({"id": p["id"], "name": p["name"], "names": p["names"], "named": True,
                        "roles": p["roles"], "gender": p.get("gender"), "ethnicity": p.get("ethnicity"),
                        "birth_year": p.get("birth_year"), "age": p.get("age"),
                        "citizenship": p.get("citizenship", []), "mentions": ms,
                        "relations": [{"type": t, "of": o} for t, o in p.get("relations", [])],
                        "violations": vio})
        if not ms: raise SystemExit(f"{name}: person {p['name']} has no mention")
    places = []
    for li, pl in enumerate(s.PL):
        ms = sorted([[a, b] for a, b, k, i in claimed if k == "l" and i == li])
        if not ms: raise SystemExit(f"{name}: place {pl[0]} has no mention")
        places.append({"name": pl[0], "mentions": ms})
    dates = []
    for sub, val in s.D:
        a, b = find(sub)
        prec = {4: "year", 7: "month", 10: "day"}[len(val)]
        dates.append({"start": a, "end": b, "value": val, "precision": prec})
    dates.sort(key=lambda d: d["start"])
    events = []
    for t, per, val in s.E:
        assert t in EVENTS, (name, t)
        assert per in {q["id"] for q in s.P}, (name, per)
        d = None if val is None else {"value": val, "precision": {4: "year", 7: "month", 10: "day"}[len(val)]}
        events.append({"type": t, "person": per, "date": d})
    neg = [{"person": per, "code": c, "span": find(sp)} for per, c, sp in s.NEG]
    forb = [{"person": per, "code": c} for per, c in s.FORB]
    for n in neg:
        assert n["code"] in CODES
        if {"person": n["person"], "code": n["code"]} not in forb: forb.insert(0, {"person": n["person"], "code": n["code"]})
    gold = {(p["id"], v["code"]) for p in persons for v in p["violations"]}
    for f in forb:
        assert f["code"] in CODES, (name, f)
        if (f["person"], f["code"]) in gold: raise SystemExit(f"{name}: forbidden code is gold {f}")
    fn = name + ".txt"
    with open(os.path.join(ROOT, fn), "w", encoding="utf-8", newline="\n") as fh: fh.write(text)
    out = {"file": fn, "path": "bench/data/extract-tuning-v9/" + fn,
           "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text_chars": len(text),
           "split": SPLIT, "language": s.LANG, "document_date": s.DATE, "note": s.NOTE,
           "persons": persons, "places": places, "dates": dates, "events": events,
           "negated": neg, "forbidden": forb}
    with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1); fh.write("\n")
    if os.environ.get("SHOW"):
        for p in persons:
            print(p["id"], p["name"], [text[a:b] for a, b in p["mentions"]])
            for a, b in p["mentions"]:
                print("    …" + text[max(0, a-30):a] + "[" + text[a:b] + "]" + text[b:b+30].replace("\n", " ") + "…")
            for v in p["violations"]: print("   ", v["code"], "|", text[v["evidence"][0]:v["evidence"][1]])
        for pl in places: print("L", pl["name"], [text[a:b] for a, b in pl["mentions"]])
        for d in dates: print("D", text[d["start"]:d["end"]], d["value"])
        for e in events: print("E", e)
        for n in neg: print("N", n["person"], n["code"], "|", text[n["span"][0]:n["span"][1]])
        for f in forb: print("F", f)
    words = len(text.split()) if s.LANG != "zh" else len(re.findall(r"[\u4e00-\u9fff]", text))
    print(f"{name}: {len(persons)} persons, {sum(len(p['mentions']) for p in persons)} mentions, "
          f"{sum(len(p['violations']) for p in persons)} codes, {len(places)} places, {len(dates)} dates, "
          f"{len(events)} events, {len(neg)} negated, {len(forb)} forbidden, {words} words")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".py"))
    for n in names: build(n)
