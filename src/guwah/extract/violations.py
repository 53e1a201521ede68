"""Code violations (violations.yaml) and attribute each to the person it happened to.

A way of saying an act (an entry of src/guwah/vocab/acts/<language>.yaml: a regular expression,
or a spaCy token or dependency pattern) or the trained act classifier (`guwah.extract.acts`)
proposes a code; it is kept only when the one scope test of both (`refusal`) passes and
- no negation precedes it in its clause ("I was never beaten", "not subjected to") or follows it
  where the word order puts it there (Russian), unless the negation is the violation itself
  ("without a warrant", "couldn't get medical treatment");
- no hedge precedes it ("they might", "reportedly", "I know the prisoners are …"), and no threat
  ("warned her that … would", "threatened to"); no denial of the sentence precedes it ("denied
  that", "contrary to reports", "no evidence that"), and for a custody code no later clause denies
  the custody ("but was never detained");
- the sentence is not background about the region or the camp system ("rights groups report
  … across the region");
- `subjects.attribute` finds the person: "we" counts for the speaker only once the text has
  placed the speaker in detention; `_in_scope` then removes whom the act cannot be about (the
  speaker as witness or hearer, the source or teller of the report, the possessor of the person it
  happened to), and a person the same sentence denies the act of ("Nobody … me, but …") keeps it not;
- the trained attribution model (`attribution.decide`) may then give an act the rules gave nobody
  to the person it rates highest, as its shipped mode says.
Each code is recorded once per person, with the sentence that supports it as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from guwah.extract import acts, attribution
from guwah.extract.alternation import Alternation, prepared
from guwah.extract.document import Doc, SpanMatch, Violation
from guwah.extract.frames import read_frames
from guwah.extract.lexicon import (
    BACKGROUND,
    BODY_PARTS,
    CLAUSE_BREAK,
    CUSTODY_VERBS,
    DENIAL,
    KIN,
    NEGATION,
    NEGATION_WORDS,
    OFFICIAL_TITLES_EN,
    PEOPLE_NOUNS,
    PRONOUN_GENDER,
    REPORTING,
    SAYING_THAT,
    SUBJECT_DEPS,
    THING_TAKING_VERBS,
    THREAT,
    ZH_HEDGE,
    hearing_forms,
    negated,
    negated_after,
    negated_list,
    saying_forms,
    told_participles,
    unconfirmed_after,
    unreal_after,
)
from guwah.extract.persons import gender as _gender  # the one gender rule
from guwah.extract.roles import natural_death
from guwah.extract.subjects import (
    DETAINED_GROUP,
    asked,
    attribute,
    bystander,
    hedged,
    held_before,
    references,
    teller,
    tells_of_one_unnamed,
    told_in_a_record,
    told_of_a_thing,
)
from guwah.extract.subjects import names_a_crowd as _names_a_crowd
from guwah.extract.subjects import names_a_group as _names_a_group
from guwah.vocab import act_patterns, conditions


@dataclass(frozen=True)
class Trigger:
    """One way of saying an act (an entry of src/guwah/vocab/acts/<language>.yaml)."""

    code: str
    pattern: re.Pattern | None  # a regular expression, or None for a token pattern
    negative_form: bool = False  # the negation is part of the violation
    requires: re.Pattern | None = None  # the sentence must also match this
    object_first: bool = False  # the person follows the trigger ("a cellmate named X")
    subject_first: bool = False  # the subject, never the object ("made to … denouncing me")
    language: str | None = None
    tokens: tuple | None = None  # a spaCy Matcher pattern (lemmas, parts of speech)
    dependency: tuple | None = None  # a spaCy DependencyMatcher pattern
    # the same alternation as `pattern`, scanned only from where its alternatives' first words occur
    alternation: Alternation | None = field(default=None, compare=False, repr=False)
    # what found it, one name per alternative of `pattern` in its order: an entry of the act files
    # ("acts/en.yaml entry 12", `vocab.act_patterns`), or "acts model" for the trained classifier
    rules: tuple[str, ...] = field(default=(), compare=False, repr=False)


def rule_of(trigger: Trigger, text: str, start: int, end: int) -> str | None:
    """The entry or model that made the trigger's match text[start:end] (`Trigger.rules`): of a kind's
    joined entries, the first whose own expression matches there and as far — the alternative the
    joined expression takes. None for a trigger that names none."""
    if len(trigger.rules) < 2:
        return trigger.rules[0] if trigger.rules else None
    first = None
    for rule, part in zip(trigger.rules, trigger.alternation.parts, strict=True):
        found = part.match(text, start)
        if found and found.end() == end:
            return rule
        first = first or (rule if found else None)
    return first


def _trigger(entry: dict) -> Trigger:
    return Trigger(entry["code"], re.compile(entry["pattern"], re.I) if entry["pattern"] else None,
                   entry["negative_form"], re.compile(entry["requires"], re.I) if entry["requires"] else None,
                   entry["object_first"], entry["subject_first"], entry["language"], entry["tokens"],
                   entry["dependency"], rules=(entry["rule"],) if entry.get("rule") else ())


# Every way of saying an act is data, one file per language (src/guwah/vocab/acts/), so that a
# volunteer can add one without writing Python: a regular expression, or a spaCy token or
# dependency pattern over lemmas and the parse.
def _regex_triggers(entries) -> list[Trigger]:
    """One trigger per kind of entry (code and options), its patterns joined into one alternation:
    each text is scanned once per kind instead of once per entry (the patterns in the data files
    are several hundred), and only from where an entry's first words occur
    (`guwah.extract.alternation`: the same matches, a tenth of the time)."""
    kinds: dict[tuple, list[tuple[str, str | None]]] = {}
    for entry in entries:
        if entry["pattern"]:
            language = entry["language"] if entry["language"] in OWN_LANGUAGE_ONLY else None
            key = (entry["code"], entry["negative_form"], entry["requires"], entry["object_first"],
                   entry["subject_first"], language)
            kinds.setdefault(key, []).append((entry["pattern"], entry.get("rule")))
    triggers = []
    for (code, negative, requires, object_first, subject_first, language), named in kinds.items():
        patterns = [pattern for pattern, _rule in named]
        alternation = Alternation(patterns)
        trigger = _trigger({"code": code, "pattern": None, "negative_form": negative, "requires": requires,
                            "object_first": object_first, "subject_first": subject_first, "language": language,
                            "tokens": None, "dependency": None})
        rules = tuple(rule or "" for _pattern, rule in named) if all(rule for _pattern, rule in named) else ()
        triggers.append(replace(trigger, pattern=alternation.pattern, alternation=alternation, rules=rules))
    return triggers


# Languages whose regular-expression entries read only a text of their language, and whose texts
# only they read: Kazakh shares Cyrillic words with Russian («лагерь»), Uyghur Latin letters with
# English, and their entries end at a verb's stem, for its negation suffix (`lexicon.negated_after`);
# Chinese entries are words without boundaries (h-codes43). The English, French and Russian entries
# read every other text, as they always have.
OWN_LANGUAGE_ONLY = frozenset({"kk", "ug", "zh"})
TRIGGERS = _regex_triggers(act_patterns())
TOKEN_TRIGGERS = [_trigger(entry) for entry in act_patterns() if not entry["pattern"]]
_ZH_HEDGE = re.compile(ZH_HEDGE)
# 听说 with its hearer before it (我们听说, 家人后来听说) reports what was heard, as "we heard that he was
# sentenced" does in English (`lexicon.HEDGE` spares "heard that", "heard he"): the act stands, its person
# is the clause's, and an uncertainty after it still hedges it (`lexicon.unreal_after`). 听说 alone, 据说,
# 听…说 stay hedges (issue 11, h-custody68).
_ZH_HEARER_BEFORE = re.compile(r"(?:我|我们|咱们|家人|家里人|家属|亲戚|邻居|母亲|父亲|妈妈|爸爸|妻子|丈夫|哥哥|姐姐|弟弟|妹妹)"
                               r"(?:后来|当时|最近|也|才|已经|终于|都)*$")


_ZH_CLAUSE_BREAK = re.compile(r"[，,；;：:]")  # what is heard is the clause right after 听说, not the next one


def _zh_hedged(text: str, start: int, end: int) -> bool:
    """Whether a Chinese hedge (`lexicon.ZH_HEDGE`) stands in [start, end) before an act, a 听说 after its
    hearer excepted for the act in the clause right after it."""
    return any(not (m.group() == "听说" and _ZH_HEARER_BEFORE.search(text, max(start, m.start() - 8), m.start())
                    and not _ZH_CLAUSE_BREAK.search(text, m.end(), end))
               for m in _ZH_HEDGE.finditer(text, start, end))


_BACKGROUND = re.compile(BACKGROUND, re.I)
# Codes that may state a rule of the camp the speaker was held in ("speaking Kazakh was forbidden").
_CAMP_RULE_CODES = {
    "culture.language_ban", "culture.religious_ban", "indoctrination.political", "detention.overcrowding",
    "ill_treatment.denied_hygiene", "ill_treatment.food_deprivation", "surveillance.checkpoint",
}
# Acts only someone held suffers (what a camp or a cell does to the ones in it): told of "we"/"us"
# («нас», « nous ») they say the speaker is among the detainees, whatever the text told before
# ("thirty of us slept in a cell for eight", "a guard made us take the pills"; the golds'
# convention: collective conditions told by a detainee are that detainee's), and the speaker is held
# from there on (a camp's rules told of "we" after them are the speaker's too). Not what a school or
# a village also imposes (songs, a language banned, no shower: "we" there may be the pupils or the
# staff), nor what a family tells of someone gone (incommunicado, disappearance).
_SUFFERED_BY_THE_HELD = frozenset({
    "detention.overcrowding", "detention.shackling", "torture.beating", "torture.tiger_chair",
    "torture.stress_position", "torture.electric_shock", "torture.nail_torture", "torture.sleep_deprivation",
    "torture.exposure", "medical.forced_medication",
})
# Acts done to each of "we" wherever "we" are (blood and faces taken, phones searched, checkpoints):
# told of "we", they are the speaker's as well, but put no one in custody.
# Conditions of a place of custody, told of the place or of everyone in it ("forty of us in a cell
# meant for ten", "one wash a month", "we had to sing the anthem"): with no one
# named for them, they are the one person the text has just put in custody (`find_violations`).
_CONDITIONS_OF_CUSTODY = frozenset({
    "detention.overcrowding", "ill_treatment.denied_hygiene", "ill_treatment.food_deprivation",
    "indoctrination.political", "culture.language_ban", "culture.religious_ban",
})
# Places of custody told in general, not the one a person was taken to ("in such camps", "in the
# camps", « dans ces camps », «в таких лагерях»): their conditions are background.
_PLACES_IN_GENERAL = re.compile(
    r"\b(?:such|these|those|all|many|most|ces|tels|telles|tous les|таких|этих|всех|многих)\s+(?:\w+\s+)?"
    r"(?:camps?|prisons?|centres?|centers?|facilities|лагер\w*|тюрьм\w*|центр\w*)"
    r"|\bin (?:the )?camps\b|\bdans les camps\b|(?<![\w-])в лагерях\b", re.I)
# Codes that put or keep their person in a place of custody.
_HOLDING_CODES = _SUFFERED_BY_THE_HELD | {
    "detention.arbitrary_arrest", "detention.pretrial", "detention.internment_camp", "detention.prison_sentence",
    "detention.solitary_confinement", "detention.overcrowding", "torture.electric_shock",
}
_SUFFERED_BY_EACH = frozenset({"medical.biometric_collection", "surveillance.checkpoint", "surveillance.digital"})
# A denial of the sentence before the act (`lexicon.DENIAL`: "not subjected to", "denied that",
# "contrary to reports", "no evidence that" …).
_SENTENCE_DENIAL = re.compile(DENIAL, re.I)
# A question does not state what it asks about ("Were you given electric shocks?"): the sentence
# ends in a question mark after the act's words.
_CLAUSE_BREAK = re.compile(CLAUSE_BREAK)
_REPRISAL = re.compile(r"\bbecause of my (?:activism|testimony|speaking out|work)\b|\bhas its consequences\b|\bcondemned my actions\b|\bpersecuted my family\b", re.I)
# A relative punished for someone's testimony, activism or life abroad: the cue ("because I spoke
# to journalists", "à cause de moi") and the harm ("detained", "threatened", "summoned") in one sentence.
# h-codes58: the cause told by its grammar, whoever did the speaking (a name, a thing of theirs) and however
# long before ("days after"): a conjunction of time or cause ("after", « après que »; not "when" with any
# talk, which may frame how a thing was learnt) with a verb of speaking out or of life abroad, or a
# possessive with a noun of one (after my talk, « après notre appel », «после моих статей»); or the one
# abroad as what the relative is pressed about or pressed to bring back (« faire revenir » someone).
_SPEAKING_OUT = (r"(?:spoke|spoken|speaking|talked|talking|testified|testifying|(?:posted|posting)\s+(?:online|on|about|a|an|the|"
                 r"videos?|photo\w*|pictures?)|wrote|written|published|protested|campaigned|appeared\s+(?:on|in\s+(?:the\s+)?"
                 r"(?:media|press|news|videos?|films?|documentar\w+))|gave (?:an? |\w+ )?(?:interviews?|speech(?:es)?|talks?)|went public|"
                 r"sent (?:\w+ )?money|moved abroad|left (?:China|the country))")
_SPEAKING_NOUNS = (r"(?:speech(?:es)?|interviews?|testimony|posts?|articles?|(?:video |phone )?calls?|videos?|photographs?|"
                   r"departure|transfers?|activism|activities|appearances?|letters?|messages?)")
_REPRISAL_CAUSE_WORDS = (
    # after or since (or because), up to four words of subject (a name, "my brother", "her video"), the verb
    rf"\b(?:after|since|because|once)\s+(?!(?:the\s+)?(?:police|officers?|officials?|they)\b)(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:had\s+|has\s+|have\s+)?(?:first\s+|again\s+|publicly\s+|began\s+|started\s+|kept\s+)?{_SPEAKING_OUT}\b"
    # (a possessive of the one who tells it, or "that": "over his posts" may be his own, no reprisal)
    rf"|\b(?:after|since|because of|over|following|about)\s+(?:my|our|this|that|these|those)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_SPEAKING_NOUNS}\b(?!\s+(?:to|with)\s+(?:the\s+)?(?:police|officers?))|\b(?:because of|about) (?:me|us)\b"
    rf"|\bbecause\s+(?:I|we|(?:my|his|her|their|our)\s+[\w-]+)\s+(?:live|lives|lived|am|is|are|was|were)\s+(?:abroad|in\s+[A-Z])"
    # pressed to bring back or silence the one abroad: to persuade, make or ask someone to return or stop
    r"|\b(?:asking|ask|asked|to persuade|persuade|to convince|to make|to get|to call|to ring|to tell)\s+"
    r"(?:(?:my|his|her|their|our|your)\s+(?:[\w-]+\s+)?(?:son|daughter|brother|sister|husband|wife|children|child|nephew|niece|"
    r"cousin|father|mother)|him|her|them|me|us)\s+(?:to\s+)?(?:come (?:home|back)|return|stop|go back|keep quiet)\b"
    # French: « après que » with a verb of testifying or speaking, « au lendemain d' » or « après » with a noun
    # of one, questions « sur » someone's « activités », « faire revenir » someone, « demander à » kin « de rentrer »
    r"|\b(?:après|depuis|parce)\s+qu['’e]\s*(?:[\w’'-]+\s+){0,5}?(?:a|ont|avait|avaient|ai|avons|est|sont)\s+(?:\w+\s+)?"
    r"(?:témoigné|parlé|publié|écrit|manifesté|quitté)\b"
    r"|\b(?:après|au lendemain d['’]|suite à|à cause d['’e]|en raison d['’e])\s*(?:un|une|son|sa|ses|mon|ma|mes|notre|nos|"
    r"leur|leurs|ce|cet|cette|ces)\s+(?:[\w-]+\s+){0,2}?(?:témoignage|interview|entretien|appels?|déclarations?|activités|"
    r"publications?|articles?|départ|vidéos?|interventions?)\b"
    # (with whose they are, and whom to bring back: that one is pressed, not harmed)
    r"|\b(?:sur|au sujet d[eu]s?|à propos d[eu]s?)\s+(?:les\s+|des\s+)?(?:nos|mes|ses|leurs|[«\"]\s*)\s*(?:«\s*)?activités\b"
    r"(?:\s*[»\"])?(?:\s+d[eu]\s+(?:sa|son|ses|leur|leurs)\s+[\w-]+(?:,?\s+[A-Z][\w-]+){0,3})?"
    r"|\bfaire revenir(?:\s+(?:sa|son|ses|leur|leurs)\s+[\w-]+(?:,?\s+[A-Z][\w-]+){0,3})?|\bdemander à (?:son|sa|ses|leur|leurs) \w+ de (?:rentrer|revenir|cesser|se taire|arrêter)\b"
    # Russian: «после» with a possessive and a noun of speaking or leaving, «из-за меня», «уговорить … вернуться»
    r"|(?<!\w)после\s+(?:моих|моего|моей|наших|нашего|её|ее|его|их)\s+(?:\w+\s+)?(?:выступлени\w*|интервью|выезда|отъезда|"
    r"звонк\w*|переводов|публикаци\w*|постов|статей|статьи|видео)"
    r"|(?<!\w)из-за\s+(?:меня|нас|моих|моего|моей|наших|нашего)(?!\w)"
    r"|(?<!\w)уговори\w*\s+(?:\w+\s+){0,2}?вернуться(?!\w)"
    r"|(?<!\w)(?:спрашивали|расспрашивали|интересовались),?\s+(?:зачем|почему|где|с кем)\s+(?:я|мы)(?!\w)"
)
_REPRISAL_CUE = re.compile(
    r"\b(?:because|after|since)\s+(?:I|he|she|we|they)\s+(?:had\s+)?(?:first\s+)?(?:spoke|talked|testified|"
    r"went public|gave (?:an? |\w+ )?interviews?|spoke out)\b"
    # "when" and any talk may be how a thing was learnt (a call with one's mother): "when" with speaking out
    # only, or with speaking to the press or in public
    r"|\bwhen\s+(?:I|he|she|we|they)\s+(?:had\s+)?(?:first\s+)?(?:testified|went public|gave (?:an? |\w+ )?interviews?|spoke out"
    r"|(?:spoke|talked)\s+(?:publicly\s+)?(?:to|with|at|before|on|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:journalists?|press|media|"
    r"reporters?|newspapers?|radio|television|TV|rall(?:y|ies)|meetings?|hearings?|conferences?|parliament|protests?|demonstrations?))\b"
    r"|\bbecause of (?:me|my (?:activism|testimony|interviews?|"
    r"speaking out|work|life abroad))\b|\bin retaliation\b|\bà cause de (?:moi|mon (?:témoignage|activisme))\b|"
    r"\bparce que j['’]ai (?:témoigné|parlé)\b|\bпосле того,? как (?:я|он|она) (?:дал\w*|рассказал\w*|выступил\w*)\b|"
    r"\bиз-за (?:меня|моих интервью|моего выступления)\b|" + _REPRISAL_CAUSE_WORDS, re.I)
_HARM = re.compile(
    r"\b(?:detained|arrested|threatened|summoned|questioned|interrogated|harassed|punished|fired|dismissed|"
    r"taken away|sent to a camp|convoquée?s?|menacée?s?|arrêtée?s?|interrogée?s?|détenue?s?|"
    r"вызывали|вызвали|угрожали|задержали|арестовали|допрашивали|уволили)\b"
    # h-codes58: held, kept, called in, visited, made or forced to do a thing, deprived of a living
    r"|\b(?:held|kept|visited|visit|took|taken|filmed|warned|called (?:in|to)|(?:was|were) called|made to|forced to|ordered|"
    r"lost (?:his|her|their) (?:job|pension|stall|shop|post|place)|(?:pension|salary|benefits?) (?:was|were) (?:stopped|cut)|"
    r"emmenée?s?|convoqué|ordonné|obligée?s?|forcée?s?|filmée?s?)\b"
    r"|(?<!\w)(?:держали|задержал\w*|вызыва\w*|лишили|забрали|требовали|потребовали|заставили|приходили)(?!\w)", re.I)
_INCLUSIVE = re.compile(r"\b(?:we|us|our|anyone|everyone|everybody|nobody|no one|all of us|nous|on nous|мы|нас|нам|никто|все)\b", re.I)


def _clause_before(text: str, sentence_start: int, start: int) -> str:
    before = text[sentence_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


_matchers: dict[str, tuple] = {}


def _needed_lemmas(trigger: Trigger) -> set[str] | None:
    """Lemmas one of which every match of a token or dependency pattern contains (those its first
    lemma-constrained token allows), or None when the pattern constrains no token's lemma plainly."""
    specs = list(trigger.tokens) if trigger.tokens else [node.get("RIGHT_ATTRS", {}) for node in trigger.dependency]
    for spec in specs:
        lemma = spec.get("LEMMA")
        if spec.get("OP") not in (None, "1"):
            continue  # an optional or negated token proves nothing
        if isinstance(lemma, str):
            return {lemma}
        if isinstance(lemma, dict) and set(lemma) == {"IN"}:
            return set(lemma["IN"])
    return None


