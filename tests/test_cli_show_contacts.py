"""`guwah show` gives a witness's and a submitter's contacts only to the roles the role matrix lets
read contacts (its row "read_contacts", the one the web checks); anyone else gets the rest of the
document and a line saying they are withheld. Every decision is audited. Invented names and contacts."""

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from tests.accounts.factories import PASSWORD

SUBMITTER_CONTACT = "Signal +7 701 555 0193 (Yerzhan)"
WITNESS_CONTACT = "witness-box-5518@example.org"


@pytest.fixture
def run(store, settings, monkeypatch, tmp_path):
    from guwah.accounts import create_user

    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    with store.session() as session:
        for name, role in (("vikram-viewer", "viewer"), ("elif-editor", "editor"), ("ada-admin", "admin")):
            create_user(store, session, name, PASSWORD, role, actor="tester")
    runner = CliRunner()

    def invoke(actor: str, *args):
        monkeypatch.setenv("GUWAH_ACTOR", actor)
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    (tmp_path / "account.txt").write_text("An invented account of a detention in Korla in 2018.")
    result = invoke("elif-editor", "ingest", tmp_path / "account.txt", "--witness", "Zarema Tulegenova",
                    "--witness-contact", WITNESS_CONTACT, "--submitter", "Yerzhan Kuanyshev",
                    "--submitter-contact", SUBMITTER_CONTACT, "--consent", "confidential", "--json")
    assert result.exit_code == 0, result.output
    return invoke


def _contact_reads(store) -> list[tuple[str, bool]]:
    from guwah.storage.tables import AuditEntry

    with store.session() as session:
        return [(row.actor, row.detail["shown"]) for row in session.scalars(
            select(AuditEntry).where(AuditEntry.record_type == "testimony_contact").order_by(AuditEntry.id))]


@pytest.mark.parametrize("as_json", [False, True])
def test_show_withholds_contacts_from_a_viewer_and_gives_them_to_an_editor(run, store, as_json):
    options = ["--no-text", *(["--json"] if as_json else [])]
    viewer = run("vikram-viewer", "show", "1", *options)
    editor = run("elif-editor", "show", "1", *options)
    admin = run("ada-admin", "show", "1", *options)
    assert viewer.exit_code == editor.exit_code == admin.exit_code == 0
    for contact in (WITNESS_CONTACT, SUBMITTER_CONTACT):
        assert contact not in viewer.output
        assert contact in editor.output and contact in admin.output  # positive control: the same command
    # the rest of the testimony is still shown to the viewer (the submitter's name is not a contact)
    assert "Yerzhan Kuanyshev" in viewer.output
    if as_json:
        shown = json.loads(viewer.stdout)["testimony"]
        assert shown["contacts_withheld"] is True
        assert shown["witness_contact"] is None and shown["submitter_contact"] is None
        assert json.loads(editor.stdout)["testimony"]["contacts_withheld"] is False
    else:
        assert "contacts: withheld (your role may not read contacts: editor or admin may)" in viewer.output
        assert "withheld" not in editor.output
    assert _contact_reads(store) == [("vikram-viewer", False), ("elif-editor", True), ("ada-admin", True)]


def test_a_document_without_contacts_says_nothing_of_them(run, store, tmp_path):
    (tmp_path / "plain.txt").write_text("Another invented account, of a school in Aksu.")
    assert run("elif-editor", "ingest", tmp_path / "plain.txt").exit_code == 0
    viewer = run("vikram-viewer", "show", "2", "--no-text")
    assert viewer.exit_code == 0 and "withheld" not in viewer.output
    assert _contact_reads(store) == []


def test_the_cli_and_the_web_read_one_row_of_the_role_matrix(store, monkeypatch):
    """One rule for both doors and both kinds of contact: moving "read_contacts" to admin moves
    `guwah show`'s answer and `guwah.reports.read_contact`'s with it (`guwah.accounts.may_read_contacts`)."""
    from guwah.accounts import create_user, may_read_contacts, permissions
    from guwah.errors import AccessDenied
    from guwah.reports import read_contact
    from tests.reports.helpers import CONTACT, submit

    receipt = submit(store)
    with store.session() as session:
        create_user(store, session, "elif-editor", PASSWORD, "editor", actor="tester")
        assert may_read_contacts(session, "elif-editor")
        assert read_contact(store, session, receipt.reference, "elif-editor") == CONTACT  # positive control
        monkeypatch.setitem(permissions.PERMISSIONS, "read_contacts", "admin")
        assert not may_read_contacts(session, "elif-editor") and not may_read_contacts(session, "nobody-known")
        with pytest.raises(AccessDenied):
            read_contact(store, session, receipt.reference, "elif-editor")


def test_an_archive_with_no_account_gives_its_one_operator_both_kinds_of_contact(store):
    """h-undo67: `guwah reports show --contact` refused the operator of an archive with no account
    whom `guwah show` gave contacts to; one rule now says yes to both, and audits each read."""
    from guwah.accounts import may_read_contacts
    from guwah.reports import read_contact
    from guwah.storage.tables import AuditEntry
    from tests.reports.helpers import CONTACT, submit

    receipt = submit(store)
    with store.session() as session:
        assert may_read_contacts(session, "the-operator")
        assert read_contact(store, session, receipt.reference, "the-operator") == CONTACT
    with store.session() as session:
        assert session.scalar(select(AuditEntry.actor).where(
            AuditEntry.record_type == "family_report_contact")) == "the-operator"
