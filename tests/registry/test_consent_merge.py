"""A merge takes the stricter consent of its mentions' recorded decisions: a mention with no
decision (extracted from a text) never overrides a witness's explicit consent, and an explicit
refusal always wins. Runs on SQLite and on the real PostgreSQL server."""

from guwah.registry import entry_consent, merge, record_consent, view_entry
from guwah.releases import withdraw_witness_consent
from guwah.storage.tables import Person, PersonName
from tests.releasing import ingest_text


def _witness(store, tmp_path, consent: str | None) -> int:
    """The witness mention a sidecar records (with `consent`, or without any), as its entry number."""
    stated = f"\n  consent: {consent}" if consent else ""
    ingest_text(store, tmp_path, "w.txt", "I was held in Ghulja in 2018.",
                f"consent: public\nwitness:\n  name: Ilham Tohti{stated}\n")
    with store.session() as session:
        person = session.query(Person).one()
        return person.entry.number


def _extracted(store, name: str = "Илхам Тохти", consent: str | None = None) -> int:
    """A mention as extraction makes it (no consent decision), or with a recorded `consent`."""
    with store.session() as session:
        person = Person()
        if consent is not None:
            record_consent(person, consent)
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=name, asserted_by_kind="user", asserted_by="t"))
        session.flush()
        return person.entry.number


def _merged_consent(store, a: int, b: int) -> str:
    with store.session() as session:
        merge(session, a, b, "rev")
    with store.session() as session:
        return view_entry(session, b).consent


def test_a_witness_public_consent_survives_a_merge_with_an_extracted_mention(any_store, tmp_path):
    witness = _witness(any_store, tmp_path, "public")
    assert _merged_consent(any_store, witness, _extracted(any_store)) == "public"


def test_an_explicit_refusal_always_wins(any_store, tmp_path):
    witness = _witness(any_store, tmp_path, "confidential")
    assert _merged_consent(any_store, _extracted(any_store, consent="public"), witness) == "confidential"


def test_a_sidecar_without_the_witness_consent_records_no_decision(any_store, tmp_path):
    witness = _witness(any_store, tmp_path, None)
    with any_store.session() as session:
        assert view_entry(session, witness).consent == "confidential"  # nothing recorded: the default
    assert _merged_consent(any_store, witness, _extracted(any_store, consent="public")) == "public"


def test_a_withdrawal_is_recorded_and_wins_over_the_merged_consent(any_store, tmp_path):
    witness = _witness(any_store, tmp_path, "public")
    other = _extracted(any_store, consent="public")
    assert _merged_consent(any_store, witness, other) == "public"
    with any_store.session() as session:
        person_id = session.query(Person).order_by(Person.id).first().id
        withdraw_witness_consent(session, person_id, "rev", "the witness asked")
    with any_store.session() as session:
        assert view_entry(session, witness).consent == "confidential"
        assert all(p.consent_recorded for p in session.query(Person))


def test_without_any_decision_the_strictest_value_holds():
    assert entry_consent([Person(consent="public"), Person(consent="confidential")]) == "confidential"
    assert entry_consent([Person(consent="pseudonymous")]) == "pseudonymous"


def test_the_migration_marks_set_consents_and_witnesses_as_recorded(tmp_path):
    from sqlalchemy import text

    from guwah.storage import Store
    from guwah.storage.engine import upgrade_schema
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data"), migrate=False)
    upgrade_schema(store.engine, "0023")
    with store.engine.begin() as connection:
        for consent in ("public", "confidential", "pseudonymous"):
            connection.execute(text("INSERT INTO person (consent, created_at) VALUES (:c, CURRENT_TIMESTAMP)"),
                               {"c": consent})
    upgrade_schema(store.engine)
    with store.engine.begin() as connection:
        rows = connection.execute(text("SELECT consent, consent_recorded FROM person ORDER BY id")).all()
    store.close()
    assert [(c, bool(r)) for c, r in rows] == [("public", True), ("confidential", False), ("pseudonymous", True)]
