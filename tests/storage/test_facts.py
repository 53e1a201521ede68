"""Every asserted fact carries its evidence, its author and its review state; consent defaults
to confidential. Runs on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from guwah.domain import AssertedByKind, ConsentLevel, ReviewState
from guwah.ingest import INGESTED, ingest_file
from guwah.storage import tables
from guwah.storage.tables import Event, Person, PersonAttribute, PersonName, Relation, ViolationCoding

TEXT = "My brother Tahir was taken by the police in Korla on 3 April 2018 and beaten.\n"


@pytest.fixture
def document_id(any_store, tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(TEXT, encoding="utf-8")
    outcome = ingest_file(any_store, path)
    assert outcome.status == INGESTED
    return outcome.document_id


def span_of(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def provenance(document_id, fragment, by="extractor", name="guwah.extract.rules", version="0.1.0"):
    start, end = span_of(fragment)
    return dict(evidence_document_id=document_id, evidence_start=start, evidence_end=end,
                asserted_by_kind=by, asserted_by=name, asserted_by_version=version)


def test_asserted_facts_keep_evidence_author_and_review_state(any_store, document_id):
    with any_store.session() as session:
        tahir = Person()
        narrator = Person()
        session.add_all([tahir, narrator])
        session.flush()
        session.add(PersonName(person_id=tahir.id, name="Tahir", script="Latn", language="en",
                               **provenance(document_id, "Tahir")))
        session.add(PersonAttribute(person_id=tahir.id, attribute="gender", value="male",
                                    **provenance(document_id, "My brother")))
        session.add(Event(event_type="arrest", person_id=tahir.id, date_value="2018-04-03", date_precision="day",
                          **provenance(document_id, "taken by the police in Korla on 3 April 2018")))
        session.add(ViolationCoding(person_id=tahir.id, code="torture.beating",
                                    **provenance(document_id, "beaten")))
        session.add(Relation(person_id=narrator.id, relative_id=tahir.id, relation="brother",
                             **provenance(document_id, "My brother Tahir", by="user", name="reviewer-7", version=None)))

    with any_store.session() as session:
        for table in (PersonName, PersonAttribute, Event, ViolationCoding, Relation):
            fact = session.scalars(select(table)).one()
            assert fact.evidence_document_id == document_id
            quoted = fact.evidence_document.text[fact.evidence_start:fact.evidence_end]
            assert quoted and quoted in TEXT
            assert fact.review_state == ReviewState.PROPOSED.value
            assert fact.asserted_at is not None
        coding = session.scalars(select(ViolationCoding)).one()
        assert coding.evidence_document.text[coding.evidence_start:coding.evidence_end] == "beaten"
        assert (coding.asserted_by_kind, coding.asserted_by, coding.asserted_by_version) == (
            AssertedByKind.EXTRACTOR.value, "guwah.extract.rules", "0.1.0")
        relation = session.scalars(select(Relation)).one()
        assert (relation.asserted_by_kind, relation.asserted_by) == ("user", "reviewer-7")


def test_new_people_and_testimonies_default_to_confidential(any_store, document_id):
    with any_store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        assert person.consent == ConsentLevel.CONFIDENTIAL.value
        testimony = session.scalars(select(tables.Testimony).where(tables.Testimony.document_id == document_id)).one()
        assert testimony.consent == ConsentLevel.CONFIDENTIAL.value


@pytest.mark.parametrize("bad", [
    dict(evidence_start=10, evidence_end=5),
    dict(evidence_start=-1, evidence_end=5),
    dict(review_state="maybe"),
])
def test_database_refuses_malformed_provenance(any_store, document_id, bad):
    values = dict(provenance(document_id, "beaten"), **bad)
    with pytest.raises(IntegrityError):
        with any_store.session() as session:
            person = Person()
            session.add(person)
            session.flush()
            session.add(ViolationCoding(person_id=person.id, code="torture.beating", **values))


def test_database_refuses_unknown_consent_level(any_store):
    with pytest.raises(IntegrityError):
        with any_store.session() as session:
            session.add(Person(consent="whatever"))


@pytest.mark.parametrize("make", [
    lambda: ViolationCoding(person_id=1, code="torture.made_up"),
    lambda: Event(event_type="picnic"),
    lambda: Event(event_type="arrest", date_precision="week"),
])
def test_closed_vocabularies_refuse_unknown_values(make):
    from guwah.errors import InputError

    with pytest.raises(InputError):
        make()
