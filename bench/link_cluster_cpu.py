"""CPU seconds of the clustering stage's Python passes at archive scale, without a linker run.

The clustering stage grew by 19 s in the idle G 1,000,000 runs between the twenty-first and the
twenty-fifth rounds, and not at 300,000 (h-link29). Its passes since the twenty-first round:
`corroborate` (a 5-tuple per edge: 6.5 million at G 1,000,000), `cluster` (a sort by probability,
an unpacking per edge), `review_queue` (a sort of every pending pair), `held_pairs`, and the
identical rows' pass (`identical_pairs`, in the candidates stage). This script times each on
synthetic input of G 1,000,000's shape (mentions, predicted edges and their shares as the lead's
run gave them: 6.5 million edges, 4.7 million pending; whole-name keys Zipf-distributed, so that
some are borne by COMMON_NAME mentions or more), in CPU seconds of this process (user + system), so
a shared machine does not change the figures much. Nothing here is a real name.

Usage: PYTHONPATH=src python bench/link_cluster_cpu.py [--mentions 1000000] [--edges 6500000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import resource


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--edges", type=int, default=6_500_000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    from guwah.link import linker as L
    from guwah.link.mentions import Mention

    rng = random.Random(options.seed)
    n = options.mentions
    names = [f"k{int(rng.paretovariate(0.9)) % 200_000}" for _ in range(n)]
    rows = []
    fields = []
    for index in range(n):
        birth = rng.randint(1940, 2000) if rng.random() < 0.7 else None
        home = f"cn.65.{rng.randint(1, 14)}.{rng.randint(1, 10)}" if rng.random() < 0.6 else None
        held = rng.randint(2016, 2020) if rng.random() < 0.5 else None
        rows.append((names[index], birth, birth, home, None, held, held))
        fields.append((rng.choice(["m", "f", None]), birth, birth, home, held, held))
    edges = []
    for _ in range(options.edges):
        a = rng.randrange(n - 1)
        b = rng.randrange(a + 1, n)
        p = rng.random() ** 3  # most under LINK_REVIEW... as predicted pairs are from LINK_REVIEW:
        p = L.LINK_REVIEW + (1 - L.LINK_REVIEW) * p
        edges.append((a, b, p, rng.random() < 0.3))
    edges.sort()
    timings = {}
    start = cpu()
    corroborated = L.corroborate(edges, rows)
    timings["corroborate"] = cpu() - start
    start = cpu()
    ids, pending = L.cluster(n, corroborated, fields, given_alone=[False] * n)
    timings["cluster"] = cpu() - start
    start = cpu()
    review, _, left_out = L.review_queue(pending, n)
    timings["review_queue"] = cpu() - start
    start = cpu()
    L.held_pairs(corroborated, review)
    timings["held_pairs"] = cpu() - start
    mentions = [Mention(f"m{i}", names[i], None, (row[1], row[2]) if row[1] else None, row[3], None,
                        (row[5], row[6]) if row[5] else None) for i, row in enumerate(rows)]
    start = cpu()
    twins = L.identical_pairs(mentions)
    timings["identical_pairs"] = cpu() - start
    print(f"{n:,} mentions, {len(edges):,} edges, {len(pending):,} pending, {len(review):,} queued "
          f"({left_out:,} left out), {len(twins):,} identical pairs; CPU s: "
          + "; ".join(f"{name} {seconds:.1f}" for name, seconds in timings.items()))


if __name__ == "__main__":
    main()
