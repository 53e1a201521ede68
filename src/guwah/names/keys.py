"""Blocking keys: consonant skeletons per name part and for the whole name."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from guwah.names.forms import jan_stems, name_forms, skeleton_of

WHOLE_PREFIX = "n:"  # part keys ("p:" + skeleton) are made with the part, see forms.Part


@lru_cache(maxsize=262144)
def _keys(name: str) -> tuple[str, ...]:
    """Keys of one name, computed once."""
    keys: list[str] = []
    for reading in name_forms(name).readings:
        for part in reading:
            if part.skeleton and part.key not in keys:
                keys.append(part.key)
            # a part with the ending -jan also gets the key of its stem (Isajan: Isa's key)
            for stem in jan_stems(part.reduced):
                key = "p:" + skeleton_of(stem)
                if key != "p:" and key not in keys:
                    keys.append(key)
        # The whole-name key ignores order (Tohti Ilham) and patronymics one rendering omits
        # (Ivan Petrovich Ivanov). A patronymic that is the only name beside the given name
        # (Erzhan Orynbasar uly, Orynbasaruly Erzhan) is the family name and stays in it.
        main = sorted(p.skeleton for p in reading if p.skeleton and not p.patronymic)
        if len(main) < 2:
            main = sorted(p.skeleton for p in reading if p.skeleton)
        if main:
            key = WHOLE_PREFIX + "+".join(main)
            if key not in keys:
                keys.append(key)
        # The parts run together, in their order, are the whole-name key of the same name written
        # as one word: a transcription without its middle dot (吐尔洪米吉提), a name typed without
        # a space in one case (TURGHUNMIJIT).
        if len(reading) > 1:
            key = WHOLE_PREFIX + skeleton_of("".join(p.skeleton for p in reading))
            if key not in keys:
                keys.append(key)
    return tuple(keys)


def name_keys(name: str) -> list[str]:
    """Blocking keys of a name: one per part skeleton and reading, plus whole-name keys.

    Args:
        name: a personal name in any script.
    Returns:
        Keys such as "p:LKM" (a part) and "n:DKD+LKM" (the whole name, parts sorted); names
        that may be the same share at least one key. A part ending in -jan also has its stem's
        part key (forms.jan_stems: Isajan has Isa's); a name of several parts also has the
        whole-name key of its parts run together ("n:DLKNMCD"), which a name written as one word has.
    """
    return list(_keys(name))


def keys_many(names: Iterable[str]) -> list[list[str]]:
    """Blocking keys of many names."""
    return [list(_keys(name)) for name in names]
