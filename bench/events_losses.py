"""Where events are lost on the tuning splits: one kind per missed and per false event.

`bench/extract.py` counts an event right when its type, person and date value match the gold's
(`score()`). The gold gives no event span, so the events left over after that matching are paired
with each other, first by type and person (the date is wrong), then by type and date (the person
is wrong), then by person and date (the type is wrong); each pair is one missed and one false event
of that kind. What is left unpaired:
- missed: the gold person was not extracted; another event of that type is the person's (the
  extractor told one where the gold has more); or no event was found;
- false: no person; a duplicate of a right event; a second event of a type the person already has
  right (another date); a person not in the gold; a document whose gold scores no events (ug, kk, zh: `scores_codes`);
  or an event the gold does not list, by what its sentence says: negated, hedged (rumour),
  background (the region, the camp system), else other.
A date kind is named by the words of the gold's date mention with that value (the gold's date
list): relative (counted from the document's date: "last year", «в прошлом году»), chained
(counted from another event: "a month later", «через два дня», "la semaine suivante"),
qualified ("early 2017", "the spring of 2018"), absolute, or not in the text; "precision" when one
value is a prefix of the other, "missing" when the event has no date.

    PYTHONPATH=src .venv/bin/python bench/events_losses.py tuning_v9 tuning_v6 [--show]

Reads the tuning splits of bench/extract.py only; refuses a held-out split. --show prints each
event with its sentence (tuning texts only: the texts are ours or spent).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_CHAINED = re.compile(
    r"\b(?:later|after|next|following|same|that|earlier|before|then)\b|plus\s+tard|suivante?|lendemain|même|veille"
    r"|через|спустя|следующ|тот\s+же|том\s+же|同年|同月", re.I)
_RELATIVE = re.compile(
    r"\b(?:ago|last|this|yesterday|today|now)\b|il\s+y\s+a|derni|cette\s+ann|прошл|этого|этом|назад|вчера", re.I)
_QUALIFIED = re.compile(
    r"\b(?:early|mid|late|spring|summer|autumn|fall|winter|beginning|end|middle)\b|mid-|début|fin\b|mi-|printemps|été|"
    r"automne|hiver|начал|конц|середин|весн|лет[ао]м|осен|зим", re.I)


def date_kind(gold: dict, text: str, value: str) -> str:
    """What the gold's date mention with this value says: relative, chained, qualified, absolute."""
    surfaces = [text[d["start"]:d["end"]] for d in gold["dates"] if d["value"] == value]
    if not surfaces:
        return "not in the text's dates"
    kinds = ["chained" if _CHAINED.search(s) else "relative" if _RELATIVE.search(s)
             else "qualified" if _QUALIFIED.search(s) else "absolute" for s in surfaces]
    return collections.Counter(kinds).most_common(1)[0][0]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return " ".join(text[left:right + 1].split())[:300]


