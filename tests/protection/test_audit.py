"""The audit chain detects any edited, inserted or removed entry, including the newest ones.
Runs on SQLite and PostgreSQL."""

from sqlalchemy import text
from typer.testing import CliRunner

from guwah.protection.audit import head_path, verify_chain


def fill(store, count=5):
    for number in range(count):
        with store.session() as session:
            store.audit(session, f"user{number % 2}", "read", "document", number + 1, role="viewer")


def check(store):
    with store.session() as session:
        return verify_chain(session, store.ring, head_path(store.ring, store.settings.key_file))


def raw(store, statement):
    with store.engine.begin() as connection:
        connection.execute(text(statement))


def test_an_intact_chain_verifies(any_store):
    fill(any_store)
    count, problems = check(any_store)
    assert (count, problems) == (5, [])


def test_an_edited_entry_is_named(any_store):
    fill(any_store)
    raw(any_store, "UPDATE audit_entry SET actor = 'someone-else' WHERE id = 3")
    _, problems = check(any_store)
    assert [p.entry_id for p in problems] == [3]


def test_a_removed_entry_in_the_middle_is_named(any_store):
    fill(any_store)
    raw(any_store, "DELETE FROM audit_entry WHERE id = 2")
    _, problems = check(any_store)
    assert problems and problems[0].entry_id == 3 and "2–2 are missing" in problems[0].what


def test_removing_the_newest_entries_is_detected(any_store):
    fill(any_store)
    raw(any_store, "DELETE FROM audit_entry WHERE id >= 4")
    _, problems = check(any_store)
    assert any("newest entries (4–5) were removed" in p.what for p in problems)


def test_an_inserted_entry_is_detected(any_store):
    fill(any_store, 3)
    raw(any_store, "UPDATE audit_entry SET id = id + 10 WHERE id = 3")
    with any_store.session() as session:
        any_store.audit(session, "intruder", "read", "document", 99)
    raw(any_store, "UPDATE audit_entry SET id = 3 WHERE id = 13")
    _, problems = check(any_store)
    assert problems


def test_cli_audit_verify_fails_and_names_the_entry(tmp_path, monkeypatch):
    from guwah.cli import app
    from guwah.storage import Store
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    store = Store(settings)
    fill(store)
    for name, value in (("GUWAH_DATA_DIR", settings.data_dir), ("GUWAH_KEY_FILE", settings.key_file)):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0
    raw(store, "UPDATE audit_entry SET action = 'nothing' WHERE id = 4")
    result = runner.invoke(app, ["audit", "verify"])
    assert result.exit_code == 1
    assert "entry 4: entry was altered" in result.output


def test_concurrent_appends_from_one_server_keep_one_chain(any_store):
    """The web app appends from many threads at once; every append must land, in one chain."""
    import threading

    from guwah.storage.tables import Document

    failures = []

    def reader(number):
        try:
            for _ in range(5):
                with any_store.session() as session:
                    session.query(Document).count()  # a request reads before it audits
                    any_store.audit(session, f"user{number}", "read", "document", number)
        except Exception as error:  # noqa: BLE001 — collected and asserted below
            failures.append(repr(error))

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert check(any_store) == (30, [])
