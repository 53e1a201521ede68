"""Check that every span in an extraction result contains the words it is evidence for."""

from __future__ import annotations

import re

from guwah.extract.events import _TRAVEL, ACT_EVENTS, STATE_TRIGGERS
from guwah.extract.events import TRIGGERS as EVENT_TRIGGERS
from guwah.extract.lexicon import ETHNONYMS, GENDERED_NOUNS, KIN, OFFICIAL_TITLES
from guwah.extract.violations import _CLASSIFIED_NEEDS, _REPRISAL
from guwah.extract.violations import TRIGGERS as VIOLATION_TRIGGERS

_GENDER_WORDS = set(KIN) | set(GENDERED_NOUNS) | {"she", "he", "her", "his", "elle", "il", "она", "он"}


def _has(pattern: re.Pattern, text: str) -> bool:
    return bool(pattern.search(text))


def unsupported(result: dict, text: str) -> list[str]:
    """Descriptions of facts whose evidence span does not contain their words (empty: all fine)."""
    problems = []

    def span_text(span: dict) -> str:
        assert 0 <= span["start"] < span["end"] <= len(text), span
        return text[span["start"]:span["end"]]

    for person in result["persons"]:
        forms = [n.lower() for n in person["names"]]
        for mention in person["mentions"]:
            words = span_text(mention).lower()
            if not any(form in words or words in form for form in forms) and not any(k in words for k in KIN) \
                    and not re.search(r"woman|man|femme|homme", words):
                problems.append(f"{person['id']} mention {words!r}")
        for violation in person["violations"]:
            words = span_text(violation["evidence"])
            patterns = [t.pattern for t in VIOLATION_TRIGGERS if t.code == violation["code"]]
            if violation["code"] == "family.reprisal":
                patterns.append(_REPRISAL)
            # codes implied by an event (violations._implied): the event's own words
            if violation["code"] == "detention.arbitrary_arrest":
                patterns += [p for t, p, _we in EVENT_TRIGGERS if t == "arrest"]
            if violation["code"] == "detention.internment_camp":
                patterns += [p for t, p, _we in EVENT_TRIGGERS if t in ("detention", "transfer")]
            # a code the act classifier proposed stands on the words it needs in its sentence (h-x35c:
            # held incommunicado told by an absence, "we cannot reach him")
            needs = _CLASSIFIED_NEEDS.get(violation["code"], ())
            if not any(_has(p, words) for p in patterns) and not (needs and all(_has(p, words) for p in needs)):
                problems.append(f"{person['id']} {violation['code']} evidence {words[:60]!r}")
        for attribute, span in person["attributes_evidence"].items():
            words = span_text(span).lower()
            value = person.get(attribute)
            if attribute == "gender" and not (set(re.findall(r"\w+", words)) & _GENDER_WORDS or any(k in words for k in KIN)):
                problems.append(f"{person['id']} gender evidence {words!r}")
            elif attribute == "ethnicity" and not any(k in words and v == value for k, v in ETHNONYMS.items()):
                problems.append(f"{person['id']} ethnicity evidence {words!r}")
            elif attribute in ("birth_year", "age") and str(value) not in words:
                problems.append(f"{person['id']} {attribute} evidence {words!r}")
    for place in result["places"]:
        for mention in place["mentions"]:
            if not span_text(mention)[:1].isupper():
                problems.append(f"place mention {span_text(mention)!r}")
    for event in result["events"]:
        words = span_text(event["evidence"])
        patterns = [p for t, p, _we in EVENT_TRIGGERS if t == event["type"]] or [_TRAVEL]
        # an arrest opens a detention, a taking to a camp is the arrest too (events.py): each may
        # stand on the other's words
        if event["type"] in ("arrest", "detention"):
            patterns += [p for t, p, _we in EVENT_TRIGGERS if t in ("arrest", "detention")]
        # a detention told by a state ("has been in the county prison since 2018", h-events43)
        patterns += [p for t, p in STATE_TRIGGERS if t == event["type"]]
        # an event a code states (events.events_from_acts) stands on the code's words, as the code does
        codes = [code for code, t in ACT_EVENTS.items() if t == event["type"]]
        patterns += [t.pattern for t in VIOLATION_TRIGGERS if t.code in codes]
        needs = [_CLASSIFIED_NEEDS[code] for code in codes if code in _CLASSIFIED_NEEDS]
        if not any(_has(p, words) for p in patterns) and not any(all(_has(p, words) for p in need) for need in needs):
            problems.append(f"event {event['type']} evidence {words[:60]!r}")
    for date in result["dates"]:
        words = span_text(date)
        if not date["relative"] and not (date["value"][:4] in words or re.search(r"\d", words)):
            problems.append(f"date {date['value']} span {words!r}")
    return problems


def official_words(text: str) -> bool:
    return any(title in text.lower() for title in OFFICIAL_TITLES)
