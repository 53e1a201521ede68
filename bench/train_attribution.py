"""Train the attribution model (`guwah.extract.attribution`) on the tuning sets' gold, and measure
it by leave-one-set-out cross-validation against the rules on the same documents.

Each tuning split of bench/extract.py (TUNING_SPLITS: dev, the corpus documents, the demo
testimonies, v2 … v6, v9, v12) was written by a different writer; a ranking that transfers must
score on a set it never saw about as on the others. The extractor runs on every document of a set
with the rules alone; every act the violation rules see (`attribution.recording`) gives one
example per person of the document, with the features `attribution.features` computed there,
labelled from the gold: positive when the person matches a gold person (bench/extract.py's
one-to-one matching by mentions) whose violations hold the act's code with evidence overlapping
the act's sentence. Held-out sets are never read (their splits are not tuning splits).

    PYTHONPATH=src .venv/bin/python bench/train_attribution.py --cv   # leave-one-set-out table
    PYTHONPATH=src .venv/bin/python bench/train_attribution.py        # train on every set; write the model

--cv trains, for each set, on all the others, then runs the whole extractor on the left-out set
with that model in each mode (`attribution.MODES`, at each --thresholds and --margins) and scores
its violation codes as bench/extract.py does ((gold person, code) pairs): cross-set figures. The
mode, threshold and margin written with the model are --mode, --threshold and --margin (chosen
from that table).

    # every split left out in turn, fill decisions scored from one rules-alone run (h-models50)
    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/train_attribution.py --unseen --recipe shipped \
        --label document --thresholds 0.5,0.6,0.7,0.8,0.9 --cache /tmp/attr.json
    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/train_attribution.py --unseen \
        --label document --thresholds 0.5,0.6,0.7,0.8,0.9 --cache /tmp/attr.json

--unseen runs the extractor once per document (rules alone, `acts_of`) and then, for each of the 30
tuning splits, fits a model without it and decides its acts as mode "fill" does: filled (acts the
rules gave nobody, not on purpose, given to the best-rated person), right (a person the gold gives
the act's code anywhere in the document), fillable (such acts the gold gives someone). At 0.42.0
(h-models50), the shipped recipe (SHIPPED_SPLITS, the 10 sets of 0.13.x) against every split (v7 …
v27 in), right/filled/fillable and F1 pooled (mean over splits): t=0.5 84/146/197 .490 (.499) →
76/136/197 .456 (.481); t=0.7 33/53/197 .264 (.320) → 41/63/197 .315 (.360); t=0.8 (shipped)
27/39/197 .229 (.286) → 30/44/197 .249 (.277); t=0.9 14/18/197 .130 (.145) → 17/22/197 .155 (.188).
At the shipped threshold the later sets add three right fills and two wrong ones over 30 unseen
splits: too little to move codes F1 (.789 on 3,061 gold pairs) and not shipped (no whole-bench run
could be made in that round); 0.7 with every split is the setting to try next, with a whole bench.

--shipped-on SPLITS runs the whole extractor on splits the shipped model never read, rules alone and the
shipped model in mode fill at each --thresholds, and prints each split's codes (h-models53: on v21 … v30,
rules 542/660, fill 0.8 544/664, fill 0.7 544/669 and one more forbidden code; the threshold stays 0.8):

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/train_attribution.py --thresholds 0.7,0.8 \
        --shipped-on tuning_v21,tuning_v22,tuning_v23,tuning_v24,tuning_v25,tuning_v26,tuning_v27,tuning_v28,tuning_v29,tuning_v30
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402  (bench/extract.py)

MODEL_DIR = bench.REPO / "src" / "guwah" / "extract" / "attribution_model"
# What makes an (act, person) pair positive: the gold gives the person the act's code with evidence
# in the act's sentence, or anywhere in the document (the place of the pair in an example).
LABELS = {"sentence": 1, "document": 3}
C = 0.5
SEED = 7


def documents(split: str):
    """(gold, text, file name) of every document of a tuning split (every language)."""
    if split not in bench.TUNING_SPLITS:
        raise SystemExit(f"{split} is not a tuning split (known: {', '.join(bench.TUNING_SPLITS)})")
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if bench.SPENT.get(gold["split"], gold["split"]) == split:
                if gold.get("source") is None and not gold.get("path") and not bench.CORPUS.exists():
                    continue  # a corpus text, and no corpus beside the repository
                yield gold, bench.load_corpus_text(gold), f"{folder.name}/{path.name}"


def run(gold: dict, text: str, model=None):
    """The extractor's Doc and JSON for one gold document, with `model` (None: the rules alone)."""
    from guwah.extract import attribution, parse_document_date
    from guwah.extract.output import to_json
    from guwah.extract.pipeline import run_pipeline

    with attribution.using(model):
        doc = run_pipeline(text, None, parse_document_date(gold.get("document_date")))
    return doc, to_json(doc, sha256=None, title=None)


