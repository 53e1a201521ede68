"""Extraction outputs of every tuning text, to check that a speed change leaves them byte-identical.

Runs `guwah.extract.extract_text` on the texts of the dev set, the tuned corpus documents, the
spent sets v2, v3 and v4, the demo testimonies (src/guwah/demo/testimonies) and `--synthetic`
synthetic testimonies built from the corpus texts (as bench/extract.py builds them), and writes
one JSON line per text (name and output) to OUT. Never reads a held-out set (v5).

    PYTHONPATH=src .venv/bin/python bench/extract_outputs.py /tmp/before.jsonl
    # ... change the code ...
    PYTHONPATH=src .venv/bin/python bench/extract_outputs.py /tmp/after.jsonl --compare /tmp/before.jsonl

With --batch N, the texts go N at a time through `extract_texts` (one batched analysis).
Prints the number of texts and the SHA-256 of OUT; with --compare, the names of the texts whose
output differs, and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402  (bench/extract.py)

DEMO = bench.REPO / "src" / "guwah" / "demo" / "testimonies"
TUNING_DIRS = (bench.GOLD, bench.DEV, bench.TUNING_V2, bench.TUNING_V3, bench.TUNING_V4)


def texts(synthetic: int) -> list[tuple[str, str, str | None]]:
    """(name, text, document date) of every tuning text, the demo testimonies and synthetic ones."""
    found: list[tuple[str, str, str | None]] = []
    corpus: list[str] = []
    for directory in TUNING_DIRS:
        for path in sorted(directory.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if gold["split"].startswith("held_out") and gold["split"] not in bench.SPENT:
                continue  # a held-out set is never run here
            text = bench.load_corpus_text(gold)
            found.append((f"{directory.name}/{path.name}", text, gold.get("document_date")))
            if gold.get("source") is None and gold["split"] == "tuning":
                corpus.append(text)
    from guwah.ingest.readers import read_document

    for path in sorted(DEMO.iterdir()):  # also run above through their gold; here without the gold's date
        if path.name.endswith(".meta.yaml") or path.name == "README.md":
            continue
        found.append((f"demo/{path.name}", read_document(path.name, path.read_bytes(), max_unpacked_bytes=10**8).text, None))
    for i, text in enumerate(bench.synthetic_testimonies(corpus, synthetic)):
        found.append((f"synthetic/{i:03d}", text, None))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="JSON lines to write")
    parser.add_argument("--compare", type=Path, help="an earlier OUT to compare with")
    parser.add_argument("--synthetic", type=int, default=20, help="synthetic testimonies (default 20)")
    parser.add_argument("--batch", type=int, default=1,
                        help="texts analysed together (extract_texts; default 1: extract_text one by one)")
    args = parser.parse_args(argv)
    from guwah.extract import extract_text, extract_texts

    lines = []
    found = texts(args.synthetic)
    for first in range(0, len(found), args.batch):
        chunk = found[first:first + args.batch]
        outs = [extract_text(chunk[0][1], document_date=chunk[0][2])] if args.batch == 1 else \
            extract_texts([text for _n, text, _w in chunk], document_dates=[when for _n, _t, when in chunk])
        for (name, _text, _when), out in zip(chunk, outs, strict=True):
            lines.append(json.dumps({"name": name, "output": out}, ensure_ascii=False, sort_keys=True))
    data = ("\n".join(lines) + "\n").encode()
    args.out.write_bytes(data)
    print(f"{len(lines)} texts; SHA-256 {hashlib.sha256(data).hexdigest()}")
    if args.compare is None:
        return 0
    before = {json.loads(line)["name"]: line for line in args.compare.read_text(encoding="utf-8").splitlines()}
    differ = [json.loads(line)["name"] for line in lines if before.get(json.loads(line)["name"]) != line]
    missing = set(before) - {json.loads(line)["name"] for line in lines}
    for name in differ:
        print(f"differs: {name}")
    for name in sorted(missing):
        print(f"missing: {name}")
    print("identical" if not differ and not missing else f"{len(differ)} differ, {len(missing)} missing")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
