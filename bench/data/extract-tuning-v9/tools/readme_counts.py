"""Fill the counts and wordings sections of ../README.md from the gold (run after gold.py)."""
import collections, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)
rows = collections.OrderedDict(); ev = collections.Counter(); negc = collections.Counter(); per = []
words = collections.defaultdict(list)
for f in sorted(glob.glob("*.json")):
    g = json.load(open(f, encoding="utf-8")); L = g["language"]; t = open(g["file"], encoding="utf-8").read()
    w = len(re.findall(r"[\u4e00-\u9fff]", t)) if L == "zh" else len(t.split())
    r = rows.setdefault(L, collections.Counter())
    nm = sum(len(p["mentions"]) for p in g["persons"]); nc = sum(len(p["violations"]) for p in g["persons"])
    r.update(docs=1, words=w, persons=len(g["persons"]), mentions=nm, codes=nc, places=len(g["places"]),
             dates=len(g["dates"]), events=len(g["events"]), negated=len(g["negated"]), forbidden=len(g["forbidden"]))
    per.append(f"| {f[:-5]} | {w} | {len(g['persons'])} | {nm} | {len(g['events'])} | {nc} | {len(g['negated'])} | {len(g['forbidden'])} |")
    for e in g["events"]: ev[e["type"]] += 1
    for n in g["negated"]: negc[n["code"]] += 1
    for p in g["persons"]:
        for v in p["violations"]:
            a, b = v["evidence"]; s = t[a:b].replace("\n", " ")
            words[v["code"]].append(f"{f[:4]} “{s if len(s) <= 80 else s[:77] + '…'}”")
K = ["docs", "words", "persons", "mentions", "codes", "places", "dates", "events", "negated", "forbidden"]
tot = collections.Counter(); lines = []
for L in ["en", "fr", "ru", "ug", "zh", "kk"]:
    tot.update(rows[L]); lines.append(f"| {L} | " + " | ".join(str(rows[L][k]) for k in K) + " |")
lines.append("| all | " + " | ".join(str(tot[k]) for k in K) + " |")
s = open("README.md", encoding="utf-8").read()
s = s.replace("COUNTS_HERE", "\n".join(lines)).replace("PERDOC_HERE", "\n".join(per))
s = s.replace("WORDINGS_HERE", "\n".join(f"- `{c}`: " + "; ".join(words[c]) for c in sorted(words)))
s = s.replace("NEGC_HERE", ", ".join(f"{c} {n}" for c, n in negc.most_common()))
s = s.replace("EVC_HERE", ", ".join(f"{c} {n}" for c, n in ev.most_common()))
open("README.md", "w", encoding="utf-8").write(s)