def labelled(gold: dict, text: str) -> list[tuple[dict[str, float], int, int, int]]:
    """(features, label, act number, label anywhere) of every (act, person) pair of one document,
    the extractor run with the rules alone; "label anywhere": the gold gives the person the act's
    code, with evidence anywhere in the document."""
    return [(row, label, number, loose) for number, act in enumerate(acts_of(gold, text))
            for row, label, loose in act["rows"]]


def acts_of(gold: dict, text: str) -> list[dict]:
    """{rules, settled, rows: [(features, label, label anywhere)]} of every act of one document the
    violation rules kept (`labelled`'s examples, act by act, with what the rules decided: whom they
    named and whether they gave it to nobody on purpose), the extractor run with the rules alone."""
    from guwah.extract import attribution
    from guwah.extract.output import person_ids

    with attribution.recording() as acts:
        doc, out = run(gold, text)
    kept: dict[tuple, dict] = {}
    for act in acts:  # the violation rules' last pass is the one kept
        kept[(act["code"], act["index"], act["start"], act["end"])] = act
    to_out = person_ids(doc)
    to_gold = bench.match_persons(gold["persons"], out["persons"])
    evidence = {(g["id"], v["code"]): [] for g in gold["persons"] for v in g["violations"]}
    for g in gold["persons"]:
        for v in g["violations"]:
            evidence[(g["id"], v["code"])].append(tuple(v["evidence"]))
    found = []
    for act in kept.values():
        rows = []
        for pid, row in act["rows"].items():
            gid = to_gold.get(to_out.get(pid, ""), None)
            spans = evidence.get((gid, act["code"]), []) if gid is not None else []
            label = int(any(bench.overlaps(span, act["sentence"]) for span in spans))
            rows.append((row, label, int(bool(spans))))
        found.append({"rules": act["rules"], "settled": act["settled"], "rows": rows})
    return found


def gather(splits) -> dict[str, list[tuple[dict[str, float], int, int, int]]]:
    """Split -> its examples (act numbers made unique across the split's documents)."""
    found = {}
    for split in splits:
        examples, offset = [], 0
        for gold, text, _name in documents(split):
            rows = labelled(gold, text)
            examples += [(row, label, number + offset, loose) for row, label, number, loose in rows]
            offset += 1 + max((number for _r, _l, number, _d in rows), default=-1)
        found[split] = examples
    return found


# The splits the shipped model is trained on (its meta.json "sets"): the recipe --unseen measures first.
SHIPPED_SPLITS = ("dev", "tuning", "tuning_v2", "tuning_v3", "tuning_v4", "tuning_v5", "tuning_v6", "tuning_v9",
                  "tuning_v12", "tuning_demo")


def gather_acts(splits, cache: Path | None = None) -> dict[str, list[dict]]:
    """Split -> its acts (`acts_of`, every document in turn), kept in the JSON file `cache` when
    given (read back when it exists, if it holds every split asked)."""
    if cache is not None and cache.exists():
        found = json.loads(cache.read_text(encoding="utf-8"))
        if all(split in found for split in splits):
            return {split: found[split] for split in splits}
    found = {}
    for split in splits:
        found[split] = [act for gold, text, _name in documents(split) for act in acts_of(gold, text)]
        print(f"  {split}: {len(found[split])} acts", file=sys.stderr)
    if cache is not None:
        cache.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return found


