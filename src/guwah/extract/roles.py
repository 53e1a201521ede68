"""Roles of the persons of a document: a victim is the person of a custody event (unless the
death was natural), a person listed with a custody participle, or one of a group named with a
victim; exit and return events are kept only for the persons the testimony is about (the others' are
set aside, and come back for a person the trained model makes a victim: `restore_travels`); everyone
else is "other". The trained person model (`roles_model`) decides after these rules.
"""

from __future__ import annotations

import re

from guwah.extract.document import Doc, EventRecord, PersonRecord
from guwah.extract.lexicon import (
    CUSTODY_WORDS,
    KIN_PATTERN,
    NATURAL_DEATH_WORDS,
    RU_KIN_ANY_FORM,
    negated,
    negated_after,
)
from guwah.extract.ner import ru_cases
from guwah.extract.subjects import hedged

_VICTIM_EVENTS = ("arrest", "detention", "death", "disappearance", "sentencing", "interrogation", "release", "transfer")


def assign_roles(doc: Doc) -> None:
    """Victims of events; exit/return kept only for the people a testimony is about."""
    for event in doc.events:
        # a release or a transfer tells a custody too ("libérée en mars", "released from the camp")
        if event.person and event.type in _VICTIM_EVENTS:
            if event.type == "death" and natural_death(doc, (event.trigger or event.evidence)[0], event.person):
                continue  # a death at home, of a disease: an event, and no victim
            if _not_held(doc, event):
                continue  # a questioning its sentence says was no detention: an event, and no victim
            doc.person(event.person).roles.add("victim")
    for person_id in _listed_victims(doc):
        doc.person(person_id).roles.add("victim")
        doc.person(person_id).sure_victim = True
    for person_id in _coordinated_victims(doc):
        doc.person(person_id).roles.add("victim")
    concerned = {p.id for p in doc.persons if p.roles & {"victim", "witness", "relative"} or p.narrator}
    doc.travels_aside = [e for e in doc.events if e.type in ("exit", "return") and e.person not in concerned]
    doc.events = [e for e in doc.events if e.type not in ("exit", "return") or e.person in concerned]
    for person in doc.persons:
        if not person.roles:
            person.roles.add("other")


def restore_travels(doc: Doc) -> None:
    """Give back the exits and returns `assign_roles` set aside (`Doc.travels_aside`) of the persons now
    victims (the person model decides after the rules: "X left China in 2016", X a victim by the model
    alone); the others' stay out. Empties `travels_aside`, in place."""
    victims = {p.id for p in doc.persons if "victim" in p.roles}
    doc.events += [e for e in doc.travels_aside if e.person in victims]
    doc.travels_aside = []


# A custody act told by a bare participle after the name, in a list, a table or an apposition
# ("- X, brother, detained 2017", "X | father | sentenced to 10 years", "X, Y and Z, all detained in
# 2018", «Ерлан Нурбеков, брат, задержан в 2017 году»): no finite verb, so no event, but a victim.
_LISTED_ACT = re.compile(
    r"(?:all|both|each|tous|toutes|les deux|все|оба|обе)?\s*(?:(?:since|in|depuis|en|с|в)\s+\d{4}\s*:?\s*)?"
    r"(?:detained|arrested|imprisoned|jailed|interned|disappeared|missing|sentenced|taken away|taken in \d{4}|taken to (?:a|the) camp|"
    r"held (?:in|since|at)|sent to (?:a|the) camp|died in (?:custody|(?:a|the) camp|prison)|"
    r"arrêté\w*|détenu\w*|emprisonné\w*|interné\w*|disparu\w*|condamné\w*|"
    r"задержан\w*|арестован\w*|осужден\w*|осуждён\w*|пропал\w*|заключен\w*|помещен\w* в лагерь)\b", re.I)
# What may stand between the names and the participle: separators, "and", and short role words.
_LIST_SEPARATOR = re.compile(r"\s*(?:[,|;:(){}\[\]–—-]|\band\b|\bet\b|\bи\b)\s*", re.I)
_LIST_WORDS = 3  # at most this many words in a segment between the names and the participle


