"""A trained classifier of violation codes, sentence by sentence, beside the rules (en, fr, ru).

The model reads one sentence (or clause) and gives a probability for each code of
`vocab/violations.yaml` it was trained on: one logistic regression per code (scikit-learn) over
TF-IDF weights of the sentence's words and word pairs, of its character 3- to 5-grams (these
carry Russian and French endings) and, since the 0.20.x detection round, of its parse
(`syntax_features`: lemmas, each verb with what it acts on and whether it is passive, negated or
hedged; from the spaCy or natasha parse the extractor makes anyway), which carried best to writers
the model never read (docs/benchmarks.md, "Act detection on new writers"). It says *which* act a
sentence states, never *who* it happened to nor whether it is denied: attribution, negation, hedges and background stay with
`guwah.extract.violations` (`subjects.attribute` and the one scope test in
`guwah.extract.lexicon`), which read its proposals like those of a rule; the parse features'
negation and hedge marks only let it weigh "was never beaten" apart from "was beaten".

The model ships in `acts_model/` beside this module: `meta.json` (the codes, the feature settings,
the training data's SHA-256, the probability threshold and the way the classifier is combined with
the rules, both chosen by leave-one-set-out cross-validation), `vocabulary.json` (the features)
and `weights.npz` (IDF weights, the non-zero coefficients by feature, intercepts; plain arrays, no
pickle). It is trained by `bench/train_acts.py`. Nothing is downloaded; without the folder the rules
work alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from guwah.extract.shipped import ShippedModel

MODEL_DIR = Path(__file__).resolve().parent / "acts_model"
LANGUAGES = ("en", "fr", "ru")
# Rules and classifier added together; rule hits kept only where the classifier agrees; or (for
# measurement) the classifier alone, without the rules' matches.
MODES = ("union", "gate", "alone")
# The feature sets: (name, analyzer, n-gram range); "word" and "char_wb" are scikit-learn's, "syntax"
# reads the features `syntax_features` writes from the parse (one whitespace-free feature a token).
FEATURES = (("words", "word", (1, 2)), ("chars", "char_wb", (3, 5)), ("syntax", "syntax", (1, 1)))
# An optional feature set: the parse features of the sentence before (`context_features`), its
# TF-IDF row scaled by CONTEXT_WEIGHT, for acts told over two sentences ("They came at night. He
# was taken to the camp the next day.").
CONTEXT = ("context", "context", (1, 1))
CONTEXT_WEIGHT = 0.5
_SPACES = re.compile(r"\s+")
# Parts of speech whose lemmas are features; dependency relations from a verb to what it acts on
# (its object, the subject of its passive, an oblique: "took → passport", "beaten ← he").
_CONTENT = {"VERB", "NOUN", "ADJ", "ADV", "PROPN"}
_PASSIVE = {"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"}
_ACTED_ON = {"dobj", "obj", "iobj", "dative", "nsubjpass", "nsubj:pass", "obl", "obl:agent", "obl:arg", "attr",
             "xcomp", "pobj"}


def normalise(text: str) -> str:
    """The form a sentence is classified in (training and prediction alike): lower case, one space
    between words, «ё» as «е»."""
    return _SPACES.sub(" ", text).strip().lower().replace("ё", "е")


def vectorizer(analyzer: str, ngrams: tuple[int, int], vocabulary: list[str] | None = None, min_df: int = 1):
    """The TF-IDF vectorizer of one feature set (scikit-learn), with or without a fixed vocabulary."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if analyzer in ("syntax", "context"):  # the features are written already: split at spaces
        return TfidfVectorizer(analyzer="word", token_pattern=r"\S+", ngram_range=tuple(ngrams), sublinear_tf=True,
                               min_df=min_df, vocabulary=vocabulary, lowercase=False, dtype=np.float32)
    return TfidfVectorizer(analyzer=analyzer, ngram_range=tuple(ngrams), sublinear_tf=True, min_df=min_df,
                           vocabulary=vocabulary, lowercase=False, dtype=np.float32)


