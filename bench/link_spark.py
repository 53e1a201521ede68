"""Benchmark the linker's Splink model on Spark beside DuckDB, on the same synthetic mentions.

The same records from bench/synth.py go through `guwah.link.link_mentions` twice, each in its own
forked process: once with the model on DuckDB (the default) and once on Spark
(`guwah.link.spark.SparkBackend`: the same settings on Splink's SparkAPI, local[CORES], no UI,
no network, every Spark file in a private temporary folder removed at the end). Features,
candidates and name scores are computed in Python and DuckDB in both runs. Printed per backend:
wall time (Spark's includes starting the JVM), peak resident memory (Spark's: the Python process
plus the JVM), pairwise precision, recall and F1 against the ground truth, cluster count and
the time of each stage.

Needs the [spark] extra and Java (`./dev spark-setup`).
Usage: python bench/link_spark.py --records N [--seed 1] [--cores 2] [--memory 6g] [--only duckdb|spark] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from link import in_fork, pairwise_scores  # noqa: E402
from synth import make_mentions  # noqa: E402

from guwah.link.linker import link_mentions  # noqa: E402

MENTIONS: list = []  # set before forking, read by the children


def peak_kib(pid: int) -> int:
    """Peak resident memory (VmHWM) of a live process, in KiB; 0 if it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_duckdb(options) -> dict:
    result = link_mentions(MENTIONS)
    return {"clusters": result.cluster_ids, "review_pairs": len(result.review_pairs),
            "candidate_pairs": result.candidate_pairs, "stages": result.timings}


def run_spark(options) -> dict:
    from guwah.link.spark import link_mentions_on_spark, local_session

    scratch = tempfile.mkdtemp(prefix="guwah-spark-")
    spark = None
    try:
        started = time.perf_counter()
        spark = local_session(scratch, cores=options.cores, memory=options.memory)
        session_seconds = round(time.perf_counter() - started, 2)
        result = link_mentions_on_spark(MENTIONS, spark)
        jvm = spark.sparkContext._gateway.proc.pid
        jvm_peak = peak_kib(jvm)
        return {"clusters": result.cluster_ids, "review_pairs": len(result.review_pairs),
                "candidate_pairs": result.candidate_pairs,
                "stages": {"spark session": session_seconds, **result.timings},
                "jvm_peak_rss_mib": round(jvm_peak / 1024), "spark_version": spark.version}
    finally:
        if spark is not None:
            spark.stop()
            spark.sparkContext._gateway.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)


def child(which: str, options, conn) -> None:
    started = time.perf_counter()
    result = {"duckdb": run_duckdb, "spark": run_spark}[which](options)
    result["seconds"] = round(time.perf_counter() - started, 2)
    python_peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["python_peak_rss_mib"] = python_peak
    result["peak_rss_mib"] = python_peak + result.get("jvm_peak_rss_mib", 0)
    conn.send(result)
    conn.close()


def measure(which: str, options) -> dict:
    """Run one backend in a forked process and collect its clusters, time and memory."""
    return in_fork(child, which, options)


def main() -> None:
    global MENTIONS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cores", type=int, default=2, help="Spark's local[N]")
    parser.add_argument("--memory", default="6g", help="the Spark driver's JVM heap")
    parser.add_argument("--only", choices=("duckdb", "spark"))
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    started = time.perf_counter()
    MENTIONS, truth = make_mentions(options.records, options.seed)
    report = {"records": len(MENTIONS), "persons": len(set(truth)), "seed": options.seed,
              "generate_seconds": round(time.perf_counter() - started, 2),
              "load_average_before": os.getloadavg(), "backends": {}}
    found = {}
    for which in ("spark", "duckdb"):
        if options.only and which != options.only:
            continue
        result = measure(which, options)
        found[which] = result.pop("clusters")
        report["backends"][which] = {**pairwise_scores(found[which], truth), "clusters": len(set(found[which])),
                                     **result}
    report["load_average_after"] = os.getloadavg()
    if len(found) == 2:
        # The same settings on both: Spark's pairs scored against DuckDB's (F1 1.0: the same clusters).
        report["spark_vs_duckdb"] = pairwise_scores(found["spark"], found["duckdb"])
    if options.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['records']:,} mentions of {report['persons']:,} persons (seed {options.seed}); "
          f"load average before {report['load_average_before'][0]:.2f}, "
          f"after {report['load_average_after'][0]:.2f} (1 min)")
    print(f"{'backend':8} {'seconds':>8} {'peak MiB':>9} {'precision':>10} {'recall':>7} {'F1':>7} {'clusters':>9}")
    for which, row in report["backends"].items():
        print(f"{which:8} {row['seconds']:8.1f} {row['peak_rss_mib']:9,} {row['precision']:10.4f} "
              f"{row['recall']:7.4f} {row['f1']:7.4f} {row['clusters']:9,}")
        print("         stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in row["stages"].items()))
        if "jvm_peak_rss_mib" in row:
            print(f"         Spark {row['spark_version']}: Python {row['python_peak_rss_mib']:,} MiB "
                  f"+ JVM {row['jvm_peak_rss_mib']:,} MiB")
    if "spark_vs_duckdb" in report:
        same = report["spark_vs_duckdb"]
        print(f"Spark's linked pairs against DuckDB's: precision {same['precision']:.4f}, recall {same['recall']:.4f}, "
              f"F1 {same['f1']:.4f}")


if __name__ == "__main__":
    main()
