"""h-workspace70: the intake's paste form in a real headless Chromium. A volunteer with a testimony as
text (an e-mail, a chat) pastes it with its consent and provenance; it is stored as an uploaded .txt is,
its custody record saying it was pasted and by whom. Empty text, text over the limit and no consent are
refused with one line, nothing stored (each with a stored control); a role that may not ingest gets 403.
Invented text and names."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from guwah.storage.tables import CustodyEvent, Document, Source, Testimony
from tests.web.test_browser_intake import LIMIT, count, settings, signed_in  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

TEXT = "Synthetic example. Perizat Omarbekova wrote to us that her uncle was taken from the market in Ghulja in 2018."


def test_an_editor_pastes_a_testimony_with_its_consent(store, signed_in, page, screenshots):  # noqa: F811
    url = signed_in("eldana", "editor")
    page.goto(url + "/workspace/intake")
    page.get_by_role("link", name="Paste the text instead").click()
    page.wait_for_url(url + "/workspace/intake/paste")
    assert page.locator("main h1").inner_text() == "Paste a testimony"
    assert page.locator("#consent").input_value() == "" and page.locator("#file").count() == 0
    page.fill("#text", TEXT)
    page.select_option("#consent", "pseudonymous")
    page.fill("#title", "A message from Ghulja")
    page.select_option("#language", "en")
    page.fill("#submitter", "Aigerim Tokhtar")
    page.screenshot(path=str(screenshots / "en-workspace-intake-paste.png"), full_page=True)
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "Testimony added"
    with store.session() as session:
        document = session.scalars(select(Document)).one()
        assert page.locator("a.intake-document").get_attribute("href").endswith(f"/workspace/documents/{document.id}")
        assert document.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()  # the bytes as pasted
        assert store.blobs.get(document.fingerprint) == TEXT.encode("utf-8")
        assert (document.original_name, document.media_type, document.language) == ("pasted.txt", "text/plain", "en")
        testimony = session.scalar(select(Testimony).where(Testimony.document_id == document.id))
        assert (testimony.consent, testimony.submitter) == ("pseudonymous", "Aigerim Tokhtar")
        assert session.scalar(select(Source.title).where(Source.id == document.source_id)) == "A message from Ghulja"
        received = session.scalar(select(CustodyEvent).where(CustodyEvent.document_id == document.id,
                                                             CustodyEvent.action == "received"))
        assert (received.actor, received.detail.get("pasted")) == ("eldana", True)


def test_empty_text_or_no_consent_is_refused_and_nothing_stored(store, signed_in, page):  # noqa: F811
    url = signed_in("eldana", "editor")
    page.goto(url + "/workspace/intake/paste")
    page.select_option("#consent", "confidential")
    page.get_by_role("button", name="Add the testimony").click()
    assert page.evaluate("document.querySelector('#text').validity.valueMissing")  # the browser holds it back
    page.evaluate("document.querySelector('#text').removeAttribute('required')")
    page.fill("#text", "   ")
    with page.expect_response(url + "/workspace/intake/paste") as answer:
        page.get_by_role("button", name="Add the testimony").click()
    assert answer.value.status == 400
    assert page.locator("p.error").inner_text() == "paste the text of the testimony: nothing was stored"
    assert count(store) == 0 and count(store, CustodyEvent) == 0
    # no consent (the attribute taken off): refused, the text kept as typed for the volunteer
    page.evaluate("document.querySelector('#consent').removeAttribute('required')")
    page.fill("#text", TEXT)
    page.select_option("#consent", "")
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_selector("p.error")
    assert "choose the consent the witness gave" in page.locator("p.error").inner_text()
    assert page.locator("#text").input_value() == TEXT and count(store) == 0
    # control: with a consent the same text is stored
    page.select_option("#consent", "confidential")
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_selector("a.intake-document")
    assert count(store) == 1


def test_text_over_the_limit_is_refused_and_nothing_stored(store, signed_in, page):  # noqa: F811
    url = signed_in("eldana", "editor")
    page.goto(url + "/workspace/intake/paste")
    assert "At most 0.1 MB." in page.locator("main form").inner_text()
    page.fill("#text", "word " * (LIMIT // 5 + 10))
    page.select_option("#consent", "confidential")
    with page.expect_response(url + "/workspace/intake/paste") as answer:
        page.get_by_role("button", name="Add the testimony").click()
    assert answer.value.status == 413
    assert page.locator("p.error").inner_text() == "the text is over the 0.1 MB limit: nothing was stored"
    assert count(store) == 0 and count(store, CustodyEvent) == 0


def test_a_role_that_may_not_ingest_gets_403(store, signed_in, page):  # noqa: F811
    url = signed_in("vera", "viewer")
    assert page.goto(url + "/workspace").status == 200  # control: the workspace opens
    assert page.goto(url + "/workspace/intake/paste").status == 403
    assert count(store) == 0


@pytest.mark.parametrize("language", ["ru", "ug"])
def test_the_paste_form_says_nothing_in_english(store, signed_in, page, language):  # noqa: F811
    import re

    from tests.web.test_browser_workspace_language import KEPT, PAGE_TEXT

    kept = KEPT | {"MB", "SHA", "Person", "ABCD", "eldana"}  # a hash's name; a pseudonym as Guwah writes it
    url = signed_in("eldana", "editor")

    def english() -> list[str]:
        return sorted({word for text in page.evaluate(PAGE_TEXT) for word in re.findall(r"[A-Za-z]{2,}", text)} - kept)

    page.goto(f"{url}/workspace/intake/paste?lang={language}")
    assert english() == []
    page.evaluate("document.querySelector('#text').removeAttribute('required')")
    page.select_option("#consent", "confidential")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_selector("p.error")
    assert english() == [] and count(store) == 0  # the refusal from the catalogue
