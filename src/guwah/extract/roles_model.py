"""A trained model of two decisions the rules get wrong on unseen texts (en, fr, ru): is a person
the rules found a person *of the text* (not a headline, a byline, a reporter, a host, a place, an
organisation, a campaign, a medium or a title alone), and is a kept person a *victim*.

It runs last, on the finished document: each person the rules made is described by features that
do not depend on names, so that they carry across writers and genres — how the rules made it
(named, an unnamed relative, a narrator, its relations and roles, its events and codes), and, for
each mention, where it stands (the first lines, a headline, a line in capitals, a byline, a
"LABEL:" line, a caption or credit), the language model's entity label and the persons rules'
verdict (`persons._model_verdict`), the place rules' verdict (a place overlapping it or a place
word after it), the mention's dependency relation and its head's lemma (subject of a passive,
object, possessor …), the words just before and after it, title, profession, kinship and speech
words near it, and the act classifier's score of its sentence (`guwah.extract.acts`). Mention
features are averaged over the person's mentions and also given for its first mention.

Since 0.11.0 the features of a mention also say what its context does to the person: the object
or passive subject of an act verb ("police took X", "X was detained"), the subject of one (an
agent), the owner of a taken document ("X's passport"), and a pronoun after it that is an act's
patient ("X came home. Police arrested her"). Since features version 3 (0.25.x) they also say whether the
person, or a pronoun after the mention, is the one a verb of pressure is done to ("she was telephoned",
"he had a call from Aksu": the called, warned, summoned relatives the golds count as victims of
transnational harassment), whether a narrator's own "I" is an act's or such a verb's patient, whether
the person is kin of the narrator, and whether the sentence says the person is still held or missing.

Three logistic regressions (scikit-learn) over the same features: P(person of the text),
P(victim | person of the text), and P(restore): whether a name the rules dropped (`candidates`: a
headline's, one followed by a place word, one the language model vetoed, one in the text's frame,
or a one-word name of the language model, which the rules never take alone) is a person of the
text; one at or over the restore threshold becomes a person (`restored`), a victim by
P(victim). A person under the person threshold is dropped with its events, unless the rules are
sure of it (a self-introduced narrator, a kinship tie); a kept person is a victim when P(victim)
reaches the victim threshold (how the victim decision is combined with the rules' — the model
alone, or only removing or only adding — is `victim_mode`). The thresholds and the mode were
chosen by leave-one-set-out cross-validation (`bench/train_persons.py --cv`).

The model ships in `roles_model/` beside this module: `meta.json` (features, thresholds, the
training sets and their SHA-256, version) and `weights.npz` (two plain arrays, 3 × features and
3, read with `allow_pickle=False`). Without the folder the rules decide alone.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from guwah.extract.document import Doc, PersonRecord, SpanSet
from guwah.extract.lexicon import CUSTODY_VERBS, KIN_PATTERN, OFFICIAL_TITLES, PLACE_KIND_WORDS, saying_forms
from guwah.extract.roles import questioned_only, restore_travels
from guwah.extract.shipped import ShippedModel, read_linear_model, write_linear

MODEL_DIR = Path(__file__).resolve().parent / "roles_model"
LANGUAGES = ("en", "fr", "ru")
VICTIM_MODES = ("model", "remove", "add", "rules")
STRONG = ("narrator", "kin")  # the reasons the rules can be sure of a person (`sure`)
# The shortest text the model was trained on has 561 characters; in a shorter one (a sentence, a
# note) every name stands in the first lines and is named once, which in the training texts marks
# bylines and headlines: there the rules decide alone.
MIN_CHARS = 500
FEATURES_VERSION = 3  # 3 since h-x26p: pressure, the narrator's own "I", kin of the narrator, held/missing

_PROFESSION = re.compile(
    r"\b(?:journalist|reporter|correspondent|editor|columnist|writer|author|host|presenter|anchor|producer|"
    r"photographer|researcher|analyst|scholar|professor|expert|lawyer|attorney|spokes(?:man|woman|person)|"
    r"director|chair(?:man|woman)?|senator|minister|ambassador|translator|interpreter|"
    r"journaliste|rédact(?:eur|rice)|chercheu(?:r|se)|avocate?|animat(?:eur|rice)|porte-parole|traduct(?:eur|rice)|"
    r"журналист\w*|корреспондент\w*|редактор\w*|исследовател\w*|адвокат\w*|ведущ\w*|эксперт\w*|переводчи\w*)\b", re.I)
# a verb of saying but a turn of talk ("called" names as often as it calls), or a source
_SPEECH = re.compile(
    rf"\b(?:{saying_forms('tells', 'clause', 'speaker', 'inverted', 'talk', 'reports')}|according|selon|по словам)\b", re.I)
_CREDIT = re.compile(r"^[ \t]*(?:photo|image|picture|credit|source|©|caption|video|audio|illustration|"
                     r"фото|источник|crédit)\b", re.I)
_BY = re.compile(r"(?:^|[\n·|—–])[ \t]*(?:by|par|автор:?|texte\s*:|reported by|written by)[ \t]+$", re.I)
_KIN_WORDS = re.compile(rf"\b(?:{KIN_PATTERN})\b", re.I)
_TITLE_WORDS = re.compile(r"\b(?:" + "|".join(sorted((re.escape(t) for t in OFFICIAL_TITLES), key=len, reverse=True))
                          + r")\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|je|j'|moi|mon|ma|я|меня|мне|мой|моя)\b", re.I)
# Verbs of custody the shipped person model was trained without (`_ACT_VERBS` are features of it): counted,
# they made one more victim on the tuning bench (a false one, v13). They join at its next training.
_UNTRAINED_CUSTODY_VERBS = frozenset("""bring move put confine incarcerate intern conduire mettre emprisonner incarcérer
перевести сидеть содержаться""".split())
# Verbs whose object or passive subject an act happens to ("police took him", "she was detained"): the verbs of
# custody (`lexicon.CUSTODY_VERBS`) and those of the other acts; and the documents whose possessor is the one
# they were taken from ("his passport").
_ACT_VERBS = CUSTODY_VERBS - _UNTRAINED_CUSTODY_VERBS | frozenset("""
sentence beat torture interrogate question disappear kill die
release force sterilize sterilise separate confiscate seize abduct deport summon punish shackle
handcuff transport convict charge try execute rape abuse strip humiliate starve pick
condamner interroger torturer battre disparaître mourir libérer confisquer
enlever frapper convoquer stériliser violer
осудить приговорить избить пытать допрашивать допросить исчезнуть
умереть освободить изъять конфисковать задерживать арестовывать
бить избивать посадить
""".split())
_DOCUMENTS = frozenset("""
passport document id card phone papers identity passeport papiers téléphone carte паспорт документ телефон
""".split())
# Verbs of pressure on a person outside custody (issue 11: the gold's victims of transnational
# harassment and reprisals are the called, the warned, the summoned, the filmed), and the nouns of
# what such a person "receives" ("he had a call from Aksu", «получил звонок»).
_PRESSURE_VERBS = frozenset("""
call telephone phone ring threaten warn summon film harass intimidate pressure pressurise pressurize visit question
contact message follow monitor fire dismiss expel force order bar
appeler téléphoner menacer convoquer filmer harceler intimider surveiller contacter avertir forcer contraindre
obliger licencier renvoyer interdire
звонить позвонить угрожать пригрозить вызвать вызывать предупредить предупреждать снять снимать запугивать
запугать преследовать следить уволить заставить заставлять давить
""".split())
_RECEIVED = frozenset("""
call threat message visit summons warning appel menace visite convocation avertissement звонок угроза сообщение
визит повестка предупреждение
""".split())
_RECEIVING = frozenset("have get receive recevoir avoir получить получать".split())
_PATIENT_DEPS = frozenset(("nsubj:pass", "obj", "iobj", "expl:comp"))
_NARRATOR_TOKENS = frozenset("i me je j' j’ m' m’ moi я меня мне мной".split())
# A person said to be held, missing or out of reach in the sentence of a mention.
_STATE = re.compile(
    r"\b(?:still (?:held|detained|in (?:a |the )?(?:camp|prison|jail|custody))|missing|whereabouts|disappeared|"
    r"no (?:news|word|contact)|sans nouvelles|disparu\w*|où (?:il|elle) se trouve|toujours détenu\w*|"
    r"пропал\w*|без вести|ничего не известно|до сих пор (?:в|под)\w*)\b", re.I)
_PATIENT_PRONOUNS = frozenset("he him she her they them il elle lui le la les eux ils elles он его него она её ее "
                              "неё нее ему ей они их них им".split())
_DEPS = {"nsubjpass": "nsubj:pass", "dobj": "obj", "poss": "nmod:poss", "nsubj:pass": "nsubj:pass"}
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Model:
    """A loaded person-and-victim model.

    Attributes:
        features: feature names, in the order of the columns of `coef`.
        coef: array (3 × features): row 0 person of the text, row 1 victim, row 2 a name the rules'
            filters dropped is a person of the text (`restore`).
        intercept: array (3,).
        person_threshold: P(person of the text) (0–1) under which a person the rules are not
            sure of is dropped.
        victim_threshold: P(victim) (0–1) from which a kept person is a victim.
        victim_mode: "model" (the model decides), "remove" (it only takes the rules' victim role
            away), "add" (it only adds it) or "rules" (the rules decide).
        strong: the reasons (of "narrator", "kin"; see `sure`) for which a person is kept whatever
            the model says.
        restore_threshold: P(restore) (0–1) from which a dropped name becomes a person again; above
            1, none does.
        meta: the model's meta.json.
    """

    features: tuple[str, ...]
    coef: object
    intercept: object
    person_threshold: float = 0.5
    victim_threshold: float = 0.5
    victim_mode: str = "model"
    strong: tuple[str, ...] = STRONG
    meta: dict = field(default_factory=dict)
    restore_threshold: float = 2.0

    def probabilities(self, rows: list[dict[str, float]]):
        """Array (rows × 3) of P(person of the text), P(victim), P(restore) for feature dicts."""
        import numpy as np

        index = self.__dict__.get("_index")
        if index is None:
            index = self.__dict__["_index"] = {name: i for i, name in enumerate(self.features)}
        matrix = np.zeros((len(rows), len(self.features)), dtype=np.float32)
        for r, row in enumerate(rows):
            for name, value in row.items():
                column = index.get(name)
                if column is not None:
                    matrix[r, column] = value
        scores = matrix @ np.asarray(self.coef, dtype=np.float32).T + np.asarray(self.intercept, dtype=np.float32)
        return 1.0 / (1.0 + np.exp(-scores))

    def with_settings(self, person_threshold: float, victim_threshold: float, victim_mode: str,
                      strong: tuple[str, ...] = STRONG, restore_threshold: float = 2.0) -> Model:
        """The same weights with other thresholds, victim mode or strong reasons (for cross-validation)."""
        if victim_mode not in VICTIM_MODES:
            raise ValueError(f"victim mode {victim_mode!r} is not one of {', '.join(VICTIM_MODES)}")
        if set(strong) - set(STRONG):
            raise ValueError(f"strong reasons must be among {', '.join(STRONG)}")
        return Model(self.features, self.coef, self.intercept, person_threshold, victim_threshold, victim_mode,
                     tuple(strong), self.meta, restore_threshold)


def _lines(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    cached = doc.__dict__.get("_roles_lines")
    if cached is None:
        spans = [m.span() for m in re.finditer(r"[^\n]+", doc.text)]
        cached = doc.__dict__["_roles_lines"] = (spans, [s for s, _ in spans])
    return cached


def _context(doc: Doc) -> dict:
    """What every mention's features read, computed once per document."""
    cached = doc.__dict__.get("_roles_context")
    if cached is not None:
        return cached
    from guwah.extract import acts, persons

    headlines = SpanSet(persons._headline_lines(doc.text))
    frame = persons._frame_spans(doc)
    places = SpanSet(span for span, _ in doc.place_spans)
    facilities = SpanSet(span for span, _ in doc.facility_spans)
    scores: dict[int, float] = {}
    classifier = acts.classifier()
    starts = [s for p in doc.persons for s, _ in p.mentions] + [s for s, _e, _why in doc.__dict__.get("_dropped_names", ())]
    wanted = sorted({doc.sentence_index(s) for s in starts}) if doc.sentences else []
    if classifier is not None and wanted:
        rated = classifier.rate_spans(doc.text, doc.analysis, [(doc.sentences[i].start, doc.sentences[i].end) for i in wanted])
        scores = {i: max(r.values(), default=0.0) for i, r in zip(wanted, rated, strict=True)}
    cached = doc.__dict__["_roles_context"] = {"headlines": headlines, "frame": frame, "places": places,
                                               "facilities": facilities, "act": scores}
    return cached


