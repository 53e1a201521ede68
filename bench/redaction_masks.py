"""How much of a name a mask takes when the archive withholds only one part of it (tuning data only).

For each tuning document (bench/data/extract-tuning-v*, extract-dev; never a held-out folder) and each
of the first three mentions of each gold person that has two words or more, a person known only by one
word of the mention is withheld: "Zzyzx <last word>" (the default: a family name the archive holds, the
given name before it unknown), or with --first "<first word> Zzyzx" (the word after a withheld given name).
The document is redacted (`guwah.redaction.redact`) and two numbers are counted per language:

- mentions whole-masked: every letter of the mention lies inside a name mask (a word of the name left
  shown beside the mask is what identifies a witness);
- letters masked outside gold mentions: letters and digits of name masks that no gold mention covers
  (over-masking: common words hidden from the public).

Run once per code tree and compare, e.g. main against a branch:

    PYTHONPATH=src .venv/bin/python bench/redaction_masks.py
    PYTHONPATH=src .venv/bin/python bench/redaction_masks.py --first --words 30 --languages ug

--words N prints the N words masked outside gold mentions most often; --shown N prints up to N mentions
left partly shown (the shown letters in place, the masked ones as "_"). Figures are tuning figures: the
masking rules were shaped on these texts. Texts not in Unicode NFC are skipped (gold offsets are of the
text as stored, `redact` works on its NFC form). About 1-2 minutes on one core.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import unicodedata
from pathlib import Path

import regex

import guwah.redaction as redaction

ROOT = Path(__file__).resolve().parent / "data"
SPLIT_WORDS = regex.compile(r"[\s·•・‧]+")


def documents() -> list[Path]:
    """The tuning and dev documents' gold files (a .txt beside each)."""
    return sorted(Path(p) for p in glob.glob(str(ROOT / "extract-tuning-v*" / "*.json"))
                  + glob.glob(str(ROOT / "extract-dev" / "*.json")))


def name_spans(text: str, masking: redaction.Masking) -> list[tuple[int, int]]:
    """[start, end) of the name masks `redact` puts in `text`, in the text's own offsets (read where
    `redact` hands its spans to `_apply`)."""
    seen: list = []
    apply = redaction._apply

    def spy(text, found):
        seen.append(found)
        return apply(text, found)

    redaction._apply = spy
    try:
        redaction.redact(text, masking)
    finally:
        redaction._apply = apply
    chosen: list[tuple[int, int, str]] = []
    for start, end, _replacement, kind in seen[-1]:  # earlier spans win, as `_apply` chooses
        if not any(start < b and a < end for a, b, _ in chosen):
            chosen.append((start, end, kind))
    return [(a, b) for a, b, kind in chosen if kind == "name"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", action="store_true", help='withhold "<first word> Zzyzx" instead')
    parser.add_argument("--languages", help="comma-separated language codes (default: all)")
    parser.add_argument("--words", type=int, default=0, help="print the N words most often over-masked")
    parser.add_argument("--shown", type=int, default=0, help="print up to N mentions left partly shown")
    args = parser.parse_args()
    languages = set(args.languages.split(",")) if args.languages else None
    stats = collections.defaultdict(lambda: [0, 0])  # language -> [mentions, whole-masked]
    over = collections.Counter()
    over_words = collections.Counter()
    shown = []
    for path in documents():
        gold = json.loads(path.read_text(encoding="utf-8"))
        language = gold.get("language") or "?"
        txt = path.with_suffix(".txt")
        if languages and language not in languages or not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        if unicodedata.normalize("NFC", text) != text:
            continue
        in_gold = bytearray(len(text))
        for person in gold.get("persons", []):
            for start, end in person.get("mentions", []):
                in_gold[start:end] = b"\1" * (end - start)
        for person in gold.get("persons", []):
            for start, end in person.get("mentions", [])[:3]:
                words = SPLIT_WORDS.split(text[start:end].strip())
                withheld = words[0] if args.first else words[-1]
                if len(words) < 2 or len(withheld) < 3 and not regex.search(r"\p{Han}", withheld):
                    continue
                name = f"{withheld} Zzyzx" if args.first else f"Zzyzx {withheld}"
                masking = redaction.build_masking([redaction.Withheld(1, (name,), redaction.WITHHELD)], [])
                spans = name_spans(text, masking)
                covered = bytearray(len(text))
                for a, b in spans:
                    covered[a:b] = b"\1" * (b - a)
                letters = [i for i in range(start, end) if text[i].isalnum()]
                whole = all(covered[i] for i in letters)
                stats[language][0] += 1
                stats[language][1] += whole
                if not whole and len(shown) < args.shown:
                    shown.append(f"{path.name} {text[start:end]!r}: " + "".join(
                        "_" if covered[i] else text[i] for i in range(max(0, start - 20), min(len(text), end + 12))
                    ).replace("\n", " "))
                for a, b in spans:
                    outside = sum(1 for i in range(a, b) if not in_gold[i] and text[i].isalnum())
                    if outside:
                        over[language] += outside
                        over_words[text[a:b]] += 1
    mode = "<first> Zzyzx" if args.first else "Zzyzx <last>"
    total = [sum(v[0] for v in stats.values()), sum(v[1] for v in stats.values())]
    print(f"withheld: {mode}")
    print("mentions whole-masked:", ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(stats.items())),
          f"| all {total[1]}/{total[0]}")
    print("letters masked outside gold mentions:", ", ".join(f"{k} {over[k]}" for k in sorted(stats)),
          f"| all {sum(over.values())}")
    for line in shown:
        print("shown:", line)
    for words, count in over_words.most_common(args.words):
        print(f"over-masked {count}: {words!r}")


if __name__ == "__main__":
    main()
