"""h-newcomer73: "Detention Centre No. 3" is a facility's number, not a negation. Bulk acceptance
(`guwah review accept --document D --yes`) refused a plain "He was held in … No. 3." as "a negation
stands in its sentence before it", so every testimony naming a numbered facility had to be read fact
by fact. The number sign is no longer read as the word "no"; a true negation in the same text is
still flagged (the control). Invented text and names."""

from __future__ import annotations

import re

import pytest

from guwah.ingest import ingest_file
from guwah.review import needs_reading
from guwah.storage.tables import Person, PersonAttribute, PersonName, ViolationCoding

TEXT = ("Synthetic example. Police took Ruslan Tokhtarov from the market. "
        "He was held in the Kulja Detention Centre No. 3. "
        "In Camp No 5 the guards beat Ruslan every night. "
        "They did not beat Ruslan in the first week. "
        "No guard beat Ruslan in the yard.")


def _at(words: str) -> dict[str, int]:
    start = re.search(re.escape(words), TEXT).start()
    return {"evidence_start": start, "evidence_end": start + len(words)}


@pytest.fixture
def refs(store, tmp_path) -> dict[str, str]:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    made = {"evidence_document_id": document_id, "asserted_by_kind": "extractor", "asserted_by": "guwah.extract"}
    with store.session() as session:
        from guwah.vocab import violation_codes

        code = sorted(violation_codes())[0]
        victim = Person()
        session.add(victim)
        session.flush()
        name = _at("Ruslan Tokhtarov")
        session.add_all([PersonName(person_id=victim.id, name="Ruslan Tokhtarov", review_state="accepted", **name, **made),
                         PersonAttribute(person_id=victim.id, attribute="role", value="victim", review_state="accepted",
                                         **name, **made)])
        rows = {
            "number_sign": ViolationCoding(person_id=victim.id, code=code,
                                           **_at("He was held in the Kulja Detention Centre No. 3."), **made),
            "number_sign_no_dot": ViolationCoding(person_id=victim.id, code=code,
                                                  **_at("In Camp No 5 the guards beat Ruslan every night."), **made),
            "negated": ViolationCoding(person_id=victim.id, code=code, **_at("beat Ruslan in the first week"), **made),
            "negated_no": ViolationCoding(person_id=victim.id, code=code, **_at("No guard beat Ruslan in the yard."),
                                          **made),
        }
        session.add_all(rows.values())
        session.flush()
        return {case: f"violation:{row.id}" for case, row in rows.items()}


def test_review_number_sign_is_not_a_negation(store, refs):
    with store.session() as session:
        flagged = needs_reading(session, list(refs.values()))
    assert refs["number_sign"] not in flagged
    assert refs["number_sign_no_dot"] not in flagged
    # controls: a negation in the same text is still read as one, the word "No" before a noun too
    assert flagged[refs["negated"]] == ("negated",)
    assert flagged[refs["negated_no"]] == ("negated",)
