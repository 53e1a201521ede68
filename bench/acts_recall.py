"""Recall and precision of the act rules on the labelled act passages (bench/data/acts-train/).

Each passage (`{"text", "lang", "codes", "kind"}`, bench/data/acts-train/README.md) is run through
the extractor's steps before the violations, then read in five ways:
- rules, said: the codes of the act patterns (src/guwah/vocab/acts/<language>.yaml) whose matches
  survive the scope filters (negation, hedge, question, background), anywhere in the passage;
- shipped, said: the same with the act classifier's proposals added, as shipped (model and threshold
  of src/guwah/extract/acts_model/);
- rules, given / shipped, given: the codes the extractor's output gives to some person of the
  passage (the attribution can lose a code the words said);
- alone, said: the classifier's proposals without the rules' matches (mode "alone" at the shipped
  threshold), through the same scope filters.
Against the passage's labels: an `act` passage is a positive of its codes; a negated, hedged,
background or act-free passage has no code, so any code given there is a false one (counted in
precision, and in the "false on non-act passages" line by kind). Scores are per passage and code:
a code is found or not in a passage, however many times it is said.

Sets: a = the first writer's files with the two rounds' additions (`en.jsonl`, `en-0160.jsonl`,
`en-0161.jsonl` …; the rules were tuned with them in view), b = `*-b.jsonl`, c = `*-c.jsonl` (two
later writers), d = `*-d.jsonl` (a fourth writer's set, scored unread twice while sealed, training
data since the 0.21.x round). `--misses` prints the passages whose codes the rules missed (and false codes), for
reading misses by kind; a set held back from reading should not be shown this way. `--dir` scores
the passages of another folder (every `*.jsonl` there, same format) as one set named by the folder,
for a set held back from reading: figures only (`--misses` is refused with it).

    PYTHONPATH=src .venv/bin/python bench/acts_recall.py b c
    PYTHONPATH=src .venv/bin/python bench/acts_recall.py b --misses --lang fr
    PYTHONPATH=src .venv/bin/python bench/acts_recall.py b c --json
    PYTHONPATH=src .venv/bin/python bench/acts_recall.py --dir ../acts-train-d   # figures only
"""

from __future__ import annotations

import argparse
import collections
import copy
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PASSAGES = REPO / "bench" / "data" / "acts-train"
SETS = {"a": ("", "-0160", "-0161"), "b": ("-b",), "c": ("-c",), "d": ("-d",)}
LANGUAGES = ("en", "fr", "ru")
VIEWS = ("rules said", "shipped said", "rules given", "shipped given", "alone said")


def passages(name: str, languages=LANGUAGES, folder: Path | None = None) -> list[dict]:
    """The passages of one set, in file order: {text, lang, codes, kind, where} (`where`: file:line);
    with `folder`, those of every `*.jsonl` there (in name order) whose language is one of
    `languages`. SystemExit on an unknown set, a folder without passages or a line that is not a
    labelled passage."""
    if folder is not None:
        paths = sorted(Path(folder).glob("*.jsonl"))
        if not paths:
            raise SystemExit(f"no *.jsonl passages in {folder}")
        return [item for path in paths for item in _read(path) if item["lang"] in languages]
    if name not in SETS:
        raise SystemExit(f"unknown set {name!r}: one of {', '.join(SETS)}")
    return [item for language in languages for suffix in SETS[name]
            for item in _read(PASSAGES / f"{language}{suffix}.jsonl")]


