"""How well the linker's match probabilities are calibrated, for saved runs side by side.

`bench/link_calibration.py LABEL=RUN.npz ...` reads runs saved by `bench/link_lost.py --save RUN.npz
--floor 0.05` (their edges from match probability 0.05, the mentions' fields and the truth) and
prints, per run, for each kind of edge: how many, the share that join one person ("right") and the
mean match probability. A calibrated model has right ≈ mean p in every row; a row whose right falls
with the number of mentions while its mean p holds is evidence the model does not weaken as the
archive grows (docs/benchmarks.md, h-link45). Kinds: every scored edge by probability band ("all"),
then the linking edges (p >= LINK_AUTO, or agreeing from LINK_REVIEW, as `linker.agreeing_edges`
marks them) by birth year (both the same exact year, another, missing on a side), by the name
level and the number of mentions of the commoner whole-name key in the run, and by birth year with
hometown, facility and detention year. Tuning generators only (bench/linkgen-a..g).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import numpy as np

from guwah.names.settings import LINK_AUTO, LINK_REVIEW, SAME_NAME

KEY_COUNTS = ((2, "n<=2"), (5, "n3-5"), (12, "n6-12"), (40, "n13-40"), (120, "n41-120"), (400, "n121-400"))


def home_kind(x, y) -> str:
    if x is None or y is None:
        return "home -"
    if x == y:
        level = ("village" if ".~" in x and x.count(".") >= 4 else "township" if ".~" in x
                 else "county" if x.count(".") >= 2 else "prefecture")
        return f"home same {level}"
    if x.startswith(y + ".") or y.startswith(x + "."):
        return "home nested"
    return "home differ"


def birth_kind(lo1, hi1, lo2, hi2) -> str:
    if lo1 is None or lo2 is None:
        return "birth -"
    return "birth same" if lo1 == hi1 == lo2 == hi2 else "birth other"


def detained_kind(lo1, hi1, lo2, hi2) -> str:
    if lo1 is None or lo2 is None:
        return "detained -"
    return "detained overlap" if lo1 <= hi2 and lo2 <= hi1 else "detained apart"


def facility_kind(x, y) -> str:
    return "facility -" if x is None or y is None else "facility same" if x == y else "facility other"


def key_count(n: int) -> str:
    return next((label for most, label in KEY_COUNTS if n <= most), "n>400")


def table(path: str) -> dict[str, list]:
    """{kind: [edges, right, sum of p]} for one saved run."""
    run = dict(np.load(path, allow_pickle=True))
    a, b, p, agrees, score, person = run["a"], run["b"], run["p"], run["agrees"], run["score"], run["person"]
    f = {key[2:]: run[key] for key in run if key.startswith("f_")}
    count = Counter(f["whole"].tolist())
    linking = (p >= LINK_AUTO) | ((p >= LINK_REVIEW) & agrees)
    stats: dict[str, list] = defaultdict(lambda: [0, 0, 0.0])
    for i in range(len(a)):
        x, y = a[i], b[i]
        kinds = [f"all p {min(int(p[i] * 10), 9) / 10:.1f}-"]
        if linking[i]:
            birth = birth_kind(f["birth_lo"][x], f["birth_hi"][x], f["birth_lo"][y], f["birth_hi"][y])
            wholes = (f["whole"][x], f["whole"][y])
            n = max(count[w] for w in wholes) if None not in wholes else 0
            level = "same name" if score[i] >= SAME_NAME else "similar name"
            kinds += ["linking", f"linking {birth}", f"linking {level} {key_count(n)}",
                      f"linking {birth} | {home_kind(f['home'][x], f['home'][y])}",
                      f"linking {birth} | {facility_kind(f['facility'][x], f['facility'][y])}",
                      f"linking {birth} | " + detained_kind(f["detained_lo"][x], f["detained_hi"][x],
                                                           f["detained_lo"][y], f["detained_hi"][y])]
        for kind in kinds:
            row = stats[kind]
            row[0] += 1
            row[1] += int(person[x] == person[y])
            row[2] += float(p[i])
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", help="LABEL=RUN.npz (bench/link_lost.py --save, --floor 0.05)")
    args = parser.parse_args()
    labels, tables = [], []
    for run in args.runs:
        label, _, path = run.partition("=")
        labels.append(label)
        tables.append(table(path or label))
    print(f"{'kind (edges, right, mean p)':50s}" + "".join(f"{label:>26s}" for label in labels))
    for kind in sorted(set().union(*tables)):
        cells = []
        for stats in tables:
            edges, right, total = stats.get(kind, (0, 0, 0.0))
            cells.append(f"{edges:>10d} {right / max(edges, 1):6.3f} {total / max(edges, 1):6.3f}   ")
        print(f"{kind:50s}" + "".join(cells))


if __name__ == "__main__":
    main()
