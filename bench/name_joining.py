"""How often a name of one word meets a name of several words only through their words joined
(`guwah.names.compare.with_joined`: "Ahmet Yasin" = "Ahmetyasin"), and whether the people behind
them are one person (h-names14, issue 10/12 follow-up; tuning generators only).

For a generator's mentions and truth: every pair of distinct names, one of one part and one of
several, that share their whole-name blocking key (the key a name of several parts has of its parts
run together, `guwah.names.keys`) is scored by compare_names with the rule and without it; the pairs
at or above the threshold only with it are the rule's matches. Each is counted as name pairs (true
when the two names are used of one person at least once) and as mention pairs (same person or
not), by the scripts of the two names and the number of parts of the longer.

Usage: python bench/name_joining.py --mentions M.csv --truth T.csv [--threshold T]
       python bench/name_joining.py --pairs bench/data/name-pairs.tsv
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from guwah.names import DEFAULT_THRESHOLD, compare_names, name_forms
from guwah.names import compare as compare_module
from guwah.names.forms import skeleton_of
from guwah.names.keys import name_keys


def without_joining(a: str, b: str) -> float:
    """compare_names(a, b) with the one-word-against-joined rule switched off."""
    joined = compare_module.with_joined
    compare_module.with_joined = lambda readings: readings
    try:
        return compare_module.compare_forms(name_forms(a), name_forms(b))
    finally:
        compare_module.with_joined = joined


def parts_of(name: str) -> int:
    """The most parts of any reading of a name (0 without readings)."""
    readings = name_forms(name).readings
    return max(map(len, readings)) if readings else 0


def joined_keys(name: str) -> set[str]:
    """A name's whole-name keys of its parts run together (one per reading of several parts)."""
    return {"n:" + skeleton_of("".join(p.skeleton for p in reading))
            for reading in name_forms(name).readings if len(reading) > 1}


def script_of(name: str) -> str:
    """"Hani" for a name with Chinese characters, else its detected script."""
    return name_forms(name).script


def written(name: str) -> str:
    """How a one-part name is written: "characters", "Arabic script", "capitals" (letters of an
    alphabet, all capitals), "one capital" (a capital, then small letters), "one capital, pinyin"
    (such a word that shows pinyin: `chinese.shows_pinyin_finals`), "other"."""
    script = script_of(name)
    if script == "Hani":
        return "characters"
    if script == "Arab":
        return "Arabic script"
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "capitals"
    if letters and letters[0].isupper() and all(c.islower() for c in letters[1:]):
        from guwah.names.chinese import shows_pinyin_finals

        plain = "".join(letters).lower()
        return "one capital, pinyin" if plain.isascii() and shows_pinyin_finals(plain) else "one capital"
    return "other"


def rule_matches(names: list[str], threshold: float) -> list[tuple[str, str, float, float]]:
    """Pairs (one-part name, longer name, score, score without the rule) that the rule matches."""
    one = [name for name in names if parts_of(name) == 1]
    longer = [name for name in names if parts_of(name) > 1]
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in one:
        for key in name_keys(name):
            if key.startswith("n:"):
                by_key[key].append(name)
    out = []
    for name in longer:
        candidates = {o for key in joined_keys(name) for o in by_key.get(key, ())}
        for o in candidates:
            score = compare_names(o, name)
            if score >= threshold:
                alone = without_joining(o, name)
                if alone < threshold:
                    out.append((o, name, score, alone))
    return out


def generator(mentions: Path, truth: Path, threshold: float) -> None:
    """Print the rule's matches on one generator's mentions."""
    with truth.open(encoding="utf-8", newline="") as handle:
        person = {row["mention_id"]: row["person_id"] for row in csv.DictReader(handle)}
    per_name: dict[str, Counter] = defaultdict(Counter)
    with mentions.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["name"].strip():
                per_name[row["name"]][person[row["mention_id"]]] += 1
    names = sorted(per_name)
    matches = rule_matches(names, threshold)
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for o, name, _score, _alone in matches:
        a, b = per_name[o], per_name[name]
        same = sum(a[p] * b[p] for p in a.keys() & b.keys())
        total = sum(a.values()) * sum(b.values())
        kind = (written(o), "2 parts" if parts_of(name) == 2 else "3+ parts")
        row = table[kind]
        row[0] += 1
        row[1] += bool(same)
        row[2] += same
        row[3] += total - same
    print(f"{len(names)} names; {len(matches)} name pairs matched only by the joined rule (threshold {threshold})")
    print(f"{'one-part name written in':34} {'longer':9} {'name pairs':>10} {'true':>6} "
          f"{'mention pairs same':>19} {'different':>10}")
    totals = [0, 0, 0, 0]
    for (scripts, size), row in sorted(table.items()):
        print(f"{scripts:34} {size:9} {row[0]:10,} {row[1]:6,} {row[2]:19,} {row[3]:10,}")
        totals = [t + r for t, r in zip(totals, row, strict=True)]
    print(f"{'all':34} {'':9} {totals[0]:10,} {totals[1]:6,} {totals[2]:19,} {totals[3]:10,}")


def pair_set(path: Path, threshold: float) -> None:
    """Print the labelled pairs that the rule decides (same only with it), by label."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    decided = Counter()
    for row in rows:
        a, b = row["a"], row["b"]
        if {parts_of(a), parts_of(b)} & {1} and parts_of(a) != parts_of(b):
            if compare_names(a, b) >= threshold > without_joining(a, b):
                decided[(row["label"], row["kind"])] += 1
    print(f"{len(rows)} labelled pairs; decided by the joined rule: "
          + (", ".join(f"label {label} {kind}: {n}" for (label, kind), n in sorted(decided.items())) or "none"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path)
    parser.add_argument("--truth", type=Path)
    parser.add_argument("--pairs", type=Path)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args()
    if args.pairs:
        pair_set(args.pairs, args.threshold)
    if args.mentions and args.truth:
        generator(args.mentions, args.truth, args.threshold)
    if not args.pairs and not (args.mentions and args.truth):
        parser.error("give --pairs, or --mentions and --truth")


if __name__ == "__main__":
    main()
