"""Fixtures for tests in a real browser: the demo archive served on a free port, and a page of
Debian's headless Chromium driven by Playwright."""

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from guwah.demo import demo_folder, release_demo
from guwah.ingest import ingest_paths
from guwah.web import create_app

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium is not installed: run ./dev test, which installs Debian's chromium")
    return path


@pytest.fixture
def site(store):
    """Base URL of the demo archive, served by uvicorn in a thread."""
    with demo_folder() as folder:
        outcomes = list(ingest_paths(store, [folder]))
    release_demo(store, {o.path.name: o.document_id for o in outcomes})
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
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page():
    """A fresh page in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser.new_page()
        browser.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """The folder the browser tests write screenshots into, for people to look at (not committed):
    $GUWAH_SCREENSHOTS, or ./screenshots beside the tests."""
    folder = Path(os.environ.get("GUWAH_SCREENSHOTS") or Path(__file__).resolve().parents[2] / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
