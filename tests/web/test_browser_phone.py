"""Every public page, with people and facilities in it, on a 390 px phone in every language:
nothing scrolls sideways (right-to-left Uyghur included)."""

import pytest

from tests.facilities.conftest import ROWS, write_bfn
from tests.web.test_map_figures import release_ghulja

pytestmark = pytest.mark.browser

# Sites as the published file gives them: coordinates with 13 decimals, towns whose names are long
# in Russian (Каргалык, Акто).
LONG_ROWS = ROWS + [
    ["1", "Yecheng - I", "A", "Yecheng", "Kashgar", "37.9167777777778", "77.3514722222222", "camp",
     "corroborated", "", "", "", "", "", "", "", "", "", "", ""],
    ["2", "Akto - II", "", "Akto", "Kizilsu", "39.1462222222222", "75.9466944444444", "detention center",
     "corroborated", "", "", "", "", "", "", "", "", "", "", ""],
]


@pytest.fixture
def peopled(store, site, tmp_path):
    """The demo site with facilities imported and five released people from Ghulja held at
    Yecheng - I (A), cited from a released demo testimony."""
    release_ghulja(store, write_bfn(tmp_path / "bfn.csv", rows=LONG_ROWS), "bfn:1A")
    return site


PAGES = ["/search?q=Mehmet+Imin", "/search?q=Ghulja", "/search?q=xqzwv", "/persons/1", "/facilities",
         "FACILITY", "/map", "/figures", "/open-data", "/report", "/report/status", "/corrections",
         "/no-such-page"]


@pytest.mark.parametrize("code", ["en", "ug", "zh", "ru", "kk"])
def test_every_public_page_fits_a_phone_in_each_language(peopled, page, code):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{peopled}/facilities?lang={code}")
    facility = page.locator("table.records a[href*='/facilities/']").first.get_attribute("href")
    wide = []
    for path in PAGES:
        page.goto(facility if path == "FACILITY" else peopled + path)
        page.wait_for_load_state("networkidle")
        # scrollWidth counts overflow on the reading side too: leftwards on a right-to-left page.
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide.append((path, width))
    assert wide == []