def syntax_features(analysis, text: str, start: int, end: int, scope: bool = True, classes: bool = False) -> str:
    """The parse's features of text[start:end] (`analysis`: a `guwah.extract.ner.Analysis` of
    `text`), space-separated: `l:<lemma>` for each content word; for each verb `v:<lemma>`,
    `vp:<lemma>` when it is passive, and `vo:<verb>_<lemma>` for what it acts on (its object, the
    subject of its passive, an oblique or the noun of its preposition: "took his passport" →
    `vo:take_passport`). With `scope`, a verb's features are prefixed `n` when a negation governs
    it (`guwah.extract.lexicon.negated`, the one negation test, on the span's text before it) and
    `h` when a hedge precedes it there, so that "was never beaten" and "was beaten" differ.
    With `classes`, also `vc:<verb>_<class>` for each thing it acts on whose class is known
    (`object_class`: a person, a part of the body, a document, a religious object, a place of
    custody, food or care), so that "confiscated his Quran" and "took away her prayer mat" share
    `vc:confiscate_religious` / `vc:take_religious`, and "took my father" and "took him" share
    `vc:take_person`. Lemmas are lower case, «ё» as «е». Empty without a parse."""
    from bisect import bisect_left

    from guwah.extract.lexicon import negated

    if analysis is None or not analysis.tokens:
        return ""
    tokens = analysis.tokens
    starts = analysis.token_starts()
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    children: dict[int, list[int]] = {}
    for i in range(first, last):
        if tokens[i].head != i:
            children.setdefault(tokens[i].head, []).append(i)

    def lemma(i: int) -> str:
        return (tokens[i].lemma or tokens[i].text).lower().replace("ё", "е").replace(" ", "_")

    found = []
    for i in range(first, last):
        token = tokens[i]
        if token.pos not in _CONTENT:
            continue
        found.append("l:" + lemma(i))
        if token.pos != "VERB":
            continue
        mark = ""
        if scope:
            before = text[start:token.start]
            before = before[max((m.end() for m in _clause_break().finditer(before)), default=0):]
            mark = "n" if negated(before) else "h" if _hedge().search(before) else ""
        verb = lemma(i)
        found.append(f"{mark}v:{verb}")
        below = children.get(i, [])
        if any(tokens[c].dep in _PASSIVE for c in below):
            found.append(f"{mark}vp:{verb}")
        acted_on = []
        for c in below:
            dep = tokens[c].dep
            if dep == "prep":  # English: the noun of the preposition ("beaten with a baton")
                nouns = [g for g in children.get(c, []) if tokens[g].pos in ("NOUN", "PROPN", "PRON")]
                found += [f"{mark}vo:{verb}_{lemma(g)}" for g in nouns if tokens[g].pos != "PRON"]
                acted_on += nouns
            elif dep in _ACTED_ON and tokens[c].pos in ("NOUN", "PROPN", "VERB", "ADJ", "PRON"):
                if tokens[c].pos != "PRON":
                    found.append(f"{mark}vo:{verb}_{lemma(c)}")
                acted_on.append(c)
        if classes:
            kinds = dict.fromkeys(object_class(analysis, k) for k in acted_on)
            found += [f"{mark}vc:{verb}_{kind}" for kind in kinds if kind]
    return " ".join(found)


def context_features(analysis, text: str, start: int, end: int) -> str:
    """The features a sentence gives the one after it (`CONTEXT`): its `syntax_features`, each
    prefixed "p" ("pvo:take_father")."""
    return " ".join("p" + feature for feature in syntax_features(analysis, text, start, end).split())


def feature_block(analyzer: str, fitted, texts: list[str], syntax: list[str], context: list[str], tfidf):
    """The TF-IDF block of one feature set for sentences (`tfidf(fitted, strings)`: a fitted
    vectorizer's rows): words and characters read the normalised texts, "syntax" the parse
    features, "context" the sentence before's, scaled by CONTEXT_WEIGHT."""
    if analyzer == "context":
        return tfidf(fitted, context) * CONTEXT_WEIGHT
    return tfidf(fitted, syntax if analyzer == "syntax" else texts)


def object_class(analysis, index: int) -> str | None:
    """The class of what token `index` of a parse names (`lexicon.OBJECT_CLASSES`: "person",
    "body", "document", "religious", "custody", "care"), or None: a personal pronoun (`lexicon.PERSONAL_PRONOUNS`) or a name the
    parse calls a person is a person; otherwise its lemma or word, lower case, in a class's list
    ("Quran", which the parser may call a name, too)."""
    from guwah.extract.lexicon import OBJECT_CLASSES, PERSONAL_PRONOUNS

    token = analysis.tokens[index]
    word, lemma = token.text.lower().replace("ё", "е"), (token.lemma or token.text).lower().replace("ё", "е")
    if token.pos == "PRON":
        return "person" if word in PERSONAL_PRONOUNS or lemma in PERSONAL_PRONOUNS else None
    if token.pos == "PROPN" and any(e.label == "PERSON" for e in analysis.entities_in(token.start, token.end)):
        return "person"
    return next((kind for kind, words in OBJECT_CLASSES.items() if lemma in words or word in words), None)


