"""Benchmark guwah.names: accuracy on the labelled pair set beside OpenSanctions' LogicV2, and speed.

The pair set is split by identity (see split_pairs): the same-name threshold in
guwah/names/settings.py is chosen on the calibration part only (--calibrate prints the choice)
and both parts are reported, each for Guwah's matcher and for LogicV2 (nomenklatura, MIT; the
`bench` extra) in the same run, with precision, recall, F1 and pairs per second.

With --pinyin, each pair with a Chinese transcription of a Uyghur or Kazakh name (dotted, as
伊力哈木·土赫提) is also scored with that name spelt in pinyin in each way lists compiled from
Chinese documents spell it (bench/synth.py's PINYIN_STYLES: capitals, capitalised, tone marks, run
together, a syllable a word), and each pair with a Chinese name in characters with it spelt
"Family Given" in pinyin; the added pairs keep the pair's label and identity and take the kind
"pinyin_<style>" (off by default, so that the figures without it stay comparable).

Usage: python bench/names.py [--pairs bench/data/name-pairs.tsv] [--names 50000]
       [--comparisons 200000] [--threshold T] [--calibrate] [--errors] [--pinyin] [--json]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from itertools import count
from pathlib import Path

from guwah.names import DEFAULT_THRESHOLD, clear_caches, compare_many, keys_many
from guwah.names.forms import TOKEN_SPLIT, name_forms
from guwah.names.settings import SWAP_FACTOR

DEFAULT_PAIRS = Path(__file__).parent / "data" / "name-pairs.tsv"
CALIBRATION_SHARE = 60  # percent of identities whose pairs may be used for tuning
PARTS = ("calibration", "held_back")
# yente's default match threshold for LogicV2 (yente settings: SCORE_THRESHOLD = 0.70).
LOGIC_V2_DEFAULT_THRESHOLD = 0.7
ENTITY_IDS = count()  # entity ids unique across the whole run: nomenklatura caches by id


def load_pairs(path: Path) -> list[dict]:
    """Read the labelled pair set (columns a, b, label, kind, note)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["label"] = int(row["label"])
    return rows


def pinyin_rows(rows: list[dict]) -> list[dict]:
    """The pairs again with their name in Chinese characters spelt in pinyin (see --pinyin)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from pypinyin import lazy_pinyin
    from synth import PINYIN_STYLES, pinyin_spelling

    from guwah.names.chinese import han_name_parts
    from guwah.names.scripts import HAN, detect_script

    added = []
    for row in rows:
        for side, other in (("a", "b"), ("b", "a")):
            name = row[side]
            if detect_script(name) != HAN or detect_script(row[other]) == HAN:
                continue
            if han_name_parts(name)[2]:
                spelt = {style: pinyin_spelling(name, style) for style in PINYIN_STYLES}
            else:
                syllables = lazy_pinyin(name)
                spelt = {"chinese": f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"}
            for style, text in spelt.items():
                # "spells": the spelling and its characters are one identity (`identities`)
                added.append({**row, side: text, "kind": f"pinyin_{style}", "spells": (text, name)})
    return added


def identities(rows: list[dict]) -> dict[str, str]:
    """Each name's identity: the note of its positive pairs, joined across them (union-find).

    A name met only in negative pairs is an identity of its own.
    """
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        parent.setdefault(name, name)
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for row in rows:
        find(row["a"]), find(row["b"])
        if "spells" in row:  # a name spelt in pinyin (--pinyin) is its characters' identity
            parent[find(row["spells"][0])] = find(row["spells"][1])
        if row["label"] == 1:
            parent[find(row["a"])] = find(row["b"])
    notes: dict[str, str] = {}
    for row in rows:
        if row["label"] == 1:
            notes.setdefault(find(row["a"]), row["note"])
    return {name: "id:" + notes.get(find(name), "name:" + find(name)) for name in parent}


def part_of(identity: str) -> str:
    """The part an identity falls in, by a hash of its key (stable across runs and machines)."""
    bucket = int(hashlib.sha256(identity.encode("utf-8")).hexdigest(), 16) % 100
    return PARTS[0] if bucket < CALIBRATION_SHARE else PARTS[1]


def split_pairs(rows: list[dict]) -> dict[str, list[dict]]:
    """Split pairs by identity so that no person has pairs on both sides.

    Returns:
        {"calibration": [...], "held_back": [...], "straddling": [...]}: a negative pair whose
        two people fall in different parts belongs to neither and is left out of both.
    """
    identity = identities(rows)
    split: dict[str, list[dict]] = {"calibration": [], "held_back": [], "straddling": []}
    for row in rows:
        part_a, part_b = part_of(identity[row["a"]]), part_of(identity[row["b"]])
        split[part_a if part_a == part_b else "straddling"].append(row)
    return split


def score_pairs(rows: list[dict], scores: list[float], threshold: float) -> dict:
    """Precision, recall, F1 overall and accuracy per kind at a threshold."""
    tp = fp = fn = tn = 0
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    for row, score in zip(rows, scores, strict=True):
        predicted = score >= threshold
        actual = row["label"] == 1
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not predicted and not actual
        kinds[row["kind"]][0] += predicted == actual
        kinds[row["kind"]][1] += 1
        if predicted != actual:
            errors.append({"a": row["a"], "b": row["b"], "label": row["label"],
                           "kind": row["kind"], "score": round(score, 3)})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": len(rows), "threshold": threshold, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "by_kind": {kind: {"pairs": n, "accuracy": round(ok / n, 4)}
                    for kind, (ok, n) in sorted(kinds.items())},
        "errors": errors,
    }


def best_threshold(rows: list[dict], scores: list[float], floor: float = 0.0) -> float:
    """The threshold with the highest F1 (then precision) on these pairs: midway between scores.

    Args:
        floor: the lowest threshold allowed (Guwah's: above swap_factor, since a swap of bare
            given names goes to review by policy, whatever the labels say).
    """
    cuts = sorted(set(scores))
    candidates = [(x + y) / 2 for x, y in zip(cuts, cuts[1:], strict=False)] or cuts
    candidates = [cut for cut in candidates if cut > floor] or [max(cuts)]
    best = max(candidates, key=lambda t: (score_pairs(rows, scores, t)["f1"],
                                          score_pairs(rows, scores, t)["precision"]))
    return round(best, 3)


def guwah_scores(rows: list[dict]) -> tuple[list[float], float]:
    """Guwah's scores of the pairs and pairs per second, names prepared inside the timing."""
    clear_caches()
    compare_many([("Warm Up", "Warm Upp")])  # load pypinyin and numpy outside the timing
    start = time.perf_counter()
    scores = compare_many([(row["a"], row["b"]) for row in rows])
    return scores, len(rows) / (time.perf_counter() - start)


