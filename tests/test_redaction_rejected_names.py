"""A name record a reviewer rejected still masks its name in public texts (h-try45 asked whether
that is a defect). It is the safe side, by design, and these tests pin it:

- `guwah review edit` rejects the original and accepts a corrected copy: the text still holds the
  original spelling ("Kamil Hesen" corrected to "Kamil Hasan"), so unmasking rejected names would
  publish a withheld person's name as the text writes it;
- a rejection says "not this fact about this mention" (the wrong person, the wrong span, a
  duplicate), never "no one bears this name": reasons are free text, and nothing tells a misread
  word from a name rejected for another reason;
- the masks would otherwise follow one reviewer's reject, with no release approval (as the
  figures must not: tests/web/test_map_figures.py).
The cost: a word misread as a name (a place taken for a person) stays masked; the drafter sees it
among the masks of every draft. Invented people, our own words."""

import pytest
from sqlalchemy import select

from guwah.publish import draft_content
from guwah.redaction import WITHHELD
from guwah.review import edit, reject
from guwah.storage.tables import Person, PersonName
from tests.releasing import ingest_text, mark_read, name_person

TEXT = "My neighbour Kamil Hesen was taken in 2018; Rahile Kerim saw it."


def _proposed(store, document_id: int, name: str) -> tuple[int, str]:
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = TEXT.index(name)
        row = PersonName(person_id=person.id, name=name, script="Latn", evidence_document_id=document_id,
                         evidence_start=start, evidence_end=start + len(name), asserted_by_kind="extractor",
                         asserted_by="guwah.extract", review_state="proposed")
        session.add(row)
        session.flush()
        return person.id, f"name:{row.id}"


@pytest.mark.parametrize("decision", ["rejected", "edited"])
def test_a_name_a_reviewer_rejected_still_masks_it_in_public_texts(store, tmp_path, decision):
    folder = tmp_path / "in"
    folder.mkdir()
    document = ingest_text(store, folder, "t.txt", TEXT, "consent: public\n")
    mark_read(store, document)
    with store.session() as session:  # whatever the extractor read of the test text: ours only
        for row in session.scalars(select(PersonName).where(PersonName.evidence_document_id == document)):
            session.delete(row)
    _, ref = _proposed(store, document, "Kamil Hesen")
    witness, _ = _proposed(store, document, "Rahile Kerim")
    with store.session() as session:
        if decision == "rejected":
            reject(store, session, ref, "rev", "not sure the text means this mention")
        else:
            edit(store, session, ref, "rev", {"name": "Kamil Hasan"})
    with store.session() as session:
        assert {row.review_state for row in session.scalars(select(PersonName)) if row.name == "Kamil Hesen"} == {
            "rejected"}
        content, _ = draft_content(session, document)
    assert "Kamil" not in content["text"] and "Hesen" not in content["text"]
    assert content["text"].startswith(f"My neighbour {WITHHELD} was taken in 2018;")
    # Positive control: a name shown on an approved basis is shown; the masks are not blanket.
    name_person(store, witness)
    with store.session() as session:
        content, _ = draft_content(session, document)
    assert "Rahile Kerim saw it." in content["text"] and "Kamil" not in content["text"]
