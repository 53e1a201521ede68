"""A merge forced over conflicting assertions keeps the conflicting fields in its history (migration
0023, `link_change.conflicts`), which the undo reports and audits; never their values. Runs on
SQLite and on the real PostgreSQL server."""

import pytest

from guwah.errors import ReviewRequired
from guwah.registry import latest_act, merge, resolve, undo
from guwah.storage.tables import AuditEntry, LinkChange
from tests.factories import add_mention


def _mention(session, name, **attributes):
    person = add_mention(session, name, **attributes)
    return person.entry.number


def test_a_forced_merge_records_its_conflicts_for_undo_and_audit(any_store):
    with any_store.session() as session:
        her = _mention(session, "Gulnar Tursun", gender="female", birth_year="1961")
        him = _mention(session, "Gulnar Tursun", gender="male", birth_year="1990")
    with any_store.session() as session, pytest.raises(ReviewRequired):
        merge(session, her, him, "rev", store=any_store)
    with any_store.session() as session:
        merge(session, her, him, "rev", store=any_store, force=True)
    with any_store.session() as session:
        recorded = [c.conflicts for c in session.query(LinkChange) if c.action == "merge" and c.entry_id]
        assert recorded == [["birth_year", "gender"]]
        assert "forced over conflicting birth year and gender" in latest_act(session)
        undo(session, "rev", store=any_store)
        assert resolve(session, him).number == him
    with any_store.session() as session:
        audited = {entry.action: str(entry.detail) for entry in session.query(AuditEntry)}
        assert "gender" in audited["undo"] and "birth_year" in audited["undo"]
        assert not any(value in text for text in audited.values() for value in ("female", "1961", "1990"))


def test_an_unforced_merge_records_no_conflicts(any_store):
    with any_store.session() as session:
        a = _mention(session, "Ablet Tursun", gender="male")
        b = _mention(session, "Ablet Tursun", gender="male")
        merge(session, a, b, "rev")
        assert [c.conflicts for c in session.query(LinkChange) if c.entry_id] == [None]
        assert "forced" not in latest_act(session)
