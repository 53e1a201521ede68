"""Re-cluster a saved linker run under other linking rules, in seconds: for tuning the last stage.

`bench/link_lost.py MENTIONS.csv TRUTH.csv --save RUN.npz` keeps the predicted edges (from
LINK_REVIEW: a, b, match probability, `agrees`, the name score), the mentions' feature rows and
the truth. This script re-clusters them with `guwah.link.linker.cluster` (the same conflict rule)
with the edges' `agrees` recomputed by each rule named, and prints pairwise precision, recall and
F1 for each, beside the saved run's own clusters (the rule "saved": the saved edges under this
commit's clustering, given names alone joining once included). Only the clustering stage is replayed: a rule
that changes the model or the candidates needs a full run.

With `--kinds N` it also reads N false pairs of the saved clusters, drawn at random (a cluster
by its share of the false pairs, then a pair of its members of two persons), and sorts them by
kind: joined by an edge of their own (the same whole-name key with no field disagreeing, or with
one; a given name alone at an end; two whole-name keys that the name score calls the same name, a
transliteration collision; names only similar) or by a chain through other mentions (no edge of
their own: the bridge). The shares are estimates; the counts are scaled to all false pairs.

With `--calibration` it prints how often the saved edges (from LINK_REVIEW) join one person, by
match probability band and by the kind of name (one whole-name key; two keys that score the same
name; names only similar): a calibrated model's edges of band 0.4-0.5 are right 40-50 % of the
time.

With `--agree T,...` it replays the linker's own clustering (`linker.corroborate`, then `linker.cluster`)
with the agreeing rule (the same name, no field disagreeing) from T instead of LINK_AGREE.

With `--common N,...` it replays the linker's common-name rule (`linker.corroborate`: a link
between mentions of a whole-name key borne by N mentions or more asks one stated field to agree)
at each N ("shipped": linker.COMMON_NAME; "off": no rule), and prints beside P / R / F1 the pairs
left for review (all of them, and held by the rule), and the queue a team is shown
(`linker.review_queue`: its cap, and how many of it the rule held). A saved run's edges are
those before the rule (`link_lost.py` saves `agreeing_edges`), so every N replays from the same run.

With `--below-review` it reads the same-name edges under LINK_REVIEW of a run saved with `--floor`:
how their birth years, places, detention years and facilities compare, over the true pairs the
saved clusters left apart and over the false pairs (is a comparison level too harsh there?).

Usage: python bench/link_replay.py RUN.npz [RUN.npz ...] [--buckets] [--kinds N] [--calibration] [--no-rules] [--only TEXT] [--chains] [--chains-floor] [--below-review]
       [--thresholds AUTO/REVIEW,...] [--agree T,...] [--common N,...] [--chance-table] [--chance RULE@N,...]
"""

from __future__ import annotations

import argparse
import bisect
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from link import pairwise_scores  # noqa: E402

from guwah.link import linker as L  # noqa: E402
from guwah.link.features import HOMELAND, nested  # noqa: E402
from guwah.names.settings import LINK_AGREE, LINK_AUTO, LINK_REVIEW  # noqa: E402


def load(path: Path) -> dict:
    run = dict(np.load(path, allow_pickle=True))
    run["fields"] = list(zip(*(run[f"f_{name}"].tolist() for name in (
        "gender", "birth_lo", "birth_hi", "home", "detained_lo", "detained_hi")), strict=True))
    # as linker.one_part_names: a whole-name key of one part; or, as linker.initialled_names, a
    # name with an initial (saved since h-link40; a run saved before has none)
    initialled = run["initialled"].tolist() if "initialled" in run else [False] * len(run["f_whole"])
    run["given_alone"] = [(whole is not None and "+" not in whole) or initial
                          for whole, initial in zip(run["f_whole"].tolist(), initialled, strict=True)]
    # a run saved without the name's script (link_lost.py saves none): read as of one script, as
    # `linker.corroborate` reads rows without it (its hold across scripts is for untrained runs only)
    run.setdefault("f_script", np.array([None] * len(run["f_whole"]), dtype=object))
    return run


def homeland(place) -> bool:
    return place is not None and (place == HOMELAND or place.startswith(HOMELAND + "."))


def place_differs(run: dict, a: int, b: int) -> bool:
    """Both mentions placed (hometown, or else the facility's place) inside the homeland, and
    neither the same place nor one inside the other."""
    x, y = run["f_place"][a], run["f_place"][b]
    return homeland(x) and homeland(y) and not L.nested(x, y)


