"""Re-check every finished tuning_v9 gold JSON on its own (independent of gold.py). Exit 0 = all pass."""
import hashlib, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CODES = set(re.findall(r"^  ([a-z_]+\.[a-z_]+):", open(os.path.join(HERE, "..", "..", "..", "..", "src", "guwah", "vocab", "violations.yaml")).read(), re.M))
KEYS = ["file", "path", "sha256", "text_chars", "split", "language", "document_date", "note", "persons",
        "places", "dates", "events", "negated", "forbidden"]
PKEYS = ["id", "name", "names", "named", "roles", "gender", "ethnicity", "birth_year", "age", "citizenship",
         "mentions", "relations", "violations"]
EVENTS = {"arrest", "interrogation", "detention", "transfer", "sentencing", "release", "death", "exit",
          "return", "disappearance", "other"}
ROLES = {"victim", "witness", "relative", "official", "perpetrator", "narrator", "other"}
LANGS = {"en": (300, 500), "fr": (280, 500), "ru": (280, 500), "ug": (150, 500), "zh": (300, 600), "kk": (200, 500)}
errs = []
def E(f, m): errs.append(f"{f}: {m}")

def span_ok(f, t, sp, what):
    a, b = sp
    if not (0 <= a < b <= len(t)): E(f, f"{what} out of range {sp}"); return False
    if t[a:b] != t[a:b].strip(): E(f, f"{what} not trimmed {t[a:b]!r}")
    return True

files = sorted(x for x in os.listdir(ROOT) if x.endswith(".json"))
for fn in files:
    g = json.load(open(os.path.join(ROOT, fn), encoding="utf-8"))
    f = fn
    if list(g) != KEYS: E(f, f"keys {list(g)}")
    raw = open(os.path.join(ROOT, g["file"]), "rb").read()
    t = raw.decode("utf-8")
    if hashlib.sha256(raw).hexdigest() != g["sha256"]: E(f, "sha256")
    if len(t) != g["text_chars"]: E(f, "text_chars")
    if unicodedata.normalize("NFC", t) != t: E(f, "not NFC")
    if "\r" in t: E(f, "CR line ends")
    if g["split"] != "tuning_v9": E(f, "split")
    lang = g["language"]
    if lang not in LANGS: E(f, f"language {lang}")
    n = len(re.findall(r"[\u4e00-\u9fff]", t)) if lang == "zh" else len(t.split())
    lo, hi = LANGS[lang]
    if not lo <= n <= hi: E(f, f"length {n} outside {lo}-{hi}")
    if lang == "ug" and re.search(r"[A-Za-z]{3,}", t): E(f, "Latin letters in Uyghur text")
    if lang == "kk" and not re.search(r"[әғқңөұүһі]", t): E(f, "no Kazakh letters")
    if lang == "zh" and re.search(r"[A-Za-z]{3,}", t): E(f, "Latin words in Chinese text")
    dd = g["document_date"]
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", dd): E(f, "document_date")
    ids = [p["id"] for p in g["persons"]]
    if len(set(ids)) != len(ids): E(f, "duplicate person ids")
    pspans, lspans = [], []
    for p in g["persons"]:
        if list(p) != PKEYS: E(f, f"person keys {p['id']}")
        if p["name"] not in p["names"] and lang not in ("ru", "kk", "ug"): E(f, f"{p['id']} name not in names")
        if not p["mentions"]: E(f, f"{p['id']} no mentions")
        for r in p["roles"]:
            if r not in ROLES: E(f, f"role {r}")
        if p["gender"] not in ("male", "female", None): E(f, "gender")
        for sp in p["mentions"]:
            if span_ok(f, t, sp, p["id"] + " mention") and t[sp[0]:sp[1]] not in p["names"]:
                E(f, f"{p['id']} mention {t[sp[0]:sp[1]]!r} not in names")
            pspans.append(tuple(sp))
        for r in p["relations"]:
            if r["of"] not in ids or r["of"] == p["id"]: E(f, f"relation {r}")
        for v in p["violations"]:
            if v["code"] not in CODES: E(f, f"code {v['code']}")
            span_ok(f, t, v["evidence"], "evidence")
            if lang in ("ug", "zh", "kk"): E(f, "codes in ug/zh/kk")
        if len({v["code"] for v in p["violations"]}) != len(p["violations"]): E(f, f"{p['id']} duplicate code")
    for pl in g["places"]:
        for sp in pl["mentions"]:
            span_ok(f, t, sp, "place"); lspans.append(tuple(sp))
    def overl(a, b): return a[0] < b[1] and b[0] < a[1]
    allsp = sorted(pspans + lspans)
    for i in range(len(allsp) - 1):
        if overl(allsp[i], allsp[i + 1]): E(f, f"overlap {allsp[i]} {allsp[i+1]}")
    for d in g["dates"]:
        span_ok(f, t, (d["start"], d["end"]), "date")
        L = {"year": 4, "month": 7, "day": 10}.get(d["precision"])
        if L is None or len(d["value"]) != L or not re.fullmatch(r"\d{4}(-\d\d){0,2}", d["value"]): E(f, f"date {d}")
        if d["value"] > dd[:len(d["value"])]: E(f, f"date after document date {d}")
    if not any(d["value"] == dd for d in g["dates"]): E(f, "document date not among dates")
    ds = sorted((d["start"], d["end"]) for d in g["dates"])
    for i in range(len(ds) - 1):
        if overl(ds[i], ds[i + 1]) or ds[i] == ds[i + 1]: E(f, f"date overlap {ds[i]} {ds[i+1]}")
    for e in g["events"]:
        if e["type"] not in EVENTS: E(f, f"event type {e}")
        if e["person"] not in ids: E(f, f"event person {e}")
        if e["date"] is not None:
            v = e["date"]["value"]; L = {"year": 4, "month": 7, "day": 10}[e["date"]["precision"]]
            if len(v) != L: E(f, f"event date {e}")
            if v > dd[:len(v)]: E(f, f"event after document date {e}")
            if not any(d["value"] == v for d in g["dates"]): E(f, f"event date not among dates {e}")
    if lang in ("ug", "zh", "kk") and (g["events"] or g["negated"] or g["forbidden"]): E(f, "events/codes in ug/zh/kk")
    # arrest opens a detention
    for e in g["events"]:
        if e["type"] == "arrest" and not any(x["type"] == "detention" and x["person"] == e["person"] for x in g["events"]):
            E(f, f"arrest without detention {e}")
    gold = {(p["id"], v["code"]) for p in g["persons"] for v in p["violations"]}
    forb = {(x["person"], x["code"]) for x in g["forbidden"]}
    for x in g["forbidden"]:
        if x["code"] not in CODES or x["person"] not in ids: E(f, f"forbidden {x}")
    if gold & forb: E(f, f"forbidden also gold {gold & forb}")
    for x in g["negated"]:
        if (x["person"], x["code"]) not in forb: E(f, f"negated not in forbidden {x}")
        span_ok(f, t, x["span"], "negated span")
print("\n".join(errs) or f"OK: {len(files)} files")
sys.exit(1 if errs else 0)
