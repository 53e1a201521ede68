"""The linker's Splink model on Spark, for a group whose archive outgrows one machine.

The same settings as on DuckDB (`guwah.link.linker.settings`): only the Splink model (u by
random sampling, m by expectation maximisation, prediction) runs on Spark. Features, candidate
pairs and Guwah name scores are computed once, in Python and DuckDB, in the process that calls
`link_mentions` (the driver); clusters are made there from the predictions that come back. See
docs/linking-at-scale.md for a cluster.

Needs the `[spark]` extra (pyspark, pandas) and Java 17 or newer (`./dev spark-setup`). The
settings call four functions by name; Spark gets them here: `starts_with` (Spark's own, as
sqlglot writes it), `jaro_winkler_similarity` (the Java class in the similarity jar shipped with
Splink, registered under DuckDB's name), `list_has_any` (DuckDB's, for the detention years: a
vectorised Python function) and `guwah_name_score` (a vectorised Python function over the
driver's name scores, broadcast to the executors).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from collections.abc import Sequence

from guwah.link.linker import PAIR_SHIFT, LinkResult, Progress, link_mentions
from guwah.link.mentions import Mention

PREDICTIONS = "spark_predictions"  # the predictions' table in the linker's DuckDB connection
# The functions the settings call that Spark lacks, registered by `register_functions`.
SPARK_FUNCTIONS = ("guwah_name_score", "jaro_winkler_similarity", "list_has_any")


def local_session(scratch: str, cores: int = 2, memory: str = "4g"):
    """A Spark session on this machine only (a try-out, bench/link_spark.py).

    local[cores]; no web UI, no event log; driver bound to 127.0.0.1; every file Spark writes
    (shuffle, spills, warehouse, checkpoints, Java's temporary files) under `scratch`, which the
    caller removes after `spark.stop()`. Splink's similarity jar comes from the installed package
    (nothing is downloaded); Python workers run this interpreter.

    Args:
        scratch: a private (0700) directory.
        cores: worker threads.
        memory: the driver's JVM heap, e.g. "4g" (in local mode it is also the executor).
    Returns:
        A pyspark SparkSession with its checkpoint directory set.
    """
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # read by SparkContext, not from the conf
    for folder in ("local", "warehouse", "checkpoints", "java"):
        os.makedirs(os.path.join(scratch, folder), mode=0o700, exist_ok=True)
    java_options = f"-Djava.io.tmpdir={scratch}/java -Dderby.system.home={scratch}/java -XX:-UsePerfData"
    spark = (SparkSession.builder.master(f"local[{cores}]").appName("guwah-link")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.eventLog.enabled", "false")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.driver.memory", memory)
             .config("spark.driver.extraJavaOptions", java_options)
             .config("spark.local.dir", f"{scratch}/local")
             .config("spark.sql.warehouse.dir", f"{scratch}/warehouse")
             .config("spark.sql.shuffle.partitions", str(cores * 4))
             .config("spark.default.parallelism", str(cores * 4))
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .config("spark.jars", similarity_jar_location())
             .config("spark.log.level", "ERROR")
             .getOrCreate())
    spark.sparkContext.setCheckpointDir(f"{scratch}/checkpoints")
    return spark


def scores_of(pairs, values, left, right):
    """The Guwah name score of each pair (left[i], right[i]), as the DuckDB macro
    `guwah_name_score` gives it: looked up in `pairs` (sorted pair keys, uid_low * PAIR_SHIFT +
    uid_high) and `values` (their scores); 0.0 for a pair not there.

    Args:
        pairs, values: numpy arrays (int64, float64) of the same length, `pairs` ascending.
        left, right: numpy int64 arrays of uids, of one length.
    Returns:
        A float64 numpy array of that length.
    """
    import numpy as np

    if not len(pairs):
        return np.zeros(len(left))
    key = np.minimum(left, right) * PAIR_SHIFT + np.maximum(left, right)
    at = np.minimum(np.searchsorted(pairs, key), len(pairs) - 1)
    return np.where(pairs[at] == key, values[at], 0.0)


def lists_share(a, b) -> bool | None:
    """DuckDB's `list_has_any` for one pair of lists, as Spark's `list_has_any` gives it: whether
    `a` and `b` share a value; None where either list is None (SQL NULL). A NULL element matches
    nothing, not even a NULL (None, or NaN where pandas reads a list of integers with a gap)."""
    if a is None or b is None:
        return None
    known = {value for value in a if value is not None and value == value}
    return any(value in known for value in b if value is not None and value == value)


def register_functions(spark, con) -> None:
    """Give `spark` the SPARK_FUNCTIONS: `jaro_winkler_similarity` (Splink's jar), `list_has_any`
    (DuckDB's: whether two lists share a value; NULL where either is NULL) and
    `guwah_name_score(uid a, uid b)` (`scores_of` over the name scores of `con`, DuckDB table
    `name_scores(pair, score)`, broadcast once to each executor)."""
    import numpy as np
    import pandas as pd
    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.types import BooleanType, DoubleType

    spark.udf.registerJavaFunction("jaro_winkler_similarity", "uk.gov.moj.dash.linkage.JaroWinklerSimilarity",
                                   DoubleType())
    scores = con.execute("SELECT pair, score FROM name_scores ORDER BY pair").fetchnumpy()
    shared = spark.sparkContext.broadcast((np.asarray(scores["pair"], np.int64),
                                           np.asarray(scores["score"], np.float64)))

    def guwah_name_score(a, b):
        pairs, values = shared.value
        return pd.Series(scores_of(pairs, values, a.to_numpy(np.int64), b.to_numpy(np.int64)))

    # Real types, not this module's postponed (string) annotations: pandas_udf reads them.
    guwah_name_score.__annotations__ = {"a": pd.Series, "b": pd.Series, "return": pd.Series}
    spark.udf.register("guwah_name_score", pandas_udf(DoubleType())(guwah_name_score))

    def list_has_any(a, b):
        return pd.Series([lists_share(x, y) for x, y in zip(a, b, strict=True)], dtype=object)

    list_has_any.__annotations__ = {"a": pd.Series, "b": pd.Series, "return": pd.Series}
    spark.udf.register("list_has_any", pandas_udf(BooleanType())(list_has_any))


def without_repeated_columns(sql: str) -> str:
    """`sql` (Spark SQL) without a projection repeated in the same SELECT (same expression, same
    name); unchanged if there is none.

    Splink selects the unique id column, and again each column a comparison reads; the name
    levels read uid_l and uid_r (`guwah_name_score(uid_l, uid_r)`), so some of its queries select
    `uid_l` twice. DuckDB allows that; Spark refuses the reference as ambiguous. The copies are
    the same column, so dropping them changes nothing else.
    """
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read="spark")
    changed = False
    for select in tree.find_all(exp.Select):
        seen, kept = set(), []
        for projection in select.expressions:
            text = projection.sql(dialect="spark")
            if text not in seen:
                seen.add(text)
                kept.append(projection)
        if len(kept) < len(select.expressions):
            select.set("expressions", kept)
            changed = True
    return tree.sql(dialect="spark") if changed else sql


def spark_api(spark, partitions: int | None = None):
    """Splink's SparkAPI on `spark`, its queries passed through `without_repeated_columns`."""
    from splink.backends.spark import SparkAPI

    class GuwahSparkAPI(SparkAPI):
        def _setup_for_execute_sql(self, sql: str, physical_name: str) -> str:
            return super()._setup_for_execute_sql(without_repeated_columns(sql), physical_name)

    return GuwahSparkAPI(spark_session=spark, num_partitions_on_repartition=partitions)


class SparkBackend:
    """The linker's `Backend` on Spark: tables go from the DuckDB connection to Spark through
    Arrow, and the predictions come back the same way.

    Args:
        con: the linker's DuckDB connection (tables `mentions` and `name_scores` filled).
        spark: a SparkSession whose class path has Splink's similarity jar.
        partitions: partitions Splink repartitions its large tables into (default: Splink's,
            from spark.sql.shuffle.partitions).
    """

    def __init__(self, con, spark, partitions: int | None = None):
        self.con, self.spark = con, spark
        self.db_api = spark_api(spark, partitions)
        register_functions(spark, con)

    def register(self, table: str):
        """The connection's `table`, copied to Spark and registered on the SparkAPI."""
        result = self.con.execute(f"SELECT * FROM {table}")
        # DuckDB 1.5 renamed fetch_arrow_table (deprecated there, the only name before 1.4).
        rows = result.to_arrow_table() if hasattr(result, "to_arrow_table") else result.fetch_arrow_table()
        frame = self.spark.createDataFrame(rows)
        return self.db_api.register(frame, table_name=f"guwah_{table}")

    def fetch(self, predictions) -> str:
        """Copy the predicted pairs back into the connection (table PREDICTIONS)."""
        frame = predictions.as_spark_dataframe().select("uid_l", "uid_r", "match_probability")
        self.con.register("spark_arrow", frame.toArrow())
        self.con.execute(f"CREATE OR REPLACE TABLE {PREDICTIONS} AS SELECT * FROM spark_arrow")
        self.con.unregister("spark_arrow")
        return PREDICTIONS


def link_mentions_on_spark(mentions: Sequence[Mention], spark, progress: Progress | None = None,
                           new_from: int | None = None, partitions: int | None = None) -> LinkResult:
    """`guwah.link.link_mentions` with its Splink model on `spark` (same settings, same result
    shape). Features, candidates, name scores and clustering run in this process."""
    return link_mentions(mentions, progress, new_from=new_from,
                         backend=lambda con: SparkBackend(con, spark, partitions))


def remove_folder(spark, folder: str) -> None:
    """Delete `folder` and what is in it on the cluster's file system (HDFS, a local or shared
    path, an object store: whatever Hadoop reads `folder` with)."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(folder)
    path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).delete(path, True)


def main(argv: list[str] | None = None) -> None:
    """spark-submit entry: link the archive (as `guwah link`) with the model on the session that
    spark-submit configured. Run on the machine that holds the archive (client deploy mode)."""
    from pyspark.sql import SparkSession

    from guwah.console import archive_session, counted, err, stage_progress
    from guwah.registry import link_archive

    parser = argparse.ArgumentParser(prog="guwah.link.spark", description=main.__doc__.splitlines()[0])
    parser.add_argument("--new", action="store_true", help="only mentions added since the last run")
    parser.add_argument("--checkpoint-dir", required=True,
                        help="where Splink writes intermediate tables (cluster storage the group trusts)")
    parser.add_argument("--partitions", type=int, help="partitions for Splink's large tables")
    args = parser.parse_args(argv)
    spark = SparkSession.builder.appName("guwah-link").getOrCreate()
    # Splink's intermediate tables hold the mentions (name keys): a folder of this run only,
    # deleted at the end whatever happens.
    checkpoints = f"{args.checkpoint_dir.rstrip('/')}/guwah-link-{uuid.uuid4().hex}"
    spark.sparkContext.setCheckpointDir(checkpoints)
    try:
        with archive_session("edit_records") as (store, session), stage_progress() as progress:
            run = link_archive(session, store.settings.actor, store=store, progress=progress, only_new=args.new,
                               backend=lambda con: SparkBackend(con, spark, args.partitions))
    finally:
        remove_folder(spark, checkpoints)
        spark.stop()
    err.print(f"{counted(run.mentions, 'mention')}: {counted(run.merges, 'merge')}, {run.blocked} blocked by "
              f"judgements or conflicts, {counted(len(run.review_pairs), 'pair')} to review", highlight=False)


if __name__ == "__main__":
    main()
