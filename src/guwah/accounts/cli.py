"""`guwah users …`: manage accounts and API tokens. Parse, call one function, print."""

from __future__ import annotations

import os

import typer
from rich.markup import escape
from rich.table import Table

from guwah.console import archive_session, err, fails_cleanly, open_archive, out
from guwah.domain import MAX_ID
from guwah.errors import AccessDenied, InputError

users_app = typer.Typer(help="Accounts for the workspace, and API tokens.", no_args_is_help=True,
                        add_completion=False)

PASSWORD_ENV = "GUWAH_NEW_PASSWORD"


def _new_password() -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    try:
        return typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    except typer.Abort:
        raise InputError("no password given") from None


@users_app.callback()
def users() -> None:
    """Accounts for the workspace, and API tokens."""


@users_app.command("add")
@fails_cleanly
def add(
    username: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option("viewer", help="viewer | editor | admin."),
) -> None:
    """Create an account; the password is asked for twice (or read from GUWAH_NEW_PASSWORD)."""
    from guwah.accounts import create_user, list_users, needs_second_factor
    from guwah.accounts.passwords import check_password
    from guwah.accounts.users import check_role

    # Who may add accounts and what the first one must be are checked before the password is asked
    # for: typed twice, then refused, it would be typed for nothing.
    store = open_archive("manage_accounts")
    try:
        with store.session() as session:
            first = not list_users(session)
        check_role(role)
        if first and role != "admin":
            # The CLI checks the actor's role from the first account on (`check_cli_actor`): a first
            # account that is not an admin could never add, enable or promote anyone.
            raise InputError("the archive's first account must be an admin (--role admin): once it exists only "
                             "an admin may manage accounts", value=username)
        password = _new_password()
        check_password(password)
        with store.session() as session:
            user = create_user(store, session, username, password, role, actor=store.settings.actor)
            second = needs_second_factor(user)
        actor = store.settings.actor
    finally:
        store.close()
    err.print(f"Created {role} {username}." + (" They set up TOTP at their first login." if second else ""),
              highlight=False, soft_wrap=True)
    if first and actor != username:
        # check_cli_actor refuses any other name from the next command on: say so now, not then.
        err.print(f"This is the archive's first account: from now on every command needs GUWAH_ACTOR set to an "
                  f"active account (export GUWAH_ACTOR={username}, or add your own with it); {actor!r} is none.",
                  highlight=False, soft_wrap=True, markup=False)


@users_app.command("list")
@fails_cleanly
def list_command() -> None:
    """Every account: role, TOTP, disabled or locked."""
    from guwah.accounts import list_users
    from guwah.accounts.users import is_locked

    with archive_session("manage_accounts") as (store, session):  # as the web's /admin/users
        rows = [(user.id, user.username, user.role, user.totp_enabled, user.disabled, is_locked(user))
                for user in list_users(session)]
    table = Table(title="Users")
    for column in ("id", "username", "role", "TOTP", "state"):
        table.add_column(column)
    for user_id, username, role, totp, disabled, locked in rows:
        state = "disabled" if disabled else "locked" if locked else "active"
        table.add_row(str(user_id), escape(username), role, "yes" if totp else "no", state)
    out.print(table)


@users_app.command("disable")
@fails_cleanly
def disable(username: str = typer.Argument(..., help="Login name.")) -> None:
    """Stop an account from logging in (its sessions end, its API tokens stop working)."""
    from guwah.accounts import disable_user, find_user

    with archive_session("manage_accounts") as (store, session):
        disable_user(store, session, find_user(session, username), actor=store.settings.actor)
    err.print(f"Disabled {username}.", highlight=False)


@users_app.command("enable")
@fails_cleanly
def enable(username: str = typer.Argument(..., help="Login name.")) -> None:
    """Let a disabled account log in again (the inverse of `disable`; audited)."""
    from guwah.accounts import enable_user, find_user

    with archive_session("manage_accounts") as (store, session):
        enable_user(store, session, find_user(session, username), actor=store.settings.actor)
    err.print(f"Enabled {username}.", highlight=False)


