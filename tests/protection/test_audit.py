"""The audit chain detects any edited, inserted or removed entry, including the newest ones.
Runs on SQLite and PostgreSQL."""

import json

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from guwah.errors import InputError
from guwah.protection.audit import AuditProblem, head_path, parse_head, verify_chain


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


def test_appends_from_two_processes_keep_one_chain(any_store):
    """Two commands on one archive at once (two CLI runs, the CLI beside `guwah serve`): the second
    reads the chain's last entry only once the first has committed (a newcomer's `guwah release
    show` run twice at once died on "UNIQUE constraint failed: audit_entry.id" on SQLite)."""
    import threading
    import time

    from guwah.storage import Store

    other = Store(any_store.settings)  # another process: its own engine and its own lock
    failures = []

    def second():
        try:
            with other.session() as session:
                other.audit(session, "user1", "read", "document", 2)
        except Exception as error:  # noqa: BLE001 — collected and asserted below
            failures.append(repr(error))

    try:
        fill(any_store, 1)
        with any_store.session() as session:
            any_store.audit(session, "user0", "read", "document", 1)
            thread = threading.Thread(target=second)
            thread.start()
            time.sleep(1.5)  # the second command starts its append while this one holds the chain
        thread.join()
    finally:
        other.close()
    assert failures == []
    assert check(any_store) == (3, [])  # control: every append landed, in one chain


# --- removal is never hidden by later appends ---------------------------------------------------

def ids(store):
    from guwah.storage.tables import AuditEntry

    with store.session() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def head_of(store):
    """The newest entry's (id, mac), as `guwah audit head` prints it."""
    from guwah.storage.tables import AuditEntry

    with store.session() as session:
        return tuple(session.execute(select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)).one())


def test_removed_newest_entries_stay_reported_after_later_appends(any_store):
    fill(any_store)
    raw(any_store, "DELETE FROM audit_entry WHERE id >= 4")
    for number in range(6):
        with any_store.session() as session:
            any_store.audit(session, "user0", "search", None, None, words=1, results=number)
    _, problems = check(any_store)
    assert [(p.entry_id, p.what) for p in problems] == [(6, "entries 4–5 are missing")]
    assert ids(any_store) == [1, 2, 3, *range(6, 13)]  # 4 and 5 are never handed out again


def test_an_append_records_the_entries_it_found_missing(any_store):
    from guwah.protection.audit import ENTRIES_MISSING
    from guwah.storage.tables import AuditEntry

    fill(any_store)
    raw(any_store, "DELETE FROM audit_entry WHERE id >= 3")
    with any_store.session() as session:
        any_store.audit(session, "user0", "read", "document", 1)
    with any_store.session() as session:
        gap = session.get(AuditEntry, 6)
        assert (gap.action, gap.detail) == (ENTRIES_MISSING, {"first": 3, "last": 5})
        assert session.get(AuditEntry, 7).actor == "user0"


def test_an_id_reused_by_a_stale_appender_is_reported(any_store):
    """Another machine whose head is older appends after a removal: this head then disagrees."""
    from guwah.protection.audit import HEAD_MISMATCH, read_head, write_head

    fill(any_store)
    head_file = head_path(any_store.ring, any_store.settings.key_file)
    current = read_head(head_file)
    raw(any_store, "DELETE FROM audit_entry WHERE id >= 4")
    stale = head_of(any_store)
    head_file.unlink()
    write_head(head_file, *stale)  # the other appender knows only up to entry 3
    fill(any_store, 3)  # ids 4, 5, 6 again, with other MACs
    head_file.unlink()
    write_head(head_file, *current)
    with any_store.session() as session:
        any_store.audit(session, "user0", "read", "document", 1)
    _, problems = check(any_store)
    assert [p.entry_id for p in problems] == [7]
    assert "entry 5 differing from the recorded head" in problems[0].what
    with any_store.session() as session:
        from guwah.storage.tables import AuditEntry

        assert session.get(AuditEntry, 7).action == HEAD_MISMATCH


def test_an_outside_head_catches_a_rewrite_by_the_key_holder(any_store):
    """With the master key, one can rebuild the newest entries and the head file; not a copied head."""
    fill(any_store)
    outside = head_of(any_store)
    raw(any_store, "DELETE FROM audit_entry WHERE id >= 3")
    head_path(any_store.ring, any_store.settings.key_file).unlink()
    fill(any_store, 4)
    assert check(any_store) == (6, [])  # the rebuilt chain and head file agree with each other
    _, problems = check_with(any_store, outside)
    assert problems == [AuditProblem(5, "the entry at the head in the outside copy does not match")]
    _, problems = check_with(any_store, (7, outside[1]))
    assert any("newest entries (7–7) were removed (the outside copy)" in p.what for p in problems)


