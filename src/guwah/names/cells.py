"""The spellings one name cell holds: a name with its aliases, as lists and spreadsheets write them.

A cell of a list often gives one person's name twice: "Gulnar Tursun (古丽娜尔·吐尔逊)",
"Memet Eli / Мемет Али", "Ayshem (Aishamu) Tohti", "Memet Eli/Ali Tohti", "Memet Tohti aka
Mehmet Tohti", or the same name in two scripts side by side. Read as one name, such a cell is a
name of four or more parts that matches neither spelling well. `spellings` reads it as what it
is: two or more spellings of one person's name, each compared on its own (the best taken) and
each giving blocking keys (`forms.name_forms` joins their readings).

The rules, in order:

- *Brackets* ( ), [ ], full-width （ ）, 【 】 hold an alias, or a note. A bracket whose words hold
  a digit ("b. 1975", "45") or are all notes about the person (NOTE_WORDS: "deceased",
  "brother") is dropped. Otherwise, at the end of the cell, a bracket of two or more words, or
  in another script than the name, is the whole name again; a single word in the name's own
  script stands for the name's word it spells most alike ("Ilham Tohti (Toxti)": Ilham Toxti).
  A bracket inside the name stands for as many words right before it ("Ayshem (Aishamu) Tohti":
  Aishamu Tohti); at the start, for as many words after it.
- *Markers* "aka", "a.k.a.", "alias", "also known as", and the Russian "он же", "она же",
  separate whole names; so do a semicolon, and a comma with two words or more on every side
  ("Qadir Yasin, Kadyr Yasyn"; "YASIN, Qadir" is a list's surname first, `forms.listed_order`).
- *A slash* (/, ／, |) with a space beside it separates whole names ("Memet Eli / Мемет Али");
  one inside a word separates alternatives of that word when its sides are spelled alike, in
  one script ("Memet Eli/Ali Tohti"), and whole names when they are not ("Gulnar/古丽娜尔 Tursun",
  "Qadir Yasin/Kadyr Yasyn").
- *Two scripts side by side*: a spelling whose words are a run in one script and then a run in
  another, each of two parts or more (a transcription's middle dot separates parts), is two
  names ("Memet Eli Мемет Али"). A shorter run is left in the name ("Memet 艾力": one name,
  its Chinese characters read as a transcription, see `forms.token_words`).

The first spelling is the cell's name outside its brackets: it gives the name's whole-name key.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from guwah.names.inflection import fold
from guwah.names.scripts import HAN, char_script

MAX_SPELLINGS = 6  # a bound on cells of many aliases

OPEN, CLOSE = "([（【", ")]）】"
BRACKET = re.compile(r"[(\[（【]([^()\[\]（）【】]*)[)\]）】]")
SLASHES = "/／|"
SPACED_SLASH = re.compile(r"\s+[/／|]\s*|\s*[/／|]\s+")
MARKERS = re.compile(r"\s+(?:a\.?\s?k\.?\s?a\.?|alias|also known as|он же|она же)\s+", re.IGNORECASE)
LEADING_MARKER = re.compile(r"^(?:a\.?\s?k\.?\s?a\.?|alias|also known as|он же|она же|née|nee|born)\s+",
                            re.IGNORECASE)
# Words a list writes in brackets beside a name that are not a name: the person's fate or
# relation to someone else in the list (English, Russian, Turkish, Uyghur Latin, Chinese).
NOTE_WORDS = frozenset("""
deceased died dead late released detained arrested missing disappeared sentenced unknown
father mother son daughter brother sister wife husband child uncle aunt grandfather grandmother
unconfirmed confirmed alive
умер умерла погиб погибла отец мать сын дочь брат сестра жена муж освобожден освобождена
öldü ölü baba anne oğlu kızı kardeşi eşi kayıp
ata ana oghli qizi akisi ukisi acha singlisi ayali eri wapat
已故 死亡 父亲 母亲 儿子 女儿 哥哥 弟弟 姐姐 妹妹 妻子 丈夫 失踪 释放
""".split())
DIGIT = re.compile(r"\d")
HAN_PART_SEPARATORS = re.compile(r"[·•・‧∙⋅･.\-－．]+")


def spellings(cell: str) -> tuple[str, ...]:
    """The spellings of one person's name that a name cell holds, the name itself first.

    Args:
        cell: a name cell as a list gives it (any script, with aliases in brackets, after a
            slash or a marker such as "aka").
    Returns:
        One or more spellings (at most MAX_SPELLINGS), each a plain name; a cell with no alias
        gives (cell,) unchanged. Notes dropped from brackets are in none.
    """
    if cell.isascii() and not any(char in cell for char in "([/|;") and not MARKERS.search(cell) \
            and not (cell.count(",") and all(len(side.split()) >= 2 for side in cell.split(","))):
        return (cell,)
    return _spellings(cell)


@lru_cache(maxsize=65536)
def _spellings(cell: str) -> tuple[str, ...]:
    found: list[str] = []
    for name in bracket_spellings(cell):
        for whole in (listed for marked in MARKERS.split(name) for listed in list_spellings(marked)):
            for spelled in slash_spellings(whole):
                found.extend(script_runs(spelled))
    cleaned = []
    for name in found:
        name = " ".join(LEADING_MARKER.sub("", name.strip(" ,;:-")).split())
        if name and any(char_script(char) for char in name) and name not in cleaned:
            cleaned.append(name)
    if not cleaned:
        return (cell,)
    if cleaned == [" ".join(cell.split())]:
        return (cell,)
    return tuple(cleaned[:MAX_SPELLINGS])


SEMICOLON = re.compile(r"\s*[;；]\s*")
COMMA = re.compile(r"\s*[,，]\s*")


def list_spellings(name: str) -> list[str]:
    """A name split at semicolons, and at commas whose every side has two words or more ("Qadir
    Yasin, Kadyr Yasyn"); a comma after one word ("YASIN, Qadir"), or after a surname of two
    words before a given name of one ("ABDU QADIR, Sidiq"), is a list's surname-first order and
    stays (`forms.listed_order`)."""
    result = []
    for piece in SEMICOLON.split(name):
        sides = [side for side in COMMA.split(piece) if side.strip()]
        if len(sides) > 1 and all(len(side.split()) >= 2 for side in sides):
            result.extend(sides)
        elif piece.strip():
            result.append(piece)
    return result or [name]


def is_note(text: str) -> bool:
    """Whether a bracket's text is a note about the person, not a name."""
    if DIGIT.search(text):
        return True
    words = [word.strip(".,;:") for word in fold(text).split()]
    return bool(words) and all(word in NOTE_WORDS or not word for word in words)


def scripts_of(text: str) -> set[str]:
    """The scripts of a text's letters."""
    return {script for script in map(char_script, text) if script}


def bracket_spellings(cell: str) -> list[str]:
    """The cell outside its brackets, then one spelling per bracket that holds an alias."""
    groups = list(BRACKET.finditer(cell))
    if not groups:
        return [cell]
    outside = " ".join(BRACKET.sub(" ", cell).split())
    # a bracket left open or closed alone is punctuation
    outside = " ".join(outside.translate({ord(c): " " for c in OPEN + CLOSE}).split())
    words = outside.split()
    result = [outside]
    for group in groups:
        content = " ".join(LEADING_MARKER.sub("", group.group(1).strip()).split())
        if not content or is_note(content):
            continue
        alias = content.split()
        before = BRACKET.sub(" ", cell[:group.start()]).split()
        after = BRACKET.sub(" ", cell[group.end():]).split()
        other_script = bool(scripts_of(content) - scripts_of(outside)) or not words
        if not after or not before:
            if len(alias) >= 2 or other_script or not words:
                result.append(content)  # the whole name again
            elif not after:
                result.append(" ".join(replace_alike(words, alias[0])))
            else:  # a word at the start, for the word after it
                result.append(" ".join(alias + words[len(alias):]))
        else:
            count = min(len(alias), len(before))
            start = len(before) - count
            result.append(" ".join(words[:start] + alias + words[start + count:]))
    return result


def replace_alike(words: list[str], alias: str) -> list[str]:
    """`words` with the word spelled most like `alias` replaced by it (the first word when
    none is alike: a bracket after a name most often gives another form of the given name)."""
    from rapidfuzz.fuzz import ratio

    folded = fold(alias)
    scores = [ratio(fold(word), folded) for word in words]
    best = max(range(len(words)), key=lambda index: (scores[index], -index))
    position = best if scores[best] >= ALIKE else 0
    return words[:position] + [alias] + words[position + 1:]


ALIKE = 60  # rapidfuzz ratio (0-100) from which two words are spellings of one word


def alike(words: list[str]) -> bool:
    """Whether each word is spelled like the one before it (Eli/Ali, Gulnar/Gulnara)."""
    from rapidfuzz.fuzz import ratio

    folded = [fold(word) for word in words]
    return all(ratio(a, b) >= ALIKE for a, b in pairwise(folded))


def slash_spellings(name: str) -> list[str]:
    """A name split at its slashes: whole names at a spaced slash, alternatives of one word at a
    slash inside a word whose sides share a script."""
    if not any(char in name for char in SLASHES):
        return [name]
    wholes = [part for part in SPACED_SLASH.split(name) if part.strip()]
    result: list[str] = []
    for whole in wholes:
        words = whole.split()
        options: list[list[str]] = []
        split_whole = None
        for index, word in enumerate(words):
            pieces = [piece for piece in re.split(r"[/／|]", word) if piece]
            if len(pieces) < 2:
                options.append(pieces or [word])
                continue
            if len({frozenset(scripts_of(piece)) for piece in pieces}) > 1 or not alike(pieces):
                # Gulnar/古丽娜尔 Tursun, Qadir Yasin/Kadyr Yasyn: the sides are whole names
                split_whole = (index, pieces)
                break
            options.append(pieces)
        if split_whole is not None:
            index, pieces = split_whole
            left = " ".join(words[:index] + [pieces[0]])
            right = " ".join([pieces[-1]] + words[index + 1:])
            result.extend(slash_spellings(left) + slash_spellings(right))
            continue
        widest = max(map(len, options))
        for choice in range(widest):
            result.append(" ".join(option[min(choice, len(option) - 1)] for option in options))
    return result


def part_count(words: list[str], script: str) -> int:
    """Parts of a run of words. Chinese characters count a part per middle-dotted chunk, and an
    undotted chunk of two or three characters two (a Chinese name: family and given name, as
    `chinese.han_name_parts` reads it)."""
    if script != HAN:
        return len(words)
    chunks = [chunk for word in words for chunk in HAN_PART_SEPARATORS.split(word) if chunk]
    return 2 if len(chunks) == 1 and 2 <= len(chunks[0]) <= 3 else len(chunks)


def script_runs(name: str) -> list[str]:
    """A name of two runs in two scripts, each of two parts or more, as its two runs; else itself."""
    words = name.split()
    if len(words) < 2:
        return [name]
    labels = []
    for word in words:
        found = scripts_of(word)
        if len(found) != 1:
            return [name]
        labels.append(next(iter(found)))
    breaks = [index for index in range(1, len(words)) if labels[index] != labels[index - 1]]
    if len(breaks) != 1:
        return [name]
    cut = breaks[0]
    first, second = words[:cut], words[cut:]
    if part_count(first, labels[0]) < 2 or part_count(second, labels[cut]) < 2:
        return [name]
    return [" ".join(first), " ".join(second)]
