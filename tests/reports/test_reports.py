"""Family reports: checked before anything is stored, sealed at rest, queued, followed with a secret."""

from __future__ import annotations

import glob
import json
import shutil
import subprocess
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy import text as sql

from guwah.accounts import create_user, disable_user
from guwah.errors import AccessDenied, InputError, NotFound
from guwah.protection.audit import head_path, verify_chain
from guwah.reports import (
    MAX_NAME_CHARS,
    MAX_NAMES,
    QueuedReport,
    check_report,
    check_status,
    decoy_receipt,
    list_reports,
    read_contact,
    set_status,
)
from guwah.storage import Store
from guwah.storage.tables import AuditEntry, FamilyReport
from tests.accounts.factories import PASSWORD, fast_hashing
from tests.conftest import make_settings
from tests.reports.helpers import CONTACT, report_fields, stored, submit

NEXT_YEAR = str(datetime.now(UTC).year + 1)


@pytest.fixture(autouse=True)
def _fast_hashing():
    with fast_hashing():
        yield


REFUSED = {
    "no names": {"names": []},
    "blank names": {"names": ["", "   "]},
    "one name, blank": {"names": "  "},
    "overlong name": {"names": ["A" * (MAX_NAME_CHARS + 1)]},
    "too many names": {"names": [f"Name {i}" for i in range(MAX_NAMES + 1)]},
    "birth year too early": {"birth_year": "1899"},
    "birth year in the future": {"birth_year": NEXT_YEAR},
    "birth year not a year": {"birth_year": "about 1980"},
    "birth year five digits": {"birth_year": "01985"},
    "control character in a name": {"names": ["Ablikim\x07 Turdi"]},
    "line break in a field": {"hometown": "Ghulja\nKashgar"},
    "bidi override in a name": {"names": ["Ablikim \u202eidruT"]},
    "bidi isolate in the contact": {"contact": "\u2066amina@example.org\u2069"},
    "markup in a name": {"names": ["<script>alert(1)</script>"]},
    "markup in the relation": {"relation": "sister <b>"},
    "overlong hometown": {"hometown": "G" * 201},
    "overlong place last seen": {"last_seen_where": "W" * 301},
    "overlong contact": {"contact": "c" * 301},
    "lone surrogate": {"names": ["Ablikim \ud800"]},
    # A last-seen date that has not come yet was taken as a fact for the moderators.
    "last seen next year": {"last_seen_when": f"spring {NEXT_YEAR}"},
    "last seen on a day after today": {"last_seen_when": f"{NEXT_YEAR}-01-15"},
    "last seen next year, in Russian": {"last_seen_when": f"в мае {NEXT_YEAR} года"},
    "last seen next year, in Chinese": {"last_seen_when": f"{NEXT_YEAR}年5月"},
    # before: a day that never was (31 February) was queued as a fact for the moderators
    "last seen on 31 February": {"last_seen_when": "31 February 2020"},
    "last seen on an ISO 30 February": {"last_seen_when": "2021-02-30"},
    "last seen on 29 February of a common year": {"last_seen_when": "29.02.2023"},
    "last seen on 31 April, in Russian": {"last_seen_when": "31 апреля 2019 года"},
    "last seen on 31 February, in Chinese": {"last_seen_when": "2019年二月三十一日"},
    # before: a month 13 or a day or month 0 written in numbers was read as no date and queued
    "last seen in an ISO month 13": {"last_seen_when": "2019-13-02"},
    "last seen in month 13, day and month 13": {"last_seen_when": "13/13/2019"},
    "last seen in month 13, year first with slashes": {"last_seen_when": "seen 2019/13/02 at noon"},
    "last seen on an ISO day 0": {"last_seen_when": "2019-05-00"},
    "last seen in an ISO month 0": {"last_seen_when": "2019-00-10"},
    "last seen on a dotted day 0": {"last_seen_when": "00.05.2019"},
    "last seen on a day 0 with slashes": {"last_seen_when": "0/5/2019"},
    "last seen on 31 February, month first": {"last_seen_when": "02/31/2020"},
    "last seen in month 13, in Chinese": {"last_seen_when": "2019年13月2日"},
    # before: a name of invisible characters alone was queued as a report of no one
    "a name of a zero-width space alone": {"names": "\u200b"},
    "names without a letter": {"names": ["\u200b\u200c", "-", "?? ..."]},
}


