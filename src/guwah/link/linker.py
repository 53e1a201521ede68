"""Group person mentions into clusters, one per real person, on Splink with DuckDB.

The steps, each in one function below:
1. features: name keys and gazetteer ids per mention, in Python (`features.py`); a mention
   without a hometown is placed by the place its facility is named after (`features.area`);
   each distinct name's keys and its row of the name table that step 3 scores over are made
   once, together, in one worker process per core on large inputs (`name_features`);
2. candidates: pairs of mentions that share a name key, in DuckDB; a key shared by so many
   mentions that it would give more than MAX_BLOCK_PAIRS pairs (Muhammad, Mehmet, Abdulla) pairs
   each mention only with its next neighbours in an order by whole name, birth year and place,
   and again by place, birth year and whole name, so that no block gives more than
   MAX_BLOCK_PAIRS per order; such a key is also split into tighter blocks (the key with one
   county, one birth year, one county and birth year, one home below its county: `sub_blocks`),
   each of which gives all its pairs when they are at most SUB_BLOCK_PAIRS; mentions identical in every field are paired whatever the cap
   (`identical_pairs`);
3. name scores: `guwah.names.compare_many` once per distinct pair of name spellings among the
   candidates (in one worker process per core on large inputs), joined back to the pairs in
   DuckDB; pairs scoring below PAIR_FLOOR are dropped;
4. the model: Splink (settings in `settings()`), its comparison levels on the Guwah name score
   (looked up from the pair table by a DuckDB macro), birth-year ranges, gender, place and
   facility together (one comparison: they are not independent evidence; two hometowns that
   disagree are a level of their own, HOMES_DIFFER) and detention year; u by random sampling, m by expectation maximisation, both with fixed
   seeds (where EM learnt namesakes as matches, it trains again in rounds blocked on the name and two
   more fields, and where those did too, its m give way to the stated PRIORS: `train_em`),
   except gender's u, counted among namesakes (a name gives its gender: `namesake_u`),
   the name levels' m, counted from pairs of one birth year and county (`name_m`), and the place
   levels' m, counted from the strict rule's pairs less its namesakes by chance (`place_m`); on inputs large enough to train, the level where the names are the same name takes u
   from the name's frequency (Splink's term frequency adjustment: a rare name is stronger
   evidence than Memet Abdulla), and the "similar" level half-way to it (a common given name
   alone against the full name is weak evidence), estimated from the frequencies of its parts
   (`name_frequencies`), and the prior match probability is a strict rule's count, less the
   namesakes it finds by chance, over that rule's recall as the trained model gives it (`prior`);
5. prediction on the candidate pairs, and clusters: connected components of the pairs whose
   match probability is at least LINK_AUTO, or at least LINK_AGREE (above LINK_REVIEW: at 100,000
   mentions the agreeing pairs just over LINK_REVIEW were namesakes two times in three) where the names are the same
   name (Guwah name score >= SAME_NAME) and no field disagrees (only hometowns inside the
   homeland can disagree, and facilities never: see `agreeing_edges`; every field either missing on one
   side or in an agreeing level: the review a person would do, done where there is nothing to
   weigh), taken from the most probable down and never joining two clusters whose mentions
   disagree (see `cluster`; a gender stated by one mention alone does not bar); a pair of a common
   name (COMMON_NAME mentions or more) links only where a stated field agrees on both sides, not
   merely none disagrees (`corroborate`), else it is held for review. Other pairs from LINK_REVIEW, and refused merges, are returned for
   review, the most probable first and at most `review_cap` of them (REVIEW_PER_MENTION per
   mention: the queue grows with the archive, see `review_queue`); pairs of mentions identical in
   every field left unlinked enter the same queue under the same cap, ranked ahead of the model's
   pairs (a trained model may weigh them as namesakes alike by chance; a person decides). Prediction runs in batches
   of PREDICT_BATCH pairs.

DuckDB runs in memory, within MEMORY_SHARE of the RAM; what it spills goes to a private temporary folder that is removed
at the end. Nothing here reads or writes the archive. Step 4 (the Splink model: training and
prediction) runs on a `Backend`: this DuckDB connection by default, or Spark with the same
settings (`guwah.link.spark`, for archives larger than one machine; docs/linking-at-scale.md).
"""

from __future__ import annotations

import heapq
import logging
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Protocol

from guwah.link.features import feature_columns, nested, place_columns
from guwah.link.mentions import Mention
from guwah.names.settings import (
    LINK_AGREE,
    LINK_AUTO,
    LINK_REVIEW,
    REVIEW_MIN,
    REVIEW_PER_MENTION,
    SAME_NAME,
    SIMILAR_NAME,
)

log = logging.getLogger(__name__)

MAX_BLOCK_PAIRS = 20_000     # the most candidate pairs one name key may produce, per order (two orders)
# A key over the cap is also split into tighter blocks, the key with one of the fields below
# (`sub_blocks`); those of at most SUB_BLOCK_PAIRS pairs give them all.
SUB_BLOCK_PAIRS = 2_000
COUNTY = r"^xj\.[^.]+\.[^.]+"  # the county level of a place id (xj.aksu.kuqa of xj.aksu.kuqa.~DKLK.12)
PREFECTURE = r"^xj\.[^.]+"    # its prefecture (xj.aksu)
_ONE_YEAR = "m.birth_lo = m.birth_hi"
# The tighter blocks of a capped key (`sub_blocks`): kind -> (its mark in the block's key, the value
# added to the key, which mentions have one). SUB_BLOCKS are those made. h-link53 measured the others
# (docs/benchmarks.md): "county+birth" and "home" raise G 100,000's candidate recall .8400 -> .8491 and
# leave A-G at 10,000 as they were; at G 100,000 they take F1 .7970 -> .8021 but precision .8564 -> .8547,
# which LINK_AGREE 0.45 more than takes back (h-link54: .8650 / .7475 / .8019 with both), so they are on;
# the rest gave 0.5-1.5 % true pairs. "county+detained" (h-link57): most pairs still cut state a birth year
# on one side only; it adds 2,851 true candidates of 304,310 at G 100,000 and leaves F1 as it was
# (.8650 / .7475 / .8019 -> .8637 / .7485 / .8020): off, as "detained" alone (631 true of 202,047).
SUB_BLOCK_FIELDS = {
    "county": ("c", f"regexp_extract(m.place, '{COUNTY}')", f"regexp_matches(m.place, '{COUNTY}')"),
    "birth": ("b", "m.birth_lo", _ONE_YEAR),
    "county+birth": ("cb", f"regexp_extract(m.place, '{COUNTY}') || ':' || m.birth_lo",
                     f"regexp_matches(m.place, '{COUNTY}') AND {_ONE_YEAR}"),
    "prefecture+birth": ("pb", f"regexp_extract(m.place, '{PREFECTURE}') || ':' || m.birth_lo",
                         f"regexp_matches(m.place, '{PREFECTURE}') AND {_ONE_YEAR}"),
    "prefecture+decade": ("pd", f"regexp_extract(m.place, '{PREFECTURE}') || ':' || m.birth_lo // 10",
                          f"regexp_matches(m.place, '{PREFECTURE}') AND m.birth_hi - m.birth_lo < 10"),
    "home": ("h", "m.home", "m.home LIKE '%.~%'"),  # a home below its county: a township, or a village in it
    "facility": ("f", "m.facility", "m.facility IS NOT NULL"),
    "detained": ("d", "m.detained_lo", "m.detained_lo = m.detained_hi"),
    "county+detained": ("cd", f"regexp_extract(m.place, '{COUNTY}') || ':' || m.detained_lo",
                        f"regexp_matches(m.place, '{COUNTY}') AND m.detained_lo = m.detained_hi"),
}
SUB_BLOCKS = ("county", "birth", "county+birth", "home")
# The kinds (or True: all) whose over-size tighter block is walked in a sorted neighbourhood of
# SUB_BLOCK_PAIRS // n per order instead of dropped. Measured, not on (h-link53, all kinds:
# `bench/link_candidates.py w20000/2000`; one kind: `20000/2000:county*,birth,...`).
SUB_BLOCK_WINDOWS: bool | tuple[str, ...] = False
PAIR_FLOOR = 0.6             # candidate pairs whose names score below this are different people
SCORE_BATCH = 500_000        # name pairs scored per batch (bounds memory)
U_MAX_PAIRS = 2e6            # random pairs sampled to estimate u
EM_MAX_PAIRS = 1e6           # blocked pairs used per round of expectation maximisation
SEED = 20170401              # for every sample: the same input gives the same clusters
# Guwah name score levels, best first: the same name (in whatever script), then similar names.
# One level for the same name: with term frequencies its u is the name's frequency whatever the
# score, so finer levels above SAME_NAME would only split m and weaken cross-script spellings.
NAME_LEVELS = (SAME_NAME, SIMILAR_NAME)
PAIR_SHIFT = 4294967296      # a pair of uids as one BIGINT: uid_l * PAIR_SHIFT + uid_r
# DuckDB's share of the machine's memory; beyond it DuckDB spills into its private folder.
# DuckDB's own default is 80 %, but the same process also holds the mentions, their features and
# name keys in Python, and Splink's pandas frames: at 1,000,000 mentions those are several GiB,
# so DuckDB gets half and the rest is left to Python and to the other programs of the machine.
MEMORY_SHARE = 0.5

Progress = Callable[[str, float], None]  # (stage, fraction of the stage done)


@dataclass
class LinkResult:
    """Clusters of mentions, and the pairs a reviewer should look at.

    cluster_ids[i] is the cluster of mentions[i]: clusters are numbered from 1 in the order of
    their first mention. review_pairs holds (index a, index b, match probability) for pairs from
    LINK_REVIEW up to LINK_AUTO that did not end in the same cluster (probability rounded to 6
    digits).
    """

    cluster_ids: list[int]
    review_pairs: list[tuple[int, int, float]] = field(default_factory=list)
    candidate_pairs: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    review_threshold: float = LINK_REVIEW  # the lowest match probability the review queue holds
    review_left_out: int = 0               # pairs left out of the queue by its cap (model's or identical)
    # review pairs (index a, index b; a < b) the model would have linked but that are held for
    # review: a common name, and no stated field agrees on both sides (`corroborate`)
    held: frozenset[tuple[int, int]] = frozenset()
    # of `held`, those held because they name the person in two scripts and nothing they both state
    # agrees (`nothing_agrees_across_scripts`), whatever the name's frequency
    held_across_scripts: frozenset[tuple[int, int]] = frozenset()
    # pairs of rows identical in every field (`identical_pairs`) left unlinked and kept in the
    # queue (ranked first, under the same cap: `review_queue`)
    identical_queued: int = 0
    # name keys whose block exceeded MAX_BLOCK_PAIRS: their mentions were compared only with
    # their nearest neighbours (`candidate_pairs`); the most mentions one of them held
    capped_blocks: int = 0
    capped_largest: int = 0
    # the links the clustering took (index a, index b, match probability, rounded to 6 digits): what
    # each automatic merge rests on, which the registry records (`guwah.registry.link_archive`)
    links: list[tuple[int, int, float]] = field(default_factory=list)

    @property
    def clusters(self) -> int:
        """The number of clusters."""
        return max(self.cluster_ids, default=0)


