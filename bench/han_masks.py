"""How well releases mask withheld names in Chinese texts, on the tuning gold sets' Chinese texts.

For each Chinese text of bench/data/extract-tuning-v*/ (never a held-out set), every gold person is
withheld, known to the archive either only by the Latin readings of their names (`latin`: the
archive met them in another script) or by their names in characters (`han`). Prints, per way: the
gold mentions masked whole, those left with a character shown, and the characters masked outside
every gold mention (over-masking: words lost from the release), with the stretches so masked, and
the time `redact` took.

    python bench/han_masks.py [--json] [--show]

`--show` prints each stretch masked outside a gold mention and each mention left (tuning texts only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from guwah import redaction  # noqa: E402
from guwah.names import latin_forms  # noqa: E402
from guwah.redaction import WITHHELD, Withheld, build_masking, redact  # noqa: E402

DATA = ROOT / "bench" / "data"


def tuning_texts() -> list[tuple[Path, str, dict]]:
    """(path, text, gold) of every Chinese text of the tuning sets."""
    found = []
    for folder in sorted(DATA.glob("extract-tuning-v*")):
        for path in sorted(folder.glob("zh*.txt")):
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            found.append((path, path.read_text(encoding="utf-8"), gold))
    return found


def masked_spans(text: str, masking) -> list[tuple[int, int]]:
    """[start, end) of every mask `redact` applies, in the text's own offsets."""
    seen: list[tuple[int, int]] = []
    original = redaction._apply

    def capture(text_, found):
        seen.extend((start, end) for start, end, *_ in redaction._chosen(found))
        return original(text_, found)

    redaction._apply = capture
    try:
        redact(text, masking)
    finally:
        redaction._apply = original
    return sorted(seen)


def measure(way: str, show: bool = False) -> dict:
    mentions = whole = chars_over = stretches_over = 0
    seconds = 0.0
    for path, text, gold in tuning_texts():
        withheld = []
        for number, person in enumerate(gold.get("persons", []), 1):
            names = person.get("names") or [person.get("name")]
            names = [n for n in names if n]
            if way == "latin":
                names = sorted({form for n in names for form in latin_forms(n)[:4]})
            if names:
                withheld.append(Withheld(number, tuple(names), WITHHELD))
        masking = build_masking(withheld, [])
        started = time.perf_counter()
        spans = masked_spans(text, masking)
        seconds += time.perf_counter() - started
        covered = bytearray(len(text))
        for start, end in spans:
            covered[start:end] = b"\1" * (end - start)
        gold_chars = bytearray(len(text))
        for person in gold.get("persons", []):
            for start, end in person.get("mentions", []):
                mentions += 1
                gold_chars[start:end] = b"\1" * (end - start)
                if all(covered[start:end]):
                    whole += 1
                elif show:
                    print(f"{way} {path.name}: left {text[start:end]!r}")
        for start, end in spans:
            outside = sum(1 for i in range(start, end) if not gold_chars[i])
            if outside:
                chars_over += outside
                stretches_over += 1
                if show:
                    print(f"{way} {path.name}: over {text[max(0, start - 4):start]}[{text[start:end]}]"
                          f"{text[end:end + 4]}")
    return {"way": way, "mentions": mentions, "masked_whole": whole, "left": mentions - whole,
            "chars_masked_outside": chars_over, "stretches_masked_outside": stretches_over,
            "seconds": round(seconds, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rows = [measure(way, args.show) for way in ("latin", "han")]
    if args.json:
        print(json.dumps(rows))
        return
    print(f"{len(tuning_texts())} Chinese tuning texts")
    for row in rows:
        print(f"{row['way']:6} mentions {row['mentions']}: masked whole {row['masked_whole']}, left {row['left']}; "
              f"masked outside them {row['chars_masked_outside']} characters in {row['stretches_masked_outside']} "
              f"stretches; redact {row['seconds']} s")


if __name__ == "__main__":
    main()
