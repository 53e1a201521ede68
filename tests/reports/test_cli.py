"""`guwah reports`: the queue from the terminal, never with a contact."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from typer.testing import CliRunner

from guwah.accounts import create_user
from guwah.cli import app
from guwah.storage import Store
from guwah.storage.tables import AuditEntry
from tests.accounts.factories import PASSWORD, fast_hashing
from tests.conftest import make_settings
from tests.reports.helpers import CONTACT, submit


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """An archive holding two reports, and a function running `guwah` on it."""
    settings = make_settings(tmp_path / "data")
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-moderator")
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    store = Store(settings)
    with fast_hashing():
        receipts = [submit(store), submit(store, names=["Гульнар Исмаил"], contact="", birth_year="")]
        with store.session() as session:
            create_user(store, session, "cli-moderator", PASSWORD, "editor", actor="admin")
            create_user(store, session, "cli-viewer", PASSWORD, "viewer", actor="admin")
    store.close()
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke, receipts


def test_reports_cli_list_shows_the_queue_without_contacts(archive):
    invoke, (first, second) = archive
    result = invoke("reports", "list")
    assert result.exit_code == 0, result.output
    assert first.reference in result.stdout and second.reference in result.stdout
    assert "Ablikim Turdi = ئابلىكىم تۇردى = Абликим Турди" in result.stdout
    assert "Гульнар Исмаил" in result.stdout and "birth year not given" in result.stdout
    assert "contact given" in result.stdout and "no contact" in result.stdout
    assert CONTACT not in result.output
    assert "2 reports" in result.stderr


def test_reports_cli_list_json(archive):
    invoke, (first, second) = archive
    result = invoke("reports", "list", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [row["reference"] for row in rows] == [first.reference, second.reference]
    assert rows[0]["names"][2] == "Абликим Турди" and rows[0]["status"] == "received"
    assert datetime.fromisoformat(rows[0]["received_at"]).utcoffset() == timedelta(0)
    assert all("contact" not in row for row in rows) and rows[0]["has_contact"] and not rows[1]["has_contact"]
    assert CONTACT not in result.output and first.secret not in result.output


def test_reports_cli_set_status_then_filter(archive):
    invoke, (first, second) = archive
    result = invoke("reports", "set-status", second.reference, "under_review")
    assert result.exit_code == 0 and f"{second.reference}: under_review" in result.stderr
    rows = json.loads(invoke("reports", "list", "--status", "under_review", "--json").stdout)
    assert [row["reference"] for row in rows] == [second.reference]


@pytest.mark.parametrize("args, message", [
    (("set-status", "R-0000-0000", "closed"), "no report has the reference"),
    (("set-status", "{first}", "found"), "not a report status"),
    (("list", "--status", "lost"), "not a report status"),
])
def test_reports_cli_errors_are_one_line(archive, args, message):
    invoke, (first, _) = archive
    result = invoke("reports", *(a.format(first=first.reference) for a in args))
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _audited(data_dir, record_type: str) -> list[tuple[str, str]]:
    from sqlalchemy import select

    store = Store(make_settings(data_dir))
    try:
        with store.session() as session:
            return [(row.actor, row.action) for row in session.scalars(
                select(AuditEntry).where(AuditEntry.record_type == record_type).order_by(AuditEntry.id))]
    finally:
        store.close()


def test_reports_cli_show_gives_the_contact_only_when_asked_and_audits_each_read(archive, tmp_path):
    invoke, (first, _) = archive
    plain = invoke("reports", "show", first.reference)
    assert plain.exit_code == 0, plain.output
    assert first.reference in plain.stdout and CONTACT not in plain.output
    for _ in range(2):
        shown = invoke("reports", "show", first.reference, "--contact")
        assert shown.exit_code == 0, shown.output
        assert f"contact: {CONTACT}" in shown.stdout
    as_json = json.loads(invoke("reports", "show", first.reference, "--contact", "--json").stdout)
    assert as_json["contact"] == CONTACT and as_json["reference"] == first.reference
    assert "contact" not in json.loads(invoke("reports", "show", first.reference, "--json").stdout)
    assert _audited(tmp_path / "data", "family_report_contact") == [("cli-moderator", "read")] * 3


@pytest.mark.parametrize("actor, message", [
    ("cli-viewer", "may not read reporters' contacts"),
    # An archive with accounts refuses an unknown actor before any command acts (check_cli_actor).
    ("nobody-at-all", "names no account"),
])
def test_reports_cli_contact_is_refused_in_one_line_without_the_role(archive, tmp_path, monkeypatch, actor,
                                                                    message):
    invoke, (first, _) = archive
    monkeypatch.setenv("GUWAH_ACTOR", actor)
    result = invoke("reports", "show", first.reference, "--contact")
    assert result.exit_code == 1 and CONTACT not in result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert first.reference not in result.stdout
    assert _audited(tmp_path / "data", "family_report_contact") == []


def test_reports_cli_show_prints_what_happened_line_by_line_and_list_only_says_it_was_given(archive, tmp_path):
    invoke, (first, second) = archive
    told = "Taken by two officers at night in autumn 2017.\nA neighbour saw her at the Yengibazar station later."
    with fast_hashing():
        store = Store(make_settings(tmp_path / "data"))
        told_receipt = submit(store, names=["Merwayim Tashbulaq"], what_happened=told)
        store.close()
    shown = invoke("reports", "show", told_receipt.reference)
    assert shown.exit_code == 0, shown.output
    assert "    what happened:\n      Taken by two officers at night in autumn 2017.\n      A neighbour saw" in shown.stdout
    assert as_json(invoke("reports", "show", told_receipt.reference, "--json"))["what_happened"] == told
    listed = invoke("reports", "list").stdout
    assert "account given (reports show)" in listed and "Yengibazar" not in listed
    # A report without an account says nothing of one (the positive control is above).
    plain = invoke("reports", "show", first.reference).stdout
    assert "what happened" not in plain and first.reference in plain


def as_json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)