def _margin(trigger: Trigger) -> int | None:
    """How many tokens a match can reach either side of any one of its tokens: a token pattern's
    length less one; 0 for a dependency pattern over the tree alone (its tokens are in one tree);
    None when unknown (repeated tokens, order relations)."""
    if trigger.tokens:
        if any(spec.get("OP") not in (None, "!", "1") for spec in trigger.tokens):
            return None
        return len(trigger.tokens) - 1
    tree_relations = {">", "<", ">>", "<<"}
    return 0 if all(node.get("REL_OP", ">") in tree_relations for node in trigger.dependency) else None


def _spans_to_match(lemmas: list[str], heads: list[int], wanted: set[str] | None, margin: int | None) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) outside which no token or dependency pattern can match: around every
    token whose lemma a pattern needs, `margin` tokens either side, widened to whole dependency
    trees (no head relation crosses a range's edge); the whole text when a pattern could match
    anywhere."""
    count = len(lemmas)
    if wanted is None or margin is None:
        return [(0, count)] if count else []
    hits = [i for i, lemma in enumerate(lemmas) if lemma in wanted]
    if not hits:
        return []
    crossing = [0] * (count + 1)  # crossing[c]: head relations over the cut before token c
    for i, head in enumerate(heads):
        if head != i:
            crossing[min(i, head) + 1] += 1
            crossing[max(i, head) + 1] -= 1
    total = 0
    for c in range(count + 1):
        total += crossing[c]
        crossing[c] = total
    ranges: list[list[int]] = []
    for i in hits:
        lo, hi = max(0, i - margin), min(count, i + margin + 1)
        while lo > 0 and crossing[lo]:
            lo -= 1
        while hi < count and crossing[hi]:
            hi += 1
        if ranges and lo <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], hi)
        else:
            ranges.append([lo, hi])
    return [(lo, hi) for lo, hi in ranges]


def _token_matches(doc: Doc) -> list[tuple[Trigger, int, int]]:
    """(trigger, start, end) in characters for every token or dependency pattern of the document's
    language, run by spaCy's Matcher and DependencyMatcher over the model's tokens, lemmas and parse
    (none without a model); only over the dependency trees that hold a lemma a pattern needs."""
    analysis = doc.analysis
    triggers = [t for t in TOKEN_TRIGGERS if t.language == (doc.language or "en")]
    if analysis is None or not analysis.tokens or not triggers:
        return []
    from spacy.matcher import DependencyMatcher, Matcher
    from spacy.tokens import Doc as SpacyDoc
    from spacy.vocab import Vocab

    language = doc.language or "en"
    if language not in _matchers:
        vocab = Vocab()
        matcher, dependency = Matcher(vocab), DependencyMatcher(vocab)
        for number, trigger in enumerate(triggers):
            if trigger.tokens:
                matcher.add(str(number), [list(trigger.tokens)])
            else:
                dependency.add(str(number), [list(trigger.dependency)])
        needed = [_needed_lemmas(trigger) for trigger in triggers]
        wanted = None if None in needed else set().union(*needed)
        margins = [_margin(trigger) for trigger in triggers]
        margin = None if None in margins else max(margins)
        _matchers[language] = (vocab, matcher, dependency, triggers, wanted, margin)
    vocab, matcher, dependency, triggers, wanted, margin = _matchers[language]
    tokens = analysis.tokens
    lemmas = [t.lemma.lower() for t in tokens]
    heads = [t.head if 0 <= t.head < len(tokens) else i for i, t in enumerate(tokens)]
    found = []
    for lo, hi in _spans_to_match(lemmas, heads, wanted, margin):
        part = tokens[lo:hi]
        spacy_doc = SpacyDoc(vocab, words=[t.text for t in part], lemmas=lemmas[lo:hi],
                             pos=[t.pos if t.pos in _UPOS else "X" for t in part],
                             deps=[t.dep or "dep" for t in part], heads=[h - lo for h in heads[lo:hi]])
        for label, start, end in (matcher(spacy_doc) if len(matcher) else []):
            found.append((triggers[int(vocab.strings[label])], part[start].start, part[end - 1].end))
        for label, ids in (dependency(spacy_doc) if len(dependency) else []):
            found.append((triggers[int(vocab.strings[label])], min(part[i].start for i in ids),
                          max(part[i].end for i in ids)))
    return found


_UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
         "SCONJ", "SYM", "VERB", "X", "SPACE"}


@cache
def _frame_trigger(code: str, negative_form: bool, language: str | None, rule: str) -> Trigger:
    """The trigger of a frame (`guwah.extract.frames`): no pattern of its own, like the classifier's, so
    that what holds for the classifier's proposals holds for it (held apart is said only of someone whose
    custody the text told, `find_violations`); the one held apart is named after its words first."""
    return Trigger(code, None, negative_form=negative_form, object_first=code in _TOLD_FROM_THE_FAMILY,
                   language=language, rules=(rule,))


def _trigger_hits(doc: Doc, refused: set[tuple[int, str]] | None = None,
                  refused_matches: list | None = None) -> list[tuple[Trigger, int, SpanMatch | re.Match]]:
    """(trigger, sentence index, match) for every trigger match that survives the filters; the
    (sentence index, code) of every match refused as negated or hedged go into `refused`, and the
    (trigger, sentence index, match) into `refused_matches`.

    Each trigger scans the whole text once (far faster than once per sentence); a match that
    runs over a sentence end is looked for again inside its sentence.
    """
    text = doc.text
    if not doc.sentences:
        return []
    hits = []

    found: list[tuple[Trigger, int, SpanMatch]] = []
    words = prepared(doc)  # folded once, its words indexed once, for every kind's alternation (and the dates)
    own = doc.language if doc.language in OWN_LANGUAGE_ONLY else None
    for trigger in TRIGGERS:
        if trigger.language != own:
            continue
        for match in trigger.alternation.finditer(words):
            index = doc.sentence_index(match.start())
            sentence = doc.sentences[index]
            if match.start() >= sentence.start and match.end() <= sentence.end:
                found.append((trigger, index, match))
            elif sentence.start <= match.start() < sentence.end:
                found += [(trigger, index, m) for m in trigger.pattern.finditer(text, sentence.start, sentence.end)]
    for trigger, start, end in _token_matches(doc):
        found.append((trigger, doc.sentence_index(start), SpanMatch(start, end, text[start:end])))
    for frame in read_frames(doc):
        trigger = _frame_trigger(frame.code, frame.negative_form, own, frame.rule)
        found.append((trigger, doc.sentence_index(frame.start), SpanMatch(frame.start, frame.end, text[frame.start:frame.end])))
    for trigger, index, match in found:
        sentence = doc.sentences[index]
        if trigger.requires and not trigger.requires.search(text, sentence.start, sentence.end):
            continue
        reason = refusal(doc, index, match.start(), match.end(), trigger.negative_form, trigger.code)
        if reason == "background":
            continue  # a sentence about the region or the camp system: no act of anyone, nothing refused
        if reason is None:
            hits.append((trigger, index, match))
        else:
            if refused is not None:
                refused.add((index, trigger.code))
            if refused_matches is not None:
                refused_matches.append((trigger, index, match))
    return hits


def refusal(doc: Doc, index: int, start: int, end: int, negative_form: bool = False,
            code: str | None = None) -> str | None:
    """Why the words at [start, end) of sentence `index` state no act, or None when they state one.
    The one scope test of the rules' matches, the trained classifier's proposals and the acts that
    follow from events (`_implied`), in this order:
    - "background": the sentence is about the region or the camp system (`lexicon.BACKGROUND`);
    - "denied": a denial of the sentence before the words (`lexicon.DENIAL`: "not subjected to",
      "denied that", "contrary to reports", "no evidence that", « a démenti », «вопреки слухам»),
      or, for a custody `code` (detention.*), a clause after them that denies the custody ("was
      summoned for questioning but was never detained", « mais n'a jamais été détenue »);
    - "question": the sentence asks about the act ("Were you given electric shocks?", a Russian «ли»,
      a Chinese 吗), unless the answer after it says yes ("A: Yes, twice."; `subjects.asked`);
    - "negated": a negation governs the words in their clause, before them or (Russian word order)
      right after them (`lexicon.negated`), unless the negation is the act (`negative_form`:
      "without a warrant");
    - "threat": the act is threatened, not done ("threatened to take me", `lexicon.THREAT`);
    - "hedged": a hedge word that governs their clause or a verb of guessing or hearsay whose clause
      holds them, by the parse (`subjects.hedged`: "I heard", "probably", "speculated that"),
      or what is told said to be unconfirmed after them, in its sentence or a short one right after
      (`lexicon.unconfirmed_after`: "…, but I cannot confirm it", "I could not verify this.", the one
      test the events use);
    - "thing": for a code told by a verb of striking (`_STRUCK_CODES`), every object the parse gives
      the verb is a thing ("a guard kicked the bunk"; English and French); for a code of being taken
      or put somewhere (`_TAKEN_CODES`), every object and passive subject is a thing ("the passport
      was removed from him at the border"; `subjects.told_of_a_thing`);
    - "abroad": a court's sentence told abroad (`_sentenced_abroad`: a place outside China, none
      inside, no teller before it), a lawful sentence there, not one of the authorities in China;
    - "work": for a code of being taken or put somewhere, the place is where someone works ("was
      posted to teach Mandarin in the camp"; `_working_there`);
    - "kept": the words are a verb of having or keeping told by the one whose thing it is ("she
      still keeps his own passport"; `_keeps_her_own`)."""
    text = doc.text
    sentence = doc.sentences[index]
    if _BACKGROUND.search(text, sentence.start, sentence.end):
        return "background"
    denial = _SENTENCE_DENIAL.search(text, sentence.start, sentence.end)
    if denial and denial.start() < start:
        return "denied"
    if code and code.startswith("detention.") and _CUSTODY_DENIED_AFTER.search(text, end, sentence.end):
        return "denied"
    if asked(doc, index, start, end):
        return "question"
    clause = _clause_before(text, sentence.start, start)
    if not negative_form and ((negated(clause, doc.language) and not _negation_of_another_predicate(doc, start - len(clause), start, end))
                              or negated_after(text, end, doc.language)):
        return "negated"
    if not negative_form and _thing_of_a_denied_verb(doc, start, end):
        return "negated"  # "his papers were never seized": the negation after the thing's word
    if _THREAT.search(text, sentence.start, start):
        return "threat"
    if hedged(doc, start, end) or unreal_after(text, end, doc.language) \
            or (doc.language == "zh" and _zh_hedged(text, sentence.start, start)) \
            or _said_unconfirmed(text, end, sentence.end):
        return "hedged"
    if code in _STRUCK_CODES and _struck_a_thing(doc, start, end):
        return "thing"
    if code in _TAKEN_CODES and told_of_a_thing(doc, start, end):
        return "thing"
    if code in _COURT_CODES and _sentenced_abroad(doc, index, start):
        return "abroad"
    if code in _TAKEN_CODES and _working_there(doc, start, end):
        return "work"
    if _keeps_her_own(doc, start, end):
        return "kept"
    if code in conditions()["codes"] and _conditional_service(doc, index, start, end):
        return "condition"
    return None


# A service of the state made conditional (vocab/conditions.yaml, issue 11): "the consulate would renew
# her passport only if she came back", « ne serait renouvelé que si … », «продлят паспорт только если …»,
# 只有回国才能换护照. Its clause is the one clause test of the rules (`lexicon.CLAUSE_BREAK`; in Chinese,
# a full stop or a semicolon ends it: 除非…，否则… is one condition).
_ZH_CONDITION_CLAUSE_BREAK = re.compile(r"[；;]")


@cache
def _condition_lists(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    lists = conditions().get(language)
    if not lists:
        return None
    return tuple(re.compile(lists[name], re.I) for name in ("condition", "service", "taking"))  # type: ignore[return-value]


def _conditional_service(doc: Doc, index: int, start: int, end: int) -> bool:
    """Whether the words at [start, end) of sentence `index` tell a document service made conditional, not
    a document taken: their clause holds a verb of service and a word of condition (conditions.yaml), and
    the words themselves no verb of taking ("took his passport and would return it only if …" stays one)."""
    lists = _condition_lists(doc.language or "en")
    if lists is None:
        return False
    condition, service, taking = lists
    text, sentence = doc.text, doc.sentences[index]
    if taking.search(text, start, end):
        return False
    breaks = _ZH_CONDITION_CLAUSE_BREAK if doc.language == "zh" else _CLAUSE_BREAK
    clause_start = sentence.start
    for found in breaks.finditer(text, sentence.start, start):
        clause_start = found.end()
    after = breaks.search(text, end, sentence.end)
    clause_end = after.start() if after else sentence.end
    return bool(service.search(text, clause_start, clause_end) and condition.search(text, clause_start, clause_end))


# What is said of an act after it, that it is unconfirmed: in its own clause ("…, but I cannot confirm
# it"), in a short clause right after it ("…; we could not confirm it"), or in a short sentence after
# the sentence it ends ("I cannot confirm this."); not a remark on a later clause ("…; a cousin says
# he married there, which she cannot confirm").
_CLAUSE_END = re.compile(r"[;:–—]")


def _said_unconfirmed(text: str, end: int, sentence_end: int) -> bool:
    """True when what is told up to `end` is said to be unconfirmed after it (`lexicon.unconfirmed_after`,
    the one test the events use), within its clause, the short clause after it, or the sentence after."""
    stop = _CLAUSE_END.search(text, end, sentence_end)
    if stop is None:
        return unconfirmed_after(text, end, sentence_end)
    if unconfirmed_after(text, end, stop.start()):
        return True
    after = _CLAUSE_END.search(text, stop.end(), sentence_end)
    after_end = after.start() if after else sentence_end
    return after_end - stop.end() <= 60 and unconfirmed_after(text, stop.end(), after_end)


# Words of negation as tokens of the parse (en, fr, ru): what `_negation_of_another_predicate` follows
# to the verb it denies. The one negation list, and "plus" of « ne … plus » (the French word alone is
# "more": only here, where the parse's verb is looked at, is it read as a negation).
_NEGATION_TOKENS = NEGATION_WORDS | {"plus"}
_OWN_OBJECT = frozenset(("obj", "dobj", "iobj", "obl", "xcomp", "ccomp"))


def _negations_before(doc: Doc, clause_start: int, start: int, end: int, verb_pos: tuple[str, ...]):
    """The parse around an act's words at [start, end) in a clause from `clause_start` (characters):
    (tokens, first, act_first, last, verbs, negations) — token indices of the clause's start, the act's
    first token and its end, the act's tokens of `verb_pos`, the negation tokens before the act — or None
    without a parse, a verb or a negation."""
    from bisect import bisect_left

    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return None
    tokens = analysis.tokens
    starts = analysis.token_starts()
    first, act_first, last = bisect_left(starts, clause_start), bisect_left(starts, start), bisect_left(starts, end)
    verbs = [i for i in range(act_first, last) if tokens[i].pos in verb_pos]
    negations = [i for i in range(first, act_first) if tokens[i].text.lower() in _NEGATION_TOKENS]
    if not verbs or not negations:
        return None
    return tokens, first, act_first, last, verbs, negations


def _heads_above(tokens, index: int, steps: int) -> set[int]:
    """Token `index` and the heads it hangs on, up to the root or `steps` heads up (a bounded walk: a
    parse rebuilt from another library may loop)."""
    above, head = {index}, index
    for _step in range(steps):
        if tokens[head].head == head:
            break
        head = tokens[head].head
        above.add(head)
    return above


_THING_DEPS = frozenset(("nsubjpass", "nsubj:pass", "obj", "dobj"))


def _thing_of_a_denied_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether an act's words at [start, end) are a noun that the parse makes the passive subject or the
    object of a verb of taking (`lexicon.THING_TAKING_VERBS`) a negation word denies ("his papers were never seized",
    « ses papiers n'ont jamais été saisis »): the negation comes after the words, where `negated` does
    not look ("his passport was not returned" is no such verb: it tells the act). False without a parse."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return False
    tokens = analysis.tokens
    for token in analysis.tokens_in(start, end):
        if token.pos not in ("NOUN", "PROPN") or token.dep not in _THING_DEPS:
            continue
        verb = token.head
        if tokens[verb].lemma.lower() not in THING_TAKING_VERBS:
            continue
        if any(t.head == verb and t is not tokens[verb] and t.text.lower() in _NEGATION_TOKENS for t in
               analysis.tokens_in(tokens[verb].start - 40, tokens[verb].end)):
            return True
    return False


def _negation_of_another_predicate(doc: Doc, clause_start: int, start: int, end: int) -> bool:
    """Whether every negation the parse finds in the clause before an act's words at [start, end)
    denies another predicate: one the act's verb does not hang on (a clause of its own, "whenever she
    could not sing the anthem she had to kneel for hours"; h-codes45), or one coordinated before
    the act's own verb: "they did not give her
    medicine and made her learn Chinese", «не возвращали ей очки и заставляли учить китайский»
    (the act's verb a conjunct of the denied one, or below one, and the denied one has its own
    object or complement before the act's words). A
    negation of the act's verb, or of one whose conjunct it is with no object of its own ("was
    not beaten and tortured"), still denies it. False without a parse (h-codes43)."""
    found = _negations_before(doc, clause_start, start, end, ("VERB",))
    if found is None:
        return False
    tokens, first, act_first, _last, verbs, negations = found
    act = verbs[0]
    above = _heads_above(tokens, act, 12)  # the act's verb and the verbs it hangs on, up to the sentence's root
    for negation in negations:
        denied = tokens[negation].head
        if denied == act or tokens[denied].pos not in ("VERB", "AUX"):
            return False
        if denied not in above:
            # the denied verb is in a clause of its own that the act's verb does not hang on ("whenever she
            # could not sing the anthem she had to kneel for hours", «quand il ne savait pas …, il
            # devait …»): it denies that clause, not the act (h-codes45)
            continue
        # the act's verb hangs on the denied one through a conjunct ("made" in "did not give … and
        # made her sing", the act's words "sing …" below it)
        below, head, steps = act, tokens[act].head, 0
        while head != denied and tokens[head].head != head and steps < 8:
            below, head, steps = head, tokens[head].head, steps + 1
        if head != denied or tokens[below].dep != "conj":
            return False
        if not any(t.head == denied and t.dep in _OWN_OBJECT for t in tokens[first:act_first]):
            return False
    return True


def _negated_permission(doc: Doc, clause_start: int, start: int, end: int) -> bool:
    """Whether every negation the parse finds in the clause before an act's words at [start, end)
    denies a permission or an ability the act's verb hangs on (`_BANNED_BY_NEGATION`): the negation's
    head is a word of `_PERMISSION_LEMMAS` ("not allowed to fast", « ne peut pas refuser », «не может
    молиться»), or has one as its auxiliary ("cannot pray": the modal and the negation both hang on
    "pray"), or has a word of `_PERMISSION_NOUNS` as its object (« avoir le droit de prier » nié);
    the act's verb is that head or below it (a bounded walk up). False without a parse or a negation."""
    found = _negations_before(doc, clause_start, start, end, ("VERB", "AUX"))
    if found is None:
        return False
    tokens, first, _act_first, last, verbs, negations = found
    above = _heads_above(tokens, verbs[0], 8)
    window = range(first, last + 1 if last < len(tokens) else last)
    for negation in negations:
        denied = tokens[negation].head
        if denied not in above:
            return False
        permission = tokens[denied].lemma.lower() in _PERMISSION_LEMMAS or any(
            tokens[k].head == denied and k != denied and (
                tokens[k].dep == "aux" and tokens[k].lemma.lower() in _PERMISSION_LEMMAS
                or tokens[k].dep in ("obj", "dobj") and tokens[k].lemma.lower() in _PERMISSION_NOUNS)
            for k in window)
        if not permission:
            return False
    return True


def _granted_permission(doc: Doc, clause_start: int, clause_end: int, start: int, end: int) -> bool:
    """Whether an act's words at [start, end) are what a permission grants (a word of `_GRANTING_LEMMAS`
    or `_PERMISSION_NOUNS` they hang on, or they are, by the parse), told in their clause [clause_start,
    clause_end) with no negation or word of absence (`_ABSENCE`, the one negation list: "was not allowed to
    pray", «не разрешали» stay the act) and no rationing (`_RATIONED`: "allowed a shower once a week"
    tells the deprivation): "she was allowed to pray" tells no ban. False without a parse."""
    from bisect import bisect_left

    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return False
    tokens = analysis.tokens
    starts = analysis.token_starts()
    act, first, last = bisect_left(starts, start), bisect_left(starts, clause_start), bisect_left(starts, clause_end)
    if not first <= act < last:
        return False
    granting = _GRANTING_LEMMAS | _PERMISSION_NOUNS
    if not any(first <= k < last and tokens[k].lemma.lower() in granting for k in _heads_above(tokens, act, 3)):
        return False
    return not _ABSENCE.search(doc.text, clause_start, clause_end) and not _RATIONED.search(doc.text, clause_start, clause_end)


# Verbs of having or keeping (lemmas, English and French): told by the one whose thing it is ("she
# still keeps his own passport"), they say the thing was not taken; told by another ("the police kept his
# passport"), they may be the act.
_HOLDING = frozenset("""have hold keep retain possess own carry hide conceal
avoir garder conserver posséder détenir cacher dissimuler""".split())
# Possessive and personal pronouns by the person they stand for (English, French).
_PRONOUN_PERSON = {
    **dict.fromkeys("i me my mine myself je moi mon ma mes".split(), "1s"),
    **dict.fromkeys("we us our ours nous notre nos".split(), "1p"),
    **dict.fromkeys("he him his himself".split(), "3m"),
    **dict.fromkeys("she her hers herself".split(), "3f"),
    **dict.fromkeys("il elle son sa ses".split(), "3s"),
    **dict.fromkeys("they them their theirs ils elles leur leurs".split(), "3p"),
}
_STILL = frozenset("still yet encore toujours".split())
_OWN_PRONOUNS = frozenset("mine hers his ours theirs".split())


def _keeps_her_own(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb of having or keeping at [start, end) is told by the one whose thing it is, by
    the parse: its subject and the possessive of its object, or its object (a pronoun of owning:
    "she had hidden hers"), stand for the same person ("he keeps his own passport", « il garde son passeport »), or
    "still" goes with it ("he still has the passport"); verbs of hiding are such verbs. False for
    "the police kept his passport" and a passive that names its keeper ("the document is still kept
    by the township office", « gardé par la police »), without a parse, and in Russian."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens or (doc.language or "en") not in ("en", "fr"):
        return False
    from bisect import bisect_left

    from guwah.extract.subjects import _children

    tokens = analysis.tokens
    children = _children(analysis)
    starts = analysis.token_starts()
    for i in range(bisect_left(starts, start), bisect_left(starts, end)):
        if tokens[i].pos not in ("VERB", "AUX") or tokens[i].lemma.lower() not in _HOLDING:
            continue
        below = children.get(i, [])
        if any(tokens[c].dep in ("agent", "obl:agent") for c in below):
            continue  # kept by whom the passive names ("kept by the township office"), not by its owner
        subjects = {_PRONOUN_PERSON.get(tokens[c].text.lower()) for c in below if tokens[c].dep in ("nsubj", "nsubj:pass")}
        objects = [c for c in below if tokens[c].dep in ("dobj", "obj")]
        owners = {_PRONOUN_PERSON.get(tokens[g].text.lower()) for c in objects
                  for g in children.get(c, []) if tokens[g].dep in ("poss", "nmod:poss", "det", "det:poss")}
        owners |= {_PRONOUN_PERSON.get(tokens[c].text.lower()) for c in below if tokens[c].text.lower() in _OWN_PRONOUNS
                   and tokens[c].dep not in SUBJECT_DEPS}  # "she had hidden hers"
        persons = {p for p in subjects & owners if p}
        same = persons or ("3s" in owners and subjects & {"3m", "3f", "3s"})
        if same:
            return True
        # "still" says the owner keeps it ("he still has the passport"), unless the subject and the owner are two
        # persons by their pronouns: "they still have his passport" is kept from him (h-v34codes)
        if any(tokens[c].text.lower() in _STILL for c in below) and not (subjects - {None} and owners - {None}):
            return True
    return False


# Verbs of working somewhere: "taught Chinese in the camp", "worked as a cook in the detention
# centre" tell someone posted there, not held there (the rules leave "teach in the camp" out too).
_WORKING = frozenset("""teach work serve lecture translate interpret cook clean employ hire post assign
enseigner travailler servir employer affecter преподавать работать служить""".split())


# Posted to or working at a place, in Chinese (no parse): 被派到, 调到, 应聘, 值班, 执勤, 上班, 任教, 当辅警 …
_ZH_WORKING = re.compile(r"派(?:到|往|去)|调(?:到|往|入)|分配(?:到|在)|应聘|值(?:夜)?班|执勤|上班|任教|教书|"
                         r"当(?:辅警|警察|老师|教师|保安|厨师|翻译)|工作人员")
_ZH_CLAUSE = re.compile(r"[，,。；;！？\n]")


def _working_there(doc: Doc, start: int, end: int) -> bool:
    """Whether a place of custody at [start, end) is, by the parse, where someone works: a
    preposition there ("in", "at") hangs on a verb of working (`_WORKING`); in Chinese, which has no
    parse here, its clause tells a posting or a shift there (`_ZH_WORKING`: 被派到…中心值夜班; h-codes43)."""
    if doc.language == "zh":
        text = doc.text
        clause_start = max((m.end() for m in _ZH_CLAUSE.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
        after = _ZH_CLAUSE.search(text, end)
        return bool(_ZH_WORKING.search(text, clause_start, after.start() if after else len(text)))
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return False
    tokens = analysis.tokens
    return any(token.pos == "ADP" and tokens[token.head].lemma.lower() in _WORKING
               for token in analysis.tokens_in(start, end))


# A court's sentence: an act of the authorities in China only; a sentence passed by a court
# abroad (an informer convicted in Norway, then expelled from Norway) is a lawful one, no violation.
_COURT_CODES = ("detention.prison_sentence",)
# A place abroad named as the pretext of a sentence, not where its court sat: a trip there, a return
# from there, a relative or a call there ("sentenced … for a visit to Istanbul", « pour un séjour en
# Turquie », «за поездку в Алматы»; h-codes43).
_PRETEXT_ABROAD = re.compile(
    r"\b(?:trips?|travel\w*|journey|visit\w*|been|went|gone|going|holiday|studies|studied|study|calls?|called|phoned|"
    r"relatives?|family|contacts?|back|returned|returning|voyages?|séjours?|partie?s?|allée?s?|études|appels?|"
    r"retour|rentrée?s?|revenue?s?|parents|поездк\w*|ездил\w*|съездил\w*|поехал\w*|побывал\w*|учил\w*|учеб\w*|"
    r"звон\w*|родственник\w*|вернул\w*|возвращени\w*)\s+(?:\w+\s+){0,2}?(?:to|in|from|en|au|aux|à|de|d['’]|du|в|во|из)\s+"
    r"(?:the\s+|la\s+|l['’])?$", re.I)
# A place someone lives in, not where the act was done ("a citizen resident in Malmö").
_RESIDENT_IN = re.compile(r"\b(?:lives?|living|lived|resident|resides|residing|based|settled|exiled?|now)\s+"
                          r"(?:\w+\s+)?(?:in|à|en|в)\s+$", re.I)
# Uyghur and Kazakh: a place with the attributive locative (-diki / -дағы: ئىستانبۇلدىكى نامايىش, «Алматыдағы
# туыстары") names what the noun after it is (a demonstration, relatives there), not where the act was done (h-codes49).
_WORD_END = re.compile(r"\w*")
_ATTRIBUTIVE_PLACE = re.compile(r"(?:دىكى|تىكى|diki|tiki|дағы|дегі|тағы|тегі)$", re.I)


def _sentenced_abroad(doc: Doc, index: int, start: int) -> bool:
    """Whether the clause of an act at `start` tells it abroad: it names a place outside China
    (by the gazetteer) that is not someone's residence, no place inside China, and no one reports
    it before the act in its sentence ("her brother in Istanbul says he was sentenced" is told abroad, done in China)."""
    from guwah.extract.events import _inside_china

    text = doc.text
    sentence = doc.sentences[index]
    if _REPORTING_WORD.search(text, sentence.start, start):
        return False
    clause = next((c for c in _clauses(text, sentence.start, sentence.end) if c[0] <= start < c[1]),
                  (sentence.start, sentence.end))
    gazetteer = {place.id: place.gazetteer_id for place in doc.places}
    inside = [_inside_china(gazetteer.get(pid)) for (s, e), pid in doc.place_spans
              if clause[0] <= s < clause[1] and not _RESIDENT_IN.search(text, max(sentence.start, s - 30), s)
              and not _PRETEXT_ABROAD.search(text, max(sentence.start, s - 40), s)
              and not (doc.language in ("ug", "kk") and _ATTRIBUTIVE_PLACE.search(text[s:_WORD_END.match(text, e).end()]))]
    return False in inside and True not in inside


# Codes of being taken or put somewhere: no act on a person when what is taken or put is a thing
# ("the passport was removed from him at the border", "the pills were taken off her").
_TAKEN_CODES = ("detention.arbitrary_arrest", "detention.pretrial", "detention.internment_camp")


# Codes told by a verb of striking: an act on a person only when what is struck is a person or a
# part of one ("kicked him", "beat his feet"), not a thing ("kicked the bunk", "banged on the door").
_STRUCK_CODES = ("torture.beating",)
# Parts of the body: struck, they are the person's ("punched her stomach"); one list (`lexicon.BODY_PARTS`).
_BODY_PARTS = BODY_PARTS


def _struck_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb at [start, end) has a direct object, by the parse, and every one is a thing:
    a common noun not in a person's mention, with no possessor, and not a word for a person or a
    part of the body ("kicked the bunk": True; "kicked him", "kicked the prisoner", "kicked her
    legs", "kicked Ablet": False). False without a parse, and in Russian."""
    from guwah.extract.subjects import _a_thing, _children

    analysis = doc.analysis
    if analysis is None or not analysis.tokens or (doc.language or "en") not in ("en", "fr"):
        return False  # Russian: the parse takes an instrument («били дубинкой») for the object
    from bisect import bisect_left

    starts = analysis.token_starts()
    tokens = analysis.tokens
    children = _children(analysis)
    verbs = [i for i in range(bisect_left(starts, start), bisect_left(starts, end)) if tokens[i].pos == "VERB"]
    objects = [k for v in verbs for k in children.get(v, []) if tokens[k].dep in ("dobj", "obj")]
    if not objects:
        return False
    for k in objects:
        token = tokens[k]
        if not _a_thing(doc, tokens, children, k) or {token.text.lower(), token.lemma.lower()} & _BODY_PARTS \
                or any(tokens[c].dep in ("poss", "nmod:poss") for c in children.get(k, [])):
            return False
    return True


_THREAT = re.compile(THREAT, re.I)
_REPORTING = re.compile(REPORTING, re.I)
_REPORTING_WORD = re.compile(rf"\b(?:{REPORTING})\b", re.I)  # a word of reporting in a text ("tell", not "intelligence")
# A clause after an act's words that denies the custody it would be ("… but was never detained").
_CUSTODY_DENIED_AFTER = re.compile(
    r"\b(?:but|yet|mais|но|однако)\b[^.;]{0,30}?\b(?:never|not|n['’]t|jamais|pas|не)\s+(?:been\s+|été\s+|был[аи]?\s+)?"
    r"(?:detained|arrested|held|jailed|imprisoned|détenue?s?|arrêtée?s?|задержан\w*|арестован\w*)\b", re.I)


# Codes the classifier never proposes (the rules decide them), because a sentence's words do not
# tell them apart from what is not the act:
# - one person harmed for another's doing (a relative punished for the speaker's testimony, someone
#   abroad pressed through the family): `_reprisals` and the rules read the relation;
# - an arrest is arbitrary by what is absent ("without a warrant" and "showed me a warrant" share
#   their words);
# - being in a camp is not being held there ("they sent me to a camp" said by a teacher posted there;
#   "from the neighbouring cell"): the one forbidden code of the cross-validation at every threshold.
# - (0.9.0) held incommunicado or disappeared: said from the family's side ("she has never seen him",
#   "we have heard nothing"), so the sentence's subject is the one who cannot reach the person, not
#   the person held; the rules name the one held (object_first, subject_first).
# - (0.20.x) made to denounce someone: two people in one sentence, the one made to speak and the one
#   denounced; the classifier with parse features gave the code to the one denounced (a forbidden
#   code on tuning v12); the rules' patterns say which of the two it is (some subject_first).
# - (h-x27c) harassment across the border is no longer rules-only: the classifier proposes it where
#   the sentence also tells a contact at a distance (`_CLASSIFIED_NEEDS`); on the spent v13, a writer
#   no rule was written against, every undetected harassment was rated 0.6 or more.
# - (h-x35c) held incommunicado is no longer rules-only: the classifier proposes it as the rules'
#   entries of it read it (`_TOLD_BY_NEGATION`): the negation is the act, the one held is named after
#   its words. Left one writer out (v13-v17), the rules had missed it on every writer.
_RULES_ONLY_CODES = ("family.reprisal", "coercion.forced_denunciation",
                     "detention.arbitrary_arrest", "detention.internment_camp",
                     "disappearance.enforced")
# Codes told from the family's side by a negation ("we have not once heard her speak since", « sans
# nouvelles de lui », «связи с ним нет»): a classifier's proposal of one passes the negation test
# (the negation is the act, as the rules' `negative_form`) and names the one held after its words
# first, then the one before (as the rules' `object_first`), never "we"/"us" who cannot reach them.
_TOLD_BY_NEGATION = ("detention.incommunicado",)
# Codes of a ban or a constraint, told by a negated permission or ability: "my mother can't keep the
# fast", "was not allowed to wear her headscarf", « il ne peut pas refuser ce travail », « avoir le droit
# de prier » nié, «не может молиться», «не разрешают носить …». The classifier rates
# the sentence; a negation that governs a word of permission or ability (`_PERMISSION_LEMMAS`, by the
# parse: `_negated_permission`) is then the act, as the rules' `negative_form`, not its denial. A
# negation of the act's own verb ("she did not fast", "they never forbade her to pray") still denies it
# (h-codes47: on the spent v24 the act model rated two such sentences .94 and .97 and both were refused).
# Not house arrest: "not allowed to leave the room" is said of a camp's rules too (its rules read it
# with the place one may not leave, a town or a village, tests/extract/test_violations_v016.py).
_BANNED_BY_NEGATION = ("culture.religious_ban", "culture.language_ban", "labour.forced_labour",
                       "movement.passport_confiscation", "family.separation")
# Lemmas of permission or ability (English, French, Russian, as the language models give them); a
# negated "avoir" or "have" is one with "le droit" / "the right" / "permission" as its object.
_PERMISSION_LEMMAS = frozenset("""can could may might allow permit let able
pouvoir permettre autoriser laisser
мочь разрешать разрешить позволять позволить давать дать""".split())
_PERMISSION_NOUNS = frozenset("right permission droit autorisation permission право разрешение".split())
# What such a code is told by: a negation (the one list, `lexicon.NEGATION`) or a word of absence
# ("nothing", « sans », « aucune », «нет», «без», "unknown"). A sentence with neither ("the station
# held a family visit day") is no proposal of it, whatever its words of family and visits.
_ABSENCE = re.compile(NEGATION + r"|\b(?:nothing|none|nobody|unknown|sans|aucun\w*|rien|personne|n['’](?=\w)|"
                      r"нет|без|ничего|никто|никого|неизвестн\w*)\b", re.I)
# Codes of a ban or a deprivation, which a permission granted denies ("she was allowed to pray", « on l'a
# autorisée à appeler », «ей разрешили молиться»: `_granted_permission`). Not forced labour: leave to quit the
# work ("allowed to leave the factory") does not undo the work told before it.
_DENIED_BY_PERMISSION = ("culture.religious_ban", "culture.language_ban", "movement.passport_confiscation",
                         "family.separation", "detention.incommunicado", "detention.house_arrest",
                         "torture.sleep_deprivation", "ill_treatment.food_deprivation", "ill_treatment.denied_hygiene",
                         "ill_treatment.denied_medical_care")
# Lemmas that grant a permission (English, French, Russian, as the language models give them): those of
# `_PERMISSION_LEMMAS` less the abilities ("could pray" says nothing of leave) and "give" («дать»: "gave pills").
_GRANTING_LEMMAS = frozenset("allow permit let autoriser permettre laisser разрешать разрешить позволять позволить".split())
# A permission rationed: it grants little, and so tells the ban or the deprivation ("allowed a shower once a
# month", "allowed only minutes of sleep", « autorisée à appeler une fois par mois », «разрешали раз в месяц»).
_RATIONED = re.compile(r"\b(?:only|just|once|twice|per|every|each|a (?:day|week|month|year)|seulement|uniquement|"
                       r"fois|par (?:jour|semaine|mois|an)|chaque|только|лишь|раз|кажд\w*)\b", re.I)
# Codes told from the side of the family who cannot reach the one held (`_apart_from_the_teller`).
_TOLD_FROM_THE_FAMILY = ("detention.incommunicado", "disappearance.enforced")


# The question a family cannot answer: where the person is ("where he is held", "which prison", « où il
# se trouve », « dans quelle prison », «где он», «в какой тюрьме»). Its clause's subject is the one held.
_WHERE = r"(?:where|in which|which (?:camp|prison|jail|detention centre)|où|dans (?:quel|quelle)|где|в како[йм])"
_WHERE_CLAUSE = re.compile(rf"\b{_WHERE}\b", re.I)


def _held_where(doc: Doc, index: int, start: int) -> list[str]:
    """The people an act told from the family's side (`_TOLD_FROM_THE_FAMILY`) at `start` happened to,
    by the subject of the whereabouts clause after it in its sentence ("the clerks never told his wife
    where her husband is kept": the husband, not the wife who asked; «мне не говорят, где брат»: the
    brother, not «мне»), as
    `subjects.attribute` reads the person after those words; [] when the sentence has no such clause
    after `start` or it names no one."""
    sentence = doc.sentences[index]
    where = _WHERE_CLAUSE.search(doc.text, start, sentence.end)
    if where is None or _CLAUSE_END.search(doc.text, start, where.start()):
        return []
    return attribute(doc, index, where.start(), where.end(), object_first=True)


# A relative clause on a place of custody right after the act's words ("the station where he was
# held", « au commissariat où il était détenu », «в изолятор, где его держали»).
_PLACE_WHERE = re.compile(r"[\s,]*(?:where|in which|où|dans (?:lequel|laquelle)|где|в (?:котором|которой))\b", re.I)
# Codes told by a place of custody alone (« au commissariat », "a detention centre").
_PLACE_CODES = ("detention.pretrial", "detention.internment_camp", "detention.prison_sentence",
                "detention.solitary_confinement")


def _held_in_the_place(doc: Doc, index: int, start: int, end: int, includes: bool = False) -> list[str] | None:
    """The people a custody code (`_PLACE_CODES`) at [start, end) happened to when its words name the
    place by a verb that puts no one there and a relative clause on the place tells who is held in it
    ("I went to the police station where he was held": he, not "I", who only went there; « Je suis
    allée au commissariat où il était détenu »): that clause's person, as `subjects.attribute` reads
    the person after its opening word. None when there is no such clause within 40 characters after
    the words, its verb (by the parse) puts no one in custody (`lexicon.CUSTODY_VERBS`: "where he
    works" tells nothing of custody), or the verb over the act's words does ("she was sent to the camp
    where her brother was held": hers); [] when the clause names no one it resolves ("we" counts for
    the speaker as `includes` says)."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return None
    text = doc.text
    sentence_end = doc.sentences[index].end
    for position in range(end, min(end + 40, sentence_end)):
        where = _PLACE_WHERE.match(text, position)
        if where is not None and (position == end or not text[position - 1].isalnum()):
            break
    else:
        return None
    if _CLAUSE_END.search(text, end, where.start()):
        return None
    from bisect import bisect_left

    tokens = analysis.tokens
    starts = analysis.token_starts()
    relative = [i for i in range(bisect_left(starts, where.end()), bisect_left(starts, min(sentence_end, where.end() + 40)))
                if tokens[i].dep in ("relcl", "acl:relcl") and tokens[i].pos in ("VERB", "AUX")]
    if not relative or tokens[relative[0]].lemma.lower() not in CUSTODY_VERBS:
        return None
    # the verb over the act's words: itself a verb of custody, the act is its own person's
    over = [bisect_left(starts, t.start) for t in analysis.tokens_in(start, end)]
    for i in over[:1]:
        for _hop in range(4):
            if tokens[i].pos == "VERB":
                break
            if tokens[i].head == i:
                break
            i = tokens[i].head
        if tokens[i].pos == "VERB" and tokens[i].lemma.lower() in CUSTODY_VERBS:
            return None
    return attribute(doc, index, where.start(), where.end(), object_first=True, we_includes_speaker=includes)


def _apart_from_the_teller(doc: Doc, index: int, start: int, people: list[str]) -> list[str]:
    """The people an act told from the family's side (`_TOLD_FROM_THE_FAMILY`, its person after the
    words) happened to: one found who is named in the clause before the words (its subject: "Her
    mother has not heard from her since", where "her" was read as the mother) and is someone's
    relative (`kin_of`) is the one who cannot reach that someone, whose act it is. A non-reflexive
    pronoun after a verb is not its own clause's subject. Others found are kept."""
    sentence = doc.sentences[index]
    clause_start = start - len(_clause_before(doc.text, sentence.start, start))
    subjects = {pid for s, e, _kind, pid in references(doc, index) if pid and clause_start <= s and e <= start}
    found = []
    for pid in people:
        owner = doc.person(pid).kin_of[0] if pid in subjects and doc.person(pid).kin_of else None
        chosen = owner if owner and owner not in people else pid
        if chosen not in found:
            found.append(chosen)
    return found


# Codes the classifier proposes only where the sentence also says what makes the act that act
# (every pattern of the code's tuple): a death is "in custody" only with a word for custody in its
# sentence ("her father died in 2012" is not; the classifier, trained on testimonies where deaths
# are in camps, rates the verb alone high), and only with a word for a death (h-x26d: a sentence of
# a man held, his insulin taken, no one dead, rated high for the custody words alone on a writer
# the model had not read).
_DEATH_WORD = re.compile(
    r"\b(?:d(?:ied|ies|ying|ead|eath|eaths)|die|killed|perished|passed away|body|bodies|corpse|funeral|buried|"
    r"mort\w*|décéd\w*|dépouille|succomb\w*|tué\w*|enterr\w*|obsèques|"
    r"умер\w*|умир\w*|смерт\w*|скончал\w*|погиб\w*|убит\w*|тел[оаеу]|похорон\w*|мертв\w*)\b", re.I)
# A contact at a distance: a call, a message, a phone, a number, an embassy or a consulate
# (English, French, Russian stems; "called" only with whom it called, or "from" where: "called from an
# unknown number", h-codes48; "a camp called …" is a name), a message written ("wrote to me", « m'a écrit », «написал»; h-codes42). Pressure on someone abroad reaches them so (h-x27c); a sentence of a visit at home, a
# summons or a detention has none of these words.
_CONTACT_WORD = re.compile(
    r"\b(?:calls?|callers?|calling|called\s+(?:me|him|her|us|them|my|his|our|their|from)|phon\w*|telephon\w*|rang|"
    r"messag\w*|texted|texting|voicemails?|sms|wechat|whatsapp|telegram|embass\w*|consul\w*|wrote|writes|"
    r"appel\w*|appell\w*|téléphon\w*|numéro\w*|ambassade\w*|consulat\w*|écrit|écrivai\w+|écrivent|"
    r"звон\w*|позвон\w*|сообщени\w*|смс|номер\w*|посольств\w*|консульств\w*|написал\w*|пишет|пишут)\b", re.I)
# Custody told only by a positive clause (an arrest, a camp): a classifier's proposal of one is
# refused where a negation governs its clause anywhere (`lexicon.negated`, the one negation test),
# not only before the word chosen for it ("she had never been held in any camp", where that word
# may be the subject). Codes the rules keep to themselves today (`_RULES_ONLY_CODES`); read when the
# classifier is let propose them (bench/acts_folds.py, "open", "openh"). Incommunicado and
# disappearance are told negatively ("nobody says where she is held") and are not among them.
_CUSTODY_TOLD_POSITIVELY = ("detention.arbitrary_arrest", "detention.internment_camp")
# A contact from family (English): "calls from a cousin", "her mother phoned": no harassment by the
# state unless the sentence names the state's side too (police, an official, an embassy …; the
# relative made to call is harassment, the rules' "told them to call …"). h-x27c. The relative may be named
# after the kin word ("my cousin Tursun phoned"; h-diaspora70).
_KIN_WORDS = "|".join(sorted((re.escape(w) for w in KIN if w.isascii()), key=len, reverse=True))
_FROM_KIN = re.compile(
    rf"\b(?:calls?|messages?|texts?|letters?|emails?)\s+from\s+(?:an?\s+|the\s+|(?:my|his|her|their|our)\s+)?"
    rf"(?:\w+\s+)?(?:{_KIN_WORDS})s?\b|"
    rf"\b(?:my|his|her|their|our)\s+(?:\w+\s+)?(?:{_KIN_WORDS})s?(?:,?\s+(?-i:[A-Z][\w'’-]+)){{0,2}},?\s+(?:called|phoned|rang|messaged|texted|wrote)\b", re.I)
# The state's side: its doers (the one list of their titles, `lexicon.OFFICIAL_TITLES_EN`, singular or
# plural) and its institutions.
_STATE_SIDE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(t) for t in OFFICIAL_TITLES_EN), key=len, reverse=True)) + r")s?\b|"
    r"\b(?:police\w*|security|authorit\w+|embass\w*|consul\w*|government|party|bureau|committee|state)\b", re.I)
# A contact that reaches the speaker, in the words of the sentence: a message or call "for me", or a
# verb of contact or pressure with "me" as its object ("asked me", « m'a appelée », «мне позвонил»).
_CONTACT_FOR_ME = re.compile(
    r"\b(?:messages?|calls?|letters?|notes?|word)\s+(?:\w+\s+){0,2}?for me\b|"
    r"\b(?:asked|told|called|phoned|rang|messaged|texted|warned|urged|pressed|contacted|threatened|ordered)\s+me\b|"
    r"\b(?:m['’]|me\s+)(?:a|ont|avait|avaient)\s+(?:appelée?|téléphoné|écrit|demandé|menacée?|contactée?)\b|"
    r"\bm['’](?:appell?\w+|écriv\w+|menac\w+)|"
    r"\bмне\s+(?:\w+\s+)?(?:позвонил\w*|звонил\w*|звонят|написал\w*|пишут|угрожал\w*)|"
    r"\b(?:позвонил\w*|звонил\w*|угрожал\w*|написал\w*)\s+мне\b|\bот меня (?:требу\w+|потребовал\w*)", re.I)
# The kind of verb that tells a code's act, where the classifier's most weighed word may be another
# verb of the clause (the caller's "introduced himself", "could come home"): its patient is whom the
# act reached (h-x27c).
_ACT_VERB = {"transnational.harassment": _CONTACT_WORD}
_REFLEXIVE_NAMING = frozenset(("s'", "s’", "se"))
# Work told of the time before custody ("before his arrest he worked at a garment factory", « avant son
# arrestation », «до ареста»): a job, not forced labour. The classifier, trained on testimonies where
# factory work follows the camp, rates "worked at a garment factory" high alone; what tells it forced
# is too varied to require ("bussed with the others to a plant in another province", "sewing behind the wire"), so
# only the time before custody is refused (h-codes42).
_BEFORE_CUSTODY = re.compile(
    r"\b(?:before|until|till|prior to|avant|jusqu['’]à|до)\s+(?:(?:his|her|my|their|our|the|son|sa|leur|mon|ma|l['’]|его|её|ее|моего|моей|их)\s*)?"
    r"(?:arrest|detention|internment|imprisonment|arrestation|détention|internement|incarcération|арест\w*|задержани\w*|заключени\w*)\b|"
    r"\b(?:before|until|avant qu['’]|до того,? как)\s+(?:he|she|I|they|we|il|elle|ils|je|on|его|её|ее|меня|их)\s+"
    r"(?:was|were|got|l['’]|le|la|les|a|ait|)\s*(?:arrested|detained|taken|interned|arrêtée?|détenue?|emmenée?|арестовал\w*|задержал\w*|забрал\w*)", re.I)
# A leave granted ("has been allowed to leave", « a été autorisée à quitter », «разрешили выехать»), not
# under a negation, is no house arrest the classifier may propose: it rated a permission to leave as
# the confinement (issue 11, h-custody68; the rules' own entries tie their negation to the leaving).
_LEAVE_GRANTED = re.compile(
    r"(?<!\bnot )(?<!\bnever )(?<!n['’]t )\b(?:been|was|were|is|are|now|finally|since)\s+(?:finally\s+|now\s+|also\s+)?"
    r"(?:allowed|permitted|free|let)\s+(?:to\s+)?(?:leave|travel|go|move)\b"
    r"|(?<!\bpas )(?<!\bjamais )\b(?:autorisée?s?|libre)\s+(?:à|de)\s+(?:quitter|partir|voyager|sortir)\b"
    r"|(?<!\bне )\b(?:разрешили|разрешено|позволили|дали)\s+(?:\w+\s+)?(?:выехать|уехать|выезжать|покинуть|уезжать)\b", re.I)
_CLASSIFIED_REFUSED = {"labour.forced_labour": _BEFORE_CUSTODY, "detention.house_arrest": _LEAVE_GRANTED}
# Political indoctrination proposed by the classifier stands on a word of its matter or its form in the
# sentence (the Party, the motherland, a lesson, a song, a slogan): after the act model was retrained with v22
# (h-codes44) it rated a woman's quoted words of thanks alone, and its evidence then named no act (the lead,
# session 44: the evidence check over the shared corpus caught it).
_INDOCTRINATION_WORD = re.compile(
    r"\b(?:Party|Communis\w*|Xi Jinping|Xi|motherland|patriot\w*|propaganda|ideolog\w*|political|politics|"
    r"re-?education|slogans?|anthems?|songs?|sing|sang|sung|flag|lessons?|class(?:es)?|taught|teach\w*|stud(?:y|ied)|"
    r"learn\w*|Mandarin|Chinese|recit\w*|self-criticism|de-?extremi\w*|regulations|"
    r"parti|patrie|communis\w*|idéolog\w*|chants?|chanter|chansons?|hymnes?|drapeau|leçons?|cours|"
    r"(?:ré)?éducation|apprendre|appris|réciter|chinois|"
    r"парти\w*|коммунис\w*|родин\w*|патриот\w*|пропаганд\w*|идеолог\w*|политическ\w*|гимн\w*|лозунг\w*|"
    r"пес(?:ня|ни|ен)\w*|петь|пели|уроки?|заняти\w*|учил\w*|учить|выучить|изуча\w*|язык\w*|китайск\w*|"
    r"флаг\w*)\b", re.I)
# A family separation proposed by the classifier names what keeps them apart: a negation (not let to
# join, cannot see; the one list, `lexicon.NEGATION`) or a word of separating, joining, taking or state
# care. Trained on testimonies where children live without a parent held, it rated a mother raising
# her children alone, with none of these, 0.95 on a writer it had not read (h-codes45).
_SEPARATION_WORD = re.compile(
    NEGATION + r"|\b(?:separat\w*|apart|join\w*|reunit\w*|reunion|orphan\w*|boarding|kindergarten|state care|"
    r"welfare|custody|taken|took|removed|placed|sent|without|refus\w*|denied|"
    r"sépar\w*|rejoindre|rejoint|réuni\w*|orphelinat\w*|internat\w*|pensionnat\w*|enlevé\w*|retiré\w*|placé\w*|"
    r"envoyé\w*|emmené\w*|pris|sans|loin|"
    r"разлуч\w*|разлук\w*|воссоедин\w*|детдом\w*|детск\w+ дом\w*|интернат\w*|приют\w*|забрал\w*|отобрал\w*|"
    r"отправ\w*|увез\w*|без|вдали|отказ\w*)\b", re.I)
# A sterilization proposed by the classifier names its matter: the operation, the tubes or womb, the
# pills or injections, bearing children. Let through by a negation in another clause («её не
# держали под стражей, только взяли у неё кровь»), it rated a blood sample as one (h-codes45).
_STERILIZATION_WORD = re.compile(
    r"\b(?:steril\w*|ligat\w*|tubes?|uter\w*|womb|surg\w*|operat\w*|injections?|injected|pills?|children|childbearing|"
    r"infertil\w*|stéril\w*|trompes|utérus|opér\w*|chirurg\w*|piqûres?|enfants?|"
    r"стерилиз\w*|перевяз\w*|труб\w*|матк\w*|операци\w*|укол\w*|бесплод\w*|рожать|родить|дет\w+)\b", re.I)
# Forced contraception proposed by the classifier names its matter (a coil, an IUD, pills, an implant) or
# where or by whom it was done (a clinic, a doctor, "inside me"): a repair log's "Fan fitted by X." has
# the verb alone and was rated one (h-v34codes, on the spent v34).
_CONTRACEPTION_WORD = re.compile(
    r"\b(?:IUDs?|coils?|rings?|devices?|contracep\w*|birth control|implant\w*|pills?|inject\w*|steril\w*|intrauterine|"
    r"womb|uter\w*|inside|doctors?|clinics?|hospitals?|nurses?|health|medical|"
    r"stérilets?|DIU|anneaux?|pilules?|piqûres?|médecins?|clinique\w*|hôpita\w*|dispensaire\w*|infirmi\w*|"
    r"спирал\w*|ВМС|контрацеп\w*|противозачат\w*|внутриматочн\w*|таблет\w*|укол\w*|имплант\w*|кольц\w*|"
    r"врач\w*|больниц\w*|клиник\w*|поликлиник\w*|медсестр\w*|медицин\w*)\b", re.I)
_CLASSIFIED_NEEDS = {
    "family.separation": (_SEPARATION_WORD,),
    "reproductive.forced_contraception": (_CONTRACEPTION_WORD,),
    "reproductive.forced_sterilization": (_STERILIZATION_WORD,),
    "indoctrination.political": (_INDOCTRINATION_WORD,),
    "detention.incommunicado": (_ABSENCE,),
    "transnational.harassment": (_CONTACT_WORD,),
    "death.in_custody": (re.compile(
        r"\b(?:camps?|custody|detention|detained|prison|jail|cell|interned|internment|held|police|guards?|"
        r"wardens?|détention|détenue?|cellule|garde à vue|interné\w*|gardiens?|surveillants?|"
        r"лагер\w*|тюрьм\w*|заключени\w*|под стражей|задержан\w*|изолятор\w*|камер\w*|охранник\w*|"
        r"надзирател\w*)\b", re.I), _DEATH_WORD),
}


def _classified_hits(doc: Doc, hits: list, refused: set[tuple[int, str]]) -> list:
    """The rule hits with the trained classifier's (`guwah.extract.acts`) for English, French and
    Russian: a code the classifier gives a sentence at or above its threshold is proposed where no
    rule already gave that code there, and where no rule match of that code was refused as
    negated or hedged; its words are the first verb of the clause the classifier rates highest for
    the code (never a word of reporting: "said", "according", « témoigné »; the teller is not whom
    the act happened to), and pass the same scope test as a rule's (`refusal`). Background
    sentences are not classified. In mode "gate" a rule hit is kept only where the classifier gives its code at
    least the model's `gate`; in mode "alone" (for measurement) the rules' matches are dropped.
    Nothing changes without a parse (the words of the act are unknown)."""
    model = acts.classifier()
    analysis = doc.analysis
    if model is None or (doc.language or "en") not in acts.LANGUAGES or analysis is None or not analysis.tokens:
        return hits
    text = doc.text
    usable = [i for i, s in enumerate(doc.sentences) if not _BACKGROUND.search(text, s.start, s.end)]  # `refusal`'s first test
    spans = [(doc.sentences[i].start, doc.sentences[i].end) for i in usable]
    def before(index: int) -> tuple[int, int] | None:  # the sentence before (for a model that reads it)
        return (doc.sentences[index - 1].start, doc.sentences[index - 1].end) if index else None

    rated = dict(zip(usable, model.rate_spans(text, analysis, spans, [before(i) for i in usable]), strict=True))
    known = set(model.codes)
    if model.mode == "alone":
        hits = []  # for measurement: what the classifier finds without the rules' matches
    elif model.mode == "gate":
        hits = [hit for hit in hits if hit[0].code not in known or rated.get(hit[1], {}).get(hit[0].code, 0.0) >= model.gate]
    stated = {(index, trigger.code) for trigger, index, _match in hits}
    stated |= {(index, code) for index in rated for code in _RULES_ONLY_CODES}
    added = []
    for index, cats in rated.items():
        sentence = doc.sentences[index]
        codes = [code for code, p in cats.items() if p >= model.threshold and (index, code) not in stated
                 and (index, code) not in refused
                 and all(need.search(text, sentence.start, sentence.end) for need in _CLASSIFIED_NEEDS.get(code, ()))
                 and not (code in _CLASSIFIED_REFUSED and _CLASSIFIED_REFUSED[code].search(text, sentence.start, sentence.end))
                 and not (code == "transnational.harassment" and _FROM_KIN.search(text, sentence.start, sentence.end)
                          and not _STATE_SIDE.search(text, sentence.start, sentence.end))]
        if not codes:
            continue
        clauses = _clauses(text, sentence.start, sentence.end)
        clause_cats = model.rate_spans(text, analysis, clauses, [before(index)] * len(clauses)) if len(clauses) > 1 else [cats]
        for code in codes:
            best = max(range(len(clauses)), key=lambda k: clause_cats[k].get(code, 0.0))
            start, end = _act_words(doc, *clauses[best], weight=lambda word, code=code: model.word_weight(code, word),
                                    prefer=_ACT_VERB.get(code))
            if code in _CUSTODY_TOLD_POSITIVELY and negated(text[clauses[best][0]:clauses[best][1]]):
                continue  # a camp told as never having been: the negation after the word chosen (h-x27c)
            if _told_of_someone_unfound(doc, start, end):
                continue
            if code in _DENIED_BY_PERMISSION and _granted_permission(doc, *clauses[best], start, end):
                continue  # a permission granted, no ban ("she was allowed to pray")
            told_by_negation = code in _TOLD_BY_NEGATION
            banned = code in _BANNED_BY_NEGATION and _negated_permission(doc, clauses[best][0], start, end)
            if refusal(doc, index, start, end, negative_form=told_by_negation or banned, code=code) is None:
                added.append((Trigger(code, None, negative_form=told_by_negation or banned, object_first=told_by_negation,
                                      rules=("acts model",)), index, SpanMatch(start, end, text[start:end])))
    return hits + added


# The parse's relations of a verb to the one its act is done to (English, French and Russian models).
_PATIENT_RELATIONS = frozenset(("obj", "dobj", "iobj", "dative", "nsubj:pass", "nsubjpass"))


def _told_of_someone_unfound(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb at [start, end) is done, by the parse, to a proper name that is no person's
    mention (a name the persons did not find, or found in another form: «когда Ерболу позвонили»
    with no mention there): then the act is that name's, and a person found elsewhere in
    the sentence by proximity (the one who "was present") is not whom it happened to (h-x27c).
    False without a parse."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return False
    from bisect import bisect_left

    from guwah.extract.subjects import _children

    starts = analysis.token_starts()
    verb = bisect_left(starts, start)
    if verb >= len(analysis.tokens) or analysis.tokens[verb].start != start:
        return False
    mentioned = doc.person_spans_in(doc.sentences[doc.sentence_index(start)].start, end + 10_000)
    for child in _children(analysis).get(verb, []):
        token = analysis.tokens[child]
        # a name has letters: a quotation mark the parser calls a proper noun (« … ») names no one
        if token.dep in _PATIENT_RELATIONS and token.pos == "PROPN" and any(ch.isalpha() for ch in token.text) \
                and not any(s <= token.start < e for (s, e), _pid in mentioned):
            return True
    return False


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end], cut at `_CLAUSE_BREAK` (";", "but", ", and" …)."""
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip(" ,;:–—")] or [(start, end)]


def _act_words(doc: Doc, start: int, end: int, weight=lambda word: 0.0, prefer=None) -> tuple[int, int]:
    """The words that say the act in text[start:end]: a verb the pattern `prefer` matches whole
    (for a code whose act is told by a kind of verb, `_ACT_VERB`: "she was phoned", «ей позвонил
    человек, назвавшийся …»: the call, not the caller's naming), else the verb the classifier weighs most for the
    code (`weight(word)`, when one weighs for it), else the verb that heads the clause (its head is
    outside it), else its first verb, else its first word ("a neighbour said that they had
    beaten him": "beaten", not "said"). A word of reporting (`lexicon.REPORTING`: "said",
    "according", « témoigné ») is never the act's: its subject is the teller."""
    from bisect import bisect_left

    analysis = doc.analysis
    starts = analysis.token_starts()
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    tokens = analysis.tokens
    told = [i for i in range(first, last) if not _REPORTING.fullmatch(tokens[i].text)]
    if told:
        first = told[0]
    verbs = [i for i in told if tokens[i].pos == "VERB"]
    # a participle that opens the sentence capitalised, which the parser takes for a name
    # (« Arrêtée le 12 mai, … »), says the act too
    opening = bisect_left(starts, doc.sentences[doc.sentence_index(start)].start)
    weighed = [(weight(tokens[i].text), i) for i in told
               if tokens[i].pos == "VERB" or (i == opening and tokens[i].pos == "PROPN")]
    # « il disait s'appeler Wang », « il s'appelle »: a name, not a call
    preferred = [i for i in verbs if prefer is not None and prefer.fullmatch(tokens[i].text)
                 and not (i and tokens[i - 1].text.lower() in _REFLEXIVE_NAMING)]
    if preferred:
        chosen = preferred[0]
    elif weighed and max(weighed)[0] > 0:
        chosen = max(weighed, key=lambda pair: (pair[0], -pair[1]))[1]
    else:
        heads = [i for i in verbs if tokens[i].head == i or not first <= tokens[i].head < last]
        chosen = (heads or verbs or [first if first < last else None])[0]
    if chosen is None:
        return start, min(end, start + 1)
    return tokens[chosen].start, tokens[chosen].end


def find_violations(doc: Doc) -> None:
    """Add violations to doc.persons (and the victim role)."""
    text = doc.text
    detained_from: dict[str, int] = {}
    proposals: list[tuple[str, str, tuple[int, int], int]] = []  # (person, code, evidence, offset)
    refused: set[tuple[int, str]] = set()
    orphans: list[tuple[str, int, int]] = []  # (code, sentence index, offset) of acts no one was found for
    refused_matches: list = []
    made_by: dict[tuple, str | None] = {}  # a proposal -> the entry, model or rule that made it (`Violation.rule`)
    hits = _classified_hits(doc, _trigger_hits(doc, refused, refused_matches), refused)
    sources = _only_sources(doc)
    denied = _denied(doc, refused_matches, hits)
    for pass_number in (1, 2):
        for trigger, index, match in hits:
            sentence = doc.sentences[index]
            body = text[sentence.start:sentence.end]
            start, end = match.start(), match.end()
            speaker = doc.speakers.get(index)
            includes = pass_number == 2 and speaker is not None and detained_from.get(speaker, 10**12) <= start \
                or speaker is not None and trigger.code in _SUFFERED_BY_THE_HELD | _SUFFERED_BY_EACH and _says_we(doc, index) \
                or speaker is not None and not trigger.code.startswith("family.") \
                and trigger.code not in _TOLD_FROM_THE_FAMILY + tuple(_CAMP_RULE_CODES) and _done_to_we(doc, start, end)
            people = attribute(doc, index, start, end, we_includes_speaker=includes,
                               object_first=trigger.object_first, subject_first=trigger.subject_first,
                               held_group=True)
            if trigger.object_first and trigger.code in _TOLD_FROM_THE_FAMILY:
                people = _apart_from_the_teller(doc, index, start, people)
            if trigger.code in _TOLD_FROM_THE_FAMILY:
                people = _held_where(doc, index, start) or people
            if trigger.code in _PLACE_CODES:
                held = _held_in_the_place(doc, index, start, end, includes)
                people = held if held else people
            nobody = not people
            people = _in_scope(doc, index, start, end, people, sources, includes)
            if not people and speaker and _possessed_by_speaker(text, start, end, sentence.end, includes):
                # "La police a confisqué mon passeport", «забрали мой паспорт»: the speaker's.
                people = [speaker]
            if not people and includes and trigger.code in _CAMP_RULE_CODES and _camp_rule_applies(doc, index, body):
                # A rule of the camp the speaker was held in ("speaking Kazakh was forbidden").
                people = [speaker]
            if not people and trigger.code == "detention.arbitrary_arrest":
                # "police came to our house, without a warrant": the person arrested there; "no
                # paper" said in the sentence after the arrest's: the one person arrested just before.
                people = [e.person for e in doc.events if e.type == "arrest" and e.person
                          and e.evidence == (sentence.start, sentence.end)]
                if not people and index and doc.sentences[index - 1].paragraph == sentence.paragraph:
                    before = doc.sentences[index - 1]
                    arrested = {e.person for e in doc.events if e.type == "arrest" and e.person
                                and before.start <= e.evidence[0] < before.end}
                    people = list(arrested) if len(arrested) == 1 else []
            people = _not_kin_possessors(doc, index, people)
            if not people:
                # "Name: X" … "Treatment: beaten, deprived of sleep", "Q: Were you beaten? A: Yes":
                # the record's person, the one who answers (`subjects.told_in_a_record`)
                people = told_in_a_record(doc, index, start)
            if not people and trigger.code in _CONDITIONS_OF_CUSTODY and not tells_of_one_unnamed(doc, index) \
                    and not _PLACES_IN_GENERAL.search(text, sentence.start, end):
                # "In May she was put in a camp. Forty women shared a cell meant for ten",
                # «Его перевели в лагерь. В камере было тридцать человек»: a condition of the place is
                # told of the place or its crowd, and is the one person the text has just put there
                # (by an event, or by a code of custody given just before)
                custody = tuple((pid, offset) for pid, given, _span, offset in proposals if given in _HOLDING_CODES)
                held = held_before(doc, index, start, custody)
                people = _in_scope(doc, index, start, end, held, sources, includes)
                told_by = teller(doc, index, start, end) if not people else None
                if told_by and (held == [told_by] or detained_from.get(told_by, 10**12) <= start
                                or any(e.person == told_by and e.type in _TAKEN_EVENTS
                                       and (e.trigger or e.evidence)[0] < start for e in doc.events)):
                    # "He told me that the cell held forty men", «Он рассказал, что кормили раз в день»:
                    # told by one who was held, with no one else named for it, the place's condition is
                    # the teller's own (the golds' convention), not taken away as what a witness reports
                    people = [told_by]
            if trigger.code == "transnational.harassment" and speaker and speaker not in people \
                    and _CONTACT_FOR_ME.search(text, sentence.start, sentence.end):
                # "an officer gave my aunt a note for me", "the caller asked me to stop, or my aunt
                # would suffer": the pressure is on the one abroad who tells it, not the relative it
                # passes through or names (h-x27c's left list)
                people = [speaker]
            # the trained ranking of the document's persons joins the rules' choice (attribution.py)
            ruled = people
            people = attribution.decide(doc, trigger.code, index, start, end, people, includes=includes,
                                        settled=not people and (not nobody or _names_a_crowd(doc, index)))
            if not ruled and speaker in people and not includes and _says_we(doc, index):
                # "we" is the speaker's only once the speaker is among the detained: not the model's to undo
                people = [p for p in people if p != speaker]
            if trigger.code in _TOLD_BY_NEGATION and trigger.pattern is None and trigger.tokens is None \
                    and trigger.dependency is None:
                # the classifier's: held apart is said of someone held, whose custody the text told before
                people = [pid for pid in people if any(e.person == pid and e.type in _TAKEN_EVENTS
                                                       and (e.trigger or e.evidence)[0] < start for e in doc.events)]
            code = trigger.code
            rule = rule_of(trigger, text, start, end) if people else None
            if not people and nobody and not _names_a_group(doc, index):
                orphans.append((code, index, start))
            if code == "detention.internment_camp" and "named" in match.group().lower() and "camp" not in text[max(0, start - 3000):start].lower():
                code = "detention.pretrial"
            for person_id in people:
                if (person_id, code, index) in denied or (None, code, index) in denied:
                    continue  # "Nobody … me, but … him": the sentence denies it of this person
                proposal = (person_id, code, (sentence.start, sentence.end), start)
                proposals.append(proposal)
                made_by.setdefault(proposal, rule)
                if pass_number == 1 and (code.startswith("detention.") and code not in ("detention.arbitrary_arrest", "detention.incommunicado")
                                         or code in _SUFFERED_BY_THE_HELD):
                    detained_from[person_id] = min(detained_from.get(person_id, start), start)
        if pass_number == 1:
            if not detained_from:
                break  # nobody detained: "we" never counts, the first pass is final
            proposals.clear()
            orphans.clear()
            made_by.clear()
    for later, arguments in ((_carried, (orphans,)), (_reprisals, ()), (_implied, (sources,)), (_died_there, ()),
                             (_no_news, ()), (_companions, ())):
        before = len(proposals)
        later(doc, proposals, *arguments)
        for proposal in proposals[before:]:  # what each later rule adds is named by it
            made_by.setdefault(proposal, f"violations.{later.__name__}")
    proposals = _held_apart(text, proposals)
    for proposal in proposals:
        made_by.setdefault(proposal, "violations._held_apart")
    proposals = _unnamed_bystanders(doc, proposals)
    seen: set[tuple[str, str]] = set()
    for proposal in sorted(proposals, key=lambda p: p[3]):
        person_id, code, span, offset = proposal
        if (person_id, code) in seen:
            continue
        if code == "death.in_custody" and natural_death(doc, offset, person_id):
            continue  # the rule of the death event's victim too: a death at home, its custody words another's
        seen.add((person_id, code))
        person = doc.person(person_id)
        person.violations.append(Violation(code, span, made_by.get(proposal), offset))
        person.roles.add("victim")


def find_turkic_violations(doc: Doc) -> None:
    """Add violations (and the victim role) to the persons of a Kazakh, Uyghur or Chinese text
    (doc.language "kk", "ug" or "zh", filled by `regional.run`: sentences, places, dates, persons):
    the entries of acts/kk.yaml, acts/ug.yaml or acts/zh.yaml, the one scope test of every language
    (`refusal`: background, denial, question, negation — after the verb in Kazakh and Uyghur,
    `lexicon.negated_after` —, hedge), and the person by the word order (`turkic.ActPersons`; in
    Chinese `han.ActPersons`, as its events). These languages have no parse here; Kazakh's codes are
    also proposed by its classifier of character n-grams (`_kazakh_classified`, h-codes43). Their events
    (`events.find_vocab_events`) are read after this: no attribution model, no implied codes. Each
    code once per person, with its sentence as evidence."""
    from guwah.extract.regional import words_of

    if not doc.sentences:
        return
    if doc.language == "zh":
        from guwah.extract import han

        reader = han.ActPersons(doc)

        def persons(start: int, end: int, object_first: bool = False) -> list[str]:
            return reader.persons(start, end)
    else:
        from guwah.extract.turkic import ActPersons

        persons = ActPersons(doc, words_of(doc.text)).persons
    found: dict[tuple[str, str], tuple[int, tuple[int, int], str | None]] = {}
    refused: set[tuple[int, str]] = set()
    hits = _trigger_hits(doc, refused)
    if doc.language == "kk":
        hits += _kazakh_classified(doc, hits, refused)
    for trigger, index, match in hits:
        sentence = doc.sentences[index]
        for person_id in persons(match.start(), match.end(), object_first=trigger.object_first):
            if (person_id, trigger.code) not in found or match.start() < found[(person_id, trigger.code)][0]:
                found[(person_id, trigger.code)] = (match.start(), (sentence.start, sentence.end),
                                                    rule_of(trigger, doc.text, match.start(), match.end()))
    given = [(person_id, code, span, offset, rule) for (person_id, code), (offset, span, rule) in found.items()]
    kept = {(person_id, code, span, offset) for person_id, code, span, offset, _rule in given}
    found = {}
    for person_id, code, span, offset, rule in _held_apart(doc.text, given):
        if (person_id, code, span, offset) not in kept:
            rule = "violations._held_apart"
        if (person_id, code) not in found or offset < found[(person_id, code)][0]:
            found[(person_id, code)] = (offset, span, rule)
    for (person_id, code), (offset, span, rule) in sorted(found.items(), key=lambda item: item[1][0]):
        person = doc.person(person_id)
        person.violations.append(Violation(code, span, rule, offset))
        person.roles.add("victim")


# Codes the Kazakh classifier proposes only where the sentence also names what makes the act that act,
# as `_CLASSIFIED_NEEDS` for the other languages: a place of custody for a camp (its character n-grams
# rate an arrest or a death at home high for the camp, on a writer it never read: «… үйінде … қайтыс
# болды», tuning v22), a death and a place of custody for a death in custody (h-codes44).
_KK_CUSTODY_PLACE = re.compile(r"(?<!\w)(?:концлагер|лагер|орталы|оқу|оқы|мектеп|тәрбиеле|сабақ|курс|түрме|"
                               r"изолятор|қамау|абақты)\w*", re.I)
_KAZAKH_NEEDS = {
    "detention.internment_camp": (_KK_CUSTODY_PLACE,),
    "death.in_custody": (_KK_CUSTODY_PLACE, re.compile(r"(?<!\w)(?:қайтыс|қаза|өл|мерт|көз жұм|жерле|мәйіт|сүйег)\w*", re.I)),
    # a passport or leaving the country: ұстау is "hold" a person (detain) as well as "keep" a thing, and
    # «полиция Ержанды ұстады» rated high for the passport is an arrest (h-poss58)
    "movement.passport_confiscation": (re.compile(r"(?<!\w)(?:төлқұжат|паспорт|шекара|шетел|виза|визасы)\w*|"
                                                  r"(?<!\w)(?:шығуға|шығаруға|шыға алма|кетуге)", re.I),),
}


def _kazakh_classified(doc: Doc, hits: list, refused: set[tuple[int, str]]) -> list:
    """The Kazakh act classifier's proposals (`acts.kazakh`): a code it rates a sentence at or above
    its threshold where no entry of the lexicon gave that code there nor had a match of it refused
    (negated, hedged); its words are the word of the sentence the classifier rates highest for the
    code alone, and pass the one scope test (`refusal`: a negative suffix on that word, «жоқ» after it);
    a camp or a death in custody only where its sentence names a place of custody (`_KAZAKH_NEEDS`).
    Background sentences are not rated. Nothing without the model (h-codes43)."""
    from guwah.extract.regional import words_of

    model = acts.kazakh()
    if model is None or not doc.sentences:
        return []
    text = doc.text
    usable = [i for i, s in enumerate(doc.sentences) if not _BACKGROUND.search(text, s.start, s.end)]
    rated = model.probabilities([text[doc.sentences[i].start:doc.sentences[i].end] for i in usable])
    stated = {(index, trigger.code) for trigger, index, _match in hits} | refused
    added = []
    for index, cats in zip(usable, rated, strict=True):
        sentence = doc.sentences[index]
        codes = [code for code, p in cats.items() if p >= model.threshold and (index, code) not in stated
                 and all(need.search(text, sentence.start, sentence.end) for need in _KAZAKH_NEEDS.get(code, ()))]
        if not codes:
            continue
        words = [w for w in words_of(text[sentence.start:sentence.end]) if any(ch.isalpha() for ch in w.text)]
        if not words:
            continue
        by_word = model.probabilities([w.text for w in words])
        for code in codes:
            best = max(range(len(words)), key=lambda k, code=code: by_word[k][code])
            start, end = sentence.start + words[best].start, sentence.start + words[best].end
            # Kazakh puts the verb last and denies it by a suffix («айдалмады») or «жоқ» after it: the
            # chosen word and the last word of its clause are read whole
            comma = next((k for k in range(best + 1, len(words))
                          if re.search(r"[,;:]", text[sentence.start + words[k - 1].end:sentence.start + words[k].start])), len(words))
            verb = words[comma - 1]
            if any(negated_after(text, position, "kk") for word in {words[best], verb}
                   for position in range(sentence.start + word.start + 3, sentence.start + word.end + 1)):
                continue
            if refusal(doc, index, start, end, code=code) is None:
                added.append((Trigger(code, None, language="kk", rules=("acts model kk",)), index, SpanMatch(start, end, text[start:end])))
    return added


# A negation right before the act's words ("Nobody struck", "was never", «не били»).
_DENIED_HERE = re.compile(rf"(?:{NEGATION})(?:\s+[\w'’]+){{0,2}}\s*$", re.I)


def _denied(doc: Doc, refused_matches: list, hits: list) -> set[tuple[str, str, int]]:
    """(person, code, sentence index) of every act a sentence denies of someone ("Nobody … me", "she
    was never …"): another wording of that act in the same sentence is not given to that person,
    nor the act as a report told it in one of the two sentences before ("a newspaper said that …";
    a claim the text corrects is not an asserted act)."""
    denied = set()
    text = doc.text
    stated = [(trigger.code, index, match.start(), match.end()) for trigger, index, match in hits]
    for trigger, index, match in refused_matches:
        sentence = doc.sentences[index]
        if any(code == trigger.code and i == index and s < match.end() and match.start() < e for code, i, s, e in stated):
            continue  # the same words state the act by another entry ("could not speak Kazakh without …")
        if trigger.negative_form or not _DENIED_HERE.search(text, max(sentence.start, match.start() - 30), match.start()):
            continue  # refused for a hedge, or for a negation further off ("not know …, or whether …")
        people = attribute(doc, index, match.start(), match.end(), object_first=trigger.object_first,
                           subject_first=trigger.subject_first)
        denied |= {(pid, trigger.code, index) for pid in people}
        # A report's claim the text then denies ("A newspaper said that she had been sterilised.
        # She told us this is not true: she was never sterilised."): the report's sentence, one or
        # two before in the paragraph, that tells the act through a verb of reporting.
        # The denial tells the act by a verb ("she was never sterilised"), not a noun under another
        # verb denied ("neither the verdict nor the address was shown to her").
        analysis = doc.analysis
        if analysis is None or not any(t.pos == "VERB" for t in analysis.tokens_in(match.start(), match.end())):
            continue
        for before in (index - 1, index - 2):
            if before < 0 or doc.sentences[before].paragraph != sentence.paragraph:
                break
            start = doc.sentences[before].start
            if any(code == trigger.code and i == before and _REPORTING_WORD.search(text, start, s)
                   for code, i, s, _e in stated):
                # a denial that names no one ("no coil was ever inserted") denies it of whomever the report named
                denied |= {(pid, trigger.code, before) for pid in people or [None]}
    return denied


def _in_scope(doc: Doc, index: int, start: int, end: int, people: list[str], sources: set[str],
              we_includes_speaker: bool) -> list[str]:
    """The people an act at [start, end) of sentence `index` happened to, less those it cannot be:
    - the speaker, when the act is what the speaker saw or was told ("I watched guards beat a cellmate",
      "a neighbour told me they had beaten her"): then the person after the words, if any;
    - the source of what the sentence reports ("…, according to X"), and a person mentioned only
      as a source anywhere ("according to her sister X"; `sources`); the hearer of it ("X told her
      nephew, Y, that …"; "Y was told that …", "Y heard that …", with no pronoun after "that"
      standing for Y);
    - the speaker, when the act's grammatical subject is someone else's relative ("since his brother
      vanished"), or its object is the speaker's cellmate or relative ("they beat my cellmate").
    """
    text = doc.text
    sentence = doc.sentences[index]
    speaker = doc.speakers.get(index)
    cues = list(_WITNESSED.finditer(text, sentence.start, start))
    cue = cues[-1] if cues else None
    if cue and speaker in people and not _FIRST_PERSON.search(text, cue.end(), min(sentence.end, end + 20)):
        people = [pid for pid in people if pid != speaker]
        if not people:
            people = [pid for pid in attribute(doc, index, start, end, we_includes_speaker=we_includes_speaker,
                                               object_first=True) if pid != speaker]
    if people and speaker in people and _relative_is_subject(doc, start, end):
        people = [pid for pid in people if pid != speaker]
    if people and speaker in people:
        # "the guards beat my cellmate": the possessor of the person it happened to is not that person
        after = text[end:min(sentence.end, end + 16)]
        mine = _MY.match(after.lstrip()) or _OUR.match(after.lstrip())
        if mine and _someone_of_the_speakers(after.lstrip(), mine):
            people = [pid for pid in people if pid != speaker]
    named_sources = {pid for (s, _e), pid in doc.person_spans_in(sentence.start, sentence.end)
                     if _SOURCE.search(text, max(0, s - 40), s)}
    # The teller of what the sentence reports ("My mother says they …"): named before a
    # verb of saying that comes before the act, with no pronoun after it that could stand for them.
    for (_s, e), pid in doc.person_spans_in(sentence.start, start):
        says = _SAYS.match(text, e, start)
        if says and not _PERSONAL.search(text, says.end(), end) \
                and not any(p == pid for _span, p in doc.person_spans_in(says.end(), end)):
            named_sources.add(pid)
    # The hearer of what the sentence reports: "a neighbour told her nephew, X, that …", "no one
    # told her brother where she was held".
    tellings = list(_TELL.finditer(text, sentence.start, start))
    if tellings:
        telling = tellings[-1]
        that = _THAT.search(text, telling.end(), start)
        if that:
            named_sources |= {pid for (s, _e), pid in doc.person_spans_in(telling.end(), that.start())}
    # The hearer told in the passive ("His cousin, X, was informed last year that the parcels of
    # medicine … were sent back"): named before "was told", with no pronoun after "that" that could stand for them.
    # So is who heard or learned it ("my brother-in-law, X, heard that Y had been handed thirteen
    # years", « X a appris que … », «X узнал, что …»).
    told = list(_TOLD_PASSIVE.finditer(text, sentence.start, start)) + list(_HEARD.finditer(text, sentence.start, start))
    told.sort(key=lambda match: match.start())
    if told:
        that = _THAT.search(text, told[-1].end(), start)
        if that and not _PERSONAL.search(text, that.end(), end):
            named_sources |= {pid for (_s, _e), pid in doc.person_spans_in(sentence.start, told[-1].start())}
    kept = [pid for pid in people if pid not in sources and pid not in named_sources
            and not _owner_of_the_place(doc, index, start, end, pid)]
    # The teller told by a pronoun ("She said that the guards had shocked Ablet's
    # neck", « Il a dit que … », «Он рассказал, что …»): the sentence opens with the pronoun and the
    # verb of saying, and no pronoun after it could stand for the teller; whoever the act was given
    # that is not named after the verb is the teller: the person after the words, if any, instead.
    says = _PRONOUN_SAYS.match(text, sentence.start, start)
    if kept and says and not _TELLER_AGAIN.search(text, says.end(), min(sentence.end, end + 20)):
        named_after = {pid for _span, pid in doc.person_spans_in(says.end(), sentence.end)}
        tellers = {pid for pid in kept if pid not in named_after}
        if tellers:
            kept = [pid for pid in kept if pid not in tellers] or \
                [pid for pid in attribute(doc, index, start, end, we_includes_speaker=we_includes_speaker, object_first=True)
                 if pid not in tellers and pid in named_after and pid not in sources]
    return kept


def _owner_of_the_place(doc: Doc, index: int, start: int, end: int, pid: str) -> bool:
    """Whether person `pid` is named in sentence `index` only as the owner of the place where an act
    at [start, end) happens, by the parse, unless the act's target is that person: every mention of them
    there is the possessor of the noun of a preposition of the act's verb or of the verb it hangs on,
    a noun that is no part of the body nor a person (`acts.object_class`; "under his toenails" is his)
    ("the writer was confined in her uncle's flat": the uncle is not the one confined). English; False
    without a parse."""
    from bisect import bisect_left

    from guwah.extract.acts import object_class
    from guwah.extract.subjects import _children, syntactic_target

    analysis = doc.analysis
    if analysis is None or not analysis.tokens or (doc.language or "en") != "en":
        return False
    sentence = doc.sentences[index]
    mentions = [span for span, p in doc.person_spans_in(sentence.start, sentence.end) if p == pid]
    target = syntactic_target(doc, start, end)
    if not mentions:
        return False
    tokens = analysis.tokens
    if target is not None and any(s <= tokens[target].start < e for s, e in mentions):
        return False
    starts = analysis.token_starts()
    words = range(bisect_left(starts, start), bisect_left(starts, end))
    verbs = {i for i in words if tokens[i].pos in ("VERB", "AUX")}
    if not verbs:  # an act told without a verb ("seized at his aunt's flat with no warrant"): the verb its words hang on
        verbs = {tokens[i].head for i in words if tokens[tokens[i].head].pos in ("VERB", "AUX")}
    verbs |= {tokens[i].head for i in verbs}  # "confined in her uncle's flat, let out …": the verb it hangs on
    children = _children(analysis)
    for s, e in mentions:
        inside = [i for i in range(bisect_left(starts, s), bisect_left(starts, e))]
        heads = [i for i in inside if not s <= tokens[tokens[i].head].start < e]
        if len(heads) != 1 or tokens[heads[0]].dep != "poss" \
                or not any(tokens[c].dep == "case" for c in children.get(heads[0], [])):
            return False
        place = tokens[heads[0]].head
        if object_class(analysis, place) in ("body", "person"):  # "under his toenails", "to his wife's cousin"
            return False
        above = tokens[place].head
        if tokens[place].dep not in ("pobj", "obl") or not (above in verbs or tokens[above].head in verbs):
            return False
    return True


# A pronoun after the verb of saying that may stand for the teller, alone or among others ("guards
# beat him", "made them sit", « on le frappait », «их били»).
_TELLER_AGAIN = re.compile(
    r"\b(?:I|me|my|he|him|his|she|her|we|us|our|they|them|their|il|elle|ils|elles|lui|le|la|les|leur|je|nous|"
    r"я|меня|мне|он|его|ему|она|её|ее|ей|мы|нас|нам|они|их|им)\b|\b[lmj]['’]", re.I)
# A sentence opened by a pronoun and a verb of saying ("She said that", « Elle a raconté que »,
# «Он рассказал, что»): the pronoun is the teller of what follows.
_PRONOUN_SAYS = re.compile(
    rf"[\s\"“«'‘(]*(?:\d+(?:\.\d+)*\.?\s+)?(?:he|she|they|il|elle|ils|elles|он|она|они)\s+(?:\w+\s+){{0,2}}?"
    rf"{SAYING_THAT}\b,?\s+(?:that\s+|que\s+|qu['’]|что\s+)?", re.I)


# What the speaker saw or heard, or was told: the act in what follows happened to someone else
# (unless the speaker is named in it: "they told me that I would be sentenced"). The words of telling
# are views of the one table of verbs of saying (`lexicon.SAYING_VERBS`): "told me", "wrote to us",
# « m'a dit », « nous a répondu », «сказал мне», «мне написали».
_TOLD_EN = saying_forms(told=True, languages=("en",))
_TOLD_RU = f"{saying_forms('tells', languages=('ru',))}|{saying_forms(told=True, languages=('ru',))}"
_WITNESSED = re.compile(
    rf"\b(?:I|we)\s+(?:\w+\s+)?(?:saw|watched|witnessed|heard|could see|could hear)\b|\b(?:{_TOLD_EN}|showed) (?:me|us)\b|"
    rf"\b(?:m|nous)['’ ]?\s?(?:a|ont|avait|avaient) (?:{told_participles()})\b|\b(?:j['’]ai|nous avons) (?:vu|entendu)\b|"
    rf"\b(?:я|мы) (?:\w+ )?(?:видел\w*|слышал\w*)\b|\b(?:{_TOLD_RU}) (?:мне|нам)\b|"
    # the listener told of an act ("we were told that …", « on nous a appris que … », «нам сказали, что …»):
    # reported, not performed, so only with what follows a report ("we were told to sing" is an order)
    r"\b(?:I|we)\s+(?:was|were|had been|have been|got)\s+(?:\w+\s+)?(?:told|informed|notified)(?=\s+(?:that|about|of|how|what|where)\b)|"
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:learned|learnt|found out|heard from)\b|"
    r"\b(?:(?:m|nous)['’ ]?\s?(?:a|ont|avait|avaient) (?:annoncé|informée?s?|prévenue?s?)|(?:j['’]ai|nous avons) appris)(?=\s+(?:que|qu['’]|où|comment)|\b)|"
    rf"\b(?:мне|нам)\s+(?:\w+\s+)?(?:{_TOLD_RU})(?=,?\s+(?:что|где|как|о|об)\b)|"
    r"\b(?:я|мы)\s+(?:\w+\s+)?(?:узнал\w*)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|we|us|our|je|j['’]|moi|nous|я|меня|мне|мной|мы|нас|нам)\b|\bm['’]", re.I)
# "according to X", "selon X", «по словам X», with a kin word between ("according to her sister X").
_SOURCE = re.compile(r"(?:\baccording to|\bselon|\bпо словам)\s+(?:(?:my|his|her|their|our|son|sa|ses|leur|его|её|ее|их)\s+"
                     r"(?:[\w-]+\s+)?)?$", re.I)


_SAYS = re.compile(r"(?:\s+(?:(?!(?:and|or|but|et|ou|mais|и|или|но|а)\b)\w+\s+){0,3}?)?\s*,?\s*"
                   rf"{SAYING_THAT}\b,?\s+(?:that\s+|que\s+|qu['’]|что\s+)?", re.I)
_PERSONAL = re.compile(r"\b(?:I|me|my|he|him|his|she|her|il|elle|lui|je|j['’]|me|m['’]|я|меня|мне|он|его|ему|она|её|ее|ей)\b", re.I)
_TELL = re.compile(rf"\b(?:{saying_forms(told=True)})\b", re.I)  # a verb of saying with its hearer after it
_THAT = re.compile(r"\b(?:that|where|que|qu['’]|où|что|где)\b", re.I)
_TOLD_PASSIVE = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+){0,2}?(?:told|informed|notified)\b", re.I)
_HEARD = re.compile(rf"\b(?:{hearing_forms('en', 'fr', 'ru')})\b(?=,?\s+(?:that|que|qu['’]|что)\b)", re.I)


_MY = re.compile(r"\b(?:my|mon|ma|mes|мой|моя|моё|мое|мои|моего|моей|моих|мою)\b", re.I)
_OUR = re.compile(r"\b(?:our|notre|nos|наш|наша|наше|наши|нашего|нашей|наших|нашу)\b", re.I)


def _possessed_by_speaker(text: str, start: int, end: int, limit: int, we_includes_speaker: bool) -> bool:
    """Whether the act's words, or the few words after them, name something of the speaker's ("my
    passport", «mes parents»; "our" only once the speaker is known to have been detained)."""
    span = text[start:min(limit, end + 16)]
    mine = _MY.search(span) or (we_includes_speaker and _OUR.search(span))
    return bool(mine) and not _someone_of_the_speakers(span, mine)


def _someone_of_the_speakers(span: str, possessive: re.Match) -> bool:
    """Whether the possessive names a person ("beat my cellmate", «ma voisine»), not a thing."""
    following = [word.lower() for word in re.findall(r"[\w-]+", span[possessive.end():])[:2]]
    return any(word in KIN or word in PEOPLE_NOUNS for word in following)




def _only_sources(doc: Doc) -> set[str]:
    """People every mention of whom is the source of reported information ("according to her sister
    X"): whoever tells what happened, never the one it happened to."""
    mentioned: dict[str, bool] = {}
    for (s, _e), pid in doc.person_spans:
        mentioned[pid] = mentioned.get(pid, True) and bool(_SOURCE.search(doc.text, max(0, s - 40), s))
    return {pid for pid, only in mentioned.items() if only}


def _relative_is_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the act's grammatical subject is a third person's relative ("his brother vanished")."""
    analysis = doc.analysis
    if analysis is None:
        return False
    tokens = analysis.tokens_in(start, end)
    if not tokens:
        return False
    starts = analysis.token_starts()
    from bisect import bisect_left

    verbs = {bisect_left(starts, t.start) for t in tokens if t.pos in ("VERB", "AUX")}
    for i in range(max(0, min(verbs, default=0) - 12), min(verbs, default=0)):
        token = analysis.tokens[i]
        if token.head in verbs and token.dep in SUBJECT_DEPS and token.lemma.lower() in KIN:
            possessor = analysis.tokens[i - 1] if i else None
            if possessor and possessor.text.lower() in ("his", "her", "their", "son", "sa", "ses", "leur", "его", "её", "ее", "их"):
                return True
    return False


def _camp_rule_applies(doc: Doc, index: int, body: str) -> bool:
    """Whether a camp rule in this sentence includes the speaker: "we", "anyone", nobody named, or
    only the detainees as a group ("forty men in a cell …", « les détenues devaient … »),
    with no one else named."""
    from guwah.extract.subjects import references

    if _INCLUSIVE.search(body):
        return True
    refs = references(doc, index)
    if any(kind in ("person", "he", "she") for _s, _e, kind, _p in refs):
        return False
    groups = [doc.text[s:e] for s, e, kind, _p in refs if kind == "generic"]
    return all(DETAINED_GROUP.search(group) for group in groups)


def _reprisals(doc: Doc, proposals: list) -> None:
    """Relatives of the speaker harmed after "because of my activism" suffered a reprisal."""
    text = doc.text
    for index, sentence in enumerate(doc.sentences):
        cue = _REPRISAL.search(text, sentence.start, sentence.end)
        speaker = doc.speakers.get(index)
        if not cue or not speaker:
            continue
        owner = doc.person(speaker)
        relatives = {r.person for r in owner.relations}
        paragraph = sentence.paragraph
        harmed = [
            (pid, span, offset) for pid, code, span, offset in proposals
            if pid in relatives and offset >= sentence.start
            and doc.sentences[doc.sentence_index(offset)].paragraph == paragraph
            and (code.startswith(("detention.", "death.", "coercion.")))
        ]
        harmed += [
            (event.person, event.evidence, event.evidence[0]) for event in doc.events
            if event.person in relatives and event.type in ("arrest", "detention", "death")
            and event.evidence[0] >= sentence.start
            and doc.sentences[doc.sentence_index(event.evidence[0])].paragraph == paragraph
        ]
        for pid, span, offset in harmed:
            proposals.append((pid, "family.reprisal", (min(sentence.start, span[0]), max(sentence.end, span[1])), offset))
    # Relatives harmed in the sentence that gives the cause ("because I talked to the press,
    # my father was taken away"; "ma sœur a été convoquée à cause de moi").
    # The harm passes the one scope test of every act (`refusal`: not denied, negated in its clause,
    # threatened, hedged or asked).
    relatives = {p.id for p in doc.persons if "relative" in p.roles}
    for index, sentence in enumerate(doc.sentences):
        body = text[sentence.start:sentence.end]
        if not _REPRISAL_CUE.search(body):
            continue
        # any harm the scope test lets stand (a harm denied, then another told, h-codes58)
        if not any(refusal(doc, index, sentence.start + harm.start(), sentence.start + harm.end(), code="family.reprisal") is None
                   for harm in _HARM.finditer(body)):
            continue
        speaker = doc.speakers.get(index)
        # the one who spoke out, or is to be brought back, is named inside the cue: not the relative harmed
        cues = [(sentence.start + c.start(), sentence.start + c.end()) for c in _REPRISAL_CUE.finditer(body)]
        for (s, _e), pid in doc.person_spans_in(sentence.start, sentence.end):
            if pid in relatives and pid != speaker and not any(a <= s < b for a, b in cues):
                proposals.append((pid, "family.reprisal", (sentence.start, sentence.end), s))


# A warrant shown or a charge laid by a court: an arrest with legal process, not arbitrary by itself
# ("without a warrant", «без ордера» say the opposite and are left to the rules).
_LEGAL_PROCESS = re.compile(
    r"(?<!without )(?<!no )(?<!sans )(?<!без )\b(?:warrant|mandat d['’]arrêt|ордер\w*)\b|"
    r"\b(?:was|were) (?:formally )?charged\b|\b(?:extradited|extradé\w*|экстрадир\w*)\b|"
    # a court's sentence told with the arrest ("arrested … and sentenced …"): the act is the
    # sentence (`detention.prison_sentence`), its own code
    r"\b(?:sentenced|convicted|condamnée?s?|осужд[её]н\w*|приговор\w*)\b", re.I)


# An arrest event told only by someone's not coming home ("He did not come home", "never came
# back"): it states no custody (violations.yaml: arbitrary arrest is "taken into custody …",
# disappearance "taken away and whereabouts unknown"), so no code follows from it unless its
# sentence names who or what held the person ("went to the police station and never came back").
_NOT_BACK = re.compile(r"(?:did not|didn['’]t|never) (?:come|came|return(?:ed)?)(?: (?:back|home))?", re.I)
_CUSTODY_CUE = re.compile(
    r"\b(?:police\w*|station|summon\w*|called in|called to|officials?|officers?|cadres?|camps?|study|studies|"
    r"detain\w*|arrest\w*|custody|took|taken|interrogat\w*|questioning)\b", re.I)


def _implied(doc: Doc, proposals: list, sources: set[str]) -> None:
    """Codes that follow from the events and from other codes, as `vocab/violations.yaml` defines them:
    - an arrest (an `arrest` event: taken into custody, not denied or hedged, its person found) is
      `detention.arbitrary_arrest` ("taken into custody without warrant, charge or legal process,
      or on a pretext") unless its sentence tells a warrant, a charge or a court's sentence, or it is
      told only by the person's not coming home with nothing in its sentence of who held them (`_NOT_BACK`);
    - a detention or a transfer into an internment camp (the event's facility is a camp) is
      `detention.internment_camp` ("held in a so-called re-education … centre").
    Both pass the rules' scope test (`refusal`, `_in_scope`: not denied, not hedged, not the
    source of the report)."""
    text = doc.text
    camps = {f.id for f in doc.facilities if f.facility_type == "internment_camp"}
    for event in doc.events:
        if not event.person:
            continue
        index = doc.sentence_index(event.evidence[0])
        sentence = doc.sentences[index]
        span, offset = (sentence.start, sentence.end), (event.trigger or event.evidence)[0]
        words = event.trigger or event.evidence
        stated = refusal(doc, index, words[0], words[1], code="detention.") is None  # both codes are of custody
        # the rules' scope: not the source of the report, not the speaker as witness
        stated = stated and bool(_in_scope(doc, index, words[0], words[1], [event.person], sources, False))
        person = event.person
        if stated and not _not_kin_possessors(doc, index, [person]):
            # «Мужа Гульнар, Асета Касымова, забрали»: the husband's possessor is not the one taken;
            # the relative named in apposition after her is, else no one named
            person = _named_in_apposition(doc, index, person)
            stated = person is not None
        if stated and event.type == "arrest" and not _LEGAL_PROCESS.search(text, sentence.start, sentence.end) \
                and not (_NOT_BACK.fullmatch(text, words[0], words[1])
                         and not _CUSTODY_CUE.search(text, sentence.start, sentence.end)):
            proposals.append((person, "detention.arbitrary_arrest", span, offset))
        if stated and event.type in ("detention", "transfer") and event.facility in camps:
            proposals.append((person, "detention.internment_camp", span, offset))


# A death told of the place of custody by an anaphor: "He died there", « c'est là qu'elle est morte »,
# «умер … там» (h-x30c: a death in custody no rule read, on v8, v10 and v14, in three languages).
_DIED = re.compile(r"\b(?:died|passed away|perished|s['’]est\s+éteinte?|est\s+morte?|est\s+décédée?|décédée?|"
                   r"умер(?:ла|ли)?|скончал(?:ся|ась|ись)|погиб(?:ла|ли)?)\b", re.I)
# "there" of a place, not the existential "there is no information"; the French clitic « y » of a
# place before the death's own verb (« il y est mort », « elle y est décédée »; never « il y a »)
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|must|seems?|remains?)\b)|"
                    r"\b(?:là|там)\b|\by(?=\s+(?:est|sont|serait|seraient)\s+(?:morte?s?|décédée?s?)\b)", re.I)
_HELD_EVENTS = ("arrest", "detention", "transfer", "sentencing")


def _died_there(doc: Doc, proposals: list) -> None:
    """`death.in_custody` for a person whose death a sentence tells with "there" (« là », «там»)
    within a few words of the death's verb, when the four sentences before it, in its paragraph,
    put that same person in custody (an arrest, detention, transfer or sentencing event, or a
    detention code) and tell no release of theirs. The death passes the one scope test
    (`refusal`: not denied, hedged, threatened or asked)."""
    text = doc.text
    held: dict[str, list[int]] = {}
    released: dict[str, list[int]] = {}
    for event in doc.events:
        if event.person and event.type in _HELD_EVENTS:
            held.setdefault(event.person, []).append(event.evidence[0])
        elif event.person and event.type == "release":
            released.setdefault(event.person, []).append(event.evidence[0])
    for person_id, code, _span, offset in proposals:
        if code.startswith("detention.") and code not in ("detention.house_arrest", "detention.arbitrary_arrest"):
            held.setdefault(person_id, []).append(offset)
    for index, sentence in enumerate(doc.sentences):
        died = _DIED.search(text, sentence.start, sentence.end)
        if died is None:
            continue
        there = _THERE.search(text, max(sentence.start, died.start() - 30), min(sentence.end, died.end() + 40))
        if there is None or refusal(doc, index, died.start(), died.end(), code="death.in_custody"):
            continue
        window = doc.window_start(index, 4)
        for person_id in attribute(doc, index, died.start(), died.end()):
            custody = [o for o in held.get(person_id, []) if window <= o < died.start()]
            if custody and not any(window <= o < died.start() for o in released.get(person_id, [])):
                proposals.append((person_id, "death.in_custody", (sentence.start, sentence.end), died.start()))


# Events that tell a person was in custody or taken: what a subjectless sentence after them continues.
_CUSTODY_EVENTS = ("arrest", "detention", "transfer", "sentencing", "interrogation", "disappearance", "death")


def _not_kin_possessors(doc: Doc, index: int, people: list[str]) -> list[str]:
    """`people` less whoever sentence `index` names only right after a kin word of the other gender,
    which makes them the relative's possessor («Мужа Гульнар, Асета Касымова, забрали»: Гульнар's
    husband was taken, not Гульнар; "the husband of" a woman). Russian kin words in any case and the
    English and French ones, from `lexicon.KIN`; the same gender («брата Ерлана») may be the
    relative named, and is kept."""
    sentence = doc.sentences[index]
    kept = []
    for person_id in people:
        mentions = [span for span, p in doc.person_spans_in(sentence.start, sentence.end) if p == person_id]
        gender = _gender(doc, person_id) if mentions else None
        possessor = bool(mentions) and gender is not None
        for start, end in mentions:
            own = KIN.get(doc.text[start:end].lower())
            if own is not None and own[1] is not None and own[1] != gender:
                continue  # the kin word itself made a mention of the possessor («Мужа» of Гульнар)
            before = re.search(r"(\w+)\s+$", doc.text[max(sentence.start, start - 30):start])
            kin = KIN.get(before.group(1).lower()) if before else None
            if kin is None or kin[1] is None or kin[1] == gender:
                possessor = False
        if not possessor:
            kept.append(person_id)
    return kept


def _unnamed_bystanders(doc: Doc, proposals: list) -> list:
    """`proposals` less the acts given to a person with no name whom the act's sentence names only as a
    bystander (`subjects.bystander`: the owner of a place a preposition governs, a host, a
    beneficiary, the one visited): "police seized him at his aunt's house" is not the aunt's, « la police
    est venue chez sa tante et l'a arrêté » not the aunt's (issue 11). An unnamed relative keeps an
    act that syntax makes theirs (subject, object, owner of the thing taken: "took her mother's phone")."""
    kept = []
    for proposal in proposals:
        person_id, _code, _span, offset = proposal
        sentence = doc.sentences[doc.sentence_index(offset)]
        mentions = [span for span, pid in doc.person_spans_in(sentence.start, sentence.end) if pid == person_id]
        if mentions and not doc.person(person_id).names and all(bystander(doc, s, e) for s, e in mentions):
            continue
        kept.append(proposal)
    return kept


def _named_in_apposition(doc: Doc, index: int, person_id: str) -> str | None:
    """The person named right after a mention of `person_id` in sentence `index`, set off by a comma
    («Мужа Гульнар, Асета Касымова, …»: Асет), or None."""
    sentence = doc.sentences[index]
    spans = doc.person_spans_in(sentence.start, sentence.end)
    for (_s, e), pid in spans:
        if pid != person_id:
            continue
        for (s2, _e2), other in spans:
            if other != person_id and re.fullmatch(r"\s*,\s*", doc.text[e:s2]):
                return other
    return None


# "We" in its cases, as the one an act is done to: "we were beaten", "made us kneel", « on nous
# interdisait », «нас заставляли».
_WE_WORDS = frozenset("we us nous мы нас нам".split())


def _done_to_we(doc: Doc, start: int, end: int) -> bool:
    """Whether the parse makes "we"/"us" the subject or object of the act's verb at [start, end), of
    the verb its noun hangs on, or of the verb it is joined to ("we were made to work without pay",
    "they made us sign", «нас заставляли работать»; not "they told us that he was beaten", a clause
    of its own). "We" always counts its speaker: told so, the act is the speaker's as one of the
    group, held or not (the caller leaves out a family's "we had no news", and what a school or a
    village also imposes on "we", `_CAMP_RULE_CODES`, until the speaker is held)."""
    from bisect import bisect_left

    from guwah.extract.subjects import _children

    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return False
    tokens = analysis.tokens
    starts = analysis.token_starts()
    inside = range(bisect_left(starts, start), bisect_left(starts, end))
    verbs = {i if tokens[i].pos in ("VERB", "AUX") else tokens[i].head for i in inside}
    verbs = {v for v in verbs if tokens[v].pos in ("VERB", "AUX")}
    for verb in list(verbs):
        for _hop in range(2):
            if tokens[verb].dep not in ("xcomp", "conj") or tokens[verb].head == verb:
                break
            verb = tokens[verb].head
            verbs.add(verb)
    children = _children(analysis)
    return any(tokens[c].dep in _WE_RELATIONS and tokens[c].text.lower() in _WE_WORDS
               for v in verbs for c in children.get(v, []))


_WE_RELATIONS = frozenset(("nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj", "iobj", "dative"))


def _says_we(doc: Doc, index: int) -> bool:
    """Whether the sentence tells of "we"/"us"/"our" (`subjects.references`)."""
    from guwah.extract.subjects import references

    return any(kind == "we" for _s, _e, kind, _p in references(doc, index))


# The one a sentence speaks to: a pronoun of the second person.
_ADDRESSED = re.compile(r"\b(?:you|your|vous|votre|vos|tu|toi|ton|ta|tes|вы|вас|вам|ваш\w*|ты|тебя|тебе|твой\w*|твоя|твою)\b", re.I)


def _carried(doc: Doc, proposals: list, orphans: list[tuple[str, int, int]]) -> None:
    """Acts whose sentence names no one and no group (a chronology's «Два месяца содержался в
    СИЗО», "Placé ensuite en détention", "Sentenced in 2019 to ten years"): the person the story
    is following, i.e. the one of the latest custody event or act in this sentence before the
    words, or in the four sentences before it in the same paragraph; nobody when those name several
    people or none, or when the act's sentence speaks to someone ("you", « vous », «вы»: the one
    addressed, whom no name gives, not the person the story follows)."""
    if not orphans:
        return
    told = [(offset, pid) for pid, _code, _span, offset in proposals]
    told += [((e.trigger or e.evidence)[0], e.person) for e in doc.events if e.person and e.type in _CUSTODY_EVENTS]
    told.sort()
    for code, index, start in orphans:
        sentence = doc.sentences[index]
        if _ADDRESSED.search(doc.text, sentence.start, sentence.end):
            continue
        first = doc.sentences[max(0, index - 4)]
        earlier = [(offset, pid) for offset, pid in told if max(first.start, 0) <= offset < start
                   and doc.sentences[doc.sentence_index(offset)].paragraph == sentence.paragraph]
        if not earlier:
            continue
        people = {pid for _offset, pid in earlier}
        if len(people) != 1:
            continue  # the story follows more than one person here: not guessed
        pid = earlier[-1][1]
        proposals.append((pid, code, (sentence.start, sentence.end), start))


# "No news" told as a list of what never came since someone was taken (h-x32c): no visit, no lawyer,
# no letter, no place named (« ni visite, ni avocat, ni nouvelles », «ни письма, ни звонка»). The nouns of
# news, contact and process a family waits for (English, French, Russian word starts); the list's
# negation is `lexicon.NEGATION_WORDS`'s. Held with no contact is `detention.incommunicado` (and only
# that, the place among what never came or not: `_held_apart`, h-codes57).
_NEWS_NOUNS = (r"letter|call|phone call|news|word|message|visit|answer|reply|lawyer|trial|court|verdict|"
               r"notice|contact|place|address|whereabouts|"
               r"lettre|appel|coup de fil|nouvelle|courrier|visite|réponse|avocat|procès|jugement|tribunal|"
               r"contact|lieu|adresse|signe de vie|"
               r"письм|звон|вест|известий|сообщени|свидани|ответ|адвокат|суд|приговор|адрес|мест")
_NO_NEWS_LIST = re.compile(negated_list(_NEWS_NOUNS), re.I)
# Custody events that put the person of a "no news" list out of reach.
_TAKEN_EVENTS = ("arrest", "detention", "transfer", "disappearance")


def _no_news(doc: Doc, proposals: list) -> None:
    """`detention.incommunicado` for the person whose custody a "no news" list follows: a list of two or more negated
    nouns of news, contact or process (`_NO_NEWS_LIST`) in a sentence that, or one of the three before
    it in its paragraph, tells that person's arrest, detention, transfer or disappearance (an event;
    the nearest before the list). The list passes the one scope test (`refusal`, as a negative form:
    not background, denied, asked or hedged); nobody in custody before it, no code."""
    text = doc.text
    for index, sentence in enumerate(doc.sentences):
        found = _NO_NEWS_LIST.search(text, sentence.start, sentence.end)
        if found is None or refusal(doc, index, found.start(), found.end(), negative_form=True,
                                    code="detention.incommunicado") is not None:
            continue
        window = doc.window_start(index, 3)
        taken = sorted(((e.trigger or e.evidence)[0], e.person) for e in doc.events
                       if e.person and e.type in _TAKEN_EVENTS and window <= (e.trigger or e.evidence)[0] < found.start())
        if not taken:
            continue
        proposals.append((taken[-1][1], "detention.incommunicado", (sentence.start, sentence.end), found.start()))


# Held incommunicado and enforced disappearance (vocab/violations.yaml) as the independent writers of
# the tuning golds read the two definitions (h-codes57: these expressions on the evidence of the 281
# passages of every tuning split's gold coded with one or both):
# - contact cut or refused (no call, visit, letter, lawyer, news), no place asked: incommunicado only
#   (102 passages: incommunicado in 99, disappearance in 9);
# - the family not told, or not knowing, where the person is or which prison holds them, with no word
#   of contact: both codes, each given by most writers though not always together (96 passages:
#   incommunicado in 59, disappearance in 74, both in 37; where one is given the other is too in half
#   or more: 37 of 74, 37 of 59);
# - gone ("disappeared", "not been seen since", «пропал», 失踪): as its words say (12: disappearance in 12);
# - a place untold beside a contact cut in one sentence: the writers code each clause by its words, so
#   a disappearance read there stays, and is incommunicado as well (16 passages: incommunicado in 15).
# `_held_apart` applies this to every act of either code, whichever entry or pass found it.
_APART_CODES = ("detention.incommunicado", "disappearance.enforced")
_PLACE_ASKED = (r"where(?:abouts)?|which (?:prison|camp|jail|facility|detention cent(?:re|er)|place)|location|"
                r"où|dans quel(?:le)?s?|lieu|где|куда|в как(?:ой|ом)|местонахождени\w*|мест[еоа] (?:\w+ )?содержания")
# Not knowing, not told, refused: the words that make a question of place untold (the one negation
# list, `lexicon.NEGATION`, and words of absence or refusal).
_UNTOLD = (NEGATION + r"|\b(?:nobody|nothing|rien|ничего|unknown|no (?:idea|clue|information|answer|word|news)|refus\w*|declin\w*|"
           r"ignor\w*|personne|aucun\w*|неизвестн\w*|никто|отказ\w*)\b")
_WHEREABOUTS_UNTOLD = re.compile(
    rf"(?:{_UNTOLD})[^.;:!?]{{0,60}}?\b(?:{_PLACE_ASKED})\b|\b(?:{_PLACE_ASKED})\b[^.;:!?]{{0,50}}?(?:{_UNTOLD})"
    # Kazakh, Uyghur (Arabic script and Latin), Chinese: the question word itself is the place asked
    r"|(?<!\w)(?:қайда|қай\s+(?:түрме|лагер|жер)\w*|قەيەر\w*|قايسى|qeyer\w*|qaysi)|哪里|哪儿|在哪|何处", re.I)
# Contact cut or refused: a word of contact or news in the sentence of the act.
_CONTACT = re.compile(
    r"\b(?:calls?|phone\w*|telephone\w*|visit\w*|letters?|lawyers?|attorney|contact|news|word|voice|speak|write|"
    r"messages?|appels?|téléphon\w*|visites?|lettres?|avocat|nouvelles?|parler|écrire|courrier|"
    r"звон\w*|телефон\w*|свидани\w*|пис[ье]м\w*|адвокат\w*|связ\w*|вест\w*|известий|передач\w*|переписк\w*)\b"
    r"|(?<!\w)(?:хат|хабар\w*|телефон\w*|байланыс\w*|кездес\w*|خەت|خەۋەر|ئالاق\w*|تېلېفون|xet|xewer|alaq\w*)"
    r"|探视|探望|会见|电话|通话|联系|音信|音讯|来信|书信|信件|见面|见到|律师", re.I)
# The whereabouts said unknown as a fact, no one named who does not know or tell ("her whereabouts are
# unknown", "no information on his fate", «местонахождение неизвестно», «белгісіз»): the disappearance's
# own words; a disappearance read there gains no incommunicado (8 passages: disappearance in 8,
# incommunicado in 2).
_UNKNOWN_AS_A_FACT = re.compile(
    r"\b(?:whereabouts|location|fate)\b[^.;:]{0,40}?\b(?:unknown|undisclosed)\b|"
    r"\bno (?:official |further )?information\b[^.;:]{0,40}?\b(?:whereabouts|fate|where)\b|"
    r"\blieu de (?:sa|leur) détention\b|местонахождени\w*[^.;:]{0,40}?неизвестн\w*|неизвестно где|"
    r"(?<!\w)белгісіз", re.I)
# The teller's own place untold ("my whereabouts", "where I was", « où j'étais », «где я»): the one who
# tells it came back to tell it, held apart, not disappeared.
_OWN_PLACE = re.compile(r"\b(?:my whereabouts|where I\b|où j['’]|où je\b|где я\b|мо[её] местонахождени)", re.I)
# Gone: the words of a disappearance itself.
_GONE = re.compile(r"\b(?:disappear\w*|missing|vanish\w*|(?:not|never) been seen|(?:nobody|no one) has seen|"
                   r"disparu\w*|disparition|signe de vie|пропа\w*|исчез\w*)\b"
                   r"|(?<!\w)(?:жоғал\w*|хабарсыз|ізім-қайым|із-түзсіз|يوقا\w*|خەۋەرسىز|ئىز-دېرەكسىز|yoqa\w*|xewersiz)"
                   r"|失踪|下落不明|不知去向|生死不明", re.I)


def _held_apart(text: str, found: list) -> list:
    """`found` with `_APART_CODES` as their sentence's words give them (the rule above). found: a list
    of (person id, code, (sentence start, sentence end), offset, …), as `find_violations` proposes
    them; an act of incommunicado or disappearance whose sentence tells contact cut and asks no place
    (and says no one is gone) is incommunicado only (a disappearance there becomes incommunicado); one
    whose sentence asks where the person is, untold, with no word of contact or of a disappearance
    gains its twin (same person, sentence, offset and rest; no disappearance for the teller's own
    place, no incommunicado for whereabouts said unknown as a fact). Returns the new list, in the order of `found`, a twin right after its act."""
    given = {(entry[0], entry[1], entry[2]) for entry in found}
    result: list = []
    added: set = set()

    def add(entry: tuple, code: str) -> None:
        key = (entry[0], code, entry[2])
        if key not in given and key not in added:
            added.add(key)
            result.append((entry[0], code, *entry[2:]))

    for entry in found:
        code, span = entry[1], entry[2]
        if code not in _APART_CODES:
            result.append(entry)
            continue
        sentence = text[span[0]:span[1]]
        if _GONE.search(sentence):
            result.append(entry)
            continue
        place_asked = _WHEREABOUTS_UNTOLD.search(sentence)
        if _CONTACT.search(sentence):
            if code == "detention.incommunicado" or place_asked:
                result.append(entry)  # a place untold beside the contact cut: its own clause, as its words say
            if code == "disappearance.enforced":
                add(entry, "detention.incommunicado")
            elif place_asked and not _OWN_PLACE.search(sentence):
                # the contact cut and the place untold to the family ("no call since, and nobody will
                # tell us where she is"): both codes (gold convention 2; 28 of the 44 such passages of
                # the tuning golds coded incommunicado have the disappearance too)
                add(entry, "disappearance.enforced")
            continue
        result.append(entry)
        if place_asked:
            if code == "detention.incommunicado" and not _OWN_PLACE.search(sentence):
                add(entry, "disappearance.enforced")
            elif code == "disappearance.enforced" and not _UNKNOWN_AS_A_FACT.search(sentence):
                add(entry, "detention.incommunicado")
    return result


# A named companion inside the speaker's "we" (h-x32c): "X and I", "she and I", « elle … et moi »,
# « X et moi », «мы с ней», «мы с X», «X и я». The acts the speaker is given for a "we" of that
# sentence and the rest of its paragraph are the companion's too.
_WITH_ME_AFTER = re.compile(r"\b(?:and (?:I|me)|et moi|и я)\b", re.I)
_WITH_ME_BEFORE = re.compile(r"\b(?:(?:I|me) and|moi et|мы с)\s+", re.I)
_PAIR_BREAK = re.compile(r"[,;:.!?()—–]")
_COMPANION_PRONOUN = re.compile(r"\b(?:she|he|elle|lui|она|он|ней|ним)\b", re.I)
# Their gender: the one list (`lexicon.PRONOUN_GENDER`); « lui » paired with « moi » is the stressed "him".
_PRONOUN_GENDER = {**PRONOUN_GENDER, "lui": "male"}


def _companion_in(doc: Doc, index: int, speaker: str) -> str | None:
    """The one person the speaker pairs with herself in sentence `index` ("X and I", « elle … et
    moi », «мы с ней»): a person named right there (60 characters at most before "and I", or right
    after "me and" / «мы с»), or a pronoun there standing for the nearest person of its gender named
    in the three sentences before, in the paragraph; never the speaker or an official. None when
    the sentence pairs no one."""
    text = doc.text
    sentence = doc.sentences[index]
    for match in _WITH_ME_AFTER.finditer(text, sentence.start, sentence.end):
        window = max(sentence.start, match.start() - 60)
        # nothing between the two but words: «Гульнара позвонила, и я поехала» pairs no one
        named = [pid for (_s, e), pid in doc.person_spans_in(window, match.start())
                 if pid != speaker and e <= match.start() and "official" not in doc.person(pid).roles
                 and not _PAIR_BREAK.search(text, e, match.start())]
        if named:
            return named[-1]
        pronouns = [p for p in _COMPANION_PRONOUN.finditer(text, window, match.start())
                    if not _PAIR_BREAK.search(text, p.end(), match.start())]
        if pronouns:
            pronoun = pronouns[-1]
            return _nearest_of(doc, index, pronoun.start(), _PRONOUN_GENDER[pronoun.group().lower()], speaker)
    for match in _WITH_ME_BEFORE.finditer(text, sentence.start, sentence.end):
        named = [pid for (s, _e), pid in doc.person_spans_in(match.end(), match.end() + 2) if pid != speaker]
        if named:
            return named[0]
        pronoun = _COMPANION_PRONOUN.match(text, match.end())
        if pronoun is not None:
            return _nearest_of(doc, index, match.start(), _PRONOUN_GENDER[pronoun.group().lower()], speaker)
    return None


def pair_spans(doc: Doc, index: int) -> list[tuple[int, int]]:
    """The spans of the words by which sentence `index` pairs a first-person speaker with someone ("and I",
    « et moi », «и я», "me and", «мы с»: `_companion_in`'s), in text order."""
    sentence = doc.sentences[index]
    found = [m.span() for pattern in (_WITH_ME_AFTER, _WITH_ME_BEFORE)
             for m in pattern.finditer(doc.text, sentence.start, sentence.end)]
    return sorted(found)


def _nearest_of(doc: Doc, index: int, start: int, gender: str, speaker: str) -> str | None:
    """The nearest person named before `start`, in sentence `index` or the three before it in its
    paragraph, whose gender (`persons.gender`) is `gender`; not the speaker nor an official."""
    for (_s, e), pid in reversed(doc.person_spans_in(doc.window_start(index, 3), start)):
        if e <= start and pid != speaker and "official" not in doc.person(pid).roles and _gender(doc, pid) == gender:
            return pid
    return None


def paired_companions(doc: Doc, held_alone: set[int]) -> dict[int, str]:
    """The companion a first-person speaker has paired with herself (`_companion_in`: "X and I", « X et
    moi », «мы с X») in force in each sentence: from the sentence that pairs them to the end of its
    paragraph, unless a sentence of `held_alone` (the speaker held alone there) that tells no "we" ends the
    pairing. Sentence index -> the companion's id; {} where the text has no speaker or pairs no one. The
    one rule of a narrator's "we" for the acts (`_companions`) and the events (`events._paired_events`)."""
    companion: dict[int, str] = {}  # sentence index -> the companion in force there
    if not doc.speakers:
        return companion
    current: tuple[int, str] | None = None  # (paragraph, companion)
    for index, sentence in enumerate(doc.sentences):
        speaker = doc.speakers.get(index)
        if current is not None and current[0] != sentence.paragraph:
            current = None
        if speaker is not None:
            found = _companion_in(doc, index, speaker)
            if found is not None:
                current = (sentence.paragraph, found)
            elif index in held_alone and not _says_we(doc, index):
                current = None
        if current is not None:
            companion[index] = current[1]
    return companion


def _companions(doc: Doc, proposals: list) -> None:
    """The acts a first-person speaker is given for a sentence that tells of "we" go also to the
    companion the speaker has paired with herself (`paired_companions`) in that sentence or one before it
    in its paragraph: "She and I were taken the same night. We were made to sing …" gives both
    women both acts. Nothing where no one is paired; a sentence between that holds the speaker alone,
    no "we" in it ("Police took my sister and me from our shop. I spent a year in a centre in Yining.
    We were forty women to a cell": that "we" is the centre's detainees, h-attrib45), ends the pairing."""
    if not doc.speakers:
        return
    held_alone = {doc.sentence_index(offset) for pid, code, _span, offset in proposals
                  if code in _HOLDING_CODES and pid == doc.speakers.get(doc.sentence_index(offset))}
    companion = paired_companions(doc, held_alone)
    if not companion:
        return
    given = {(pid, code) for pid, code, _span, _offset in proposals}
    for person_id, code, span, offset in list(proposals):
        index = doc.sentence_index(offset)
        other = companion.get(index)
        if other is None or person_id != doc.speakers.get(index) or (other, code) in given or not _says_we(doc, index):
            continue
        given.add((other, code))
        proposals.append((other, code, span, offset))
