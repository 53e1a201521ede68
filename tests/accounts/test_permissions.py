"""Who may do what on the CLI: the same table (`guwah.accounts.permissions.PERMISSIONS`) that the
web's routes check, applied to GUWAH_ACTOR's account before a command touches the archive."""

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from guwah.accounts.permissions import PERMISSIONS
from guwah.cli import app
from guwah.releases import draft_release
from guwah.storage import Store
from guwah.storage.tables import AuditEntry, Document, Release, UserAccount
from tests.accounts.factories import PASSWORD, add_document, make_user
from tests.conftest import make_settings
from tests.releasing import ingest_text, mark_read
from tests.shared import point_cli_at

runner = CliRunner()
TEXT = "Our neighbour Tursun Qadir was taken from his shop in the spring of 2018 and held for a year."


@pytest.fixture
def archive(store, tmp_path, monkeypatch):
    """Three members (admin, editor, viewer, and a second editor to approve what one drafted), a
    target account, a confidential document and a drafted release of a public one."""
    for username, role in (("ada", "admin"), ("eda", "editor"), ("edo", "editor"), ("vic", "viewer"),
                           ("target", "viewer")):
        make_user(store, username, role)
    secret = add_document(store, tmp_path, "s.txt", TEXT, "confidential", "Held")
    folder = tmp_path / "p"
    folder.mkdir()
    public = ingest_text(store, folder, "p.txt", "The bakery in Kashgar closed in 2019 when its owners left.",
                         "consent: public\ntitle: Bakery\n")
    mark_read(store, public)
    with store.session() as session:
        release = draft_release(session, public, "eda").id
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", PASSWORD)
    settings = store.settings
    point_cli_at(store, monkeypatch)
    return settings, {"secret": secret, "release": release}


def _state(settings):
    """Everything a refused command must leave as it was: accounts, releases, documents, audit."""
    again = Store(make_settings(settings.data_dir))
    try:
        with again.session() as session:
            return (session.scalar(select(func.count(AuditEntry.id))),
                    sorted(session.execute(select(UserAccount.username, UserAccount.disabled)).all()),
                    sorted(session.execute(select(Release.id, Release.state)).all()),
                    sorted(session.execute(select(Document.id, Document.sha256)).all()))
    finally:
        again.close()


def commands(ids):
    # (arguments, the actor who may run it) — each has a web counterpart of that role, or
    # (erase) the editor's consent withdrawal that erases.
    return [
        (["users", "add", "newcomer"], "ada"),
        (["users", "disable", "target"], "ada"),
        (["release", "approve", str(ids["release"])], "edo"),
        (["consent", "erase-document", str(ids["secret"]), "--reason", "she asked"], "eda"),
    ]


@pytest.mark.parametrize("which", range(4))
def test_a_viewer_is_refused_every_writing_command_in_one_line_and_nothing_changes(archive, monkeypatch, which):
    settings, ids = archive
    args, allowed = commands(ids)[which]
    before = _state(settings)
    monkeypatch.setenv("GUWAH_ACTOR", "vic")
    refused = runner.invoke(app, args)
    assert refused.exit_code == 1, refused.output
    message = refused.stderr.strip()
    assert "\n" not in message and "'vic'" in message and "viewer" in message, message
    assert _state(settings) == before  # nothing written, not even an audit entry
    monkeypatch.setenv("GUWAH_ACTOR", allowed)  # control: the role the web asks for may
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    assert _state(settings) != before


def test_an_editor_may_not_manage_accounts_but_an_admin_may(archive, monkeypatch):
    settings, _ = archive
    before = _state(settings)
    monkeypatch.setenv("GUWAH_ACTOR", "eda")
    refused = runner.invoke(app, ["users", "role", "target", "admin"])
    assert refused.exit_code == 1 and "editor" in refused.stderr and _state(settings) == before
    monkeypatch.setenv("GUWAH_ACTOR", "ada")
    assert runner.invoke(app, ["users", "role", "target", "editor"]).exit_code == 0


