"""What the rows allow: the false pairs no linker can avoid on a tuning generator, and an oracle.

`bench/link_ceiling.py --generator e|d --records N --seed S --facilities CSV` runs the tuning
generator (bench/linkgen-e or -d) in this process, keeping its persons (the generator's own
records of each person: name parts, gender, birth date, home, facilities, detention years), and
reads back the mentions it wrote. Two persons are *namesakes* when the generator renders their
names from the same parts (and, since renderings depend on it, the same gender and ethnicity):
their rows' names are draws from one distribution, whatever the spelling.

It prints:
- the pairs of mentions of two different namesakes whose every other column (gender, birth year,
  hometown, facility, detention year) is empty on a side or rendered from the same value of the
  person (strict: the whole birth date, home county, town and residence, the list of facilities,
  the list of detention years must be the same). No linker can tell such rows apart: they are a
  lower bound on the indistinguishable pairs (values that differ only below what a row shows
  count as different here).
- two oracles that know every person but read only the rows: a mention is *ambiguous* when
  another namesake's values agree with every column it shows. "Oracle, ambiguous alone" keeps
  every unambiguous mention with its person and leaves the ambiguous ones alone (precision 1);
  "oracle, ambiguous to the most mentioned" puts an ambiguous mention with the namesake that has
  the most mentions among those its row fits (the best bet without more evidence). Both are
  upper bounds: they know the population, read every spelling and typo perfectly, and see the
  values behind the rows.

Tuning figures only (the generators are tuning generators). Held-out generators are never run.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

FIELDS = ("gender", "birth_year", "hometown", "facility", "detained_year")


def load_generator(letter: str):
    path = Path(__file__).parent / f"linkgen-{letter}" / "generate.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(f"linkgen_{letter}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def persons_e(records: int, seed: int, out: str, facilities: str) -> dict[str, tuple]:
    """Generator E's persons by truth id: (name parts with the grandfather's, name parts without
    it, then one value per FIELDS)."""
    gen = load_generator("e")
    kept: list[dict] = []
    original = gen.pick_facilities

    def pick(rng, p, *rest):
        kept.append(p)  # called once per person, in the order of their ids
        return original(rng, p, *rest)

    gen.pick_facilities = pick
    gen.generate(records, seed, out, facilities)
    found = {}
    for pid, p in enumerate(kept, 1):
        name = (p["eth"], p["female"], p["given"], p["father"])
        found[f"P{pid}"] = ((*name, p.get("grand")), name, p["female"], (p["by"], p["bm"], p["bd"]), (p["home"], p["town"], p["res"]),
                            tuple(id(f) for f in p["facs"]), p.get("det"))
    return found


def persons_d(records: int, seed: int, out: str, facilities: str) -> dict[str, tuple]:
    """Generator D's persons by truth id."""
    gen = load_generator("d")
    kept: list = []
    original = gen.make_clan

    def clan(*args):
        made = original(*args)
        kept.extend(made or [])
        return made

    gen.make_clan = clan
    gen.generate(records, seed, out, facilities)
    found = {}
    for p in kept:
        name = (p.eth, p.g, p.sur, p.given, p.father)
        found[f"P{p.pid:07d}"] = ((*name, p.gfather), name, p.g, (p.by, p.bm, p.bd, p.idsfx), (id(p.county), p.town, id(p.res)),
                                  tuple(id(f) for f in p.facs), tuple(p.years))
    return found


