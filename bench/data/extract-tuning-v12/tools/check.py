#!/usr/bin/env python3
"""Independent re-check of the finished tuning_v12 gold (written anew for this set). Exit 0 = all checks pass."""
import os, sys, json, glob, hashlib, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
SPLIT = "tuning_v12"; PATHP = "bench/data/extract-tuning-v12/"
KEYS = ["file", "path", "sha256", "text_chars", "split", "language", "document_date", "note", "persons", "places", "dates",
        "events", "negated", "forbidden"]
PKEYS = ["id", "name", "names", "named", "roles", "gender", "ethnicity", "birth_year", "age", "citizenship", "mentions",
         "relations", "violations"]
CODES = {l.split(":")[0].strip() for l in open(os.path.join(HERE, "violations_codes.txt"), encoding="utf-8") if l.strip()}
ETYPES = {"arrest", "interrogation", "detention", "transfer", "sentencing", "release", "death", "exit", "return", "disappearance", "other"}
ROLES = {"victim", "witness", "relative", "official", "perpetrator", "narrator", "other"}
LEN = {"en": (400, 500), "fr": (270, 340), "ru": (270, 340), "ug": (150, 190), "kk": (150, 200), "zh": (340, 420)}
FMT = {"year": r"^\d{4}$", "month": r"^\d{4}-(0[1-9]|1[0-2])$", "day": r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"}
UG_OK = set("ابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيەئ") | set("0123456789 \n،؛؟.:-«»()!")
errs = []
def E(f, m): errs.append(f"{f}: {m}")
files = sorted(glob.glob(os.path.join(OUT, "*.json")))
if len(files) != 14: E("set", f"{len(files)} gold files, expected 14")
for jf in files:
    n = os.path.basename(jf)
    g = json.load(open(jf, encoding="utf-8"))
    if list(g) != KEYS: E(n, f"keys {list(g)}"); continue
    raw = open(os.path.join(OUT, g["file"]), "rb").read(); t = raw.decode("utf-8")
    if g["path"] != PATHP + g["file"]: E(n, "path")
    if g["sha256"] != hashlib.sha256(raw).hexdigest(): E(n, "sha256")
    if g["text_chars"] != len(t): E(n, "text_chars")
    if unicodedata.normalize("NFC", t) != t: E(n, "not NFC")
    if "\r" in t: E(n, "CR line ends")
    if not t.endswith("\n"): E(n, "no final newline")
    if g["split"] != SPLIT: E(n, "split")
    lang = g["language"]; dd = g["document_date"]
    if not re.match(FMT["day"], dd): E(n, "document_date format")
    size = len(re.findall(r"[\u4e00-\u9fff]", t)) if lang == "zh" else len(t.split())
    lo, hi = LEN[lang]
    if not lo <= size <= hi: E(n, f"length {size} outside {lo}-{hi}")
    if lang == "ug" and set(t) - UG_OK: E(n, f"non-Uyghur characters {sorted(set(t) - UG_OK)}")
    if lang in ("zh", "kk", "ug") and re.search(r"[A-Za-z]", t): E(n, "Latin letters in text")
    if lang == "kk" and not re.search(r"[әғқңөұүһі]", t): E(n, "no Kazakh letters")
    if lang in ("ug", "zh", "kk"):
        if g["events"] or g["negated"] or g["forbidden"]: E(n, "events/negated/forbidden must be [] for ug/zh/kk")
        if any(p["violations"] for p in g["persons"]): E(n, "violations must be [] for ug/zh/kk")
    def span(s, what):
        if not (isinstance(s, list) and len(s) == 2 and 0 <= s[0] < s[1] <= len(t)): E(n, f"bad span {what} {s}"); return False
        x = t[s[0]:s[1]]
        if x != x.strip(): E(n, f"untrimmed span {what} {x!r}")
        return True
    ids = [p["id"] for p in g["persons"]]
    if len(set(ids)) != len(ids): E(n, "duplicate person ids")
    allm = []
    for p in g["persons"]:
        if list(p) != PKEYS: E(n, f"person keys {list(p)}")
        if not set(p["roles"]) <= ROLES or not p["roles"]: E(n, f"roles {p['roles']}")
        if p["gender"] not in ("male", "female", None): E(n, "gender")
        if p["named"] is not True: E(n, "named must be true")
        if not p["mentions"]: E(n, f"{p['id']} no mentions")
        seen = set()
        for s in p["mentions"]:
            if span(s, p["id"]):
                x = t[s[0]:s[1]]; seen.add(x)
                if x not in p["names"]: E(n, f"mention {x!r} not in names of {p['id']}")
                allm.append((s[0], s[1], p["id"]))
        if set(p["names"]) - seen: E(n, f"{p['id']} unused names {set(p['names']) - seen}")
        for r in p["relations"]:
            if list(r) != ["type", "of"] or r["of"] not in ids or r["of"] == p["id"]: E(n, f"relation {r}")
        codes = [v["code"] for v in p["violations"]]
        if len(codes) != len(set(codes)): E(n, f"{p['id']} duplicate code")
        for v in p["violations"]:
            if v["code"] not in CODES: E(n, f"unknown code {v['code']}")
            span(v["evidence"], v["code"])
        for k in ("birth_year", "age"):
            if p[k] is not None and not isinstance(p[k], int): E(n, k)
        if not isinstance(p["citizenship"], list): E(n, "citizenship")
    for l in g["places"]:
        if list(l) != ["name", "mentions"] or not l["mentions"]: E(n, f"place {l}")
        for s in l["mentions"]:
            if span(s, l["name"]): allm.append((s[0], s[1], "L:" + l["name"]))
    allm.sort()
    for a, b in zip(allm, allm[1:]):
        if b[0] < a[1]: E(n, f"overlap {t[a[0]:a[1]]!r}/{t[b[0]:b[1]]!r} ({a[2]} {b[2]})")
    dvals = set(); dsp = []
    for d in g["dates"]:
        if list(d) != ["start", "end", "value", "precision"]: E(n, "date keys")
        span([d["start"], d["end"]], "date")
        if d["precision"] not in FMT or not re.match(FMT[d["precision"]], d["value"]): E(n, f"date format {d}")
        if d["value"] > dd[:len(d["value"])]: E(n, f"date after document date {d['value']}")
        dvals.add(d["value"]); dsp.append((d["start"], d["end"]))
    dsp.sort()
    for a, b in zip(dsp, dsp[1:]):
        if b[0] < a[1]: E(n, f"overlapping dates {t[a[0]:a[1]]!r}/{t[b[0]:b[1]]!r}")
    if dd not in dvals: E(n, "document date not among the dates")
    for e in g["events"]:
        if list(e) != ["type", "person", "date"] or e["type"] not in ETYPES or e["person"] not in ids: E(n, f"event {e}")
        if e["date"] is not None:
            v = e["date"]["value"]
            if not re.match(FMT[e["date"]["precision"]], v): E(n, f"event date {e}")
            if v > dd[:len(v)]: E(n, f"event after document date {e}")
            if v not in dvals: E(n, f"event date {v} not among annotated dates")
    for e in g["events"]:
        if e["type"] == "arrest" and not any(x["type"] == "detention" and x["person"] == e["person"] and x["date"] == e["date"] for x in g["events"]):
            E(n, f"arrest without detention {e}")
    forb = {(f["person"], f["code"]) for f in g["forbidden"]}
    for f in g["forbidden"]:
        if list(f) != ["person", "code"] or f["code"] not in CODES or f["person"] not in ids: E(n, f"forbidden {f}")
    for x in g["negated"]:
        if list(x) != ["person", "code", "span"] or x["code"] not in CODES: E(n, f"negated {x}")
        span(x["span"], "negated")
        if (x["person"], x["code"]) not in forb: E(n, f"negated not in forbidden {x}")
    for p in g["persons"]:
        for v in p["violations"]:
            if (p["id"], v["code"]) in forb: E(n, f"gold code forbidden {p['id']} {v['code']}")
for e in errs: print("FAIL", e)
print(f"check.py: {len(files)} files, {len(errs)} problems")
sys.exit(1 if errs else 0)
