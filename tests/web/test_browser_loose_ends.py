"""The public site's loose ends a newcomer found (h-product49), in a real headless Chromium on the demo
archive: the witness's birthplace found by a place search, a note saying why a name is withheld, a request
a page does not take, and a persons page past the end."""

import pytest

from guwah.web.i18n import translations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(shared_site):
    """Every test here only reads the site: one demo archive and one server for the module."""
    return shared_site


def test_a_place_search_finds_the_person_born_there(site, page):
    """The demo's witness says he was born in Ghulja: the place search found the place with no person."""
    page.goto(site + "/search")
    page.locator("input#q").fill("Ghulja")
    page.locator("form.search button").click()
    page.wait_for_load_state()
    place = page.locator("section.place")
    assert "public entr" in place.inner_text() and "no public entry" not in place.inner_text()
    place.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert "Erkin Tursunjan" in page.locator("section.persons").inner_text()
    page.locator("section.persons a", has_text="Erkin Tursunjan").first.click()
    page.wait_for_load_state()
    assert "birthplace" in page.locator("main").inner_text()


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ug", "zh"])
def test_a_withheld_name_in_a_testimony_has_a_note_saying_why(site, page, language):
    page.goto(f"{site}/documents/2?lang={language}")
    gettext = translations(language).gettext
    mask = f"[{gettext('name withheld')}]"
    assert mask in page.locator("div.text").inner_text()
    note = page.locator("p.notice.masks")
    assert note.count() == 1
    assert note.inner_text().startswith(mask)
    assert note.evaluate("el => el.compareDocumentPosition(document.querySelector('div.text')) & 4") == 4


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ug", "zh"])
def test_a_form_sent_to_a_page_that_only_reads_gets_its_own_page(site, page, language):
    page.goto(f"{site}/about?lang={language}")
    page.evaluate("""language => { const form = document.createElement('form'); form.method = 'post';
                                   form.action = '/persons?lang=' + language; document.body.appendChild(form);
                                   form.submit(); }""", language)
    page.wait_for_load_state()
    gettext = translations(language).gettext
    assert page.locator("main h1").inner_text() == gettext("Method not allowed")
    assert gettext("Not found.") not in page.locator("main").inner_text()


def test_a_persons_page_past_the_end_links_the_last_page(site, page):
    page.goto(site + "/persons?page=99999")
    assert "past the end" in page.locator("main").inner_text()
    page.get_by_role("link", name="Go to the last page").click()
    page.wait_for_load_state()
    assert "page=1" in page.url
    assert page.locator("section.persons li").count() >= 5
