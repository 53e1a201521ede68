"""Who a statement is about: the person a violation or an event is attributed to.

One module for events and violations. Where a language model gives a dependency parse, syntax
decides first (`syntactic_target`): the subject of a passive ("X was beaten"), the object of an
active verb ("police took him", "lui a retiré"), the subject of a verb with no object ("X died"),
a possessor ("his passport", "the body of X"); a verb joined to another ("was arrested and sent")
takes its head's. A group ("the prisoners were beaten") is nobody. When syntax names no one,
proximity decides.

Within the sentence, the reference nearest to the trigger wins, looking first before it (the
subject) and then after it (the object: "they beat me"):
- "I", "me", "my" -> the sentence's speaker (narrator or quoted witness);
- a name or a kinship phrase ("my sister") -> that person;
- "he"/"she"/"him"/"her" -> the last person of that gender named before; but a pronoun goes on
  with the subject of its own sentence before it (a pronoun, a name or "my father" that fits) past
  a relative named there in an apposition or an oblique ("she flew to see her aunt, X, and at the
  airport they took her passport": hers), not past another subject or a name as an object, nor
  from a teller's verb ("He said he …") (`_same_referent_before`);
- "my brother" (« mon frère », «моего брата») -> the brother the same speaker names beside those
  words elsewhere, before or after ("my brother, X"), else the speaker's one named brother, else
  nobody: never the speaker (`_my_kin`);
- "neither of them", "both of them", "tous (les) deux", «их обоих» -> the last two people named
  in this sentence and the two before;
- French object clitics (by the parse): "la" a woman, "le" a man, "l'" by the agreement of the
  participle after it ("l'a emmenée" a woman, "l'a emmené" a man, else the nearest person),
  "leur"/"les" the people named together in this and the two sentences before;
- a role noun joined to a name ("the applicant", «заявитель») is a person mention
  (`persons._role_nouns`);
- a record's word for the person it is about ("the above-named", "the deceased", "the subject",
  « l'intéressé », «вышеуказанный»: `lexicon.RECORD_SUBJECT`) -> the person named last before;
- "they"/"them" (« ils », «они») as what an act is told of (its passive subject, its object) -> the
  people named together just before ("X and his wife Y", `named_together`), else nobody;
- "we", "us", "our" -> the speaker, only where the speaker is among the detainees (decided by
  the caller, which passes `we_includes_speaker`);
- a generic group ("the prisoners", "women", "many") -> nobody: background is not attributed,
  unless the caller asks (`held_group`) and the group is the detainees "there", where the text has
  just put one person in custody (`held_there`);
- "the teacher" -> the one person whose name had "teacher" in apposition before (`_descriptions_in`);
- an official (a cadre, an officer, a judge) is the doer: never found by proximity or by a pronoun
  whose gender the official does not show; someone unnamed ("the woman who slept beside her") is
  nobody. A family name's ending (-qyzy, -uly, -ова) tells the gender a pronoun must fit.

A form's staff, named only in fields such as "Received by: X" or «Принял: мастер-приёмщик X», is
no one a pronoun or nearness gives an act (`form_staff`). Nor is a transcript's speaker label ("CHLOE: … her wrists":
the speaker says "I", `_a_label_only`, `_line_speaker`), the one who asks a question before its colon
("ВОПРОС (X): … о задержании?", `_asker`), or a mention whose title tells the other gender ("Mrs X. He
was held": `_titled`), even where the persons rules joined it to someone of that gender. In Russian, a clause with no subject goes
on with the topic of the sentence before («его заставляли …» after «он поехал …»).

When none of these names anyone, a record's field under its name field, a question about "you"
answered yes, and a Russian clause with neither subject nor object after a sentence whose subject is
one person («Брат полетел к дяде. В аэропорту арестовали.») are their person's (`told_in_a_record`):
violations and events ask the same rule.
"""

from __future__ import annotations

import re

from guwah.extract.document import Doc
from guwah.extract.lexicon import (
    ACTS_ON_SOMEONE,
    AND_WORDS,
    BYSTANDER_CASES,
    CLAUSE_BREAK,
    DEFINITE_WORDS,
    FORM_STAFF_LABELS,
    FUNERAL_NOUNS,
    GENDERED_NOUNS,
    HEDGE,
    HEDGE_VERBS,
    HOME_NOUNS,
    KIN,
    KIN_ALSO_PEOPLE,
    KIN_PATTERN,
    NO_ONE_WORDS,
    OBJECT_CLASSES,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    PLURAL_GENERIC,
    PRONOUN_GENDER,
    RECORD_SUBJECT,
    REPORTING,
    ROLE_NOUNS,
    RU_KIN_FORMS,
    SAYING,
    SECOND_PERSON_POSSESSIVES,
    SOMEONE_NOUNS,
    SOURCE_OF_WORDS,
    SUBJECT_DEPS,
    SUBJECT_PRONOUNS,
    THING_PRONOUNS,
    THING_TAKING_VERBS,
    TOLD_LEMMAS,
    TOO_COMMON_NOUNS,
    UNAGREED_PARTICIPLES,
    VISITING_VERBS,
    hearing_forms,
    pronouns_of,
    relative_clauses,
    saying_forms,
)
from guwah.extract.persons import (
    _ADDRESS_BEFORE,
    _ANSWERING,
    ADDRESS_TITLES,
    SPEAKER_TURN,
    addressee_before,
    court_staff,
    introduced_as_kin,
    named_as_children,
)
from guwah.extract.persons import gender as _gender  # the one gender rule

_REFERENCE = re.compile(
    rf"\b(?P<first>I|me|my|myself|je|j'|moi|me|m'|mon|ma|я|меня|мне|мной|мой|моя|мою)\b"
    rf"|\b(?P<we>we|us|our|ourselves|nous|мы|нас|нам|нами)\b"
    rf"|\b(?P<group>neither of them|both of them|(?:tous|toutes) (?:les )?deux|их (?:обоих|обеих)|оба|обе)\b"
    rf"|\b(?P<he>{pronouns_of('male')})\b"
    rf"|\b(?P<she>{pronouns_of('female')})\b"
    rf"|\b(?P<boy>the (?:boy|young man|teenager|youth)|le (?:garçon|jeune homme)|мальчик\w*|юнош\w*)\b"
    rf"|\b(?P<girl>the (?:girl|young woman)|la (?:jeune )?fille|девочк\w*|девушк\w*)\b"
    rf"|\b(?P<obj3>lui)\b"
    rf"|(?<![\w-])(?P<record>{RECORD_SUBJECT})(?![\w-])"
    rf"|\b(?P<they>they|them|ils|elles|они)\b"
    rf"|\b(?P<generic>(?:the\s+|other\s+|some\s+|many\s+)?(?:{PLURAL_GENERIC}))\b",
    re.I,
)
_CASE_SENSITIVE_FIRST = {"I"}
# The source or the hearer of what the sentence reports ("According to his brother, he was
# detained"; «рассказал Гульнар, что …»): not the person the reported act happened to.
# "According to her sister Aynur Tohti, she was …": a relative named as the source is one too.
_SOURCE_BEFORE = re.compile(
    r"(?:\baccording to|\bselon|\bd['’]après|\bпо словам)\s+(?:(?:my|his|her|their|our|son|sa|ses|его|её|ее)\s+(?:[\w-]+\s+)?"
    # the kin words: `lexicon.KIN`, and every case form of `lexicon.RU_KIN_NOUNS` (one list each)
    rf"(?:relative|{KIN_PATTERN}|{RU_KIN_FORMS})\s*,?\s+"
    # "according to his friend X", « selon la voisine X », «по словам его соседа X»: one or two common
    # (lower-case) nouns before the name say who the teller is, and the name is the teller
    r"|(?:(?:my|his|her|their|our|your|an?|the|son|sa|ses|mon|ma|mes|un|une|le|la|l['’]|его|её|ее|их|моего|моей|нашего|"
    r"нашей)\s*)?(?-i:[a-zß-öø-ÿа-яё][\w'’-]*)(?:\s+(?-i:[a-zß-öø-ÿа-яё][\w'’-]*))?\s+"
    # "according to a cellmate, X, …", «по словам сокамерника, X, …»: a name in
    # apposition to whoever the source is (a source only when a comma closes it: `is_source`)
    r"|(?:an?\s+|the\s+|un\s+|une\s+|le\s+|la\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s+"
    # « D'après Mme X, il … », "according to Ms X": a title of address before the name (h-v34codes)
    rf"|(?:{'|'.join(re.escape(t) for t in sorted(ADDRESS_TITLES, key=len, reverse=True) if t != 'm')}|m(?=\.))\.?\s+)?$",
    re.I)
_SOURCE_PRONOUN = re.compile(r"(?:\baccording to|\bselon|\bd['’]après|\bпо словам)\s+$", re.I)
# … and the Russian possessive inside the phrase: «по его словам», «по её словам» (h-attrib44): the
# teller, whom an act told of a group there may be; not the topic a clause with no subject goes on with.
_SOURCE_PRONOUN_INSIDE = (re.compile(r"(?<![\w-])по\s+$", re.I), re.compile(r"\s+словам(?![\w-])", re.I))


def _own_words(doc: Doc, ref) -> bool:
    """Whether a pronoun reference is the teller of «по его словам» ("in his words")."""
    return ref[2] in ("he", "she", "first") and _SOURCE_PRONOUN_INSIDE[0].search(doc.text, max(0, ref[0] - 6), ref[0]) \
        is not None and _SOURCE_PRONOUN_INSIDE[1].match(doc.text, ref[1]) is not None
# A name right after a kin noun (", Bolat", " Bolat"), and a possessor before it ("the client's", "my",
# « sa », «его»): the kin noun is then a named or owned person's, not a reference of its own.
_APPOSED_NAME = re.compile(r"[ \t]*,?[ \t]*[A-ZÀ-ÖØ-ÞА-ЯЁ\u0600-\u06ff\u4e00-\u9fff]")
_POSSESSOR_BEFORE = re.compile(r"(?:['’]s?|\b(?:my|his|her|our|their|your|mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|"
                               r"мой|моя|мою|моего|моей|его|её|ее|их|наш\w*|ваш\w*|свою|своего|своей|свой))\s+(?:[\w-]+\s+)?$",
                               re.I)
