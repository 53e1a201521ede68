"""Benchmark the linker: Guwah's beside a plain Splink model, on the same synthetic mentions.

Both run in the same run on the same records from bench/synth.py, each in its own forked
process (so that peak memory is its own): Guwah's linker (guwah.link) and a plain Splink model
with generic romanisation (anyascii, and pypinyin for Chinese characters; Jaro-Winkler on first
and last name, exact matches on the other fields), both clustered at LINK_AUTO (Guwah's also
links a pair from LINK_REVIEW whose names are the same name and whose other fields agree or are
missing; see guwah.link.linker). Printed per
linker: wall time, peak resident memory, pairwise precision, recall and F1 against the ground
truth, and cluster counts.

Usage: python bench/link.py --records N [--seed 1] [--only guwah|plain] [--json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synth import make_mentions  # noqa: E402

from guwah.link.linker import link_mentions  # noqa: E402
from guwah.names.settings import LINK_AUTO, LINK_REVIEW  # noqa: E402

MENTIONS: list = []  # set before forking, read by the children


def pairs_within(groups: Counter) -> int:
    """Pairs inside groups of the given sizes."""
    return sum(size * (size - 1) // 2 for size in groups.values())


def pairwise_scores(predicted: list, truth: list[int]) -> dict:
    """Pairwise precision, recall and F1 of a clustering against the true persons."""
    predicted_pairs = pairs_within(Counter(predicted))
    true_pairs = pairs_within(Counter(truth))
    correct = pairs_within(Counter(zip(predicted, truth, strict=True)))
    precision = correct / predicted_pairs if predicted_pairs else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "predicted_pairs": predicted_pairs, "true_pairs": true_pairs}


def run_guwah() -> dict:
    result = link_mentions(MENTIONS)
    return {"clusters": result.cluster_ids, "review_pairs": len(result.review_pairs),
            "candidate_pairs": result.candidate_pairs, "stages": result.timings}


def romanise(text: str | None) -> str | None:
    """Generic romanisation: pypinyin for Chinese characters, anyascii for the rest, lowercased."""
    if not text:
        return None
    from anyascii import anyascii
    from pypinyin import lazy_pinyin

    if any("\u4e00" <= char <= "\u9fff" for char in text):
        text = " ".join("".join(lazy_pinyin(part)) for part in text.replace("·", " ").split())
    return " ".join(anyascii(text).lower().replace("'", "").split()) or None


def run_plain() -> dict:
    """A plain Splink model: generic romanisation, Jaro-Winkler names, exact other fields."""
    import duckdb
    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    rows = {"uid": [], "first_name": [], "last_name": [], "gender": [], "birth_year": [], "hometown": [],
            "facility": [], "detained_year": []}
    for uid, mention in enumerate(MENTIONS):
        name = romanise(mention.name) or ""
        parts = name.split()
        rows["uid"].append(uid)
        rows["first_name"].append(parts[0] if parts else None)
        rows["last_name"].append(" ".join(parts[1:]) or None)
        rows["gender"].append(mention.gender)
        rows["birth_year"].append(None if mention.birth_year is None else f"{mention.birth_year[0]}-{mention.birth_year[1]}")
        rows["hometown"].append(romanise(mention.hometown))
        rows["facility"].append(romanise(mention.facility))
        rows["detained_year"].append(None if mention.detained_year is None else mention.detained_year[0])
    con = duckdb.connect(":memory:")
    con.register("plain_arrow", pa.table(rows))
    con.execute("CREATE TABLE plain AS SELECT * FROM plain_arrow")
    db_api = DuckDBAPI(connection=con)
    settings = SettingsCreator(
        link_type="dedupe_only", unique_id_column_name="uid",
        comparisons=[cl.JaroWinklerAtThresholds("first_name", [0.92, 0.8]),
                     cl.JaroWinklerAtThresholds("last_name", [0.92, 0.8]),
                     cl.ExactMatch("gender"), cl.ExactMatch("birth_year"), cl.ExactMatch("hometown"),
                     cl.ExactMatch("facility"), cl.ExactMatch("detained_year")],
        blocking_rules_to_generate_predictions=[block_on("first_name", "last_name"),
                                                block_on("first_name", "birth_year"),
                                                block_on("last_name", "birth_year")],
    )
    linker = Linker(db_api.register("plain"), settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("first_name", "last_name", "birth_year")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("first_name", "last_name"), max_pairs=1e6)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("birth_year", "hometown"), max_pairs=1e6)
    predictions = linker.inference.predict(threshold_match_probability=LINK_AUTO, warning_mode="never")
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, LINK_AUTO)
    found = dict(con.execute(f"SELECT uid, cluster_id FROM {clusters.physical_name}").fetchall())
    return {"clusters": [found.get(uid, f"single{uid}") for uid in range(len(MENTIONS))]}


def child(which: str, conn) -> None:
    started = time.perf_counter()
    result = {"guwah": run_guwah, "plain": run_plain}[which]()
    result["seconds"] = round(time.perf_counter() - started, 2)
    result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    conn.send(result)
    conn.close()


def measure(which: str) -> dict:
    """Run one linker in a forked process and collect its clusters, time and memory."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(which, send))
    process.start()
    send.close()
    result = receive.recv()
    process.join()
    return result


def main() -> None:
    global MENTIONS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("guwah", "plain"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    MENTIONS, truth = make_mentions(args.records, args.seed)
    generated = round(time.perf_counter() - started, 2)
    report = {"records": len(MENTIONS), "persons": len(set(truth)), "seed": args.seed,
              "generate_seconds": generated, "link_auto": LINK_AUTO, "linkers": {}}
    for which in ("guwah", "plain"):
        if args.only and which != args.only:
            continue
        result = measure(which)
        clusters = result.pop("clusters")
        report["linkers"][which] = {**pairwise_scores(clusters, truth), "clusters": len(set(clusters)),
                                    **result}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['records']:,} mentions of {report['persons']:,} persons (seed {args.seed}; "
          f"generated in {generated} s); clusters at match probability >= {LINK_AUTO} "
          f"(Guwah: >= {LINK_REVIEW} where nothing disagrees)")
    print(f"{'linker':8} {'seconds':>8} {'peak MiB':>9} {'precision':>10} {'recall':>7} {'F1':>7} {'clusters':>9}")
    for which, row in report["linkers"].items():
        print(f"{which:8} {row['seconds']:8.1f} {row['peak_rss_mib']:9,} {row['precision']:10.4f} "
              f"{row['recall']:7.4f} {row['f1']:7.4f} {row['clusters']:9,}")
        if "stages" in row:
            print("         stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in row["stages"].items()))


if __name__ == "__main__":
    main()