def cluster_weak_singletons(count: int, edges, fields, largest: int) -> list[int]:
    """linker.cluster, but an agreement-rule edge (below LINK_AUTO) joins two clusters only when
    the smaller holds at most `largest` mentions (exploratory: chains of weak edges)."""
    parent = list(range(count))
    size = [1] * count
    summaries = [L.Summary(*row) for row in fields]

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b, probability, agrees in sorted(edges, key=lambda edge: -edge[2]):
        if probability >= LINK_AUTO or (probability >= LINK_AGREE and agrees):
            root_a, root_b = find(a), find(b)
            if root_a == root_b:
                continue
            if probability < LINK_AUTO and min(size[root_a], size[root_b]) > largest:
                continue
            keep, gone = min(root_a, root_b), max(root_a, root_b)
            if summaries[keep].conflicts(summaries[gone]):
                continue
            summaries[keep].absorb(summaries[gone])
            parent[gone] = keep
            size[keep] += size[gone]
    numbers: dict[int, int] = {}
    return [numbers.setdefault(find(node), len(numbers) + 1) for node in range(count)]


def cluster_supported(count: int, edges, fields, given_alone, allow, floor: float = LINK_REVIEW) -> list[int]:
    """linker.cluster (conflicts and given names alone as there), but a linking edge joins two
    clusters only where `allow(size_a, size_b, linking, present, p_sum, p)` says so, given the
    edges between the two clusters' members: linking (p >= LINK_AUTO, or agreeing from
    LINK_REVIEW), present (every edge from `floor`: LINK_REVIEW, or lower for a run saved with
    `link_lost.py --floor`) and the sum of their probabilities (exploratory: clustering that
    refuses chains; the twenty-fourth round). An edge of five elements carries `corroborated`
    (`linker.corroborate`): an uncorroborated one never links, as in `linker.cluster`."""
    parent, size = list(range(count)), [1] * count
    summaries = [L.Summary(*row) for row in fields]
    full = [not alone for alone in given_alone]
    linking, present, p_sum = (defaultdict(Counter) for _ in range(3))
    taken = []
    for a, b, p, agrees, *corroborated in edges:
        if p < floor:
            continue
        for table, value in ((present, 1), (p_sum, p)):
            table[a][b] += value
            table[b][a] += value
        if corroborated and not corroborated[0]:
            continue
        if p >= LINK_AUTO or (agrees and p >= LINK_AGREE):
            linking[a][b] += 1
            linking[b][a] += 1
            taken.append((a, b, p))

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b, p in sorted(taken, key=lambda edge: -edge[2]):
        root_a, root_b = find(a), find(b)
        if root_a == root_b or ((given_alone[a] or given_alone[b]) and full[root_a] and full[root_b]):
            continue
        keep, gone = min(root_a, root_b), max(root_a, root_b)
        if summaries[keep].conflicts(summaries[gone]) or L.differ(fields[a][0], fields[b][0]):
            continue
        if not allow(size[root_a], size[root_b], linking[root_a][root_b], present[root_a][root_b],
                     p_sum[root_a][root_b], p):
            continue
        summaries[keep].absorb(summaries[gone])
        parent[gone] = keep
        full[keep] = full[keep] or full[gone]
        size[keep] += size[gone]
        for table in (linking, present, p_sum):  # the gone root's counts move to the kept one
            moved = table.pop(gone, Counter())
            for other, value in moved.items():
                table[other].pop(gone, None)
                if other != keep:
                    table[keep][other] += value
                    table[other][keep] += value
            table[keep].pop(gone, None)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(find(node), len(numbers) + 1) for node in range(count)]