def check_with(store, outside):
    with store.session() as session:
        return verify_chain(session, store.ring, head_path(store.ring, store.settings.key_file), outside)


@pytest.mark.parametrize("value", ["", "5", "5:abc", "x:" + "0" * 64, '{"id": 1}'])
def test_parse_head_refuses_malformed_values(value):
    with pytest.raises(InputError):
        parse_head(value)


@pytest.mark.parametrize(("value", "part"), [("282:00", "MAC"), ("282:" + "g" * 64, "MAC"), ("282:", "MAC"),
                                             ("x:" + "0" * 64, "ID"), ("-3:" + "0" * 64, "ID")])
def test_parse_head_says_which_part_is_malformed(value, part):
    # h-try46: `guwah audit verify --head 282:00` said only the format; now it names the part at fault.
    with pytest.raises(InputError) as refused:
        parse_head(value)
    assert f"the {part} part" in refused.value.message, refused.value.message
    # Control: a value with no colon at all gets the format.
    with pytest.raises(InputError) as refused:
        parse_head("282")
    assert "ID:MAC" in refused.value.message and " part" not in refused.value.message


def test_parse_head_reads_the_printed_value_and_the_head_file():
    mac = "ab" * 32
    assert parse_head(f"12:{mac}\n") == (12, mac)
    assert parse_head(json.dumps({"id": 12, "mac": mac})) == (12, mac)


def test_cli_audit_head_and_verify_against_it(tmp_path, monkeypatch):
    from guwah.cli import app
    from guwah.storage import Store
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    store = Store(settings)
    runner = CliRunner()
    for name, value in (("GUWAH_DATA_DIR", settings.data_dir), ("GUWAH_KEY_FILE", settings.key_file)):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    empty = runner.invoke(app, ["audit", "head"])
    assert empty.exit_code == 1 and "no head yet" in empty.output
    fill(store)
    printed = runner.invoke(app, ["audit", "head"])
    assert printed.exit_code == 0
    value = printed.stdout.strip()
    assert value == "{}:{}".format(*head_of(store))
    copy = tmp_path / "head.txt"
    copy.write_text(value + "\n")
    for given in (value, str(copy)):
        assert runner.invoke(app, ["audit", "verify", "--head", given]).exit_code == 0
    # Someone with the master key rebuilds entries 4-5 and the head file beside the key.
    raw(store, "DELETE FROM audit_entry WHERE id >= 4")
    head_path(store.ring, settings.key_file).unlink()
    fill(store, 2)
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0
    result = runner.invoke(app, ["audit", "verify", "--head", str(copy)])
    assert result.exit_code == 1
    assert "entry 5: the entry at the head in the outside copy does not match" in result.output
    bad = runner.invoke(app, ["audit", "verify", "--head", "nonsense"])
    assert bad.exit_code == 1 and "--head takes ID:MAC" in bad.output
    # h-try46: a head cut short says its MAC part is malformed, not only the format (control: above).
    short = runner.invoke(app, ["audit", "verify", "--head", "282:00"])
    assert short.exit_code == 1 and "MAC part" in short.output and "malformed" in short.output, short.output
    store.close()


def test_ingest_and_extraction_are_audited_without_content(store, tmp_path):
    from guwah.extract import extract_all
    from guwah.ingest import ingest_file
    from guwah.storage.tables import AuditEntry

    path = tmp_path / "secret-witness-name.txt"
    path.write_text("Aygul Tursun said she was held in the camp in Kashgar in 2018.", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    extract_all(store)
    extract_all(store)  # already done: nothing stored, nothing audited
    with store.session() as session:
        entries = [(e.actor, e.action, e.record_type, e.record_id, e.detail)
                   for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert [entry[:4] for entry in entries] == [("tester", "ingest", "document", str(document_id)),
                                                ("tester", "extract", "document", str(document_id))]
    assert entries[0][4]["size"] == path.stat().st_size
    assert entries[1][4]["counts"]["names"] >= 1
    text = repr(entries)
    for secret in ("Aygul", "Tursun", "Kashgar", "secret-witness-name", path.read_bytes().hex()[:16]):
        assert secret not in text
    assert check(store) == (2, [])


def test_a_corrupt_head_file_is_named_in_one_line(store):
    fill(store, 1)
    head_path(store.ring, store.settings.key_file).write_text("garbage\n")
    with pytest.raises(InputError, match="the audit head file .* is unreadable"):
        check(store)


def test_a_head_mismatch_is_warned_and_recorded_once_per_command(any_store, caplog):
    # Before: two archives sharing one head file; a command that audited nine acts in one
    # transaction printed "audit entry N does not match the recorded head" nine times and wrote
    # nine mismatch entries (the head file moves only at commit). Now once, the first time.
    import logging

    from guwah.protection.audit import HEAD_MISMATCH, write_head
    from guwah.storage.tables import AuditEntry

    fill(any_store)
    head_file = head_path(any_store.ring, any_store.settings.key_file)
    head_file.unlink()
    write_head(head_file, 5, "f" * 64)  # the other archive's entry 5
    with caplog.at_level(logging.WARNING, logger="guwah.protection.audit"), any_store.session() as session:
        for number in range(3):
            any_store.audit(session, "user0", "read", "document", number)
    warned = [r for r in caplog.records if "does not match the recorded head" in r.getMessage()]
    assert len(warned) == 1
    with any_store.session() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.id > 5).order_by(AuditEntry.id)))
    assert actions == [HEAD_MISMATCH, "read", "read", "read"]


