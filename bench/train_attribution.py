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
    examples = []
    for number, act in enumerate(kept.values()):
        for pid, row in act["rows"].items():
            gid = to_gold.get(to_out.get(pid, ""), None)
            spans = evidence.get((gid, act["code"]), []) if gid is not None else []
            label = int(any(bench.overlaps(span, act["sentence"]) for span in spans))
            examples.append((row, label, number, int(bool(spans))))
    return examples


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
    args = parser.parse_args(argv)
    splits = [s.strip() for s in args.sets.split(",") if s.strip()]
    bench.refuse_unless_tuning(parser, splits)
    left_out = [s.strip() for s in args.left_out.split(",") if s.strip()]
    if unknown := set(left_out) - set(splits):
        parser.error(f"--left-out names sets not in --sets: {', '.join(sorted(unknown))}")
    from guwah.extract.attribution import MODES

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if unknown := set(modes + [args.mode]) - set(MODES):
        parser.error(f"unknown mode(s): {', '.join(sorted(unknown))}; known: {', '.join(MODES)}")
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