def test_review_accept_needs_an_editor(archive, monkeypatch):
    # A viewer is refused before the reference is even looked up; an editor gets past the role
    # check to the lookup (no such proposal: the usual one-line error, not a refusal of role).
    monkeypatch.setenv("GUWAH_ACTOR", "vic")
    refused = runner.invoke(app, ["review", "accept", "event:999"])
    assert refused.exit_code == 1 and "viewer" in refused.stderr
    monkeypatch.setenv("GUWAH_ACTOR", "eda")
    looked_up = runner.invoke(app, ["review", "accept", "event:999"])
    assert looked_up.exit_code == 1 and "viewer" not in looked_up.stderr and "role" not in looked_up.stderr


@pytest.mark.parametrize("args", [["release", "list"], ["documents"], ["review", "list"],
                                  ["audit", "verify"]])
def test_reading_commands_stay_open_to_a_viewer(archive, monkeypatch, args):
    monkeypatch.setenv("GUWAH_ACTOR", "vic")
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output


def test_an_own_password_is_any_members_but_anothers_is_an_admins(archive, monkeypatch):
    monkeypatch.setenv("GUWAH_ACTOR", "vic")
    assert runner.invoke(app, ["users", "password", "target"]).exit_code == 1
    own = runner.invoke(app, ["users", "password", "vic"], input=f"{PASSWORD}\n")
    assert own.exit_code == 0, own.output


def test_the_table_names_a_known_role_for_every_operation():
    from guwah.accounts import ROLES

    assert set(PERMISSIONS.values()) <= set(ROLES)
    assert PERMISSIONS["manage_accounts"] == "admin" and PERMISSIONS["read"] == "viewer"


def test_one_row_of_the_table_moves_the_web_and_the_cli_together(store, tmp_path, monkeypatch):
    # The web's routes and the CLI's commands read the same row: an archive that let editors
    # manage accounts (the row changed here) would let them on both; as shipped, neither (control).
    from guwah.accounts import permissions
    from guwah.web import create_app
    from tests.accounts.factories import client_as

    editor = make_user(store, "eda", "editor", totp=True)
    make_user(store, "target", "viewer")
    client, _ = client_as(create_app(store), store, editor)
    monkeypatch.setenv("GUWAH_ACTOR", "eda")
    monkeypatch.setenv("GUWAH_DATA_DIR", str(store.settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(store.settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    assert client.get("/admin/users").status_code == 403
    assert runner.invoke(app, ["users", "disable", "target"]).exit_code == 1
    monkeypatch.setitem(permissions.PERMISSIONS, "manage_accounts", "editor")
    assert client.get("/admin/users").status_code == 200
    assert runner.invoke(app, ["users", "disable", "target"]).exit_code == 0


def test_the_list_of_accounts_is_an_admins_as_on_the_web(archive, monkeypatch):
    # `guwah users list` was open to a viewer while the web's /admin/users is an admin's: both now
    # read the manage_accounts row (an admin lists them: control).
    monkeypatch.setenv("GUWAH_ACTOR", "vic")
    refused = runner.invoke(app, ["users", "list"])
    assert refused.exit_code == 1 and "viewer" in refused.stderr
    monkeypatch.setenv("GUWAH_ACTOR", "ada")
    assert runner.invoke(app, ["users", "list"]).exit_code == 0


@pytest.mark.parametrize("actor", ["vic", "eda"])
def test_the_full_backup_is_an_admins(archive, monkeypatch, tmp_path, actor):
    """h-adversary73: `guwah export json` was a reading command, so a viewer (or an editor) wrote a
    file holding what every other door refuses them: witnesses', submitters' and reporters' contacts,
    and every account's password hash and TOTP secret. It is an admin's, as the accounts are."""
    settings, _ = archive
    before = _state(settings)
    output = tmp_path / f"backup-{actor}.json"
    monkeypatch.setenv("GUWAH_ACTOR", actor)
    refused = runner.invoke(app, ["export", "json", "-o", str(output)])
    assert refused.exit_code == 1, refused.output
    message = refused.stderr.strip()
    assert "\n" not in message and f"'{actor}'" in message and "admin" in message, message
    assert not output.exists() and _state(settings) == before
    monkeypatch.setenv("GUWAH_ACTOR", "ada")  # control: the admin still makes the backup
    done = runner.invoke(app, ["export", "json", "-o", str(output)])
    assert done.exit_code == 0, done.output
    assert "totp_secret" in output.read_text(encoding="utf-8")
