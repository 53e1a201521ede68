"""Language identification of document text, offline (py3langid ships its model)."""

from __future__ import annotations

from functools import cache

# Enough text to decide; classifying a whole book adds time and no accuracy.
_SAMPLE_CHARS = 20_000


@cache
def _identifier():
    import py3langid

    return py3langid


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's main language, or None when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    language, _score = _identifier().classify(sample)
    return language
