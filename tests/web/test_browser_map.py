"""The map and the figures in a real headless Chromium (Debian's, driven by Playwright)."""

import httpx
import pytest

from tests.facilities.conftest import write_bfn
from tests.web.test_map_figures import GHULJA, release_ghulja

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def mapped(shared_store, shared_site, tmp_path_factory):
    """The demo site with the small facility file imported and five released people from Ghulja
    detained at Shufu - I in 2018, cited from a released demo testimony. Every test here only
    reads it: one archive and one server for the module."""
    release_ghulja(shared_store, write_bfn(tmp_path_factory.mktemp("bfn") / "bfn.csv"))
    return shared_site


def test_a_facility_is_on_the_map_and_its_popup_leads_to_its_page(mapped, page, tmp_path):
    site = mapped
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site + "/")
    page.get_by_role("link", name="Map", exact=True).click()
    page.wait_for_selector("#map[data-ready=true]")
    markers = page.locator("#map .facility-marker")
    assert markers.count() == 5  # the small file's sites with coordinates
    # Keyboard: the marker takes focus and Enter opens its popup.
    marker = page.locator('#map .facility-marker[alt="Shufu - I (A)"]').first
    marker.focus()
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert link.inner_text() == "Shufu - I (A)"
    # The country outlines (Natural Earth, shipped with the app) are drawn under the points.
    page.wait_for_selector("#map path.hometown-circle")
    # The hometown circle is reachable by keyboard too: focus + Enter opens its popup.
    circle = page.locator("#map path.hometown-circle").first
    assert circle.get_attribute("tabindex") == "0"
    circle.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup-content", has_text="Yining City").wait_for()  # Ghulja's county
    marker.focus()
    page.keyboard.press("Enter")
    link.wait_for()
    page.locator("#map path").nth(50).wait_for(state="attached")  # the outlines drawn (no eval: the CSP forbids it)
    page.screenshot(path=str(tmp_path / "map.png"), full_page=True)
    link.click()
    page.wait_for_load_state()
    assert "/facilities/" in page.url
    assert page.locator("h1").inner_text() == "Shufu - I (A)"
    assert page.locator("tr.person").count() == len(GHULJA)
    assert all(url.startswith(site) for url in requests)  # no tile server, no CDN


def test_the_map_page_without_javascript_shows_its_tables(mapped, page):
    context = page.context.browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(mapped + "/map")
    assert plain.locator("#map").is_hidden()
    assert plain.get_by_role("link", name="Shufu - I (A)").count() == 1
    assert plain.locator("tr.hometown").count() == 1
    context.close()


def test_figures_charts_render_with_their_numbers(mapped, page, tmp_path):
    page.goto(mapped + "/")
    page.get_by_role("link", name="Figures", exact=True).click()
    page.wait_for_load_state()
    assert page.title() == "Figures · Guwah"
    years = page.locator("#detentions-by-year")
    # The five people above were detained in 2018; the demo's own released entries add theirs.
    counted = httpx.get(mapped + "/api/figures").json()["detentions_by_year"]["2018"]
    assert counted >= 5
    assert years.locator('g.bar-row[data-label="2018"]').get_attribute("data-count") == str(counted)
    # Each drawn chart has a table beside it with the same labels and numbers.
    for figure in page.locator("figure.figure").all():
        if figure.locator("svg").count() == 0:
            continue
        drawn = [(g.get_attribute("data-label"), g.get_attribute("data-count"))
                 for g in figure.locator("g.bar-row").all()]
        assert drawn
        rows = figure.locator("table tr").all()[1:]
        listed = [(r.locator("td").nth(1).inner_text()) for r in rows]
        assert [count for _, count in drawn] == listed
        box = figure.locator("rect.bar").first.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0
    page.screenshot(path=str(tmp_path / "figures.png"), full_page=True)


def test_switching_to_chinese_names_places_in_chinese(mapped, page, screenshots):
    from guwah.places import place_name

    page.goto(mapped + "/facilities")
    page.get_by_role("link", name="Shufu - I (A)").click()
    page.wait_for_load_state()
    assert page.locator("dd bdi.place").first.inner_text() == "Shufu County"
    page.locator("nav.languages").get_by_role("link", name="中文").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "zh"
    assert page.locator("dd bdi.place").first.inner_text() == place_name("xj.kashgar.shufu", "zh") == "疏附县"
    # The person page of someone detained there: the hometown in Chinese beside the testimony's words.
    page.locator("tr.person a").first.click()
    page.wait_for_load_state()
    assert page.locator("td bdi.place").first.inner_text() == place_name("xj.ili.yining", "zh")
    # The map's popups come from the API in the page's language.
    page.goto(mapped + "/map")  # the cookie keeps Chinese
    page.wait_for_selector("#map[data-ready=true]")
    page.locator("#map path.hometown-circle").first.click(force=True)
    assert page.locator(".leaflet-popup-content strong").inner_text() == place_name("xj.ili.yining", "zh")
    page.screenshot(path=str(screenshots / "zh-map-places.png"), full_page=True)


def test_the_keyboard_can_pass_the_map_before_its_markers(mapped, page):
    """"Skip to the tables" stood after the map: with the 551 sites of the published file, a
    keyboard reader tabbed through every marker before reaching it."""
    page.goto(mapped + "/map")
    page.wait_for_selector("#map[data-ready=true]")
    reached = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            return e.classList.contains('facility-marker') || e.classList.contains('hometown-circle') ? 'marker'
                 : (e.getAttribute('href') || '').endsWith('-table') ? 'skip' : 'other'; }""")
        reached.append(focused)
        if focused in ("skip", "marker"):
            break
    assert reached[-1] == "skip", reached
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the next stop is in the tables, past every marker
    assert page.evaluate("document.activeElement.closest('#map') === null")
    assert page.evaluate("document.activeElement.compareDocumentPosition(document.getElementById('map'))"
                         " & Node.DOCUMENT_POSITION_PRECEDING")