def _read(path: Path) -> list[dict]:
    """The labelled passages of one file (SystemExit naming the file and line of one that is not)."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            kind = item.get("kind", "act")
            codes = sorted(item["codes"]) if kind == "act" else []
            found.append({"text": item["text"], "lang": item["lang"], "codes": codes, "kind": kind,
                          "where": f"{path.name}:{number}"})
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path.name}:{number}: not a labelled passage ({error})") from error
    return found


def prepared(items: list[dict]) -> list:
    """The documents after every pipeline step before the violations, one per passage (the
    language models' analysis made in batches, one per language, as `run_pipelines` does)."""
    from guwah.extract import pipeline

    docs = [pipeline.Doc(text=item["text"], language=item["lang"]) for item in items]
    before_violations(docs)
    return docs


def before_violations(docs: list) -> None:
    """Run every pipeline step before the violations on `docs`, in place (the language models'
    analysis made in batches, one per language)."""
    from guwah.extract import ner, pipeline

    for language in dict.fromkeys(doc.language for doc in docs):
        group = [doc for doc in docs if doc.language == language]
        for doc, analysis in zip(group, ner.analyse_many([doc.text for doc in group], language), strict=True):
            pipeline._set_analysis(doc, analysis)
    for doc in docs:
        for component in pipeline.COMPONENTS:
            if component.name == "violations":
                break
            if component.name != "analysis":
                component.run(doc)


def codes_found(doc) -> dict[str, set[str]]:
    """The codes of each view (VIEWS) for one prepared document (left unchanged)."""
    from guwah.extract import acts, pipeline, violations

    refused: set = set()
    hits = violations._trigger_hits(doc, refused)
    found = {"rules said": {trigger.code for trigger, _index, _match in hits}}
    found["shipped said"] = {trigger.code for trigger, _i, _m in violations._classified_hits(doc, hits, refused)}
    for view, model in (("rules given", None), ("shipped given", acts.classifier())):
        done = copy.deepcopy(doc)
        with acts.using(model):
            pipeline.run_from(done, "violations")
        found[view] = {v.code for person in done.persons for v in person.violations}
    shipped = acts.classifier()
    found["alone said"] = set()
    if shipped is not None:
        with acts.using(shipped.with_settings(shipped.threshold, "alone")):
            found["alone said"] = {trigger.code for trigger, _i, _m in violations._classified_hits(doc, hits, set(refused))}
    return found


def _prf(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "tp": tp, "predicted": predicted, "gold": gold}


def score(items: list[dict], found: list[dict[str, set[str]]]) -> dict:
    """Per view: all codes, per language and per code (tp, predicted, gold, precision, recall, F1),
    and the non-act passages given a code, by kind."""
    result = {}
    for view in VIEWS:
        counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])  # tp, predicted, gold
        false_on: collections.Counter = collections.Counter()
        for item, codes in zip(items, found, strict=True):
            predicted, gold = codes[view], set(item["codes"])
            if item["kind"] != "act" and predicted:
                false_on[item["kind"]] += 1
            for code in predicted | gold:
                for key in (("all", "all"), ("lang", item["lang"]), ("code", code)):
                    counts[key][0] += code in predicted and code in gold
                    counts[key][1] += code in predicted
                    counts[key][2] += code in gold
        result[view] = {
            "all": _prf(*counts[("all", "all")]),
            "languages": {key: _prf(*value) for (kind, key), value in sorted(counts.items()) if kind == "lang"},
            "codes": {key: _prf(*value) for (kind, key), value in sorted(counts.items()) if kind == "code"},
            "false_on_non_act": dict(sorted(false_on.items())),
            "non_act": dict(sorted(collections.Counter(i["kind"] for i in items if i["kind"] != "act").items())),
        }
    return result


def _row(label: str, figures: list[dict]) -> str:
    cells = "  ".join(f"{f['recall']:.2f} {f['precision']:.2f} {f['tp']:>4}/{f['gold']:<4}" for f in figures)
    return f"  {label:<42} {cells}"


def print_table(name: str, result: dict) -> None:
    print(f"set {name}: recall, precision, found/labelled per view")
    print(f"  {'':<42} " + "  ".join(f"{view:<19}" for view in VIEWS))
    print(_row("all codes", [result[v]["all"] for v in VIEWS]))
    for language in result[VIEWS[0]]["languages"]:
        print(_row(language, [result[v]["languages"].get(language, _prf(0, 0, 0)) for v in VIEWS]))
    for code in sorted(set().union(*(result[v]["codes"] for v in VIEWS))):
        print(_row(code, [result[v]["codes"].get(code, _prf(0, 0, 0)) for v in VIEWS]))
    non_act = result[VIEWS[0]]["non_act"]
    print("  non-act passages given a code: " + "; ".join(
        f"{view}: " + ", ".join(f"{kind} {result[view]['false_on_non_act'].get(kind, 0)}/{n}" for kind, n in non_act.items())
        for view in VIEWS))


def print_misses(items: list[dict], found: list[dict[str, set[str]]], view: str = "rules said") -> None:
    for item, codes in zip(items, found, strict=True):
        missed = sorted(set(item["codes"]) - codes[view])
        false = sorted(codes[view] - set(item["codes"]))
        if missed or false:
            print(f"{item['where']} [{item['kind']}] missed: {', '.join(missed) or '-'}; false: {', '.join(false) or '-'}")
            print(f"    {item['text']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="sets of passages (a, b, c)")
    parser.add_argument("--dir", type=Path, help="score the passages of this folder (*.jsonl) as one set: figures only")
    parser.add_argument("--lang", default=",".join(LANGUAGES), help="languages, comma-separated (en,fr,ru)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--misses", action="store_true", help="print the passages the rules missed or over-coded")
    args = parser.parse_args(argv)
    languages = tuple(language for language in args.lang.split(",") if language)
    unknown = set(languages) - set(LANGUAGES)
    if unknown:
        parser.error(f"unknown language {', '.join(sorted(unknown))}: one of {', '.join(LANGUAGES)}")
    if not args.sets and args.dir is None:
        parser.error("name a set (a, b, c) or --dir")
    if set(args.sets) - set(SETS):
        parser.error(f"unknown set {', '.join(sorted(set(args.sets) - set(SETS)))}: one of {', '.join(SETS)}")
    if args.dir is not None and args.misses:
        parser.error("--misses prints passages: not with --dir (a set held back from reading)")
    chosen = [(name, None) for name in args.sets] + ([(args.dir.resolve().name, args.dir)] if args.dir else [])
    report = {}
    for name, folder in chosen:
        items = passages(name, languages, folder)
        found = [codes_found(doc) for doc in prepared(items)]
        report[name] = score(items, found)
        if args.misses:
            print_misses(items, found)
        elif not args.json:
            print_table(name, report[name])
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
