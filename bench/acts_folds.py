"""Leave one set out, the whole extractor, act-model variants side by side, each text parsed once.

`bench/train_acts.py --cv` measures one feature setting per run and parses every training text
again each time; this script parses the spent sets' sentences and the acts-train passages once
(kept, with `--cache`, in a folder of pickles for the next run: the parses under the SHA-256 of their
texts and parser, as `train_acts._analyses`; the prepared documents by set name and `content_key`: the SHA-256 of the set's gold and texts and of the
extractor's source), prepares each left-out document up
to the violations once, and then for each variant trains one model per left-out set on every other
set (as `train_acts.cross_validate` with `--train-on-measured`: the measured-only sets included,
and acts-train) and runs the extractor's steps from the violations on with it ("union"), scoring
as `bench/extract.py` does. Each forbidden or negated code produced is printed with its sentence,
its document and whether a rule or the classifier gave it (`acts_variants.run_variant`).

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/acts_folds.py --sets v7,v8,v10,v9b,v11 \
        --variants parse=noclasses,classes=classes --thresholds 0.5,0.8 --cache /tmp/acts-folds

VARIANT is NAME=OPTIONS, OPTIONS joined by "+": "classes" (the parse features with the object's
class, `acts.syntax_features(classes=True)`) or "noclasses" (without, as before the h-x26d round);
"context": also the sentence before's parse features (`acts.CONTEXT`); "open" / "open3" / "openh": the
classifier may propose the rules-only codes but those of `acts_variants.OPENINGS` (measurement);
"closed": the rules-only codes before h-x27c; "nochars" / "nowords": without that feature set of
`acts.FEATURES`; "nohard": without the hard negatives of acts-train (`train_acts.HARD_NEGATIVES`, h-models52);
"registers" / "regacts" / "regneg": with the administrative-register passages of bench/data/acts-trial
(`train_acts.REGISTERS`, h-models53, not in the shipped training): all of them, their act passages, their negatives; "c<number>" (e.g. "c3"): the regressions' C instead of `train_acts.C`. Folds that read
the same sets with the same options share one trained model (with `--unread` naming every left-out
set, one model serves all folds). Each row also gives "model's codes": of the codes the model found
(`Violation.rule` "acts model"), how many the gold gives that person (the model's own precision, as
`bench/rule_generalisation.py` counts it). Figures are cross-set for the classifier (no fold reads the set it is
scored on); the rules' share is tuned on these sets.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "bench") not in sys.path:
    sys.path.insert(0, str(REPO / "bench"))

import acts_variants  # noqa: E402
import train_acts  # noqa: E402

OPTIONS = ("classes", "noclasses", "context", "open", "open3", "openh", "closed", "nochars", "nowords", "nohard",
           "registers", "regacts", "regneg")
# "c<number>" (e.g. "c3"): the logistic regressions' C instead of train_acts.C (regularisation).


def _cached(cache: Path | None, name: str, make):
    """make(), kept in cache/name.pickle when a cache folder is given (read back next time)."""
    if cache is None:
        return make()
    path = cache / f"{name}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def parsed_examples(cache: Path | None) -> dict[str, list[tuple[dict, object]]]:
    """Set (and "acts-train") -> [(example, its parse)], every spent set of train_acts.SETS."""
    def one(items: list[dict]):
        return list(zip(items, train_acts._analyses(items), strict=True))

    # The parses are kept by train_acts' cache (under the SHA-256 of the texts and the parser, so an
    # edited set or parser is parsed again; shared with `bench/train_acts.py --cache`); the examples are
    # read afresh from the gold each time (a few seconds).
    train_acts.CACHE = cache
    found = {name: one([{**e, "document": gold["file"]} for gold, text in train_acts.gold_documents(name)
                        for e in train_acts.sentence_examples(gold, text)])
             for name in train_acts.SETS}
    # The hard negatives (`train_acts.HARD_NEGATIVES`) under their own key, after acts-train: a variant
    # with "nohard" leaves them out and trains on the very examples, in the same order, as before them.
    hard = train_acts.hard_negative_keys()
    passages = one(train_acts.extra_examples())
    found["acts-train"] = [(e, a) for e, a in passages if (e["lang"], e["text"]) not in hard]
    found["hard-negatives"] = [(e, a) for e, a in passages if (e["lang"], e["text"]) in hard]
    # The register passages (`train_acts.REGISTERS`, outside acts-train): act passages (with codes) and
    # negatives apart, for the options "registers", "regacts" and "regneg".
    registers = one(train_acts.extra_examples(train_acts.REGISTERS)) if train_acts.REGISTERS.exists() else []
    found["registers-acts"] = [(e, a) for e, a in registers if e["codes"]]
    found["registers-negatives"] = [(e, a) for e, a in registers if not e["codes"]]
    return found


def content_key(documents: list[tuple[dict, str]]) -> str:
    """What a left-out set's prepared documents depend on, as 16 hex digits of a SHA-256: each
    document's gold and text, and the source of the extractor and its vocabulary (src/guwah/extract,
    src/guwah/vocab, its models included), so that an edited set, rule, model or data file is prepared
    again, never read stale."""
    import hashlib

    digest = hashlib.sha256()
    for gold, text in documents:
        digest.update(json.dumps(gold, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        digest.update(text.encode("utf-8"))
    source = REPO / "src" / "guwah"
    for path in sorted([*(source / "extract").rglob("*"), *(source / "vocab").rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(source)).encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def prepared_documents(cache: Path | None, held: str) -> tuple[list, list]:
    """(items, docs) of a left-out set: (split, gold, text) and its document prepared up to the
    violations, kept under the set's name and `content_key`."""
    documents = train_acts.gold_documents(held)

    def make():
        items = [(held, gold, text) for gold, text in documents]
        return items, [train_acts._prepared(gold, text) for _s, gold, text in items]

    return _cached(cache, f"prepared-{held}-{content_key(documents)}", make)


