"""Why true pairs are lost: a breakdown of the linker's stages for a generator's truth.

`bench/link_lost.py MENTIONS.csv TRUTH.csv` (truth: mention_id,person_id) runs the linker once,
watching its stages, and sorts every true pair that ended in two clusters by the first stage that
lost it: no shared name key, cut by the block cap, name score under PAIR_FLOOR, match probability
under LINK_REVIEW (split by the name level), between LINK_REVIEW and LINK_AUTO with a name under
SIMILAR_NAME or a field that disagrees (which), or refused by a cluster conflict. For the name-caused losses it also counts
the kinds of name variation seen in the pair (heuristic, for reading only). Pairwise counts are
dominated by persons with many mentions; `--examples N` prints N pairs of each kind.

At 100,000 mentions and more the stages' pairs are held as sorted numpy arrays (candidates, name
scores, predicted edges), not Python sets, and `--sample N` reads N true pairs drawn at random
(the shares are then estimates; the counts are scaled to all true pairs). `--save FILE.npz`
keeps the run (edges, their name scores, the mentions' fields, the truth) for `bench/link_replay.py`,
which re-clusters it under other rules in seconds. `--what-if N` draws N of the true pairs lost
that share a name key but were never candidates (the block cap) and says what the trained model
would have made of them had they been candidates (see `what_if`): a block cap's loss that would
have scored under LINK_REVIEW anyway is a loss of the prediction stage, not of the cap.
`--floor P` keeps the predicted pairs from match probability P (below LINK_REVIEW) in the saved
run, so that `link_replay.py --thresholds` can cluster at lower thresholds; the run's own clusters
are as without it (its clustering reads LINK_REVIEW as before), and so is the breakdown (it reads
the setting, not the module's patched value: h-link43 found the breakdown and `--false` counting
edges from the floor as linking).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from guwah.link import linker as L
from guwah.link.features import feature_columns
from guwah.link.spreadsheet import read_mentions
from guwah.names.keys import BRIDGE
from guwah.names.settings import LINK_AGREE, LINK_AUTO, LINK_REVIEW, SAME_NAME, SIMILAR_NAME

TITLES = re.compile(r"\b(dr|mr|ms|mrs|haji|hajim|molla|mulla|г-н|г-жа|imam)\b\.?", re.IGNORECASE)
SUFFIX = re.compile(r"(uly|ulı|kyzy|kızı|qizi|oghli|oğlu|ogli|uulu|ұлы|қызы|уулу|кызы|ов|ова|ев|ева|ov|ova|ev|eva)\b",
                    re.IGNORECASE)


def script(text: str) -> str:
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            for word in ("CJK", "CYRILLIC", "ARABIC"):
                if word in name:
                    return word.lower()
            return "latin"
    return "none"


def words(text: str) -> int:
    if script(text) == "cjk":
        return 1 if "·" not in text and "•" not in text and len(text.strip()) <= 3 else 2
    return len([w for w in re.split(r"[\s,·•]+", text.strip()) if w])


def name_kinds(a: str, b: str) -> list[str]:
    kinds = []
    sa, sb = script(a), script(b)
    kinds.append("scripts " + "/".join(sorted({sa, sb})))
    if words(a) != words(b):
        kinds.append("different part count")
    if min(words(a), words(b)) == 1:
        kinds.append("one-part name")
    if re.search(r"jan\b|жан\b|江", a + " " + b, re.IGNORECASE):
        kinds.append("-jan")
    if TITLES.search(a) or TITLES.search(b):
        kinds.append("title")
    if SUFFIX.search(a) or SUFFIX.search(b):
        kinds.append("patronymic suffix")
    if "," in a + b or any(w.isupper() and len(w) > 2 for w in (a + " " + b).split()):
        kinds.append("upper/comma order")
    return kinds


def cluster_conflicts(a, b) -> list[str]:
    """The fields on which two clusters' summaries (linker.Summary) disagree."""
    fields = []
    if a.gender() is not None and b.gender() is not None and a.gender() != b.gender():
        fields.append("gender")
    if L.apart(a.birth, b.birth, 3):
        fields.append("birth")
    if a.detained_apart(b):
        fields.append("detained")
    if any(not L.nested(x, y) for x in a.places for y in b.places):
        fields.append("hometown")
    return fields


