"""h-product54, in a real headless Chromium: a refused release approval comes back to the release's
page with the reason in place (not a plain error page), the reason typed kept; the release check's
own redraft offers the page's "Draft it again" button, not a shell command, and (h-product57) no
approval form, as approving it is refused (a draft out of date: test_browser_release_out_of_date);
and the page says whose names are masked and why, never a masked word."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import Release

pytestmark = pytest.mark.browser

TEXT = "Synthetic example. My uncle Ablimit Turgunjan was taken from Yengiawat in 2018."


def test_approval_refusals_come_back_to_the_release_page_with_the_way_on(store, named_draft, page, screenshots):
    from guwah.publish import SYSTEM
    from guwah.releases import draft_release
    from guwah.web.auth import SESSION_COOKIE
    from tests.web.conftest import serving

    made = named_draft(TEXT, "Ablimit Turgunjan", "eldor")
    document, own, token = made.document, made.release, made.token
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/releases/{own}")
        withheld = page.locator("ul.withheld").inner_text()
        assert "the name of 1 person this testimony names is masked wherever it is written (1 place in all)" \
            in withheld and "has no approved naming basis" in withheld
        assert "Ablimit" not in withheld and "Turgunjan" not in withheld
        assert page.locator("form.draft-again").count() == 0  # a member's own draft: nothing to draft again
        # 1. one's own draft, no single-reviewer setting: refused on the same page, the reason as typed kept
        page.fill("#approve-reason", "checked twice")
        page.get_by_role("button", name="Approve: publish exactly this").click()
        page.wait_for_load_state()
        refused = page.locator("#release-refused")
        assert refused.get_attribute("role") == "alert"
        assert "was drafted by eldor: another editor or admin must approve it" in refused.inner_text()
        assert "the server's single-reviewer setting" in refused.inner_text()
        assert "GUWAH_SINGLE_REVIEWER" not in page.locator("main").inner_text()
        assert page.locator("main h1").inner_text() == f"Release {own}, version 1: draft"
        assert page.locator("#approve-reason").input_value() == "checked twice"
        assert "Ablimit" not in page.locator("div.text").inner_text()  # the draft itself, shown again
        # 2. the release check's own redraft: its refusal names the button, which drafts it again
        with store.session() as session:
            checks = draft_release(session, document, "drafter").id
            session.get(Release, checks).drafted_by = SYSTEM
        page.goto(f"{url}/workspace/releases/{checks}")
        assert page.locator("form.draft-again").count() == 1
        # h-product57: approving it is always refused, so no approval form is offered (the refusal,
        # for a form posted anyway, is test_release_refusals')
        assert page.get_by_role("button", name="Approve: publish exactly this").count() == 0
        assert "The release check drafted this" in page.locator("form.draft-again").inner_text()
        assert "guwah release" not in page.locator("main").inner_text()
        page.screenshot(path=str(screenshots / "en-workspace-release-redraft-refused.png"), full_page=True)
        page.get_by_role("button", name="Draft it again").click()
        page.wait_for_url("**/workspace/releases/*")
        with store.session() as session:
            [draft] = session.scalars(select(Release).where(Release.state == "draft")).all()
            assert (draft.drafted_by, draft.id > checks) == ("eldor", True)
        assert page.url.endswith(f"/workspace/releases/{draft.id}")
        assert page.locator("form.draft-again").count() == 0
    with store.session() as session:
        assert session.scalars(select(Release).where(Release.state == "approved")).all() == []
