"""Blocking keys: consonant skeletons per name part and for the whole name."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from guwah.names.chinese import dotted_at_word_starts
from guwah.names.forms import jan_stems, name_forms, pet_fulls, skeleton_of
from guwah.names.placeholders import is_placeholder
from guwah.names.scripts import HAN, detect_script

WHOLE_PREFIX = "n:"  # part keys ("p:" + skeleton) are made with the part, see forms.Part
# A transcription writes an initial h or gh with a syllable without an initial: 艾 ai (艾山 Aishan
# for Hesen), 吾 wu, 乌 wu and 玉 yu (吾甫尔 Wufuer for Ghopur, 吾守尔 for Hoshur, 玉山 for Hüsen),
# read back as e- and u- (chinese.uyghur_syllable). Such a part read from characters also gets the
# key with the h (k/g/kh/h/gh class K) in front. Only e- and u-: 阿 a- and 伊 yi- transcribe a and
# i (阿布都 Abdu-, 伊力哈木 Ilham), and an h before them is written 哈 ha and 希 xi.
H_DROPPED = ("e", "u")
# An h inside a name is often lost on the way between scripts: a transcription writes the h of
# Abdurehim with no character of its own (阿卜都热依木 beside 阿卜杜热希木), and reads the 合 of
# 木合买提 (Muhemmet) as an h before m, which is not heard (forms.SILENT_H: Mehmet, Memet); names
# are compared with h dropped where characters are read (forms.COARSE). So a part whose folded form
# has an h (phoneme H: h, kh, x) also gets the key of its form without it (Muhemmet MKMD, also MD
# as 木合买提 and Memet; Abdurehim BDLKM, also BDLM), and the whole name the keys of its parts so
# made.
H_PHONEME = "H"
# Keys that only bridge spellings (the h-less keys above, an undotted transcription's words, two
# parts run together in the other order) end in BRIDGE where the linker asks for them marked
# (`keys_many(..., marked=True)`): they block like any key but do not count towards how common a
# part is (`guwah.link.linker.name_frequencies`), which would make Memet as common as Memet and
# Muhemmet together, nor join townships (`guwah.link.features.local_unit`, `own_keys`).
# `name_keys` gives them unmarked, after the name's own keys.
BRIDGE = "~"
# A part read as its spoken form (forms.SPOKEN_MUHAMMAD: Muhemmet, Muhammad as Memet) keeps the key
# of its letters as its own (Muhemmet MKMD, as before h-names49) and has the spoken form's key (MD)
# as a bridge: the names meet in a block, but how common a part is stays counted by its spelling.
# With the spoken key its own, on generator G at 10,000 mentions the linker's recall fell from
# 0.8705 to 0.8624 (precision 0.9482 to 0.9576): the spellings of Memet joined one block over
# `guwah.link.linker.MAX_BLOCK_PAIRS`, whose pairs are capped, and one whole-name frequency.


def h_dropped(part) -> bool:
    """Whether a part read from Chinese characters may have lost an initial h (H_DROPPED)."""
    return part.loose and part.latin.startswith(H_DROPPED) and bool(part.skeleton)


def without_h(part) -> str:
    """The skeleton of a part's folded form with its h (H_PHONEME) after the first letter left
    out; its skeleton when it has none. (An h lost at the start is `with_h`'s.)"""
    reduced = part.reduced
    return skeleton_of(reduced[:1] + reduced[1:].replace(H_PHONEME, "")) if H_PHONEME in reduced[1:] else part.skeleton


def with_h(skeleton: str) -> str:
    """A skeleton with the consonant class of h in front (once)."""
    return "K" + skeleton.removeprefix("K")


@lru_cache(maxsize=262144)
def _keys(name: str) -> tuple[str, ...]:
    """Keys of one name, computed once: its own keys, then its bridges marked with BRIDGE."""
    keys: list[str] = []
    bridges: list[str] = []

    def add(key: str, bridge: bool = False) -> None:
        found = bridges if bridge else keys
        if key not in found:
            found.append(key)

    readings = name_forms(name).readings
    dotted = dotted_at_word_starts(name) if detect_script(name) == HAN else None
    # a transcription without its middle dot also gets the keys of its words, parted where a
    # word starts (chinese.WORD_START_VOWELS): 热合曼艾尔金 meets Rahman Erkin and Erkin Rahman
    parted = name_forms(dotted).readings if dotted is not None else ()
    for index, reading in enumerate(readings + parted):
        split = index >= len(readings)  # a reading of the parted transcription: bridges only
        for part in reading:
            h = h_dropped(part)
            if part.skeleton:
                # a part read as its spoken form keeps its written key (Muhemmet MKMD), the spoken
                # one (Memet MD) is a bridge (`without_h` below gives it; see under BRIDGE)
                add("p:" + part.written_skeleton, split)
                if h:
                    add("p:" + with_h(part.skeleton), split)
                add("p:" + without_h(part), True)
            # a part with the ending -jan also gets the key of its stem (Isajan: Isa's key)
            for stem in jan_stems(part.reduced):
                skeleton = skeleton_of(stem)
                if skeleton:
                    add("p:" + skeleton, split)
                    if h:
                        add("p:" + with_h(skeleton), split)
            # a pet form meets its full names (Саша: Александр's key), as a bridge: how common a
            # part is stays counted by its spelling (forms.pet_fulls)
            for full in pet_fulls(part.reduced):
                if skeleton_of(full):
                    add("p:" + skeleton_of(full), True)
        # The whole-name key ignores order (Tohti Ilham) and patronymics one rendering omits
        # (Ivan Petrovich Ivanov). A patronymic that is the only name beside the given name
        # (Erzhan Orynbasar uly, Orynbasaruly Erzhan) is the family name and stays in it.
        named = [p for p in reading if p.skeleton and not p.patronymic]
        if len(named) < 2:
            named = [p for p in reading if p.skeleton]
        if named:
            add(WHOLE_PREFIX + "+".join(sorted(p.written_skeleton for p in named)), split)
            add(WHOLE_PREFIX + "+".join(sorted(without_h(p) for p in named)), True)
        if len(reading) == 1 and h_dropped(reading[0]):
            # one part: a transcription without its dot (吾甫尔肖开提), whose first name lost its h
            add(WHOLE_PREFIX + with_h(reading[0].skeleton), split)
        # The parts run together, in their order, are the whole-name key of the same name written
        # as one word: a transcription without its middle dot (吐尔洪米吉提), a name typed without
        # a space in one case (TURGHUNMIJIT).
        if len(reading) > 1:
            add(WHOLE_PREFIX + skeleton_of("".join(p.written_skeleton for p in reading)), split)
            add(WHOLE_PREFIX + skeleton_of("".join(without_h(p) for p in reading)), True)
        if len(reading) == 2:
            # and in the other order: a name of two parts run together father's name first
            # (PAIZILETIMUHEMAITI for Muhemaiti Paizileti), as pinyin lists also write it
            add(WHOLE_PREFIX + skeleton_of(reading[1].skeleton + reading[0].skeleton), True)
            add(WHOLE_PREFIX + skeleton_of(without_h(reading[1]) + without_h(reading[0])), True)
    own = set(keys)
    return (*keys, *(key + BRIDGE for key in bridges if key not in own and key[2:]))


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
    return [key.removesuffix(BRIDGE) for key in _keys(name)]


def own_keys(name: str) -> list[str]:
    """A name's keys without its bridges (BRIDGE): what says how common its parts are."""
    return [key for key in _keys(name) if not key.endswith(BRIDGE)]


def keys_many(names: Iterable[str], marked: bool = False) -> list[list[str]]:
    """Blocking keys of many mentions' names, as the linker takes them; with `marked`, bridges keep
    their BRIDGE mark (`guwah.link.linker.key_table` reads it).

    A placeholder ("Unknown", "N/A", 不详: `placeholders.is_placeholder`) is no name and has no
    keys: a mention named so is paired with no other by its name. (`name_keys` of the word itself
    is unchanged: masking and search look words up by it.)
    """
    return [[] if is_placeholder(name) else list(_keys(name)) if marked else name_keys(name) for name in names]
