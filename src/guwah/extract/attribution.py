"""A trained ranking of who a detected act happened to, beside the attribution rules (`subjects`,
`violations._in_scope`).

For every act the violation rules or the act classifier detect (its code, its sentence, the words
that say it) the rules name the people it happened to, or nobody. This model rates each person of
the document as the one the act happened to, from features that do not depend on names, so that
they carry across writers:
- how each reference to the person in the act's sentence (a name, a kinship phrase, a pronoun or
  "I"/"we" resolved by the rules of `subjects._resolve`) stands to the act's words in the
  dependency parse: the path of relations from it up to the act's verb ("poss>dobj" for "his
  passport" under "took", "nsubjpass" for "was beaten"), before or after the words, how far, the
  nearest one;
- whether the syntax of `subjects.syntactic_target` points at it;
- the person as the sentence's speaker or the narrator, with "I"/"me"/"we" in the sentence;
- how recently the text named the person (sentences back), whether it is the paragraph's topic (the
  person named most there) and its share of the document's mentions;
- what the rules made of it: an official, a relative, unnamed, only ever a source, the teller of
  this sentence, a source here, an event of its own in this sentence (not whether the rules gave
  it this act: the model is a second judge beside them);
- each of the syntactic and speaker features again with the act's kind (the code's family).

One logistic regression (trained by `bench/train_attribution.py` with scikit-learn) over (act,
person) pairs of the tuning sets' gold: a pair is positive when the gold gives that person the
act's code with evidence in the act's sentence. How its ratings join the rules' choice is the
model's `mode` (chosen by leave-one-set-out cross-validation, docs/benchmarks.md):
- "rules": the rules alone (the model is not consulted);
- "fill": where the rules name nobody, the best-rated person, when rated at least `threshold`;
- "override": also where the rules name someone, the best-rated other person replaces them when
  rated at least `threshold` and `margin` above the best of the rules' people;
- "model": every person rated at least `threshold`, whatever the rules said.

The model ships in `attribution_model/` beside this module: `meta.json` (features, settings, the
training sets and their SHA-256) and `weights.npz` (`coef`, one row, and `intercept`, read with
`allow_pickle=False`). Without the folder the rules decide alone.
"""

from __future__ import annotations

import math
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from guwah.extract.document import Doc
from guwah.extract.shipped import ShippedModel, read_linear_model, write_linear

MODEL_DIR = Path(__file__).resolve().parent / "attribution_model"
MODES = ("rules", "fill", "override", "model")
FEATURES_VERSION = 1
_FIRST = re.compile(r"\b(?:I|me|my|myself|je|j['’]|moi|mon|ma|mes|я|меня|мне|мной|мой|моя|мою|мои)\b|\bm['’]", re.I)
_WE = re.compile(r"\b(?:we|us|our|nous|notre|nos|мы|нас|нам|наш\w*)\b", re.I)
# Features also given with the act's kind (the code's family: "detention", "torture" …).
_CROSSED = frozenset("target nearest_before nearest_after speaker_first speaker_first_after speaker_we_held "
                     "narrator relative official ref:name ref:pron ref:first side:before side:after".split())


@dataclass
class Model:
    """A loaded attribution model.

    Attributes:
        features: feature names, in the order of `coef`.
        coef: array (features,).
        intercept: float.
        mode: how the ratings join the rules' choice (one of MODES).
        threshold: the rating (0–1) a person needs to be given an act by the model.
        margin: how much better (0–1) than the rules' best a person must be rated to replace them
            ("override").
        meta: the model's meta.json.
    """

    features: tuple[str, ...]
    coef: object
    intercept: float
    mode: str = "fill"
    threshold: float = 0.5
    margin: float = 0.3
    meta: dict = field(default_factory=dict)

    def probabilities(self, rows: list[dict[str, float]]) -> list[float]:
        """P(the act happened to this person) for each feature dict."""
        index = self.__dict__.get("_index")
        if index is None:
            index = self.__dict__["_index"] = {name: i for i, name in enumerate(self.features)}
            self.__dict__["_weights"] = [float(w) for w in self.coef]
        weights = self.__dict__["_weights"]
        found = []
        for row in rows:
            score = self.intercept + sum(weights[index[name]] * value for name, value in row.items() if name in index)
            found.append(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score)))))
        return found

    def with_settings(self, mode: str, threshold: float, margin: float) -> Model:
        """The same weights with another mode, threshold or margin (for cross-validation)."""
        if mode not in MODES:
            raise ValueError(f"attribution mode {mode!r} is not one of {', '.join(MODES)}")
        return Model(self.features, self.coef, self.intercept, mode, threshold, margin, self.meta)


