"""The public site in a real headless Chromium (Debian's, driven by Playwright)."""

import shutil
import socket
import threading
import time

import pytest
import uvicorn

from guwah.demo import demo_folder
from guwah.ingest import ingest_paths
from guwah.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium is not installed: run ./dev test, which installs Debian's chromium")
    return path


@pytest.fixture
def site(store):
    with demo_folder() as folder:
        list(ingest_paths(store, [folder]))
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
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        yield page
        browser.close()


def test_reader_opens_the_list_and_a_testimony(site, page, tmp_path):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site + "/")
    assert page.title() == "Testimonies · Guwah"
    links = page.locator("ul.documents a")
    titles = links.all_inner_texts()
    assert any("Erkin Tursunjan" in t for t in titles)
    assert not any("confidential" in t.lower() or "Témoignage" in t for t in titles)
    page.get_by_role("link", name="Four teachers from Hotan").click()
    page.wait_for_load_state()
    assert "/documents/" in page.url
    assert page.locator("h1").inner_text().startswith("Four teachers from Hotan")
    assert "Nurmemet Yasin" in page.locator("div.text").inner_text()
    assert "Donate" not in page.locator("div.text").inner_text()
    # The stylesheet applied (served by the app, no CDN): the text keeps its line breaks.
    assert page.locator("div.text").evaluate("el => getComputedStyle(el).whiteSpace") == "pre-wrap"
    assert all(url.startswith(site) for url in requests)
    page.screenshot(path=str(tmp_path / "document.png"), full_page=True)
