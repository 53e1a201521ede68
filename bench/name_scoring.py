"""Name scoring alone: the linker's `score_forms` stage on a generator's own pairs, CPU seconds.

Two steps. `--mentions M.csv --save pairs.npz` runs the linker's features and candidates on a
mentions CSV and keeps what its name-scoring stage is given (the distinct name forms and the
distinct pairs of them), without scoring. `--pairs pairs.npz` then scores a sample of those pairs
as `linker.score_forms` does in each worker (`names.table.score_pairs` over one table of all the
forms, in batches of SCORE_BATCH) in this process, and prints the CPU seconds per 1,000,000
pairs; `--handed` takes the table from `linker.name_features` (made in worker processes, as the
linker now makes it), so that this process scores as a worker handed the table does, its name
caches cold (round 1 then includes reading the names that only the Python path needs);
`--out scores.npy` keeps the scores, so that two versions of the code (two PYTHONPATHs,
run back to back) can be compared with `--compare a.npy b.npy` (equal floats or not). `--small 40`
also times batches of 40 pairs, the public search's size.

The names are only read into memory and into the .npz/.npy files named; nothing is printed but
counts and seconds.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np


class _Stop(Exception):
    pass


def save_pairs(mentions_csv: Path, out: Path) -> None:
    from guwah.link import linker as L
    from guwah.link.spreadsheet import read_mentions

    kept: dict = {}

    def capture(forms, first, second, tick=None, workers=None, prepared=None):
        kept.update(forms=np.array(forms, dtype=object), first=np.asarray(first), second=np.asarray(second))
        raise _Stop

    original = L.score_forms
    L.score_forms = capture
    try:
        L.link_mentions(read_mentions(mentions_csv))
    except _Stop:
        pass
    finally:
        L.score_forms = original
    np.savez(out, forms=kept["forms"], first=kept["first"], second=kept["second"])
    print(f"{len(kept['forms'])} forms, {len(kept['first'])} distinct pairs of forms -> {out}")


def score(pairs: Path, sample: int, repeat: int, seed: int, out: Path | None, small: int,
          handed: bool = False) -> None:
    from guwah.link.linker import PAIR_FLOOR, SCORE_BATCH
    from guwah.names.table import Vocabulary, names_table, score_pairs

    data = np.load(pairs, allow_pickle=True)
    forms = data["forms"].tolist()
    first, second = data["first"].astype(np.int64), data["second"].astype(np.int64)
    if sample and sample < len(first):
        pick = np.sort(np.random.default_rng(seed).choice(len(first), sample, replace=False))
        first, second = first[pick], second[pick]
    started = time.process_time()
    if handed:
        from guwah.link.linker import name_features

        table, texts = name_features(forms, workers=2)[1]
        vocabulary = Vocabulary(texts)
        print(f"table of {len(forms)} forms handed over: {time.process_time() - started:.2f} s CPU here")
    else:
        table, vocabulary = names_table(forms, cached=False)
        print(f"table of {len(forms)} forms: {time.process_time() - started:.2f} s CPU")
    for round_ in range(repeat):
        started = time.process_time()
        scores = np.concatenate([score_pairs(table, first[k:k + SCORE_BATCH], second[k:k + SCORE_BATCH],
                                             vocabulary.text, forms) for k in range(0, len(first), SCORE_BATCH)])
        spent = time.process_time() - started
        print(f"round {round_ + 1}: {len(first)} pairs in {spent:.2f} s CPU, "
              f"{spent / len(first) * 1e6:.2f} s per 1,000,000; {(scores >= PAIR_FLOOR).mean():.3f} at PAIR_FLOOR or more")
    if out:
        np.save(out, scores)
    if small:
        batches = min(2000, len(first) // small)
        started = time.process_time()
        for k in range(batches):
            score_pairs(table, first[k * small:(k + 1) * small], second[k * small:(k + 1) * small],
                        vocabulary.text, forms)
        spent = time.process_time() - started
        print(f"{batches} batches of {small} pairs: {spent / batches * 1e3:.3f} ms CPU per batch")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, help="a mentions CSV, to --save its pairs of name forms")
    parser.add_argument("--save", type=Path, help="where to keep the forms and pairs (.npz)")
    parser.add_argument("--pairs", type=Path, help="pairs saved with --save, to score")
    parser.add_argument("--sample", type=int, default=1_000_000, help="pairs drawn at random (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path, help="keep the scores (.npy)")
    parser.add_argument("--small", type=int, default=0, help="also time batches of this many pairs")
    parser.add_argument("--compare", type=Path, nargs=2, help="two score files: equal floats or not")
    parser.add_argument("--handed", action="store_true", help="score as a worker handed the table (see above)")
    args = parser.parse_args()
    if args.compare:
        a, b = (np.load(path) for path in args.compare)
        print(f"{len(a)} scores; equal floats: {a.shape == b.shape and bool(np.array_equal(a, b))}")
    elif args.mentions:
        save_pairs(args.mentions, args.save)
    else:
        score(args.pairs, args.sample, args.repeat, args.seed, args.out, args.small, args.handed)


if __name__ == "__main__":
    main()