def with_features(pairs: list[tuple[dict, object]], options: set[str]) -> list[dict]:
    """The examples with their "syntax" features as the variant's options ask."""
    from guwah.extract import acts

    classes = "classes" in options
    found = [{**e, "syntax": acts.syntax_features(analysis, e["text"], 0, len(e["text"]), True, classes)}
             for e, analysis in pairs]
    if "context" in options:  # the sentence before in the same document (a passage has none)
        for k, e in enumerate(found):
            previous = found[k - 1] if k else None
            same = previous is not None and e.get("document") is not None and previous.get("document") == e["document"]
            e["context"] = " ".join("p" + f for f in previous["syntax"].split()) if same else ""
    return found


# The key of `run_model`'s families under which the codes the model found are counted ([true, all, 0, 0]):
# the model's own precision on the left-out set, as bench/rule_generalisation.py measures it.
MODEL_HITS = "(acts model)"


def _c_option(option: str) -> bool:
    """Whether a variant's option is "c<number>" (the regressions' C)."""
    try:
        return option.startswith("c") and float(option[1:]) > 0
    except ValueError:
        return False


def family(code: str) -> str:
    """A code's family: the part of the code before its dot ("torture" of "torture.beating")."""
    return code.split(".", 1)[0]


def run_model(bench, items, docs, model, opened=None) -> tuple[dict, list[str], dict]:
    """`acts_variants.run_variant`'s (table, shown) for one model (`opened`: the rules-only codes
    while it runs, as `acts_variants.OPENINGS`; None: as shipped), and the codes counted by family:
    {family: [tp, predicted, gold, forbidden]} over the documents."""
    from guwah.extract import acts, pipeline, violations
    from guwah.extract.output import person_ids, to_json

    table, shown = acts_variants.run_variant(bench, items, docs, model, opened)
    rules_only = violations._RULES_ONLY_CODES
    families: dict[str, list[int]] = {}
    for (_split, gold, _text), ready in zip(items, docs, strict=True):
        doc = copy.deepcopy(ready)
        violations._RULES_ONLY_CODES = opened or rules_only
        try:
            with acts.using(model):
                pipeline.run_from(doc, "violations")
        finally:
            violations._RULES_ONLY_CODES = rules_only
        out = to_json(doc, sha256=None, title=None)
        mapping = bench.match_persons(gold["persons"], out["persons"])
        gold_codes = {(g["id"], v["code"]) for g in gold["persons"] for v in g["violations"]}
        predicted = {(mapping.get(p["id"], f"unmatched:{p['id']}"), v["code"]) for p in out["persons"] for v in p["violations"]}
        ids = person_ids(doc)  # the codes the model found (`Violation.rule`, as bench/rule_generalisation.py)
        by_model = {(mapping.get(ids[p.id], f"unmatched:{ids[p.id]}"), v.code) for p in doc.persons
                    for v in p.violations if v.rule and v.rule.startswith("acts model")}
        counts = families.setdefault(MODEL_HITS, [0, 0, 0, 0])
        counts[0], counts[1] = counts[0] + len(by_model & gold_codes), counts[1] + len(by_model)
        forbidden = {(f["person"], f["code"]) for f in gold["forbidden"]}
        for key, codes in (("tp", gold_codes & predicted), ("predicted", predicted), ("gold", gold_codes),
                           ("forbidden", forbidden & predicted)):
            column = ("tp", "predicted", "gold", "forbidden").index(key)
            for _person, code in codes:
                families.setdefault(family(code), [0, 0, 0, 0])[column] += 1
    return table, shown, families


