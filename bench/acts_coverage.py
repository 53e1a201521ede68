"""Which violation codes each language can reach at all: rule entries and act-model labels per code.

    PYTHONPATH=src .venv/bin/python bench/acts_coverage.py [--gaps]

For every code of src/guwah/vocab/violations.yaml, prints per language (en, fr, ru, kk) the number of
entries of src/guwah/vocab/acts/<language>.yaml that give it, and the number of training examples the
act model is trained on with that label in that language (bench/train_acts.py's data: the spent sets'
gold sentences and evidence, and bench/data/acts-train). Kazakh is read by its entries alone (no
classifier: `violations.find_kazakh_violations`). A code with no entry and no label in a language
is a coverage gap: no writer's way of saying it is read there, whatever the phrasing. `--gaps`
prints the gaps only. Reads the spent and tuning sets only (train_acts.SETS), never a held-out one.
Codes implied by events (an arrest's arbitrary arrest, a camp's detention: `violations._implied`)
are not counted here.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_acts  # noqa: E402

LANGUAGES = ("en", "fr", "ru", "kk")


def counts() -> tuple[list[str], collections.Counter, collections.Counter]:
    """(codes, entries, labels): entries[(code, language)] rule entries; labels[(code, language)]
    training examples of the act model that carry the code."""
    from guwah.vocab import act_patterns

    codes = train_acts.known_codes()
    entries: collections.Counter = collections.Counter((e["code"], e["language"]) for e in act_patterns())
    labels: collections.Counter = collections.Counter()
    examples = [e for items in train_acts.all_examples(tuple(train_acts.trained_on(train_acts.SETS, True))).values()
                for e in items] + train_acts.extra_examples()
    for example in examples:
        for code in example["codes"]:
            labels[(code, example["lang"])] += 1
    return codes, entries, labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gaps", action="store_true", help="print only the (code, language) pairs with neither")
    args = parser.parse_args(argv)
    codes, entries, labels = counts()
    if args.gaps:
        for code in codes:
            missing = [lang for lang in LANGUAGES if not entries[(code, lang)] and not labels[(code, lang)]]
            if missing:
                print(f"{code}: {', '.join(missing)}")
        return 0
    print("| code | " + " | ".join(f"{lang} rules / labels" for lang in LANGUAGES) + " |")
    print("| --- |" + " --- |" * len(LANGUAGES))
    for code in codes:
        cells = [f"{entries[(code, lang)]} / {labels[(code, lang)]}" for lang in LANGUAGES]
        print(f"| {code} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