def _newest(store):
    from guwah.storage.tables import AuditEntry

    with store.session() as session:
        return session.execute(select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)).first()


def test_a_rolled_back_transaction_leaves_the_recorded_head_where_it_was(any_store, caplog):
    # Before: an entry appended and then rolled back (`guwah release check` reads, then rolls
    # back) stayed the session's head, so the commit recorded a head no entry matched; the next
    # append warned of missing entries and `guwah audit verify` failed.
    import logging

    fill(any_store, 2)
    with any_store.session() as session:
        any_store.audit(session, "user0", "read", "document", 7)
        session.rollback()
    assert tuple(json.loads(head_path(any_store.ring, any_store.settings.key_file).read_text()).values()) \
        == tuple(_newest(any_store))
    with caplog.at_level(logging.WARNING, logger="guwah.protection.audit"):
        fill(any_store, 1)
    assert not [r for r in caplog.records if r.name == "guwah.protection.audit"]
    assert check(any_store) == (3, [])


def test_a_rolled_back_savepoint_keeps_the_entries_before_it(any_store):
    # Positive control in the same transaction: the entry before the savepoint lands and is
    # the head; the one inside the rolled-back savepoint never was.
    fill(any_store, 1)
    with any_store.session() as session:
        any_store.audit(session, "user0", "read", "document", 1)
        try:
            with session.begin_nested():
                any_store.audit(session, "user1", "read", "document", 2)
                raise InputError("refused half-way")
        except InputError:
            pass
    head = json.loads(head_path(any_store.ring, any_store.settings.key_file).read_text())
    assert head["id"] == 2 and (head["id"], head["mac"]) == tuple(_newest(any_store))
    fill(any_store, 1)
    assert check(any_store) == (3, [])


