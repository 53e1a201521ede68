"""How loosely a name in another script is compared with a Latin name, beside the Latin spelling of
the same name compared with that Latin name.

For every identity of the pair sets that has a spelling in the script (Han, Cyrillic, Arabic) and
one in Latin letters, its script spelling X and its Latin spelling L are each compared with the
Latin spellings of other identities (drawn with a fixed seed). A comparison across scripts that is
no looser than Latin against Latin gives X about the scores L gets: the script's share of
unrelated pairs at or above similar_name and same_name, and its mean score, are printed beside
Latin's. Recall of the identities' own cross-script pairs (label 1) at same_name is printed too, so
that strictness is not bought with misses. Then the scores of a few invented pairs (`INVENTED`).

Tuning data only: the project's pair set and the two spent held-out sets (docs/benchmarks.md).
Names are compared through `compare_many`, the linker's and search's path.

Usage: PYTHONPATH=src python bench/cross_script_looseness.py [--draws 60] [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).parent / "data"
SETS = (DATA / "name-pairs.tsv", DATA / "heldout" / "name-pairs.tsv", DATA / "heldout-v2" / "name-pairs.tsv")
# (characters, Cyrillic, Arabic script, Latin) of one name, and Latin words to read against it:
# another spelling of it first, then words of other sounds. Invented by h-names47 and h-names48.
INVENTED = (
    ("霍尔果斯", "Хоргос", "خورغاس", "Horgos", ("Khorgos", "Hogwarts", "Argus")),
    ("吐尔逊", "Турсун", "تۇرسۇن", "Tursun", ("Tursyn", "Tusnur", "Turgun")),
    ("叶尔兰", "Ерлан", "يېرلان", "Yerlan", ("Erlan", "Yalqun", "Xiulan")),
    ("帕尔哈提", "Пархат", "پەرھات", "Parhat", ("Parkhat", "Bakyt", "Perhat")),
    # h-names48: an h the characters write, and a and u
    ("伊力哈木", "Ильхам", "ئىلھام", "Ilham", ("Ilkham", "Ilhom", "Halim")),
    ("买买提", "Мемет", "مەمەت", "Memet", ("Mehmet", "Mahmut")),
)


def identities() -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    """The names of each identity (by set and note) and every positive pair."""
    names: dict[str, set[str]] = defaultdict(set)
    positives = []
    for path in SETS:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["label"] == "1":
                    names[f"{path.parent.name}:{row['note']}"].update((row["a"], row["b"]))
                    positives.append((row["a"], row["b"]))
    return names, positives


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draws", type=int, default=60, help="unrelated Latin names per identity")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from guwah.names import compare_many, compare_names, detect_script
    from guwah.names.scripts import ARABIC, CYRILLIC, HAN, LATIN
    from guwah.names.settings import SAME_NAME, SIMILAR_NAME

    names, positives = identities()

    def latin(name: str) -> bool:
        return detect_script(name) == LATIN and name.isascii()

    pool = sorted((key, name) for key, spelled in names.items() for name in spelled if latin(name))
    print(f"{'script':8} {'ids':>4} {'pairs':>6} | {'>=similar':>9} {'latin':>7} | {'>=same':>7} {'latin':>7} | "
          f"{'mean':>5} {'latin':>5} | own pairs: recall at same_name")
    for script in (HAN, CYRILLIC, ARABIC):
        draw = random.Random(args.seed)
        cross, same = [], []
        for key in sorted(names):
            spelled = sorted(names[key])
            own = [name for name in spelled if detect_script(name) == script]
            letters = [name for name in spelled if latin(name)]
            if not own or not letters:
                continue
            for _ in range(args.draws):
                other, name = draw.choice(pool)
                if other != key:
                    cross.append((own[0], name))
                    same.append((letters[0], name))
        scored, baseline = compare_many(cross), compare_many(same)
        own_pairs = [(a, b) for a, b in positives if {detect_script(a), detect_script(b)} == {script, LATIN}]
        recall = compare_many(own_pairs)

        def share(values: list[float], cut: float) -> float:
            return sum(value >= cut for value in values) / max(len(values), 1)

        ids = len({a for a, _ in cross})
        print(f"{script:8} {ids:4d} {len(cross):6d} | {share(scored, SIMILAR_NAME):9.4f} {share(baseline, SIMILAR_NAME):7.4f} | "
              f"{share(scored, SAME_NAME):7.4f} {share(baseline, SAME_NAME):7.4f} | "
              f"{sum(scored) / len(scored):5.3f} {sum(baseline) / len(baseline):5.3f} | "
              f"{share(recall, SAME_NAME):.3f} of {len(own_pairs)}")
    # Every word in characters (a dotted part, or an undotted run) against every Latin word of the
    # sets, beside the Latin reading of those characters (their Uyghur-style reading,
    # `chinese.chunk_readings`) against the same words.
    from guwah.names.chinese import PART_SEPARATORS, chunk_readings

    every = sorted({name for spelled in names.values() for name in spelled})
    han = sorted({chunk for name in every if detect_script(name) == HAN
                  for chunk in PART_SEPARATORS.split(name) if len(chunk) >= 2})
    words = sorted({word for name in every if latin(name) for word in name.split()
                    if len(word) >= 4 and word.isalpha()})
    readings = {chunk: chunk_readings(chunk)[1].capitalize() for chunk in han}
    pairs = [(chunk, word) for chunk in han for word in words]
    scored = compare_many(pairs)
    baseline = compare_many([(readings[chunk], word) for chunk, word in pairs])
    looser = sum(a >= SAME_NAME > b for a, b in zip(scored, baseline, strict=True))
    print(f"\nwords in characters ({len(han)}) x Latin words ({len(words)}): {len(pairs)} pairs; at or above "
          f"same_name {sum(a >= SAME_NAME for a in scored)} (their Latin reading: {sum(b >= SAME_NAME for b in baseline)}), "
          f"similar_name {sum(a >= SIMILAR_NAME for a in scored)} ({sum(b >= SIMILAR_NAME for b in baseline)}); "
          f"same_name only in characters: {looser}")
    print("\ninvented pairs: | Latin word | the name in Latin | Han | Cyrillic | Arabic | Latin |")
    for han, cyrillic, arabic, letters, words in INVENTED:
        for word in words:
            print(f"| {word} | {letters} | {compare_names(han, word):.2f} | {compare_names(cyrillic, word):.2f} | "
                  f"{compare_names(arabic, word):.2f} | {compare_names(letters, word):.2f} |")


if __name__ == "__main__":
    main()
