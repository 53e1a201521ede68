"""Where persons and the victim role are lost on the tuning splits: one kind per missed person
and per gold victim that comes out without the victim role (issue 11).

`bench/extract.py` matches a predicted person to a gold one by overlapping mentions
(`match_persons`). Each gold person left unmatched is a missed person, of the first kind that
fits, by what the gold and the text say:
- dropped by the person model: the rules made a person over one of its mentions and
  `roles_model.apply` dropped it (P(person of the text) under the threshold);
- merged: a predicted person covers one of its mentions, but was matched to another gold person;
- unnamed: the gold names no one (a kinship term or a role only: "my parents", "the guard");
- script: the name is in Arabic (Uyghur), Han or Kazakh Cyrillic letters;
- case: all capitals ("TURSUN ABLIMIT") or lower case;
- list: every mention stands in a list, table or form line (a bullet, a number, a "|" or a field label);
- single word: a lone given name or surname;
- else "named, prose": a name of two words or more in running text that neither rules nor model took.
Each gold victim of a matched person without the victim role is of the first kind that fits:
- removed by the person model (the rules gave the role; `roles_model.apply` took it away);
- plural: the gold person is a group or a pair of kin ("my parents", "his two sons");
- no act: no event and no violation code for the person (the act not found, or not tied to them),
  with "in reported speech" when the gold's evidence sentence is quoted or reported;
- act without a victim event: a code or an event the rules do not count for the role.
A gold victim not matched at all is counted as "person not extracted" (its kind in the first list).
Where the person model runs (en, fr, ru; `roles_model.MIN_CHARS`), each missed victim of a matched person
is also counted by the model's P(victim): near the victim threshold (within 0.1 under it) or further under.
Each predicted person left unmatched is a false person, of the first kind that fits:
- overlaps a gold person already matched (one gold person read as two: a kin noun and a name);
- unnamed (a kin noun or role only: the gold does not list that mention);
- named: a name the gold does not count as a person (a place, an organisation, a headline word …).
Each predicted victim that is not a gold victim is a false victim: "not a gold person" (a false
person made a victim) or the matched gold person's roles ("gold: witness", "gold: official").

    PYTHONPATH=src .venv/bin/python bench/persons_losses.py tuning_v9 tuning_v6 [--show]

Reads the tuning splits of bench/extract.py only; refuses a held-out split. --show prints each
loss with its sentence (tuning texts only: the texts are ours or spent).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KAZAKH = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_LIST_LINE = re.compile(r"^[ \t]*(?:[-*•–·]|\d+[.)]|\(?[a-z]\)|\|)|\|[^\n]*$|^[ \t]*[^\n:]{1,40}:[ \t]", re.M)
_PLURAL = re.compile(
    r"\b(?:parents|children|sons|daughters|brothers|sisters|relatives|family|families|they|them|both|two|three|four|"
    r"parents|enfants|fils|filles|frères|sœurs|famille|родител\w*|дет\w*|сыновь\w*|дочер\w*|братья\w*|сёстр\w*|семь\w*)\b",
    re.I)
_REPORTED = re.compile(
    r"[\"“”«»„]|\b(?:said|says|told|tells|according to|reported|heard|learned|learnt|dit|raconte|selon|a appris|"
    r"сказал\w*|говорит|рассказ\w*|по словам|узнал\w*)\b", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return " ".join(text[left:right + 1].split())[:300]


def _line(text: str, start: int) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    return text[left:right if right >= 0 else len(text)]


def _script(name: str, language: str | None) -> str:
    if _ARABIC.search(name):
        return "Arabic script (ug)"
    if _HAN.search(name):
        return "Han (zh)"
    if language == "kk" or _KAZAKH.search(name):
        return "Kazakh Cyrillic"
    return ""


def missed_kind(gold: dict, g: dict, text: str, out: dict, mapping: dict, dropped: tuple = ()) -> str:
    """The first kind of the module docstring's first list that fits a gold person left unmatched;
    `dropped` holds the mentions of the persons the rules made and the person model dropped."""
    spans = [tuple(m) for m in g["mentions"]]
    if any(a < e and s < b for a, b in spans for s, e in dropped):
        return "dropped by the person model"
    for p in out["persons"]:
        if p["id"] in mapping and any(a < e and s < b for a, b in spans for s, e in
                                      ((m["start"], m["end"]) if isinstance(m, dict) else m for m in p["mentions"])):
            return "merged into another gold person"
    names = [n for n in g.get("names") or [] if n]
    if not names or g.get("named") is False:
        return "unnamed (kinship or role only)"
    surfaces = [text[a:b] for a, b in spans]
    if script := _script(" ".join(surfaces), gold.get("language")):
        return "script: " + script
    letters = [c for s in surfaces for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "case: all capitals"
    if letters and any(s and s[0].islower() for s in surfaces):
        return "case: lower case"
    if spans and all(_LIST_LINE.search(_line(text, a)) for a, _b in spans):
        return "list, table or form line"
    if all(len(s.split()) == 1 for s in surfaces):
        return "single word"
    return "named, prose"


def victim_kind(gold: dict, g: dict, text: str, p: dict, out: dict, before_model: set[str]) -> str:
    """The first kind of the module docstring's second list that fits a matched gold victim
    whose predicted person lacks the victim role."""
    if p["id"] in before_model:
        return "removed by the person model"
    surfaces = [text[a:b] for a, b in g["mentions"]]
    if not g.get("names") and any(_PLURAL.search(s) for s in surfaces):
        return "plural (a group or kin pair)"
    events = [e for e in out["events"] if e["person"] == p["id"]]
    if not events and not p["violations"]:
        evidence = [v["evidence"] for v in g["violations"] if v.get("evidence")]
        if gold.get("language") in ("ug", "zh", "kk"):
            return "no act: " + gold["language"] + " (the rules find no acts)"
        if evidence and all(_REPORTED.search(_sentence(text, a, b)) for a, b in evidence):
            return "no act: in reported speech"
        return "no act: no event and no code"
    return "act without a victim event (codes: " + ",".join(sorted({v["code"].split(".")[0] for v in p["violations"]})) + ")"


def analyse(bench, gold: dict, text: str, show: bool = False) -> collections.Counter:
    from guwah.extract import pipeline, roles_model
    from guwah.extract.output import person_ids, to_json

    before: set[str] = set()
    model_step = pipeline.COMPONENTS[-1]

    dropped: list[tuple[int, int]] = []

    rated: dict[str, float] = {}  # person id -> the person model's P(victim), where it runs

    def recording(doc) -> None:
        before.update(p.id for p in doc.persons if "victim" in p.roles)
        made = {p.id: list(p.mentions) for p in doc.persons}
        model = roles_model.classifier()
        if model is not None and doc.language in roles_model.LANGUAGES and doc.persons \
                and len(doc.text) >= roles_model.MIN_CHARS:
            rows = model.probabilities([roles_model.person_features(doc, p) for p in doc.persons])
            rated.update({p.id: float(row[1]) for p, row in zip(doc.persons, rows, strict=True)})
        model_step.run(doc)
        kept = {p.id for p in doc.persons}
        dropped.extend(span for pid, spans in made.items() if pid not in kept for span in spans)

    pipeline.COMPONENTS[-1] = pipeline.Component(model_step.name, model_step.needs, model_step.sets, recording)
    try:
        doc = pipeline.run_pipeline(text, None, bench_date(gold))
    finally:
        pipeline.COMPONENTS[-1] = model_step
    out = to_json(doc, sha256=None, title=None)
    ids = person_ids(doc)  # the JSON's ids of the doc's persons
    before_json = {ids[pid] for pid in before if pid in ids}
    mapping = bench.match_persons(gold["persons"], out["persons"])
    to_pred = {gid: pid for pid, gid in mapping.items()}
    kinds: collections.Counter = collections.Counter()
    language = gold.get("language") or "en"

    def record(kind: str, g: dict) -> None:
        kinds[(kind, language)] += 1
        if show:
            a, b = g["mentions"][0] if g["mentions"] else (0, 0)
            print(f"{kind:<44} {gold['file']}: {g['id']} {g.get('name') or '(unnamed)'}\n    {_sentence(text, a, b)!r}")

    for g in gold["persons"]:
        kinds[("= gold persons", language)] += 1
        victim = "victim" in g["roles"]
        kinds[("= gold victims", language)] += victim
        if g["id"] not in to_pred:
            record("person missed: " + missed_kind(gold, g, text, out, mapping, tuple(dropped)), g)
            if victim:
                record("victim missed: person not extracted", g)
            continue
        p = next(p for p in out["persons"] if p["id"] == to_pred[g["id"]])
        if victim and "victim" not in p["roles"]:
            record("victim missed: " + victim_kind(gold, g, text, p, out, before_json), g)
            doc_id = next((pid for pid, jid in ids.items() if jid == p["id"]), None)
            if doc_id in rated:
                threshold = roles_model.classifier().victim_threshold
                chance = rated[doc_id]
                kinds[("victim missed, the model's P(victim): " + (
                    f"near the threshold ({threshold - 0.1:.1f}–{threshold:.1f})" if chance >= threshold - 0.1
                    else "under it by more than 0.1"), language)] += 1
    gold_by_id = {g["id"]: g for g in gold["persons"]}
    for p in out["persons"]:
        spans = [(m["start"], m["end"]) if isinstance(m, dict) else tuple(m) for m in p["mentions"]]
        shown = {"id": p["id"], "name": p.get("name"), "mentions": spans}
        if p["id"] not in mapping:
            record("false person: " + false_kind(gold, p, spans), shown)
        if "victim" in p["roles"] and "victim" not in (gold_by_id.get(mapping.get(p["id"]), {}).get("roles") or []):
            roles = gold_by_id[mapping[p["id"]]]["roles"] if p["id"] in mapping else None
            record("false victim: " + ("gold: " + ",".join(sorted(roles)) if roles else
                                       "not a gold person" if roles is None else "gold: no role"), shown)
    return kinds


def false_kind(gold: dict, p: dict, spans: list[tuple[int, int]]) -> str:
    """The first kind of the module docstring's third list that fits a predicted person left unmatched."""
    if any(a < e and s < b for g in gold["persons"] for a, b in g["mentions"] for s, e in spans):
        return "overlaps a matched gold person (one person read as two)"
    if not p.get("names"):
        return "unnamed (kin noun or role)"
    return "named, not a gold person"


