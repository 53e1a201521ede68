"""A person page as a reader sees it in a real headless Chromium, where two testimonies tell of one
detention and one sentence (h-try49): one timeline row per event with both sources, the status citing
both, and a month shown as a month with no "(month)" after it, in every language of the site."""

import pytest

from guwah.web.i18n import format_date, translations
from tests.registry.test_entry_timeline import DETAINED, NEIGHBOUR, SENTENCED, SISTER
from tests.releasing import entry_told_by
from tests.web.conftest import serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(shared_store, tmp_path_factory):
    entry_told_by(shared_store, tmp_path_factory.mktemp("accounts"),
                  [(SISTER, [{**DETAINED, "place": "xj.aksu.aksu"}, SENTENCED]), (NEIGHBOUR, [DETAINED, SENTENCED])])
    with serving(shared_store) as url:
        yield url


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ug", "zh"])
def test_one_event_told_twice_is_one_row_citing_both_and_the_status_cites_both(site, page, language):
    gettext = translations(language).gettext
    page.goto(f"{site}/persons/1?lang={language}")
    rows = page.locator("article.person table.records").nth(1).locator("tr")
    assert rows.count() == 3  # the heading, the detention, the sentence
    detention = rows.nth(1)
    assert detention.locator("td").nth(1).inner_text() == gettext("detention")
    assert detention.locator("td").nth(2).inner_text() not in ("", "—")  # the place one account gave
    assert detention.locator("td").nth(3).locator("a").count() == 2
    # "October 2018" says it is a month: no "(month)" after it; nor "(year)" after "2019".
    assert detention.locator("td").first.inner_text().strip() == format_date("2018-10", language)
    assert rows.nth(2).locator("td").first.inner_text().strip() == format_date("2019", language)
    status = page.locator("p.status")
    assert status.locator("a").count() == 2
    assert gettext("sources:") in status.inner_text()
