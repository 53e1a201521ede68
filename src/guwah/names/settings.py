"""The decision settings of name matching, in one table: name, value, meaning.

One similarity function (guwah.names.compare.compare_names) serves every caller; what differs
between callers is only where they cut it, and every cut is listed here. SAME_NAME is set on the
calibration part of bench/data/name-pairs.tsv only (`python bench/names.py --calibrate`) and
reported on the held-back part; the linker's thresholds cut Splink's match probability
(which uses the name score as one feature among several, calibrated: docs/benchmarks.md) and
are chosen for pairwise F1 on the spent linkage generators, replayed on saved runs
(`bench/link_replay.py`): tuning figures, until the linker's own labelled pairs exist.
"""

from __future__ import annotations

from typing import NamedTuple


class Setting(NamedTuple):
    """One tunable value of name matching."""

    name: str
    value: float
    meaning: str


SETTINGS: tuple[Setting, ...] = (
    Setting("same_name", 0.906,
            "compare_names score from which two names are the same person's name: the answer of "
            "`guwah names compare`"),
    Setting("same_name_in_document", 0.7,
            "compare_names score from which two full names within one document are one person "
            "(guwah.extract): a text spells one person several ways (Maimaitijiang Abulimiti / "
            "Memetjan Ablimit, 0.72), and relatives who share a surname score below 0.5; tuned on "
            "the extraction sets of bench/extract.py"),
    Setting("similar_name", 0.75,
            "compare_names score from which two names are similar (not the same): guwah.link's lower "
            "name level, the floor of a swapped or near-matched name, and of a gazetteer place offered for a "
            "place name that matches none (guwah.places.resolve.alike_candidates)"),
    # link_auto 0.85 -> 0.65 and link_agree 0.45 -> 0.40 (h-link74, h-link75; docs/benchmarks.md):
    # replayed, F1 rose at 10,000 mentions on the nine spent generators saved (+.002 to +.020), at
    # 100,000 on N (+.015) and held on G, whose losses had set the old values (+.0005). link_review
    # moved down with link_agree, so that an agreeing pair just under it is still shown.
    Setting("link_auto", 0.65,
            "guwah.link: the Splink match probability (name score with every other field) from "
            "which two mentions are linked without review"),
    Setting("link_review", 0.35,
            "guwah.link: the Splink match probability from which a pair goes to review; below "
            "it the pair is not shown"),
    Setting("link_agree", 0.4,
            "guwah.link: the Splink match probability (above link_review) from which a pair "
            "whose names score same_name or more and whose other fields all agree or are missing "
            "is linked without review; such a pair under it, from link_review, goes to review"),
    Setting("review_per_mention", 0.05,
            "guwah.link: the most pairs one linking run leaves for review, per mention linked (at "
            "least review_min): the most probable pairs from link_review are kept, so the queue grows "
            "with the archive, never with the square of its namesakes"),
    Setting("review_min", 1000,
            "guwah.link: the review queue of a run holds at least this many pairs (from link_review) "
            "before review_per_mention cuts it"),
    Setting("swap_factor", 0.86,
            "factor on the score of names whose parts match only in swapped order (Abdurehim "
            "Memet / Memet Abdurehim): with patronymic names that may be father and son, so a swap "
            "scores at most swap_factor, below same_name and above similar_name: it goes to review"),
)

VALUES = {setting.name: setting.value for setting in SETTINGS}
SAME_NAME: float = VALUES["same_name"]
SIMILAR_NAME: float = VALUES["similar_name"]
LINK_AUTO: float = VALUES["link_auto"]
LINK_REVIEW: float = VALUES["link_review"]
LINK_AGREE: float = VALUES["link_agree"]
SWAP_FACTOR: float = VALUES["swap_factor"]
REVIEW_PER_MENTION: float = VALUES["review_per_mention"]
REVIEW_MIN: int = int(VALUES["review_min"])
SAME_NAME_IN_DOCUMENT: float = VALUES["same_name_in_document"]
