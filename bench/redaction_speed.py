"""How long `guwah.redaction.redact` takes on one long text with many links and many masks.

The text is invented (no testimony is read): about 210 kB of sentences, each with a link, in which
the archive's withheld and named people appear, in plain words, in handles, and percent-encoded in
addresses. Prints the text's size, its links and masks, and the CPU seconds one `redact` took (the best
of --repeat runs).

    PYTHONPATH=src .venv/bin/python bench/redaction_speed.py [--links 2000] [--repeat 1] [--json]

Run it once per code tree and compare (redaction's overlap checks grew with masks x words).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from urllib.parse import quote

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

# Invented names, put together from syllables (no one's name from a testimony).
_GIVEN = ["Zörigül", "Qalbinur", "Tursunbaqi", "Ilmiraxan", "Nurbiyem", "Sadirbek", "Yaltugul", "Mexrijan",
          "Oghulbeg", "Shemsinur", "Bekturdi", "Ayzibam"]
_FAMILY = ["Qaraqashi", "Tellikozi", "Saypidin", "Yarkenti", "Aqsulu", "Mollaqari", "Turdibaqi", "Kokyarli"]
_WORDS = ("the guard said that the family waited outside the office for three days before anyone came "
          "to ask about the papers and the village head wrote down every name on a list").split()


def invented_text(links: int, seed: int = 7) -> tuple[str, list[Withheld], list[str]]:
    """A long text of `links` sentences, each with a link, and the people it writes about."""
    rng = random.Random(seed)
    people = [f"{given} {family}" for given in _GIVEN for family in _FAMILY]
    rng.shuffle(people)
    withheld, named = people[:48], people[48:]
    sentences = []
    for number in range(links):
        words = rng.sample(_WORDS, 9)
        if number % 3 == 0:
            words.insert(rng.randrange(9), rng.choice(withheld))
        elif number % 3 == 1:
            words.insert(rng.randrange(9), rng.choice(named))
        sentence = " ".join(words).capitalize()
        person = rng.choice(withheld if rng.random() < 0.7 else named)
        if number % 4 == 0:
            link = f"https://example.org/news/{quote(person.replace(' ', '-'))}-{number}.html"
        elif number % 4 == 1:
            link = f"https://social.example/@{person.replace(' ', '_').lower()}"
        elif number % 4 == 2:
            link = f"https://example.org/search?q={quote(person)}&page={number}"
        else:
            link = f"https://example.org/archive/{number}/{'-'.join(rng.sample(_WORDS, 3))}.html"
        sentences.append(f"{sentence} (see {link}).")
    text = "\n".join(" ".join(sentences[at:at + 4]) for at in range(0, len(sentences), 4))
    return text, [Withheld(i, (name,), WITHHELD) for i, name in enumerate(withheld, 1)], named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=2000, help="sentences, each with a link (default 2000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs; the best is printed (default 1)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    text, withheld, named = invented_text(args.links)
    masking = build_masking(withheld, named)
    redact("A warm-up with Zörigül Qaraqashi.", masking)  # loads the lexicons once, outside the timing
    best, redacted = None, None
    for _ in range(args.repeat):
        started = time.process_time()
        redacted = redact(text, masking)
        seconds = time.process_time() - started
        best = seconds if best is None else min(best, seconds)
    figures = {"characters": len(text), "bytes": len(text.encode("utf-8")), "links": args.links,
               "masks": len(redacted.masks), "seconds": round(best, 2)}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{figures['bytes']} bytes ({figures['characters']} characters), {args.links} links, "
              f"{figures['masks']} masks: {figures['seconds']:.2f} s")


if __name__ == "__main__":
    main()