def logic_v2_scores(rows: list[dict]) -> tuple[list[float], float] | None:
    """LogicV2's scores of the pairs as two Person entities with one name each, or None."""
    try:
        from followthemoney import model
        from nomenklatura.matching import LogicV2
    except ImportError:
        return None
    config = LogicV2.default_config()

    def person(entity_id: str, name: str):
        entity = model.make_entity("Person")
        entity.id = entity_id
        entity.add("name", name)
        return entity

    LogicV2.compare(person("warm-a", "Warm Up"), person("warm-b", "Warm Upp"), config)
    start = time.perf_counter()
    scores = [LogicV2.compare(person(f"a{next(ENTITY_IDS)}", row["a"]),
                              person(f"b{next(ENTITY_IDS)}", row["b"]), config).score
              for row in rows]
    return scores, len(rows) / (time.perf_counter() - start)


def accuracy_table(split: dict[str, list[dict]], threshold: float, with_errors: bool) -> dict:
    """Both matchers on both parts; LogicV2 at its default threshold and at its calibrated best."""
    result: dict = {"split": {name: len(rows) for name, rows in split.items()},
                    "matchers": {}}
    guwah = {part: guwah_scores(split[part]) for part in PARTS}
    result["calibrated_threshold"] = best_threshold(split["calibration"],
                                                    guwah["calibration"][0], SWAP_FACTOR)
    rows_out = result["matchers"]
    rows_out["guwah"] = {}
    for part in PARTS:
        figures = score_pairs(split[part], guwah[part][0], threshold)
        figures["pairs_per_s"] = round(guwah[part][1])
        rows_out["guwah"][part] = figures
    logic = {part: logic_v2_scores(split[part]) for part in PARTS}
    if logic["calibration"] is None:
        result["logic_v2"] = ("not installed: ./dev bench-setup (nomenklatura) to run "
                              "OpenSanctions' LogicV2 beside Guwah")
    else:
        best = best_threshold(split["calibration"], logic["calibration"][0])
        for label, cut in (("logic_v2_default", LOGIC_V2_DEFAULT_THRESHOLD),
                           ("logic_v2_calibrated", best)):
            rows_out[label] = {}
            for part in PARTS:
                figures = score_pairs(split[part], logic[part][0], cut)
                figures["pairs_per_s"] = round(logic[part][1])
                rows_out[label][part] = figures
    if not with_errors:
        for matcher in rows_out.values():
            for figures in matcher.values():
                figures["misclassified"] = len(figures.pop("errors"))
    return result