def test_reading_the_audit_log_is_itself_audited(tmp_path, monkeypatch):
    """h-lead: `guwah audit list` (who read or changed what) and `guwah audit verify` read the log
    without leaving a trace. Each read is an entry now: who, when, which command and filter, never
    what was read. `audit head` is not (its output is the head to copy elsewhere: an entry after it
    would make that copy one behind at once)."""
    from guwah.cli import app
    from guwah.storage import Store
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    store = Store(settings)
    fill(store, 3)
    for name, value in (("GUWAH_DATA_DIR", settings.data_dir), ("GUWAH_KEY_FILE", settings.key_file),
                        ("GUWAH_ACTOR", "auditor-amina")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()

    def reads_of_the_log() -> list[tuple]:
        with store.session() as session:
            from guwah.storage.tables import AuditEntry

            return [(e.actor, e.action, e.record_type, e.record_id, e.detail)
                    for e in session.scalars(select(AuditEntry).where(AuditEntry.record_type == "audit_log")
                                             .order_by(AuditEntry.id))]

    assert reads_of_the_log() == []
    listed = runner.invoke(app, ["audit", "list", "--limit", "2", "--json"])
    assert listed.exit_code == 0
    assert [e["id"] for e in json.loads(listed.stdout)] == [3, 2]  # what it read, before its own entry
    assert reads_of_the_log() == [("auditor-amina", "read", "audit_log", None, {"command": "list", "limit": 2})]
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0
    assert reads_of_the_log()[-1] == ("auditor-amina", "read", "audit_log", None, {"command": "verify"})
    head = runner.invoke(app, ["audit", "head"])
    assert head.exit_code == 0 and head.stdout.strip() == "{}:{}".format(*head_of(store))
    assert len(reads_of_the_log()) == 2
    assert check(store) == (5, [])  # the chain holds the two reads too
    store.close()


def test_audit_list_narrows_by_who_action_and_record_as_the_workspace_page_does(tmp_path, monkeypatch):
    """`guwah audit list --by/--action/--record-type/--record-id` (read_entry_page's filters, the ones
    /workspace/audit offers): exact values; the read records its filter; a value no entry holds is
    refused in one line, nothing read or recorded."""
    from guwah.cli import app
    from guwah.storage import Store
    from guwah.storage.tables import AuditEntry
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    store = Store(settings)
    fill(store, 5)  # user0 reads documents 1, 3, 5; user1 documents 2, 4
    for name, value in (("GUWAH_DATA_DIR", settings.data_dir), ("GUWAH_KEY_FILE", settings.key_file),
                        ("GUWAH_ACTOR", "auditor-amina")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()

    def listed(*options: str) -> list[str | None]:
        result = runner.invoke(app, ["audit", "list", "--json", *options])
        assert result.exit_code == 0, result.output
        return [e["record_id"] for e in json.loads(result.stdout)]

    assert listed() == ["5", "4", "3", "2", "1"]  # control: unfiltered
    assert listed("--by", "user0") == ["5", "3", "1"]
    assert listed("--by", "user1", "--record-type", "document", "--record-id", "4") == ["4"]
    assert listed("--action", "read", "--limit", "2") == [None, None]  # the newest reads: of the log itself
    with store.session() as session:
        recorded = [e.detail for e in session.scalars(select(AuditEntry).where(AuditEntry.record_type == "audit_log")
                                                      .order_by(AuditEntry.id))]
    assert recorded[1:3] == [{"command": "list", "limit": 50, "filter": {"by": "user0"}},
                             {"command": "list", "limit": 50, "filter": {"by": "user1", "record_type": "document",
                                                                          "record_id": "4"}}]
    def entries() -> list[tuple]:
        with store.session() as session:
            return [(e.actor, e.action, e.record_type, e.detail) for e in session.scalars(select(AuditEntry))]

    before = entries()
    refused = runner.invoke(app, ["audit", "list", "--by", "Tursun Ehmet"])
    assert refused.exit_code != 0 and "No audit entry has that value" in refused.output
    assert entries() == before and "Tursun" not in repr(before)  # nothing read, nothing recorded
    store.close()


def test_audit_list_pages_by_entry_id_as_the_workspace_page_does(tmp_path, monkeypatch):
    """`guwah audit list --before ID / --after ID` page by entry id (keyset, `read_entry_page`, the function
    /workspace/audit uses): entries appended meanwhile shift no page; the text output says the command for
    the next page; the read records where it starts. `--page` (offset paging) is refused in one line that
    says what replaced it, nothing read or recorded (h-product48b)."""
    from guwah.cli import app
    from guwah.storage import Store
    from guwah.storage.tables import AuditEntry
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    store = Store(settings)
    fill(store, 7)  # entries 1..7, user0 reads documents 1, 3, 5, 7
    for name, value in (("GUWAH_DATA_DIR", settings.data_dir), ("GUWAH_KEY_FILE", settings.key_file),
                        ("GUWAH_ACTOR", "auditor-amina")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()

    def listed(*options: str) -> list[int]:
        result = runner.invoke(app, ["audit", "list", "--json", "--by", "user0", *options])
        assert result.exit_code == 0, result.output
        return [e["id"] for e in json.loads(result.stdout)]

    assert listed("--limit", "2") == [7, 5]  # control: the newest
    fill(store, 2)  # appended meanwhile: the older page is the same
    assert listed("--limit", "2", "--before", "5") == [3, 1]
    assert listed("--limit", "2", "--after", "1") == [5, 3]
    assert listed("--limit", "9", "--after", "7") == [9]  # fill's second round: user0 read document 1 again
    shown = runner.invoke(app, ["audit", "list", "--by", "user0", "--limit", "2", "--before", "7"])
    assert shown.exit_code == 0 and "guwah audit list --before 3" in shown.stderr
    assert "guwah audit list --after 5" in shown.stderr
    with store.session() as session:
        recorded = [e.detail for e in session.scalars(select(AuditEntry).where(AuditEntry.record_type == "audit_log")
                                                      .order_by(AuditEntry.id))]
    assert recorded[1:3] == [{"command": "list", "limit": 2, "before": 5, "filter": {"by": "user0"}},
                             {"command": "list", "limit": 2, "after": 1, "filter": {"by": "user0"}}]

    def entries() -> int:
        with store.session() as session:
            return len(list(session.scalars(select(AuditEntry))))

    before = entries()
    for options in (["--page", "2"], ["--before", "5", "--after", "1"]):
        refused = runner.invoke(app, ["audit", "list", *options])
        assert refused.exit_code != 0 and len(refused.output.strip().splitlines()) == 1, refused.output
        assert "--before" in refused.output and "--after" in refused.output
    assert "replaced" in runner.invoke(app, ["audit", "list", "--page", "2"]).output
    assert entries() == before  # nothing read, nothing recorded
    store.close()
