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


@pytest.fixture(scope="module")
def peopled(shared_store, shared_site, tmp_path_factory):
    """The demo site with facilities imported and five released people from Ghulja held at
    Yecheng - I (A), cited from a released demo testimony. Every test here only reads it: one
    archive and one server for the module."""
    release_ghulja(shared_store, write_bfn(tmp_path_factory.mktemp("bfn") / "bfn.csv", rows=LONG_ROWS), "bfn:1A")
    return shared_site


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


def test_figure_labels_are_legible_on_a_phone(peopled, page):
    """The charts were drawn 600 units wide and scaled to the phone: their labels came out ~7 px."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{peopled}/figures")
    sizes = page.evaluate("""() => [...document.querySelectorAll('.figure svg')].flatMap(svg => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
    })""")
    assert len(sizes) > 4 and min(sizes) >= 12, sizes


@pytest.mark.parametrize("code, end", [("ug", "left"), ("en", "right")])
def test_number_columns_end_on_the_reading_side(peopled, page, code, end):
    """Counts sat at the physical right of right-to-left pages, far from the labels they count."""
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/figures", "/map"):
        page.goto(f"{peopled}{path}?lang={code}")
        gaps = page.evaluate("""(end) => [...document.querySelectorAll('table.records td.count, table.records td.number')]
            .map(td => {
                const range = document.createRange(); range.selectNodeContents(td);
                const text = range.getBoundingClientRect(), cell = td.getBoundingClientRect();
                const pad = parseFloat(getComputedStyle(td)[end === 'left' ? 'paddingLeft' : 'paddingRight']);
                return end === 'left' ? text.left - cell.left - pad : cell.right - pad - text.right;
            })""", end)
        assert gaps and max(gaps) < 1.5, (path, gaps)
    # Coordinates keep their order (latitude, longitude) on a right-to-left page.
    page.goto(f"{peopled}/map?lang={code}")
    cell = page.locator("tr.hometown td.number").first
    lat, lon = (float(v) for v in cell.inner_text().split(","))
    assert 35 < lat < 50 and 70 < lon < 100
    first, second = cell.evaluate("""td => {
        const text = td.querySelector('.ltr').firstChild, range = document.createRange();
        const at = i => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().left; };
        return [at(0), at(text.length - 1)];
    }""")
    assert first < second  # the latitude's first digit drawn left of the longitude's last