def edge_levels(fa: dict, fb: dict, score: float, p: float) -> str:
    """A linking edge's kind: how it linked (auto, or the agreement rule), the name level, and the
    birth-year and place levels as the model's comparisons see them."""
    how = "auto" if p >= LINK_AUTO else "agree"
    name = "same" if score >= SAME_NAME else "similar"
    if fa["birth_lo"] is None or fb["birth_lo"] is None:
        birth = "-"
    elif fa["birth_lo"] == fa["birth_hi"] == fb["birth_lo"] == fb["birth_hi"]:
        birth = "same year"
    elif fa["birth_lo"] <= fb["birth_hi"] and fb["birth_lo"] <= fa["birth_hi"]:
        birth = "ranges overlap"
    else:
        birth = "apart"
    if fa["facility"] and fb["facility"]:
        place = "same facility" if fa["facility"] == fb["facility"] else "other facility"
    elif fa["place"] and fb["place"]:
        place = "same place" if fa["place"] == fb["place"] else (
            "nested place" if L.nested(fa["place"], fb["place"]) else "other place")
    else:
        place = "-"
    gender = "gender" if fa["gender"] and fb["gender"] else "-"
    return f"{how} p{min(int(p * 10) / 10, 0.9):.1f} name {name}, birth {birth}, {place}, {gender}"


def false_merges(seen: dict, person: dict, mentions, examples: int, dump: Path | None = None) -> None:
    """Replay `linker.cluster` on the same edges and charge each merge with the pairs it adds:
    merging clusters A and B adds |A|·|B| pairs, of which Σ_p A[p]·B[p] are true. Printed: the
    false pairs (and true pairs) added per kind of edge (`edge_levels`)."""
    cols = ("uid", "whole", "gender", "birth_lo", "birth_hi", "place", "facility", "detained_lo", "detained_hi", "home")
    rows = [dict(zip(cols, row, strict=True)) for row in seen["fields"]]
    edge_a, edge_b, edge_p, edge_agrees = seen["edges"]
    count = len(rows)
    parent = list(range(count))
    members = [Counter({person[uid]: 1}) for uid in range(count)]
    summaries = [L.Summary(r["gender"], r["birth_lo"], r["birth_hi"], r["home"], r["detained_lo"], r["detained_hi"])
                 for r in rows]

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    false_by, true_by, edges_by, shown = Counter(), Counter(), Counter(), defaultdict(list)
    merged: list = []
    order = np.argsort(-edge_p, kind="stable")
    for a, b, p, agrees in zip(edge_a[order].tolist(), edge_b[order].tolist(), edge_p[order].tolist(),
                               edge_agrees[order].tolist(), strict=True):
        if not (p >= LINK_AUTO or (p >= LINK_AGREE and agrees)):
            continue
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        if summaries[keep].conflicts(summaries[gone]):
            continue
        summaries[keep].absorb(summaries[gone])
        parent[gone] = keep
        big, small = (members[keep], members[gone]) if len(members[keep]) >= len(members[gone]) else (
            members[gone], members[keep])
        size_a, size_b = sum(big.values()), sum(small.values())
        true = sum(n * big.get(pid, 0) for pid, n in small.items())
        kind = edge_levels(rows[a], rows[b], lookup(seen["scores"], a * L.PAIR_SHIFT + b) or 0.0, p)
        if person[a] != person[b]:
            kind += "  [edge itself false]"
        false_by[kind] += size_a * size_b - true
        true_by[kind] += true
        edges_by[kind] += 1
        if person[a] != person[b] and len(shown[kind]) < examples:
            shown[kind].append((mentions[a], mentions[b], p))
        if dump is not None:
            merged.append((kind, size_a * size_b - true, true, mentions[a], mentions[b], p))
        big.update(small)
        members[keep], members[gone] = big, Counter()
    total_false = sum(false_by.values())
    if dump is not None:
        fields = ("name", "gender", "birth_year", "hometown", "facility", "detained_year")
        with dump.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(["kind", "false_added", "true_added", "p", *(f"{f}_a" for f in fields),
                          *(f"{f}_b" for f in fields)])
            for kind, false, true, x, y, p in merged:
                if false:
                    out.writerow([kind, false, true, round(p, 4), *(getattr(x, f) for f in fields),
                                  *(getattr(y, f) for f in fields)])
    print(f"false pairs {total_false}, by the kind of edge whose merge added them (false / true pairs added, merges)")
    for kind, n in false_by.most_common(25):
        print(f"{n:9d} {n / max(total_false, 1):6.1%} true {true_by[kind]:9d} merges {edges_by[kind]:7d}  {kind}")
        for x, y, p in shown[kind]:
            print(f"{'':18}{p:.3f}  {x.name!r} | {y.name!r}  {x.hometown!r}/{y.hometown!r}  "
                  f"{x.facility!r}/{y.facility!r}  {x.birth_year}/{y.birth_year} {x.gender}/{y.gender}")


