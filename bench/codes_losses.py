"""Where violation codes are lost on the spent gold sets: one kind per missed and per false code.

For each missed gold (person, code):
  a  the person was not extracted (no output person matches the gold person);
  b  the act's sentence was not detected for that code (no rule hit, classifier under threshold);
     the classifier's best probability for the code in the evidence sentences is printed;
  c  detected with that code, but given to another person or to nobody;
  d  not detected with that code but with another code (which) in the evidence sentences;
  e  a rule match of the code there was refused as negated or hedged, or the sentence is background.
For each false (person, code): the person is not a gold person (fp-person); another gold person
has the code there (fp-attribution); the gold has another code there (fp-code: which); a gold
negated or forbidden entry (fp-negated / fp-forbidden); nothing in the gold there (fp-spurious).

    PYTHONPATH=src .venv/bin/python bench/codes_losses.py v9 v6 v5 [--show]

Reads the spent and tuning sets only (train_acts.SETS, v9 included); refuses the held-out ones.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_acts  # noqa: E402


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def analyse(name: str, show: bool = False) -> collections.Counter:
    from guwah.extract import acts, extract_text, violations

    bench = train_acts._bench_extract()
    kinds: collections.Counter = collections.Counter()
    model = acts.classifier()
    for gold, text in train_acts.gold_documents(name):
        recorded: dict = {}
        original = violations._classified_hits

        def spy(doc, hits, refused, original=original, recorded=recorded):
            result = original(doc, hits, refused)
            recorded["hits"] = [(t.code, i) for t, i, _m in result]
            recorded["refused"] = set(refused)
            recorded["doc"] = doc
            return result

        violations._classified_hits = spy
        try:
            out = extract_text(text, document_date=gold.get("document_date"))
        finally:
            violations._classified_hits = original
        if "doc" not in recorded:
            continue  # no classification step (no parse): nothing to read
        doc = recorded["doc"]
        mapping = bench.match_persons(gold["persons"], out["persons"])
        to_gold = {pid: gid for pid, gid in mapping.items()}
        from_gold = {gid: pid for pid, gid in mapping.items()}
        predicted = {(to_gold.get(p["id"], "?" + p["id"]), v["code"]): (v["evidence"]["start"], v["evidence"]["end"])
                     for p in out["persons"] for v in p["violations"]}
        hits = recorded.get("hits", [])
        refused = recorded.get("refused", set())

        def sentences_of(span, doc=doc):
            return [i for i, s in enumerate(doc.sentences) if _overlaps((s.start, s.end), span)]

        gold_codes = {}
        for g in gold["persons"]:
            for v in g["violations"]:
                gold_codes.setdefault((g["id"], v["code"]), []).append(tuple(v["evidence"]))
        for (gid, code), evidences in gold_codes.items():
            if (gid, code) in predicted:
                continue
            indexes = [i for e in evidences for i in sentences_of(e)]
            body = " ".join(doc.sentence_text(i) for i in indexes)
            probs = model.probabilities([doc.sentence_text(i) for i in indexes]) if model and indexes else []
            best = max((p.get(code, 0.0) for p in probs), default=0.0)
            hit_codes = {c for c, i in hits if i in indexes}
            if gid not in from_gold:
                kind = "a person not extracted"
            elif code in hit_codes:
                others = [pg for (pg, c), sp in predicted.items() if c == code and any(_overlaps(sp, e) for e in evidences)]
                kind = "c to another person" if others else "c to nobody"
            elif any((i, code) in refused for i in indexes) or any(violations._BACKGROUND.search(doc.sentence_text(i)) for i in indexes):
                kind = "e refused (negated/hedged/background)"
            elif hit_codes:
                kind = "d other code"
            else:
                kind = "b not detected"
            kinds["missed: " + kind] += 1
            if kind.startswith("d"):
                kinds["  d codes " + code + " <- " + ",".join(sorted(hit_codes))] += 1
            if kind.startswith("b") and code in violations._RULES_ONLY_CODES:
                kinds["  b rules-only code"] += 1
            elif kind.startswith("b"):
                kinds["  b p>=0.5" if best >= 0.5 else "  b p>=0.2" if best >= 0.2 else "  b p<0.2"] += 1
            if show:
                print(f"MISS {name} {gold['file']} {gid} {code} [{kind}] p={best:.2f} hits={sorted(hit_codes)}\n    {body[:400]!r}")
        negated = {(n["person"], n["code"]) for n in gold["negated"]}
        forbidden = {(f["person"], f["code"]) for f in gold["forbidden"]}
        for (pid, code), span in predicted.items():
            if (pid, code) in gold_codes:
                continue
            near = [(g, c) for (g, c), evs in gold_codes.items() if any(_overlaps(span, e) for e in evs)]
            if pid.startswith("?"):
                kind = "fp-person"
            elif (pid, code) in forbidden:
                kind = "fp-forbidden"
            elif (pid, code) in negated:
                kind = "fp-negated"
            elif any(c == code for _g, c in near):
                kind = "fp-attribution"
            elif near:
                kind = "fp-code"
            else:
                kind = "fp-spurious"
            kinds["false: " + kind] += 1
            if show:
                print(f"FALSE {name} {gold['file']} {pid} {code} [{kind}] near={near}\n    {doc.text[span[0]:span[1]][:400]!r}")
    return kinds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help=f"spent sets: {', '.join(train_acts.SETS)}")
    parser.add_argument("--show", action="store_true", help="print each missed and false code with its sentence")
    args = parser.parse_args(argv)
    for name in args.sets:
        if name not in train_acts.SETS:
            parser.error(f"{name} is not a spent set (held out: {', '.join(train_acts.HELD_OUT)})")
    for name in args.sets:
        kinds = analyse(name, args.show)
        print(f"\n== {name}")
        for kind, count in sorted(kinds.items()):
            print(f"  {kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
