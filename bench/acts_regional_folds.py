"""Would a trained classifier detect acts in Kazakh and Chinese? Leave one tuning split out, beside
the lexicons (vocab/acts/kk.yaml, zh.yaml); and the Kazakh model the extractor ships (h-codes43).

For each Kazakh or Chinese document of the tuning splits whose gold scores codes, each sentence (the
regional splitter's) is labelled with the codes whose gold evidence overlaps it. For each split in
turn, a classifier of `guwah.extract.acts` (one logistic regression per code, `train_acts.train`) over
TF-IDF character n-grams (Chinese: 1 to 3 characters; Kazakh: 3 to 5 within words, its stems and
endings) is trained on the other splits' sentences of the language and rates the left-out split's; a
code is proposed at `--threshold`. The lexicon's proposals are the codes of the rule hits in the
sentence that pass the scope test (`violations._trigger_hits`), whoever they are given to. Printed per
language: sentence-level P / R / F1 (tp/predicted/gold) of the lexicon, the classifier, and both.
With `--documents`, the Kazakh documents are also extracted whole with each split's fold model in
place of the shipped one (`acts.using_kazakh`), and with none, and their codes scored as
`bench/extract.py` scores them. The classifier's figures are for splits it never read; the lexicons
were written or mended after reading these splits (Chinese: first written without reading them), so
theirs are tuning figures.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/acts_regional_folds.py [--threshold 0.5] [--documents]
    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/acts_regional_folds.py --write   # ship the Kazakh model
    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/acts_regional_folds.py --unseen  # splits it never read

The Kazakh model shipped until 0.49.1 read v13 … v23 (350 sentences, 16 codes). h-models59 (issue 11) measured it
on the 11 splits with Kazakh codes it never read (v24 … v34), against each of them decided by a model trained on
every other split (threshold 0.5; `--unseen` with the model of 0.49.1 in place): sentences, the classifier alone .701 (55/69/88) -> .746 (63/81/88), with the lexicon .781
(73/99/88) -> .777 (75/105/88); the whole extractor on those documents, codes .704 (57/75/87) -> .736 (60/76/87),
forbidden 1 -> 1, victim F1 .816 -> .816, events unchanged (at 0.6 / 0.7 the other splits' models give documents'
codes .728 / .730: 0.5 stays). The tuning bench's 28 Kazakh documents (the only ones this model reads; in-sample
for v24 … v34 with the retrained model, so no evidence): codes .772 (149/189/197) -> .790 (154/193/197), victim
.865 -> .866, forbidden 1 -> 1, persons and events unchanged. So retrained (`--write`: v13 … v34, 735 sentences, 20
codes), it was **not shipped**: on the invented test
tests/extract/test_acts_kazakh.py::test_my_passport_is_the_narrators_and_a_hedge_or_thousands_are_no_ones it rates
«2019 жылы шекарада төлқұжатымды алып қойды» an arbitrary arrest (.551 against 0.5; the model of v13 … v23: .145),
a false code; the other 51 tests of test_acts_kazakh*.py and test_attribution_turkic_h45.py pass with it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402  (bench/extract.py)
import train_acts  # noqa: E402

LANGUAGES = {"zh": ("char", (1, 3)), "kk": ("char_wb", (3, 5))}
THRESHOLD = 0.5  # the shipped Kazakh model's (the folds at 0.3 / 0.5: docs/benchmarks.md, "h-codes43")


def documents_of(language: str) -> list[tuple[str, dict, str]]:
    """(split, gold, text) of the language's tuning documents whose gold scores codes."""
    found = []
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            split = bench.SPENT.get(gold["split"], gold["split"])
            if split not in bench.SPLITS or split in bench.HELD_OUT_SETS or gold.get("language") != language \
                    or not bench.scores_codes(gold):
                continue
            found.append((split, gold, bench.load_corpus_text(gold)))
    return found


def sentences_of(language: str) -> list[dict]:
    """{split, text, lang, codes, lexicon} for every sentence of the language's scored tuning documents."""
    from guwah.extract import acts, parse_document_date, violations
    from guwah.extract.pipeline import run_pipeline

    found = []
    with acts.using_kazakh(None):
        for split, gold, text in documents_of(language):
            doc = run_pipeline(text, language, parse_document_date(gold.get("document_date")))
            hits = violations._trigger_hits(doc)
            evidence = [(v["code"], tuple(v["evidence"])) for p in gold["persons"] for v in p["violations"]]
            for index, sentence in enumerate(doc.sentences):
                codes = sorted({code for code, (s, e) in evidence if s < sentence.end and sentence.start < e})
                lexicon = {trigger.code for trigger, i, _m in hits if i == index}
                found.append({"split": split, "text": text[sentence.start:sentence.end], "lang": language,
                              "codes": codes, "lexicon": lexicon})
    return found


def model_of(items: list[dict], analyzer: str, ngrams: tuple[int, int], threshold: float):
    """A classifier (`acts.Classifier`) trained on the items, character n-grams only."""
    labels = train_acts.labels_of(items)
    return train_acts.train(items, labels, features=(("chars", analyzer, ngrams),)).with_settings(threshold)


def _prf(tp: int, predicted: int, gold: int) -> str:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / {f:.3f} ({tp}/{predicted}/{gold})"


