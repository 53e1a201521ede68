"""CPU seconds per linker stage, for a machine shared with other work (where wall time says little).

Runs `guwah.link.linker.link_mentions` on a CSV of mentions (read as `guwah link-records` reads it)
with the linker's stage clock (`lap`, which reads `time.perf_counter`) swapped for the CPU time of
this process and its reaped children (user + system, `resource.getrusage`: DuckDB's threads are
this process's; the name-scoring pools' processes are counted when their pool closes, inside the
stage that opened it). Prints one line of stages in CPU seconds and their sum, and, with
`--output`, writes mention_id,cluster_id as `link-records` does (no defusing: for comparing two
runs byte for byte, not for a spreadsheet). With `--profile N` the main process also runs under
cProfile and the N functions of most own time (tottime) are printed (the pools' processes are not
profiled; its clock is this process's CPU time, all threads; cProfile slows pure-Python code more than DuckDB's, so its stage figures are not those
of a plain run).

Prints stage names and seconds only, never a cell of the input.

`--places-only` times the place columns alone (`features.place_columns`: hometowns and facilities
read, the part of the features stage the main process does while the workers read the names).

Usage: PYTHONPATH=src python bench/link_cpu.py MENTIONS.csv [--output OUT.csv] [--profile N] [--places-only]
"""

from __future__ import annotations

import argparse
import csv
import resource
import time
import types
from pathlib import Path


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mentions", type=Path)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--places-only", action="store_true",
                        help="time only the place columns (features.place_columns, the main process's part of "
                             "the features stage)")
    args = parser.parse_args()

    from guwah.link import linker
    from guwah.link.spreadsheet import read_mentions

    started = cpu_seconds()
    mentions = read_mentions(args.mentions)
    reading = cpu_seconds() - started
    if args.places_only:
        from guwah.link.features import place_columns

        started = cpu_seconds()
        cells = place_columns(mentions)
        print(f"{len(mentions):,} mentions; CPU s: reading {reading:.1f}; place columns "
              f"{cpu_seconds() - started:.1f} ({len(cells):,} distinct cells)")
        return
    # the stage clock reads CPU time: `lap` calls time.perf_counter in the linker's module only
    linker.time = types.SimpleNamespace(perf_counter=cpu_seconds)
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile(time.process_time)  # CPU, not wall: a shared machine
        result = profiler.runcall(linker.link_mentions, mentions)
    else:
        result = linker.link_mentions(mentions)
    stages = "; ".join(f"{stage} {seconds:.1f}" for stage, seconds in result.timings.items())
    print(f"{len(mentions):,} mentions; CPU s: reading {reading:.1f}; {stages}; "
          f"linking {sum(result.timings.values()):.1f}; {result.clusters:,} clusters, "
          f"{len(result.review_pairs):,} pairs for review")
    if args.output:
        with args.output.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(("mention_id", "cluster_id"))
            writer.writerows((m.mention_id, c) for m, c in zip(mentions, result.cluster_ids, strict=True))
    if args.profile:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
