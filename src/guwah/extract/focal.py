"""The document's focal person: whom a document is about, the default owner of acts told with no
subject of their own (issue 11, h-focal65).

Bank and pension letters, case notes and forms tell the story of one person who is often not the
nearest name: a form's header names the member ("Member: SURNAME, Given") and the story follows
with "he" or with clauses that name no one; a memo names the client (who says "I" or is told of as
the teller) and then the spouse the story is about ("Spouse: X"). The nearest-name rules give
such acts to nobody, or to a name in another role (the writer, an official, a source).

`focal_person` finds that person once per document from its structure, never from words of a
set: a person named as the value of a labelled field at a line's start ("Label: X", « Nom : X »,
«ФИО: X»), in text order, else the one named person mentioned clearly most often; in both cases
never a speaker (the writer says "I": the story is of someone else), an official, or a form's staff.
`focal_owner` gives an act to that person only where the rules found no one: no name, pronoun,
group, or unnamed someone in the act's sentence that syntax or nearness could give it to.
"""

from __future__ import annotations

import re

from guwah.extract.document import Doc
from guwah.extract.lexicon import SUBJECT_DEPS
from guwah.extract.persons import gender as _gender
from guwah.extract.subjects import (
    _official,
    form_staff,
    names_a_group,
    references,
    tells_of_one_unnamed,
)

# A labelled field at a line's start, its value after the colon: "Member: ", « Mari : », «Супруг: »
# (a label of at most five words; the value may open with a title or a dash before the name).
_FIELD = re.compile(r"^[ \t]*(?:[-*•–][ \t]+)?[^\W\d_][^:\n]{0,40}?[ \t]*:[ \t]*", re.M)
_VALUE_SLACK = 12  # characters between the colon and the name: "M. ", "Mrs ", "— "
# A sentence of prose, not a header's line: at least this many words, and a verb.
_PROSE_WORDS = 8
# References a name or a pronoun of no gender fits for the focal person; "he"/"she" and a French
# object clitic fit when the gender agrees.
_GENDERED = {"he": "male", "she": "female"}


def _header_end(doc: Doc) -> int:
    """Where the document's header ends: the start of its first sentence of prose (one with a verb
    and at least `_PROSE_WORDS` words), else the end of the text."""
    analysis = doc.analysis
    for sentence in doc.sentences:
        words = analysis.tokens_in(sentence.start, sentence.end) if analysis is not None else []
        if sum(t.pos != "PUNCT" for t in words) >= _PROSE_WORDS and any(t.pos in ("VERB", "AUX") for t in words):
            return sentence.start
    return len(doc.text)


def _candidates(doc: Doc) -> list[str]:
    """The document's focal candidates, best first (see the module): cached on the document, keyed by
    its person mentions so a later step that adds persons recomputes them."""
    key = (len(doc.persons), len(doc.person_spans))
    cached = doc.__dict__.get("_focal")
    if cached is not None and cached[0] == key:
        return cached[1]
    speakers = set(doc.speakers.values())

    def eligible(pid: str) -> bool:
        person = doc.person(pid)
        return bool(person.names) and pid not in speakers and not person.narrator \
            and not _official(doc, pid) and not form_staff(doc, pid)

    found: list[str] = []
    text = doc.text
    for field in _FIELD.finditer(text, 0, _header_end(doc)):
        spans = doc.person_spans_in(field.end(), field.end() + _VALUE_SLACK)
        if not spans:
            continue
        (s, _e), pid = spans[0]
        line_end = text.find("\n", field.end())
        if (line_end < 0 or s < line_end) and pid not in found and eligible(pid):
            found.append(pid)
    doc.__dict__["_focal"] = (key, found)
    return found


def focal_person(doc: Doc, gender: str | None = None) -> str | None:
    """Id of the person `doc` is about (see the module): the first candidate whose gender is not
    known to differ from `gender` ("male", "female": a pronoun's; None: any); None when the
    document shows no focus."""
    for pid in _candidates(doc):
        known = _gender(doc, pid)
        if gender is None or known is None or known == gender:
            return pid
    return None


def focal_owner(doc: Doc, index: int, start: int, end: int) -> list[str]:
    """[focal person] for an act at [start, end) of sentence `index` that the rules gave no one, when
    nothing in its sentence could be its owner by syntax or nearness: no name, "I", "we", group,
    kin word, or unnamed someone ("a cellmate"); a "he"/"she" there that found no one takes the
    focal person of its gender. Empty otherwise: an act the sentence tells of a group, of someone
    unnamed, or of a person the rules passed over on purpose stays nobody's.

    Why: a letter or a form about one person tells that person's acts in clauses that name no one
    ("Letters to him come back unopened" under a form's member; « Aucune visite n'est permise ») —
    the nearest name is the writer's, an official's or no one's."""
    if names_a_group(doc, index) or tells_of_one_unnamed(doc, index):
        return []
    gender = None
    for _s, _e, kind, _pid in references(doc, index):
        if kind in _GENDERED and gender in (None, _GENDERED[kind]):
            gender = _GENDERED[kind]
        elif kind != "obj3":
            return []  # someone else is there: a name, "I", a kin word — the rules' to give, not ours
    focal = focal_person(doc, gender)
    return [focal] if focal else []


def _a_subject(doc: Doc, at: int) -> bool:
    """Whether the person mention that starts at `at` is, by the parse, a subject (a passive's too);
    True without a parse (nearness then stays as it was)."""
    analysis = doc.analysis
    if analysis is None or not analysis.tokens:
        return True
    span = next(((s, e) for (s, e), _pid in doc.person_spans_in(at, at + 1)), (at, at + 1))
    return any(t.dep in SUBJECT_DEPS for t in analysis.tokens_in(*span))


def focal_for_pronoun(doc: Doc, index: int, start: int, gender: str, nearest: str, at: int) -> str:
    """Id a "he"/"she" at `start` of sentence `index` stands for, given `nearest`, the nearest person
    of its gender named before it (the mention at `at`), when syntax tied it to no one in its own
    sentence: the focal person of that gender (`focal_person`) when `nearest` was named in an earlier
    sentence and the focal person was named before the pronoun too; else `nearest`.

    Not when that name was its sentence's subject, nor when the pronoun's own sentence names or
    tells of anyone before it (a group, someone unnamed).

    Why: across sentences, a letter or a form keeps talking about the one it is about ("Spouse: X
    … In 2018 X went to see his parents with his son Y. Police met him at the station": X), while
    the nearest name of that gender is often a relative, a source or a helper named in passing. A
    name that was a subject is the topic a pronoun goes on with; inside its own sentence the
    nearest name wins: that is syntax and nearness, not focus."""
    opening = doc.sentences[index].start
    if at >= opening or any(r[0] < start for r in references(doc, index)) \
            or tells_of_one_unnamed(doc, index) or names_a_group(doc, index) or _a_subject(doc, at):
        # someone its own sentence names or tells of first may be whom it stands for; a name that was
        # the subject of its sentence is the topic the pronoun goes on with ("X visited Kulja. Police
        # took him": X), not a name in passing ("with her son X", «вместе с сыном X»)
        return nearest
    focal = focal_person(doc, gender)
    if focal is None or focal == nearest or not any(s < start for s, _e in doc.person(focal).mentions):
        return nearest
    return focal