def folds(items: list[dict], analyzer: str, ngrams: tuple[int, int], threshold: float) -> tuple[list[set[str]], dict]:
    """The classifier's codes for each sentence, each rated by a model trained without its split;
    and split -> that fold's model."""
    proposed: list[set[str]] = [set() for _ in items]
    models = {}
    for split in dict.fromkeys(item["split"] for item in items):
        train = [item for item in items if item["split"] != split]
        test = [i for i, item in enumerate(items) if item["split"] == split]
        model = models[split] = model_of(train, analyzer, ngrams, threshold)
        for i, rated in zip(test, model.probabilities([items[i]["text"] for i in test]), strict=True):
            proposed[i] = {code for code, p in rated.items() if p >= threshold}
    return proposed, models


def documents(models: dict) -> None:
    """The Kazakh documents extracted whole with the lexicon alone and with each split's fold model."""
    from guwah.extract import acts, extract_text

    for name, model_for in (("lexicon", lambda split: None), ("lexicon + fold model", models.get)):
        counts = []
        for split, gold, text in documents_of("kk"):
            with acts.using_kazakh(model_for(split)):
                counts.append(bench.score(gold, extract_text(text, document_date=gold.get("document_date"))))
        figures = bench.summarise(counts)
        c = figures["violation_codes"]
        print(f"  documents, {name}: codes {c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f} "
              f"({c['tp']}/{c['predicted']}/{c['gold']}), forbidden {figures['forbidden_codes']}, "
              f"negated {figures['negated_codes']}, victim F1 {figures['victim_role']['f1']:.3f}")


def unseen(threshold: float = THRESHOLD) -> None:
    """The Kazakh splits the shipped model never read (its meta's `trained_on`), each rated by the
    shipped model and by a model trained on every other split: sentences, and whole documents."""
    from guwah.extract import acts, extract_text

    items = sentences_of("kk")
    shipped = acts.read(acts.KAZAKH_DIR)
    new = [s for s in dict.fromkeys(i["split"] for i in items) if s not in set(shipped.meta.get("trained_on", ()))]
    shipped = shipped.with_settings(threshold)
    fold = {s: model_of([i for i in items if i["split"] != s], *LANGUAGES["kk"], threshold) for s in new}
    mine = [i for i in items if i["split"] in new]
    print(f"kk: {len(mine)} sentences of {len(new)} splits the shipped model never read ({', '.join(new)})")
    for name, pick in (("shipped", lambda s: shipped), ("other splits", fold.get)):
        proposed = [{c for c, p in pick(i["split"]).probabilities([i["text"]])[0].items() if p >= threshold} for i in mine]
        for label, sets in (("alone", proposed), ("with lexicon", [p | i["lexicon"] for p, i in zip(proposed, mine, strict=True)])):
            tp = sum(len(p & set(i["codes"])) for p, i in zip(sets, mine, strict=True))
            print(f"  {name}, {label}: {_prf(tp, sum(map(len, sets)), sum(len(i['codes']) for i in mine))}")
        counts = []
        for split, gold, text in documents_of("kk"):
            if split in new:
                with acts.using_kazakh(pick(split)):
                    counts.append(bench.score(gold, extract_text(text, document_date=gold.get("document_date"))))
        figures = bench.summarise(counts)
        c = figures["violation_codes"]
        print(f"  documents, {name}: codes {_prf(c['tp'], c['predicted'], c['gold'])}, forbidden "
              f"{figures['forbidden_codes']}, negated {figures['negated_codes']}, victim F1 {figures['victim_role']['f1']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--documents", action="store_true", help="also extract the Kazakh documents with each fold model")
    parser.add_argument("--write", action="store_true", help="train the Kazakh model on every split and ship it")
    parser.add_argument("--unseen", action="store_true", help="the Kazakh splits the shipped model never read: "
                        "shipped model against a model trained on the other splits")
    args = parser.parse_args(argv)
    if args.unseen:
        unseen(args.threshold)
        return 0
    if args.write:
        from guwah.extract import acts

        items = sentences_of("kk")
        model = model_of(items, *LANGUAGES["kk"], THRESHOLD)
        model.meta = {"name": "guwah acts, Kazakh", "trained_by": "bench/acts_regional_folds.py --write",
                      "training_sha256": train_acts.data_hash([{k: i[k] for k in ("text", "lang", "codes")} for i in items]),
                      "training_sentences": len(items), "trained_on": sorted({i["split"] for i in items})}
        size = acts.write(model, acts.KAZAKH_DIR)
        print(f"wrote {acts.KAZAKH_DIR.relative_to(train_acts.REPO)}: {len(model.codes)} codes, {size} bytes")
        return 0
    for language, (analyzer, ngrams) in LANGUAGES.items():
        items = sentences_of(language)
        classified, models = folds(items, analyzer, ngrams, args.threshold)
        splits = len({item["split"] for item in items})
        print(f"{language}: {len(items)} sentences of {splits} splits, {sum(len(i['codes']) for i in items)} gold codes")
        for name, proposals in (("lexicon", [i["lexicon"] for i in items]), ("classifier", classified),
                                ("both", [i["lexicon"] | c for i, c in zip(items, classified, strict=True)])):
            tp = sum(len(p & set(i["codes"])) for p, i in zip(proposals, items, strict=True))
            print(f"  {name:<10} {_prf(tp, sum(map(len, proposals)), sum(len(i['codes']) for i in items))}")
        if language == "kk" and args.documents:
            documents(models)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