def _paragraph_counts(doc: Doc) -> dict[int, dict[str, int]]:
    cached = doc.__dict__.get("_attribution_paragraphs")
    if cached is None:
        cached = {}
        for (s, _e), pid in doc.person_spans:
            paragraph = doc.sentences[doc.sentence_index(s)].paragraph if doc.sentences else 0
            counts = cached.setdefault(paragraph, {})
            counts[pid] = counts.get(pid, 0) + 1
        doc.__dict__["_attribution_paragraphs"] = cached
    return cached


def _mention_sentences(doc: Doc) -> dict[str, list[int]]:
    cached = doc.__dict__.get("_attribution_sentences")
    if cached is None:
        cached = {}
        for (s, _e), pid in doc.person_spans:
            cached.setdefault(pid, []).append(doc.sentence_index(s))
        doc.__dict__["_attribution_sentences"] = cached
    return cached


def _path_up(analysis, index: int, targets: set[int], hops: int = 3) -> str | None:
    """The dependency relations from token `index` up to one of `targets` ("poss>dobj"), or None."""
    tokens = analysis.tokens
    path = []
    for _ in range(hops):
        token = tokens[index]
        path.append(token.dep or "dep")
        if token.head == index:
            return None
        index = token.head
        if index in targets:
            return ">".join(path)
    return None


def _act_tokens(analysis, start: int, end: int) -> set[int]:
    """Indices of the act's words, its head verb and the verb it is joined to ("was arrested and
    sent": "arrested" for "sent")."""
    from bisect import bisect_left

    starts = analysis.token_starts()
    found = {bisect_left(starts, t.start) for t in analysis.tokens_in(start, end)}
    for i in list(found):
        token = analysis.tokens[i]
        if token.dep in ("conj", "xcomp") and token.head != i:
            found.add(token.head)
    return found