@pytest.mark.parametrize("changes", REFUSED.values(), ids=REFUSED.keys())
def test_reports_refusals_store_nothing(any_store, changes):
    with pytest.raises(InputError) as refused:
        submit(any_store, **changes)
    message = refused.value.message
    assert "\n" not in message and message.endswith(".")
    # The message names the field, never its content.
    for value in changes.values():
        for text in ([value] if isinstance(value, str) else value):
            if len(text) > 3:
                assert text not in message
    assert stored(any_store) == (0, 0)


def test_reports_a_last_seen_date_up_to_today_or_with_no_date_is_taken():
    from guwah.reports import latest_today

    this_month = latest_today().isoformat()[:7]
    for when in ("spring 2018", "May 2017", "2018年5月", "в мае 2018 года", f"{this_month}", "last week",
                 "after the wedding, three years ago", None):
        assert check_report(["Ablikim"], last_seen_when=when).last_seen_when == when
    with pytest.raises(InputError, match="^When the person was last seen names a date after today.$"):
        check_report(["Ablikim"], last_seen_when=f"12 March {NEXT_YEAR}")


def test_reports_an_impossible_day_is_refused_and_a_late_day_that_exists_is_taken():
    for when in ("29 February 2024", "30 June 2019", "31.12.2018", "2018年3月31日", "31 people taken on 2 May 2018",
                 "30 марта 2017 года", "spring 2019, aged 31", "12/13/2019", "13.12.2019", "2018-19",
                 "between 2017-2019", "2019年12月31日", "version 1.13.2019"):
        assert check_report(["Ablikim"], last_seen_when=when).last_seen_when == when
    with pytest.raises(InputError, match=r"^When the person was last seen names a day that does not exist \(such as 31 February\)\.$"):
        check_report(["Ablikim"], last_seen_when="February 31, 2020")


def test_reports_unknown_field_is_refused():
    with pytest.raises(InputError, match="no field 'email'"):
        check_report(["Ablikim"], email="a@b.c")


def test_reports_accepts_any_script_and_normalises():
    report = check_report(["  Ablikim  ", "Ablikim", "ئابلىكىم", "", "Cafe\u0301", "می\u200cخواهم"],
                          "\u0661\u0669\u0667\u0669", hometown="  ", contact=None)
    assert report.names == ("Ablikim", "ئابلىكىم", "Café", "می\u200cخواهم")  # NFC, deduplicated, ZWNJ kept
    assert report.birth_year == 1979  # Arabic-Indic digits
    assert report.hometown is None and report.contact is None
    assert check_report(["X"], 1900).birth_year == 1900
    # a name without letters beside a real one is dropped like a blank; the real one stays
    assert check_report(["\u200b", "Ablikim"]).names == ("Ablikim",)
    assert check_report(["李"]).names == ("李",)
    assert check_report(["X"], str(datetime.now(UTC).year)).birth_year == datetime.now(UTC).year


def test_reports_round_trip_on_each_database(any_store):
    receipt = submit(any_store)
    with any_store.session() as session:
        [queued] = list_reports(any_store, session, "moderator")
    assert queued.reference == receipt.reference
    assert queued.names == ["Ablikim Turdi", "ئابلىكىم تۇردى", "Абликим Турди"]
    assert (queued.birth_year, queued.hometown, queued.relation, queued.status) == (1979, "Ghulja", "sister", "received")
    assert queued.has_contact
    assert "contact" not in {field.name for field in dataclass_fields(QueuedReport)}
    assert CONTACT not in repr(queued)
    with any_store.session() as session:
        answer = check_status(session, receipt.reference, receipt.secret)
    assert answer is not None and answer.status == "received"
    assert stored(any_store) == (1, 2)  # the report; its submission and the queue's read audited


