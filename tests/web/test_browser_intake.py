"""The workspace's intake form in a real headless Chromium: an editor adds a testimony with its
consent; a form without consent, a file over the limit and a role that may not ingest store nothing;
a file sent twice answers with the document that holds it."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from guwah.storage.tables import AuditEntry, CustodyEvent, Document, Testimony
from guwah.web.auth import SESSION_COOKIE
from tests.accounts.factories import browser_token, fast_hashing, make_user
from tests.conftest import make_settings
from tests.web.conftest import serving

pytestmark = pytest.mark.browser

LIMIT = 64 * 1024  # 0.1 MB (GUWAH_MAX_FILE_BYTES), so that a file over it is quick to send
TEXT = "Gulnar Sadykova said the guards at the camp near Ghulja took her passport in 2017.\n"


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path / "data", GUWAH_MAX_FILE_BYTES=str(LIMIT))


@pytest.fixture
def signed_in(store, page):
    """A function (role) -> the base URL of the app on `store`, with `page` signed in as a member of
    that role (every factor given)."""
    # The first ingest of a process loads the language detector: slow on a loaded machine.
    page.set_default_timeout(120_000)
    with serving(store) as url:
        def sign_in(username: str, role: str) -> str:
            with fast_hashing():
                token = browser_token(store, make_user(store, username, role, totp=role != "viewer"))
            page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
            return url
        yield sign_in


def choose(page, name: str, data: bytes) -> None:
    page.set_input_files("#file", files=[{"name": name, "mimeType": "application/octet-stream", "buffer": data}])


def count(store, table=Document) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_an_editor_adds_a_testimony_with_its_consent(store, signed_in, page, screenshots):
    url = signed_in("eldor", "editor")
    page.goto(url + "/workspace")
    page.locator("main").get_by_role("link", name="Add a testimony").click()
    page.wait_for_url(url + "/workspace/intake")
    assert page.locator("main h1").inner_text() == "Add a testimony"
    assert page.locator("#consent").input_value() == ""  # no level chosen beforehand
    choose(page, "sadykova.txt", TEXT.encode())
    page.select_option("#consent", "pseudonymous")
    page.fill("#witness", "Gulnar Sadykova")
    page.fill("#interview_date", "2024-05-06")
    page.fill("#title", "An account from Ghulja")
    page.screenshot(path=str(screenshots / "en-workspace-intake.png"), full_page=True)
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "Testimony added"
    link = page.locator("a.intake-document")
    with store.session() as session:
        document = session.scalars(select(Document)).one()
        assert link.get_attribute("href").endswith(f"/workspace/documents/{document.id}")
        assert document.sha256 == hashlib.sha256(TEXT.encode()).hexdigest()
        testimony = session.scalar(select(Testimony).where(Testimony.document_id == document.id))
        assert (testimony.consent, testimony.interview_date.isoformat()) == ("pseudonymous", "2024-05-06")
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "ingest")).one()
        assert (audit.actor, audit.record_id) == ("eldor", str(document.id))
        custody = session.scalars(select(CustodyEvent).where(CustodyEvent.document_id == document.id)).all()
        assert {event.actor for event in custody} == {"eldor"}
    assert "What comes next" in page.locator("main").inner_text()
    page.screenshot(path=str(screenshots / "en-workspace-intake-done.png"), full_page=True)
    link.click()
    page.wait_for_url(f"**/workspace/documents/{document.id}")
    assert "Gulnar Sadykova said" in page.locator("main").inner_text()
    # the form in Uyghur: right to left, its words from the catalogue
    page.goto(url + "/workspace/intake?lang=ug")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("main h1").inner_text() == "گۇۋاھلىق قوشۇش"


def test_a_form_without_consent_stores_nothing(store, signed_in, page):
    url = signed_in("eldor", "editor")
    page.goto(url + "/workspace/intake")
    choose(page, "sadykova.txt", TEXT.encode())
    page.fill("#witness", "Gulnar Sadykova")
    page.get_by_role("button", name="Add the testimony").click()
    # the browser itself holds the form back (the consent is required) ...
    assert page.evaluate("document.querySelector('#consent').validity.valueMissing")
    assert page.url == url + "/workspace/intake" and count(store) == 0
    # ... and a form sent without it anyway (the attribute taken off) is refused by the server
    page.evaluate("document.querySelector('#consent').removeAttribute('required')")
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_selector("p.error")
    assert "choose the consent the witness gave" in page.locator("p.error").inner_text()
    assert page.locator("#witness").input_value() == "Gulnar Sadykova"  # kept as typed
    assert count(store) == 0
    # control: with a consent the same file is stored
    choose(page, "sadykova.txt", TEXT.encode())
    page.select_option("#consent", "confidential")
    page.get_by_role("button", name="Add the testimony").click()
    page.wait_for_selector("a.intake-document")
    assert count(store) == 1


def test_a_file_over_the_limit_is_refused_and_nothing_stored(store, signed_in, page):
    url = signed_in("eldor", "editor")
    page.goto(url + "/workspace/intake")
    assert "At most 0.1 MB." in page.locator("main form").inner_text()  # the limit is stated
    choose(page, "long.txt", ("word " * (LIMIT // 5 + 10)).encode())
    page.select_option("#consent", "confidential")
    with page.expect_response(url + "/workspace/intake") as answer:
        page.get_by_role("button", name="Add the testimony").click()
    assert answer.value.status == 413
    assert "over the 0.1 MB limit: nothing was stored" in page.locator("p.error").inner_text()
    assert count(store) == 0 and count(store, CustodyEvent) == 0
    assert not [path for path in store.blobs.root.rglob("*") if path.is_file()] if store.blobs.root.exists() else True


def test_a_role_that_may_not_ingest_gets_403_and_no_link(store, signed_in, page):
    url = signed_in("vera", "viewer")
    page.goto(url + "/workspace")
    assert page.locator("main h1").inner_text() == "Workspace"  # control: the workspace opens
    assert page.get_by_role("link", name="Add a testimony").count() == 0
    answer = page.goto(url + "/workspace/intake")
    assert answer.status == 403
    assert count(store) == 0


def test_a_file_sent_twice_answers_with_the_document_that_holds_it(store, signed_in, page):
    url = signed_in("eldor", "editor")
    ids = []
    for name in ("first.txt", "again.txt"):
        page.goto(url + "/workspace/intake")
        choose(page, name, TEXT.encode())
        page.select_option("#consent", "confidential")
        page.get_by_role("button", name="Add the testimony").click()
        page.wait_for_selector("a.intake-document")
        ids.append(page.locator("a.intake-document").get_attribute("href").rsplit("/", 1)[1])
        headings = page.locator("main h1").inner_text()
    assert headings == "Already in the archive"
    assert ids[0] == ids[1] and count(store) == 1


@pytest.mark.parametrize("language", ["ru", "zh", "ug", "kk"])
def test_the_intake_pages_say_nothing_in_english(store, signed_in, page, language):
    """The form, a refusal and the answer in the reader's language: no English but the archive's data,
    the commands (code) and the names of file formats."""
    import re

    from tests.web.test_browser_workspace_language import KEPT, PAGE_TEXT

    # SHA-256: a hash's name; "Person ABCD": a pseudonym as Guwah writes it in every language (redaction.pseudonym)
    kept = KEPT | {"Markdown", "HTML", "PDF", "Word", "docx", "MB", "SHA", "eldor", "Person", "ABCD"}
    url = signed_in("eldor", "editor")

    def english() -> list[str]:
        return sorted({word for text in page.evaluate(PAGE_TEXT) for word in re.findall(r"[A-Za-z]{2,}", text)} - kept)

    page.goto(f"{url}/workspace/intake?lang={language}")
    assert english() == []
    choose(page, "empty.txt", b"")
    page.select_option("#consent", "confidential")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_selector("p.error")
    assert english() == []  # the reader's refusal ("empty file") from the catalogue
    choose(page, "sadykova.txt", TEXT.encode())
    page.select_option("#consent", "confidential")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_selector("a.intake-document")
    assert english() == []
    assert count(store) == 1  # control: the answer is the one after storing
