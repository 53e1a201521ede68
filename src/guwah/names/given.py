"""A lexicon of common Uyghur and Kazakh given names, looked up from a word in any script.

Uyghur Arabic script has no capital letters, so a name in running text is known by what it is,
not by how it is written: `given_name` says whether a word (or its uninflected stem) is a common
given name, and with which gender. Words are compared by their reduced phonetic form
(`guwah.names.forms`), so that one entry serves every script: "Ablimit", «Аблимит» and
"ئابلىمىت" are one name. The lexicon is `data/given-names.txt`, written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from guwah.names.forms import part_spellings
from guwah.names.inflection import ordered_stems, stems

# Endings that make a given name of a given name (Tursun-jan, Pati-gül): (ending's reduced form, gender).
# Reduced forms use phoneme symbols (J = j, H = x/kh) and mark a feminine final vowel "##".
NAME_ENDINGS = (("Jan", "m"), ("Han", "f"), ("gul", "f"), ("nisa##", "f"))
ENDING_SPELLING = {"Jan": "jan", "Han": "xan", "gul": "gül", "nisa##": "nisa"}
GENDERS = {"m": "male", "f": "female", "x": None}


@dataclass(frozen=True)
class GivenName:
    """A lexicon entry: its written form, gender (male, female or None) and whether it is also a word."""

    name: str
    gender: str | None
    word: bool


def _reduced(word: str) -> set[str]:
    """Reduced phonetic forms of a one-word name, one per reading of its letters."""
    return {reduced for reduced, _ in part_spellings(word)}


@cache
def lexicon() -> dict[str, GivenName]:
    """Reduced form → entry, for every name of data/given-names.txt."""
    text = resources.files("guwah.names").joinpath("data/given-names.txt").read_text(encoding="utf-8")
    entries: dict[str, GivenName] = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if not fields or fields[0].startswith("["):
            continue
        name, gender, *flags = fields
        entry = GivenName(name, GENDERS[gender], "word" in flags)
        for form in _reduced(name):
            entries.setdefault(form, entry)
    return entries


@lru_cache(maxsize=65536)
def given_name(word: str) -> tuple[GivenName, str] | None:
    """The lexicon entry a word of running text names, and the stem that matched.

    Case endings are taken off through `guwah.names.inflection.stems` ("تۇرسۇننىڭ", «Ерланның»),
    and a name made with -jan, -xan, -gül or -nisa of a listed name counts ("Tursunjan").

    Args:
        word: one word, in Uyghur Arabic, Latin or Cyrillic script.
    Returns:
        (entry, stem) with the stem folded as `stems` gives it (the word itself when it carries
        no ending), or None when no stem is a listed name.
    """
    names = lexicon()
    found: list[tuple[int, GivenName, str]] = []
    for stem in stems(word):
        for form in _reduced(stem):
            entry = names.get(form)
            if entry is None:
                for ending, gender in NAME_ENDINGS:
                    base = names.get(form[: -len(ending)]) if form.endswith(ending) and len(form) > len(ending) + 2 else None
                    if base is not None:
                        entry = GivenName(base.name + ENDING_SPELLING[ending], GENDERS[gender], False)
                        break
            if entry is not None:
                found.append((len(stem), entry, stem))
    if not found:
        return None
    _length, entry, stem = max(found, key=lambda item: (item[0], item[2]))
    # The same entry reached from a shorter stem (name_forms also reads "ерланның" as Ерлан):
    # the shortest is the word without its ending.
    same = {other for _, found_entry, other in found if found_entry == entry}
    stem = ordered_stems(word, same, longest_first=False)[0] if same else stem
    return entry, stem


def different_given_names(a: str, b: str) -> bool:
    """Whether two names of several words share a word (a family name: "Nurlan Sadykov", "Yerlan
    Sadykov") and differ in a given name that the lexicon knows on both sides as two different names:
    two relatives, never one person however close the spellings (h-persons43). A spelling of one name
    (Erlan, Yerlan; «Ерлана», a case of «Ерлан») is one entry and does not count as different.

    Args:
        a, b: two names, words separated by spaces, in any script.
    Returns:
        True when a shared word and two different listed given names tell two persons.
    """
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 2 or len(words_b) < 2:
        return False
    reduced_a = [_reduced(word) for word in words_a]
    reduced_b = [_reduced(word) for word in words_b]
    shared_a = {i for i, x in enumerate(reduced_a) if any(x & y for y in reduced_b)}
    shared_b = {j for j, y in enumerate(reduced_b) if any(x & y for x in reduced_a)}
    if not shared_a or len(shared_a) == len(words_a) or len(shared_b) == len(words_b):
        return False
    own_a = [given_name(w) for i, w in enumerate(words_a) if i not in shared_a]
    own_b = [given_name(w) for j, w in enumerate(words_b) if j not in shared_b]
    entries_a = {entry[0].name for entry in own_a if entry}
    entries_b = {entry[0].name for entry in own_b if entry}
    return bool(entries_a and entries_b and not entries_a & entries_b)
