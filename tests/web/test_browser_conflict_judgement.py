"""A reviewer judges a timeline conflict on an entry's workspace page, in a real headless Chromium
(issue 10, h-timeline74): a judgement without a reason is refused and stores nothing; "one is wrong"
rejects that account (kept, with the judgement as its note) and the status follows; a viewer is
offered no form."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import ConflictJudgement, Event
from tests.accounts.factories import PASSWORD, fast_hashing, make_user
from tests.registry.test_conflict_judgements import _events, _status_pair
from tests.web.conftest import serving
from tests.web.test_browser_facility_from_testimony import log_in

pytestmark = pytest.mark.browser


def test_a_reviewer_judges_one_account_wrong_on_the_entry_page_and_the_status_follows(store, page, tmp_path):
    number, sentenced, released = _status_pair(store, tmp_path)
    with fast_hashing():
        editor = make_user(store, "gulbahar", "editor", totp=True)
        make_user(store, "viewer-one", "viewer")
    with serving(store) as site:
        page.goto(site + "/login")
        page.fill("#username", "viewer-one")
        page.fill("#password", PASSWORD)
        page.click("form.stacked button[type=submit]")
        page.wait_for_load_state()
        page.goto(f"{site}/workspace/entries/{number}")
        assert page.locator("p.conflict").count() >= 2 and page.locator("form.judge-conflict").count() == 0
        page.context.clear_cookies()
        log_in(page, site, editor)
        page.goto(f"{site}/workspace/entries/{number}")
        assert page.locator("#status-conflict").count() == 1  # open before
        form = page.locator("form.judge-conflict")
        assert form.count() == 1  # one form per pair, on its earlier item
        form.locator("select[name=verdict]").select_option(f"one_wrong:{sentenced}")
        form.locator("input[name=reason]").evaluate("input => input.removeAttribute('required')")
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()
        assert "needs a reason" in page.locator("#entry-refused").inner_text()
        with store.session() as session:
            assert session.scalar(select(ConflictJudgement)) is None
        form = page.locator("form.judge-conflict")
        form.locator("select[name=verdict]").select_option(f"one_wrong:{sentenced}")
        form.locator("input[name=reason]").fill("the clerk named another man")
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()
        assert page.url.endswith(f"/workspace/entries/{number}")
        assert page.locator("#status-conflict").count() == 0 and page.locator("p.conflict").count() == 0
        assert "released (2021)" in page.locator("dl.provenance").inner_text().lower()  # was one picked by id
        assert page.locator("table.timeline tr[id^=event-]").count() == 1
        with store.session() as session:
            row = session.scalars(select(ConflictJudgement)).one()
            assert (row.verdict, row.wrong_event_id, row.actor) == ("one_wrong", sentenced, "gulbahar")
            assert session.get(Event, sentenced).review_state == "rejected"
            assert session.get(Event, released).review_state == "accepted"
        assert _events(store, "sentencing") == [sentenced]  # kept, never deleted


def test_a_pair_judged_two_events_is_shown_judged_not_open(store, page, tmp_path):
    number, sentenced, released = _status_pair(store, tmp_path)
    with fast_hashing():
        editor = make_user(store, "gulbahar", "editor", totp=True)
    with serving(store) as site:
        log_in(page, site, editor)
        page.goto(f"{site}/workspace/entries/{number}")
        form = page.locator("form.judge-conflict")
        form.locator("select[name=verdict]").select_option("two_events")
        form.locator("input[name=reason]").fill("sentenced in spring, freed in winter")
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()
        judged = page.locator("p.judged")
        assert judged.count() == 2 and page.locator("p.conflict").count() == 0
        assert "both happened: two events (gulbahar, " in judged.first.inner_text()
        assert "sentenced in spring, freed in winter" in judged.first.inner_text()
        assert page.locator("tr.conflict").count() == 0
