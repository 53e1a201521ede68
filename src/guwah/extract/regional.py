"""Uyghur, Kazakh and Chinese testimonies: places, dates, personal names and facilities.

Most testimonies are first written or spoken in Uyghur (Arabic script, or Uyghur Latin), Kazakh
(Cyrillic) or Chinese. The English, French and Russian rules read none of them, so these
languages get their own, smaller set of components (`turkic.py` for Uyghur and Kazakh, `han.py`
for Chinese), run by `pipeline.run_pipeline` in place of the others:

- sentences, split at . ! ? … and their Arabic (؟) and Chinese (。！？) forms, and at line ends;
- places through the gazetteer, with case endings taken off (`guwah.names.inflection`);
- dates: years, months and days in each language's own forms ("2017-يىلى 5-ئاينىڭ 12-كۈنى",
  «2018 жылы ақпанда», "2017年3月");
- personal names: a lexicon of common given names (`guwah.names.given`) and cues ("named", "my
  name is", kinship words) for Uyghur and Kazakh; dotted transcriptions (阿不力米提·吐尔逊) and
  family name + given name after a cue (名叫, 警察) for Chinese;
- facilities by their type words (لاگېر, түрме, 教培中心, 看守所…), with an adjacent place.

Relations and roles other than victim are not extracted for these languages (the victim role is
read in Uyghur and Kazakh from a few words of arrest, custody, prison terms and camps:
`turkic.find_victims`); Kazakh's, Uyghur's and Chinese violations are read
from their lexicons of acts (vocab/acts/kk.yaml, ug.yaml, zh.yaml: `violations.find_turkic_violations`;
Chinese since h-codes43) and their
events from verb stems (vocab/events/kk.yaml, ug.yaml: `events.find_vocab_events`), the person by
`turkic.ActPersons`; Chinese events from its verbs of custody (vocab/events/zh.yaml), the person by
`han.ActPersons`; dates said from the time of speaking ("last year",
ئۆتكەن يىلى, 去年) are resolved only from the document's date; every result says so in a warning.
Dates named from the date before (同年9月, شۇ يىلى, "two weeks later") count from it.
Each script is read by its own rules, so a Uyghur text quoting a Chinese name or place is read in
both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guwah.extract.document import Doc, FacilityRecord, PersonRecord, PlaceRecord, SpanSet
from guwah.names.scripts import ARABIC, CYRILLIC, HAN, LATIN, char_script

LANGUAGES = {"ug": "Uyghur", "kk": "Kazakh", "zh": "Chinese"}
NOT_COVERED = ("roles other than victim, "
               "relations, ages, and dates said from the time of speaking (\"last year\") when the "
               "document has no date")
SCRIPT_NAMES = {LATIN: "Latin", CYRILLIC: "Cyrillic", ARABIC: "Arabic", HAN: "Chinese"}
# A second script with this share of the letters is named in a warning.
MIXED_SHARE = 0.15
_SAMPLE = 50_000

WORD = re.compile(r"\w+(?:['’ʼ-]\w+)*")
_END = re.compile(r"[.!?…؟。！？]+[\"'”’»)\]」』]*|\n")


@dataclass(frozen=True)
class Word:
    """A word of the text: its span, text and script (ISO 15924, None for digits)."""

    start: int
    end: int
    text: str
    script: str | None


def words_of(text: str) -> list[Word]:
    """Every word of the text with its script (the script of its first letter)."""
    found = []
    for match in WORD.finditer(text):
        word = match.group()
        script = next((s for s in map(char_script, word) if s), None)
        found.append(Word(match.start(), match.end(), word, script))
    return found


def split_sentences(doc: Doc) -> None:
    """Fill doc.sentences: ends at . ! ? … ؟ 。！？ (not after a lone letter: «2018 ж.») and at line ends."""
    from guwah.extract.sentences import sentences_between

    text = doc.text
    ends: list[int] = []
    start = 0
    for match in _END.finditer(text):
        if match.group() != "\n":
            before = WORD.findall(text[max(start, match.start() - 3):match.start()])
            if match.group() == "." and before and len(before[-1]) == 1 and text[match.start() - 1].isalpha():
                continue  # an abbreviation: «2018 ж.», "A. Tursun"
            if match.group() == "." and text[match.end():match.end() + 1].isdigit():
                continue  # 12.03.2018
        ends.append(match.end())
        start = match.end()
    doc.sentences = sentences_between(text, ends)


class Places:
    """Adds place mentions to a document: one record per gazetteer entry (or per name)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.by_key: dict[str, PlaceRecord] = {p.gazetteer_id or p.name.casefold(): p for p in doc.places}
        self.taken = SpanSet(span for span, _id in doc.place_spans)

    def add(self, start: int, end: int, gazetteer_id: str | None, name: str, kind: str | None) -> str | None:
        """Record a mention; None (nothing recorded) when it overlaps one already there."""
        if self.taken.overlaps((start, end)):
            return None
        key = gazetteer_id or name.casefold()
        place = self.by_key.get(key)
        if place is None:
            place = PlaceRecord(id=f"l{len(self.doc.places) + 1}", name=name, gazetteer_id=gazetteer_id, kind=kind)
            self.doc.places.append(place)
            self.by_key[key] = place
        place.mentions.append((start, end))
        self.doc.place_spans.append(((start, end), place.id))
        self.taken.add((start, end))
        return place.id


