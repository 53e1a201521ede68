"""The `guwah extract FILE --json` shape (docs/cli-json.md) from a finished document.

Fields this module adds to the contract's shape (it allows added fields), present only where they
apply:
- a date's `"qualifier"`: early, mid, late, spring, summer, autumn, winter, first_half or second_half
  (Chinese 上半年 / 下半年), what the text says within the value ("mid-2019" is
  `{"value": "2019", "precision": "year", "qualifier": "mid"}`);
- an event may carry `"subtype"`, what it was (an `interrogation` with "summons": called in to the police);
- a person's `"name_latin"`: the name read in Latin letters through `guwah.names` ("ئابلىمىت
  تۇرسۇن" → "Ablimit Tursun", «Ерлан» → "Yerlan"), so that names link across scripts; null when the
  name is already in Latin letters or there is none.
Dates said from the time of speaking ("last year", "in December") count from the document's date
(`--document-date`, else the sidecar's interview_date, else its published date); without one they
are left out, and a warning says how many were.
"""

from __future__ import annotations

from guwah.extract.document import DateMention, Doc, PersonRecord
from guwah.extract.pipeline import EXTRACTOR, VERSION

ROLE_ORDER = ("victim", "witness", "relative", "official", "perpetrator", "other")


def _span(span) -> dict:
    return {"start": span[0], "end": span[1]}


def _date(mention: DateMention | None) -> dict | None:
    if mention is None:
        return None
    shape = {"value": mention.value, "precision": mention.precision}
    if mention.qualifier:
        shape["qualifier"] = mention.qualifier  # an added field: "early", "mid", "spring"…
    return shape


def latin_name(name: str | None) -> str | None:
    """A name in another script read in Latin letters, capitalised; None for a Latin name or None."""
    from guwah.names import detect_script, latin_forms

    if not name or detect_script(name) == "Latn":
        return None
    forms = latin_forms(name)
    return " ".join(part[:1].upper() + part[1:] for part in forms[0].split()) if forms and forms[0] else None


def person_ids(doc: Doc) -> dict[str, str]:
    """Stable output ids p1, p2, … in order of first mention."""
    ordered = sorted(doc.persons, key=lambda p: (min(p.mentions) if p.mentions else (len(doc.text), 0)))
    return {person.id: f"p{number}" for number, person in enumerate(ordered, 1)}


def display_name(doc: Doc, person: PersonRecord) -> str | None:
    """A person's name in the output: the best of its names, else, for an unnamed relative of a
    named person, that person's name and the relation ("Rayila Kamal's brother"), else None."""
    if person.name is None and person.kin_of:
        owner = doc.person(person.kin_of[0])
        return f"{owner.name}'s {person.kin_of[1]}" if owner.name else None
    return person.name


def to_json(doc: Doc, *, sha256: str | None, title: str | None) -> dict:
    """The contract's JSON document, plus `extractor`, `dates`, `durations` and `warnings`."""
    ids = person_ids(doc)
    persons = []
    for person in sorted(doc.persons, key=lambda p: int(ids[p.id][1:])):
        attributes = person.attributes

        def value(name: str, attributes=attributes):
            return attributes[name][0] if name in attributes else None

        name = display_name(doc, person)
        persons.append({
            "id": ids[person.id],
            "name": name,
            "name_latin": latin_name(name),
            "names": list(person.names),
            "roles": [role for role in ROLE_ORDER if role in person.roles],
            "gender": value("gender"),
            "ethnicity": value("ethnicity"),
            "birth_year": value("birth_year"),
            "age": value("age"),
            "citizenship": value("citizenship") or [],
            "narrator": person.narrator,
            "mentions": [_span(span) for span in sorted(person.mentions)],
            "relations": [{"person": ids[r.person], "relation": r.relation} for r in person.relations if r.person in ids],
            "attributes_evidence": {key: _span(span) for key, (_v, span) in attributes.items()},
            "violations": [{"code": v.code, "evidence": _span(v.evidence)} for v in person.violations],
        })
    return {
        "document": {"sha256": sha256, "language": doc.language, "title": title, "text_chars": len(doc.text)},
        "extractor": {"name": EXTRACTOR, "version": VERSION, "model": doc.model},
        "warnings": list(doc.warnings),
        "persons": persons,
        "places": [
            {"id": place.id, "name": place.name, "gazetteer_id": place.gazetteer_id, "kind": place.kind,
             "mentions": [_span(span) for span in place.mentions]}
            for place in doc.places
        ],
        "facilities": [
            {"id": facility.id, "name": facility.name, "type": facility.facility_type, "place": facility.place,
             "mentions": [_span(span) for span in facility.mentions]}
            for facility in doc.facilities
        ],
        "events": [
            {"type": event.type, "person": ids.get(event.person) if event.person else None,
             "place": event.place, "facility": event.facility, "date": _date(event.date),
             "end_date": _date(event.end_date), "evidence": _span(event.evidence),
             **({"subtype": event.subtype} if event.subtype else {})}
            for event in sorted(doc.events, key=lambda e: e.evidence)
        ],
        "dates": [
            {"start": d.start, "end": d.end, **_date(d), "relative": d.relative}
            for d in doc.dates
        ],
        "durations": [{"start": d.start, "end": d.end, "value": d.value} for d in doc.durations],
    }
