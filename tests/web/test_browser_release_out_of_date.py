"""h-product57, in a real headless Chromium: a release draft that a later naming change overtook
(`guwah.releases.out_of_date`) offers "Draft it again" and no approval form, since approving it is
refused; a draft that still matches offers the approval form and nothing to draft again."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import PersonName, Release

pytestmark = pytest.mark.browser

TEXT = "Synthetic example. My cousin Dilnur Sabitjan was taken from Qaraqir in 2019."
APPROVE = "Approve: publish exactly this"


def test_a_draft_out_of_date_offers_drafting_again_and_no_approval(store, named_draft, page):
    from guwah.web.auth import SESSION_COOKIE
    from tests.web.conftest import serving

    made = named_draft(TEXT, "Dilnur Sabitjan", "drafter")
    document, draft, token = made.document, made.release, made.token
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        # the control: a draft that still matches is approved here, nothing to draft again
        page.goto(f"{url}/workspace/releases/{draft}")
        assert page.get_by_role("button", name=APPROVE).count() == 1
        assert page.locator("form.draft-again").count() == 0
        assert page.locator("p.notice.stale").count() == 0
        # a name read since (the village is a name now): what a release would show differs
        with store.session() as session:
            session.add(PersonName(person_id=made.person, name="Qaraqir", evidence_document_id=document,
                                   asserted_by_kind="user", asserted_by="t"))
        # the page read before that: its approval is refused in place, and the page it comes back
        # with offers drafting again instead
        page.get_by_role("button", name=APPROVE).click()
        page.wait_for_load_state()
        assert f"release {draft} is out of date" in page.locator("#release-refused").inner_text()
        assert page.get_by_role("button", name=APPROVE).count() == 0
        assert page.locator("form.draft-again").count() == 1
        # a fresh read of the page says so before anything else, and offers no approval either
        page.goto(f"{url}/workspace/releases/{draft}")
        assert f"release {draft} is out of date" in page.locator("p.notice.stale").inner_text()
        assert page.get_by_role("button", name=APPROVE).count() == 0
        again = page.locator("form.draft-again").inner_text()
        assert "This draft is out of date, so it cannot be approved" in again
        assert "The release check drafted this" not in again  # a member's draft, not the check's
        # in the reader's language
        page.goto(f"{url}/workspace/releases/{draft}?lang=zh")
        assert "此草稿已过时，因此无法批准" in page.locator("form.draft-again").inner_text()
        assert page.locator("form.draft-again button").inner_text() == "重新起草"
        page.goto(f"{url}/workspace/releases/{draft}")  # a shared address's lang is not remembered
        assert page.locator("form.draft-again button").inner_text() == "Draft it again"
        with page.expect_navigation():
            page.get_by_role("button", name="Draft it again").click()
        with store.session() as session:
            [fresh] = session.scalars(select(Release).where(Release.state == "draft")).all()
            assert (fresh.id > draft, fresh.drafted_by) == (True, "eldor")
            assert session.get(Release, draft).state == "superseded"
        assert page.url.endswith(f"/workspace/releases/{fresh.id}")
        # the new draft matches today's names: approved by a second reviewer, nothing to draft again
        assert page.get_by_role("button", name=APPROVE).count() == 1
        assert page.locator("form.draft-again").count() == 0
        assert "Qaraqir" not in page.locator("div.text").inner_text()
    with store.session() as session:
        assert session.scalars(select(Release).where(Release.state == "approved")).all() == []
