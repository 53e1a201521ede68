"""The linker's blocking alone: candidate pairs, and how many true pairs they hold.

    PYTHONPATH=src .venv/bin/python bench/link_candidates.py DIR/mentions.csv [CAP/SUB[:KIND,KIND...] ...]

DIR/truth.csv (mention_id, then the true person's id: the shape of bench/linkgen-*) gives the
true pairs. Prints the time of the features stage, the number of candidate pairs, the true
pairs among them and in all, and the candidate stage's time: what the later stages' work is
proportional to, measured without running them. Each setting is a MAX_BLOCK_PAIRS / SUB_BLOCK_PAIRS
pair, optionally with the kinds of tighter block (`linker.SUB_BLOCK_FIELDS`) after a colon
(`20000/2000:county,birth`); without it, the linker's SUB_BLOCKS. Besides the lost pairs by what else
they share, it prints the candidate pairs per block: the largest name key's and the largest tighter
block's.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa

from guwah.link import linker
from guwah.link.features import feature_columns
from guwah.link.spreadsheet import read_mentions


def setting(arg: str) -> tuple[int, int, tuple[str, ...], bool]:
    """[w]CAP/SUB[:KIND[*],...] as (cap, sub-block cap, kinds of tighter block, windows: over-size
    tighter blocks walked in windows rather than dropped; "w" all kinds, "*" that kind)."""
    sizes, _, kinds = arg.partition(":")
    cap, sub = (int(x) for x in sizes.removeprefix("w").split("/"))
    named = tuple(kinds.split(",")) if kinds else linker.SUB_BLOCKS
    # a kind ending in "*" is walked in windows alone (linker.SUB_BLOCK_WINDOWS as a tuple)
    starred = tuple(kind.removesuffix("*") for kind in named if kind.endswith("*"))
    windows = True if sizes.startswith("w") else starred or False
    return cap, sub, tuple(kind.removesuffix("*") for kind in named), windows


def main() -> None:
    path = Path(sys.argv[1])
    settings = [setting(arg) for arg in sys.argv[2:]] or [
        (linker.MAX_BLOCK_PAIRS, linker.SUB_BLOCK_PAIRS, linker.SUB_BLOCKS, linker.SUB_BLOCK_WINDOWS)]
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
        con.register("truth_arrow", pa.table({"uid": pa.array(range(len(person)), pa.int64()),
                                              "person": pa.array(person, pa.string())}))
        con.execute(f"""
            CREATE TABLE true_pairs AS
            SELECT DISTINCT a.uid * {linker.PAIR_SHIFT} + b.uid AS pair, a.uid AS a, b.uid AS b
            FROM truth_arrow a JOIN truth_arrow b ON a.person = b.person AND a.uid < b.uid""")
        con.execute("""
            CREATE TABLE keyed AS SELECT DISTINCT t.pair, t.a, t.b FROM true_pairs t
            JOIN mention_keys x ON x.uid = t.a JOIN mention_keys y ON y.uid = t.b AND y.key = x.key""")
        total = con.execute("SELECT count(*) FROM true_pairs").fetchone()[0]
        for cap, sub, kinds, windows in settings:
            linker.MAX_BLOCK_PAIRS, linker.SUB_BLOCK_PAIRS, linker.SUB_BLOCKS = cap, sub, kinds
            linker.SUB_BLOCK_WINDOWS = windows
            started = time.time()
            count = linker.candidate_pairs(con, keep_blocks=True)
            elapsed = time.time() - started
            per_block = con.execute("""
                SELECT contains(key, '@') AS tighter, count(*) AS blocks, max(n) AS most,
                       sum(least(n * (n - 1) // 2, 2 * w * n)) AS bound
                FROM (SELECT key, count(*) AS n, max(w) AS w FROM ranked WHERE NOT ends_with(key, '#') GROUP BY key)
                GROUP BY tighter ORDER BY tighter""").fetchall()
            con.execute("DROP TABLE ranked")
            true = con.execute("SELECT count(*) FROM true_pairs JOIN candidates USING (pair)").fetchone()[0]
            shares = con.execute(f"""
                WITH kept AS (SELECT k.a, k.b, c.pair IS NOT NULL AS kept FROM keyed k LEFT JOIN candidates c USING (pair))
                SELECT CASE WHEN a.birth_lo = a.birth_hi AND b.birth_lo = b.birth_hi AND a.birth_lo = b.birth_lo
                            THEN 'one exact birth year'
                            WHEN a.home = b.home AND a.home LIKE '%.~%.%' THEN 'one village'
                            WHEN regexp_extract(a.place, '{linker.COUNTY}') = regexp_extract(b.place, '{linker.COUNTY}')
                                 AND regexp_matches(a.place, '{linker.COUNTY}') THEN 'one county'
                            WHEN a.facility = b.facility THEN 'one facility'
                            WHEN a.detained_lo = b.detained_lo AND a.detained_hi = b.detained_hi THEN 'one detention year'
                            ELSE 'nothing shared but the name' END AS shared,
                       count(*) FILTER (WHERE kept), count(*) FILTER (WHERE NOT kept)
                FROM kept k JOIN mentions a ON a.uid = k.a JOIN mentions b ON b.uid = k.b
                GROUP BY shared ORDER BY shared""").fetchall()
            stated = con.execute(f"""
                WITH lost AS (SELECT k.a, k.b FROM keyed k ANTI JOIN candidates c USING (pair)),
                sides AS (
                    SELECT regexp_extract(a.place, '{linker.COUNTY}') AS ca, regexp_extract(b.place, '{linker.COUNTY}') AS cb,
                           CASE WHEN a.birth_lo = a.birth_hi THEN a.birth_lo END AS ya,
                           CASE WHEN b.birth_lo = b.birth_hi THEN b.birth_lo END AS yb,
                           CASE WHEN a.detained_lo = a.detained_hi THEN a.detained_lo END AS da,
                           CASE WHEN b.detained_lo = b.detained_hi THEN b.detained_lo END AS db
                    FROM lost l JOIN mentions a ON a.uid = l.a JOIN mentions b ON b.uid = l.b)
                SELECT CASE WHEN ca <> '' AND cb <> '' THEN (CASE WHEN ca = cb THEN 'same' ELSE 'differ' END)
                            WHEN ca <> '' OR cb <> '' THEN 'one side' ELSE 'neither' END AS county,
                       CASE WHEN ya IS NOT NULL AND yb IS NOT NULL THEN (CASE WHEN ya = yb THEN 'same' ELSE 'differ' END)
                            WHEN ya IS NOT NULL OR yb IS NOT NULL THEN 'one side' ELSE 'neither' END AS birth,
                       CASE WHEN da IS NOT NULL AND db IS NOT NULL THEN (CASE WHEN da = db THEN 'same' ELSE 'differ' END)
                            WHEN da IS NOT NULL OR db IS NOT NULL THEN 'one side' ELSE 'neither' END AS detained,
                       count(*) AS n
                FROM sides GROUP BY ALL ORDER BY n DESC""").fetchall()
            con.execute("DROP TABLE candidates")
            print(f"cap {cap:,} / sub-blocks {sub:,} of {','.join(kinds)}{f' (windows: {linker.SUB_BLOCK_WINDOWS})' if linker.SUB_BLOCK_WINDOWS else ''}: candidate pairs {count:,}; true pairs among them {true:,} "
                  f"of {total:,}; candidates {elapsed:.1f} s")
            for tighter, blocks, most, bound in per_block:
                print(f"{'tighter blocks' if tighter else 'name keys'}: {blocks:,} blocks, the largest {most:,} "
                      f"mentions; pairs they may give at most (all, or 2 orders of the window) {int(bound):,}")
            lost = sum(row[2] for row in shares)
            print(f"true pairs sharing a name key: {sum(row[1] + row[2] for row in shares):,}; not candidates "
                  f"(the block cap): {lost:,} ({lost / max(total, 1):.1%} of all true pairs)")
            print(f"{'what else the pair shares':32} {'candidates':>12} {'cap lost':>10}")
            for shared, kept, dropped in shares:
                print(f"{shared:32} {kept:12,} {dropped:10,}", flush=True)
            # Which fields the cut pairs state on both sides: a tighter block of a field reaches only
            # the pairs that state it alike on both.
            print("cut by the cap, by county / one birth year / one detention year stated (same, differ, one side, neither):")
            for county, birth, detained, n in stated:
                print(f"  county {county:8} birth {birth:8} detained {detained:8} {n:10,}", flush=True)
    finally:
        con.close()
        import shutil

        shutil.rmtree(spill, ignore_errors=True)


if __name__ == "__main__":
    main()
