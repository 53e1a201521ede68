"""Rewrite a generator's mentions so that some name cells carry an alias, as lists write them.

For a share of the mentions whose person is named more than once, the name cell gets another
mention's spelling of the same person beside it: "Name (Other)", "Name / Other", or "Name
Other" when one is in Latin letters and the other not. The truth is unchanged. This tests
`guwah.names.cells` at scale on any generator's data (a tuning check: the rewriting is ours).

    python3 bench/alias_cells.py IN_DIR OUT_DIR [--share 0.2] [--seed 1]

IN_DIR holds mentions.csv and truth.csv (the shape of bench/linkgen-*); OUT_DIR gets the same.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
from collections import defaultdict
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.source / "truth.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    person = {row[0]: row[1] for row in rows[1:]}
    with open(args.source / "mentions.csv", encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames
        mentions = list(reader)
    names = defaultdict(list)
    for mention in mentions:
        names[person[mention["mention_id"]]].append(mention["name"])
    for mention in mentions:
        others = [name for name in names[person[mention["mention_id"]]]
                  if name.strip() and name.strip() != mention["name"].strip()]
        if not others or rng.random() >= args.share:
            continue
        other = rng.choice(others).strip()
        # side by side only in two scripts: "Name Other" in one script is one longer name
        same_script = mention["name"].isascii() == other.isascii()
        form = rng.choice(("({})", " / {}") if same_script else ("({})", " / {}", " {}"))
        mention["name"] = mention["name"].strip() + (" " if form.startswith("(") else "") + form.format(other)
    args.target.mkdir(parents=True, exist_ok=True)
    shutil.copy(args.source / "truth.csv", args.target / "truth.csv")
    with open(args.target / "mentions.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(mentions)


if __name__ == "__main__":
    main()
