"""Helpers for account tests: cheap password hashing, users, logged-in clients, documents."""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyotp
import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from guwah.accounts import create_user, passwords, start_session
from guwah.ingest import ingest_file
from guwah.storage import Store
from guwah.web.auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE, csrf_token

PASSWORD = "correct horse battery staple"
REAL_HASHER = passwords.hasher
# argon2id still, with parameters small enough for hundreds of hashes per test run.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@contextmanager
def fast_hashing():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "hasher", FAST_HASHER)
        yield


@dataclass(frozen=True)
class TestUser:
    __test__ = False
    id: int
    username: str
    role: str
    totp_secret: str | None


def make_user(store: Store, username: str, role: str = "viewer", *, totp: bool = False,
              password: str = PASSWORD) -> TestUser:
    """An account; with `totp`, one that has finished TOTP enrolment."""
    with store.session() as session:
        user = create_user(store, session, username, password, role, actor="tester")
        if totp:
            user.totp_secret, user.totp_enabled = pyotp.random_base32(), True
        return TestUser(user.id, username, role, user.totp_secret)


def browser_token(store: Store, user: TestUser, *, second_factor: bool = True) -> str:
    with store.session() as session:
        from guwah.storage.tables import UserAccount

        return start_session(store, session, session.get(UserAccount, user.id), second_factor_passed=second_factor)


def client_as(app, store: Store, user: TestUser | None, *, second_factor: bool = True, **kwargs) -> tuple[TestClient, str | None]:
    """A test client logged in as `user` (None: anonymous), and its CSRF token."""
    client = TestClient(app, **kwargs)
    if user is None:
        return client, None
    token = browser_token(store, user, second_factor=second_factor)
    client.cookies.set(SESSION_COOKIE, token)
    return client, csrf_token(store, token)


def login_form(client: TestClient) -> str:
    """Open /login as a browser would; the CSRF token its form carries."""
    page = client.get("/login")
    form = re.search(r'<form method="post" action="[^"]*/login".*?</form>', page.text, re.DOTALL).group(0)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    assert token == client.cookies.get(LOGIN_CSRF_COOKIE)
    return token


def next_code(secret: str, steps_ahead: int = 1) -> str:
    """A valid TOTP code not used yet in this test (the next 30-second step; one step of drift is allowed)."""
    import time

    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


def add_document(store: Store, folder: Path, name: str, text: str, consent: str, title: str) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / (path.stem + ".meta.yaml")).write_text(f"consent: {consent}\ntitle: {title}\n", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    if consent == "public":  # consent is not enough: two reviewers release it
        from tests.releasing import mark_read, release_document

        mark_read(store, document_id)  # these texts name no one the tests rely on
        release_document(store, document_id)
    return document_id


def race(count: int, work) -> list:
    """Run `work(barrier)` in `count` threads at once; their results (any exception fails the test).

    `work` loads what it needs, then waits at the barrier, so that every thread has read the
    same state before any of them acts on it.
    """
    import threading

    barrier = threading.Barrier(count, timeout=30)
    results: list = [None] * count
    failures: list[str] = []

    def run(number: int) -> None:
        try:
            results[number] = work(barrier)
        except Exception as error:  # noqa: BLE001 — collected and asserted below
            failures.append(repr(error))

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    return results