def link_mentions(mentions: Sequence[Mention], progress: Progress | None = None,
                  threads: int | None = None, new_from: int | None = None,
                  backend: Callable[..., Backend] | None = None) -> LinkResult:
    """Cluster mentions of persons: mentions in one cluster are the same person.

    Args:
        mentions: the mentions (their mention_id is not read: any order and ids will do).
        progress: called with a stage name and the fraction of it done.
        threads: DuckDB threads (default: all cores).
        new_from: incremental linking: mentions from this index on are new, those before it
            already linked; only pairs with a new side are scored and predicted (new against
            existing, and new against new: what Splink's predict_between and predict_within do),
            so the existing mentions are not linked again. The model still sees every mention
            (u, m and name frequencies), so a new mention is weighed as in a full run.
        backend: where the Splink model (training and prediction) runs: called with the DuckDB
            connection once the name scores are in it, it returns a `Backend`. Default
            `DuckDBBackend` (the same connection); `guwah.link.spark.SparkBackend` runs the
            same settings on Spark. Features, candidates, name scores and clusters stay here.
    Returns:
        A LinkResult: a cluster number per mention, and the pairs left for review.
    """
    report = progress or (lambda stage, done: None)
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal started
        now = time.perf_counter()
        timings[stage] = round(now - started, 3)
        started = now
        log.info("link: %s in %.1f s", stage, timings[stage])

    total = len(mentions)
    if total < 2:
        return LinkResult(cluster_ids=list(range(1, total + 1)), timings=timings)
    report("features", 0.0)
    places: dict = {}
    keys_by_name, prepared = name_features([mention.name for mention in mentions],
                                           meanwhile=lambda: places.update(place_columns(mentions)))
    columns, keys = feature_columns(mentions, tick=lambda done: report("features", done / total),
                                    keys_by_name=keys_by_name, places=places)
    del keys_by_name
    lap("features")
    spill = tempfile.mkdtemp(prefix="guwah-link-")
    # Splink's warnings (untrained levels of small inputs) are not the user's concern here.
    splink_log = logging.getLogger("splink")
    splink_level = splink_log.level
    splink_log.setLevel(logging.ERROR)
    try:
        con = connect(spill, threads)
        try:
            return run_model(con, mentions, columns, keys, report, lap, timings, new_from, backend, prepared)
        finally:
            con.close()
    finally:
        splink_log.setLevel(splink_level)
        shutil.rmtree(spill, ignore_errors=True)


