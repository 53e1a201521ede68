"""spaCy's attribute ruler (tag → part of speech, morphology and lemma exceptions) applied with
array operations: the same values, a tenth of the time.

spaCy's `AttributeRuler` runs a `Matcher` of every pattern (179 in `en_core_web_sm`, most of one
token: `[{"TAG": "NN"}]`) over every token and then sets each match's attributes through one
`Span` and one call per match, about 60 ms for a testimony of 2,000 words. `AttributeTable` reads
the patterns and attributes of a loaded ruler and, per document, tests each pattern on whole
columns (`Doc.to_array`), writes the attributes of the matches in the ruler's order (later
patterns win, as they do in the ruler) and stores the columns back once (`Doc.from_array`).

Only what the ruler's patterns use is supported: fixed sequences of token specifications whose
attributes are compared to a string, a number or a boolean, or with `IN`, `NOT_IN` or `REGEX`;
anything else (operators, extension attributes, other predicates) raises `Unsupported` when the
table is built, and `guwah.extract.ner` then keeps spaCy's ruler.
"""

from __future__ import annotations

import re

import numpy

# Attributes a ruler may set here: token attributes that no lexeme shares (the ruler's
# set_token_attrs would also write a lexical attribute onto the vocabulary's lexeme).
_SETTABLE = ("POS", "TAG", "MORPH", "LEMMA", "DEP")


class Unsupported(ValueError):
    """A ruler pattern or attribute that the table does not reproduce."""


class AttributeTable:
    """The patterns of a spaCy `AttributeRuler`, applied to a `Doc` with array operations.

    Args:
        ruler: a loaded `spacy.pipeline.AttributeRuler` (its patterns are read once; the table does
            not follow later changes to the ruler).
    Raises:
        Unsupported: when a pattern uses something other than fixed token specifications of
            exact values, IN, NOT_IN or REGEX, or sets something other than POS, TAG, MORPH,
            LEMMA or DEP.
    """

    def __init__(self, ruler) -> None:
        from spacy.attrs import IDS

        self.vocab = ruler.vocab
        strings = self.vocab.strings
        names = {IDS[name]: name for name in _SETTABLE}
        read: set[int] = set()
        rules = []  # (sequences, index, {attribute id: value}), in the ruler's order
        for number, (entry, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True)):
            if any(key not in names for key in attrs):
                raise Unsupported(f"attribute ruler pattern {number} sets {sorted(attrs)}")
            sequences = []
            for sequence in entry["patterns"]:
                specs = []
                for token in sequence:
                    tests = []
                    for name, value in token.items():
                        if name not in IDS or name.startswith("_") or name == "OP":
                            raise Unsupported(f"attribute ruler pattern {number}: {name}")
                        tests.append((IDS[name], _test(name, value, strings)))
                        read.add(IDS[name])
                    specs.append(tests)
                if not specs or not (-len(specs) <= index < len(specs)):
                    raise Unsupported(f"attribute ruler pattern {number}: index {index} outside the pattern")
                sequences.append(specs)
            rules.append((sequences, index, dict(attrs)))
        self.rules = rules
        self.read = sorted(read)
        self.sets = sorted({key for _s, _i, attrs in rules for key in attrs})

    def __call__(self, doc):
        """Set the ruler's attributes on the document's tokens, in place; returns the document."""
        length = len(doc)
        if not length or not self.rules:
            return doc
        columns = doc.to_array(self.read)
        if columns.ndim == 1:
            columns = columns.reshape((length, 1))
        where = {attr: k for k, attr in enumerate(self.read)}
        values = doc.to_array(self.sets)
        if values.ndim == 1:
            values = values.reshape((length, 1))
        out = {attr: k for k, attr in enumerate(self.sets)}
        strings = self.vocab.strings
        for sequences, index, attrs in self.rules:
            targets = []
            for specs in sequences:
                span = len(specs)
                if span > length:
                    continue
                mask = numpy.ones(length - span + 1, dtype=bool)
                for offset, tests in enumerate(specs):
                    for attr, test in tests:
                        mask &= test(columns[offset:length - span + 1 + offset, where[attr]], strings)
                starts = numpy.flatnonzero(mask)
                if starts.size:
                    targets.append(starts + (index if index >= 0 else span + index))
            if not targets:
                continue
            positions = numpy.concatenate(targets)
            for attr, value in attrs.items():
                values[positions, out[attr]] = value
        doc.from_array(self.sets, values)
        return doc