def heldout_table(rows: list[dict], threshold: float) -> dict:
    """Both matchers on a whole held-out set (never split, never used to set anything).

    LogicV2 runs at its default threshold and at its best on the project's calibration part.
    """
    result: dict = {"pairs": len(rows), "matchers": {}}
    scores, speed = guwah_scores(rows)
    result["matchers"]["guwah"] = {**score_pairs(rows, scores, threshold), "pairs_per_s": round(speed)}
    logic = logic_v2_scores(rows)
    if logic is None:
        result["logic_v2"] = "not installed: ./dev bench-setup (nomenklatura)"
    else:
        calibration = split_pairs(load_pairs(DEFAULT_PAIRS))["calibration"]
        best = best_threshold(calibration, logic_v2_scores(calibration)[0])
        for label, cut in (("logic_v2_default", LOGIC_V2_DEFAULT_THRESHOLD), ("logic_v2_calibrated", best)):
            result["matchers"][label] = {**score_pairs(rows, logic[0], cut), "pairs_per_s": round(logic[1])}
    for figures in result["matchers"].values():
        figures["misclassified"] = len(figures.pop("errors"))
    return result


def synthetic_names(rows: list[dict], count: int, seed: int = 7) -> list[str]:
    """Distinct names made by combining name parts of the pair set within each script."""
    rng = random.Random(seed)
    parts_by_script: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for name in (row["a"], row["b"]):
            script = name_forms(name).script
            if script == "Hani":
                parts = [p for p in TOKEN_SPLIT.split(name) if p]
                if len(parts) < 2:
                    continue
            else:
                parts = [p for p in name.split() if p]
            parts_by_script[script].update(parts)
    pools = {script: sorted(parts) for script, parts in parts_by_script.items() if len(parts) > 5}
    scripts = sorted(pools)
    names: set[str] = set()
    while len(names) < count:
        script = rng.choice(scripts)
        pool = pools[script]
        size = rng.choice((2, 2, 2, 3))
        joiner = "·" if script == "Hani" else " "
        names.add(joiner.join(rng.sample(pool, size)))
    return sorted(names, key=lambda _: rng.random())


def time_keys(names: list[str], repeat: int) -> dict:
    """Names per second for blocking keys, cold (all caches emptied) and warm; best of repeat."""
    cold, warm = [], []
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        keys_many(names)
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        keys_many(names)
        warm.append(time.perf_counter() - start)
    return {"names": len(names), "repeat": repeat,
            "cold_per_s": round(len(names) / min(cold)),
            "cold_per_s_median": round(len(names) / statistics.median(cold)),
            "warm_per_s": round(len(names) / min(warm))}