def _listed_victims(doc: Doc) -> set[str]:
    """Persons named in a list line, a table row or a string of appositions closed by a custody
    participle with no finite verb (`_LISTED_ACT`): each name of that line or clause before it."""
    text = doc.text
    victims: set[str] = set()
    for (start, end), person_id in doc.person_spans:
        if person_id in victims or _kin_possessor(doc, start):
            continue
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        position, words, names = end, 0, 0
        while position < line_end:
            separator = _LIST_SEPARATOR.match(text, position)
            if separator and separator.end() > position:
                position = separator.end()
                words = 0
                continue
            # the participle opens its segment: "…, all detained", not "…, was not detained"
            act = _LISTED_ACT.match(text, position) if words == 0 and text[end:position].strip() else None
            if act:
                # a negation before the participle or, in Russian, after it («X, брат, задержан не был»)
                if not negated(text[start:act.end()]) and not negated_after(text, act.end(), doc.language) \
                        and not hedged(doc, act.start(), act.end()):
                    victims.add(person_id)
                break
            following = doc.person_spans_in(position, position + 1)
            if following and following[0][0][0] == position:
                position, names = following[0][0][1], names + 1
                continue
            word = re.match(r"[^\W\d_][\w'’.-]*|\d+", text[position:line_end])
            if word is None or words >= _LIST_WORDS or not word.group()[:1].islower() and not word.group().isdigit():
                break
            position, words = position + word.end(), words + 1
            space = re.match(r"[ \t]+", text[position:line_end])
            position += space.end() if space else 0
    return victims


# A name that is the possessor of a kin word before it ("the father of X", « le frère de X », «отец Марата»): whose
# relative the apposition's person is, not a name of the list ("the father of X, Y, detained in 2019": Y's custody).
_KIN_OF = re.compile(rf"(?<![\w-])(?:{KIN_PATTERN})[ \t]+(?:of|de|du|des|d['’])[ \t]*(?:(?:the|le|la|l['’])[ \t]*)?$", re.I)
_KIN_BEFORE_RU = re.compile(rf"(?<![\w-]){RU_KIN_ANY_FORM}[ \t]+$", re.I)


def _kin_possessor(doc: Doc, start: int) -> bool:
    """Whether the name at `start` is the possessor of a kin word right before it: after "of", « de »
    ("brother of X", « frère de X »), or in Russian in the genitive after the kin word («брат Марата»; not
    «брат Марат», the brother himself)."""
    before = doc.text[max(0, start - 40):start]
    if _KIN_OF.search(before):
        return True
    if doc.language != "ru" or not _KIN_BEFORE_RU.search(before):
        return False
    word = re.match(r"\w+", doc.text[start:])
    return word is not None and "gent" in ru_cases(word.group(), name=True)


_CONJUNCTION = re.compile(r"\s*(?:,|&|\band\b|\bet\b|\bи\b)\s*", re.I)
# What may stand before the names that open a sentence: a plural kin word they are in apposition
# to ("Ses parents, A et B, ont disparu", «Его родители, A и B, были арестованы»).
_GROUP_HEAD = re.compile(
    r"[\W\d]*(?:(?:both of |all of |tous deux |les deux )?(?:my|his|her|their|our|mes|ses|leurs|nos|мои|его|её|ее|их|наши)"
    r"\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*)?", re.I)


def _coordinated_victims(doc: Doc) -> set[str]:
    """The other names of a group that opens the sentence of a victim's event ("A, B and C were
    detained", "Ses parents, A et B, ont disparu"): the event was told of one of them, the act of all."""
    victims: set[str] = set()
    for event in doc.events:
        if event.person is None or event.type not in _VICTIM_EVENTS or "victim" not in doc.person(event.person).roles:
            continue
        sentence = doc.sentences[doc.sentence_index(event.evidence[0])]
        spans = sorted(doc.person_spans_in(sentence.start, sentence.end))
        if not spans:
            continue
        head = _GROUP_HEAD.match(doc.text, sentence.start, spans[0][0][0])
        if head is None or head.end() != spans[0][0][0]:
            continue
        group = [spans[0][1]]
        for ((_s, end), _pid), ((start, _e), pid) in zip(spans, spans[1:], strict=False):
            if not _CONJUNCTION.fullmatch(doc.text, end, start):
                break
            group.append(pid)
        # not when the person is named again later in the sentence: the act may be told of that
        # mention ("A and B went to the market, where A was arrested")
        again = [pid for _span, pid in spans[len(group):] if pid == event.person]
        if len(set(group)) > 1 and event.person in group and not again:
            victims |= set(group) - {event.person}
    return victims


