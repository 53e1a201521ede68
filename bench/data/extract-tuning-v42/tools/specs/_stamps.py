# helper: every DD/MM/YYYY (or given pattern) time stamp in the text is a day date
import re as _re
def STAMPS(fn, pat=r"\d\d/\d\d/\d{4}", conv=lambda m: f"{m[6:10]}-{m[3:5]}-{m[0:2]}"):
    t = open("../" + fn, encoding="utf-8").read()
    out, seen = [], {}
    for m in _re.finditer(pat, t):
        s = m.group(0); k = seen.get(s, 0); seen[s] = k + 1
        out.append(((s, k), conv(s), "day"))
    return out