def memory_limit() -> int:
    """DuckDB's memory limit in MiB: MEMORY_SHARE of the machine's physical memory (at least 256)."""
    import os

    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return max(256, int(total * MEMORY_SHARE) // 2**20)


def connect(spill: str, threads: int | None):
    """An in-memory DuckDB connection that spills only into `spill`, within `memory_limit()`."""
    import duckdb

    config = {"temp_directory": spill, "preserve_insertion_order": "false", "memory_limit": f"{memory_limit()}MiB"}
    if threads:
        config["threads"] = str(threads)
    return duckdb.connect(":memory:", config=config)


def run_model(con, mentions, columns, keys, report, lap, timings, new_from: int | None = None,
              backend: Callable[..., Backend] | None = None, prepared=None) -> LinkResult:
    """Steps 2-5 of the module docstring on an open connection (`prepared`: the names' table, as
    `name_features` gives it)."""
    import pyarrow as pa

    types = {"uid": pa.int64(), "whole": pa.string(), "gender": pa.string(), "birth_lo": pa.int32(),
             "birth_hi": pa.int32(), "place": pa.string(), "facility": pa.string(), "detained_lo": pa.int32(),
             "detained_hi": pa.int32(), "detained": pa.list_(pa.int32()), "detained_near": pa.list_(pa.int32()),
             "home": pa.string(), "script": pa.string()}
    con.register("mentions_arrow", pa.table({name: pa.array(values, types[name]) for name, values in columns.items()}))
    con.execute("CREATE TABLE mentions AS SELECT * FROM mentions_arrow")
    con.unregister("mentions_arrow")
    key_table(con, keys)

    report("candidates", 0.0)
    candidate_pairs(con, new_from)
    capped, largest = con.execute(f"""SELECT count(*), coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM mention_keys
        GROUP BY key) WHERE n * (n - 1) / 2 > {MAX_BLOCK_PAIRS}""").fetchone()
    # Rows identical in every field are compared whatever their block's cap left out.
    twins = identical_pairs(mentions, new_from)
    if twins:
        con.register("twins_arrow", pa.table({"pair": pa.array([a * PAIR_SHIFT + b for a, b in twins], pa.int64())}))
        con.execute("INSERT INTO candidates SELECT pair FROM twins_arrow EXCEPT SELECT pair FROM candidates")
        con.unregister("twins_arrow")
    candidate_count = con.execute("SELECT count(*) FROM candidates").fetchone()[0]
    lap("candidates")
    score_pairs(con, [mention.name for mention in mentions], candidate_count,
                lambda done: report("name scores", done), prepared=prepared)
    lap("name scores")

    report("training", 0.0)
    model = (backend or DuckDBBackend)(con)
    linker = train(con, model, report, len(mentions))
    lap("training")

    report("prediction", 0.0)

    predicted = predict(con, model, linker, lambda done: report("prediction", done))
    lap("prediction")

    report("clustering", 0.0)
    stated = con.execute(f"SELECT {', '.join(STATED_COLUMNS)} FROM mentions ORDER BY uid").fetchall()
    # The hold across scripts only where the model is untrained (its weights the stated PRIORS): see
    # `nothing_agrees_across_scripts`.
    untrained = len(mentions) < MIN_TRAINING_MENTIONS
    edges = corroborate(agreeing_edges(con, predicted), stated, across_scripts=untrained)
    fields = con.execute("SELECT gender, birth_lo, birth_hi, home, detained_lo, detained_hi, detained FROM mentions "
                         "ORDER BY uid").fetchall()
    partial = [alone or initial for alone, initial in zip(
        one_part_names(con), initialled_names([mention.name for mention in mentions], prepared), strict=True)]
    links: list[tuple[int, int, float]] = []
    cluster_ids, pending = cluster(len(mentions), edges, fields, given_alone=partial, taken=links)
    # Rows identical in every field left apart: a trained model may rightly call two identical rows
    # of a common name namesakes by chance (issue 10: 357 rows a name, every field random); a person
    # decides, so they enter the one queue, under its one cap, ahead of the model's pairs.
    apart = [(a, b) for a, b in twins if cluster_ids[a] != cluster_ids[b]]
    identical = frozenset(apart)
    if apart:
        queued = {(min(a, b), max(a, b)) for a, b, _ in pending}
        below = [pair for pair in apart if pair not in queued]  # under LINK_REVIEW: not predicted
    else:
        below = []
    if below:
        probability = pair_probabilities(con, model, linker, below)
        pending = pending + [(a, b, round(probability[a, b], 6)) for a, b in below]
    review, threshold, left_out = review_queue(pending, len(mentions), identical=identical)
    held = held_pairs(edges, review)
    across = frozenset(pair for pair in held
                       if untrained and nothing_agrees_across_scripts(stated[pair[0]], stated[pair[1]]))
    identical_kept = sum(1 for a, b, _ in review if (min(a, b), max(a, b)) in identical)
    lap("clustering")
    report("clustering", 1.0)
    return LinkResult(cluster_ids=cluster_ids, review_pairs=review, candidate_pairs=candidate_count,
                      timings=timings, review_threshold=threshold, review_left_out=left_out, held=held,
                      held_across_scripts=across,
                      identical_queued=identical_kept, capped_blocks=capped, capped_largest=largest,
                      links=links)


def key_table(con, keys: Sequence[Sequence[str]]) -> None:
    """Build table `mention_keys(uid, key, bridge)` from each mention's keys, as
    `guwah.names.keys_many(..., marked=True)` gives them: a key marked as a bridge
    (`guwah.names.keys.BRIDGE`) loses its mark and is flagged, unless the mention has the key as
    its own too. Keys without marks are a mention's own."""
    import pyarrow as pa

    from guwah.names.keys import BRIDGE

    uids = [uid for uid, name_key_list in enumerate(keys) for _ in name_key_list]
    values = [key for name_key_list in keys for key in name_key_list]
    con.register("keys_arrow", pa.table({"uid": pa.array(uids, pa.int64()), "key": values}))
    del uids, values
    con.execute(f"""CREATE TABLE mention_keys AS
        SELECT uid, key, bool_and(bridge) AS bridge FROM (
            SELECT uid, CASE WHEN ends_with(key, '{BRIDGE}') THEN left(key, length(key) - 1) ELSE key END AS key,
                   ends_with(key, '{BRIDGE}') AS bridge
            FROM keys_arrow) GROUP BY ALL""")
    con.unregister("keys_arrow")


def identical_pairs(mentions: Sequence[Mention], new_from: int | None = None) -> list[tuple[int, int]]:
    """Pairs (a, b; a < b) of mentions identical in every field but mention_id (the same name as
    written, gender, birth and detention years, hometown and facility), at least one of birth year,
    hometown, facility and detention year stated: each such mention with the next of its kind, a
    chain of n - 1 pairs for n alike (a chain suffices to join or to show them all). Rows that state
    a name alone are left out: hundreds of namesakes share it; so are rows whose name is a
    placeholder ("Unknown": `guwah.names.is_placeholder`), which is no name to be alike in. With
    `new_from`, only pairs whose later mention is new."""
    from guwah.names import is_placeholder

    last: dict[tuple, int] = {}
    pairs = []
    for index, mention in enumerate(mentions):
        if (mention.birth_year, mention.hometown, mention.facility, mention.detained_year) == (None,) * 4 \
                or is_placeholder(mention.name):
            continue
        key = (mention.name, mention.gender, mention.birth_year, mention.hometown, mention.facility,
               mention.detained_year, mention.detained_years)
        if key in last and index >= (new_from or 0):
            pairs.append((last[key], index))
        last[key] = index
    return pairs


def pair_probabilities(con, model, linker, pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """The model's match probability of each listed pair (a, b; a < b) of candidate pairs (table
    `name_scores`), whatever its value: `predict` keeps only those from LINK_REVIEW."""
    import pyarrow as pa

    con.register("listed_arrow", pa.table({"a": pa.array([a for a, _ in pairs], pa.int64()),
                                           "b": pa.array([b for _, b in pairs], pa.int64())}))
    con.execute("DROP TABLE IF EXISTS blocked_pairs")
    con.execute("CREATE TABLE blocked_pairs AS SELECT '0' AS match_key, a AS join_key_l, b AS join_key_r FROM listed_arrow")
    con.unregister("listed_arrow")
    linker.table_management.register_blocked_pairs_for_predict(model.register("blocked_pairs"))
    predictions = linker.inference.predict(warning_mode="never")
    found = {(min(a, b), max(a, b)): p for a, b, p in con.execute(
        f"SELECT uid_l, uid_r, match_probability FROM {model.fetch(predictions)}").fetchall()}
    predictions.drop_table_from_database_and_remove_from_cache()
    # a pair the prediction did not return (none should be missing) counts as 0
    return {pair: found.get(pair, 0.0) for pair in pairs}


PREDICT_BATCH = 5_000_000  # candidate pairs per round of Splink's prediction (bounds its memory)


def predict(con, model, linker, tick: Callable[[float], None]) -> str:
    """Splink's prediction on the scored pairs (table `name_scores`), PREDICT_BATCH pairs at a
    time, so that its joins never hold more than one batch (at 1,000,000 mentions there are tens
    of millions of pairs, and one round spilled gigabytes). Each batch is registered as the blocked
    pairs for predict (a registration replaces the one before) and its pairs from LINK_REVIEW
    are kept.

    Returns:
        The name of a table of `con` holding (uid_l, uid_r, match_probability).
    """
    total = con.execute("SELECT count(*) FROM name_scores").fetchone()[0]
    batches = max(1, -(-total // PREDICT_BATCH))
    con.execute("CREATE TABLE predicted (uid_l BIGINT, uid_r BIGINT, match_probability DOUBLE)")
    for batch in range(batches):
        con.execute("DROP TABLE IF EXISTS blocked_pairs")
        con.execute(f"CREATE TABLE blocked_pairs AS SELECT '0' AS match_key, pair // {PAIR_SHIFT} AS join_key_l, "
                    f"pair % {PAIR_SHIFT} AS join_key_r FROM name_scores"
                    + (f" WHERE hash(pair) % {batches} = {batch}" if batches > 1 else ""))
        linker.table_management.register_blocked_pairs_for_predict(model.register("blocked_pairs"))
        predictions = linker.inference.predict(threshold_match_probability=LINK_REVIEW, warning_mode="never")
        con.execute(f"INSERT INTO predicted SELECT uid_l, uid_r, match_probability FROM {model.fetch(predictions)}")
        predictions.drop_table_from_database_and_remove_from_cache()
        tick((batch + 1) / batches)
    return "predicted"


def review_cap(mentions: int) -> int:
    """The most pairs a run over `mentions` mentions leaves for review: REVIEW_PER_MENTION per
    mention, at least REVIEW_MIN. The queue grows with the archive; the pairs from LINK_REVIEW
    grow with its namesakes, roughly with its square (346,395 for 100,000 mentions of one test
    set), which no team can read."""
    return max(REVIEW_MIN, int(REVIEW_PER_MENTION * mentions))


def review_queue(review: list[tuple[int, int, float]], mentions: int,
                 identical: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
                 ) -> tuple[list[tuple[int, int, float]], float, int]:
    """The review pairs a team is shown: at most `review_cap(mentions)` of them, whichever pass
    made them. Pairs (a, b; a < b) in `identical` (rows identical in every field left unlinked:
    `identical_pairs`) rank first, then the model's pairs, most probable first (ties by the
    mentions' indexes). Identical rows go first because the model's probability cannot rank them:
    it weighs two identical rows of a common name as namesakes alike by chance (issue 10), so it
    would put them last, under LINK_REVIEW, while a person settles them at a glance; they are few
    (2,376 of 4.7 million pairs at G 1,000,000).

    Returns:
        (the pairs, the lowest probability of a model pair kept (LINK_REVIEW when none is left
        out, 1.0 when identical pairs filled the cap), the number left out by the cap).
    """
    def rank(pair: tuple[int, int, float]) -> tuple:
        a, b, p = pair
        return ((min(a, b), max(a, b)) not in identical, -p, a, b)

    cap = review_cap(mentions)
    if len(review) <= cap:
        return sorted(review, key=rank), LINK_REVIEW, 0
    # Only the pairs that can rank within the cap are sorted (at G 1,000,000, 50,000 of 4.7 million):
    # the identical ones, and the model's from the probability the cap-th of them has (ties kept).
    first = [pair for pair in review if (min(pair[0], pair[1]), max(pair[0], pair[1])) in identical] if identical else []
    room = cap - len(first)
    model = review if not first else [pair for pair in review if (min(pair[0], pair[1]), max(pair[0], pair[1]))
                                      not in identical]
    if room > 0:
        lowest = heapq.nlargest(room, map(itemgetter(2), model))[-1]
        first += [pair for pair in model if pair[2] >= lowest]
    kept = sorted(first, key=rank)[:cap]
    kept_model = [p for a, b, p in kept if (min(a, b), max(a, b)) not in identical]
    return kept, (kept_model[-1] if kept_model else 1.0), len(review) - cap


def agreeing_edges(con, predictions: str) -> list[tuple[int, int, float, bool]]:
    """The predicted pairs as (uid a, uid b, match probability, agrees), ordered by uid.

    `agrees`: the names are the same name (score >= SAME_NAME) and no field disagrees: each of
    gender, birth year (within 3 years, or one exact year typed for the other with its last two
    digits swapped: see `transposed`), hometown (`features.home_place`: same place or one
    inside the other) and detention year (some year of one side's detentions within a year of
    one of the other's) is missing on a side or agrees. Two
    facilities never disagree: one person is often held in several.
    """
    con.execute("""CREATE OR REPLACE MACRO guwah_transposed(a_lo, a_hi, b_lo, b_hi) AS
        a_lo = a_hi AND b_lo = b_hi AND a_lo // 100 = b_lo // 100 AND a_lo % 10 = (b_lo // 10) % 10
        AND b_lo % 10 = (a_lo // 10) % 10""")
    return con.execute(f"""
        SELECT p.uid_l, p.uid_r, p.match_probability, coalesce(s.score, 0.0) >= {SAME_NAME} AND NOT (
               coalesce(a.gender <> b.gender, false)
            OR coalesce(NOT (a.birth_lo <= b.birth_hi + 3 AND b.birth_lo <= a.birth_hi + 3
                             OR guwah_transposed(a.birth_lo, a.birth_hi, b.birth_lo, b.birth_hi)), false)
            OR coalesce(NOT (a.home = b.home OR starts_with(a.home, b.home || '.')
                             OR starts_with(b.home, a.home || '.')), false)
            OR coalesce(NOT list_has_any(a.detained, b.detained_near), false)
        ) AS agrees
        FROM {predictions} p
        JOIN mentions a ON a.uid = p.uid_l JOIN mentions b ON b.uid = p.uid_r
        LEFT JOIN name_scores s ON s.pair = least(p.uid_l, p.uid_r) * {PAIR_SHIFT} + greatest(p.uid_l, p.uid_r)
        ORDER BY p.uid_l, p.uid_r""").fetchall()


# A link between two mentions of a common name asks one stated field to agree on both sides, not
# only none to disagree; without one the pair goes to review (`corroborate`). At 300,000 and
# 1,000,000 mentions of G, a third of the false pairs joined namesakes every pair of whose mentions
# the model linked (twenty-fourth round, docs/benchmarks.md). A name is common from COMMON_NAME
# mentions of its whole-name key in the input: the lowest band edge (powers of two, plus one) at
# which no tuning run (C-G at 100,000, G at 300,000 and 1,000,000) lost F1 (twenty-fifth round).
COMMON_NAME = 513
# A birth range wider than this ("the 1950s") agrees with too many namesakes to count as agreement.
AGREEING_BIRTH_SPAN = 5
# The mentions' columns `corroborate` reads, in this order (`script`, the name's as written, last:
# rows without it are read as of one script).
STATED_COLUMNS = ("whole", "birth_lo", "birth_hi", "home", "facility", "detained_lo", "detained_hi", "script")


def stated_agreement(a: Sequence, b: Sequence) -> bool:
    """Whether two mentions state one field alike on both sides (rows of STATED_COLUMNS; `whole`
    is not read): birth years whose ranges overlap, each range at most AGREEING_BIRTH_SPAN years
    wide; one hometown of county level or finer (`features.home_place` ids of three levels or
    more: the same place, or one inside the other); the same facility; detention years whose
    ranges overlap. A field missing on either side agrees with nothing."""
    _, birth_lo_a, birth_hi_a, home_a, facility_a, held_lo_a, held_hi_a = a[:7]
    _, birth_lo_b, birth_hi_b, home_b, facility_b, held_lo_b, held_hi_b = b[:7]
    if (birth_lo_a is not None and birth_lo_b is not None
            and birth_hi_a - birth_lo_a <= AGREEING_BIRTH_SPAN and birth_hi_b - birth_lo_b <= AGREEING_BIRTH_SPAN
            and birth_lo_a <= birth_hi_b and birth_lo_b <= birth_hi_a):
        return True
    if home_a and home_b and nested(home_a, home_b) and min(home_a.count("."), home_b.count(".")) >= 2:
        return True
    if facility_a and facility_b and facility_a == facility_b:
        return True
    return (held_lo_a is not None and held_lo_b is not None
            and held_lo_a <= held_hi_b and held_lo_b <= held_hi_a)


def states_more_than_the_name(row: Sequence) -> bool:
    """Whether a mention (a row of STATED_COLUMNS) states a birth year, hometown, facility or year
    of detention: something besides its name (and gender) that another mention's could agree with."""
    _, birth_lo, _, home, facility, held_lo, _ = row[:7]
    return birth_lo is not None or bool(home) or bool(facility) or held_lo is not None


def nothing_agrees_across_scripts(a: Sequence, b: Sequence) -> bool:
    """Whether two mentions (rows of STATED_COLUMNS) name their person in two scripts, each states
    something besides the name (`states_more_than_the_name`), and no stated field agrees on both
    sides (`stated_agreement`): only the name, read from one script into the other, says they are
    one person. A namesake fits that as well (issue 10: a newcomer's two persons of one name in
    two scripts were merged with nothing queued), so `corroborate` holds the pair for review,
    whatever the name's frequency, where the model is untrained (`link_mentions` on fewer than
    MIN_TRAINING_MENTIONS mentions: a small archive, weighed with the stated PRIORS, whose queue a
    team reads whole). A trained model weighs such pairs from the archive itself, and there they
    were mostly one person: held at every size, they cost F1 .0101 on tuning generator J, .0080 on
    N, .0051 on A at 10,000 (h-link72; the held pairs' precision barely rose). Where one side
    states only a name, a rare name still links on it, as before: there was nothing to agree."""
    script_a = a[7] if len(a) > 7 else None
    script_b = b[7] if len(b) > 7 else None
    return (script_a is not None and script_b is not None and script_a != script_b
            and states_more_than_the_name(a) and states_more_than_the_name(b) and not stated_agreement(a, b))


def corroborate(edges: Sequence[tuple], rows: Sequence[Sequence], common: int | None = None,
                across_scripts: bool = True) -> list[tuple]:
    """The edges (a, b, match probability, agrees) with a fifth element, `corroborated`: False
    where the commoner of the two mentions' whole-name keys is borne by `common` mentions or more
    of `rows` (per mention, by uid: STATED_COLUMNS) and no stated field agrees
    (`stated_agreement`), and, with `across_scripts`, False where the two name the person in two
    scripts and nothing they both state agrees (`nothing_agrees_across_scripts`). `cluster` never
    links an uncorroborated edge: the pair goes to review. A rare name still links on the name
    with nothing disagreeing, as before, where one side states nothing else. `common`: default
    COMMON_NAME."""
    common = COMMON_NAME if common is None else common
    counts = Counter(row[0] for row in rows if row[0] is not None)
    common_mention = [row[0] is not None and counts[row[0]] >= common for row in rows]
    # Only an edge that would link is asked (the others link nothing either way): at 1,000,000
    # mentions most edges are under LINK_AUTO without agreeing.
    return [(a, b, p, agrees, not (p >= LINK_AUTO or (p >= LINK_AGREE and agrees))
             or (not (common_mention[a] or common_mention[b])
                 and not (across_scripts and nothing_agrees_across_scripts(rows[a], rows[b])))
             or stated_agreement(rows[a], rows[b]))
            for a, b, p, agrees in edges]


def held_pairs(edges: Sequence[tuple], review: Sequence[tuple]) -> frozenset[tuple[int, int]]:
    """The review pairs (a, b; a < b) that `cluster` would have linked but for `corroborate`."""
    queued = {(min(a, b), max(a, b)) for a, b, _ in review}
    return frozenset(pair for a, b, p, agrees, corroborated in edges
                     if not corroborated and (p >= LINK_AUTO or (p >= LINK_AGREE and agrees))
                     and (pair := (min(a, b), max(a, b))) in queued)


def candidate_pairs(con, new_from: int | None = None, keep_blocks: bool = False) -> int:
    """Build table `candidates(pair)`: mentions sharing a name key, at most MAX_BLOCK_PAIRS per key
    (with `new_from`, only pairs where one uid is at least `new_from`).

    A key of n mentions gives all n(n-1)/2 pairs when that is within the cap; otherwise each
    mention is paired with its next w = MAX_BLOCK_PAIRS // n neighbours in an order by whole-name
    key, birth year, place and uid (a sorted neighbourhood), and again in an order by place, birth
    year and whole-name key, which gives fewer than 2·n·w pairs.
    Besides, a key over the cap is split into the tighter blocks of `sub_blocks`. With
    `keep_blocks`, table `ranked(key, uid, rn, w, chunk)` (each block's rows and window) is left for
    the caller to read and drop (`bench/link_candidates.py`).
    Returns:
        The number of distinct candidate pairs.
    """
    sub_blocks(con)
    # A name key's cap is MAX_BLOCK_PAIRS, a tighter block's (key@...) SUB_BLOCK_PAIRS.
    sizes = f"""sizes AS (SELECT key, count(*) AS n,
                                CASE WHEN contains(key, '@') THEN {SUB_BLOCK_PAIRS} ELSE {MAX_BLOCK_PAIRS} END AS cap
                         FROM block_keys GROUP BY key HAVING count(*) > 1)"""
    con.execute(f"""
        CREATE TABLE ranked AS
        WITH {sizes}
        SELECT k.key, k.uid,
               row_number() OVER (PARTITION BY k.key ORDER BY m.whole, m.birth_lo, m.place, k.uid) AS rn,
               CASE WHEN s.n * (s.n - 1) / 2 <= s.cap THEN s.n ELSE greatest(1, s.cap // s.n) END AS w
        FROM block_keys k JOIN sizes s USING (key) JOIN mentions m USING (uid)""")
    # A capped block is also walked in a second order, by place and birth year first: a
    # given-name-only mention ("Aygul") sorts far from the full names ("Aygul Yusup") by whole
    # name, but next to them by place. Its rows count as another block (key + "#").
    con.execute(f"""
        INSERT INTO ranked
        WITH {sizes}
        SELECT k.key || '#', k.uid,
               row_number() OVER (PARTITION BY k.key ORDER BY m.place, m.birth_lo, m.whole, k.uid) AS rn,
               greatest(1, s.cap // s.n) AS w
        FROM block_keys k JOIN sizes s USING (key) JOIN mentions m USING (uid)
        WHERE s.n * (s.n - 1) / 2 > s.cap""")
    con.execute("ALTER TABLE ranked ADD COLUMN chunk BIGINT")
    con.execute("UPDATE ranked SET chunk = (rn - 1) // w")
    # Pairs within a window of w: both ends lie in the same chunk of w rows or in adjacent chunks.
    # Two equi-joins on (key, chunk), not one join on key with an OR: that one compares every
    # pair of a large block (250,000 mentions share the part "Memet" at 1,000,000 mentions).
    con.execute(f"""
        CREATE TABLE candidates AS
        SELECT DISTINCT least(a.uid, b.uid) * {PAIR_SHIFT} + greatest(a.uid, b.uid) AS pair
        FROM ranked a JOIN (SELECT *, chunk AS near FROM ranked UNION ALL
                            SELECT *, chunk - 1 AS near FROM ranked) b
          ON a.key = b.key AND b.near = a.chunk
        WHERE b.rn > a.rn AND b.rn - a.rn <= a.w AND a.uid <> b.uid
          AND greatest(a.uid, b.uid) >= {new_from or 0}""")
    if not keep_blocks:
        con.execute("DROP TABLE ranked")
    con.execute("DROP TABLE block_keys")
    return con.execute("SELECT count(*) FROM candidates").fetchone()[0]


def sub_blocks(con) -> None:
    """Build table `block_keys(uid, key)`: the name keys (`mention_keys`), and for each key whose
    block is over MAX_BLOCK_PAIRS (Memet, Abdurehim Tursun at scale) the tighter blocks of that key
    of each kind in SUB_BLOCKS (`SUB_BLOCK_FIELDS`: "@c:" + the county of its place, "@b:" + its
    birth year where it gives one year, "@cb:" both, "@h:" its home below its county; measured and
    off: "@pb:" prefecture and birth year, "@pd:" prefecture and decade, "@f:" facility, "@d:" one
    detention year, "@cd:" county and detention year), those of at most SUB_BLOCK_PAIRS pairs (all
    of them for the kinds SUB_BLOCK_WINDOWS names; `candidate_pairs` walks an over-size one as it
    walks a capped key, within SUB_BLOCK_PAIRS). The sorted neighbourhood of a capped key compares a mention with a few
    neighbours only (one at G 100,000 for Memet's 20,641 mentions), so a one-part name, an initial
    or a misspelt second part lost the pairs that share nothing but that key: these keep those of
    one county or one birth year, at a few pairs per mention, where dropping the block kept none;
    where a name is so common that its block of one county or of one birth year is itself over
    SUB_BLOCK_PAIRS, those of one county and birth year and of one township or village would keep
    more (issue 10, h-link53; on since h-link54).
    """
    cap, most = MAX_BLOCK_PAIRS, SUB_BLOCK_PAIRS
    walked = SUB_BLOCKS if SUB_BLOCK_WINDOWS is True else SUB_BLOCK_WINDOWS or ()
    tighter = "\n            UNION ALL\n".join(
        f"""SELECT k.uid, k.key || '@{name}:' || {value} AS key, {kind in walked} AS walked
            FROM mention_keys k JOIN capped USING (key) JOIN mentions m USING (uid)
            WHERE {where}""" for kind, (name, value, where) in ((kind, SUB_BLOCK_FIELDS[kind]) for kind in SUB_BLOCKS))
    con.execute(f"""
        CREATE TABLE block_keys AS
        WITH capped AS (SELECT key FROM mention_keys GROUP BY key HAVING count(*) * (count(*) - 1) / 2 > {cap}),
        tighter AS ({tighter}),
        kept AS (SELECT key FROM tighter GROUP BY key
                 HAVING bool_or(walked) OR count(*) * (count(*) - 1) / 2 <= {most})
        SELECT uid, key FROM mention_keys
        UNION ALL SELECT t.uid, t.key FROM tighter t JOIN kept USING (key)""")


def score_pairs(con, names: list[str], total: int, tick: Callable[[float], None],
                workers: int | None = None, prepared=None) -> None:
    """Build table `name_scores(pair, score)`: the Guwah name score of each candidate pair.

    Many candidate pairs repeat the same two spellings (Memet Abdulla beside Memet Abdulla), so
    each distinct pair of name forms is scored once (`score_forms`), in `workers` processes on
    large inputs, and the scores are joined back to the mention pairs in DuckDB. Pairs scoring
    below PAIR_FLOOR are left out: their names are not the same person's.

    Args:
        con: the linker's connection, with table `candidates(pair)` (dropped here).
        names: the name of each mention, by uid.
        total: the number of candidate pairs (for progress).
        tick: called with the fraction of the scoring done.
        workers: scoring processes (default: `scoring_workers()`).
        prepared: the distinct names' table, in their order of first mention, and its
            vocabulary (`name_features`); made here when None.
    """
    import numpy as np
    import pyarrow as pa

    forms: dict[str, int] = {}
    form_of = [forms.setdefault(name, len(forms)) for name in names]
    con.register("forms_arrow", pa.table({"uid": pa.array(range(len(names)), pa.int64()),
                                          "form": pa.array(form_of, pa.int64())}))
    con.execute("CREATE TABLE mention_forms AS SELECT * FROM forms_arrow")
    con.unregister("forms_arrow")
    del form_of
    con.execute(f"""
        CREATE TABLE candidate_forms AS
        SELECT c.pair, least(a.form, b.form) * {PAIR_SHIFT} + greatest(a.form, b.form) AS forms
        FROM candidates c JOIN mention_forms a ON a.uid = c.pair // {PAIR_SHIFT}
        JOIN mention_forms b ON b.uid = c.pair % {PAIR_SHIFT}""")
    con.execute("DROP TABLE candidates")
    con.execute("DROP TABLE mention_forms")
    distinct = con.execute("SELECT DISTINCT forms FROM candidate_forms ORDER BY forms").fetchnumpy()["forms"]
    log.info("link: %d candidate pairs, %d distinct pairs of name forms", total, len(distinct))
    scores = score_forms(list(forms), distinct // PAIR_SHIFT, distinct % PAIR_SHIFT, tick, workers, prepared)
    kept = scores >= PAIR_FLOOR
    con.register("form_scores_arrow", pa.table({"forms": pa.array(distinct[kept], pa.int64()),
                                                "score": pa.array(scores[kept].astype(np.float64))}))
    con.execute("CREATE TABLE form_scores AS SELECT * FROM form_scores_arrow")
    con.unregister("form_scores_arrow")
    del distinct, scores, kept
    con.execute("CREATE TABLE name_scores AS SELECT c.pair, s.score FROM candidate_forms c JOIN form_scores s USING (forms)")
    con.execute("DROP TABLE candidate_forms")
    con.execute("DROP TABLE form_scores")
    # The comparison levels read scores through this macro; a pair not scored scores 0.
    con.execute(f"""CREATE MACRO guwah_name_score(a, b) AS
        coalesce((SELECT score FROM name_scores WHERE pair = least(a, b) * {PAIR_SHIFT} + greatest(a, b)), 0.0)""")


PARALLEL_FROM = 200_000  # pairs of name forms from which scoring runs in worker processes
# The name forms, and their table (`guwah.names.table.names_table`), in each process that
# scores (set by _init_worker): made once, not once per batch, since at 1,000,000 mentions a
# batch's pairs name most of the 475,000 forms, and per batch their records were made again.
_FORMS: list[str] = []
_TABLE = None


def scoring_workers() -> int:
    """Processes for name scoring: the cores this process may run on (at least 1)."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(forms: list[str], prepared=None) -> None:
    global _FORMS, _TABLE
    from guwah.names.table import Vocabulary, names_table

    _FORMS = forms
    if prepared is None:
        _TABLE = names_table(forms, cached=False)
    else:  # (table, vocabulary texts): made once by the caller, not again in every process
        _TABLE = prepared[0], Vocabulary(prepared[1])


NAMES_PARALLEL_FROM = 20_000  # distinct names from which name_features runs in worker processes
NAMES_CHUNK = 5_000           # names per task there


def _name_chunk(names: list[str]):
    """The keys of these names and their table, with its vocabulary's texts (`name_features`)."""
    from guwah.names import keys_many
    from guwah.names.table import names_table

    table, vocabulary = names_table(names, cached=False)
    return keys_many(names, marked=True), table, vocabulary.texts


def name_features(names: Sequence[str], workers: int | None = None, meanwhile: Callable[[], object] | None = None):
    """Each distinct name's blocking keys (`guwah.names.name_keys`), and the table of the
    distinct names, in their order of first appearance, that `score_forms` scores over
    (`guwah.names.table.names_table`).

    Both are made from the name's forms (`guwah.names.forms.name_forms`), the most costly step of
    reading a name; so they are made together, once: before, every scoring process made the
    whole table again for itself, after the keys had been made here. From NAMES_PARALLEL_FROM
    distinct names the names are split into chunks of NAMES_CHUNK made in `workers` processes
    (default `scoring_workers()`; "spawn", as in `score_forms`), each chunk's table numbered in a
    vocabulary of its own and the tables joined (`guwah.names.table.joined_tables`); the keys and
    the scores are the same either way. `meanwhile` is called while the workers read the names
    (the linker makes the place columns then), or first when there are no workers.

    Returns:
        (keys by name, (table, vocabulary texts)), the second as `score_forms` takes it.
    """
    import multiprocessing

    from guwah.names.table import joined_tables

    distinct = list(dict.fromkeys(names))
    workers = scoring_workers() if workers is None else workers
    if workers > 1 and len(distinct) >= NAMES_PARALLEL_FROM:
        chunks = [distinct[start:start + NAMES_CHUNK] for start in range(0, len(distinct), NAMES_CHUNK)]
        with multiprocessing.get_context("spawn").Pool(min(workers, len(chunks))) as pool:
            pending = pool.map_async(_name_chunk, chunks)
            if meanwhile is not None:
                meanwhile()
            made = pending.get()
    else:
        if meanwhile is not None:
            meanwhile()
        chunks = [distinct]
        made = [_name_chunk(distinct)]
    keys_by_name: dict[str, list[str]] = {}
    for chunk, (chunk_keys, _, _) in zip(chunks, made, strict=True):
        keys_by_name.update(zip(chunk, chunk_keys, strict=True))
    table, vocabulary = joined_tables([(table, texts) for _, table, texts in made])
    return keys_by_name, (table, vocabulary.texts)


def _score_batch(batch: tuple):
    """compare_many's scores of a batch of (form index a, form index b) arrays, over the forms'
    table (`guwah.names.table.score_pairs`, what compare_many calls), in a worker process."""
    import numpy as np

    from guwah.names.table import score_pairs

    first, second = batch
    table, vocabulary = _TABLE
    return score_pairs(table, np.asarray(first, dtype=np.int64), np.asarray(second, dtype=np.int64),
                       vocabulary.text, _FORMS)


def score_forms(forms: list[str], first, second, tick: Callable[[float], None] | None = None,
                workers: int | None = None, prepared=None):
    """Guwah name scores of pairs of name forms: compare_many(forms[first[i]], forms[second[i]]).

    Args:
        forms: the distinct names.
        first, second: numpy int arrays of indexes into `forms`, one pair per position.
        tick: called with the fraction done, after each batch of SCORE_BATCH pairs.
        workers: processes; with more than one, and at least PARALLEL_FROM pairs, batches are
            scored in a pool of new ("spawn") processes, which never share the caller's DuckDB
            threads. The scores are the same either way.
        prepared: the table of `forms` and its vocabulary's texts (`name_features`), handed to
            every process; None: each process makes it from the forms.
    Returns:
        A float64 numpy array of scores in [0, 1], one per pair.
    """
    import multiprocessing

    import numpy as np

    report = tick or (lambda done: None)
    count = len(first)
    batches = [(first[start:start + SCORE_BATCH], second[start:start + SCORE_BATCH])
               for start in range(0, count, SCORE_BATCH)]
    workers = scoring_workers() if workers is None else workers
    results = []
    if workers > 1 and count >= PARALLEL_FROM:
        context = multiprocessing.get_context("spawn")
        with context.Pool(min(workers, len(batches)), initializer=_init_worker, initargs=(forms, prepared)) as pool:
            for result in pool.imap(_score_batch, batches):
                results.append(result)
                report(min(len(results) * SCORE_BATCH, count) / max(count, 1))
    else:
        _init_worker(forms, prepared)
        try:
            for batch in batches:
                results.append(_score_batch(batch))
                report(min(len(results) * SCORE_BATCH, count) / max(count, 1))
        finally:
            _init_worker([])  # the table is not kept beyond the call
    return np.concatenate(results) if results else np.zeros(0, dtype=np.float64)


# Starting m and u probabilities per level, best level first, the else level last (the null
# level has none). Small inputs (under MIN_TRAINING_MENTIONS) are linked with these as they stand;
# larger ones re-estimate u by random sampling and m by expectation maximisation.
PRIORS: dict[str, tuple[tuple[float, float], ...]] = {
    "name": ((0.88, 0.001), (0.09, 0.003), (0.03, 0.996)),
    "birth_year": ((0.55, 0.015), (0.25, 0.06), (0.07, 0.03), (0.05, 0.05), (0.01, 0.005), (0.07, 0.84)),
    "gender": ((0.98, 0.5), (0.02, 0.5)),
    "place": ((0.02, 0.0001), (0.02, 0.0005), (0.56, 0.003), (0.04, 0.004), (0.02, 0.45), (0.15, 0.008), (0.05, 0.012),
              (0.10, 0.04), (0.04, 0.4824)),
    "detained_year": ((0.80, 0.35), (0.12, 0.35), (0.08, 0.30)),
}
MIN_TRAINING_MENTIONS = 2_000
# Two hometowns that contradict each other: both resolved inside the homeland (`features.home_place`;
# the gazetteer resolves to the county at most, and a township the cell names below it is appended:
# `features.local_unit`) and neither the same place nor one inside the other (a prefecture and a
# county in it agree, a county and a township of it too; two townships of one county do not).
HOMES_DIFFER = ("home_l IS NOT NULL AND home_r IS NOT NULL AND NOT (home_l = home_r "
                "OR starts_with(home_l, home_r || '.') OR starts_with(home_r, home_l || '.'))")
# Two homes below one county (`features.local_unit`: a township, TOWNSHIP in the home's id, and a
# village's number as one more level): the same village, or the same township (a village on one
# side or neither). LIKE and starts_with, which every backend's SQL has.
SAME_VILLAGE = "home_l = home_r AND home_l LIKE '%.~%.%'"
SAME_TOWNSHIP = ("home_l LIKE '%.~%' AND home_r LIKE '%.~%' AND (home_l = home_r "
                 "OR starts_with(home_l, home_r || '.') OR starts_with(home_r, home_l || '.'))")
# The name levels whose u is the name's frequency (term frequency adjustment). "Similar" pairs
# (Zorvat against Zorvat Keldan, or one rare name in two scripts) at SIMILAR_TF_WEIGHT: u is the
# geometric mean of the level's average and the commoner name's frequency. Weight 1, and weight 1
# floored at the average (only ever weaker), both lost F1 on the tuning generators (fourteenth round).
TF_LEVELS = (f"name score >= {SAME_NAME}", f"name score >= {SIMILAR_NAME}")
# Two exact birth years, one the other with its last two digits swapped (`transposed`), over Splink's
# _l/_r columns.
TRANSPOSED_SQL = ("birth_lo_l = birth_hi_l AND birth_lo_r = birth_hi_r AND birth_lo_l <> birth_lo_r "
                  "AND floor(birth_lo_l / 100) = floor(birth_lo_r / 100) "
                  "AND birth_lo_l % 10 = floor(birth_lo_r / 10) % 10 AND birth_lo_r % 10 = floor(birth_lo_l / 10) % 10")
SIMILAR_TF_WEIGHT = 0.5


def settings(mentions: int):
    """The Splink model for `mentions` records: comparisons of the mention features (see the
    module docstring), as a SettingsCreator that any Splink backend takes.

    The input table has the columns of `features.feature_columns`; the name levels call a SQL
    function `guwah_name_score(uid_l, uid_r)` → DOUBLE (0 for a pair not scored), which
    `score_pairs` defines as a DuckDB macro over table `name_scores`; another backend (Spark)
    defines its own function of that name. With `mentions` >= MIN_TRAINING_MENTIONS the
    name levels read term frequencies for `whole` (see `name_frequencies`, TF_LEVELS).
    """
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    def comparison(column: str, null: str, *conditions: tuple[str, str]):
        levels = [{"sql_condition": null, "label_for_charts": "null", "is_null_level": True}] if null else []
        for (sql, label), (m, u) in zip([*conditions, ("ELSE", "else")], PRIORS[column], strict=True):
            levels.append({"sql_condition": sql, "label_for_charts": label, "m_probability": m, "u_probability": u})
        return levels

    def custom(column: str, levels: list[dict]):
        return cl.CustomComparison(output_column_name=column, comparison_levels=levels)

    # A name without keys (no letters Guwah can read) is a missing name. Because this level names
    # the column `whole`, Splink knows that training blocked on the whole-name key says nothing
    # about names, and leaves the name levels untrained there.
    name = comparison("name", "whole_l IS NULL OR whole_r IS NULL",
                      *((f"guwah_name_score(uid_l, uid_r) >= {level}", f"name score >= {level}")
                        for level in NAME_LEVELS))
    if mentions >= MIN_TRAINING_MENTIONS:
        # Rarer names carry more evidence: on the level where the names are the same name, u is
        # the frequency of the commoner of the two whole-name keys in this input (Splink's term
        # frequency adjustment), not the average over all names; on "similar", half-way to it.
        for level in name[1:]:
            if level["label_for_charts"] in TF_LEVELS:
                level.update(tf_adjustment_column="whole", disable_tf_exact_match_detection=True)
                if level["label_for_charts"] != TF_LEVELS[0]:
                    level.update(tf_adjustment_weight=SIMILAR_TF_WEIGHT)
    name = custom("name", name)
    birth = custom("birth_year", comparison(
        "birth_year", "birth_lo_l IS NULL OR birth_lo_r IS NULL",
        ("birth_lo_l = birth_hi_l AND birth_lo_r = birth_hi_r AND birth_lo_l = birth_lo_r", "same year"),
        ("birth_lo_l <= birth_hi_r AND birth_lo_r <= birth_hi_l", "ranges overlap"),
        ("birth_lo_l <= birth_hi_r + 1 AND birth_lo_r <= birth_hi_l + 1", "a year apart"),
        ("birth_lo_l <= birth_hi_r + 3 AND birth_lo_r <= birth_hi_l + 3", "within 3 years"),
        # One exact year typed or read from a scan for the other with its last two digits swapped
        # (1975, 1957): `transposed`, which `agreeing_edges` and `cluster` already forgive; as "else"
        # the model weighed it as two persons' years. In SQL that Spark reads too (floor, not //).
        (TRANSPOSED_SQL, "digits swapped")))
    gender = custom("gender", comparison("gender", "gender_l IS NULL OR gender_r IS NULL",
                                         ("gender_l = gender_r", "same")))
    # Place and facility are one comparison, not two: they are not independent evidence. Two
    # different people held in one facility are mostly from its county too (people are held near
    # home), and without a hometown the place *is* the facility's (`features.area`), so two
    # comparisons multiplied the same evidence twice, and the more the archive holds namesakes
    # from one county, the more over-confident that made the model. The facility, where both
    # name one, decides the level; else the place does: the same county
    # (a gazetteer id of three levels or more), the same prefecture or other place, one inside the other.
    place = custom("place", comparison(
        "place", "(place_l IS NULL OR place_r IS NULL) AND (facility_l IS NULL OR facility_r IS NULL)",
        # One village or township of a county first: among namesakes of one county (most of the
        # false pairs at scale) they are rarer than one facility, since a county holds few.
        (SAME_VILLAGE, "same village"),
        (SAME_TOWNSHIP, "same township"),
        ("facility_l = facility_r", "same facility"),
        ("jaro_winkler_similarity(facility_l, facility_r) >= 0.9", "similar facility"),
        # Two hometowns inside the homeland that disagree (`features.home_place`, as
        # `agreeing_edges` reads them) apart from "else": a facility's place, the capital and
        # unresolved spellings are loose evidence, two hometowns a contradiction, and one level
        # for both gave EM their average. Before "same county": two townships of one county
        # (`features.local_unit`) are two homes, not one county's (h-link44; they reached the
        # model as one county, at p 0.93 on G, and only `cluster`'s conflict rule parted them).
        (HOMES_DIFFER, "hometowns differ"),
        # One county (or a town in it) is far stronger evidence than one prefecture: a
        # prefecture holds a dozen counties. One level for both gave each the average u.
        ("place_l = place_r AND place_l LIKE '%.%.%'", "same county"),
        ("place_l = place_r", "same place"),
        ("starts_with(place_l, place_r || '.') OR starts_with(place_r, place_l || '.')", "one within the other")))
    detained = custom("detained_year", comparison(
        "detained_year", "detained_lo_l IS NULL OR detained_lo_r IS NULL",
        ("list_has_any(detained_l, detained_r)", "same year"),
        ("list_has_any(detained_l, detained_near_r)", "a year apart")))
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="uid",
        probability_two_random_records_match=min(0.5, 1 / max(mentions, 1)),
        comparisons=[name, birth, gender, place, detained],
        blocking_rules_to_generate_predictions=[block_on("whole")],
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )


class Backend(Protocol):
    """Where the Splink model runs, given the DuckDB connection of `run_model`.

    The connection holds tables `mentions`, `name_scores` and `blocked_pairs` (this one only
    from prediction on). A backend copies what the model reads, and provides the functions the
    settings call by name: `guwah_name_score(uid a, uid b)` (the pair's Guwah name score, 0.0 for
    a pair not scored), `jaro_winkler_similarity` and `starts_with`.
    """

    def register(self, table: str):
        """The connection's `table` as a Splink table of this backend's db_api."""

    def fetch(self, predictions) -> str:
        """A table in the connection holding Splink's `predictions` (uid_l, uid_r,
        match_probability); returns its name."""


class DuckDBBackend:
    """The default backend: Splink's DuckDBAPI on the connection itself (nothing is copied)."""

    def __init__(self, con):
        from splink import DuckDBAPI

        self.db_api = DuckDBAPI(connection=con)

    def register(self, table: str):
        return self.db_api.register(table)

    def fetch(self, predictions) -> str:
        return predictions.physical_name


def train(con, model, report: Progress, mentions: int):
    """A Splink linker on the mentions of `con`, registered on `model` (a Backend: DuckDB itself, or
    Spark), its u and m estimated (seeded, so repeatable).

    Under MIN_TRAINING_MENTIONS the PRIORS stand: a few hundred rows cannot teach a model.
    """
    from splink import Linker

    linker = Linker(model.register("mentions"), settings(mentions), log_level=None)
    if mentions < MIN_TRAINING_MENTIONS:
        return linker
    name_frequencies(con)
    linker.table_management.register_term_frequency_lookup(model.register("whole_tf"), "whole")
    linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=SEED)
    report("training", 0.3)
    # EM blocks on the whole-name key and learns every field but the name (see settings()); where
    # that took namesakes for matches, it trains again in rounds (`train_em`). The name levels
    # are not trained by EM: a round blocked on birth year and place was tried and learns
    # siblings (same age, place and camp, different names) as matches; their m is counted from
    # the pairs the other fields call one person instead (`name_m`).
    train_em(con, linker)
    # After the training session: Splink sets every u again from its sampled values when a
    # session ends, so the namesakes' u is set last.
    namesake_u(con, linker)
    name_m(con, linker)
    place_m(con, linker)
    report("training", 0.7)
    # The prior: see `prior`, from the rule's recall as the trained model itself gives it: m of
    # the top name level, times m of "same year", times the chance that both mentions give a
    # birth year at all. Splink's m of a level is conditional on the comparison not being null
    # (a birth year or range on both sides), and "same year" already demands two exact years, so
    # the last factor is the share of mentions with any birth year (counting only exact years
    # there counted their share twice, and made λ 1.4 times too large on synthetic data).
    with_birth = con.execute("SELECT avg((birth_lo IS NOT NULL)::DOUBLE) FROM mentions").fetchone()[0]
    recall = level_m(linker, "name", NAME_LEVELS[0]) * level_m(linker, "birth_year", "same year") * with_birth ** 2
    linker._settings_obj._probability_two_random_records_match = prior(con, min(max(recall, 0.01), 1.0))
    report("training", 1.0)
    return linker


# Namesakes: candidate pairs with one whole-name key whose exact birth years are more than
# NAMESAKE_YEARS apart, two persons (one person's two birth years are within 3: `agreeing_edges`).
NAMESAKE_YEARS = 5
# The comparisons whose u is the namesakes' share (`namesake_u`), and the fewest namesake pairs
# (with the comparison not null) from which it is.
NAMESAKE_COMPARISONS = ("gender",)
MIN_NAMESAKES = 1_000
# The pairs of `prior`'s strict rule and the namesakes, as SQL over the two sides a and b.
RULE = "a.whole = b.whole AND a.birth_lo = a.birth_hi AND b.birth_lo = b.birth_hi AND a.birth_lo = b.birth_lo"
NAMESAKES = ("a.whole = b.whole AND a.birth_lo = a.birth_hi AND b.birth_lo = b.birth_hi "
             f"AND abs(a.birth_lo - b.birth_lo) > {NAMESAKE_YEARS}")
# The largest share of namesakes by chance among the rule's pairs from which `place_m` counts.
MAX_RULE_NAMESAKES = 0.5
# The fewest pairs of one exact birth year and one county from which `name_m` counts the name
# levels' m; under it the stated PRIORS stand.
MIN_NAME_M_PAIRS = 200


# EM's m of the last birth-year level (years more than 3 apart, digits not swapped) from which EM is taken to have learnt
# namesakes as the match class (`em_fallback`). One person's mentions seldom state birth years that far
# apart (PRIORS: 0.08; EM on G at 10,000: 0.02); with a small list of given names the whole-name blocks
# EM trains on are mostly namesakes, and it learnt 0.53-0.84 (bench/synth.py --names 12 or 6, 10,000).
# G at 100,000 gives 0.33: there the stated m cost F1 (.8019 -> .7980, precision .8650 -> .8928), so the
# cut is above it (h-link58; tuning figures, docs/benchmarks.md).
EM_BIRTH_APART_MAX = 0.4
# EM's training rounds where its one round on the whole-name key took namesakes for matches
# (`train_em`), each blocked on the whole-name key and two more fields (Splink's practice: no round
# learns a comparison from blocks that fix it; a comparison trained in several rounds gets the
# median of their m). The two fields leave few namesakes: birth year is learnt where place and
# detention year agree, place where birth year and detention year do, detention year where birth
# year and place do. Each round is its blocks, then looser ones for an input that states too few
# detention years (`em_rounds`). Not the facility: blocks that need it on both sides held few
# ranges, and "ranges overlap" fell to m 0.09 (G 10,000 F1 -.009). Taken everywhere, the rounds
# cost A-G up to .0034 F1 where the one round was sane (h-link61); taken only where it was not,
# synth --names 12 +.011 (h-link63; tuning figures, docs/benchmarks.md).
EM_ROUNDS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("whole", "place", "detained_lo"), ("whole", "place")),
    (("whole", "birth_lo", "detained_lo"), ("whole", "birth_lo")),
    (("whole", "birth_lo", "place"),),
)
# The fewest blocked pairs a round's blocks must give to be trained on; the round blocked on the
# whole-name key alone (namesakes and all) where none of EM_ROUNDS has as many.
EM_MIN_ROUND_PAIRS = 1_000


def em_rounds(con) -> list[tuple[str, ...]]:
    """The columns each EM round blocks on, for the mentions of `con` (table `mentions`): per round
    of EM_ROUNDS its first blocks (all their columns stated, equal) that give EM_MIN_ROUND_PAIRS
    pairs at least; a round none of whose blocks give as many is left out, and where every round
    is, the one round blocked on the whole-name key."""
    chosen = []
    for alternatives in EM_ROUNDS:
        for columns in alternatives:
            stated = " AND ".join(f"{column} IS NOT NULL" for column in columns)
            pairs = con.execute(f"""SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM (SELECT count(*)::DOUBLE AS n
                FROM mentions WHERE {stated} GROUP BY {', '.join(columns)})""").fetchone()[0]
            if pairs >= EM_MIN_ROUND_PAIRS:
                chosen.append(columns)
                break
    return chosen or [("whole",)]


# The comparisons EM trains (all but the name), whose m go back to PRIORS when it failed.
EM_COMPARISONS = ("birth_year", "gender", "place", "detained_year")


# The least m of a level the rounds trained. Blocked on the name and two more fields, EM learnt an
# m of almost 0 for birth years more than 3 apart and detention years apart on tuning generator G,
# which vetoes every pair of one person with a misread year (h-link61).
EM_MIN_M = 0.01


# The detention-year m where EM trains in rounds (`train_em`): stated, not trained. The one round
# that leaves the detention year free is blocked on the name, the birth year and the place, and in
# its blocks (almost only one person's pairs) EM has one field left to weigh (gender nearly always
# agrees): one field cannot tell two classes apart, and EM made the year itself the match class
# ("same year" m 1.0, "a year apart" 0.0) on tuning generator N at 100,000 records, where every
# true pair whose sources differ by a year then scored under LINK_REVIEW (issue 10). The numbers
# are one person's pairs by the truth of the spent generators A, G, H, J, N, O and P (seed 7, both
# detention years stated): the same year 0.76-0.88, a year apart 0.11-0.23, else 0.002-0.02.
EM_DETAINED_M: tuple[float, ...] | None = (0.82, 0.16, 0.02)


def floor_m(linker) -> None:
    """Raise every level's m that EM trained (EM_COMPARISONS, null levels left out) to EM_MIN_M."""
    for comparison in EM_COMPARISONS:
        for level in _levels(linker, comparison):
            if not level.is_null_level and level.m_probability is not None and level.m_probability < EM_MIN_M:
                level.m_probability = EM_MIN_M


def train_em(con, linker) -> str:
    """Estimate the m of EM_COMPARISONS on `linker` (its u estimated already) by EM on the mentions
    of `con` (table `mentions`): one round blocked on the whole-name key, kept as it is unless it
    learnt namesakes as matches (`em_fallback`); then rounds blocked on the name and two more fields
    (`em_rounds`, m floored at EM_MIN_M, the detention year's stated: EM_DETAINED_M), and where
    those learnt namesakes too, or no blocks give them pairs enough, the stated PRIORS. Returns
    which stands: "one round", "rounds" or "priors"."""
    from splink import block_on

    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("whole"), max_pairs=EM_MAX_PAIRS)
    if not em_fallback(linker):
        return "one round"
    rounds = em_rounds(con)
    if rounds == [("whole",)]:
        return "priors"
    # em_fallback put the PRIORS back, where the rounds start; the failed round's m must not enter
    # the median Splink takes over every round a level was trained in.
    for comparison in EM_COMPARISONS:
        for level in _levels(linker, comparison):
            level._trained_m_probabilities = []
    log.info("link: EM trained again in rounds blocked on %s", rounds)
    for columns in rounds:
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(*columns), max_pairs=EM_MAX_PAIRS)
    if em_fallback(linker):
        return "priors"
    floor_m(linker)
    if EM_DETAINED_M is not None:
        levels = [level for level in _levels(linker, "detained_year") if not level.is_null_level]
        for level, m in zip(levels, EM_DETAINED_M, strict=True):
            level.m_probability = m
    return "rounds"


