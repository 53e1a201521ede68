"""The public site in a real headless Chromium (Debian's, driven by Playwright)."""

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(shared_site):
    """Every test here only reads the site: one demo archive and one server for the module."""
    return shared_site


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


ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
HAN = re.compile("[\u4e00-\u9fff]")


def rendering_fonts(page, selector: str) -> list[str]:
    """The fonts Chromium actually drew the text of `selector` with (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return [font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]


def test_switching_to_uyghur_gives_a_right_to_left_page(site, page, screenshots):
    page.goto(site + "/")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    page.locator("nav.languages").get_by_role("link", name="ئۇيغۇرچە").click()
    page.wait_for_load_state()
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ug", "rtl"]
    heading = page.locator("main h1").inner_text()
    assert ARABIC_SCRIPT.search(heading) and not re.search("[A-Za-z]", heading)
    assert page.locator("main").evaluate("el => getComputedStyle(el).direction") == "rtl"
    # The layout is mirrored: the site's name sits at the right, the language switcher at the left.
    width = page.viewport_size["width"]
    brand, languages = page.locator("a.brand").bounding_box(), page.locator("nav.languages").bounding_box()
    assert brand["x"] > width / 2 and languages["x"] < brand["x"]
    # Drawn with a real Arabic-script font, not boxes.
    assert any("Arabic" in family for family in rendering_fonts(page, "main h1")), rendering_fonts(page, "main h1")
    # The choice is remembered: the methodology page, reached from the menu, is in Uyghur too.
    page.get_by_role("link", name="مېتودولوگىيە").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/methodology?lang=ug")  # the address keeps the choice
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert ARABIC_SCRIPT.search(page.locator("main h1").inner_text())
    page.screenshot(path=str(screenshots / "ug-methodology-switched.png"), full_page=True)
    # Chinese text is drawn with a CJK font (fonts-noto-cjk on Debian).
    page.locator("nav.languages").get_by_role("link", name="中文").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.dir") == "ltr" and HAN.search(page.locator("main h1").inner_text())
    assert any("CJK" in family or "SC" in family for family in rendering_fonts(page, "main h1")), \
        rendering_fonts(page, "main h1")


MAIN_PAGES = {"home": "/", "testimony": "/documents/1", "methodology": "/methodology",
              "corrections": "/corrections", "about": "/about", "open-data": "/open-data"}


@pytest.mark.parametrize("code", ["en", "ug", "zh", "ru", "kk"])
def test_main_pages_in_each_language_screenshots(site, page, screenshots, code):
    """Every main page opens in each language, fits a 390 px phone, and leaves a screenshot."""
    from guwah.web.i18n import LANGUAGES

    for name, path in MAIN_PAGES.items():
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(f"{site}{path}?lang={code}")
        assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == \
            [code, LANGUAGES[code].dir], path
        page.screenshot(path=str(screenshots / f"{code}-{name}.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, (code, path)
        if name in ("home", "methodology"):
            page.screenshot(path=str(screenshots / f"{code}-{name}-phone.png"), full_page=True)


def test_the_keyboard_skips_to_the_content_and_every_asset_is_found(site, page):
    """Sixteen links (the site's menu and the languages) stood before the search box on every page,
    with no way past them; the browser's icon request answered 404."""
    missing = []
    page.on("response", lambda response: missing.append(response.url) if response.status >= 400 else None)
    page.goto(site + "/?lang=ug")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#content"
    assert page.locator("a.skip").bounding_box()["y"] >= 0  # shown once focused
    assert page.locator("a.skip").inner_text() == "مەزمۇنغا ئۆتۈش"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"  # the search box, the content's first field
    page.goto(site + "/report")
    box = page.locator("a.skip").bounding_box()
    assert box["y"] + box["height"] <= 0  # above the page until focused
    assert missing == []


@pytest.mark.parametrize("code", ["en", "ug"])
def test_search_results_start_level_with_the_refine_column_on_a_wide_screen(site, page, code):
    """Beside a tall Refine column the persons sat at its foot, half a screen below the search box
    (`flex-wrap: wrap-reverse` turns `align-items: flex-start` into the bottom)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{site}/search?q=Nurmemet+Yasin&lang={code}")
    facets = page.locator(".results aside.facets").bounding_box()
    persons = page.locator(".results section.persons").first.bounding_box()
    assert facets["height"] > persons["height"] + 40  # the case: a Refine column taller than the list
    assert abs(persons["y"] - facets["y"]) < 2, (facets, persons)
    # On a phone the persons still come first, above the Refine column.
    page.set_viewport_size({"width": 390, "height": 844})
    facets = page.locator(".results aside.facets").bounding_box()
    persons = page.locator(".results section.persons").first.bounding_box()
    assert persons["y"] + persons["height"] <= facets["y"] + 1


@pytest.mark.parametrize("address", ["/persons?after=%C2%B2", "/search?q=Nurmemet+Yasin&page=%C2%B2",
                                     "/api/search?q=Nurmemet+Yasin&page=%C2%B2", "/persons?after=%D9%A2"])
def test_a_page_number_in_other_digits_is_the_first_page_not_a_server_error(site, page, address):
    # h-try49: "²" passed str.isdigit() and then failed int(): a 500 for a reader who typed a
    # superscript two, or for anyone editing the address. Now it reads as any non-number does.
    response = page.goto(site + address)
    assert response.status == 200
    if not address.startswith("/api/"):
        assert page.locator("h1").count() == 1 and "Internal Server Error" not in page.content()
    if "Nurmemet" in address:
        assert "Nurmemet Yasin" in page.inner_text("body")
