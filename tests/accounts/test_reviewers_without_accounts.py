"""Two reviewers are two people: in an archive with no account, the CLI drafts and approves releases,
naming bases and consent under the system login running it (`guwah.accounts.check_cli_actor`), so one
person who sets GUWAH_ACTOR twice cannot approve their own draft as a "second reviewer" (before
h-review73 they could). Invented names."""

import pytest
from typer.testing import CliRunner

import guwah.config
from guwah.cli import app
from tests.releasing import ingest_text, mark_read
from tests.shared import point_cli_at

TEXT = "We waited at the gate of the county office for news that did not come that winter."


@pytest.fixture
def one_login(monkeypatch):
    """The whole test runs as one system account, "kelbek" (as a real machine reports it, whatever
    GUWAH_ACTOR says); `.become(name)` logs in as another."""

    class Login:
        def become(self, name: str) -> None:
            monkeypatch.setattr(guwah.config, "os_login", lambda: name)

    login = Login()
    login.become("kelbek")
    return login


def _said(result) -> str:
    return " ".join(result.output.split())


def test_one_login_setting_guwah_actor_twice_cannot_approve_its_own_draft(store, tmp_path, monkeypatch, one_login):
    document = ingest_text(store, tmp_path, "gate.txt", TEXT, "consent: public\n")
    mark_read(store, document)
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    monkeypatch.setenv("GUWAH_ACTOR", "drafter-nurbol")
    refused = runner.invoke(app, ["release", "propose", str(document)])
    assert refused.exit_code != 0
    said = _said(refused)
    assert "this archive has no accounts" in said and "your own login name (kelbek)" in said, said
    monkeypatch.setenv("GUWAH_ACTOR", "kelbek")
    drafted = runner.invoke(app, ["release", "propose", str(document)])
    assert drafted.exit_code == 0, drafted.output
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-saule")  # the same person, another name
    again = runner.invoke(app, ["release", "approve", "1"])
    assert again.exit_code != 0 and "this archive has no accounts" in _said(again)
    monkeypatch.setenv("GUWAH_ACTOR", "kelbek")  # under the login: their own draft
    own = runner.invoke(app, ["release", "approve", "1"])
    assert own.exit_code != 0 and "another editor or admin must approve it" in _said(own), own.output
    # The positive control: a second login is a second reviewer.
    one_login.become("saule")
    monkeypatch.setenv("GUWAH_ACTOR", "saule")
    approved = runner.invoke(app, ["release", "approve", "1"])
    assert approved.exit_code == 0, approved.output


def test_reading_and_records_still_take_any_name_without_accounts(store, monkeypatch, one_login):
    """The rule is for the steps a second reviewer checks: a read or an edit of records keeps GUWAH_ACTOR
    as the custody log's label, as before."""
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "volunteer-aigerim")
    listed = CliRunner().invoke(app, ["persons", "pairs"])
    assert listed.exit_code == 0, listed.output


def test_the_real_login_is_the_process_user_id_not_the_user_variable(monkeypatch):
    import os
    import pwd

    monkeypatch.undo()  # the suite's double off: the function itself
    monkeypatch.setenv("USER", "someone-else-entirely")
    assert guwah.config.os_login() == pwd.getpwuid(os.getuid()).pw_name
