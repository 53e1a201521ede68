"""A facility named in a testimony, in a real headless Chromium (issue 10, h-facility73): an editor
registers it from the event's page and accepts it on the facility's page; the released entry's
event then links it, /facilities lists it with the testimony that names it, and its page says its
coordinates are approximate."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import Event, Facility, Person
from tests.accounts.factories import PASSWORD, fast_hashing, make_user, next_code
from tests.facilities.test_register_from_testimony import PUBLIC_TEXT, told
from tests.releasing import name_person, release_document, release_entry
from tests.web.conftest import serving

pytestmark = pytest.mark.browser


def log_in(page, site: str, user) -> None:
    page.goto(site + "/login")
    page.fill("#username", user.username)
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/login/totp**")
    page.fill("#code", next_code(user.totp_secret))
    page.click("form.stacked button[type=submit]")
    page.wait_for_load_state()


def test_an_editor_registers_a_facility_a_testimony_names_and_the_public_sees_it(store, page, tmp_path):
    document, person_id, event_id = told(store, tmp_path, PUBLIC_TEXT, "public")
    name_person(store, person_id)
    release_document(store, document)
    with fast_hashing():
        editor = make_user(store, "ozodbek", "editor", totp=True)
    with serving(store) as site:
        log_in(page, site, editor)
        page.goto(f"{site}/workspace/review/event/{event_id}")
        form = page.locator("form.new-facility")
        # a name the passage does not write is refused, nothing stored, the typed values kept
        form.locator("#new-facility-name").fill("Kashgar No. 5 detention centre")
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()
        assert "does not write this facility's name" in page.locator("main").inner_text()
        with store.session() as session:
            assert session.scalar(select(Facility)) is None
        form = page.locator("form.new-facility")
        form.locator("#new-facility-name").fill("Kashgar No. 2 detention centre")
        form.locator("#new-facility-type").select_option("detention_centre")
        form.locator("#new-facility-place").fill("xj.kashgar.kashgar")
        form.locator("#new-facility-coordinates").fill("39.47, 75.99")
        form.locator("input[name=new_facility_approximate]").check()
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()
        with store.session() as session:
            corrected = session.get(Event, session.get(Event, event_id).corrected_id)
            facility = session.get(Facility, corrected.facility_id)
            number = facility.entry.number
            assert facility.attributes["review"] == "proposed"
        page.goto(f"{site}/facilities")
        assert "Kashgar No. 2 detention centre" not in page.locator("main").inner_text()  # not yet reviewed
        page.goto(f"{site}/workspace/facilities/{number}")
        assert "(approximate)" in page.locator("table.sites").inner_text()
        assert page.locator(".facility-review").inner_text() == "proposed"
        page.get_by_role("button", name="Accept").click()
        page.wait_for_load_state()
        assert page.locator(".facility-review").inner_text() == "accepted"
        with store.session() as session:
            entry_number = session.get(Person, person_id).entry.number
        public_number = release_entry(store, entry_number)
        context = page.context
        context.clear_cookies()  # the public, not the editor
        page.goto(f"{site}/persons/{public_number}")
        link = page.locator("article.person table.records a[href*='/facilities/']")
        assert link.inner_text() == "Kashgar No. 2 detention centre"
        link.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "Kashgar No. 2 detention centre"
        assert "(approximate)" in page.locator("dl.provenance").inner_text()
        assert page.locator("ul.documents a").count() == 1  # the released testimony that names it
        page.goto(f"{site}/facilities")
        row = page.locator("table.records tr", has_text="Kashgar No. 2 detention centre")
        assert "named in testimonies" in row.inner_text()
        assert row.locator("a[href*='/documents/']").count() == 1