def features(doc: Doc, code: str, index: int, start: int, end: int, includes: bool) -> dict[str, dict[str, float]]:
    """Person id -> features (name -> value) of every person of the document as the one the act
    (`code`, at [start, end) of sentence `index`) happened to; `includes`: whether "we" counts for
    the speaker (as the rules were told). The rules' own choice is not one: the model is a second
    judge beside them."""
    from bisect import bisect_left

    from guwah.extract import subjects

    text = doc.text
    sentence = doc.sentences[index]
    analysis = doc.analysis if doc.analysis is not None and doc.analysis.tokens else None
    speaker = doc.speakers.get(index)
    body = text[sentence.start:sentence.end]
    first_person = bool(_FIRST.search(body))
    first_after = bool(_FIRST.search(text, end, min(sentence.end, end + 15)))
    we_here = bool(_WE.search(body))
    family = code.split(".")[0]
    paragraph = sentence.paragraph
    in_paragraph = _paragraph_counts(doc).get(paragraph, {})
    topic = max(in_paragraph.items(), key=lambda item: item[1])[0] if in_paragraph else None
    said = _mention_sentences(doc)
    total = max(1, len(doc.person_spans))
    act = _act_tokens(analysis, start, end) if analysis is not None else set()
    target = subjects.syntactic_target(doc, start, end) if analysis is not None else None
    target_span = (analysis.tokens[target].start, analysis.tokens[target].end) if target is not None else None
    starts = analysis.token_starts() if analysis is not None else []
    # every reference of the sentence and the people the rules resolve it to
    refs: list[tuple[int, int, str, list[str]]] = []
    for ref in subjects.references(doc, index):
        if ref[2] == "generic":
            continue
        try:
            resolved = subjects._resolve(doc, index, ref, includes) or []
        except (KeyError, IndexError):
            resolved = []
        if resolved:
            refs.append((ref[0], ref[1], ref[2], resolved))
    before = [r for r in refs if r[1] <= start]
    after = [r for r in refs if r[0] >= end]
    nearest_before = set(before[-1][3]) if before else set()
    nearest_after = set(after[0][3]) if after else set()
    sources = doc.__dict__.get("_attribution_sources")
    if sources is None:
        from guwah.extract.violations import _only_sources

        sources = doc.__dict__["_attribution_sources"] = _only_sources(doc)
    tellers = set()
    from guwah.extract.violations import _SAYS

    for (_s, e), pid in doc.person_spans_in(sentence.start, start):
        if _SAYS.match(text, e, start):
            tellers.add(pid)
    source_here = {pid for (s, e), pid in doc.person_spans_in(sentence.start, sentence.end) if subjects.is_source(doc, s, e)}
    events_here = {e.person for e in doc.events if e.person and sentence.start <= (e.trigger or e.evidence)[0] < sentence.end}
    people_here = {pid for _span, pid in doc.person_spans_in(sentence.start, sentence.end)}
    found: dict[str, dict[str, float]] = {}
    for person in doc.persons:
        pid = person.id
        row: dict[str, float] = {}
        mine = [r for r in refs if pid in r[3]]
        for s, e, kind, resolved in mine:
            kind_class = "name" if kind == "person" else "first" if kind == "first" else "we" if kind == "we" else "pron"
            row[f"ref:{kind_class}"] = 1.0
            if len(resolved) > 1:
                row["ref:shared"] = 1.0
            side = "before" if e <= start else "after" if s >= end else "inside"
            row[f"side:{side}"] = 1.0
            distance = start - e if e <= start else s - end if s >= end else 0
            row["near"] = max(row.get("near", 0.0), 1.0 / (1.0 + distance / 20.0))
            if analysis is not None:
                for token in analysis.tokens_in(s, e):
                    position = bisect_left(starts, token.start)
                    path = _path_up(analysis, position, act)
                    if path is not None:
                        row[f"path:{path}"] = 1.0
                        row[f"path:{kind_class}:{path.split('>')[0]}"] = 1.0
                        break
            if target_span is not None and s < target_span[1] and target_span[0] < e:
                row["target"] = 1.0
        if pid in nearest_before:
            row["nearest_before"] = 1.0
        if pid in nearest_after:
            row["nearest_after"] = 1.0
        if pid == speaker:
            row["speaker"] = 1.0
            if first_person:
                row["speaker_first"] = 1.0
            if first_after:
                row["speaker_first_after"] = 1.0
            if we_here and includes:
                row["speaker_we_held"] = 1.0
        if person.narrator:
            row["narrator"] = 1.0
        back = [k for k in said.get(pid, []) if k <= index]
        ahead = [k for k in said.get(pid, []) if k > index]
        if back:
            gap = index - back[-1]
            row[f"back:{gap if gap < 3 else '3-5' if gap < 6 else '6+'}"] = 1.0
        elif not mine:
            row["back:never"] = 1.0
        if ahead and ahead[0] == index + 1:
            row["next_sentence"] = 1.0
        if pid == topic:
            row["topic"] = 1.0
        row["paragraph_share"] = in_paragraph.get(pid, 0) / max(1, sum(in_paragraph.values()))
        row["document_share"] = len(said.get(pid, [])) / total
        if "official" in person.roles:
            row["official"] = 1.0
        if "relative" in person.roles:
            row["relative"] = 1.0
        if not person.names:
            row["unnamed"] = 1.0
        if pid in sources:
            row["only_source"] = 1.0
        if pid in tellers:
            row["teller"] = 1.0
        if pid in source_here:
            row["source_here"] = 1.0
        if pid in events_here:
            row["event_here"] = 1.0
        if pid in people_here:
            row["named_here"] = 1.0
        row["others_here"] = math.log1p(len(people_here - {pid}))
        # the kind of act with how the person stands to it ("detention" with a passive subject,
        # "movement" with a possessor): what tells who varies with the act
        row.update({f"{family}|{name}": value for name, value in list(row.items()) if name in _CROSSED
                    or name.startswith("path:") and name.count(":") == 2})
        found[pid] = row
    return found