@lru_cache(maxsize=1)
def _clause_break():
    from guwah.extract.lexicon import CLAUSE_BREAK

    return re.compile(CLAUSE_BREAK)


@lru_cache(maxsize=1)
def _hedge():
    from guwah.extract.lexicon import HEDGE

    return re.compile(HEDGE, re.I)


@dataclass
class Classifier:
    """A loaded act classifier.

    Attributes:
        codes: the codes it rates, in the order of the rows of `coef`.
        vectorizers: fitted TF-IDF vectorizers, one per feature set, their columns side by side.
        coef: array (codes × features) of logistic-regression coefficients.
        intercept: array (codes,) of intercepts.
        threshold: probability (0–1) from which a code is proposed for a sentence.
        mode: "union" (rule hits and classifier proposals together) or "gate" (a rule hit is kept
            only where the classifier gives its code at least `gate`, besides the proposals).
        gate: probability (0–1) a rule hit needs in mode "gate".
        meta: the model's meta.json (training data hash, sizes, settings).
        features: its feature sets, (name, analyzer, n-grams) as in FEATURES, one per vectorizer.
    """

    codes: tuple[str, ...]
    vectorizers: list
    coef: object
    intercept: object
    threshold: float = 0.5
    mode: str = "union"
    gate: float = 0.0
    meta: dict = field(default_factory=dict)
    features: tuple = FEATURES

    @property
    def reads_syntax(self) -> bool:
        """Whether the model has parse features (`syntax_features`): then give them to `probabilities`."""
        return any(analyzer == "syntax" for _name, analyzer, _n in self.features)

    @property
    def reads_context(self) -> bool:
        """Whether the model reads the sentence before (`CONTEXT`, `context_features`)."""
        return any(analyzer == "context" for _name, analyzer, _n in self.features)

    def probabilities(self, sentences: list[str], syntax: list[str] | None = None,
                      context: list[str] | None = None) -> list[dict[str, float]]:
        """Code -> probability (0–1) for each sentence, in order; sentences are normalised here.
        `syntax`: each sentence's `syntax_features` (a model that reads them rates a sentence
        without them as if it had no parse); `context`: the `context_features` of the sentence
        before each (for a model with `CONTEXT`; none: rated as a first sentence)."""
        import numpy as np
        from scipy.sparse import hstack

        if not sentences:
            return []
        texts = [normalise(s) for s in sentences]
        parsed = list(syntax) if syntax is not None else [""] * len(texts)
        before = list(context) if context is not None else [""] * len(texts)
        if len(parsed) != len(texts) or len(before) != len(texts):
            raise ValueError(f"{len(texts)} sentences but {len(parsed)} syntax features and {len(before)} context features")
        features = hstack([feature_block(analyzer, v, texts, parsed, before, _tfidf)
                           for v, (_name, analyzer, _n) in zip(self.vectorizers, self.features, strict=True)]).tocsr()
        by_feature = self.__dict__.get("_by_feature")
        if by_feature is None:  # features × codes, laid out for the product (once, not at every call)
            by_feature = self.__dict__["_by_feature"] = np.ascontiguousarray(self.coef.T)
        scores = features @ by_feature + self.intercept
        probabilities = 1.0 / (1.0 + np.exp(-scores))
        return [dict(zip(self.codes, row.tolist(), strict=True)) for row in probabilities]

    def rate_spans(self, text: str, analysis, spans: list[tuple[int, int]],
                   before: list[tuple[int, int] | None] | None = None) -> list[dict[str, float]]:
        """`probabilities` of the spans text[start:end] of a parsed text (`analysis`: its
        `guwah.extract.ner.Analysis`, or None), with their parse features when the model reads them;
        `before`: for each span, the sentence before it (start, end), or None (for a model that
        reads the context, `CONTEXT`)."""
        syntax = [syntax_features(analysis, text, start, end) for start, end in spans] if self.reads_syntax else None
        context = None
        if self.reads_context and before is not None:
            context = [context_features(analysis, text, *span) if span else "" for span in before]
        return self.probabilities([text[start:end] for start, end in spans], syntax, context)

    def propose(self, sentences: list[str], syntax: list[str] | None = None) -> list[dict[str, float]]:
        """For each sentence, the codes rated at or above the threshold, with their probability."""
        return [{code: p for code, p in rated.items() if p >= self.threshold} for rated in self.probabilities(sentences, syntax)]

    def word_weight(self, code: str, word: str) -> float:
        """The coefficient of one word (a unigram feature) for a code: how much the word alone
        speaks for the code (0.0 for a word or code the model does not know)."""
        index = self.__dict__.get("_word_index")
        if index is None:
            words = self.vectorizers[0]
            words.transform([""])  # a vectorizer read from disk builds its vocabulary on first use
            index = self.__dict__["_word_index"] = words.vocabulary_
            self.__dict__["_code_row"] = {c: i for i, c in enumerate(self.codes)}
        column, row = index.get(normalise(word)), self.__dict__["_code_row"].get(code)
        return 0.0 if column is None or row is None else float(self.coef[row, column])

    def with_settings(self, threshold: float, mode: str = "union", gate: float = 0.0) -> Classifier:
        """The same model with another threshold, mode or gate (for cross-validation)."""
        if mode not in MODES:
            raise ValueError(f"mode {mode!r} is not one of {', '.join(MODES)}")
        return Classifier(self.codes, self.vectorizers, self.coef, self.intercept, threshold, mode, gate, self.meta,
                          self.features)


