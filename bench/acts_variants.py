"""Act models and the rules-only codes compared on every tuning split, each document parsed once.

The English, French and Russian documents of the tuning splits (`bench/extract.py` TUNING_FOLDERS,
never a held-out folder) run through the pipeline up to the violations once; then, for each
variant, the steps from the violations on run with that act model (and, with ":open", the
classifier allowed to propose the rules-only codes but the relational ones and forced
denunciation; with ":open3", also not the arbitrary arrest), and every document is scored as
`bench/extract.py` scores it (its `score` and `summarise`). Each forbidden or negated code produced
is printed with its sentence and whether a rule or the classifier proposed it. Codes figures equal
`bench/extract.py --docs 0`'s for the same model on these languages (the Uyghur, Kazakh and Chinese
documents, which no violation rule reads, are left out here).

    PYTHONPATH=src .venv/bin/python bench/acts_variants.py shipped=shipped
    PYTHONPATH=src .venv/bin/python bench/acts_variants.py old=/tmp/old_model new=shipped new_open=shipped:open
    PYTHONPATH=src .venv/bin/python bench/acts_variants.py a=shipped --splits tuning_v7 --files en01_intake_form.txt

VARIANT is NAME=MODEL[:open|:open3]: MODEL a model folder written by bench/train_acts.py, or
"shipped" for src/guwah/extract/acts_model. These are tuning figures.
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

# The rules-only codes a variant leaves to the rules when opened (violations._RULES_ONLY_CODES).
OPENINGS = {
    "open": ("family.reprisal", "transnational.harassment", "coercion.forced_denunciation"),
    "open3": ("family.reprisal", "transnational.harassment", "coercion.forced_denunciation",
              "detention.arbitrary_arrest"),
    # h-x27c: "open" with harassment across the border the classifier's as well (it is since h-x27c,
    # where a contact at a distance is told), and the rules-only codes before h-x27c ("closed")
    "openh": ("family.reprisal", "coercion.forced_denunciation"),
    "closed": ("family.reprisal", "transnational.harassment", "coercion.forced_denunciation",
               "detention.arbitrary_arrest", "detention.internment_camp", "detention.incommunicado",
               "disappearance.enforced"),
}


def documents(bench, splits: set[str], files: set[str] | None) -> list[tuple[str, dict, str]]:
    """(split, gold, text) of the English, French and Russian documents of the tuning splits asked."""
    found = []
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            split = bench.SPENT.get(gold["split"], gold["split"])
            if split not in splits or gold.get("language") not in ("en", "fr", "ru"):
                continue
            if files is not None and gold["file"] not in files:
                continue
            if gold.get("source") is None and not gold.get("path") and not bench.CORPUS.exists():
                continue  # a corpus text, and no corpus beside the repository
            found.append((split, gold, bench.load_corpus_text(gold)))
    return found


def run_variant(bench, items, prepared, model, opened) -> tuple[dict, list[str]]:
    """({split: summary, "all": summary}, lines naming each forbidden or negated code produced)."""
    from guwah.extract import acts, pipeline, violations
    from guwah.extract.output import to_json

    per_split: dict[str, list] = {}
    shown = []
    for (split, gold, _text), ready in zip(items, prepared, strict=True):
        doc = copy.deepcopy(ready)
        added: list = []
        original, rules_only = violations._classified_hits, violations._RULES_ONLY_CODES

        def spy(d, hits, refused, original=original, added=added):
            result = original(d, hits, refused)
            added.extend((t.code, i) for t, i, _m in result
                         if t.pattern is None and t.tokens is None and t.dependency is None)
            return result

        violations._classified_hits = spy
        if opened:
            violations._RULES_ONLY_CODES = opened
        try:
            with acts.using(model):
                pipeline.run_from(doc, "violations")
        finally:
            violations._classified_hits, violations._RULES_ONLY_CODES = original, rules_only
        out = to_json(doc, sha256=None, title=None)
        per_split.setdefault(split, []).append(bench.score(gold, out))
        mapping = bench.match_persons(gold["persons"], out["persons"])
        negated = {(n["person"], n["code"]): n["span"] for n in gold["negated"]}
        forbidden = {(f["person"], f["code"]) for f in gold["forbidden"]}
        for person in out["persons"]:
            gid = mapping.get(person["id"])
            for v in person["violations"]:
                start, end = v["evidence"]["start"], v["evidence"]["end"]
                span = negated.get((gid, v["code"]))
                kind = "+".join(name for name, found in (("forbidden", (gid, v["code"]) in forbidden),
                                                         ("negated", bool(span) and bench.overlaps((start, end), span)))
                                if found)
                if kind:
                    source = "classifier" if (v["code"], doc.sentence_index(start)) in added else "rules"
                    shown.append(f"  {kind} {split} {gold['file']} {gid} {v['code']} [{source}] "
                                 f"{doc.text[start:end][:300]!r}")
    table = {split: bench.summarise(counts) for split, counts in per_split.items()}
    table["all"] = bench.summarise([c for counts in per_split.values() for c in counts])
    return table, shown


def main(argv=None) -> int:
    bench = train_acts._bench_extract()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="+", help="NAME=MODEL[:open|:open3] (MODEL: a folder, or 'shipped')")
    parser.add_argument("--splits", default=",".join(bench.TUNING_SPLITS), help="comma-separated tuning splits")
    parser.add_argument("--files", default="", help="comma-separated gold file names (default: every document)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    splits = {name.strip() for name in args.splits.split(",") if name.strip()}
    splits = set(bench.refuse_unless_tuning(parser, sorted(splits)))
    from guwah.extract import acts, parse_document_date
    from guwah.extract.document import Doc

    variants = []
    for spec in args.variants:
        name, _, rest = spec.partition("=")
        folder, _, opening = rest.partition(":")
        if not name or not folder or opening not in ("", *OPENINGS):
            parser.error(f"not a variant: {spec!r} (NAME=MODEL[:open|:open3])")
        variants.append((name, acts.classifier() if folder == "shipped" else acts.read(folder), OPENINGS.get(opening)))
    files = {name.strip() for name in args.files.split(",") if name.strip()} or None
    items = documents(bench, splits, files)
    prepared = [Doc(text=text, language=gold["language"], document_date=parse_document_date(gold.get("document_date")))
                for _split, gold, text in items]
    acts_recall.before_violations(prepared)
    report = {}
    for name, model, opened in variants:
        table, shown = run_variant(bench, items, prepared, model, opened)
        report[name] = {"rules_only_codes": list(opened) if opened else None, "figures": table, "shown": shown}
        if args.json:
            continue
        print(f"\n== {name} (rules-only codes: {', '.join(opened) if opened else 'as shipped'})")
        for split in [*sorted(name for name in table if name != "all"), "all"]:
            f = table[split]
            c = f["violation_codes"]
            print(f"  {split:<14} codes {c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f} "
                  f"({c['tp']}/{c['predicted']}/{c['gold']})  negated {f['negated_codes']} forbidden "
                  f"{f['forbidden_codes']}  persons F1 {f['persons']['f1']:.3f} victim F1 "
                  f"{f['victim_role']['f1']:.3f} events F1 {f['events']['f1']:.3f}")
        print("\n".join(shown))
    if args.json:
        print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