def test_reports_secret_checks(store):
    first, second = submit(store), submit(store)
    with store.session() as session:
        assert check_status(session, first.reference, first.secret).reference == first.reference
        # What a person types: lower case, spaces instead of dashes, O for 0, no prefix.
        typed = first.secret.lower().replace("-", " ").replace("0", "o")
        assert check_status(session, first.reference.lower().removeprefix("r-"), typed) is not None
        assert check_status(session, first.reference, second.secret) is None
        assert check_status(session, first.reference, first.secret[:-1]) is None
        assert check_status(session, "R-0000-0000", first.secret) is None
        assert check_status(session, "not a reference", "") is None
        assert check_status(session, first.reference, "x" * 10_000) is None


def test_reports_secrets_are_random_and_only_hashed(store):
    receipts = [submit(store) for _ in range(20)]
    assert len({r.secret for r in receipts}) == len({r.reference for r in receipts}) == 20
    assert all(len(r.secret.replace("-", "")) == 20 for r in receipts)
    with store.session() as session:
        rows = session.scalars(select(FamilyReport)).all()
    for row, receipt in zip(rows, receipts, strict=True):
        assert row.secret_hash.startswith("$argon2id$")
        assert receipt.secret.replace("-", "") not in row.secret_hash
    # References are random too: consecutive reports share no order a guess could follow.
    assert [r.reference for r in receipts] != sorted(r.reference for r in receipts)


def test_reports_decoy_receipt_looks_real_and_stores_nothing(store):
    decoy = decoy_receipt()
    real = submit(store)
    assert len(decoy.reference) == len(real.reference) and len(decoy.secret) == len(real.secret)
    with store.session() as session:
        assert check_status(session, decoy.reference, decoy.secret) is None
    assert stored(store) == (1, 1)


def test_reports_status_changes_are_audited_without_content(store):
    receipt = submit(store)
    with store.session() as session:
        assert set_status(store, session, receipt.reference, "under_review", "moderator").status == "under_review"
    with store.session() as session:
        set_status(store, session, receipt.reference.lower(), "under_review", "moderator")  # no change: no entry
        set_status(store, session, receipt.reference, "closed", "moderator")
        answer = check_status(session, receipt.reference, receipt.secret)
    assert answer.status == "closed"
    with store.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        count, problems = verify_chain(session, store.ring, head_path(store.ring, store.settings.key_file))
    assert problems == [] and count == 3
    assert [(e.action, e.record_type, e.detail.get("change"), e.detail.get("new")) for e in entries] == [
        ("change", "family_report", "received", None), ("change", "family_report", "status", "under_review"),
        ("change", "family_report", "status", "closed")]
    assert entries[0].actor == "public-report-form" and entries[1].actor == "moderator"
    logged = json.dumps([[e.actor, e.action, e.record_type, e.record_id, e.detail] for e in entries], ensure_ascii=False)
    for secret in [CONTACT, receipt.reference, receipt.secret, *report_fields()["names"], "Ghulja", "sister"]:
        assert secret not in logged


def test_reports_status_errors(store):
    receipt = submit(store)
    with store.session() as session:
        with pytest.raises(InputError, match="not a report status"):
            set_status(store, session, receipt.reference, "found", "moderator")
        with pytest.raises(NotFound):
            set_status(store, session, "R-0000-0000", "closed", "moderator")
        with pytest.raises(InputError, match="not a report status"):
            list_reports(store, session, "moderator", "lost")


def test_reports_contact_is_read_only_through_an_audited_call(store):
    receipt = submit(store)
    with fast_hashing(), store.session() as session:
        create_user(store, session, "moderator", PASSWORD, "editor", actor="admin")
    with store.session() as session:
        assert read_contact(store, session, receipt.reference, "moderator") == CONTACT
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.record_type, entry.actor) == ("read", "family_report_contact", "moderator")


def test_reports_list_filters_by_status(store):
    first, second = submit(store), submit(store, names=["Gulnar"])
    with store.session() as session:
        set_status(store, session, second.reference, "closed", "moderator")
    with store.session() as session:
        assert [r.reference for r in list_reports(store, session, "m")] == [first.reference, second.reference]
        assert [r.reference for r in list_reports(store, session, "m", "closed")] == [second.reference]


def _raw_columns(store) -> list[bytes]:
    with store.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT names, hometown, last_seen_when, last_seen_where, relation, contact FROM family_report").one()
    return [bytes(value) for value in row]