def unseen(acts: dict[str, list[dict]], training_splits, thresholds, label: str = "document") -> dict:
    """Each split of `acts` decided by a model fitted on `training_splits` without it, as mode "fill"
    decides (`attribution._choose`): an act the rules give to nobody, and not on purpose, goes to the
    best-rated person when rated at least the threshold. Per threshold and split: filled (acts so
    given), right (to a person the gold gives the act's code anywhere in the document: a pair the
    tuning bench can count), fillable (such acts the gold gives someone), and their precision,
    recall, F1; "pooled" over the splits and "mean" (the splits' F1 averaged)."""
    from guwah.extract.attribution import Model

    column = {"sentence": 1, "document": 2}[label]
    report: dict = {t: {} for t in thresholds}
    for split, held in acts.items():
        train = [(row, sentence, number, loose) for name in training_splits if name != split
                 for number, act in enumerate(acts[name]) for row, sentence, loose in act["rows"]]
        model: Model = fit(train, label=label)
        open_acts = [act for act in held if not act["rules"] and not act["settled"] and act["rows"]]
        rated = [(max(zip(model.probabilities([r[0] for r in act["rows"]]), act["rows"], strict=True),
                      key=lambda pair: pair[0]), any(r[column] for r in act["rows"])) for act in open_acts]
        for t in thresholds:
            filled = sum(p >= t for (p, _row), _any in rated)
            right = sum(p >= t and bool(row[column]) for (p, row), _any in rated)
            fillable = sum(bool(a) for _best, a in rated)
            report[t][split] = {"filled": filled, "right": right, "fillable": fillable,
                                **bench.prf(right, filled, fillable)}
    for per in report.values():
        totals = [sum(f[k] for f in per.values()) for k in ("filled", "right", "fillable")]
        mean = sum(f["f1"] for f in per.values()) / max(1, len(per))
        per["pooled"] = {"filled": totals[0], "right": totals[1], "fillable": totals[2],
                         **bench.prf(totals[1], totals[0], totals[2])}
        per["mean"] = {"f1": round(mean, 3)}
    return report