def em_fallback(linker) -> bool:
    """Put back the PRIORS' m of every comparison EM trained where EM learnt namesakes as matches:
    the m of birth years more than 3 years apart above EM_BIRTH_APART_MAX (a person's mentions
    would mostly disagree on the year of birth). Then the fields weigh nothing (m ≈ u), and every
    namesake pair scores by its name alone; the stated m at least tell one person from two.
    Returns whether it put them back."""
    apart = _levels(linker, "birth_year")[-1]
    if apart.m_probability is None or apart.m_probability <= EM_BIRTH_APART_MAX:
        return False
    log.warning("link: EM learnt namesakes (m of birth years apart %.2f): the stated m are put back", apart.m_probability)
    for comparison in EM_COMPARISONS:
        levels = [level for level in _levels(linker, comparison) if not level.is_null_level]
        for level, (m, _) in zip(levels, PRIORS[comparison], strict=True):
            level.m_probability = m
    return True


def _levels(linker, comparison: str) -> list:
    """The comparison levels of `comparison` in the linker's settings, best first."""
    for candidate in linker._settings_obj.comparisons:
        if candidate.output_column_name == comparison:
            return candidate.comparison_levels
    raise KeyError(comparison)


def namesake_u(con, linker, comparisons: Sequence[str] = NAMESAKE_COMPARISONS) -> dict[str, list[float]]:
    """Set the u probabilities of `comparisons` from the namesakes among the candidate pairs of
    `con` (tables `mentions` and `name_scores`): pairs with the same whole-name key whose exact
    birth years are more than NAMESAKE_YEARS apart.

    u is how often a level holds between two different persons; Splink estimates it from random
    pairs, but the model only ever weighs pairs whose names are alike, and between two persons of
    one name some fields agree far more often than between any two: a name gives its bearer's
    gender, so two namesakes are of one gender nine times in ten, two random persons half the
    time, and "same gender" counted twice the evidence it is (a factor of 1.8 on every same-name
    pair's odds on the tuning generators; docs/benchmarks.md, eighteenth round). Each level's
    SQL condition (Splink's, on the columns with _l and _r) is counted over the namesakes; the
    null level is left out, as in Splink's u. A comparison with fewer than MIN_NAMESAKES namesake
    pairs not null keeps Splink's u.

    Returns:
        {comparison: [u per level, null level left out]} for the comparisons set.
    """
    found: dict[str, list[float]] = {}
    for comparison in comparisons:
        counts, observed = level_counts(con, linker, comparison, NAMESAKES)
        if observed < MIN_NAMESAKES:
            continue
        found[comparison] = []
        for number, level in enumerate(_levels(linker, comparison)):
            if not level.is_null_level:
                # a level never seen among namesakes: one pair's worth, not zero (Splink
                # refuses a u of 0, and one pair is the most the count allows)
                level.u_probability = max(counts.get(number, 0), 1) / observed
                found[comparison].append(level.u_probability)
    if found:
        log.info("link: u among namesakes: %s", found)
    return found