@lru_cache(maxsize=16384)
def resolve(name: str) -> tuple[str, str, str] | None:
    """(gazetteer id, display name, kind) of a place name in any script, or None.

    When a prefecture and its seat share the name, the resolver's preferred (wider) unit.
    """
    from guwah.errors import GuwahError
    from guwah.places.resolve import resolve_place

    try:
        resolution = resolve_place(name)
    except GuwahError:
        return None
    entry = resolution.match or (resolution.candidates[0].entry if resolution.candidates else None)
    if entry is None or (resolution.match is None and resolution.candidates[0].score < 98):
        return None
    return entry.id, entry.name, entry.kind


def place_length(doc: Doc, start: int) -> int:
    """The length of the place mention starting at an offset."""
    from bisect import bisect_left

    index = bisect_left(doc.place_spans, ((start, 0),))
    return doc.place_spans[index][0][1] - start if index < len(doc.place_spans) else 0


# The kinds of place a detention centre, police station or camp is a county's or city's own site of.
LOCAL_KINDS = ("county", "autonomous_county", "county_city", "city", "district", "prefecture_city", "xpcc_city")


def place_earlier_in_sentence(doc: Doc, start: int) -> str | None:
    """The last county or city (LOCAL_KINDS) named before an offset in its sentence, with no other
    facility between: where a site named by its type alone is ("held in Yining County, in the
    detention centre"). doc.place_spans and doc.sentences must be set."""
    if not doc.sentences:
        return None
    sentence = doc.sentences[doc.sentence_index(start)]
    kinds = {place.id: place.kind for place in doc.places}
    since = max((e for (_s, e), _f in doc.facility_spans if sentence.start <= _s and e <= start),
                default=sentence.start)
    found = [pid for (s, e), pid in doc.place_spans if since <= s and e <= start and kinds.get(pid) in LOCAL_KINDS]
    return found[-1] if found else None


def place_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """The place whose mention ends right before an offset (only spaces between), and its start.

    doc.place_spans must be sorted.
    """
    from bisect import bisect_left

    index = bisect_left(doc.place_spans, ((start, start),))
    for (s, e), place_id in reversed(doc.place_spans[max(0, index - 3):index + 1]):
        if e <= start and not doc.text[e:start].strip():
            return place_id, s
    return None, start


def same_person(doc: Doc, name: str) -> PersonRecord | None:
    """A person of the document with this name, or whose name holds it (Ablimit in Ablimit Tursun)."""
    from guwah.names.forms import name_forms
    from guwah.names.given import different_given_names

    def parts(text: str) -> tuple[str, ...]:
        return tuple(p.reduced for p in name_forms(text).readings[0]) if name_forms(text).readings else ()

    mine = parts(name)
    for person in doc.persons:
        for other in person.names:
            if different_given_names(name, other):
                continue  # one family name, two given names: two relatives (h-persons43)
            theirs = parts(other)
            if mine and theirs and (mine == theirs or mine == theirs[:len(mine)] or theirs == mine[:len(theirs)]):
                return person
            # a form's capitals put the family name last in the reading («ТОҚТАРОВА Айгүл Серікқызы»), the prose
            # keeps it first («Тоқтарова Айгүл Серікқызы»): the same words of two or more are one name (issue 11)
            if len(mine) >= 2 and sorted(mine) == sorted(theirs):
                return person
    return None


# Kazakh's and Uyghur's violations and events are read from their word lists (vocab/acts/, vocab/events/),
# Kazakh's violations also by a trained classifier of character n-grams (`acts.kazakh`, h-codes43).
NOT_COVERED_TURKIC = ("roles other than victim, relations, ages, and dates said from the time of speaking "
                  "(\"last year\") when the document has no date; violations and events are read from word "
                  "lists (no parse; in Kazakh, violations also by a classifier of character n-grams)")


