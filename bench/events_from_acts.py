"""Events read from the act classifiers' codes (`events.events_from_acts`), measured on the tuning splits.

For each tuning document whose gold scores events, the extractor runs with the step "events from
acts" left out ("before"); then, on the finished document, the step is run with the codes of the
sources named ("after": the act classifiers, `events.ACT_SOURCES`, and for comparison every finder
of a code) and the events are scored again as `bench/extract.py` scores them. Also printed, before
any change: of the gold events the extractor misses whose type a code states (`events.ACT_EVENTS`),
how many have the matching code found for the gold's person (by any finder, by a classifier), how
many of those have no event of that type for the person, and how many the derived event would get
right (its date the gold's). Figures per set: the rules and the shipped act model were fitted on
these sets (tuning figures; `bench/acts_folds.py` gives the model's leave-one-set-out ones).

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/events_from_acts.py [--splits tuning_v29,…] \
        [--cache /tmp/events-acts] [--show]

Reads the tuning splits only (a held-out split is refused); --show prints each event added with
its sentence (tuning texts: ours or spent); --cache keeps the documents made before the step (text,
sentences, dates, persons with their codes, events; no parse) for the next run.
"""

from __future__ import annotations

import argparse
import collections
import copy
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _documents(bench, splits: list[str], cache: Path | None):
    """(split, gold, document before the step) for every tuning document whose gold scores events (`scores_codes`)."""
    from guwah.extract import events, pipeline

    path = cache / "documents.pickle" if cache else None
    if path and path.exists():
        return [item for item in pickle.loads(path.read_bytes()) if item[0] in splits]
    made = []
    step = events.events_from_acts
    events.events_from_acts = lambda doc: None  # the pipeline's "before"
    try:
        for split, gold, text in bench.tuning_documents(set(splits)):
            if not bench.scores_codes(gold):
                continue
            doc = pipeline.run_pipeline(text, None, _date(gold))
            doc.analysis = None  # the step reads no parse; a parse does not pickle
            made.append((split, gold, doc))
    finally:
        events.events_from_acts = step
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    return made


def _date(gold: dict):
    from guwah.extract import parse_document_date

    return parse_document_date(gold.get("document_date"))


def _out(doc) -> dict:
    from guwah.extract.output import to_json

    return to_json(doc, sha256=None, title=None)


def _missed(bench, gold: dict, out: dict) -> list[dict]:
    """The gold events `bench/extract.py`'s matching leaves unmatched."""
    mapping = bench.match_persons(gold["persons"], out["persons"])
    unused = list(out["events"])
    missed = []
    for g in sorted(gold["events"], key=lambda e: e["date"] is None):
        hit = next((e for e in unused if e["type"] == g["type"] and e["person"] and mapping.get(e["person"]) == g["person"]
                    and (g["date"] is None or (e["date"] and e["date"]["value"] == g["date"]["value"]))), None)
        if hit is None:
            missed.append(g)
        else:
            unused.remove(hit)
    return missed


def main(argv=None) -> int:
    import train_acts

    from guwah.extract import events

    bench = train_acts._bench_extract()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=",".join(bench.TUNING_SPLITS), help="tuning splits, comma-separated")
    parser.add_argument("--cache", type=Path, help="a folder keeping the documents made before the step")
    parser.add_argument("--show", action="store_true", help="print each event added, with its sentence")
    args = parser.parse_args(argv)
    splits = [name.strip() for name in args.splits.split(",") if name.strip()]
    splits = bench.refuse_unless_tuning(parser, splits)
    variants = {"classifiers": ("acts model", "acts model kk"), "every finder": None}
    codes_of = collections.defaultdict(set)
    for code, event_type in events.ACT_EVENTS.items():
        codes_of[event_type].add(code)
    share: collections.Counter = collections.Counter()
    figures = {name: collections.defaultdict(lambda: [0, 0, 0]) for name in ("before", *variants)}
    for split, gold, doc in _documents(bench, splits, args.cache):
        before = _out(doc)
        for name, counts in (("before", bench.score(gold, before)["events"]),):
            figures[name][split] = [a + b for a, b in zip(figures[name][split], counts, strict=True)]
        mapping = bench.match_persons(gold["persons"], before["persons"])
        for g in _missed(bench, gold, before):
            if g["type"] not in codes_of:
                continue
            share[f"{g['type']}: missed"] += 1
            persons = [p for p in doc.persons if mapping.get(p.id) == g["person"]]
            found = [v for p in persons for v in p.violations if v.code in codes_of[g["type"]]]
            if not found:
                continue
            share[f"{g['type']}: the code found for the person"] += 1
            if any(v.rule in variants["classifiers"] for v in found):
                share[f"{g['type']}: … by a classifier"] += 1
            if any(e.person == p.id and e.type == g["type"] for p in persons for e in doc.events):
                continue
            share[f"{g['type']}: … and no event of the type for the person"] += 1
        for name, sources in variants.items():
            trial = copy.deepcopy(doc)
            saved = events.ACT_SOURCES
            events.ACT_SOURCES = sources
            try:
                count = len(trial.events)
                events.events_from_acts(trial)
            finally:
                events.ACT_SOURCES = saved
            after = _out(trial)
            counts = bench.score(gold, after)["events"]
            figures[name][split] = [a + b for a, b in zip(figures[name][split], counts, strict=True)]
            if args.show and name == "every finder":
                right_before = bench.score(gold, before)["events"][0]
                for event in trial.events[count:]:
                    s, e = event.evidence
                    person = trial.person(event.person)
                    print(f"[{name}] {gold['file']} {event.type} {mapping.get(person.id, '?')} "
                          f"{event.date.value if event.date else None} (right {right_before}->{counts[0]})\n"
                          f"    {' '.join(trial.text[s:e].split())[:300]!r}")
    print("Of the gold events missed before the step, by type:")
    for key in sorted(share):
        print(f"  {key}: {share[key]}")
    print("\nevents per set (tuning figures), tp/predicted/gold and P/R/F1:")
    for split in splits:
        cells = []
        for name in figures:
            tp, predicted, gold_count = figures[name][split]
            if not gold_count:
                break
            f = bench.prf(tp, predicted, gold_count)
            cells.append(f"{name} {tp}/{predicted}/{gold_count} {f['precision']:.3f}/{f['recall']:.3f}/{f['f1']:.3f}")
        if cells:
            print(f"  {split}: " + "; ".join(cells))
    for name in figures:
        tp, predicted, gold_count = (sum(v[i] for v in figures[name].values()) for i in range(3))
        f = bench.prf(tp, predicted, gold_count)
        print(f"  all, {name}: {tp}/{predicted}/{gold_count} P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