def name_m(con, linker) -> tuple[float, float, float] | None:
    """Set the m probabilities of the name levels (NAME_LEVELS, then the rest from PAIR_FLOOR)
    from the candidate pairs of `con` whose mentions give one exact birth year and one county
    (a gazetteer id of three levels or more): pairs the other fields call one person, almost
    none of them namesakes (98 % and 95 % one person on tuning generators C and D), whose names
    are spelled as one person's names are across sources. m is the share of them at each level.

    The stated PRIORS (0.88, 0.09, 0.03) are kept under MIN_NAME_M_PAIRS such pairs. EM cannot
    train these levels: it blocks on the whole-name key (see `train`). The levels' m was fixed
    before; the sources' spellings differ by generator (the share of one person's pairs whose
    names are the same name: 0.84 on C, 0.74 on D), and a fixed m over-weighed the same name
    where spellings vary and under-weighed a similar one.

    Returns:
        The m set per level (same, similar, else), or None when the PRIORS stand.
    """
    same, similar, count = con.execute(f"""
        SELECT avg((s.score >= {NAME_LEVELS[0]})::DOUBLE),
               avg((s.score >= {NAME_LEVELS[1]} AND s.score < {NAME_LEVELS[0]})::DOUBLE), count(*)
        FROM name_scores s JOIN mentions a ON a.uid = s.pair // {PAIR_SHIFT} JOIN mentions b ON b.uid = s.pair % {PAIR_SHIFT}
        WHERE a.birth_lo = a.birth_hi AND b.birth_lo = b.birth_hi AND a.birth_lo = b.birth_lo
          AND a.place = b.place AND a.place LIKE '%.%.%'""").fetchone()
    if count < MIN_NAME_M_PAIRS:
        return None
    # no level at 0: Splink refuses an m of 0, and one pair is the least the count allows
    floor = 1 / count
    shares = (max(same, floor), max(similar, floor), max(1.0 - same - similar, floor))
    labels = [f"name score >= {level}" for level in NAME_LEVELS] + ["else"]
    by_label = {level.label_for_charts: level for level in _levels(linker, "name") if not level.is_null_level}
    for label, share in zip(labels, shares, strict=True):
        by_label[label].m_probability = share
    log.info("link: name m from %d pairs of one birth year and county: %s", count, shares)
    return shares


