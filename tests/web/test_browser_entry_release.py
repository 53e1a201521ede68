"""h-relpage64, in a real headless Chromium: the workspace's page of an entry release draft shows the
draft as sections (names, status, timeline, violations, attributes: `guwah.releases.entry_view`, in
the order `guwah release show` prints them), in the reader's language, and no raw JSON; once approved,
the public entry page shows the same rows the draft page showed."""

import pytest
from sqlalchemy import select

from guwah.releases import draft_entry_release
from guwah.storage.tables import PublicNumber
from guwah.web.i18n import format_date, label, translations
from tests.registry.test_entry_timeline import DETAINED, NEIGHBOUR, SENTENCED, SISTER
from tests.releasing import entry_told_by
from tests.web.conftest import serving

pytestmark = pytest.mark.browser

APPROVE = "Approve: publish exactly this"
HEADINGS = ("Names", "Status", "Timeline", "Violations", "Attributes")


def test_an_entry_release_draft_reads_as_sections_and_the_public_page_shows_the_same(store, tmp_path, page):
    from guwah.web.auth import SESSION_COOKIE
    from tests.accounts.factories import browser_token, fast_hashing, make_user

    number = entry_told_by(store, tmp_path, [(SISTER, [{**DETAINED, "place": "xj.aksu.aksu"}, SENTENCED]),
                                             (NEIGHBOUR, [DETAINED, SENTENCED])], release=False)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter").id
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        sections = page.locator("section.entry-release")
        for code in ("en", "ru"):
            gettext = translations(code).gettext
            page.goto(f"{url}/workspace/releases/{draft}?lang={code}")
            assert sections.locator("h2").all_inner_texts() == [gettext(heading) for heading in HEADINGS]
            names = sections.locator("[data-section=names] tr")
            assert names.count() == 2 and names.nth(1).locator("td").first.inner_text() == "Tursun Ehmet"
            timeline = sections.locator("[data-section=timeline] tr")
            assert timeline.count() == 3  # the heading, the detention, the sentence
            detention = timeline.nth(1).locator("td")
            assert detention.first.inner_text().strip() == format_date("2018-10", code)  # by Babel, in the locale
            assert detention.nth(1).inner_text() == gettext("detention")
            assert detention.nth(3).locator("a").count() == 2  # both testimonies, by public number
            status = sections.locator("p.status").inner_text()
            assert status.startswith(label("status", "sentenced", code)) and format_date("2019", code) in status
            assert sections.locator("[data-section=violations] p.empty").inner_text() == gettext(
                "No accepted violation codings.")
            # no raw JSON: no text block, no key or brace of the content on the page
            shown = page.locator("article").inner_text()
            assert page.locator("div.text").count() == 0
            assert not any(mark in shown for mark in ('"names"', '"sources"', "{", "}")), shown
        # what the reviewer approves is what the public entry page shows, row for row
        page.goto(f"{url}/workspace/releases/{draft}")
        drafted = [sections.locator(f"[data-section={name}] tr").all_inner_texts() for name in ("names", "timeline")]
        status = sections.locator("p.status").inner_text()
        with page.expect_navigation():
            page.get_by_role("button", name=APPROVE).click()
        with store.session() as session:
            public = session.scalar(select(PublicNumber.number).where(PublicNumber.subject_type == "entry"))
        page.goto(f"{url}/persons/{public}")
        tables = page.locator("article.person table.records")
        assert [tables.nth(0).locator("tr").all_inner_texts(), tables.nth(1).locator("tr").all_inner_texts()] == drafted
        assert page.locator("p.status").inner_text() == status