def _tfidf(fitted, texts: list[str]):
    """What `fitted.transform(texts)` gives (sublinear TF × IDF, rows of unit length), without its
    per-call checks, which cost more than the counting for a document's sentences."""
    import numpy as np
    from scipy.sparse import diags
    from sklearn.preprocessing import normalize

    counts = _counts(fitted, texts)
    np.log(counts.data, out=counts.data)
    counts.data += 1.0
    return normalize(counts @ diags(fitted.idf_.astype(np.float32)), copy=False)


_WORD_CACHE_SIZE = 200_000  # words whose character n-grams are kept (a few MB)


def _counts(fitted, texts: list[str]):
    """What `CountVectorizer.transform(fitted, texts)` gives (a float32 CSR matrix of counts, one
    row per text, sorted columns), counted faster: the character n-grams of "char_wb" never cross
    a word, so each distinct word is cut into n-grams once (by scikit-learn's own function) and
    its known ones are kept for the next sentences and documents."""
    import numpy as np
    from scipy.sparse import csr_matrix

    if not hasattr(fitted, "vocabulary_"):
        fitted._validate_vocabulary()
    vocabulary = fitted.vocabulary_
    columns: list[int] = []
    ends = [0]
    if fitted.analyzer == "char_wb":
        cache = fitted.__dict__.setdefault("_word_columns", {})
        for text in texts:
            for word in text.split():
                found = cache.get(word)
                if found is None:
                    found = [vocabulary[g] for g in fitted._char_wb_ngrams(word) if g in vocabulary]
                    if len(cache) < _WORD_CACHE_SIZE:
                        cache[word] = found
                columns += found
            ends.append(len(columns))
    else:
        analyse = fitted.build_analyzer()
        for text in texts:
            columns += [vocabulary[g] for g in analyse(text) if g in vocabulary]
            ends.append(len(columns))
    rows = np.repeat(np.arange(len(texts)), np.diff(ends))
    counts = csr_matrix((np.ones(len(columns), dtype=np.float32), (rows, np.asarray(columns, dtype=np.int64))),
                        shape=(len(texts), len(vocabulary)), dtype=np.float32)
    counts.sum_duplicates()
    counts.sort_indices()
    return counts