def analyse(bench, gold: dict, text: str, show: bool = False) -> collections.Counter:
    from guwah.extract.lexicon import BACKGROUND, HEDGE, negated
    from guwah.extract.output import to_json
    from guwah.extract.pipeline import run_pipeline

    doc = run_pipeline(text, None, bench_date(gold))
    out = to_json(doc, sha256=None, title=None)
    mapping = bench.match_persons(gold["persons"], out["persons"])
    to_gold = lambda pid: mapping.get(pid, "?" + str(pid)) if pid else None  # noqa: E731
    kinds: collections.Counter = collections.Counter()
    value = lambda d: d["value"] if d else None  # noqa: E731

    # the matching of bench/extract.py's score(), keeping which gold event each predicted one is
    unused = list(out["events"])
    right, missed = [], []
    for g in sorted(gold["events"], key=lambda e: e["date"] is None):
        hit = next((e for e in unused if e["type"] == g["type"] and e["person"] and to_gold(e["person"]) == g["person"]
                    and (g["date"] is None or value(e["date"]) == g["date"]["value"])), None)
        if hit is None:
            missed.append(g)
        else:
            unused.remove(hit)
            right.append((g, hit))
    false = unused

    def record(kind: str, g: dict | None, e: dict | None) -> None:
        kinds[kind] += 1
        if not show:
            return
        where = e["evidence"] if e else None
        if where is None and g and g["date"]:
            spans = [(d["start"], d["end"]) for d in gold["dates"] if d["value"] == g["date"]["value"]]
            where = {"start": spans[0][0], "end": spans[0][1]} if spans else None
        sentence = _sentence(text, where["start"], where["end"]) if where else "(no span)"
        gold_part = f"gold {g['type']} {g['person']} {value(g['date'])}" if g else ""
        out_part = f"out {e['type']} {to_gold(e['person'])} {value(e['date'])}" if e else ""
        print(f"{kind:<48} {gold['file']}: {gold_part} | {out_part}\n    {sentence!r}")

    for condition, name in (
            (lambda g, e: e["type"] == g["type"] and to_gold(e["person"]) == g["person"], "date"),
            (lambda g, e: e["type"] == g["type"] and value(e["date"]) == value(g["date"]), "person"),
            (lambda g, e: to_gold(e["person"]) == g["person"] and value(e["date"]) == value(g["date"]), "type")):
        for g in list(missed):
            e = next((e for e in false if condition(g, e)), None)
            if e is None:
                continue
            missed.remove(g)
            false.remove(e)
            if name == "date":
                if e["date"] is None:
                    kind = "date missing: " + date_kind(gold, text, g["date"]["value"])
                elif g["date"] and (e["date"]["value"].startswith(g["date"]["value"])
                                    or g["date"]["value"].startswith(e["date"]["value"])):
                    kind = f"date precision: {e['date']['precision']} for {g['date']['precision']}"
                else:
                    kind = "date wrong: " + (date_kind(gold, text, g["date"]["value"]) if g["date"] else "gold undated")
            elif name == "person":
                extracted = g["person"] in mapping.values()
                kind = "person wrong: " + ("the gold's person extracted" if extracted else "the gold's person not extracted")
            else:
                kind = f"type wrong: {e['type']} for {g['type']}"
            record("pair " + kind, g, e)

    for g in missed:
        if g["person"] not in mapping.values():
            kind = "missed: person not extracted"
        elif any(e["type"] == g["type"] and to_gold(e["person"]) == g["person"] for _g, e in right):
            kind = "missed: another event of the type for the person"
        else:
            kind = "missed: not found"
        record(kind, g, None)
    for e in false:
        sentence = text[e["evidence"]["start"]:e["evidence"]["end"]]
        same = [(g, hit) for g, hit in right if hit["type"] == e["type"] and hit["person"] == e["person"]]
        if e["person"] is None:
            kind = "false: no person"
        elif not bench.scores_codes(gold):
            kind = "false: the gold scores no events (ug/kk/zh, persons, places and dates only)"
        elif any(value(hit["date"]) == value(e["date"]) for _g, hit in same):
            kind = "false: duplicate"
        elif same:
            kind = "false: the type again at another date"
        elif to_gold(e["person"]).startswith("?"):
            kind = "false: person not in the gold"
        elif negated(sentence):
            kind = "false: not in gold, negated"
        elif re.search(HEDGE, sentence, re.I):
            kind = "false: not in gold, hedged"
        elif re.search(BACKGROUND, sentence, re.I):
            kind = "false: not in gold, background"
        else:
            kind = "false: not in gold, other"
        record(kind, None, e)
    kinds["= gold"] += len(gold["events"])
    kinds["= right"] += len(right)
    return kinds


def bench_date(gold: dict):
    from guwah.extract import parse_document_date

    return parse_document_date(gold.get("document_date"))


def documents(bench, split: str):
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if bench.SPENT.get(gold["split"], gold["split"]) == split:
                yield gold, bench.load_corpus_text(gold)


def main(argv=None) -> int:
    import train_acts

    bench = train_acts._bench_extract()
    tuning = bench.TUNING_SPLITS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", help=f"tuning splits of bench/extract.py: {', '.join(tuning)}")
    parser.add_argument("--show", action="store_true", help="print each missed and false event with its sentence")
    args = parser.parse_args(argv)
    args.splits = bench.refuse_unless_tuning(parser, args.splits)
    for split in args.splits:
        kinds: collections.Counter = collections.Counter()
        for gold, text in documents(bench, split):
            kinds += analyse(bench, gold, text, args.show)
        print(f"\n== {split}: {kinds['= right']} right of {kinds['= gold']} gold events")
        for kind, count in sorted(kinds.items()):
            if not kind.startswith("="):
                print(f"  {kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