def test_reports_contact_sealed_in_the_sqlite_file(store):
    submit(store)
    assert all(value.startswith(b"G1") for value in _raw_columns(store))  # every free-text column sealed
    raw = b"".join(p.read_bytes() for p in store.settings.data_dir.rglob("*") if p.is_file())
    assert any(p.name.endswith("-wal") or p.suffix == ".sqlite3" for p in store.settings.data_dir.iterdir())
    for needle in (CONTACT, "Ablikim", "ئابلىكىم", "police station"):
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in raw


def test_reports_contact_sealed_in_a_postgresql_dump(tmp_path, postgres_url):
    store = Store(make_settings(tmp_path / "data", postgres_url))
    submit(store)
    assert all(value.startswith(b"G1") for value in _raw_columns(store))
    store.close()
    pg_dump = (sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump")) or [shutil.which("pg_dump")])[-1]
    if not pg_dump:
        pytest.fail("pg_dump is not installed: run ./dev test, which installs PostgreSQL")
    dump = subprocess.run([pg_dump, "--data-only", postgres_url.replace("postgresql+psycopg://", "postgresql://")],
                          check=True, capture_output=True).stdout
    assert b"COPY public.family_report" in dump
    for needle in (CONTACT, "Ablikim", "ئابلىكىم", "police station"):
        assert needle.encode("utf-8") not in dump


# An archive with no account at all gives its one operator every role, contacts too, as `guwah show`
# does (`guwah.accounts.may_read_contacts`; tests/test_cli_show_contacts.py): one with accounts refuses
# a name that is none of them.
@pytest.mark.parametrize("account", [None, "viewer", "disabled editor"])
def test_reports_contact_is_refused_without_the_role(store, account):
    receipt = submit(store)
    with fast_hashing(), store.session() as session:
        create_user(store, session, "other-editor", PASSWORD, "editor", actor="admin")
        if account is not None:
            user = create_user(store, session, "reader", PASSWORD, account.split()[-1], actor="admin")
            if account.startswith("disabled"):
                disable_user(store, session, user, actor="admin")
    with store.session() as session:
        before = session.scalar(select(func.count(AuditEntry.id)))
        with pytest.raises(AccessDenied, match="may not read reporters' contacts"):
            read_contact(store, session, receipt.reference, "reader")
        assert session.scalar(select(func.count(AuditEntry.id))) == before


def test_reports_what_happened_takes_lines_and_tabs_and_refuses_other_controls_and_overlong():
    told = "Taken from the house by police, spring 2018.\r\n\tMy aunt was told he was 'studying'.\r\n"
    # A browser's CRLF is stored as LF; line breaks and tabs, refused in every one-line field, are taken.
    assert check_report(["Ablikim"], what_happened=told).what_happened == (
        "Taken from the house by police, spring 2018.\n\tMy aunt was told he was 'studying'.")
    with pytest.raises(InputError, match="^Where the person was last seen contains a control character"):
        check_report(["Ablikim"], last_seen_where="Ghulja\nprison")
    with pytest.raises(InputError, match="^What happened contains a control character"):
        check_report(["Ablikim"], what_happened="Taken\x1b[2J at night")
    with pytest.raises(InputError, match="^What happened contains an invisible text-direction character"):
        check_report(["Ablikim"], what_happened="Taken\u202e at night")
    assert len(check_report(["Ablikim"], what_happened="x" * 3000).what_happened) == 3000
    with pytest.raises(InputError, match="^What happened is longer than 3000 characters.$"):
        check_report(["Ablikim"], what_happened="x" * 3001)


def test_reports_what_happened_is_sealed_at_rest_and_read_back_in_the_queue(any_store):
    told = "Officers came for him at dawn; later a cousin saw him behind the wire at Qizilbulaqtam."
    with fast_hashing():
        submit(any_store, what_happened=told)
    with any_store.session() as session:
        raw = session.execute(sql("SELECT what_happened FROM family_report")).scalar_one()  # as stored
        [queued] = list_reports(any_store, session, "moderator")
    # The column holds sealed bytes: neither the words nor their UTF-8 are readable in the database.
    assert raw and b"Qizilbulaqtam" not in bytes(raw) and b"cousin" not in bytes(raw)
    assert queued.what_happened == told