def bench_date(gold: dict):
    from guwah.extract import parse_document_date

    return parse_document_date(gold.get("document_date"))


def main(argv=None) -> int:
    import events_losses
    import train_acts

    bench = train_acts._bench_extract()
    tuning = bench.TUNING_SPLITS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", help=f"tuning splits of bench/extract.py (default all: {', '.join(tuning)})")
    parser.add_argument("--show", action="store_true", help="print each loss with its sentence")
    args = parser.parse_args(argv)
    args.splits = bench.refuse_unless_tuning(parser, args.splits)
    total: collections.Counter = collections.Counter()
    for split in args.splits or tuning:
        kinds: collections.Counter = collections.Counter()
        for gold, text in events_losses.documents(bench, split):
            kinds += analyse(bench, gold, text, args.show)
        total += kinds
        _print(split, kinds)
    if len(args.splits or tuning) > 1:
        _print("all these splits", total)
    return 0


def _print(name: str, kinds: collections.Counter) -> None:
    by_kind: collections.Counter = collections.Counter()
    languages: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (kind, language), count in kinds.items():
        by_kind[kind] += count
        languages[kind][language] += count
    print(f"\n== {name}: {by_kind['= gold persons']} gold persons, {by_kind['= gold victims']} gold victims")
    for kind, count in sorted(by_kind.items()):
        if not kind.startswith("="):
            per = ", ".join(f"{lang} {n}" for lang, n in sorted(languages[kind].items()))
            print(f"  {kind}: {count} ({per})")


if __name__ == "__main__":
    sys.exit(main())
