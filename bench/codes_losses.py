"""Where violation codes are lost on the spent gold sets: one kind per missed and per false code.

For each missed gold (person, code):
  a  the person was not extracted (no output person matches the gold person);
  b  the act's sentence was not detected for that code (no rule hit, classifier under threshold);
     the classifier's best probability for the code in the evidence sentences is printed;
  c  detected with that code, but given to another person or to nobody (another person too when a
     later pass gave it there, not the rule or classifier hits: a death "there", a carried or implied code);
  d  not detected with that code but with another code (which) in the evidence sentences;
  e  a rule match of the code there was refused as negated or hedged, or the sentence is background.
For each false (person, code): the person is not a gold person (fp-person); another gold person
has the code there (fp-attribution); the gold has another code there (fp-code: which); a gold
negated or forbidden entry (fp-negated / fp-forbidden); nothing in the gold there (fp-spurious).

A Kazakh, Uyghur or Chinese document, read by its lexicon (vocab/acts/kk.yaml, ug.yaml,
zh.yaml — Chinese since h-codes43 —; Kazakh also by its classifier), loses a code as "k": not read,
read as another code, read and given to another person, or read and given to nobody (a match of the
code that passed the scope test there, no person given it: since h-codes45, counted as not read
before) (`kazakh_kind`); a document in a language no rules read
loses every code as "n no violation rules for the language". Each kind is also counted by the
document's language (the table after each set).

    PYTHONPATH=src .venv/bin/python bench/codes_losses.py v9 v6 v5 [--show]
    PYTHONPATH=src .venv/bin/python bench/codes_losses.py tuning_v9 [--show]   # a split of bench/extract.py
    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/codes_losses.py tuning_v13 tuning_v14 \
        --unread v13,v14 --cache /tmp/acts-folds   # the act model as if these writers were unseen

With `--unread`, the act model is not the shipped one but one trained as shipped (every spent set,
the measured-only ones included, and acts-train; the shipped threshold and mode) on all but the
sets named, parsed once through `bench/acts_folds.py`'s cache: the classifier's share of the losses
is then that of writers it never read (the rules' share stays tuned on them).

Reads the spent and tuning sets only (train_acts.SETS, or a split of bench/extract.py's
TUNING_SPLITS, every language); refuses the held-out ones.
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


def missed_kind(extracted: bool, code: str, hit_codes: set, given_to_another: bool, refused: bool) -> str:
    """The stage that lost one missed gold (person, code), in the letters of the module's docstring.
    extracted: the gold person has an output person; hit_codes: the codes the rules and the classifier
    hit in the evidence sentences; given_to_another: another output person has the code on evidence
    that overlaps the gold's (by a hit or by a later pass); refused: a hit of the code there was
    refused (negated, hedged) or the sentence is background."""
    if not extracted:
        return "a person not extracted"
    if given_to_another:
        return "c to another person"
    if code in hit_codes:
        return "c to nobody"
    if refused:
        return "e refused (negated/hedged/background)"
    if hit_codes:
        return "d other code"
    return "b not detected"


def kazakh_kind(code: str, evidences: list, predicted: dict, read: list | tuple = ()) -> str:
    """The kind of one Kazakh gold code the output lacks: evidences, the gold's (start, end) spans;
    predicted, (output person, code) -> (start, end) of every output code; read, (code, start, end)
    of every match of the lexicon or the classifier that passed the scope test, given or not (a code
    read there but given to no person is lost by attribution, not by detection)."""
    near = {c for (_p, c), span in predicted.items() if any(_overlaps(span, e) for e in evidences)}
    if code in near:
        return "k read, given to another person"
    if any(c == code and any(_overlaps((start, end), e) for e in evidences) for c, start, end in read):
        return "k read, given to nobody"
    if near:
        return "k read as another code"
    return "k not read"


def _documents(bench, name: str):
    """(gold, text) of a train_acts set (English, French, Russian) or of a tuning split (every language)."""
    if name in train_acts.SETS:
        return train_acts.gold_documents(name)
    import events_losses

    return list(events_losses.documents(bench, name))


def model_without(unread: frozenset[str], cache: Path | None):
    """The act model trained as shipped (`train_acts.write_model` with --train-on-measured: every
    spent set and acts-train, the shipped threshold and mode) on all but the `unread` sets."""
    import acts_folds

    examples = acts_folds.parsed_examples(cache)  # the register passages of acts-trial are no training data
    training = [e for key in acts_folds.read_keys(examples, "", unread, set())
                for e in acts_folds.with_features(examples[key], set())]
    model = train_acts.train(training, train_acts.labels_of(training))
    return model.with_settings(train_acts.THRESHOLD, train_acts.MODE, train_acts.GATE)


def analyse(name: str, show: bool = False, model=None) -> tuple[collections.Counter, collections.Counter]:
    """(kinds, kinds by language): kind -> count, and (kind, language) -> count for the kinds that
    count one missed or false code. `model`: the act model to run with (None: the shipped one)."""
    from guwah.extract import acts

    if model is None:
        return _analyse(name, show, acts.classifier())
    with acts.using(model):
        return _analyse(name, show, model)


def _analyse(name: str, show: bool, model) -> tuple[collections.Counter, collections.Counter]:
    from guwah.extract import extract_text, violations

    bench = train_acts._bench_extract()
    kinds: collections.Counter = collections.Counter()
    by_language: collections.Counter = collections.Counter()
    for gold, text in _documents(bench, name):
        language = gold.get("language", "?")
        before = collections.Counter(kinds)
        recorded: dict = {}
        original = violations._classified_hits

        def spy(doc, hits, refused, original=original, recorded=recorded):
            result = original(doc, hits, refused)
            recorded["hits"] = [(t.code, i) for t, i, _m in result]
            recorded["refused"] = set(refused)
            recorded["doc"] = doc
            return result

        read: list[tuple[str, int, int]] = []
        regional = violations._trigger_hits, violations._kazakh_classified

        def spy_hits(doc, refused=None, refused_matches=None, read=read, original=regional[0]):
            # the regional lexicon's matches that passed the scope test (`find_turkic_violations`)
            result = original(doc, refused, refused_matches)
            if doc.language in violations.OWN_LANGUAGE_ONLY:
                read.extend((t.code, m.start(), m.end()) for t, _i, m in result)
            return result

        def spy_kazakh(doc, hits, refused, read=read, original=regional[1]):
            result = original(doc, hits, refused)
            read.extend((t.code, m.start(), m.end()) for t, _i, m in result)
            return result

        violations._classified_hits = spy
        violations._trigger_hits, violations._kazakh_classified = spy_hits, spy_kazakh
        try:
            out = extract_text(text, document_date=gold.get("document_date"))
        finally:
            violations._classified_hits = original
            violations._trigger_hits, violations._kazakh_classified = regional
        if "doc" not in recorded:
            # no parse-based rules ran: Kazakh's, Uyghur's and Chinese lexicons (vocab/acts/kk.yaml,
            # ug.yaml, zh.yaml, no classifier) lose a code by not reading it or by its person
            gold_pairs = {(g["id"], v["code"]) for g in gold["persons"] for v in g["violations"]}
            if language in ("kk", "ug", "zh") and bench.scores_codes(gold):  # a gold that scores no code: none lost
                mapping = bench.match_persons(gold["persons"], out["persons"])
                found = {(mapping.get(p["id"]), v["code"]) for p in out["persons"] for v in p["violations"]}
                spans = {(mapping.get(p["id"], "?" + p["id"]), v["code"]): (v["evidence"]["start"], v["evidence"]["end"])
                         for p in out["persons"] for v in p["violations"]}
                for g in gold["persons"]:
                    for v in g["violations"]:
                        if (g["id"], v["code"]) not in found:
                            kind = kazakh_kind(v["code"], [tuple(v["evidence"])], spans, read)
                            kinds["missed: " + kind] += 1
                            if show:
                                print(f"MISS {name} {gold['file']} {g['id']} {v['code']} [{kind}]")
                gold_spans = {(g["id"], v["code"]) for g in gold["persons"] for v in g["violations"]}
                for (pid, code) in spans:
                    if (pid, code) not in gold_spans:
                        kinds[f"false: {language} (not by kind)"] += 1
            elif gold_pairs:
                kinds["missed: n no violation rules for the language"] += len(gold_pairs)
            by_language.update({(kind, language): n for kind, n in (kinds - before).items()})
            continue
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
            probs = model.rate_spans(doc.text, doc.analysis, [(doc.sentences[i].start, doc.sentences[i].end)
                                                              for i in indexes]) if model and indexes else []
            best = max((p.get(code, 0.0) for p in probs), default=0.0)
            hit_codes = {c for c, i in hits if i in indexes}
            others = [pg for (pg, c), sp in predicted.items() if c == code and any(_overlaps(sp, e) for e in evidences)]
            refused_there = any((i, code) in refused for i in indexes) \
                or any(violations._BACKGROUND.search(doc.sentence_text(i)) for i in indexes)
            kind = missed_kind(gid in from_gold, code, hit_codes, bool(others), refused_there)
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
        by_language.update({(kind, language): n for kind, n in (kinds - before).items()
                            if kind.startswith(("missed:", "false:"))})
    return kinds, by_language


def language_table(by_language: collections.Counter) -> list[str]:
    """Lines of a table: one row per kind, one column per language, and the total."""
    languages = sorted({language for _kind, language in by_language})
    rows = sorted({kind for kind, _language in by_language})
    lines = ["  | kind | " + " | ".join(languages) + " | all |"]
    for kind in rows:
        counts = [by_language[(kind, language)] for language in languages]
        lines.append(f"  | {kind} | " + " | ".join(str(c) for c in counts) + f" | {sum(counts)} |")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench = train_acts._bench_extract()
    parser.add_argument("sets", nargs="+", help=f"spent sets: {', '.join(train_acts.SETS)}; or tuning splits: "
                                                f"{', '.join(bench.TUNING_SPLITS)}")
    parser.add_argument("--show", action="store_true", help="print each missed and false code with its sentence")
    parser.add_argument("--unread", default="", help="comma-separated spent sets the act model is trained without")
    parser.add_argument("--cache", type=Path, default=None, help="with --unread: bench/acts_folds.py's cache folder")
    args = parser.parse_args(argv)
    unread = frozenset(s.strip() for s in args.unread.split(",") if s.strip())
    if unread - set(train_acts.SETS):
        parser.error(f"--unread: spent sets only ({', '.join(train_acts.SETS)}): {args.unread}")
    model = model_without(unread, args.cache) if unread else None
    args.sets = [name if name in train_acts.SETS else bench.refuse_unless_tuning(parser, [name])[0]
                 for name in args.sets]
    total: collections.Counter = collections.Counter()
    for name in args.sets:
        kinds, by_language = analyse(name, args.show, model)
        total += by_language
        print(f"\n== {name}")
        for kind, count in sorted(kinds.items()):
            print(f"  {kind}: {count}")
        print("\n".join(language_table(by_language)))
    if len(args.sets) > 1:
        print(f"\n== all of {', '.join(args.sets)}, by language")
        print("\n".join(language_table(total)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