CHAIN_RULES = {
    "a weak edge between two clusters needs a second": lambda sa, sb, n, present, total, p: (
        min(sa, sb) < 2 or p >= LINK_AUTO or n >= 2),
    "any edge between two clusters needs a second": lambda sa, sb, n, present, total, p: min(sa, sb) < 2 or n >= 2,
    "linking edges >= the smaller cluster": lambda sa, sb, n, present, total, p: n >= min(sa, sb),
    "linking edges >= half the smaller cluster": lambda sa, sb, n, present, total, p: n >= min(sa, sb) / 2,
    "mean p of the edges present >= 0.5": lambda sa, sb, n, present, total, p: total / present >= 0.5,
    "linking / present edges >= 0.5": lambda sa, sb, n, present, total, p: n / present >= 0.5,
    "linking edges / (size a x size b) >= 0.1": lambda sa, sb, n, present, total, p: n / (sa * sb) >= 0.1,
}
# With `--chains-floor` (a run saved with `link_lost.py --floor`): the edges present counted from
# the floor, so that a weak edge (scored, under LINK_REVIEW) between two clusters speaks against a
# merge: every pair above a floor within a cluster (complete linkage over the pairs scored), or
# most of them (h-link44).
FLOOR_RULES = {
    "mean p of the edges present >= 0.5": CHAIN_RULES["mean p of the edges present >= 0.5"],
    "mean p of the edges present >= 0.4": lambda sa, sb, n, present, total, p: total / present >= 0.4,
    "mean p of the edges present >= 0.3": lambda sa, sb, n, present, total, p: total / present >= 0.3,
    "no edge present under LINK_REVIEW": lambda sa, sb, n, present, total, p: n == present,
    "linking / present edges >= 0.5": CHAIN_RULES["linking / present edges >= 0.5"],
    "linking / present edges >= 0.25": lambda sa, sb, n, present, total, p: n / present >= 0.25,
    "weak edges <= 1 when the link is under LINK_AUTO": lambda sa, sb, n, present, total, p: (
        p >= LINK_AUTO or present - n <= 1),
}


def fields_agree_at(run: dict, a: int, b: int) -> bool:
    """`agreeing_edges` without the name: no field disagrees."""
    f = {name: (run[f"f_{name}"][a], run[f"f_{name}"][b]) for name in (
        "gender", "birth_lo", "birth_hi", "home", "detained_lo", "detained_hi")}
    if f["gender"][0] and f["gender"][1] and f["gender"][0] != f["gender"][1]:
        return False
    birth = [None if f["birth_lo"][i] is None else (f["birth_lo"][i], f["birth_hi"][i]) for i in (0, 1)]
    if L.apart(birth[0], birth[1], 3) and not L.transposed(birth[0], birth[1]):
        return False
    if f["home"][0] and f["home"][1] and not L.nested(f["home"][0], f["home"][1]):
        return False
    held = [None if f["detained_lo"][i] is None else (f["detained_lo"][i], f["detained_hi"][i]) for i in (0, 1)]
    return not L.apart(held[0], held[1], 1)


def rules(run: dict) -> dict:
    """Each rule: a function (edge index) -> agrees."""
    a, b, agrees = run["a"], run["b"], run["agrees"]
    whole = run["f_whole"]
    counts = Counter(whole.tolist())
    namesakes = np.array([counts[w] if w is not None else 1 for w in whole.tolist()])
    n_edge = np.maximum(namesakes[a], namesakes[b])
    facility_place = np.array([run["f_home"][i] is None and run["f_place"][i] is not None
                               for i in range(len(whole))])
    differs = np.array([place_differs(run, x, y) for x, y in zip(a.tolist(), b.tolist(), strict=True)], dtype=bool)
    from_facility = facility_place[a] | facility_place[b]
    out = {"saved": agrees,
           "facility place disagrees": agrees & ~(differs & from_facility),
           "any place disagrees": agrees & ~differs}
    p = run["p"]
    for k in (2.0, 4.0, 8.0):
        # The agreement rule links a pair only where the name's namesakes in this input leave
        # it likely: (n - 1) * (1 - p) false partners expected at most k ... (exploratory)
        out[f"agree if (n-1)(1-p) <= {k}"] = agrees & ((n_edge - 1) * (1 - p) <= k)
    for t in (0.5, 0.6, 0.7):
        out[f"agree from p {t}"] = agrees & (p >= t)
    fields_agree = np.array([fields_agree_at(run, x, y) for x, y in zip(a.tolist(), b.tolist(), strict=True)])
    for t in (0.4, 0.5, 0.6):
        out[f"similar names agree from p {t}"] = agrees | (fields_agree & (p >= t))
        out[f"similar names agree from p {t}, same from 0.5"] = (agrees & (p >= 0.5)) | (fields_agree & (p >= t) & (run["score"] < L.SAME_NAME))
    out["names from similar_name agree from p 0.4"] = agrees | (fields_agree & (p >= LINK_REVIEW) & (run["score"] >= L.SIMILAR_NAME))
    out["facility place + (n-1)(1-p)<=4"] = out["facility place disagrees"] & ((n_edge - 1) * (1 - p) <= 4)
    return out