def level_counts(con, linker, comparison: str, where: str) -> tuple[dict[int, int], int]:
    """How many candidate pairs of `con` (tables `mentions`, a side `a` and `b`, and
    `name_scores`) that meet the SQL condition `where` fall in each level of `comparison`, each
    level's own SQL condition deciding, best level first: ({level number: pairs}, pairs in a level
    other than the null level). Only the columns the levels read are joined: such pairs are
    millions at 1,000,000 mentions (every column of both sides took gigabytes)."""
    levels = _levels(linker, comparison)
    conditions = " ".join(level.sql_condition for level in levels)
    columns = [row[0] for row in con.execute("SELECT column_name FROM (DESCRIBE mentions)").fetchall()
               if re.search(rf"\b{re.escape(row[0])}_[lr]\b", conditions)]
    both = ", ".join(f"a.{column} AS {column}_l, b.{column} AS {column}_r" for column in columns) or "1 AS one"
    cases = " ".join(f"WHEN {level.sql_condition} THEN {number}" for number, level in enumerate(levels)
                     if level.sql_condition.strip().upper() != "ELSE")
    counts = dict(con.execute(f"""
        SELECT CASE {cases} ELSE {len(levels) - 1} END AS level, count(*) FROM (SELECT {both}
            FROM name_scores s JOIN mentions a ON a.uid = s.pair // {PAIR_SHIFT}
            JOIN mentions b ON b.uid = s.pair % {PAIR_SHIFT} WHERE {where}) GROUP BY level""").fetchall())
    return counts, sum(count for number, count in counts.items() if not levels[number].is_null_level)


