"""`guwah reports take` and the queue's "may match": the library's take through the terminal."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from guwah.accounts import create_user
from guwah.cli import app
from guwah.storage import Store
from tests.accounts.factories import PASSWORD, fast_hashing
from tests.conftest import make_settings
from tests.reports.helpers import CONTACT, submit


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """An archive with three reports (two of one person, in two scripts; one of another), an editor
    and a viewer, and a function running `guwah` on it."""
    settings = make_settings(tmp_path / "data")
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-editor")
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    store = Store(settings)
    with fast_hashing():
        receipts = [submit(store, names=["Nurzada Tashpolat"], birth_year="1990", what_happened="Taken at night."),
                    submit(store, names=["Нурзада Ташполат"], birth_year="1991", contact=""),
                    submit(store, names=["Kamalidin Osmanjan"], birth_year="1990", contact="")]
        with store.session() as session:
            create_user(store, session, "cli-editor", PASSWORD, "editor", actor="admin")
            create_user(store, session, "cli-viewer", PASSWORD, "viewer", actor="admin")
    store.close()
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke, receipts


def test_reports_take_cli_then_queue_says_may_match_only_for_the_same_person(archive):
    invoke, (first, second, third) = archive
    before = invoke("reports", "list")
    assert "may match" not in before.output  # the registry holds no one yet
    taken = invoke("reports", "take", first.reference, "--consent", "confidential")
    assert taken.exit_code == 0, taken.output
    assert "taken as document" in taken.stderr and "status under_review" in taken.stderr
    document = int(taken.stderr.split("taken as document ")[1].split()[0])
    shown = invoke("show", str(document))
    assert "Nurzada Tashpolat" in shown.output and "Taken at night." in shown.output
    assert CONTACT not in shown.output and "confidential" in shown.output
    listed = invoke("reports", "list")
    lines = listed.stdout.splitlines()
    block = {ref: "\n".join(lines[i:i + 3]) for i, line in enumerate(lines) for ref in
             (first.reference, second.reference, third.reference) if line.startswith(ref)}
    assert "may match entry" in block[second.reference]  # positive control: the Cyrillic spelling, born a year apart
    assert "may match" not in block[third.reference].split(third.reference)[1]  # another person: nothing
    assert f"taken as document {document}" in block[first.reference]
    rows = {row["reference"]: row for row in json.loads(invoke("reports", "list", "--json").stdout)}
    assert rows[second.reference]["may_match"] and rows[third.reference]["may_match"] == []
    assert rows[first.reference]["may_match"] == [] and rows[first.reference]["document_id"] == document
    assert CONTACT not in listed.output


def test_reports_take_cli_refuses_a_second_take_in_one_line(archive):
    invoke, (first, _, _) = archive
    assert invoke("reports", "take", first.reference, "--consent", "confidential").exit_code == 0
    again = invoke("reports", "take", first.reference, "--consent", "confidential")
    assert again.exit_code == 1
    assert len(again.stderr.strip().splitlines()) == 1 and "taken already: it became document" in again.stderr


def test_reports_take_cli_raise_needs_a_reason_and_waits_for_a_second_reviewer(archive):
    invoke, (first, _, _) = archive
    refused = invoke("reports", "take", first.reference, "--consent", "public")
    assert refused.exit_code == 1 and "needs a reason" in refused.stderr
    assert "under_review" not in invoke("reports", "list", "--status", "under_review").stdout
    taken = invoke("reports", "take", first.reference, "--consent", "public", "--reason", "the brother agreed by phone")
    assert taken.exit_code == 0, taken.output
    assert "waits for a second reviewer" in taken.stderr
    pending = invoke("consent", "pending")
    assert "public" in pending.output


def test_reports_take_cli_is_refused_to_a_viewer(archive, monkeypatch):
    invoke, (first, _, _) = archive
    monkeypatch.setenv("GUWAH_ACTOR", "cli-viewer")
    refused = invoke("reports", "take", first.reference, "--consent", "confidential")
    assert refused.exit_code == 1 and "this needs the role editor" in refused.stderr
    monkeypatch.setenv("GUWAH_ACTOR", "cli-editor")  # positive control: an editor takes it
    assert invoke("reports", "take", first.reference, "--consent", "confidential").exit_code == 0


def test_reports_take_cli_person_is_proposed_for_review_and_no_export_holds_the_contact(archive, tmp_path):
    invoke, (first, _, _) = archive
    taken = invoke("reports", "take", first.reference, "--consent", "confidential")
    document = int(taken.stderr.split("taken as document ")[1].split()[0])
    waiting = json.loads(invoke("review", "list", "--document", str(document), "--json").stdout)
    names = [fact for fact in waiting if fact.get("kind") == "name"]
    assert [fact["fields"]["name"] for fact in names] == ["Nurzada Tashpolat"]  # proposed, from the report's fields
    assert invoke("review", "accept", names[0]["ref"]).exit_code == 0
    [entry] = [row["number"] for row in json.loads(invoke("persons", "list", "--json").stdout)]  # the one person
    evidence = invoke("export", "evidence", str(entry))
    assert evidence.exit_code == 0, evidence.output
    assert "Nurzada Tashpolat" in evidence.stdout  # the control: the document's words reach the export
    assert CONTACT not in evidence.stdout
    public = invoke("export", "public")
    assert public.exit_code == 0 and CONTACT not in public.stdout and "Nurzada" not in public.stdout
