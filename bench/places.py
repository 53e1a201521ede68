"""Benchmark `guwah places resolve`: one query cold and cached, and 1,000 queries through --stdin.

Each figure is the wall time of a fresh process, as a volunteer or a script would see it:
  cold     the place index is built (empty cache folder) and written;
  cached   the index is read from the cache folder;
  places   the same, through the `places` sub-app alone (without the imports of every other
           command that `guwah` pays at start-up);
  stdin    1,000 queries (names of the gazetteer in every script, with level words, inflected
           forms and nonsense) through `guwah places resolve --stdin --json`.

Usage: PYTHONPATH=src python bench/places.py [--query Kashgar] [--repeat 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="Kashgar")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
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