def time_comparisons(names: list[str], count: int, repeat: int, seed: int = 11) -> dict:
    """Comparisons per second over distinct pairs, with per-name features prepared or not."""
    rng = random.Random(seed)
    # Half random pairs, half near pairs (names sharing a blocking key), as a linker sees them.
    by_key: dict[str, list[str]] = defaultdict(list)
    for name, keys in zip(names, keys_many(names), strict=True):
        for key in keys:
            if key.startswith("n:"):
                by_key[key].append(name)
    near: set[tuple[str, str]] = set()
    for group in by_key.values():
        group = group[:60]  # bound the quadratic blow-up of very common keys
        near.update((a, b) for i, a in enumerate(group) for b in group[i + 1:])
    near_list = sorted(near)
    rng.shuffle(near_list)
    pairs: set[tuple[str, str]] = set(near_list[: count // 2])
    while len(pairs) < count:
        pairs.add(tuple(rng.sample(names, 2)))
    pair_list = list(pairs)
    rng.shuffle(pair_list)
    cold, warm = [], []
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        compare_many(pair_list)
        cold.append(time.perf_counter() - start)  # includes preparing every name once
        start = time.perf_counter()
        compare_many(pair_list)
        warm.append(time.perf_counter() - start)  # names prepared; every pair compared afresh
    return {"comparisons": len(pair_list),
            "distinct_names": len({n for p in pair_list for n in p}), "repeat": repeat,
            "cold_per_s": round(len(pair_list) / min(cold)),
            "warm_per_s": round(len(pair_list) / min(warm)),
            "warm_per_s_median": round(len(pair_list) / statistics.median(warm))}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--names", type=int, default=50_000, help="0 skips the speed figures")
    parser.add_argument("--comparisons", type=int, default=200_000)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    parser.add_argument("--calibrate", action="store_true",
                        help="print the threshold with the best F1 on the calibration part")
    parser.add_argument("--errors", action="store_true", help="list misclassified pairs")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--pinyin", action="store_true",
                        help="also score each pair with its name in Chinese characters spelt in pinyin")
    parser.add_argument("--heldout", type=Path,
                        help="score a held-out pair set whole (bench/data/heldout/name-pairs.tsv), nothing else")
    args = parser.parse_args(argv)

    if args.heldout:
        table = heldout_table(load_pairs(args.heldout), args.threshold)
        if args.json:
            sys.stdout.write(json.dumps(table, ensure_ascii=False, indent=2) + "\n")
            return 0
        print(f"held-out pairs {table['pairs']} ({args.heldout}), written by someone who never read the code")
        for matcher, f in table["matchers"].items():
            print(f"{matcher:<20} thresh {f['threshold']:>6} P {f['precision']:.3f} R {f['recall']:.3f}"
                  f" F1 {f['f1']:.3f}  {f['pairs_per_s']:,} pairs/s  tp/fp/fn/tn {f['tp']}/{f['fp']}/{f['fn']}/{f['tn']}")
        if "logic_v2" in table:
            print(f"LogicV2 {table['logic_v2']}")
        return 0
    rows = load_pairs(args.pairs)
    if args.pinyin:
        rows += pinyin_rows(rows)
    split = split_pairs(rows)
    result = {"accuracy": accuracy_table(split, args.threshold, args.errors)}
    if args.calibrate:
        print(result["accuracy"]["calibrated_threshold"])
        return 0
    if args.names:
        names = synthetic_names(rows, args.names)
        result["keys"] = time_keys(names, args.repeat)
        result["comparisons"] = time_comparisons(names, args.comparisons, args.repeat)
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 0
    acc = result["accuracy"]
    print(f"pairs {len(rows)}: calibration {acc['split']['calibration']}, held back"
          f" {acc['split']['held_back']}, straddling (left out) {acc['split']['straddling']};"
          f" threshold {args.threshold} (best F1 on calibration: {acc['calibrated_threshold']})")
    print(f"{'matcher':<20} {'part':<12} {'thresh':>6} {'P':>6} {'R':>6} {'F1':>6} {'pairs/s':>9}"
          f"  tp/fp/fn/tn")
    for matcher, parts in acc["matchers"].items():
        for part, f in parts.items():
            print(f"{matcher:<20} {part:<12} {f['threshold']:>6} {f['precision']:>6.3f}"
                  f" {f['recall']:>6.3f} {f['f1']:>6.3f} {f['pairs_per_s']:>9,}"
                  f"  {f['tp']}/{f['fp']}/{f['fn']}/{f['tn']}")
    if "logic_v2" in acc:
        print(f"LogicV2 {acc['logic_v2']}")
    for part in PARTS:
        print(f"guwah by kind, {part}:")
        for kind, figures in acc["matchers"]["guwah"][part]["by_kind"].items():
            print(f"  {kind:<24} {figures['pairs']:>4} pairs  accuracy {figures['accuracy']:.3f}")
    if "keys" in result:
        keys, comparisons = result["keys"], result["comparisons"]
        print(f"keys: {keys['names']} distinct names, {keys['cold_per_s']:,} names/s cold"
              f" (caches emptied; median {keys['cold_per_s_median']:,}),"
              f" {keys['warm_per_s']:,} names/s warm (cached); best of {keys['repeat']}")
        print(f"compare: {comparisons['comparisons']} distinct pairs over"
              f" {comparisons['distinct_names']} names, {comparisons['warm_per_s']:,}"
              f" comparisons/s with names prepared (median {comparisons['warm_per_s_median']:,};"
              f" every pair computed afresh), {comparisons['cold_per_s']:,}/s cold (preparing each"
              f" name inside the timing); best of {comparisons['repeat']}")
    for matcher, parts in acc["matchers"].items():
        for part, f in parts.items():
            for error in f.get("errors", []):
                print(f"    {matcher} {part} {error['label']} {error['score']:.3f}"
                      f" {error['kind']:<22} {error['a']} | {error['b']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
