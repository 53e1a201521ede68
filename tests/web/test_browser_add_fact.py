"""The document page's add form in a real headless Chromium (issue 10): an editor selects words in
the text, which fill the passage and, as they occur twice, where the selection starts (counted as the
server counts characters, past a character outside the BMP); the fact is added about the mention and
its page says so. Invented names."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import Event, Person, PersonName
from tests.accounts.factories import browser_token, fast_hashing, make_user

pytestmark = pytest.mark.browser

TEXT = "A letter from the 𠀋 family, by Sabirjan Hoshurov: he was beaten in March. Later he was beaten again."
WORDS = "he was beaten"


def test_an_editor_selects_a_passage_and_adds_the_fact(store, tmp_path, page, screenshots):
    from guwah.web.auth import SESSION_COOKIE
    from tests.releasing import ingest_text
    from tests.web.conftest import serving

    document = ingest_text(store, tmp_path, "a.txt", TEXT, "consent: confidential\n")
    start = TEXT.index("Sabirjan")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Sabirjan Hoshurov", evidence_document_id=document,
                               evidence_start=start, evidence_end=start + 17, asserted_by_kind="extractor",
                               asserted_by="x"))
        mention = person.id
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    second = TEXT.rindex(WORDS)
    select_second = """([words]) => {
        const node = document.getElementById('document-text').firstChild, text = node.textContent;
        const at = text.lastIndexOf(words), range = document.createRange();
        range.setStart(node, at); range.setEnd(node, at + words.length);
        const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
        document.getElementById('document-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }"""
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/documents/{document}")
        assert not page.locator("#add-fact").evaluate("el => el.open")
        page.evaluate(select_second, [WORDS])
        assert page.locator("#add-fact").evaluate("el => el.open")  # the form opens on a selection
        assert page.locator("#add-passage").input_value() == WORDS
        assert page.locator("#add-start").input_value() == str(second)  # code points, as Python counts
        page.select_option("#add-kind", "event")
        page.fill("#add-person", f"M-{mention}")
        page.select_option("#add-event_type", "other")
        page.screenshot(path=str(screenshots / "en-workspace-add-fact.png"), full_page=True)
        page.get_by_role("button", name="Add the fact").click()
        page.wait_for_url("**done=added")
        assert page.get_by_role("status").inner_text().startswith("Added: fact event:")
        assert page.locator("blockquote.passage mark").inner_text() == WORDS
    with store.session() as session:
        (event,) = session.scalars(select(Event)).all()
        assert (event.evidence_start, event.evidence_end, event.person_id, event.review_state) == (
            second, second + len(WORDS), mention, "accepted")