def _choose(model: Model, rated: dict[str, float], rules: list[str], settled: bool = False) -> list[str]:
    """The people an act happened to, from the ratings and the rules' choice, by the model's mode;
    `settled`: the rules gave the act to nobody on purpose (see `decide`): then nobody, whatever
    the mode but "model"."""
    if model.mode == "rules" or not rated:
        return rules
    if model.mode == "model":
        return [pid for pid, p in sorted(rated.items(), key=lambda item: -item[1]) if p >= model.threshold]
    best, p_best = max(rated.items(), key=lambda item: item[1])
    if not rules:
        return [best] if p_best >= model.threshold and not settled else []
    if model.mode == "override" and best not in rules and p_best >= model.threshold \
            and p_best - max(rated.get(pid, 0.0) for pid in rules) >= model.margin:
        return [best]
    return rules


def _consulted(model: Model | None, rules: list[str], settled: bool) -> bool:
    """Whether the model's ratings can change the rules' choice (`_choose`)."""
    if model is None or model.mode == "rules":
        return False
    if model.mode == "fill":
        return not rules and not settled
    return model.mode == "model" or bool(rules) or not settled


_recorders: list[list] = []


def decide(doc: Doc, code: str, index: int, start: int, end: int, rules: list[str], *, includes: bool,
           settled: bool = False) -> list[str]:
    """The people the act (its `code`, at [start, end) of sentence `index`) happened to: the rules'
    choice `rules`, changed by the shipped model as its mode says (unchanged without a model, in
    mode "rules", or without persons). `settled`: the rules gave it to nobody on purpose — their
    scope took away every person they found (the speaker as witness, the teller, the source:
    `violations._in_scope`), or the sentence tells it of a group by a noun ("the detainees had to
    kneel", "whoever spoke was punished") or of someone unnamed (`subjects.names_a_crowd`):
    a decision the model does not undo. On the tuning sets every act the model gave someone
    against such a decision was wrong, and several were codes the gold forbids
    (docs/benchmarks.md)."""
    model = classifier()
    recording = _recorders[-1] if _recorders else None
    if recording is None and not _consulted(model, rules, settled) or not doc.persons or not doc.sentences:
        return rules  # the features are not computed where the model would change nothing
    rows = features(doc, code, index, start, end, includes)
    if recording is not None:
        recording.append({"code": code, "index": index, "start": start, "end": end, "rules": list(rules),
                          "settled": settled,
                          "sentence": (doc.sentences[index].start, doc.sentences[index].end), "rows": rows})
    if model is None:
        return rules
    ids = list(rows)
    rated = dict(zip(ids, model.probabilities([rows[pid] for pid in ids]), strict=True))
    return _choose(model, rated, rules, settled)


@contextmanager
def recording():
    """Inside the block every act `decide` sees is appended, with its features, to the list yielded
    (for training: `bench/train_attribution.py`); the last call for the same act is the one the
    extractor kept (the violation rules make two passes)."""
    found: list = []
    _recorders.append(found)
    try:
        yield found
    finally:
        _recorders.pop()


def write(model: Model, path: Path | str) -> int:
    """Write the model folder (meta.json, weights.npz); returns its size in bytes."""
    meta = {**model.meta, "features": list(model.features), "mode": model.mode, "threshold": model.threshold,
            "margin": model.margin, "features_version": FEATURES_VERSION}
    return write_linear(path, meta, model.coef, [model.intercept])


def read(path: Path | str) -> Model:
    """Load a model folder written by `write` (by `bench/train_attribution.py`), without pickle.

    Raises:
        InputError: when the folder is not such a model or was made for other features.
    """
    meta, features, coef, intercept, settings = read_linear_model(
        path, "an attribution model", FEATURES_VERSION,
        lambda meta: (meta["mode"], float(meta["threshold"]), float(meta["margin"])),
        lambda features, coef, intercept, settings: coef.shape == (len(features),) and intercept.shape == (1,)
        and settings[0] in MODES)
    return Model(features, coef, float(intercept[0]), *settings, meta)


_MODEL: ShippedModel[Model] = ShippedModel(MODEL_DIR, read, "acts attributed by rules only")
classifier = _MODEL.current  # the model the extractor uses (shipped.ShippedModel)
using = _MODEL.using  # another model, or none, inside a block
