"""Bring the events of older gold files to the rule "an arrest opens a detention" (docs/extraction.md).

The rule, applied to the gold's events alone (no text is read, no case is picked by hand): for
each `arrest` of a person, a `detention` of that person with the arrest's date is added unless
- the person has a detention dated like the arrest (the same value, or one a prefix of the other:
  "2018" beside "2018-05"), or undated, or dated after the arrest and before the person's next
  arrest (the detention the arrest opened is told separately); an undated arrest counts as told
  when the person has any detention;
- the person has a release on the arrest's day (day precision): let go the same day.
The newer sets (v6 on) were written to this rule; the older ones (the tuned corpus and demo
documents in extract-gold, dev, v2 to v5) are converted once by this script and their READMEs
say so. Running it again changes nothing. It refuses a held-out folder (its name holds "heldout-v47").

    python bench/arrest_detentions.py bench/data/extract-gold bench/data/extract-dev \\
        bench/data/extract-heldout-v2 ... bench/data/extract-heldout-v5 [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELD_OUT_MARKS = ("heldout-v47", "sealed")


def _prefix(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def opened_detentions(events: list[dict]) -> list[dict]:
    """The detentions the rule adds to one document's gold events (list of {type, person, date})."""
    added = []
    for arrest in events:
        if arrest["type"] != "arrest":
            continue
        own = [e for e in events if e["person"] == arrest["person"]]
        detentions = [e for e in own if e["type"] == "detention"]
        when = arrest["date"]["value"] if arrest["date"] else None
        if when is None:
            if detentions:
                continue
        else:
            later = [e["date"]["value"] for e in own if e["type"] == "arrest" and e["date"]
                     and e["date"]["value"] > when and not _prefix(e["date"]["value"], when)]
            until = min(later, default="9999")
            if any(e["date"] is None or _prefix(e["date"]["value"], when) or when < e["date"]["value"] < until
                   for e in detentions):
                continue
            if arrest["date"]["precision"] == "day" and any(
                    e["type"] == "release" and e["date"] and e["date"]["value"] == when for e in own):
                continue
        added.append({"type": "detention", "person": arrest["person"],
                      "date": dict(arrest["date"]) if arrest["date"] else None})
    return added


def _dumped_like(gold: dict, original: str) -> str:
    """The gold as JSON in the original file's layout (indent, escapes, final newline), so that
    the change is the added events alone."""
    for indent in (1, 2):
        for ascii_only in (False, True):
            for end in ("\n", ""):
                if json.dumps(json.loads(original), ensure_ascii=ascii_only, indent=indent) + end == original:
                    return json.dumps(gold, ensure_ascii=ascii_only, indent=indent) + end
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def convert(path: Path, dry_run: bool = False) -> int:
    """Add the opened detentions to one gold JSON file (after their arrests); the number added."""
    text = path.read_text(encoding="utf-8")
    gold = json.loads(text)
    events = gold.get("events") or []
    added = opened_detentions(events)
    if not added or dry_run:
        return len(added)
    out = []
    pending = list(added)
    for event in events:
        out.append(event)
        if event["type"] == "arrest":
            match = next((a for a in pending if a["person"] == event["person"] and a["date"] == event["date"]), None)
            if match is not None:
                pending.remove(match)
                out.append(match)
    gold["events"] = out
    path.write_text(_dumped_like(gold, text), encoding="utf-8")
    return len(added)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="gold folders (their *.json files)")
    parser.add_argument("--dry-run", action="store_true", help="count, write nothing")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if any(mark in str(folder) for mark in HELD_OUT_MARKS):
            parser.error(f"{folder} is held out: never read here")
    for folder in args.folders:
        total = 0
        for path in sorted(folder.glob("*.json")):
            total += convert(path, args.dry_run)
        print(f"{folder}: {total} detention(s) {'to add' if args.dry_run else 'added'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