def write(model: Classifier, path: Path | str) -> int:
    """Write the model folder (meta.json, vocabulary.json, weights.npz); returns its size in bytes.

    The coefficients are stored sparse, by feature: the codes (`coef_codes`, uint8 row numbers) and
    float16 values (`coef_values`) of each feature's non-zero coefficients, feature after feature
    (`coef_starts`, int32, features + 1 offsets). Zeros are not stored: a model whose small
    coefficients were set to zero (`bench/train_acts.py`, COEF_MIN) is that much smaller, and reads
    back to the same float16-rounded weights. Every feature stays in the vocabulary with its IDF, so
    a sentence's TF-IDF row has the length it had in training."""
    import numpy as np

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    meta = {**model.meta, "codes": list(model.codes), "threshold": model.threshold, "mode": model.mode,
            "gate": model.gate, "features": [[name, analyzer, list(ngrams)] for name, analyzer, ngrams in model.features]}
    (path / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    vocabulary = {name: v.get_feature_names_out().tolist() for (name, _a, _n), v in zip(model.features, model.vectorizers, strict=True)}
    (path / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    idf = {f"idf_{name}": v.idf_.astype("float32") for (name, _a, _n), v in zip(model.features, model.vectorizers, strict=True)}
    if len(model.codes) > 255:
        raise ValueError(f"{len(model.codes)} codes: at most 255 fit the stored layout")
    by_feature = np.asarray(model.coef, dtype="float16").T  # features × codes
    features, codes = np.nonzero(by_feature)  # row-major: feature after feature, codes in order
    starts = np.zeros(by_feature.shape[0] + 1, dtype="int32")
    np.cumsum(np.bincount(features, minlength=by_feature.shape[0]), out=starts[1:])
    with open(path / "weights.npz", "wb") as handle:
        np.savez_compressed(handle, coef_values=by_feature[features, codes], coef_codes=codes.astype("uint8"),
                            coef_starts=starts, intercept=np.asarray(model.intercept, dtype="float32"), **idf)
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file())


def read(path: Path | str) -> Classifier:
    """Load a classifier folder written by `write` (by `bench/train_acts.py`).

    Raises:
        InputError: when the folder is not such a model.
    """
    import numpy as np

    from guwah.errors import InputError

    path = Path(path)
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        vocabulary = json.loads((path / "vocabulary.json").read_text(encoding="utf-8"))
        with np.load(path / "weights.npz", allow_pickle=False) as weights:
            starts, intercept = weights["coef_starts"], weights["intercept"]
            # features × codes, dense (the product's layout); `coef` is its transpose, not a copy
            by_feature = np.zeros((len(starts) - 1, len(intercept)), dtype=np.float32)
            by_feature[np.repeat(np.arange(len(starts) - 1), np.diff(starts)), weights["coef_codes"]] = weights["coef_values"]
            coef = by_feature.T
            vectorizers = []
            for name, analyzer, ngrams in meta["features"]:
                fitted = vectorizer(analyzer, tuple(ngrams), vocabulary[name])
                fitted.idf_ = weights[f"idf_{name}"]
                vectorizers.append(fitted)
        codes = tuple(meta["codes"])
    except (OSError, ValueError, KeyError, IndexError) as error:
        raise InputError(f"{path} is not an act classifier: {error}", value=str(path)) from error
    if coef.shape != (len(codes), sum(len(v.vocabulary) for v in vectorizers)):
        raise InputError(f"{path} is not an act classifier: weights do not match its codes and vocabulary",
                         value=str(path))
    features = tuple((name, analyzer, tuple(ngrams)) for name, analyzer, ngrams in meta["features"])
    return Classifier(codes, vectorizers, coef, intercept, float(meta["threshold"]), meta["mode"],
                      float(meta["gate"]), meta, features)


_MODEL: ShippedModel[Classifier] = ShippedModel(MODEL_DIR, read, "violation codes by rules only")
classifier = _MODEL.current  # the model the extractor uses (shipped.ShippedModel)
using = _MODEL.using  # another model, or none, inside a block

# Kazakh (h-codes43): a classifier of the same kind over character 3- to 5-grams within words (its
# stems and endings; Kazakh has no parse here), trained on the Kazakh sentences of the tuning sets by
# `bench/acts_regional_folds.py --write`, read beside the lexicon (vocab/acts/kk.yaml) by
# `violations.find_turkic_violations`. Left one tuning split out in turn, the lexicon and it together
# find more acts at the sentence level than the lexicon alone (docs/benchmarks.md, "h-codes43").
KAZAKH_DIR = Path(__file__).resolve().parent / "acts_model_kk"
_KAZAKH: ShippedModel[Classifier] = ShippedModel(KAZAKH_DIR, read, "Kazakh violation codes by its lexicon only")
kazakh = _KAZAKH.current
using_kazakh = _KAZAKH.using