def warning(language: str) -> str:
    """The warning every result in one of these languages carries: what is not covered."""
    if language in ("kk", "ug"):
        return (f"language {language} ({LANGUAGES[language]}): only places, dates, personal names, facilities, "
                f"violations and events are extracted; not covered: {NOT_COVERED_TURKIC}")
    return (f"language {language} ({LANGUAGES[language]}): only places, dates, personal names, facilities, "
            f"violations (from a list of words) and events (from a list of verbs; no parse, no trained model) "
            f"are extracted; not covered: {NOT_COVERED}")


def run(doc: Doc) -> None:
    """Fill the document from the Uyghur/Kazakh and Chinese rules (doc.language in LANGUAGES)."""
    from guwah.extract import han, persons, turkic

    doc.warnings.append(warning(doc.language))
    split_sentences(doc)
    words = words_of(doc.text)
    han.find_persons(doc)
    turkic.find_places(doc, words)
    han.find_places(doc)
    doc.place_spans.sort()
    from guwah.extract.places import read_seat_levels

    read_seat_levels(doc)  # a prefecture's name read as its seat city where the document says so
    turkic.find_dates(doc, words)
    han.find_dates(doc)
    doc.dates.sort(key=lambda d: d.start)
    turkic.find_persons(doc, words)
    doc.persons.sort(key=lambda p: min(p.mentions))
    persons.read_birth_years(doc)  # «X 1979 жылы туған», «X，男，1971年出生»
    turkic.find_facilities(doc, words)
    han.find_facilities(doc)
    doc.facility_spans.sort()
    turkic.find_victims(doc, words)  # the victim role, from a few words of custody
    from guwah.extract.violations import find_turkic_violations

    find_turkic_violations(doc)  # the acts of vocab/acts/kk.yaml, ug.yaml, zh.yaml
    from guwah.extract.events import find_vocab_events

    find_vocab_events(doc)  # arrest, detention, release, transfer, death, exit … (vocab/events/kk, ug, zh.yaml)
    han.find_victims(doc)  # and in Chinese: a defendant, a passive of custody
    for person in doc.persons:
        if not person.roles:
            person.roles.add("other")  # other roles are not read in these languages (see the warning)


def warn_mixed_scripts(doc: Doc) -> None:
    """Warn when a good share (MIXED_SHARE) of the letters is in a second script, naming the shares."""
    counts: dict[str, int] = {}
    for char in doc.text[:_SAMPLE]:
        if char.isalpha():
            script = char_script(char)
            if script:
                counts[script] = counts.get(script, 0) + 1
    total = sum(counts.values())
    if not total or sum(n >= MIXED_SHARE * total for n in counts.values()) < 2:
        return
    shares = ", ".join(f"{SCRIPT_NAMES[s]} {round(100 * n / total)}%" for s, n in
                       sorted(counts.items(), key=lambda item: -item[1]) if n >= MIXED_SHARE * total)
    if doc.language in LANGUAGES:
        read = "Arabic, Cyrillic and Chinese script are each read by their own rules, Latin only as Uyghur Latin"
    else:
        read = f"read by the rules for {doc.language or 'an unknown language'} only"
    doc.warnings.append(f"text mixes scripts ({shares} of the letters): {read}")


class FacilityMentions:
    """The facilities of one document as its type words name them: one record per type, place and
    number (No. 2 and No. 3 are two sites); a type word with neither a place, a number nor an
    indefinite article ("a camp") is the latest of its type."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.latest: dict[str, FacilityRecord] = {}
        self.by_key: dict[tuple[str, str | None, str | None], FacilityRecord] = {}

    def add(self, facility_type: str, place_id: str | None, indefinite: bool, span: tuple[int, int],
            name: str, distinct: str | None = None) -> FacilityRecord:
        """Record a mention at `span` (offsets into doc.text); `name` names a new record; `distinct`
        is what else tells the site from others of its type and place: its number as digits
        (`guwah.vocab.facility_number`), a place's name the gazetteer lacks; None where nothing is."""
        key = (facility_type, place_id, distinct)
        facility = self.by_key.get(key) if place_id or distinct else None
        if facility is None and not place_id and not distinct and not indefinite:
            facility = self.latest.get(facility_type)
        if facility is None:
            facility = FacilityRecord(id=f"f{len(self.doc.facilities) + 1}", name=name, facility_type=facility_type,
                                      place=place_id)
            self.doc.facilities.append(facility)
            if place_id or distinct:
                self.by_key[key] = facility
        facility.mentions.append(span)
        self.doc.facility_spans.append((span, facility.id))
        self.latest[facility_type] = facility
        return facility