@users_app.command("password")
@fails_cleanly
def password(username: str = typer.Argument(..., help="Login name.")) -> None:
    """Change an account's password: the new one is asked for twice (or read from
    GUWAH_NEW_PASSWORD); your own current one is asked first when NAME is GUWAH_ACTOR's account
    (a wrong one counts as a wrong login). Their browser sessions end; audited, without either
    password."""
    from guwah.accounts import change_password, find_user
    from guwah.config import load_settings

    own = load_settings().actor == username  # one's own password is any member's; another's an admin's
    with archive_session("own_account" if own else "manage_accounts") as (store, session):
        user = find_user(session, username)
        current = None
        if store.settings.actor == user.username:
            try:
                current = typer.prompt("Current password", hide_input=True)
            except typer.Abort:
                raise InputError("no current password given") from None
        changed = change_password(store, session, user, _new_password(), actor=store.settings.actor,
                                  current_password=current)
    if not changed:  # the wrong attempt is counted (committed above); nothing else changed
        raise AccessDenied("the current password is wrong; nothing was changed")
    err.print(f"Changed {username}'s password; their browser sessions have ended.", highlight=False)


@users_app.command("unlock")
@fails_cleanly
def unlock(username: str = typer.Argument(..., help="Login name.")) -> None:
    """Lift a lockout and forget the account's wrong passwords and second-factor codes."""
    from guwah.accounts import find_user, unlock_user

    with archive_session("manage_accounts") as (store, session):
        unlock_user(store, session, find_user(session, username), actor=store.settings.actor)
    err.print(f"Unlocked {username}.", highlight=False)


@users_app.command("reset-second-factor")
@fails_cleanly
def reset_second_factor_command(username: str = typer.Argument(..., help="Login name.")) -> None:
    """For a member who lost their authenticator: a new password (asked twice, or read from
    GUWAH_NEW_PASSWORD), their TOTP forgotten and their sessions ended; they enrol again at their
    next login. Check who is asking before you do this."""
    from guwah.accounts import find_user
    from guwah.accounts.users import reset_second_factor

    password = _new_password()
    with archive_session("manage_accounts") as (store, session):
        reset_second_factor(store, session, find_user(session, username), password, actor=store.settings.actor)
    err.print(f"Reset {username}'s second factor and password; give them the new password by a channel "
              "you trust. They set up TOTP again at their next login.", highlight=False, soft_wrap=True)


@users_app.command("role")
@fails_cleanly
def role(
    username: str = typer.Argument(..., help="Login name."),
    new_role: str = typer.Argument(..., metavar="ROLE", help="viewer | editor | admin."),
) -> None:
    """Give an account another role."""
    from guwah.accounts import find_user, set_role

    with archive_session("manage_accounts") as (store, session):
        set_role(store, session, find_user(session, username), new_role, actor=store.settings.actor)
    err.print(f"{username} is now {new_role}.", highlight=False)


@users_app.command("token-create")
@fails_cleanly
def token_create(
    username: str = typer.Argument(..., help="The account the token acts for."),
    label: str = typer.Option(..., help="What the token is for (shown in the token list)."),
) -> None:
    """Create an API token and print it once: it is not stored and cannot be shown again."""
    from guwah.accounts import create_api_token, find_user

    with archive_session("manage_accounts") as (store, session):
        row, token = create_api_token(store, session, find_user(session, username), label,
                                      actor=store.settings.actor)
        token_id = row.id
    err.print(f"API token {token_id} for {username}; copy it now, it is not shown again:", highlight=False)
    typer.echo(token)


@users_app.command("token-revoke")
@fails_cleanly
def token_revoke(token_id: int = typer.Argument(..., max=MAX_ID, metavar="ID", help="The token's id.")) -> None:
    """Revoke an API token."""
    from guwah.accounts import revoke_api_token

    with archive_session("manage_accounts") as (store, session):
        revoke_api_token(store, session, token_id, actor=store.settings.actor)
    err.print(f"Revoked API token {token_id}.", highlight=False)