def false_kinds(run: dict, clusters, sample: int, seed: int = 1) -> Counter:
    """Counts of false pairs of `clusters` by kind (see the module docstring), from `sample`
    pairs drawn at random, scaled to all false pairs of the clusters."""
    import random

    person = run["person"].tolist()
    members: dict[int, list[int]] = {}
    for uid, cid in enumerate(clusters):
        members.setdefault(cid, []).append(uid)
    weights, keys = [], []
    for cid, uids in members.items():
        if len(uids) < 2:
            continue
        same = Counter(person[uid] for uid in uids)
        false = len(uids) * (len(uids) - 1) // 2 - sum(n * (n - 1) // 2 for n in same.values())
        if false:
            weights.append(false)
            keys.append(cid)
    total = sum(weights)
    if not total:
        return Counter()
    edge_at = {(x, y): i for i, (x, y) in enumerate(zip(run["a"].tolist(), run["b"].tolist(), strict=True))}
    whole, alone = run["f_whole"].tolist(), run["given_alone"]
    rng = random.Random(seed)
    kinds = Counter()
    for cid in rng.choices(keys, weights=weights, k=sample):
        uids = members[cid]
        while True:
            x, y = sorted(rng.sample(uids, 2))
            if person[x] != person[y]:
                break
        size = "cluster of 16 or more" if len(uids) >= 16 else "cluster under 16"
        edge = edge_at.get((x, y))
        if edge is None:
            kind = "chain through other mentions (no edge of its own)"
        elif alone[x] or alone[y]:
            kind = "edge: a given name alone at an end"
        elif run["score"][edge] < L.SAME_NAME:
            kind = "edge: names only similar"
        elif whole[x] != whole[y]:
            kind = "edge: two whole-name keys scored the same name (transliteration collision)"
        elif fields_agree_at(run, x, y):
            kind = "edge: same whole-name key, no field disagreeing"
        else:
            kind = "edge: same whole-name key, a field disagreeing (p >= LINK_AUTO)"
        kinds[kind] += 1
        kinds[f"  ({size})"] += 1
    scale = total / sample
    return Counter({kind: round(n * scale) for kind, n in kinds.items()})


BANDS = (0.4, 0.5, 0.6, 0.7, 0.85, 0.95, 0.99, 1.01)


def calibration(run: dict) -> list[tuple[str, list[tuple[int, float]]]]:
    """Per kind of name (all edges first), per band of BANDS: (edges, share joining one person)."""
    a, b, p, score, person, whole = run["a"], run["b"], run["p"], run["score"], run["person"], run["f_whole"]
    true = person[a] == person[b]
    same_key = whole[a] == whole[b]
    kinds = (("all edges", np.ones(len(a), dtype=bool)), ("one whole-name key", same_key & (score >= L.SAME_NAME)),
             ("two keys, the same name", ~same_key & (score >= L.SAME_NAME)), ("names only similar", score < L.SAME_NAME))
    rows = []
    for label, chosen in kinds:
        cells = []
        for low, high in zip(BANDS[:-1], BANDS[1:], strict=True):
            inside = chosen & (p >= low) & (p < high)
            cells.append((int(inside.sum()), float(true[inside].mean()) if inside.any() else float("nan")))
        rows.append((label, cells))
    return rows


def _years(lo1, hi1, lo2, hi2, label: str) -> str:
    """Two year ranges as one of: none stated (on a side), overlapping, or n years apart."""
    if lo1 is None or lo2 is None:
        return f"{label} not on both"
    if lo1 <= hi2 and lo2 <= hi1:
        return f"{label} overlap"
    gap = max(lo1, lo2) - min(hi1, hi2)
    return f"{label} {gap if gap < 3 else '3+'} apart"


def _places(x, y) -> str:
    """Two places (gazetteer ids) as: not on both, unresolved, nested, one county, one prefecture, apart."""
    if x is None or y is None:
        return "place not on both"
    if x.startswith("?") or y.startswith("?"):
        return "place unresolved"
    if L.nested(x, y):
        return "place nested"
    return ("place one county" if x.split(".")[:3] == y.split(".")[:3]
            else "place one prefecture" if x.split(".")[:2] == y.split(".")[:2] else "place apart")


