"""Benchmark the start-up of the `guwah` command line, as a volunteer or a script meets it.

Each figure is the wall time of a fresh process (median of --repeat runs), with the place index
already in the cache folder (built once before the timing):
  help      `guwah --help`                               issue 9's target: <= 0.2 s
  compare   `guwah names compare A B`                    <= 0.3 s
  resolve   `guwah places resolve X` (cache built)       <= 0.3 s
  stdin     10,000 pairs through `guwah names compare --stdin --json`   "a few seconds"
and a bare `python -c pass` for scale. The pairs are made from the names of
bench/data/name-pairs.tsv, each name against others, so that every pair is distinct.

Usage: PYTHONPATH=src python bench/cli.py [--repeat 5] [--pairs 10000] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GUWAH = [sys.executable, "-c", "import sys; from guwah.cli import app; app(sys.argv[1:])"]
PAIRS = Path(__file__).parent / "data" / "name-pairs.tsv"
TARGETS = {"help_s": 0.2, "compare_s": 0.3, "resolve_s": 0.3}


def run(command: list[str], cache: str, stdin: str | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one process; fails loudly if it fails.

    The CPU time is what the process itself spent, so it stays comparable on a shared,
    loaded machine where the wall time does not.
    """
    env = {**os.environ, "GUWAH_CACHE_DIR": cache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, input=stdin, env=env, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def stdin_pairs(count: int) -> str:
    """`count` distinct tab-separated name pairs from the pair set's names."""
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    names = sorted({name for row in rows for name in (row["a"], row["b"])})
    lines = []
    step = 1
    while len(lines) < count:
        for index, name in enumerate(names):
            lines.append(f"{name}\t{names[(index + step) % len(names)]}")
            if len(lines) == count:
                break
        step += 1
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Time the commands and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="guwah-bench-") as cache:
        run(GUWAH + ["places", "resolve", "Kashgar", "--json"], cache)  # builds the index

        figures: dict = {"load_average_1min": round(os.getloadavg()[0], 2),
                         "cores": os.cpu_count()}
        commands = {
            "bare_python_s": [sys.executable, "-c", "pass"],
            "help_s": GUWAH + ["--help"],
            "compare_s": GUWAH + ["names", "compare", "Abdurehim Memet", "Абдурехим Мамет"],
            "resolve_s": GUWAH + ["places", "resolve", "Kashgar"],
        }
        for key, command in commands.items():
            runs = [run(command, cache) for _ in range(args.repeat)]
            figures[key] = round(statistics.median(wall for wall, _cpu in runs), 3)
            figures[key.replace("_s", "_cpu_s")] = round(statistics.median(cpu for _wall, cpu in runs), 3)
        lines = stdin_pairs(args.pairs)
        figures["stdin_pairs"] = args.pairs
        wall, cpu = run(GUWAH + ["names", "compare", "--stdin", "--json"], cache, stdin=lines)
        figures["stdin_s"], figures["stdin_cpu_s"] = round(wall, 3), round(cpu, 3)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"load average {figures['load_average_1min']} on {figures['cores']} cores (wall times"
          " on a loaded machine overstate; CPU time = user + system of the process)")
    print(f"{'bare python start':<28} {figures['bare_python_s']:.3f} s wall, "
          f"{figures['bare_python_cpu_s']:.3f} s CPU")
    for key, label in (("help_s", "guwah --help"), ("compare_s", "guwah names compare A B"),
                       ("resolve_s", "guwah places resolve X")):
        cpu = figures[key.replace("_s", "_cpu_s")]
        mark = "ok" if figures[key] <= TARGETS[key] else f"over the target of {TARGETS[key]} s"
        print(f"{label:<28} {figures[key]:.3f} s wall, {cpu:.3f} s CPU  (median of {args.repeat};"
              f" wall {mark})")
    print(f"{figures['stdin_pairs']:,} pairs through names compare --stdin --json: "
          f"{figures['stdin_s']:.2f} s wall, {figures['stdin_cpu_s']:.2f} s CPU "
          f"({figures['stdin_pairs'] / figures['stdin_s']:,.0f} pairs/s, start-up included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
