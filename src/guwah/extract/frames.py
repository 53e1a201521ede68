"""The frame reader: a modality over an object class tells an act, whatever the words (issue 11).

What detainees must do, may not do or were not told recurs with every writer in new words ("were
made to chant slogans", «их заставляли зубрить законы», 不许祷告, «ана тілінде сөйлеуге тыйым
салынды»): no phrase carries from one writer to the next, the frame does. A frame is a modality class
(forced, barred, unable, untold) governing a verb or noun of an object class (songs, prayer, visits,
return to one's family, a confession …); the pair gives its codes by one small table. All of it is
data, `vocab/frames/` (`guwah.vocab.frames`): the table, and per language the modality words and the
object classes' words.

English, French and Russian are read by the parse: a modality word (its lemma) governs, as its
complement (xcomp, ccomp, obj, nmod …), as the verb its auxiliary hangs on ("could not pray") or as
its passive subject ("prayer was forbidden"), a word below which (up to three steps, not into another
clause) one of a class's words stands; a modality of the "negated" list counts only with a negation
word on it (`lexicon.NEGATION_WORDS`, or on the verb it hangs on: "was not allowed", «не разрешали»,
« n'avait pas le droit »). Kazakh, Uyghur and Chinese have no parse here: a modality and a class's
word in one clause (between punctuation marks). What the reader finds goes through the one scope
test and the attribution of every act (`violations._trigger_hits`, `violations.refusal`): a negated
"forced" frame ("they never made us sing") or a hedged one states no act; a "barred" frame's
negation is the act (`negative_form`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from guwah.extract.lexicon import NEGATION_WORDS
from guwah.vocab import PARSED_FRAME_LANGUAGES, frames

# Negation words on a modality (the one list, and the prepositions of absence that stand for
# "without" in French and Russian: « sans le droit de », «без права»).
_NEGATIONS = NEGATION_WORDS | {"sans", "без", "нет"}
# Relations from a modality word to what it governs (by the relation's base: "obl" for "obl:mod"): its
# complement clause or object, a noun's modifier ("the right to pray", « le droit de prier »); failing
# these, the subject of its passive ("visits were not allowed").
_COMPLEMENTS = frozenset(("xcomp", "ccomp", "csubj", "obj", "dobj", "nmod", "acl", "iobj", "obl", "prep",
                          "advmod", "npadvmod", "attr"))
_VERB_COMPLEMENTS = frozenset(("xcomp", "ccomp", "csubj"))
_PASSIVE_SUBJECTS = frozenset(("nsubj:pass", "nsubjpass", "csubj:pass"))
# A modality word that hangs on the verb it modifies (an auxiliary "could", "must"; "able" in "was not
# able to"; a noun object "right" in "had no right to"): what it governs is that verb, and a negation
# there is its own.
_ON_ITS_HEAD = frozenset(("aux", "aux:pass", "acomp", "cop"))
_NOUN_ON_HEAD = frozenset(("obj", "dobj"))
# Relations below a governed word that start another clause or another predicate: not read into its frame.
_OTHER_CLAUSE = frozenset(("advcl", "parataxis", "relcl", "acl:relcl", "punct", "cc", "nsubj", "conj",
                           "appos", "discourse", "vocative", "list", "dep"))
_DEPTH = 3
# Where a clause ends in a text read without a parse (Latin, CJK and Arabic punctuation).
_CLAUSE_END = re.compile(r"[,;:.!?\n，。；：！？،؛]")


@dataclass(frozen=True)
class Frame:
    """One frame found: its code, its words [start, end) in the text, whether its negation is the act
    (a barred, unable or untold modality read with its negation), and the rule that made it
    ("frames/en.yaml barred × prayer")."""

    code: str
    start: int
    end: int
    negative_form: bool
    rule: str


def read_frames(doc) -> list[Frame]:
    """Every frame of a document (`guwah.extract.document.Doc`): by the parse for a language with
    one (`PARSED_FRAME_LANGUAGES`, none without a parse), by clause for the others; empty for a
    language with no frames file."""
    language = doc.language or "en"
    data = frames()["languages"].get(language)
    if data is None:
        return []
    if language in PARSED_FRAME_LANGUAGES:
        return _parsed_frames(doc.analysis, language, data)
    return _clause_frames(doc.text, language)


def _lemma(token) -> str:
    return (token.lemma or token.text).lower().replace("ё", "е")


def _class_of(tokens, indices, objects) -> tuple[str, int] | None:
    """The first object class (file order) whose words the tokens hold, with the token that shows it."""
    found = {}
    for i in indices:
        for word in (_lemma(tokens[i]), tokens[i].text.lower().replace("ё", "е")):
            found.setdefault(word, i)
    for kind, alone, any_of, with_ in objects:
        hit = next((found[w] for w in alone if w in found), None)
        if hit is None and any_of:
            first = next((found[w] for w in any_of if w in found), None)
            other = next((found[w] for w in with_ if w in found), None)
            hit = first if first is not None and other is not None else None
        if hit is not None:
            return kind, hit
    return None


def _parsed_frames(analysis, language: str, data: dict) -> list[Frame]:
    if analysis is None or not analysis.tokens:
        return []
    tokens = analysis.tokens
    children: dict[int, list[int]] = {}
    for i, token in enumerate(tokens):
        if 0 <= token.head < len(tokens) and token.head != i:
            children.setdefault(token.head, []).append(i)
    table = frames()["table"]
    modalities = data["modalities"]
    found: list[Frame] = []

    def negated(i: int) -> bool:
        return any(tokens[c].text.lower() in _NEGATIONS or _lemma(tokens[c]) in _NEGATIONS for c in children.get(i, ()))

    def below(i: int) -> list[int]:
        reached, layer = [i], [i]
        for _step in range(_DEPTH):
            layer = [c for j in layer for c in children.get(j, ()) if tokens[c].dep not in _OTHER_CLAUSE]
            reached += layer
        return reached

    for i, token in enumerate(tokens):
        lemma = _lemma(token)
        for modality, words in modalities.items():
            plain, needs_negation = lemma in words["words"], lemma in words["negated"]
            if not plain and not needs_negation:
                continue
            head = token.head if 0 <= token.head < len(tokens) else i
            on_head = head != i and (token.dep in _ON_ITS_HEAD or token.pos == "NOUN" and token.dep in _NOUN_ON_HEAD)
            if needs_negation and not plain and not (negated(i) or on_head and negated(head)
                                                     or any(negated(s) for s in children.get(i, ())
                                                            if tokens[s].dep in _PASSIVE_SUBJECTS)):
                continue
            if token.dep in _ON_ITS_HEAD and head != i and lemma not in words["verb_only"]:
                governed = [head]  # (a word that governs only a verb of its own is no auxiliary: "has been held")
            else:
                kinds = _VERB_COMPLEMENTS if lemma in words["verb_only"] else _COMPLEMENTS
                governed = [c for c in children.get(i, ()) if tokens[c].dep.split(":")[0] in kinds
                            and tokens[c].dep not in _PASSIVE_SUBJECTS and tokens[c].dep != "obl:agent"]
                if lemma in words["verb_only"]:
                    governed = [c for c in governed if tokens[c].pos in ("VERB", "AUX")]
                if not governed and not (token.dep in _ON_ITS_HEAD and head != i):
                    governed = [c for c in children.get(i, ()) if tokens[c].dep in _PASSIVE_SUBJECTS
                                or tokens[c].dep == "nsubj" and token.pos in ("ADJ", "ADV", "NOUN")]
            # a governed verb's conjuncts are governed too ("made to sing … and to answer in Mandarin"), not
            # one with a subject of its own, another clause ("cannot confirm it, and the family has …")
            governed += [c for g in governed for c in children.get(g, ()) if tokens[c].dep == "conj"
                         and tokens[c].pos in ("VERB", "NOUN")
                         and not any(tokens[k].dep.startswith("nsubj") for k in children.get(c, ()))]
            # the one made to do it, named as the modality's object ("made the women sing"): where the act's
            # words start, so that it is theirs
            done_to = [c for c in children.get(i, ()) if tokens[c].dep in ("obj", "dobj", "iobj")
                       and tokens[c].pos in ("PROPN", "PRON", "NOUN") and c < i + 6]
            for target in dict.fromkeys(governed):
                shown = _class_of(tokens, below(target), data["objects"])
                if shown is None:
                    continue
                kind, where = shown
                for code in table.get(modality, {}).get(kind, ()):
                    start = min(token.start, tokens[where].start, *(tokens[c].start for c in done_to if c > i))
                    end = max(token.end, tokens[where].end)
                    found.append(Frame(code, start, end, needs_negation and not plain,
                                       f"frames/{language}.yaml {modality} × {kind}"))
    return found


@cache
def _compiled(language: str):
    """A language's modalities and classes as compiled regular expressions (each from a word's start
    in Kazakh and Uyghur; Chinese has no spaces)."""
    data = frames()["languages"][language]
    start = "" if language == "zh" else r"(?<!\w)"

    def alternation(words: tuple[str, ...]):
        return re.compile(start + "(?:" + "|".join(words) + ")", re.I) if words else None

    modalities = [(modality, alternation(spec["words"]), alternation(spec["negated"]))
                  for modality, spec in data["modalities"].items()]
    objects = [(kind, alternation(alone), alternation(any_of), alternation(with_))
               for kind, alone, any_of, with_ in data["objects"]]
    return modalities, objects


def _clause_frames(text: str, language: str) -> list[Frame]:
    modalities, objects = _compiled(language)
    table = frames()["table"]
    found: list[Frame] = []
    begin = 0
    for stop in [*_CLAUSE_END.finditer(text), None]:
        end = stop.start() if stop else len(text)
        for modality, plain, negative in modalities:
            for pattern, negative_form in ((plain, False), (negative, True)):
                for match in (pattern.finditer(text, begin, end) if pattern else ()):
                    shown = None
                    for kind, alone, any_of, with_ in objects:
                        word = alone.search(text, begin, end) if alone else None
                        if word is None and any_of and with_.search(text, begin, end):
                            word = any_of.search(text, begin, end)
                        if word is not None:  # it may be the modality's own word (见不到: cannot see)
                            shown = kind, word
                            break
                    if shown is None:
                        continue
                    kind, word = shown
                    for code in table.get(modality, {}).get(kind, ()):
                        found.append(Frame(code, min(match.start(), word.start()), max(match.end(), word.end()),
                                           negative_form, f"frames/{language}.yaml {modality} × {kind}"))
        begin = stop.end() if stop else len(text)
    return found