def chosen_thresholds(row_by_t: dict, held: str, sets: list[str], weight: float) -> dict[str, float]:
    """For the set `held`, a threshold per code family chosen on the other sets' left-out counts:
    the threshold whose true positives less `weight` × predicted codes are highest, among those
    with no more forbidden codes than the highest threshold's (ties: the higher threshold)."""
    thresholds = sorted(row_by_t, key=float)
    others = [s for s in sets if s != held]
    names = {f for t in thresholds for s in others for f in row_by_t[t]["families"][s]} - {MODEL_HITS}
    chosen = {}
    for name in names:
        def total(t, column, name=name):
            return sum(row_by_t[t]["families"][s].get(name, [0, 0, 0, 0])[column] for s in others)
        allowed = [t for t in thresholds if total(t, 3) <= total(thresholds[-1], 3)]
        chosen[name] = float(max(allowed, key=lambda t: (total(t, 0) - weight * total(t, 1), float(t))))
    return chosen


def per_family(row_by_t: dict, sets: list[str], weight: float = 0.3) -> dict:
    """The codes scored with a threshold per family chosen for each set on the others (`chosen_thresholds`),
    from the per-threshold family counts: {set: [tp, predicted, gold, forbidden]} and the choices.
    Counts add over families (a family's codes do not change with another's threshold, to a first
    approximation: the rules' and the other codes' attribution are the same)."""
    result = {}
    for held in sets:
        chosen = chosen_thresholds(row_by_t, held, sets, weight)
        counts = [0, 0, 0, 0]
        names = {f for t in row_by_t for f in row_by_t[t]["families"][held]} - {MODEL_HITS}
        for name in names:
            t = str(chosen.get(name, max(row_by_t, key=float)))
            t = next(k for k in row_by_t if float(k) == float(t))
            for column in range(4):
                counts[column] += row_by_t[t]["families"][held].get(name, [0, 0, 0, 0])[column]
        result[held] = {"counts": counts, "thresholds": chosen}
    return result


def read_keys(keys, held: str, unread: frozenset[str], options: set[str]) -> tuple[str, ...]:
    """The keys of `parsed_examples` a fold that leaves `held` out trains on, in order: every spent set
    but `held` and the `unread` ones, acts-train; the hard negatives unless "nohard"; the register
    passages (bench/data/acts-trial) only with "registers" (all), "regacts" (act passages) or "regneg"
    (negatives)."""
    wanted = {"hard-negatives": "nohard" not in options,
              "registers-acts": bool({"registers", "regacts"} & options),
              "registers-negatives": bool({"registers", "regneg"} & options)}
    return tuple(key for key in keys if key != held and key not in unread and wanted.get(key, True))


