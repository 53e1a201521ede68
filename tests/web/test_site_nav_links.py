"""The site menu's account-management link follows the one "manage_accounts" permission that guards
/admin/users, not a role name written again in the template."""

from __future__ import annotations

import pytest

from guwah.accounts.permissions import PERMISSIONS
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user

USERS_LINK = 'href="http://testserver/admin/users"'


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def test_the_users_link_follows_the_manage_accounts_permission(store, monkeypatch):
    app = create_app(store)
    admin, _ = client_as(app, store, make_user(store, "adil", "admin", totp=True))
    editor, _ = client_as(app, store, make_user(store, "amina", "editor", totp=True))
    assert PERMISSIONS["manage_accounts"] == "admin"
    assert USERS_LINK in admin.get("/account/password").text  # control: the admin sees it
    assert USERS_LINK not in editor.get("/account/password").text
    assert editor.get("/admin/users").status_code == 403
    monkeypatch.setitem(PERMISSIONS, "manage_accounts", "editor")
    assert editor.get("/admin/users").status_code == 200
    assert USERS_LINK in editor.get("/account/password").text  # the link moves with the rule
