"""A family's report taken into the archive: a confidential document with its provenance, a proposed
person from the report's fields, a raise for a second reviewer above what the form allows, once only;
and the registry entries a report may be about."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from guwah.errors import InputError, NotFound
from guwah.reports import list_reports
from guwah.reports.testimony import FORM_CONSENT_NOTE, report_matches, take_report
from guwah.storage.tables import (
    AuditEntry,
    ConsentChange,
    CustodyEvent,
    Document,
    FamilyReport,
    Person,
    PersonAttribute,
    PersonName,
    Testimony,
)
from tests.accounts.factories import fast_hashing
from tests.reports.helpers import CONTACT, submit

WHAT_HAPPENED = "Taken from the bazaar by two officers.\nA neighbour saw him later at a school in the county."


@pytest.fixture(autouse=True)
def _fast_hashing():
    with fast_hashing():
        yield


def _counts(store) -> dict[str, int]:
    with store.session() as session:
        return {table.__name__: session.scalar(select(func.count()).select_from(table))
                for table in (Document, Testimony, Person, PersonName, PersonAttribute, ConsentChange, CustodyEvent)}


@pytest.mark.parametrize("level", ["confidential", "pseudonymous", "public"])
def test_take_report_stores_a_confidential_document_and_a_raise_above_it(store, level):
    receipt = submit(store, what_happened=WHAT_HAPPENED)
    reason = None if level == "confidential" else "the sister agreed on the phone on 3 May to a pseudonymous account"
    taken = take_report(store, receipt.reference.lower(), level, "editor-a", reason)
    with store.session() as session:
        document = session.get(Document, taken.document_id)
        testimony = document.testimony
        # The form promised nothing is published: stored confidential, saying so, whatever the editor chose.
        assert testimony.consent == "confidential" and testimony.consent_note == FORM_CONSENT_NOTE
        changes = list(session.scalars(select(ConsentChange).where(ConsentChange.document_id == document.id)))
        if level == "confidential":
            assert changes == [] and taken.consent_change_id is None
        else:
            assert [(c.new, c.state, c.requested_by) for c in changes] == [(level, "pending", "editor-a")]
        text = document.text
        assert "Name: Ablikim Turdi\nName: ئابلىكىم تۇردى\nName: Абликим Турди\n" in text
        assert "Year of birth: 1979" in text and "Hometown: Ghulja" in text and "Reporter's relation to the person: sister" in text
        assert "What happened, in the reporter's words:\n" + WHAT_HAPPENED in text
        assert CONTACT not in text
        assert document.source.publisher == "family report"
        row = session.scalar(select(FamilyReport).where(FamilyReport.reference == receipt.reference))
        assert row.document_id == document.id and row.status == "under_review"
        assert row.contact == CONTACT and row.what_happened == WHAT_HAPPENED  # the report stays as received
        custody = session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document.id)).first()
        assert custody.detail["family_report"] == receipt.reference
        # The reported person, proposed, each field citing the line that states it.
        names = session.scalars(select(PersonName).where(PersonName.person_id == taken.person_id)).all()
        assert sorted(n.name for n in names) == sorted(["Ablikim Turdi", "ئابلىكىم تۇردى", "Абликим Турди"])
        assert all(n.review_state == "proposed" and text[n.evidence_start:n.evidence_end] == n.name for n in names)
        attributes = {a.attribute: a for a in session.scalars(
            select(PersonAttribute).where(PersonAttribute.person_id == taken.person_id))}
        assert attributes["birth_year"].value == "1979" and attributes["hometown"].value == "Ghulja"
        assert text[attributes["hometown"].evidence_start:attributes["hometown"].evidence_end] == "Ghulja"
        details = [str(entry.detail) for entry in session.scalars(select(AuditEntry))]
        assert any("taken" in detail for detail in details)
        assert not any(word in detail for detail in details for word in ("Ablikim", "Ghulja", CONTACT, "bazaar"))


def test_take_report_twice_is_refused_naming_the_document(store):
    receipt = submit(store)
    taken = take_report(store, receipt.reference, "confidential", "editor-a")
    before = _counts(store)
    with pytest.raises(InputError) as refused:
        take_report(store, receipt.reference, "confidential", "editor-b")
    assert f"it became document {taken.document_id}" in refused.value.message
    assert _counts(store) == before


@pytest.mark.parametrize(("reference", "level", "reason", "error"), [
    ("R-0000-0000", "confidential", None, NotFound),  # no such report
    (None, "secret", None, InputError),  # not a level
    (None, "public", None, InputError),  # a raise without a reason
    (None, "pseudonymous", "  ", InputError),
])
def test_take_report_bad_input_stores_nothing(store, reference, level, reason, error):
    receipt = submit(store)
    before = _counts(store)
    with pytest.raises(error):
        take_report(store, reference or receipt.reference, level, "editor-a", reason)
    assert _counts(store) == before
    with store.session() as session:
        row = session.scalar(select(FamilyReport))
        assert row.document_id is None and row.status == "received"
    # positive control: the same report is taken with a good level
    assert take_report(store, receipt.reference, "confidential", "editor-a").document_id


def test_take_report_failing_late_leaves_no_document_nor_original(store, monkeypatch):
    import guwah.releases

    receipt = submit(store)
    before = _counts(store)
    def originals() -> list:
        return sorted(path for path in store.blobs.root.rglob("*") if path.is_file())

    kept = originals()

    def broken(*_args, **_kwargs):
        raise InputError("the consent store refused")

    monkeypatch.setattr(guwah.releases, "request_consent_change", broken)
    with pytest.raises(InputError):
        take_report(store, receipt.reference, "public", "editor-a", "agreed on the phone")
    assert _counts(store) == before
    assert originals() == kept
    # positive control: a take that goes through leaves one original more
    take_report(store, receipt.reference, "confidential", "editor-a")
    assert len(originals()) == len(kept) + 1


def test_report_matches_an_entry_by_name_in_another_script_and_birth_year(store):
    # An entry the archive holds: a report taken earlier, in Latin letters.
    first = submit(store, names=["Mirzat Qeyser"], birth_year="1983", contact="")
    take_report(store, first.reference, "confidential", "editor-a")
    same = submit(store, names=["Мирзат Кейсер"], birth_year="1984", contact="")
    other = submit(store, names=["Dilnur Ekber"], birth_year="1983", contact="")
    far = submit(store, names=["Mirzat Qeyser"], birth_year="1950", contact="")
    with store.session() as session:
        reports = list_reports(store, session, "editor-a")
        matches = report_matches(session, reports)
        number = session.scalar(select(Person).join(PersonName).where(PersonName.evidence_document_id.is_not(None))
                                ).entry.number
    assert matches.get(same.reference) == [number]  # positive control: Cyrillic finds the Latin entry
    assert other.reference not in matches  # another name
    assert far.reference not in matches  # the same name, born 33 years apart
    assert first.reference not in matches  # the report is not its own match
