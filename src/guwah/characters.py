"""The one rule for characters that free text typed by a person may not hold.

Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text around
them invisibly, so that what a reviewer reads is not what is stored; control characters (Unicode
category Cc: ESC, BEL, …) can drive a terminal, and lone surrogates (Cs) are not text. The public
report form (`guwah.reports`) and ingest's sidecars (`guwah.ingest.metadata`) refuse both with
their own one-line messages, naming the field and never echoing the value.
"""

from __future__ import annotations

import unicodedata

# Embeddings, overrides and isolates reorder text invisibly (Unicode Standard Annex #9, table 1).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BIDI = "bidi"
CONTROL = "control"


def unsafe_character(value: str, allowed: str = "") -> str | None:
    """What makes `value` unsafe to store as typed text: BIDI for a text-direction control,
    CONTROL for a control character or a lone surrogate (except those in `allowed`, such as
    "\\n\\t" for a multi-line note), None when it holds neither. The first one found decides."""
    for char in value:
        if char in BIDI_CONTROLS:
            return BIDI
        if char not in allowed and unicodedata.category(char) in ("Cc", "Cs"):
            return CONTROL
    return None
