"""The public site in a real headless Chromium (Debian's, driven by Playwright)."""

import pytest

pytestmark = pytest.mark.browser


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
