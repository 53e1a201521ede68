"""The review screens in a real headless Chromium: an editor logs in (password and TOTP), opens the
list of waiting facts, a fact with its highlighted passage, and accepts it."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import AuditEntry, Event
from tests.accounts.factories import PASSWORD, fast_hashing, make_user, next_code

pytestmark = pytest.mark.browser


def test_an_editor_walks_from_the_list_to_a_fact_and_accepts_it(store, site, page, screenshots):
    with fast_hashing():
        editor = make_user(store, "eldor", "editor", totp=True)
    page.goto(site + "/workspace/review")
    assert "/login" in page.url  # sent to log in first
    page.fill("#username", "eldor")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/login/totp**")
    page.fill("#code", next_code(editor.totp_secret))
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(site + "/workspace/review")
    assert page.locator("main h1").inner_text() == "Review"
    assert "nothing is public until it is released" in page.locator("main p.lead").inner_text()
    page.select_option("#kind", "event")
    page.click("form.review-filters button[type=submit]")
    page.wait_for_url("**/workspace/review?**kind=event**")
    rows = page.locator("table.review-list tbody tr")
    assert rows.count() > 0
    first = rows.first
    cited = first.locator("td.passage mark").inner_text()
    assert cited.strip()  # each waiting fact shows the words it rests on
    ref = first.locator("td a").first.inner_text()
    assert ref.startswith("event:")
    page.screenshot(path=str(screenshots / "en-workspace-review.png"), full_page=True)
    first.locator("td a").first.click()
    page.wait_for_url(f"**/workspace/review/event/{ref.split(':')[1]}")
    assert page.locator("blockquote.passage mark").inner_text() == cited
    assert page.locator(".review-state").inner_text() == "proposed"
    page.screenshot(path=str(screenshots / "en-workspace-proposal.png"), full_page=True)
    page.get_by_role("button", name="Accept").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/workspace/review/event/{ref.split(':')[1]}")
    assert page.locator(".review-state").inner_text() == "accepted by eldor"
    with store.session() as session:
        assert session.get(Event, int(ref.split(":")[1])).review_state == "accepted"
        decision = session.scalars(select(AuditEntry).where(AuditEntry.action == "review",
                                                            AuditEntry.actor == "eldor")).one()
        assert (decision.record_id, decision.detail) == (ref.split(":")[1], {"decision": "accepted"})
    # the accepted fact has left the list of waiting ones
    page.get_by_role("link", name="Review", exact=True).first.click()
    page.wait_for_load_state()
    assert ref not in page.locator("table.review-list").inner_text()