def place_m(con, linker) -> list[float] | None:
    """Set the m probabilities of the place levels from the pairs of the strict rule of `prior`
    (one whole-name key, one exact birth year) among the candidate pairs of `con`, less the
    namesakes the rule finds by chance: m of a level is (r - ν n) / (1 - ν), where r is the
    level's share among the rule's pairs, n its share among the namesakes (NAMESAKES: one key,
    birth years more than NAMESAKE_YEARS apart; a name says nothing of a namesake's hometown
    beyond what it says of any namesake's) and ν the rule's share of namesakes by chance
    (`rule_pairs`); a level at or under 0 gets one pair's worth, and the shares are made to sum
    to 1.

    EM, which blocks on the whole-name key, trained these levels on blocks that namesakes fill:
    with two contradicting hometowns a level of their own ("hometowns differ"), it gave the
    level left, "else" (a facility's place, the capital, unresolved spellings), an m of 0.73 on
    tuning generator G where one person's pairs are there 0.40 of the time by the truth, and
    "else" weighed *for* a match (docs/benchmarks.md, nineteenth linking round).

    EM's m stands with fewer than MIN_NAME_M_PAIRS rule pairs or MIN_NAMESAKES namesake pairs
    with the comparison not null, or where ν exceeds MAX_RULE_NAMESAKES.

    Returns:
        The m set per level (null level left out, best first), or None where EM's stand.
    """
    same_year, namesakes = rule_pairs(con)
    share = namesakes / same_year if same_year else 1.0
    if share > MAX_RULE_NAMESAKES:
        return None
    rule, observed = level_counts(con, linker, "place", RULE)
    apart, seen = level_counts(con, linker, "place", NAMESAKES)
    if observed < MIN_NAME_M_PAIRS or seen < MIN_NAMESAKES:
        return None
    levels = [(number, level) for number, level in enumerate(_levels(linker, "place")) if not level.is_null_level]
    floor = 1 / observed
    found = [max((rule.get(number, 0) / observed - share * apart.get(number, 0) / seen) / (1 - share), floor)
             for number, _ in levels]
    total = sum(found)
    found = [value / total for value in found]
    for (_, level), value in zip(levels, found, strict=True):
        level.m_probability = value
    log.info("link: place m from %d rule pairs (%.2f namesakes by chance): %s", observed, share, found)
    return found


def rule_pairs(con) -> tuple[float, float]:
    """The pairs of mentions of table `mentions` that the strict rule of `prior` finds (the same
    whole-name key and the same known birth year), and the namesakes among them by chance (see
    `prior`): (pairs, namesakes)."""
    same_year, same_key, year_pairs, count = con.execute("""
        WITH known AS (SELECT whole, birth_lo AS year FROM mentions WHERE whole IS NOT NULL AND birth_lo = birth_hi),
        by_key_year AS (SELECT count(*)::DOUBLE AS n FROM known GROUP BY whole, year),
        by_key AS (SELECT count(*)::DOUBLE AS n FROM known GROUP BY whole),
        by_year AS (SELECT count(*)::DOUBLE AS n FROM known GROUP BY year)
        SELECT (SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM by_key_year),
               (SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM by_key),
               (SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM by_year), (SELECT count(*)::DOUBLE FROM known)""").fetchone()
    # q from the pairs with different names (almost none of them one person, so a person
    # mentioned many times does not make a year look commoner than it is).
    other_pairs = count * (count - 1) / 2 - same_key
    chance = ((year_pairs - same_year) / other_pairs if other_pairs > 0
              else year_pairs / max(count * (count - 1) / 2, 1.0))  # one name only: all pairs
    return same_year, same_key * chance


def prior(con, recall: float) -> float:
    """λ, the chance that two mentions of table `mentions` are one person: the pairs a strict rule
    finds (the same whole-name key and the same known birth year), less the namesakes among them,
    over the rule's `recall`, over all pairs.

    Namesakes: two different persons with one name are born in the same year as often as any two
    persons are, so of the Σ C(n_k, 2) pairs that share a whole-name key k (among mentions with one
    known birth year), a share q share the year by chance (q: the share of the pairs with
    different keys that share a birth year, almost none of them one person). Counting them as
    matches made λ grow with the archive's namesakes (nearly 3× the true λ at 100,000 synthetic
    mentions), and every common name over-confident.
    Never less than one pair's worth.
    """
    same_year, namesakes = rule_pairs(con)
    total = con.execute("SELECT count(*)::DOUBLE FROM mentions").fetchone()[0]
    pairs = total * (total - 1) / 2
    matches = max(same_year - namesakes, 1.0) / recall
    log.info("link: prior from %d rule pairs, %.0f of them namesakes by chance", same_year, namesakes)
    return min(matches / max(pairs, 1.0), 0.5)


def name_frequencies(con) -> None:
    """Build table `whole_tf(whole, tf_whole)`: how common each whole name is, from its parts.

    A whole name's frequency is estimated from the frequencies of its parts, as if a person's
    given name and father's name were drawn apart: for k parts with frequencies f_i (the share
    of mentions with that part key), k!/∏(multiplicity!) · ∏ (f_i / k). Counting the whole name
    itself would count one person named in ten documents as ten people with the name, and make
    a rare name look common exactly where it is most often mentioned. A name with a part that
    has no part key (or whose parts no one script holds together) falls back to the whole name's
    own share of mentions.

    The parts are drawn apart only within one script (`script` of the mentions, when the table
    has it): the frequency is that estimate made among the mentions of each script, weighed by
    the script's share of the mentions. A name's parts come from one naming tradition, and the
    script a list is written in marks it: in Kazakh Cyrillic both parts of a name are mostly
    Kazakh names, which are few beside the Uyghur ones, so across all mentions Kazakh names drawn
    apart looked rare and their namesakes linked (docs/benchmarks.md, h-link43). With one script
    this is the estimate across all mentions.
    """
    has_script = con.execute("SELECT count(*) FROM (DESCRIBE mentions) WHERE column_name = 'script'").fetchone()[0]
    script = "coalesce(m.script, '')" if has_script else "''"
    con.execute(f"""
        CREATE TABLE whole_tf AS
        WITH total AS (SELECT count(*)::DOUBLE AS n FROM mentions),
        written AS (SELECT m.uid, m.whole, {script} AS script FROM mentions m),
        scripts AS (SELECT script, count(*)::DOUBLE AS n FROM written GROUP BY ALL),
        keyed AS (SELECT k.uid, substr(k.key, 3) AS part, w.script FROM mention_keys k JOIN written w USING (uid)
                  WHERE starts_with(k.key, 'p:') AND NOT k.bridge),
        known_parts AS (SELECT DISTINCT part FROM keyed),
        parts AS (SELECT part, script, count(DISTINCT uid) / any_value(s.n) AS f
                  FROM keyed JOIN scripts s USING (script) GROUP BY ALL),
        own AS (SELECT whole, count(*) / (SELECT n FROM total) AS f FROM mentions
                WHERE whole IS NOT NULL GROUP BY ALL),
        split AS (SELECT whole, unnest(string_split(substr(whole, 3), '+')) AS part FROM own),
        counted AS (SELECT whole, part, count(*) AS times FROM split GROUP BY ALL),
        sized AS (SELECT whole, sum(times) AS k FROM counted GROUP BY ALL),
        known AS (SELECT c.whole, bool_and(p.part IS NOT NULL) AS known
                  FROM counted c LEFT JOIN known_parts p USING (part) GROUP BY ALL),
        -- per script: a part never written in it makes the name's share there 0
        per_script AS (
            SELECT c.whole, s.script, any_value(s.n) AS n, bool_and(p.f IS NOT NULL) AS present,
                   exp(lgamma(max(z.k) + 1) - sum(lgamma(c.times + 1))
                       + sum(c.times * ln(coalesce(p.f, 1) / z.k))) AS f
            FROM counted c JOIN sized z USING (whole) CROSS JOIN scripts s
            LEFT JOIN parts p ON p.part = c.part AND p.script = s.script GROUP BY c.whole, s.script),
        estimated AS (
            SELECT whole, sum(CASE WHEN present THEN f * n ELSE 0 END) / (SELECT n FROM total) AS f
            FROM per_script GROUP BY ALL)
        SELECT o.whole, CASE WHEN k.known AND e.f > 0 THEN least(e.f, 1.0) ELSE o.f END AS tf_whole
        FROM own o JOIN estimated e USING (whole) JOIN known k USING (whole)""")


