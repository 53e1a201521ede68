"""The working document that the extraction components read and fill, one field per kind of fact.

Every fact carries the span (start, end: code-point offsets into `text`, end exclusive) that
supports it. The components are in `pipeline.py`; `output.py` turns a finished document into the
`guwah extract --json` shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guwah.extract.ner import Analysis

Span = tuple[int, int]


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class DateMention:
    """A date in the text, normalised: value is an ISO prefix at the stated precision."""

    start: int
    end: int
    value: str
    precision: str  # day | month | year
    relative: bool = False
    # early | mid | late | spring | summer | autumn | winter: what the text says within the
    # value ("mid-2019", «в конце 2017 года»), kept beside a precision that covers it.
    qualifier: str | None = None


@dataclass
class Duration:
    """A length of time ("a year and two months"), as ISO 8601 (P1Y2M) and in days."""

    start: int
    end: int
    value: str
    days: int


@dataclass
class PlaceRecord:
    id: str
    name: str
    gazetteer_id: str | None
    kind: str | None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class FacilityRecord:
    id: str
    name: str
    facility_type: str
    place: str | None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Relation:
    person: str  # the relative's id
    relation: str  # the relative is this person's <relation>
    evidence: Span


@dataclass
class Violation:
    code: str
    evidence: Span
    # what found it: an entry of the act files ("acts/en.yaml entry 12"), "acts model" (the trained
    # classifier) or a later rule of guwah.extract.violations ("violations._implied"); None if unknown
    rule: str | None = field(default=None, compare=False)
    # where the words that told the act begin (an offset of the text, inside evidence); None if unknown
    at: int | None = field(default=None, compare=False)


@dataclass
class PersonRecord:
    id: str
    names: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    # attribute -> (value, evidence span); gender, ethnicity, birth_year, birth_date, age,
    # age_as_of, citizenship (a list), hometown
    attributes: dict[str, tuple[object, Span]] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    # For an unnamed relative: whose relative, and which ("p1", "father").
    kin_of: tuple[str, str] | None = None
    narrator: bool = False
    # The rules are sure of the victim role (a custody participle after the name in a list or a
    # table: `roles._listed_victims`): the person model keeps it.
    sure_victim: bool = False

    @property
    def name(self) -> str | None:
        """The best display form: the longest name seen (full names over parts)."""
        if not self.names:
            return None
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    def add_mention(self, span: Span) -> None:
        if span not in self.mentions:
            self.mentions.append(span)

    def set_attribute(self, name: str, value: object, span: Span) -> None:
        if name not in self.attributes:
            self.attributes[name] = (value, span)


@dataclass
class EventRecord:
    type: str
    person: str | None
    evidence: Span
    place: str | None = None
    facility: str | None = None
    date: DateMention | None = None
    end_date: DateMention | None = None
    trigger: Span | None = None  # the words that told the event, inside evidence
    subtype: str | None = None  # what it was: an interrogation told as a "summons"


class SpanMatch:
    """Offsets and words read like a regular-expression match's (`start()`, `end()`, `group()`): a
    trigger found by the parse, a model or a token, handed to rules written for matches. Offsets are
    characters, in whatever text the finder counts in (the document's, or a sentence's)."""

    def __init__(self, start: int, end: int, words: str):
        self._start, self._end, self._words = start, end, words

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._words


@dataclass
class Doc:
    """The text and everything extracted from it so far."""

    text: str
    language: str | None = None
    # The document's own date (interview, else publication): what "last year" counts from.
    document_date: date | None = None
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    durations: list[Duration] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    # Character span -> place id, for every place mention.
    place_spans: list[tuple[Span, str]] = field(default_factory=list)
    facilities: list[FacilityRecord] = field(default_factory=list)
    facility_spans: list[tuple[Span, str]] = field(default_factory=list)
    persons: list[PersonRecord] = field(default_factory=list)
    # Every person mention (named, kinship phrase, title) -> person id, in text order.
    person_spans: list[tuple[Span, str]] = field(default_factory=list)
    # Sentence index -> the person who says "I" there (narrator or quoted speaker).
    speakers: dict[int, str] = field(default_factory=dict)
    events: list[EventRecord] = field(default_factory=list)
    # Exits and returns `roles.assign_roles` set aside (their person not yet one the testimony is about);
    # `roles_model.apply` gives back those of a person it makes a victim.
    travels_aside: list[EventRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    model: str | None = None  # the statistical model used, or None
    analysis: Analysis | None = None  # what the model says (sentences, tokens, entities), or None

    def person(self, person_id: str) -> PersonRecord:
        for person in self.persons:
            if person.id == person_id:
                return person
        raise KeyError(person_id)

    def add_person_span(self, span: Span, person_id: str) -> None:
        """Record a person mention, keeping person_spans in text order."""
        from bisect import insort

        insort(self.person_spans, (span, person_id))

    def add_person_mention(self, person: PersonRecord, span: Span) -> None:
        """Record `span` (start, end offsets in `text`) as a mention of `person`: in the person's
        mentions (once) and in `person_spans` (text order). `person` is one of `persons`."""
        person.add_mention(span)
        self.add_person_span(span, person.id)

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Date mentions starting in [start, end) (doc.dates is in text order)."""
        from bisect import bisect_left

        starts = [d.start for d in self.dates] if len(self.dates) < 64 else self._starts("dates", self.dates)
        return self.dates[bisect_left(starts, start):bisect_left(starts, end)]

    def person_spans_in(self, start: int, end: int) -> list[tuple[Span, str]]:
        """Person mentions starting in [start, end) (doc.person_spans is kept sorted)."""
        from bisect import bisect_left

        starts = self._starts("person_spans", self.person_spans, key=lambda item: item[0][0])
        return self.person_spans[bisect_left(starts, start):bisect_left(starts, end)]

    def _starts(self, name: str, items: list, key=lambda item: item.start) -> list[int]:
        cache = self.__dict__.setdefault("_start_cache", {})
        cached = cache.get(name)
        if cached is None or cached[0] is not items or cached[1] != len(items) or (items and cached[2] is not items[-1]):
            cached = (items, len(items), items[-1] if items else None, [key(item) for item in items])
            cache[name] = cached
        return cached[3]

    def new_person(self, **fields) -> PersonRecord:
        number = max((int(p.id[1:]) for p in self.persons), default=0) + 1
        person = PersonRecord(id=f"p{number}", **fields)
        self.persons.append(person)
        return person

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing the offset (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def window_start(self, index: int, before: int | None = None) -> int:
        """Where a window of sentences ending with sentence `index` starts: at the `before`th
        sentence before it, or at its paragraph's first sentence if that is nearer (`before`
        None: at its paragraph's start). A character offset into `text`."""
        paragraph = self.sentences[index].paragraph
        first = index
        while first > 0 and (before is None or index - first < before) and self.sentences[first - 1].paragraph == paragraph:
            first -= 1
        return self.sentences[first].start

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start:sentence.end]


class SpanSet:
    """Non-overlapping spans with a fast overlap test (bisect on the sorted starts)."""

    def __init__(self, spans=()):
        self._spans: list[Span] = sorted(spans)

    def overlaps(self, span: Span) -> bool:
        from bisect import bisect_left

        i = bisect_left(self._spans, (span[1],))
        # Spans starting before span's end; with non-overlapping members, the last one that ends
        # after span's start is the only candidate, but members may overlap: scan back a little.
        for j in range(i - 1, max(-1, i - 8), -1):
            if self._spans[j][1] > span[0]:
                return True
        return False

    def add(self, span: Span) -> None:
        from bisect import insort

        insort(self._spans, span)
