"""Who may do what: the one table that both shells check.

Each operation a member can ask for, web route or CLI command, names one row here; the row gives
the least role that may do it (roles in `guwah.accounts.users.ROLES`, each able to do everything
the ones before it may). The web's routes depend on `guwah.web.auth.require(operation)`, the CLI's
commands open the archive with `open_archive(operation=…)`: both end in `may` below, so a role is
changed for an operation in one place, for both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guwah.errors import AccessDenied

if TYPE_CHECKING:
    from guwah.storage.tables import UserAccount

PERMISSIONS: dict[str, str] = {
    # Reads of the workspace (confidential material included), searches, exports, the audit log.
    "read": "viewer",
    # A member's own password (their name in the web's header; `guwah users password` for oneself).
    "own_account": "viewer",
    # Records: ingest, extraction, review of proposals, the registry (link, merge, split, judge),
    # facility entries, the status of a public report.
    "edit_records": "editor",
    # Contact details: a reporter's (`guwah reports show --contact`), a witness's and a submitter's
    # (`guwah show`; others get the rest of the document with a line saying they are withheld).
    "read_contacts": "editor",
    # Consent changes (raising consent waits for a second member) and their decisions.
    "change_consent": "editor",
    # Shortening or lifting a testimony's embargo (`guwah consent embargo DOC --lift` or an earlier
    # `--until`, each with a written reason): it publishes sooner than the witness asked. Setting or
    # extending one is a consent change ("change_consent").
    "shorten_embargo": "admin",
    # Releases and naming bases: draft, approve (a second member), withdraw; registered boilerplate
    # passages (`guwah boilerplate add/remove`: they change what counts as a copy or a quotation).
    "release": "editor",
    # Erasure by key destruction: the counterpart of a witness's consent withdrawal, which an
    # editor records (on the web and with `guwah consent withdraw --erase`).
    "erase": "editor",
    # Accounts and API tokens: create, disable, enable, unlock, roles, other members' passwords.
    "manage_accounts": "admin",
    # The archive's own settings of how the group reviews (`guwah settings set`, `guwah.policy`).
    "archive_settings": "admin",
    # The archive's keys (`guwah keys rotate`).
    "manage_keys": "admin",
    # The full backup (`guwah export json`): every table as stored, so every contact (read_contacts)
    # and every account's password hash and TOTP secret (manage_accounts) too.
    "backup": "admin",
    # Building the search indexes again (`guwah reindex`): it reads every document, confidential
    # ones included, and replaces the public index in one commit.
    "rebuild_indexes": "admin",
}


def role_for(operation: str) -> str:
    """The least role that may do `operation` (KeyError for an operation not in the table: a
    shell that names one is a programming error, never a member's)."""
    return PERMISSIONS[operation]


def may(user: UserAccount, operation: str) -> bool:
    """Whether `user`'s role is enough for `operation` (an active account is checked elsewhere)."""
    from guwah.accounts.users import has_role

    return has_role(user, role_for(operation))


def check_permission(user: UserAccount, operation: str) -> None:
    """AccessDenied in one line, naming the account, its role and the role needed, unless `may`."""
    if not may(user, operation):
        needed = role_for(operation)
        raise AccessDenied(f"{user.username!r} is a {user.role}; this needs the role {needed}"
                           + (" or admin" if needed != "admin" else ""), value=user.username)
