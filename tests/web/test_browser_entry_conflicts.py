"""The workspace's entry timeline and facility list in a real headless Chromium: a member opens an entry
whose two testimonies date one detention apart and sees both rows, each with its testimony and passage,
each marked as a conflict that links to the other; then finds a camp named in two scripts in the facility
list by its filter and follows it to its page, in English and in Uyghur (right to left). Invented names."""

import pytest

from guwah.web.auth import SESSION_COOKIE
from guwah.web.i18n import translations
from tests.accounts.factories import browser_token, fast_hashing, make_user
from tests.web.conftest import serving
from tests.web.test_entry_timeline_page import POPLAR, POPLAR_CYRILLIC, sites  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def workspace(store, sites, page):  # noqa: F811
    with fast_hashing():
        token = browser_token(store, make_user(store, "vera", totp=True))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        yield url, sites[0]


@pytest.mark.parametrize("language", ["en", "ug"])
def test_a_member_sees_both_accounts_marked_and_finds_the_camp_by_the_filter(workspace, page, language):
    site, camp = workspace
    gettext = translations(language).gettext
    page.goto(f"{site}/workspace/entries/1?lang={language}")
    rows = page.locator("table.timeline tr.conflict")
    assert rows.count() == 2
    assert "taken in March 2017" in rows.nth(0).locator("q.passage").inner_text()
    assert "detained in 2018" in rows.nth(1).locator("q.passage").inner_text()
    said = gettext("the sources disagree on the date")
    assert said in rows.nth(0).locator("p.conflict").inner_text() and said in rows.nth(1).locator("p.conflict").inner_text()
    rows.nth(0).locator("p.conflict a").click()  # the conflict leads to the other account
    assert page.url.endswith("#event-2")
    page.goto(f"{site}/workspace/facilities?lang={language}")
    page.fill("#q", "Тополин")
    page.locator("form.search button").click()
    listed = page.locator("table.facilities tbody tr")
    assert listed.count() == 1 and POPLAR in listed.inner_text() and POPLAR_CYRILLIC in listed.inner_text()
    listed.locator("td").first.locator("a").click()
    page.wait_for_url(f"{site}/workspace/facilities/{camp}?lang={language}")
    assert gettext("named in testimonies only") in page.locator("table.sites").inner_text()
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ug" else "ltr")
