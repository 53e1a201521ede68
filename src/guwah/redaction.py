"""Masking of identifying details in text bound for the public.

Whatever a public page shows of a testimony's text passes through `apply_masks` with the
document's `masks_for`: the names of people who did not consent to be named publicly are replaced — pseudonymous people by a stable
pseudonym (the same in every document and page), confidential people by "[name withheld]".
A reviewer can add further details to mask (a village, an exact date) when releasing a
pseudonymous testimony; the automatic pass also masks e-mail addresses and phone numbers.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from guwah.domain import ConsentLevel
from guwah.protection.keys import KeyRing
from guwah.storage.tables import Person, PersonName, Testimony

WITHHELD = "[name withheld]"
DETAIL = "[detail withheld]"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_LIKE = re.compile(r"\+?\(?\d[\d ()./-]{7,}\d")
# A phone number has at least this many digits; fewer is a date or a year range.
_PHONE_DIGITS = 9
# Name parts shorter than this are too ambiguous to mask on their own.
_MIN_PART = 3


@dataclass(frozen=True)
class Mask:
    surface: str
    replacement: str


def pseudonym(ring: KeyRing, person_id: int) -> str:
    """A stable pseudonym for a person, the same on every page; reveals nothing about them."""
    digest = ring.mac("pseudonym", str(person_id).encode())
    return "Person " + base64.b32encode(digest).decode()[:4]


def _replacement(ring: KeyRing, person: Person) -> str | None:
    if person.consent == ConsentLevel.PUBLIC.value:
        return None
    if person.consent == ConsentLevel.PSEUDONYMOUS.value:
        return pseudonym(ring, person.id)
    return WITHHELD


def people_in(session: Session, document_id: int) -> list[Person]:
    """Everyone the document names: its witness and every person with a name cited from it."""
    named = select(PersonName.person_id).where(PersonName.evidence_document_id == document_id)
    witness = select(Testimony.witness_id).where(Testimony.document_id == document_id)
    return list(session.scalars(select(Person).where(or_(Person.id.in_(named), Person.id.in_(witness)))))


def masks_for(session: Session, ring: KeyRing, document_id: int, extra: list[str] = ()) -> list[Mask]:
    """The masks a document's public text needs, longest surface first."""
    people = people_in(session, document_id)
    public_names = [name.name for person in people if person.consent == ConsentLevel.PUBLIC.value
                    for name in person.names]
    # What a consenting person is called stays readable, even where another record (an
    # extractor's unreviewed proposal, say) carries the same name with a stricter consent.
    public_parts = {name.casefold() for name in public_names} | {
        part.casefold() for name in public_names for part in name.split()
    }
    masks: dict[str, Mask] = {}
    for person in people:
        replacement = _replacement(ring, person)
        if replacement is None:
            continue
        for name in person.names:
            if name.name.casefold() not in public_parts:
                masks.setdefault(name.name.casefold(), Mask(name.name, replacement))
            for part in re.split(r"[\s·•・-]+", name.name):
                if len(part) >= _MIN_PART and part.casefold() not in public_parts:
                    masks.setdefault(part.casefold(), Mask(part, replacement))
    for detail in extra:
        if detail.strip():
            masks.setdefault(detail.casefold(), Mask(detail.strip(), DETAIL))
    return sorted(masks.values(), key=lambda mask: -len(mask.surface))


def apply_masks(text: str, masks: list[Mask]) -> str:
    """Replace every masked surface (whole words, any case) and every contact detail."""
    for mask in masks:
        pattern = re.compile(rf"(?<!\w){re.escape(mask.surface)}(?!\w)", re.IGNORECASE)
        text = pattern.sub(mask.replacement, text)
    text = _EMAIL.sub(DETAIL, text)
    return _PHONE_LIKE.sub(lambda m: DETAIL if sum(c.isdigit() for c in m.group()) >= _PHONE_DIGITS else m.group(), text)