def lookup(table: tuple, key: int):
    """The value of `key` in a (sorted keys, values) pair of arrays, or None."""
    keys, values = table
    at = int(np.searchsorted(keys, key))
    return values[at].item() if at < len(keys) and keys[at] == key else None


def contains(keys, key: int) -> bool:
    at = int(np.searchsorted(keys, key))
    return at < len(keys) and keys[at] == key


def what_if(con, model, linker, pairs: list[tuple[int, int]], names: list[str],
            agreeing: Callable = L.agreeing_edges) -> Counter:
    """What the linker would have made of `pairs` (a < b) had they been candidates: their name
    score (`linker.score_forms`), then, from PAIR_FLOOR, the trained model's match probability
    (Splink's prediction on these pairs alone, as `linker.predict` does) and `agrees`
    (`linker.agreeing_edges`). Run on the open connection after the run's own prediction, so the
    run is not changed. Returns a Counter of outcomes: linkable (p >= LINK_AUTO, or from
    LINK_REVIEW and agreeing; cluster conflicts not replayed), review only, p < LINK_REVIEW, or
    a name score under PAIR_FLOOR."""
    import pyarrow as pa

    forms: dict[str, int] = {}
    first = np.array([forms.setdefault(names[a], len(forms)) for a, _ in pairs], dtype=np.int64)
    second = np.array([forms.setdefault(names[b], len(forms)) for _, b in pairs], dtype=np.int64)
    scores = L.score_forms(list(forms), first, second, workers=1)
    outcome = Counter(under=int((scores < L.PAIR_FLOOR).sum()))
    kept = [(a * L.PAIR_SHIFT + b, float(score)) for (a, b), score in zip(pairs, scores.tolist(), strict=True)
            if score >= L.PAIR_FLOOR]
    if not kept:
        return outcome
    con.register("what_if_arrow", pa.table({"pair": pa.array([k for k, _ in kept], pa.int64()),
                                            "score": pa.array([s for _, s in kept], pa.float64())}))
    con.execute("INSERT INTO name_scores SELECT * FROM what_if_arrow")
    con.execute("DROP TABLE IF EXISTS blocked_pairs")
    con.execute(f"CREATE TABLE blocked_pairs AS SELECT '0' AS match_key, pair // {L.PAIR_SHIFT} AS join_key_l, "
                f"pair % {L.PAIR_SHIFT} AS join_key_r FROM what_if_arrow")
    linker.table_management.register_blocked_pairs_for_predict(model.register("blocked_pairs"))
    predictions = linker.inference.predict(threshold_match_probability=0.0, warning_mode="never")
    con.execute(f"CREATE OR REPLACE TABLE what_if AS SELECT uid_l, uid_r, match_probability FROM {model.fetch(predictions)}")
    for _, _, p, agrees in agreeing(con, "what_if"):
        if p >= LINK_AUTO or (p >= LINK_AGREE and agrees):
            outcome["linkable"] += 1
        elif p >= LINK_REVIEW:
            outcome["review only"] += 1
        else:
            outcome["p < LINK_REVIEW"] += 1
    return outcome