def below_review(run: dict) -> list[tuple[str, Counter, Counter]]:
    """The saved edges under LINK_REVIEW (from the run's floor) whose names are the same name:
    per field (birth year, place, detention year, facility), how the two sides compare, counted over
    the true pairs the saved clusters left apart and over the false pairs. Rows (field, true, false)."""
    a, b, p, score, person, cluster = run["a"], run["b"], run["p"], run["score"], run["person"], run["cluster"]
    chosen = (score >= L.SAME_NAME) & (p < LINK_REVIEW)
    lost = np.nonzero(chosen & (person[a] == person[b]) & (cluster[a] != cluster[b]))[0]
    false = np.nonzero(chosen & (person[a] != person[b]))[0]
    f = {name: run[f"f_{name}"] for name in ("birth_lo", "birth_hi", "place", "facility", "detained_lo", "detained_hi")}
    fields = {
        "birth year": lambda x, y: _years(f["birth_lo"][x], f["birth_hi"][x], f["birth_lo"][y], f["birth_hi"][y], "born"),
        "place": lambda x, y: _places(f["place"][x], f["place"][y]),
        "detention year": lambda x, y: _years(f["detained_lo"][x], f["detained_hi"][x], f["detained_lo"][y],
                                              f["detained_hi"][y], "detained"),
        "facility": lambda x, y: ("facility not on both" if f["facility"][x] is None or f["facility"][y] is None
                                  else "facility same" if f["facility"][x] == f["facility"][y] else "facility differs"),
    }
    return [(name, Counter(compare(a[i], b[i]) for i in lost), Counter(compare(a[i], b[i]) for i in false))
            for name, compare in fields.items()]


def common_rule(run: dict, common: int | None, rule: str | None = None) -> tuple[dict, int, int, int, int]:
    """Cluster the saved edges with `linker.corroborate` at `common` (None: the rule off), or
    with `chance_corroborate` under `rule` (see `evidenced`).
    Returns (pairwise scores, review pairs, of them held, the queue shown, of it held)."""
    edges = list(zip(run["a"].tolist(), run["b"].tolist(), run["p"].tolist(), run["agrees"].tolist(), strict=True))
    if common is not None:
        rows = list(zip(*(run[f"f_{name}"].tolist() for name in L.STATED_COLUMNS), strict=True))
        edges = (L.corroborate(edges, rows, common) if rule is None
                 else chance_corroborate(edges, rows, common, rule, run.setdefault("chance", Chance(rows))))
    count = len(run["person"])
    ids, review = L.cluster(count, edges, run["fields"], given_alone=run["given_alone"])
    shown, _, _ = L.review_queue(review, count)
    held_all = L.held_pairs(edges, review) if common is not None else frozenset()
    held_shown = L.held_pairs(edges, shown) if common is not None else frozenset()
    return pairwise_scores(ids, run["person"].tolist()), len(review), len(held_all), len(shown), len(held_shown)


# --- chance agreement (h-link29): is an agreeing field unlikely among the name's bearers? ---

class Chance:
    """How often each stated field's value occurs among all mentions (rows of L.STATED_COLUMNS),
    to ask of an agreement between two mentions of one name how many of the name's other bearers
    would agree on it by chance: (bearers - 1) x the agreeing value's share of all mentions.

    The agreeing value is what both sides state: the overlap of two birth (or detention) ranges,
    the larger of two nested hometowns (county level or finer), the facility. Its share: of all
    mentions, those whose own value would agree with it by `L.stated_agreement`'s reading (a birth
    range at most AGREEING_BIRTH_SPAN wide overlapping it; a hometown of county level or finer the
    same, inside it or around it; the same facility; a detention range overlapping it).
    """

    def __init__(self, rows) -> None:
        self.total = len(rows)
        self.names = Counter(row[0] for row in rows if row[0] is not None)
        births = [(row[1], row[2]) for row in rows
                  if row[1] is not None and row[2] - row[1] <= L.AGREEING_BIRTH_SPAN]
        self.birth = (sorted(hi for _, hi in births), sorted(lo for lo, _ in births), len(births))
        helds = [(row[5], row[6]) for row in rows if row[5] is not None]
        self.held = (sorted(hi for _, hi in helds), sorted(lo for lo, _ in helds), len(helds))
        self.facility = Counter(row[4] for row in rows if row[4])
        self.home_exact = Counter(row[3] for row in rows if row[3] and row[3].count(".") >= 2)
        self.home_inside: Counter = Counter()  # mentions at a place or inside it
        for place, n in self.home_exact.items():
            parts = place.split(".")
            for depth in range(3, len(parts) + 1):
                self.home_inside[".".join(parts[:depth])] += n

    @staticmethod
    def _overlapping(table, lo, hi) -> int:
        his, los, n = table
        # ranges overlapping [lo, hi]: all but those ending before lo and those starting after hi
        return n - bisect.bisect_left(his, lo) - (n - bisect.bisect_right(los, hi))

    def agreeing(self, a, b) -> tuple[int, dict[str, float]]:
        """(bearers of the commoner of the two whole-name keys, {field: the agreeing value's share
        of all mentions}) for the fields on which mentions a and b agree (rows of STATED_COLUMNS)."""
        bearers = max(self.names.get(a[0], 0), self.names.get(b[0], 0))
        _, blo_a, bhi_a, home_a, fac_a, dlo_a, dhi_a = a
        _, blo_b, bhi_b, home_b, fac_b, dlo_b, dhi_b = b
        count = {}
        if (blo_a is not None and blo_b is not None and bhi_a - blo_a <= L.AGREEING_BIRTH_SPAN
                and bhi_b - blo_b <= L.AGREEING_BIRTH_SPAN and blo_a <= bhi_b and blo_b <= bhi_a):
            count["birth"] = self._overlapping(self.birth, max(blo_a, blo_b), min(bhi_a, bhi_b))
        if home_a and home_b and nested(home_a, home_b) and min(home_a.count("."), home_b.count(".")) >= 2:
            larger = min(home_a, home_b, key=len)
            parts = larger.split(".")
            count["home"] = self.home_inside[larger] + sum(
                self.home_exact[".".join(parts[:depth])] for depth in range(3, len(parts)))
        if fac_a and fac_b and fac_a == fac_b:
            count["facility"] = self.facility[fac_a]
        if dlo_a is not None and dlo_b is not None and dlo_a <= dhi_b and dlo_b <= dhi_a:
            count["detained"] = self._overlapping(self.held, max(dlo_a, dlo_b), min(dhi_a, dhi_b))
        return bearers, {name: n / self.total for name, n in count.items()}


