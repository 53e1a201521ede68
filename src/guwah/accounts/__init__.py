"""Accounts: who may log in, with which role, and how they prove it.

Roles, in increasing order of power: viewer (reads everything in the workspace, confidential
material included), editor (also changes records), admin (also manages accounts). The public
needs no account and sees only what `guwah.publish` releases.

Secrets are never stored: passwords as argon2id hashes, session cookies and API tokens as
SHA-256 digests, TOTP secrets sealed like any other confidential value. Every change to an
account and every login attempt goes into the audit log, naming ids and roles only.
"""

from guwah.accounts.passwords import MIN_PASSWORD_LENGTH, hash_password
from guwah.accounts.sessions import (
    SESSION_LIFETIME,
    Login,
    end_session,
    session_user,
    start_session,
)
from guwah.accounts.tokens import (
    create_api_token,
    list_api_tokens,
    revoke_api_token,
    user_for_token,
)
from guwah.accounts.totp import (
    TotpCheck,
    begin_totp_enrolment,
    check_totp,
    confirm_totp,
    provisioning_uri,
)
from guwah.accounts.users import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    ROLES,
    authenticate,
    change_password,
    check_cli_actor,
    create_user,
    disable_user,
    enable_user,
    find_user,
    has_role,
    list_users,
    may_read_contacts,
    needs_second_factor,
    set_role,
    unlock_user,
)

__all__ = [
    "LOCKOUT", "MAX_FAILED_LOGINS", "MIN_PASSWORD_LENGTH", "ROLES", "SESSION_LIFETIME", "Login", "TotpCheck",
    "authenticate", "begin_totp_enrolment", "change_password", "check_cli_actor", "check_totp", "confirm_totp", "create_api_token", "create_user",
    "disable_user", "enable_user", "end_session", "find_user", "has_role", "hash_password", "list_api_tokens", "list_users", "may_read_contacts",
    "needs_second_factor", "provisioning_uri", "revoke_api_token", "session_user", "set_role", "start_session",
    "unlock_user", "user_for_token",
]