def _test(name: str, value, strings):
    """A function (column of a Doc.to_array, string store) -> boolean mask, as spaCy's Matcher
    compares that attribute to `value`."""
    if isinstance(value, bool) or isinstance(value, int):
        wanted = int(value)
        return lambda column, _strings: column == wanted
    if isinstance(value, str):
        key = strings.add(value)
        return lambda column, _strings: column == key
    if isinstance(value, dict) and len(value) == 1:
        (predicate, argument), = value.items()
        if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and argument and \
                all(isinstance(item, str) for item in argument):
            keys = numpy.array(sorted({strings.add(item) for item in argument}), dtype=numpy.uint64)
            if predicate == "IN":
                return lambda column, _strings: numpy.isin(column, keys)
            return lambda column, _strings: ~numpy.isin(column, keys)
        if predicate == "REGEX" and isinstance(argument, str):
            expression = re.compile(argument)

            def search(column, strings):
                distinct, inverse = numpy.unique(column, return_inverse=True)
                found = numpy.array([bool(expression.search(strings[int(key)])) for key in distinct], dtype=bool)
                return found[inverse.reshape(column.shape)]

            return search
    raise Unsupported(f"attribute ruler: {name} {value!r}")


class LemmaTable:
    """spaCy's rule or lookup `Lemmatizer`, applied once per distinct (word, part of speech,
    morphology) instead of once per token: the same lemmas, a fraction of the time.

    spaCy's lemmatizer calls `lemmatize(token)` on every token whose lemma is unset (the attribute
    ruler sets some), through Python and a `Token` object each. In the rule and lookup modes of
    spaCy's `Lemmatizer`, `EnglishLemmatizer` and `FrenchLemmatizer` the lemma is a function of
    the token's text, part of speech and morphology only (they read nothing else, and their caches
    are keyed on (text, part of speech[, morphology])). `LemmaTable` reads the ORTH, POS, MORPH and
    LEMMA columns once (`Doc.to_array`), calls the lemmatizer's own `lemmatize` on the first token
    of each triple it has not seen (in document order), keeps the answer, and writes the LEMMA
    column back once (`Doc.from_array`).

    Args:
        lemmatizer: a loaded spaCy lemmatizer of one of those classes (used, not copied: its tables
            and cache; the table does not follow later changes to its tables).
    Raises:
        Unsupported: for another class or a mode other than "rule" or "lookup" (they may read more
            of the token).
    """

    def __init__(self, lemmatizer) -> None:
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.lang.fr.lemmatizer import FrenchLemmatizer
        from spacy.pipeline import Lemmatizer

        if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer, FrenchLemmatizer):
            raise Unsupported(f"lemmatizer class {type(lemmatizer).__name__}")
        if lemmatizer.mode not in ("rule", "lookup"):
            raise Unsupported(f"lemmatizer mode {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> LEMMA

    def __call__(self, doc):
        """Set the lemmas the lemmatizer would set, in place; returns the document."""
        from spacy.attrs import LEMMA, MORPH, ORTH, POS
        from spacy.errors import Errors

        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:  # as Lemmatizer.__call__ does
            lemmatizer._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        orths, pos, morphs, lemmas = (columns[:, k].tolist() for k in range(4))
        known = self.known
        strings = doc.vocab.strings
        overwrite = lemmatizer.overwrite
        for i, key in enumerate(zip(orths, pos, morphs, strict=True)):
            if overwrite or not lemmas[i]:
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
                lemmas[i] = lemma
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=columns.dtype).reshape((len(lemmas), 1)))
        return doc
