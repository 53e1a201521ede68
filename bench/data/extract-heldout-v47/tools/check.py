#!/usr/bin/env python3
"""Re-check every finished gold JSON of held_out_v47 on its own (Uyghur files may carry full gold: no check that ug has no events/codes). Exit 0 = all checks pass."""
import hashlib, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
SPLIT = "held_out_v47"; PREFIX = "bench/data/extract-heldout-v47/"
KEYS = ["file", "path", "sha256", "text_chars", "split", "language", "document_date", "note", "persons", "places",
        "dates", "events", "negated", "forbidden"]
PKEYS = ["id", "name", "names", "named", "roles", "gender", "ethnicity", "birth_year", "age", "citizenship",
         "mentions", "relations", "violations"]
CODES = {l.strip() for l in open(os.path.join(HERE, "violations_codes.txt")) if l.strip()}
ROLES = {"victim", "witness", "relative", "official", "perpetrator", "narrator", "other"}
EV = {"arrest", "interrogation", "detention", "transfer", "sentencing", "release", "death", "exit", "return",
      "disappearance", "other"}
LEN = {"en": (250, 500), "fr": (250, 500), "ru": (250, 500), "kk": (250, 500), "ug": (250, 500), "zh": (340, 600)}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def han(t): return sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff")
files = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
NEXP = int(os.environ.get("NEXP", "12"))
if len(files) != NEXP: err("-", f"{len(files)} texts, expected {NEXP}")
for tf in files:
    jf = tf[:-4] + ".json"
    if not os.path.exists(os.path.join(ROOT, jf)):
        err(tf, "no gold"); continue
    raw = open(os.path.join(ROOT, tf), "rb").read(); t = raw.decode("utf-8")
    g = json.load(open(os.path.join(ROOT, jf), encoding="utf-8"))
    F = tf
    if list(g) != KEYS: err(F, f"keys {list(g)}")
    if g["file"] != tf or g["path"] != PREFIX + tf: err(F, "file/path")
    if g["sha256"] != hashlib.sha256(raw).hexdigest(): err(F, "sha256")
    if g["text_chars"] != len(t): err(F, "text_chars")
    if g["split"] != SPLIT: err(F, "split")
    if unicodedata.normalize("NFC", t) != t: err(F, "not NFC")
    if "\r" in t or not t.endswith("\n"): err(F, "line ends")
    lang = g["language"]
    n = han(t) if lang == "zh" else len(t.split())
    lo, hi = LEN[lang]
    if not lo <= n <= hi: err(F, f"length {n} outside {lo}-{hi}")
    if lang == "ug":
        if re.search(r"[A-Za-z]", t): err(F, "Latin letters in ug text")
    if lang == "zh":
        if re.search(r"[A-Za-z]", t): err(F, "Latin letters in zh text")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", g["document_date"]): err(F, "document_date")
    dd = g["document_date"]
    def span(sp, what):
        a, b = sp
        if not (0 <= a < b <= len(t)): err(F, f"{what} span out of range {sp}"); return ""
        s = t[a:b]
        if s != s.strip(): err(F, f"{what} span not trimmed {s!r}")
        return s
    ids = [p["id"] for p in g["persons"]]
    if len(set(ids)) != len(ids): err(F, "duplicate ids")
    pm, lm = [], []
    for p in g["persons"]:
        if list(p) != PKEYS: err(F, f"person keys {list(p)}")
        if not set(p["roles"]) <= ROLES: err(F, f"roles {p['roles']}")
        if p["gender"] not in ("male", "female", None): err(F, "gender")
        if not p["mentions"]: err(F, f"{p['id']} no mentions")
        seen = set()
        for m in p["mentions"]:
            s = span(m, p["id"]); seen.add(s)
            if s not in p["names"]: err(F, f"{p['id']} mention {s!r} not in names")
            pm.append(tuple(m))
        if seen != set(p["names"]): err(F, f"{p['id']} names without mention {set(p['names']) - seen}")
        for r in p["relations"]:
            if r["of"] not in ids or r["of"] == p["id"]: err(F, f"relation {r}")
        for v in p["violations"]:
            if v["code"] not in CODES: err(F, f"code {v['code']}")
            span(v["evidence"], "evidence")
    for l in g["places"]:
        for m in l["mentions"]:
            span(m, "place"); lm.append(tuple(m))
    allm = sorted(pm + lm)
    for x, y in zip(allm, allm[1:]):
        if y[0] < x[1]: err(F, f"overlapping mentions {x} {y}: {t[x[0]:x[1]]!r} {t[y[0]:y[1]]!r}")
    for d in g["dates"]:
        span([d["start"], d["end"]], "date")
        pat = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "day": r"\d{4}-\d\d-\d\d"}.get(d["precision"])
        if not pat or not re.fullmatch(pat, d["value"]): err(F, f"date value/precision {d}")
        if d["value"] > dd[:len(d["value"])]: err(F, f"date after document date {d}")
    for e in g["events"]:
        if e["type"] not in EV or e["person"] not in ids: err(F, f"event {e}")
        if e["date"]:
            v = e["date"]["value"]
            pat = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "day": r"\d{4}-\d\d-\d\d"}[e["date"]["precision"]]
            if not re.fullmatch(pat, v): err(F, f"event date {e}")
            if v > dd[:len(v)]: err(F, f"event after document date {e}")
    gold = {(p["id"], v["code"]) for p in g["persons"] for v in p["violations"]}
    forb = {(f["person"], f["code"]) for f in g["forbidden"]}
    for f in g["forbidden"]:
        if f["code"] not in CODES or f["person"] not in ids: err(F, f"forbidden {f}")
    for nn in g["negated"]:
        span(nn["span"], "negated")
        if (nn["person"], nn["code"]) not in forb: err(F, f"negated not forbidden {nn}")
    if gold & forb: err(F, f"gold and forbidden {gold & forb}")
for e in errs: print(e)
print("OK" if not errs else f"{len(errs)} problems")
sys.exit(1 if errs else 0)
