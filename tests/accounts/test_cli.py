"""`guwah users …` through typer's CliRunner, on the test's archive."""

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from guwah.accounts import create_user, find_user, user_for_token
from guwah.accounts.cli import users_app
from guwah.storage.tables import ApiToken, AuditEntry, UserAccount
from tests.accounts.factories import PASSWORD

runner = CliRunner()


@pytest.fixture
def run(store, settings, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-admin")
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", PASSWORD)
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    # Once an archive has accounts, the CLI's actor must be one of them (check_cli_actor).
    with store.session() as session:
        create_user(store, session, "cli-admin", PASSWORD, "admin", actor="cli-admin")

    def invoke(*args, **kwargs):
        return runner.invoke(users_app, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return invoke


def test_users_cli_add_list_role_disable(run, store):
    assert run("add", "amina", "--role", "editor").exit_code == 0
    listed = run("list")
    assert listed.exit_code == 0 and "amina" in listed.stdout and "editor" in listed.stdout
    assert run("role", "amina", "admin").exit_code == 0
    assert run("disable", "amina").exit_code == 0
    assert "disabled" in run("list").stdout
    with store.session() as session:
        user = find_user(session, "amina")
        assert user.role == "admin" and user.disabled
        actors = {e.actor for e in session.scalars(select(AuditEntry))}
    assert actors == {"cli-admin"}


def test_users_cli_unlock(run, store):
    from guwah.accounts import MAX_FAILED_LOGINS, authenticate
    from guwah.accounts.users import is_locked

    run("add", "amina")
    for _ in range(MAX_FAILED_LOGINS):
        with store.session() as session:
            authenticate(store, session, "amina", "wrong password!!")
    assert run("unlock", "amina").exit_code == 0
    with store.session() as session:
        user = find_user(session, "amina")
        assert not is_locked(user) and (user.failed_logins, user.second_factor_failures) == (0, 0)
    assert run("unlock", "nobody").exit_code == 1


def test_users_cli_password_prompt_asks_twice(run, store, monkeypatch):
    monkeypatch.delenv("GUWAH_NEW_PASSWORD")
    result = run("add", "bilal", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    with store.session() as session:
        assert find_user(session, "bilal").role == "viewer"


@pytest.mark.parametrize("args, env_password, message", [
    (("add", "amina", "--role", "owner"), PASSWORD, "role"),
    (("add", "amina"), "short", "at least 12"),
    (("disable", "nobody"), PASSWORD, "no user"),
    (("token-create", "nobody", "--label", "x"), PASSWORD, "no user"),
    (("token-revoke", "42"), PASSWORD, "no API token"),
])
def test_users_cli_errors_are_one_line_exit_1(run, monkeypatch, args, env_password, message):
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", env_password)
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_users_cli_token_printed_once_then_revoked(run, store):
    run("add", "amina")
    created = run("token-create", "amina", "--label", "nightly")
    assert created.exit_code == 0
    token = created.stdout.strip()
    assert token.startswith("gwh_")
    with store.session() as session:
        assert user_for_token(session, token).username == "amina"
        token_id = session.scalar(select(ApiToken.id))
    assert token not in run("list").stdout
    assert run("token-revoke", token_id).exit_code == 0
    with store.session() as session:
        assert user_for_token(session, token) is None


def test_revoking_a_token_already_revoked_says_so(run, store):
    # Before: a second `users token-revoke` said "Revoked API token N." with exit 0, as if it had
    # just been stopped. Now one line saying it already was, exit 1, and no second audit entry.
    run("add", "amina")
    assert run("token-create", "amina", "--label", "nightly").exit_code == 0
    with store.session() as session:
        token_id = session.scalar(select(ApiToken.id))
    first = run("token-revoke", token_id)
    assert first.exit_code == 0 and "Revoked API token" in first.stderr  # control
    with store.session() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))
    again = run("token-revoke", token_id)
    assert again.exit_code == 1 and len(again.stderr.strip().splitlines()) == 1
    assert f"API token {token_id} was already revoked" in again.stderr and "Revoked API" not in again.stderr
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audited


def test_users_cli_reset_second_factor_for_a_lost_authenticator(run, store, monkeypatch):
    from guwah.accounts import authenticate, session_user
    from tests.accounts.factories import browser_token, make_user

    account = make_user(store, "amina", "editor", totp=True)
    token = browser_token(store, account)
    new_password = "a fresh long passphrase 7"
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", "short")
    refused = run("reset-second-factor", "amina")
    assert refused.exit_code == 1
    with store.session() as session:
        assert find_user(session, "amina").totp_enabled  # nothing changed
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", new_password)
    result = run("reset-second-factor", "amina")
    assert result.exit_code == 0, result.output
    assert new_password not in result.output
    with store.session() as session:
        user = find_user(session, "amina")
        assert (user.totp_enabled, user.totp_secret) == (False, None)
        assert session_user(session, token) is None  # signed out everywhere
        assert authenticate(store, session, "amina", PASSWORD) is None  # the old password is gone
    with store.session() as session:
        assert authenticate(store, session, "amina", new_password) is not None
        reset = session.scalars(select(AuditEntry).where(AuditEntry.action == "change")).all()[-1]
        assert reset.detail == {"change": "second_factor_reset"} and reset.actor == "cli-admin"
    assert run("reset-second-factor", "nobody").exit_code == 1


def test_users_cli_enable_is_the_inverse_of_disable(run, store):
    from guwah.accounts import authenticate

    run("add", "amina")
    assert run("disable", "amina").exit_code == 0
    with store.session() as session:
        assert authenticate(store, session, "amina", PASSWORD) is None
    result = run("enable", "amina")
    assert result.exit_code == 0, result.output
    assert "active" in run("list").stdout.split("amina")[1].splitlines()[0]
    with store.session() as session:
        assert authenticate(store, session, "amina", PASSWORD) is not None
        enabled = session.scalars(select(AuditEntry).where(AuditEntry.action == "change")).all()
        assert [(e.actor, e.detail["change"]) for e in enabled][-1] == ("cli-admin", "enabled")
    assert run("enable", "nobody").exit_code == 1


def test_users_cli_password_for_another_account_asks_the_new_one_twice(run, store, monkeypatch):
    from guwah.accounts import authenticate, session_user
    from tests.accounts.factories import browser_token, make_user

    token = browser_token(store, make_user(store, "amina", "viewer"))
    monkeypatch.delenv("GUWAH_NEW_PASSWORD")
    new = "another long passphrase 9"
    mismatched = run("password", "amina", input=f"{new}\n{new}x\n")
    assert mismatched.exit_code != 0
    with store.session() as session:
        assert authenticate(store, session, "amina", PASSWORD) is not None  # unchanged
    result = run("password", "amina", input=f"{new}\n{new}\n")
    assert result.exit_code == 0, result.output
    assert new not in result.output and "Current password" not in result.output
    with store.session() as session:
        assert authenticate(store, session, "amina", PASSWORD) is None
        assert session_user(session, token) is None  # their sessions ended
    with store.session() as session:
        assert authenticate(store, session, "amina", new) is not None
        change = session.scalars(select(AuditEntry).where(AuditEntry.action == "change")).all()[-1]
        assert change.actor == "cli-admin" and change.detail == {"change": "password", "own": False}
        assert new not in str(change.detail)
    assert run("password", "nobody").exit_code == 1


def test_users_cli_own_password_needs_the_current_one(run, store, monkeypatch):
    from guwah.accounts import authenticate

    new = "my own new passphrase 4"
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", new)
    wrong = run("password", "cli-admin", input="not my password at all\n")
    assert wrong.exit_code == 1 and "current password is wrong" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1
    with store.session() as session:
        user = find_user(session, "cli-admin")
        assert user.failed_logins == 1  # counted like a wrong login
        assert authenticate(store, session, "cli-admin", PASSWORD) is not None  # unchanged
    right = run("password", "cli-admin", input=f"{PASSWORD}\n")
    assert right.exit_code == 0, right.output
    with store.session() as session:
        assert authenticate(store, session, "cli-admin", new) is not None
        change = session.scalars(select(AuditEntry).where(AuditEntry.action == "change")).all()[-1]
        assert change.detail == {"change": "password", "own": True}


@pytest.mark.parametrize("state", ["disabled", "locked", "unknown"])
def test_cli_actor_that_may_not_act_is_refused_and_nothing_done(run, store, monkeypatch, state):
    from guwah.accounts import MAX_FAILED_LOGINS, authenticate
    from tests.accounts.factories import make_user

    make_user(store, "amina", "admin")
    assert run("add", "control1").exit_code == 0  # positive control: an active actor acts
    if state == "disabled":
        assert run("disable", "amina").exit_code == 0
    elif state == "locked":
        for _ in range(MAX_FAILED_LOGINS):
            with store.session() as session:
                authenticate(store, session, "amina", "wrong password!!")
    monkeypatch.setenv("GUWAH_ACTOR", "amina" if state != "unknown" else "someone-else")
    with store.session() as session:
        entries = session.scalar(select(func.count(AuditEntry.id)))
    for args in (("add", "bilal"), ("role", "control1", "admin"), ("enable", "amina"), ("list",)):
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert "GUWAH_ACTOR" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with store.session() as session:
        assert session.scalar(func.count(AuditEntry.id)) == entries  # nothing done, not even a read
        assert session.scalar(select(UserAccount).where(UserAccount.username == "bilal")) is None
        assert find_user(session, "control1").role == "viewer"


def test_cli_actor_of_an_archive_without_accounts_is_any_name(settings, monkeypatch):
    from guwah.storage import Store

    Store(settings).close()
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "a-lone-operator")
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", PASSWORD)
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    result = runner.invoke(users_app, ["add", "first-admin", "--role", "admin"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    refused = runner.invoke(users_app, ["list"], catch_exceptions=False)  # now it has an account
    assert refused.exit_code == 1 and "names no account" in refused.stderr


def test_the_last_active_admin_cannot_be_disabled_or_demoted(run, store, monkeypatch):
    """Once accounts exist only an active account may act on the CLI and only an admin may enable:
    disabling or demoting the last active admin would lock everyone out, so it is refused."""
    for args in (("disable", "cli-admin"), ("role", "cli-admin", "editor")):
        result = run(*args)
        assert result.exit_code == 1 and "last active admin" in result.output
    with store.session() as session:
        user = find_user(session, "cli-admin")
        assert user.role == "admin" and not user.disabled
    # Control: with a second active admin the first may be disabled, and the second demoted no more.
    assert run("add", "bilal", "--role", "admin").exit_code == 0
    assert run("disable", "cli-admin").exit_code == 0
    monkeypatch.setenv("GUWAH_ACTOR", "bilal")
    assert "last active admin" in run("role", "bilal", "viewer").output


def test_the_first_account_says_guwah_actor_must_name_an_account_from_now_on(store, settings, monkeypatch):
    """A newcomer added a first account as their login name and the next command was refused
    ("GUWAH_ACTOR 'root' names no account"): creating the first account now says so at once, with
    the line to run; a second account does not repeat it (control)."""
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "root")
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", PASSWORD)
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    first = runner.invoke(users_app, ["add", "vera", "--role", "admin"], catch_exceptions=False)
    assert first.exit_code == 0
    assert "export GUWAH_ACTOR=vera" in first.output and "'root' is none" in first.output
    monkeypatch.setenv("GUWAH_ACTOR", "vera")
    second = runner.invoke(users_app, ["add", "wanda"], catch_exceptions=False)
    assert second.exit_code == 0 and "Created viewer wanda" in second.output and "GUWAH_ACTOR" not in second.output


def test_the_first_account_must_be_an_admin(store, settings, monkeypatch):
    """With the CLI checking roles, a first account made a viewer (the default role) left no one
    able to add, enable or promote anyone: it is refused in one line and nothing is stored; the
    same name as an admin is created (control)."""
    from guwah.accounts import list_users

    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "root")
    monkeypatch.setenv("GUWAH_NEW_PASSWORD", PASSWORD)
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    refused = runner.invoke(users_app, ["add", "vera"])
    assert refused.exit_code == 1 and "first account must be an admin" in refused.output, refused.output
    with store.session() as session:
        assert list_users(session) == []
    created = runner.invoke(users_app, ["add", "vera", "--role", "admin"])
    assert created.exit_code == 0, created.output


@pytest.mark.parametrize("actor, role, message", [
    ("an-editor", "viewer", "admin"),   # an editor may not manage accounts
    ("cli-admin", "owner", "role"),     # no such role
])
def test_users_add_refuses_before_asking_for_a_password(run, store, monkeypatch, actor, role, message):
    # Refused after the password was typed twice, it would have been typed for nothing: with no
    # input given, a prompt would end in 'no password given' instead of the refusal.
    with store.session() as session:
        create_user(store, session, "an-editor", PASSWORD, "editor", actor="cli-admin")
    monkeypatch.setenv("GUWAH_ACTOR", actor)
    monkeypatch.delenv("GUWAH_NEW_PASSWORD")
    result = run("add", "bilal", "--role", role, input="")
    assert result.exit_code == 1
    assert "Password" not in result.output and "no password given" not in result.output
    assert message in result.output
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(UserAccount).where(UserAccount.username == "bilal")) == 0
