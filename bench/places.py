"""Benchmark `guwah places resolve`: one query cold and cached, and 1,000 queries through --stdin.

Each figure is the wall time of a fresh process, as a volunteer or a script would see it:
  cold     the place index is built (empty cache folder) and written;
  cached   the index is read from the cache folder;
  places   the same, through the `places` sub-app alone (without the imports of every other
           command that `guwah` pays at start-up);
  stdin    1,000 queries (names of the gazetteer in every script, with level words, inflected
           forms and nonsense) through `guwah places resolve --stdin --json`.

With --heldout FILE it instead scores the resolver's answers on a held-out query set
(bench/data/heldout/place-queries.tsv, written by someone who never read the code; see its
README): an evaluation only, never to be tuned on. See `heldout_table` for the rules.

Usage: PYTHONPATH=src python bench/places.py [--query Kashgar] [--repeat 5] [--json]
       PYTHONPATH=src python bench/places.py --heldout bench/data/heldout/place-queries.tsv [--json]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

GUWAH = [sys.executable, "-c", "import sys; from guwah.cli import app; app(sys.argv[1:])"]
PLACES = [sys.executable, "-c", "import sys; from guwah.places.cli import places_app; places_app(sys.argv[1:])"]


def run(command: list[str], cache: str, stdin: str | None = None) -> float:
    """Seconds one process takes; fails loudly if the command fails."""
    env = {**os.environ, "GUWAH_CACHE_DIR": cache}
    start = time.perf_counter()
    subprocess.run(command, input=stdin, env=env, check=True, capture_output=True, text=True)
    return time.perf_counter() - start


def queries(count: int) -> list[str]:
    """`count` queries drawn from the gazetteer's own names, with variants and nonsense."""
    from guwah.places.gazetteer import curated_gazetteer

    names = [name for entry in curated_gazetteer().entries.values() for name in entry.all_names()]
    variants = [f"{name} prefecture" for name in names[:50]] + [f"{name}da" for name in names[50:100]]
    nonsense = ["xyzzy", "Blorptown", "Qwxzyv Plokk", "Snorkelburg"] * 10
    pool = names + variants + nonsense
    return [pool[i % len(pool)] for i in range(count)]


# ------------------------------------------------------------------ held-out accuracy

# The gazetteer kinds each level of the held-out set may name (the set's README, "Conventions").
LEVEL_KINDS = {
    "prefecture": {"prefecture", "autonomous_prefecture", "prefecture_city"},
    "ambiguous": {"prefecture", "autonomous_prefecture", "prefecture_city"},  # the wider unit
    "city": {"county_city", "xpcc_city", "district"},  # county-level cities and districts
    "county": {"county", "autonomous_county"},
    "town": {"town"},
    "country": {"country"},
    "china_city": {"city"},  # and in China: see _level_fits
    "foreign_city": {"city"},  # and not in China
}
# Words stripped from the end of an expected name, in two steps: the level word, then the
# autonomy word with the people an autonomous division is named after.
LEVEL_WORDS = ("prefecture", "county", "city", "district", "town")
AUTONOMY_WORDS = ("autonomous", "kazakh", "kirghiz", "kyrgyz", "mongol", "hui", "xibe", "tajik", "uyghur")


def latin_key(text: str) -> str:
    """Lower-case ASCII letters only: diacritics, apostrophes, hyphens and spaces dropped.

    Deliberately not the resolver's own keys, so that the mapping does not share its mistakes;
    a name in another script gives an empty key and is never compared.
    """
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(char for char in text.lower() if "a" <= char <= "z")


def expected_keys(expected: str) -> list[str]:
    """The expected name's keys, most literal first: whole, without the level word, without
    the autonomy words too ("Qapqal Xibe Autonomous County" → qapqalxibeautonomouscounty,
    qapqalxibeautonomous, qapqal)."""
    words = expected.split()
    keys = [latin_key(expected)]
    if len(words) > 1 and words[-1].lower() in LEVEL_WORDS:
        words = words[:-1]
        keys.append(latin_key(" ".join(words)))
    while len(words) > 1 and words[-1].lower() in AUTONOMY_WORDS:
        words = words[:-1]
    keys.append(latin_key(" ".join(words)))
    return list(dict.fromkeys(key for key in keys if key))