def _mention_features(doc: Doc, span: tuple[int, int], context: dict) -> dict[str, float]:
    from bisect import bisect_right

    from guwah.extract import persons

    text, (start, end) = doc.text, span
    f: dict[str, float] = {}
    lines, starts = _lines(doc)
    number = max(0, bisect_right(starts, start) - 1)
    line_start, line_end = lines[number] if lines else (0, len(text))
    line = text[line_start:line_end]
    before_in_line = text[line_start:start]
    after_in_line = text[end:line_end]
    f["pos.first_line"] = float(number == 0)
    f["pos.first_3_lines"] = float(number < 3)
    f["pos.first_400"] = float(start < 400)
    f["pos.line_short"] = float(len(line.strip()) < 60)
    f["pos.line_no_end"] = float(not line.rstrip().endswith((".", "!", "?", "»", '"', "”", ":")))
    letters = [c for c in line if c.isalpha()]
    f["pos.line_caps"] = float(bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters))
    f["pos.name_caps"] = float(text[start:end].isupper())
    f["pos.headline"] = float(context["headlines"].overlaps(span))
    f["pos.frame"] = float(context["frame"].overlaps(span))
    f["pos.label_line"] = float(bool(re.match(r"[ \t]*[^\n:]{1,40}:[ \t]", line)) and ":" in before_in_line)
    f["pos.speaker_label"] = float(bool(re.match(r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:", after_in_line)))
    f["pos.credit"] = float(bool(_CREDIT.match(line)))
    f["pos.by"] = float(bool(_BY.search(text[max(0, start - 20):start])))
    f["pos.line_start"] = float(not before_in_line.strip())
    f["pos.quoted"] = float(text[max(0, start - 1):start] in "\"“«'")
    f["place.overlap"] = float(context["places"].overlaps(span))
    f["place.facility"] = float(context["facilities"].overlaps(span))
    following = re.match(r"[ \t]+(\w+)", text[end:end + 30])
    f["place.kind_after"] = float(bool(following) and following.group(1).casefold() in PLACE_KIND_WORDS)
    window_before, window_after = text[max(0, start - 60):start], text[end:end + 60]
    f["near.profession"] = float(bool(_PROFESSION.search(window_before[-40:]) or _PROFESSION.search(window_after[:40])))
    f["near.title"] = float(bool(_TITLE_WORDS.search(window_before[-30:])))
    f["near.kin"] = float(bool(_KIN_WORDS.search(window_before[-25:]) or _KIN_WORDS.search(window_after[:25])))
    f["near.speech"] = float(bool(_SPEECH.search(window_before[-30:]) or _SPEECH.search(window_after[:30])))
    previous = _WORD.findall(window_before)[-2:]
    nexts = _WORD.findall(window_after)[:1]
    if previous:
        f[f"w.prev1={previous[-1].casefold()}"] = 1.0
    if len(previous) > 1:
        f[f"w.prev2={previous[0].casefold()}"] = 1.0
    if nexts:
        f[f"w.next1={nexts[0].casefold()}"] = 1.0
    f[f"verdict={persons._model_verdict(doc, start, end) or 'none'}"] = 1.0
    analysis = doc.analysis
    if analysis is not None:
        labels = {e.label for e in analysis.entities_in(start, end)}
        for label in labels or {"none"}:
            f[f"ent={label}"] = 1.0
        tokens = analysis.tokens_in(start, end)
        if tokens:
            from bisect import bisect_left

            first = bisect_left(analysis.token_starts(), tokens[0].start)
            inside = range(first, first + len(tokens))
            outside = [i for i in inside if analysis.tokens[i].head not in inside or analysis.tokens[i].head == i]
            head = analysis.tokens[outside[0]] if outside else tokens[-1]
            if head is not None:
                dep = head.dep.lower()
                dep = _DEPS.get(dep, dep)
                f[f"dep={dep}"] = 1.0
                governor = analysis.tokens[head.head] if 0 <= head.head < len(analysis.tokens) else head
                if governor is not head:
                    lemma = governor.lemma.casefold()
                    f[f"head.lemma={lemma}"] = 1.0
                    f[f"head.pos={governor.pos}"] = 1.0
                    f[f"dep+head={dep}:{lemma}"] = 1.0
                    f["role.patient"] = float(dep in ("nsubj:pass", "obj", "iobj") and lemma in _ACT_VERBS)
                    f["role.agent"] = float(dep == "nsubj" and lemma in _ACT_VERBS)
                    f["role.document_owner"] = float(dep in ("nmod:poss", "nmod") and lemma in _DOCUMENTS)
                    f["role.pressed"] = float(_pressed(analysis, head))
            f["pos.propn"] = float(any(t.pos == "PROPN" for t in tokens))
    if doc.sentences:
        sentence = doc.sentence_index(start)
        if analysis is not None:
            bounds = doc.sentences[sentence]
            for token in analysis.tokens_in(bounds.start, bounds.end):
                if token.pos in ("VERB", "NOUN", "ADJ") and not (start <= token.start < end):
                    f[f"s.lemma={token.lemma.casefold()}"] = 1.0
        if analysis is not None:
            f["role.pronoun_patient_after"] = float(_pronoun_patient(doc, analysis, end, sentence))
            f["role.pronoun_pressed_after"] = float(_pronoun_patient(doc, analysis, end, sentence, pressure=True))
        f["s.state_held"] = float(bool(_STATE.search(doc.sentence_text(sentence))))
        f["act.score"] = context["act"].get(sentence, 0.0)
        f["act.high"] = float(f["act.score"] >= 0.5)
        f["sent.first_person"] = float(bool(_FIRST_PERSON.search(doc.sentence_text(sentence))))
    return f


def _pronoun_patient(doc: Doc, analysis, end: int, sentence: int, pressure: bool = False) -> bool:
    """A pronoun after the mention, in its sentence or the next, is the object or passive subject
    of an act verb ("Ablet came home; police took him", "… He was detained in May"), or, with
    `pressure`, the one a verb of pressure is done to (`_pressed`: "Police called him in", "he had
    a call from Aksu")."""
    last = min(len(doc.sentences) - 1, sentence + 1)
    for token in analysis.tokens_in(end, doc.sentences[last].end):
        if token.pos != "PRON" or token.text.casefold() not in _PATIENT_PRONOUNS:
            continue
        if pressure:
            if _pressed(analysis, token):
                return True
            continue
        dep = _DEPS.get(token.dep.lower(), token.dep.lower())
        if dep in ("nsubj:pass", "obj") and 0 <= token.head < len(analysis.tokens) \
                and analysis.tokens[token.head].lemma.casefold() in _ACT_VERBS:
            return True
    return False


def _pressed(analysis, token) -> bool:
    """The token is the one a verb of pressure is done to (object, indirect object, passive
    subject, a French object clitic: "she was telephoned", «мне позвонили», « on l'a convoquée »),
    or the subject of receiving a call, a threat or a visit ("he had a call from Aksu")."""
    if not 0 <= token.head < len(analysis.tokens):
        return False
    dep = _DEPS.get(token.dep.lower(), token.dep.lower())
    governor = analysis.tokens[token.head]
    lemma = governor.lemma.casefold()
    if dep in _PATIENT_DEPS:
        return lemma in _PRESSURE_VERBS
    if dep == "nsubj" and lemma in _RECEIVING:
        return any(t.head == token.head and _DEPS.get(t.dep.lower(), t.dep.lower()) == "obj"
                   and t.lemma.casefold() in _RECEIVED for t in analysis.tokens_in(governor.start, governor.start + 80))
    return False


def _narrator_patient(doc: Doc) -> tuple[int, int]:
    """How often the text's "I" (me, je, я, мне …) is the one an act verb (`_ACT_VERBS`) and a
    verb of pressure (`_pressed`) is done to: what a narrator's first-person lines say happened to
    them, which no mention of the narrator's name carries. Computed once per document."""
    cached = doc.__dict__.get("_roles_narrator")
    if cached is not None:
        return cached
    acts = pressed = 0
    analysis = doc.analysis
    for token in analysis.tokens if analysis is not None else ():
        if token.text.casefold() not in _NARRATOR_TOKENS or not 0 <= token.head < len(analysis.tokens):
            continue
        dep = _DEPS.get(token.dep.lower(), token.dep.lower())
        if dep in _PATIENT_DEPS and analysis.tokens[token.head].lemma.casefold() in _ACT_VERBS:
            acts += 1
        elif _pressed(analysis, token):
            pressed += 1
    cached = doc.__dict__["_roles_narrator"] = (acts, pressed)
    return cached


def person_features(doc: Doc, person: PersonRecord) -> dict[str, float]:
    """Feature name -> value for one person of a finished document (names never enter)."""
    context = _context(doc)
    f: dict[str, float] = {f"lang={doc.language}": 1.0, "bias.named": float(bool(person.names)),
                           "how.unnamed_kin": float(person.kin_of is not None), "how.narrator": float(person.narrator),
                           "how.relations": float(bool(person.relations)),
                           "how.is_relative": float(any(r.person == person.id for p in doc.persons for r in p.relations)),
                           "n.mentions": math.log1p(len(person.mentions)),
                           "n.single": float(len(person.mentions) == 1),
                           "n.names": float(len(person.names)),
                           "n.violations": math.log1p(len(person.violations)),
                           "n.attributes": math.log1p(len(person.attributes))}
    narrators = {p.id for p in doc.persons if p.narrator}
    f["how.kin_of_narrator"] = float(not person.narrator and bool(narrators) and (
        (person.kin_of is not None and person.kin_of[0] in narrators)
        or any(r.person in narrators for r in person.relations)
        or any(r.person == person.id for p in doc.persons if p.id in narrators for r in p.relations)))
    if person.narrator:
        acts, pressed = _narrator_patient(doc)
        f["narrator.patient_act"] = math.log1p(acts)
        f["narrator.patient_pressed"] = math.log1p(pressed)
    words = max((len(n.split()) for n in person.names), default=0)
    f[f"name.words={min(words, 4)}"] = 1.0
    for role in person.roles:
        f[f"rules.role={role}"] = 1.0
    for event in doc.events:
        if event.person == person.id:
            f[f"event={event.type}"] = 1.0
    for attribute in person.attributes:
        f[f"attr={attribute}"] = 1.0
    mentions = sorted(person.mentions)
    if mentions:
        per = [_mention_features(doc, span, context) for span in mentions]
        total: dict[str, float] = {}
        for row in per:
            for name, value in row.items():
                total[name] = total.get(name, 0.0) + value
        for name, value in total.items():
            f[f"m.{name}"] = value / len(per)
        for name, value in per[0].items():
            if not name.startswith(("w.", "head.", "dep+head", "s.lemma")):
                f[f"first.{name}"] = value
        f["m.all_head"] = float(all(row.get("pos.first_3_lines") for row in per))
        f["m.all_frame_or_headline"] = float(all(row.get("pos.frame") or row.get("pos.headline") for row in per))
    return f


def candidates(doc: Doc) -> list[tuple[PersonRecord, list[str]]]:
    """The names the rules' filters dropped (headline, place word, the language model's veto, the
    text's frame) and the language model's one-word names, which the rules never take alone
    (`persons._record_dropped`), that no person holds: one unsaved record per name form (its
    dropped mentions and the form's other occurrences no person holds, none overlapping), with
    why it was dropped. In order of first appearance."""
    taken = SpanSet(span for span, _ in doc.person_spans)
    groups: dict[str, tuple[list, set]] = {}
    for s, e, why in sorted(doc.__dict__.get("_dropped_names", ())):
        form = " ".join(doc.text[s:e].split())
        if taken.overlaps((s, e)) or not _WORD.search(form):
            continue
        spans, whys = groups.setdefault(form, ([], set()))
        if not any(a < e and s < b for a, b in spans):
            spans.append((s, e))
        whys.add(why)
    for form, (spans, _whys) in groups.items():  # and the form's other occurrences no person holds
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc.text):
            s, e = match.span()
            if not taken.overlaps((s, e)) and not any(a < e and s < b for a, b in spans):
                spans.append((s, e))
        spans.sort()
    return [(PersonRecord(id=f"candidate{n}", names=[form], mentions=spans, roles={"other"}), sorted(whys))
            for n, (form, (spans, whys)) in enumerate(groups.items())]


def candidate_features(doc: Doc, person: PersonRecord, why: list[str]) -> dict[str, float]:
    """`person_features` of a dropped name, with why the rules dropped it."""
    f = person_features(doc, person)
    f["how.restored"] = 1.0
    for reason in why:
        f[f"how.dropped={reason}"] = 1.0
    return f


def restored(records: list[tuple[PersonRecord, list[str]]], rated, taken: list[tuple[int, int]],
             threshold: float) -> list[int]:
    """Indexes of the candidates to make persons: P(restore) (column 2 of `rated`) ≥ threshold,
    most probable first, none overlapping a kept person's mention (`taken`) or a restored one."""
    chosen: list[int] = []
    spans = SpanSet(sorted(taken))
    for i in sorted(range(len(records)), key=lambda i: -float(rated[i][2])):
        if float(rated[i][2]) < threshold:
            break
        mentions = records[i][0].mentions
        if any(spans.overlaps(m) for m in mentions):
            continue
        chosen.append(i)
        for m in mentions:
            spans.add(m)
    return chosen


def sure(doc: Doc, person: PersonRecord) -> list[str]:
    """Why the rules are sure of this person, if they are: "narrator" (self-introduced or named
    in the heading), "kin" (a kinship tie: an unnamed relative, a relation to another person, or a
    given name in apposition to a plural kin noun, `persons.named_as_children`), "field" (named in a
    form's name or party field: "Name: X", « Nom : X », «ФИО: X», "Appellant: Mr X"), "statement" (named as
    a statement's maker: "Witness statement of X", « Témoignage de X », `persons.named_as_a_statements_maker`),
    "subject" (the one a text is about, introduced with a role noun it then calls them by: "client X …
    Client states", `persons.named_as_the_subject`), "addressee" (named in a letter's greeting: "Dear X,",
    «Дорогой X!», `persons.named_as_addressee`), "titled" (named after a title of address or rank: "a
    lawyer, Adv. X", "Tenant: Mrs X", `persons.named_with_a_title`), "staff" (named in a form's staff field:
    "Checked by: X", «Принял: X», `persons.named_as_staff`), "sender" (a time-stamped chat message's sender,
    `persons.named_as_a_chat_sender`)."""
    reasons = []
    if person.narrator:
        reasons.append("narrator")
    from guwah.extract import persons

    if person.kin_of is not None or person.relations or any(r.person == person.id for p in doc.persons
                                                            for r in p.relations) \
            or person.id in persons.named_as_children(doc):
        reasons.append("kin")

    reasons.extend(reason for reason, named in (
        ("field", persons.named_in_a_field), ("statement", persons.named_as_a_statements_maker),
        ("subject", persons.named_as_the_subject), ("addressee", persons.named_as_addressee),
        ("titled", persons.named_with_a_title), ("staff", persons.named_as_staff),
        ("sender", persons.named_as_a_chat_sender)) if person.id in named(doc))
    return reasons


def strong(doc: Doc, person: PersonRecord, kept: tuple[str, ...] = STRONG) -> bool:
    """The rules are sure of this person for one of the reasons in `kept` (see `sure`, `kept_by`)."""
    return kept_by(sure(doc, person), kept)


# The reasons of `sure` that keep a person at every setting: a form's name field naming them (a form names
# the person it is about, h-x26p), a statement's title naming its maker (h-x28p), the text being about them,
# called by a role noun, or a letter written to them (h-x30p), a title before their name (h-persons42).
# And a form's staff field naming them (h-persons44: "Checked by: X", «Принял: X»), who are never victims (`standing`).
# And the sender of a time-stamped chat message (the lead, 0.41.0: once a speaker label stopped taking "he" and
# "she", a sender told nothing of was dropped).
KEPT = frozenset({"field", "statement", "subject", "addressee", "titled", "staff", "sender"})


def kept_by(reasons, kept: tuple[str, ...] = STRONG) -> bool:
    """Whether the rules' reasons (`sure`) keep a person whatever the model says: one of `kept`, or
    one of `KEPT`."""
    reasons = set(reasons)
    return bool(reasons & set(kept)) or bool(reasons & KEPT)


@dataclass(frozen=True)
class Standing:
    """What the rules say of one person that the model's decisions read (`decide`).

    Attributes:
        sure: why the rules are sure of the person (`sure`).
        sure_victim: the rules hold the person a victim whatever the model says (`roles`).
        victim: the rules gave the victim role.
        official: the rules titled the person an official.
        questioned: the person's only custody is questioning that held no one (`roles.questioned_only`).
    """

    sure: tuple[str, ...] = ()
    sure_victim: bool = False
    victim: bool = False
    official: bool = False
    questioned: bool = False


def standing(doc: Doc, person: PersonRecord) -> Standing:
    """The rules' `Standing` of one person of the document: one a form's staff field names (who handled the
    form: "staff", `sure`) stands as an official does, never a victim."""
    reasons = tuple(sure(doc, person))
    return Standing(reasons, person.sure_victim, "victim" in person.roles,
                    "official" in person.roles or "staff" in reasons, questioned_only(doc, person))


def decide(standings: list[Standing], rated, model: Model) -> list[bool | None]:
    """The model's decision on each person the rules made, in order: None when the person is
    dropped (P(person of the text), column 0 of `rated`, under the person threshold, unless the
    rules are sure of them, `kept_by`, or hold them a victim whatever the model says), else whether
    the person is a victim (`decide_victim` of column 1). The one rule that `apply` uses on a
    document and bench/train_persons.py on the rules' output it scores."""
    verdicts: list[bool | None] = []
    for person, row in zip(standings, rated, strict=True):
        if row[0] < model.person_threshold and not kept_by(person.sure, model.strong) and not person.sure_victim:
            verdicts.append(None)
            continue
        verdicts.append(person.sure_victim or decide_victim(person.victim, float(row[1]), model,
                                                            person.official or person.questioned))
    return verdicts


def apply(doc: Doc, model: Model | None = None, min_chars: int = MIN_CHARS) -> None:
    """Drop the persons the model does not take for persons of the text (with their events) and
    decide the victim role of the others, in place. Nothing happens without a model, for a
    language it was not trained on, or for a text shorter than `min_chars` characters."""
    model = model or classifier()
    if not applies(doc, model, min_chars):
        return
    people = list(doc.persons)
    found = candidates(doc) if model.restore_threshold <= 1 else []
    rated = model.probabilities([person_features(doc, p) for p in people])
    verdicts = decide([standing(doc, p) for p in people], rated, model)
    dropped = {p.id for p, verdict in zip(people, verdicts, strict=True) if verdict is None}
    if dropped:
        doc.persons = [p for p in doc.persons if p.id not in dropped]
        doc.person_spans = [(span, pid) for span, pid in doc.person_spans if pid not in dropped]
        doc.events = [e for e in doc.events if e.person not in dropped]
        for person in doc.persons:
            person.relations = [r for r in person.relations if r.person not in dropped]
    for person, victim in zip(people, verdicts, strict=True):
        if victim is None:
            continue
        if victim:
            person.roles.add("victim")
            person.roles.discard("other")
        else:
            person.roles.discard("victim")
            if not person.roles:
                person.roles.add("other")
    restore_travels(doc)
    if found:
        rated_found = model.probabilities([candidate_features(doc, p, why) for p, why in found])
        for i in restored(found, rated_found, [span for span, _ in doc.person_spans], model.restore_threshold):
            record = found[i][0]
            victim = decide_victim(False, float(rated_found[i][1]), model)
            person = doc.new_person(names=list(record.names), mentions=sorted(record.mentions),
                                    roles={"victim" if victim else "other"})
            for span in person.mentions:
                doc.add_person_span(span, person.id)


def applies(doc: Doc, model: Model | None = None, min_chars: int = MIN_CHARS) -> bool:
    """Whether `apply` reads the document: a model (the shipped one when None), a language it was
    trained on, some persons, and a text of at least `min_chars` characters."""
    model = model or classifier()
    return model is not None and doc.language in LANGUAGES and bool(doc.persons) and len(doc.text) >= min_chars


def decide_victim(by_rules: bool, probability: float, model: Model, official: bool = False) -> bool:
    """The victim role from the rules' verdict and the model's probability, by the model's mode.
    A person the rules titled an official (`persons._titled_at`: "the village chief, X") is none:
    of the 74 officials in the gold of the annotated sets under bench/data, none is a victim."""
    if official:
        return False
    by_model = probability >= model.victim_threshold
    return {"model": by_model, "remove": by_rules and by_model, "add": by_rules or by_model,
            "rules": by_rules}[model.victim_mode]


def write(model: Model, path: Path | str) -> int:
    """Write the model folder (meta.json, weights.npz); returns its size in bytes."""
    meta = {**model.meta, "features": list(model.features), "person_threshold": model.person_threshold,
            "victim_threshold": model.victim_threshold, "victim_mode": model.victim_mode,
            "strong": list(model.strong), "restore_threshold": model.restore_threshold,
            "features_version": FEATURES_VERSION}
    return write_linear(path, meta, model.coef, model.intercept)


def read(path: Path | str) -> Model:
    """Load a model folder written by `write` (by `bench/train_persons.py`), without pickle.

    Raises:
        InputError: when the folder is not such a model or was made for other features.
    """
    meta, features, coef, intercept, settings = read_linear_model(
        path, "a person and victim model", FEATURES_VERSION,
        lambda meta: (float(meta["person_threshold"]), float(meta["victim_threshold"]), meta["victim_mode"],
                      tuple(meta["strong"]), float(meta["restore_threshold"])),
        lambda features, coef, intercept, settings: coef.shape == (3, len(features)) and intercept.shape == (3,)
        and settings[2] in VICTIM_MODES and not set(settings[3]) - set(STRONG))
    *settings, restore_threshold = settings
    return Model(features, coef, intercept, *settings, meta, restore_threshold)


_MODEL: ShippedModel[Model] = ShippedModel(MODEL_DIR, read, "persons and victims by rules only")
classifier = _MODEL.current  # the model the extractor uses (shipped.ShippedModel)
using = _MODEL.using  # another model, or none, inside a block
