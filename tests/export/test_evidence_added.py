"""A fact a reviewer added is recorded where the fact lives (issue 10): the evidence file reads that
record, not the audit log's JSON, to say "added by a reviewer"; migration 0043 fills it in for
additions made before it."""

from sqlalchemy import delete, select

from tests.export.test_evidence_history import _archive, _facts


def test_an_addition_is_recorded_where_the_fact_lives_and_one_made_before_0043_is_filled_in(any_store, tmp_path):
    from guwah.review.addition import add_fact
    from guwah.storage.engine import downgrade_schema, upgrade_schema
    from guwah.storage.tables import AuditEntry, FactAddition, ViolationCoding

    store = any_store
    ids = _archive(store, tmp_path)
    with store.session() as session:
        added = add_fact(store, session, ids["document"], "violation", "the guards beat me in the yard", "reviewer-a",
                         {"code": "torture.beating"}, person=f"mention:{ids['witness']}").ref
        # What a second reviewer's acceptance leaves (four eyes): the note "added by a reviewer" cleared.
        row = session.get(ViolationCoding, int(added.split(":")[1]))
        row.review_note, row.reviewed_by = None, "reviewer-b"

    def recorded() -> list[tuple]:
        with store.session() as session:
            return [(row.kind, row.fact_id, row.document_id, row.actor, row.at)
                    for row in session.scalars(select(FactAddition))]

    additions = recorded()
    assert [addition[:4] for addition in additions] == [("violation", row.id, ids["document"], "reviewer-a")]
    before = _facts(store, ids["witness"])
    assert (before[added]["origin"], before[added]["acceptance"]) == (
        "added by a reviewer", "added by one reviewer, accepted by another")

    # As an archive of 0042 holds it: the audit entry of the addition, no row. The upgrade fills it in.
    downgrade_schema(store.engine, "0042")
    upgrade_schema(store.engine)
    with store.session() as session:
        audited = session.scalar(select(AuditEntry.at).where(
            AuditEntry.action == "review", AuditEntry.detail["decision"].as_string() == "added"))
    assert [addition[:4] for addition in recorded()] == [addition[:4] for addition in additions]
    assert recorded()[0][4] == audited  # when: the audit entry's
    assert _facts(store, ids["witness"]) == before  # the export's output is unchanged

    # the export reads the record, not the audit log: without it, the fact is one a person asserted
    with store.session() as session:
        session.execute(delete(FactAddition))
    assert _facts(store, ids["witness"])[added]["origin"] == "asserted by a person"
