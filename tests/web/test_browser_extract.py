"""Extraction from the workspace in a real headless Chromium: an editor adds a testimony through the
intake page (its link in the header), clicks "Extract facts" on the page that says it was added, sees
"started" and, after refreshing, what was proposed; the link leads to the review queue filtered to the
document, where the proposals wait. A second click stores nothing more. The same in-process:
test_extract_from_workspace.py."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from guwah.storage.tables import AuditEntry, Document, ExtractionRun
from tests.web.test_browser_intake import choose, signed_in  # noqa: F401 - the fixture

pytestmark = pytest.mark.browser

# Invented people and places.
TEXT = ("My name is Zarina Qadirova. Police arrested my brother Ilham Qadirov in Kashgar in March 2018 "
        "and took him to a camp.\n")


def test_an_editor_extracts_an_added_testimony_and_reviews_its_proposals(store, signed_in, page, screenshots):  # noqa: F811
    url = signed_in("eldor", "editor")
    page.goto(url + "/workspace/review")
    page.locator("header nav").get_by_role("link", name="Add a testimony").click()
    page.wait_for_url(url + "/workspace/intake")
    choose(page, "qadirova.txt", TEXT.encode())
    page.select_option("#consent", "confidential")
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "Testimony added"
    page.get_by_role("button", name="Extract facts").click()
    with store.session() as session:
        document_id = session.scalars(select(Document.id)).one()
    page.wait_for_url(f"**/workspace/documents/{document_id}?extract=started#extraction")
    section = page.locator("#extraction")
    deadline = time.monotonic() + 300  # the first extraction of a process loads the language models
    while "Extracted by version" not in section.inner_text():
        assert "Extraction started" in section.inner_text() and time.monotonic() < deadline, section.inner_text()
        time.sleep(1)
        section.get_by_role("link", name="Refresh to see whether it is done").click()
        page.wait_for_load_state()
    page.screenshot(path=str(screenshots / "en-workspace-extracted.png"), full_page=True)
    section.get_by_role("link", name="Review the facts proposed from this document").click()
    page.wait_for_url(f"**/workspace/review?document={document_id}")
    assert "Ilham Qadirov" in page.locator("main").inner_text()

    # a second click at the same extractor version: said so, nothing stored again
    page.goto(url + f"/workspace/documents/{document_id}")
    assert page.locator("#extraction").get_by_role("button", name="Extract facts").count() == 0
    page.goto(url + "/workspace/intake")
    choose(page, "qadirova.txt", TEXT.encode())  # the same bytes: the intake answers with the stored one
    page.select_option("#consent", "confidential")
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "Already in the archive"
    page.get_by_role("button", name="Extract facts").click()
    page.wait_for_url(f"**/workspace/documents/{document_id}?extract=already#extraction")
    assert "already extracted" in page.locator("#extraction").inner_text()
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ExtractionRun)) == 1
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "extract")).one()
        assert audit.actor == "eldor"


def test_a_viewer_sees_no_extract_button_nor_intake_link(store, signed_in, page):  # noqa: F811
    editor_url = signed_in("eldor", "editor")
    page.goto(editor_url + "/workspace/intake")
    choose(page, "qadirova.txt", TEXT.encode())
    page.select_option("#consent", "confidential")
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_load_state()
    with store.session() as session:
        document_id = session.scalars(select(Document.id)).one()
    page.context.clear_cookies()
    url = signed_in("vera", "viewer")
    page.goto(url + f"/workspace/documents/{document_id}")
    assert "Not extracted yet" in page.locator("#extraction").inner_text()
    assert page.get_by_role("button", name="Extract facts").count() == 0
    assert page.locator("header nav").get_by_role("link", name="Add a testimony").count() == 0
