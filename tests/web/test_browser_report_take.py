"""A family's report taken into the archive with the queue's button, in a real headless Chromium: the
editor chooses the consent the family gave, lands on the new confidential document, and the queue then
says where the report went. A level above confidential without a reason is refused on the page, nothing
stored (the stored control follows). Invented names."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from guwah.storage.tables import ConsentChange, Document, FamilyReport
from tests.accounts.factories import fast_hashing
from tests.reports.helpers import CONTACT, submit
from tests.web.test_browser_intake import count, settings, signed_in  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


def test_an_editor_takes_a_report_with_the_consent_the_family_gave(store, signed_in, page, screenshots):  # noqa: F811
    with fast_hashing():
        receipt = submit(store, names=["Bakhtiyar Imirjan", "باختىيار ئىمىرجان"], birth_year="1968",
                         what_happened="Taken from the workshop in autumn.")
    url = signed_in("zulpiye", "editor")
    page.goto(url + "/workspace/reports")
    item = page.locator(f"li#{receipt.reference}")
    page.screenshot(path=str(screenshots / "en-workspace-reports-take.png"), full_page=True)
    # Above confidential without a reason: refused on the page, nothing stored.
    item.get_by_label("Consent the family gave when you spoke with them").select_option("pseudonymous")
    item.get_by_role("button", name="Take into the archive").click()
    page.wait_for_load_state()
    assert "needs a reason" in page.locator("#take-error").inner_text()
    assert count(store) == 0
    item = page.locator(f"li#{receipt.reference}")
    item.get_by_label("Consent the family gave when you spoke with them").select_option("pseudonymous")
    item.get_by_label("Above confidential: what they agreed to, when and with whom").fill(
        "his daughter agreed on a call on 4 June to an account without names")
    item.get_by_role("button", name="Take into the archive").click()
    page.wait_for_load_state()
    with store.session() as session:
        document = session.scalars(select(Document)).one()
        assert page.url.endswith(f"/workspace/documents/{document.id}")
        assert document.testimony.consent == "confidential"
        assert session.scalars(select(ConsentChange.new)).all() == ["pseudonymous"]
        assert session.scalar(select(FamilyReport.status)) == "under_review"
    body = page.locator("main").inner_text()
    assert "Bakhtiyar Imirjan" in body and "Taken from the workshop in autumn." in body and CONTACT not in body
    page.goto(url + "/workspace/reports")
    taken = page.locator(f"li#{receipt.reference}")
    assert f"Taken into the archive as document {document.id}" in taken.inner_text()
    assert taken.get_by_role("button", name="Take into the archive").count() == 0