def _level_fits(gaz, entry, level: str) -> bool:
    if entry.kind not in LEVEL_KINDS.get(level, ()):
        return False
    in_china = gaz.is_within(entry.id, "country.cn") if "country.cn" in gaz.entries else False
    if level == "china_city":
        return in_china
    if level == "foreign_city":
        return not in_china
    return True


def map_expected(gaz, expected: str, level: str) -> tuple[str | None, str]:
    """The gazetteer entry an expected name means, or None and why not.

    The keys of `expected_keys`, most literal first, are compared with each entry of a kind
    the level allows: first with its names (every script field, long forms), then with its
    aliases. The first comparison that finds entries decides; one entry is the mapping, two or
    more are reported as unmappable (never a guess), none goes on to the next comparison.
    """
    fitting = [entry for entry in gaz.entries.values() if _level_fits(gaz, entry, level)]
    named = {entry.id: {latin_key(n) for n in [*entry.names.values(), *entry.long_names.values()] if n}
             for entry in fitting}
    aliased = {entry.id: {latin_key(n) for n in entry.aliases} for entry in fitting}
    for key in expected_keys(expected):
        for field, table in (("name", named), ("alias", aliased)):
            found = sorted(entry_id for entry_id, keys in table.items() if key in keys)
            if len(found) == 1:
                return found[0], f"{field} {key}"
            if found:
                return None, f"{len(found)} entries of level {level} share {key!r}: {', '.join(found)}"
    return None, f"no entry of level {level} is named {expected!r}"