def watch(mentions, what_if_pairs: Callable | None = None) -> dict:
    """Run the linker once on `mentions`, keeping what its stages saw as numpy arrays: candidate
    pairs (sorted), name scores (sorted by pair), edges (a, b, p, agrees; sorted by a, b) and
    the mentions' feature rows. With `what_if_pairs` (called with the candidates and the cluster
    ids, it returns pairs of uids), `what_if` is run on its pairs before the connection closes,
    its outcome kept as seen["what_if"]."""
    seen: dict = {}
    original_score, original_edges = L.score_pairs, L.agreeing_edges
    original_predict, original_cluster, original_queue = L.predict, L.cluster, L.review_queue

    def predict(con, model, linker, tick):
        seen["model"] = (model, linker)
        return original_predict(con, model, linker, tick)

    def cluster(*args, **options):
        found = original_cluster(*args, **options)
        seen["ids"] = found[0]
        return found

    def review_queue(review, count, **options):
        if what_if_pairs is not None and "model" in seen:
            pairs = what_if_pairs(seen["candidates"], seen["ids"])
            seen["what_if"] = what_if(seen["con"], *seen["model"], pairs, [m.name for m in mentions],
                                      agreeing=original_edges)
            seen["what_if_read"] = len(pairs)
        return original_queue(review, count, **options)

    def score_pairs(con, *rest, **options):
        seen["candidates"] = np.sort(con.execute("SELECT pair FROM candidates").fetchnumpy()["pair"])
        original_score(con, *rest, **options)
        found = con.execute("SELECT pair, score FROM name_scores ORDER BY pair").fetchnumpy()
        seen["scores"] = (np.asarray(found["pair"]), np.asarray(found["score"]))

    def agreeing_edges(con, predictions):
        edges = original_edges(con, predictions)
        seen["edges"] = (np.array([e[0] for e in edges], dtype=np.int64), np.array([e[1] for e in edges], dtype=np.int64),
                         np.array([e[2] for e in edges], dtype=np.float64), np.array([e[3] for e in edges], dtype=bool))
        seen["fields"] = con.execute("SELECT uid, whole, gender, birth_lo, birth_hi, place, facility, detained_lo, "
                                     "detained_hi, home FROM mentions ORDER BY uid").fetchall()
        seen["con"] = con
        return edges

    L.score_pairs, L.agreeing_edges = score_pairs, agreeing_edges
    L.predict, L.cluster, L.review_queue = predict, cluster, review_queue
    try:
        seen["result"] = L.link_mentions(mentions)
    finally:
        L.score_pairs, L.agreeing_edges = original_score, original_edges
        L.predict, L.cluster, L.review_queue = original_predict, original_cluster, original_queue
        seen.pop("con", None)
        seen.pop("model", None)
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mentions", type=Path)
    parser.add_argument("truth", type=Path)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--sample", type=int, default=0, help="read this many true pairs drawn at random (0: all)")
    parser.add_argument("--save", type=Path, help="keep the run in this .npz for bench/link_replay.py")
    parser.add_argument("--false", action="store_true",
                        help="also attribute the false pairs to the merges that made them (see false_merges)")
    parser.add_argument("--what-if", type=int, default=0,
                        help="draw this many of the block cap's losses and say what the model would have made of them")
    parser.add_argument("--save-only", action="store_true", help="with --save: keep the run and stop (no breakdown)")
    parser.add_argument("--floor", type=float, default=None,
                        help="predict from this match probability (below LINK_REVIEW) and keep those edges in --save")
    parser.add_argument("--unreadable-years", choices=("refuse", "unknown"), default="refuse",
                        help="a year cell that is no year refuses the file (default) or is read as unknown, "
                        "as `guwah link-records --unreadable-years` does")
    parser.add_argument("--dump", type=Path,
                        help="write every lost true pair read, with its kind and both mentions' cells, to this CSV "
                        "(and with --false each merge that added false pairs to its .false.csv)")
    args = parser.parse_args()
    if args.floor is not None:
        # `predict` reads the module's LINK_REVIEW at call time; `cluster` and the review queue
        # keep theirs (bound when defined), so the run's clusters are unchanged.
        L.LINK_REVIEW = args.floor
    mentions = read_mentions(args.mentions, max_rows=10**7, unreadable_years=args.unreadable_years)
    index = {m.mention_id: i for i, m in enumerate(mentions)}
    with args.truth.open(encoding="utf-8") as handle:
        person = {index[row["mention_id"]]: row["person_id"] for row in csv.DictReader(handle)}
    _, keys = feature_columns(mentions)
    keys = [[key.removesuffix(BRIDGE) for key in found] for found in keys]  # bridges block as any key
    what_if_pairs = None
    if args.what_if:
        def what_if_pairs(candidates, ids):
            # the true pairs lost that share a name key and were never candidates (the block cap)
            capped = [(a, b) for uids in groups.values() for a, b in itertools.combinations(sorted(uids), 2)
                      if ids[a] != ids[b] and set(keys[a]) & set(keys[b])
                      and not contains(candidates, a * L.PAIR_SHIFT + b)]
            return random.Random(2).sample(capped, min(args.what_if, len(capped)))
    groups = defaultdict(list)
    for uid, pid in person.items():
        groups[pid].append(uid)
    seen = watch(mentions, what_if_pairs)
    result = seen["result"]
    if args.save:
        persons: dict[str, int] = {}
        edge_a, edge_b, edge_p, edge_agrees = seen["edges"]
        edge_keys = edge_a * L.PAIR_SHIFT + edge_b
        at = np.minimum(np.searchsorted(seen["scores"][0], edge_keys), max(len(seen["scores"][0]) - 1, 0))
        edge_scores = np.where(seen["scores"][0][at] == edge_keys, seen["scores"][1][at], 0.0)
        cols = ("uid", "whole", "gender", "birth_lo", "birth_hi", "place", "facility", "detained_lo", "detained_hi", "home")
        fields = {name: np.array([row[i] for row in seen["fields"]], dtype=object) for i, name in enumerate(cols)}
        np.savez_compressed(args.save, a=edge_a, b=edge_b, p=edge_p, agrees=edge_agrees, score=edge_scores,
                            person=np.array([persons.setdefault(person[uid], len(persons)) for uid in range(len(mentions))]),
                            cluster=np.array(result.cluster_ids), floor=np.array(L.LINK_REVIEW),
                            initialled=np.array(L.initialled_names([m.name for m in mentions]), dtype=bool),
                            **{f"f_{k}": v for k, v in fields.items()})
        if args.save_only:
            return
    ids = result.cluster_ids
    # What each final cluster says (the linker's own Summary), to name the field of a refused merge.
    summaries: dict[int, L.Summary] = {}
    for uid, row in enumerate(seen["fields"]):
        row = dict(zip(("uid", "whole", "gender", "birth_lo", "birth_hi", "place", "facility", "detained_lo",
                        "detained_hi", "home"), row, strict=True))
        summary = L.Summary(row["gender"], row["birth_lo"], row["birth_hi"], row["home"], row["detained_lo"],
                            row["detained_hi"])
        if ids[uid] in summaries:
            summaries[ids[uid]].absorb(summary)
        else:
            summaries[ids[uid]] = summary
    edge_a, edge_b, edge_p, edge_agrees = seen["edges"]
    edge_keys = edge_a * L.PAIR_SHIFT + edge_b
    edge_order = np.argsort(edge_keys)
    edge_table = (edge_keys[edge_order], np.arange(len(edge_keys))[edge_order])
    total = sum(len(uids) * (len(uids) - 1) // 2 for uids in groups.values())
    lost_pairs = [(a, b) for uids in groups.values() for a, b in itertools.combinations(sorted(uids), 2)
                  if ids[a] != ids[b]]
    read = lost_pairs
    if args.sample and args.sample < len(lost_pairs):
        read = random.Random(1).sample(lost_pairs, args.sample)
    scale = len(lost_pairs) / max(len(read), 1)
    lost, examples = Counter(), defaultdict(list)
    dumped: list | None = [] if args.dump else None
    name_lost = defaultdict(Counter)
    cols = ("uid", "whole", "gender", "birth_lo", "birth_hi", "place", "facility", "detained_lo", "detained_hi", "home")
    for a, b in read:
        pair = a * L.PAIR_SHIFT + b
        score = lookup(seen["scores"], pair)
        edge = lookup(edge_table, pair)
        if not set(keys[a]) & set(keys[b]):
            kind = "never candidates: no shared name key"
        elif not contains(seen["candidates"], pair):
            kind = "never candidates: block cap"
        elif score is None:
            kind = "name score < PAIR_FLOOR"
        elif edge is None or edge_p[edge] < LINK_REVIEW:  # (edges under it are kept with --floor)
            kind = f"p < LINK_REVIEW, name {'same' if score >= SAME_NAME else 'similar'}"
        else:
            p, agrees = edge_p[edge], edge_agrees[edge]
            if p >= LINK_AUTO or (agrees and p >= LINK_AGREE):
                kind = "linkable edge, refused by a cluster conflict: " + "+".join(
                    cluster_conflicts(summaries[ids[a]], summaries[ids[b]]) or ["none left"])
            elif agrees:
                kind = "LINK_REVIEW <= p < LINK_AGREE, names and fields agree"
            elif score < SIMILAR_NAME:
                kind = "LINK_REVIEW <= p < LINK_AUTO, name under SIMILAR_NAME"
            else:
                fa, fb = dict(zip(cols, seen["fields"][a], strict=True)), dict(zip(cols, seen["fields"][b], strict=True))
                why = []
                if fa["gender"] and fb["gender"] and fa["gender"] != fb["gender"]:
                    why.append("gender")
                if fa["birth_lo"] is not None and fb["birth_lo"] is not None and L.apart(
                        (fa["birth_lo"], fa["birth_hi"]), (fb["birth_lo"], fb["birth_hi"]), 3):
                    why.append("birth")
                if fa["home"] and fb["home"] and not L.nested(fa["home"], fb["home"]):
                    why.append("hometown")
                if fa["detained_lo"] is not None and fb["detained_lo"] is not None and L.apart(
                        (fa["detained_lo"], fa["detained_hi"]), (fb["detained_lo"], fb["detained_hi"]), 1):
                    why.append("detained")
                kind = "LINK_REVIEW <= p < LINK_AUTO, field differs: " + "+".join(why)
        lost[kind] += 1
        if dumped is not None:
            dumped.append((kind, mentions[a], mentions[b], score))
        if "name" in kind or "candidates" in kind:
            for name_kind in name_kinds(mentions[a].name, mentions[b].name):
                name_lost[kind][name_kind] += 1
        if len(examples[kind]) < args.examples:
            examples[kind].append((mentions[a], mentions[b], score))
    if dumped:
        fields = ("name", "gender", "birth_year", "hometown", "facility", "detained_year")
        with args.dump.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(["kind", "score", *(f"{f}_a" for f in fields), *(f"{f}_b" for f in fields)])
            for kind, x, y, score in dumped:
                out.writerow([kind, score, *(getattr(x, f) for f in fields), *(getattr(y, f) for f in fields)])
    made = sum(n * (n - 1) // 2 for n in Counter(ids).values())
    right = sum(n * (n - 1) // 2 for n in Counter((ids[uid], person[uid]) for uid in range(len(mentions))).values())
    precision, recall = right / max(made, 1), right / max(total, 1)
    print(f"pairwise P / R / F1 {precision:.4f} / {recall:.4f} / {2 * precision * recall / max(precision + recall, 1e-9):.4f}")
    if args.false:
        false_merges(seen, person, mentions, args.examples,
                     args.dump.with_suffix(".false.csv") if args.dump else None)
    if "what_if" in seen:
        read_pairs = max(seen["what_if_read"], 1)
        print(f"the block cap's losses had they been candidates ({seen['what_if_read']} drawn; shares):")
        for outcome in ("linkable", "review only", "p < LINK_REVIEW", "under"):
            label = "name score < PAIR_FLOOR" if outcome == "under" else outcome
            print(f"{seen['what_if'][outcome] / read_pairs:8.1%}  {label}")
    sampled = f", {len(read)} of them read, counts scaled by {scale:.2f}" if scale > 1 else ""
    print(f"true pairs {total}, lost {len(lost_pairs)} (recall {1 - len(lost_pairs) / max(total, 1):.3f}){sampled}")
    for kind, count in lost.most_common():
        count = round(count * scale)
        print(f"{count:8d}  {count / total:6.1%}  {kind}")
        for name_kind, n in name_lost[kind].most_common(12):
            print(f"{'':18}{round(n * scale):8d}  {name_kind}")
        for a, b, score in examples[kind]:
            print(f"{'':18}{score}  {a.name!r} | {b.name!r}  {a.hometown!r}/{b.hometown!r}  "
                  f"{a.facility!r}/{b.facility!r}  {a.birth_year}/{b.birth_year} {a.detained_year}/{b.detained_year}")


if __name__ == "__main__":
    main()