# Words of being held (arrested, detained, interned, jailed) that a questioning's sentence may deny ("questioned
# twice but never detained", « convoquée mais jamais détenue », «вызывали, но не задерживали», «в лагере не была»).
_HELD = re.compile(
    r"\b(?:detained|arrested|held|interned|jailed|imprisoned|locked up|détenue?s?|arrêtée?s?|internée?s?|emprisonnée?s?|"
    r"задерж\w*|арестов\w*|в лагере|в лагерь)(?![\w-])", re.I)


def _not_held(doc: Doc, event: EventRecord) -> bool:
    """Whether an interrogation event's sentence denies that the person was held ("asked to come in and answer
    questions, but never held", « a été interrogée, mais n'a jamais été détenue »): the golds of five tuning sets
    by five writers (v7, v19, v22, v26's, v27) list such a person's questioning as an event and the person as no
    victim (issue 11, h-persons50). A summons alone is not enough: the golds are split on it (three relatives
    summoned and questioned about a relative abroad are victims of a reprisal, three are not)."""
    if event.type != "interrogation":
        return False
    index = doc.sentence_index((event.trigger or event.evidence)[0])
    sentence = doc.sentences[index]
    for match in _HELD.finditer(doc.text, sentence.start, sentence.end):
        clause = doc.text[sentence.start:match.end()]
        if negated(clause, doc.language) or negated_after(doc.text, match.end(), doc.language):
            return True
    return False


def questioned_only(doc: Doc, person: PersonRecord) -> bool:
    """Whether the only custody a person's events tell is questioning that held no one (`_not_held`), and no
    violation is coded against them: then no victim, whatever the person model reads in the words around
    ("summoned to the station for questioning on two occasions and never detained")."""
    events = [e for e in doc.events if e.person == person.id and e.type in _VICTIM_EVENTS]
    return bool(events) and not person.violations and not person.sure_victim \
        and all(_not_held(doc, e) for e in events)


# Where a sentence's clauses part: a semicolon, a dash between spaces, or a conjunction of time or contrast
# after a comma that opens a clause of its own ("…, while her son was in the camp", « …, pendant que son
# frère était détenu », «…, пока сын сидел в лагере»); a kin noun names a person.
_KIN_NOUN = re.compile(rf"(?<![\w-])(?:{KIN_PATTERN}|{RU_KIN_ANY_FORM})(?![\w-])", re.I)
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|\s[–—-]\s|,\s*(?:while|whereas|when|pendant que|alors que|tandis que|quand|lorsque|пока|когда|"
    r"в то время как|а)(?![\w-]))\s*", re.I)


def natural_death(doc: Doc, at: int, person_id: str | None) -> bool:
    """Whether the death told at offset `at` of a sentence of `doc`, of person `person_id`, is told as
    natural and outside custody ("she died of cancer at home", "passed away of old age", « décédé chez
    lui »). A custody word counts in the death's own clause, and in another clause of the sentence only
    when that clause names no other person: in «тётя скончалась дома от болезни; её сын тогда сидел в
    лагере» and « décédé chez lui, alors que son fils était en détention » the custody is the other's. The one
    test of the death event's victim (`assign_roles`) and of the code death.in_custody (`violations`)."""
    sentence = doc.sentences[doc.sentence_index(at)]
    if not NATURAL_DEATH_WORDS.search(doc.text, sentence.start, sentence.end):
        return False
    position = sentence.start
    for piece in [*_CLAUSE_BREAK.finditer(doc.text, sentence.start, sentence.end), None]:
        end = piece.start() if piece else sentence.end
        clause = doc.text[position:end].replace("before the camps", "")
        if CUSTODY_WORDS.search(clause):
            own = position <= at < max(end, position + 1)
            others = {pid for _span, pid in doc.person_spans_in(position, end) if pid != person_id}
            if own or not others and not _KIN_NOUN.search(clause):
                return False
        position = piece.end() if piece else end
    return True
