#!/usr/bin/env python3
"""Re-check every finished gold JSON of held_out_v10 on its own. Exit 0 = all checks pass."""
import glob, hashlib, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CODES = set(re.findall(r"^  ([a-z_]+\.[a-z_]+):", open(os.path.join(HERE, "codes.txt")).read(), re.M))
ETYPES = {"arrest","interrogation","detention","transfer","sentencing","release","death","exit","return","disappearance","other"}
ROLES = {"victim","witness","relative","official","perpetrator","narrator","other"}
KEYS = ["file","path","sha256","text_chars","split","language","document_date","note","persons","places","dates","events","negated","forbidden"]
PKEYS = ["id","name","names","named","roles","gender","ethnicity","birth_year","age","citizenship","mentions","relations","violations"]
WORDS = {"en": (300, 500), "fr": (300, 500), "ru": (300, 500), "ug": (300, 500), "kk": (300, 500), "zh": (300, 500)}
NOCODE = {"ug", "zh", "kk"}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def fmt(v, p): return bool(re.fullmatch({"year": r"\d{4}", "month": r"\d{4}-\d\d", "day": r"\d{4}-\d\d-\d\d"}[p], v))
files = sorted(glob.glob(os.path.join(ROOT, "*.json")))
for jf in files:
    f = os.path.basename(jf); g = json.load(open(jf, encoding="utf-8"))
    if list(g) != KEYS: err(f, f"keys {list(g)}")
    raw = open(os.path.join(ROOT, g["file"]), "rb").read(); t = raw.decode("utf-8")
    if hashlib.sha256(raw).hexdigest() != g["sha256"]: err(f, "sha256")
    if len(t) != g["text_chars"]: err(f, "text_chars")
    if unicodedata.normalize("NFC", t) != t: err(f, "not NFC")
    if "\r" in t: err(f, "CR line ends")
    if g["split"] != "held_out_v10": err(f, "split")
    lang = g["language"]
    n = len(re.findall(r"[\u4e00-\u9fff]", t)) if lang == "zh" else len(t.split())
    lo, hi = WORDS[lang]
    if not lo <= n <= hi: err(f, f"length {n} words/chars outside {lo}-{hi}")
    if lang == "ug" and re.search(r"[A-Za-z]{3,}", t): err(f, "Latin words in Uyghur text")
    if lang == "ug" and not re.search(r"[\u0600-\u06ff]", t): err(f, "no Arabic script")
    if lang == "kk" and not re.search(r"[әғқңөұүһі]", t): err(f, "no Kazakh letters")
    if lang == "zh" and re.search(r"[A-Za-z]{3,}", t): err(f, "Latin in Chinese text")
    dd = g["document_date"]
    def span(a, b, what):
        if not (0 <= a < b <= len(t)): err(f, f"{what} span out of range {a},{b}"); return ""
        s = t[a:b]
        if s != s.strip(): err(f, f"{what} span not trimmed {s!r}")
        return s
    ids = [p["id"] for p in g["persons"]]
    if len(set(ids)) != len(ids): err(f, "duplicate ids")
    pm, lm = [], []
    for p in g["persons"]:
        if list(p) != PKEYS: err(f, f"person keys {list(p)}")
        for r in p["roles"]:
            if r not in ROLES: err(f, f"role {r}")
        if p["gender"] not in ("male", "female", None): err(f, "gender")
        for a, b in p["mentions"]:
            s = span(a, b, p["id"])
            if s not in p["names"]: err(f, f"mention {s!r} not in names of {p['id']}")
            pm.append((a, b, p["id"]))
        for r in p["relations"]:
            if r["of"] not in ids or r["of"] == p["id"]: err(f, f"relation {r}")
        for v in p["violations"]:
            if v["code"] not in CODES: err(f, f"code {v['code']}")
            span(*v["evidence"], "evidence")
        if lang in NOCODE and p["violations"]: err(f, "codes in ug/zh/kk")
    for pl in g["places"]:
        for a, b in pl["mentions"]: span(a, b, pl["name"]); lm.append((a, b, pl["name"]))
    allm = sorted(pm + lm)
    for x, y in zip(allm, allm[1:]):
        if y[0] < x[1]: err(f, f"overlapping mentions {x} {y}")
    for d in g["dates"]:
        span(d["start"], d["end"], "date")
        if not fmt(d["value"], d["precision"]): err(f, f"date format {d}")
        if d["value"] > dd[:len(d["value"])]: err(f, f"date after document date {d}")
    if not any(d["value"] == dd for d in g["dates"]): err(f, "document date not among dates")
    ds = sorted((d["start"], d["end"]) for d in g["dates"])
    for x, y in zip(ds, ds[1:]):
        if y[0] < x[1]: err(f, f"overlapping dates {x} {y}")
    for e in g["events"]:
        if e["type"] not in ETYPES: err(f, f"event type {e}")
        if e["person"] not in ids: err(f, f"event person {e}")
        if e["date"]:
            if not fmt(e["date"]["value"], e["date"]["precision"]): err(f, f"event date {e}")
            if e["date"]["value"] > dd[:len(e["date"]["value"])]: err(f, f"event after document date {e}")
    # arrest opens a detention
    for e in g["events"]:
        if e["type"] == "arrest" and not any(x["type"] == "detention" and x["person"] == e["person"] and x["date"] == e["date"] for x in g["events"]):
            err(f, f"arrest without detention at its date {e}")
    gold = {(p["id"], v["code"]) for p in g["persons"] for v in p["violations"]}
    fb = {(x["person"], x["code"]) for x in g["forbidden"]}
    for x in g["negated"]:
        span(*x["span"], "negated")
        if (x["person"], x["code"]) not in fb: err(f, f"negated not in forbidden {x}")
    for x in g["forbidden"]:
        if x["person"] not in ids or x["code"] not in CODES: err(f, f"forbidden {x}")
        if (x["person"], x["code"]) in gold: err(f, f"forbidden is gold {x}")
    if lang in NOCODE and (g["events"] or g["negated"] or g["forbidden"]): err(f, "events/negated/forbidden in ug/zh/kk")
for e in errs: print(e)
print(f"{len(files)} files, {len(errs)} problems")
sys.exit(1 if errs else 0)
