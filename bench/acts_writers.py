"""Act detection on writers it never read: leave one writer out, the classifier's feature sets
compared, alone and with the rules.

Writers (the folds): the passage sets a, b, c and d of bench/data/acts-train (`bench/acts_recall.py`)
and codes-train-c (documents with gold). Each fold trains a classifier on every other writer's
passages and on the sentences of the tuning gold sets (`bench/train_acts.py` SETS: extract-dev,
extract-gold, the spent v2-v6, extract-tuning-v9, -v11 and -v12; never a held-out folder), then scores
the left-out writer's units: a passage of a, b, c, d (its codes anywhere in it), a sentence of
train-c (the codes whose gold evidence covers it, as `train_acts.sentence_examples` labels it).
Scores are per unit and code: precision, recall, F1; the mean over folds is of the folds' F1.

Views, each at the thresholds asked:
- classifier: the classifier alone, raw (a code at or above the threshold in a sentence of the unit);
- alone: the classifier's proposals as the extractor makes them (`violations._classified_hits`, mode
  "alone": the scope test, the rules-only codes left to the rules), without the rules;
- union: the rules and the classifier together, as shipped;
- rules (once): the rules alone (the rules were written with a, b and c in view: a tuning figure there;
  d was sealed until its passages joined, so its rules figure is not tuned, until rules are written on it).

Variants (`--variants`): "today" (words and character n-grams, trained as shipped before this
round: without train-c, v12, and the later v11 and d), "today+data" (the same features, every source), "syntax" (and the
parse's features, `acts.syntax_features`), "syntax-noscope" (the parse's features without the
negation and hedge marks). Figures are cross-writer, not tuning figures, for the classifier; a
writer's passages were read by whoever wrote the rules, so the rules' share of "union" is tuned.

    PYTHONPATH=src .venv/bin/python bench/acts_writers.py
    PYTHONPATH=src .venv/bin/python bench/acts_writers.py --variants today,syntax --thresholds 0.5,0.7 --json
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "bench") not in sys.path:
    sys.path.insert(0, str(REPO / "bench"))

import acts_recall  # noqa: E402
import train_acts  # noqa: E402

PASSAGE_WRITERS = ("a", "b", "c", "d")
DOCUMENT_WRITERS = ("train-c",)
WRITERS = PASSAGE_WRITERS + DOCUMENT_WRITERS
# Sources a model trained as shipped before the 0.19.x detection round did not read.
NOT_READ_TODAY = ("train-c", "v12", "v11", "d")
VARIANTS = {
    "today": {"features": ("words", "chars"), "sources": "today", "scope": True},
    "today+data": {"features": ("words", "chars"), "sources": "all", "scope": True},
    "syntax": {"features": ("words", "chars", "syntax"), "sources": "all", "scope": True},
    "syntax-noscope": {"features": ("words", "chars", "syntax"), "sources": "all", "scope": False},
    "syntax+evidence": {"features": ("words", "chars", "syntax"), "sources": "all", "scope": True, "evidence": True},
}
VIEWS = ("classifier", "alone", "union", "union+open")
# The codes of a relation between two people (violations._RULES_ONLY_CODES' first reason), which
# "union+open" still leaves to the rules.
RELATIONAL = ("family.reprisal", "transnational.harassment")


def _prf(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "tp": tp, "predicted": predicted, "gold": gold}


def _prepare(docs: list) -> None:
    """Run every pipeline step before the violations on the documents (parsed in batches by language)."""
    acts_recall.before_violations(docs)


def _sentence_spans(gold: dict, text: str) -> list[tuple[int, int]]:
    """The spans of the sentences `train_acts.sentence_examples` labels, in its order."""
    from guwah.extract.document import Doc
    from guwah.extract.sentences import split_sentences

    doc = Doc(text=text, language=gold["language"])
    split_sentences(doc)
    return [(s.start, s.end) for s in doc.sentences]


def load(writers=WRITERS) -> dict:
    """{"train": {source: [example]}, "units": {writer: [unit]}}: the training examples of every
    source (passage sets, tuning gold sets) and the prepared units of each writer fold."""
    from guwah.extract import pipeline

    sources: dict[str, list[dict]] = {}
    units: dict[str, list[dict]] = {}
    for name in PASSAGE_WRITERS:
        items = acts_recall.passages(name)
        sources[name] = [{"text": i["text"], "lang": i["lang"], "codes": i["codes"]} for i in items]
        if name not in writers:
            continue
        docs = acts_recall.prepared(items)
        units[name] = [{"doc": doc, "span": None, "codes": item["codes"]} for doc, item in zip(docs, items, strict=True)]
    for name in train_acts.SETS:
        documents = train_acts.gold_documents(name)
        sources[name] = [e for gold, text in documents for e in train_acts.sentence_examples(gold, text)]
        sources[f"evidence:{name}"] = [e for gold, text in documents for e in train_acts.evidence_examples(gold, text)]
        if name in DOCUMENT_WRITERS and name in writers:
            docs = [pipeline.Doc(text=text, language=gold["language"],
                                 document_date=train_acts._date(gold.get("document_date"))) for gold, text in documents]
            _prepare(docs)
            units[name] = [{"doc": doc, "span": span, "codes": e["codes"]}
                           for doc, (gold, text) in zip(docs, documents, strict=True)
                           for span, e in zip(_sentence_spans(gold, text), train_acts.sentence_examples(gold, text),
                                              strict=True)]
        print(f"  loaded {name}: {len(sources[name])} examples", file=sys.stderr)
    return {"train": sources, "units": units}


def _rule_hits(units: list[dict]) -> dict[int, tuple]:
    """The rules' hits and refused matches of each distinct document (by id), found once."""
    from guwah.extract import violations

    found = {}
    for unit in units:
        doc = unit["doc"]
        if id(doc) not in found:
            refused: set = set()
            found[id(doc)] = (violations._trigger_hits(doc, refused), refused)
    return found