# The speaker's own possessive and a kin word after it, one word between at most ("my younger
# brother", « mon frère », «моего старшего брата»): a relative of the speaker (`_my_kin`).
_MY = re.compile(r"my|mon|ma|mes|мой|моя|мою|моего|моей|моему|моим|мои|моих|моём|моем", re.I)
_MY_BEFORE = re.compile(rf"(?<![\w'’])(?:{_MY.pattern})\s+(?:[\w-]+\s+)?$", re.I)
_YOUR_BEFORE = re.compile(rf"(?<![\w'’])(?:{'|'.join(SECOND_PERSON_POSSESSIVES)})\s+(?:[\w-]+\s+)?$", re.I)
_KIN_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{KIN_PATTERN}|{RU_KIN_FORMS})(?![\w'’-])", re.I)
# "in front of her", « devant lui », «при ней»: the witness of an act, not the one it was done to.
_PRESENCE_BEFORE = re.compile(r"(?:\bin front of|\bin the presence of|\bbefore the eyes of|\bdevant|\ben présence d['’]|"
                              r"(?<![\w-])при|(?<![\w-])в присутствии|(?<![\w-])на глазах у)\s+$", re.I)
# A host: the relative someone stayed or lived with ("he stayed with my uncle Tursun", "we lived at my
# aunt's house", « vivait chez sa grand-mère », «жил у дяди»). A place to stay, not someone an act
# of the same sentence was done to: "lived with his grandfather, and in 2018 he was detained" is the
# one who lived there (`is_host`).
_HOST_BEFORE = re.compile(
    r"(?:\b(?:stay(?:s|ed|ing)?|live[sd]?|living|lodg(?:e|es|ed|ing)|slept|sleeping|hid|hidden|hiding|sheltered|"
    r"sheltering|boarded|boarding)\s+(?:[\w-]+\s+){0,2}?(?:with|at)"
    r"|\b(?:vi(?:vais|vait|vaient|vent|vre|vant|t)|habit\w*|log(?:e|es|ent|eait|eaient|é|ée|és|ées)|hébergée?s?|restée?s?|"
    r"séjourn\w*|cachée?s?)\s+(?:[\w-]+\s+){0,2}?chez"
    r"|(?<![\w-])(?:жил\w*|живёт|живет|живут|прожил\w*|останавлива\w*|останови\w*|ночевал\w*|прятал\w*|скрывал\w*|"
    r"гостил\w*)\s+(?:[\w-]+\s+){0,2}?у)"
    # the host's own words ("my uncle", « sa grand-mère »), no clause of its own in between
    r"\s+(?:(?!(?:and|or|but|when|while|who|where|until|et|ou|mais|quand|qui|où|и|но|когда|где|который|которая)\b)"
    r"[\w'’-]+\s+){0,3}$", re.I)


_RELATIVE_WHO = re.compile(r"\b(?:who|whom|qui|котор\w+)\b", re.I)


def is_host(doc: Doc, start: int, end: int) -> bool:
    """Whether the person mention at [start, end) is a host: the relative someone stayed or lived
    with, after "stayed with", "lived at" ("at my aunt's house"), « vivait chez », «жил у»."""
    return bool(_HOST_BEFORE.search(doc.text, max(0, start - 60), start))


# The relations of a noun a preposition governs (spaCy's "pobj", Universal Dependencies' "obl", "nmod").
_PREPOSITIONAL = ("pobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod")
_PLAIN_OBJECTS = ("dobj", "obj")


def bystander(doc: Doc, start: int, end: int) -> bool:
    """Whether the person mention at [start, end) stands in its clause only beside what happens to
    someone else, by the parse: the owner of a dwelling or workplace (`lexicon.HOME_NOUNS`) a
    preposition governs ("seized at his aunt's house", « au domicile de sa tante », «в доме дяди»; not
    an act's own noun, "the arrest of my brother", nor a thing: "went through her sister's phone" is
    the sister's), the host or beneficiary a preposition names (« chez sa tante », "for his sister"),
    or the one a verb of visiting in a clause of purpose goes to see ("went to Kashgar to visit her
    aunt", « pour voir sa tante », «навестить тётю»). False without a parse. The owner of a verb's own
    object ("searched her aunt's house") is no bystander."""
    head = _span_head(doc, start, end)
    if head is None:
        return False
    analysis = doc.analysis
    tokens = analysis.tokens
    if tokens[head].dep == "appos" and tokens[head].head != head:
        head = tokens[head].head  # "to see his father, X": X stands where the noun it names stands
    token = tokens[head]
    children = _children(analysis)
    cases = {tokens[c].lemma.lower() for c in children.get(head, []) if tokens[c].dep in ("case", "prep")}
    above = token.head
    if above == head:
        return False
    if token.dep in _POSSESSORS and tokens[above].dep in _PREPOSITIONAL \
            and (tokens[above].lemma.lower() in HOME_NOUNS or tokens[above].text.lower() in HOME_NOUNS):
        # the owner of a home a preposition governs ("of", « de » or a Russian genitive
        # for a noun's complement)
        return token.dep != "nmod" or bool(cases & {"of", "de", "d'", "du"}) or doc.language == "ru" and not cases
    if cases & BYSTANDER_CASES:
        return token.dep in _PREPOSITIONAL  # « chez sa tante », "for his sister"
    # "to visit her aunt", « pour voir sa tante », «навестить тётю»
    return token.dep in _PLAIN_OBJECTS and tokens[above].lemma.lower() in VISITING_VERBS \
        and tokens[above].dep in ("advcl", "xcomp", "obl", "acl", "advcl:purpose")


def _unnamed_bystander(doc: Doc, person_id: str, start: int, end: int) -> bool:
    """Whether a mention at [start, end) of `person_id` is a `bystander` in a clause whose subject is a
    third person: a later pronoun goes on with that subject (issue 11). A named person is so only where
    the name stands in apposition to a kin noun ("X went to see his father, Y. Police took his phone":
    X, not Y; «X поехал навестить отца, Y. У него забрали паспорт»)."""
    if doc.person(person_id).names and not _kin_mention(doc, start, end):
        return False
    return bystander(doc, start, end) and _third_person_above(doc, start, end)


def _kin_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is a kin noun or a name in apposition to one ("his father, X",
    «отца, X»: both the noun and the name)."""
    head = _span_head(doc, start, end)
    if head is None:
        return False
    tokens = doc.analysis.tokens
    noun = tokens[tokens[head].head] if tokens[head].dep == "appos" else tokens[head]
    return noun.text.lower() in KIN or noun.lemma.lower() in KIN


def _span_head(doc: Doc, start: int, end: int) -> int | None:
    """The index of the one token of [start, end) whose head lies outside it (the span's head in the
    parse); None without a parse or where the span has no single head."""
    from bisect import bisect_left

    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return None
    tokens = analysis.tokens
    starts = analysis.token_starts()
    inside = range(bisect_left(starts, start), bisect_left(starts, end))
    heads = [i for i in inside if not start <= tokens[tokens[i].head].start < end]
    return heads[0] if len(heads) == 1 else None


def _third_person_above(doc: Doc, start: int, end: int) -> bool:
    """Whether the subject of the clause above the mention at [start, end) (up the parse's heads, the
    first verb with a subject) is a third person other than it: a person's mention, a kin noun or
    "he"/"she" ("Aziz went to Turpan to visit his aunt": Aziz; not "I went to see my aunt")."""
    from bisect import bisect_left

    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return False
    tokens = analysis.tokens
    children = _children(analysis)
    starts = analysis.token_starts()
    inside = range(bisect_left(starts, start), bisect_left(starts, end))
    heads = [i for i in inside if not start <= tokens[tokens[i].head].start < end]
    if not heads:
        return False
    seen = set()
    at = tokens[heads[0]].head
    while at not in seen:
        seen.add(at)
        subjects = [c for c in children.get(at, []) if tokens[c].dep in SUBJECT_DEPS]
        if subjects:
            subject = tokens[subjects[0]]
            if start <= subject.start < end:
                return False
            phrase = _phrase(analysis, subjects[0])
            if any(not (s < end and start < e) for (s, e), _pid in
                   doc.person_spans_in(min(s for s, _e in phrase), max(e for _s, e in phrase))):
                return True  # "M. X" whose title the mention leaves out
            word = subject.text.lower()
            return word in PRONOUN_GENDER or word in KIN or subject.lemma.lower() in KIN
        if tokens[at].head == at:
            break
        at = tokens[at].head
    return False


_APPOSITION_CLOSED = re.compile(r"\s*[,(—–]")
_HEARER_BEFORE = re.compile(rf"\b(?:{saying_forms(told=True)})\s+$", re.I)  # "told X that", « a dit à X que »
_HEARER_AFTER = re.compile(r",?\s*(?:что|that|que|qu['’])\b", re.I)


# The teller of a parenthetical saying (h-x32c): ", Daulet says," / ", X insists —", « , précise X, »,
# «, — рассказывает X,»: the one who tells, set between commas or dashes inside the sentence told.
_TELLER_BEFORE = re.compile(rf"[,—–]\s*(?:{SAYING})(?:-t-(?:il|elle))?\s+$", re.I)
_TELLER_AFTER = re.compile(rf"\s+(?:{SAYING})\s*[,—–]", re.I)
_PARENTHESIS_OPEN = re.compile(r"[,—–]\s*$")
_PARENTHESIS_CLOSE = re.compile(r"\s*[,—–.]")


def is_source(doc: Doc, start: int, end: int) -> bool:
    """Whether the person mention at [start, end) is the source or hearer of reported speech: after
    "according to" (« selon », «по словам»), the hearer of "told … that", or the teller of a saying
    set between commas or dashes inside the sentence told (", Daulet says,", « , précise Daulet, »)."""
    text = doc.text
    before = text[max(0, start - 50):start]
    if (_PARENTHESIS_OPEN.search(before) and _TELLER_AFTER.match(text, end)) \
            or (_TELLER_BEFORE.search(before) and _PARENTHESIS_CLOSE.match(text, end)):
        return True
    if source := _SOURCE_BEFORE.search(before):
        # "According to his wife, X was arrested": after the comma X opens the clause, and is the
        # source only in an apposition a comma closes ("according to his wife, X, he was …").
        return "," not in source.group() or bool(_APPOSITION_CLOSED.match(doc.text, end))
    return bool(_HEARER_BEFORE.search(before) and _HEARER_AFTER.match(doc.text, end))
# A French third-person possessive right before (or opening) a nominal trigger: « son arrestation ».
_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?:[Ss]on|[Ss]a)\s+(?=(?:arrestation|détention|libération|interpellation|"
                           r"disparition|condamnation|transfert|mort|décès|internement|incarcération)\b)")
_POSSESSED = re.compile(r"\b(?:my|his|her|our|their|mes|ses|nos|leurs|мои|его|её|наши|их)\s+(?:\w+\s+)?$", re.I)


def _line_turn(doc: Doc, offset: int) -> re.Match | None:
    """The speaker turn (`persons.SPEAKER_TURN`: a label and its colon) that opens the line holding
    `offset`, else None."""
    return SPEAKER_TURN.match(doc.text, doc.text.rfind("\n", 0, offset) + 1)


def _answer_line(doc: Doc, offset: int) -> int | None:
    """Where the text of the answer line holding `offset` begins, after its label ("A: …", « R : … »,
    «Ответ: …»: `persons._ANSWERING`), else None."""
    turn = _line_turn(doc, offset)
    if turn is None or turn.end() > offset:
        return None
    words = re.findall(r"[^\W\d_]+", turn.group("label").casefold())
    return turn.end() if len(words) == 1 and words[0] in _ANSWERING else None


def turn_label(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a transcript's speaker label, the line's opening words before
    a colon ("Omar Hasan: My brother …", "HOST: …"): the label says who speaks the line, it is no
    word of the line's clauses (the parser may take it for a subject)."""
    turn = _line_turn(doc, start)
    return turn is not None and turn.start("label") <= start and end <= turn.end("label")


def _a_label_only(doc: Doc, start: int, end: int) -> bool:
    """Whether a person mention is a transcript's speaker label and nothing more ("CHLOE: …", "Omar
    Hasan: …"): who speaks the line, not someone a "he" or "she" of a line stands for."""
    if not turn_label(doc, start, end):
        return False
    turn = _line_turn(doc, start)
    return turn is not None and turn.group("label").strip(" \t") == doc.text[start:end]


def _asker(doc: Doc, start: int, end: int) -> bool:
    """Whether a person mention opens a line that asks a question, before its colon ("QUESTION (Nurov
    D. K.): Are there papers about the detention?", "Q (Ms Hill): Was he held?"): the one who asks is
    not whom the act asked about happened to."""
    turn = _line_turn(doc, start)
    if turn is None or end > turn.end():
        return False
    line_end = doc.text.find("\n", turn.end())
    return QUESTION_END.search(doc.text[turn.end():len(doc.text) if line_end < 0 else line_end].rstrip()) is not None


def _line_speaker(doc: Doc, offset: int) -> str | None:
    """The person whose speaker label opens the transcript line at `offset` ("CHLOE: … she …": Chloe),
    else None. A speaker says "I" of themselves: no "he" or "she" of their own line is them."""
    turn = _line_turn(doc, offset)
    if turn is None or turn.end() > offset:
        return None
    label = doc.person_spans_in(turn.start("label"), turn.end("label"))
    return label[0][1] if label and _a_label_only(doc, *label[0][0]) else None


def references(doc: Doc, index: int) -> list[tuple[int, int, str, str | None]]:
    """(start, end, kind, person id) of every reference in the sentence, in text order."""
    sentence = doc.sentences[index]
    text = doc.text
    found: list[tuple[int, int, str, str | None]] = []
    person_spans = [(s, e, pid) for (s, e), pid in doc.person_spans_in(sentence.start, sentence.end)]
    for s, e, pid in person_spans:
        if not is_source(doc, s, e) and not _asker(doc, s, e):
            found.append((s, e, "person", pid))

    def inside_person(start: int) -> bool:
        return any(s <= start < e for s, e, _ in person_spans)

    for match in _REFERENCE.finditer(text, sentence.start, sentence.end):
        kind = match.lastgroup
        word = match.group()
        if inside_person(match.start()):
            continue
        if kind == "first" and word.lower() == "i" and word != "I":
            continue
        if kind == "first" and word.lower() == "me" and text[match.start() - 1:match.start()] == "-":
            continue
        if kind == "generic" and _POSSESSED.search(text, max(0, match.start() - 24), match.start()):
            continue  # "her two children": somebody's relatives, not a generic group
        if kind in ("he", "she", "first") and _SOURCE_PRONOUN.search(text, max(0, match.start() - 20), match.start()):
            continue  # "Selon elle, …", "according to him": the source of the report, not its subject
        if kind in ("he", "she", "first", "we", "they") \
                and _PRESENCE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # «мать при ней увезли», "taken in front of him": who saw it, not whom it was done to
        if kind == "first" and _MY.fullmatch(word) and _KIN_AFTER.match(text, match.end()):
            continue  # the "my" of "my brother": the brother is told of, not the speaker (`_my_kin`)
        found.append((match.start(), match.end(), kind or "", None))
    if doc.language == "fr" and doc.analysis is not None:
        for token in doc.analysis.tokens_in(sentence.start, sentence.end):
            kind = _clitic_kind(text, token)
            if kind and not inside_person(token.start):
                found.append((token.start, token.end, kind, None))
    if doc.analysis is not None:
        found += [(s, e, "person", pid) for s, e, pid in _descriptions_in(doc, sentence.start, sentence.end)
                  if not inside_person(s)]
        # a kin noun no person mention covers («но мать при ней увезли»): someone other than the
        # people named around it (`_resolve`: the one named in apposition to it before, or nobody)
        # ("the client's husband, Bolat X, was detained", "his wife Aynur": the kin noun of a name in
        # apposition or of a possessor is that person, read as before)
        for t in doc.analysis.tokens_in(sentence.start, sentence.end):
            if t.pos not in ("NOUN", "PROPN") or not (t.text.lower() in KIN or t.lemma.lower() in KIN) \
                    or t.text.lower() in KIN_ALSO_PEOPLE or inside_person(t.start) or _APPOSED_NAME.match(text, t.end):
                continue
            if _MY_BEFORE.search(text, max(0, t.start - 30), t.start):
                found.append((t.start, t.end, "my_kin", None))  # "my brother", no name beside it
            elif _YOUR_BEFORE.search(text, max(0, t.start - 30), t.start):
                found.append((t.start, t.end, "your_kin", None))  # "your mother" in a letter to someone
            elif not _POSSESSOR_BEFORE.search(text, max(0, t.start - 30), t.start):
                found.append((t.start, t.end, "kin", None))
    found.sort()
    return found


def _described(doc: Doc) -> dict[str, tuple[str, int]]:
    """Noun lemma -> (person id, where first said) for a noun in apposition to the name of one
    person only ("Ablet Tursun, a retired teacher from X," gives "teacher"); not kin words, not
    officials (the doers), not words for anyone."""
    analysis = doc.analysis
    cached = analysis.__dict__.get("_described")
    if cached is not None:
        return cached
    from bisect import bisect_left

    starts = analysis.token_starts()
    children = _children(analysis)
    found: dict[str, dict[str, int]] = {}
    for (s, e), pid in doc.person_spans:
        person = doc.person(pid)
        if not person.names or _official(doc, pid):
            continue
        for token in analysis.tokens_in(s, e):
            for child in children.get(bisect_left(starts, token.start), []):
                word = analysis.tokens[child]
                lemma = word.lemma.lower()
                if word.dep == "appos" and word.pos == "NOUN" and lemma not in KIN and lemma not in TOO_COMMON_NOUNS \
                        and not any(analysis.tokens[k].pos == "NUM" for k in children.get(child, [])):
                    # (a noun counted is an age or a measure, « Nur (6 ans) », "Ali, 30 years": not
                    # what the person is, and « l'an dernier » is not her)
                    found.setdefault(lemma, {}).setdefault(pid, word.start)
    cached = {lemma: next(iter(people.items())) for lemma, people in found.items() if len(people) == 1}
    analysis.__dict__["_described"] = cached
    return cached


def _descriptions_in(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, person id) of "the teacher", « cet ancien professeur » in [start, end): a definite
    noun phrase whose noun was said in apposition to one person's name earlier (`_described`)."""
    described = _described(doc)
    if not described:
        return []
    analysis = doc.analysis
    from bisect import bisect_left

    starts = analysis.token_starts()
    children = _children(analysis)
    found = []
    for token in analysis.tokens_in(start, end):
        said = described.get(token.lemma.lower()) if token.pos == "NOUN" else None
        if said is None or said[1] >= token.start:
            continue
        kids = [analysis.tokens[k] for k in children.get(bisect_left(starts, token.start), [])]
        if any(k.dep == "det" and k.text.lower() in DEFINITE_WORDS for k in kids) \
                and not any(k.dep in _POSSESSORS for k in kids):
            found.append((token.start, token.end, said[0]))
    return found


# French object clitics: "on l'a envoyé", "ils la battaient", "on leur a interdit". The past
# participle agrees with an "l'" before it: "l'a emmenée" is a woman, "l'a emmené" a man.
_AUXILIARY_PARTICIPLE = re.compile(
    r"\s*(?:a|ont|avait|avaient|aurait|auraient|avons|ai)\s+(?:(?:déjà|aussi|ensuite|enfin|alors)\s+)?"
    r"(?P<participle>\w+)", re.I)


# The relations of an unnamed relative who stands for several people (`persons._KIN_PLURAL`, `_KIN_GROUP`).
_KIN_GROUPS = frozenset(("parents", "brothers", "sisters", "children"))


def _clitic_kind(text: str, token) -> str | None:
    """The reference kind of a French object clitic token ("she", "he", "they"), else None."""
    word = token.text.lower().replace("’", "'")
    # the French model tags some clitics as determiners ("venus le chercher": DET, obj)
    clitic = token.pos == "PRON" or (token.pos == "DET" and token.dep in ("obj", "iobj"))
    if not clitic or word not in ("l'", "la", "le", "leur", "les"):
        return None
    if word == "la":
        return "she"
    if word == "le":
        return "he"
    if word in ("leur", "les"):
        return "plural"
    participle = _AUXILIARY_PARTICIPLE.match(text, token.end)
    if participle and participle.group("participle").lower() not in UNAGREED_PARTICIPLES:
        ending = participle.group("participle").lower()
        if ending.endswith(("ée", "ie", "ue", "ise", "ite", "inte")):
            return "she"
        if ending.endswith(("é", "i", "u", "is", "it", "int")):
            return "he"
    return "obj3"


def attribute(doc: Doc, index: int, start: int, end: int, *, we_includes_speaker: bool = False,
              window: int = 160, object_first: bool = False, subject_first: bool = False,
              skip_we: bool = False, held_group: bool = False) -> list[str]:
    """Person ids a trigger at [start, end) in sentence `index` is about (empty: nobody).

    Args:
        object_first: look after the trigger first ("another named X", "… where they are");
            "they" then stands for the people named in this and the two sentences before.
        subject_first: the subject, never the object ("made to read a statement denouncing me").
        skip_we: pass over "we"/"us" (the family telling that someone is gone) to the next reference.
        held_group: an act told of the detainees of the place where the text has just put one
            person in custody ("She was taken to the camp. The women there had to …") is
            that person's too (`held_there`); `doc.events` must be complete.
    """
    found = _attribute(doc, index, start, end, we_includes_speaker, window, object_first, subject_first, skip_we)
    if not found and held_group:
        found = held_there(doc, index, start, end)
    return found


# The detainees of a place, told as a group ("the women there", «заключённых», « les détenus »)…
DETAINED_GROUP = re.compile(
    r"\b(?:women|men|detainees|prisoners|inmates|internees|cellmates|workers|people|femmes|hommes|"
    r"détenu(?:e)?s|prisonni(?:er|ère)s|codétenu(?:e)?s|заключ[её]нн\w*|женщин\w*|мужчин\w*|узник\w*|"
    r"задержанн\w*|люд(?:и|ей))\b", re.I)
# … of the place just named: "there", « là », « y », «там», or a relative clause on the place
# ("…, where", « …, où », «…, где»).
_PLACE_CUE = re.compile(r"\b(?:there|where|là|où|там|где)\b|\by\s", re.I)
# Events that put a person in a place of custody.
_HELD = ("arrest", "detention", "transfer")


def held_there(doc: Doc, index: int, start: int, end: int) -> list[str]:
    """The one person an act told of a group of detainees "there" happened to: the person whose
    custody (an arrest, detention or transfer event) this sentence, before the act, or the four
    sentences before it in its paragraph tell ("She was placed in the facility in May. Women there
    were allowed one shower a month"; « Il a été interné dans un centre, où les détenus devaient
    chanter »); empty when the sentence has no such group and cue before the act's end, or
    custody is told of no one or of several people there."""
    sentence = doc.sentences[index]
    text = doc.text
    if not DETAINED_GROUP.search(text, sentence.start, min(sentence.end, end + 40)):
        return []
    if not _PLACE_CUE.search(text, sentence.start, end):
        return _held_in_this_sentence(doc, index, start, end)
    return held_before(doc, index, start)


# The detainees as a definite group ("the inmates", "the other prisoners", « les détenus »): those of a place the
# sentence has just named.
_THE_DETAINED = re.compile(r"\b(?:the\s+(?:other\s+)?(?:detainees|prisoners|inmates|internees|cellmates)|"
                           r"les\s+(?:autres\s+)?(?:détenu(?:e)?s|prisonni(?:er|ère)s|codétenu(?:e)?s))\b", re.I)


def _held_in_this_sentence(doc: Doc, index: int, start: int, end: int) -> list[str]:
    """The one person an act told of "the inmates" happened to when the same sentence, before the group, has just
    put that person in custody ("a former detainee said that X was transferred to a jail in Y, and that the
    inmates were kept in leg shackles": X's): a custody event (`_HELD`) of one person whose words stand
    before a definite group of detainees (`_THE_DETAINED`) before the act's end, in sentence `index`; empty
    otherwise (no place cue: `held_there` reads the sentences before only after "there" or "where")."""
    sentence = doc.sentences[index]
    group = _THE_DETAINED.search(doc.text, sentence.start, min(sentence.end, end + 40))
    if group is None:
        return []
    held = {e.person for e in doc.events if e.person and e.type in _HELD
            and sentence.start <= (e.trigger or e.evidence)[0] < min(group.start(), start)}
    return list(held) if len(held) == 1 else []


def held_before(doc: Doc, index: int, start: int, also: tuple[tuple[str, int], ...] = ()) -> list[str]:
    """The one person whose custody sentence `index`, before `start`, or the four sentences before it
    in its paragraph tell: an arrest, detention or transfer event, or one of `also` (person, offset:
    what the caller knows puts someone in custody there); empty when they tell it of no one or of
    several people."""
    sentence = doc.sentences[index]
    first = doc.sentences[max(0, index - 4)].start

    def here(at: int) -> bool:
        return first <= at < start and doc.sentences[doc.sentence_index(at)].paragraph == sentence.paragraph

    held = {e.person for e in doc.events if e.person and e.type in _HELD and here((e.trigger or e.evidence)[0])}
    held |= {person for person, at in also if here(at)}
    return list(held) if len(held) == 1 else []


def tells_of_one_unnamed(doc: Doc, index: int) -> bool:
    """Whether sentence `index` tells of one person it does not name ("the woman who slept beside
    her", "a cellmate"), by the parse: a noun for one person (`SOMEONE_NOUNS`) in the singular (its text
    its lemma: not "thirty-five men"), in no person's mention, that is not the subject of a verb of
    telling (`_TELLING`)."""
    analysis = doc.analysis
    if analysis is None:
        return False
    sentence = doc.sentences[index]
    tokens = analysis.tokens
    # the subject of a verb of telling is who reports it ("a man released later told me that the room
    # held forty"), not one it tells of (h-codes54)
    return any(t.pos == "NOUN" and t.lemma.lower() in SOMEONE_NOUNS and t.text.lower() == t.lemma.lower()
               and not doc.person_spans_in(t.start, t.end)
               and not (t.dep in SUBJECT_DEPS and _TELLING.fullmatch(tokens[t.head].text))
               for t in analysis.tokens_in(sentence.start, sentence.end))


def _attribute(doc: Doc, index: int, start: int, end: int, we_includes_speaker: bool, window: int,
               object_first: bool, subject_first: bool, skip_we: bool) -> list[str]:
    text = doc.text
    opening = _opening_participle(doc, index, start)
    if opening is not None:
        return opening
    owner = _OWNER_BEFORE.search(text, max(0, start - 4), start + 40)
    if owner is not None and owner.start() <= start <= owner.end():
        # « Son arrestation … après que sa fille, X, a témoigné »: French son/sa tell no gender;
        # the owner is the person named before, not a name further on in the sentence.
        return _resolve(doc, index, (start, end, "obj3", None), we_includes_speaker) or []
    refs = references(doc, index)
    if skip_we:
        refs = [r for r in refs if r[2] != "we"]
    antecedent = _relative_antecedent(doc, index, start, refs)
    if antecedent is not None:
        return antecedent
    before = [r for r in refs if r[1] <= start and start - r[1] <= window]
    # "X, the son of my mother's brother, was …": every reference inside the apposition is passed over
    appositions = [(opening, r[1]) for r in before if (opening := _kin_apposition(text, refs, r, start)) is not None]
    before = [r for r in before if not any(a <= r[0] and r[1] <= b for a, b in appositions)]
    after = [r for r in refs if r[0] >= end and r[0] - end <= 40]
    inside = [r for r in refs if r[0] < end and start < r[1]]
    # The object right after an active verb is the one it happened to: "they released me".
    direct = [r for r in after if r[0] - end <= 2 and not text[end:r[0]].strip() and r[2] != "generic"]
    if object_first:
        ordered = after + list(reversed(inside)) + list(reversed(before))
    elif subject_first:
        ordered = [r for r in inside if r[0] <= start + 2] + list(reversed(before))
    else:
        ordered = direct + list(reversed(inside)) + list(reversed(before)) + after
    if not object_first and not subject_first:
        found = _by_syntax(doc, index, start, end, refs, we_includes_speaker)
        if found is not None:
            return found
    if any(r[2] == "person" and not is_host(doc, r[0], r[1]) for r in before):
        # "Arslan vit chez sa grand-mère : la police a retenu son passeport": the one who stayed
        # with a host, not the host, when the act names no one of its own; "stayed with my uncle,
        # who was arrested" tells the act of the host
        ordered = [r for r in ordered if r not in before or r[2] != "person" or not is_host(doc, r[0], r[1])
                   or _RELATIVE_WHO.search(text, r[1], start)]
    for ref in ordered:
        # "the nephew of Yolwas … died": the head noun, not the name inside "of …".
        if ref[2] == "person" and re.search(r"\bof\s+$", text[max(0, ref[0] - 5):ref[0]]):
            head = [r for r in refs if r[1] <= ref[0] and ref[0] - r[1] <= 5 and r[2] == "person"]
            if head:
                ref = head[-1]
        if ref[2] == "person" and _official(doc, ref[3]):
            continue  # "the secretary, X, collected the passports": the doer, not the one it happened to
        if ref[2] == "person" and ref in before and _doer(doc, ref[0], ref[1]):
            continue  # "X beat him with a baton …": X did it, to someone else
        resolved = _resolve(doc, index, ref, we_includes_speaker, plural=object_first)
        if resolved is not None:
            # "My mother and my sister also suffered": both people of a coordination.
            if ref[2] == "person" and ref in before:
                earlier = [r for r in refs if r[1] <= ref[0] and r[2] == "person"]
                if earlier and re.fullmatch(r"\s+and\s+", text[earlier[-1][1]:ref[0]]):
                    resolved = [earlier[-1][3]] + resolved
            return resolved
    return []


def _relative_antecedent(doc: Doc, index: int, start: int, refs) -> list[str] | None:
    """The person an act at `start` is told of when it stands in a relative clause whose pronoun is the
    one it happened to ("his uncle, who was taken in 2018", «о человеке, которого увезли в лагерь»): the
    last reference of the noun phrase before the clause's comma, past appositions set off by commas
    ("X, a former editor at …, who was taken"; a parenthesis, "X (1950-2020), who died") — a reference
    with no verb after it up to the comma; [] when a verb comes first (the antecedent is a noun for no
    one named: «Его расспрашивали о человеке, которого …» is not his); None when the act is in no
    relative clause, the clause names someone of its own before the act ("X, whose brother was
    arrested"), or there is no parse."""
    analysis = doc.analysis
    sentence = doc.sentences[index]
    clause = next(((s, e) for s, e in relative_clauses(doc.text, sentence.start, sentence.end) if s <= start < e), None)
    if analysis is None or clause is None or any(clause[0] < r[0] < start for r in refs):
        return None
    end = clause[0]
    for _ in range(3):
        opening = max(doc.text.rfind(",", sentence.start, end), doc.text.rfind(";", sentence.start, end), sentence.start)
        inside = [r for r in refs if opening <= r[0] and r[1] <= end]
        verbs = [t.start for t in analysis.tokens_in(opening, end) if t.pos in ("VERB", "AUX")]
        if inside:
            ref = inside[-1]
            if any(v >= ref[1] for v in verbs):
                return []
            return _resolve(doc, index, ref, False) or []
        if verbs or opening <= sentence.start:
            return []
        end = opening
    return []


# An apposition that tells whose kin a person is ("X, the son of my mother's brother, was …", « X,
# fils du frère de ma mère, a été … », «X, сын Болата, был …»): from the person to the end of the
# reference inside it (the kin word itself may be the reference: «сын»).
_KIN_APPOSITION = re.compile(
    rf"\s*,\s*(?:(?:the|a|an|le|la|l['’]|un|une)\s+)?(?:[\w-]+\s+)?(?:{KIN_PATTERN}|{RU_KIN_FORMS})\b"
    rf"[^,;:.()\n]{{0,40}}$", re.I)
# … and its close: a comma before the act's words, nothing else of the sentence's order between.
_APPOSITION_CLOSE = re.compile(r"[^,;:.()\n]{0,30},")


def _kin_apposition(text: str, refs, ref, start: int) -> int | None:
    """Where the apposition opens (the end of the person it follows) when `ref`, a reference before
    an act at `start`, is named inside an apposition that tells whose kin that person is: then the
    act is that person's, not the one in the apposition (h-codes42); None otherwise."""
    if ref[2] not in ("person", "first"):
        return None
    heads = [r for r in refs if r[2] == "person" and r[3] != ref[3] and r[1] <= ref[0] and ref[0] - r[1] <= 60]
    if not heads:
        return None
    if _KIN_APPOSITION.match(text[heads[-1][1]:ref[1]]) is None or _APPOSITION_CLOSE.match(text, ref[1], start) is None:
        return None
    return heads[-1][1]


def _resolve(doc: Doc, index: int, ref, we_includes_speaker: bool, plural: bool = False,
             depth: int = 0) -> list[str] | None:
    """Person ids for one reference; None when the reference says nothing (look further)."""
    start, _end, kind, person_id = ref
    speaker = doc.speakers.get(index)
    if kind == "plural":
        # French "leur" / "les": the group made plural just before, a coordination ("X et Y", `named_together`)
        # or a kin group ("mes parents"), else nobody: not any two people named last, who may be fellow
        # detainees or officials (h-en59)
        together = named_together(doc, index, start)
        if together:
            return together
        groups = [pid for (s, e), pid in doc.person_spans_in(doc.sentences[max(0, index - 1)].start, start)
                  if doc.person(pid).kin_of and doc.person(pid).kin_of[1] in _KIN_GROUPS]
        return groups[-1:]
    if kind == "they":
        if not plural:
            return None  # "they" is most often the police or the guards
        first = doc.sentences[max(0, index - 2)].start
        ids = [pid for (_s, _e), pid in doc.person_spans_in(first, start)
               if pid != speaker and "official" not in doc.person(pid).roles]
        return list(dict.fromkeys(ids)) if len(set(ids)) >= 2 else None
    # A host named in the pronoun's own sentence ("… vivait chez sa grand-mère ; on lui a retiré ses
    # papiers") is where the one it stands for stayed, not whom it stands for.
    opening = doc.sentences[index].start

    def host(s: int, e: int) -> bool:
        return s >= opening and is_host(doc, s, e)

    if kind in ("he", "she", "obj3") and depth < 3:
        # "she flew to visit her aunt, X, and at the airport police seized her passport", «он ездил к
        # дяде, X, … у него отобрали паспорт», « on l'a enfermée …, puis on l'a fait coudre »: a pronoun
        # goes on with the pronoun subject (or told clitic) of its own sentence before it, past a
        # name that is no subject there
        earlier = _same_referent_before(doc, index, start, kind)
        if earlier is not None:
            found = _resolve(doc, index, earlier, we_includes_speaker, depth=depth + 1)
            if found or found == [] and earlier[2] == "your_kin":
                return found  # ("your father was questioned when he visited": an unnamed relative is nobody)
        if kind in ("he", "she"):
            owner = _kin_subjects_owner(doc, index, start, "male" if kind == "he" else "female")
            if owner is not None:
                return [owner]
    if kind == "obj3":
        # French "lui": him or her. The topic goes on: where its own sentence names no one before it and
        # its subject stands for no one ("la police", « on »), the subject of the sentence before
        # (« X est allée voir sa mère. Le lendemain, la police lui a pris … »: X).
        topic = _continued_topic(doc, index, start)
        if topic is not None and topic != speaker:
            return [topic]
        # Else the nearest person named before, in this sentence or earlier.
        for (s, e), pid in reversed(doc.person_spans_in(max(0, start - 1300), start)):
            if e <= start and pid != speaker and not _official(doc, pid) and not is_source(doc, s, e) and not host(s, e) \
                    and not form_staff(doc, pid) and not _a_label_only(doc, s, e) and pid != _line_speaker(doc, start) \
                    and not _unnamed_bystander(doc, pid, s, e):
                return [pid]
        return []
    if kind == "person":
        return [person_id]
    if kind == "record":
        # "The above-named was detained", "the deceased had been held": the person a record is about,
        # named last before (no one an act is done by, no member of its staff, no speaker label)
        for (s, e), pid in reversed(doc.person_spans_in(0, start)):
            if doc.person(pid).names and not _official(doc, pid) and not form_staff(doc, pid) \
                    and not is_source(doc, s, e) and not host(s, e) and not _a_label_only(doc, s, e):
                return [pid]
        return []
    if kind == "first":
        return [speaker] if speaker else []
    if kind == "we":
        return [speaker] if speaker and we_includes_speaker else []
    if kind == "generic":
        return _members_listed(doc, index, _end)  # a group is nobody in particular, but the members it lists
    if kind == "kin":
        named = _kin_named_before(doc, start)
        return [named] if named else []
    if kind == "your_kin":
        # "your mother" in a letter: the addressee's relative of that kind, when the text names one
        # ("… with your mother, Mrs X"); nobody when it names none (never the person named last)
        addressee = addressee_before(doc, start)
        if addressee is None:
            return None  # no letter: an interview's "your father" is `answerer`'s
        token = next(iter(doc.analysis.tokens_in(start, _end)), None)
        relation = (KIN.get(token.text.lower()) or KIN.get(token.lemma.lower()) or (None,))[0] if token else None
        named = _speakers_relative(doc, addressee, relation, start) if relation else None
        return [named] if named else []
    if kind == "my_kin":
        # "my father" is the father the speaker names elsewhere ("my father, Nurmemet Hoshur"),
        # before or after; never the speaker, and nobody when no name is given
        named = _my_kin(doc, index, start)
        return [named] if named else []
    if kind in ("he", "she", "boy", "girl"):
        gender = "male" if kind in ("he", "boy") else "female"
        if kind in ("he", "she") and depth < 3:
            # "X was detained after police found he had called Y. He was held …": a pronoun that
            # opens its sentence as its subject continues the subject of the sentence before.
            continued = _continued_subject(doc, index, start, gender, we_includes_speaker, depth)
            if continued is not None:
                return [continued]
        # "the boy" is nobody's father or mother
        parents = {r.person for p in doc.persons for r in p.relations if r.relation in ("father", "mother")} \
            if kind in ("boy", "girl") else set()
        telling = _telling_relatives(doc, index, start, kind) | _own_subject(doc, start)
        # a name in another script than the text's, whose gender is not read ("Автомобиль: Toyota
        # Land Cruiser Prado" taken for a person in a Russian form), is "он" only when no one of
        # the pronoun's gender is named before it
        unknown: list[str] = []
        line_speaker = _line_speaker(doc, start)
        stranger = _unnamed_before(doc, index, start, gender) if doc.text[start:_end].lower() in SUBJECT_PRONOUNS else None
        for (s, e), pid in reversed(doc.person_spans_in(max(0, start - 1300), start)):
            if e <= start and start - e < 1200:
                if stranger is not None and e <= stranger:
                    return None  # "a stranger claiming to be from the police wrote to me …": he is that stranger
                if is_source(doc, s, e):
                    continue  # "According to his brother, he …": he is not the brother
                if host(s, e):
                    continue  # "Erkin lived with his grandfather, and he was detained": Erkin
                if pid in parents or pid in telling or form_staff(doc, pid):
                    continue
                if doc.text[start:_end].lower() in SUBJECT_PRONOUNS and pid in named_as_children(doc):
                    continue  # "She lives with her two children, X and Y. She arrived …": one of a pair is not "she"
                if _a_label_only(doc, s, e) or pid == line_speaker:
                    continue  # "CHLOE: … They kept his passport": a label names who speaks; the speaker is "I"
                person = doc.person(pid)
                if not person.names and _POSSESSIVE_S.match(doc.text, e):
                    continue  # "her late mother's house. … her phone": a thing's owner, unnamed, is not whom "her" is
                if not person.names and _mourned(doc.text, s, e):
                    continue  # "went back for his father's funeral. He was arrested": the dead one is not "he"
                if _unnamed_bystander(doc, pid, s, e):
                    continue  # "X went to Turpan to visit his aunt. Police took him": X, the clause's subject
                if _doer(doc, s, e, gender):
                    continue  # "X beat him. He was then moved": not X, who did it to him
                known = _gender(doc, pid)
                if _official(doc, pid):
                    # "the judge, X, …; he refused her medicine": an official the subject pronoun
                    # fits is the doer, so the act is nobody's; one whose gender is not known is
                    # passed over, and so is one an object or possessive pronoun fits ("Zhou
                    # questioned him for days. A court gave him six years": not Zhou).
                    if known == gender and doc.text[start:_end].lower() in SUBJECT_PRONOUNS \
                            and not _passive_subject(doc, start):
                        return unknown
                    continue  # "The officer hit him. Later he was transferred": the one transferred is not the doer
                if known == gender:
                    return [pid]
                if known is None and person.names and not person.narrator:
                    if not _in_another_script(doc, pid):
                        return [pid]
                    unknown = unknown or [pid]
        return unknown
    if kind == "group":
        first = doc.sentences[max(0, index - 2)].start
        ids: list[str] = []
        for _span, pid in doc.person_spans_in(first, start):
            if pid not in ids and doc.person(pid).names:
                ids.append(pid)
        return ids[-2:]
    return None


# Someone unnamed brought in by an indefinite noun of one gender ("a man", "une femme", «мужчина»: Russian has
# no article, so the noun alone): `lexicon.GENDERED_NOUNS` but the titles said before a name.
_UNNAMED_ONE = re.compile(
    r"(?<![\w-])(?:(?:an?|one|another|un|une|un autre|une autre)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted((w for w in GENDERED_NOUNS if not re.fullmatch("[а-яё]+|mrs?|ms", w)), key=len, reverse=True))
    + r")|(?P<ru>" + "|".join(w for w in GENDERED_NOUNS if re.fullmatch("[а-яё]+", w)) + r"))(?![\w-])", re.I)


def _unnamed_before(doc: Doc, index: int, start: int, gender: str) -> int | None:
    """The end of the last unnamed person of `gender` an indefinite noun brings in, in the pronoun's
    sentence before it or in the sentence before ("Texts arrived from a man posing as an
    officer. He asks her for names": he is that man, not a man named earlier); None when there is none.
    A "he"/"she" after it stands for that stranger, not for a person named before the noun (issue 11,
    h-attrib49)."""
    text = doc.text
    found = None
    for match in _UNNAMED_ONE.finditer(text, doc.sentences[max(0, index - 1)].start, start):
        word = (match.group("noun") or match.group("ru")).lower()
        if GENDERED_NOUNS.get(word) == gender and not doc.person_spans_in(*match.span()) \
                and not _SAID_OF_SOMEONE.search(text, max(0, match.start() - 30), match.start()):
            found = match.end()
    return found


# … but not a noun that says what someone named is ("My father was a man who …", "X, a woman of sixty, …",
# «Отец был тихий мужчина»): a copula or a comma before it.
_SAID_OF_SOMEONE = re.compile(r"(?:(?<![\w-])(?:was|is|were|are|been|be|became|becomes|est|était|été|fut|devenu|"
                              r"devenue|был|была|стал|стала)(?:\s+[\w-]+){0,2}|,)\s*$", re.I)
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def _in_another_script(doc: Doc, person_id: str) -> bool:
    """Whether a person of a Russian text is named in Latin letters only (a car's make read as a
    name in a form, a foreign author): a name whose gender the text's language does not show."""
    person = doc.person(person_id)
    return doc.language == "ru" and bool(person.names) and not any(_CYRILLIC.search(n) for n in person.names)


def _may_be(doc: Doc, token, gender: str | None) -> bool:
    """Whether a subject token may be the person a pronoun of `gender` (None: either) stands for: a
    pronoun of that gender, a kin word that does not tell another gender, or a name (not an
    official's) that fits; not "police", "officers", "they", « on »."""
    word = token.text.lower()
    if token.pos == "PRON":
        return word in SUBJECT_PRONOUNS and (gender is None or PRONOUN_GENDER.get(word) == gender)
    kin = KIN.get(word) or KIN.get(token.lemma.lower())
    if kin is not None:
        return gender is None or kin[1] in (None, gender)
    named = doc.person_spans_in(max(0, token.start - 80), token.end)
    return any(s <= token.start < e and not _official(doc, pid) and (gender is None or _fits(doc, pid, gender))
               for (s, e), pid in named)


# The verb of one who tells or comes to know what the clause under it reports (`lexicon.REPORTING`,
# and "learned", "heard", « appris », «узнал»): its subject is the teller, not whom the report is of.
_TELLING = re.compile(rf"(?:{REPORTING}|learn\w*|heard|hears?|kn[oe]w\w*|found|appri\w*|apprend\w*|entendu|"
                      r"узна\w*|слыша\w*|зна\w*)", re.I)


def _same_referent_before(doc: Doc, index: int, start: int, kind: str):
    """The reference earlier in sentence `index` that a pronoun of `kind` at `start` goes on with:
    the latest pronoun of its gender ("he", "she"; either for French "lui"/"l'", whose gender is not
    told), or named person or kin phrase that fits it ("my father"), that is the subject of its verb,
    or for an object clitic a clitic of told gender (« on l'a gardée »); None when a noun or name
    that may be the one meant stands between them as a subject, or as an object (a name, for a
    possessive pronoun: "he said his brother X was arrested and they beat him", "he saw X with his
    legs chained"; "he visited his brother, X, and they took his passport" goes on), when that subject tells or
    learns what the clause reports ("He said he …"), or is someone unnamed."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return None
    kinds = ("he", "she") if kind == "obj3" else (kind, "person", "my_kin", "kin", "your_kin")
    here = analysis.tokens_in(start, start + 1)
    owner = bool(here) and here[0].dep in ("poss", "nmod:poss")  # "his passport"
    gender = {"he": "male", "she": "female"}.get(kind)
    telling = _telling_relatives(doc, index, start, kind)  # "Her daughter X says she …": not X
    # "X beat him", « X l'a frappé », «X избил его»: the object is never the subject of its own verb
    telling |= _own_subject(doc, start)
    for ref in reversed([r for r in references(doc, index) if r[1] <= start and r[2] in kinds]):
        if ref[3] in telling or ref[2] == "person" and is_host(doc, ref[0], ref[1]):
            continue
        words = [t for t in analysis.tokens_in(ref[0], ref[1])]
        if ref[2] in ("he", "she"):
            word = words[0] if words and words[0].start == ref[0] and words[0].pos == "PRON" else None
        else:
            # a name or a kin phrase as the subject ("My uncle was held …, and later he died")
            word = next((t for t in words if t.dep in SUBJECT_DEPS), None)
            told = _fits(doc, ref[3], gender) and not _official(doc, ref[3]) if ref[2] == "person" \
                else (KIN.get(doc.text[ref[0]:ref[1]].lower()) or (None, None))[1] == gender
            if not told:
                word = None
        if word is None:
            continue
        clitic = kind == "obj3" and doc.language == "fr" and word.dep in _OBJECTS
        if word.dep not in SUBJECT_DEPS and not clitic and not (
                ref[2] in ("he", "she") and here and _parallel_objects(analysis, word, here[0])):
            continue
        if _TELLING.fullmatch(analysis.tokens[word.head].text):
            return None  # "He said he …", "X learned that a court gave him …", «X пишет, что … ему»: the teller
        if ref[2] == "person" and not doc.person(ref[3]).names:
            return None  # "His wife, my aunt X, …": the name in apposition decides (`_by_syntax`)
        # "he saw X … and guards beat him": X, the object seen, may be "him"; "he went to see his
        # brother, X, and they took his passport": a possessive still goes on with the subject
        if any((t.dep in SUBJECT_DEPS or t.dep in _OBJECTS and (not owner or t.pos == "PROPN")) and _may_be(doc, t, gender)
               for t in analysis.tokens_in(ref[1], start)):
            return None
        return ref
    return None


def _parallel_objects(analysis, earlier, pronoun) -> bool:
    """Whether the pronoun token `earlier` is the object of a verb joined by a coordination to the verb whose
    object is the token `pronoun` or the thing it owns ("interrogated her all night on X's letters and took her
    passport", « l'ont interrogée puis lui ont pris son passeport »): the acts of one series done to one person,
    past a name told only as a possessor or in an oblique between them."""
    from bisect import bisect_left

    tokens = analysis.tokens
    position = bisect_left(analysis.token_starts(), pronoun.start)
    if pronoun.dep in ("poss", "nmod:poss") and pronoun.head != position:
        position = pronoun.head
    if tokens[position].dep not in _OBJECTS or earlier.dep not in _OBJECTS:
        return False
    verb, other = tokens[position].head, earlier.head
    return verb != other and (verb in _conjuncts(analysis, other) or other in _conjuncts(analysis, verb))


# A possessive pronoun's gender ("her husband", «её муж»); French « son », « sa » tell the thing's, not the owner's.
_POSSESSIVE_GENDER = {"his": "male", "her": "female", "его": "male", "её": "female", "ее": "female"}


def _kin_subjects_owner(doc: Doc, index: int, start: int, gender: str) -> str | None:
    """The person a "he"/"she" at `start` stands for when an earlier subject of its sentence is a kin noun
    whose possessive has the pronoun's gender and the relative named in apposition has not ("Her
    husband, X, searched for months, but no one told him where she was held": she is the woman whose
    husband X is, not the last woman named): the one person the text makes that relative's kin
    there (a relation whose evidence overlaps the subject), when no one of the pronoun's gender is
    named between; else None."""
    analysis = doc.analysis
    if analysis is None:
        return None
    from bisect import bisect_left

    tokens = analysis.tokens
    children = _children(analysis)
    sentence = doc.sentences[index]
    starts = analysis.token_starts()
    for word in analysis.tokens_in(sentence.start, start):
        if word.dep not in SUBJECT_DEPS:
            continue
        position = bisect_left(starts, word.start)
        if not any(tokens[c].dep in ("poss", "nmod:poss", "nmod", "det") and tokens[c].pos in ("PRON", "DET")
                   and _POSSESSIVE_GENDER.get(tokens[c].text.lower()) == gender and tokens[c].start < word.start
                   for c in children.get(position, [])):
            continue
        spans = _phrase(analysis, position)
        relatives = {pid for s, e in spans for _span, pid in doc.person_spans_in(s, e)}
        if len(relatives) != 1 or _fits(doc, next(iter(relatives)), gender):
            continue
        relative = next(iter(relatives))
        phrase = (min(s for s, _e in spans), max(e for _s, e in spans))
        owners = {p.id for p in doc.persons for r in p.relations
                  if r.person == relative and r.evidence[0] < phrase[1] and phrase[0] < r.evidence[1]}
        if len(owners) != 1:
            continue
        owner = next(iter(owners))
        if not _fits(doc, owner, gender) or _official(doc, owner):
            continue
        if any(pid != owner and _fits(doc, pid, gender) for _span, pid in doc.person_spans_in(phrase[1], start)):
            return None  # "Her husband, X, visited Y, but she …": Y may be meant
        return owner
    return None


def _passive_subject(doc: Doc, start: int) -> bool:
    """Whether the word at `start` is the subject of a passive verb, by the parse ("he was moved"):
    the one the act was done to, never its doer."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return False
    token = next(iter(analysis.tokens_in(start, start + 1)), None)
    return token is not None and token.dep in _PASSIVE_SUBJECT
_POSSESSIVE_S = re.compile(r"['’]s?\b")
# A funeral's noun with the dead one as its complement ("the funeral of his father", « l'enterrement de
# son père », «на похороны отца») or owner ("his father's burial"): whoever is buried is dead, so no
# later "he"/"she" of an arrest or a custody stands for them.
_FUNERAL_OF = re.compile(
    rf"(?:\b(?:{FUNERAL_NOUNS['en']}|{FUNERAL_NOUNS['fr']})\s+(?:of|d['’]|de|du)\s*(?:\w+\s+){{0,2}}?"
    rf"|(?<!\w)(?:{FUNERAL_NOUNS['ru']})\s+(?:\w+\s+)?)$", re.I)
_FUNERAL_AFTER = re.compile(rf"['’]s?\s+(?:{FUNERAL_NOUNS['en']})\b", re.I)


def _mourned(text: str, start: int, end: int) -> bool:
    """Whether the mention `text[start:end]` is the dead one of a funeral (`_FUNERAL_OF`) just before
    or after it (the 60 characters before, the phrase right after)."""
    return bool(_FUNERAL_OF.search(text, max(0, start - 60), start) or _FUNERAL_AFTER.match(text, end))
# "His son says he …", "Her daughter … she …": a relative named by the pronoun's own
# possessive, then a verb of saying, then the pronoun.
_POSSESSIVE_OF = {"he": re.compile(r"\b(?:his|его)\s+$", re.I), "she": re.compile(r"\b(?:her|её|ее)\s+$", re.I)}
_SAYS_THEN = re.compile(
    r"(?:\s*,?\s+(?!(?:was|were|is|are|been|being|had|has|have|and|but|et|и|но)\b)[\w'’-]+){0,3}\s*,?\s+"
    rf"(?:{SAYING}|{hearing_forms('en', 'fr', 'ru')})\b[^.;:!?]{{0,40}}?$", re.I)
# "the mother, X, learned that she …", « la mère, X, a appris qu'elle … »: a kin word with the definite article
# in apposition before a name, in a record about someone: the relative of the one the record is about.
_THE_KIN_BEFORE = re.compile(r"(?<![\w'’])(?:the|la|le|l['’]|les)\s*(?P<kin>[\w-]+)\s*,\s*$", re.I)


def _telling_relatives(doc: Doc, index: int, start: int, kind: str) -> set[str]:
    """People of this sentence, before a "he"/"she" at `start`, named as the relative of that pronoun's
    own referent and telling what follows ("His son says he …": the son is the teller, "he" his
    father): not who the pronoun stands for."""
    possessive = _POSSESSIVE_OF.get(kind)
    if possessive is None:
        return set()
    text = doc.text
    sentence = doc.sentences[index]
    found = set()
    for (s, e), pid in doc.person_spans_in(sentence.start, start):
        mention = text[s:e]
        head = re.match(r"(?:his|her|его|её|ее)\s+(?P<kin>[\w-]+)", mention, re.I)
        own = head is not None and head.group().split()[0].lower() in (("his", "его") if kind == "he" else ("her", "её", "ее"))
        kin = head.group("kin").lower() if head else mention.split()[0].lower() if mention.split() else ""
        if not own and possessive.search(text, max(0, s - 8), s):
            own, kin = True, mention.split()[0].lower() if mention.split() else ""
        if not own and (the_kin := _THE_KIN_BEFORE.search(text, max(0, s - 30), s)):
            own, kin = True, the_kin.group("kin").lower()
        if own and kin in KIN and e <= start and _SAYS_THEN.fullmatch(text, e, start) \
                and not _named_before(doc, pid, sentence.start, s):
            found.add(pid)
    # '"…," X writes, "… him …"': inside the words X is quoted saying, "he" is not X
    quotes = len(_QUOTE_MARK.findall(text, sentence.start, start))
    if quotes % 2:
        for (s, e), pid in doc.person_spans_in(sentence.start, sentence.end):
            if _SAYS_AFTER.match(text, e) and not _QUOTE_MARK.search(text, s, e):
                found.add(pid)
    return found


def _named_before(doc: Doc, person_id: str, start: int, end: int) -> bool:
    """Whether `person_id` has a mention starting in [start, end): "X herself …, her sister says, but
    she …": the kin phrase joined to X is X's relative told by X's own possessive, so X is not the
    teller (one cannot be one's own sister), and X stays whom "she" may stand for."""
    return any(pid == person_id for _span, pid in doc.person_spans_in(start, end))


_QUOTE_MARK = re.compile(r"[\"“”«»]")
_SAYS_AFTER = re.compile(rf"\s*,?\s+{SAYING}\b", re.I)


# Russian verbs in the plural: the past («задержали», «держались»), the present and future's third
# person («допрашивают», «держат», «ставят»). Such a verb with no subject is the indefinite-personal
# clause («его задержали», «меня допрашивали три дня»: they, unsaid, did it to him, to me).
_RU_PLURAL_VERB = re.compile(r"(?:ли|лись|ют|ут|ят|ат|ются|утся|ятся|атся)", re.I)


def _agrees(analysis, subject: int, verb: int, language: str | None) -> bool:
    """Whether the token `subject` can be the subject of the token `verb` by number: in Russian a
    verb in the plural (`_RU_PLURAL_VERB`) takes no noun or pronoun in the singular (its text its
    own lemma, «муж», «он», «Эркин») unless something is joined to it («муж и брат», or «муж и я
    уехали» parsed as two subjects of the verb, `_co_subjects`). Where the parser makes «Муж, X,
    уехал …, его задержали» the subject of «задержали», the clause has none. True in other languages."""
    if language != "ru":
        return True
    tokens = analysis.tokens
    word, head = tokens[subject], tokens[verb]
    if head.pos not in ("VERB", "AUX") or not _RU_PLURAL_VERB.fullmatch(head.text[-4:]) \
            and not _RU_PLURAL_VERB.fullmatch(head.text[-3:]) and not _RU_PLURAL_VERB.fullmatch(head.text[-2:]):
        return True
    if any(tokens[c].dep == "conj" for c in _children(analysis).get(subject, [])) \
            or tokens[subject].head == verb and _co_subjects(analysis, subject):
        return True
    singular = word.text.lower().replace("ё", "е") == (word.lemma or "").lower().replace("ё", "е")
    return not (singular and word.pos in ("NOUN", "PROPN", "PRON")) or word.text.lower() in ("вы", "мы", "они")


def _subjectless(doc: Doc, token) -> bool:
    """Whether the verb the token hangs on has no subject of its own that agrees with it (`_agrees`):
    «его осудили», «меня допрашивали»; a pronoun object there is the clause's topic."""
    analysis = doc.analysis
    from bisect import bisect_left

    position = bisect_left(analysis.token_starts(), token.start)
    verb = token.head
    if verb == position or analysis.tokens[verb].pos not in ("VERB", "AUX"):
        return False
    return not any(analysis.tokens[k].dep in SUBJECT_DEPS and _agrees(analysis, k, verb, doc.language)
                   for k in _children(analysis).get(verb, []))


def _own_subject(doc: Doc, start: int) -> set[str]:
    """People named as the subject of the verb whose object is the pronoun at `start`: "X … him" is
    never X … X (that is "himself"), « X l'a … », «X его …»."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return set()
    token = next(iter(analysis.tokens_in(start, start + 1)), None)
    from bisect import bisect_left

    verb = _body_owners_verb(analysis, token)  # "X pressed a hot iron to her arm": not X's own
    if verb is None and token is not None and token.pos == "PRON":
        here = bisect_left(analysis.token_starts(), token.start)
        if here > 0 and _ru_object_after(doc, analysis.tokens, _children(analysis), here - 1) == here:
            verb = here - 1  # «X избил его дубинкой»
    if token is None or (token.dep not in _OBJECTS or token.pos != "PRON") and verb is None:
        return set()
    position = bisect_left(analysis.token_starts(), token.start)
    verb = token.head if verb is None else verb
    if verb == position:
        return set()
    found = set()
    for child in _children(analysis).get(verb, []):
        word = analysis.tokens[child]
        if word.dep in SUBJECT_DEPS and _agrees(analysis, child, verb, doc.language):
            for phrase_start, phrase_end in _phrase(analysis, child):
                found |= {pid for (s, e), pid in doc.person_spans_in(max(0, phrase_start - 60), phrase_end)
                          if s < phrase_end and phrase_start < e}
    return found


def _body_owners_verb(analysis, token) -> int | None:
    """The verb when `token` is the possessive pronoun an active verb's act is done to, beside a thing
    as its object (`_body_owner`: "pressed a hot iron to her arm"), else None."""
    if token is None or token.dep not in ("poss", "nmod:poss") or token.pos != "PRON":
        return None
    from bisect import bisect_left

    tokens = analysis.tokens
    prep = tokens[token.head].head
    if tokens[prep].text.lower() not in _DONE_TO_BODY:
        return None
    verb = tokens[prep].head
    if tokens[verb].pos != "VERB" or _body_owner(tokens, _children(analysis), verb) != bisect_left(
            analysis.token_starts(), token.start):
        return None
    if not any(tokens[k].dep in _OBJECTS and tokens[k].pos == "NOUN" for k in _children(analysis).get(verb, [])):
        return None
    return verb


_RU_OBJECT_PRONOUNS = frozenset("его её ее их".split())


def _ru_object_after(doc: Doc, tokens, children, verb: int) -> int | None:
    """In Russian, «его», «её» or «их» right after a verb of an act done to someone that has no object of
    its own (`lexicon.ACTS_ON_SOMEONE`): its object, which the parser may take for the possessive of the
    noun after it («избил его дубинкой»); else None."""
    after = verb + 1
    if doc.language != "ru" or after >= len(tokens) or tokens[verb].pos != "VERB" \
            or tokens[verb].lemma.lower() not in ACTS_ON_SOMEONE["ru"] \
            or tokens[after].text.lower() not in _RU_OBJECT_PRONOUNS \
            or any(tokens[k].dep in _PLAIN_OBJECTS for k in children.get(verb, []) if k != after):
        return None
    return after


_REFLEXIVES = frozenset("himself herself themselves myself se s' себя себе собой".split())


def _doer(doc: Doc, start: int, end: int, gender: str | None = None) -> bool:
    """Whether the person named at [start, end) is the active subject (by the parse) of a verb of an act
    done to someone (`lexicon.ACTS_ON_SOMEONE`) whose direct object is someone else: a personal pronoun
    (of `gender`, when given) or another person's name ("X beat him", « X l'a frappé », «X избил его»).
    That person did the act: no victim of it, nor whom a following "he"/"she" of the object's gender
    goes on with. Not "X was beaten" (a passive subject), nor "X beat the door" (no one as its object)."""
    analysis = doc.analysis
    lemmas = ACTS_ON_SOMEONE.get(doc.language or "en")
    if analysis is None or not analysis.tokens or not lemmas:
        return False
    from bisect import bisect_left

    tokens = analysis.tokens
    starts = analysis.token_starts()
    children = _children(analysis)
    mine = {pid for (s, e), pid in doc.person_spans_in(start, end) if s < end and start < e}
    for word in analysis.tokens_in(start, end):
        position = bisect_left(starts, word.start)
        for _hop in range(2):  # "a guard, X, beat him": the noun X is apposed to; a name's head word
            if word.dep in ("appos", "flat", "flat:name", "compound") and word.head != position:
                position = word.head
                word = tokens[position]
        verb = word.head
        if word.dep != "nsubj" or verb == position or tokens[verb].pos != "VERB":
            continue
        pronoun = _ru_object_after(doc, tokens, children, verb)
        if pronoun is not None and (gender is None or PRONOUN_GENDER.get(tokens[pronoun].text.lower()) in (None, gender)):
            return True
        owner = _body_owner(tokens, children, verb)  # "X pressed a hot iron to her arm"
        if owner is not None and any(tokens[k].dep in _OBJECTS and tokens[k].pos == "NOUN" for k in children.get(verb, [])) \
                and (gender is None or PRONOUN_GENDER.get(tokens[owner].text.lower()) == gender):
            return True
        if tokens[verb].lemma.lower() not in lemmas:
            continue
        for k in children.get(verb, []):
            obj = tokens[k]
            if obj.dep not in _OBJECTS or obj.start >= doc.sentences[doc.sentence_index(start)].end:
                continue
            text = obj.text.lower()
            if obj.pos == "PRON" and (text in PERSONAL_PRONOUNS or text in ("l'", "l’")) and text not in _REFLEXIVES:
                if gender is None or PRONOUN_GENDER.get(text) in (None, gender):
                    return True
                continue
            others = {pid for (s, e), pid in doc.person_spans_in(obj.start, obj.end) if s < obj.end and obj.start < e}
            if others - mine and (gender is None or any(_fits(doc, pid, gender) for pid in others - mine)):
                return True
    return False


# The words before a name on its line when the line is a field that names the form's staff ("Received
# by: ", "Clerk on duty: Sgt. ", «Принял: мастер-приёмщик »): a label and a colon, at most two words
# after it (a title, the staff word), and a staff word among them (`lexicon.FORM_STAFF_LABELS`).
_STAFF_FIELD = re.compile(r"[ \t]*(?:[-*•–][ \t]+)?[^:\n]{0,40}:[ \t]*(?:[\w'’.-]+[ \t]+){0,2}")
_STAFF_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(label).replace(r"\ ", "[ \t]+") for label in
                                                sorted(FORM_STAFF_LABELS, key=len, reverse=True)) + r")(?![\w-])", re.I)


def form_staff(doc: Doc, person_id: str | None) -> bool:
    """Whether the person is named only in fields that name a form's staff ("Received by: X", «Принял:
    мастер-приёмщик X»): the clerk who wrote the form down, not someone its story is about, so no
    pronoun or nearness gives that person an act (h-attrib44: a work order's receiving clerk took
    the customer's arrest from "со слов клиента, он …")."""
    if person_id is None:
        return False
    if person_id in court_staff(doc):
        return True  # counsel, a presiding judge, an interpreter named in a hearing's record (h-persons49)
    person = doc.person(person_id)
    text = doc.text
    if not person.mentions:
        return False
    for s, _e in person.mentions:
        line_start = text.rfind("\n", 0, s) + 1
        field = _STAFF_FIELD.fullmatch(text, line_start, s)
        if field is None or not _STAFF_WORD.search(text, line_start, s):
            return False
    return True


def _official(doc: Doc, person_id: str | None) -> bool:
    """Whether the person is an official (a cadre, an officer, a judge: `persons._attributes`)."""
    return person_id is not None and "official" in doc.person(person_id).roles


# A sentence opened by a participle with no subject, as case files and chronologies write
# ("Detained on 2 May 2018 at her home.", «Arrêtée le …», «Переведён в …»): its ending tells the
# gender in French and Russian.
_OPENING = re.compile(r"[\s\"“«(—–-]*(?P<word>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*)")


_PARTICIPLE = {
    "en": re.compile(r"(?i:\w+ed|taken|held|sent|kept|brought|put)"),
    "fr": re.compile(r"(?i:\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ise|ises|it|ite|its|ites))"),
    "ru": re.compile(r"(?i:\w+(?:н|на|ны|т|та|ты|лся|лась|лись))"),
}


def _participle_gender(word: str, language: str | None) -> str | None:
    """"female", "male", "plural" or None (not told) for an opening participle."""
    word = word.lower()
    if language == "fr":
        return "plural" if word.endswith(("és", "ées", "is", "ises", "us", "ues")) else \
            "female" if word.endswith(("ée", "ie", "ise", "ue")) else "male" if word.endswith(("é", "i", "u")) else None
    if language == "ru":
        return "plural" if word.endswith(("ы", "и")) else "female" if word.endswith(("а", "ась")) else \
            "male" if word.endswith(("н", "т", "ся", "л")) else None
    return None


def _opening_participle(doc: Doc, index: int, start: int) -> list[str] | None:
    """The person a trigger opening its sentence as a participle with no subject is about: the
    nearest person named before whose gender fits the participle's ending; None when the trigger
    does not open its sentence so, or the sentence names a subject ("Arrested in May, he …")."""
    sentence = doc.sentences[index]
    opening = _OPENING.match(doc.text, sentence.start, sentence.end)
    if opening is None:
        return None
    if opening.start("word") != start:
        return _continued_participle(doc, index, opening.start("word"), start)
    participle = _PARTICIPLE.get(doc.language or "en")
    if participle is None or not participle.fullmatch(opening.group("word")):
        return None  # "Police arrested …", "My arrest …": a subject or an owner opens the sentence
    analysis = doc.analysis
    if analysis is not None:
        word = next(iter(analysis.tokens_in(start, start + 1)), None)
        if word is None:
            return None
        from bisect import bisect_left

        position = bisect_left(analysis.token_starts(), word.start)
        # the participle's own subject, or the subject of the verb it hangs on ("Arrested in May,
        # her neighbour was held …")
        heads = {position, analysis.tokens[position].head}
        if any(analysis.tokens[k].dep == "mark" for k in _children(analysis).get(analysis.tokens[position].head, [])):
            heads = {position}  # the head is itself subordinate ("…, ten days after her husband spoke")
        if any(analysis.tokens[k].dep in SUBJECT_DEPS and sentence.start <= analysis.tokens[k].start < sentence.end
               for h in heads for k in _children(analysis).get(h, [])):
            return None
    clause_end = re.search(r"[,;:]|$", doc.text[start:sentence.end]).start() + start
    if any(r[2] in ("person", "first", "he", "she", "we", "they") and not _possessive(doc, r)
           for r in references(doc, index) if start <= r[0] < clause_end):
        return None  # "Detained, she was …": the clause names its subject (not "… found in his office": an owner)
    gender = _participle_gender(opening.group("word"), doc.language)
    if gender == "plural":
        return None
    # The story goes on in its paragraph; a chronology's entries ("3. 12.04.2018. Detained …")
    # go on from one paragraph to the next.
    paragraph = doc.sentences[index].paragraph
    entry = _ENTRY.match(doc.text, doc.window_start(index))
    for (s, e), pid in reversed(doc.person_spans_in(max(0, sentence.start - 1300), sentence.start)):
        person = doc.person(pid)
        if doc.sentences[doc.sentence_index(s)].paragraph != paragraph and not entry:
            return None
        if is_source(doc, s, e) or "official" in person.roles or not person.names or form_staff(doc, pid):
            continue
        if gender is None or _fits(doc, pid, gender):
            there = doc.sentences[doc.sentence_index(s)]
            others = {p for _span, p in doc.person_spans_in(there.start, there.end)
                      if p != pid and doc.person(p).names and "official" not in doc.person(p).roles
                      and (gender is None or _fits(doc, p, gender))}
            return None if others else [pid]  # two people there: the story is not guessed
    return None


_ENTRY = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
# Possessive determiners, where the sentence has no parse to say so ("his office", « sa maison »).
_POSSESSIVE_WORD = re.compile(r"(?i:his|their|its|our|my|your|son|sa|ses|leur|leurs|notre|nos|mon|ma|mes)")
# A clause that goes on with the opening participle's person: after a comma, a semicolon or "and"
# ("Arrested in 2016, kept in a camp; died there", « Arrêté en 2016, libéré en 2018 »).
_NEXT_CLAUSE = re.compile(r"(?:[,;]|\s(?:and|then|et|puis|и|затем))\s*(?:(?:then|later|ensuite|puis|затем|потом)\s+)?$", re.I)


def _possessive(doc: Doc, ref) -> bool:
    """Whether a reference is a possessive determiner ("his office"): an owner, not a subject."""
    if doc.analysis is not None:
        token = next(iter(doc.analysis.tokens_in(ref[0], ref[0] + 1)), None)
        if token is not None:
            return token.dep in ("poss", "nmod:poss") or (token.dep == "det" and doc.language == "fr")
    return _POSSESSIVE_WORD.fullmatch(doc.text[ref[0]:ref[1]]) is not None


def participle_person(doc: Doc, index: int, start: int) -> list[str]:
    """The person a trigger at `start` is told of by a participle with no subject that opens its sentence,
    or by a later clause of such a sentence (`_continued_participle`); empty otherwise."""
    return _opening_participle(doc, index, start) or []


def _continued_participle(doc: Doc, index: int, opening: int, start: int) -> list[str] | None:
    """The person of a trigger that opens a later clause of a sentence opened by a participle with no
    subject ("Arrested in 2016, kept in a camp; died there", "Taken by the police in 2018,
    released in 2019"): the opening participle's person (`_opening_participle`), when no one is named or
    referred to between (but owners, "his office"); None otherwise."""
    text = doc.text
    if not _NEXT_CLAUSE.search(text, max(opening, start - 12), start) or text[start:start + 1].isupper():
        return None
    if any(opening <= r[0] < start and not _possessive(doc, r) for r in references(doc, index)
           if r[2] in ("person", "first", "he", "she", "we", "they", "generic", "group", "plural")):
        return None
    return _opening_participle(doc, index, opening)


def _titled(doc: Doc, start: int) -> str | None:
    """The gender the title of address right before a mention at `start` tells ("Mrs Yasin", « M. X »),
    else None: what this mention is, even where the person it was joined to is written otherwise."""
    title = _ADDRESS_BEFORE.search(doc.text, max(0, start - 10), start)
    return None if title is None else "female" if title.group("female") else "male"


def _fits(doc: Doc, person_id: str, gender: str) -> bool:
    """Whether a person may be "he" or "she": the gender known, else a named person not the narrator."""
    person = doc.person(person_id)
    known = _gender(doc, person_id)
    return known == gender or (known is None and bool(person.names) and not person.narrator)


def _continued_subject(doc: Doc, index: int, start: int, gender: str, we_includes_speaker: bool,
                       depth: int) -> str | None:
    """The person a subject pronoun at `start` continues: the main subject of the sentence before
    (in the same paragraph), when the pronoun is its sentence's first reference and the subject's
    person fits its gender; else None (the nearest person decides). In Russian the topic of a clause
    with no subject («его заставляли …», «у него отняли …») goes on so too, and a sentence before with
    no subject passes on its own such topic (`_subjectless_topic`)."""
    analysis = doc.analysis
    if analysis is None or index == 0 or doc.sentences[index - 1].paragraph != doc.sentences[index].paragraph:
        return None
    token = next(iter(analysis.tokens_in(start, start + 1)), None)
    topic = _TOPIC_DEPS.get(doc.language or "", _OBJECTS)
    if token is None or token.dep not in SUBJECT_DEPS and not (token.dep in topic and _subjectless(doc, token)):
        return None
    sentence = doc.sentences[index]
    # the source of what the sentence tells ("According to Ms X, he was …", « D'après Mme X, il … ») is no
    # reference before the pronoun: the subject before still goes on (h-v34codes)
    if any(r[0] < start for r in references(doc, index)
           if r[2] != "generic" and not _own_words(doc, r) and not _first_person_teller(doc, r, token)
           and not (r[2] == "person" and is_source(doc, r[0], r[1]))) \
            or any(not is_source(doc, s, e) for (s, e), _pid in doc.person_spans_in(sentence.start, start)):
        return None
    before = doc.sentences[index - 1]
    refs = references(doc, index - 1)
    tokens = analysis.tokens
    from bisect import bisect_left

    starts = analysis.token_starts()
    for word in analysis.tokens_in(before.start, before.end):
        if word.dep not in SUBJECT_DEPS or tokens[word.head].head != word.head:
            continue  # the subject of the main verb only
        word = _told_subject(doc, before, word, refs) or word
        position = bisect_left(starts, word.start)
        ref = next((r for r in refs if r[0] < word.end and word.start < r[1]), None)
        if ref is not None and ref[2] == "person" and not doc.person(ref[3]).names:
            ref = next((r for r in refs if r[3] == _apposed_person(doc, position, refs)), ref)
        if ref is None:
            named = _apposed_person(doc, position, refs)
            ref = next((r for r in refs if r[3] == named), None) if named else None
        if ref is None or ref[2] not in ("person", "he", "she"):
            return None
        if ref[2] != "person" and ref[2] != ("he" if gender == "male" else "she"):
            return None
        if ref[2] == "person" and _titled(doc, ref[0]) not in (None, gender):
            return None  # "Mrs Yasin lost her father, X. He had been held …": not the woman, whoever she was joined to
        found = _resolve(doc, index - 1, ref, we_includes_speaker, depth=depth + 1) or []
        if len(found) == 1 and _official(doc, found[0]) and _passive_subject(doc, start):
            return None  # "The officer hit him. He was transferred": not the official who hit
        if ref[2] == "person" and _doer(doc, ref[0], ref[1], gender):
            return None  # "X beat him. He was then moved": the one beaten, not X (the nearest person decides)
        return found[0] if len(found) == 1 and _fits(doc, found[0], gender) else None
    ref = _subjectless_topic(doc, index - 1, gender) if doc.language == "ru" else None
    if ref is not None:
        found = _resolve(doc, index - 1, ref, we_includes_speaker, depth=depth + 1) or []
        return found[0] if len(found) == 1 and _fits(doc, found[0], gender) else None
    return None


_SAYING_WORD = re.compile(SAYING, re.I)


def _first_person_teller(doc: Doc, ref, pronoun) -> bool:
    """Whether `ref`, a first-person reference ("we", "I", « m' »), is the one who hears or is told of
    what the clause holding `pronoun` (a parse token) tells: "later we heard that she got ten years",
    "I was told he was taken", « on nous a dit qu'elle était au camp ». Such a teller is a witness of the
    report, not its topic: the pronoun still goes on with the subject of the sentence before."""
    if ref[2] not in ("first", "we"):
        return False
    tokens = doc.analysis.tokens
    word = next(iter(doc.analysis.tokens_in(ref[0], ref[1])), None)
    if word is None or word.dep not in SUBJECT_DEPS + _OBJECTS:
        return False
    verb = tokens[word.head]
    if verb.lemma.lower() not in TOLD_LEMMAS and not _TELLING.fullmatch(verb.text) \
            and not re.fullmatch(hearing_forms("en", "fr", "ru"), verb.text, re.I):
        return False
    # the pronoun must stand in the clause under that verb, not beside it ("I heard it and she …")
    at, seen = pronoun, 0
    while seen < 8 and tokens[at.head] is not at:
        if tokens[at.head] is verb:
            return at.dep in ("ccomp", "xcomp", "advcl", "dep", "parataxis")
        at, seen = tokens[at.head], seen + 1
    return False


# Verbs of telling by lemma, whose subject is the teller of the clause under them (`teller`).
_TELLER_LEMMAS = TOLD_LEMMAS - {"hear", "learn", "узнать", "услышать", "entendre", "apprendre"} | frozenset(
    "say recount describe explain write raconter expliquer écrire décrire рассказать рассказывать говорить "
    "сказать писать написать".split())
_TOLD_CLAUSES = ("ccomp", "xcomp", "advcl", "parataxis", "dep", "conj")


def teller(doc: Doc, index: int, start: int, end: int) -> str | None:
    """The person who tells the clause holding the act at [start, end) of sentence `index`, by the parse:
    the subject of the verb of telling ("He told me that the cell held forty men", « Il a raconté qu'on
    leur donnait un bol par jour », «Он рассказал, что кормили раз в день») that the act's words hang
    under as a clause, named or a pronoun resolved as `attribute` resolves it; None when the act is told
    by no such verb, its subject is no one person, or the parse is missing."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return None
    tokens = analysis.tokens
    inside = list(analysis.tokens_in(start, end))
    if not inside:
        return None
    at, seen = inside[0], 0
    while seen < 8 and tokens[at.head] is not at:
        head = tokens[at.head]
        if at.dep in _TOLD_CLAUSES and head.pos in ("VERB", "AUX") \
                and (head.lemma.lower() in _TELLER_LEMMAS or _SAYING_WORD.fullmatch(head.text)):
            subjects = [t for t in analysis.tokens_in(doc.sentences[index].start, doc.sentences[index].end)
                        if t.dep in SUBJECT_DEPS and tokens[t.head] is head]
            if len(subjects) != 1:
                return None
            subject = subjects[0]
            named = {pid for _span, pid in doc.person_spans_in(subject.start, subject.end)}
            if named:
                return next(iter(named)) if len(named) == 1 else None
            refs = [r for r in references(doc, index) if r[0] < subject.end and subject.start < r[1]
                    and r[2] in ("he", "she", "first")]
            if len(refs) != 1:
                return None
            found = _resolve(doc, index, refs[0], False)
            return found[0] if found and len(found) == 1 else None
        at, seen = head, seen + 1
    return None


def _told_subject(doc: Doc, sentence, subject, refs):
    """The subject of the clause told, when `subject` is the teller of a main verb of saying ("X was
    taken away; my aunt Z says no papers were shown", "Z says X was taken"): the one the sentence is
    about is X, whom a pronoun after goes on with, not Z who tells. The first clause told with a
    person for its subject; None when there is none (then the teller is the topic)."""
    tokens = doc.analysis.tokens
    verb = subject.head
    if not _SAYING_WORD.fullmatch(doc.text, tokens[verb].start, tokens[verb].end):
        return None
    words = doc.analysis.tokens_in(sentence.start, sentence.end)
    clauses = {t.start for t in words if t.dep == "ccomp" and t.head == verb}  # the clauses told, by offset
    for word in words:
        if word.dep in SUBJECT_DEPS and tokens[word.head].start in clauses \
                and any(r[0] < word.end and word.start < r[1] and r[2] in ("person", "he", "she") for r in refs):
            return word
    return None


_HEDGE_PATH = frozenset(("ccomp", "xcomp", "conj", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "dep"))


def hedged_by_parse(doc: Doc, start: int, end: int) -> bool:
    """Whether the act told at [start, end) stands in the clause under a verb of guessing or hearsay
    (`lexicon.HEDGE_VERBS`: "a few posters speculated that she is dead", "the comment suggested that she
    was held too", « certains supposent qu'il a été arrêté »), by the dependency parse: from the
    act's words up through the clauses that hold them, within their sentence. False with no parse or
    for a language the list has not."""
    verbs = HEDGE_VERBS.get(doc.language or "")
    analysis = doc.analysis
    if not verbs or analysis is None:
        return False
    tokens = analysis.tokens
    words = analysis.tokens_in(start, end)
    if not words:
        return False
    starts = analysis.token_starts()
    children = _children(analysis)
    from bisect import bisect_left

    for word in words:
        at = bisect_left(starts, word.start)
        for _ in range(8):
            head = tokens[at].head
            if head == at:
                break
            if tokens[at].dep not in _HEDGE_PATH and tokens[at].dep not in SUBJECT_DEPS + _OBJECTS + ("aux", "aux:pass",
                                                                                                     "auxpass", "obl"):
                break
            if tokens[at].dep in _HEDGE_PATH and tokens[at].dep != "conj":
                # the verb the clause hangs on, or one the parse hung beside it before the clause
                # ("Certains voisins supposent qu'il …" read with « voisins » for the root)
                if tokens[head].lemma.lower() in verbs or any(
                        tokens[c].lemma.lower() in verbs and c < at for c in children.get(head, ())):
                    return True
            at = head
    return False


_HEDGE = re.compile(HEDGE, re.I)
_CLAUSE_END = re.compile(CLAUSE_BREAK, re.I)
# Dependencies that open a clause of its own: a hedge word inside one does not reach the clause above it
# ("Although the guard might have been new, they beat me": "might" is the concession's).
_OWN_CLAUSE = frozenset(("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "csubj", "csubj:pass", "parataxis",
                         "conj", "appos", "list"))


def hedged(doc: Doc, start: int, end: int) -> bool:
    """Whether the act told at [start, end) is hedged: a hedge word before it in its sentence that governs
    its clause (`hedge_governs`), or a verb of guessing whose clause holds it (`hedged_by_parse`).
    Offsets are character offsets into `doc.text`."""
    if hedged_by_parse(doc, start, end):
        return True
    opening = doc.sentences[doc.sentence_index(start)].start if doc.sentences else 0
    return hedge_governs(doc.analysis, doc.text, min(opening, start), start, end)


def hedge_governs(analysis, text: str, opening: int, start: int, end: int) -> bool:
    """Whether a hedge word in text[opening:start] (`lexicon.HEDGE`: "perhaps", "I heard",
    "reportedly", « il aurait été », «говорят») governs the clause of the words at [start, end), by the
    dependency parse (`analysis`: a `guwah.extract.ner.Analysis` of `text`, or None).

    It does when the clause the hedge word stands in (up from the word, not through a clause of its
    own: `_OWN_CLAUSE`) is the words' clause or one their clause hangs in (up from the words; through a
    coordination only when the conjunct has no subject of its own: "perhaps he was beaten and
    tortured", not "perhaps he left, and they beat her"). Without a parse of the words (Kazakh,
    Uyghur): a hedge word in their clause before them (after the last `lexicon.CLAUSE_BREAK`)."""
    hedges = [m for m in _HEDGE.finditer(text, opening, start) if m.end() <= start]
    if not hedges:
        return False
    words = analysis.tokens_in(start, end) if analysis is not None and analysis.tokens else []
    if not words:
        breaks = [m.end() for m in _CLAUSE_END.finditer(text, opening, start)]
        return any(m.start() >= (breaks[-1] if breaks else opening) for m in hedges)
    from bisect import bisect_left

    tokens = analysis.tokens
    starts = analysis.token_starts()
    children = _children(analysis)
    # the act's clause and those above it
    above: set[int] = set()
    for word in words:
        at = bisect_left(starts, word.start)
        for _ in range(24):
            above.add(at)
            head = tokens[at].head
            if head == at or tokens[at].dep == "parataxis":
                break
            if tokens[at].dep == "conj" and any(tokens[c].dep in SUBJECT_DEPS for c in children.get(at, ())):
                break  # a conjunct with a subject of its own is a clause of its own
            at = head
    for match in hedges:
        for word in analysis.tokens_in(match.start(), match.end()):
            at = bisect_left(starts, word.start)
            for _ in range(24):
                if at in above:
                    return True
                head = tokens[at].head
                if head == at:
                    break
                if tokens[at].dep in _OWN_CLAUSE:
                    # the hedge's own verb heading a clause hung on the act's ("as I heard, they …", "…, which no
                    # one can verify, that …" read with "verify" under the act), or
                    # a hedge's noun phrase set aside in it («По непроверенным сведениям, задержан …»), not a
                    # clause with a verb of its own ("Although the guard might have been new, they …")
                    if head in above and (match.start() <= tokens[at].start < match.end()
                                          or tokens[at].pos not in ("VERB", "AUX")):
                        return True
                    break
                at = head
    return False


# What a Russian clause with no subject is about: its object or its «у него» («его заставляли …»,
# «у него отняли …»): the dependencies of such a topic pronoun.
_TOPIC_DEPS = {"ru": ("obj", "iobj", "obl")}


def _subjectless_topic(doc: Doc, index: int, gender: str):
    """The first reference of sentence `index`, when it is a pronoun of `gender` that a verb with no
    subject takes as its object or «у …» («В лагере его заставляли …»), and the sentence's main
    verb has no subject; else None."""
    analysis = doc.analysis
    sentence = doc.sentences[index]
    tokens = analysis.tokens
    if any(t.dep in SUBJECT_DEPS and tokens[t.head].head == t.head for t in analysis.tokens_in(sentence.start, sentence.end)):
        return None
    refs = [r for r in references(doc, index) if r[2] != "generic" and not _own_words(doc, r)]
    if not refs or refs[0][2] != ("he" if gender == "male" else "she"):
        return None
    word = next(iter(analysis.tokens_in(refs[0][0], refs[0][0] + 1)), None)
    if word is None or word.dep not in _TOPIC_DEPS["ru"] or not _subjectless(doc, word):
        return None
    return refs[0]


_PASSIVE_SUBJECT = ("nsubjpass", "nsubj:pass")
_OBJECTS = ("dobj", "obj", "iobj", "dative")
_POSSESSORS = ("poss", "nmod:poss", "nmod")
_JOINED = ("conj", "xcomp")


def _children(analysis) -> dict[int, list[int]]:
    cached = analysis.__dict__.get("_children")
    if cached is None:
        cached = {}
        for i, token in enumerate(analysis.tokens):
            if token.head != i:
                cached.setdefault(token.head, []).append(i)
        analysis.__dict__["_children"] = cached
    return cached


def syntactic_target(doc: Doc, start: int, end: int) -> int | None:
    """Index in `doc.analysis.tokens` of the word a trigger at [start, end) happens to, by the
    dependency parse; None when there is no parse or it names no one."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return None
    tokens = analysis.tokens
    first = analysis.tokens_in(start, end)
    if not first:
        return None
    starts = analysis.token_starts()
    from bisect import bisect_left

    indices = [bisect_left(starts, t.start) for t in first]
    inside = set(indices)
    # The trigger's head: its word whose own head lies outside it ("forced" in "forced to teach").
    heads = [i for i in indices if tokens[i].head not in inside or tokens[i].head == i]
    verbs = [i for i in heads if tokens[i].pos == "VERB"] or [i for i in indices if tokens[i].pos == "VERB"] \
        or [i for i in heads if tokens[i].pos in ("NOUN", "AUX")]
    children = _children(analysis)
    if not verbs:
        # the act's own noun as the passive subject, tagged a name ("an IUD was inserted in her")
        return next((on for i in heads if not doc.person_spans_in(tokens[i].start, tokens[i].end)
                     for on in [_put_in(doc, tokens, children, i)] if on is not None), None)
    verb = verbs[0]
    for _hop in range(3):
        kids = children.get(verb, [])
        by_dep = {}
        for k in kids:
            if not turn_label(doc, tokens[k].start, tokens[k].end):  # "X: My brother was …": X only labels the line
                by_dep.setdefault(tokens[k].dep, []).append(k)
        if tokens[verb].pos == "NOUN":
            # "his death", "son passeport": the possessor.
            owner = next((k for dep in _POSSESSORS for k in by_dep.get(dep, [])), None)
            if owner is not None and tokens[owner].pos == "PROPN" and tokens[verb].text.lower() in KIN:
                return verb  # "X's husband", «муж X»: the relative, not X (h-poss58)
            if owner is None and tokens[verb].dep in _OBJECTS and tokens[verb].head != verb:
                # "fit IUDs on women", "pressed a hot iron to her arm"
                on = _done_on(doc, tokens, children, tokens[verb].head, _DONE_INTO)
                return on if on is not None else _body_owner(tokens, children, tokens[verb].head)
            if owner is None:
                on = _put_in(doc, tokens, children, verb)  # "a coil was fitted in her"
                if on is not None:
                    return on
            return owner
        for dep in _PASSIVE_SUBJECT:
            if dep in by_dep:
                subject = by_dep[dep][0]
                if _a_thing(doc, tokens, children, subject):
                    # "her passport was taken": whose passport (as "took her passport")
                    owner = next((c for c in children.get(subject, []) if tokens[c].dep in _POSSESSORS
                                  and tokens[c].pos in ("PRON", "PROPN")), None)
                    if owner is not None:
                        return owner
                    # "a coil was fitted in her", "his hair was shaved off him": the thing is the
                    # grammatical subject; the act happened to the person the verb names it in or on
                    on = _put_in(doc, tokens, children, subject)
                    if on is not None:
                        return on
                return subject
        pronoun = _ru_object_after(doc, tokens, children, verb)
        if pronoun is not None:
            return pronoun  # «X избил его дубинкой»: him, whatever the parser hung «его» on
        objects = [k for dep in _OBJECTS for k in by_dep.get(dep, []) if tokens[k].text.lower() not in THING_PRONOUNS]
        for k in objects:
            if tokens[k].pos in ("PRON", "PROPN") or k in _possessed_heads(tokens, children, k):
                return k
        for k in objects:
            owner = next((c for c in children.get(k, []) if tokens[c].dep in _POSSESSORS), None)
            if owner is not None:
                return owner  # "took his passport": whose passport
        if objects:
            # "fit IUDs on women", "poser des stérilets aux femmes", "fitted coils inside women", "pressed a hot iron
            # to her arm": the act happens to the people it is done on, not to the one doing it (who is
            # the subject).
            on = _done_on(doc, tokens, children, verb, _DONE_INTO)
            if on is None:
                on = _body_owner(tokens, children, verb)
            return on if on is not None else objects[0]
        own = [k for k in by_dep.get("nsubj", []) if _agrees(analysis, k, verb, doc.language)
               and tokens[k].text.lower() not in NO_ONE_WORDS
               and not any(tokens[c].text.lower() in NO_ONE_WORDS for c in children.get(k, []))]
        if tokens[verb].dep in _JOINED and tokens[verb].head != verb and own:
            return own[0]  # "my husband stayed, and I left": a joined clause with its own subject is that subject's
        if tokens[verb].dep in _JOINED and tokens[verb].head != verb:
            if _said_of_oneself(doc, tokens, children, verb):
                # « il nous dit avoir été relâché », "she claimed to have been held": a verb of saying with
                # a bare infinitive under it is controlled by its subject, not by whom it is told to
                said = [k for k in children.get(tokens[verb].head, []) if tokens[k].dep == "nsubj"
                        and _agrees(analysis, k, tokens[verb].head, doc.language)]
                if said:
                    return said[0]
            verb = tokens[verb].head  # "was arrested and sent to a camp": the head verb's person
            continue
        if tokens[verb].dep == "advcl" and tokens[verb].head != verb and not by_dep.get("nsubj") \
                and first[0].start == doc.sentences[doc.sentence_index(start)].start:
            verb = tokens[verb].head  # "Arrested in May, her brother was held …": the main subject's
            continue
        subjects = [k for k in by_dep.get("nsubj", []) if _agrees(analysis, k, verb, doc.language)]
        return subjects[0] if subjects else None
    return None


def _said_of_oneself(doc: Doc, tokens, children, verb: int) -> bool:
    """Whether `verb` is an infinitive complement (xcomp) of a verb of telling (`_TELLER_LEMMAS`) with no
    marker of its own (« dit avoir été relâché », not « lui a dit de partir », nor "told him to leave",
    whose "de" and "to" hand the act to the one told): such an infinitive is the teller's own act."""
    head = tokens[verb].head
    if tokens[verb].dep != "xcomp" or head == verb or tokens[head].lemma.lower() not in _TELLER_LEMMAS:
        return False
    return not any(tokens[k].dep == "mark" for k in children.get(verb, []))


_DONE_ON = {"on", "upon", "sur", "à", "aux", "на"}
# A thing done to someone told in the passive: put in, on or taken from the person ("a coil was
# fitted in her", « un stérilet lui a été posé », "the passport was taken from him").
_DONE_IN = _DONE_ON | {"in", "into", "inside", "from", "off", "dans", "в", "у"}


# What an active verb puts a thing in or against, on someone ("fitted coils inside women", "pressed a
# cigarette against his arm"): the person-like word under those, or the owner of the body part.
_DONE_INTO = _DONE_IN | {"inside", "into", "onto", "against", "over", "dans", "contre"}
_DONE_TO_BODY = _DONE_INTO | {"to", "under", "sous", "к", "под"}


def _body_owner(tokens, children, verb: int) -> int | None:
    """The possessive pronoun of the noun an active verb puts its object to, in or against ("pressed a hot iron
    to her arm", "put a bag over her head"), else None."""
    for prep in children.get(verb, []):
        if tokens[prep].text.lower() not in _DONE_TO_BODY:
            continue
        for noun in children.get(prep, []):
            for owner in children.get(noun, []):
                if tokens[owner].dep in ("poss", "nmod:poss") and tokens[owner].pos == "PRON" \
                        and tokens[owner].text.lower() in PRONOUN_GENDER:
                    return owner
    return None


def _put_in(doc: Doc, tokens, children, noun: int) -> int | None:
    """For a thing that is the passive subject of a verb ("a coil was fitted in her", "the passport
    was taken from him"): the person-like word the verb puts it in, on or takes it from, else None."""
    verb = tokens[noun].head
    if tokens[noun].dep not in _PASSIVE_SUBJECT or verb == noun or tokens[verb].pos != "VERB":
        return None
    on = _done_on(doc, tokens, children, verb, _DONE_IN)
    return on if on is not None and _stands_for_someone(doc, tokens[on]) else None


def _stands_for_someone(doc: Doc, token) -> bool:
    """Whether the token is a personal pronoun ("her", not "it") or inside a person's mention."""
    return token.pos == "PRON" and token.text.lower() in PERSONAL_PRONOUNS \
        or bool(doc.person_spans_in(token.start, token.end))


def _a_thing(doc: Doc, tokens, children, index: int) -> bool:
    """Whether the token is a common noun that names no person ("coil", "passport"; not "brother",
    "women", "prisoner", "teacher", "his companion, X")."""
    token = tokens[index]
    words = {token.text.lower(), token.lemma.lower()}
    return token.pos == "NOUN" and not words & (set(KIN) | SOMEONE_NOUNS | set(ROLE_NOUNS) | set(GENDERED_NOUNS) | PEOPLE_NOUNS) \
        and not _GENERIC_WORD.fullmatch(token.text) and not doc.person_spans_in(token.start, token.end) \
        and not any(tokens[c].dep == "appos" for c in children.get(index, []))


def told_of_a_thing(doc: Doc, start: int, end: int, lemmas: frozenset[str] = THING_TAKING_VERBS) -> bool:
    """Whether the verbs at [start, end) are told of things only, by the parse: every direct object
    and passive subject they have is a thing (`_a_thing`), and there is one ("the passport was
    removed from him", "the pills were taken", "took his phone": True; "he was taken", "took him",
    "took his son": False). Such a taking puts no one in custody. False without a parse, and in
    Russian (the parser takes an instrument for the object). With `lemmas`, only those verbs count
    ("a sack was pulled over her head" is an arrest told by a thing)."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens or (doc.language or "en") not in ("en", "fr"):
        return False
    from bisect import bisect_left

    starts = analysis.token_starts()
    tokens = analysis.tokens
    children = _children(analysis)
    verbs = [i for i in range(bisect_left(starts, start), bisect_left(starts, end)) if tokens[i].pos == "VERB"
             and tokens[i].lemma.lower() in lemmas]
    sentence = doc.sentences[doc.sentence_index(start)] if doc.sentences else None
    told = [k for v in verbs for k in children.get(v, []) if tokens[k].dep in _OBJECTS + _PASSIVE_SUBJECT
            and (sentence is None or sentence.start <= tokens[k].start < sentence.end)]  # not a heading parsed into it

    def in_a_name(token) -> bool:  # "Nurbekov" in "Daulet Nurbekov", which the parser may take for a noun
        return any(s < token.end and token.start < e for (s, e), _pid in doc.person_spans_in(token.start - 80, token.end))

    return bool(told) and all(_a_thing(doc, tokens, children, k) and not in_a_name(tokens[k]) for k in told)


def _done_on(doc: Doc, tokens, children, verb: int, prepositions=_DONE_ON) -> int | None:
    """The person-like word of "on …" / "aux …" under a verb ("fit IUDs on women"), else None."""
    for prep in children.get(verb, []):
        if tokens[prep].text.lower() not in prepositions:
            continue
        for word in [prep, *children.get(prep, [])]:
            token = tokens[word]
            if token.pos in ("PRON", "PROPN") or token.text.lower() in KIN or _GENERIC_WORD.fullmatch(token.text):
                return word
    # French "aux femmes": the noun hangs on the verb, its "aux" a case marker under it.
    for noun in children.get(verb, []):
        if tokens[noun].dep in ("obl", "obl:arg", "iobj") and any(
                tokens[c].text.lower() in prepositions for c in children.get(noun, [])):
            token = tokens[noun]
            if token.pos in ("PRON", "PROPN") or token.text.lower() in KIN or _GENERIC_WORD.fullmatch(token.text):
                return noun
    return None


def tells_of_someone(doc: Doc, index: int) -> bool:
    """Whether sentence `index` tells of someone it does not name ("slapped the woman who …"), by
    the parse: then an act it tells that syntax gives no one is not carried to the person the
    story follows."""
    analysis = doc.analysis
    if analysis is None:
        return False
    sentence = doc.sentences[index]
    return any(t.pos == "NOUN" and t.lemma.lower() in SOMEONE_NOUNS and not doc.person_spans_in(t.start, t.end)
               for t in analysis.tokens_in(sentence.start, sentence.end))


_GENERIC_WORD = re.compile(rf"(?:{PLURAL_GENERIC})", re.I)


def _possessed_heads(tokens, children, index: int) -> set[int]:
    """{index} when the token is a noun of kinship or a person ("my brother"), or a noun with a name in
    apposition («его внука Ильхама арестовали»: the grandson, not «его»), else empty."""
    if tokens[index].text.lower() in KIN or tokens[index].pos == "NOUN" and any(
            tokens[c].dep == "appos" and tokens[c].pos == "PROPN" for c in children.get(index, [])):
        return {index}
    return set()


def _kin_of_named(doc: Doc, target: int, refs) -> int | None:
    """The token index of the named person that is the possessor or complement of the kin noun at
    token `target` ("X's husband", « le mari de X », «муж X»: the noun is X's relative, not X), else None;
    not a name after a comma (« le frère de la plaignante, X »: the relative's own name)."""
    tokens = doc.analysis.tokens
    for child in _children(doc.analysis).get(target, []):
        word = tokens[child]
        if word.dep in _POSSESSORS and word.pos == "PROPN" and not doc.text[:word.start].rstrip().endswith(",") \
                and any(r[2] == "person" and r[0] < word.end and word.start < r[1] for r in refs):
            return child
    return None


def _by_syntax(doc: Doc, index: int, start: int, end: int, refs, we_includes_speaker: bool) -> list[str] | None:
    """Person ids by the parse, [] for a group, None when syntax cannot tell (look by proximity)."""
    target = syntactic_target(doc, start, end)
    if target is None:
        return None
    token = doc.analysis.tokens[target]
    ref = next((r for r in refs if r[0] < token.end and token.start < r[1]), None)
    if ref is None and token.pos == "NOUN":
        # "her neighbour, X, was held", "her neighbour X was held", «его внука, X, забрали»: the name
        # in apposition, not the possessor (whose relative it is) nor a complement
        named = _apposed_person(doc, target, refs)
        ref = next((r for r in refs if r[2] == "person" and r[3] == named), None) if named else None
    owner = _kin_of_named(doc, target, refs) if (ref is None or ref[2] == "kin") and token.text.lower() in KIN else None
    if owner is not None:
        # "X's husband was arrested", « le mari de X », «муж X»: a relative of X, not X: the name in
        # apposition ("X's husband, Y, …", which the parser may hang on X), else someone unnamed (h-poss58)
        named = _apposed_person(doc, target, refs) or _apposed_person(doc, owner, refs)
        if named is None:
            # the parser may take "kin of X, Y," for a coordination: a name right after "X," is the relative's
            word = doc.analysis.tokens[owner]
            mine = next((r for r in refs if r[2] == "person" and r[0] < word.end and word.start < r[1]), None)
            named = next((r[3] for r in refs if mine is not None and r[2] == "person" and r[3] != mine[3]
                          and re.fullmatch(r"\s*,\s*", doc.text[mine[1]:r[0]] if r[0] >= mine[1] else "x")), None)
        return [named] if named else []
    if ref is None and token.text.lower() not in KIN:
        # "the body of X", "la famille de X": a noun whose complement is the person.
        children = _children(doc.analysis)
        for child in children.get(target, []):
            inner = doc.analysis.tokens[child]
            if inner.dep in _POSSESSORS or inner.dep == "prep":
                for grandchild in [child, *children.get(child, [])]:
                    word = doc.analysis.tokens[grandchild]
                    ref = next((r for r in refs if r[0] < word.end and word.start < r[1] and r[2] == "person"), None)
                    if ref:
                        break
            if ref:
                break
    if ref is None and token.pos == "NOUN" and token.lemma.lower() in SOMEONE_NOUNS \
            and not any(r[2] == "person" and r[0] < e and s < r[1]
                        for s, e in _phrase(doc.analysis, target) for r in refs) \
            and not any(r[2] == "person" and _NAMED_AFTER.fullmatch(doc.text, token.end, r[0]) for r in refs):
        return []  # "X slapped the woman who slept beside her": someone unnamed, not a person near it
    if ref is None:
        return None
    if ref[2] in ("generic", "boy", "girl"):
        # "the boy …, X from Kashgar, was …": the name in apposition
        named = _apposed_person(doc, target, refs)
        if named is not None:
            ref = next(r for r in refs if r[2] == "person" and r[3] == named)
    if ref[2] == "generic":
        # "Three teachers, A, B and C, were sent …": the members the group's apposition lists
        return _members_listed(doc, index, ref[1])
    if ref[2] == "person" and _official(doc, ref[3]) and token.dep == "nsubj":
        return None  # "officer X confiscated …": the doer; look further
    if ref[2] == "they":
        # "X and his wife Y came home. They were detained": the people named together before
        return named_together(doc, index, ref[0]) or None
    resolved = _resolve(doc, index, ref, we_includes_speaker)
    if resolved == [] and ref[2] == "your_kin":
        return []  # the addressee's relative the letter does not name: nobody named near it
    if not resolved:
        return None
    if len(resolved) == 1 and not doc.person(resolved[0]).names:
        # "His father, the imam X, died": the name in apposition is the one the act happened to.
        named = _apposed_person(doc, target, refs)
        if named is not None:
            resolved = [named]
    # "My mother and my sister suffered", "my wife and I crossed": every person of a coordination.
    for other in _conjuncts(doc.analysis, target) + _co_subjects(doc.analysis, target):
        word = doc.analysis.tokens[other]
        more = next((r for r in refs if r[0] < word.end and word.start < r[1] and r[2] in ("person", "first")), None)
        for person_id in (_resolve(doc, index, more, we_includes_speaker) or []) if more else []:
            if person_id not in resolved:
                resolved = [*resolved, person_id]
    return resolved


# What joins two people named together: "X and Y", "X, Y and Z", "X and his wife Y", « X et sa femme
# Y », «X и его жена Y».
_TOGETHER = re.compile(r"\s*,\s*|\s*,?\s*(?:and|as well as|et|ainsi que|и|а также)\s+"
                       r"(?:(?:his|her|their|son|sa|leur|его|её|ее|их)\s+[\w-]+\s*,?\s*)?", re.I)


def named_together(doc: Doc, index: int, start: int) -> list[str]:
    """The people a "they" at `start` (in sentence `index`) stands for when an act is told of it:
    the people a coordination names ("Ablet and his wife Gulnisa returned … They were detained"), in
    this sentence before `start` or the two before it in its paragraph, when the latest person named
    before `start` closes that coordination; at least two people, none an official, the sentence's
    speaker or only a source. Empty otherwise ("they" is then most often the police or the guards)."""
    spans = [(s, e, pid) for (s, e), pid in doc.person_spans_in(doc.window_start(index, 2), start)
             if e <= start and not is_source(doc, s, e)]
    if not spans:
        return []
    chain = [spans[-1]]
    for s, e, pid in reversed(spans[:-1]):
        between = doc.text[e:chain[-1][0]]
        same = pid == chain[-1][2] and re.fullmatch(r"[\s,]*", between)  # "his wife, Gulnisa Emet": one person
        if e > chain[-1][0] or not (same or _TOGETHER.fullmatch(between)):
            break
        chain.append((s, e, pid))
    people = list(dict.fromkeys(pid for _s, _e, pid in reversed(chain)))
    speaker = doc.speakers.get(index)
    if len(people) < 2 or any(pid == speaker or _official(doc, pid) for pid in people):
        return []
    return people


# "a young woman from Atush, X,": a name after the noun and a comma, in the same phrase.
_NAMED_AFTER = re.compile(r"(?:(?!\b(?:who|whom|which|that|qui|que|dont|котор\w*)\b)[^.;:!?]){0,40}?,\s*", re.I)


def _phrase(analysis, index: int) -> list[tuple[int, int]]:
    """Spans of the words of the phrase a token heads (itself and every word under it)."""
    children = _children(analysis)
    found, todo = [], [index]
    while todo:
        word = todo.pop()
        found.append((analysis.tokens[word].start, analysis.tokens[word].end))
        todo += children.get(word, [])
    return found


# What may stand between a group's noun and the list that names its members ("Three teachers from our
# school, A, …", "Two former detainees just released from the camps, Kazakh citizen A …"): no clause end
# and no relative pronoun (a relative clause tells of someone else), then a comma and at most three
# words that describe the first one ("Kazakh citizen").
_TO_THE_LIST = re.compile(r"(?:(?!\b(?:who|whom|whose|which|that|qui|que|dont|котор\w*)\b)[^.;:!?()\n]){0,90},\s*"
                          r"(?:[\w-]+\s+){0,3}", re.I)
# … and between two members: a comma or "and", with at most three words that describe the next one.
_IN_THE_LIST = re.compile(r"\s*(?:,\s*(?:(?:and|et|и)\s+)?|\s(?:and|et|и)\s+)(?:[\w-]+\s+){0,3}?", re.I)


def _members_listed(doc: Doc, index: int, end: int) -> list[str]:
    """The people an apposition to a group's noun (ending at `end`, in sentence `index`) lists: two or
    more persons named one after the other, joined by commas or "and", the list closed by a comma ("Three
    teachers from our school, A, B and C, were sent to a camp"; the members, each of them, are the
    ones it happened to); [] when no such list follows the noun (it names no one: "the detainees were
    beaten"), it is not closed, or a member is an official."""
    text = doc.text
    sentence = doc.sentences[index]
    spans = [(s, e, pid) for (s, e), pid in doc.person_spans_in(end, sentence.end) if s >= end]
    if not spans or _TO_THE_LIST.fullmatch(text, end, spans[0][0]) is None:
        return []
    members = [spans[0]]
    for s, e, pid in spans[1:]:
        if _IN_THE_LIST.fullmatch(text, members[-1][1], s) is None:
            break
        members.append((s, e, pid))
    people = list(dict.fromkeys(pid for _s, _e, pid in members))
    if len(people) < 2 or not re.match(r"\s*,", text[members[-1][1]:sentence.end]) \
            or any(_official(doc, pid) for pid in people):
        return []
    return people


def _apposed_person(doc: Doc, target: int, refs) -> str | None:
    """The named person of a name in apposition to the token ("her father, X,"), else None."""
    tokens = doc.analysis.tokens
    for child in _children(doc.analysis).get(target, []):
        if tokens[child].dep != "appos":
            continue
        word = tokens[child]
        ref = next((r for r in refs if r[0] < word.end and word.start < r[1] and r[2] == "person"), None)
        if ref is not None and doc.person(ref[3]).names:
            return ref[3]
    return None


def _kin_named_before(doc: Doc, start: int, window: int = 1300) -> str | None:
    """The named person last put in apposition to the kin noun starting at `start` (same lemma) in the
    `window` characters before it ("to see her mother, Roza Y. … the mother was taken"), else None."""
    from bisect import bisect_left

    tokens = doc.analysis.tokens
    target = bisect_left(doc.analysis.token_starts(), start)
    lemma = tokens[target].lemma.lower()
    for i in range(target - 1, 0, -1):
        if tokens[i].start < start - window:
            break
        if tokens[i].lemma.lower() != lemma or i + 2 >= target or tokens[i + 1].text != ",":
            continue
        named = doc.person_spans_in(tokens[i + 2].start, tokens[i + 2].start + 1)
        if named and doc.person(named[0][1]).names:
            return named[0][1]
    return None


def _my_kin(doc: Doc, index: int, start: int) -> str | None:
    """The named person a speaker's kin phrase at `start` ("my father", « mon frère », «моего брата»)
    stands for: the person named beside the same kin phrase of the same speaker elsewhere in the
    text ("my father, Nurmemet Hoshur", "my brother Memet"), the nearest before, else the first
    after (a letter that says "my brother" and names him only later); else the speaker's one named
    relative of that kind (`persons._kinship`); None when there is none."""
    from bisect import bisect_left

    analysis = doc.analysis
    tokens = analysis.tokens
    token = tokens[bisect_left(analysis.token_starts(), start)]
    relation = (KIN.get(token.text.lower()) or KIN.get(token.lemma.lower()) or (None,))[0]
    if relation is None:
        return None
    return _speakers_relative(doc, doc.speakers.get(index), relation, start)


def _speakers_relative(doc: Doc, speaker: str | None, relation: str, start: int) -> str | None:
    """The named person who is `speaker`'s relative of `relation` (`_my_kin`), told of at `start`."""
    named = []
    for offset, kin, said_by, pid in _my_kin_named(doc):
        if kin == relation and said_by == speaker and offset != start:
            named.append((offset, pid))
    before = [pid for offset, pid in named if offset < start]
    after = [pid for offset, pid in named if offset > start]
    if before or after:
        return (before[-1:] or after[:1])[0]
    if speaker is not None:
        relatives = {r.person for r in doc.person(speaker).relations if r.relation == relation
                     and doc.person(r.person).names}
        if len(relatives) == 1:
            return relatives.pop()
    return None


def _my_kin_named(doc: Doc) -> list[tuple[int, str, str | None, str]]:
    """(offset, relation, speaker, person id) of each kin phrase of a speaker with a name beside it
    ("my father, Nurmemet Hoshur", "my brother Memet", « mon frère Ablet », «моего брата Ерлана»)."""
    analysis = doc.analysis
    cached = analysis.__dict__.get("_my_kin_named")
    if cached is not None:
        return cached
    text = doc.text
    found = []
    for token in analysis.tokens:
        kin = KIN.get(token.text.lower()) or KIN.get(token.lemma.lower())
        if kin is None or not _MY_BEFORE.search(text, max(0, token.start - 30), token.start):
            continue
        apposed = _APPOSED_NAME.match(text, token.end)
        if apposed is None or "\n" in text[token.end:apposed.end()]:
            continue
        people = doc.person_spans_in(apposed.end() - 1, apposed.end())
        if people and doc.person(people[0][1]).names:
            found.append((token.start, kin[0], doc.speakers.get(doc.sentence_index(token.start)), people[0][1]))
    for start, relations, owner in introduced_as_kin(doc):
        for relation in relations:
            found.append((start, relation, doc.speakers.get(doc.sentence_index(start)), owner))
    found.sort(key=lambda item: item[0])
    analysis.__dict__["_my_kin_named"] = found
    return found


def _co_subjects(analysis, index: int) -> list[int]:
    """The other subjects of the verb whose subject is token `index` when the parse hangs both words
    of a coordinated subject on the verb ("my husband and I left": "husband" and "I" each a subject
    of "left", no "conj" between them): a subject is then two people. Only a subject joined to
    `index` by "and" (« et », «и») with no other subject or verb between them."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.dep not in SUBJECT_DEPS or token.head == index:
        return []
    found = []
    for other in _children(analysis).get(token.head, []):
        if other == index or tokens[other].dep not in SUBJECT_DEPS:
            continue
        first, second = sorted((index, other))
        between = tokens[first + 1:second]
        if not between or any(t.dep in SUBJECT_DEPS or t.pos in ("VERB", "AUX") for t in between):
            continue
        if tokens[second - 1].text.lower() in AND_WORDS:
            found.append(other)
    return found


def _conjuncts(analysis, index: int) -> list[int]:
    """The words joined to token `index` by a coordination, also through a name in apposition
    ("my husband Kamil and I": the parse may hang "I" on "Kamil", the same person as "husband")."""
    children = _children(analysis)
    found, todo, seen = [], [index], {index}
    while todo:
        for child in children.get(todo.pop(), []):
            dep = analysis.tokens[child].dep
            if dep in ("conj", "appos") and child not in seen:
                seen.add(child)
                todo.append(child)
                if dep == "conj":
                    found.append(child)
    return found


# A question at its sentence's end (and the Arabic (Uyghur) and full-width (Chinese) question marks).
QUESTION_END = re.compile(r"[?؟？][\s\"'»”)\]]*$")


# A record's field at a line's start: a short label and a colon ("Treatment:", « Traitement : »,
# «Обращение:»), the act's words after it.
_FIELD_LABEL = re.compile(r"[ \t]*[^\W\d_][\w ()/'’-]{0,40}?[ \t]*:[ \t]*(?=\S)")


def record_person(doc: Doc, start: int) -> list[str]:
    """The person a record's field tells an act of ("Name: X" over "Detained: 2018" over "Treatment:
    beaten, deprived of sleep"): the act's words after a field label at the start of their line, no
    person named on that line, and the record's name field (`persons._NAME_FIELD`) naming a person
    on an earlier line of the same block (no blank line between); empty otherwise (h-codes42)."""
    from guwah.extract.persons import _NAME_FIELD, person_at  # persons imports nothing of this module

    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    label = _FIELD_LABEL.match(text, line_start)
    if label is None or label.end() > start or _NAME_FIELD.match(text, line_start) \
            or doc.person_spans_in(line_start, line_end):
        return []
    block = max(text.rfind("\n\n", 0, line_start), text.rfind("\n\r\n", 0, line_start), 0)
    names = [pid for m in _NAME_FIELD.finditer(text, block, line_start) if (pid := person_at(doc, m.end()))]
    return names[-1:]


# The answer's turn label ("A:", « Réponse : », «Ответ:», a name and a colon), then a word saying yes.
_YES = re.compile(r"[ \t\n]*(?:[^\n:?!.]{1,40}:[ \t]*)?[«\"“]?[ \t]*(?:yes|yeah|yep|of course|certainly|exactly|that'?s right|"
                  r"oui|bien sûr|évidemment|tout à fait|exactement|да|конечно|именно)\b", re.I)
# "you" of a question: the one who answers it.
_YOU = re.compile(r"\b(?:you|vous|tu|t['’]|вы|вас|вам|ты|тебя|тебе)\b", re.I)


def affirmed(doc: Doc, index: int) -> bool:
    """Whether sentence `index` is a question that the next sentence, in its paragraph or the next,
    answers yes ("Q: Were you beaten? A: Yes, every week."; « Réponse : Oui »; «Ответ: Да»):
    the act it asks about is then told (h-codes42)."""
    sentence = doc.sentences[index]
    if index + 1 >= len(doc.sentences) or not QUESTION_END.search(doc.text, sentence.start, sentence.end):
        return False
    answer = doc.sentences[index + 1]
    return answer.paragraph - sentence.paragraph <= 1 and _YES.match(doc.text, answer.start) is not None


# A question told without its mark: a Chinese sentence that ends in the particle 吗 or 呢; a Russian
# clause with the particle «ли» («не знали, жив ли», «арестовали ли его»: an indirect question).
_ZH_QUESTION_END = re.compile(r"[吗呢][\s。.\"'”»)\]]*$")
# (lower case: «Ли» is a Chinese surname, «Ли Хуэй»; the particle never opens a clause)
_RU_QUESTION_PARTICLE = re.compile(r"(?<![\w-])ли(?![\w-])")
_CLAUSE_EDGE = re.compile(r"[,;:.!?—–]")


def asked(doc: Doc, index: int, start: int, end: int) -> bool:
    """Whether the words at [start, end) of sentence `index` are asked about, not told: the sentence
    ends in a question mark ("When did they take him?", «Когда вы приехали?») or, in Chinese, in
    吗 or 呢, or the words' clause holds the Russian particle «ли»; unless the next sentence answers
    yes (`affirmed`) or answers a question of when with a date (`answering_date`). The one test of questions, for the violation rules (`violations.refusal`) and
    the events alike (issue 11)."""
    text, sentence = doc.text, doc.sentences[index]
    question = bool(QUESTION_END.search(text, end, sentence.end)) or (
        doc.language == "zh" and bool(_ZH_QUESTION_END.search(text, end, sentence.end)))
    if not question and doc.language == "ru":
        left = max((m.end() for m in _CLAUSE_EDGE.finditer(text, sentence.start, start)), default=sentence.start)
        right = next((m.start() for m in _CLAUSE_EDGE.finditer(text, end, sentence.end)), sentence.end)
        question = bool(_RU_QUESTION_PARTICLE.search(text, left, right))
    return question and not affirmed(doc, index) and answering_date(doc, index) is None


# A question that asks when, and the answer's opening before its date: a turn label or a dash, a
# preposition ("A: In 1975", «— В 1975 году», « R : En 1975 »).
_WHEN_ASKED = re.compile(r"(?<![\w-])(?:when|what year|quand|en quelle année|когда|в каком году)(?![\w-])", re.I)
_ANSWER_OPENING = re.compile(r"[ \t\n]*(?:[^\n:?!.]{1,40}:[ \t]*|[—–-][ \t]*)?(?:[^\W\d]+[ \t]+){0,2}")


def answering_date(doc: Doc, index: int):
    """The date that opens the answer to sentence `index` when that sentence asks when something
    happened ("When did you come to Bishkek? — In 1975, with my mother."; «— Когда вы приехали? — В
    1975 году.»): the question's act is then told, at that date (a `DateMention`); None otherwise."""
    text, sentence = doc.text, doc.sentences[index]
    if index + 1 >= len(doc.sentences) or not QUESTION_END.search(text, sentence.start, sentence.end) \
            or not _WHEN_ASKED.search(text, sentence.start, sentence.end):
        return None
    answer = doc.sentences[index + 1]
    dates = doc.dates_in(answer.start, answer.end)
    if answer.paragraph - sentence.paragraph > 1 or not dates:
        return None
    opening = _ANSWER_OPENING.match(text, answer.start)
    return dates[0] if opening.end() == dates[0].start else None


# "your father", « ton père », «вашего отца»: a relative of the one asked (h-attrib47)
_YOUR_KIN = re.compile(rf"\b(?:{'|'.join(SECOND_PERSON_POSSESSIVES)})\s+(?:[\w-]+\s+)??"
                       rf"(?P<kin>{KIN_PATTERN}|{RU_KIN_FORMS})(?![\w'’-])", re.I)


def answerer(doc: Doc, index: int, start: int) -> list[str]:
    """The one who answers yes to a question that asks "you" about an act (`affirmed`): the speaker
    of the answer, when known; empty otherwise. A question that asks about a relative of "you" ("Was
    your father beaten? — Yes."): that relative of the answer's speaker, when named (`_speakers_relative`),
    never the speaker."""
    sentence = doc.sentences[index]
    if not affirmed(doc, index):
        return []
    speaker = doc.speakers.get(index + 1)
    for kin in _YOUR_KIN.finditer(doc.text, sentence.start, sentence.end):
        relation = KIN.get(kin.group("kin").lower())
        if relation is not None:
            relative = _speakers_relative(doc, speaker, relation[0], kin.start("kin")) if speaker else None
            return [relative] if relative else []
    if not _YOU.search(doc.text, sentence.start, sentence.end):
        return []
    return [speaker] if speaker else []


def names_a_group(doc: Doc, index: int) -> bool:
    """Whether the sentence speaks of a group or of "we"/"they" ("the prisoners were beaten",
    "we were given pills"): a group is nobody (background), "we" the speaker's only where known."""
    return any(kind in ("they", "we") for _s, _e, kind, _p in references(doc, index)) or names_a_crowd(doc, index)


def names_a_crowd(doc: Doc, index: int) -> bool:
    """Whether the sentence speaks of a group by a noun ("the prisoners", "anyone", "both of them")
    or of someone it does not name ("kicked the girl in the next bed"): an act the rules gave nobody
    there is nobody's on purpose, and the attribution model does not give it (`attribution.decide`);
    "we" and "they" alone do not settle it."""
    return any(kind in ("generic", "group") for _s, _e, kind, _p in references(doc, index)) \
        or tells_of_someone(doc, index)


def told_in_a_record(doc: Doc, index: int, start: int) -> list[str]:
    """The person an act at `start` in sentence `index` is told of when the words around it name no
    one: a record's field under its name field (`record_person`), a question about "you" answered yes
    (`answerer`); empty for a sentence that speaks of a group (`names_a_group`). Violations and events
    both ask this after `attribute` (h-codes42, h-attrib43)."""
    if names_a_group(doc, index):
        return []
    return record_person(doc, start) or answerer(doc, index, start) or topic_left_unsaid(doc, index, start)


def topic_left_unsaid(doc: Doc, index: int, start: int) -> list[str]:
    """The person a Russian clause with neither subject nor object is about («Брат полетел к дяде. В
    аэропорту арестовали и отняли паспорт.»): the one the story is about goes
    unsaid, so it is the main subject of the sentence before in the paragraph, or of the one before
    that when the sentences between name no one either (three at most); empty in other languages,
    when the act's verb has a subject or an object, when its sentence refers to anyone, or when that
    subject is no one person (a group, an official, a form's staff). h-attrib44."""
    analysis = doc.analysis
    if doc.language != "ru" or analysis is None or not analysis.tokens:
        return []
    verb = next((t for t in analysis.tokens_in(start, start + 40) if t.pos == "VERB"), None)
    if verb is None or not _unsaid(doc, index, verb):
        return []
    answer = _answer_line(doc, start)
    if answer is not None and doc.speakers.get(index):
        # «Ответ: Вернулся, и сразу задержали. Держали в центре.»: an answer leaves its teller unsaid, unless a
        # sentence of the answer before the act names its subject (h-attrib49)
        for before in range(index - 1, -1, -1):
            sentence = doc.sentences[before]
            if sentence.start < answer:
                break
            found = _person_told_in(doc, before)
            if found is not None:
                return found
            verbs = [t for t in analysis.tokens_in(sentence.start, sentence.end) if t.pos == "VERB"]
            if not all(_unsaid(doc, before, t) for t in verbs if analysis.tokens[t.head] is t):
                return []
        return [doc.speakers[index]]
    paragraph = doc.sentences[index].paragraph
    for before in range(index - 1, max(-1, index - 4), -1):
        if doc.sentences[before].paragraph != paragraph:
            return _under_heading(doc, before)
        found = _person_told_in(doc, before)
        if found is not None:
            return found
        sentence = doc.sentences[before]
        verbs = [t for t in analysis.tokens_in(sentence.start, sentence.end) if t.pos == "VERB"]
        if not verbs and _SECTION_TITLE.match(doc.text, sentence.start, sentence.end) and not references(doc, before):
            return _under_heading(doc, before - 1)  # a record's section title opens the text the acts are told in
        if not verbs or not all(_unsaid(doc, before, t) for t in verbs if analysis.tokens[t.head] is t):
            return []
    return []


_HEADING_WORDS = 12  # a heading is a short line: a name with a birth year, «О сестре»
_HEADING_PARAGRAPHS = 6  # paragraphs of unsaid acts a heading governs, at most


def _under_heading(doc: Doc, last: int) -> list[str]:
    """[person] for a Russian paragraph of clauses that leave their person unsaid under a heading
    («Айгуль Сатыбалдиева, 1985 г.р.» or «О сестре», then «Забрали в 2018 году. Держали в лагере.»):
    the one person the nearest heading above names (`_named_alone`), where the paragraphs between
    (from sentence `last`, the end of the paragraph before, up) refer to no one; a heading is a
    paragraph of one short line with no verb. Empty when a paragraph between refers to someone, a
    heading names no one or several, or no heading comes within a few paragraphs."""
    analysis = doc.analysis
    sentences = doc.sentences
    for _ in range(_HEADING_PARAGRAPHS):
        if last < 0:
            return []
        first = last
        while first > 0 and sentences[first - 1].paragraph == sentences[last].paragraph:
            first -= 1
        start, end = sentences[first].start, sentences[last].end
        line = doc.text[start:end].strip()
        words = analysis.tokens_in(start, end)
        if "\n" not in line and len(line.split()) <= _HEADING_WORDS and not any(t.pos in ("VERB", "AUX") for t in words):
            named = {pid for i in range(first, last + 1) for pid in (_named_alone(doc, i) or _teller_kin_alone(doc, i))}
            if named or not _SECTION_TITLE.match(line):
                return sorted(named) if len(named) == 1 else []
            last = first - 1  # a record's section title («Анамнез», «Сведения из анамнеза»): the record's fields above
            continue
        subject = _record_party(doc, start, end)
        if subject is not None:
            return [subject]  # a record's fields above: «Освидетельствуемый: X», «Пациент: X» (h-custody68)
        if any(references(doc, i) for i in range(first, last + 1)):
            return []  # someone else is told of between the heading and the act
        last = first - 1
    return []


# A record's section title in Russian, naming no one: the history, the complaints, the findings of a
# medical or social record («Анамнез», «Сведения из анамнеза (со слов …)», «Жалобы», «Обстоятельства дела»).
_SECTION_TITLE = re.compile(r"(?:Сведения|Анамнез|Жалобы|Обстоятельства|Данные|История|Из\s+анамнеза)\b", re.I)


def _record_party(doc: Doc, start: int, end: int) -> str | None:
    """The person a record's party field in [start, end) names at a line's start («Освидетельствуемый:
    X», «Заявитель: X», `persons._PARTY_FIELD`), where it names exactly one; else None."""
    from guwah.extract.persons import _PARTY_FIELD, person_at  # persons imports nothing of this module

    found = {pid for m in _PARTY_FIELD.finditer(doc.text, start, end) if (pid := person_at(doc, m.end()))}
    return found.pop() if len(found) == 1 else None


def _teller_kin_alone(doc: Doc, index: int) -> list[str]:
    """[person] for a verbless line whose one reference is a bare kin noun («О сестре»): in Russian the
    teller's own relative goes without «моя», so the one the teller names as that relative (`_my_kin`);
    empty otherwise."""
    refs = references(doc, index)
    if len(refs) != 1 or refs[0][2] != "kin" or any(t.pos in ("VERB", "AUX") for t in doc.analysis.tokens_in(
            doc.sentences[index].start, doc.sentences[index].end)):
        return []
    found = _my_kin(doc, index, refs[0][0])
    return [found] if found and not _official(doc, found) and not form_staff(doc, found) else []


def _person_told_in(doc: Doc, index: int) -> list[str] | None:
    """[person] sentence `index` is about, for a clause after it that leaves its person unsaid
    (`topic_left_unsaid`): its main verb's subject, else the object of an impersonal verb, else the one
    person a verbless sentence names; [] when it is about someone else; None when it tells no one."""
    found = _main_subject_person(doc, index)
    if found is None:
        found = _impersonal_object_person(doc, index) or _named_alone(doc, index)
    return found


def _named_alone(doc: Doc, index: int) -> list[str] | None:
    """[person] when sentence `index` has no verb and names one person only, the short answer to a
    question («Кого забрали?» — «Мужа.»): the one the clauses after it that leave their person unsaid
    are about (`topic_left_unsaid`); None otherwise, or when that person is an official or a form's
    staff."""
    analysis = doc.analysis
    sentence = doc.sentences[index]
    words = analysis.tokens_in(sentence.start, sentence.end)
    tokens = analysis.tokens
    # (natasha may parse a heading line with the line after it: a word whose head is outside is a root too)
    root = next((t for t in words if tokens[t.head] is t or not sentence.start <= tokens[t.head].start < sentence.end), None)
    if root is None or root.pos not in ("NOUN", "PROPN", "PRON") or any(t.pos in ("VERB", "AUX") for t in words):
        return None
    if SOURCE_OF_WORDS.search(doc.text, sentence.start, sentence.end):  # «Со слов соседки X.»: the teller
        return None
    people = [r for r in references(doc, index)
              if not _own_words(doc, r) and r[2] not in ("generic", "group", "they", "we", "plural")]
    if len(people) != 1:
        return None
    found = _resolve(doc, index, people[0], False) or []
    if len(found) != 1 or _official(doc, found[0]) or form_staff(doc, found[0]):
        return None
    return found

def _unsaid(doc: Doc, index: int, verb) -> bool:
    """Whether `verb`, in sentence `index`, has no subject and no object that is someone (a direct object
    that is a thing is none; an indirect one always is), and the sentence
    refers to no one (no person, pronoun, group or kin word: `references`) but a host («живёт у сестры»).
    A thing for object leaves its owner unsaid, the one told of («На границе забрали паспорт», «Восемь
    месяцев держали в центре»: a time the parser takes for the object; h-attrib47)."""
    analysis = doc.analysis
    from bisect import bisect_left

    position = bisect_left(analysis.token_starts(), verb.start)
    sentence = doc.sentences[index]
    for k in _children(analysis).get(position, []):
        child = analysis.tokens[k]
        if child.start < sentence.start and "\n" in doc.text[child.start:sentence.start]:
            continue  # a heading's name the parser joined to the line after it: not this clause's subject
        if child.dep in SUBJECT_DEPS or child.dep in _OBJECTS and (
                child.dep not in ("obj", "dobj") or child.pos in ("PRON", "PROPN")
                or child.lemma.lower() in OBJECT_CLASSES["person"]):
            return False  # (a dative, «ученикам запрещено», is someone: pupils, not the one told of)
    # a host is where the one told of stays («живёт у сестры»), not someone the clause is about
    return not any(not _HOST_BEFORE.search(doc.text, max(0, r[0] - 60), r[0]) and not _at_home_of(doc.text, r)
                   for r in references(doc, index))


def _at_home_of(text: str, ref) -> bool:
    """Whether a reference is whose home a place is, «у сестры дома» (at the sister's home): a place,
    not someone a clause is about."""
    return bool(re.search(r"(?<![\w-])у\s+$", text[max(0, ref[0] - 3):ref[0]], re.I)) \
        and re.match(r"\s+дома(?![\w-])", text[ref[1]:ref[1] + 8]) is not None


def _continued_topic(doc: Doc, index: int, start: int) -> str | None:
    """The person an object pronoun at `start` continues when nothing in its own sentence is anyone:
    no reference and no person before it there, and the sentence's main subject stands for no one (a
    group, an institution, « on »); then the one person the main subject of the sentence before (in the
    same paragraph) stands for (`_main_subject_person`), else None."""
    if doc.analysis is None or index == 0 or doc.sentences[index - 1].paragraph != doc.sentences[index].paragraph:
        return None
    sentence = doc.sentences[index]
    if doc.person_spans_in(sentence.start, start) \
            or any(r[0] < start and r[2] != "generic" for r in references(doc, index)) \
            or _main_subject_person(doc, index):
        return None
    found = _main_subject_person(doc, index - 1)
    return found[0] if found else None


def _impersonal_object_person(doc: Doc, index: int) -> list[str] | None:
    """[person] for the object of sentence `index`'s main verb when that verb is a Russian third person
    plural with no subject (the impersonal «его арестовали», «Айжан забрали») and the object stands for
    one person: the one the story goes on about when the next clause leaves its person unsaid («Его
    арестовали в 2017 году. Выпустили в 2020-м.»); None otherwise."""
    from bisect import bisect_left

    analysis = doc.analysis
    sentence = doc.sentences[index]
    tokens = analysis.tokens
    refs = references(doc, index)
    for word in analysis.tokens_in(sentence.start, sentence.end):
        head = tokens[word.head]
        if word.dep not in ("obj", "dobj") or head.head != word.head or head.pos != "VERB" \
                or not re.search(r"(?:ли|лись)$", head.text, re.I):
            continue
        if any(tokens[k].dep in SUBJECT_DEPS for k in _children(analysis).get(word.head, [])):
            return None
        ref = next((r for r in refs if r[0] < word.end and word.start < r[1]), None)
        if ref is None and word.pos == "NOUN":
            # «его внука, X, увезли»: the name in apposition to the object, not its possessor
            named = _apposed_person(doc, bisect_left(analysis.token_starts(), word.start), refs)
            ref = next((r for r in refs if r[2] == "person" and r[3] == named), None) if named else None
        if ref is None or ref[2] not in ("person", "he", "she", "my_kin", "kin"):
            return None
        found = _resolve(doc, index, ref, False) or []
        if len(found) != 1 or _official(doc, found[0]) or form_staff(doc, found[0]):
            return None
        return found
    return None


def _main_subject_person(doc: Doc, index: int) -> list[str] | None:
    """[person] for the subject of sentence `index`'s main verb when it stands for one person (a
    name, a kin word joined to one, "I", "he"), not an official nor a form's staff; [] when the
    subject is someone else (a group, a noun for no one named); None when the main verb has none."""
    analysis = doc.analysis
    sentence = doc.sentences[index]
    tokens = analysis.tokens
    refs = references(doc, index)
    for word in analysis.tokens_in(sentence.start, sentence.end):
        if word.dep not in SUBJECT_DEPS or tokens[word.head].head != word.head:
            continue
        ref = next((r for r in refs if r[0] < word.end and word.start < r[1]), None)
        if ref is None or ref[2] not in ("person", "he", "she", "first", "my_kin", "kin"):
            return []
        found = _resolve(doc, index, ref, False) or []
        if len(found) != 1 or _official(doc, found[0]) or form_staff(doc, found[0]):
            return []
        return found
    return None