def run(sets: list[str], variants: list[tuple[str, set[str]]], thresholds: list[float], cache: Path | None,
        unread: frozenset[str] = frozenset()) -> dict:
    """{variant: {threshold: {"per_set": {set: summary}, "pooled": summary, "shown": [lines]}}}."""
    from guwah.extract import acts

    bench = train_acts._bench_extract()
    examples = parsed_examples(cache)
    report: dict = {}
    trained: dict = {}  # one model per training data and settings (folds that read the same sets share it)
    for name, options in variants:
        featured = {key: with_features(pairs, options) for key, pairs in examples.items()}
        report[name] = {str(t): {"per_set": {}, "families": {}, "shown": []} for t in thresholds}
        for held in sets:
            items, docs = prepared_documents(cache, held)
            read = read_keys(featured, held, unread, options)
            training = [e for key in read for e in featured[key]]
            features = tuple(f for f in acts.FEATURES if "no" + f[0] not in options) + (
                (acts.CONTEXT,) if "context" in options else ())
            c = next((float(o[1:]) for o in options if _c_option(o)), train_acts.C)
            key = (read, tuple(sorted(options)))
            if key not in trained:
                trained = {key: train_acts.train(training, train_acts.labels_of(training), c=c, features=features)}
            model = trained[key]
            for t in thresholds:
                opened = next((acts_variants.OPENINGS[o] for o in ("open", "open3", "openh", "closed") if o in options), None)
                table, shown, families = run_model(bench, items, docs, model.with_settings(t, "union"), opened)
                row = report[name][str(t)]
                row["per_set"][held] = table[held]
                row["families"][held] = families
                row["shown"] += shown
            print(f"  {name} {held}: done", file=sys.stderr)
        for t in thresholds:
            row = report[name][str(t)]
            pooled = {"tp": 0, "predicted": 0, "gold": 0, "forbidden": 0, "negated": 0}
            for summary in row["per_set"].values():
                codes = summary["violation_codes"]
                for key in ("tp", "predicted", "gold"):
                    pooled[key] += codes[key]
                pooled["forbidden"] += summary["forbidden_codes"]
                pooled["negated"] += summary["negated_codes"]
            p = pooled["tp"] / pooled["predicted"] if pooled["predicted"] else 1.0
            r = pooled["tp"] / pooled["gold"] if pooled["gold"] else 1.0
            pooled.update(precision=round(p, 3), recall=round(r, 3), f1=round(2 * p * r / (p + r) if p + r else 0.0, 3))
            row["pooled"] = pooled
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="v7,v8,v10,v9b,v11", help="comma-separated spent sets to leave out in turn")
    parser.add_argument("--variants", default="parse=noclasses,classes=classes", help="NAME=OPTION[+OPTION], comma-separated")
    parser.add_argument("--thresholds", default="0.5", help="comma-separated thresholds (union)")
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep the parsed examples and documents in")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--unread", default="", help="comma-separated spent sets no fold trains on (does a set "
                                                    "as training help the others?)")
    args = parser.parse_args(argv)
    unread = frozenset(s.strip() for s in args.unread.split(",") if s.strip())
    if unread - set(train_acts.SETS):
        parser.error(f"--unread: spent sets only ({', '.join(train_acts.SETS)}): {args.unread}")
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    if set(sets) - set(train_acts.SETS):
        parser.error(f"--sets: spent sets only ({', '.join(train_acts.SETS)}): {args.sets}")
    variants = []
    for spec in args.variants.split(","):
        name, _, rest = spec.partition("=")
        options = {o for o in rest.split("+") if o}
        if not name or {o for o in options if not _c_option(o)} - set(OPTIONS):
            parser.error(f"not a variant: {spec!r} (NAME=OPTION[+OPTION] of {', '.join(OPTIONS)})")
        variants.append((name, options))
    try:
        thresholds = [float(t) for t in args.thresholds.split(",") if t.strip()]
    except ValueError:
        parser.error(f"--thresholds: not numbers: {args.thresholds}")
    report = {}
    for variant in variants:  # each printed when done
        one = run(sets, [variant], thresholds, args.cache, unread)
        for by_t in one.values():
            if len(by_t) > 1:
                by_t["per-family"] = per_family(by_t, sets)
        report.update(one)
        if not args.json:
            show(one)
            sys.stdout.flush()
    if args.json:
        print(json.dumps(report, indent=1))
    return 0


def show(report: dict) -> None:
    """Print a report of `run` (with its "per-family" rows) as text."""
    for name, by_t in report.items():
        chosen = by_t.get("per-family")
        if chosen:
            tp, predicted, gold, forbidden = (sum(v["counts"][k] for v in chosen.values()) for k in range(4))
            p, r = tp / predicted if predicted else 1.0, tp / gold if gold else 1.0
            print(f"{name} a threshold per family chosen on the other sets: pooled {p:.3f} / {r:.3f} / "
                  f"{2 * p * r / (p + r) if p + r else 0.0:.3f} ({tp}/{predicted}/{gold}) forbidden {forbidden}  "
                  + "  ".join(f"{s} {v['counts'][0]}/{v['counts'][1]}/{v['counts'][2]} f{v['counts'][3]}" for s, v in chosen.items()))
        for t, row in by_t.items():
            if t == "per-family":
                continue
            p = row["pooled"]
            per = "  ".join(f"{s} {v['violation_codes']['precision']:.3f}/{v['violation_codes']['recall']:.3f}/"
                            f"{v['violation_codes']['f1']:.3f} ({v['violation_codes']['tp']}/{v['violation_codes']['predicted']}/"
                            f"{v['violation_codes']['gold']}) f{v['forbidden_codes']}" for s, v in row["per_set"].items())
            hits = [row["families"][s].get(MODEL_HITS, [0, 0]) for s in row["families"]]
            true, made = sum(h[0] for h in hits), sum(h[1] for h in hits)
            print(f"{name} t={t}: pooled {p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f} "
                  f"({p['tp']}/{p['predicted']}/{p['gold']}) forbidden {p['forbidden']} negated {p['negated']}  "
                  f"model's codes {true}/{made}{f' = {true / made:.3f}' if made else ''}  [{per}]")
            for line in row["shown"]:
                print("   ", line)


if __name__ == "__main__":
    sys.exit(main())