def level_m(linker, comparison: str, level) -> float:
    """The m probability of a comparison level, found by its label (or its name-score cut)."""
    label = f"name score >= {level}" if comparison == "name" else level
    for found in _levels(linker, comparison):
        if found.label_for_charts == label:
            return found.m_probability
    raise KeyError(f"{comparison}: {label}")


def one_part_names(con) -> list[bool]:
    """Per mention of table `mentions` (by uid): whether its name is of one part, a given name
    alone (its whole-name key joins one part key: `features`), for `cluster`'s given_alone.

    A name of one part (Zorvat: no father's name) links as well to Zorvat Keldan as to Zorvat
    Miran, and at scale it was a common bridge between two persons' clusters (the thirteenth
    round, docs/benchmarks.md: on generator E at 1,000,000, half the false pairs joined persons
    whose names differ)."""
    return [row[0] for row in con.execute(
        "SELECT coalesce(whole IS NOT NULL AND NOT contains(whole, '+'), false) FROM mentions ORDER BY uid").fetchall()]


def initialled_names(names: Sequence[str], prepared=None) -> list[bool]:
    """Per mention (by uid): whether its name has an initial, a part of one letter in one of its
    readings (G. Qurban, Н. Нурлан: `guwah.names.compare.initialled`), for `cluster`'s given_alone.

    An initial fits every name of its first sound (`guwah.names.compare.initial_of`: G. Qurban is
    Gulnar Qurban's and Gülbahar Qurban's name alike), so such a name bridges two persons as a
    given name alone does. `prepared`: the distinct names' table in their order of first mention
    (`name_features`), read where given (the names' forms are not made again); else made here.
    A reading of more than `guwah.names.table.PAD` parts is not read (the table keeps none of its
    parts)."""
    import numpy as np

    from guwah.names.table import LATIN_LENGTH, PAD, names_table

    distinct = list(dict.fromkeys(names))
    table = prepared[0] if prepared is not None else names_table(distinct, cached=False)[0]
    slots = np.arange(PAD) < table.parts[:, None]  # a reading of more than PAD parts keeps no lengths
    per_reading = ((table.numbers[:, LATIN_LENGTH, :] == 1) & slots).any(axis=1)
    seen = np.concatenate([[0], np.cumsum(per_reading)])
    flags = (seen[table.first + table.count] - seen[table.first] > 0).tolist()
    flag_of = dict(zip(distinct, flags, strict=True))
    return [flag_of[name] for name in names]


# How many of a cluster's mentions must state its gender before a merge with a cluster of the
# other gender is refused. One list's gender can be a slip or a guess from the name: 1.5-2 % of the
# true pairs of three independent generators state two genders (tuning figure, eleventh round),
# and one such mention in a chain barred its person's whole cluster from every later merge.
GENDER_FIRM = 2


class Summary:
    """What a cluster says of its person, to refuse merges that would give it two of something:
    the genders stated (and how often), the tightest birth range, the tightest range of each of
    its detentions, and the most specific places.

    A person may be detained more than once (a 2017 detention, a 2020 re-arrest), so the
    detentions are kept apart, as the pair comparison keeps a mention's years (`agreeing_edges`):
    a range narrows only with the years near it, and a merge conflicts only where no detention of
    one is within a year of one of the other's. With `detained` (a mention's every year of
    detention, `Mention.detention_years`) each run of consecutive years is a detention; without
    it, detained_lo to detained_hi is one."""

    __slots__ = ("genders", "birth", "detained", "places")

    def __init__(self, gender, birth_lo, birth_hi, place, detained_lo, detained_hi, detained=None) -> None:
        self.genders = Counter({gender: 1}) if gender else Counter()
        self.birth = (birth_lo, birth_hi) if birth_lo is not None else None
        self.detained = (detentions(detained) if detained
                         else ((detained_lo, detained_hi),) if detained_lo is not None else ())
        self.places = {place} if place else set()

    def gender(self) -> str | None:
        """The cluster's settled gender: stated by a strict majority of its mentions that state
        one, and by at least GENDER_FIRM of them; None while unsettled."""
        if sum(self.genders.values()) < GENDER_FIRM:
            return None
        ranked = self.genders.most_common(2)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def conflicts(self, other: Summary) -> bool:
        """Whether one person cannot be both: the tolerances of `agreeing_edges`; for gender, two
        settled genders that differ (see GENDER_FIRM)."""
        mine, theirs = self.gender(), other.gender()
        return ((mine is not None and theirs is not None and mine != theirs)
                or (apart(self.birth, other.birth, 3) and not transposed(self.birth, other.birth))
                or self.detained_apart(other)
                or any(not nested(a, b) for a in self.places for b in other.places))

    def absorb(self, other: Summary) -> None:
        self.genders.update(other.genders)
        self.birth = tightest(self.birth, other.birth)
        detained = list(self.detained)
        for years in other.detained:
            near = next((i for i, mine in enumerate(detained) if not apart(mine, years, 1)), None)
            if near is None:
                detained.append(years)
            else:
                detained[near] = tightest(detained[near], years)
        self.detained = tuple(detained)
        places = self.places | other.places
        # keep the most specific: a place inside another replaces it
        self.places = {a for a in places if not any(b != a and b.startswith(a + ".") for b in places)}

    def detained_apart(self, other: Summary) -> bool:
        """Whether both state detentions and none of one is within a year of one of the other's."""
        return bool(self.detained and other.detained) and all(
            apart(mine, theirs, 1) for mine in self.detained for theirs in other.detained)


def detentions(years: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Ascending years as ranges of consecutive years: [2015, 2016, 2020] -> ((2015, 2016), (2020, 2020))."""
    ranges: list[tuple[int, int]] = []
    for year in sorted(years):
        if ranges and year <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], max(year, ranges[-1][1]))
        else:
            ranges.append((year, year))
    return tuple(ranges)


def differ(a: str | None, b: str | None) -> bool:
    """Whether two stated values differ (False if one is missing)."""
    return a is not None and b is not None and a != b


def apart(a, b, tolerance: int) -> bool:
    """Whether two year ranges are more than `tolerance` years apart (False if one is missing)."""
    return a is not None and b is not None and not (a[0] <= b[1] + tolerance and b[0] <= a[1] + tolerance)


def transposed(a, b) -> bool:
    """Whether two exact years are one typed for the other with the last two digits swapped
    (1945 and 1954): a slip of the keyboard, not two birth years. False for ranges or a missing one."""
    if a is None or b is None or a[0] != a[1] or b[0] != b[1] or a[0] == b[0]:
        return False
    return a[0] // 100 == b[0] // 100 and a[0] % 10 == b[0] // 10 % 10 and b[0] % 10 == a[0] // 10 % 10


def tightest(a, b):
    """The tighter of two year ranges: the later start, the earlier end (None: unknown)."""
    if a is None or b is None:
        return a or b
    return (max(a[0], b[0]), min(a[1], b[1])) if max(a[0], b[0]) <= min(a[1], b[1]) else (min(a[1], b[1]), max(a[0], b[0]))


def cluster(count: int, edges: Sequence[tuple], fields: Sequence[Sequence] | None = None,
            auto: float = LINK_AUTO, review: float = LINK_REVIEW, given_alone: Sequence[bool] | None = None,
            agree: float = LINK_AGREE, taken: list | None = None) -> tuple[list[int], list[tuple[int, int, float]]]:
    """Connected components over the linking edges, numbered by first member.

    An edge is (a, b, match probability[, agrees[, corroborated]]); it links at `auto` (default LINK_AUTO) or
    above, and from `agree` (default LINK_AGREE) when `agrees` is true (see `agreeing_edges`),
    never when `corroborated` is false (a common name with no stated field agreeing: `corroborate`). With `fields` (per mention: gender,
    birth_lo, birth_hi, home, detained_lo, detained_hi[, detained]; home as `features.home_place`, detained
    as `Summary`), edges are taken from the most probable
    down, and an edge that would join two clusters holding a conflict (two settled genders, see
    `Summary.gender`, or two genders on the edge's own mentions; birth years
    more than 3 years apart, no detention within a year of another, places neither the same nor one
    inside the other) is not taken: the pair goes to review instead. A chain of links never
    makes one person out of mentions that a reviewer would call different.
    With `given_alone` (per mention: its name is one part, a given name without a father's
    name, or has an initial), a link with such a mention at an end never joins two clusters that
    both hold a name of more than one part: a given name alone joins the first person named in
    full that it links to (its most probable link) and bridges no second one; the refused link
    goes to review. A given name alone fits every person who bears it (see `one_part_names`), a
    name with an initial every person whose name begins so (see `initialled_names`). With `taken`
    (a list), each link that joined two clusters is appended to it as (a, b, probability rounded).

    Returns:
        (cluster number per mention, review pairs from `review` that ended in different
        clusters: those below `auto`, and those refused for a conflict).
    """
    parent = list(range(count))
    summaries = [Summary(*row) for row in fields] if fields is not None else None
    # per cluster root: whether it holds a name of more than one part
    full = [not alone for alone in given_alone] if given_alone is not None else None

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    ordered = (sorted(edges, key=lambda edge: -edge[2]) if summaries is not None or given_alone is not None
               else edges)
    for a, b, probability, *agrees in ordered:
        if len(agrees) > 1 and not agrees[1]:
            continue  # a common name with no stated field agreeing: held for review (`corroborate`)
        if probability >= auto or (probability >= agree and agrees and agrees[0]):
            root_a, root_b = find(a), find(b)
            if root_a == root_b:
                continue
            if given_alone is not None and (given_alone[a] or given_alone[b]) and full[root_a] and full[root_b]:
                continue
            keep, gone = min(root_a, root_b), max(root_a, root_b)
            if summaries is not None:
                # The pair itself stating two genders is refused as before; in a chain, only
                # two settled genders are (`Summary.gender`).
                if summaries[keep].conflicts(summaries[gone]) or differ(fields[a][0], fields[b][0]):
                    continue
                summaries[keep].absorb(summaries[gone])
            parent[gone] = keep
            if taken is not None:
                taken.append((a, b, round(probability, 6)))
            if full is not None:
                full[keep] = full[keep] or full[gone]
    numbers: dict[int, int] = {}
    cluster_ids = []
    for node in range(count):
        root = find(node)
        cluster_ids.append(numbers.setdefault(root, len(numbers) + 1))
    # Rounded: DuckDB's sums in another order (other thread counts) differ in the last digits.
    review = [(a, b, round(probability, 6)) for a, b, probability, *_ in edges
              if review <= probability and cluster_ids[a] != cluster_ids[b]]
    return cluster_ids, review
