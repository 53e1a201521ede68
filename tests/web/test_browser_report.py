"""A family's report through the real form in headless Chromium, then found in the moderation queue."""

import pytest

from guwah.reports import list_reports

pytestmark = pytest.mark.browser


def test_report_submitted_in_the_browser_reaches_the_queue(site, page, store, tmp_path):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(site + "/search?q=Mehrinisa+Hapizova")
    page.locator("p.empty").get_by_role("link", name="report a missing person").click()
    page.wait_for_load_state()
    assert page.title() == "Report a missing person · Guwah"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
    page.get_by_label("Name (required, any script)").fill("Мехриниса Хапизова")
    page.get_by_label("Another spelling or script (optional)").first.fill("مېھرىنىسا ھاپىزوۋا")
    page.get_by_label("Year of birth").fill("1971")
    page.get_by_label("Hometown (village, town or county)").fill("Qorghas")
    page.get_by_label("When was the person last seen or heard from?").fill("March 2018")
    page.get_by_label("Where was the person last seen?").fill("Urumqi")
    page.get_by_label("Your relation to the person").fill("daughter")
    page.get_by_label("How can we reach you?").fill("signal: +7 700 000 0000")
    # The account of what happened: several lines, typed as a family would, with Enter between them.
    account = page.get_by_label("What happened, as far as you know")
    account.fill("Taken from the flat by two officers at night.")
    account.press("End")
    account.press("Enter")
    account.type("Her neighbour saw her at the Kuytunbel station a month later.")
    assert page.locator("#family-safety").is_visible()
    assert page.locator("#family-safety").bounding_box()["y"] < page.locator("form.report").bounding_box()["y"]
    # A person never sees the honeypot, so never fills it.
    assert not page.locator("#website").is_visible() or page.locator("#website").bounding_box()["x"] < 0
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    page.get_by_role("button", name="Send the report").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Thank you. Your report was received."
    reference, secret = page.locator("#reference").inner_text(), page.locator("#secret").inner_text()
    page.screenshot(path=str(tmp_path / "report-received.png"), full_page=True)

    with store.session() as session:
        queue = list_reports(store, session, "moderator")
    [queued] = [report for report in queue if report.reference == reference]
    assert queued.names == ["Мехриниса Хапизова", "مېھرىنىسا ھاپىزوۋا"]
    assert (queued.birth_year, queued.hometown, queued.relation, queued.status) == (1971, "Qorghas", "daughter", "received")
    assert queued.has_contact
    assert queued.what_happened == ("Taken from the flat by two officers at night.\n"
                                    "Her neighbour saw her at the Kuytunbel station a month later.")

    page.get_by_role("link", name="Check the status of a report").click()
    page.wait_for_load_state()
    page.get_by_label("Reference").fill(reference.lower())
    page.get_by_label("Secret").fill(secret)
    page.get_by_role("button", name="Check").click()
    page.wait_for_load_state()
    assert "Received." in page.locator("[role=status]").inner_text()
    assert "Мехриниса" not in page.content() and "Kuytunbel" not in page.content()
    assert all(url.startswith(site) for url in requests)