def _codes_in(unit: dict, hits: list) -> set[str]:
    span = unit["span"]
    return {trigger.code for trigger, _index, match in hits if span is None or span[0] <= match.start() < span[1]}


def score_fold(model, units: list[dict], rule_hits: dict, thresholds) -> dict:
    """{view: {threshold: (tp, predicted, gold)}} for one fold's units, and "rules"."""
    from guwah.extract import acts, violations

    counts: dict = {"rules": {0: [0, 0, 0]}}
    for view in VIEWS:
        counts[view] = {t: [0, 0, 0] for t in thresholds}

    missed: dict = {view: {t: {} for t in thresholds} for view in VIEWS}

    def add(cell, predicted: set, gold: set, lost: dict | None = None) -> None:
        cell[0] += len(predicted & gold)
        cell[1] += len(predicted)
        cell[2] += len(gold)
        for code in gold - predicted if lost is not None else ():
            lost[code] = lost.get(code, 0) + 1

    rated: dict[int, list] = {}
    rates: list = []  # (gold codes, code -> the unit's highest rate): for per-code thresholds
    for unit in units:
        doc, gold = unit["doc"], set(unit["codes"])
        hits, refused = rule_hits[id(doc)]
        add(counts["rules"][0], _codes_in(unit, hits), gold)
        if id(doc) not in rated:
            spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
            rated[id(doc)] = list(zip(spans, model.rate_spans(doc.text, doc.analysis, spans), strict=True))
        span = unit["span"]
        mine = [r for (start, end), r in rated[id(doc)] if span is None or (start < span[1] and end > span[0])]
        if span is not None and not mine:
            mine = model.rate_spans(doc.text, doc.analysis, [span])
        best: dict[str, float] = {}
        for r in mine:
            for code, prob in r.items():
                best[code] = max(best.get(code, 0.0), prob)
        rates.append((sorted(gold), best))
        for t in thresholds:
            add(counts["classifier"][t], {c for r in mine for c, p in r.items() if p >= t}, gold, missed["classifier"][t])
            for view in VIEWS[1:]:
                mode = view.split("+")[0]
                rules_only = violations._RULES_ONLY_CODES
                if view == "union+open":  # the classifier may propose every code but the relational ones
                    violations._RULES_ONLY_CODES = RELATIONAL
                try:
                    with acts.using(model.with_settings(t, mode)):
                        found = violations._classified_hits(doc, list(hits), set(refused))
                finally:
                    violations._RULES_ONLY_CODES = rules_only
                add(counts[view][t], _codes_in(unit, found), gold, missed[view][t])
    counts["missed"] = missed
    counts["rates"] = rates
    return counts


GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def code_thresholds(rates: list, fallback: float) -> dict[str, float]:
    """Per code, the threshold of GRID with the best F1 on these units' rates (`fallback` for a code
    with no positive unit there)."""
    chosen = {}
    for code in {c for gold, _best in rates for c in gold}:
        def f1(t: float, code: str = code) -> float:
            tp = sum(1 for gold, best in rates if code in gold and best.get(code, 0.0) >= t)
            predicted = sum(1 for _gold, best in rates if best.get(code, 0.0) >= t)
            positives = sum(1 for gold, _best in rates if code in gold)
            return 2 * tp / (predicted + positives) if predicted + positives else 0.0
        chosen[code] = max(GRID, key=lambda t: (f1(t), t))
    return {**{code: fallback for _g, best in rates for code in best}, **chosen}


def per_code_view(folds: dict, fallback: float) -> dict:
    """The classifier alone with a threshold per code, chosen on the other folds' left-out rates
    (each fold's own labels never choose its thresholds)."""
    counts = {}
    for held, fold in folds.items():
        others = [r for name, other in folds.items() if name != held for r in other["rates"]]
        chosen = code_thresholds(others, fallback)
        tp = predicted = labelled = 0
        for gold, best in fold["rates"]:
            given = {code for code, p in best.items() if p >= chosen.get(code, fallback)}
            tp, predicted, labelled = tp + len(given & set(gold)), predicted + len(given), labelled + len(gold)
        counts[held] = (tp, predicted, labelled)
    return counts


