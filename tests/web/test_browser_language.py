"""The address keeps the reader's language (issue 12): a Uyghur reader clicks through the site in
headless Chromium, with and without cookies, and every address says lang=ug."""

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.facilities.conftest import write_bfn
from tests.web.conftest import CHROMIUM_ARGS, chromium_path
from tests.web.test_map_figures import release_ghulja

pytestmark = pytest.mark.browser

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def peopled(shared_store, shared_site, tmp_path_factory):
    """The demo site with facilities imported and five released people from Ghulja held at one,
    for the tests that only read it: one archive and one server for the module."""
    release_ghulja(shared_store, write_bfn(tmp_path_factory.mktemp("bfn") / "bfn.csv"))
    return shared_site


@pytest.fixture
def own_peopled(store, site, tmp_path):
    """The same site, built for one test that writes to it (a report sent)."""
    release_ghulja(store, write_bfn(tmp_path / "bfn.csv"))
    return site


@pytest.fixture(params=["cookies", "no cookies"])
def browser_page(request, playwright, chromium, tmp_path):
    """A page of headless Chromium that keeps cookies, or one whose profile blocks every cookie
    (Chromium's own setting, as a reader's browser would have it)."""
    if request.param == "cookies":
        context = chromium.new_context()
    else:
        profile = tmp_path / "profile"
        (profile / "Default").mkdir(parents=True)
        (profile / "Default" / "Preferences").write_text(
            json.dumps({"profile": {"default_content_setting_values": {"cookies": 2}}}))
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
    yield request.param, context, context.new_page()
    context.close()


def in_uyghur(page) -> None:
    """The page's address keeps lang=ug and the page is right-to-left Uyghur."""
    assert parse_qs(urlsplit(page.url).query).get("lang") == ["ug"], page.url
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ug", "rtl"], page.url
    assert page.locator("main").evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert ARABIC_SCRIPT.search(page.locator("main").inner_text()), page.url


def click(page, locator) -> None:
    locator.click()
    page.wait_for_load_state()
    in_uyghur(page)


def test_a_uyghur_reader_keeps_the_language_in_every_address(peopled, browser_page):
    kind, context, page = browser_page
    visited = []
    page.on("framenavigated", lambda frame: visited.append(frame.url) if frame == page.main_frame else None)
    page.goto(peopled + "/")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    click(page, page.locator("nav.languages").get_by_role("link", name="ئۇيغۇرچە"))
    # The menu, then the search box (a form sent by GET), a facet value, a result, its facility.
    click(page, page.locator("header.site a[href*='/search']").first)
    page.locator("#q").fill("Mehmet Imin")
    page.locator("#q").press("Enter")
    page.wait_for_load_state()
    in_uyghur(page)
    assert parse_qs(urlsplit(page.url).query)["q"] == ["Mehmet Imin"]
    click(page, page.locator("aside.facets a").first)
    assert len(parse_qs(urlsplit(page.url).query)) == 3  # the query, the facet, the language
    click(page, page.locator("section.persons a").first)
    assert "/persons/" in page.url
    click(page, page.locator("main a[href*='/facilities/']").first)
    assert "/facilities/" in page.url
    click(page, page.locator("main a[href*='/persons/']").first)
    click(page, page.locator("footer.site a").last)  # corrections
    click(page, page.locator("main a[href*='/report']").first)
    # A copied address opens in Uyghur for a reader who never chose it.
    other = context.browser.new_context() if context.browser else None
    if other is not None:
        fresh = other.new_page()
        fresh.goto(page.url)
        in_uyghur(fresh)
        other.close()
    assert len(visited) >= 9 and all("lang=ug" in url for url in visited[1:]), visited
    if kind == "no cookies":
        assert context.cookies() == []  # nothing was kept but what the addresses say
    else:  # a bare address (a bookmark, one typed) moves to one that says the remembered language
        page.goto(peopled + "/figures")
        in_uyghur(page)


def test_the_report_form_sends_in_uyghur_and_answers_in_it(own_peopled, page):
    page.goto(own_peopled + "/report?lang=ug")
    in_uyghur(page)
    page.locator("input[name=names]").first.fill("ئابلىكىم تۇردى")
    page.locator("#birth_year").fill("1979")
    page.locator("#hometown").fill("غۇلجا")
    page.locator("#relation").fill("سىڭلىسى")
    page.locator("#contact").fill("signal: +7 700 000 0000")
    page.locator("form.report button[type=submit]").click()
    page.wait_for_load_state()
    in_uyghur(page)
    assert page.locator("#reference").inner_text()
    click(page, page.locator("main a[href*='/report/status']"))


def test_the_maps_popup_leads_to_the_facility_in_the_readers_language(peopled, page):
    page.goto(peopled + "/facilities/1?lang=ug")
    click(page, page.locator("main p.meta a[href*='/map']"))
    page.wait_for_selector("#map[data-ready=true]")
    marker = page.locator('#map .facility-marker[alt="Shufu - I (A)"]').first
    marker.focus()
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    click(page, link)
    assert urlsplit(page.url).path.startswith("/facilities/")
    assert page.locator("h1").inner_text() == "Shufu - I (A)"


def test_a_shared_link_in_another_language_leaves_the_readers_choice(peopled, page):
    """A shared …?lang=ru link replaced the language a Kazakh reader had chosen, for every later
    visit (issue 12): the address governs its page and the links from it; only the switcher
    changes the remembered language."""
    page.goto(peopled + "/about")
    page.locator('nav.languages a[hreflang="kk"]').click()
    page.wait_for_load_state()
    assert page.url.endswith("/about?lang=kk")
    assert page.evaluate("document.documentElement.lang") == "kk"
    page.goto(peopled + "/methodology?lang=ru")  # someone's shared link
    assert page.evaluate("document.documentElement.lang") == "ru"
    page.locator("header.site nav a[href*='/figures']").first.click()
    page.wait_for_load_state()
    assert "lang=ru" in page.url and page.evaluate("document.documentElement.lang") == "ru"
    page.goto(peopled + "/corrections")  # a bare address: the reader's own choice
    assert page.url.endswith("/corrections?lang=kk")
    assert page.evaluate("document.documentElement.lang") == "kk"