CHANCE_RULES = ("agree", "chance", "joint", "two")


def evidenced(bearers: int, shares: dict[str, float], rule: str) -> bool:
    """Whether the agreeing fields of an edge (`Chance.agreeing`) are evidence under a rule:
    'agree': any field (the shipped rule); 'chance': one field that under one of the name's
    other bearers would agree on by chance ((bearers - 1) x share < 1), or two fields agreeing;
    'joint': the fields' shares multiplied (as if independent) times the other bearers under one;
    'two': two fields agreeing."""
    if not shares:
        return False
    others = max(bearers - 1, 1)
    if rule == "agree":
        return True
    if rule == "chance":
        return others * min(shares.values()) < 1 or len(shares) >= 2
    if rule == "two":
        return len(shares) >= 2
    if rule == "joint":
        return others * math.prod(shares.values()) < 1
    raise ValueError(f"no such rule: {rule}")


BANDS_BEARERS = ((1, 32), (33, 128), (129, 256), (257, 512), (513, 1024), (1025, None))


def chance_table(run: dict) -> None:
    """Per band of bearers: the linking edges that agree on a stated field, true and false, and
    the share of each that is evidence under each rule of CHANCE_RULES; the median expected
    chance agreers of the rarest agreeing field."""
    rows = list(zip(*(run[f"f_{name}"].tolist() for name in L.STATED_COLUMNS), strict=True))
    chance = Chance(rows)
    truth = run["person"].tolist()
    tally: dict = defaultdict(lambda: defaultdict(Counter))
    expected: dict = defaultdict(lambda: defaultdict(list))
    for a, b, p, agrees in zip(run["a"].tolist(), run["b"].tolist(), run["p"].tolist(), run["agrees"].tolist(),
                               strict=True):
        if not (p >= LINK_AUTO or (p >= LINK_AGREE and agrees)):
            continue
        bearers, shares = chance.agreeing(rows[a], rows[b])
        if not shares:
            continue
        band = next(band for band in BANDS_BEARERS if bearers >= band[0] and (band[1] is None or bearers <= band[1]))
        side = "true" if truth[a] == truth[b] else "false"
        tally[band][side]["edges"] += 1
        expected[band][side].append(max(bearers - 1, 1) * min(shares.values()))
        for rule in CHANCE_RULES[1:]:
            tally[band][side][rule] += evidenced(bearers, shares, rule)
    print("  agreeing linking edges by bearers: true edges (share evidence: chance / joint / two; median E) | "
          "false edges (the same)")
    for band in BANDS_BEARERS:
        cells = []
        for side in ("true", "false"):
            t = tally[band][side]
            n = t["edges"]
            if not n:
                cells.append("—")
                continue
            median = sorted(expected[band][side])[n // 2]
            cells.append(f"{n:9d} ({' / '.join(f'{t[rule] / n:.2f}' for rule in CHANCE_RULES[1:])}; E {median:.1f})")
        label = f"{band[0]}-{band[1] or ''}"
        print(f"  {label:10s} {cells[0]:45s} | {cells[1]}")


def chance_corroborate(edges, rows, common: int, rule: str, chance: Chance | None = None) -> list[tuple]:
    """`L.corroborate` (from L.COMMON_NAME bearers: a stated field agrees), and from `common`
    bearers `evidenced(..., rule)` in place of `L.stated_agreement`."""
    chance = chance or Chance(rows)
    out = []
    for a, b, p, agrees in edges:
        bearers = max(chance.names.get(rows[a][0], 0), chance.names.get(rows[b][0], 0))
        if bearers < min(common, L.COMMON_NAME) or not (p >= LINK_AUTO or (p >= LINK_AGREE and agrees)):
            out.append((a, b, p, agrees, True))
            continue
        out.append((a, b, p, agrees, evidenced(*chance.agreeing(rows[a], rows[b]),
                                               rule if bearers >= common else "agree")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="+")
    parser.add_argument("--buckets", action="store_true", help="precision of agreement edges by namesakes")
    parser.add_argument("--kinds", type=int, default=0, help="read this many false pairs of the saved clusters by kind")
    parser.add_argument("--no-rules", action="store_true", help="do not replay the rules")
    parser.add_argument("--calibration", action="store_true", help="edges joining one person, by probability band")
    parser.add_argument("--only", default="", help="replay only the rules whose name holds this text")
    parser.add_argument("--chains", action="store_true", help="replay the chain rules (cluster_supported)")
    parser.add_argument("--chains-floor", action="store_true",
                        help="replay FLOOR_RULES, the edges present counted from the run's floor (link_lost.py --floor)")
    parser.add_argument("--thresholds", default="",
                        help="AUTO/REVIEW,...: cluster the saved edges at these thresholds (edges under REVIEW "
                             "need a run saved with link_lost.py --floor)")
    parser.add_argument("--agree", default="",
                        help="T,...: the linker's clustering (corroborate, cluster) with the agreeing rule from T "
                             "(linker.LINK_AGREE); from T at least the run's floor")
    parser.add_argument("--common", default="",
                        help="N,...: replay linker.corroborate at these namesake counts (shipped: COMMON_NAME; off: none)")
    parser.add_argument("--chance-table", action="store_true",
                        help="agreeing linking edges by bearers: how many are evidence under each rule (`evidenced`)")
    parser.add_argument("--chance", default="",
                        help="RULE@N,...: replay the common-name rule (from COMMON_NAME bearers) with, from N "
                             "bearers, `evidenced`'s RULE (agree, chance, joint, two) in place of stated_agreement")
    parser.add_argument("--below-review", action="store_true",
                        help="same-name edges under LINK_REVIEW (a run saved with --floor): how each field compares, "
                             "true pairs left apart against false pairs")
    args = parser.parse_args()
    for path in args.runs:
        run = load(path)
        truth = run["person"].tolist()
        count = len(truth)
        print(f"{path}: saved clusters {pairwise_scores(run['cluster'].tolist(), truth)}")
        if args.kinds:
            kinds = false_kinds(run, run["cluster"].tolist(), args.kinds)
            false = sum(n for kind, n in kinds.items() if not kind.startswith(" "))
            print(f"  false pairs {false}, by kind ({args.kinds} read)")
            for kind, n in sorted(kinds.items(), key=lambda item: (item[0].startswith(" "), -item[1])):
                print(f"  {n:10d} {n / max(false, 1):6.1%}  {kind}")
        if args.calibration:
            print("  edges right, by match probability (edges, share of one person): " + "  ".join(
                f"{low:.2f}-{min(high, 1.0):.2f}" for low, high in zip(BANDS[:-1], BANDS[1:], strict=True)))
            for label, cells in calibration(run):
                print(f"  {label:26s}" + "  ".join(f"{n:7d} {share:.2f}" for n, share in cells))
        if args.below_review:
            rows = below_review(run)
            print(f"  same-name edges under LINK_REVIEW: true pairs left apart {sum(rows[0][1].values())}, "
                  f"false pairs {sum(rows[0][2].values())}")
            for name, true, false in rows:
                for value in sorted(true.keys() | false.keys(), key=lambda v: -true[v]):
                    print(f"    {name:15s} {value:24s} true {true[value]:7d}  false {false[value]:8d}")
        for pair in filter(None, args.thresholds.split(",")):
            auto, review = (float(x) for x in pair.split("/"))
            floor = float(run.get("floor", LINK_REVIEW))
            if min(auto, review) < floor:
                print(f"  thresholds {pair}: the run holds no edges under {floor} (link_lost.py --floor)")
                continue
            edges = list(zip(run["a"].tolist(), run["b"].tolist(), run["p"].tolist(), run["agrees"].tolist(), strict=True))
            ids, _ = L.cluster(count, edges, run["fields"], auto=auto, review=review, given_alone=run["given_alone"],
                               agree=review)
            s = pairwise_scores(ids, truth)
            print(f"  thresholds {auto}/{review:<33} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}")
        for value in filter(None, args.agree.split(",")):
            # the linker's own clustering (`corroborate`, then `cluster`) with the agreeing rule from
            # this threshold; corroborate reads the module's LINK_AGREE, so it is set for the call
            agree, saved = float(value), L.LINK_AGREE
            edges = list(zip(run["a"].tolist(), run["b"].tolist(), run["p"].tolist(), run["agrees"].tolist(), strict=True))
            rows = list(zip(*(run[f"f_{name}"].tolist() for name in L.STATED_COLUMNS), strict=True))
            try:
                L.LINK_AGREE = agree
                ids, _ = L.cluster(count, L.corroborate(edges, rows), run["fields"], given_alone=run["given_alone"],
                                   agree=agree)
            finally:
                L.LINK_AGREE = saved
            s = pairwise_scores(ids, truth)
            print(f"  agreeing from {agree:<26} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}", flush=True)
        for value in filter(None, args.common.split(",")):
            common = None if value == "off" else L.COMMON_NAME if value == "shipped" else int(value)
            s, review, held, shown, held_shown = common_rule(run, common)
            label = "off" if common is None else f">= {common} mentions"
            print(f"  common name {label:16s} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
                  f"review pairs {review} (held {held}); queue {shown} (held {held_shown})", flush=True)
        if args.chance_table:
            chance_table(run)
        for value in filter(None, args.chance.split(",")):
            rule, _, at = value.partition("@")
            common = L.COMMON_NAME if at in ("", "shipped") else int(at)
            s, review, held, shown, held_shown = common_rule(run, common, rule)
            label = f"{rule} >= {common}"
            print(f"  chance rule {label:18s} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
                  f"review pairs {review} (held {held}); queue {shown} (held {held_shown})", flush=True)
        if args.chains or args.chains_floor:
            edges = list(zip(run["a"].tolist(), run["b"].tolist(), run["p"].tolist(), run["agrees"].tolist(), strict=True))
            # as the linker: its common-name rule first (`linker.corroborate`)
            rows = list(zip(*(run[f"f_{name}"].tolist() for name in L.STATED_COLUMNS), strict=True))
            edges = L.corroborate(edges, rows)
            floor = float(run.get("floor", LINK_REVIEW)) if args.chains_floor else LINK_REVIEW
            ids, _ = L.cluster(count, edges, run["fields"], given_alone=run["given_alone"])
            s = pairwise_scores(ids, truth)
            print(f"  {'the linker (corroborate, cluster)':48s} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}")
            for name, allow in (FLOOR_RULES if args.chains_floor else CHAIN_RULES).items():
                if args.only in name:
                    s = pairwise_scores(cluster_supported(count, edges, run["fields"], run["given_alone"], allow,
                                                          floor), truth)
                    print(f"  {name:48s} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}", flush=True)
        if args.no_rules:
            continue
        a, b, p = run["a"].tolist(), run["b"].tolist(), run["p"].tolist()
        for name, agrees in rules(run).items():
            if args.only not in name and name != "saved":
                continue
            ids, _ = L.cluster(count, list(zip(a, b, p, agrees.tolist(), strict=True)), run["fields"],
                               given_alone=run["given_alone"])
            s = pairwise_scores(ids, truth)
            print(f"  {name:40s} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}")
        edges = list(zip(a, b, p, run["agrees"].tolist(), strict=True))
        for largest in (1, 2, 4) if not args.only else ():
            s = pairwise_scores(cluster_weak_singletons(count, edges, run["fields"], largest), truth)
            print(f"  {'weak edges join a cluster of <= ' + str(largest):40s} P {s['precision']:.4f} "
                  f"R {s['recall']:.4f} F1 {s['f1']:.4f}")
        if args.buckets:
            counts = Counter(run["f_whole"].tolist())
            person = run["person"]
            by = Counter()
            for x, y, q, ag in zip(a, b, p, run["agrees"].tolist(), strict=True):
                if ag and q < LINK_AUTO and q >= LINK_AGREE:
                    n = max(counts[run["f_whole"][x]], counts[run["f_whole"][y]])
                    bucket = min(int(np.log2(max(n, 1))), 10)
                    by[(bucket, person[x] == person[y])] += 1
            for bucket in range(11):
                t, f = by[(bucket, True)], by[(bucket, False)]
                if t + f:
                    print(f"    namesakes ~2^{bucket}: agreement edges {t + f}, true {t / (t + f):.3f}")


if __name__ == "__main__":
    main()