def fit(examples, mode: str = "fill", threshold: float = 0.5, margin: float = 0.3, meta: dict | None = None,
        label: str = "sentence"):
    """An `attribution.Model` fitted on the examples (logistic regression, scikit-learn), each
    labelled as `label` says (LABELS)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from guwah.extract.attribution import Model

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([example[0] for example in examples])
    labels = [example[LABELS[label]] for example in examples]
    if len(set(labels)) < 2:
        raise SystemExit("the examples hold one label only: nothing to learn")
    regression = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", random_state=SEED)
    regression.fit(matrix, labels)
    return Model(tuple(vectorizer.get_feature_names_out()), regression.coef_[0].astype("float32"),
                 float(regression.intercept_[0]), mode, threshold, margin, meta or {})


def score_split(split: str, model) -> dict:
    """Violation codes (P, R, F1, tp/pred/gold) and the negated and forbidden codes of the
    extractor with `model` over one split."""
    counts = [bench.score(gold, run(gold, text, model)[1]) for gold, text, _name in documents(split)]
    summary = bench.summarise(counts)
    return {**summary["violation_codes"], "negated": summary["negated_codes"], "forbidden": summary["forbidden_codes"]}


def settings(modes, thresholds, margins) -> list[tuple[str, float, float]]:
    found = []
    for mode in modes:
        for threshold in thresholds if mode != "rules" else [0.5]:
            for margin in margins if mode == "override" else [0.0]:
                found.append((mode, threshold, margin))
    return found


def cross_validate(splits, modes, thresholds, margins, label: str = "sentence", examples=None,
                   left_out_sets=None) -> dict:
    """Leave-one-set-out: split -> setting label -> code figures; `left_out_sets` (default: every
    split) are the sets left out in turn, each model trained on all the other `splits`."""
    examples = examples or gather(splits)
    table: dict[str, dict[str, dict]] = {}
    for left_out in left_out_sets or splits:
        train = [example for split in splits if split != left_out for example in examples[split]]
        model = fit(train, label=label)
        table[left_out] = {}
        for mode, threshold, margin in settings(modes, thresholds, margins):
            name = mode if mode == "rules" else f"{mode} t={threshold}" + (f" m={margin}" if mode == "override" else "")
            table[left_out][name] = score_split(left_out, None if mode == "rules" else
                                                 model.with_settings(mode, threshold, margin))
    return table


def pooled(figures: list[dict]) -> dict:
    tp, predicted, gold = (sum(f[k] for f in figures) for k in ("tp", "predicted", "gold"))
    return {**bench.prf(tp, predicted, gold), "negated": sum(f["negated"] for f in figures),
            "forbidden": sum(f["forbidden"] for f in figures)}


def print_table(table: dict) -> None:
    labels = list(next(iter(table.values())))
    print(f"{'left-out set':<16} " + " ".join(f"{label:>22}" for label in labels))
    for split, row in table.items():
        print(f"{split:<16} " + " ".join(f"{row[label]['f1']:>10.3f} ({row[label]['tp']:>3}/{row[label]['predicted']:>3}/{row[label]['gold']:>3})"
                                         for label in labels))
    means = {label: sum(row[label]["f1"] for row in table.values()) / len(table) for label in labels}
    print(f"{'mean F1':<16} " + " ".join(f"{means[label]:>22.3f}" for label in labels))
    totals = {label: pooled([row[label] for row in table.values()]) for label in labels}
    print(f"{'pooled P/R/F1':<16} " + " ".join(f"{t['precision']:>6.3f}/{t['recall']:.3f}/{t['f1']:.3f}".rjust(22) for t in totals.values()))
    print(f"{'negated/forbid':<16} " + " ".join(f"{t['negated']:>11}/{t['forbidden']:<10}" for t in totals.values()))


def shipped_on(splits: list[str], thresholds: list[float], parser) -> int:
    """Print, for each split, the violation codes (tp/predicted/gold, forbidden) of the whole extractor with
    the rules alone and with the shipped model in mode fill at each threshold, and their sums: the shipped
    model measured per fold on splits it never read (those outside its meta.json "sets"; h-models53)."""
    from guwah.extract import attribution

    model = attribution.read(MODEL_DIR)
    if read := set(splits) & set(model.meta.get("sets", ())):
        parser.error(f"--shipped-on: the shipped model was trained on {', '.join(sorted(read))}")
    labels = ["rules", *(f"fill {t}" for t in thresholds)]
    totals = {label: [0, 0, 0, 0] for label in labels}
    for split in splits:
        row = {"rules": score_split(split, None)}
        row.update({f"fill {t}": score_split(split, model.with_settings("fill", t, model.margin)) for t in thresholds})
        for label, f in row.items():
            for k, key in enumerate(("tp", "predicted", "gold", "forbidden")):
                totals[label][k] += f[key]
        print(f"{split:<14} " + "  ".join(f"{label} {f['tp']}/{f['predicted']}/{f['gold']} f{f['forbidden']}"
                                          for label, f in row.items()), flush=True)
    print(f"{'sum':<14} " + "  ".join(f"{label} {t[0]}/{t[1]}/{t[2]} f{t[3]}" for label, t in totals.items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out table instead of training")
    parser.add_argument("--sets", default=",".join(bench.TUNING_SPLITS), help="tuning splits to use")
    parser.add_argument("--modes", default="rules,fill,override", help="modes compared by --cv")
    parser.add_argument("--thresholds", default="0.5,0.7", help="thresholds compared by --cv")
    parser.add_argument("--margins", default="0.3,0.5", help="override margins compared by --cv")
    parser.add_argument("--mode", default="fill", help="mode written with the model")
    parser.add_argument("--threshold", type=float, default=0.5, help="threshold written with the model")
    parser.add_argument("--margin", type=float, default=0.3, help="margin written with the model")
    parser.add_argument("--label", choices=sorted(LABELS), default="sentence",
                        help="a pair is positive when the gold has the act's code for the person in the act's "
                             "sentence, or anywhere in the document")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="model folder to write")
    parser.add_argument("--json", action="store_true", help="with --cv, print one JSON document")
    parser.add_argument("--left-out", default="", help="with --cv, the sets left out in turn (comma-separated, "
                                                       "among --sets; default: every one)")
    parser.add_argument("--unseen", action="store_true", help="leave one split out in turn, the fill decisions "
                        "scored from the rules' run (no extractor run per setting): see `unseen`")
    parser.add_argument("--recipe", default="", help="with --unseen: the splits every model is fitted on "
                        f"(comma-separated; 'shipped': {', '.join(SHIPPED_SPLITS)}; default: --sets)")
    parser.add_argument("--cache", type=Path, help="with --unseen: keep the acts in this JSON file")
    parser.add_argument("--per-set", action="store_true", help="with --unseen: a line per split")
    parser.add_argument("--shipped-on", default="", help="comma-separated splits the shipped model never read: "
                        "the whole extractor's codes on each, rules alone and mode fill at each --thresholds")
    args = parser.parse_args(argv)
    if args.recipe == "shipped":
        args.recipe = ",".join(SHIPPED_SPLITS)
    splits = [s.strip() for s in args.sets.split(",") if s.strip()]
    splits = bench.refuse_unless_tuning(parser, splits)
    left_out = [s.strip() for s in args.left_out.split(",") if s.strip()]
    if unknown := set(left_out) - set(splits):
        parser.error(f"--left-out names sets not in --sets: {', '.join(sorted(unknown))}")
    from guwah.extract.attribution import MODES

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if unknown := set(modes + [args.mode]) - set(MODES):
        parser.error(f"unknown mode(s): {', '.join(sorted(unknown))}; known: {', '.join(MODES)}")
    if args.shipped_on:
        return shipped_on([s.strip() for s in args.shipped_on.split(",") if s.strip()],
                          [float(t) for t in args.thresholds.split(",")], parser)
    if args.unseen:
        acts = gather_acts(splits, args.cache)
        recipe = [s.strip() for s in args.recipe.split(",") if s.strip()] if args.recipe else splits
        report = unseen(acts, recipe, [float(t) for t in args.thresholds.split(",")], args.label)
        if args.json:
            print(json.dumps(report, indent=1))
            return 0
        print(f"each split decided by a model fitted on {'the shipped recipe' if args.recipe else 'every split'} "
              f"without it, mode fill (label {args.label}): filled / right / fillable, P / R / F1")
        for t, per in report.items():
            p = per["pooled"]
            print(f"threshold {t}: pooled {p['right']}/{p['filled']}/{p['fillable']} {p['precision']:.3f} / "
                  f"{p['recall']:.3f} / {p['f1']:.3f}, mean F1 over splits {per['mean']['f1']:.3f}")
            if args.per_set:
                for split, f in per.items():
                    if split not in ("pooled", "mean"):
                        print(f"   {split:<14} {f['right']}/{f['filled']}/{f['fillable']} {f['f1']:.3f}")
        return 0
    if args.cv:
        table = cross_validate(splits, modes, [float(t) for t in args.thresholds.split(",")],
                               [float(m) for m in args.margins.split(",")], args.label, left_out_sets=left_out)
        if args.json:
            print(json.dumps(table, indent=1))
        else:
            print_table(table)
        return 0
    examples = gather(splits)
    train = [example for split in splits for example in examples[split]]
    files = sorted(name for split in splits for _gold, _text, name in documents(split))
    digest = hashlib.sha256()
    for name in files:
        digest.update((bench.REPO / "bench" / "data" / name).read_bytes())
    import sklearn

    meta = {"sets": splits, "documents": len(files), "gold_sha256": digest.hexdigest(),
            "examples": len(train), "positives": sum(example[1] for example in train),
            "C": C, "seed": SEED, "scikit_learn": sklearn.__version__}
    model = fit(train, args.mode, args.threshold, args.margin, {**meta, "label": args.label}, args.label)
    from guwah.extract.attribution import write

    size = write(model, args.out)
    print(f"wrote {args.out} ({size} bytes): {len(model.features)} features, {len(train)} examples, "
          f"{meta['positives']} positive; mode {args.mode}, threshold {args.threshold}, margin {args.margin}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
