"""Benchmark the linker: Guwah's beside a plain Splink model, on the same synthetic mentions.

Both run in the same run on the same records from bench/synth.py, each in its own forked
process (so that peak memory is its own): Guwah's linker (guwah.link) and a plain Splink model
with generic romanisation (anyascii, and pypinyin for Chinese characters; Jaro-Winkler on first
and last name, exact matches on the other fields), both clustered at LINK_AUTO (Guwah's also
links a pair from LINK_AGREE whose names are the same name and whose other fields agree or are
missing; see guwah.link.linker). Printed per
linker: wall time, peak resident memory, pairwise precision, recall and F1 against the ground
truth, and cluster counts.

Usage: python bench/link.py --records N [--seed 1] [--names N] [--ocr R] [--renamed R] [--filial R] [--given-alone R] [--pet R] [--pinyin-lists R] [--only guwah|plain|none] [--no-ceiling] [--json]
       (--ocr, --renamed, --filial, --given-alone, --pet, --pinyin-lists: bench/synth.py's degraded records; they need --no-ceiling)
       python bench/link.py --mentions MENTIONS.csv --truth TRUTH.csv [--only guwah|plain] [--unreadable-years unknown]

With --mentions and --truth the two linkers run on another generator's output instead (a CSV in
the shape of `guwah link-records`, read by the same reader, and a CSV of mention_id and the true
person's id in its second column); the ceiling needs bench/synth.py's model and is skipped.
--unreadable-years is the reader's choice (`guwah link-records --unreadable-years`): a file with
year cells that are no year (bench/synth.py --unreadable-years RATE --out DIR) is refused, or read
with those cells as unknown.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synth import add_degrading, check_degrading, make_sample  # noqa: E402

from guwah.link.linker import cluster, link_mentions  # noqa: E402
from guwah.names.settings import LINK_AGREE, LINK_AUTO  # noqa: E402

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


def ceiling(mentions: list, truth: list[int], persons: list) -> dict:
    """What the fields allow: each true pair's posterior probability of being one person.

    For a pair of mentions (a, b), P(same) = Σ_q L_a(q)·L_b(q) / (Σ_q L_a(q) · Σ_q L_b(q)) over
    every invented person q (the generator draws each mention's person uniformly), where L_a(q)
    is the generator's probability of writing mention a about q: the name is any spelling
    synth.renderings gives q's name, and always the true name (a typo is read perfectly: an
    optimistic reader), gender, birth year (shifted a year with probability 0.1,
    then exact, "c." or a decade), hometown (q's place or its prefecture, by the spellings
    render_place chooses among), facility and year of detention (missing with the generator's
    rates). A pair with P(same) < 0.5 is undecidable from its own fields: a Bayes-optimal
    reader who knows the generator would call it two people.

    Returns: true pairs; pairs by posterior (>= 0.95, 0.5-0.95, < 0.5); and the recall of an
    oracle that links every true pair with P(same) >= 0.5 and takes connected components
    (precision 1 by construction: an upper bound on recall, not a linker).
    """
    import numpy as np
    from synth import renderings

    from guwah.places import curated_gazetteer

    gazetteer = curated_gazetteer()
    spellings: dict[str, set] = {}
    by_name: dict[tuple, list[int]] = {}
    for person in persons:
        key = (person.given, person.father, person.female)
        if key not in by_name:
            for text in renderings(*key):
                spellings.setdefault(text, set()).add(key)
        by_name.setdefault(key, []).append(person.person_id)
    entries = sorted({person.place.id for person in persons} | {
        person.place.parent for person in persons if person.place.parent and person.place.parent.startswith("xj.")})
    entry_index = {entry_id: i for i, entry_id in enumerate(entries)}
    spelled_as: dict[str, np.ndarray] = {}  # hometown text → probability per entry of writing it

    def place_odds(text: str) -> np.ndarray:
        if text not in spelled_as:
            row = np.zeros(len(entries))
            for i, entry_id in enumerate(entries):
                entry = gazetteer.get(entry_id)
                names = [value for key, value in entry.names.items()
                         if value and key in ("zh", "ug", "ug-Latn", "kk", "ru", "en")]
                row[i] = names.count(text) / len(names)
            spelled_as[text] = row
        return spelled_as[text]

    facility_codes: dict[str | None, int] = {None: -1}
    columns = {"female": [], "birth": [], "place": [], "parent": [], "facility": [], "detained": []}
    for person in persons:
        parent = person.place.parent
        columns["female"].append(person.female)
        columns["birth"].append(person.birth)
        columns["place"].append(entry_index[person.place.id])
        columns["parent"].append(entry_index[parent] if parent and parent.startswith("xj.") else -1)
        columns["facility"].append(facility_codes.setdefault(person.facility, len(facility_codes)))
        columns["detained"].append(person.detained or -1)
    arrays = {name: np.array(values) for name, values in columns.items()}
    by_name_ids = {key: np.array(ids, dtype=np.int64) for key, ids in by_name.items()}

    def likelihoods(mention, person_id: int) -> tuple[np.ndarray, np.ndarray]:
        """(person ids, L) for the persons that could have been written as `mention`."""
        person = persons[person_id]
        keys = set(spellings.get(mention.name, ()))
        keys.add((person.given, person.father, person.female))  # a typo'd spelling is read right
        ids = np.unique(np.concatenate([by_name_ids[key] for key in keys if key in by_name_ids]))
        column = {name: values[ids] for name, values in arrays.items()}
        weight = np.ones(len(ids))
        if mention.gender is not None:
            weight *= column["female"] == (mention.gender == "female")
        if mention.birth_year is not None:
            low, high = mention.birth_year
            if high - low == 4:
                low = high = low + 2  # "c. 1975" was written for 1975
            birth = column["birth"]
            weight *= (0.9 * ((low <= birth) & (birth <= high)) + 0.05 * ((low <= birth - 1) & (birth - 1 <= high))
                       + 0.05 * ((low <= birth + 1) & (birth + 1 <= high)))
        if mention.hometown is not None:
            row = place_odds(mention.hometown)
            own = row[column["place"]]
            weight *= np.where(column["parent"] >= 0, 0.85 * own + 0.15 * row[column["parent"]], own)
        if mention.facility is None:
            weight *= np.where(column["facility"] < 0, 1.0, 0.4)
        else:
            weight *= column["facility"] == facility_codes.get(mention.facility, -2)
        if mention.detained_year is None:
            weight *= np.where(column["detained"] < 0, 1.0, 0.3)
        else:
            weight *= column["detained"] == mention.detained_year[0]
        kept = weight > 0
        return ids[kept], weight[kept]

    members: dict[int, list[int]] = {}
    for index, person_id in enumerate(truth):
        members.setdefault(person_id, []).append(index)
    cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    buckets = {"p>=0.95": 0, "0.5<=p<0.95": 0, "p<0.5": 0}
    decidable: list[tuple[int, int]] = []
    for person_id, indices in members.items():
        for i in indices:
            cache[i] = likelihoods(mentions[i], person_id)
        for x, a in enumerate(indices):
            ids_a, weights_a = cache[a]
            for b in indices[x + 1:]:
                ids_b, weights_b = cache[b]
                _, at_a, at_b = np.intersect1d(ids_a, ids_b, assume_unique=True, return_indices=True)
                posterior = float(weights_a[at_a] @ weights_b[at_b]) / (weights_a.sum() * weights_b.sum())
                if posterior >= 0.95:
                    buckets["p>=0.95"] += 1
                elif posterior >= 0.5:
                    buckets["0.5<=p<0.95"] += 1
                else:
                    buckets["p<0.5"] += 1
                if posterior >= 0.5:
                    decidable.append((a, b))
        for i in indices:
            del cache[i]
    oracle = components(len(mentions), decidable)
    true_pairs = pairs_within(Counter(truth))
    return {"true_pairs": true_pairs, **buckets,
            "oracle_recall": round(pairs_within(Counter(zip(oracle, truth, strict=True))) / max(true_pairs, 1), 4),
            "decidable_pairs": decidable}


def components(count: int, edges: list[tuple[int, int]]) -> list[int]:
    """Connected components over the edges: a component number per node (the linker's own)."""
    return cluster(count, [(a, b, 1.0) for a, b in edges])[0]


def lost_decidable(clusters: list, decidable: list[tuple[int, int]], oracle_truth: list[int]) -> dict:
    """Of the true pairs a linker left apart: how many the oracle joins (decidable, directly or
    through a chain of decidable pairs) and how many it does not."""
    oracle = components(len(clusters), decidable)
    missed_in_oracle = pairs_within(Counter(zip(oracle, clusters, strict=True)))  # joined by both
    oracle_pairs = pairs_within(Counter(oracle))
    true_pairs = pairs_within(Counter(oracle_truth))
    found = pairs_within(Counter(zip(clusters, oracle_truth, strict=True)))
    return {"lost": true_pairs - found, "lost_decidable": oracle_pairs - missed_in_oracle,
            "lost_undecidable": (true_pairs - found) - (oracle_pairs - missed_in_oracle)}


def run_guwah() -> dict:
    result = link_mentions(MENTIONS)
    return {"clusters": result.cluster_ids, "review_pairs": len(result.review_pairs),
            "review_threshold": result.review_threshold, "review_left_out": result.review_left_out,
            "review_held": len(result.held), "candidate_pairs": result.candidate_pairs, "stages": result.timings}


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
    # The name-scoring worker processes (linker.score_forms): the largest one's peak.
    result["worker_peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    conn.send(result)
    conn.close()


def in_fork(target, *args) -> dict:
    """Run `target(*args, conn)` in a forked process (so that its peak memory is its own) and
    return what it sends through `conn`."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(*args, send))
    process.start()
    send.close()
    result = receive.recv()
    process.join()
    return result


def measure(which: str) -> dict:
    """Run one linker in a forked process and collect its clusters, time and memory."""
    return in_fork(child, which)


def read_generated(mentions_csv: Path, truth_csv: Path, unreadable_years: str = "refuse",
                   unknown_years: list | None = None) -> tuple[list, list]:
    """Mentions through guwah's own spreadsheet reader, and each one's true person, in order;
    `unreadable_years` and `unknown_years` as `read_mentions` takes them."""
    import csv

    from guwah.link.spreadsheet import read_mentions

    mentions = read_mentions(mentions_csv, max_rows=10**7, unreadable_years=unreadable_years,
                             unknown_years=unknown_years)
    with truth_csv.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        person_of = {row[0]: row[1] for row in rows}
    return mentions, [person_of[mention.mention_id] for mention in mentions]


def main() -> None:
    global MENTIONS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--names", type=int, help="bench/synth.py's given names from only the commonest N of "
                        "each sex (a small name list: many namesakes)")
    parser.add_argument("--only", choices=("guwah", "plain", "none"), help="one linker, or none (the ceiling only)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-ceiling", action="store_true", help="skip the ceiling (what the fields allow)")
    parser.add_argument("--mentions", type=Path, help="another generator's mentions CSV (with --truth)")
    parser.add_argument("--truth", type=Path, help="its truth CSV: mention_id, then the true person's id")
    parser.add_argument("--unreadable-years", choices=("refuse", "unknown"), default="refuse",
                        help="with --mentions: a year cell that is no year refuses the file (default) or is read "
                        "as unknown, as `guwah link-records --unreadable-years` does")
    add_degrading(parser)
    args = parser.parse_args()
    check_degrading(parser, args)
    if args.unreadable_years != "refuse" and args.mentions is None:
        parser.error("--unreadable-years is the reader's: give --mentions (bench/synth.py --out DIR writes one)")
    if (args.ocr or args.renamed or args.filial or args.given_alone or args.pet or args.pinyin_lists) and not args.no_ceiling:
        parser.error("the ceiling models none of --ocr, --renamed, --filial, --given-alone, --pet, --pinyin-lists: add --no-ceiling")
    if (args.mentions is None) != (args.truth is None):
        parser.error("--mentions and --truth go together")
    if args.only != "guwah" and importlib.util.find_spec("anyascii") is None:
        # checked here: the plain model runs in a forked process, where the error would be a traceback
        parser.error("the plain Splink model needs anyascii: ./dev bench-setup (or run with --only guwah)")
    started = time.perf_counter()
    unknown_years: list = []
    if args.mentions:
        from guwah.errors import InputError
        from guwah.link.spreadsheet import unknown_years_note

        try:
            MENTIONS, truth = read_generated(args.mentions, args.truth, args.unreadable_years, unknown_years)
        except InputError as error:
            parser.exit(1, f"{args.mentions}: {error.message}\n")
        if unknown_years:
            print(unknown_years_note(unknown_years), file=sys.stderr)
        args.no_ceiling, args.seed = True, None
    else:
        MENTIONS, truth, persons = make_sample(args.records, args.seed, args.names, args.ocr, args.renamed,
                                               args.filial, args.given_alone, args.pet, args.pinyin_lists)
    generated = round(time.perf_counter() - started, 2)
    report = {"records": len(MENTIONS), "persons": len(set(truth)), "seed": args.seed,
              "generate_seconds": generated, "link_auto": LINK_AUTO, "linkers": {}}
    if args.mentions:
        report["unreadable_years"] = args.unreadable_years
        report["years_read_unknown"] = dict(Counter(column for _, column in unknown_years))
    found: dict[str, list] = {}
    for which in ("guwah", "plain"):
        if args.only and which != args.only:
            continue
        result = measure(which)
        clusters = result.pop("clusters")
        report["linkers"][which] = {**pairwise_scores(clusters, truth), "clusters": len(set(clusters)),
                                    **result}
        found[which] = clusters
    if not args.no_ceiling:  # after the linkers, so that their peak memory is their own
        started = time.perf_counter()
        limits = ceiling(MENTIONS, truth, persons)
        decidable = limits.pop("decidable_pairs")
        limits["seconds"] = round(time.perf_counter() - started, 1)
        for which, clusters in found.items():
            report["linkers"][which].update(lost_decidable(clusters, decidable, truth))
        report["ceiling"] = limits
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['records']:,} mentions of {report['persons']:,} persons ({args.mentions or f'seed {args.seed}'}; "
          f"generated in {generated} s); clusters at match probability >= {LINK_AUTO} "
          f"(Guwah: >= {LINK_AGREE} where nothing disagrees)")
    if "candidate_pairs" in report["linkers"].get("guwah", {}):
        print(f"Guwah's candidate pairs: {report['linkers']['guwah']['candidate_pairs']:,}")
    print(f"{'linker':8} {'seconds':>8} {'peak MiB':>9} {'precision':>10} {'recall':>7} {'F1':>7} {'clusters':>9}")
    for which, row in report["linkers"].items():
        print(f"{which:8} {row['seconds']:8.1f} {row['peak_rss_mib']:9,} {row['precision']:10.4f} "
              f"{row['recall']:7.4f} {row['f1']:7.4f} {row['clusters']:9,}")
        if row.get("worker_peak_rss_mib"):
            print(f"         name-scoring workers: peak {row['worker_peak_rss_mib']:,} MiB each at most")
        if "review_pairs" in row:
            print(f"         review queue: {row['review_pairs']:,} pairs (match probability >= "
                  f"{row['review_threshold']:.3f}; {row['review_left_out']:,} less probable left out; "
                  f"{row.get('review_held', 0):,} of the queue held by the common-name rule)")
        if "stages" in row:
            print("         stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in row["stages"].items()))
        if "lost" in row:
            print(f"         true pairs left apart: {row['lost']:,} ({row['lost_decidable']:,} decidable, "
                  f"{row['lost_undecidable']:,} not)")
    if "ceiling" in report:
        limits = report["ceiling"]
        print(f"ceiling ({limits['seconds']} s): of {limits['true_pairs']:,} true pairs, P(same | their own fields) "
              f">= 0.95: {limits['p>=0.95']:,}, 0.5-0.95: {limits['0.5<=p<0.95']:,}, < 0.5: {limits['p<0.5']:,}; "
              f"an oracle linking those >= 0.5 (and their chains) reaches recall {limits['oracle_recall']:.4f}")


if __name__ == "__main__":
    main()
