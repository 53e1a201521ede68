"""The linker's blocking alone: candidate pairs, and how many true pairs they hold.

    PYTHONPATH=src .venv/bin/python bench/link_candidates.py DIR/mentions.csv

DIR/truth.csv (mention_id, then the true person's id: the shape of bench/linkgen-*) gives the
true pairs. Prints the time of the features stage, the number of candidate pairs, the true
pairs among them and in all, and the candidate stage's time: what the later stages' work is
proportional to, measured without running them.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pyarrow as pa

from guwah.link import linker
from guwah.link.features import feature_columns
from guwah.link.spreadsheet import read_mentions


def main() -> None:
    path = Path(sys.argv[1])
    mentions = read_mentions(path, max_rows=10**7)
    with open(path.parent / "truth.csv", encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        truth = {row[0]: row[1] for row in rows}
    person = [truth[mention.mention_id] for mention in mentions]
    started = time.time()
    columns, keys = feature_columns(mentions)
    print(f"features {time.time() - started:.1f} s")
    spill = tempfile.mkdtemp(prefix="guwah-cands-")
    con = linker.connect(spill, None)
    try:
        con.register("m", pa.table(columns))
        con.execute("CREATE TABLE mentions AS SELECT * FROM m")
        linker.key_table(con, keys)
        started = time.time()
        count = linker.candidate_pairs(con)
        elapsed = time.time() - started
        pairs = con.execute(f"SELECT pair // {linker.PAIR_SHIFT}, pair % {linker.PAIR_SHIFT} FROM candidates").fetchall()
    finally:
        con.close()
        import shutil

        shutil.rmtree(spill, ignore_errors=True)
    true = sum(person[a] == person[b] for a, b in pairs)
    total = sum(n * (n - 1) // 2 for n in Counter(person).values())
    print(f"candidate pairs {count:,}; true pairs among them {true:,} of {total:,}; candidates {elapsed:.1f} s")


if __name__ == "__main__":
    main()