def training_set(data: dict, held: str, variant: dict) -> list[dict]:
    """The examples a fold trains on: every source but the writer left out (and its evidence
    spans), as the variant asks."""
    def wanted(name: str) -> bool:
        source = name.removeprefix("evidence:")
        if source == held or (variant["sources"] != "all" and source in NOT_READ_TODAY):
            return False
        return not name.startswith("evidence:") or variant.get("evidence", False)

    return [e for name, examples in data["train"].items() if wanted(name) for e in examples[variant["scope"]]]


def run(variants, thresholds, writers=WRITERS) -> dict:
    from guwah.extract.acts import FEATURES

    data = load(writers)
    # each example with its parse features, with and without the scope marks (parsed once)
    for name, examples in data["train"].items():
        scoped = train_acts.with_syntax(examples, scope=True)
        plain = [{**e, "syntax": s["syntax"]} for e, s in zip(examples, train_acts.with_syntax(examples, scope=False),
                                                               strict=True)]
        data["train"][name] = {True: scoped, False: plain}
    print("  parsed the training examples", file=sys.stderr)
    hits = {w: _rule_hits(data["units"][w]) for w in writers}
    report: dict = {}
    for variant_name in variants:
        variant = VARIANTS[variant_name]
        features = tuple(f for f in FEATURES if f[0] in variant["features"])
        report[variant_name] = {}
        for held in writers:
            examples = training_set(data, held, variant)
            if "syntax" not in variant["features"]:
                examples = [{**e, "syntax": ""} for e in examples]
            model = train_acts.train(examples, train_acts.labels_of(examples), features=features)
            units = [copy.copy(u) for u in data["units"][held]]
            report[variant_name][held] = score_fold(model, units, hits[held], thresholds)
            print(f"  {variant_name} {held}: done", file=sys.stderr)
    return summarise(report)


def summarise(report: dict) -> dict:
    out: dict = {}
    for variant, folds in report.items():
        out[variant] = {}
        views = [view for view in next(iter(folds.values())) if view not in ("missed", "rates")]
        fallback = max(float(t) for t in next(iter(folds.values()))["classifier"])
        per_code = per_code_view(folds, fallback)
        out[variant]["classifier per code"] = {"cv": {
            "folds": {held: _prf(*c) for held, c in per_code.items()},
            "pooled": _prf(*map(sum, zip(*per_code.values(), strict=True))),
            "mean_f1": round(sum(_prf(*c)["f1"] for c in per_code.values()) / len(per_code), 3)}}
        out[variant]["missed"] = {view: {str(t): _summed(folds[held]["missed"][view][t] for held in folds)
                                         for t in next(iter(folds.values()))["missed"][view]} for view in VIEWS}
        for view in views:
            out[variant][view] = {}
            for t in next(iter(folds.values()))[view]:
                per = {held: _prf(*counts[view][t]) for held, counts in folds.items()}
                pooled = _prf(*map(sum, zip(*(counts[view][t] for counts in folds.values()), strict=True)))
                mean = round(sum(f["f1"] for f in per.values()) / len(per), 3)
                out[variant][view][str(t)] = {"folds": per, "pooled": pooled, "mean_f1": mean}
    return out


def _summed(counters) -> dict[str, int]:
    total: dict[str, int] = {}
    for counter in counters:
        for code, n in counter.items():
            total[code] = total.get(code, 0) + n
    return dict(sorted(total.items(), key=lambda item: -item[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated: {', '.join(VARIANTS)}")
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8", help="comma-separated thresholds")
    parser.add_argument("--writers", default=",".join(WRITERS), help="writers left out in turn")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    if set(variants) - set(VARIANTS):
        parser.error(f"--variants: one of {', '.join(VARIANTS)}")
    writers = tuple(w for w in args.writers.split(",") if w)
    if set(writers) - set(WRITERS):
        parser.error(f"--writers: one of {', '.join(WRITERS)}")
    try:
        thresholds = tuple(float(t) for t in args.thresholds.split(",") if t)
    except ValueError:
        parser.error(f"--thresholds: not numbers: {args.thresholds}")
    report = run(variants, thresholds, writers)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print("leave one writer out: codes P / R / F1 per unit and code; per fold F1; mean of the folds' F1")
    for variant, views in report.items():
        for view, by_t in views.items():
            if view == "missed":
                continue
            if view == "classifier per code":
                f = by_t["cv"]
                folds = "  ".join(f"{k} {v['precision']:.2f}/{v['recall']:.2f}/{v['f1']:.3f}" for k, v in f["folds"].items())
                p = f["pooled"]
                print(f"  {variant:<15} {'per-code t (cv)':<17} pooled {p['precision']:.3f} / {p['recall']:.3f} / "
                      f"{p['f1']:.3f}  mean F1 {f['mean_f1']:.3f}  [{folds}]")
                continue
            for t, f in by_t.items():
                p = f["pooled"]
                folds = "  ".join(f"{k} {v['precision']:.2f}/{v['recall']:.2f}/{v['f1']:.3f}" for k, v in f["folds"].items())
                label = "rules" if view == "rules" else f"{view} t={t}"
                print(f"  {variant:<15} {label:<17} pooled {p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f}"
                      f"  mean F1 {f['mean_f1']:.3f}  [{folds}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