def pairs(counts) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def pairwise(labels: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    both = Counter(zip(labels.tolist(), truth.tolist(), strict=True))
    tp = pairs(both.values())
    predicted = pairs(Counter(labels.tolist()).values())
    true = pairs(Counter(truth.tolist()).values())
    p = tp / predicted if predicted else 1.0
    r = tp / true if true else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generator", choices=("e", "d"), required=True)
    parser.add_argument("--records", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--facilities", required=True)
    parser.add_argument("--clusters", type=Path,
                        help="a linker's output (mention_id,cluster_id) for the same data: sort its false pairs by kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guwah-ceiling-") as out:
        make = persons_e if args.generator == "e" else persons_d
        persons = make(args.records, args.seed, out, args.facilities)
        with open(Path(out) / "truth.csv", encoding="utf-8") as handle:
            owner = {row["mention_id"]: row["person_id"] for row in csv.DictReader(handle)}
        shown_rows, pids, ids = [], [], []
        with open(Path(out) / "mentions.csv", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                pids.append(owner[row["mention_id"]])
                ids.append(row["mention_id"])
                shown_rows.append([bool(row[f].strip()) for f in FIELDS])
    person_ids = {pid: i for i, pid in enumerate(sorted(set(pids)))}
    person = np.array([person_ids[pid] for pid in pids])
    shown = np.array(shown_rows, dtype=bool)
    # values as small integers, per person then per mention
    codes: list[dict] = [{} for _ in range(len(FIELDS) + 2)]
    values = np.zeros((len(person_ids), len(FIELDS) + 2), dtype=np.int64)
    for pid, i in person_ids.items():
        for j, value in enumerate(persons[pid]):
            table = codes[j]
            if value not in table:
                table[value] = len(table)
            values[i, j] = table[value]
    attrs = values[person, 2:]
    n = len(person)
    true_pairs = pairs(Counter(person.tolist()).values())
    mentions_of = np.bincount(person)
    print(f"generator {args.generator.upper()}, {n:,} mentions of {len(person_ids):,} persons, seed {args.seed}; "
          f"true pairs {true_pairs:,}")
    for which, key in (("name without the grandfather's (rendered in under 6 % of rows)", 1),
                       ("name with the grandfather's (strict)", 0)):
        print(f" namesakes: {which}")
        namesakes(values, values[person, key], person, attrs, shown, mentions_of, true_pairs)
    if args.clusters:
        with args.clusters.open(encoding="utf-8") as handle:
            found = {row["mention_id"]: row["cluster_id"] for row in csv.DictReader(handle)}
        numbers: dict[str, int] = {}
        clusters = np.array([numbers.setdefault(found[mention], len(numbers)) for mention in ids])
        false_pairs(clusters, person, values[person, 1], attrs, shown)


def false_pairs(clusters, person, name, attrs, shown) -> None:
    """Sort a linker's false pairs (two persons in one cluster) by what their rows show."""
    kinds: Counter = Counter()
    by_size: Counter = Counter()
    order = np.argsort(clusters, kind="stable")
    bounds = np.flatnonzero(np.diff(clusters[order])) + 1
    for group in np.split(order, bounds):
        if len(group) < 2 or len(np.unique(person[group])) < 2:
            continue
        left, right = np.triu_indices(len(group), 1)
        x, y = group[left], group[right]
        wrong = person[x] != person[y]
        x, y = x[wrong], y[wrong]
        by_size[min(len(group).bit_length() - 1, 8)] += len(x)
        namesake = name[x] == name[y]
        differs = [shown[x, f] & shown[y, f] & (attrs[x, f] != attrs[y, f]) for f in range(len(FIELDS))]
        hidden = [~(shown[x, f] & shown[y, f]) & (attrs[x, f] != attrs[y, f]) for f in range(len(FIELDS))]
        for i in range(len(x)):
            if not namesake[i]:
                kinds["names differ (not namesakes)"] += 1
                continue
            shown_differ = [FIELDS[f] for f in range(len(FIELDS)) if differs[f][i]]
            if shown_differ:
                kinds["namesakes, rows differ on " + "+".join(shown_differ)] += 1
            elif any(hidden[f][i] for f in range(len(FIELDS))):
                kinds["namesakes, rows indistinguishable (persons differ only where a row is empty)"] += 1
            else:
                kinds["namesakes, persons alike in every column"] += 1
    total = sum(kinds.values())
    print(f" the linker's false pairs: {total:,}")
    for kind, count in kinds.most_common(14):
        print(f"  {count:>10,} ({count / max(total, 1):.3f})  {kind}")
    print("  by cluster size (2^k mentions): " + ", ".join(f"{2 ** k}+: {count:,}" for k, count in sorted(by_size.items())))


def namesakes(values, name, person, attrs, shown, mentions_of, true_pairs) -> None:
    """Print the indistinguishable pairs and the two oracles for one reading of "namesakes"."""
    n = len(person)

    indistinguishable = 0
    same_name_pairs = 0
    ambiguous = np.zeros(n, dtype=bool)
    bet = person.copy()
    order = np.argsort(name, kind="stable")
    bounds = np.flatnonzero(np.diff(name[order])) + 1
    for group in np.split(order, bounds):
        members = np.unique(person[group])
        if len(members) < 2:
            continue
        same_name_pairs += len(group) * (len(group) - 1) // 2 - pairs(Counter(person[group].tolist()).values())
        # pairs of rows: every field empty on a side or from the same value
        for start in range(0, len(group), 2000):
            rows = group[start:start + 2000]
            ok = person[rows][:, None] != person[group][None, :]
            ok &= np.arange(start, start + len(rows))[:, None] < np.arange(len(group))[None, :]
            for f in range(len(FIELDS)):
                ok &= ~(shown[rows, f][:, None] & shown[group, f][None, :]
                        & (attrs[rows, f][:, None] != attrs[group, f][None, :]))
            indistinguishable += int(ok.sum())
        # a row against every namesake person: which persons it fits
        fits = np.ones((len(group), len(members)), dtype=bool)
        for f in range(len(FIELDS)):
            fits &= ~(shown[group, f][:, None] & (attrs[group, f][:, None] != values[members, f + 2][None, :]))
        many = fits.sum(axis=1) > 1
        ambiguous[group[many]] = True
        weight = np.where(fits, mentions_of[members][None, :], -1)
        bet[group[many]] = members[np.argmax(weight[many], axis=1)]
    alone = np.where(ambiguous, n + np.arange(n), person)
    print(f"  pairs of namesakes' mentions (different persons, one name) {same_name_pairs:,}")
    print(f"  indistinguishable pairs of different persons {indistinguishable:,} "
          f"({indistinguishable / max(true_pairs, 1):.3f} of the true pairs)")
    print(f"  ambiguous mentions {int(ambiguous.sum()):,} ({ambiguous.mean():.3f})")
    for label, labels in (("oracle, ambiguous alone", alone), ("oracle, ambiguous to the most mentioned", bet)):
        p, r, f1 = pairwise(labels, person)
        print(f"  {label:42s} P {p:.4f} R {r:.4f} F1 {f1:.4f}")


if __name__ == "__main__":
    main()
