"""Find detention sites: camps, detention centres, police stations, prisons, hospitals.

An indefinite mention ("an internment camp", "another camp") is a new facility; a definite one
("the camp") is the latest facility of that kind. A capitalised word before the type names the
site ("Dighar police station"); "in <place>" right after links it to a place.
"""

from __future__ import annotations

import re

from guwah.extract.document import Doc, FacilityRecord
from guwah.vocab import euphemism, facility_name_pattern, facility_number

# A camp by the state's names for it (a "vocational skills" or "training" centre) is the
# `facility` field of vocab/euphemisms.yaml (en, fr: the one home of those names); the plain words
# for a camp here. Where two could match at one place, the first wins: "camps?" before the French.
_TYPES = [
    (f"{euphemism('en', 'camp_kind', 'facility')}|(?:wo)?men['’]s camp|camps?|camps? d'internement|"
     f"лагер[ьяеи]|лагерях|{euphemism('fr', 'camp_kind', 'facility')}", "internment_camp"),
    (r"detention cent(?:er|re)s?|centres? de détention|следственн\w+ изолятор\w*|СИЗО", "detention_centre"),
    (r"police stations?|Public Security Bureau|commissariat|полицейск\w+ участ\w+|отделени\w+ полиции", "police_station"),
    (r"prisons?|jails?|тюрьм\w+", "prison"),
    (r"hospitals?|clinics?|hôpital|больниц\w+", "hospital_or_clinic"),
]
# A site's number before or after its type ("No. 3 detention centre", "Detention Centre No. 3",
# «изолятор № 3») is part of its name: two numbers are two sites (vocab/facility_names.yaml). The type
# is matched in any case, so that a name written in capitals ("Detention Centre No. 3") is one.
_LANGUAGES = ("en", "fr", "ru")
_PATTERN = re.compile(
    r"\b(?P<det>an?|another|the|this|that|new|une?|la|le|l')?\s*"
    r"(?P<name>(?:[A-ZА-ЯЁ][\w’'-]+\s+){0,3}(?:(?:уездн|городск|областн|окружн)\w+\s+)?)"
    rf"(?:(?P<before>(?i:{facility_name_pattern('number_before', _LANGUAGES)}))\s+)?"
    r"(?P<type>(?i:" + "|".join(f"(?:{p})" for p, _ in _TYPES) + r"))\b"
    rf"(?:\s+(?P<after>(?i:{facility_name_pattern('number_after', _LANGUAGES)}))\b)?",
)
# Capitalised at a sentence's start, never part of a site's name ("В лагере", "The camp").
_NOT_NAME_WORDS = {"the", "a", "an", "another", "this", "в", "во", "на", "из", "с", "у", "к", "о", "по", "за",
                   "его", "её", "ее", "их", "этот", "эта", "эту", "этом", "этой", "тот", "та", "ту"}
_GENERIC_PLACE = re.compile(rf"^,?\s+(?i:{facility_name_pattern('place_after', _LANGUAGES)})\s+$")
_TYPE_WORDS = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p, _ in _TYPES) + r")\b", re.I)


def distinctive_name(name: str) -> str:
    """A facility's name without its type words ("Dighar police station" -> "Dighar"): what
    tells one site of a kind from another; empty when the name is only a type ("the camp")."""
    return " ".join(_TYPE_WORDS.sub(" ", name).split())


def _type_of(word: str) -> str:
    for pattern, facility_type in _TYPES:
        if re.fullmatch(pattern, word, re.I):
            return facility_type
    return "other"


def find_facilities(doc: Doc) -> None:
    """Fill doc.facilities and doc.facility_spans."""
    text = doc.text
    latest: dict[str, FacilityRecord] = {}
    by_name: dict[str, FacilityRecord] = {}
    for match in _PATTERN.finditer(text):
        word = match.group("type")
        if word.lower().endswith("s") and not word.lower().endswith(("ss", "us")) and word.lower() not in ("centres",):
            if word.lower() not in ("police stations",):
                continue  # plural: the camp system, not one site
        facility_type = _type_of(word)
        if word == "Public Security Bureau":
            facility_type = "police_station"
        name_words = [w for w in match.group("name").split() if w.lower() not in _NOT_NAME_WORDS]
        determiner = (match.group("det") or "").lower()
        start = match.start("name") if name_words else match.start("type")
        span = (start, match.end())
        place_id = None
        from guwah.extract.events import _in

        for (s, e), pid in _in(doc.place_spans, start, match.end() + 12):
            if s >= match.end() and s - match.end() <= 10 and _GENERIC_PLACE.match(text[match.end():s]):
                place_id = pid
                span = (span[0], e)
                break
            if start <= s and e <= match.end():
                place_id = pid
        numbered = match.group("before") or match.group("after")
        number = facility_number(numbered) if numbered else None
        name = " ".join(name_words + [w for w in (match.group("before"), word, match.group("after")) if w])
        key = f"{' '.join(name_words + [word]).lower()}#{number}" if name_words or place_id or number else None
        if key and place_id:
            key = f"{key}@{place_id}"
        facility = by_name.get(key) if key else None
        if facility is None and not name_words and not place_id and not number and determiner not in ("a", "an", "another", "new", "un", "une"):
            facility = latest.get(facility_type)
        if facility is None:
            facility = FacilityRecord(id=f"f{len(doc.facilities) + 1}", name=name, facility_type=facility_type, place=place_id)
            doc.facilities.append(facility)
            if key:
                by_name[key] = facility
        facility.mentions.append(span)
        doc.facility_spans.append((span, facility.id))
        latest[facility_type] = facility
