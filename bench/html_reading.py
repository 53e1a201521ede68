"""HTML reading time against page size, for page shapes that once grew faster than linear.

    .venv/bin/python bench/html_reading.py [--megabytes 1 3 10] [--json]

Pages are generated from a fixed vocabulary (no real testimony text). The size limit is lifted
so that pages over GUWAH_MAX_HTML_BYTES are timed too; seconds per megabyte should stay flat.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from guwah.ingest.readers import read_html  # noqa: E402

VOCABULARY = "camp police arrest detained released brother sister mother father school teacher Ghulja".split()


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(count))


# Each shape: one unit of markup (~ a few hundred bytes), repeated to the size asked.
SHAPES = {
    "paragraphs": lambda rng: f"<p>{words(rng, 60)}.</p>\n",
    "word spans": lambda rng: "".join(f"<span>{words(rng, 3)}</span> " for _ in range(10)),
    "bold words": lambda rng: "".join(f"<b>{words(rng, 1)}</b> " for _ in range(30)),
    "navigation": lambda rng: "".join(f"<div class='menu'><a href='/{rng.randrange(999)}'>{words(rng, 2)}</a></div>"
                                      for _ in range(5)),
}


def make_page(shape: str, size: int, seed: int = 1) -> bytes:
    """A synthetic page of about `size` bytes made of `shape` units inside one <article>."""
    rng = random.Random(seed)
    units: list[str] = []
    total = 0
    while total < size:
        units.append(SHAPES[shape](rng))
        total += len(units[-1])
    return ("<html><head><title>Bench</title></head><body><nav><a href='/'>Home</a></nav><article>"
            + "".join(units) + "</article></body></html>").encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, nargs="+", default=[1, 3, 10])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    for shape in SHAPES:
        for megabytes in args.megabytes:
            page = make_page(shape, int(megabytes * 1e6))
            started = time.perf_counter()
            chars = len(read_html(page, max_bytes=len(page)).text)
            seconds = time.perf_counter() - started
            rows.append({"shape": shape, "megabytes": round(len(page) / 1e6, 2), "seconds": round(seconds, 2),
                         "seconds_per_megabyte": round(seconds / (len(page) / 1e6), 2), "chars": chars})
            if not args.json:
                row = rows[-1]
                print(f"{shape:<11} {row['megabytes']:>6.2f} MB  {row['seconds']:>6.2f} s  "
                      f"{row['seconds_per_megabyte']:>5.2f} s/MB", flush=True)
    if args.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
