"""The login's rate limits count failed steps per address and per account, not sign-ins (h-accounts51).

A team behind one office address (its NAT) got 429 once ten of its members had given a password or a
code within five minutes: every step counted, successes too. Now a step that succeeds is given back.
Safe: every attempt is still counted before it is checked (attempts sent at once are bounded as
before), a failure is never given back, and the account's lockout in the database is unchanged; a
guesser is now also limited per account, from however many addresses."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from guwah.web import create_app
from guwah.web.auth import SESSION_COOKIE, LoginLimits, csrf_token
from tests.accounts.factories import PASSWORD, fast_hashing, login_form, make_user, next_code

OFFICE = ("192.0.2.10", 50000)  # one address for the whole team (documentation range)


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def log_in(client: TestClient, username: str, password: str = PASSWORD):
    token = login_form(client)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                       "next": "/workspace"}, follow_redirects=False)


def test_a_team_behind_one_address_signs_in_twice_over(store):
    """Twelve viewers and three editors (password and code): 36 successful steps from one address in a
    few seconds, where ten steps of any kind used to answer 429."""
    viewers = [make_user(store, f"member{n}") for n in range(12)]
    editors = [make_user(store, f"editor{n}", "editor", totp=True) for n in range(3)]
    app = create_app(store)
    for round_ in range(2):
        for viewer in viewers:
            response = log_in(TestClient(app, client=OFFICE), viewer.username)
            assert (response.status_code, response.headers["location"]) == (303, "/workspace")
        for editor in editors:
            client = TestClient(app, client=OFFICE)
            assert log_in(client, editor.username).status_code == 303
            token = csrf_token(store, client.cookies.get(SESSION_COOKIE))
            code = next_code(editor.totp_secret, steps_ahead=round_)  # a code each round has not used
            answer = client.post("/login/totp", data={"code": code, "csrf_token": token, "next": "/workspace"},
                                 follow_redirects=False)
            assert (answer.status_code, answer.headers["location"]) == (303, "/workspace")


def test_failures_from_the_office_are_still_limited(store):
    """The team's sign-ins leave the address's allowance whole; ten failures from it still stop the next
    attempt, the right password included, and a right sign-in gives back no failure."""
    make_user(store, "vera")
    app = create_app(store)
    office = TestClient(app, client=OFFICE)
    for _ in range(5):
        assert log_in(office, "vera").status_code == 303
    for number in range(10):
        assert log_in(office, f"guess{number}", "wrong-password").status_code == 401
    refused = log_in(office, "vera")
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    assert SESSION_COOKIE not in refused.headers.get("set-cookie", "")


def test_one_account_guessed_from_many_addresses_is_limited(store):
    """A guesser moving from address to address is stopped per account (after the database's lockout,
    which answers 401 like any refusal), while another account signs in from the same address."""
    make_user(store, "vera")
    make_user(store, "amina")
    app = create_app(store)
    statuses = [log_in(TestClient(app, client=(f"198.51.100.{n}", 40000)), "vera", "wrong-password").status_code
                for n in range(11)]
    assert statuses == [401] * 10 + [429]
    fresh = ("203.0.113.9", 40000)
    assert log_in(TestClient(app, client=fresh), "vera").status_code == 429
    assert log_in(TestClient(app, client=fresh), "amina").status_code == 303


def test_attempts_sent_at_once_are_bounded_before_any_is_judged():
    """Each attempt is counted as it starts: ten in flight fill the allowance, the eleventh waits; a
    success gives one back, a failure (nothing said) keeps it."""
    limits = LoginLimits(attempts=10)
    assert [limits.start("192.0.2.10", f"member{n}") for n in range(10)] == [None] * 10
    assert limits.start("192.0.2.10", "member10") > 0
    limits.succeeded("192.0.2.10", "member3")
    assert limits.start("192.0.2.10", "member10") is None
    assert limits.start("192.0.2.10", "member11") > 0
    # an account's own allowance, from any address
    for n in range(10):
        assert limits.start(f"198.51.100.{n}", "vera") is None
    assert limits.start("198.51.100.99", "vera") > 0
    assert limits.start("198.51.100.99", "amina") is None  # refused for vera: nothing counted for the address
