"""Fixtures for tests in a real browser: the demo archive served on a free port, and a page of
Debian's headless Chromium driven by Playwright.

Building the demo archive takes seconds (its testimonies are extracted and linked). A test that
only reads the site asks for `shared_site`, one archive and one server for its module; a test that
writes (a report sent, a user added, a release made) asks for `site`, an archive of its own. One
Chromium runs for the whole session; each test gets a page in a fresh context (no cookies, no
storage kept from another test)."""

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from guwah.demo import demo_folder, release_demo
from guwah.ingest import ingest_paths
from guwah.storage import Store
from guwah.web import create_app
from tests.conftest import make_settings

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium is not installed: run ./dev test, which installs Debian's chromium")
    return path


def add_demo(store) -> None:
    """Ingest the demo testimonies into `store` and release them as `guwah demo` does."""
    with demo_folder() as folder:
        outcomes = list(ingest_paths(store, [folder]))
    release_demo(store, {o.path.name: o.document_id for o in outcomes})


@contextmanager
def serving(store) -> Iterator[str]:
    """The web app on `store`, served by uvicorn in a thread on a free port: its base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the web app did not start within 10 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def site(store):
    """Base URL of a demo archive of this test's own (`store`), for a test that writes to it."""
    add_demo(store)
    with serving(store) as url:
        yield url


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    """An archive shared by the module's tests that only read it (build it in a module fixture)."""
    store = Store(make_settings(tmp_path_factory.mktemp("shared") / "data"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def shared_site(shared_store):
    """Base URL of the demo archive (`shared_store`), one server for the module's tests that only read."""
    add_demo(shared_store)
    with serving(shared_store) as url:
        yield url


@pytest.fixture(scope="session")
def playwright():
    """Playwright's sync API, started once for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as started:
        yield started


@pytest.fixture(scope="session")
def chromium(playwright):
    """Headless Chromium (Debian's), launched once for the session."""
    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(chromium):
    """A fresh page in a context of its own: no cookies or storage from another test."""
    context = chromium.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """The folder the browser tests write screenshots into, for people to look at (not committed):
    $GUWAH_SCREENSHOTS, or ./screenshots beside the tests."""
    folder = Path(os.environ.get("GUWAH_SCREENSHOTS") or Path(__file__).resolve().parents[2] / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class NamedDraft:
    """What `named_draft` made: the testimony's document id, its named person's id, the release
    draft's id, and a signed-in session token of editor "eldor" (two-factor)."""

    document: int
    person: int
    release: int
    token: str


@pytest.fixture
def named_draft(store, tmp_path):
    """A function (text, name, drafted_by) -> NamedDraft: a testimony with public consent, read, in
    which one person is named by `name` at its place in the text (a user's naming, no naming basis:
    a release masks it), drafted for release by `drafted_by`; and editor "eldor" signed in."""
    from guwah.releases import draft_release
    from guwah.storage.tables import Person, PersonName
    from tests.accounts.factories import browser_token, fast_hashing, make_user
    from tests.releasing import ingest_text, mark_read

    def make(text: str, name: str, drafted_by: str) -> NamedDraft:
        document = ingest_text(store, tmp_path, "a.txt", text, "consent: public\n")
        mark_read(store, document)
        with store.session() as session:
            person = Person()
            session.add(person)
            session.flush()
            start = text.index(name)
            session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document,
                                   evidence_start=start, evidence_end=start + len(name), asserted_by_kind="user",
                                   asserted_by="t"))
            session.flush()
            release = draft_release(session, document, drafted_by).id
        with fast_hashing():
            token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
        return NamedDraft(document, person.id, release, token)
    return make