def load_heldout(path: Path) -> list[dict]:
    """Read the held-out place set (columns query, expected, level, note)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def heldout_table(path: Path) -> dict:
    """The resolver's accuracy on a held-out place set, whole and per level.

    Correct means:
      none        `match` is null;
      ambiguous   `match` is the expected (wider) unit and `ambiguous` is true; the looser
                  figure also counts the expected unit among the candidates;
      any other   `match` is the expected unit; the looser figure also counts it among the
                  candidates.
    Rows whose expected name cannot be mapped to one entry (`map_expected`) are left out of
    every figure and counted. Nothing here is used to set anything: it only measures.
    """
    from guwah.places.resolve import gazetteer, resolve_place

    gaz = gazetteer()
    rows = load_heldout(path)
    per_level: dict[str, Counter] = defaultdict(Counter)
    misses, unmapped, mapping = [], [], {}
    start = time.perf_counter()
    for row in rows:
        level, expected = row["level"], row["expected"]
        if level == "none":
            target = None
        else:
            if (expected, level) not in mapping:
                mapping[(expected, level)] = map_expected(gaz, expected, level)
            target, why = mapping[(expected, level)]
            if target is None:
                unmapped.append({"query": row["query"], "expected": expected, "level": level, "why": why})
                continue
        answer = resolve_place(row["query"])
        got = answer.match.id if answer.match else None
        listed = {c.entry.id for c in answer.candidates}
        if level == "none":
            strict = loose = got is None
        elif level == "ambiguous":
            strict = got == target and answer.ambiguous
            loose = got == target or target in listed
        else:
            strict = got == target
            loose = strict or target in listed
        counts = per_level[level]
        counts["n"] += 1
        counts["correct"] += strict
        counts["loose"] += loose
        if not strict:
            misses.append({
                "query": row["query"], "level": level, "expected": expected, "expected_id": target,
                "got": got, "got_name": answer.match.name if answer.match else None,
                "ambiguous": answer.ambiguous, "among_candidates": target in listed,
                "candidates": [c.entry.id for c in answer.candidates[:4]],
            })
    seconds = time.perf_counter() - start
    total = Counter()
    for counts in per_level.values():
        total.update(counts)

    def figures(counts: Counter) -> dict:
        n = counts["n"]
        return {"n": n, "correct": counts["correct"], "accuracy": round(counts["correct"] / n, 3) if n else None,
                "loose_correct": counts["loose"], "loose_accuracy": round(counts["loose"] / n, 3) if n else None}

    return {
        "file": str(path),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "rows": len(rows),
        "scored": total["n"],
        "unmapped": len(unmapped),
        "overall": figures(total),
        "levels": {level: figures(per_level[level]) for level in sorted(per_level, key=lambda k: -per_level[k]["n"])},
        "misses": misses,
        "unmapped_rows": unmapped,
        "mapping": {f"{expected} ({level})": target for (expected, level), (target, _) in sorted(mapping.items())},
        "queries_per_s": round(total["n"] / seconds, 1) if seconds else None,
    }


def print_heldout(table: dict) -> None:
    overall = table["overall"]
    print(f"held-out place queries: {table['rows']} rows in {table['file']} (sha256 {table['sha256'][:12]}…),"
          f" written by someone who never read the code; never tuned on")
    print(f"scored {table['scored']}, unmapped (left out) {table['unmapped']}")
    print(f"{'level':<14} {'n':>4} {'correct':>8} {'accuracy':>9} {'loose':>6} {'loose acc':>9}")
    for level, f in [*table["levels"].items(), ("overall", overall)]:
        print(f"{level:<14} {f['n']:>4} {f['correct']:>8} {f['accuracy']:>9.3f} {f['loose_correct']:>6}"
              f" {f['loose_accuracy']:>9.3f}")
    print("(loose: ambiguous counts the expected unit as match or candidate, other levels count it"
          " among the candidates; none is the same)")
    if table["unmapped_rows"]:
        print("\nunmapped expected names (not scored):")
        for row in table["unmapped_rows"]:
            print(f"  {row['query']!r}: {row['expected']!r} [{row['level']}] {row['why']}")
    print(f"\nmisses ({len(table['misses'])}):")
    for miss in table["misses"]:
        got = f"{miss['got']} ({miss['got_name']})" if miss["got"] else "null"
        flags = (" ambiguous" if miss["ambiguous"] else "") + (" [expected among candidates]" if miss["among_candidates"] else "")
        print(f"  {miss['query']!r} [{miss['level']}] expected {miss['expected'] or 'null'}"
              f" ({miss['expected_id']}), got {got}{flags}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="Kashgar")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--heldout", type=Path,
                        help="score the resolver on a held-out query set (bench/data/heldout/place-queries.tsv), nothing else")
    args = parser.parse_args()
    if args.heldout:
        table = heldout_table(args.heldout)
        if args.json:
            print(json.dumps(table, ensure_ascii=False, indent=2))
        else:
            print_heldout(table)
        return
    with tempfile.TemporaryDirectory(prefix="guwah-bench-") as cache:
        one = ["places", "resolve", args.query, "--json"]
        cold = run(GUWAH + one, cache)
        cached = [run(GUWAH + one, cache) for _ in range(args.repeat)]
        places = [run(PLACES + one[1:], cache) for _ in range(args.repeat)]
        bare = [run([sys.executable, "-c", "pass"], cache) for _ in range(args.repeat)]
        lines = "\n".join(queries(args.count)) + "\n"
        bulk = run(GUWAH + ["places", "resolve", "--stdin", "--json"], cache, stdin=lines)
    figures = {
        "query": args.query,
        "cold_s": round(cold, 3),
        "cached_s": round(statistics.median(cached), 3),
        "places_app_cached_s": round(statistics.median(places), 3),
        "bare_python_s": round(statistics.median(bare), 3),
        "stdin_queries": args.count,
        "stdin_s": round(bulk, 3),
        "stdin_queries_per_s": round(args.count / bulk, 1),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"guwah places resolve {args.query!r}  cold (index built): {figures['cold_s']:.3f} s")
    print(f"guwah places resolve {args.query!r}  cached (median of {args.repeat}): {figures['cached_s']:.3f} s")
    print(f"  the places sub-app alone, cached: {figures['places_app_cached_s']:.3f} s "
          f"(bare Python start: {figures['bare_python_s']:.3f} s)")
    print(f"{args.count} queries through --stdin: {figures['stdin_s']:.3f} s "
          f"({figures['stdin_queries_per_s']:.0f} queries/s, start-up included)")


if __name__ == "__main__":
    main()
